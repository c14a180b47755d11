"""First paint (issue 20, item 3): the explorer's module and the CLI's entry point import
only what the first screen needs. Whoosh, the article readers, the extractor and its
language libraries are imported when the library is opened, after the screen is drawn."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import tealeaves
from tealeaves.library import ARTICLE_SUFFIXES, Library

SRC = str(Path(tealeaves.__file__).resolve().parents[1])
HEAVY = ("whoosh", "tealeaves.extract", "tealeaves.search", "jieba", "pymorphy3", "opencc",
         "trafilatura", "pypinyin")  # fmt: skip


def _imported_after(statement: str) -> list[str]:
    """The heavy modules in sys.modules after ``statement``, in a fresh interpreter."""
    code = (
        f"import json, sys\n{statement}\n"
        f"heavy = {HEAVY!r}\n"
        "print(json.dumps(sorted(m for m in sys.modules "
        "if any(m == h or m.startswith(h + '.') for h in heavy))))"
    )
    env = dict(os.environ, PYTHONPATH=SRC + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.parametrize(
    "statement",
    [
        "import tealeaves.tui.app",
        "from tealeaves.tui import TeaLeavesApp",
        "from tealeaves.cli.main import main",
        # what `tealeaves` runs before the explorer's first screen is drawn
        "from tealeaves.cli.main import build_parser; from tealeaves.library import Library",
    ],
)
def test_the_first_screen_imports_no_index_reader_or_extractor(statement):
    assert _imported_after(statement) == []


def test_opening_a_library_imports_them(tmp_path):
    assert "whoosh" in " ".join(
        _imported_after(
            f"from tealeaves.library import Library\n"
            f"Library.open(index_dir={str(tmp_path / 'i')!r}, library_dir={str(tmp_path)!r})"
        )
    )


def test_the_copies_kept_for_a_cheap_import_match_the_originals():
    from tealeaves.corpus.loader import ARTICLE_SUFFIXES as READ
    from tealeaves.library import core
    from tealeaves.library.listing import PAGE_SIZE
    from tealeaves.search.bounds import QUERY_SECONDS

    assert ARTICLE_SUFFIXES == READ
    assert core.QUERY_SECONDS == QUERY_SECONDS
    assert core.PAGE_SIZE == PAGE_SIZE
    assert Library.page.__defaults__ == (0, PAGE_SIZE)
    assert Library.search.__kwdefaults__["seconds"] == QUERY_SECONDS
