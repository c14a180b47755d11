"""Snippets of a query with no Cyrillic term are highlighted without the Russian
dictionary forms (``analysis.for_highlighting``): the same words are marked, and no
Russian word is looked up."""

from __future__ import annotations

import pytest

from tealeaves.search import analysis
from tealeaves.search.analysis import for_highlighting, name_analyzer, prose_analyzer
from tealeaves.search.snippets import make_snippet, word_spans

TEXTS = (
    "Фёдор Лукьянов (Fyodor Lukyanov) said the alliance with Китай is «стратегическое "
    "партнёрство», not a formal alliance; 结伴不结盟 was the phrase in Beijing.",
    "Лукьяновым и Кашиным были сказаны слова о союзе: alliances, allied, allying.",
    "No Russian here: a strategic rear for the formal alliance, Beijing and Moscow.",
    "Россия и Китай: отношения, отношений, отношениями.",
)


def _terms(query: str) -> frozenset[str]:
    return frozenset(t.text for t in prose_analyzer()(query))


@pytest.mark.parametrize(
    "query", ["alliance", "formal alliance", "beijing moscow", "结伴不结盟", "lukyanov allied"]
)
def test_a_query_without_cyrillic_marks_the_same_words(query):
    full = prose_analyzer()
    terms = _terms(query)
    light = for_highlighting(full, terms)
    assert light is not full
    for text in TEXTS:
        assert make_snippet(text, terms, light) == make_snippet(text, terms, full)
        assert word_spans(text, terms, light) == word_spans(text, terms, full)


def test_no_russian_word_is_looked_up_for_it(monkeypatch):
    def looked_up(word: str) -> str:
        raise AssertionError(f"{word} looked up")

    full = prose_analyzer()
    terms = _terms("alliance")
    light = for_highlighting(full, terms)
    monkeypatch.setattr(analysis, "russian_lemma", looked_up)
    for text in TEXTS:
        make_snippet(text, terms, light)
    with pytest.raises(AssertionError, match="looked up"):
        make_snippet(TEXTS[0], terms, full)


@pytest.mark.parametrize("query", ["отношения", "Лукьянов alliance", "союз"])
def test_a_query_with_cyrillic_keeps_the_analyzer(query):
    full = prose_analyzer()
    terms = _terms(query)
    assert for_highlighting(full, terms) is full
    for text in TEXTS:
        assert make_snippet(text, terms, full).highlights or not any(
            t in {x.text for x in full(text)} for t in terms
        )


def test_other_analyzers_are_kept():
    names = name_analyzer()
    assert for_highlighting(names, frozenset({"alliance"})) is names
    assert for_highlighting(None, frozenset({"alliance"})) is None
