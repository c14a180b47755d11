"""A partitioned full build: the articles split into partitions, each indexed by one task.

:func:`build_partition` is the task. It is a plain module-level function of plain data
(picklable: a local process pool and a Dask worker run the same code): it loads and
extracts its partition's articles and writes them as one Whoosh segment in a folder of its
own. Nothing in the index is touched by a task; :mod:`tealeaves.search.committing` adopts
the segments of finished partitions into the new index, and the full rebuild swaps it in.

A task either writes into ``out_dir`` (a folder the committer can read: a local pool, or a
cluster on this machine) or, for workers on other machines, into a private temporary folder
whose files it returns as bytes. The folder it writes is named for the attempt and is
renamed to its final name only when the segment is complete, so a worker killed half-way
leaves nothing that looks finished.
"""

from __future__ import annotations

import math
import os
import shutil
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tealeaves.model import LoadError

#: Partitions hold at least this many articles (fewer tasks, fewer segments) ...
MIN_PARTITION = 10
#: ... and at most this many (a retried or lost partition costs little).
MAX_PARTITION = 1000
#: Partitions per worker: some slack so that a slow partition does not hold the build up.
PER_WORKER = 2


@dataclass(frozen=True)
class PartitionTask:
    """One partition: its number, its articles (manifest key, path) in order, how records
    are made (a picklable record maker, e.g. ``ExtractingRecords``) and where to write."""

    number: int
    items: tuple[tuple[str, str], ...]
    make_records: Any
    out_dir: str | None = None


@dataclass
class ArticleOutcome:
    """One article of a partition: its manifest entry, its id when indexed, its error."""

    key: str
    entry: dict[str, Any]
    doc_id: str | None
    error: LoadError | None = None


@dataclass
class PartitionResult:
    """What a finished task hands back: the outcome of every article, the extractor's
    failures (indexed without people and quotes) and the segment, as a folder or bytes."""

    number: int
    articles: list[ArticleOutcome]
    failures: list[LoadError] = field(default_factory=list)
    directory: str | None = None
    files: dict[str, bytes] | None = None
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # the task's processor time: its cost on a core of its own
    worker: str = ""


def partition_size(articles: int, workers: int) -> int:
    """How many articles a partition holds for ``workers`` workers."""
    wanted = math.ceil(articles / max(1, workers * PER_WORKER))
    return max(MIN_PARTITION, min(MAX_PARTITION, wanted))


def split(
    items: list[tuple[str, str]], size: int, make_records: Any, out_dir: str | None
) -> list[PartitionTask]:
    """The partitions of ``items`` (sorted keys), ``size`` articles each, in order."""
    return [
        PartitionTask(n, tuple(items[start : start + size]), make_records, out_dir)
        for n, start in enumerate(range(0, len(items), size))
    ]


def build_partition(task: PartitionTask) -> PartitionResult:
    """The task: index one partition's articles as one Whoosh segment of its own."""
    from whoosh import index as whoosh_index

    from tealeaves.search.schema import make_schema

    started, cpu = time.monotonic(), time.process_time()
    parent = task.out_dir or tempfile.mkdtemp(prefix="tealeaves-part-")
    attempt = Path(parent) / f"part-{task.number:05d}.{uuid.uuid4().hex}.tmp"
    attempt.mkdir(parents=True)
    ix = whoosh_index.create_in(str(attempt), make_schema())
    writer = ix.writer()
    try:
        outcomes = _index_articles(writer, task)
        writer.commit(merge=False)
    except BaseException:
        writer.cancel()
        shutil.rmtree(attempt, ignore_errors=True)
        raise
    ix.close()
    result = PartitionResult(task.number, outcomes, seconds=time.monotonic() - started)
    result.cpu_seconds = time.process_time() - cpu
    failures = getattr(task.make_records, "failures", None)
    if isinstance(failures, list):  # the extractor's, on this partition only
        result.failures = list(failures)
        failures.clear()
    result.worker = f"{os.uname().nodename}:{os.getpid()}"
    if task.out_dir is None:  # the committer is elsewhere: hand the files back
        result.files = {p.name: p.read_bytes() for p in attempt.iterdir()}
        shutil.rmtree(parent, ignore_errors=True)
    else:
        done = attempt.with_name(f"part-{task.number:05d}.{uuid.uuid4().hex}")
        attempt.rename(done)  # complete: only now does it look finished
        result.directory = str(done)
    return result


def _index_articles(writer: Any, task: PartitionTask) -> list[ArticleOutcome]:
    """Load, extract and write the task's articles, as the one-process build does."""
    from tealeaves.search.manifest import entry_for
    from tealeaves.search.update import load_articles, write_records
    from tealeaves.views import UpdateReport

    report = UpdateReport()  # only its errors are used: each is kept with its article
    paths = {key: Path(path) for key, path in task.items}
    outcomes: list[ArticleOutcome] = []
    loaded = load_articles(list(paths.items()), {}, report, None, len(paths))
    for key, doc, error in loaded:
        doc, error = write_records(writer, paths[key], doc, error, task.make_records, report)
        entry = entry_for(paths[key], doc, error)
        outcomes.append(ArticleOutcome(key, entry, doc.id if doc else None, error))
    return outcomes


def missing_paths(paths: list[str]) -> list[str]:
    """The ones of ``paths`` that this process cannot see (run on every worker before a
    build: a cluster's workers must read the articles at the same paths)."""
    return [p for p in paths if not os.path.exists(p)]
