"""`tealeaves folders list|rm` and --corpus remembered between runs (issue 20, item 4)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import tealeaves
from helpers import write_article

SRC = str(Path(tealeaves.__file__).resolve().parents[1])


def _process(tmp_path, *argv):
    """A real `tealeaves` process (each CLI run starts afresh)."""
    env = dict(os.environ, PYTHONPATH=SRC + os.pathsep + os.environ.get("PYTHONPATH", ""))
    where = ["--index", str(tmp_path / "index"), "--library", str(tmp_path / "lib")]
    done = subprocess.run(
        [sys.executable, "-m", "tealeaves", *where, "--no-bundled", *argv],
        capture_output=True, text=True, env=env, timeout=240,
    )  # fmt: skip
    return done.returncode, done.stdout, done.stderr


def _corpus(tmp_path, name="mine"):
    folder = tmp_path / name
    write_article(folder, "arctic.md", "Notes on the Arctic route.", title="Arctic")
    return folder


def test_two_runs_remember_the_folder_and_index_nothing_again(tmp_path):
    corpus = _corpus(tmp_path)
    code, out, _ = _process(tmp_path, "--corpus", str(corpus), "index", "--json")
    assert code == 0 and json.loads(out)["added"] == ["arctic"]
    code, out, _ = _process(tmp_path, "index", "--json")  # no --corpus
    data = json.loads(out)
    assert code == 0 and data["documents"] == 1
    assert (data["added"], data["updated"], data["removed"], data["rebuilt"]) == ([], [], [], False)
    code, out, _ = _process(tmp_path, "folders", "list", "--json")
    assert json.loads(out) == [{"path": str(corpus.resolve()), "exists": True, "articles": 1}]


def test_folders_rm_forgets_and_the_articles_leave(tmp_path, run):
    corpus = _corpus(tmp_path)
    lib = ["--library", str(tmp_path / "lib"), "--no-bundled"]
    assert run(*lib, "--corpus", str(corpus), "docs", "--json")[0] == 0
    code, out, _ = run(*lib, "folders", "list")
    assert code == 0 and out.splitlines()[1].split("\t")[:2] == [str(corpus.resolve()), "yes"]
    code, out, err = run(*lib, "folders", "rm", str(corpus), "--json")
    assert code == 0 and json.loads(out)[0]["articles"] == 1
    assert "1 article left the index" in err
    assert json.loads(run(*lib, "docs", "--json")[1]) == []
    assert json.loads(run(*lib, "folders", "list", "--json")[1]) == []
    code, _, err = run(*lib, "folders", "rm", str(corpus))
    assert code == 1 and "not a remembered folder" in err


def test_a_vanished_folder_is_reported_in_one_line(tmp_path, run):
    corpus = _corpus(tmp_path)
    lib = ["--library", str(tmp_path / "lib"), "--no-bundled"]
    run(*lib, "--corpus", str(corpus), "index")
    shutil.rmtree(corpus)
    code, out, err = run(*lib, "search", "Arctic", "--json")
    assert code == 0 and json.loads(out)["hits"][0]["document"] == "arctic"
    [line] = [line for line in err.splitlines() if "remembered folder" in line]
    assert f"tealeaves folders rm {corpus.resolve()}" in line
    code, out, _ = run(*lib, "folders", "list", "--json")
    assert json.loads(out)[0]["exists"] is False
