"""What adding one article to a large library costs, and how much of it is the lists' table.

    python benchmarks/lists_update.py --work DIR [--runs 3] [--json]

Uses the corpus and index that ``explorer.py`` (or ``run.py``) left in ``--work``. Each run
is a fresh process on a fresh copy of the index and the library, without the lists' table:
it opens the library, asks for the lists' counts (which makes the table from every record,
timed apart), then times
``Library.add`` of one new article (the first article with one more paragraph) and, within
it, the update of the lists' table (``Lists.changed``). Medians are printed. To measure
other code on the same index, put its ``src`` first on ``PYTHONPATH``. Run by hand (issue
20, scale); the figures are in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

PROBE = r"""
import json, sys, time
from pathlib import Path
from tealeaves.library import Library
from tealeaves.library.listing import Lists
index, library, corpus, extra = sys.argv[1:5]
spent = []
changed = Lists.changed
def timed(self, *args, **kwargs):
    started = time.perf_counter()
    try:
        return changed(self, *args, **kwargs)
    finally:
        spent.append(time.perf_counter() - started)
Lists.changed = timed
Path(index, "lists.sqlite").unlink(missing_ok=True)
lib = Library.open(index_dir=index, library_dir=library, corpus_dirs=[corpus], bundled=False)
started = time.perf_counter()
lib.counts()
make_s = time.perf_counter() - started
made = lib.lists.made
spent.clear()
started = time.perf_counter()
added = lib.add([extra])
add_s = time.perf_counter() - started
assert added.ok and added.added[0].status == "added", added
counts = lib.counts()
print(json.dumps({"add_s": add_s, "lists_s": sum(spent), "make_s": make_s,
                  "made": lib.lists.made - made, "edited": getattr(lib.lists, "edited", 0),
                  "documents": counts.documents}))
lib.close()
"""


def run_once(work: Path, scratch: Path) -> dict[str, float]:
    """One add on a fresh copy of ``work``'s index and library."""
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    shutil.copytree(work / "index", scratch / "index")
    if (work / "library").exists():
        shutil.copytree(work / "library", scratch / "library")
    corpus = work / "corpus"
    first = min(corpus.glob("*.md")).read_text("utf-8")
    extra = scratch / "one-more.md"
    extra.write_text(first + "\nOne more paragraph, so that this is a new article.\n", "utf-8")
    argv = [
        sys.executable, "-c", PROBE, str(scratch / "index"), str(scratch / "library"),
        str(corpus), str(extra),
    ]  # fmt: skip
    proc = subprocess.run(argv, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"the probe failed: {proc.stderr.strip()[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, required=True, help="a corpus and its index")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.runs):
            runs.append(run_once(args.work, Path(tmp) / "copy"))
    result = {
        "runs": runs,
        "add_s": statistics.median(r["add_s"] for r in runs),
        "lists_s": statistics.median(r["lists_s"] for r in runs),
        "make_s": statistics.median(r["make_s"] for r in runs),
    }
    if args.json:
        print(json.dumps(result))
        return
    for r in runs:
        print(f"add {r['add_s']:.3f} s, of which the lists {r['lists_s']:.3f} s "
              f"(made anew {r['made']}, changed in place {r['edited']}); "
              f"the table made from every record {r['make_s']:.3f} s")  # fmt: skip
    print(f"median: add {result['add_s']:.3f} s, lists {result['lists_s']:.3f} s, "
          f"table made {result['make_s']:.3f} s")  # fmt: skip


if __name__ == "__main__":
    main()
