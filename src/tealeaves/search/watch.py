"""A watch on the article folders while the explorer runs (issue 20, Round 16).

A full reload with nothing changed used to stat every article file (0.2 s at 50,000), since
a file edited in place changes no folder's time. While the explorer runs, a
:class:`FolderWatch` (watchdog: inotify on Linux) records which paths were created,
changed, deleted or moved since the last look at every file; a reload then looks only at
those (and lists the folders again when a file came or went). It only records paths: it
reads, parses and indexes nothing.

It is trusted only while nothing casts doubt on it: :meth:`FolderWatch.take` says None (look
at every file, as without a watch) when it did not start (no watchdog, the inotify limits),
when it has not run through a whole look at every file since it started, after an error, a
lost-events (overflow) report or an observer thread that stopped, and when the folders
asked about are not the ones it watches (a folder added, removed, or one missing at the
start that has come since, or one moved away with another put in its place).
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: The kinds of event that say a path's content, size or time may have changed, or that it
#: came or went; a file opened or read and closed changes nothing of that. Any kind not
#: named here or in ``_IGNORED`` (watchdog's "lost events" after an overflow, a kind of a
#: later release) casts doubt on the watch.
_CHANGES = {"created", "deleted", "moved", "modified", "closed", "attrib"}
_IGNORED = {"opened", "closed_no_write"}
#: The kinds that add or remove a file (the folders are listed again).
_COMES_OR_GOES = {"created", "deleted", "moved"}


@dataclass
class Changes:
    """What the watch saw since the last look at every file: the paths (real paths of
    files or folders) that may have changed, and whether a file or folder came or went."""

    paths: set[str] = field(default_factory=set)
    listing: bool = False


class FolderWatch:
    """The article folders ``folders`` (as the library gives them) watched for changes."""

    def __init__(self, folders: Iterable[Path | str]) -> None:
        self.folders = tuple(str(f) for f in folders)
        self._lock = threading.Lock()
        self._changes = Changes()
        self._observer: Any = None
        self._missing: tuple[str, ...] = ()
        #: Each folder watched, as given, and the device and inode it was when the watch
        #: began: a folder moved away and another put in its place (or a link to a folder
        #: pointed elsewhere) is a folder not watched.
        self._identity: dict[str, tuple[int, int]] = {}
        #: Why the watch cannot be trusted (None: it can, once a look has settled).
        self.failed: str | None = "not started"
        #: Whether a look at every file began and ended since the watch started, with
        #: nothing going wrong since (:meth:`begin`, :meth:`settled`).
        self._settled = False
        self._looks = 0  # looks at every file begun: a settling that is not the last's is void
        #: Each watched folder's time when the last look began (or the last take): a file
        #: created or removed right in it changes that time at once, even while its event is
        #: still on its way to the observer's thread (a reload straight after a file is
        #: saved must not miss it).
        self._times: dict[str, int] = {}

    # -- starting and stopping ----------------------------------------------------------------

    def start(self) -> bool:
        """Watch the folders (watchdog's observer runs in its own threads); whether it could.
        Made off the UI thread: the inotify watches are added folder by folder."""
        try:
            from watchdog import events
            from watchdog.observers import Observer
        except ImportError:
            return self._fail("watchdog is not installed")
        if not hasattr(events, "EventsLostEvent"):
            # watchdog before 7 drops the kernel's overflow silently: never trusted
            return self._fail("this watchdog does not report lost events")
        missing, watched, identity = [], [], {}
        for folder in self.folders:
            try:
                st = os.stat(folder)
            except OSError:
                missing.append(folder)
                continue
            if not os.path.isdir(folder):
                return self._fail(f"{folder} is a file, not a folder")
            watched.append(os.path.realpath(folder))
            identity[folder] = (st.st_dev, st.st_ino)
        observer = Observer()
        recorder = _Recorder(self)
        try:
            for folder in dict.fromkeys(watched):
                observer.schedule(recorder, folder, recursive=True)
            observer.start()
        except Exception as exc:  # inotify's limits (ENOSPC, EMFILE), a folder gone …
            with contextlib.suppress(Exception):
                observer.stop()
            return self._fail(f"{type(exc).__name__}: {exc}")
        with self._lock:
            self._observer = observer
            self._missing = tuple(missing)
            self._identity = identity
            self._changes = Changes()
            self._settled = False
            self.failed = None
        return True

    def stop(self) -> None:
        """Stop watching (the observer's threads end); the watch is trusted no more."""
        with self._lock:
            observer, self._observer = self._observer, None
            self._settled = False
            self.failed = "stopped"
        if observer is not None:
            with contextlib.suppress(Exception):
                observer.stop()
                observer.join(timeout=2)

    @property
    def running(self) -> bool:
        with self._lock:
            return self._observer is not None and self.failed is None

    # -- the looks at every file ----------------------------------------------------------------

    def begin(self) -> int:
        """A look at every file begins: what was seen before it is forgotten (the look sees
        it), what comes from now on is kept. The number to hand :meth:`settled`."""
        times = _times(self.folders)
        with self._lock:
            self._changes = Changes()
            self._settled = False
            self._looks += 1
            self._times = times
            return self._looks

    def settled(self, look: int) -> None:
        """The look ``look`` ended and found the index as the files are (or brought it so):
        from now on, the changes seen are all that may differ."""
        with self._lock:
            if look == self._looks and self.failed is None and self._observer is not None:
                self._settled = True

    def take(self, folders: Iterable[Path | str]) -> Changes | None:
        """What changed since the last look at every file (or the last take), forgotten
        here; None when the watch cannot tell (see the module's doc)."""
        with self._lock:
            if not self._settled or self.failed is not None or not self._healthy():
                return None
            if tuple(str(f) for f in folders) != self.folders:
                return None
            if any(os.path.exists(folder) for folder in self._missing):
                return None
            stats = {folder: _stat(folder) for folder in self.folders}  # one look each
            if any(_identity_of(stats.get(f)) != known for f, known in self._identity.items()):
                return None
            changes, self._changes = self._changes, Changes()
            times = {folder: _time_of(st) for folder, st in stats.items()}
            if times != self._times:
                changes.listing = True  # a file came or went, its event not yet here
                self._times = times
            return changes

    def waiting(self) -> Changes:
        """A copy of what was seen and not yet taken (for tests and diagnostics)."""
        with self._lock:
            return Changes(set(self._changes.paths), self._changes.listing)

    def _healthy(self) -> bool:
        observer = self._observer
        if observer is None or not observer.is_alive():
            return False
        return all(emitter.is_alive() for emitter in observer.emitters)

    def _fail(self, why: str) -> bool:
        with self._lock:
            self.failed = why
            self._settled = False
        return False

    # -- what the observer's thread hands over ----------------------------------------------------

    def _seen(self, kind: str, is_directory: bool, paths: tuple[str, ...]) -> None:
        if kind in _IGNORED:
            return
        if kind not in _CHANGES:
            self._fail(f"the watch reported {kind!r}")
            return
        if is_directory and kind not in _COMES_OR_GOES:
            return  # a folder's time or attributes: a file in it came or went (seen apart)
        with self._lock:
            self._changes.paths.update(paths)
            if kind in _COMES_OR_GOES:
                self._changes.listing = True


def _stat(folder: str) -> os.stat_result | None:
    try:
        return os.stat(folder)
    except OSError:
        return None


def _times(folders: Iterable[str]) -> dict[str, int]:
    """Each folder's modification time in nanoseconds (-1 for one that cannot be read)."""
    return {folder: _time_of(_stat(folder)) for folder in folders}


def _time_of(st: os.stat_result | None) -> int:
    return st.st_mtime_ns if st is not None else -1


def _identity_of(st: os.stat_result | None) -> tuple[int, int] | None:
    return (st.st_dev, st.st_ino) if st is not None else None


class _Recorder:
    """watchdog's event handler: hands each event's kind and paths to the watch (duck-typed,
    so that watchdog is imported only when a watch starts)."""

    def __init__(self, watch: FolderWatch) -> None:
        self.watch = watch

    def dispatch(self, event: Any) -> None:
        try:
            paths = tuple(
                os.fsdecode(p) for p in (event.src_path, getattr(event, "dest_path", "")) if p
            )
            self.watch._seen(str(event.event_type), bool(event.is_directory), paths)
        except Exception as exc:  # never let the observer's thread die silently
            self.watch._fail(f"{type(exc).__name__}: {exc}")
