"""The article reader: the text with search hits and known names marked."""

from __future__ import annotations

import bisect

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Header, Static

from tealeaves.library import Library, NameMark
from tealeaves.model import Document
from tealeaves.model import Paragraph as ArticleParagraph
from tealeaves.tui.footer import FittingFooter
from tealeaves.tui.keys import SEARCH_AT_ONCE
from tealeaves.tui.messages import OpenPerson
from tealeaves.tui.reader_parts import (
    PART_CHARS,
    PART_PARAGRAPHS,
    ArticleParts,
    Paragraph,
    Placing,
)
from tealeaves.tui.render import byline, language_label, paragraph_text
from tealeaves.tui.workers import ReportsWorkerFailures, in_thread
from tealeaves.views import phrase_spans

__all__ = ["PART_CHARS", "PART_PARAGRAPHS", "Paragraph", "ReaderScreen"]


class ReaderScreen(ReportsWorkerFailures, ArticleParts, Placing):
    """Read one article; ``at`` is a span to show first (a quote, a passage, a term)."""

    # A stable gutter: the scroll bar appearing must not re-wrap the text after the reader
    # has scrolled to the span it opened on.
    DEFAULT_CSS = "ReaderScreen #reader-body { scrollbar-gutter: stable; }"

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="reader.back"),
        Binding("n", "next_hit", "Next hit", id="reader.next_hit"),
        Binding("N", "previous_hit", "Previous hit", id="reader.previous_hit", key_display="N"),
        Binding("m", "next_name", "Next name", id="reader.next_name"),
        Binding("M", "previous_name", "Previous name", id="reader.previous_name", show=False),
        Binding("enter", "open_name", "Open profile", id="reader.open_name"),
        Binding("j", "scroll(1)", "Down", id="reader.down", show=False),
        Binding("k", "scroll(-1)", "Up", id="reader.up", show=False),
        Binding("g", "edge('top')", "Top", id="reader.top", show=False),
        Binding("G", "edge('bottom')", "Bottom", id="reader.bottom", show=False),
        Binding("left_square_bracket", "part(-1)", "Previous part", id="reader.part_back",
                show=False, key_display="["),
        Binding("right_square_bracket", "part(1)", "Next part", id="reader.part_on",
                show=False, key_display="]"),
        SEARCH_AT_ONCE,
    ]  # fmt: skip
    #: Left out of a narrow footer, first to go first: never escape, ``?`` or ``q``.
    FOOTER_DROP = ("matrix", "app.search", "previous_hit", "open_name")

    def __init__(
        self, library: Library, doc_id: str, *, query: str = "", at: tuple[int, int] | None = None
    ) -> None:
        super().__init__()
        self.library = library
        self.doc_id = doc_id
        self.query_text = query
        self.at = at
        self.doc: Document | None = None
        self.language = ""  # en, zh, ru: as stated, else as detected
        self.filters_only = False  # the search names no words of the text, only filters
        self.hits: list[tuple[int, int]] = []
        self.marks: list[NameMark] = []
        self.hit_index: int | None = None
        self.mark_index: int | None = None
        self.current: tuple[int, int] | None = None
        self.part: tuple[int, int] = (0, 0)  # the character range of the text on screen
        self._starts: list[int] = []  # every paragraph's start, to find paragraphs by offset
        self._mark_starts: list[int] = []  # every name's start, to find a paragraph's names
        self._shown: dict[int, ArticleParagraph] = {}  # paragraphs on screen, cut to the part
        self._widgets: dict[int, Paragraph] = {}  # their widgets, by paragraph index

    def reopened(self) -> ReaderScreen:
        """This reader again, on the hit or name it is on (for escape after ``/``)."""
        at = self.current or self.at
        return ReaderScreen(self.library, self.doc_id, query=self.query_text, at=at)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Loading…", id="reader-meta")
        yield VerticalScroll(id="reader-body")
        yield FittingFooter()

    def on_mount(self) -> None:
        self.load()

    def load(self) -> None:
        def fetch() -> tuple[Document, list[tuple[int, int]], list[NameMark]]:
            doc = self.library.document(self.doc_id)
            info = self.library.document_info(self.doc_id)
            self.language = info.language if info is not None else doc.language
            hits = self.library.highlights(self.doc_id, self.query_text) if self.query_text else []
            hits = phrase_spans(doc.text, hits, self.query_text)  # the phrase, not its words
            if self.query_text and not hits:
                self.filters_only = not self.library.has_words_to_mark(self.query_text)
            return doc, hits, self.library.name_marks(self.doc_id)

        in_thread(
            self,
            fetch,
            lambda found: self._show(*found),
            self._missing,
            exclusive=True,
            name="Reading the article",
        )

    def _missing(self, problem: Exception) -> None:
        self.query_one("#reader-meta", Static).update(Text(str(problem)))

    def _show(self, doc: Document, hits: list[tuple[int, int]], marks: list[NameMark]) -> None:
        self.doc, self.hits = doc, sorted(hits)
        self.marks = sorted(marks, key=lambda m: m.start)
        self._mark_starts = [m.start for m in self.marks]
        self._starts = [p.start for p in doc.paragraphs]
        self.title = doc.title
        if self.at is not None:  # marked before the paragraphs are drawn: from the first frame
            inside = [n for n, (s, _) in enumerate(self.hits) if self.at[0] <= s < self.at[1]]
            self.hit_index = inside[0] if inside else None
            self.current = self.at
        self._show_part(self.at[0] if self.at is not None else 0)
        self._update_meta()
        self.refresh_bindings()  # n / N only with a search
        body = self.query_one("#reader-body", VerticalScroll)
        body.focus()
        if self.current is not None:
            body.styles.opacity = 0  # drawn once it shows the span, not at the top first
            self.call_after_refresh(self._bring_into_view, self.current)

    # -- drawing ----------------------------------------------------------------------------

    def _para_text(self, index: int) -> Text:
        para = self._shown[index]
        hits = self.hits[
            bisect.bisect_left(self.hits, (para.start, -1)) : bisect.bisect_left(
                self.hits, (para.end, -1)
            )
        ]
        marks = self.marks[
            bisect.bisect_left(self._mark_starts, para.start) : bisect.bisect_left(
                self._mark_starts, para.end
            )
        ]
        return paragraph_text(para, hits=hits, marks=marks, current=self.current)

    def _update_meta(self) -> None:
        assert self.doc is not None
        meta = Text()
        meta.append(self.doc.title, style="bold")
        line = byline(self.doc)
        if self.language:
            line = (
                f"{line} · {language_label(self.language)}"
                if line
                else language_label(self.language)
            )
        if line:
            meta.append("\n" + line, style="italic")
        status: list[str] = []
        if self.query_text:
            if self.hits:
                where = (
                    f"hit {self.hit_index + 1} of {len(self.hits)}"
                    if self.hit_index is not None
                    else f"{len(self.hits)} hits"
                )
                status.append(f"“{self.query_text}”: {where} (n/N)")
            elif self.filters_only:  # "kind:quote topic:x": it matched, with no word to mark
                status.append(f"“{self.query_text}”: no words to mark, only fields and filters")
            else:
                status.append(f"“{self.query_text}”: no hits in this article")
        if self.mark_index is not None:
            status.append(f"name: {self.marks[self.mark_index].name} (enter: profile)")
        elif self.marks:
            status.append("m: step through names")
        if status:
            meta.append("\n" + " · ".join(status), style="dim")
        self.query_one("#reader-meta", Static).update(meta)

    def _set_current(self, span: tuple[int, int] | None) -> None:
        assert self.doc is not None
        before = self.current
        self.current = span
        for point in (before, span):
            if point is None:
                continue
            para = self.doc.paragraph_at(point[0])
            if para is not None and para.index in self._widgets:
                self._widgets[para.index].update(self._para_text(para.index))
        self._update_meta()
        if span is not None:
            self._bring_into_view(span)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """``n`` / ``N`` only when there is a search to step through (not in the footer of a
        reader opened from a profile, a comparison or the article list)."""
        if action in ("next_hit", "previous_hit"):
            return bool(self.query_text.strip())
        return True

    # -- actions ----------------------------------------------------------------------------

    def action_next_hit(self) -> None:
        self._step_hit(1)

    def action_previous_hit(self) -> None:
        self._step_hit(-1)

    def _step_hit(self, step: int) -> None:
        if not self.hits:
            self.notify("No search hits in this article.", timeout=3)
            return
        self.hit_index = self._stepped([h[0] for h in self.hits], self.hit_index, step)
        self.mark_index = None
        self._set_current(self.hits[self.hit_index])

    def action_next_name(self) -> None:
        self._step_name(1)

    def action_previous_name(self) -> None:
        self._step_name(-1)

    def _step_name(self, step: int) -> None:
        if not self.marks:
            self.notify("No known people named in this article.", timeout=3)
            return
        self.mark_index = self._stepped([m.start for m in self.marks], self.mark_index, step)
        self.hit_index = None
        mark = self.marks[self.mark_index]
        self._set_current((mark.start, mark.end))

    def _stepped(self, starts: list[int], index: int | None, step: int) -> int:
        """The next (``step`` 1) or previous (-1) of ``starts``: from ``index`` when the
        reader is on one of them, else from the place it shows, wrapping around."""
        if index is None:
            origin = self.current[0] if self.current else -1
            index = bisect.bisect_right(starts, origin)  # the first one after the place
            if step > 0:
                return index % len(starts)
        return (index + step) % len(starts)

    def action_open_name(self) -> None:
        if self.mark_index is None:
            self.notify("Press m to pick a name first.", timeout=3)
            return
        self.open_person(self.marks[self.mark_index].person)

    def open_person(self, person_id: str) -> None:
        self.post_message(OpenPerson(person_id))

    def action_scroll(self, lines: int) -> None:
        body = self.query_one("#reader-body", VerticalScroll)
        body.scroll_relative(y=lines * 2, animate=False)

    def action_edge(self, edge: str) -> None:
        if self.doc is None:
            return
        target = 0 if edge == "top" else len(self.doc.text)
        if self.part != self._part_around(target):
            self._show_part(target)
        body = self.query_one("#reader-body", VerticalScroll)
        if edge == "top":
            body.call_after_refresh(body.scroll_home, animate=False)
        else:
            body.call_after_refresh(body.scroll_end, animate=False)
