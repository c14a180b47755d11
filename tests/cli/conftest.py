"""Fixtures for the command-line tests."""

from __future__ import annotations

import pytest

from tealeaves.cli import main


@pytest.fixture
def run(tmp_path, capsys):
    index = tmp_path / "index"

    def _run(*argv):
        code = main(["--index", str(index), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return _run
