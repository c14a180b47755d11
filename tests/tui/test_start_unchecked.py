"""The explorer opens its library without a look at the article files (as the command
line's opener does since Round 14 of docs/benchmarks.md), shows the lists, then checks the
files in a worker: an article added, changed or removed before it started is still found,
and the lists follow."""

from __future__ import annotations

from pathlib import Path

from helpers import settle, write_article
from tealeaves.library import Library
from tealeaves.tui import TeaLeavesApp


def _opener(tmp_path: Path):
    def opener(progress):
        return Library.open(
            index_dir=tmp_path / "index", library_dir=tmp_path / "library",
            corpus_dirs=[tmp_path / "corpus"], bundled=False, progress=progress, check=False,
        )  # fmt: skip

    return opener


async def test_an_article_added_before_the_start_is_found_after_the_lists(tmp_path):
    corpus = tmp_path / "corpus"
    write_article(corpus, "a.md", "Alpha talks about apples.", title="Apples")
    write_article(corpus, "b.md", "Beta talks about bananas.", title="Bananas")
    Library.open(
        index_dir=tmp_path / "index", library_dir=tmp_path / "library",
        corpus_dirs=[corpus], bundled=False,
    ).close()  # fmt: skip
    write_article(corpus, "c.md", "Gamma talks about zebras.", title="Zebras")
    (corpus / "b.md").unlink()
    app = TeaLeavesApp(_opener(tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await settle(pilot)
        library = app.library
        assert library is not None and not library.unchecked
        assert app.catalog is not None and app.catalog.counts.documents == 2
        assert library.search("zebras").hits and not library.search("bananas").hits


def _built_and_heard(tmp_path: Path) -> tuple[TeaLeavesApp, list[str]]:
    """The explorer on a library built and closed from tmp_path/corpus, and the list of
    what it tells the user."""
    Library.open(
        index_dir=tmp_path / "index", library_dir=tmp_path / "library",
        corpus_dirs=[tmp_path / "corpus"], bundled=False,
    ).close()  # fmt: skip
    app = TeaLeavesApp(_opener(tmp_path))
    said: list[str] = []
    real_notify = app.notify
    app.notify = lambda message, **kw: said.append(message) or real_notify(message, **kw)  # type: ignore[method-assign]
    return app, said


async def test_nothing_changed_keeps_the_lists_and_says_nothing(tmp_path):
    write_article(tmp_path / "corpus", "a.md", "Alpha talks about apples.", title="Apples")
    app, said = _built_and_heard(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await settle(pilot)
        assert app.library is not None and not app.library.unchecked
        assert app.catalog is not None and app.catalog.counts.documents == 1
        assert not [m for m in said if "reloaded" in m]


async def test_a_file_that_cannot_be_read_is_still_reported(tmp_path):
    corpus = tmp_path / "corpus"
    write_article(corpus, "a.md", "Alpha talks about apples.", title="Apples")
    (corpus / "empty.md").write_text("", "utf-8")
    app, said = _built_and_heard(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await settle(pilot)
        assert [m for m in said if m.startswith("Skipped") and "empty.md" in m]


async def test_the_explorer_warms_its_library_once_the_files_are_looked_at(tmp_path, monkeypatch):
    """What a first ``author:`` or ``kind:`` search would make is made in the checking
    worker, after the check (never before the lists), once."""
    from tealeaves.search.joined import tables_made

    write_article(tmp_path / "corpus", "a.md", "Alpha talks about apples.", title="Apples")
    Library.open(
        index_dir=tmp_path / "index", library_dir=tmp_path / "library",
        corpus_dirs=[tmp_path / "corpus"], bundled=False,
    ).close()  # fmt: skip
    calls: list[bool] = []
    real_warm = Library.warm

    def warm(self, stop=None):
        calls.append(self.unchecked)
        return real_warm(self, stop)

    monkeypatch.setattr(Library, "warm", warm)
    app = TeaLeavesApp(_opener(tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert calls == [False]  # once, after the look at the files
        assert app.library is not None
        assert tables_made(app.library.searching.searcher())
