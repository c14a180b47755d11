"""The analyzers' one-pass chain (``analysis.FusedAnalyzer``) gives the very tokens of
Whoosh's chained generators (tokenizer, lowercase, stop words, stems): every attribute of
every token (text, original, position, offsets, boost, stopped), for indexing, queries,
highlighting and spelling words, over English, Chinese, Russian and mixed text."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh.analysis import LowercaseFilter, StopFilter
from whoosh.analysis.analyzers import CompositeAnalyzer

from tealeaves.search import analysis
from tealeaves.search.analysis import (
    FusedAnalyzer,
    MixedScriptTokenizer,
    for_highlighting,
    name_analyzer,
    prose_analyzer,
)
from tealeaves.search.schema import make_schema

ROOT = Path(__file__).resolve().parents[2]

EDGE_CASES = [
    "",
    " ",
    "...",
    "The",
    "the of and",
    "A",
    "a I",
    "The alliances of the states, and THE ALLIANCE’s limits.",
    "Russia’s Russia's Russias' it's IT'S",
    "1991 2024-2025 3.14 ½ ² 第3 ３ 12th 1990s",
    "Zhao Huasheng (赵华胜), a professor at Fudan 复旦大学, says “结伴不结盟”.",
    "閻學通 阎学通 趙華勝 盟 一 〇",
    "Фёдор Лукьянов (Fyodor Lukyanov): «стратегическое партнёрство», не союз.",
    "Лукьянова Лукьяновым и Кашиным; отношений, отношения, ЁЛКА, ёлка",
    "Ukraine Україна Қазақстан Ӏ ѣ",
    "İstanbul ǅ Straße ÉCOLE naïve café Œuvre ﬁ",
    'under_score snake_case __init__ e-mail co-operation — – - … ‘quoted’ "double"',
    "x\ny\n\nz\tw\r\nv",
    "in the 1990s, the US and the USSR; at a 50% rate, $3 bn",
    "中文English混合Русский123中",
    "𠀀𠀁 \U0002a700 \uf900\uf901",
    "ﾃｽﾄ テスト 한국어 العربية עברית ελληνικά",
    "the" * 5 + " and " + "а и в " * 3,
]

#: Keyword arguments as Whoosh and Tea Leaves call an analyzer.
CALLS = [
    {},
    {"positions": True, "boosts": True, "mode": "index"},  # indexing (formats.Positions)
    {"mode": "query"},  # the query parser
    {"positions": True, "chars": True, "mode": "query"},
    {"chars": True, "removestops": False, "mode": "query"},  # highlighting
    {"positions": True, "chars": True, "keeporiginal": True, "removestops": False},
    {"positions": True, "start_pos": 7, "start_char": 100, "mode": "index"},
    {"no_morph": True},  # spelling words
    {"no_morph": True, "positions": True, "removestops": False},
    {"tokenize": False, "positions": True, "chars": True},
]


def _texts() -> list[str]:
    files = [
        *sorted((ROOT / "src/tealeaves/data/articles").glob("*")),
        *sorted((ROOT / "tests/data/languages").glob("*")),
        *sorted((ROOT / "tests/data/add").glob("*.*")),
    ]
    articles = sorted((ROOT / "tests/data/extract/articles").glob("*"))
    files += [p for p in articles if "-zh-" in p.name or "-ru-" in p.name][::3]
    files += [p for p in articles if "-zh-" not in p.name and "-ru-" not in p.name][::8]
    texts = list(EDGE_CASES)
    for path in files:
        text = path.read_text(encoding="utf-8")
        texts.append(text)
        texts.extend(text.split("\n\n")[:40])  # paragraphs, empty ones among them
    return texts


TEXTS = _texts()


def _stream(analyzer, text: str, kwargs: dict) -> list[dict]:
    return [dict(token.__dict__) for token in analyzer(text, **kwargs)]


def _chained(analyzer) -> CompositeAnalyzer:
    """The same filters run as Whoosh chains them."""
    plain = CompositeAnalyzer(*analyzer.items)
    assert type(plain) is CompositeAnalyzer
    return plain


@pytest.mark.parametrize("make", [prose_analyzer, name_analyzer])
@pytest.mark.parametrize("kwargs", CALLS, ids=repr)
def test_the_same_tokens_as_the_chain(make, kwargs):
    fused = make()
    assert isinstance(fused, FusedAnalyzer)
    chained = _chained(fused)
    assert len(TEXTS) > 300
    for text in TEXTS:
        assert _stream(fused, text, dict(kwargs)) == _stream(chained, text, dict(kwargs)), text


@pytest.mark.parametrize("kwargs", CALLS[:5], ids=repr)
def test_the_same_tokens_for_highlighting(kwargs):
    fused = for_highlighting(prose_analyzer(), frozenset({"alliance"}))
    assert isinstance(fused, FusedAnalyzer)
    chained = _chained(fused)
    for text in TEXTS[:200]:
        assert _stream(fused, text, dict(kwargs)) == _stream(chained, text, dict(kwargs)), text


def test_every_field_indexes_and_spells_the_same():
    """Whoosh's own calls (``Field.index``, ``spellable_words``, ``process_text``) for each
    text field of the schema, with the field's analyzer fused and chained."""
    schema = make_schema()
    for name in ("content", "title", "section", "authors", "publication", "expert"):
        field = schema[name]
        assert isinstance(field.analyzer, FusedAnalyzer)
        fused = field.analyzer
        for text in TEXTS[:400]:
            field.analyzer = fused
            new = (
                list(field.index(text)),
                list(field.spellable_words(text)) if field.spelling else None,
                list(field.process_text(text, mode="query")),
            )
            field.analyzer = _chained(fused)
            old = (
                list(field.index(text)),
                list(field.spellable_words(text)) if field.spelling else None,
                list(field.process_text(text, mode="query")),
            )
            assert new == old, (name, text)
        field.analyzer = fused


def test_one_pass_gives_the_positions_and_the_spelling_words():
    """``positions_and_words`` (what a build's adding takes from ``content`` in one pass)
    gives each word's positions as Whoosh's ``Positions`` format gathers them, and the
    words of ``spellable_words``; other chains answer None."""
    field = make_schema()["content"]
    fused = field.analyzer
    chained = _chained(fused)
    stops = StopFilter(stoplist=["alliance"], minsize=3, renumber=False)
    other = FusedAnalyzer(
        MixedScriptTokenizer(), LowercaseFilter(), stops, analysis.LatinStemFilter()
    )
    for analyzer in (fused, other):
        for text in TEXTS:
            positions: dict[str, list[int]] = {}
            for token in chained(text, positions=True, boosts=True, mode="index"):
                if not token.stopped:
                    positions.setdefault(token.text, []).append(token.pos)
            words = {token.text for token in _chained(analyzer)(text, no_morph=True)}
            if analyzer is fused:
                assert set(field.spellable_words(text)) == words
            else:
                positions = {}
                for token in _chained(analyzer)(text, positions=True, mode="index"):
                    positions.setdefault(token.text, []).append(token.pos)
            found = analyzer.positions_and_words(text)
            assert found is not None
            assert found[0] == positions, text
            assert list(found[0]) == list(positions), text  # the words in the same order
            assert found[1] == words, text
    assert name_analyzer().positions_and_words("Zhao Ming") is None
    assert FusedAnalyzer(MixedScriptTokenizer()).positions_and_words("a b") is None


def test_other_stop_settings_and_chains():
    custom = FusedAnalyzer(
        MixedScriptTokenizer(),
        LowercaseFilter(),
        StopFilter(stoplist=["alliance", "союз"], minsize=3, maxsize=8, renumber=False),
        analysis.LatinStemFilter(),
    )
    longer = FusedAnalyzer(MixedScriptTokenizer(), LowercaseFilter(), StopFilter())
    for analyzer in (custom, longer):
        chained = _chained(analyzer)
        for text in TEXTS[:100]:
            for kwargs in CALLS:
                assert _stream(analyzer, text, dict(kwargs)) == _stream(chained, text, dict(kwargs))


def test_russian_words_are_looked_up_each_time(monkeypatch):
    """The word table keeps no Russian dictionary form: ``russian_lemma`` (cached on its
    own) is asked for every Russian word, as by the chain."""
    asked = []

    def lemma(word: str) -> str:
        asked.append(word)
        return word + "!"

    fused = prose_analyzer()
    list(fused("Лукьянова"))
    monkeypatch.setattr(analysis, "russian_lemma", lemma)
    assert [t.text for t in fused("Лукьянова Лукьянова")] == ["лукьянова!"] * 2
    assert asked == ["лукьянова"] * 2


def test_the_same_tokens_when_the_word_table_starts_again(monkeypatch):
    monkeypatch.setattr(analysis, "_WORDS_MAX", 50)
    monkeypatch.setattr(analysis, "_WORDS", {})
    fused = prose_analyzer()
    chained = _chained(fused)
    kwargs = {"positions": True, "boosts": True, "mode": "index"}
    tables: list[dict] = []  # kept, so that no table's id is reused
    for text in TEXTS[:300]:
        assert _stream(fused, text, dict(kwargs)) == _stream(chained, text, dict(kwargs))
        tables += [t for t in analysis._WORDS.values() if not any(t is s for s in tables)]
    assert len(tables) > 10  # it started again many times
