"""Build speed with articles in three languages, beside an English-only corpus (run by hand).

    .venv/bin/python benchmarks/languages.py [--articles 1000] [--runs 3] [--work /tmp/tl-lang]

Makes two corpora of the same size with benchmarks/corpus.py (English only, and a third each
in English, Chinese and Russian), builds a fresh index of each ``--runs`` times, alternating,
and prints the median build time and articles per second of each, and the median extraction
time per article of each language in the mixed corpus (``extract`` alone, no index).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import make_corpus


def build_seconds(corpus: Path, work: Path) -> float:
    """One full build from an empty index, in this process; its wall time in seconds."""
    from tealeaves.library import Library

    index, library = work / "index", work / "library"
    shutil.rmtree(index, ignore_errors=True)
    shutil.rmtree(library, ignore_errors=True)
    start = time.perf_counter()
    lib = Library.open(index_dir=index, corpus_dirs=[corpus], bundled=False, library_dir=library)
    elapsed = time.perf_counter() - start
    assert lib.report.rebuilt, lib.report
    lib.close()
    return elapsed


def extraction_ms(corpus: Path) -> dict[str, float]:
    """Median milliseconds to extract one article, per language."""
    from tealeaves.corpus import load_article
    from tealeaves.extract import extract, load_registry
    from tealeaves.extract.language import language_of

    registry = load_registry()
    times: dict[str, list[float]] = {}
    for path in sorted(corpus.glob("*.md")):
        doc = load_article(path)
        start = time.perf_counter()
        extract(doc, registry)
        times.setdefault(language_of(doc), []).append((time.perf_counter() - start) * 1000)
    return {lang: round(statistics.median(ms), 2) for lang, ms in sorted(times.items())}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", type=Path, default=Path("/tmp/tealeaves-languages"))
    args = parser.parse_args()

    english = make_corpus(args.articles, args.work / "corpus-en")
    mixed = make_corpus(args.articles, args.work / "corpus-mixed", mixed=True)
    builds: dict[str, list[float]] = {"english": [], "mixed": []}
    for _ in range(args.runs):
        for name, corpus in (("english", english), ("mixed", mixed)):
            builds[name].append(build_seconds(corpus, args.work / f"build-{name}"))
    result = {
        name: {
            "build_s": round(statistics.median(times), 1),
            "articles_per_s": round(args.articles / statistics.median(times), 1),
            "runs": [round(t, 1) for t in times],
        }
        for name, times in builds.items()
    }
    result["extraction_ms_per_article"] = extraction_ms(mixed)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
