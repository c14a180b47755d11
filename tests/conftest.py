"""Shared fixtures: every test uses temporary index and library folders, never the user's."""

from __future__ import annotations

import os

import pytest

from tealeaves.library import Library

_LOCATIONS = ("TEALEAVES_INDEX", "TEALEAVES_LIBRARY", "TEALEAVES_CONFIG")


@pytest.fixture(scope="session", autouse=True)
def _isolated_session_locations(tmp_path_factory):
    """The same for module- and session-scoped fixtures, which are set up before any
    function's fixture: without it a module's library remembered its corpus folder in the
    user's own library (issue "Scale": remembered folders)."""
    base = tmp_path_factory.mktemp("session-locations")
    saved = {key: os.environ.get(key) for key in _LOCATIONS}
    for key in _LOCATIONS:
        os.environ[key] = str(base / key.removeprefix("TEALEAVES_").lower())
    yield
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


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
