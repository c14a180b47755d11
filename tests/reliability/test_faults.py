"""Faults: the process killed while it indexes, two processes at once, a full disk.

After each fault the next start must recover on its own, and every article in the corpus
must be found again.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import OptionList

from helpers import settle, write_article
from tealeaves.library import Library
from tealeaves.search import build as build_module
from tealeaves.search import update as update_module
from tealeaves.tui import TeaLeavesApp

# Indexes the corpus, printing each article's number as it is written, slowly enough that
# the test can kill it half-way.
CHILD = """
import sys, time
from pathlib import Path
from tealeaves.library import Library

def progress(done, total, message):
    print(done, flush=True)
    time.sleep(0.05)

index, library, corpus = map(Path, sys.argv[1:4])
Library.open(index_dir=index, library_dir=library, corpus_dirs=[corpus], bundled=False,
             progress=progress).close()
print("finished", flush=True)
"""
ARTICLES = 16


def _corpus(folder: Path, first: int, count: int) -> None:
    for n in range(first, first + count):
        write_article(
            folder,
            f"a{n:02d}.md",
            f"Zhao Huasheng (赵华胜), a professor, said “word{n} matters”.\n\nMore on word{n}.",
            title=f"Article {n}",
        )


def _kill_after(tmp_path: Path, corpus: Path, written: int) -> None:
    """Start indexing in a child process and SIGKILL it once ``written`` articles are done."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(tmp_path / "index"), str(tmp_path / "lib"), str(corpus)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.strip() == "finished":
            pytest.fail("the child finished before it could be killed")
        if line.strip().isdigit() and int(line) >= written:
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL


def _everything_found(tmp_path: Path, corpus: Path, count: int) -> Library:
    lib = Library.open(
        index_dir=tmp_path / "index", library_dir=tmp_path / "lib", corpus_dirs=[corpus],
        bundled=False,
    )  # fmt: skip
    assert len(lib.documents()) == count
    for n in range(count):
        hits = lib.search(f"word{n}", per_document=0).hits
        assert {h.doc_id for h in hits} == {f"a{n:02d}"}, n
    assert lib.find_person("Zhao Huasheng")
    return lib


@pytest.mark.parametrize("written", [1, 7, ARTICLES - 1])
def test_killed_during_a_full_build_the_next_start_rebuilds(tmp_path, written):
    corpus = tmp_path / "corpus"
    _corpus(corpus, 0, ARTICLES)
    _kill_after(tmp_path, corpus, written)
    lib = _everything_found(tmp_path, corpus, ARTICLES)
    lib.close()


@pytest.mark.parametrize("written", [1, 6])
def test_killed_during_an_update_the_next_start_recovers(tmp_path, written):
    corpus = tmp_path / "corpus"
    _corpus(corpus, 0, 4)
    _everything_found(tmp_path, corpus, 4).close()
    _corpus(corpus, 4, 8)  # eight new articles: an incremental update
    _kill_after(tmp_path, corpus, written)
    lib = _everything_found(tmp_path, corpus, 12)
    assert lib.report.rebuilt  # the manifest said the update never finished
    lib.close()


def _add_late_article(tmp_path: Path, corpus: Path) -> list[str]:
    """Write a new article into a downloads folder; the `tealeaves add` command for it."""
    new = tmp_path / "downloads" / "late.md"
    write_article(new.parent, new.name, "A late word99 on Zhao.", title="Late")
    cli = [sys.executable, "-m", "tealeaves", "--index", str(tmp_path / "index")]
    cli += ["--library", str(tmp_path / "lib"), "--corpus", str(corpus), "--no-bundled"]
    return [*cli, "add", str(new)]


def test_an_add_from_another_process_while_the_explorer_is_open(tmp_path):
    """The explorer keeps its library open; `tealeaves add` runs in another terminal."""
    corpus = tmp_path / "corpus"
    _corpus(corpus, 0, 3)
    lib = _everything_found(tmp_path, corpus, 3)
    try:
        done = subprocess.run(_add_late_article(tmp_path, corpus), capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        assert "lock" not in (done.stdout + done.stderr).lower()
        lib.reload()
        assert {h.doc_id for h in lib.search("word99").hits} == {"late"}
        assert not any("lock" in n.lower() for n in lib.notices)
    finally:
        lib.close()


@contextlib.asynccontextmanager
async def _explorer(tmp_path: Path, count: int):
    """The explorer open on a library of ``count`` articles: (app, pilot, corpus)."""
    corpus = tmp_path / "corpus"
    _corpus(corpus, 0, count)
    lib = _everything_found(tmp_path, corpus, count)
    app = TeaLeavesApp(lambda progress: lib, close_library=False)
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            yield app, pilot, corpus
    finally:
        lib.close()


async def test_the_explorer_shows_an_article_added_from_another_terminal(tmp_path):
    """The same, through the explorer's own reload (ctrl+r): the new article is listed and
    no lock error is shown."""
    async with _explorer(tmp_path, 3) as (app, pilot, corpus):
        docs = app.query_one("#doc-list", OptionList)
        assert docs.option_count == 3
        adding = subprocess.Popen(
            _add_late_article(tmp_path, corpus), stderr=subprocess.PIPE, text=True
        )
        await pilot.press("ctrl+r")  # possibly while the other process writes
        await settle(pilot)
        _, err = adding.communicate(timeout=120)
        assert adding.returncode == 0, err
        await pilot.press("ctrl+r")
        await settle(pilot)
        titles = [str(docs.get_option_at_index(n).prompt) for n in range(docs.option_count)]
        assert docs.option_count == 4 and any("Late" in t for t in titles), titles
        shown = [str(n.message) for n in app._notifications]
        assert not any("lock" in m.lower() for m in shown), shown


async def test_the_explorer_says_when_another_process_holds_the_index(tmp_path):
    async with _explorer(tmp_path, 3) as (app, pilot, corpus):
        _corpus(corpus, 3, 1)
        other = build_module.open_index(tmp_path / "index" / build_module.WHOOSH_DIR)
        writer = other.writer()  # another process holds the write lock
        try:
            await pilot.press("ctrl+r")
            await settle(pilot)
        finally:
            writer.cancel()
        shown = [str(n.message) for n in app._notifications]
        assert any("Another Tea Leaves process" in m for m in shown), shown
        assert not any("No new or changed" in m for m in shown), shown
        assert app.query_one("#doc-list", OptionList).option_count == 3


def test_a_reload_while_another_process_writes_says_so_and_keeps_searching(tmp_path):
    corpus = tmp_path / "corpus"
    _corpus(corpus, 0, 3)
    lib = _everything_found(tmp_path, corpus, 3)
    try:
        _corpus(corpus, 3, 1)
        other = build_module.open_index(tmp_path / "index" / build_module.WHOOSH_DIR)
        writer = other.writer()  # another process holds the write lock
        try:
            report = lib.reload()
            assert any("Another Tea Leaves process" in n for n in report.notices)
            assert lib.search("word0").hits
        finally:
            writer.cancel()
        lib.reload()
        assert {h.doc_id for h in lib.search("word3").hits} == {"a03"}
    finally:
        lib.close()


def test_a_full_disk_while_indexing_is_a_clear_message_and_search_still_works(
    tmp_path, monkeypatch
):
    corpus = tmp_path / "corpus"
    _corpus(corpus, 0, 3)

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(update_module.whoosh_index, "create_in", full)
    lib = Library.open(
        index_dir=tmp_path / "index", library_dir=tmp_path / "lib", corpus_dirs=[corpus],
        bundled=False,
    )  # fmt: skip
    try:
        assert any("No space left" in n for n in lib.notices), lib.notices
        assert lib.report.read_only and lib.search("word1").hits
        assert not (tmp_path / "index" / "whoosh.new").exists()
        monkeypatch.undo()
    finally:
        lib.close()
    _everything_found(tmp_path, corpus, 3).close()


def test_once_space_is_freed_a_reload_in_the_same_session_goes_back_to_disk(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    _corpus(corpus, 0, 3)

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(update_module.whoosh_index, "create_in", full)
    lib = Library.open(
        index_dir=tmp_path / "index", library_dir=tmp_path / "lib", corpus_dirs=[corpus],
        bundled=False,
    )  # fmt: skip
    try:
        assert lib.store.in_memory
        monkeypatch.undo()  # space freed
        report = lib.reload()
        assert not lib.store.in_memory and not report.read_only
        manifest = json.loads((tmp_path / "index" / "manifest.json").read_text())
        assert manifest["state"] == "clean" and len(manifest["files"]) == 3
        assert lib.search("word1").hits
    finally:
        lib.close()
    again = _everything_found(tmp_path, corpus, 3)
    assert not again.report.rebuilt  # the build of the reload was kept
    again.close()


def test_an_add_that_hits_a_full_index_disk_says_so_and_fails(tmp_path, monkeypatch, capsys):
    from tealeaves.cli import main

    where = ["--index", str(tmp_path / "index"), "--library", str(tmp_path / "lib")]
    assert main([*where, "index"]) == 0
    article = write_article(tmp_path, "new.md", "Wordnew is here.", title="New")

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(build_module.IndexStore, "_incremental", full)
    monkeypatch.setattr(update_module.whoosh_index, "create_in", full)
    capsys.readouterr()
    code = main([*where, "add", str(article)])
    out, err = capsys.readouterr()
    assert code != 0 and not out.startswith("added")
    assert "not saved in the index" in err and "No space left" in err


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


@pytest.mark.parametrize(
    ("pattern", "damage"),
    [
        ("*.seg", _truncate),
        ("*.toc", _truncate),
        ("*.seg", Path.unlink),
        ("*.toc", Path.unlink),
    ],
    ids=["segment truncated", "table of contents truncated", "segment deleted", "toc deleted"],
)
def test_a_truncated_or_deleted_index_file_is_rebuilt_with_a_notice(tmp_path, pattern, damage):
    corpus = tmp_path / "corpus"
    _corpus(corpus, 0, 4)
    _everything_found(tmp_path, corpus, 4).close()
    (victim,) = sorted((tmp_path / "index" / build_module.WHOOSH_DIR).glob(pattern))[:1]
    damage(victim)
    lib = _everything_found(tmp_path, corpus, 4)
    try:
        assert lib.report.rebuilt
        assert any("could not be read; it was rebuilt" in n for n in lib.notices), lib.notices
    finally:
        lib.close()
