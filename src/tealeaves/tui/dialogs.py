"""The dialogs that write a note or set a stance."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from tealeaves.model import Quote, Stance
from tealeaves.tui.common import REFUSED
from tealeaves.tui.workers import ReportsWorkerFailures, in_thread


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


class StanceDialog(ReportsWorkerFailures, ModalScreen[StanceInput | None]):
    """Set a person's stance on a topic: position, summary and (optional) evidence.

    With ``save`` (run off the UI thread), the dialog saves the stance itself and stays
    open with the reason under the field when it cannot be saved (evidence not found word
    for word, a position too long), so nothing typed is lost."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="stance.cancel")]
    DEFAULT_CSS = """
    StanceDialog .field-error { color: $text-error; height: auto; }
    """

    def __init__(
        self,
        who: str,
        topic: str,
        current: Stance | None,
        save: Callable[[StanceInput], object] | None = None,
    ) -> None:
        super().__init__()
        self.who = who
        self.topic = topic
        self.current = current
        self.save = save

    def compose(self) -> ComposeResult:
        c = self.current
        with Vertical(classes="dialog"):
            yield Label(Text(f"{self.who} on {self.topic}", style="bold"))
            yield Input(
                c.position if c else "", placeholder="Position: for, against, wary …", id="position"
            )
            yield Label("", id="position-error", classes="field-error")
            yield Input(c.summary if c else "", placeholder="One sentence (optional)", id="summary")
            yield Input(
                c.evidence if c else "",
                placeholder="Evidence copied from the article (optional)",
                id="evidence",
            )
            yield Label("", id="evidence-error", classes="field-error")
            yield Label(Text("enter saves · tab next field · escape cancels", style="dim"))

    def on_mount(self) -> None:
        for label in self.query(".field-error"):
            label.display = False

    def value(self) -> StanceInput:
        values = {w.id: w.value for w in self.query(Input)}
        return StanceInput(values["position"], values["summary"], values["evidence"])

    @on(Input.Submitted)
    def _save(self) -> None:
        value = self.value()
        if self.save is None:
            self.dismiss(value)
            return
        save = self.save
        in_thread(
            self,
            lambda: save(value),
            lambda _: self.dismiss(value),
            self._refused,
            errors=REFUSED,
            group="stance",
            name="Saving the stance",
        )

    def _refused(self, problem: Exception) -> None:
        """Say why under the field it is about, and stay open."""
        field = "position" if isinstance(problem, ValueError) else "evidence"
        for name in ("position", "evidence"):
            label = self.query_one(f"#{name}-error", Label)
            label.update(Text(str(problem)) if name == field else "")
            label.display = name == field
        self.query_one(f"#{field}", Input).focus()

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmDialog(ModalScreen[bool]):
    """Ask before doing something: ``y`` or enter does it, ``n`` or escape does not."""

    DEFAULT_CSS = "ConfirmDialog { align: center middle; }"

    BINDINGS = [
        Binding("y,enter", "answer(True)", "Yes", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no"),
    ]

    def __init__(self, question: str, detail: str = "") -> None:
        super().__init__()
        self.question = question
        self.detail = detail

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self.question, style="bold"))
            if self.detail:
                yield Static(Text(self.detail), classes="dialog-quote")
            yield Label(Text("y or enter: yes · n or escape: no", style="dim"))

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
