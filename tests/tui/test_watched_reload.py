"""The explorer watches the article folders once its lists are shown (Round 16 of
docs/benchmarks.md), through the Library's API, and stops the watch when it ends: ctrl+r
with nothing changed then looks at no file, and an article edited in place is found."""

from __future__ import annotations

import os
import time
from pathlib import Path

from helpers import settle, write_article
from tealeaves.library import Library
from tealeaves.search import build
from tealeaves.tui import TeaLeavesApp


def _built(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    write_article(corpus, "a.md", "Alpha talks about apples.", title="Apples")
    write_article(corpus, "b.md", "Beta talks about bananas.", title="Bananas")
    Library.open(
        index_dir=tmp_path / "index", library_dir=tmp_path / "library",
        corpus_dirs=[corpus], bundled=False,
    ).close()  # fmt: skip
    return corpus


def _wait_seen(library: Library, path: Path) -> None:
    watch = library._watch
    assert watch is not None
    deadline = time.monotonic() + 10
    while os.path.realpath(path) not in watch.waiting().paths:
        assert time.monotonic() < deadline, "the watch did not see the edit"
        time.sleep(0.01)


async def test_the_explorer_watches_and_ctrl_r_looks_only_at_what_changed(tmp_path, monkeypatch):
    corpus = _built(tmp_path)

    def opener(progress):  # as the command line opens it: no look, then the check
        return Library.open(
            index_dir=tmp_path / "index", library_dir=tmp_path / "library",
            corpus_dirs=[corpus], bundled=False, progress=progress, check=False,
        )  # fmt: skip

    stated: list[int] = []
    real_unchanged = build.unchanged

    def unchanged(files, sizes):
        stated.append(len(files))
        return real_unchanged(files, sizes)

    monkeypatch.setattr(build, "unchanged", unchanged)
    app = TeaLeavesApp(opener)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await settle(pilot)
        library = app.library
        assert library is not None and not library.unchecked and library.watching
        stated.clear()
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert stated == [0]  # nothing changed: no file looked at
        write_article(corpus, "b.md", "Beta talks about cabbage.", title="Bananas")
        _wait_seen(library, corpus / "b.md")
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert library.search("cabbage").hits
    assert not library.watching  # stopped with the explorer


async def test_a_library_handed_in_is_watched_and_left_open_unwatched(tmp_path):
    corpus = _built(tmp_path)
    library = Library.open(
        index_dir=tmp_path / "index", library_dir=tmp_path / "library",
        corpus_dirs=[corpus], bundled=False,
    )  # fmt: skip
    try:
        app = TeaLeavesApp(lambda progress: library, close_library=False)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await settle(pilot)
            assert library.watching
        assert not library.watching and library.search("apples").hits
    finally:
        library.close()
