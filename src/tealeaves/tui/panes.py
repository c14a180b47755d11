"""What the home screen's panes show: the lists' columns and rows, the search results'
groups, what the panes know at once (the catalog), and the progress of opening the library."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar
from textual.widgets.option_list import Option

from tealeaves.tui.lists import heading
from tealeaves.tui.render import hit_text

if TYPE_CHECKING:
    from tealeaves.library import Counts, GlossaryEntry, Library, PersonSummary
    from tealeaves.model import Hit, SearchResult

#: The search results a page at a time (Round 15 of docs/benchmarks.md): a keystroke asks
#: for the first screenful (a hit takes two lines or more, so this many fill a list up to
#: 40 lines high; a taller list asks for half its height), and moving down near the end of
#: what is shown asks for SEARCH_MORE more, up to SEARCH_MOST.
SEARCH_FIRST = 20
SEARCH_MORE = 40
SEARCH_MOST = 300
#: How near the end of the results (in options for the cursor, in lines for the scroll)
#: the next page is asked for.
SEARCH_MARGIN = 4
GROUPS = (
    ("person", "Experts"),
    ("quote", "Quotes"),
    ("term", "Chinese terms"),
    ("para", "Passages"),
    ("doc", "Articles"),
)
SORTS = ("name", "mentions", "quotes")
EXPERT_COLUMNS = (
    ("", 1),  # marked for comparison
    ("Name", 22),
    ("Native", 14),
    ("Kind", 8),
    ("Mentions", 8),
    ("Quotes", 6),
    ("Articles", 8),
    ("Affiliation as stated", 70),
)
TERM_COLUMNS = (("Term", 16), ("Pinyin", 26), ("English", 48), ("Where", 26))
#: Which pane each pane-only key works on (check_action hides it elsewhere).
PANE_ACTIONS = {
    "sort": ("experts",),
    "everyone": ("experts",),
    "mark": ("experts", "documents"),
    "compare": ("experts", "documents"),
}
PANE_FOCUS = {
    "documents": "#doc-list",
    "experts": "#expert-filter",
    "glossary": "#term-table",
    "search": "#search-input",
}


@dataclass(frozen=True)
class Catalog:
    """What the panes know at once when the library opens: how long each list is, and the
    ids of the articles (to tell what a reload changed). The lists themselves are read a
    page at a time (:mod:`tealeaves.tui.paging`)."""

    counts: Counts
    documents: frozenset[str]

    @classmethod
    def load(cls, library: Library) -> Catalog:
        """The lengths and the articles' ids (in a worker: the first time after an update
        elsewhere, the library may make its lists first)."""
        counts = library.counts()
        return cls(counts, frozenset(library.list_keys("documents")))


class Loading(Horizontal):
    """What opening the library is doing, with a progress bar."""

    def compose(self) -> ComposeResult:
        yield Label("Opening the library…", id="loading-label")
        yield ProgressBar(id="loading-bar", show_eta=False)

    _started: float | None = None

    def show_progress(self, done: int, total: int, message: str) -> None:
        """The bar, and "Indexing 120 of 300 articles · 35 a second" beside it."""
        now = time.monotonic()
        if self._started is None or done == 0:
            self._started = now
        self.query_one(ProgressBar).update(total=max(total, 1), progress=done)
        counts = f"{done:,} of {total:,} articles" if total else ""
        elapsed = now - self._started
        rate = f" · {done / elapsed:,.0f} a second" if done and elapsed > 0.5 else ""
        said = message or "Indexing articles…"
        self.say(f"{said} {counts}{rate}".strip() if counts else said)

    def say(self, message: str) -> None:
        self.query_one(Label).update(Text(message))


def mark_cell(marked: bool) -> Text:
    return Text("●", style="bold") if marked else Text("")


def table_cell(text: str) -> Text:
    """A table cell: what does not fit its column ends in "…", not in the middle of a word."""
    return Text(text, no_wrap=True, overflow="ellipsis")


def expert_row(p: PersonSummary, marked: bool) -> list[Text]:
    """The cells of one person in the experts pane (in EXPERT_COLUMNS' order)."""
    return [
        mark_cell(marked),
        table_cell(p.name),
        table_cell(p.native_name),
        table_cell(p.kind),
        table_cell(str(p.mention_count)),
        table_cell(str(p.quote_count)),
        table_cell(str(len(p.documents))),
        table_cell(p.affiliations[0] if p.affiliations else ""),
    ]


def term_row(entry: GlossaryEntry) -> list[Text]:
    """The cells of one term in the glossary (in TERM_COLUMNS' order)."""
    docs = {span.document for span in entry.occurrences}
    where = f"{len(entry.occurrences)}× in {len(docs)} article{'s' if len(docs) > 1 else ''}"
    return [table_cell(text) for text in (entry.term, entry.pinyin, entry.gloss or "—", where)]


def hit_options(hits: dict[str, Hit], people: dict[str, PersonSummary]) -> list[Option | None]:
    """The search results, grouped by kind (GROUPS' order), each group under a heading."""
    options: list[Option | None] = []
    for kind, title in GROUPS:
        group = [(key, h) for key, h in hits.items() if h.kind == kind]
        if not group:
            continue
        if options:
            options.append(None)
        options.append(heading(f"{title} ({len(group)})"))
        options.extend(Option(hit_text(h, people.get(h.person)), id=key) for key, h in group)
    return options


def search_status(result: SearchResult, more: bool = False) -> str:
    """How many match and how many are shown; ``more``: the next page comes on moving down."""
    status: list[str] = []
    if result.notice:
        status.append(result.notice)
    if result.query.strip():
        shown = min(len(result.hits), result.total)
        status.append(
            f"{result.total} match{'es' if result.total != 1 else ''}"
            + (f", best {shown} shown" if result.total > shown else "")
            + (", more further down" if more and result.total > shown else "")
        )
    if result.suggestion:
        status.append(f"Did you mean: {result.suggestion}")
    return " · ".join(status) or "Type to search."
