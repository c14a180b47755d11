"""The dialogs that write a note or set a stance."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from tealeaves.model import Quote, Stance


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
