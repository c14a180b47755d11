"""Shared fixtures: every test uses temporary index and library folders, never the user's."""

from __future__ import annotations

import pytest

from tealeaves.library import Library


@pytest.fixture(autouse=True)
def _isolated_locations(tmp_path_factory, monkeypatch):
    """Keep the user's index, library and settings out of every test."""
    base = tmp_path_factory.mktemp("locations")
    monkeypatch.setenv("TEALEAVES_INDEX", str(base / "index"))
    monkeypatch.setenv("TEALEAVES_LIBRARY", str(base / "library"))
    monkeypatch.setenv("TEALEAVES_CONFIG", str(base / "config"))


@pytest.fixture(scope="session")
def bundled_library(tmp_path_factory) -> Library:
    """The bundled articles, indexed once for the whole session (read-only use)."""
    base = tmp_path_factory.mktemp("bundled")
    lib = Library.open(index_dir=base / "index", library_dir=base / "library")
    yield lib
    lib.close()
