"""The help screen, generated from the bindings live on the screen it was opened from."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

QUERY_HELP = (
    ("alliance", "articles, passages, quotes and people with the word or its plural (alliances)"),
    ('"strategic rear"', "the exact phrase"),
    ("alliance NOT Ukraine", "AND (the default), OR, NOT and (parentheses)"),
    ("allian*", "words starting with allian"),
    ("结盟", "Chinese words and names, as written"),
    ("expert:zhao", "passages naming an expert (any name form)"),
    ("kind:quote", "only quotes (also: person, para, doc, term)"),
    ("author:sautin  title:military  year:2023", "filter by article metadata"),
)


#: What each part of a binding id (``reader.next_hit``) is called in help.
WHERE = {
    "app": "everywhere",
    "home": "panes",
    "experts": "experts pane",
    "marks": "articles, experts",
    "reader": "reader",
    "profile": "profile",
    "quote": "a quote",
    "compare": "comparison",
    "matrix": "matrix",
    "help": "help",
}

#: Keys every list and box has (Textual's own), said once in words.
MOVING = "↑ ↓ pgup pgdn home end move in a list · tab next box · enter opens"


def bindings_table(screen: Screen) -> Table:
    """The explorer's keys active on ``screen``, its own first, then those that work
    everywhere: key, what it does, and where it applies. Textual's own keys (a list's
    paging, copying) are left out: MOVING says them in words."""
    table = Table(box=None, padding=(0, 2), show_header=True, header_style="bold")
    table.add_column("Key")
    table.add_column("Does")
    table.add_column("Where", style="dim")
    seen: set[str] = set()
    rows = []
    for active in screen.active_bindings.values():
        binding = active.binding
        if not binding.description or not binding.id or binding.id in seen:
            continue
        seen.add(binding.id)
        shown = screen.app.get_key_display(binding)
        part = binding.id.split(".")[0]
        rows.append((part == "app", WHERE.get(part, part), shown, binding.description))
    for _, where, shown, description in sorted(rows, key=lambda row: row[0]):
        table.add_row(Text(shown), Text(description), Text(where))
    return table


class HelpScreen(ModalScreen[None]):
    """Keys for the screen underneath, then the query syntax."""

    BINDINGS = [
        Binding("escape,question_mark,f1,q", "app.pop_screen", "Close help", id="help.close"),
    ]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    #help-body {
        width: 90%; max-width: 100; height: 90%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    """

    def __init__(self, under: Screen) -> None:
        super().__init__()
        self.under = under
        # Read the keys now, while ``under`` is still the screen on top: keys that apply
        # only there (a pane's sort or mark) are inactive once this screen covers it.
        self.keys = bindings_table(under)

    def on_mount(self) -> None:
        # Notifications are drawn over every screen: they would cover the keys asked for.
        self.app.clear_notifications()

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static(Text("Tea Leaves — keys here", style="bold"))
            yield Static(self.keys)
            yield Static(Text(f"\n{MOVING}", style="italic"))
            yield Static(
                Text("Everywhere: ctrl+p jumps to any article, expert or term.", style="italic")
            )
            yield Static(Text("\nSearch syntax (the same as `tealeaves search`)", style="bold"))
            syntax = Table(box=None, padding=(0, 2), show_header=False)
            syntax.add_column(style="bold")
            syntax.add_column()
            for example, meaning in QUERY_HELP:
                syntax.add_row(Text(example), Text(meaning))
            yield Static(syntax)
            yield Static(Text("\nescape closes this help.", style="dim"))
