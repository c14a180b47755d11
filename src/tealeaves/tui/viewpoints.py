"""Viewpoints side by side: the compare view, the stance matrix, and the dialogs that set a
stance or write a note. Every question and every change goes through the library, in a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, HorizontalScroll, Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Footer, Header, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from tealeaves import export
from tealeaves.library import (
    Annotations,
    Comparison,
    Library,
    Matrix,
    MatrixRow,
    NotFound,
    UserDataError,
)
from tealeaves.model import Quote, Stance
from tealeaves.tui.lists import Options
from tealeaves.tui.render import stance_badge
from tealeaves.tui.workers import in_thread
from tealeaves.util import atomic_write_text

#: The most columns a comparison shows; more would not be readable side by side.
MOST_COLUMNS = 4


#: What a change the user asked for can fail with; each is shown, not raised.
REFUSED: tuple[type[Exception], ...] = (UserDataError, NotFound, ValueError, OSError)


def _refused(screen: Any) -> Callable[[Exception], None]:
    def say(problem: Exception) -> None:
        screen.app.notify(str(problem), title="Not done", severity="error", timeout=10)

    return say


def _heading(title: str) -> Option:
    return Option(Text(title, style="bold reverse"), disabled=True)


def _exports_dir(library: Library) -> Path:
    return library.config.data_dir() / "exports"


def _slug(*parts: str) -> str:
    return "-".join(p for p in parts if p)[:80]


# -- acting on quotes: flag, note, cite ------------------------------------------------------------


class QuoteActions:
    """Keys for the quote under the cursor, shared by the screens that list quotes.
    A screen using it provides ``current_quote()`` and has ``library``."""

    library: Library
    app: Any
    run_worker: Any

    QUOTE_BINDINGS = [
        Binding("f", "flag", "Flag", id="quote.flag"),
        Binding("e", "note", "Note", id="quote.note"),
        Binding("y", "cite", "Cite", id="quote.cite"),
        Binding("Y", "cite_to_file", "Cite to file", id="quote.cite_file", show=False),
    ]

    def current_quote(self) -> Quote | None:  # pragma: no cover - each screen has its own
        return None

    def _need_quote(self) -> Quote | None:
        quote = self.current_quote()
        if quote is None:
            self.app.notify("Move to a quote first.", timeout=3)
        return quote

    def action_flag(self) -> None:
        quote = self._need_quote()
        if quote is not None:
            flagged = quote.id not in self.library.annotations().flags
            self._save(
                lambda: self.library.set_flag(quote.id, flagged),
                "Flagged as important." if flagged else "Flag cleared.",
            )

    def action_note(self) -> None:
        quote = self._need_quote()
        if quote is None:
            return
        note = self.library.annotations().notes.get(quote.id)

        def done(text: str | None) -> None:
            if text is not None:
                saved = "Note saved." if text.strip() else "Note removed."
                self._save(lambda: self.library.set_note(quote.id, text), saved)

        self.app.push_screen(NoteDialog(quote, note.text if note else ""), done)

    def action_cite(self) -> None:
        quote = self._need_quote()
        if quote is not None:
            self._in_thread(lambda: export.cite_text(self.library.citation(quote.id)), self._copy)

    def _copy(self, text: str) -> None:
        self.app.copy_to_clipboard(text)
        self.app.notify(text, title="Citation copied (terminal clipboard, OSC 52)", timeout=6)

    def action_cite_to_file(self) -> None:
        quote = self._need_quote()
        if quote is None:
            return
        path = self.library.config.data_dir() / "citations.md"

        def append() -> str:
            text = export.cite_text(self.library.citation(quote.id))
            old = path.read_text(encoding="utf-8") if path.exists() else ""
            atomic_write_text(path, old + f"- {text}\n")
            return f"Added to {path}"

        self._in_thread(append, lambda said: self.app.notify(said, title="Citation saved"))

    def _save(self, change: Callable[[], object], done: str) -> None:
        def saved(_: object) -> None:
            self.app.notify(done, timeout=3)
            self.after_change()

        self._in_thread(change, saved)

    def _in_thread(self, work: Callable[[], Any], then: Callable[[Any], None]) -> None:
        """``work`` off the UI thread, then ``then``; a refused change is shown, not raised."""
        in_thread(self, work, then, _refused(self), errors=REFUSED, group="annotate")  # type: ignore[arg-type]

    def after_change(self) -> None:
        """Called when an annotation was saved (to redraw flags and notes)."""


# -- dialogs ---------------------------------------------------------------------------------------


class NoteDialog(ModalScreen[str | None]):
    """Write or change the note on a quote; an empty note removes it."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="note.cancel")]

    def __init__(self, quote: Quote, text: str) -> None:
        super().__init__()
        self.quote = quote
        self.text = text

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text("Note on the quote", style="bold"))
            yield Static(Text(f"“{self.quote.text}”", style="italic"), classes="dialog-quote")
            yield Input(self.text, placeholder="Your note (empty removes it)", id="note-text")
            yield Label(Text("enter saves · escape cancels", style="dim"))

    @on(Input.Submitted)
    def _save(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


@dataclass(frozen=True)
class StanceInput:
    position: str
    summary: str
    evidence: str


class StanceDialog(ModalScreen[StanceInput | None]):
    """Set a person's stance on a topic: position, summary and (optional) evidence."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="stance.cancel")]

    def __init__(self, who: str, topic: str, current: Stance | None) -> None:
        super().__init__()
        self.who = who
        self.topic = topic
        self.current = current

    def compose(self) -> ComposeResult:
        c = self.current
        with Vertical(classes="dialog"):
            yield Label(Text(f"{self.who} on {self.topic}", style="bold"))
            yield Input(
                c.position if c else "", placeholder="Position: for, against, wary …", id="position"
            )
            yield Input(c.summary if c else "", placeholder="One sentence (optional)", id="summary")
            yield Input(
                c.evidence if c else "",
                placeholder="Evidence copied from the article (optional)",
                id="evidence",
            )
            yield Label(Text("enter saves · tab next field · escape cancels", style="dim"))

    @on(Input.Submitted)
    def _save(self) -> None:
        values = {w.id: w.value for w in self.query(Input)}
        self.dismiss(StanceInput(values["position"], values["summary"], values["evidence"]))

    def action_cancel(self) -> None:
        self.dismiss(None)


# -- the compare view ------------------------------------------------------------------------------


class CompareColumnList(Options):
    """One column: a person's (or an article's) stance and quotes, topic by topic."""

    DEFAULT_CSS = """
    CompareColumnList { width: 1fr; min-width: 34; height: 1fr; }
    """


class CompareScreen(QuoteActions, Screen[None]):
    """Two to four people or articles side by side on one topic or all of them."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="compare.back"),
        Binding("t", "next_topic", "Topic", id="compare.topic"),
        Binding("T", "previous_topic", "Previous topic", id="compare.topic_back", show=False),
        Binding("slash", "filter", "Filter", id="compare.filter"),
        Binding("left,h", "column(-1)", "Column left", id="compare.left", show=False),
        Binding("right,l", "column(1)", "Column right", id="compare.right", show=False),
        Binding("x", "export", "Export", id="compare.export"),
        *QuoteActions.QUOTE_BINDINGS,
    ]

    def __init__(self, library: Library, subjects: list[str], topic: str | None = None) -> None:
        super().__init__()
        self.library = library
        self.subjects = subjects[:MOST_COLUMNS]
        self.topic_ids = [None, *(t.id for t in library.topic_set.topics)]
        self.topic: str | None = topic
        self.contains = ""
        self.comparison: Comparison | None = None
        self.titles: dict[str, str] = {}  # article id -> title, for what the columns show
        self._quotes: dict[str, Quote] = {}  # option id -> quote
        self._load_seq = 0

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Loading…", id="compare-head")
        yield Input(placeholder="Filter every column by words…", id="compare-filter")
        yield HorizontalScroll(id="compare-columns")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#compare-filter").display = False
        self.load()

    def load(self) -> None:
        self._load_seq += 1
        seq = self._load_seq

        def fetch() -> tuple[Comparison, dict[str, str], Annotations]:
            comparison = self.library.compare(self.subjects, self.topic, contains=self.contains)
            titles = self.library.titles(comparison.documents())
            return comparison, titles, self.library.annotations()

        in_thread(self, fetch, lambda found: self._show(*found, seq), self._missing, exclusive=True)

    def _missing(self, problem: Exception) -> None:
        self.query_one("#compare-head", Static).update(Text(str(problem)))

    async def _show(
        self, comparison: Comparison, titles: dict[str, str], notes: Annotations, seq: int
    ) -> None:
        if seq != self._load_seq:
            return
        self.comparison = comparison
        self.titles = titles
        label = comparison.topics[0].label if self.topic else "All topics"
        self.title = "Compare"
        head = Text()
        head.append(label, style="bold")
        if self.topic and comparison.differs(self.topic):
            head.append("  — they differ", style="bold italic")
        if self.contains:
            head.append(f"  · quotes with “{self.contains}”", style="italic")
        head.append("\nt: topic · /: filter · enter: read · f flag · e note · y cite", style="dim")
        self.query_one("#compare-head", Static).update(head)
        box = self.query_one("#compare-columns", HorizontalScroll)
        focused = self._focused_column()
        await box.remove_children()
        if seq != self._load_seq:
            return  # a newer load is on its way
        self._quotes = {}
        shown_topics = [
            (n, t)
            for n, t in enumerate(comparison.topics)
            if self.topic
            or any(c.entries[n].stance or c.entries[n].quotes for c in comparison.columns)
        ]
        columns = []
        for k, column in enumerate(comparison.columns):
            options: list[Option | None] = []
            head_text = Text(column.title, style="bold")
            if column.subtitle:
                head_text.append("\n" + column.subtitle, style="italic dim")
            options.append(Option(head_text, disabled=True))
            for n, topic in shown_topics:
                entry = column.entries[n]
                if not self.topic:
                    options += [None, _heading(topic.label)]
                if entry.stance is not None:
                    options.append(Option(stance_badge(entry.stance), id=f"s-{k}-{n}"))
                if not entry.stance and not entry.quotes:
                    options.append(
                        Option(Text("— nothing on this topic", style="dim"), disabled=True)
                    )
                for m, quote in enumerate(entry.quotes):
                    key = f"q-{k}-{n}-{m}"
                    self._quotes[key] = quote
                    options.append(Option(self._quote_line(quote, topic.id, titles, notes), id=key))
            if not shown_topics:
                options.append(
                    Option(
                        Text("Nobody here says anything on any topic.", style="dim"), disabled=True
                    )
                )
            columns.append(CompareColumnList(*options, id=f"col-{k}"))
        await box.mount_all(columns)
        if columns:
            target = columns[min(focused, len(columns) - 1)]
            target.focus()
            target.action_first()

    def _quote_line(self, quote: Quote, topic: str, titles: dict[str, str], notes: Any) -> Text:
        line = Text("“", style="italic")
        body = Text(quote.text, style="italic")
        for start, end in self.library.topic_set.cue_spans(topic, quote.text):
            body.stylize("bold underline", start, end)
        line.append_text(body)
        line.append("”", style="italic")
        marks = ("⚑ " if quote.id in notes.flags else "") + (
            "✎ " if quote.id in notes.notes else ""
        )
        line.append(f"\n{marks}{titles.get(quote.span.document, '')}", style="dim")
        note = notes.notes.get(quote.id)
        if note is not None:
            line.append(f"\nNote: {note.text}", style="bold dim")
        return line

    def _focused_column(self) -> int:
        focused = self.focused
        if isinstance(focused, CompareColumnList) and focused.id:
            return int(focused.id.split("-")[1])
        return 0

    def current_quote(self) -> Quote | None:
        focused = self.focused
        if not isinstance(focused, CompareColumnList) or focused.highlighted is None:
            return None
        option = focused.get_option_at_index(focused.highlighted)
        return self._quotes.get(option.id or "")

    @on(OptionList.OptionSelected)
    def _open(self, event: OptionList.OptionSelected) -> None:
        key = event.option_id or ""
        quote = self._quotes.get(key)
        if quote is not None:
            span = quote.span
        elif key.startswith("s-") and self.comparison is not None:
            _, k, n = key.split("-")
            stance = self.comparison.columns[int(k)].entries[int(n)].stance
            span = stance.span if stance is not None else None
            if span is None:
                self.app.notify("This stance has no evidence in the text.", timeout=3)
                return
        else:
            return
        self.app.open_reader(span.document, at=(span.start, span.end), query="")  # type: ignore[attr-defined]

    def action_column(self, step: int) -> None:
        columns = list(self.query(CompareColumnList))
        if columns:
            nxt = columns[(self._focused_column() + step) % len(columns)]
            nxt.focus()
            nxt.scroll_visible()

    def action_next_topic(self) -> None:
        self._step_topic(1)

    def action_previous_topic(self) -> None:
        self._step_topic(-1)

    def _step_topic(self, step: int) -> None:
        i = self.topic_ids.index(self.topic) if self.topic in self.topic_ids else 0
        self.topic = self.topic_ids[(i + step) % len(self.topic_ids)]
        self.load()

    def action_filter(self) -> None:
        box = self.query_one("#compare-filter", Input)
        box.display = True
        box.focus()

    @on(Input.Submitted, "#compare-filter")
    def _filter(self, event: Input.Submitted) -> None:
        self.contains = event.value.strip()
        event.input.display = bool(self.contains)
        self.load()

    def after_change(self) -> None:
        self.load()

    def action_export(self) -> None:
        if self.comparison is None:
            return
        c = self.comparison
        _export(
            self,
            _slug("compare", *(col.id for col in c.columns), self.topic or "all"),
            export.comparison_to_markdown(c, self.titles),
            export.comparison_to_json(c),
            export.comparison_rows(c),
        )


def _export(screen: Screen[Any], name: str, markdown: str, data: Any, rows: list[Any]) -> None:
    """Write ``name``.md, .json and .csv into the library's exports folder and say so."""
    import json

    folder = _exports_dir(screen.library)  # type: ignore[attr-defined]
    paths = [folder / f"{name}.md", folder / f"{name}.json", folder / f"{name}.csv"]
    try:
        atomic_write_text(paths[0], markdown)
        atomic_write_text(paths[1], json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        atomic_write_text(paths[2], export.rows_to_csv(rows))
    except OSError as exc:
        screen.app.notify(f"Could not export: {exc}", severity="error")
        return
    screen.app.notify(", ".join(p.name for p in paths), title=f"Exported to {folder}")


# -- the stance matrix ----------------------------------------------------------------------------

ROW_SORTS = ("name", "stances", "quotes", "column")


class MatrixScreen(Screen[None]):
    """People (rows) against topics (columns): each cell the stance and how many quotes."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="matrix.back"),
        Binding("slash", "filter", "Filter", id="matrix.filter"),
        Binding("s", "sort", "Sort", id="matrix.sort"),
        Binding("z", "compact", "Hide empty", id="matrix.compact"),
        Binding("e", "edit", "Set stance", id="matrix.edit"),
        Binding("d", "remove", "Remove stance", id="matrix.remove"),
        Binding("x", "export", "Export", id="matrix.export"),
    ]

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.matrix: Matrix | None = None
        self.sort = "name"
        self.compact = False
        self._rows: list[MatrixRow] = []
        self._topics: list[int] = []  # indexes into matrix.topics of the shown columns

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="matrix-bar"):
            yield Input(placeholder="Filter people…", id="matrix-filter")
        yield Label("", id="matrix-status", classes="status")
        yield DataTable(id="matrix-table", cursor_type="cell", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Who stands where"
        self.query_one("#matrix-filter").display = False  # shown by / (rows are worth more)
        self.load()

    @work(thread=True, exclusive=True)
    def load(self) -> None:
        matrix = self.library.matrix()
        self.app.call_from_thread(self._loaded, matrix)

    def _loaded(self, matrix: Matrix) -> None:
        self.matrix = matrix
        self._fill()
        self.query_one("#matrix-table", DataTable).focus()

    def _fill(self) -> None:
        if self.matrix is None:
            return
        table = self.query_one("#matrix-table", DataTable)
        where = table.cursor_coordinate
        wanted = self.query_one("#matrix-filter", Input).value.casefold().split()
        rows = [
            r
            for r in self.matrix.rows
            if all(w in f"{r.person.name} {r.person.native_name}".casefold() for w in wanted)
        ]
        topics = list(range(len(self.matrix.topics)))
        if self.compact:
            rows = [r for r in rows if any(c.stance for c in r.cells)]
            topics = [n for n in topics if any(r.cells[n].stance for r in rows)]
        column = topics[where.column - 1] if 0 < where.column <= len(topics) else None
        if self.sort == "stances":
            rows.sort(key=lambda r: -sum(1 for c in r.cells if c.stance))
        elif self.sort == "quotes":
            rows.sort(key=lambda r: -sum(len(c.quotes) for c in r.cells))
        elif self.sort == "column" and column is not None:
            rows.sort(
                key=lambda r: (
                    r.cells[column].stance is None,
                    r.cells[column].stance.position if r.cells[column].stance else "",
                    -len(r.cells[column].quotes),
                )
            )
        self._rows, self._topics = rows, topics
        table.clear(columns=True)
        table.add_column("Person", width=22, key="person")
        for n in topics:
            table.add_column(self.matrix.topics[n].id, width=16, key=self.matrix.topics[n].id)
        for r in rows:
            cells = [_matrix_cell(r.cells[n]) for n in topics]
            table.add_row(Text(r.person.name), *cells, key=r.person.id)
        if rows:
            table.move_cursor(
                row=min(where.row, len(rows) - 1), column=min(max(where.column, 1), len(topics))
            )
        shown = f"{len(rows)} of {len(self.matrix.rows)} people · {len(topics)} topics"
        self.query_one("#matrix-status", Label).update(
            Text(
                f"{shown} · sorted by {self.sort} · cell: position ·n quotes · enter: evidence"
                + (" · empty hidden" if self.compact else "")
            )
        )

    def _cell(self) -> tuple[MatrixRow, int] | None:
        table = self.query_one("#matrix-table", DataTable)
        at = table.cursor_coordinate
        if not self._rows or at.column == 0 or at.row >= len(self._rows):
            return None
        return self._rows[at.row], self._topics[at.column - 1]

    @on(DataTable.CellSelected, "#matrix-table")
    def _open(self) -> None:
        found = self._cell()
        if found is None or self.matrix is None:
            return
        row, n = found
        cell = row.cells[n]
        topic = self.matrix.topics[n]
        if cell.stance is None and not cell.quotes:
            self.app.notify(
                f"{row.person.name} says nothing on “{topic.label}” in these articles.",
                timeout=4,
            )
            return
        self.app.push_screen(CompareScreen(self.library, [row.person.id], topic.id))

    @on(Input.Changed, "#matrix-filter")
    def _filter_changed(self) -> None:
        self._fill()

    @on(Input.Submitted, "#matrix-filter")
    def _filter_done(self, event: Input.Submitted) -> None:
        event.input.display = bool(event.value.strip())
        self.query_one("#matrix-table", DataTable).focus()

    def action_filter(self) -> None:
        box = self.query_one("#matrix-filter", Input)
        box.display = True
        box.focus()

    def action_back(self) -> None:
        box = self.query_one("#matrix-filter", Input)
        if box.has_focus:
            box.display = bool(box.value.strip())
            self.query_one("#matrix-table", DataTable).focus()
        else:
            self.app.pop_screen()

    def action_sort(self) -> None:
        self.sort = ROW_SORTS[(ROW_SORTS.index(self.sort) + 1) % len(ROW_SORTS)]
        self._fill()

    def action_compact(self) -> None:
        self.compact = not self.compact
        self._fill()

    def action_edit(self) -> None:
        found = self._cell()
        if found is None or self.matrix is None:
            self.app.notify("Move to a cell first.", timeout=3)
            return
        row, n = found
        topic = self.matrix.topics[n]

        def done(value: StanceInput | None) -> None:
            if value is not None:
                self._change(
                    lambda: self.library.set_stance(
                        row.person.id,
                        topic.id,
                        value.position,
                        summary=value.summary,
                        evidence=value.evidence,
                    ),
                    f"Saved: {row.person.name} on {topic.label}.",
                )

        self.app.push_screen(StanceDialog(row.person.name, topic.label, row.cells[n].stance), done)

    def action_remove(self) -> None:
        found = self._cell()
        if found is None or self.matrix is None:
            return
        row, n = found
        topic = self.matrix.topics[n]
        self._change(
            lambda: self.library.remove_stance(row.person.id, topic.id),
            f"Removed: {row.person.name} on {topic.label}.",
        )

    def _change(self, change: Callable[[], object], done: str) -> None:
        """Set or remove a stance off the UI thread (it reads articles to place evidence)."""

        def changed(_: object) -> None:
            self.app.notify(done, timeout=3)
            self.load()

        in_thread(self, change, changed, _refused(self), errors=REFUSED, group="stance")

    def action_export(self) -> None:
        if self.matrix is None:
            return
        m = self.matrix
        _export(
            self,
            "matrix",
            export.matrix_to_markdown(m),
            export.matrix_to_json(m),
            export.matrix_rows(m),
        )


def _matrix_cell(cell: Any) -> Text:
    if cell.stance is None:
        return Text(f"·{len(cell.quotes)}" if cell.quotes else "·", style="dim")
    out = stance_badge(cell.stance, short=True)
    if cell.quotes:
        out.append(f" ·{len(cell.quotes)}", style="dim")
    return out
