"""SIGKILL during full builds, incremental updates and saves, many times; count what was lost.

    PYTHONPATH=src python benchmarks/kills.py [--rounds 15] [--seed 21] [--json]

Run by hand, never in CI (CI kills 17 times: ``tests/reliability/test_faults.py`` and
``tests/unit/test_userdata.py``). Each round starts a child process, kills it with SIGKILL at
a random point, counts the temporary files it left, then opens what it was writing the way
the next start would and checks that nothing is lost:

- ``build``: a full build of 16 articles, killed after 1 to 15 of them. Lost: an article
  that no search for its own word finds (or finds twice) after the next start.
- ``update``: 4 articles indexed, 8 new ones added, the update killed after 1 to 7.
  Lost: the same, over the 12.
- ``save``: notes saved one after another, each a new one of 50 KB, killed 0.05 to 1 s in.
  Lost: a note whose save had returned (the child printed its number) and that is not in
  the file; damaged: a file the next load reports or sets aside.
- ``cite``: citations appended to citations.md in the same way. Lost: a line whose append
  had returned and is not in the file, or a line that is not whole.

Leftovers are the temporary files (``*.tmp``, ``*.ctmp``, ``whoosh.new``) in the folder right
after the kill, and after the next start (or the next save) has run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
sys.path.insert(0, str(SRC))

from tealeaves.library import Library  # noqa: E402
from tealeaves.userdata import UserData, append_line  # noqa: E402

BUILD = """
import sys, time
from pathlib import Path
from tealeaves.library import Library

def progress(done, total, message):
    print(done, flush=True)
    time.sleep(0.02)

index, library, corpus = map(Path, sys.argv[1:4])
Library.open(index_dir=index, library_dir=library, corpus_dirs=[corpus], bundled=False,
             progress=progress).close()
print("finished", flush=True)
"""

SAVE = """
import sys
from pathlib import Path
from tealeaves.userdata import Note, UserData, append_line
folder, kind = Path(sys.argv[1]), sys.argv[2]
store = UserData(folder)
print("ready", flush=True)
n = 0
while True:
    n += 1
    if kind == "save":
        key, text = f"q{n}", f"note {n} " + "x" * 50_000
        store.update(lambda d: d.notes.update({key: Note(key, text)}))
    else:
        append_line(folder / "citations.md", f"- citation {n} " + "y" * 2_000)
    print(n, flush=True)
"""

TEMPORARY = ("*.tmp", "*.ctmp", "whoosh.new")


def _article(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"a{n:02d}.md").write_text(
        f"---\ntitle: Article {n}\n---\n\nZhao Huasheng (赵华胜), a professor, said "
        f"“word{n} matters”.\n\nMore on word{n}.\n",
        encoding="utf-8",
    )


def _leftovers(folder: Path) -> int:
    return sum(1 for pattern in TEMPORARY for _ in folder.rglob(pattern))


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(SRC)}


def _open(base: Path, corpus: Path) -> Library:
    return Library.open(
        index_dir=base / "index", library_dir=base / "lib", corpus_dirs=[corpus], bundled=False
    )


def _kill_build(base: Path, corpus: Path, after: int) -> bool:
    """Index in a child, SIGKILL it once ``after`` articles are written (False: it finished
    first)."""
    argv = [sys.executable, "-c", BUILD, str(base / "index"), str(base / "lib"), str(corpus)]
    child = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, env=_env())
    assert child.stdout is not None
    killed = False
    for line in child.stdout:
        if line.strip() == "finished":
            break
        if line.strip().isdigit() and int(line) >= after:
            os.kill(child.pid, signal.SIGKILL)
            killed = True
            break
    child.wait()
    child.stdout.close()
    return killed


def _lost_articles(base: Path, corpus: Path, count: int) -> tuple[int, int]:
    """(articles not found exactly once by their own word, notices) after the next start."""
    with _open(base, corpus) as lib:
        lost = 0
        for n in range(count):
            hits = lib.search(f"word{n}", per_document=0).hits
            lost += {h.doc_id for h in hits} != {f"a{n:02d}"}
        lost += len(lib.documents()) != count
        return lost, len(lib.notices)


def round_build(base: Path, rng: random.Random) -> dict[str, int]:
    corpus = base / "corpus"
    for n in range(16):
        _article(corpus, n)
    killed = _kill_build(base, corpus, rng.randint(1, 15))
    left = _leftovers(base / "index")
    lost, _ = _lost_articles(base, corpus, 16)
    return {"killed": killed, "lost": lost, "left_after_kill": left,
            "left_after_start": _leftovers(base / "index")}  # fmt: skip


def round_update(base: Path, rng: random.Random) -> dict[str, int]:
    corpus = base / "corpus"
    for n in range(4):
        _article(corpus, n)
    _open(base, corpus).close()
    for n in range(4, 12):
        _article(corpus, n)
    killed = _kill_build(base, corpus, rng.randint(1, 7))
    left = _leftovers(base / "index")
    lost, _ = _lost_articles(base, corpus, 12)
    return {"killed": killed, "lost": lost, "left_after_kill": left,
            "left_after_start": _leftovers(base / "index")}  # fmt: skip


def round_save(base: Path, rng: random.Random, kind: str) -> dict[str, int]:
    folder = base / "lib"
    folder.mkdir(parents=True)
    argv = [sys.executable, "-c", SAVE, str(folder), kind]
    child = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, env=_env())
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(0.05, 1.0))
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    acknowledged = [int(line) for line in child.stdout.read().split() if line.isdigit()]
    child.stdout.close()
    left = _leftovers(folder)
    damaged = 0
    if kind == "save":
        store = UserData(folder)
        notes = store.load().notes
        damaged = len(store.notices) + len(list(folder.glob("annotations.json.corrupt-*")))
        lost = sum(f"q{n}" not in notes for n in acknowledged)
        store.update(lambda d: None)  # the next save
    else:
        path = folder / "citations.md"
        lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
        whole = {f"- citation {n} " + "y" * 2_000 for n in range(1, len(lines) + 2)}
        damaged = sum(line not in whole for line in lines)
        lost = sum(f"- citation {n} " + "y" * 2_000 not in lines for n in acknowledged)
        append_line(path, "- the next append")
    return {"killed": True, "lost": lost, "damaged": damaged, "saved": len(acknowledged),
            "left_after_kill": left, "left_after_start": _leftovers(folder)}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15, help="rounds of each kind")
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    kinds = {
        "build": round_build,
        "update": round_update,
        "save": lambda base, rng: round_save(base, rng, "save"),
        "cite": lambda base, rng: round_save(base, rng, "cite"),
    }
    results: dict[str, list[dict[str, int]]] = {kind: [] for kind in kinds}
    started = time.monotonic()
    for n in range(args.rounds):
        for kind, run in kinds.items():
            base = Path(tempfile.mkdtemp(prefix=f"kills-{kind}-"))
            try:
                results[kind].append(run(base, rng))
            finally:
                shutil.rmtree(base, ignore_errors=True)
        print(f"round {n + 1} of {args.rounds}", file=sys.stderr)
    counted = ("killed", "lost", "damaged", "saved", "left_after_kill", "left_after_start")
    summary: dict[str, object] = {
        kind: {"rounds": len(rows)} | {key: sum(r.get(key, 0) for r in rows) for key in counted}
        for kind, rows in results.items()
    }
    summary["minutes"] = round((time.monotonic() - started) / 60, 1)
    if args.json:
        json.dump(summary, sys.stdout, indent=2)
        print()
        return
    for kind, counts in summary.items():
        print(f"{kind}: {counts}")


if __name__ == "__main__":
    main()
