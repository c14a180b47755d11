"""Random hostile queries against a large library: each must finish within its budget.

    python benchmarks/queries.py --corpus /tmp/corpus-10k --index /tmp/index-10k \
        [--queries 10000] [--seed 21] [--json]

Run by hand, never in CI (CI runs 300 over the bundled articles, in
``tests/reliability/test_queries.py``). The queries come from ``tests/random_queries.py``:
fuzzy words at any distance, wildcards anywhere, ranges on every field (indexed or not),
ORs of up to 50 parts, phrases, groups, boosts and junk. Make the corpus with
``benchmarks/corpus.py``; the first run builds the index (about 3.5 minutes at 10k).

Reports the time of every query (p50, p95, max, how many over 1 s), the memory above the
baseline (the library open and one query run), exceptions (the first 10 with their
tracebacks), and the slowest 10.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from random_queries import random_queries, vocabulary  # noqa: E402
from tealeaves.library import Library  # noqa: E402


def rss_mb(field: str = "VmRSS") -> float:
    """This process's resident memory (or its peak, ``VmHWM``), in MB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--queries", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    started = time.monotonic()
    lib = Library.open(
        index_dir=args.index,
        corpus_dirs=[args.corpus],
        bundled=False,
        library_dir=args.index.parent / "library",
    )
    opened = time.monotonic() - started
    docs = lib.documents()
    texts = [lib.document(d.id).text for d in docs[:200]]
    queries = random_queries(args.queries, vocabulary(texts, most=20_000), seed=args.seed)
    lib.search("alliance")
    baseline = rss_mb()
    times: list[tuple[float, str, str]] = []
    errors: list[tuple[str, str]] = []
    most_above = 0.0
    for n, query in enumerate(queries, start=1):
        t0 = time.monotonic()
        try:
            result = lib.search(query)
            notice = result.notice
        except Exception:
            errors.append((query, traceback.format_exc(limit=3)))
            notice = "EXCEPTION"
        times.append((time.monotonic() - t0, query, notice))
        most_above = max(most_above, rss_mb() - baseline)
        if n % 500 == 0:
            print(f"{n} queries, slowest {max(times)[0]:.2f} s", file=sys.stderr)
    lib.close()

    ordered = sorted(t for t, _, _ in times)
    report = {
        "documents": len(docs),
        "open_s": round(opened, 1),
        "queries": len(times),
        "p50_ms": round(1000 * ordered[len(ordered) // 2], 1),
        "p95_ms": round(1000 * ordered[int(len(ordered) * 0.95)], 1),
        "max_s": round(ordered[-1], 3),
        "over_1s": sum(t > 1 for t in ordered),
        "out_of_time": sum("took longer than" in n for _, _, n in times),
        "expansion_cut": sum("stands for more than" in n for _, _, n in times),
        "fuzzy_capped": sum("at most 2 edits" in n for _, _, n in times),
        "refused_fields": sum("cannot be searched" in n for _, _, n in times),
        "baseline_mb": round(baseline),
        "most_above_baseline_mb": round(most_above),
        "peak_mb": round(rss_mb("VmHWM")),
        "exceptions": len(errors),
        "errors": [{"query": q, "traceback": tb} for q, tb in errors[:10]],
        "slowest": [
            {"seconds": round(t, 3), "query": q, "notice": n}
            for t, q, n in sorted(times, reverse=True)[:10]
        ],
    }
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return
    for key, value in report.items():
        if key != "slowest":
            print(f"{key}: {value}")
    print("slowest 10:")
    for row in report["slowest"]:
        print(f"  {row['seconds']:.3f} s  {row['query'][:120]!r}  [{row['notice'][:80]}]")
    for query, trace in errors[:5]:
        print(f"EXCEPTION on {query!r}:\n{trace}")


if __name__ == "__main__":
    main()
