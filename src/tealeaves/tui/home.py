"""The home screen: articles, experts, glossary and search in four panes, and the marks
for a comparison. It shows what the App gives it and asks the App (by message) to open
anything."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import (
    DataTable,
    Header,
    Input,
    Label,
    OptionList,
    ProgressBar,
    TabbedContent,
    TabPane,
)
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from tealeaves.library import (
    DocumentInfo,
    GlossaryEntry,
    Library,
    PersonSummary,
    match_rank,
    person_matches,
)
from tealeaves.model import Hit, SearchResult
from tealeaves.tui.common import FittingFooter, heading
from tealeaves.tui.compare import MOST_COLUMNS
from tealeaves.tui.keys import APP_BINDINGS, run_by_the_app
from tealeaves.tui.lists import Options
from tealeaves.tui.messages import OpenArticle, OpenComparison, OpenPerson, OpenTerm
from tealeaves.tui.render import document_text, expert_line, hit_text
from tealeaves.tui.workers import ReportsWorkerFailures

SEARCH_LIMIT = 60
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


#: How many steps back escape on the panes remembers.
HISTORY_LIMIT = 50


@dataclass
class Back:
    """A step back for escape on the panes: the pane the user was on, the id of what had
    focus there, and the screens that were open over the panes when a pane key (or ``/``)
    left them, opened again as they were."""

    pane: str
    focus: str
    screens: list[Screen[Any]]


@dataclass
class Catalog:
    """What the lists show, loaded once the library is open."""

    documents: list[DocumentInfo]
    people: list[PersonSummary]
    glossary: list[GlossaryEntry]

    @classmethod
    def load(cls, library: Library) -> Catalog:
        """Read the lists from the library (in a worker: it reads every record)."""
        return cls(library.documents(), library.people(), library.glossary())


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


class HomeScreen(ReportsWorkerFailures, Screen[None]):
    """Articles, experts, glossary and search in tabs."""

    # The App's keys first, so that the footer reads as it does on every other screen
    # (search, help, matrix, quit), then the keys of the panes.
    BINDINGS = [
        *run_by_the_app(APP_BINDINGS),
        Binding("s", "sort", "Sort", id="experts.sort"),
        Binding("a", "everyone", "Experts/everyone", id="experts.everyone"),
        Binding("space", "mark", "Mark", id="marks.toggle"),
        Binding("c", "compare", "Compare", id="marks.compare"),
        # In a box: escape or down leaves it for the list it fills, so that the keys typed
        # next are the explorer's; on a list, escape goes back to where the user was.
        Binding("escape", "leave_box", "To the list", id="home.leave_box"),
        Binding("down", "leave_box", "To the list", id="home.down", show=False),
        Binding("escape", "back", "Back", id="home.back"),
    ]

    class Painted(Message):
        """The panes were drawn for the first time (opening the library may start)."""

    def __init__(self) -> None:
        super().__init__()
        self.library: Library | None = None  # set once search works
        self.catalog: Catalog | None = None
        self.query_text = ""  # the current search, highlighted in the reader
        self._search_seq = 0
        self._hits: dict[str, Hit] = {}  # option id -> the search hit it shows
        self._sort = "name"
        self._everyone = False
        self.marked: dict[str, list[str]] = {"experts": [], "documents": []}  # ids, in order
        self.history: list[Back] = []  # where escape on the panes goes back to, last last

    # -- layout -----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with TabbedContent(initial="documents", id="tabs"):
            with TabPane("1 Articles", id="documents"), Horizontal():
                with Vertical(id="doc-column"):
                    yield Label("Articles", classes="column-title")
                    yield Options(id="doc-list")
                with Vertical(id="top-experts-column"):
                    yield Label("Most quoted experts", classes="column-title")
                    yield Options(id="top-experts")
            with TabPane("2 Experts", id="experts"):
                yield Input(
                    placeholder="Filter by any name, native script or affiliation…",
                    id="expert-filter",
                )
                yield Label("", id="expert-status", classes="status")
                yield DataTable(id="expert-table", cursor_type="row", zebra_stripes=True)
            with TabPane("3 Glossary", id="glossary"):
                yield DataTable(id="term-table", cursor_type="row", zebra_stripes=True)
            with TabPane("4 Search", id="search"):
                yield Input(
                    placeholder='Search: words, "a phrase", expert:zhao, kind:quote, NOT …',
                    id="search-input",
                )
                yield Label(
                    "Type to search all articles, people and quotes.",
                    id="search-status",
                    classes="status",
                )
                yield Options(id="search-results")
        yield Loading(id="loading")  # below the panes, so that it never scrolls away
        yield FittingFooter()

    def on_mount(self) -> None:
        self.sub_title = "who said what"  # with the totals, once the lists are read
        experts = self.query_one("#expert-table", DataTable)
        for label, width in EXPERT_COLUMNS:
            experts.add_column(label, width=width, key=label or "mark")
        terms = self.query_one("#term-table", DataTable)
        for label, width in TERM_COLUMNS:
            terms.add_column(label, width=width)
        self.call_after_refresh(self.post_message, self.Painted())

    # -- while the library opens ------------------------------------------------------------

    def show_progress(self, done: int, total: int, message: str) -> None:
        self.query_one(Loading).show_progress(done, total, message)

    def searchable(self, library: Library) -> None:
        """Search works from here on; the lists of a large library take longer to read."""
        self.library = library
        self.query_one(Loading).say(
            "Reading the lists of articles, people and terms… (search works already)"
        )
        typed = self.query_one("#search-input", Input).value
        if typed:  # typed while the library was opening
            self._search_seq += 1
            self.run_search(typed, self._search_seq)

    def failed(self, message: str) -> None:
        self.query_one(Loading).say(
            f"Could not open the library: {message}. Run `tealeaves index --rebuild`; q quits."
        )

    def opened(self, catalog: Catalog) -> None:
        self.query_one("#loading").display = False
        self.show_catalog(catalog)
        if not isinstance(self.focused, Input):  # not while they type a search
            self.query_one("#doc-list", OptionList).focus()

    # -- lists ------------------------------------------------------------------------------

    def show_catalog(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._fill_documents()
        self._fill_experts()
        self._fill_glossary()

    def _fill_documents(self) -> None:
        assert self.catalog is not None
        docs = self.query_one("#doc-list", OptionList)
        docs.clear_options()
        docs.add_options(Option(self._doc_prompt(d), id=d.id) for d in self.catalog.documents)
        top = self.query_one("#top-experts", OptionList)
        top.clear_options()
        experts = [p for p in self.catalog.people if p.kind == "expert" and p.quote_count]
        experts.sort(key=lambda p: (-p.quote_count, -p.mention_count, p.name))
        top.add_options(Option(expert_line(p), id=p.id) for p in experts)
        for options in (docs, top):
            if options.option_count:
                options.highlighted = 0

    def _fill_experts(self) -> None:
        if self.catalog is None:
            return
        wanted = self.query_one("#expert-filter", Input).value
        people = [
            p
            for p in self.catalog.people
            if (self._everyone or p.kind == "expert") and person_matches(p, wanted)
        ]
        _sort_people(people, self._sort)
        if wanted.strip():  # names that begin with what was typed first, affiliations last
            people.sort(key=lambda p: match_rank(p, wanted))
        table = self.query_one("#expert-table", DataTable)
        table.clear()
        for p in people:
            table.add_row(*_expert_row(p, p.id in self.marked["experts"]), key=p.id)
        self._expert_status(len(people))

    def _expert_status(self, count: int) -> None:
        if self._everyone:
            who = "person named" if count == 1 else "people named"
        else:
            who = "expert" if count == 1 else "experts"
        marked = len(self.marked["experts"])
        typed = " ".join(self.query_one("#expert-filter", Input).value.split())
        if not count and typed:
            others = "" if self._everyone else " (a: everyone named, not only experts)"
            said = f"Nobody matches “{typed}”{others}: change the filter (ctrl+u clears it)."
        else:
            said = (
                f"{count} {who} · sorted by {self._sort}"
                + (f" · {marked} marked (c: compare)" if marked else "")
                + " · s: sort · a: experts/everyone · space: mark · enter: profile"
            )
        self.query_one("#expert-status", Label).update(Text(said))

    def _doc_prompt(self, info: DocumentInfo) -> Text:
        text = document_text(info)
        if info.id in self.marked["documents"]:
            text = Text("● ", style="bold") + text
        return text

    def _fill_glossary(self) -> None:
        assert self.catalog is not None
        table = self.query_one("#term-table", DataTable)
        table.clear()
        for entry in self.catalog.glossary:
            table.add_row(*_term_row(entry), key=entry.term)

    @on(Input.Changed, "#expert-filter")
    def _filter_changed(self) -> None:
        self._fill_experts()

    @on(Input.Submitted, "#expert-filter")
    def _filter_done(self) -> None:
        """Enter: the profile when the filter leaves one person, else the list."""
        table = self.query_one("#expert-table", DataTable)
        if table.row_count == 1:
            self.post_message(OpenPerson(str(table.coordinate_to_cell_key((0, 0)).row_key.value)))
        else:
            table.focus()

    #: Each input box and the list it fills: down or escape leaves the box for its list.
    INPUT_LISTS = {"expert-filter": "#expert-table", "search-input": "#search-results"}

    def _box(self) -> str | None:
        """The list that the focused input box fills, when an input box has focus."""
        focused = self.focused
        return self.INPUT_LISTS.get(focused.id or "") if isinstance(focused, Input) else None

    def action_leave_box(self) -> None:
        target = self._box()
        if target is not None:
            self.query_one(target).focus()

    @on(OptionList.OptionSelected, "#doc-list")
    def _open_document(self, event: OptionList.OptionSelected) -> None:
        self.post_message(OpenArticle(str(event.option_id), query=self.query_text))

    @on(OptionList.OptionSelected, "#top-experts")
    def _open_top_expert(self, event: OptionList.OptionSelected) -> None:
        self.post_message(OpenPerson(str(event.option_id)))

    @on(DataTable.RowSelected, "#expert-table")
    def _open_expert(self, event: DataTable.RowSelected) -> None:
        self.post_message(OpenPerson(str(event.row_key.value)))

    @on(DataTable.RowSelected, "#term-table")
    def _open_term(self, event: DataTable.RowSelected) -> None:
        self.post_message(OpenTerm(str(event.row_key.value)))

    # -- search -----------------------------------------------------------------------------

    @on(Input.Changed, "#search-input")
    def _query_changed(self, event: Input.Changed) -> None:
        self._search_seq += 1
        self.run_search(event.value, self._search_seq)

    @on(Input.Submitted, "#search-input")
    def _query_submitted(self) -> None:
        results = self.query_one("#search-results", OptionList)
        if results.option_count:
            results.focus()
            if results.highlighted is None:
                results.action_first()

    @work(thread=True, exclusive=True, group="search", exit_on_error=False, name="Searching")
    def run_search(self, text: str, seq: int) -> None:
        if self.library is None:
            return
        try:
            result = self.library.search(
                text,
                limit=SEARCH_LIMIT,
                per_document=0,
                stale=lambda: seq != self._search_seq,  # typed on since: skip this one
            )
        except Exception as exc:  # shown where the results would be
            result = SearchResult(text, "", (), 0, notice=f"Search failed: {exc}")
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_results, result, seq)

    def _show_results(self, result: SearchResult, seq: int) -> None:
        if seq != self._search_seq:
            return  # a newer search is on its way: never show stale results over it
        self.query_text = result.query
        self._hits = {f"hit-{n}": hit for n, hit in enumerate(result.hits)}
        results = self.query_one("#search-results", OptionList)
        results.clear_options()
        people = {p.id: p for p in self.catalog.people} if self.catalog is not None else {}
        results.add_options(_hit_options(self._hits, people))
        self.query_one("#search-status", Label).update(Text(_search_status(result)))

    @on(OptionList.OptionSelected, "#search-results")
    def _open_hit(self, event: OptionList.OptionSelected) -> None:
        hit = self._hits.get(event.option_id or "")
        if hit is None:
            return
        if hit.kind == "person":
            self.post_message(OpenPerson(hit.person))
        else:
            at = (hit.start, hit.end) if hit.start >= 0 else None
            self.post_message(OpenArticle(hit.doc_id, at=at, query=self.query_text))

    # -- panes and marks --------------------------------------------------------------------

    def show_pane(self, pane: str, over: Sequence[Screen[Any]] = ()) -> None:
        """Show ``pane``, remembering where the user was for escape: the pane before and
        ``over``, the screens that were open over the panes (to be opened again)."""
        tabs = self.query_one("#tabs", TabbedContent)
        if tabs.active != pane or over:
            focused = self.focused.id if self.focused is not None else None
            self.history.append(Back(tabs.active, focused or "", list(over)))
            del self.history[:-HISTORY_LIMIT]
        tabs.active = pane
        self.query_one(PANE_FOCUS[pane]).focus()
        self.refresh_bindings()

    def action_back(self) -> None:
        """Escape on a list: the pane before, and the screens that were over it."""
        if not self.history:
            return
        back = self.history.pop()
        self.query_one("#tabs", TabbedContent).active = back.pane
        focus = self.INPUT_LISTS.get(back.focus, f"#{back.focus}" if back.focus else "")
        found = self.query(focus) if focus else None
        (found.first() if found else self.query_one(PANE_FOCUS[back.pane])).focus()
        for screen in back.screens:
            self.app.push_screen(screen)
        self.refresh_bindings()

    def action_mark(self) -> None:
        """Mark (or unmark) the highlighted expert or article for comparison."""
        pane = self.query_one("#tabs", TabbedContent).active
        top = self.query_one("#top-experts", OptionList)
        if pane == "documents" and self.focused is top:
            self._mark_top_expert(top)
            return
        if pane == "experts":
            table = self.query_one("#expert-table", DataTable)
            if not table.row_count:
                return
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
            item = str(key.value)
        else:
            docs = self.query_one("#doc-list", OptionList)
            if docs.highlighted is None:
                return
            item = str(docs.get_option_at_index(docs.highlighted).id)
        marked = self.marked[pane]
        if not self._toggle(marked, item):
            return
        if pane == "experts":
            table.update_cell(key, "mark", _mark_cell(item in marked))
            self._expert_status(table.row_count)
            table.action_cursor_down()
        elif self.catalog is not None:
            info = next(d for d in self.catalog.documents if d.id == item)
            docs.replace_option_prompt(item, self._doc_prompt(info))
            docs.action_cursor_down()

    def _toggle(self, marked: list[str], item: str) -> bool:
        """Mark or unmark ``item``; False (and a word why) when four are marked already."""
        if item in marked:
            marked.remove(item)
        elif len(marked) >= MOST_COLUMNS:
            self.app.notify(f"At most {MOST_COLUMNS} side by side; unmark one first.", timeout=4)
            return False
        else:
            marked.append(item)
        return True

    def _mark_top_expert(self, top: OptionList) -> None:
        """Space on "Most quoted experts" marks that expert, not an article."""
        if top.highlighted is None or self.catalog is None:
            return
        item = str(top.get_option_at_index(top.highlighted).id)
        marked = self.marked["experts"]
        if not self._toggle(marked, item):
            return
        person = next(p for p in self.catalog.people if p.id == item)
        line = expert_line(person)
        top.replace_option_prompt(item, Text("● ", style="bold") + line if item in marked else line)
        self._fill_experts()  # the experts pane shows the same marks
        top.action_cursor_down()

    def action_compare(self) -> None:
        pane = self.query_one("#tabs", TabbedContent).active
        if pane == "documents" and self.focused is self.query_one("#top-experts", OptionList):
            pane = "experts"  # on "Most quoted experts": the experts marked there
        marked = self.marked[pane]
        what = "experts" if pane == "experts" else "articles"
        if len(marked) < 2 or self.library is None:
            self.app.notify(f"Mark two to four {what} with space, then press c.", timeout=4)
            return
        self.post_message(OpenComparison(list(marked)))

    def action_sort(self) -> None:
        self._sort = SORTS[(SORTS.index(self._sort) + 1) % len(SORTS)]
        self._fill_experts()

    def action_everyone(self) -> None:
        self._everyone = not self._everyone
        self._fill_experts()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "leave_box":
            return self._box() is not None
        if action == "back":
            return bool(self.history) and self._box() is None
        if action in PANE_ACTIONS:  # only on the panes it is for, and not under a dialog
            tabs = self.query("#tabs")
            return (
                bool(tabs)
                and self.app.screen is self
                and tabs.first(TabbedContent).active in PANE_ACTIONS[action]
            )
        return True


def _sort_people(people: list[PersonSummary], sort: str) -> None:
    if sort == "mentions":
        people.sort(key=lambda p: (-p.mention_count, p.name))
    elif sort == "quotes":
        people.sort(key=lambda p: (-p.quote_count, p.name))


def _mark_cell(marked: bool) -> Text:
    return Text("●", style="bold") if marked else Text("")


def _cell(text: str) -> Text:
    """A table cell: what does not fit its column ends in "…", not in the middle of a word."""
    return Text(text, no_wrap=True, overflow="ellipsis")


def _expert_row(p: PersonSummary, marked: bool) -> list[Text]:
    """The cells of one person in the experts pane (in EXPERT_COLUMNS' order)."""
    return [
        _mark_cell(marked),
        _cell(p.name),
        _cell(p.native_name),
        _cell(p.kind),
        _cell(str(p.mention_count)),
        _cell(str(p.quote_count)),
        _cell(str(len(p.documents))),
        _cell(p.affiliations[0] if p.affiliations else ""),
    ]


def _term_row(entry: GlossaryEntry) -> list[Text]:
    """The cells of one term in the glossary (in TERM_COLUMNS' order)."""
    docs = {span.document for span in entry.occurrences}
    where = f"{len(entry.occurrences)}× in {len(docs)} article{'s' if len(docs) > 1 else ''}"
    return [_cell(entry.term), _cell(entry.pinyin), _cell(entry.gloss or "—"), _cell(where)]


def _hit_options(hits: dict[str, Hit], people: dict[str, PersonSummary]) -> list[Option | None]:
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


def _search_status(result: SearchResult) -> str:
    status: list[str] = []
    if result.notice:
        status.append(result.notice)
    if result.query.strip():
        shown = min(len(result.hits), result.total)
        status.append(
            f"{result.total} match{'es' if result.total != 1 else ''}"
            + (f", best {shown} shown" if result.total > shown else "")
        )
    if result.suggestion:
        status.append(f"Did you mean: {result.suggestion}")
    return " · ".join(status) or "Type to search."
