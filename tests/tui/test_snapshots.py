"""Snapshots of the main screens at 80x24 and 120x40 (pytest-textual-snapshot).

After a deliberate change to the look, review the new images and run
``pytest tests/tui/test_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input

SIZES = [(80, 24), (120, 40)]


def steps(*keys: str):
    async def run_before(pilot) -> None:
        # Settle first: a key pressed before the app is ready can land anywhere.
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        for widget in pilot.app.query(Input):
            widget.cursor_blink = False
        for key in keys:
            await pilot.press(key)
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
        for widget in pilot.app.screen.query(Input):
            widget.cursor_blink = False
        # Under load a list can still be scrolling to its highlight: let it arrive.
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()

    return run_before


SCREENS = {
    "articles": (),
    "experts": ("2",),
    "search": ("slash", *"alliance"),
    "reader": ("slash", *"alliance", "enter", "enter"),
    "profile": ("2", *"feng yujun", "enter"),
    "glossary": ("3",),
    "help": ("question_mark",),
}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("screen", list(SCREENS))
def test_screen(screen, size, snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=size, run_before=steps(*SCREENS[screen]))


def test_reader_in_the_light_theme(snap_compare, make_app):
    app = make_app()
    app.theme = "textual-light"
    assert snap_compare(app, terminal_size=(120, 40), run_before=steps(*SCREENS["reader"]))


VIEWPOINTS = {
    "compare": (
        *("2", *"yan xuetong", "down", "space"),
        *("2", "ctrl+u", *"ding", "down", "space"),
        "c",
        "t",  # the first topic: a formal alliance
    ),
    "matrix": ("5",),
}


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("screen", list(VIEWPOINTS))
def test_viewpoints(screen, size, snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=size, run_before=steps(*VIEWPOINTS[screen]))
