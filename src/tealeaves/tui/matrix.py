"""The stance matrix: people against topics, each cell a stance and its quotes."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Header, Input, Label

from tealeaves import export
from tealeaves.library import (
    Library,
    Matrix,
    MatrixRow,
    person_matches,
)
from tealeaves.model import Stance
from tealeaves.tui.common import REFUSED, export_files, refused
from tealeaves.tui.dialogs import ConfirmDialog, StanceDialog, StanceInput
from tealeaves.tui.footer import FittingFooter
from tealeaves.tui.messages import OpenComparison
from tealeaves.tui.render import stance_badge
from tealeaves.tui.workers import ReportsWorkerFailures, in_thread

ROW_SORTS = ("name", "stances", "quotes", "column")


class MatrixScreen(ReportsWorkerFailures, Screen[None]):
    """People (rows) against topics (columns): each cell the stance and how many quotes."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="matrix.back"),
        Binding("slash", "filter", "Filter", id="matrix.filter"),
        Binding("s", "sort", "Sort", id="matrix.sort"),
        Binding("z", "compact", "Hide empty", id="matrix.compact"),
        Binding("e", "edit", "Stance", id="matrix.edit", tooltip="Set a stance in this cell"),
        Binding("d", "remove", "Remove", id="matrix.remove", tooltip="Remove this cell's stance"),
        Binding("u", "undo", "Undo", id="matrix.undo", show=False),
        Binding("x", "export", "Export", id="matrix.export"),
        # 5 opens the matrix from anywhere; here it keeps the filter and sort as they are.
        Binding("5", "here", "Matrix", id="matrix.here", show=False),
    ]
    #: Left out of a narrow footer, first to go first: never ``x``, ``?`` or ``q``.
    FOOTER_DROP = ("compact", "sort", "filter", "remove", "edit")

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.matrix: Matrix | None = None
        self.sort = "name"
        self.compact = False
        self._rows: list[MatrixRow] = []
        self._topics: list[int] = []  # indexes into matrix.topics of the shown columns
        self._undo: Stance | None = None  # the stance d removed last, for u

    def reopened(self) -> MatrixScreen:
        """The matrix again, sorted and compacted as it is (for escape after a pane key)."""
        again = MatrixScreen(self.library)
        again.sort, again.compact = self.sort, self.compact
        return again

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="matrix-bar"):
            yield Input(placeholder="Filter people…", id="matrix-filter")
        yield Label("", id="matrix-status", classes="status")
        yield DataTable(id="matrix-table", cursor_type="cell", zebra_stripes=True)
        yield FittingFooter()

    def on_mount(self) -> None:
        self.title = "Who stands where"
        self.query_one("#matrix-filter").display = False  # shown by / (rows are worth more)
        self.load()

    @work(thread=True, exclusive=True, exit_on_error=False, name="Reading the matrix")
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
        wanted = self.query_one("#matrix-filter", Input).value
        rows = [r for r in self.matrix.rows if person_matches(r.person, wanted)]
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
        table.fixed_columns = 1  # the person stays while the topics scroll sideways
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
        if self.sort == "column":
            sort = (
                f"sorted by “{self.matrix.topics[column].label}”"
                if column is not None
                else "sorted by the current column (move to a topic)"
            )
        else:
            sort = f"sorted by {self.sort}"
        status = f"{shown} · {sort} · cell: position ·n quotes · enter: evidence"
        if self.compact:
            status += " · empty hidden"
        if not rows:
            typed = " ".join(wanted.split())  # the filter is the text typed (main), not words
            status = (
                f"Nobody here matches “{typed}”: / to change the filter."
                if typed
                else "Nobody here: z shows the people without stances."
            )
        self.query_one("#matrix-status", Label).update(Text(status))

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
        self.post_message(OpenComparison([row.person.id], topic.id))

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

    def action_here(self) -> None:
        self.query_one("#matrix-table", DataTable).focus()

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

        def save(value: StanceInput) -> object:
            return self.library.set_stance(
                row.person.id,
                topic.id,
                value.position,
                summary=value.summary,
                evidence=value.evidence,
            )

        def done(value: StanceInput | None) -> None:
            if value is not None:  # saved by the dialog, which stays open when it cannot
                self.app.notify(f"Saved: {row.person.name} on “{topic.label}”.", timeout=3)
                self.load()

        dialog = StanceDialog(row.person.name, topic.label, row.cells[n].stance, save)
        self.app.push_screen(dialog, done)

    def action_remove(self) -> None:
        found = self._cell()
        if found is None or self.matrix is None:
            self.app.notify("Move to a cell first.", timeout=3)
            return
        row, n = found
        topic = self.matrix.topics[n]
        stance = row.cells[n].stance
        said = f"{row.person.name} on “{topic.label}”"
        if stance is None:
            self.app.notify(f"There is no stance of {said} to remove.", timeout=4)
            return

        def answered(yes: bool | None) -> None:
            if not yes:
                return

            def removed(gone: Stance) -> None:
                self._undo = gone
                self.app.notify(f"Removed: {said}. u puts it back.", timeout=8)
                self.load()

            in_thread(
                self,
                lambda: self.library.remove_stance(row.person.id, topic.id),
                removed,
                refused(self),
                errors=REFUSED,
                group="stance",
                name="Removing the stance",
            )

        kind = "the curated stance" if stance.source == "curated" else "your stance"
        self.app.push_screen(
            ConfirmDialog(f"Remove {kind} of {said}?", f"“{stance.position}” {stance.summary}"),
            answered,
        )

    def action_undo(self) -> None:
        gone, self._undo = self._undo, None
        if gone is None:
            self.app.notify("Nothing to undo.", timeout=3)
            return

        def restore() -> str:  # off the UI thread: it reads articles to place evidence
            self.library.restore_stance(gone)
            return self.library.said(gone.person, gone.topic)

        def restored(said: str) -> None:
            self.app.notify(f"Put back: {said}.", timeout=3)
            self.load()

        def not_restored(problem: Exception) -> None:
            self._undo = gone  # u may try again
            refused(self)(problem)

        in_thread(
            self,
            restore,
            restored,
            not_restored,
            errors=REFUSED,
            group="stance",
            name="Putting the stance back",
        )

    def action_export(self) -> None:
        if self.matrix is None:
            return
        m = self.matrix
        every = len(m.rows)
        export_files(
            self,
            self.library,
            "matrix",
            lambda: (export.matrix_to_markdown(m), export.matrix_to_json(m), export.matrix_rows(m)),
            what=(
                f"every row ({every} people), not only the {len(self._rows)} shown"
                if len(self._rows) < every
                else ""
            ),
        )


def _matrix_cell(cell: Any) -> Text:
    if cell.stance is None:
        return Text(f"·{len(cell.quotes)}" if cell.quotes else "·", style="dim")
    out = stance_badge(cell.stance, short=True)
    if cell.quotes:
        out.append(f" ·{len(cell.quotes)}", style="dim")
    return out
