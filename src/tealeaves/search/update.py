"""Writing the index: the records of each article, and the three ways of updating.

A full rebuild is written beside the index and swapped in at the end, so a crash leaves
either the old index or the new one; an index in memory serves a session whose folder
cannot be written; an incremental update replaces the records of the files that changed.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import RamStorage
from whoosh.index import Index

from tealeaves.corpus import ArticleError, load_article
from tealeaves.corpus.clean import show_line
from tealeaves.extract import (
    ARTICLE_SECONDS,
    OverBudget,
    Registry,
    Topics,
    deadline,
    extract,
    load_registry,
    load_topics,
)
from tealeaves.model import Document, LoadError
from tealeaves.search import whoosh_private  # also: a writer's run files in chunks
from tealeaves.search.manifest import FilePath, entry_for
from tealeaves.search.records import article_records
from tealeaves.search.schema import make_schema
from tealeaves.views import Progress, UpdateReport

RecordMaker = Callable[[Document], Iterable[dict[str, Any]]]

#: From this many articles on, a full build indexes in several processes, one segment each:
#: about twice as fast on two cores, and prefix queries get faster too (see
#: docs/benchmarks.md). Small builds stay in one process, which starts faster.
PARALLEL_FROM = 400


def writer_options(articles: int) -> dict[str, Any]:
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


def load_articles(
    paths: Iterable[tuple[str, FilePath]],
    known_ids: dict[str, str],
    report: UpdateReport,
    progress: Progress | None,
    total: int,
) -> Iterator[tuple[str, Document | None, LoadError | None]]:
    """Load articles, reporting bad ones; yields (key, document, error)."""
    for done, (key, given) in enumerate(paths, start=1):
        path = Path(given)  # the look at the corpus keeps strings
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


def write_records(
    writer: Any, path: FilePath, doc: Document | None, error: LoadError | None,
    make_records: RecordMaker, report: UpdateReport,
) -> tuple[Document | None, LoadError | None]:  # fmt: skip
    """Index a loaded article: (the document, or None when it could not be loaded or was
    left out; the error that says why). One over its time budget is not indexed: the error
    is reported and kept in the manifest like a malformed file's, so that later starts do
    not read it again until the file changes."""
    if doc is None:
        return None, error
    try:
        records = list(make_records(doc))
    except OverBudget as exc:
        error = LoadError(show_line(path), f"{exc}; left out of the index")
        report.errors.append(error)
        return None, error
    for record in records:
        writer.add_document(**record)
    return doc, None


def beside(target: Path, suffix: str) -> Path:
    """The folder next to the index ``target`` where a new one is written (``new``) or the
    old one is set aside (``old``) while they are swapped."""
    return target.with_name(f"{target.name}.{suffix}")


def rebuild_beside(
    target: Path,
    files: dict[str, FilePath],
    make_records: RecordMaker,
    report: UpdateReport,
    progress: Progress | None,
) -> dict[str, Any]:
    """Index every file anew beside the index ``target`` and swap the new index in;
    returns the manifest entries."""
    tmp = beside(target, "new")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    ix = whoosh_index.create_in(str(tmp), make_schema())
    entries: dict[str, Any] = {}
    known: dict[str, str] = {}
    items = sorted(files.items())
    writer = _full_build_writer(ix, len(items), make_records)
    in_processes = hasattr(writer, "add_article")
    try:
        for key, loaded, error in load_articles(items, known, report, progress, len(items)):
            if loaded is not None and in_processes:
                writer.add_article(key, loaded)  # its records are made in a writer process
                entries[key] = entry_for(files[key], loaded, None)
                report.added.append(loaded.id)
                continue
            doc, error = write_records(writer, files[key], loaded, error, make_records, report)
            entries[key] = entry_for(files[key], doc, error)
            if doc is not None:
                report.added.append(doc.id)
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
    ix.close()
    if in_processes:
        _after_processes(writer, files, entries, make_records, report)
    swap_in(tmp, target)
    return entries


def _full_build_writer(ix: Index, articles: int, make_records: RecordMaker) -> Any:
    """The writer of a full build: from ``PARALLEL_FROM`` articles on, writer processes
    that make the records themselves (the main process only reads the files), when
    Whoosh is the release our subclass was written for; else Whoosh's own."""
    options = writer_options(articles)
    if not options or not whoosh_private.ENABLED:
        return ix.writer(**options)
    if isinstance(make_records, ExtractingRecords):  # loaded once, before the processes fork
        make_records.registry, make_records.topics  # noqa: B018
    return whoosh_private.ArticleWriter(
        ix, make_records, procs=options["procs"], limitmb=options["limitmb"]
    )


def _after_processes(
    writer: Any, files: dict[str, FilePath], entries: dict[str, Any],
    make_records: RecordMaker, report: UpdateReport,
) -> None:  # fmt: skip
    """What the writer processes found, in the entries and the report as a build in one
    process fills them: the articles left out over their time budget, in the files' order,
    and the record maker's failures."""
    for key in sorted(writer.left_out):
        error = LoadError(show_line(files[key]), f"{writer.left_out[key]}; left out of the index")
        report.errors.append(error)
        report.added.remove(entries[key]["id"])
        entries[key] = {**entries[key], "id": None, "error": error.reason}
    failures = getattr(make_records, "failures", None)
    if isinstance(failures, list):
        failures.extend(sorted(writer.failures, key=lambda f: f.path))


def swap_in(new: Path, target: Path) -> None:
    """Put the index just written at ``new`` in place of the one at ``target``: the old
    one is renamed aside first, so a crash between leaves one or the other."""
    old = beside(target, "old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    new.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def build_in_memory(
    files: dict[str, FilePath],
    make_records: RecordMaker,
    report: UpdateReport,
    progress: Progress | None,
) -> Index:
    """An index of every file in memory, for this session only."""
    index = RamStorage().create_index(make_schema())
    items = sorted(files.items())
    with index.writer() as writer:
        for key, loaded, error in load_articles(items, {}, report, progress, len(items)):
            doc, _ = write_records(writer, files[key], loaded, error, make_records, report)
            if doc is not None:
                report.added.append(doc.id)
    return index


def apply_changes(
    writer: Any,
    gone: list[str],
    todo: list[tuple[str, Path]],
    old: dict[str, Any],
    entries: dict[str, Any],
    make_records: RecordMaker,
    report: UpdateReport,
    progress: Progress | None,
) -> None:
    """Remove the records of the files ``gone``, read the new and changed files ``todo``
    and put their records in place of the old ones, then commit (or cancel on any error).
    The new files' manifest entries go into ``entries``."""
    try:
        for key in gone:
            doc_id = old[key].get("id")
            if doc_id:
                writer.delete_by_term("doc_id", doc_id)
                report.removed.append(doc_id)
        known = {e["id"]: k for k, e in entries.items() if e.get("id")}
        todo_paths = dict(todo)
        for key, loaded, error in load_articles(todo, known, report, progress, len(todo)):
            prev_id = (old.get(key) or {}).get("id")
            if prev_id:
                writer.delete_by_term("doc_id", prev_id)
            path = todo_paths[key]
            doc, error = write_records(writer, path, loaded, error, make_records, report)
            entries[key] = entry_for(path, doc, error)
            if doc is not None and prev_id and prev_id != doc.id:  # the file gave another id
                report.removed.append(prev_id)
                report.added.append(doc.id)
            elif doc is not None:
                (report.updated if prev_id else report.added).append(doc.id)
            elif prev_id:
                report.removed.append(prev_id)
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
