"""Score the extractor against hand-written answers: who is named, what is quoted, who said it.

One scorer for every set of annotated articles:

- ``bundled``: the two bundled articles, answers in ``tests/data/gold/``;
- ``tuning``: short articles in other house styles, ``tests/data/extract/`` (rules are tuned on
  these and on the unit tests' own sentences);
- ``heldout-en``, ``heldout-zh``, ``heldout-ru``: articles written by a helper who had not read
  the extractor, ``tests/data/heldout/<lang>/``. Nobody changes a rule for one of these.

Run ``python tests/scoring.py`` (``--markdown`` for the table in docs/extraction.md, ``--misses``
to list what each article got wrong). The figures, per set:

people recall          gold people the extractor found (by name, native name or a stated form);
                       an answer's people of kind "author" (the byline) are the article's
                       metadata, not counted either way
spurious per 10        extracted people who are in no answer and not the article's author, per
                       10 articles (a desk or a wire listed as a person counts; a person's
                       byline never does, even where the answers list it as no person)
native names           gold people with a native-script name whose profile has exactly that name
quote recall           gold quotes inside an extracted quote
speaker accuracy       found gold quotes whose speaker is right (a named speaker, or rightly none)
attribution precision  credited quotes whose speaker is right
wrongly credited       found quotes credited to someone who did not say them
reported recall        reported statements ("X said that …") found with their speaker
both scripts           gold people with a native name whose profile has the Latin name too
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"


@dataclass(frozen=True)
class Case:
    name: str
    article: Path
    answers: Path


def _pairs(articles: Path, answers: Path) -> list[Case]:
    cases = []
    for ans in sorted(answers.glob("*.toml")):
        found = [p for p in articles.glob(ans.stem + ".*") if p.suffix != ".toml"]
        if found:
            cases.append(Case(ans.stem, found[0], ans))
    return cases


def sets() -> dict[str, list[Case]]:
    from tealeaves.locations import bundled_articles

    out = {"bundled": _pairs(bundled_articles(), DATA / "gold")}
    tuning = _pairs(DATA / "extract" / "articles", DATA / "extract" / "expected")
    for lang in ("en", "zh", "ru"):
        name = "tuning" if lang == "en" else f"tuning-{lang}"
        out[name] = [c for c in tuning if _language(c) == lang]
    for lang in ("en", "zh", "ru"):
        base = DATA / "heldout" / lang
        if (base / "answers").is_dir():
            out[f"heldout-{lang}"] = _pairs(base / "articles", base / "answers")
    return out


def _language(case: Case) -> str:
    """The article's language, as its answers state it or as the extractor sees it."""
    answers = tomllib.loads(case.answers.read_text(encoding="utf-8"))
    if "article" in answers and answers["article"].get("language"):
        return answers["article"]["language"]
    for lang in ("zh", "ru"):
        if case.name.startswith(f"tune-{lang}"):
            return lang
    return "en"


def fold(text: str) -> str:
    """Letters only, lowercase, accents and width folded: "Zhào Huá-shèng" -> "zhaohuasheng"."""
    text = unicodedata.normalize("NFKC", text).casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


@dataclass
class Tally:
    articles: int = 0
    people: int = 0
    people_found: int = 0
    spurious: int = 0
    natives: int = 0
    natives_right: int = 0
    both_scripts: int = 0
    quotes: int = 0
    quotes_found: int = 0
    speaker_right: int = 0
    credited: int = 0
    credited_right: int = 0
    wrongly_credited: int = 0
    reported: int = 0
    reported_found: int = 0
    misses: list[str] = field(default_factory=list)
    #: (what went wrong, the answer's kind of quote) -> how many: counts only, so a
    #: held-out set can say which kind of quote fails without showing a single miss
    by_kind: Counter[tuple[str, str]] = field(default_factory=Counter)
    #: (the answer's kind of quote, where the text names its speaker) -> how many quotes
    #: left to nobody that have a speaker: counts only, like ``by_kind``
    by_where: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, other: Tally) -> None:
        for name, value in vars(other).items():
            if isinstance(value, int):
                setattr(self, name, getattr(self, name) + value)
        self.misses.extend(other.misses)
        self.by_kind.update(other.by_kind)
        self.by_where.update(other.by_where)

    @staticmethod
    def ratio(a: int, b: int) -> float | None:
        return a / b if b else None

    def figures(self) -> dict[str, float | int | None]:
        return {
            "articles": self.articles,
            "people recall": self.ratio(self.people_found, self.people),
            "spurious per 10": 10 * self.spurious / self.articles if self.articles else None,
            "native names": self.ratio(self.natives_right, self.natives),
            "both scripts": self.ratio(self.both_scripts, self.natives),
            "quote recall": self.ratio(self.quotes_found, self.quotes),
            "speaker accuracy": self.ratio(self.speaker_right, self.quotes_found),
            "attribution precision": self.ratio(self.credited_right, self.credited),
            "wrongly credited": self.wrongly_credited,
            "reported recall": self.ratio(self.reported_found, self.reported),
        }


class _Matcher:
    """Which extracted person a gold person is."""

    def __init__(self, gold: list[dict], people: Iterable) -> None:
        self.people = list(people)
        self.gold = gold

    def _forms(self, g: dict) -> list[str]:
        forms = [g["name"], *g.get("forms", []), *g.get("later_forms", [])]
        if g.get("native_name"):
            forms.append(g["native_name"])
        return [f for f in forms if f]

    def find(self, g: dict):
        name = fold(g["name"])
        native = fold(g.get("native_name", ""))
        named = [p for p in self.people if fold(p.name) == name]
        if len(named) > 1 and native:  # two people of one reading (李永辉, 李勇慧): by script
            named = [p for p in named if fold(p.native_name or "") == native] or named
        if named:
            return named[0]
        if native:
            for p in self.people:
                if p.native_name and fold(p.native_name) == native:
                    return p
        multi = [fold(f) for f in self._forms(g) if len(f.split()) > 1 or not f.isascii()]
        for p in self.people:
            if fold(p.name) in multi or any(fold(a) in multi for a in p.aliases if a):
                return p
        if " " not in g["name"].strip():  # a gold name of one word is the text's own form
            for p in self.people:
                words = p.name.split()
                if words and name in (fold(words[-1]), fold(words[0])):
                    return p
        return None

    def id_of(self, speaker: str) -> str | None:
        for g in self.gold:
            if g["name"] == speaker:
                p = self.find(g)
                return p.id if p else f"<missing {speaker}>"
        return f"<unknown {speaker}>"


OPENING = "“‘«「『„\"'"


def _find(text: str, quoted: str) -> int:
    """Where the gold quote stands: the first occurrence right after an opening mark, else
    the first occurrence ("challenges" may also stand inside a longer quote)."""
    first = at = text.find(quoted)
    while at > 0:
        if text[at - 1] in OPENING:
            return at
        at = text.find(quoted, at + 1)
    return first


def _quote_at(quotes: list, at: int, length: int):
    """The innermost extracted quote that contains the gold quote starting at ``at``."""
    inside = [q for q in quotes if q.span.start <= at < q.span.end and q.span.end >= at + 1]
    if not inside:
        inside = [q for q in quotes if q.span.start <= at + length and at < q.span.end]
    return min(inside, key=lambda q: q.span.end - q.span.start, default=None)


_STOP = re.compile(r"[.!?。！？](?:[”’\"」»]*)(?=\s|[“「«]|$)")


def _saying(text: str) -> bool:
    """Whether ``text`` holds a verb of saying the extractor knows, in any of its languages."""
    return _saying_pattern().search(text) is not None


@functools.cache
def _saying_pattern() -> re.Pattern[str]:
    from tealeaves.extract.cues import VERBS
    from tealeaves.extract.ru import VERB as RU_VERB
    from tealeaves.extract.zh import VERB as ZH_VERB

    return re.compile(rf"\b(?:{VERBS})\b|{RU_VERB}|{ZH_VERB}")


def _right_before(text: str, start: int) -> str:
    """What stands right before a quote's opening mark, in a few coarse classes."""
    before = text[max(0, start - 8) : max(0, start - 1)].rstrip()
    if re.search(r"(?:[:：]|—|–)$", before):
        return "; after a colon or dash"
    if re.search(r"(?:所谓|所称的|称之为|so-called|называем\w*)$", before, re.I):
        return "; after 'so-called'"
    if before.endswith("的"):
        return "; after 的"
    if _saying(before):
        return "; after a verb of saying"
    return "; other"


def _where_named(doc, mentions, person: str, span) -> str:
    """Where the text names ``person`` (any mention the extractor found) relative to the
    quote at ``span``: in the quote's own sentence (before or after the quote), elsewhere in
    its paragraph, in the paragraph before, earlier, only later, or nowhere it found."""
    para = doc.paragraph_at(span.start)
    if para is None:
        return "?"
    starts = [m.end() for m in _STOP.finditer(doc.text, para.start, span.start)]
    lo = starts[-1] if starts else para.start
    end = _STOP.search(doc.text, span.end - 1, para.end)
    hi = end.end() if end else para.end
    own = [m.span for m in mentions if m.person == person]
    if not own:
        return "not found as a mention"
    before = [s for s in own if lo <= s.start < span.start]
    if before:
        between = doc.text[before[-1].end : span.start]
        return "its sentence, before" + (
            ", a verb of saying between" if _saying(between) else ", no verb of saying"
        )
    if any(span.end <= s.start < hi for s in own):
        return "its sentence, after"
    if any(span.start <= s.start < span.end for s in own):
        return "inside the quote only"
    if any(para.start <= s.start < para.end for s in own):
        return "its paragraph"
    if para.index > 0:
        prev = doc.paragraphs[para.index - 1]
        if any(prev.start <= s.start < prev.end for s in own):
            return "paragraph before"
    if any(s.start < para.start for s in own):
        return "earlier paragraphs"
    return "later only"


def score(case: Case) -> Tally:
    from tealeaves.corpus import load_article
    from tealeaves.extract import extract, load_registry

    doc = load_article(case.article)
    answers = tomllib.loads(case.answers.read_text(encoding="utf-8"))
    x = extract(doc, load_registry())
    t = Tally(articles=1)
    gold_people = answers.get("people", [])
    match = _Matcher(gold_people, x.people)
    tag = f"{case.name}:"

    matched_ids = set()
    for g in gold_people:
        p = match.find(g)
        if g.get("kind") == "author":  # a byline: metadata, neither missed nor spurious
            if p is not None:
                matched_ids.add(p.id)
            continue
        t.people += 1
        if p is None:
            t.misses.append(f"{tag} person not found: {g['name']}")
            native = g.get("native_name", "")
            shape = (
                "a transliteration"
                if re.search("[·•‧・]", native)
                else f"{len(native)} Han characters"
                if re.fullmatch(r"[\u3400-\u9fff]+", native)
                else "Cyrillic"
                if re.search("[А-Яа-я]", native)
                else "no native name"
                if not native
                else "other"
            )
            t.by_kind["person not found", f"{g.get('kind', '?')}, {shape}"] += 1
            continue
        t.people_found += 1
        matched_ids.add(p.id)
        if g.get("native_name"):
            t.natives += 1
            if fold(p.native_name) == fold(g["native_name"]):
                t.natives_right += 1
            else:
                t.misses.append(
                    f"{tag} native name of {g['name']}: {p.native_name!r} not {g['native_name']!r}"
                )
            # the Latin name is the profile's name or one of its names ("Alexander
            # Vladimirovich Lukin" is an alias of the profile called "Alexander Lukin")
            if fold(g["name"]) in {fold(p.name), *(fold(a) for a in p.aliases)}:
                t.both_scripts += 1
    not_people = {fold(n["text"]) for n in answers.get("non_people", [])}
    # bylines are metadata: a person's byline the answers list as no person *in the story*
    # is still no spurious person; a desk or a wire ("World Desk") in the byline is
    desks = ("desk", "staff", "reporters", "bureau", "team", "newsroom", "editors", "wire")
    authors = {
        fold(a)
        for a in doc.authors
        if fold(a) not in not_people or not any(w in a.casefold().split() for w in desks)
    }
    for p in x.people:
        if p.id not in matched_ids and fold(p.name) not in authors:  # bylines are metadata
            t.spurious += 1
            t.misses.append(f"{tag} spurious person: {p.name} ({p.kind})")
            words = "one word" if len(p.name.split()) == 1 else f"{len(p.name.split())} words"
            t.by_kind["spurious person", f"{p.kind}, {words}"] += 1

    direct = [q for q in x.quotes if q.kind != "reported"]
    for g in answers.get("quotes", []):
        t.quotes += 1
        at = _find(doc.text, g["text"])
        got = _quote_at(direct, at, len(g["text"])) if at >= 0 else None
        kind = g.get("kind", "?")
        if got is None:
            t.misses.append(f"{tag} quote not found: {g['text'][:50]!r}")
            t.by_kind["not found", kind] += 1
            continue
        t.quotes_found += 1
        want = match.id_of(g["speaker"]) if g.get("speaker") else None
        if got.speaker == want:
            t.speaker_right += 1
        else:
            t.misses.append(f"{tag} speaker of {g['text'][:40]!r}: {got.speaker} not {want}")
            wrong = "unattributed" if got.speaker is None else "credited, answer: nobody"
            t.by_kind[wrong if got.speaker is None or want is None else "wrong person", kind] += 1
            if got.speaker is None and want is not None:
                t.by_where[kind, _where_named(doc, x.mentions, want, got.span)] += 1
            elif got.speaker is not None and want is None:
                where = _where_named(doc, x.mentions, got.speaker, got.span)
                t.by_where[kind + " credited", where + _right_before(doc.text, got.span.start)] += 1
        if got.speaker is not None:
            t.credited += 1
            if got.speaker == want:
                t.credited_right += 1
            else:
                t.wrongly_credited += 1

    reported = [q for q in x.quotes if q.kind == "reported"]
    for g in answers.get("reported", []):
        t.reported += 1
        at = _find(doc.text, g["text"])
        got = _quote_at(reported, at, len(g["text"])) if at >= 0 else None
        want = match.id_of(g["speaker"]) if g.get("speaker") else None
        if got is not None and got.speaker == want:
            t.reported_found += 1
        else:
            t.misses.append(f"{tag} reported {g['text'][:30]!r}: {got and got.speaker} not {want}")
    return t


def run(names: list[str] | None = None, prefix: str = "") -> dict[str, Tally]:
    """Each set's tally; with ``prefix``, of the tuning sets only the articles whose file
    names begin with it (a new batch's figures before anything is tuned on it)."""
    out: dict[str, Tally] = {}
    for name, cases in sets().items():
        if names and name not in names:
            continue
        total = Tally()
        for case in cases:
            if prefix and name.startswith("tuning") and not case.name.startswith(prefix):
                continue
            total.add(score(case))
        out[name] = total
    return out


def identity(group: str = "heldout") -> tuple[int, int, list[str], Counter[str]]:
    """One person across languages: of the people the answers of ``group`` ("heldout" or
    "tuning") name in articles of two or more languages (by their Latin name), how many the
    extractor gives one id in every one of those articles. Returns (joined, people, misses)."""
    from tealeaves.corpus import load_article
    from tealeaves.extract import extract, load_registry
    from tealeaves.library.joins import join_ids

    found: list[tuple[str, list[dict], list]] = []  # (language, answers' people, extracted)
    registry = load_registry()
    for name, cases in sets().items():
        if name.split("-")[0] != group:
            continue
        lang = name.split("-")[1] if "-" in name else "en"
        for case in cases:
            answers = tomllib.loads(case.answers.read_text(encoding="utf-8"))
            x = extract(load_article(case.article), registry)
            found.append((lang, answers.get("people", []), x.people))
    # the library joins one person's ids from two scripts over all its articles: so here
    joined = join_ids((p.id, p.name, p.native_name) for _, _, people in found for p in people)
    seen: dict[str, dict[str, set[str | None]]] = {}  # name -> language -> ids
    for lang, gold, people in found:
        match = _Matcher(gold, people)
        for g in gold:
            p = match.find(g)
            pid = joined.get(p.id, p.id) if p else None
            seen.setdefault(g["name"], {}).setdefault(lang, set()).add(pid)
    joined, people, misses = 0, 0, []
    kinds: Counter[str] = Counter()  # what went wrong, in which languages: counts only
    for person, by_lang in sorted(seen.items()):
        if len(by_lang) < 2:
            continue
        people += 1
        ids = set().union(*by_lang.values())
        if len(ids) == 1 and None not in ids:
            joined += 1
        else:
            misses.append(
                f"identity: {person}: {dict((k, sorted(map(str, v))) for k, v in by_lang.items())}"
            )
            # (safe on the held-out sets): which languages, and what went wrong
            langs = "+".join(sorted(by_lang))
            what = "not found in a language" if None in ids else "found under two ids"
            kinds[f"{what}, {langs}"] += 1
    return joined, people, misses, kinds


def _fmt(value: float | int | None, key: str) -> str:
    if value is None:
        return "–"
    if key in ("articles", "wrongly credited"):
        return str(value)
    if key == "spurious per 10":
        return f"{value:.1f}"
    return f"{value:.2f}"


def table(results: dict[str, Tally]) -> str:
    keys = list(Tally().figures())
    head = "| | " + " | ".join(results) + " |"
    rule = "| --- |" + " --- |" * len(results)
    rows = [
        f"| {k} | " + " | ".join(_fmt(t.figures()[k], k) for t in results.values()) + " |"
        for k in keys
    ]
    return "\n".join([head, rule, *rows])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="which sets (default: all)")
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument("--markdown", action="store_true", help="print the Markdown table")
    parser.add_argument(
        "--prefix", default="", help="tuning articles whose names begin with this only"
    )
    parser.add_argument(
        "--by-kind",
        action="store_true",
        help="count the quote misses by what went wrong and the answer's kind of quote "
        "(counts only: safe on the held-out sets)",
    )
    args = parser.parse_args(argv)
    results = run(args.sets or None, args.prefix)
    print(table(results))
    joined: dict[str, tuple[int, int, list[str], Counter[str]]] = {}
    for group in ("tuning", "heldout"):
        if not args.sets or any(n.split("-")[0] == group for n in args.sets):
            joined[group] = found = identity(group)
            print(f"\none identity across languages ({group}): {found[0]} of {found[1]} people")
    if args.by_kind:
        for group, found in joined.items():
            for what, n in sorted(found[3].items()):
                print(f"\none identity ({group}), missed: {what}: {n}")
        for name, t in results.items():
            print(f"\n{name}: quote misses by kind")
            for (what, kind), n in sorted(t.by_kind.items()):
                print(f"  {what:26s} {kind:10s} {n}")
            if t.by_where:
                print(f"{name}: quotes left to nobody, by where the text names the speaker")
                for (kind, where), n in sorted(t.by_where.items()):
                    print(f"  {kind:10s} {where:26s} {n}")
    if args.misses:
        for t in results.values():
            for miss in t.misses:
                print(miss)
        for group, found in joined.items():
            if any(n.split("-")[0] == group for n in args.sets or ()):
                for miss in found[2]:
                    print(miss)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "src"))
    sys.exit(main())
