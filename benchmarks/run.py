"""Measure Tea Leaves on a generated corpus, against SQLite FTS5 and ripgrep on the same text.

    python benchmarks/run.py --articles 1000 [--json] [--work DIR] [--queries 200] [--keep-index]
    python benchmarks/run.py --reload-only --work DIR [--repeats 7]

Run by hand, never in CI (install the extras first: ``pip install -e '.[bench]'``). One run:
full build with extraction, adding one article, index size, open time, query latency with
snippets (a fixed mix of terms, AND, phrases, prefixes, field filters and Chinese terms),
``tealeaves search`` as a whole process, the explorer's first paint and keystroke-to-results
(headless), reload when nothing changed (the explorer's check on focus, a full reload, and
a full reload while the explorer watches the folders), and peak memory; then the same
queries on SQLite FTS5 and ripgrep. Results are recorded in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import TERMS, make_corpus  # noqa: E402

ENGLISH = [
    "alliance", "sanctions", "energy", "Taiwan", "interpreter", "statement", "exception",
    "module", "partnership", "Ukraine", "function", "breakpoint", "neighbours", "order",
    "economy", "Moscow", "Beijing", "attribute", "generator", "security",
]  # fmt: skip
PHRASES = ['"formal alliance"', '"strategic rear"', '"command list"', '"the war in Ukraine"']
PREFIXES = ["allian*", "sanct*", "interpr*", "genera*", "secur*", "partn*"]
FIELDS = ["author:petrova alliance", "kind:quote energy", "topic:alliance", "expert:zhao"]


def query_mix(n: int, seed: int = 11) -> list[str]:
    """``n`` queries: terms, two-term ANDs, phrases, prefixes, field filters, Chinese terms."""
    rng = random.Random(seed)
    makers = [
        lambda: rng.choice(ENGLISH),
        lambda: f"{rng.choice(ENGLISH)} {rng.choice(ENGLISH)}",
        lambda: rng.choice(PHRASES),
        lambda: rng.choice(PREFIXES),
        lambda: rng.choice(FIELDS),
        lambda: rng.choice(TERMS)[0],
    ]
    return [makers[i % len(makers)]() for i in range(n)]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def timed(fn, *args, **kwargs) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - start, result


def folder_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


# -- ours ----------------------------------------------------------------------------------------


def measure_tealeaves(
    corpus: Path, work: Path, queries: list[str], keep_index: bool = False
) -> dict[str, float | None]:
    from tealeaves.library import Library

    index, library = work / "index", work / "library"
    articles = len(list(corpus.glob("*.md")))
    build_s = add_one_s = None
    if not (keep_index and (index / "manifest.json").exists()):
        shutil.rmtree(index, ignore_errors=True)
        shutil.rmtree(library, ignore_errors=True)
        build_s, lib = timed(
            Library.open, index_dir=index, corpus_dirs=[corpus], bundled=False, library_dir=library
        )
        extra = work / "one-more.md"
        first = next(corpus.glob("*.md")).read_text("utf-8")
        extra.write_text(first + "\nOne more paragraph, so that this is a new article.\n", "utf-8")
        add_one_s, added = timed(lib.add, [extra])
        assert added.ok and added.added[0].status == "added", added
        lib.close()
    open_s, lib = timed(
        Library.open, index_dir=index, corpus_dirs=[corpus], bundled=False, library_dir=library
    )
    lib.search("warm up")
    latencies = []
    for q in queries:
        t, _ = timed(lib.search, q, limit=10)
        latencies.append(t * 1000)
    reload = measure_reload(lib) | measure_watched_reload(lib)
    lib.close()
    return reload | {
        "articles": articles,
        "build_s": None if build_s is None else round(build_s, 2),
        "build_articles_per_s": None if build_s is None else round(articles / build_s, 1),
        "add_one_s": None if add_one_s is None else round(add_one_s, 3),
        "index_mb": round(folder_mb(index), 1),
        "open_ms": round(open_s * 1000, 1),
        "query_p50_ms": round(statistics.median(latencies), 2),
        "query_p95_ms": round(percentile(latencies, 95), 2),
        "query_max_ms": round(max(latencies), 2),
    }


RELOAD_REPEATS = 7


def measure_reload(lib, repeats: int = RELOAD_REPEATS) -> dict[str, float]:
    """Reload when nothing has changed, median of ``repeats`` fresh calls each: the cheap
    check the explorer makes when it gets the focus (``Library.refresh``: a few stats, None
    when nothing changed) and the full reload of ctrl+r (``Library.reload``: every article
    file looked at, the manifest read, the index opened again), which is also what a command
    does to the corpus before it answers."""
    checks, reloads = [], []
    for _ in range(repeats):
        t, answer = timed(lib.refresh)
        assert answer is None, "refresh() found a change in a library nothing changed"
        checks.append(t * 1000)
    for _ in range(repeats):
        t, report = timed(lib.reload)
        assert not report.changed, "reload() found a change in a library nothing changed"
        reloads.append(t * 1000)
    return {
        "reload_check_ms": round(statistics.median(checks), 2),
        "reload_full_ms": round(statistics.median(reloads), 1),
    }


def measure_watched_reload(lib, repeats: int = RELOAD_REPEATS) -> dict[str, object]:
    """The full reload of ctrl+r while the explorer watches the article folders
    (``Library.watch``, since Round 16: only the paths the watch saw are looked at), median
    of ``repeats`` calls, each alternating with a full reload made without the watch (the
    watch set aside for it, and put back trusted by a look at every file it does not
    time), so that both meet the same load. None where the code measured has no watch."""
    if not hasattr(lib, "watch"):
        return {"reload_watched_ms": None}
    if not lib.watch():  # inotify's limits, or no watchdog: say so rather than fail
        return {"reload_watched_ms": None}
    watched, full = [], []
    try:
        for _ in range(repeats):
            t, report = timed(lib.reload)
            assert not report.changed, "reload() found a change in a library nothing changed"
            watched.append(t * 1000)
            watch, lib._watch = lib._watch, None  # a reload as without the watch
            t, report = timed(lib.reload)
            assert not report.changed, "reload() found a change in a library nothing changed"
            full.append(t * 1000)
            lib._watch = watch
            watch.settled(watch.begin())  # the reload just made looked at every file
        return {
            "reload_watched_ms": round(statistics.median(watched), 2),
            "reload_unwatched_ms": round(statistics.median(full), 1),
        }
    finally:
        lib.unwatch()


def reload_only(work: Path, corpus: Path, repeats: int) -> dict[str, object]:
    """Only the reload figures, on the index and corpus already in ``work`` (nothing built):
    the check on focus and the full reload, then the full reload while the folders are
    watched beside one without the watch, call by call."""
    from tealeaves.library import Library

    open_s, lib = timed(
        Library.open,
        index_dir=work / "index",
        corpus_dirs=[corpus],
        bundled=False,
        library_dir=work / "library",
    )
    try:
        return (
            {"articles": lib.count("doc"), "open_ms": round(open_s * 1000, 1)}
            | measure_reload(lib, repeats)
            | measure_watched_reload(lib, repeats)
        )
    finally:
        lib.close()


def measure_cli(corpus: Path, work: Path) -> float:
    argv = [
        sys.executable, "-m", "tealeaves", "--index", str(work / "index"), "--library",
        str(work / "library"), "--no-bundled", "--corpus", str(corpus), "search", "alliance",
    ]  # fmt: skip
    runs = []
    for _ in range(3):
        t, proc = timed(subprocess.run, argv, capture_output=True, text=True)
        assert proc.returncode in (0, 1), proc.stderr
        runs.append(t)
    return round(statistics.median(runs), 3)


#: The probe's own peak RSS: VmHWM. ``ru_maxrss`` is no good here, since Linux carries it over
#: from the parent across fork and exec, so it reported this benchmark's own peak at the
#: moment it started the probe whenever that was the higher (544 MB at 50k: Round 12).
PEAK_RSS = r"""
import resource

def peak_rss_mb():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""

TUI_PROBE = r"""
import asyncio, json, resource, sys, time
start = time.perf_counter()
from tealeaves.library import Library
from tealeaves.tui import TeaLeavesApp
index, library, corpus = sys.argv[1:4]
queries = json.loads(sys.argv[4])
KEY_TIMEOUT_S = 30.0

import inspect
# As the explorer's own opener does (tealeaves.cli.main): the article files are looked at
# once the lists are shown, where the code measured can (since Round 14).
LATER = {"check": False} if "check" in inspect.signature(Library.open).parameters else {}

def opener(progress):
    return Library.open(index_dir=index, library_dir=library, corpus_dirs=[corpus], bundled=False,
                        **LATER)

async def main():
    app = TeaLeavesApp(opener)
    # The search worker hands its results to the screen that owns the panes (the home
    # screen; the App itself before it had one): the spy goes where they arrive.
    panes = getattr(app, "home", app)
    shown = {}
    original = panes._show_results
    def spy(result, seq):
        original(result, seq)
        shown[seq] = time.perf_counter()
    panes._show_results = spy
    searchable = {}
    original_searchable = app._searchable
    def searchable_spy(library):
        original_searchable(library)
        searchable.setdefault("at", time.perf_counter())
    app._searchable = searchable_spy

    async def latest_shown(first, query):
        # A search that a newer one supersedes is cancelled and never shown: wait for the
        # newest search issued since ``first`` to show its results, or fail clearly.
        deadline = time.perf_counter() + KEY_TIMEOUT_S
        while True:
            latest = panes._search_seq
            if latest >= first and latest in shown:
                return shown[latest]
            if time.perf_counter() > deadline:
                sys.exit(f"no results shown for {query!r} within {KEY_TIMEOUT_S:g} s "
                         f"(searches issued up to {latest}, shown: {sorted(shown)[-3:]})")
            await asyncio.sleep(0.001)

    async with app.run_test(size=(120, 40)) as pilot:
        first_paint = time.perf_counter() - start
        # Ready: the lists usable (the articles and the experts show their first rows, the
        # opening bar is gone), as benchmarks/explorer.py measures it; the lists are read a
        # page at a time since issue 20, item 1, so no worker's end tells it.
        docs, experts = app.query_one("#doc-list"), app.query_one("#expert-table")
        loading = app.query_one("#loading")
        while not (docs.option_count and experts.row_count and not loading.display):
            if time.perf_counter() - start > 600:
                sys.exit("the lists were not shown within 600 s")
            await asyncio.sleep(0.005)
        ready = time.perf_counter() - start
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("slash")
        times = []
        for q in queries:
            box = app.query_one("#search-input")
            box.value = ""
            await pilot.pause()
            await app.workers.wait_for_complete()
            pressed = time.perf_counter()
            seq = panes._search_seq + 1
            box.value = q
            times.append((await latest_shown(seq, q) - pressed) * 1000)
    rss = peak_rss_mb()
    searchable_s = searchable["at"] - start
    print(json.dumps({"first_paint_s": first_paint, "searchable_s": searchable_s, "ready_s": ready,
                      "keys": times, "rss": rss}))

asyncio.run(main())
"""


def measure_tui(corpus: Path, work: Path, queries: list[str]) -> dict[str, float]:
    argv = [sys.executable, "-c", PEAK_RSS + TUI_PROBE, str(work / "index"), str(work / "library"),
            str(corpus), json.dumps(queries)]  # fmt: skip
    proc = subprocess.run(argv, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"the explorer probe failed: {proc.stderr.strip()[-2000:]}")
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    return {
        "first_paint_s": round(data["first_paint_s"], 3),
        "tui_searchable_s": round(data["searchable_s"], 3),
        "tui_ready_s": round(data["ready_s"], 3),
        "keystroke_p50_ms": round(statistics.median(data["keys"]), 1),
        "keystroke_p95_ms": round(percentile(data["keys"], 95), 1),
        "peak_rss_mb": round(data["rss"], 1),
    }


# -- theirs --------------------------------------------------------------------------------------


def _fts_query(q: str) -> str | None:
    """Our query in FTS5 syntax (field filters have no equivalent: None)."""
    if ":" in q:
        return None
    if q.endswith("*"):
        return q
    if q.startswith('"'):
        return q
    return " ".join(f'"{w}"' for w in q.split())


def measure_fts5(corpus: Path, work: Path, queries: list[str]) -> dict[str, float]:
    db = work / "fts5.sqlite"
    db.unlink(missing_ok=True)
    con = sqlite3.connect(db)
    con.execute("CREATE VIRTUAL TABLE p USING fts5(doc, body, tokenize='porter unicode61')")
    start = time.perf_counter()
    rows = []
    for path in sorted(corpus.glob("*.md")):
        body = path.read_text("utf-8").split("---", 2)[-1]
        rows.extend((path.stem, para) for para in body.split("\n\n") if para.strip())
    con.executemany("INSERT INTO p VALUES (?, ?)", rows)
    con.commit()
    build = time.perf_counter() - start
    latencies = []
    for q in queries:
        fq = _fts_query(q)
        if fq is None:
            continue
        t, _ = timed(
            lambda fq=fq: con.execute(
                "SELECT doc, snippet(p, 1, '[', ']', '…', 12) FROM p WHERE p MATCH ? "
                "ORDER BY rank LIMIT 10",
                (fq,),
            ).fetchall()
        )
        latencies.append(t * 1000)
    con.close()
    return {
        "fts5_build_s": round(build, 2),
        "fts5_query_p50_ms": round(statistics.median(latencies), 2),
        "fts5_query_p95_ms": round(percentile(latencies, 95), 2),
    }


def measure_rg(corpus: Path, queries: list[str], most: int = 60) -> dict[str, float]:
    rg = shutil.which("rg") or str(Path(sys.executable).with_name("rg"))
    if not Path(rg).exists():
        return {"rg_query_p95_ms": float("nan")}
    latencies = []
    for q in queries[:most]:
        if ":" in q:
            continue
        pattern = q.strip('"').rstrip("*")
        argv = [
            rg,
            "--fixed-strings",
            "--ignore-case",
            "--max-count",
            "1",
            "-l",
            pattern,
            str(corpus),
        ]
        t, _ = timed(subprocess.run, argv, capture_output=True)
        latencies.append(t * 1000)
    return {
        "rg_query_p50_ms": round(statistics.median(latencies), 1),
        "rg_query_p95_ms": round(percentile(latencies, 95), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--work", type=Path, help="where the corpus and indexes go (kept)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--keep-index",
        action="store_true",
        help="measure on the index a previous run left in --work (no build, no add: both null)",
    )
    parser.add_argument(
        "--reload-only",
        action="store_true",
        help="only reload when nothing changed, on the index and corpus already in --work",
    )
    parser.add_argument("--repeats", type=int, default=RELOAD_REPEATS, help="of each reload")
    args = parser.parse_args()
    work = args.work or Path(tempfile.gettempdir()) / f"tealeaves-bench-{args.articles}"
    work.mkdir(parents=True, exist_ok=True)
    if args.reload_only:
        print(json.dumps(reload_only(work, work / "corpus", args.repeats)))
        return
    corpus = make_corpus(args.articles, work / "corpus")
    queries = query_mix(args.queries)

    result: dict[str, object] = {
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
    }
    result |= measure_tealeaves(corpus, work, queries, args.keep_index)
    result["cli_search_s"] = measure_cli(corpus, work)
    result |= measure_tui(corpus, work, queries[:60])
    result |= measure_fts5(corpus, work, queries)
    result |= measure_rg(corpus, queries)
    result["query_p95_vs_fts5"] = round(
        float(result["query_p95_ms"]) / float(result["fts5_query_p95_ms"]), 1
    )
    result["query_p95_vs_rg"] = round(
        float(result["query_p95_ms"]) / float(result["rg_query_p95_ms"]), 2
    )
    result["bench_peak_rss_mb"] = round(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1
    )
    if args.json:
        print(json.dumps(result))
    else:
        width = max(map(len, result))
        for key, value in result.items():
            print(f"{key:{width}}  {value}")


if __name__ == "__main__":
    main()
