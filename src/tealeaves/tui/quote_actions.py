"""Acting on a quote wherever one is shown: flag it, write a note, copy a citation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from textual.binding import Binding
from textual.dom import DOMNode

from tealeaves import export
from tealeaves.library import (
    Library,
    append_line,
)
from tealeaves.model import Quote
from tealeaves.tui.common import REFUSED, refused
from tealeaves.tui.dialogs import NoteDialog
from tealeaves.tui.workers import in_thread

T = TypeVar("T")


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
        if quote is None:
            return

        def toggle() -> str:
            flagged = quote.id not in self.library.annotations().flags
            self.library.set_flag(quote.id, flagged)
            return "Flagged as important." if flagged else "Flag cleared."

        self._in_thread(toggle, self._saved, "Flagging the quote")

    def action_note(self) -> None:
        quote = self._need_quote()
        if quote is None:
            return

        def current() -> str:
            note = self.library.annotations().notes.get(quote.id)
            return note.text if note else ""

        def done(text: str | None) -> None:
            if text is not None:
                saved = "Note saved." if text.strip() else "Note removed."

                def save() -> str:
                    self.library.set_note(quote.id, text)
                    return saved

                self._in_thread(save, self._saved, "Saving the note")

        def edit(text: str) -> None:
            self.app.push_screen(NoteDialog(quote, text), done)

        self._in_thread(current, edit, "Reading the note")

    def action_cite(self) -> None:
        quote = self._need_quote()
        if quote is not None:
            self._in_thread(
                lambda: export.cite_text(self.library.citation(quote.id)),
                self._copy,
                "Citing the quote",
            )

    def _copy(self, text: str) -> None:
        self.app.copy_to_clipboard(text)
        self.app.notify(
            f"{text}\n\nSome terminals and multiplexers (tmux by default) drop it: "
            "Y adds it to citations.md, which always works.",
            title="Citation sent to the terminal clipboard",
            timeout=8,
        )

    def action_cite_to_file(self) -> None:
        quote = self._need_quote()
        if quote is None:
            return

        def append() -> str:
            path = self.library.config.data_dir() / "citations.md"
            text = export.cite_text(self.library.citation(quote.id))
            append_line(path, f"- {text}")  # under the lock: another process may append too
            return f"Added to {path}"

        self._in_thread(
            append,
            lambda said: self.app.notify(said, title="Citation saved"),
            "Saving the citation",
        )

    def _saved(self, done: str) -> None:
        self.app.notify(done, timeout=3)
        self.after_change()

    def _in_thread(self, work: Callable[[], T], then: Callable[[T], Any], name: str) -> None:
        """``work`` off the UI thread, then ``then``; a refused change is shown, not raised."""
        assert isinstance(self, DOMNode)
        in_thread(self, work, then, refused(self), errors=REFUSED, group="annotate", name=name)

    def after_change(self) -> None:
        """Called when an annotation was saved (to redraw flags and notes)."""
