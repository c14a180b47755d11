"""The home screen: articles, experts, glossary and search in four panes, and the marks
for a comparison. It shows what the App gives it and asks the App (by message) to open
anything."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import DataTable, Header, Input, Label, OptionList, TabbedContent, TabPane

from tealeaves.tui.footer import FittingFooter
from tealeaves.tui.home_parts import Back, Marking, PaneHistory, Searching
from tealeaves.tui.keys import APP_BINDINGS, SEARCH_AT_ONCE, run_by_the_app
from tealeaves.tui.lists import Options
from tealeaves.tui.messages import OpenArticle, OpenPerson, OpenTerm
from tealeaves.tui.paging import OptionPager, Pager, Request, TablePager
from tealeaves.tui.panes import (
    EXPERT_COLUMNS,
    PANE_ACTIONS,
    SORTS,
    TERM_COLUMNS,
    Catalog,
    Loading,
    expert_row,
    term_row,
)
from tealeaves.tui.render import expert_line
from tealeaves.tui.workers import ReportsWorkerFailures

if TYPE_CHECKING:
    from tealeaves.library import Library, Page, PersonSummary
    from tealeaves.model import Hit

__all__ = ["Catalog", "HomeScreen"]


class NameFilter(Input):
    """The experts pane's filter. A name, its native script or an affiliation never holds
    a "/", so "/" here opens the search as it does everywhere else (it was typed into the
    filter: "zhao hua/", nobody matched). Same id as the App's key, so keymap.toml moves it."""

    BINDINGS = [SEARCH_AT_ONCE]


class HomeScreen(ReportsWorkerFailures, Searching, Marking, PaneHistory):
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

    #: Left out of a narrow footer, first to go first (help lists them all): never the
    #: pane's own mark and compare, escape, ``?`` or ``q``.
    FOOTER_DROP = ("everyone", "sort", "app.matrix", "app.search")

    class Painted(Message):
        """The panes were drawn for the first time (opening the library may start)."""

    def __init__(self) -> None:
        super().__init__()
        self.library: Library | None = None  # set once search works
        self.catalog: Catalog | None = None
        self.query_text = ""  # the current search, highlighted in the reader
        self._search_seq = 0
        self._enter_for = 0  # enter pressed in the search box before its results came in
        self._shown_seq = 0  # the search whose results are shown
        self._hits: dict[str, Hit] = {}  # option id -> the search hit it shows
        self._hit_people: dict[int, dict[str, PersonSummary]] = {}
        self._sort = "name"
        self._everyone = False
        self._open_when_one = False  # enter in the filter before its list came in
        self.marked: dict[str, list[str]] = {"experts": [], "documents": []}  # ids, in order
        self.history: list[Back] = []  # where escape on the panes goes back to, last last

    # -- layout -----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with TabbedContent(initial="documents", id="tabs"):
            with TabPane("1 Articles", id="documents"), Horizontal():
                with Vertical(id="doc-column"):
                    yield Label("Articles", id="doc-title", classes="column-title")
                    yield Options(id="doc-list")
                with Vertical(id="top-experts-column"):
                    yield Label("Most quoted experts (quotes)", classes="column-title")
                    yield Options(id="top-experts")
            with TabPane("2 Experts", id="experts"):
                yield NameFilter(
                    placeholder="Filter by any name, native script or affiliation…",
                    id="expert-filter",
                )
                yield Label("", id="expert-status", classes="status")
                yield DataTable(id="expert-table", cursor_type="row", zebra_stripes=True)
            with TabPane("3 Glossary", id="glossary"):
                yield Label("", id="term-status", classes="status")
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
        # The headings as Text: a str would be read as markup, which loads Rich's table of
        # emoji names (a 4 ms import) before the first screen for words that have none.
        experts = self.query_one("#expert-table", DataTable)
        for label, width in EXPERT_COLUMNS:
            experts.add_column(Text(label), width=width, key=label or "mark")
        terms = self.query_one("#term-table", DataTable)
        for label, width in TERM_COLUMNS:
            terms.add_column(Text(label), width=width)
        self._make_pagers()
        self._watch_results()
        self.call_after_refresh(self.post_message, self.Painted())

    def _make_pagers(self) -> None:
        """The four lists, each filled a page at a time once the library is open."""
        self.doc_pager = OptionPager(
            self,
            self.query_one("#doc-list"),
            Request("documents"),
            key=lambda d: d.id,
            prompt=self._doc_prompt,
        )
        self.top_pager = OptionPager(
            self,
            self.query_one("#top-experts"),
            Request("people", sort="top", kind="expert", quoted=True),
            key=lambda p: p.id,
            prompt=self._top_prompt,
        )
        self.expert_pager = TablePager(
            self,
            self.query_one("#expert-table"),
            Request("people", sort=self._sort, kind="expert"),
            key=lambda p: p.id,
            row=lambda p: expert_row(p, p.id in self.marked["experts"]),
            shown=self._experts_shown,
        )
        self.term_pager = TablePager(
            self,
            self.query_one("#term-table"),
            Request("glossary"),
            key=lambda e: e.term,
            row=term_row,
        )

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
            if self._enter_for:  # and enter pressed: it goes to these results
                self._enter_for = self._search_seq
            self._start_search(typed, self._search_seq)

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
        """The lists' lengths at once, and their first pages (read in workers)."""
        self.catalog = catalog
        counts = catalog.counts
        self.query_one("#doc-title", Label).update(Text(f"Articles ({counts.documents:,})"))
        terms = "Chinese term" if counts.terms == 1 else "Chinese terms"
        self.query_one("#term-status", Label).update(
            Text(f"{counts.terms:,} {terms} · enter: where it occurs first")
        )
        if self.library is None:
            return
        for pager in (self.doc_pager, self.top_pager, self.term_pager):
            pager.restart(self.library)
        self._expert_status(counts.people if self._everyone else counts.experts)
        self._fill_experts()

    def _top_prompt(self, person: PersonSummary) -> Text:
        line = expert_line(person)
        if person.id in self.marked["experts"]:
            line = Text("● ", style="bold", no_wrap=True, overflow="ellipsis") + line
        return line

    def _fill_experts(self) -> None:
        """The experts pane again from its start, as filtered and sorted now."""
        if self.catalog is None or self.library is None:
            return
        self.expert_pager.restart(
            self.library,
            text=self.query_one("#expert-filter", Input).value,
            sort=self._sort,
            kind=None if self._everyone else "expert",
        )

    def _experts_shown(self, pager: Pager, page: Page[PersonSummary]) -> None:
        if page.offset == 0:
            self._expert_status(page.total)
            if self._open_when_one:
                self._open_when_one = False
                self._filter_done()

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
                f"{count:,} {who} · sorted by {self._sort}"
                + (f" · {marked} marked (c: compare)" if marked else "")
                + " · s: sort · a: experts/everyone · space: mark · enter: profile"
            )
        self.query_one("#expert-status", Label).update(Text(said))

    @on(Input.Changed, "#expert-filter")
    def _filter_changed(self) -> None:
        self._fill_experts()

    @on(Input.Submitted, "#expert-filter")
    def _filter_done(self) -> None:
        """Enter: the profile when the filter leaves one person, else the list (once the
        list for what was typed is in)."""
        if self.expert_pager.state.loading:
            self._open_when_one = True
            return
        table = self.query_one("#expert-table", DataTable)
        if table.row_count == 1:
            self.post_message(OpenPerson(str(table.coordinate_to_cell_key((0, 0)).row_key.value)))
        else:
            table.focus()

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

    # -- keys of the panes ------------------------------------------------------------------

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
