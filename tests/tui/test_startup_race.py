"""The lists arrive before the home screen is mounted (found by the monkey, seed 12, on a
machine running four other jobs: "Opening failed: ValueError: More values provided than
there are columns").

The library opens in a worker that waits at most ``FIRST_PAINT_WAIT_S`` for the first
paint. When that wait ends first, the lists reached the experts table before the home
screen's ``on_mount`` had given it its columns. Here the wait is 0 and ``on_mount`` is held
until the library has been asked for (or a second has passed), so the race goes the bad
way every time it can."""

from __future__ import annotations

import asyncio
import contextlib
import threading

from textual.widgets import DataTable

from helpers import settle
from tealeaves.tui import TeaLeavesApp
from tealeaves.tui import app as app_module
from tealeaves.tui.home import HomeScreen


async def test_the_lists_wait_for_the_home_screen(bundled_library, monkeypatch):
    asked = threading.Event()
    failures: list[str] = []
    real_mount = HomeScreen.on_mount

    async def late_mount(self) -> None:
        with contextlib.suppress(TimeoutError):  # with the fix, nothing is asked before it
            await asyncio.wait_for(asyncio.to_thread(asked.wait), 1.0)
        await asyncio.sleep(0)  # let the worker's lists reach the loop first
        real_mount(self)

    def opener(progress):
        asked.set()
        return bundled_library

    monkeypatch.setattr(app_module, "FIRST_PAINT_WAIT_S", 0)
    monkeypatch.setattr(HomeScreen, "on_mount", late_mount)
    app = TeaLeavesApp(opener, close_library=False)
    real_notify = app.notify

    def notify(message: str, **kw) -> None:
        if kw.get("severity") == "error":
            failures.append(f"{kw.get('title', '')}: {message}")
        real_notify(message, **kw)

    app.notify = notify  # type: ignore[method-assign]
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert failures == []
        experts = app.home.query_one("#expert-table", DataTable)
        assert experts.row_count > 0 and len(experts.columns) > 1
