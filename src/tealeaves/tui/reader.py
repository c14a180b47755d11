"""The article reader: the text with search hits and known names marked."""

from __future__ import annotations

import bisect

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from tealeaves.library import Library, NameMark
from tealeaves.model import Document
from tealeaves.tui.render import byline, paragraph_text
from tealeaves.tui.workers import in_thread


class Paragraph(Static):
    """One block of the article (a widget per paragraph, never per hit)."""

    DEFAULT_CSS = "Paragraph { margin-bottom: 1; }"


class ReaderScreen(Screen[None]):
    """Read one article; ``at`` is a span to show first (a quote, a passage, a term)."""

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
    ]

    def __init__(
        self, library: Library, doc_id: str, *, query: str = "", at: tuple[int, int] | None = None
    ) -> None:
        super().__init__()
        self.library = library
        self.doc_id = doc_id
        self.query_text = query
        self.at = at
        self.doc: Document | None = None
        self.hits: list[tuple[int, int]] = []
        self.marks: list[NameMark] = []
        self.hit_index: int | None = None
        self.mark_index: int | None = None
        self.current: tuple[int, int] | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Loading…", id="reader-meta")
        yield VerticalScroll(id="reader-body")
        yield Footer()

    def on_mount(self) -> None:
        self.load()

    def load(self) -> None:
        def fetch() -> tuple[Document, list[tuple[int, int]], list[NameMark]]:
            doc = self.library.document(self.doc_id)
            hits = self.library.highlights(self.doc_id, self.query_text) if self.query_text else []
            return doc, hits, self.library.name_marks(self.doc_id)

        in_thread(self, fetch, lambda found: self._show(*found), self._missing, exclusive=True)

    def _missing(self, problem: Exception) -> None:
        self.query_one("#reader-meta", Static).update(Text(str(problem)))

    def _show(self, doc: Document, hits: list[tuple[int, int]], marks: list[NameMark]) -> None:
        self.doc, self.hits, self.marks = doc, hits, marks
        self.title = doc.title
        body = self.query_one("#reader-body", VerticalScroll)
        body.mount_all(
            Paragraph(self._para_text(p.index), id=f"p{p.index}", classes=p.kind)
            for p in doc.paragraphs
        )
        if self.at is not None:
            inside = [n for n, (s, _) in enumerate(hits) if self.at[0] <= s < self.at[1]]
            self.hit_index = inside[0] if inside else None
            self.current = self.at
        self._update_meta()
        body.focus()
        if self.current is not None:
            self.call_after_refresh(self._scroll_to, self.current[0])

    # -- drawing ----------------------------------------------------------------------------

    def _para_text(self, index: int) -> Text:
        assert self.doc is not None
        para = self.doc.paragraphs[index]
        hits = [h for h in self.hits if para.start <= h[0] < para.end]
        marks = [m for m in self.marks if para.start <= m.start < para.end]
        return paragraph_text(para, hits=hits, marks=marks, current=self.current)

    def _update_meta(self) -> None:
        assert self.doc is not None
        meta = Text()
        meta.append(self.doc.title, style="bold")
        line = byline(self.doc)
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
            if para is not None:
                self.query_one(f"#p{para.index}", Paragraph).update(self._para_text(para.index))
        self._update_meta()
        if span is not None:
            self._scroll_to(span[0])

    def _scroll_to(self, offset: int) -> None:
        if self.doc is None:
            return
        para = self.doc.paragraph_at(offset)
        if para is not None:
            widget = self.query_one(f"#p{para.index}", Paragraph)
            self.query_one("#reader-body", VerticalScroll).scroll_to_center(widget, animate=False)

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
        from tealeaves.tui.profile import ProfileScreen

        self.app.push_screen(ProfileScreen(self.library, person_id))

    def action_scroll(self, lines: int) -> None:
        body = self.query_one("#reader-body", VerticalScroll)
        body.scroll_relative(y=lines * 2, animate=False)

    def action_edge(self, edge: str) -> None:
        body = self.query_one("#reader-body", VerticalScroll)
        if edge == "top":
            body.scroll_home(animate=False)
        else:
            body.scroll_end(animate=False)
