"""benchmarks/run.py reports reload when nothing changed (issue 20, "reload when nothing
changed"): the explorer's check on focus and the full reload (with and without the watch
on the folders, since Round 16), in its figures of a whole run and with ``--reload-only``.
What is checked is that the figures are there, never their size."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

from helpers import write_article

ROOT = Path(__file__).resolve().parents[2]
FIGURES = ("reload_check_ms", "reload_full_ms", "reload_watched_ms", "reload_unwatched_ms")


def _run_module():
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "benchmarks/run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tiny_corpus(folder: Path) -> Path:
    for n in range(3):
        write_article(
            folder,
            f"note-{n}.md",
            f"Zhao Ming, a professor at Fudan University, argues that “case {n} matters”.",
            title=f"Note {n}",
        )
    return folder


def test_a_run_reports_reload_when_nothing_changed(tmp_path):
    run = _run_module()
    corpus = _tiny_corpus(tmp_path / "corpus")
    figures = run.measure_tealeaves(corpus, tmp_path, ["professor", "Fudan"])
    for name in FIGURES:
        assert isinstance(figures[name], float) and figures[name] >= 0, name
    json.dumps(figures)  # goes into the JSON output as it is


def test_reload_only_prints_the_figures(tmp_path):
    _tiny_corpus(tmp_path / "corpus")
    argv = [sys.executable, str(ROOT / "benchmarks/run.py"), "--reload-only", "--repeats", "2",
            "--work", str(tmp_path)]  # fmt: skip
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    figures = json.loads(proc.stdout.strip().splitlines()[-1])
    assert figures["articles"] == 3
    for name in FIGURES:
        assert figures[name] >= 0, name
