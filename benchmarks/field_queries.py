"""Queries naming article fields (author:, title:, year:, publication:, language:) on a
built library: each query's time, first run and again.

    python benchmarks/field_queries.py --corpus DIR --work DIR [--rounds 15] [--json]

Run by hand, never in CI. ``--work`` is a folder ``benchmarks/build.py`` built into
(``index`` and ``library`` in it); the index must be current for the code that runs this
(it is not rebuilt). Each query is run once on the freshly opened library ("first": the
joined articles and filter postings read from the index), then ``--rounds`` times more
(the median of these is "again"). Results are recorded in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

#: Article fields alone, with words and phrases, in ranges, ORs, NOTs and wildcards.
QUERIES = [
    "author:petrova alliance",
    "author:petrova",
    'author:"mei lin carter" "strategic rear"',
    "publication:strait energy",
    "year:2019 sanctions",
    "year:[2016 TO 2018] alliance",
    "lang:ru",
    "lang:en partnership",
    "author:petrova OR author:holloway",
    "alliance NOT author:petrova",
    "title:function",
    "title:exc* energy",
    "kind:quote author:rivera",
    "author:laurent year:2020 Ukraine",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from tealeaves.library import Library

    lib = Library.open(
        index_dir=args.work / "index",
        corpus_dirs=[args.corpus],
        bundled=False,
        library_dir=args.work / "library",
    )
    assert not lib.report.rebuilt, "the index was rebuilt: build it with this code first"
    lib.search("warm up")
    first: dict[str, float] = {}
    again: dict[str, list[float]] = {q: [] for q in QUERIES}
    found: dict[str, int] = {}
    for q in QUERIES:
        start = time.perf_counter()
        result = lib.search(q, limit=10)
        first[q] = (time.perf_counter() - start) * 1000
        found[q] = result.total
    for _ in range(args.rounds):
        for q in QUERIES:
            start = time.perf_counter()
            lib.search(q, limit=10)
            again[q].append((time.perf_counter() - start) * 1000)
    lib.close()
    medians = {q: statistics.median(ts) for q, ts in again.items()}
    report = {
        "first_total_ms": round(sum(first.values()), 1),
        "again_median_of_medians_ms": round(statistics.median(medians.values()), 2),
        "again_total_ms": round(sum(medians.values()), 1),
        "queries": {
            q: {"first_ms": round(first[q], 2), "again_ms": round(medians[q], 2), "found": found[q]}
            for q in QUERIES
        },
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
        return
    for q, row in report["queries"].items():
        print(f"{row['first_ms']:8.2f} {row['again_ms']:8.2f} ms  {row['found']:6d}  {q}")
    print(
        f"first: {report['first_total_ms']} ms in all; again: "
        f"{report['again_total_ms']} ms in all, median {report['again_median_of_medians_ms']} ms"
    )


if __name__ == "__main__":
    main()
