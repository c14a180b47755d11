"""Title, authors, publication, year and language are indexed on the article record only and
joined to the article's other records at query time (``tealeaves.search.joined``).

Against an index built the old way (every record carrying its article's metadata, made
here by patching the records back), queries naming those fields must find the same records
in every shape (words, phrases, wildcards, fuzzy words, year ranges, OR/NOT/AND, other
fields and free words), through Whoosh's own search, the bulk scorer and the search layer;
queries naming none must give the same hits, scores and order. Incremental updates and
merges must keep it so."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh.query import NullQuery

from helpers import bundled_paragraphs, write_article
from tealeaves.extract.language import language_of
from tealeaves.library import Library
from tealeaves.search import query as query_module
from tealeaves.search import records as records_module
from tealeaves.search import update as update_module
from tealeaves.search.bounds import Budget
from tealeaves.search.bulk import FastPath, top_records
from tealeaves.search.joined import ARTICLE_FIELDS, join_article_fields
from tealeaves.search.parse import make_parser, parse_query
from tealeaves.search.query import search

AUTHORS = ("Anna Petrova", "Li Wei", "John Smith; Anna Petrova", "Maria Li", "")
TITLES = (
    "Strategic rear of China",
    "The alliance that never was",
    "Russia and China, partners",
    "Notes on a strategic partnership",
    "Weapons trade",
)
PUBLICATIONS = ("Carnegie Politika", "Riddle", "", "The Diplomat")
LANGUAGES = ("en", "en", "ru", "zh")


def _write(corpus: Path, n: int, variant: int = 0) -> None:
    rng = random.Random(n * 31 + variant)
    body = "\n\n".join(rng.sample(bundled_paragraphs(), 6))
    meta = {
        "title": TITLES[(n + variant) % len(TITLES)] + f" {n}",
        "date": f"{2018 + (n + variant) % 7}-0{1 + n % 9}-1{n % 10}",
        "language": LANGUAGES[n % len(LANGUAGES)],
    }
    if AUTHORS[(n + variant) % len(AUTHORS)]:
        meta["authors"] = AUTHORS[(n + variant) % len(AUTHORS)]
    if PUBLICATIONS[n % len(PUBLICATIONS)]:
        meta["publication"] = PUBLICATIONS[n % len(PUBLICATIONS)]
    write_article(corpus, f"a{n}.md", body, **meta)


def _old_common_fields(doc):
    """The records as they were: every record with its article's metadata."""
    return {
        "doc_id": doc.id,
        "title": doc.title,
        "authors": "; ".join(doc.authors),
        "publication": doc.publication,
        "year": doc.year,
        "date": doc.date,
        "language": language_of(doc),
    }


def _open(index: Path, corpus: Path, old: bool = False, segments: bool = False) -> Library:
    patch = pytest.MonkeyPatch()
    if old:
        patch.setattr(records_module, "_common_fields", _old_common_fields)
    if segments:
        patch.setattr(update_module, "PARALLEL_FROM", 1)
    try:
        return Library.open(  # a library of its own: no corpus folder remembered elsewhere
            index_dir=index,
            corpus_dirs=[corpus],
            bundled=False,
            library_dir=index.parent / f"library-{index.name}",
        )
    finally:
        patch.undo()


@pytest.fixture(scope="module")
def indexes(tmp_path_factory):
    base = tmp_path_factory.mktemp("article_fields")
    corpus = base / "corpus"
    for n in range(14):
        _write(corpus, n)
    new = _open(base / "new", corpus)
    old = _open(base / "old", corpus, old=True)
    yield old, new
    old.close()
    new.close()


QUERIES = [
    "author:petrova",
    'author:"anna petrova"',
    "by:li",
    "author:petr*",
    "author:petrov~1",
    "title:alliance",
    'title:"strategic rear"',
    "title:strat*",
    "year:2021",
    "date:2019",
    "year:[2019 TO 2021]",
    "year:>2022",
    "year:<=2019",
    "publication:carnegie",
    'pub:"the diplomat"',
    "in:riddle",
    "language:ru",
    "lang:zh",
    "lang:en",
    "author:petrova OR author:li",
    "author:petrova AND NOT year:2021",
    "NOT author:petrova",
    "russia NOT author:petrova",
    "author:petrova russia",
    'author:petrova "strategic rear"',
    "(author:li OR title:rear) china",
    "kind:person author:smith",
    "kind:quote OR author:smith",
    "kind:person lang:en",
    "kind:para year:[2020 TO 2024] alliance",
    "russia OR title:china",
    "title:* russia",
    "author:nobodyatall",
    "author:nobodyatall OR russia",
    "lang:ru lang:zh",
    "expert:zhao NOT lang:ru",
    "topic:alliance author:petrova",
    "author:petrova^2 russia",
    "title:partners~1 OR pub:carn*",
]

EMPTY = {"author:nobodyatall", "lang:ru lang:zh"}  # no article has both languages

PLAIN = [
    "russia",
    "russia china",
    '"strategic rear"',
    "alliance OR partnership",
    "russia NOT china",
    "allian*",
    "kind:quote china",
    "expert:zhao",
    "topic:alliance russia",
    "*",
]


def _ids(searcher, query) -> set[str]:
    return {hit["id"] for hit in searcher.search(query, limit=None)}


def _hits(library: Library, text: str, join: bool = True) -> list[tuple]:
    searcher = library.searching.searcher()
    patch = pytest.MonkeyPatch()
    if not join:  # the index built the old way, searched the old way
        patch.setattr(query_module, "join_article_fields", lambda q, s: q)
    try:
        result = search(
            searcher, make_parser(searcher.schema), text, limit=100_000,
            fast=FastPath(), budget=Budget(None),
        )  # fmt: skip
    finally:
        patch.undo()
    return [
        (h.kind, h.doc_id, h.position, h.start, h.end, h.person, h.title, h.authors,
         h.publication, h.date, round(h.score, 6))
        for h in result.hits
    ]  # fmt: skip


def _assert_same_records(old: Library, new: Library, text: str) -> None:
    old_searcher, new_searcher = old.searching.searcher(), new.searching.searcher()
    parsed = parse_query(make_parser(old_searcher.schema), text).query
    if parsed is NullQuery:
        return
    expected = _ids(old_searcher, parsed)
    joined = join_article_fields(parsed, new_searcher)
    assert _ids(new_searcher, joined) == expected, text  # Whoosh's own search
    fast = top_records(new_searcher, joined, 100_000)
    if fast is not None:  # the bulk scorer
        assert {new_searcher.stored_fields(n)["id"] for _, n in fast.hits} == expected, text

    # The search layer: the same records, each shown with its article's metadata. A person
    # is listed once, at their best-scoring record: with other scores, maybe another one.
    def shown(hits: list[tuple]) -> list[tuple]:
        return sorted(("person", h[5]) if h[0] == "person" else h[:-1] for h in hits)

    assert shown(_hits(new, text)) == shown(_hits(old, text, join=False)), text


def test_the_fields_are_on_article_records_only(indexes):
    old, new = indexes
    reader = new.searching.searcher().reader()
    for field in ARTICLE_FIELDS:
        for word in reader.lexicon(field):
            kinds = {
                reader.stored_fields(n)["kind"] for n in reader.postings(field, word).all_ids()
            }
            assert kinds == {"doc"}, (field, word)
    # the old way put them on every kind
    old_reader = old.searching.searcher().reader()
    assert old_reader.doc_frequency("language", "en") > 5 * reader.doc_frequency("language", "en")


@pytest.mark.parametrize("text", QUERIES)
def test_queries_naming_article_fields_find_the_same_records(indexes, text):
    old, new = indexes
    searcher = old.searching.searcher()
    found = _ids(searcher, parse_query(make_parser(searcher.schema), text).query)
    assert bool(found) == (text not in EMPTY), text
    _assert_same_records(old, new, text)


@pytest.mark.parametrize(
    "text", ["author:petrova OR author:li", "author:petrova", "russia OR pub:riddle", "lang:en"]
)
def test_a_count_cut_short_is_estimated_as_before(indexes, text):
    """Whoosh skips records that cannot reach the top: the count is then its estimate."""
    old, new = indexes
    found = [
        search(lib.searching.searcher(), make_parser(lib.searching.searcher().schema), text,
               limit=3, fast=FastPath(), budget=Budget(None)).total
        for lib in (old, new)
    ]  # fmt: skip
    assert found[0] == found[1] > 3, text


@pytest.mark.parametrize("text", PLAIN)
def test_queries_naming_none_give_the_same_hits_scores_and_order(indexes, text):
    old, new = indexes
    found = _hits(new, text)
    assert found, text
    assert found == _hits(old, text, join=False), text


ATOMS = [
    "author:petrova", "author:li", "author:smith", "title:alliance", 'title:"strategic rear"',
    "title:strat*", "year:2020", "year:[2018 TO 2020]", "year:>2021", "pub:carnegie",
    "pub:riddle", "lang:ru", "lang:en", "lang:zh", "russia", "china", "alliance",
    '"strategic rear"', "kind:quote", "kind:para", "kind:person", "expert:zhao", "partners*",
]  # fmt: skip


@st.composite
def _queries(draw, depth: int = 2) -> str:
    if depth == 0 or draw(st.booleans()):
        atom = draw(st.sampled_from(ATOMS))
        return f"NOT {atom}" if draw(st.integers(0, 4)) == 0 else atom
    parts = draw(st.lists(_queries(depth - 1), min_size=2, max_size=3))
    joiner = draw(st.sampled_from([" ", " AND ", " OR "]))
    return "(" + joiner.join(parts) + ")"


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=_queries())
def test_random_combinations_find_the_same_records(indexes, text):
    if text.startswith("NOT ") or text.strip("()").startswith("NOT "):
        text = f"russia {text}"  # Whoosh finds nothing for a query that is only NOT
    old, new = indexes
    _assert_same_records(old, new, text)


def test_updates_removals_and_merges_keep_the_same_records(tmp_path):
    corpus = tmp_path / "corpus"
    for n in range(10):
        _write(corpus, n)
    new = _open(tmp_path / "new", corpus, segments=True)  # several segments
    new.close()
    _write(corpus, 2, variant=1)  # another author, title, year: its records are replaced
    _write(corpus, 5, variant=3)
    (corpus / "a7.md").unlink()  # removed
    _write(corpus, 10)  # added
    _write(corpus, 11)
    new = _open(tmp_path / "new", corpus)
    old = _open(tmp_path / "old", corpus, old=True)
    try:
        leaves = new.searching.searcher().reader().leaf_readers()
        assert len(leaves) >= 2 and any(r.has_deletions() for r, _ in leaves)
        for text in [*QUERIES[:20], "author:petrova russia", "title:rear NOT lang:en"]:
            _assert_same_records(old, new, text)
        new.searching.close()
        new.store.index.writer().commit(optimize=True)  # merged into one segment
        new.searching.close()
        leaves = new.searching.searcher().reader().leaf_readers()
        assert len(leaves) == 1 and not leaves[0][0].has_deletions()
        for text in QUERIES:
            _assert_same_records(old, new, text)
    finally:
        new.close()
        old.close()


def test_did_you_mean_keeps_an_article_field(indexes):
    """The corrected queries are searched with the article fields joined too."""
    _, new = indexes
    result = new.search("author:petrova allaince", limit=5)
    assert not result.hits
    assert result.suggestion == "author:petrova alliance"
    assert new.search(result.suggestion, limit=5).hits


def test_the_articles_of_the_records_read_without_the_column_are_the_same(indexes):
    from tealeaves.search.joined import _articles_in_order

    _, new = indexes
    for reader, _ in new.searching.searcher().reader().leaf_readers():
        from_column = list(_articles_in_order(reader))
        patch = pytest.MonkeyPatch()
        patch.setattr(type(reader), "has_column", lambda self, name: False)
        try:
            assert list(_articles_in_order(reader)) == from_column
        finally:
            patch.undo()
        assert all(from_column)
