"""Extraction speed per article and per language, on the annotated articles (run by hand).

    .venv/bin/python benchmarks/extraction.py [--repeat 5] [--src OTHER/src]

Times ``extract`` alone (no index) on every article of tests/data (bundled, tuning and
held-out sets), grouped by the article's language as the extractor sees it, best of
``--repeat`` runs per article. The first call's one-off loading (name lists, dictionaries)
is timed apart.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--src",
        help="time another version: the src/ folder of its checkout "
        "(git worktree add /tmp/old REV; --src /tmp/old/src)",
    )
    args = parser.parse_args()
    if args.src:
        sys.path.insert(0, str(Path(args.src).resolve()))

    from scoring import sets
    from tealeaves.corpus import load_article
    from tealeaves.extract import extract, load_registry
    from tealeaves.extract.language import language_of

    registry = load_registry()
    docs = []
    for cases in sets().values():
        for case in cases:
            doc = load_article(case.article)
            docs.append((language_of(doc), doc))
    start = time.perf_counter()
    extract(docs[0][1], registry)
    print(f"first call (loading name lists and dictionaries): {time.perf_counter() - start:.2f} s")
    by_lang: dict[str, list[float]] = {}
    chars: dict[str, int] = {}
    for lang, doc in docs:
        best = min(_timed(extract, doc, registry) for _ in range(args.repeat))
        by_lang.setdefault(lang, []).append(best)
        chars[lang] = chars.get(lang, 0) + len(doc.text)
    print("| language | articles | median ms per article | ms per 10,000 characters |")
    print("| --- | --- | --- | --- |")
    for lang, times in by_lang.items():
        per = 1000 * sum(times) / chars[lang] * 10_000
        print(f"| {lang} | {len(times)} | {1000 * statistics.median(times):.1f} | {per:.1f} |")
    return 0


def _timed(fn, *a) -> float:
    start = time.thread_time()  # processor time: other jobs on the machine do not count
    fn(*a)
    return time.thread_time() - start


if __name__ == "__main__":
    sys.exit(main())
