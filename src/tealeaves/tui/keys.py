"""The App's own keys, which every screen shares.

Every binding has an id (``where.what``), so that ``keymap.toml`` can move it (see
:mod:`tealeaves.tui.keymap`)."""

from __future__ import annotations

import dataclasses

from textual.binding import Binding

APP_BINDINGS = [
    Binding("slash", "search", "Search", id="app.search"),
    Binding("question_mark,f1", "help", "Help", id="app.help", key_display="?"),
    Binding("1", "pane('documents')", "Articles", id="app.pane.documents", show=False),
    Binding("2", "pane('experts')", "Experts", id="app.pane.experts", show=False),
    Binding("3", "pane('glossary')", "Glossary", id="app.pane.glossary", show=False),
    Binding("4", "pane('search')", "Search pane", id="app.pane.search", show=False),
    Binding("5", "matrix", "Matrix", id="app.matrix"),
    Binding("ctrl+r", "reload", "Reload articles", id="app.reload", show=False),
    Binding("q", "quit", "Quit", id="app.quit"),
]


def run_by_the_app(bindings: list[Binding]) -> list[Binding]:
    """``bindings`` (the App's) as a screen's own, still run by the App. The footer lists a
    screen's keys before the App's: a screen that wants the App's keys first repeats them."""
    return [dataclasses.replace(b, action=f"app.{b.action}") for b in bindings]


#: ``/`` on a screen with no text box (a profile, a reader), run by the App before the key
#: reaches the screen's focus: the keys sent with it (pasted, or typed fast on a loaded
#: machine) then wait until the search box has focus, instead of going to a list on its
#: way out. Same id as the App's, so that keymap.toml moves both.
SEARCH_AT_ONCE = Binding("slash", "app.search", "Search", id="app.search", priority=True)
