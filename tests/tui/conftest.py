"""Fixtures for the explorer: an app over the session's bundled library."""

from __future__ import annotations

import pytest

from tealeaves.tui import TeaLeavesApp


@pytest.fixture
def make_app(bundled_library):
    def make() -> TeaLeavesApp:
        return TeaLeavesApp(lambda progress: bundled_library, close_library=False)

    return make
