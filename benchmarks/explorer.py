"""How soon the explorer's lists are usable on a large library, and its peak memory.

    python benchmarks/explorer.py --articles 5000 [--small] [--work DIR] [--runs 3] [--json]
        [--via-command]

Builds the generated corpus of ``--articles`` articles once in ``--work`` (or uses the
index found there); ``--small``: one paragraph each, every one quoting another of 8,000
experts, which builds about ten times faster. Then starts the explorer headless ``--runs``
times, each in a fresh process: first paint, searchable (the library open), and ready: the
articles list and the experts pane show their first rows (all of their rows, before the
lists were paged) and the opening bar is gone. Peak RSS is the process's. ``--via-command``:
the explorer launched as the ``tealeaves`` command launches it (headless). Medians are
printed. Run by hand (issue 20, item 1); the figures are in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import make_corpus  # noqa: E402

PROBE = r"""
import asyncio, json, resource, sys, time
start = time.perf_counter()
from tealeaves.library import Library
from tealeaves.tui import TeaLeavesApp
index, library, corpus = sys.argv[1:4]
READY_TIMEOUT_S = 600.0

import inspect
# As the explorer's own opener does (tealeaves.cli.main): the article files are looked at
# once the lists are shown, where the code measured can (since Round 14).
LATER = {"check": False} if "check" in inspect.signature(Library.open).parameters else {}

def opener(progress):
    return Library.open(index_dir=index, library_dir=library, corpus_dirs=[corpus], bundled=False,
                        **LATER)

async def main():
    app = TeaLeavesApp(opener)
    marks = {}
    original = app._searchable
    def searchable(library):
        original(library)
        marks.setdefault("searchable", time.perf_counter())
    app._searchable = searchable
    async with app.run_test(size=(120, 40)) as pilot:
        first_paint = time.perf_counter() - start
        docs = app.query_one("#doc-list")
        experts = app.query_one("#expert-table")
        loading = app.query_one("#loading")
        while not (docs.option_count and experts.row_count and not loading.display):
            if time.perf_counter() - start > READY_TIMEOUT_S:
                sys.exit("the lists were not shown in time")
            await asyncio.sleep(0.005)
        ready = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"first_paint_s": first_paint, "searchable_s": marks["searchable"] - start,
                      "ready_s": ready, "rss_mb": rss}))

asyncio.run(main())
"""


SURNAMES = list(zip("赵王李张刘陈杨黄周吴徐孙胡朱高林何郭马罗", [
    "Zhao", "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhou", "Wu", "Xu", "Sun",
    "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo",
], strict=True))  # fmt: skip
GIVEN = list(zip("明华伟强军平国建东海峰涛文杰志宏勇刚鹏辉", [
    "ming", "hua", "wei", "qiang", "jun", "ping", "guo", "jian", "dong", "hai", "feng", "tao",
    "wen", "jie", "zhi", "hong", "yong", "gang", "peng", "hui",
], strict=True))  # fmt: skip


def make_small_corpus(articles: int, out: Path) -> Path:
    """One-paragraph articles, the n-th quoting the n-th of 8,000 experts."""
    marker = out / f".complete-small-{articles}"
    if marker.exists():
        return out
    out.mkdir(parents=True, exist_ok=True)
    for n in range(articles):
        (han, surname), (g1, p1), (g2, p2) = (
            SURNAMES[n % 20],
            GIVEN[n // 20 % 20],
            GIVEN[n // 400 % 20],
        )
        (out / f"note-{n:06d}.md").write_text(
            f'---\ntitle: "Note {n:06d}"\ndate: 20{10 + n % 15}-01-{1 + n % 28:02d}\n---\n\n'
            f"{surname} {(p1 + p2).capitalize()} ({han}{g1}{g2}), a professor at Fudan University,"
            f" argues that “the alliance of case {n} matters”.\n",
            encoding="utf-8",
        )
    marker.write_text("")
    return out


def build(articles: int, work: Path, small: bool) -> tuple[Path, float | None]:
    """The corpus and its index in ``work`` (built now unless there): the build's seconds."""
    if small:
        corpus = make_small_corpus(articles, work / "corpus")
    else:
        corpus = make_corpus(articles, work / "corpus")
    if (work / "index" / "manifest.json").exists():
        return corpus, None
    argv = [
        sys.executable, "-m", "tealeaves", "--index", str(work / "index"), "--library",
        str(work / "library"), "--no-bundled", "--corpus", str(corpus), "index",
    ]  # fmt: skip
    started = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True)
    return corpus, time.perf_counter() - started


def _through_the_command(probe: str) -> str:
    """``probe`` with the explorer launched as ``tealeaves --index … --library … --corpus …
    --no-bundled`` launches it (the command's imports and argument parsing, the App made
    before the event loop starts, the Library imported by the opener), drawn headless: App.run
    is replaced by the same measurement, and the command is told it has a terminal."""
    steps = [
        (
            "from tealeaves.library import Library\nfrom tealeaves.tui import TeaLeavesApp\n",
            "from tealeaves.cli import main as tealeaves\nfrom textual.app import App\n"
            "sys.modules['tealeaves.cli.main'].is_tty = lambda stream: True\n",
        ),
        # The command makes its own opener: the probe's is never called, and asking the
        # Library's signature here would import it before the first screen.
        (
            'LATER = {"check": False} if "check" in inspect.signature(Library.open).parameters'
            " else {}\n",
            "LATER = {}\n",
        ),
        ("async def main():\n    app = TeaLeavesApp(opener)\n", "async def main(app):\n"),
        (
            "asyncio.run(main())",
            "App.run = lambda app: asyncio.run(main(app))\n"
            "tealeaves(['--index', index, '--library', library, '--no-bundled',\n"
            "           '--corpus', corpus])",
        ),
    ]
    for old, new in steps:
        assert probe.count(old) == 1, old
        probe = probe.replace(old, new)
    return probe


def probe(corpus: Path, work: Path, via_command: bool = False) -> dict[str, float]:
    code = _through_the_command(PROBE) if via_command else PROBE
    argv = [sys.executable, "-c", code, str(work / "index"), str(work / "library"), str(corpus)]
    proc = subprocess.run(argv, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"the explorer probe failed: {proc.stderr.strip()[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--work", type=Path, help="where the corpus and index go (kept)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--small", action="store_true", help="one-paragraph articles")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--via-command", action="store_true", help="launch it as `tealeaves` does (headless)"
    )
    args = parser.parse_args()
    work = args.work or Path(tempfile.gettempdir()) / f"tealeaves-explorer-{args.articles}"
    work.mkdir(parents=True, exist_ok=True)
    corpus, built = build(args.articles, work, args.small)
    runs = [probe(corpus, work, args.via_command) for _ in range(args.runs)]
    result: dict[str, object] = {
        "articles": args.articles,
        "small": args.small,
        "via_command": args.via_command,
        "build_s": built and round(built, 1),
    }
    for key in ("first_paint_s", "searchable_s", "ready_s", "rss_mb"):
        values = [run[key] for run in runs]
        result[key] = round(statistics.median(values), 3)
        result[f"{key}_runs"] = [round(v, 3) for v in values]
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:20}  {value}")


if __name__ == "__main__":
    main()
