"""A full reload (ctrl+r) that finds every article file as the index has it opens nothing
again and keeps the searcher (Round 14 of docs/benchmarks.md); the manifest is read again
only when its file changed. Anything changed still goes the whole way: a file changed,
added or removed, the index updated by another process, a damaged manifest."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers import write_article
from tealeaves.library import Library
from tealeaves.search.manifest import MANIFEST, Manifest


@pytest.fixture
def lib(tmp_path: Path):
    corpus = tmp_path / "corpus"
    write_article(corpus, "a.md", "Alpha talks about apples.", title="A")
    write_article(corpus, "b.md", "Beta talks about bananas.", title="B")
    (corpus / "empty.md").write_text("", "utf-8")
    library = Library.open(
        index_dir=tmp_path / "index", library_dir=tmp_path / "library",
        corpus_dirs=[corpus], bundled=False,
    )  # fmt: skip
    yield library
    library.close()


def _searcher(lib: Library):
    lib.search("apples")
    return lib.searching._searcher


def test_nothing_changed_keeps_the_searcher_and_reports_the_same(lib, monkeypatch):
    errors = [str(e) for e in lib.errors]
    assert errors and "empty.md" in errors[0]
    before = _searcher(lib)
    report = lib.reload()
    assert not report.changed and [str(e) for e in report.errors] == errors
    assert lib.searching._searcher is before
    reads = []
    real = Manifest.read
    monkeypatch.setattr(Manifest, "read", lambda self: reads.append(1) or real(self))
    assert not lib.reload().changed and reads == []  # the manifest as it was: not read again
    assert lib.searching._searcher is before


@pytest.mark.parametrize("change", ["same size", "added", "removed", "touched"])
def test_a_change_still_goes_the_whole_way(lib, tmp_path, change):
    corpus = tmp_path / "corpus"
    lib.reload()
    before = _searcher(lib)
    if change == "same size":  # as long as before, and a time of its own
        write_article(corpus, "b.md", "Beta talks about zebras.", title="B")
        os.utime(corpus / "b.md", ns=(1, 1))
    elif change == "added":
        write_article(corpus, "c.md", "Gamma talks about zebras.", title="C")
    elif change == "removed":
        (corpus / "a.md").unlink()
    else:  # the same text, a new time: nothing to index, the manifest's time set right
        os.utime(corpus / "a.md", ns=(2, 2))
    report = lib.reload()
    assert lib.searching._searcher is not before
    if change == "removed":
        assert report.removed and not lib.search("apples").hits
    elif change == "touched":
        assert not report.changed  # the whole way (the manifest is written with the time)
        again = _searcher(lib)
        assert not lib.reload().changed and lib.searching._searcher is again
    else:
        assert report.changed and lib.search("zebras").hits


def test_the_index_changed_elsewhere_is_opened_again(lib, tmp_path):
    before = _searcher(lib)
    other = Library.open(
        index_dir=tmp_path / "index", library_dir=tmp_path / "library",
        corpus_dirs=[tmp_path / "corpus"], bundled=False,
    )  # fmt: skip
    try:
        extra = write_article(tmp_path / "elsewhere", "d.md", "Delta talks about figs.", title="D")
        other.add([extra])
    finally:
        other.close()
    lib.reload()
    assert lib.searching._searcher is not before and lib.search("figs").hits


def test_a_damaged_manifest_still_rebuilds(lib, tmp_path):
    lib.reload()
    (tmp_path / "index" / MANIFEST).write_text("{", "utf-8")
    report = lib.reload()
    assert report.rebuilt and lib.search("apples").hits
