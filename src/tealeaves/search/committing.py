"""The partitioned full rebuild: partitions sent to a runner, finished ones committed.

The new index is made beside the old one (as :func:`tealeaves.search.update.rebuild_beside`
does), the partitions' outputs go to a folder beside it, and only partitions whose task
finished are committed: a worker killed half-way leaves a folder that is never read. A
partition that failed twice is run again one article per task, so that the articles that
still fail are the ones reported (like malformed files: the rest are indexed). The
finished segments are adopted into the new index in the order of the articles, which is
then swapped in.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tealeaves.corpus import ArticleError
from tealeaves.corpus.clean import show_line
from tealeaves.model import LoadError
from tealeaves.search import whoosh_private
from tealeaves.search.manifest import FilePath
from tealeaves.search.partitions import (
    ArticleOutcome,
    PartitionResult,
    PartitionTask,
    partition_size,
    split,
)
from tealeaves.search.runners import Runner
from tealeaves.views import ClusterError, Progress, UpdateReport


class BuildFailed(ClusterError):
    """No partition could be built: the runner itself is broken (the old index stays)."""


@dataclass
class BuildStats:
    """How a partitioned build went (for docs/scale.md and the benchmarks)."""

    workers: int = 0
    partitions: int = 0
    retried_articles: int = 0
    segments: int = 0
    task_seconds: list[float] = field(default_factory=list)
    cpu_seconds: list[float] = field(default_factory=list)
    commit_seconds: float = 0.0
    workers_seen: set[str] = field(default_factory=set)


def rebuild_partitioned(
    target: Path,
    files: dict[str, FilePath],
    make_records: Any,
    report: UpdateReport,
    progress: Progress | None,
    runner: Runner,
) -> tuple[dict[str, Any], BuildStats]:
    """Index every file in partitions on ``runner`` and swap the new index in for the one
    at ``target``; returns the manifest entries and how the build went."""
    from whoosh import index as whoosh_index

    from tealeaves.search.schema import make_schema
    from tealeaves.search.update import beside, swap_in

    new, parts = beside(target, "new"), beside(target, "parts")
    for folder in (new, parts):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    whoosh_index.create_in(str(new), make_schema()).close()
    items = [(key, str(path)) for key, path in sorted(files.items())]
    try:
        results, stats = _run(items, make_records, runner, parts, progress)
        entries = _commit(new, parts, results, report, stats)
    finally:
        shutil.rmtree(parts, ignore_errors=True)
    swap_in(new, target)
    return entries, stats


def preflight(runner: Runner, files: dict[str, FilePath]) -> None:
    """Fail before anything is written when the runner's workers cannot read the articles
    (a cluster's workers must see them at the same paths)."""
    check = getattr(runner, "check_paths", None)
    if check is not None and files:
        keys = sorted(files)
        check([str(files[keys[0]]), str(files[keys[-1]])])


def _run(
    items: list[tuple[str, str]],
    make_records: Any,
    runner: Runner,
    parts: Path,
    progress: Progress | None,
) -> tuple[list[PartitionResult], BuildStats]:
    """Every partition through the runner; a partition that failed twice is run again an
    article at a time, and an article that fails even alone is given an error outcome."""
    out_dir = str(parts) if runner.shared_disk else None
    tasks = split(items, partition_size(len(items), runner.workers), make_records, out_dir)
    stats = BuildStats(workers=runner.workers, partitions=len(tasks))
    results: list[PartitionResult] = []
    done = 0

    def finished(result: PartitionResult) -> None:
        nonlocal done
        _keep_files(result, parts)  # segments that came back as bytes go to disk at once
        results.append(result)
        stats.task_seconds.append(result.seconds)
        stats.cpu_seconds.append(result.cpu_seconds)
        stats.workers_seen.add(result.worker)
        done += len(result.articles)
        if progress is not None:
            last = Path(result.articles[-1].key).name if result.articles else ""
            progress(done, len(items), last)

    failed = runner.run(tasks, finished)
    if tasks and len(failed) == len(tasks):  # not an article's fault: nothing ran at all
        first = next(iter(failed.values()))
        raise BuildFailed(
            f"every partition of the build failed (the first: {first}); the index was left "
            "as it was: check the workers' logs, then run the rebuild again"
        )
    if failed:
        alone = _one_by_one([t for t in tasks if t.number in failed], len(tasks))
        stats.retried_articles = len(alone)
        still = runner.run(alone, finished)
        for task in alone:
            if task.number in still:
                finished(_given_up(task, still[task.number]))
    return results, stats


def _one_by_one(tasks: list[PartitionTask], first: int) -> list[PartitionTask]:
    """The articles of ``tasks``, one task each, numbered from ``first``."""
    singles = [(item, task) for task in tasks for item in task.items]
    return [
        PartitionTask(first + n, (item,), task.make_records, task.out_dir)
        for n, (item, task) in enumerate(singles)
    ]


def _given_up(task: PartitionTask, why: str) -> PartitionResult:
    """The outcome of an article whose task failed every time: reported, left out."""
    from tealeaves.search.manifest import fingerprint, sha256

    ((key, path),) = task.items
    error = LoadError(show_line(path), f"could not be indexed ({why}); left out of the index")
    try:
        entry: dict[str, Any] = {**fingerprint(Path(path)), "sha256": sha256(Path(path))}
    except OSError:
        entry = {}
    entry.update(id=None, error=error.reason)
    return PartitionResult(task.number, [ArticleOutcome(key, entry, None, error)])


def _commit(
    new: Path, parts: Path, results: list[PartitionResult], report: UpdateReport,
    stats: BuildStats,
) -> dict[str, Any]:  # fmt: skip
    """Adopt the finished partitions' segments into the index at ``new`` in the order of
    their articles; the manifest entries, with the report filled as a one-process build
    fills it."""
    started = time.monotonic()
    results = sorted((r for r in results if r.articles), key=lambda r: r.articles[0].key)
    entries: dict[str, Any] = {}
    owners: dict[str, str] = {}
    folders: list[str] = []
    for result in results:
        losers = _outcomes(result, entries, owners, report)
        folder = result.directory  # None for an article given up on: it has no segment
        if folder is not None:
            if losers:
                _drop(folder, losers)
            folders.append(folder)
        report.errors.extend(result.failures)
    try:
        stats.segments = whoosh_private.adopt_segments(str(new), folders)
    except whoosh_private.Unsupported:
        stats.segments = whoosh_private.merge_readers(str(new), folders)
    stats.commit_seconds = time.monotonic() - started
    return entries


def _outcomes(
    result: PartitionResult, entries: dict[str, Any], owners: dict[str, str],
    report: UpdateReport,
) -> list[str]:  # fmt: skip
    """Put one partition's outcomes in ``entries`` and ``report``; the ids already taken
    by an article of an earlier partition (their records are dropped, as the one-process
    build would not have written them)."""
    losers: list[str] = []
    for outcome in result.articles:
        entry, error = outcome.entry, outcome.error
        owner = owners.get(outcome.doc_id or "")
        if outcome.doc_id and owner is not None:
            message = f"same id '{outcome.doc_id}' as {owner}; give one of them another id"
            error = ArticleError(Path(outcome.key), message).as_load_error()
            entry = {**entry, "id": None, "error": error.reason}
            losers.append(outcome.doc_id)
        elif outcome.doc_id:
            owners[outcome.doc_id] = outcome.key
            report.added.append(outcome.doc_id)
        if error is not None:
            report.errors.append(error)
        entries[outcome.key] = entry
    return losers


def _keep_files(result: PartitionResult, parts: Path) -> None:
    """Write the segment files that came back as bytes into a folder of ``parts`` (named
    in ``result.directory``), so that no more than one partition's are held in memory."""
    if result.files is None:
        return
    folder = parts / f"part-{result.number:05d}.returned"
    folder.mkdir()
    for name, data in result.files.items():
        (folder / name).write_bytes(data)
    result.files = None
    result.directory = str(folder)


def _drop(folder: str, doc_ids: list[str]) -> None:
    """Delete the records of ``doc_ids`` from a partition's index before it is adopted."""
    from whoosh import index as whoosh_index

    ix = whoosh_index.open_dir(folder)
    with ix.writer() as writer:
        for doc_id in doc_ids:
            writer.delete_by_term("doc_id", doc_id)
    ix.close()
