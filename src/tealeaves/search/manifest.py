"""The manifest: what the index was built from, and what has changed since.

It records the index's version and state and, for every article file (by its real path),
its size, modification time, SHA-256 and article id. A file is read again only when its
size or time changed and its content's hash differs.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from tealeaves.corpus.clean import show_line
from tealeaves.corpus.loader import article_paths
from tealeaves.model import Document, LoadError
from tealeaves.util import atomic_write_text
from tealeaves.views import UpdateReport

MANIFEST = "manifest.json"

#: How :meth:`Manifest.write` starts the file: its version and state come before the entries.
_HEAD = re.compile(r'\{"version":("(?:[^"\\]|\\.)*"),"state":("(?:[^"\\]|\\.)*"),"files":')


class Manifest:
    """The manifest file: the index's version, its state ("updating" before a write, "clean"
    after the commit) and an entry for every article file it was built from."""

    def __init__(self, path: Path, version: str) -> None:
        self.path = path
        self.version = version

    def read(self) -> dict[str, Any] | None:
        """The manifest as written, or None when there is none or it cannot be read."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or not isinstance(data.get("files"), dict):
            return None
        return data

    def head(self) -> dict[str, Any] | None:
        """The manifest's version and state without its entries (no parse of 50,000 of
        them: 0.15-0.25 s and a transient of some 40 MB at 50k), read from the start of the
        file, where :meth:`write` puts them; a file that does not start (or end) as written
        there is read whole. None when there is none or it cannot be read."""
        try:
            with open(self.path, "rb") as fh:
                start = fh.read(4096)
                fh.seek(max(fh.seek(0, os.SEEK_END) - 2, 0))
                end = fh.read()
        except OSError:
            return None
        found = _HEAD.match(start.decode("utf-8", "replace"))
        if found is None or end != b"}}":  # not as written here (or cut short): read it all
            data = self.read()
            return None if data is None else {k: data.get(k) for k in ("version", "state")}
        try:
            return {"version": json.loads(found[1]), "state": json.loads(found[2])}
        except ValueError:
            return None

    def write(self, files: dict[str, Any], state: str) -> None:
        payload = {"version": self.version, "state": state, "files": files}
        text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
        atomic_write_text(self.path, text)

    def files(self) -> dict[str, Any]:
        """Every file's entry, by its real path; empty when there is no manifest."""
        return (self.read() or {"files": {}})["files"]


#: A file's path as the look at the corpus keeps it: a string (made into a ``Path`` only
#: for the files read again), or a ``Path`` where one was given.
FilePath = str | Path


def fingerprint(path: FilePath) -> dict[str, Any]:
    """A file's size and modification time: the cheap look at whether it changed."""
    st = os.stat(path)
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def stale(files: Mapping[str, FilePath], indexed: dict[str, Any]) -> int:
    """How many of ``files`` are new, changed or gone since the manifest ``indexed``
    (size and modification time only: a cheap look, for telling the user)."""
    count = sum(1 for key in indexed if key not in files)
    for key, path in files.items():
        try:
            count += not looks_unchanged(indexed.get(key), fingerprint(path))
        except OSError:
            continue
    return count


def looks_unchanged(entry: dict[str, Any] | None, seen: dict[str, Any]) -> bool:
    """Whether a manifest ``entry`` has the file's size and modification time (``seen``)."""
    return bool(entry) and all(entry.get(k) == v for k, v in seen.items())


def packed(size: Any, mtime_ns: Any) -> int:
    """A file's size and modification time as one exact number (-1 for an entry without
    them, which no file matches)."""
    if not isinstance(size, int) or not isinstance(mtime_ns, int) or size < 0 or mtime_ns < 0:
        return -1
    return (mtime_ns << 64) | size


def unchanged(files: Mapping[str, FilePath | None], sizes: Mapping[str, int]) -> bool:
    """Whether the manifest's files ``sizes`` (:func:`packed`, by key) are every file of
    ``files``, each with its size and modification time as they are now, and no other (a
    file given as None is kept as the manifest has it, not looked at)."""
    if len(files) != len(sizes):
        return False
    stat = os.stat
    for key, path in files.items():
        known = sizes.get(key)
        if known is None:
            return False
        if path is None:
            continue
        try:
            st = stat(path)
        except OSError:
            return False
        if known != (st.st_mtime_ns << 64) | st.st_size:
            return False
    return True


def sha256(path: FilePath) -> str:
    """The hash of a file's content: whether it really changed."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def entry_for(path: FilePath, doc: Document | None, error: LoadError | None) -> dict[str, Any]:
    """The manifest entry of a file just read (``doc`` None when it could not be)."""
    made = {**fingerprint(path), "sha256": sha256(path), "id": doc.id if doc else None}
    if error is not None:
        made["error"] = error.reason
    return made


#: A folder's listing is taken again from the last scan only when its modification time was
#: at least this much older than that listing: a file added or removed in the same tick of
#: a coarse clock as the listing would leave the time as it was.
SETTLED_NS = 2_000_000_000

#: The last listing of each source (as given, and its real path): when it was made, the
#: folders listed with their modification times, and the files found, by real path.
_listings: dict[tuple[str, str], tuple[int, list[tuple[str, int]], dict[str, str]]] = {}


def _unchanged(listed_at: int, listed: list[tuple[str, int]]) -> bool:
    """Whether every folder listed still has its modification time, and had it well before
    the listing (no file was added, removed or renamed in any of them since)."""
    settled = listed_at - SETTLED_NS
    for folder, mtime in listed:
        try:
            now = os.stat(folder).st_mtime_ns
        except OSError:
            return False
        if now != mtime or mtime > settled:
            return False
    return True


def scan(sources: Iterable[Path]) -> dict[str, str]:
    """Every article file under ``sources``, by its real path (each path a string: a
    ``Path`` is made only for a file read again).

    A folder whose files and subfolders were not added, removed or renamed since the last
    scan (its modification time says so) is not listed again: its files are the last
    scan's. A file changed in place is not seen here; :func:`changes` stats every file."""
    files: dict[str, str] = {}
    for source in sources:
        source = Path(source)
        if not source.exists():
            continue
        given, real = str(source), str(source.resolve())
        last = _listings.get((given, real))
        if last is not None and last[1] and _unchanged(last[0], last[1]):
            found = last[2]
        else:
            listed: list[tuple[str, int]] = []
            listed_at = time.time_ns()
            found = _list(source, given, real, listed)
            _listings[(given, real)] = (listed_at, listed, found)
        for key, path in found.items():
            files.setdefault(key, path)
    return files


def watchable(sources: Iterable[Path]) -> bool:
    """Whether the last :func:`scan` listed every source there is as folders that a watch
    of them keeps right: none holding a link (its target may change where nothing is
    watched) or that could not be read, and no source that is a file."""
    for source in sources:
        source = Path(source)
        if not source.exists():
            continue  # the watch itself says whether a missing folder has come since
        last = _listings.get((str(source), str(source.resolve())))
        if last is None or not last[1] or any(mtime == -1 for _, mtime in last[1]):
            return False
    return True


def _list(source: Path, given: str, real: str, listed: list[tuple[str, int]]) -> dict[str, str]:
    """The files under ``source`` by real path; ``listed`` receives the folders listed (a
    folder holding a link, whose target may move without any folder changing, is listed
    with no time: :func:`iter_article_files` marks it, so it is listed again every scan)."""
    # The key is the file's real path. Resolving the folder once and adding each
    # file's place in it gives the same, without one realpath per file; only a file
    # that is itself a link is resolved on its own. A folder holding a link is listed with
    # the time -1, so when no folder was, no file is a link and none is asked.
    found: dict[str, str] = {}
    paths = article_paths(source, listed)
    links = not listed or any(mtime == -1 for _, mtime in listed)
    for text in paths:
        if text.startswith(given) and not (links and os.path.islink(text)):
            # the path's own string when the folder is its real path (it is kept with the
            # listing: one string a file instead of two, 4 MB at 50,000 files)
            key = text if real == given else real + text[len(given) :]
        else:
            key = os.path.realpath(text)
        found.setdefault(key, text)
    return found


def files_to_look_at(
    files: Mapping[str, FilePath],
    indexed: dict[str, Any],
    only: Iterable[Path] | None,
    keep: tuple[Path, ...],
) -> tuple[dict[str, FilePath | None], set[str] | None]:
    """The article files of an update, and which of them to look at (None: every one).

    With ``only``, the files named are looked at and the others are taken from the manifest
    ``indexed``; with ``keep``, the files of the kept folders are taken from it."""
    if only is not None:
        given = {str(Path(p).resolve()): Path(p) for p in only}
        return dict.fromkeys(indexed) | given, set(given)  # paths only where looked at
    if keep:  # every file found is looked at; the kept folders' are not
        prefixes = tuple(str(folder).rstrip(os.sep) + os.sep for folder in keep)
        kept: dict[str, FilePath | None] = {k: None for k in indexed if k.startswith(prefixes)}
        return kept | files, set(files)
    return dict(files), None


def changes(
    files: Mapping[str, FilePath | None],
    old: dict[str, Any],
    report: UpdateReport,
    checked: set[str] | None,
) -> tuple[dict[str, Any], list[tuple[str, Path]]]:
    """The manifest entries that still hold, and the files to read again (new or changed:
    size or time differ, and so does the content's hash), in the order of their keys.
    ``checked``: look only at these files (the rest are as the manifest ``old`` says);
    None: look at every file. The errors of files that still fail go into ``report``.

    Every file looked at is stat'ed by its path's string and compared with its entry
    field by field (no ``Path``, no dict per file): at 50,000 files this is most of a
    reload when nothing changed."""
    entries: dict[str, Any] = {}
    todo: list[tuple[str, Path]] = []
    failing: list[tuple[str, LoadError]] = []
    stat = os.stat
    for key, path in files.items():
        prev = old.get(key)
        if checked is not None and key not in checked and prev is not None:
            entries[key] = prev
            if prev.get("error"):
                failing.append((key, LoadError(show_line(str(path or key)), prev["error"])))
            continue
        assert path is not None  # every file looked at has its path
        try:
            st = stat(path)
        except OSError:
            continue
        if prev and prev.get("size") == st.st_size and prev.get("mtime_ns") == st.st_mtime_ns:
            entries[key] = prev
        elif prev and prev.get("sha256") == sha256(path):
            entries[key] = {**prev, "size": st.st_size, "mtime_ns": st.st_mtime_ns}
        else:
            todo.append((key, Path(path)))
            continue
        if prev.get("error"):
            failing.append((key, LoadError(show_line(str(path)), prev["error"])))
    failing.sort(key=lambda item: item[0])
    report.errors.extend(error for _, error in failing)
    todo.sort(key=lambda item: item[0])
    return entries, todo
