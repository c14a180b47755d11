"""The Tea Leaves explorer: a keyboard-first Textual app over :class:`Library`.

Screens display and dispatch; every question goes to the library, and every library call
that may take time (opening the index, searching) runs in a worker thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import events, on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.notifications import SeverityLevel
from textual.widgets import (
    DataTable,
    Footer,
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
    AddReport,
    DocumentInfo,
    GlossaryEntry,
    Library,
    PersonSummary,
    Progress,
    UpdateReport,
    person_matches,
)
from tealeaves.model import Hit, SearchResult
from tealeaves.tui.commands import AddFileProvider, JumpProvider
from tealeaves.tui.compare import MOST_COLUMNS, CompareScreen
from tealeaves.tui.help import HelpScreen
from tealeaves.tui.lists import Options
from tealeaves.tui.matrix import MatrixScreen
from tealeaves.tui.profile import ProfileScreen
from tealeaves.tui.reader import ReaderScreen
from tealeaves.tui.render import document_text, expert_line, hit_text

Opener = Callable[[Progress], Library]

SEARCH_LIMIT = 60
#: How long opening the library waits for the first screen to be drawn, at most.
FIRST_PAINT_WAIT_S = 2.0
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


class TeaLeavesApp(App[None]):
    """Articles, experts, glossary and search in tabs; reader and profiles as screens."""

    TITLE = "Tea Leaves"
    SUB_TITLE = "who said what"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {JumpProvider, AddFileProvider}
    BINDINGS = [
        Binding("slash", "search", "Search", id="app.search"),
        Binding("question_mark,f1", "help", "Help", id="app.help", key_display="?"),
        Binding("1", "pane('documents')", "Articles", id="app.pane.documents", show=False),
        Binding("2", "pane('experts')", "Experts", id="app.pane.experts", show=False),
        Binding("3", "pane('glossary')", "Glossary", id="app.pane.glossary", show=False),
        Binding("4", "pane('search')", "Search pane", id="app.pane.search", show=False),
        Binding("5", "matrix", "Matrix", id="app.matrix"),
        Binding("ctrl+r", "reload", "Reload articles", id="app.reload", show=False),
        Binding("q", "quit", "Quit", id="app.quit"),
        # Only on the experts pane (check_action hides them elsewhere).
        Binding("s", "sort", "Sort", id="experts.sort"),
        Binding("a", "everyone", "Experts/everyone", id="experts.everyone"),
        # On the articles and experts panes: mark for comparison, then compare.
        Binding("space", "mark", "Mark", id="marks.toggle"),
        Binding("c", "compare", "Compare", id="marks.compare"),
    ]

    def __init__(self, opener: Opener, *, close_library: bool = True) -> None:
        """``opener`` opens the library (in a worker, reporting progress); the app closes
        it on exit unless ``close_library`` is False (a library shared with the caller)."""
        super().__init__()
        self._opener = opener
        self._close_library = close_library
        self.library: Library | None = None
        self.catalog: Catalog | None = None
        self.query_text = ""  # the current search, highlighted in the reader
        self._search_seq = 0
        self._hits: dict[str, Hit] = {}  # option id -> the search hit it shows
        self._sort = "name"
        self._everyone = False
        self.marked: dict[str, list[str]] = {"experts": [], "documents": []}  # ids, in order
        self._generation = -1  # of the index when the lists were filled
        self._painted = threading.Event()  # set once the first screen is drawn

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Notifications carry names, file paths and article text: never read as markup."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    # -- layout -----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="loading"):
            yield Label("Opening the library…", id="loading-label")
            yield ProgressBar(id="loading-bar", show_eta=False)
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
        yield Footer()

    def on_mount(self) -> None:
        experts = self.query_one("#expert-table", DataTable)
        for label, width in EXPERT_COLUMNS:
            experts.add_column(label, width=width, key=label or "mark")
        terms = self.query_one("#term-table", DataTable)
        for label, width in TERM_COLUMNS:
            terms.add_column(label, width=width)
        self.call_after_refresh(self._painted.set)
        self.open_library()

    # -- opening ----------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="open")
    def open_library(self) -> None:
        # Opening reads the manifest and the index while holding the interpreter for long
        # stretches (a 50,000-entry manifest is one JSON parse): let the first screen be
        # drawn before it starts, so that first paint does not grow with the library.
        self._painted.wait(timeout=FIRST_PAINT_WAIT_S)

        def progress(done: int, total: int, message: str) -> None:
            self.call_from_thread(self._show_progress, done, total, message)

        try:
            library = self._opener(progress)
            self._generation = library.generation()
            # Search works from here on; the lists of a large library take longer to read.
            self.call_from_thread(self._searchable, library)
            catalog = Catalog.load(library)
        except Exception as exc:  # shown to the user; the app stays up so they can read it
            self.call_from_thread(self._failed, f"{type(exc).__name__}: {exc}")
            return
        self.call_from_thread(self._opened, catalog)

    def _searchable(self, library: Library) -> None:
        self.library = library
        self.query_one("#loading-label", Label).update(
            Text("Reading the lists of articles, people and terms… (search works already)")
        )
        typed = self.query_one("#search-input", Input).value
        if typed:  # typed while the library was opening
            self._search_seq += 1
            self.run_search(typed, self._search_seq)

    def _show_progress(self, done: int, total: int, message: str) -> None:
        bar = self.query_one("#loading-bar", ProgressBar)
        bar.update(total=max(total, 1), progress=done)
        self.query_one("#loading-label", Label).update(Text(message or "Indexing articles…"))

    def _failed(self, message: str) -> None:
        self.query_one("#loading-label", Label).update(
            Text(
                f"Could not open the library: {message}. Run `tealeaves index --rebuild`; q quits."
            )
        )
        self.notify(message, title="Could not open the library", severity="error", timeout=30)

    def _opened(self, catalog: Catalog) -> None:
        library = self.library
        assert library is not None  # set by _searchable
        self.query_one("#loading").display = False
        for notice in library.notices:
            self.notify(notice, severity="warning", timeout=10)
        for error in library.errors:
            self.notify(f"Skipped {error}", severity="warning", timeout=10)
        self._show_catalog(catalog)
        if not isinstance(self.focused, Input):  # not while they type a search
            self.query_one("#doc-list", OptionList).focus()

    # -- picking up new articles ----------------------------------------------------------

    def action_reload(self) -> None:
        self.reload_library(quiet=False)

    def on_app_focus(self) -> None:
        """Coming back to the terminal: pick up articles added meanwhile (e.g. by
        `tealeaves add` in another window)."""
        self.reload_library(quiet=True)

    @work(thread=True, exclusive=True, group="reload")
    def reload_library(self, quiet: bool = True, paths: list[Path] | None = None) -> None:
        library = self.library
        if library is None:
            return
        added = None
        if paths:
            added = library.add(paths)
            report = library.report
        elif quiet:  # on focus: nothing to do (and no cache lost) when nothing changed
            refreshed = library.refresh()
            if refreshed is None:
                return
            report = refreshed
        else:
            report = library.reload()
        generation = library.generation()  # changed here, or by `tealeaves add` elsewhere
        changed = report.changed or generation != self._generation
        self._generation = generation
        catalog = Catalog.load(library) if changed else None
        self.call_from_thread(self._reloaded, catalog, report, added, quiet)

    def add_paths(self, paths: list[Path]) -> None:
        """Add article files to the library (from the command palette)."""
        self.notify(f"Adding {', '.join(str(p) for p in paths)}…", timeout=3)
        self.reload_library(quiet=False, paths=paths)

    def _reloaded(
        self, catalog: Catalog | None, report: UpdateReport, added: AddReport | None, quiet: bool
    ) -> None:
        if added is not None:
            for a in added.added:
                self.notify(f"{a.status.capitalize()}: {a.title} ({a.doc_id})", timeout=6)
            for error in added.errors:
                self.notify(f"Not added: {error}", severity="error", timeout=15)
        if catalog is not None:
            self._show_catalog(catalog)
            counts = f"+{len(report.added)} ~{len(report.updated)} -{len(report.removed)}"
            self.notify(f"Articles reloaded ({counts}).", timeout=4)
        elif not quiet and added is None and not report.notices:
            self.notify("No new or changed articles.", timeout=3)
        if not quiet:  # on focus, what was already reported stays quiet
            for notice in report.notices:  # e.g. another process is writing the index
                self.notify(notice, severity="warning", timeout=10)
            for error in report.errors:
                self.notify(f"Skipped {error}", severity="warning", timeout=10)

    # -- lists ------------------------------------------------------------------------------

    def _show_catalog(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._fill_documents()
        self._fill_experts()
        self._fill_glossary()
        self.sub_title = f"{len(catalog.documents)} articles · {len(catalog.people)} people"

    def _fill_documents(self) -> None:
        assert self.catalog is not None
        docs = self.query_one("#doc-list", OptionList)
        docs.clear_options()
        docs.add_options(Option(self._doc_prompt(d), id=d.id) for d in self.catalog.documents)
        top = self.query_one("#top-experts", OptionList)
        top.clear_options()
        experts = [p for p in self.catalog.people if p.kind == "expert"]
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
        if self._sort == "mentions":
            people.sort(key=lambda p: (-p.mention_count, p.name))
        elif self._sort == "quotes":
            people.sort(key=lambda p: (-p.quote_count, p.name))
        table = self.query_one("#expert-table", DataTable)
        table.clear()
        for p in people:
            table.add_row(
                self._mark_cell(p.id),
                Text(p.name),
                Text(p.native_name),
                Text(p.kind),
                Text(str(p.mention_count)),
                Text(str(p.quote_count)),
                Text(str(len(p.documents))),
                Text(p.affiliations[0] if p.affiliations else "", overflow="ellipsis"),
                key=p.id,
            )
        self._expert_status(len(people))

    def _expert_status(self, count: int) -> None:
        if self._everyone:
            who = "person named" if count == 1 else "people named"
        else:
            who = "expert" if count == 1 else "experts"
        marked = len(self.marked["experts"])
        self.query_one("#expert-status", Label).update(
            Text(
                f"{count} {who} · sorted by {self._sort}"
                + (f" · {marked} marked (c: compare)" if marked else "")
                + " · s: sort · a: experts/everyone · space: mark · enter: profile"
            )
        )

    def _mark_cell(self, person_id: str) -> Text:
        return Text("●", style="bold") if person_id in self.marked["experts"] else Text("")

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
            docs = {span.document for span in entry.occurrences}
            where = (
                f"{len(entry.occurrences)}× in {len(docs)} article{'s' if len(docs) > 1 else ''}"
            )
            table.add_row(
                Text(entry.term),
                Text(entry.pinyin),
                Text(entry.gloss or "—"),
                Text(where),
                key=entry.term,
            )

    @on(Input.Changed, "#expert-filter")
    def _filter_changed(self) -> None:
        self._fill_experts()

    @on(Input.Submitted, "#expert-filter")
    def _filter_done(self) -> None:
        """Enter: the profile when the filter leaves one person, else the list."""
        table = self.query_one("#expert-table", DataTable)
        if table.row_count == 1:
            self.open_profile(str(table.coordinate_to_cell_key((0, 0)).row_key.value))
        else:
            table.focus()

    def on_key(self, event: events.Key) -> None:
        # Down from the filter box goes to the list it filters.
        if event.key == "down" and self.focused is not None and self.focused.id == "expert-filter":
            self.query_one("#expert-table", DataTable).focus()
            event.stop()

    @on(OptionList.OptionSelected, "#doc-list")
    def _open_document(self, event: OptionList.OptionSelected) -> None:
        self.open_reader(str(event.option_id))

    @on(OptionList.OptionSelected, "#top-experts")
    def _open_top_expert(self, event: OptionList.OptionSelected) -> None:
        self.open_profile(str(event.option_id))

    @on(DataTable.RowSelected, "#expert-table")
    def _open_expert(self, event: DataTable.RowSelected) -> None:
        self.open_profile(str(event.row_key.value))

    @on(DataTable.RowSelected, "#term-table")
    def _open_term(self, event: DataTable.RowSelected) -> None:
        self.open_term(str(event.row_key.value))

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

    @work(thread=True, exclusive=True, group="search")
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
        except Exception as exc:
            result = SearchResult(text, "", (), 0, notice=f"Search failed: {exc}")
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._show_results, result, seq)

    def _show_results(self, result: SearchResult, seq: int) -> None:
        if seq != self._search_seq:
            return  # a newer search is on its way: never show stale results over it
        self.query_text = result.query
        self._hits = {f"hit-{n}": hit for n, hit in enumerate(result.hits)}
        results = self.query_one("#search-results", OptionList)
        results.clear_options()
        options: list[Option | None] = []
        for kind, title in GROUPS:
            group = [(key, h) for key, h in self._hits.items() if h.kind == kind]
            if not group:
                continue
            if options:
                options.append(None)
            options.append(
                Option(Text(f"{title} ({len(group)})", style="bold reverse"), disabled=True)
            )
            options.extend(Option(hit_text(h), id=key) for key, h in group)
        results.add_options(options)
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
        self.query_one("#search-status", Label).update(
            Text(" · ".join(status) or "Type to search.")
        )

    @on(OptionList.OptionSelected, "#search-results")
    def _open_hit(self, event: OptionList.OptionSelected) -> None:
        hit = self._hits.get(event.option_id or "")
        if hit is None:
            return
        if hit.kind == "person":
            self.open_profile(hit.person)
        else:
            at = (hit.start, hit.end) if hit.start >= 0 else None
            self.open_reader(hit.doc_id, at=at, query=self.query_text)

    # -- navigation -------------------------------------------------------------------------

    def open_reader(
        self, doc_id: str, *, at: tuple[int, int] | None = None, query: str | None = None
    ) -> None:
        if self.library is None:
            return
        self.push_screen(
            ReaderScreen(
                self.library, doc_id, query=self.query_text if query is None else query, at=at
            )
        )

    def open_profile(self, person_id: str) -> None:
        if self.library is not None:
            self.push_screen(ProfileScreen(self.library, person_id))

    def open_term(self, term: str) -> None:
        if self.catalog is None:
            return
        entry = next((e for e in self.catalog.glossary if e.term == term), None)
        if entry and entry.occurrences:
            first = entry.occurrences[0]
            self.open_reader(first.document, at=(first.start, first.end), query=term)

    def action_pane(self, pane: str) -> None:
        while len(self.screen_stack) > 1:  # back to the panes from a reader or profile
            self.pop_screen()
        self.query_one("#tabs", TabbedContent).active = pane
        focus = {
            "documents": "#doc-list",
            "experts": "#expert-filter",
            "glossary": "#term-table",
            "search": "#search-input",
        }[pane]
        self.query_one(focus).focus()

    def action_mark(self) -> None:
        """Mark (or unmark) the highlighted expert or article for comparison."""
        pane = self.query_one("#tabs", TabbedContent).active
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
        if item in marked:
            marked.remove(item)
        elif len(marked) >= MOST_COLUMNS:
            self.notify(f"At most {MOST_COLUMNS} side by side; unmark one first.", timeout=4)
            return
        else:
            marked.append(item)
        if pane == "experts":
            table.update_cell(key, "mark", self._mark_cell(item))
            self._expert_status(table.row_count)
            table.action_cursor_down()
        elif self.catalog is not None:
            info = next(d for d in self.catalog.documents if d.id == item)
            docs.replace_option_prompt(item, self._doc_prompt(info))
            docs.action_cursor_down()

    def action_compare(self) -> None:
        pane = self.query_one("#tabs", TabbedContent).active
        marked = self.marked[pane]
        what = "experts" if pane == "experts" else "articles"
        if len(marked) < 2 or self.library is None:
            self.notify(f"Mark two to four {what} with space, then press c.", timeout=4)
            return
        self.push_screen(CompareScreen(self.library, list(marked)))

    def action_matrix(self) -> None:
        if self.library is None:
            self.notify("The library is still opening.", timeout=3)
            return
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self.push_screen(MatrixScreen(self.library))

    def action_search(self) -> None:
        self.action_pane("search")

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_sort(self) -> None:
        self._sort = SORTS[(SORTS.index(self._sort) + 1) % len(SORTS)]
        self._fill_experts()

    def action_everyone(self) -> None:
        self._everyone = not self._everyone
        self._fill_experts()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        panes = {"sort": ("experts",), "everyone": ("experts",)}
        panes |= {"mark": ("experts", "documents"), "compare": ("experts", "documents")}
        if action in panes:
            tabs = self.query("#tabs")
            return (
                bool(tabs)
                and self.screen is self.screen_stack[0]
                and tabs.first(TabbedContent).active in panes[action]
            )
        return True

    def on_unmount(self) -> None:
        if self.library is not None and self._close_library:
            self.library.close()
