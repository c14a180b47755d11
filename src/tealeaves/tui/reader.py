"""The article reader: the text with search hits and known names marked."""

from __future__ import annotations

import bisect
import dataclasses

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from tealeaves.library import Library, NameMark
from tealeaves.model import Document
from tealeaves.model import Paragraph as ArticleParagraph
from tealeaves.tui.messages import OpenPerson
from tealeaves.tui.render import byline, language_label, paragraph_text
from tealeaves.tui.workers import ReportsWorkerFailures, in_thread


class Paragraph(Static):
    """One block of the article (a widget per paragraph, never per hit)."""

    DEFAULT_CSS = "Paragraph { margin-bottom: 1; }"


#: An article longer than this is shown one part at a time, so that a 5 MB page or 100,000
#: paragraphs open at once: the reader mounts one widget per paragraph of the part only.
#: Moving to a hit or a name elsewhere shows the part around it; ``[`` and ``]`` step parts.
PART_CHARS = 60_000
PART_PARAGRAPHS = 400


class ReaderScreen(ReportsWorkerFailures, Screen[None]):
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
    ]  # fmt: skip

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
        yield Footer()

    def on_mount(self) -> None:
        self.load()

    def load(self) -> None:
        def fetch() -> tuple[Document, list[tuple[int, int]], list[NameMark]]:
            doc = self.library.document(self.doc_id)
            info = self.library.document_info(self.doc_id)
            self.language = info.language if info is not None else doc.language
            hits = self.library.highlights(self.doc_id, self.query_text) if self.query_text else []
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

    def _part_around(self, offset: int, align: str = "center") -> tuple[int, int]:
        """The character range to show so that ``offset`` is on screen: all of a short
        article, else about PART_CHARS and at most PART_PARAGRAPHS, with ``offset`` in the
        middle, at the start or at the end (``align``)."""
        assert self.doc is not None
        size, paragraphs = len(self.doc.text), self.doc.paragraphs
        if size <= PART_CHARS and len(paragraphs) <= PART_PARAGRAPHS:
            return 0, size
        offset = min(max(offset, 0), size)
        chars_before = {"center": PART_CHARS // 2, "start": 0, "end": PART_CHARS}[align]
        start = max(0, min(offset - chars_before, size - PART_CHARS))
        end = min(size, start + PART_CHARS)
        here = max(0, bisect.bisect_right(self._starts, max(0, offset - (align == "end"))) - 1)
        paras_before = {"center": PART_PARAGRAPHS // 2, "start": 0, "end": PART_PARAGRAPHS - 1}
        first = max(0, min(here - paras_before[align], len(paragraphs) - PART_PARAGRAPHS))
        last = min(len(paragraphs), first + PART_PARAGRAPHS) - 1
        start, end = max(start, paragraphs[first].start), min(end, paragraphs[last].end)
        # Cut between words, not inside one (nor into the paragraph before or after).
        para = paragraphs[max(0, bisect.bisect_right(self._starts, start) - 1)]
        if para.start < start < para.end:
            space = self.doc.text.rfind(" ", max(para.start, start - 40), start)
            start = space + 1 if space >= 0 else start
        para = paragraphs[max(0, bisect.bisect_right(self._starts, end) - 1)]
        if para.start < end < para.end:
            space = self.doc.text.find(" ", end, min(para.end, end + 40))
            end = space if space >= 0 else end
        return start, end

    def _show_part(self, offset: int, align: str = "center") -> None:
        """Mount the paragraphs of the part around ``offset`` (one widget per paragraph)."""
        assert self.doc is not None
        self.part = start, end = self._part_around(offset, align)
        first = max(0, bisect.bisect_right(self._starts, start) - 1)
        self._shown = {}
        for para in self.doc.paragraphs[first:]:
            if para.start >= end:
                break
            if para.end <= start:
                continue
            a, b = max(para.start, start), min(para.end, end)
            self._shown[para.index] = dataclasses.replace(para, start=a, text=self.doc.text[a:b])
        body = self.query_one("#reader-body", VerticalScroll)
        body.remove_children()
        widgets: list[Static] = []
        size = len(self.doc.text)
        if start > 0:
            widgets.append(
                Static(Text(f"↑ {start:,} characters before this part ([ or g)", style="dim"))
            )
        # No ids: the widgets of the part before are still being removed.
        self._widgets = {
            index: Paragraph(self._para_text(index), classes=para.kind)
            for index, para in self._shown.items()
        }
        widgets += self._widgets.values()
        if end < size:
            widgets.append(
                Static(Text(f"↓ {size - end:,} characters after this part (] or G)", style="dim"))
            )
        body.mount_all(widgets)

    def paragraph_widget(self, index: int) -> Paragraph | None:
        """The widget that shows paragraph ``index``, when it is in the part on screen."""
        return self._widgets.get(index)

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
            line = f"{line} · {language_label(self.language)}" if line else language_label(
                self.language
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

    def _bring_into_view(self, span: tuple[int, int], tries: int = 0) -> None:
        """Scroll so that ``span`` is on screen: centred when it fits, else its start at the
        top. Lines, not paragraphs: a quote deep in a long paragraph is shown, not the
        paragraph's middle."""
        if self.doc is None or not self.doc.text:
            return
        body = self.query_one("#reader-body", VerticalScroll)
        last = len(self.doc.text) - 1
        start = min(max(span[0], 0), last)  # so some part holds it
        end = min(max(span[1], start + 1), last + 1)
        if not self.part[0] <= start < self.part[1]:  # elsewhere: show that part
            self._show_part(start)
            self.call_after_refresh(self._bring_into_view, (start, end), tries)
            return
        para = self.doc.paragraph_at(start)
        widget = self._widgets.get(para.index) if para is not None else None
        if widget is None:
            body.styles.opacity = 1
            return
        width = widget.content_region.width
        if width <= 0 or widget.virtual_region.height <= 0:  # not laid out yet
            if tries < 5:
                self.call_after_refresh(self._bring_into_view, (start, end), tries + 1)
            else:
                body.styles.opacity = 1
            return
        first = self._line_of(para.index, start, width)
        stop = self._line_of(para.index, min(end, para.end) - 1, width)
        top = widget.virtual_region.y + widget.styles.padding.top
        room = body.scrollable_content_region.height
        lines = stop - first + 1
        # Centred; a span too tall to centre shows its start at the top.
        y = top + first - max(0, (room - lines) // 2)
        body.scroll_to(y=max(0, y), animate=False, immediate=True)
        if tries < 5:  # the layout may still move the paragraph: check once it is drawn
            self.call_after_refresh(self._check_view, (start, end), widget, top, tries + 1)
        else:
            body.styles.opacity = 1

    def _check_view(self, span: tuple[int, int], widget: Paragraph, top: int, tries: int) -> None:
        if widget.is_attached and widget.virtual_region.y + widget.styles.padding.top != top:
            self._bring_into_view(span, tries)
        else:
            self.query_one("#reader-body", VerticalScroll).styles.opacity = 1

    def _line_of(self, index: int, offset: int, width: int) -> int:
        """Which line (from 0) of paragraph ``index``, wrapped at ``width``, holds
        ``offset`` (a document offset)."""
        para = self._shown[index]
        text = self._para_text(index)
        origin = para.start - (len(text) - len(para.text))  # a footnote's label comes first
        wanted = offset - origin
        plain = text.plain
        line, seen = 0, 0
        # Wrapped as the widget wraps it; each line found in the text in turn, since a
        # wrap drops the spaces and line breaks it breaks at.
        for n, piece in enumerate(Content.from_rich_text(text).wrap(width)):
            chunk = piece.plain.strip()
            if not chunk:
                continue
            at = plain.find(chunk, seen)
            if at < 0 or at > wanted:
                break
            line, seen = n, at + len(chunk)
        return line

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

    def action_part(self, step: int) -> None:
        """Show the previous (-1) or next (1) part of a long article."""
        if self.doc is None:
            return
        start, end = self.part
        if (step < 0 and start == 0) or (step > 0 and end >= len(self.doc.text)):
            self.notify("This is the first part." if step < 0 else "This is the last part.")
            return
        if step < 0:
            self._show_part(start, align="end")
        else:
            self._show_part(end, align="start")
        body = self.query_one("#reader-body", VerticalScroll)
        body.call_after_refresh(body.scroll_home if step > 0 else body.scroll_end, animate=False)
