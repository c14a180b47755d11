"""The reader's two harder jobs, each a part of :class:`~tealeaves.tui.reader.ReaderScreen`:
showing a very long article a part at a time, and placing a span (a quote, a hit, a name)
on screen, centred, from the first frame.

Each is a Screen so that the reader is made of them; the reader keeps their state."""

from __future__ import annotations

import bisect
import dataclasses

from rich.text import Text
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from tealeaves.model import Document
from tealeaves.model import Paragraph as ArticleParagraph


class Paragraph(Static):
    """One block of the article (a widget per paragraph, never per hit)."""

    DEFAULT_CSS = "Paragraph { margin-bottom: 1; }"


#: An article longer than this is shown one part at a time, so that a 5 MB page or 100,000
#: paragraphs open at once: the reader mounts one widget per paragraph of the part only.
#: Moving to a hit or a name elsewhere shows the part around it; ``[`` and ``]`` step parts.
PART_CHARS = 60_000
PART_PARAGRAPHS = 400


class ArticleParts(Screen[None]):
    """An article over PART_CHARS or PART_PARAGRAPHS is shown a part at a time: one
    widget per paragraph of the part on screen; ``[`` and ``]`` step parts."""

    doc: Document | None
    part: tuple[int, int]
    _starts: list[int]
    _shown: dict[int, ArticleParagraph]
    _widgets: dict[int, Paragraph]

    def _para_text(self, index: int) -> Text:  # pragma: no cover - the reader's
        raise NotImplementedError

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


class Placing(Screen[None]):
    """Scrolling so that a span is on screen, by lines, not paragraphs: a quote deep in a
    long paragraph is shown, not the paragraph's middle."""

    doc: Document | None
    part: tuple[int, int]
    _shown: dict[int, ArticleParagraph]
    _widgets: dict[int, Paragraph]

    def _show_part(self, offset: int, align: str = "center") -> None:  # pragma: no cover
        raise NotImplementedError

    def _para_text(self, index: int) -> Text:  # pragma: no cover - the reader's
        raise NotImplementedError

    def _bring_into_view(self, span: tuple[int, int], tries: int = 0) -> None:
        """Scroll so that ``span`` is on screen: centred when it fits, else its start at the
        top. Lines, not paragraphs: a quote deep in a long paragraph is shown, not the
        paragraph's middle."""
        bodies = self.query("#reader-body")
        if self.doc is None or not self.doc.text or not bodies:
            return  # nothing to show, or the reader closed before its layout settled
        body = bodies.first(VerticalScroll)
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
            for body in self.query("#reader-body").results(VerticalScroll):
                body.styles.opacity = 1  # (none when the reader has closed meanwhile)

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
