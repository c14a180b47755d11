"""Property-based tests (hypothesis): any query, any bytes, any text.

- The query layer: any string gives a result or a notice, never an exception.
- The loaders: any bytes in a file of any supported type give an article or an ArticleError.
- The extractors: any text gives people, quotes and terms whose spans lie inside the text,
  and every quote lies inside a pair of quotation marks.

Example counts are modest for CI; ``TEALEAVES_FUZZ=N`` runs N examples per test by hand
(docs/reliability.md records the large runs).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tealeaves.corpus import ArticleError, load_article
from tealeaves.corpus.loader import ARTICLE_SUFFIXES
from tealeaves.extract import extract
from tealeaves.extract.spans import OPEN_CLOSE
from tealeaves.model import Block, Document

EXAMPLES = int(os.environ.get("TEALEAVES_FUZZ", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Pieces that steer the extractors into their interesting paths, mixed with arbitrary text.
PIECES = [
    "Zhao Huasheng", " (赵华胜)", "Feng Yujun (冯玉军), a professor at Fudan University,",
    " argues that ", " said ", "Zhao", " he ", "“", "”", "‘", "’", "«", "»", '"', "'", "(", ")",
    "[", "]", "[bold]", "[/]", "结伴不结盟", " [半边天]", "Андрей Кортунов", " (Андрей Кортунов)",
    "\n\n", "\n", ". ", ", ", "According to ", "Xi’s", "alliance", " ", "\u200b", "\u202e",
]  # fmt: skip
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60).map("".join)
QUERY_WORDS = [
    "alliance", "Zhao", "AND", "OR", "NOT", '"', "(", ")", "*", "~", ":", "author:", "topic:",
    "kind:quote", "结盟", "year:>2020", "[bold]", "-", "^2", "\\", "?",
]  # fmt: skip
queries = st.one_of(
    st.text(max_size=40), st.lists(st.sampled_from(QUERY_WORDS), max_size=8).map(" ".join)
)
OPENERS = set(OPEN_CLOSE) | {'"', "'"}
CLOSERS = set(OPEN_CLOSE.values()) | {'"', "'"}


@FUZZ
@given(text=queries)
def test_any_query_gives_a_result_or_a_notice(bundled_library, text):
    result = bundled_library.search(text)
    assert result.hits or result.notice or result.total == 0
    for hit in result.hits:
        assert all(0 <= s < e <= len(hit.snippet.text) for s, e in hit.snippet.highlights)
    spans = bundled_library.highlights("sino-russian-military-relations", text)
    assert all(0 <= s < e for s, e in spans)


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(sorted(ARTICLE_SUFFIXES)))
def test_any_bytes_give_an_article_or_a_clear_error(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        try:
            doc = load_article(path)
        except ArticleError as exc:
            assert str(exc).strip() and "\n" not in str(exc).strip()
            return
        assert doc.paragraphs and doc.id
        for para in doc.paragraphs:
            assert doc.text[para.start : para.end] == para.text


@FUZZ
@given(text=texts)
def test_any_text_gives_spans_inside_it_and_quotes_inside_marks(text):
    blocks = [Block("body", part) for part in text.split("\n\n") if part.strip()]
    if not blocks:
        return
    doc = Document.build(id="fuzz", title="Fuzz", blocks=blocks)
    found = extract(doc)
    n = len(doc.text)
    ids = {p.id for p in found.people}
    for mention in found.mentions:
        assert 0 <= mention.span.start < mention.span.end <= n and mention.person in ids
    for person in found.people:
        for role in person.roles:
            if role.span is not None:
                assert doc.text[role.span.start : role.span.end] == role.text
    for quote in found.quotes:
        start, end = quote.span.start, quote.span.end
        assert quote.speaker is None or quote.speaker in ids
        if quote.kind == "reported":  # the writer's words: a clause, with no marks around it
            assert 0 <= start < end <= n and doc.text[start:end] == quote.text
            assert quote.speaker is not None
            continue
        assert 0 < start <= end < n and doc.text[start:end] == quote.text
        assert doc.text[start - 1] in OPENERS and doc.text[end] in CLOSERS, quote
    for term in found.terms:
        assert doc.text[term.span.start : term.span.end] == term.term
