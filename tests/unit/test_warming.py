"""Warming (``Library.warm``, :mod:`tealeaves.search.warming`): what the first query naming
an article field or a kind would make is made beforehand, and searches answer as before."""

from __future__ import annotations

import shutil

import pytest

from tealeaves.library import Library
from tealeaves.search import bulk, warming
from tealeaves.search.joined import tables_made
from tealeaves.search.postings import Word

QUERIES = ("kind:quote alliance", "author:geddes alliance", "kind:person", "alliance", "year:2024")


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    base = tmp_path_factory.mktemp("warming")
    Library.open(index_dir=base / "index", library_dir=base / "library").close()
    return base


def _open(index, tmp_path):
    """A library of its own (its own segment readers, so nothing is warm yet)."""
    copy = tmp_path / "copy"
    shutil.copytree(index, copy)
    return Library.open(index_dir=copy / "index", library_dir=copy / "library")


def _kinds(searcher):
    return sorted(set(searcher.reader().lexicon("kind")))


def test_warming_makes_the_tables_and_keeps_every_kind(index, tmp_path):
    lib = _open(index, tmp_path)
    searcher = lib.searching.searcher()
    assert not tables_made(searcher)
    made = lib.warm()
    assert (
        made
        == len(warming.pieces(searcher))
        == len(searcher.leaf_searchers()) + len(_kinds(searcher))
    )
    assert tables_made(searcher)
    for kind in _kinds(searcher):
        for leaf, _ in searcher.leaf_searchers():
            if ("kind", kind) in leaf.reader():
                assert bulk._CACHE.get(leaf.reader(), Word("kind", kind)) is not None
    assert lib.searching.searcher() is searcher  # nothing was reopened
    lib.close()


def test_a_warmed_library_answers_as_a_cold_one(index, tmp_path):
    cold = _open(index, tmp_path / "cold")
    warm = _open(index, tmp_path / "warm")
    warm.warm()
    for query in QUERIES:
        for limit, per_document in ((10, 3), (20, 0)):
            a = cold.search(query, limit=limit, per_document=per_document)
            b = warm.search(query, limit=limit, per_document=per_document)
            assert (a.hits, a.total, a.notice) == (b.hits, b.total, b.notice), query
    cold.close()
    warm.close()


def test_warming_stops_when_asked(index, tmp_path):
    lib = _open(index, tmp_path)
    assert lib.warm(stop=lambda: True) == 0
    asked = []

    def after_two() -> bool:
        asked.append(1)
        return len(asked) > 2

    assert lib.warm(stop=after_two) == 2
    lib.close()


def test_warming_stops_when_the_index_is_opened_again(index, tmp_path, monkeypatch):
    lib = _open(index, tmp_path)
    ran = []

    def closes() -> None:  # as a reload would, between two pieces
        ran.append("closes")
        lib.searching.close()

    monkeypatch.setattr(warming, "pieces", lambda searcher: [closes, lambda: ran.append("x")])
    assert lib.warm() == 1
    assert ran == ["closes"]
    lib.close()


def test_without_the_fast_path_no_filter_is_kept(index, tmp_path, monkeypatch):
    from tealeaves.search import whoosh_private

    lib = _open(index, tmp_path)
    monkeypatch.setattr(whoosh_private, "ENABLED", False)
    searcher = lib.searching.searcher()
    lib.warm()
    assert tables_made(searcher)
    assert not any(
        bulk._CACHE.get(leaf.reader(), Word("kind", kind)) is not None
        for kind in _kinds(searcher)
        for leaf, _ in searcher.leaf_searchers()
    )
    lib.close()
