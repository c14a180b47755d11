"""Building and keeping the index: a cache of the corpus that repairs itself.

Layout of an index directory::

    <dir>/manifest.json   version, state and the fingerprint of every article file
    <dir>/whoosh/         the Whoosh index (owned by us: it may be deleted and rebuilt)

Opening compares the corpus with the manifest and updates only what changed. The index is
rebuilt from the articles when the version differs, the manifest says an update was
interrupted, or the index cannot be read. A full rebuild is written beside the old index
and swapped in at the end, so a crash leaves either the old index or the new one.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import shutil
import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage, RamStorage
from whoosh.index import Index, LockError
from whoosh.searching import Searcher

from tealeaves.corpus import ArticleError, iter_article_files, load_article
from tealeaves.corpus.clean import show_line
from tealeaves.extract import (
    ARTICLE_SECONDS,
    EXTRACTOR_VERSION,
    OverBudget,
    Registry,
    Topics,
    deadline,
    extract,
    load_registry,
    load_topics,
)
from tealeaves.model import Document, LoadError
from tealeaves.search import whoosh_private
from tealeaves.search.analysis import ANALYSIS_VERSION
from tealeaves.search.records import article_records
from tealeaves.search.schema import SCHEMA_VERSION, make_schema
from tealeaves.util import atomic_write_text
from tealeaves.views import Progress, UpdateReport

INDEX_VERSION = f"schema{SCHEMA_VERSION}-analysis{ANALYSIS_VERSION}-extract{EXTRACTOR_VERSION}"
MANIFEST = "manifest.json"
WHOOSH_DIR = "whoosh"

RecordMaker = Callable[[Document], Iterable[dict[str, Any]]]


#: From this many articles on, a full build indexes in several processes, one segment each:
#: about twice as fast on two cores, and prefix queries get faster too (see
#: docs/benchmarks.md). Small builds stay in one process, which starts faster.
PARALLEL_FROM = 400


#: Up to this size the index is read into memory when a searcher opens; above it, from the
#: file as needed.
IN_MEMORY_MB = 128


def open_index(path: Path) -> Index:
    """Open the index on disk, in memory when it is small and from the file when it is large.

    Whoosh memory-maps segment files, but then copies each segment's postings and terms into
    memory when a searcher opens (its buffer file wraps the map in a BytesIO). Memory then
    grows with the library: 810 MB at 10,000 articles. Reading through the file keeps memory
    flat (35 MB) and costs 10-40% in query time, so small libraries keep the copy (see
    docs/benchmarks.md).
    """
    size = sum(f.stat().st_size for f in Path(path).glob("*.seg"))
    small = size < IN_MEMORY_MB * 2**20
    return FileStorage(str(path), supports_mmap=small).open_index()


def open_searcher(index: Index) -> Searcher:
    """A searcher that keeps every record's field lengths in memory (see
    :func:`tealeaves.search.whoosh_private.keep_lengths_in_memory`)."""
    searcher = index.searcher()
    whoosh_private.keep_lengths_in_memory(searcher)
    return searcher


def _writer_options(articles: int) -> dict[str, Any]:
    procs = min(os.cpu_count() or 1, 4)
    if articles < PARALLEL_FROM or procs < 2:
        return {}
    return {"procs": procs, "multisegment": True, "limitmb": 128}


class ExtractingRecords:
    """The index records of one article with its people, quotes and terms.

    An extractor failure on one article must not lose it: its text is indexed without
    extraction and the failure is kept in ``failures`` for the next report. An article the
    extractor cannot read within ``ARTICLE_SECONDS`` raises :class:`OverBudget`: the index
    leaves it out and reports it like a malformed file.
    """

    def __init__(self, registry: Registry | None = None, topics: Topics | None = None) -> None:
        self._registry = registry
        self._topics = topics
        self.failures: list[LoadError] = []

    @property
    def registry(self) -> Registry:
        if self._registry is None:
            self._registry = load_registry()
        return self._registry

    @property
    def topics(self) -> Topics:
        if self._topics is None:
            self._topics = load_topics()
        return self._topics

    def __call__(self, doc: Document) -> list[dict[str, Any]]:
        try:
            with deadline(ARTICLE_SECONDS):
                extraction = extract(doc, self.registry, self.topics)
        except OverBudget:
            raise
        except Exception as exc:
            self.failures.append(
                LoadError(
                    show_line(doc.path),
                    f"people and quotes could not be read ({type(exc).__name__}: {exc}); "
                    "its text is still searchable",
                )
            )
            extraction = None
        return list(article_records(doc, extraction))


def _fingerprint(path: Path) -> dict[str, Any]:
    st = path.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _stale(files: dict[str, Path], indexed: dict[str, Any]) -> int:
    """How many of ``files`` are new, changed or gone since the manifest ``indexed``
    (size and modification time only: a cheap look, for telling the user)."""
    count = sum(1 for key in indexed if key not in files)
    for key, path in files.items():
        try:
            count += not _looks_unchanged(indexed.get(key), _fingerprint(path))
        except OSError:
            continue
    return count


def _looks_unchanged(entry: dict[str, Any] | None, fingerprint: dict[str, Any]) -> bool:
    """Whether a manifest ``entry`` has the file's size and modification time."""
    return bool(entry) and all(entry.get(k) == v for k, v in fingerprint.items())


def _inode(path: Path) -> int:
    try:
        return path.stat().st_ino
    except OSError:
        return -1


#: The file whose lock a process holds while it looks at the index and updates it.
UPDATE_LOCK = "update.lock"


class UpdateLock:
    """An exclusive lock on the index folder while one process looks at and updates it.

    Whoosh's own write lock covers a writer, not the manifest read before it nor a full
    rebuild written beside the index: two processes rebuilding at once removed each other's
    files, and two adds each wrote the manifest they had read before the other's. Here the
    whole of looking and updating is one process's at a time. A process that finds the lock
    taken says so (through ``progress``) and waits up to ``timeout`` seconds; then it reads
    the index as it is (``held`` False). The lock is the kernel's (``flock``): a process
    that dies releases it."""

    TIMEOUT = 600.0
    POLL = 0.1

    def __init__(
        self, path: Path, progress: Progress | None = None, timeout: float | None = None
    ) -> None:
        self.path = path
        self.progress = progress
        self.timeout = self.TIMEOUT if timeout is None else timeout
        self.held = False
        self.waited = False
        self._fd: int | None = None

    def __enter__(self) -> UpdateLock:
        try:
            import fcntl
        except ImportError:  # not on this system: no lock, as before
            self.held = True
            return self
        try:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            self.held = True  # cannot make the lock file (full disk …): go on as before
            return self
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if not self.waited:
                    self.waited = True
                    if self.progress is not None:
                        self.progress(0, 0, WAITING_MESSAGE)
                if time.monotonic() >= deadline:
                    return self
                time.sleep(self.POLL)
                continue
            self.held = True
            return self

    def __exit__(self, *exc: object) -> None:
        if self._fd is not None:
            os.close(self._fd)  # releases the lock
            self._fd = None


#: What a process says while it waits for another one to finish updating the index.
WAITING_MESSAGE = "Waiting for another Tea Leaves process to finish updating the index…"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


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
        self.index: Index | None = None
        self.in_memory = False

    # -- manifest ---------------------------------------------------------------------------

    @property
    def manifest_path(self) -> Path:
        return self.directory / MANIFEST

    @property
    def whoosh_path(self) -> Path:
        return self.directory / WHOOSH_DIR

    def _read_manifest(self) -> dict[str, Any] | None:
        try:
            data = json.loads(self.manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or not isinstance(data.get("files"), dict):
            return None
        return data

    def _write_manifest(self, files: dict[str, Any], state: str) -> None:
        if self.in_memory:
            return
        payload = {"version": self.version, "state": state, "files": files}
        text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
        atomic_write_text(self.manifest_path, text)

    # -- opening ----------------------------------------------------------------------------

    def open(
        self,
        sources: Iterable[Path],
        *,
        progress: Progress | None = None,
        rebuild: bool = False,
        only: Iterable[Path] | None = None,
        keep: Iterable[Path] = (),
    ) -> UpdateReport:
        """Bring the index up to date with the article files under ``sources`` and open it.

        ``only`` names the files known to have changed (an article just added): then the
        others are taken from the manifest without being looked at, which is what makes
        adding one article to a large library quick. Anything unusual (no manifest, another
        version, an interrupted update) falls back to looking at everything.

        ``keep`` names folders that cannot be read now (a remembered folder that has gone):
        their articles stay in the index as the manifest has them, not looked at. A full
        rebuild cannot keep them."""
        report = self._open(
            sources, progress=progress, rebuild=rebuild, only=only, keep=tuple(keep)
        )
        failures = getattr(self.record_maker, "failures", None)
        if failures:
            report.errors.extend(failures)
            failures.clear()
        return report

    def _open(
        self,
        sources: Iterable[Path],
        *,
        progress: Progress | None,
        rebuild: bool,
        only: Iterable[Path] | None = None,
        keep: tuple[Path, ...] = (),
    ) -> UpdateReport:
        report = UpdateReport()
        sources = list(sources)
        if self.in_memory:  # a fallback of an earlier open (full disk …): try the disk again
            self.close()
            self.in_memory = False
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            writable = os.access(self.directory, os.W_OK)
        except OSError:
            writable = False
        if not writable:
            files = self._scan(sources) if only is None else {}
            return self._open_as_it_is(sources, files, report, progress, rebuild, only, False)
        # One process updates the index at a time; the others wait, then look again: the
        # article files and the manifest are read only under the lock, so that no process
        # writes over another's entries or removes an article another has just indexed.
        before = _inode(self.whoosh_path)
        with UpdateLock(self.directory / UPDATE_LOCK, progress) as lock:
            if lock.waited and lock.held:
                report.notices.append(
                    "Waited for another Tea Leaves process that was updating the index."
                )
                manifest = self._read_manifest()
                clean = bool(manifest) and manifest.get("state") == "clean"
                if rebuild and clean and _inode(self.whoosh_path) != before:
                    rebuild = False  # the other process has just rebuilt it
                    report.notices.append("It had just rebuilt the index, which is used as it is.")
            elif lock.waited:
                report.notices.append(
                    f"Another Tea Leaves process has been updating the index for over "
                    f"{lock.timeout:g} s; showing the index as it was, without updates. "
                    "Reload later to see the changes."
                )
            files = self._scan(sources) if only is None else {}
            return self._open_as_it_is(
                sources,
                files,
                report,
                progress,
                rebuild,
                only,
                lock.held,
                busy=not lock.held,
                keep=keep,
            )

    def _open_as_it_is(
        self,
        sources: list[Path],
        files: dict[str, Path],
        report: UpdateReport,
        progress: Progress | None,
        rebuild: bool,
        only: Iterable[Path] | None,
        writable: bool,
        *,
        busy: bool = False,
        keep: tuple[Path, ...] = (),
    ) -> UpdateReport:
        """Decide what the index needs and do it (``writable``: this process may write;
        ``busy``: it may not, because another process is updating the index)."""
        manifest = self._read_manifest()
        reason = ""
        if rebuild:
            reason = "asked to rebuild"
        elif manifest is None:
            reason = "no index yet" if not self.whoosh_path.exists() else "manifest unreadable"
        elif manifest.get("version") != self.version:
            reason = "index format changed"
        elif manifest.get("state") != "clean":
            reason = "an earlier update was interrupted"
        else:
            self.index, problem = self._try_open()
            if problem:  # any corruption: rebuild from the articles
                reason = f"index unreadable ({problem})"
                report.notices.append(
                    "The search index could not be read; it was rebuilt from the articles."
                )
        if only is not None and (reason or not writable):
            files = self._scan(sources)  # not the simple case: look at everything
            only = None
        if busy:
            report.read_only = True
            same_version = manifest is not None and manifest.get("version") == self.version
            if self.index is None and same_version:
                self.index, _problem = self._try_open()  # as of the other process's last commit
            if self.index is None:
                report.notices.append(
                    "Searching an in-memory index for this session only, until the other "
                    "process has finished."
                )
                self._build_in_memory(files, report, progress)
            return report
        if not writable:
            report.read_only = True
            if reason or self.index is None:
                report.notices.append(
                    f"The index folder {self.directory} is not writable; "
                    "searching an in-memory index for this session only."
                )
                self._build_in_memory(files, report, progress)
            else:
                stale = _stale(files, manifest["files"]) if manifest else 0
                notice = (
                    f"The index folder {self.directory} is not writable; "
                    "showing the index as it was, without updates."
                )
                if stale:
                    one = stale == 1
                    notice += (
                        f" {stale} article file{'' if one else 's'} changed since it was built "
                        f"and {'is' if one else 'are'} not searched: make the folder writable "
                        "or choose another --index."
                    )
                report.notices.append(notice)
            return report
        if reason:
            self._rebuild(files, report, progress)
            return report
        assert manifest is not None
        checked: set[str] | None = None
        if only is not None:
            given = {str(Path(p).resolve()): Path(p) for p in only}
            files = dict.fromkeys(manifest["files"]) | given  # paths only where looked at
            checked = set(given)
        elif keep:  # every file found is looked at; the kept folders' are not
            prefixes = tuple(str(folder).rstrip(os.sep) + os.sep for folder in keep)
            kept = {k: None for k in manifest["files"] if k.startswith(prefixes)}
            checked = set(files)
            files = kept | files
        try:
            self._incremental(files, manifest["files"], report, progress, checked=checked)
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
                files = self._scan(sources)  # the manifest is not to be trusted now
            self._rebuild(files, report, progress)
        return report

    def _rebuild(
        self, files: dict[str, Path], report: UpdateReport, progress: Progress | None
    ) -> None:
        """A full rebuild on disk; when the disk refuses (full, read-only, quota), an index in
        memory for this session, with a notice. The articles are never touched."""
        try:
            self._full_rebuild(files, report, progress)
        except OSError as exc:
            self.close()
            shutil.rmtree(self.directory / f"{WHOOSH_DIR}.new", ignore_errors=True)
            report.added.clear()
            report.errors.clear()
            report.read_only = True
            report.notices.append(
                f"Could not write the index in {self.directory} "
                f"({exc.strerror or type(exc).__name__}); searching an in-memory index for "
                "this session only. Free some space or fix the folder, then reload."
            )
            self._build_in_memory(files, report, progress)

    @staticmethod
    def _scan(sources: Iterable[Path]) -> dict[str, Path]:
        """Every article file under ``sources``, by its real path."""
        files: dict[str, Path] = {}
        for source in sources:
            source = Path(source)
            if not source.exists():
                continue
            # The key is the file's real path. Resolving the folder once and adding each
            # file's place in it gives the same, without one realpath per file; only a file
            # that is itself a link is resolved on its own.
            given, real = str(source), str(source.resolve())
            for path in iter_article_files(source):
                text = str(path)
                if text.startswith(given) and not os.path.islink(text):
                    key = real + text[len(given) :]
                else:
                    key = str(path.resolve())
                files.setdefault(key, path)
        return files

    def _try_open(self) -> tuple[Index | None, str]:
        """Open the existing index; (None, the error's name) when it cannot be read.

        Whoosh does not close a file whose reading failed; the failure is handled with
        ResourceWarnings silenced and the garbage collected, so that nothing is reported
        later (an error under ``python -W error``).
        """
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            try:
                return self._open_existing(), ""
            except Exception as exc:
                problem = type(exc).__name__
            gc.collect()
        return None, problem

    def _open_existing(self) -> Index:
        ix = open_index(self.whoosh_path)
        with ix.searcher() as searcher:  # touch the segments: a truncated file fails here
            searcher.doc_count()
            searcher.document(kind="doc")
        return ix

    # -- writing ----------------------------------------------------------------------------

    def _load(
        self,
        paths: list[tuple[str, Path]],
        known_ids: dict[str, str],
        report: UpdateReport,
        progress: Progress | None,
        total: int,
    ) -> Iterator[tuple[str, Document | None, LoadError | None]]:
        """Load articles, reporting bad ones; yields (key, document, error)."""
        for done, (key, path) in enumerate(paths, start=1):
            try:
                doc = load_article(path)
                owner = known_ids.get(doc.id)
                if owner is not None and owner != key:
                    raise ArticleError(
                        path, f"same id '{doc.id}' as {owner}; give one of them another id"
                    )
            except ArticleError as exc:
                error: LoadError | None = exc.as_load_error()
                report.errors.append(error)
                doc = None
            else:
                error = None
                known_ids[doc.id] = key
            if progress is not None:
                progress(done, total, path.name)
            yield key, doc, error

    @staticmethod
    def _entry(path: Path, doc: Document | None, error: LoadError | None) -> dict[str, Any]:
        entry = {**_fingerprint(path), "sha256": _sha256(path), "id": doc.id if doc else None}
        if error is not None:
            entry["error"] = error.reason
        return entry

    def _write_doc(self, writer: Any, path: Path, doc: Document) -> LoadError | None:
        """Index ``doc``. One over its time budget is not indexed: the error that says so
        (reported and kept in the manifest like a malformed file's, so that later starts do
        not read it again until the file changes)."""
        try:
            records = list(self.record_maker(doc))
        except OverBudget as exc:
            return LoadError(show_line(path), f"{exc}; left out of the index")
        for record in records:
            writer.add_document(**record)
        return None

    def _index(
        self, writer: Any, path: Path, doc: Document | None, error: LoadError | None,
        report: UpdateReport,
    ) -> tuple[Document | None, LoadError | None]:  # fmt: skip
        """Index a loaded article: (the document, None when it could not be loaded or was
        left out; the error that says why, reported)."""
        if doc is not None:
            error = self._write_doc(writer, path, doc)
            if error is not None:
                report.errors.append(error)
                doc = None
        return doc, error

    def _full_rebuild(
        self, files: dict[str, Path], report: UpdateReport, progress: Progress | None
    ) -> None:
        report.rebuilt = True
        self.close()
        self._write_manifest({}, "updating")
        tmp = self.directory / f"{WHOOSH_DIR}.new"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        ix = whoosh_index.create_in(str(tmp), make_schema())
        entries: dict[str, Any] = {}
        known: dict[str, str] = {}
        items = sorted(files.items())
        writer = ix.writer(**_writer_options(len(items)))
        try:
            for key, loaded, error in self._load(items, known, report, progress, len(items)):
                doc, error = self._index(writer, files[key], loaded, error, report)
                entries[key] = self._entry(files[key], doc, error)
                if doc is not None:
                    report.added.append(doc.id)
            writer.commit()
        except BaseException:
            writer.cancel()
            raise
        ix.close()
        old = self.directory / f"{WHOOSH_DIR}.old"
        shutil.rmtree(old, ignore_errors=True)
        if self.whoosh_path.exists():
            self.whoosh_path.rename(old)
        tmp.rename(self.whoosh_path)
        shutil.rmtree(old, ignore_errors=True)
        self._write_manifest(entries, "clean")
        self.index = open_index(self.whoosh_path)

    def _build_in_memory(
        self, files: dict[str, Path], report: UpdateReport, progress: Progress | None
    ) -> None:
        self.in_memory = True
        self.index = RamStorage().create_index(make_schema())
        items = sorted(files.items())
        with self.index.writer() as writer:
            for key, loaded, error in self._load(items, {}, report, progress, len(items)):
                doc, _error = self._index(writer, files[key], loaded, error, report)
                if doc is not None:
                    report.added.append(doc.id)

    def _incremental(
        self,
        files: Mapping[str, Path | None],
        old: dict[str, Any],
        report: UpdateReport,
        progress: Progress | None,
        *,
        checked: set[str] | None = None,
    ) -> None:
        """Index what changed. ``checked``: look only at these files (the rest are as the
        manifest says); None: look at every file."""
        entries: dict[str, Any] = {}
        todo: list[tuple[str, Path]] = []
        for key, path in sorted(files.items()):
            prev = old.get(key)
            if checked is not None and key not in checked and prev is not None:
                entries[key] = prev
                if prev.get("error"):
                    report.errors.append(LoadError(show_line(str(path or key)), prev["error"]))
                continue
            assert path is not None  # every file looked at has its path
            try:
                fp = _fingerprint(path)
            except OSError:
                continue
            if _looks_unchanged(prev, fp):
                entries[key] = prev
            elif prev and prev.get("sha256") == _sha256(path):
                entries[key] = {**prev, **fp}
            else:
                todo.append((key, path))
                continue
            if prev.get("error"):
                report.errors.append(LoadError(show_line(str(path)), prev["error"]))
        gone = [key for key in old if key not in files]
        self.index = self._open_existing() if self.index is None else self.index
        if not todo and not gone:
            if entries != old:
                self._write_manifest(entries, "clean")
            return
        known = {e["id"]: k for k, e in entries.items() if e.get("id")}
        todo_paths = dict(todo)
        writer = self.index.writer(timeout=2.0)
        self._write_manifest(old, "updating")
        try:
            for key in gone:
                doc_id = old[key].get("id")
                if doc_id:
                    writer.delete_by_term("doc_id", doc_id)
                    report.removed.append(doc_id)
            for key, loaded, error in self._load(todo, known, report, progress, len(todo)):
                prev_id = (old.get(key) or {}).get("id")
                if prev_id:
                    writer.delete_by_term("doc_id", prev_id)
                doc, error = self._index(writer, todo_paths[key], loaded, error, report)
                entries[key] = self._entry(todo_paths[key], doc, error)
                if doc is not None:
                    (report.updated if prev_id else report.added).append(doc.id)
                elif prev_id:
                    report.removed.append(prev_id)
            writer.commit()
        except BaseException:
            writer.cancel()
            raise
        self._write_manifest(entries, "clean")
        self.index = open_index(self.whoosh_path)

    def close(self) -> None:
        if self.index is not None:
            self.index.close()
            self.index = None

    def indexed_files(self) -> dict[str, str | None]:
        """Every article file the index was built from (its real path), with its article's
        id (None for a file that could not be read); empty when there is no manifest."""
        manifest = self._read_manifest() or {"files": {}}
        return {k: (e or {}).get("id") for k, e in manifest["files"].items()}

    def doc_ids(self) -> set[str]:
        """Ids of the documents in the index."""
        assert self.index is not None
        with self.index.searcher() as searcher:
            return {fields["doc_id"] for fields in searcher.documents(kind="doc")}
