"""Opening a library without a look at its article files (``Library.open(check=False)``,
as the explorer does: Round 14 of docs/benchmarks.md), then checking them: a file changed,
added or removed meanwhile is still found by the check, and a broken manifest, or one of
another version, still leads to a rebuild from the articles."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from helpers import write_article
from tealeaves.library import Library
from tealeaves.search.manifest import MANIFEST, Manifest


def _open(tmp_path: Path, *, check: bool) -> Library:
    return Library.open(
        index_dir=tmp_path / "index", library_dir=tmp_path / "library",
        corpus_dirs=[tmp_path / "corpus"], bundled=False, check=check,
    )  # fmt: skip


@pytest.fixture
def built(tmp_path: Path) -> Path:
    """A corpus of three articles and its index, made and closed."""
    corpus = tmp_path / "corpus"
    write_article(corpus, "a.md", "Alpha talks about apples.", title="A")
    write_article(corpus, "b.md", "Beta talks about bananas.", title="B")
    write_article(corpus / "sub", "c.md", "Gamma talks about cherries.", title="C")
    _open(tmp_path, check=True).close()
    return corpus


def test_an_index_as_it_was_opens_unchecked_and_the_check_finds_nothing(tmp_path, built):
    with _open(tmp_path, check=False) as lib:
        assert lib.unchecked and not lib.report.changed
        assert lib.search("bananas").hits
        assert lib.check() is None and not lib.unchecked
        assert lib.refresh() is None  # and the cheap check on focus holds again


@pytest.mark.parametrize("change", ["changed", "added", "removed"])
def test_the_check_finds_what_changed_before_the_open(tmp_path, built, change):
    if change == "changed":
        write_article(built, "b.md", "Beta now talks about zebras.", title="B")
        os.utime(built / "b.md", ns=(1, 1))  # a time of its own, whatever the clock's tick
    elif change == "added":
        write_article(built / "sub", "d.md", "Delta talks about zebras.", title="D")
    else:
        (built / "b.md").unlink()
    with _open(tmp_path, check=False) as lib:
        assert lib.unchecked and not lib.search("zebras").hits  # the index as it was
        report = lib.check()
        assert report is not None and not lib.unchecked
        if change == "removed":
            assert report.removed and not lib.search("bananas").hits
        else:
            assert (report.updated or report.added) and lib.search("zebras").hits


def test_refresh_checks_an_unchecked_library(tmp_path, built):
    write_article(built, "e.md", "Epsilon talks about zebras.", title="E")
    with _open(tmp_path, check=False) as lib:
        report = lib.refresh()
        assert report is not None and report.added and lib.search("zebras").hits


def test_a_file_added_by_the_library_leaves_the_others_to_check(tmp_path, built):
    write_article(built, "e.md", "Epsilon talks about zebras.", title="E")
    extra = write_article(tmp_path / "elsewhere", "f.md", "Phi talks about figs.", title="F")
    with _open(tmp_path, check=False) as lib:
        lib.add([extra])
        assert lib.search("figs").hits and lib.unchecked
        assert lib.check() is not None and lib.search("zebras").hits


def _manifest(tmp_path: Path) -> Path:
    return tmp_path / "index" / MANIFEST


@pytest.mark.parametrize(
    "damage", ["garbage", "cut short", "broken inside", "no head", "other version", "updating"]
)
def test_a_broken_or_other_manifest_still_rebuilds(tmp_path, built, damage):
    path = _manifest(tmp_path)
    text = path.read_text("utf-8")
    if damage == "garbage":
        path.write_text("not json", "utf-8")
    elif damage == "cut short":
        path.write_text(text[: len(text) // 2], "utf-8")
    elif damage == "broken inside":  # starts and ends as written, yet cannot be parsed
        middle = len(text) // 2
        path.write_text(text[:middle] + "\x00{" + text[middle:], "utf-8")
    elif damage == "no head":  # the entries first: read whole, and fine
        data = json.loads(text)
        path.write_text(json.dumps({"files": data["files"], **data}), "utf-8")
    elif damage == "other version":
        path.write_text(text.replace('"version":"', '"version":"older-', 1), "utf-8")
    else:
        path.write_text(text.replace('"state":"clean"', '"state":"updating"', 1), "utf-8")
    with _open(tmp_path, check=False) as lib:
        if damage == "no head":
            assert lib.unchecked and lib.check() is None
        elif damage == "broken inside":  # found by the check, which rebuilds
            assert lib.unchecked
            report = lib.check()
            assert report is not None and report.rebuilt
        else:
            assert not lib.unchecked and lib.report.rebuilt
        assert lib.search("bananas").hits
    assert Manifest(path, "").read() is not None  # whole again, as written


def test_the_head_is_read_without_the_entries(tmp_path, built, monkeypatch):
    manifest = Manifest(_manifest(tmp_path), "")
    whole = manifest.read()
    assert whole is not None
    real = json.loads

    def loads(text, *args, **kwargs):  # the version's and the state's strings, no more
        assert len(text) < 200, "the entries were parsed"
        return real(text, *args, **kwargs)

    monkeypatch.setattr(json, "loads", loads)
    monkeypatch.setattr(Manifest, "read", lambda self: pytest.fail("read whole"))
    assert manifest.head() == {"version": whole["version"], "state": "clean"}


def test_an_unreadable_index_is_rebuilt_even_unchecked(tmp_path, built):
    for seg in (tmp_path / "index" / "whoosh").glob("*.seg"):
        seg.write_bytes(b"broken")
    with _open(tmp_path, check=False) as lib:
        assert not lib.unchecked and lib.report.rebuilt
        assert lib.search("bananas").hits


def test_a_file_that_cannot_be_read_is_reported_by_the_check(tmp_path, built):
    (built / "empty.md").write_text("", "utf-8")
    with _open(tmp_path, check=True) as lib:
        reported = [str(e) for e in lib.errors]
        assert reported and "empty.md" in reported[0]
    with _open(tmp_path, check=False) as lib:
        assert lib.unchecked and not lib.errors  # not looked at yet
        assert lib.check() is None
        assert [str(e) for e in lib.errors] == reported  # as an ordinary open says it


def test_another_process_updating_the_index_before_the_check_is_a_change_it_reports(
    tmp_path, built
):
    """Between the unchecked open and the check (the lists filling), another process indexes
    a new article: the check must not take the index as the one it opened."""
    with _open(tmp_path, check=False) as lib:
        write_article(built, "d.md", "Delta talks about zebras.", title="D")
        _open(tmp_path, check=True).close()  # the CLI, say, indexes it
        report = lib.check()
        assert report is not None  # a reload: the explorer's lists follow
        assert lib.search("zebras").hits
