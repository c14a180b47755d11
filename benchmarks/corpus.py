"""Make a corpus of realistic articles for the benchmarks, offline and reproducibly.

The prose is real English: the sentences of the Python documentation's topic pages that ship
with every Python (``pydoc_data.topics``, about 460,000 characters) mixed with the sentences
of the two bundled articles, so the vocabulary is broad and the foreign-policy words occur.
Into it go named experts introduced the way the bundled articles do it ("Name (汉字), a
professor at …, argues that “…”", then "Surname says"), Russian experts in Cyrillic, quotes,
and Chinese terms with their English rendering, at about the rate of the bundled articles.
The same seed always gives the same corpus.

    python benchmarks/corpus.py --articles 1000 --out /tmp/corpus-1k
    python benchmarks/corpus.py --articles 1000 --mixed --out /tmp/corpus-1k-mixed

With ``--mixed`` a third of the articles are in Chinese and a third in Russian: their prose is
the sentences of the Chinese and Russian tuning articles of tests/data/extract (fixtures
written for this project), shuffled, with generated experts quoted the way each language's
journalism does it (复旦大学教授X表示：“…”; «…», — заявил X).
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

WORDS_PER_ARTICLE = 600

SURNAMES = "赵王李张刘陈杨黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"  # noqa: E501
GIVEN = "明华伟强军平国建东海峰涛晓文杰志宏勇刚毅鹏辉林斌立新宁春秋云龙波涛亮俊琳雪梅丽娟静敏燕红英玉兰凤霞桂芳"  # noqa: E501
INSTITUTIONS = [
    "a professor at Fudan University",
    "a senior fellow at the China Institutes of Contemporary International Relations",
    "a researcher at the Shanghai Institutes for International Studies",
    "the director of the Institute of Russian Studies at Peking University",
    "a Russia specialist at the Chinese Academy of Social Sciences",
    "an associate professor at Renmin University",
    "a former diplomat now at Tsinghua University",
    "a researcher at the PLA Academy of Military Science",
]
RUSSIANS = [
    ("Александр Ломанов", "Alexander Lomanov"),
    ("Василий Кашин", "Vasily Kashin"),
    ("Алексей Маслов", "Alexei Maslov"),
    ("Тимофей Бордачёв", "Timofei Bordachev"),
    ("Дмитрий Тренин", "Dmitri Trenin"),
    ("Ольга Бакланова", "Olga Baklanova"),
]
TERMS = [
    ("结伴不结盟", "partnership without alliance"),
    ("半边天", "half of the sky"),
    ("战略后方", "strategic rear"),
    ("新型大国关系", "a new type of major-power relations"),
    ("一带一路", "the Belt and Road"),
    ("中亚", "Central Asia"),
    ("多极化", "multipolarity"),
    ("战略协作", "strategic coordination"),
]
VERBS = ["argues", "notes", "writes", "warns", "contends", "observes", "believes"]
TOPIC_SENTENCES = [
    "Beijing has no interest in a formal alliance with Moscow",
    "the war in Ukraine has cost China more than it gained",
    "sanctions on Russia put Chinese banks in a difficult position",
    "Russia remains a stable strategic rear and a source of energy",
    "the Taiwan question shapes how Beijing reads the war",
    "the world order is changing faster than either capital expected",
    "Russia's imperial behaviour worries its neighbours in Central Asia",
    "arms sales have shrunk as China learned to build its own engines",
    "reverse engineering of Russian systems strains the partnership",
]
AUTHORS = ["Anna Petrova", "James Holloway", "Mei Lin Carter", "Tomás Rivera", "Sophie Laurent"]
PUBLICATIONS = ["Eurasia Notes", "The Strait Review", "Northern Policy", "Sinology Weekly"]


def _sentences() -> list[str]:
    from pydoc_data.topics import topics

    text = " ".join(topics.values())
    text = re.sub(r"\s+", " ", text)
    found = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)
    prose = [s for s in found if 40 <= len(s) <= 300 and not re.search(r"[{}<>=*_`|\\]", s)]
    bundled = Path(__file__).resolve().parents[1] / "src" / "tealeaves" / "data" / "articles"
    for path in sorted(bundled.glob("*.md")):
        body = path.read_text(encoding="utf-8").split("---", 2)[-1]
        body = re.sub(r"\[\^[^\]]+\]:?", "", body)
        for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", re.sub(r"\s+", " ", body)):
            if 40 <= len(s) <= 300 and "“" not in s and "(" not in s:
                prose.append(s.strip("# >"))
    return prose


def _expert(rng: random.Random) -> tuple[str, str, str]:
    from pypinyin import lazy_pinyin

    native = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
    syllables = lazy_pinyin(native)
    name = f"{syllables[0].capitalize()} {''.join(syllables[1:]).capitalize()}"
    return name, native, rng.choice(INSTITUTIONS)


ZH_ROLES = [
    "复旦大学国际问题研究院教授",
    "中国社会科学院研究员",
    "清华大学国际关系学系学者",
    "北京大学教授",
]
RU_FIRST = ["Александр", "Дмитрий", "Сергей", "Андрей", "Ольга", "Мария", "Иван", "Тимофей"]
RU_LAST = ["Ломанов", "Зуенко", "Лукин", "Маслов", "Кортунов", "Бордачёв", "Караганов", "Тренин"]
RU_ROLES = ["эксперт клуба «Валдай»", "профессор МГИМО", "сотрудник ИМЭМО РАН", "политолог"]


def _fixture_sentences(language: str) -> list[str]:
    """The sentences of the tuning articles in ``language`` (zh or ru)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from tealeaves.corpus import load_article

    folder = Path(__file__).resolve().parents[1] / "tests" / "data" / "extract" / "articles"
    ends = r"(?<=[。！？])" if language == "zh" else r"(?<=[.!?])\s+(?=[А-ЯЁ«])"
    found = []
    for path in sorted(folder.glob(f"tune*-{language}-*")):
        for para in load_article(path).paragraphs:
            found += [s.strip() for s in re.split(ends, para.text) if 12 <= len(s.strip()) <= 300]
    return found


def _foreign_article(rng: random.Random, language: str, sentences: list[str], n: int) -> str:
    """An article in Chinese or Russian: shuffled fixture prose with experts quoted."""
    paragraphs = []
    for _ in range(rng.randint(6, 10)):
        body = (
            "".join(rng.sample(sentences, 3))
            if language == "zh"
            else " ".join(rng.sample(sentences, 3))
        )
        if language == "zh" and rng.random() < 0.5:
            name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(2))
            body = f"{rng.choice(ZH_ROLES)}{name}表示：“{rng.choice(sentences)}”{body}"
        elif language == "ru" and rng.random() < 0.5:
            name = f"{rng.choice(RU_FIRST)} {rng.choice(RU_LAST)}"
            body = f"«{rng.choice(sentences).rstrip('.')}», — заявил {rng.choice(RU_ROLES)} {name}. {body}"  # noqa: E501
        paragraphs.append(body)
    meta = ["---", f'title: "{language}-{n}"', f"language: {language}", "---", ""]
    return "\n".join(meta) + "\n\n".join(paragraphs) + "\n"


def make_corpus(articles: int, out: Path, *, seed: int = 7, mixed: bool = False) -> Path:
    """Write ``articles`` Markdown articles into ``out`` (skipped when already there); with
    ``mixed``, every second and third of each three is Chinese and Russian."""
    out.mkdir(parents=True, exist_ok=True)
    marker = out / f".complete-{articles}-{seed}{'-mixed' if mixed else ''}"
    if marker.exists():
        return out
    rng = random.Random(seed)
    foreign = {"zh": _fixture_sentences("zh"), "ru": _fixture_sentences("ru")} if mixed else {}
    sentences = _sentences()
    experts = [_expert(rng) for _ in range(400)]
    for n in range(articles):
        language = ("en", "zh", "ru")[n % 3] if mixed else "en"
        if language != "en":
            text = _foreign_article(rng, language, foreign[language], n)
            (out / f"article-{n:06d}.md").write_text(text, encoding="utf-8")
            continue
        cast = rng.sample(experts, 3)
        russian = rng.choice(RUSSIANS) if rng.random() < 0.3 else None
        paragraphs: list[str] = []
        words = 0
        introduced: set[str] = set()
        while words < WORDS_PER_ARTICLE:
            start = rng.randrange(len(sentences) - 6)
            body = " ".join(sentences[start : start + rng.randint(2, 4)])
            roll = rng.random()
            if roll < 0.35:
                name, native, role = rng.choice(cast)
                claim = rng.choice(TOPIC_SENTENCES)
                if name in introduced:
                    lead = f"{name.split()[0]} {rng.choice(VERBS)} that “{claim}”."
                else:
                    lead = f"{name} ({native}), {role}, {rng.choice(VERBS)} that “{claim}”."
                    introduced.add(name)
                body = f"{lead} {body}"
            elif roll < 0.45 and russian is not None:
                cyr, latin = russian
                body = f"{latin} ({cyr}), a Russian sinologist, {rng.choice(VERBS)}: “{rng.choice(TOPIC_SENTENCES)}.” {body}"  # noqa: E501
            elif roll < 0.6:
                term, gloss = rng.choice(TERMS)
                body = f"{body} Officials speak of {gloss} ({term})."
            paragraphs.append(body)
            words += len(body.split())
        title = " ".join(sentences[rng.randrange(len(sentences))].split()[:8]).rstrip(".,;:")
        meta = [
            "---",
            f'title: "{title.replace(chr(34), chr(39))}"',
            f'authors: ["{rng.choice(AUTHORS)}"]',
            f'publication: "{rng.choice(PUBLICATIONS)}"',
            f"date: {2015 + n % 10}-{1 + n % 12:02d}-{1 + n % 28:02d}",
            "---",
            "",
        ]
        (out / f"article-{n:06d}.md").write_text(
            "\n".join(meta) + "\n\n".join(paragraphs) + "\n", encoding="utf-8"
        )
    marker.write_text("")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument(
        "--mixed", action="store_true", help="a third in Chinese, a third in Russian"
    )
    args = parser.parse_args()
    make_corpus(args.articles, args.out, mixed=args.mixed)
    print(args.out)


if __name__ == "__main__":
    main()
