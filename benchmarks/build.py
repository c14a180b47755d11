"""Where a full build's time goes, and how long it takes.

    python benchmarks/build.py --articles 1000 --work DIR time [--runs 3]
    python benchmarks/build.py --articles 1000 --work DIR profile [--top 40]
    python benchmarks/build.py --articles 1000 --work DIR census

Run by hand, never in CI. The corpus is ``benchmarks/corpus.py``'s (made once in
``DIR/corpus-N``). ``time``: full builds with extraction (``Library.open`` on an empty
index, the lists' table included), each in a fresh process, as a user's build runs (in
parallel from 400 articles on); prints each run, the median and the load average before
each. ``profile``: one build in this process, serial, under cProfile, with the processor
time split by stage. ``census``: the records each article makes and the tokens (and
postings: distinct words per record and field) each kind of record carries. Results are
recorded in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import make_corpus  # noqa: E402
from languages import build_seconds  # noqa: E402  (one full build from an empty index)


def corpus_for(articles: int, work: Path) -> Path:
    out = work / f"corpus-{articles}"
    if not out.exists() or len(list(out.glob("*.md"))) != articles:
        shutil.rmtree(out, ignore_errors=True)
        make_corpus(articles, out)
    return out


def _cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_builds(corpus: Path, work: Path, runs: int) -> None:
    """``runs`` builds, each in a fresh process: its wall time (the build alone) and the
    processor time of the whole process with its writer processes (start-up included)."""
    walls, cpus = [], []
    for n in range(runs):
        load = os.getloadavg()[0]
        argv = [sys.executable, __file__, "--corpus", str(corpus), "--work", str(work), "once"]
        cpu = _cpu_of_children()
        out = subprocess.run(argv, capture_output=True, text=True, check=True).stdout
        cpus.append(_cpu_of_children() - cpu)
        walls.append(json.loads(out.strip().splitlines()[-1])["seconds"])
        print(
            f"run {n + 1}: {walls[-1]:.2f} s wall, {cpus[-1]:.2f} s processor "
            f"(load average before: {load:.2f})",
            flush=True,
        )
    print(
        f"median {statistics.median(walls):.2f} s wall ({min(walls):.2f}-{max(walls):.2f}), "
        f"{statistics.median(cpus):.2f} s processor ({min(cpus):.2f}-{max(cpus):.2f})"
    )


# -- profile -------------------------------------------------------------------------------------

#: Stages by cumulative time: (label, the functions it is: (file fragment, function name)).
#: Round 21 replaced Whoosh's adding and writing functions with ours (search/whoosh_private),
#: so both are listed; a stage is the sum of its functions.
STAGES = [
    ("reading the article files (load_article)", [("corpus/loader", "load_article")]),
    ("extraction, all (extract)", [("extract/__init__", "extract")]),
    ("… people and mentions (find_people)", [("extract/", "find_people")]),
    ("… quotes and speakers (find_quotes)", [("extract/", "find_quotes")]),
    ("… terms (find_terms)", [("extract/glossary", "find_terms")]),
    ("… topics (Topics.tag)", [("extract/topics", "tag")]),
    ("making the records (article_records)", [("search/records", "article_records")]),
    (
        "Whoosh: adding records (add_document)",
        [("whoosh/writing", "add_document"), ("search/whoosh_private", "_add_document")],
    ),
    (
        "… analysis of indexed fields (Field.index, word values)",
        [
            ("whoosh/fields", "index"),
            ("whoosh/formats", "word_values"),
            ("search/analysis", "positions_and_words"),
            ("search/whoosh_private", "_positions"),
        ],
    ),
    ("… words for spelling (spellable_words)", [("whoosh/fields", "spellable_words")]),
    ("… stored fields and lengths (add_field)", [("whoosh/codec/whoosh3", "add_field")]),
    ("… the posting pool, spills included (PostingPool.add)", [("whoosh/writing", "add")]),
    ("Whoosh: commit (sorting and writing postings)", [("whoosh/writing", "commit")]),
    ("the lists' table (Lists._make)", [("library/listing", "_make")]),
]

#: Processor time by where it is spent (tottime of each function, by its file).
PLACES = [
    ("our analysis (tokenizer, stemming)", ("tealeaves/search/analysis", "whoosh/lang/porter")),
    ("Whoosh analysis (lowercase, stop words, formats)", ("whoosh/analysis", "whoosh/formats")),
    ("Whoosh: spilling and merging runs", ("externalsort", "heapq", "_write_run", "_read_run")),
    ("Whoosh writing, codecs, files", ("whoosh/", "search/whoosh_private")),
    ("extraction", ("tealeaves/extract/", "tealeaves/text")),
    ("reading articles", ("tealeaves/corpus/", "yaml", "markdown_it", "trafilatura")),
    ("making records", ("tealeaves/search/records", "json/")),
    ("lists' table and SQLite", ("tealeaves/library/", "sqlite3")),
    ("other", ("",)),
]


def _place(file: str, func: str) -> str:
    where = f"{file}:{func}"
    for label, fragments in PLACES:
        if any(f in where for f in fragments):
            return label
    return "other"


def profile_build(corpus: Path, work: Path, top: int) -> None:
    from tealeaves.search import update

    update.PARALLEL_FROM = 10**9  # serial: everything in this one process
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    build_seconds(corpus, work)
    profiler.disable()
    wall = time.perf_counter() - started
    stats = pstats.Stats(profiler)
    total = sum(tt for (_cc, _nc, tt, _ct, _callers) in stats.stats.values())
    print(f"serial build under cProfile: {wall:.1f} s wall, {total:.1f} s profiled")
    print("\nby stage (cumulative):")
    for label, functions in STAGES:
        cum = sum(
            ct
            for (file, _line, func), (_cc, _nc, _tt, ct, _callers) in stats.stats.items()
            if any(fragment in file and func == name for fragment, name in functions)
        )
        print(f"  {label:52s} {cum:7.2f} s  {100 * cum / total:5.1f}%")
    places: Counter[str] = Counter()
    for (file, _line, func), (_cc, _nc, tt, _ct, callers) in stats.stats.items():
        if file != "~" or not callers:
            places[_place(file, func)] += tt
            continue
        # A built-in (pickling, a regex, a sort) counts where it was called from.
        for (cfile, _cline, cfunc), (_cnc, _ccc, ctt, _cct) in callers.items():
            places[_place(cfile, cfunc)] += ctt
    print("\nby place (own time):")
    for label, seconds in places.most_common():
        print(f"  {label:52s} {seconds:7.2f} s  {100 * seconds / total:5.1f}%")
    print()
    stats.sort_stats("tottime").print_stats(top)


# -- census --------------------------------------------------------------------------------------


def census(corpus: Path) -> None:
    from tealeaves.corpus import load_article
    from tealeaves.search.schema import make_schema
    from tealeaves.search.update import ExtractingRecords

    schema = make_schema()
    maker = ExtractingRecords()
    records: Counter[str] = Counter()
    tokens: dict[str, Counter[str]] = defaultdict(Counter)
    postings: dict[str, Counter[str]] = defaultdict(Counter)
    articles = 0
    for path in sorted(corpus.glob("*.md")):
        doc = load_article(path)
        articles += 1
        for record in maker(doc):
            kind = record["kind"]
            records[kind] += 1
            for name, value in record.items():
                field = schema[name]
                if not field.indexed or value is None or value == "":
                    continue
                for _word, freq, _weight, _value in field.index(value):
                    tokens[kind][name] += freq
                    postings[kind][name] += 1
    print(f"{articles} articles, {sum(records.values())} records")
    for kind, n in records.most_common():
        t, p = sum(tokens[kind].values()), sum(postings[kind].values())
        print(
            f"  {kind:7s} {n:7d} records ({n / articles:5.1f} per article), "
            f"{t:8d} tokens, {p:8d} postings"
        )
        for name, count in tokens[kind].most_common():
            print(f"      {name:12s} {count:8d} tokens {postings[kind][name]:8d} postings")
    total_t = sum(sum(c.values()) for c in tokens.values())
    total_p = sum(sum(c.values()) for c in postings.values())
    print(f"  all: {total_t} tokens, {total_p} postings")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, help="an existing corpus (else made in --work)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("what", choices=["time", "profile", "census", "once"])
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    corpus = args.corpus or corpus_for(args.articles, args.work)
    if args.what == "once":
        print(json.dumps({"seconds": build_seconds(corpus, args.work)}))
    elif args.what == "time":
        time_builds(corpus, args.work, args.runs)
    elif args.what == "profile":
        profile_build(corpus, args.work, args.top)
    else:
        census(corpus)


if __name__ == "__main__":
    main()
