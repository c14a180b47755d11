"""Measure the partitioned build (docs/scale.md): articles/s on 1 and 2 workers, the rate of
one worker, and at the largest size the segments, the index's size, the commit, what a merge
into one segment would cost, and what the segments cost a query.

    python benchmarks/cluster.py --articles 2000 --runs local:1 local:2 pool:2 one-process
    python benchmarks/cluster.py --articles 10000 --runs local:2 --merge --queries --json

Each run rebuilds a fresh index of the same generated corpus (benchmarks/corpus.py):
``local:N`` on a Dask LocalCluster of N worker processes, ``pool:N`` on the local process
pool of N processes, ``one-process`` the build without partitions (Whoosh's own writer).
Run by hand, never in CI (needs the cluster extra: ``pip install -e '.[cluster]'``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import make_corpus  # noqa: E402

QUERIES = ["alliance", "sanctions energy", '"strategic rear"', "secur*", "kind:quote energy",
           "Moscow", "partnership", "结伴不结盟", "author:petrova alliance", "Ukraine"]  # fmt: skip


def _size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


def _open(index: Path, corpus: Path, **given: Any) -> Any:
    """The library on ``index``, as the command line opens it (the same index version)."""
    from tealeaves.library import Library

    return Library.open(index_dir=index, library_dir=index.with_name(index.name + "-library"),
                        corpus_dirs=[corpus], bundled=False, remember=False, **given)  # fmt: skip


def build(corpus: Path, index: Path, run: str) -> dict[str, Any]:
    """One fresh rebuild of ``corpus`` into ``index``; its figures."""
    shutil.rmtree(index, ignore_errors=True)
    cluster = None if run == "one-process" else run
    started = time.monotonic()
    lib = _open(index, corpus, rebuild=True, cluster=cluster)
    wall = time.monotonic() - started
    report, stats = lib.report, lib.store.last_build
    lib.close()
    articles = len(report.added)
    figures: dict[str, Any] = {
        "run": run, "articles": articles, "errors": len(report.errors),
        "seconds": round(wall, 1), "articles_per_s": round(articles / wall, 1),
        "index_mb": round(_size_mb(index / "whoosh"), 1),
    }  # fmt: skip
    if stats is not None:
        busy = sum(stats.task_seconds)
        figures |= {
            "workers": stats.workers, "partitions": stats.partitions,
            "segments": stats.segments, "commit_s": round(stats.commit_seconds, 3),
            "task_s_median": round(statistics.median(stats.task_seconds), 1),
            "per_worker_articles_per_s": round(articles / busy, 1),
            "overhead_s": round(wall - busy / stats.workers, 1),
            # processor time: what one worker does on a core of its own, load aside
            "cpu_ms_per_article": round(1000 * sum(stats.cpu_seconds) / articles, 1),
            "one_core_articles_per_s": round(articles / sum(stats.cpu_seconds), 1),
        }  # fmt: skip
    return figures


def merge_cost(index: Path) -> dict[str, Any]:
    """What merging every segment into one costs (the commit a build would do with
    ``IndexWriter.add_reader`` instead of adopting the segments), on a copy."""
    from whoosh import index as whoosh_index

    copy = index.with_name(index.name + "-merged")
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(index, copy)
    library = index.with_name(index.name + "-library")
    shutil.rmtree(copy.with_name(copy.name + "-library"), ignore_errors=True)
    if library.exists():
        shutil.copytree(library, copy.with_name(copy.name + "-library"))
    ix = whoosh_index.open_dir(str(copy / "whoosh"))
    started = time.monotonic()
    ix.optimize()
    seconds = time.monotonic() - started
    ix.close()
    return {"merge_into_one_s": round(seconds, 1), "merged_mb": round(_size_mb(copy), 1),
            "merged_index": str(copy)}  # fmt: skip


def query_times(index: Path, corpus: Path, repeats: int = 5) -> dict[str, float]:
    """The median time (ms) of each query over ``repeats``, summed over the queries (on
    the index as it is: opening it must not have rebuilt it)."""
    lib = _open(index, corpus)
    assert not lib.report.changed, "the library rebuilt the index: the figures would be wrong"
    total = 0.0
    try:
        for query in QUERIES:
            lib.search(query, seconds=None)  # warm
            times = []
            for _ in range(repeats):
                started = time.perf_counter()
                lib.search(query, seconds=None)
                times.append(time.perf_counter() - started)
            total += statistics.median(times)
    finally:
        lib.close()
    return {"queries_ms_total": round(total * 1000, 1), "queries": len(QUERIES)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/tealeaves-cluster-bench"))
    parser.add_argument("--runs", nargs="+", default=["local:1", "local:2"])
    parser.add_argument("--merge", action="store_true", help="time a merge into one segment")
    parser.add_argument("--queries", action="store_true", help="time queries, both layouts")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    corpus = make_corpus(args.articles, args.work / f"corpus-{args.articles}")
    results = []
    for run in args.runs:
        index = args.work / f"index-{args.articles}-{run.replace(':', '')}"
        figures = build(corpus, index, run)
        if args.merge:
            figures |= merge_cost(index)
        if args.queries:
            figures |= query_times(index, corpus)
            if args.merge:
                merged = query_times(Path(figures.pop("merged_index")), corpus)
                figures["queries_ms_total_one_segment"] = merged["queries_ms_total"]
        figures.pop("merged_index", None)
        results.append(figures)
        print(json.dumps(figures) if args.json else figures, flush=True)
    print(json.dumps({"cpus": os.cpu_count(), "load": os.getloadavg(), "runs": results}))


if __name__ == "__main__":
    main()
