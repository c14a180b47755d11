"""The explorer collects no garbage until its first screen is drawn (issue 20, item 3; round 6
of docs/benchmarks.md): collection is on again once it is drawn, before the library is
opened, and when the explorer stops before drawing it."""

from __future__ import annotations

import gc
import threading

from tealeaves.tui import TeaLeavesApp


def _waiting_opener(go: threading.Event, seen: list[bool]):
    def opener(progress):
        seen.append(gc.isenabled())  # opening makes garbage of its own: collected as usual
        go.wait(10)
        raise RuntimeError("not opened here")

    return opener


async def test_collection_is_paused_until_the_first_screen_then_on_again(tmp_path, monkeypatch):
    go, seen, paused = threading.Event(), [], []
    real_mount = TeaLeavesApp.on_mount

    def on_mount(self) -> None:  # the panes are composed, not yet drawn
        paused.append(not gc.isenabled())
        real_mount(self)

    monkeypatch.setattr(TeaLeavesApp, "on_mount", on_mount)
    assert gc.isenabled()
    app = TeaLeavesApp(_waiting_opener(go, seen), config_dir=tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        while not app._painted.is_set():
            await pilot.pause(0.01)
        assert paused == [True]
        assert gc.isenabled()
        while not seen:
            await pilot.pause(0.01)
        assert seen == [True]
        go.set()
    assert gc.isenabled()


async def test_collection_is_on_again_when_the_explorer_stops_before_its_first_screen(
    tmp_path,
):
    go, seen = threading.Event(), []
    app = TeaLeavesApp(_waiting_opener(go, seen), config_dir=tmp_path)
    app.home.call_after_refresh = lambda *args, **kwargs: False  # never says it was drawn
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            assert not app._painted.is_set()
            assert not gc.isenabled()
            go.set()
        assert gc.isenabled()
    finally:
        gc.enable()  # for the tests that follow, whatever happened here
