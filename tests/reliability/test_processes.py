"""Several `tealeaves` processes on one index at once (issue 21, findings 4 and 5): one
updates the index, the others wait for it (saying so) and then use what it built. Real
processes, each bounded in time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import tealeaves
from helpers import write_article
from tealeaves.library import Library

SRC = str(Path(tealeaves.__file__).resolve().parents[1])
TIMEOUT = 240


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = SRC + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _start(tmp_path: Path, *argv: str) -> subprocess.Popen[str]:
    where = ["--index", str(tmp_path / "index"), "--library", str(tmp_path / "library")]
    corpus = ["--corpus", str(tmp_path / "corpus")] if (tmp_path / "corpus").exists() else []
    return subprocess.Popen(
        [sys.executable, "-m", "tealeaves", *where, *corpus, *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )


def _finish(procs: list[subprocess.Popen[str]]) -> list[tuple[int, str, str]]:
    deadline = time.monotonic() + TIMEOUT
    done = []
    for proc in procs:
        try:
            out, err = proc.communicate(timeout=max(1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            for p in procs:
                p.kill()
            pytest.fail(f"a process took over {TIMEOUT} s")
        done.append((proc.returncode, out, err))
    return done


def _corpus(folder: Path, count: int) -> None:
    body = " ".join(f"word{n} alliance partnership Moscow Beijing" for n in range(300))
    for n in range(count):
        write_article(
            folder,
            f"c{n:02d}.md",
            f"Zhao Huasheng (赵华胜), a professor, said “unique{n} matters”.\n\n{body}",
            title=f"Corpus article {n}",
        )


def _library(tmp_path: Path) -> Library:
    return Library.open(
        index_dir=tmp_path / "index",
        library_dir=tmp_path / "library",
        corpus_dirs=[tmp_path / "corpus"] if (tmp_path / "corpus").exists() else [],
    )


def _assert_whole(tmp_path: Path, expected: int) -> None:
    """The index holds every article once, and the manifest names each file once."""
    with _library(tmp_path) as lib:
        assert not lib.report.changed, lib.report  # nothing left to index
        assert lib.count("doc") == expected == len({d.id for d in lib.documents()})
    manifest = json.loads((tmp_path / "index" / "manifest.json").read_text())
    assert manifest["state"] == "clean"
    assert len([e for e in manifest["files"].values() if e.get("id")]) == expected


def test_parallel_rebuilds_take_turns(tmp_path):
    _corpus(tmp_path / "corpus", 30)
    for _round in range(2):
        results = _finish([_start(tmp_path, "index", "--rebuild") for _ in range(3)])
        for code, _out, err in results:
            assert code == 0 and "Traceback" not in err, err
        _assert_whole(tmp_path, 32)  # and the two bundled articles


def test_search_and_experts_after_a_version_bump(tmp_path):
    _corpus(tmp_path / "corpus", 30)
    _library(tmp_path).close()
    manifest = tmp_path / "index" / "manifest.json"
    waited = 0
    for _round in range(3):
        data = json.loads(manifest.read_text())
        manifest.write_text(json.dumps({**data, "version": "an older release"}))
        search, experts = _finish(
            [_start(tmp_path, "search", "alliance"), _start(tmp_path, "experts")]
        )
        for code, out, err in (search, experts):
            assert code == 0 and "Traceback" not in err, err
            assert out.strip()
            waited += "Waited for another Tea Leaves process" in err
        assert "Zhao Huasheng" in experts[1]
        _assert_whole(tmp_path, 32)
    assert waited >= 1  # the two processes did meet at least once


def test_parallel_adds_keep_every_article_once(tmp_path):
    _library(tmp_path).close()  # the index exists: the adds race only on updating it
    for n in range(16):
        write_article(
            tmp_path / "new", f"n{n:02d}.md", f"Added{n} alliance text.", title=f"New {n}"
        )
    for pair in range(8):
        first, second = (tmp_path / "new" / f"n{2 * pair + k:02d}.md" for k in (0, 1))
        results = _finish(
            [_start(tmp_path, "add", str(first)), _start(tmp_path, "add", str(second))]
        )
        for code, _out, err in results:
            assert code == 0 and "Traceback" not in err, err
        _assert_whole(tmp_path, 2 + 2 * (pair + 1))
    with _library(tmp_path) as lib:
        for n in range(16):
            hits = lib.search(f"added{n}", kinds=["para"], per_document=0).hits
            assert len(hits) == 1, (n, hits)
