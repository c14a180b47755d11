"""A full reload while the explorer watches the article folders (Round 16 of
docs/benchmarks.md): only the paths the watch saw are looked at, and a file edited in
place, added, removed or renamed is found as the look at every file finds it. Any doubt
(the watch did not start, lost events, stopped, other folders, a library not watched) is
the look at every file. Calls are counted, never timed."""

from __future__ import annotations

import errno
import os
import time
from pathlib import Path

import pytest

from helpers import write_article
from tealeaves.library import Library
from tealeaves.search import build
from tealeaves.search.watch import Changes, FolderWatch

WAIT_S = 10.0  # for the watch's thread to hand over an event (it is never timed)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    write_article(folder, "a.md", "Alpha talks about apples.", title="A")
    write_article(folder, "b.md", "Beta talks about bananas.", title="B")
    (folder / "empty.md").write_text("", "utf-8")
    return folder


def _open(tmp_path: Path, corpus: Path, **kw) -> Library:
    return Library.open(
        index_dir=tmp_path / "index", library_dir=tmp_path / "library",
        corpus_dirs=[corpus], bundled=False, **kw,
    )  # fmt: skip


@pytest.fixture
def lib(tmp_path: Path, corpus: Path):
    library = _open(tmp_path, corpus)
    assert library.watch() and library.watching
    yield library
    library.close()


class Looks:
    """Counts the looks at the corpus: folder listings (``scan``) and the files stat'ed
    by each size-and-time comparison (``unchanged``)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.scans = 0
        self.stated: list[int] = []
        real_scan, real_unchanged = build.scan, build.unchanged

        def scan(sources):
            self.scans += 1
            return real_scan(sources)

        def unchanged(files, sizes):
            self.stated.append(sum(path is not None for path in files.values()))
            return real_unchanged(files, sizes)

        monkeypatch.setattr(build, "scan", scan)
        monkeypatch.setattr(build, "unchanged", unchanged)

    def reset(self) -> None:
        self.scans, self.stated = 0, []


def _seen(lib: Library, *paths: Path) -> Changes:
    """What the watch has seen, once it has seen every path (its thread hands them over)."""
    watch = lib._watch
    assert watch is not None
    wanted = {os.path.realpath(p) for p in paths}
    deadline = time.monotonic() + WAIT_S
    while not wanted <= (seen := watch.waiting()).paths:
        assert time.monotonic() < deadline, f"the watch did not see {wanted - seen.paths}"
        time.sleep(0.01)
    return seen


def _full_look(lib: Library) -> bool:
    """Whether the look at every file finds the index as the files are."""
    return lib.store.looks_current(lib.config.sources(), lib.corpus.gone) is not None


def test_nothing_changed_stats_no_file(lib, monkeypatch):
    errors = [str(e) for e in lib.errors]
    assert errors and "empty.md" in errors[0]
    before = lib.search("apples") and lib.searching._searcher
    looks = Looks(monkeypatch)
    for _ in range(3):
        report = lib.reload()
        assert not report.changed and [str(e) for e in report.errors] == errors
    assert looks.scans == 0 and not any(looks.stated)  # no listing, no file stat'ed
    assert lib.searching._searcher is before


def test_a_library_not_watched_looks_at_every_file(tmp_path, corpus, monkeypatch):
    library = _open(tmp_path, corpus)  # as a command opens it: no watch
    try:
        looks = Looks(monkeypatch)
        assert not library.reload().changed
        assert looks.scans == 1 and looks.stated == [3]
    finally:
        library.close()


@pytest.mark.parametrize(
    "change", ["edited in place", "same size and time", "touched", "added", "removed", "renamed"]
)
def test_a_change_is_found_as_the_look_at_every_file_finds_it(lib, corpus, monkeypatch, change):
    a, b = corpus / "a.md", corpus / "b.md"
    if change == "edited in place":  # as long as before: only its time tells
        write_article(corpus, "b.md", "Beta talks about cabbage.", title="B")
        seen_paths = [b]
    elif change == "same size and time":  # what no look by size and time can tell
        st = b.stat()
        write_article(corpus, "b.md", "Beta talks about cabbage.", title="B")
        os.utime(b, ns=(st.st_atime_ns, st.st_mtime_ns))
        seen_paths = [b]
    elif change == "touched":
        os.utime(a, ns=(2, 2))
        seen_paths = [a]
    elif change == "added":
        seen_paths = [write_article(corpus, "c.md", "Gamma talks about zebras.", title="C")]
    elif change == "removed":
        a.unlink()
        seen_paths = [a]
    else:
        a.rename(corpus / "z.md")
        seen_paths = [a, corpus / "z.md"]
    changes = _seen(lib, *seen_paths)
    watched = lib.store.looks_current(lib.config.sources(), (), changes)
    assert (watched is not None) == _full_look(lib)  # the same answer as every file's look
    looks = Looks(monkeypatch)
    report = lib.reload()
    if change == "same size and time":
        assert not report.changed and not lib.search("cabbage").hits  # as without a watch
        assert looks.scans == 0 and looks.stated == [1]  # the one file seen, stat'ed
        return
    # the watched look stats only what was seen (none when a file came or went: the
    # listing tells), then the update looks at every file as before
    assert 3 not in looks.stated[:1]
    if change == "edited in place":
        assert report.updated and lib.search("cabbage").hits
    elif change == "touched":
        assert not report.changed  # the manifest takes the new time (the whole way)
    elif change == "added":
        assert report.added and lib.search("zebras").hits
    elif change == "removed":
        assert report.removed and not lib.search("apples").hits
    else:  # renamed: the article read again from its new path
        assert report.changed and lib.search("apples").hits
        assert lib.store.indexed_files().keys() >= {os.path.realpath(corpus / "z.md")}
    # and after the reload, nothing changed again: the folders listed once more (the
    # update forgot the last listing), no file stat'ed but those the watch may still have
    # seen during the reload (the close after a write); then not even the listing
    for scans in (1, 0):
        looks.reset()
        assert not lib.reload().changed
        assert looks.scans <= scans and sum(looks.stated) <= len(seen_paths)


def test_a_new_folder_of_articles_is_found(lib, corpus):
    sub = corpus / "more"
    write_article(sub, "d.md", "Delta talks about dates.", title="D")
    _seen(lib, sub)
    report = lib.reload()
    assert report.added and lib.search("dates").hits


def test_a_watch_that_could_not_start_means_every_file(tmp_path, corpus, monkeypatch):
    from watchdog.observers import Observer

    def limit(*args, **kwargs):
        raise OSError(errno.ENOSPC, "inotify watch limit reached")

    monkeypatch.setattr(Observer, "schedule", limit)
    library = _open(tmp_path, corpus)
    try:
        assert not library.watch() and not library.watching
        looks = Looks(monkeypatch)
        assert not library.reload().changed
        assert looks.scans == 1 and looks.stated == [3]
    finally:
        library.close()


def test_lost_events_mean_every_file(lib, corpus, monkeypatch):
    from watchdog.events import EventsLostEvent

    watch = lib._watch
    assert watch is not None
    # as the emitter queues it when the kernel's queue overflowed, through the observer
    for emitter in watch._observer.emitters:
        emitter.queue_event(EventsLostEvent(os.path.realpath(corpus)))
    deadline = time.monotonic() + WAIT_S
    while watch.failed is None:
        assert time.monotonic() < deadline, "the lost events were not handed over"
        time.sleep(0.01)
    looks = Looks(monkeypatch)
    assert not lib.reload().changed
    assert looks.scans == 1 and looks.stated == [3]
    assert not lib.watching  # and stays so: every reload looks at every file
    looks.reset()
    assert not lib.reload().changed and looks.stated == [3]


def test_a_watch_that_stopped_means_every_file(lib, monkeypatch):
    watch = lib._watch
    assert watch is not None
    watch._observer.stop()
    watch._observer.join(timeout=5)
    looks = Looks(monkeypatch)
    assert not lib.reload().changed
    assert looks.stated == [3]


def test_an_unknown_kind_of_event_casts_doubt(lib):
    watch = lib._watch
    assert watch is not None and watch.take(lib.config.sources()) is not None
    watch._seen("something new", False, ("/x",))
    assert watch.take(lib.config.sources()) is None


def test_other_folders_or_one_come_since_mean_every_file(tmp_path, corpus):
    other = tmp_path / "other"
    watch = FolderWatch([corpus, other])  # ``other`` is not there yet
    assert watch.start()
    try:
        watch.settled(watch.begin())
        assert watch.take([corpus, other]) is not None
        assert watch.take([corpus]) is None  # not the folders watched
        other.mkdir()
        assert watch.take([corpus, other]) is None  # come since: never watched
    finally:
        watch.stop()
    assert watch.take([corpus, other]) is None  # stopped


def test_not_trusted_before_a_look_at_every_file(tmp_path, corpus):
    watch = FolderWatch([corpus])
    assert watch.start()
    try:
        assert watch.take([corpus]) is None  # started, no look since
        look = watch.begin()
        watch.begin()  # a later look began: the first one's end settles nothing
        watch.settled(look)
        assert watch.take([corpus]) is None
    finally:
        watch.stop()


def test_a_folder_holding_a_link_means_every_file(tmp_path, corpus, monkeypatch):
    elsewhere = write_article(tmp_path / "elsewhere", "e.md", "Echo talks.", title="E")
    (corpus / "e.md").symlink_to(elsewhere)
    library = _open(tmp_path, corpus)
    try:
        assert library.watch()
        write_article(tmp_path / "elsewhere", "e.md", "Echo talks about zebras.", title="E")
        looks = Looks(monkeypatch)
        report = library.reload()  # the link's target changed where nothing is watched
        assert report.updated and library.search("zebras").hits
        assert looks.stated and looks.stated[0] == 4
    finally:
        library.close()


def test_the_index_changed_elsewhere_is_found(lib, tmp_path, corpus):
    other = _open(tmp_path, corpus)
    write_article(corpus, "c.md", "Gamma talks about zebras.", title="C")
    other.reload()
    other.close()
    lib.reload()
    assert lib.search("zebras").hits


def test_a_file_renamed_then_edited_is_found(lib, corpus):
    """After an update the last listing is not trusted: the file's new name is looked at."""
    z = corpus / "z.md"
    (corpus / "a.md").rename(z)
    _seen(lib, z)
    assert lib.reload().changed
    assert not lib.reload().changed
    write_article(corpus, "z.md", "Alpha talks about turnips.", title="A")
    _seen(lib, z)
    report = lib.reload()
    assert report.updated and lib.search("turnips").hits


def test_a_folder_put_in_the_place_of_the_one_watched_means_every_file(tmp_path, corpus):
    link = tmp_path / "link"
    link.symlink_to(corpus)
    watch = FolderWatch([link])
    assert watch.start()
    try:
        watch.settled(watch.begin())
        assert watch.take([link]) is not None
        elsewhere = tmp_path / "elsewhere"
        write_article(elsewhere, "e.md", "Echo talks.", title="E")
        link.unlink()
        link.symlink_to(elsewhere)  # the same name, another folder: not the one watched
        assert watch.take([link]) is None
    finally:
        watch.stop()


def test_a_file_saved_just_before_the_reload_is_found_before_its_event(lib, corpus, monkeypatch):
    """A reload straight after a file is saved, its event still on its way to the watch's
    thread (held back here): the folder's time has changed, so the folder is listed again
    and the new article is found (CI once saw "No new or changed articles" this way)."""
    watch = lib._watch
    assert watch is not None
    monkeypatch.setattr(watch, "_seen", lambda *args: None)  # the events never arrive
    write_article(corpus, "late.md", "Gamma talks about grapes.", title="Late")
    report = lib.reload()
    assert report.changed
    assert {h.doc_id for h in lib.search("grapes").hits} == {"late"}
