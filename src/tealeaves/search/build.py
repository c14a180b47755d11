"""Building and keeping the index: a cache of the corpus that repairs itself.

Layout of an index directory::

    <dir>/manifest.json   version, state and the fingerprint of every article file
    <dir>/whoosh/         the Whoosh index (owned by us: it may be deleted and rebuilt)
    <dir>/update.lock     held by the one process that looks at the index and updates it

Opening compares the corpus with the manifest and updates only what changed. The index is
rebuilt from the articles when the version differs, the manifest says an update was
interrupted, or the index cannot be read. This module decides what the index needs;
:mod:`~tealeaves.search.manifest` finds what changed, :mod:`~tealeaves.search.update`
writes, and :mod:`~tealeaves.search.lock` keeps it to one process at a time.
"""

from __future__ import annotations

import gc
import os
import re
import shutil
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whoosh.filedb.filestore import FileStorage
from whoosh.index import Index, LockError
from whoosh.searching import Searcher

from tealeaves.corpus.clean import show_line
from tealeaves.extract import EXTRACTOR_VERSION
from tealeaves.model import LoadError
from tealeaves.search import update, whoosh_private
from tealeaves.search.analysis import ANALYSIS_VERSION
from tealeaves.search.lock import UPDATE_LOCK, UpdateLock
from tealeaves.search.manifest import (
    MANIFEST,
    FilePath,
    Manifest,
    changes,
    files_to_look_at,
    packed,
    scan,
    stale,
    unchanged,
    watchable,
)
from tealeaves.search.schema import SCHEMA_VERSION
from tealeaves.search.update import ExtractingRecords, RecordMaker
from tealeaves.search.watch import Changes
from tealeaves.views import Progress, UpdateReport

INDEX_VERSION = f"schema{SCHEMA_VERSION}-analysis{ANALYSIS_VERSION}-extract{EXTRACTOR_VERSION}"
WHOOSH_DIR = "whoosh"

#: Up to this size the index is memory-mapped; above it, read from the file as needed.
IN_MEMORY_MB = 128


def open_index(path: Path) -> Index:
    """Open the index on disk, in memory when it is small and from the file when it is large.

    Whoosh memory-maps segment files, but then copied each segment's postings and terms into
    memory when a searcher opened (its buffer file wrapped the map in a BytesIO). Memory then
    grew with the library: 810 MB at 10,000 articles. Reading through the file keeps memory
    flat (35 MB) and costs 10-40% in query time, so small libraries are mapped; since Rounds
    11 and 12 of docs/benchmarks.md no part is copied (``whoosh_private``: ``BufferFile``
    reads the map in place, streams included). Mapping the large ones too was measured in
    Round 11, when the streams were still copies, and not kept (RSS 86 -> 452 MB at 10k)."""
    size = sum(f.stat().st_size for f in Path(path).glob("*.seg"))
    small = size < IN_MEMORY_MB * 2**20
    return FileStorage(str(path), supports_mmap=small).open_index()


def open_searcher(index: Index) -> Searcher:
    """A searcher that keeps every record's field lengths in memory (see
    :func:`tealeaves.search.whoosh_private.keep_lengths_in_memory`)."""
    searcher = index.searcher()
    whoosh_private.keep_lengths_in_memory(searcher)
    return searcher


def _inode(path: Path) -> int:
    try:
        return path.stat().st_ino
    except OSError:
        return -1


def _try_open(path: Path) -> tuple[Index | None, str]:
    """Open the existing index; (None, the error's name) when it cannot be read.

    Whoosh does not close a file whose reading failed; the failure is handled with
    ResourceWarnings silenced and the garbage collected, so that nothing is reported
    later (an error under ``python -W error``).
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        try:
            return _open_existing(path), ""
        except Exception as exc:
            problem = type(exc).__name__
        gc.collect()
    return None, problem


def _open_existing(path: Path) -> Index:
    ix = open_index(path)
    with ix.searcher() as searcher:  # touch the segments: a truncated file fails here
        searcher.doc_count()
        searcher.document(kind="doc")
    return ix


def _as_it_was_notice(directory: Path, missed: int) -> str:
    """What the user is told when an index folder that is not writable is used as it was,
    ``missed`` article files having changed since."""
    notice = (
        f"The index folder {directory} is not writable; "
        "showing the index as it was, without updates."
    )
    if missed:
        one = missed == 1
        notice += (
            f" {missed} article file{'' if one else 's'} changed since it was built "
            f"and {'is' if one else 'are'} not searched: make the folder writable "
            "or choose another --index."
        )
    return notice


def _stated_reason(
    manifest: dict[str, Any] | None, rebuild: bool, version: str, whoosh_path: Path
) -> str:
    """Why the index must be rebuilt, as the request and the manifest say ("" if they do
    not say so)."""
    if rebuild:
        return "asked to rebuild"
    if manifest is None:
        return "no index yet" if not whoosh_path.exists() else "manifest unreadable"
    if manifest.get("version") != version:
        return _what_changed(str(manifest.get("version")), version)
    if manifest.get("state") != "clean":
        return "an earlier update was interrupted"
    return ""


#: A library's version: the index format, then the fingerprints of the people registry and
#: of the topic list (tealeaves.library.config).
_VERSION_PARTS = re.compile(r"(?P<format>.*?)-registry(?P<registry>\w*)-topics(?P<topics>\w*)")
_FORMAT_CHANGED = "index format changed"


def _what_changed(old: str, new: str) -> str:
    """Why two index versions differ, in words a user can act on: "the people registry
    changed" when only the fingerprint of the registry (or of the topics) differs, else
    "index format changed"."""
    was, now = _VERSION_PARTS.fullmatch(old), _VERSION_PARTS.fullmatch(new)
    if was is None or now is None or was["format"] != now["format"]:
        return _FORMAT_CHANGED
    files = (("registry", "the people registry"), ("topics", "the topic list"))
    changed = [name for part, name in files if was[part] != now[part]]
    return f"{' and '.join(changed)} changed" if changed else _FORMAT_CHANGED


def _writable(directory: Path) -> bool:
    """Whether this process may write in ``directory`` (made when it is missing)."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        return os.access(directory, os.W_OK)
    except OSError:
        return False


@dataclass
class _Opening:
    """One call of :meth:`IndexStore.open`: what it was asked, and what it reports."""

    sources: list[Path]
    progress: Progress | None
    only: Iterable[Path] | None
    keep: tuple[Path, ...]
    check: bool = True
    report: UpdateReport = field(default_factory=UpdateReport)


class IndexStore:
    """The index of a corpus in one directory (or in memory when the directory is unusable)."""

    def __init__(
        self,
        directory: Path,
        *,
        record_maker: RecordMaker | None = None,
        version: str = INDEX_VERSION,
    ) -> None:
        self.directory = Path(directory)
        self.record_maker: RecordMaker = record_maker or ExtractingRecords()
        self.version = version
        self.manifest = Manifest(self.directory / MANIFEST, version)
        self.index: Index | None = None
        self.in_memory = False
        #: Full rebuilds in partitions: "pool" on a local process pool ("pool:N" of N
        #: processes), a Dask cluster
        #: (``tcp://HOST:PORT`` or ``local:N``), or None: in this process (see
        #: :mod:`tealeaves.search.committing`).
        self.partitioned: str | None = None
        self.last_build: Any = None  # how the last partitioned build went (BuildStats)
        #: Whether the index was opened as its manifest says without a look at the article
        #: files (``open(check=False)``): :meth:`looks_current` says whether it is.
        self.unchecked = False
        #: What :meth:`looks_current` last read of the manifest, while the file stays as it
        #: was (its time, size and inode): each file's size and time packed in one number,
        #: and the errors kept (4-5 MB at 50,000 files instead of a parse on each reload).
        self._sizes: tuple[tuple[int, int, int], dict[str, int], list[tuple[str, str]]] | None
        self._sizes = None
        #: The article files :meth:`looks_current` last found as the index has them (the
        #: listing's dict, kept for a watched look that finds no file come or gone).
        self._looked: Mapping[str, FilePath] | None = None

    @property
    def whoosh_path(self) -> Path:
        return self.directory / WHOOSH_DIR

    def _write_manifest(self, files: dict[str, Any], state: str) -> None:
        if not self.in_memory:
            self.manifest.write(files, state)

    # -- opening ----------------------------------------------------------------------------

    def open(
        self,
        sources: Iterable[Path],
        *,
        progress: Progress | None = None,
        rebuild: bool = False,
        only: Iterable[Path] | None = None,
        keep: Iterable[Path] = (),
        check: bool = True,
    ) -> UpdateReport:
        """Bring the index up to date with the article files under ``sources`` and open it.

        ``only`` names the files known to have changed (an article just added): then the
        others are taken from the manifest without being looked at, which is what makes
        adding one article to a large library quick. Anything unusual (no manifest, another
        version, an interrupted update) falls back to looking at everything.

        ``keep`` names folders that cannot be read now (a remembered folder that has gone):
        their articles stay in the index as the manifest has them, not looked at. A full
        rebuild cannot keep them.

        ``check=False``: when the manifest says the index is whole and of this version and
        the index can be read, it is opened as it is, without a look at the article files
        (nor a parse of the manifest's entries); :attr:`unchecked` then says so, and
        :meth:`looks_current` looks later. Anything else is done as with ``check``."""
        job = _Opening(list(sources), progress, only, tuple(keep), check)
        self._open(job, rebuild)
        failures = getattr(self.record_maker, "failures", None)
        if failures:
            job.report.errors.extend(failures)
            failures.clear()
        return job.report

    def _open(self, job: _Opening, rebuild: bool) -> None:
        was_unchecked, self.unchecked = self.unchecked, False
        self._looked = None  # the files may change now: the next look lists them again
        if self.in_memory:  # a fallback of an earlier open (full disk …): try the disk again
            self.close()
            self.in_memory = False
        if not _writable(self.directory):
            files = scan(job.sources) if job.only is None else {}
            self._open_as_it_is(job, files, rebuild, writable=False)
            return
        # One process updates the index at a time; the others wait, then look again: the
        # article files and the manifest are read only under the lock, so that no process
        # writes over another's entries or removes an article another has just indexed.
        before = _inode(self.whoosh_path)
        with UpdateLock(self.directory / UPDATE_LOCK, job.progress) as lock:
            if lock.waited:
                rebuild = self._after_waiting(lock, rebuild, before, job.report)
            if job.only is not None:  # the other files are as unchecked as they were
                self.unchecked = was_unchecked
            elif not job.check and not rebuild and lock.held and self._open_unchecked():
                return
            files = scan(job.sources) if job.only is None else {}
            self._open_as_it_is(job, files, rebuild, writable=lock.held, busy=not lock.held)

    def _open_unchecked(self) -> bool:
        """Open the index as the manifest's head says, without a look at the article files;
        False (and nothing opened) when the head asks for more than that."""
        head = self.manifest.head()
        if _stated_reason(head, False, self.version, self.whoosh_path):
            return False
        self.close()
        self.index, problem = _try_open(self.whoosh_path)
        if problem:  # looked at again, and reported, by the ordinary open
            self.index = None
            return False
        self.unchecked = True
        return True

    def looks_current(
        self,
        sources: Iterable[Path],
        keep: Iterable[Path] = (),
        changes: Changes | None = None,
    ) -> list[LoadError] | None:
        """Whether the index holds every article file under ``sources`` as it is now (as far
        as sizes and modification times tell) and its manifest is whole, so that an
        ordinary open would find nothing to do: then the errors of the files that could
        not be read, as that open reports them; None when it is not so. Reads the manifest
        and stats every file; writes nothing and takes no lock (it only looks).

        ``changes``: what a watch of the folders saw since the last look at every file
        (:mod:`tealeaves.search.watch`), which found the index as the files were; then only
        the paths it names are stat'ed, and the folders listed only when a file came or
        went. Without it (or with folders kept, or a listing a watch cannot keep right),
        every file is looked at."""
        sources = list(sources)
        keep = tuple(keep)
        if changes is not None and not keep and watchable(sources):
            return self._looks_current_watched(sources, changes)
        files = scan(sources)
        known = self._manifest_sizes(files)
        if known is None:
            return None
        sizes, failed = known
        looked_at, _ = files_to_look_at(files, sizes, None, keep)
        if not unchanged(looked_at, sizes):
            return None
        self._looked = None if keep else files
        return [LoadError(show_line(str(looked_at.get(k) or k)), why) for k, why in failed]

    def _looks_current_watched(
        self, sources: list[Path], changes: Changes
    ) -> list[LoadError] | None:
        """:meth:`looks_current` with what a watch saw: the files are the last look's
        unless one came or went (then the folders' listing, which :func:`scan` takes again
        only where a folder's time changed), and only the paths seen are stat'ed."""
        files = self._looked
        listed = changes.listing or files is None
        if listed:
            files = scan(sources)
        assert files is not None
        known = self._manifest_sizes(files)
        if known is None:
            return None
        sizes, failed = known
        if len(files) != len(sizes) or (listed and any(k not in sizes for k in files)):
            return None  # a file came or went (or the manifest lacks one)
        seen = {key: files[key] for key in changes.paths if key in files}
        if not unchanged(seen, {key: sizes[key] for key in seen if key in sizes}):
            return None
        self._looked = files
        return [LoadError(show_line(str(files.get(k) or k)), why) for k, why in failed]

    def _manifest_sizes(
        self, files: Mapping[str, FilePath]
    ) -> tuple[dict[str, int], list[tuple[str, str]]] | None:
        """The manifest's files with their sizes and times packed (see :func:`packed`),
        and the errors it keeps, by key; None when it asks for a rebuild. Read again only
        when the file is not the one read last."""
        try:
            st = os.stat(self.manifest.path)
        except OSError:
            return None
        seen = (st.st_mtime_ns, st.st_size, st.st_ino)
        if self._sizes is not None and self._sizes[0] == seen:
            return self._sizes[1], self._sizes[2]
        manifest = self.manifest.read()
        if _stated_reason(manifest, False, self.version, self.whoosh_path):
            return None
        assert manifest is not None
        indexed = manifest["files"]
        # the listing's own key strings where it has the file (one string a file, not two)
        keys = [k for k in files if k in indexed] + [k for k in indexed if k not in files]
        sizes = {k: packed(indexed[k].get("size"), indexed[k].get("mtime_ns")) for k in keys}
        failed = sorted((k, e["error"]) for k, e in indexed.items() if e.get("error"))
        self._sizes = (seen, sizes, failed)
        return sizes, failed

    def _after_waiting(
        self, lock: UpdateLock, rebuild: bool, before: int, report: UpdateReport
    ) -> bool:
        """Say that another process held the lock; whether a rebuild asked for is still
        needed (not when the other process has just rebuilt the index)."""
        if not lock.held:
            report.notices.append(
                f"Another Tea Leaves process has been updating the index for over "
                f"{lock.timeout:g} s; showing the index as it was, without updates. "
                "Reload later to see the changes."
            )
            return rebuild
        report.notices.append("Waited for another Tea Leaves process that was updating the index.")
        manifest = self.manifest.read()
        clean = bool(manifest) and manifest.get("state") == "clean"
        if rebuild and clean and _inode(self.whoosh_path) != before:
            report.notices.append("It had just rebuilt the index, which is used as it is.")
            return False  # the other process has just rebuilt it
        return rebuild

    def _open_as_it_is(
        self,
        job: _Opening,
        files: dict[str, FilePath],
        rebuild: bool,
        *,
        writable: bool,
        busy: bool = False,
    ) -> None:
        """Decide what the index needs and do it (``writable``: this process may write;
        ``busy``: it may not, because another process is updating the index)."""
        manifest = self.manifest.read()
        reason = self._rebuild_reason(manifest, rebuild, job.report)
        only = job.only
        if only is not None and (reason or not writable):
            files = scan(job.sources)  # not the simple case: look at everything
            only = None
        if busy:
            self._open_while_busy(manifest, files, job)
        elif not writable:
            self._open_read_only(manifest, reason, files, job)
        elif reason:
            if reason.endswith(" changed") and reason != _FORMAT_CHANGED:  # a file of the user's
                said = (
                    f"{reason[0].upper()}{reason[1:]} since the index was built, so every "
                    f"article ({len(files):,}) is read again."
                )
                job.report.notices.append(said)
                if job.progress is not None:
                    job.progress(0, 0, said)
            self._rebuild(files, job.report, job.progress)
        else:
            assert manifest is not None
            self._update(job, files, manifest, only)

    def _rebuild_reason(
        self, manifest: dict[str, Any] | None, rebuild: bool, report: UpdateReport
    ) -> str:
        """Why the index must be rebuilt from the articles ("" when it need not be); when
        nothing says so beforehand, the index is opened here to find out."""
        stated = _stated_reason(manifest, rebuild, self.version, self.whoosh_path)
        if stated:
            return stated
        self.index, problem = _try_open(self.whoosh_path)
        if problem:  # any corruption: rebuild from the articles
            report.notices.append(
                "The search index could not be read; it was rebuilt from the articles."
            )
            return f"index unreadable ({problem})"
        return ""

    def _open_while_busy(
        self, manifest: dict[str, Any] | None, files: dict[str, FilePath], job: _Opening
    ) -> None:
        """Another process is updating the index: the index as of its last commit, or one in
        memory when there is none to read."""
        job.report.read_only = True
        same_version = manifest is not None and manifest.get("version") == self.version
        if self.index is None and same_version:  # as of the other process's last commit
            self.index, _problem = _try_open(self.whoosh_path)
        if self.index is None:
            job.report.notices.append(
                "Searching an in-memory index for this session only, until the other "
                "process has finished."
            )
            self._build_in_memory(files, job.report, job.progress)

    def _open_read_only(
        self,
        manifest: dict[str, Any] | None,
        reason: str,
        files: dict[str, FilePath],
        job: _Opening,
    ) -> None:
        """The folder is not writable: the index as it was, or one in memory when it needs
        a rebuild; the user is told how many articles it misses."""
        job.report.read_only = True
        if reason or self.index is None:
            job.report.notices.append(
                f"The index folder {self.directory} is not writable; "
                "searching an in-memory index for this session only."
            )
            self._build_in_memory(files, job.report, job.progress)
            return
        missed = stale(files, manifest["files"]) if manifest else 0
        job.report.notices.append(_as_it_was_notice(self.directory, missed))

    def _update(
        self,
        job: _Opening,
        files: dict[str, FilePath],
        manifest: dict[str, Any],
        only: Iterable[Path] | None,
    ) -> None:
        """Index what changed since the manifest; a failed write rebuilds from the articles."""
        report, progress = job.report, job.progress
        looked_at, checked = files_to_look_at(files, manifest["files"], only, job.keep)
        try:
            self._incremental(looked_at, manifest["files"], report, progress, checked=checked)
        except LockError:
            report.notices.append(
                "Another Tea Leaves process is updating the index; showing it as it was. "
                "Reload in a moment to see the changes."
            )
        except Exception as exc:  # a write failed half-way: start again from the articles
            report.notices.append(
                f"Updating the index failed ({type(exc).__name__}: {exc}); rebuilt it."
            )
            self.close()
            if checked is not None:
                files = scan(job.sources)  # the manifest is not to be trusted now
            self._rebuild(files, report, progress)

    def _rebuild(
        self, files: dict[str, FilePath], report: UpdateReport, progress: Progress | None
    ) -> None:
        """A full rebuild on disk; when the disk refuses (full, read-only, quota), an index in
        memory for this session, with a notice. The articles are never touched."""
        try:
            self._full_rebuild(files, report, progress)
        except OSError as exc:
            self.close()
            shutil.rmtree(update.beside(self.whoosh_path, "new"), ignore_errors=True)
            report.added.clear()
            report.errors.clear()
            report.read_only = True
            report.notices.append(
                f"Could not write the index in {self.directory} "
                f"({exc.strerror or type(exc).__name__}); searching an in-memory index for "
                "this session only. Free some space or fix the folder, then reload."
            )
            self._build_in_memory(files, report, progress)

    # -- the three ways of updating (written by tealeaves.search.update) ----------------------

    def _full_rebuild(
        self, files: dict[str, FilePath], report: UpdateReport, progress: Progress | None
    ) -> None:
        report.rebuilt = True
        self.close()
        if self.partitioned is not None:
            entries = self._partitioned_rebuild(self.partitioned, files, report, progress)
        else:
            self._write_manifest({}, "updating")
            entries = update.rebuild_beside(
                self.whoosh_path, files, self.record_maker, report, progress
            )
        self._write_manifest(entries, "clean")
        self.index = open_index(self.whoosh_path)

    def _partitioned_rebuild(
        self,
        where: str,
        files: dict[str, FilePath],
        report: UpdateReport,
        progress: Progress | None,
    ) -> dict[str, Any]:
        """A full rebuild in partitions, on a local pool or a Dask cluster (started or
        reached before the manifest says "updating": a cluster that cannot be used leaves
        the index as it was)."""
        from tealeaves.search.committing import preflight, rebuild_partitioned
        from tealeaves.search.runners import make_runner

        runner = make_runner(where)
        try:
            preflight(runner, files)
            self._write_manifest({}, "updating")
            entries, self.last_build = rebuild_partitioned(
                self.whoosh_path, files, self.record_maker, report, progress, runner
            )
            report.partitions = self.last_build.partitions
            report.workers = self.last_build.workers
        finally:
            runner.close()
        return entries

    def _build_in_memory(
        self, files: dict[str, FilePath], report: UpdateReport, progress: Progress | None
    ) -> None:
        self.in_memory = True
        self.index = update.build_in_memory(files, self.record_maker, report, progress)

    def _incremental(
        self,
        files: Mapping[str, FilePath | None],
        old: dict[str, Any],
        report: UpdateReport,
        progress: Progress | None,
        *,
        checked: set[str] | None = None,
    ) -> None:
        """Index what changed. ``checked``: look only at these files (the rest are as the
        manifest says); None: look at every file."""
        entries, todo = changes(files, old, report, checked)
        gone = [key for key in old if key not in files]
        self.index = _open_existing(self.whoosh_path) if self.index is None else self.index
        if not todo and not gone:
            if entries != old:
                self._write_manifest(entries, "clean")
            return
        writer = self.index.writer(timeout=2.0)
        self._write_manifest(old, "updating")
        update.apply_changes(writer, gone, todo, old, entries, self.record_maker, report, progress)
        self._write_manifest(entries, "clean")
        self.index = open_index(self.whoosh_path)

    def close(self) -> None:
        if self.index is not None:
            self.index.close()
            self.index = None

    def indexed_files(self) -> dict[str, str | None]:
        """Every article file the index was built from (its real path), with its article's
        id (None for a file that could not be read); empty when there is no manifest."""
        return {k: (e or {}).get("id") for k, e in self.manifest.files().items()}

    def doc_ids(self) -> set[str]:
        """Ids of the documents in the index."""
        assert self.index is not None
        with self.index.searcher() as searcher:
            return {fields["doc_id"] for fields in searcher.documents(kind="doc")}
