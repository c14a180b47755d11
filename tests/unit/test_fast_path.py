"""The bulk scorer is a speed-up, never a risk: when it fails, or the installed Whoosh is not
the release it was written for, Whoosh's own search answers, nothing is rebuilt and the
user is told once (issue "One room per job", the fault)."""

from __future__ import annotations

import pytest
from whoosh.query import And, Or, Term

from helpers import write_article
from tealeaves.library import Library
from tealeaves.search import bulk, whoosh_private
from tealeaves.search.build import IndexStore
from tealeaves.search.joined import join_article_fields
from tealeaves.search.parse import make_parser, parse_query

QUERIES = ("alliance", "alliance russia", '"strategic rear"', "author:petrova alliance", "alliance")


@pytest.fixture
def lib(tmp_path):
    corpus = tmp_path / "corpus"
    for n in range(6):
        body = "\n\n".join(
            [
                f"Russia is China's strategic rear, says paragraph {n}; an alliance is unlikely.",
                "A formal alliance with Russia would cost China " + "dearly " * (n + 1) + ".",
                f"Nothing here but words about trade number {n}.",
            ]
        )
        write_article(corpus, f"a{n}.md", body, title=f"Article {n}", authors="Anna Petrova")
    library = Library.open(index_dir=tmp_path / "index", corpus_dirs=[corpus], bundled=False)
    yield library
    library.close()


def _whoosh_answers(library: Library, text: str) -> list[tuple[str, int]]:
    """What Whoosh's own search ranks first for ``text`` (kind and position, in order)."""
    searcher = library.searching.searcher()
    query = join_article_fields(parse_query(make_parser(searcher.schema), text).query, searcher)
    wanted = Or([Term("kind", k) for k in ("para", "quote", "person", "term", "doc")])
    results = searcher.search(And([query, wanted]), limit=None)
    return [(h["kind"], h.get("doc_id", "")) for h in results]


def _count_rebuilds(monkeypatch) -> list[int]:
    rebuilds: list[int] = []
    real = IndexStore._full_rebuild

    def counting(self, *args, **kwargs):
        rebuilds.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(IndexStore, "_full_rebuild", counting)
    return rebuilds


def _check_falls_back(library: Library, monkeypatch, expected_words: str) -> None:
    rebuilds = _count_rebuilds(monkeypatch)
    notices = []
    for text in QUERIES:
        result = library.search(text, limit=50, per_document=0)
        assert result.hits, text
        found = [(h.kind, h.doc_id) for h in result.hits]
        assert found == _whoosh_answers(library, text)[: len(found)], text
        if result.notice:
            notices.append(result.notice)
    assert rebuilds == []
    assert len(notices) == 1 and expected_words in notices[0], notices
    assert sum(expected_words in n for n in library.notices) == 1, library.notices


def test_a_fast_path_that_raises_gives_whooshs_answers_no_rebuild_one_notice(lib, monkeypatch):
    calls = []

    def broken(*args, **kwargs):
        calls.append(1)
        raise AttributeError("'W3LeafMatcher' object has no attribute '_postfile'")

    monkeypatch.setattr(bulk, "top_records", broken)
    _check_falls_back(lib, monkeypatch, "fast search path failed")
    assert len(calls) == len(QUERIES)  # tried again on each query: a fault is per query


def test_a_fault_deep_in_the_codec_reading_is_not_taken_for_a_damaged_index(lib, monkeypatch):
    def renamed(*args, **kwargs):
        raise AttributeError("_startoffset")

    monkeypatch.setattr(whoosh_private, "blocks", renamed)
    # a fault of ours, not of the index: the bulk path gives up on the query (Unsupported
    # or the exception), never the library
    rebuilds = _count_rebuilds(monkeypatch)
    for text in QUERIES:
        assert lib.search(text).hits
    assert rebuilds == []


def test_another_whoosh_release_gives_whooshs_answers_no_rebuild_one_notice(lib, monkeypatch):
    assert whoosh_private.supported((2, 7, 5))
    assert not whoosh_private.supported((2, 7, 6))
    assert not whoosh_private.supported((2, 8, 0))
    monkeypatch.setattr(whoosh_private, "ENABLED", whoosh_private.supported((2, 7, 6)))
    asked = []
    monkeypatch.setattr(bulk, "top_records", lambda *a, **k: asked.append(1))
    _check_falls_back(lib, monkeypatch, "not the release Tea Leaves was tuned for")
    assert asked == []  # the fast path is off: never tried


def test_a_damaged_index_file_while_searching_is_still_rebuilt(lib, monkeypatch):
    """The one case that does rebuild: an error that means the files are damaged."""
    real = lib.searching.searcher
    state = {"failed": False}

    def damaged():
        if not state["failed"]:
            state["failed"] = True
            raise EOFError("segment file truncated")
        return real()

    monkeypatch.setattr(lib.searching, "searcher", damaged)
    rebuilds = _count_rebuilds(monkeypatch)
    assert lib.search("alliance").hits
    assert rebuilds == [1]
    assert any("damaged" in n for n in lib.notices)
