"""benchmarks/run.py's explorer probe reports its own peak RSS (Round 12 of
docs/benchmarks.md): ``ru_maxrss`` of a process started by another carries over the
parent's peak across fork and exec, so the probe reported the benchmark's own (544 MB at
50k) whenever that was the higher. The probe reads VmHWM instead."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run_module():
    spec = importlib.util.spec_from_file_location("bench_run_rss", ROOT / "benchmarks/run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="no /proc: ru_maxrss only")
def test_the_probe_reports_its_own_peak_not_its_parents():
    run = _run_module()
    held = bytearray(200 * 2**20)  # the parent's peak: 200 MB touched
    for at in range(0, len(held), 4096):
        held[at] = 1
    code = run.PEAK_RSS + (
        "import resource\n"
        "print(peak_rss_mb(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    own, inherited = map(float, out.stdout.split())
    del held
    assert own < 100 < inherited  # ru_maxrss says the parent's 200 MB; VmHWM the child's
    assert run.TUI_PROBE.count("peak_rss_mb()") == 1
