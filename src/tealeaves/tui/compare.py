"""The compare view: two to four people or articles side by side, topic by topic."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import HorizontalScroll, Vertical
from textual.screen import Screen
from textual.widgets import Header, Input, OptionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist

from tealeaves import export
from tealeaves.library import Annotations, Comparison, Library
from tealeaves.library import CompareColumn as ComparedColumn  # (CompareColumn is the widget)
from tealeaves.model import Quote
from tealeaves.tui.common import export_files, slug
from tealeaves.tui.footer import FittingFooter
from tealeaves.tui.lists import Options, heading
from tealeaves.tui.messages import MOST_COLUMNS, OpenArticle
from tealeaves.tui.quote_actions import QuoteActions
from tealeaves.tui.render import stance_badge
from tealeaves.tui.workers import ReportsWorkerFailures, in_thread

#: A column never gets narrower than this: more columns than fit scroll sideways.
COLUMN_WIDTH = 38


class CompareColumnList(Options):
    """One column: a person's (or an article's) stance and quotes, topic by topic."""

    DEFAULT_CSS = """
    CompareColumnList { width: 100%; height: 1fr; }
    """


class CompareColumn(Vertical):
    """A column's head (whose column it is), fixed, over its list, which scrolls."""

    DEFAULT_CSS = f"""
    CompareColumn {{ width: {COLUMN_WIDTH}; height: 1fr; }}
    CompareColumn > .compare-column-head {{
        height: auto; max-height: 4; padding: 0 1; background: $boost;
        border-right: vkey $primary-muted;
    }}
    """


class Columns(HorizontalScroll, inherit_bindings=False):
    """The columns side by side; ← and → move between columns (the screen's keys), not a
    couple of cells sideways."""


class CompareScreen(ReportsWorkerFailures, QuoteActions, Screen[None]):
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
    #: Left out of a narrow footer, first to go first (the head line lists most of them).
    FOOTER_DROP = ("matrix", "search", "cite", "note", "flag", "filter", "next_topic", "export")

    def __init__(self, library: Library, subjects: list[str], topic: str | None = None) -> None:
        super().__init__()
        self.library = library
        self.subjects = subjects[:MOST_COLUMNS]
        self.topic_ids = [None, *(t.id for t in library.topic_set.topics)]
        self.topic: str | None = topic
        self.contains = ""
        self.comparison: Comparison | None = None
        self.titles: dict[str, str] = {}  # article id -> title, for what the columns show
        self.speakers: dict[str, str] = {}  # person id -> name, for articles' columns
        self._quotes: dict[str, Quote] = {}  # option id -> quote
        self._load_seq = 0
        self._keep: str | None = None  # the option to stay on when the columns are redrawn

    def reopened(self) -> CompareScreen:
        """This comparison again, on the same topic (for escape after a pane key)."""
        return CompareScreen(self.library, self.subjects, self.topic)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Loading…", id="compare-head")
        yield Input(placeholder="Filter every column by words…", id="compare-filter")
        yield Columns(id="compare-columns")
        yield FittingFooter()

    def on_mount(self) -> None:
        self.query_one("#compare-filter").display = False
        self.load()

    def load(self) -> None:
        self._load_seq += 1
        seq = self._load_seq

        def fetch() -> tuple[Comparison, dict[str, str], Annotations]:
            comparison = self.library.compare(self.subjects, self.topic, contains=self.contains)
            titles = self.library.titles(comparison.documents())
            self.speakers = export.speaker_names(self.library, comparison)
            return comparison, titles, self.library.annotations()

        in_thread(
            self,
            fetch,
            lambda found: self._show(*found, seq),
            self._missing,
            exclusive=True,
            name="Comparing",
        )

    def _missing(self, problem: Exception) -> None:
        self.query_one("#compare-head", Static).update(Text(str(problem)))

    async def _show(
        self, comparison: Comparison, titles: dict[str, str], notes: Annotations, seq: int
    ) -> None:
        """Draw a comparison that has been read: the head line, then one column each."""
        if seq != self._load_seq:
            return
        self.comparison = comparison
        self.titles = titles
        self.title = "Compare"
        self.query_one("#compare-head", Static).update(self._head(comparison))
        box = self.query_one("#compare-columns", Columns)
        focused = self._focused_column()
        keep, self._keep = self._keep, None
        await box.remove_children()
        if seq != self._load_seq:
            return  # a newer load is on its way
        self._quotes = {}
        shown = self._shown_topics(comparison)
        columns = [
            self._column(k, column, shown, titles, notes)
            for k, column in enumerate(comparison.columns)
        ]
        await box.mount_all(columns)
        self._size_columns()
        if columns:
            self._focus(columns[min(focused, len(columns) - 1)].query_one(CompareColumnList), keep)

    def _head(self, comparison: Comparison) -> Text:
        """The topic (or "All topics"), whether they differ on it, the filter, the keys."""
        head = Text()
        head.append(comparison.topics[0].label if self.topic else "All topics", style="bold")
        if self.topic and comparison.differs(self.topic):
            head.append("  — they differ", style="bold italic")
        if self.contains:
            head.append(f"  · quotes with “{self.contains}”", style="italic")
        head.append("\nt: topic · /: filter · enter: read · f flag · e note · y cite", style="dim")
        return head

    def _shown_topics(self, comparison: Comparison) -> list[tuple[int, Any]]:
        """The topic chosen, or every topic on which at least one column says something."""
        return [
            (n, topic)
            for n, topic in enumerate(comparison.topics)
            if self.topic
            or any(c.entries[n].stance or c.entries[n].quotes for c in comparison.columns)
        ]

    def _column(
        self,
        k: int,
        column: ComparedColumn,
        shown: list[tuple[int, Any]],
        titles: dict[str, str],
        notes: Annotations,
    ) -> CompareColumn:
        """Column ``k``: its head (who or which article), then per topic the stance and the
        quotes (each remembered under its option id, for the quote keys)."""
        head = Text(column.title, style="bold", no_wrap=True, overflow="ellipsis")
        if column.subtitle:
            head.append("\n" + column.subtitle, style="italic dim")
        options: list[Option | None] = []
        for n, topic in shown:
            entry = column.entries[n]
            if not self.topic:
                options += [None, heading(topic.label)]
            if entry.stance is not None:
                options.append(Option(stance_badge(entry.stance), id=f"s-{k}-{n}"))
            if not entry.stance and not entry.quotes:
                options.append(Option(Text("— nothing on this topic", style="dim"), disabled=True))
            for m, quote in enumerate(entry.quotes):
                key = f"q-{k}-{n}-{m}"
                self._quotes[key] = quote
                line = self._quote_line(quote, topic.id, column.kind, titles, notes)
                options.append(Option(line, id=key))
        if not shown:
            nothing = Text("Nobody here says anything on any topic.", style="dim")
            options.append(Option(nothing, disabled=True))
        items = CompareColumnList(*options, id=f"col-{k}")
        return CompareColumn(Static(head, classes="compare-column-head"), items, id=f"column-{k}")

    def _focus(self, target: CompareColumnList, keep: str | None) -> None:
        """Focus the column the cursor was in, on the option it was on (after a flag or a
        note the cursor stays on the quote), else on its first."""
        target.focus()
        try:
            target.highlighted = target.get_option_index(keep) if keep else None
        except OptionDoesNotExist:
            target.highlighted = None
        if target.highlighted is None:
            target.action_first()

    def on_resize(self) -> None:
        self._size_columns()

    def _size_columns(self) -> None:
        """Share the width among the columns, none narrower than COLUMN_WIDTH: what does
        not fit scrolls sideways (←/→), each column's head with it."""
        columns = list(self.query(CompareColumn))
        if columns:
            width = max(COLUMN_WIDTH, self.size.width // len(columns))
            for column in columns:
                column.styles.width = width

    def _quote_line(
        self, quote: Quote, topic: str, kind: str, titles: dict[str, str], notes: Any
    ) -> Text:
        """A quote in a column, then (dim) its article, or in an article's column its
        speaker (the column's head names the article)."""
        reported = quote.kind == "reported"  # the writer's words: no marks, said so
        line = Text("reported: ", style="dim") if reported else Text("“", style="italic")
        body = Text(quote.text, style="" if reported else "italic")
        for start, end in self.library.topic_set.cue_spans(topic, quote.text):
            body.stylize("bold underline", start, end)
        line.append_text(body)
        if not reported:
            line.append("”", style="italic")
        marks = ("⚑ " if quote.id in notes.flags else "") + (
            "✎ " if quote.id in notes.notes else ""
        )
        source = export.quote_source(kind, quote, titles, self.speakers)
        line.append(f"\n{marks}{source}", style="dim")
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
        self.post_message(OpenArticle(span.document, at=(span.start, span.end), query=""))

    def action_column(self, step: int) -> None:
        columns = list(self.query(CompareColumnList))
        if columns:
            nxt = columns[(self._focused_column() + step) % len(columns)]
            nxt.focus(scroll_visible=False)
            if nxt.parent is not None:  # its head and list come into view together
                self.query_one("#compare-columns").scroll_to_widget(nxt.parent, animate=False)

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
        focused = self.focused
        if isinstance(focused, CompareColumnList) and focused.highlighted is not None:
            self._keep = focused.get_option_at_index(focused.highlighted).id
        self.load()

    def action_export(self) -> None:
        if self.comparison is None:
            return
        c, titles, speakers = self.comparison, self.titles, self.speakers
        export_files(
            self,
            self.library,
            slug("compare", *(col.id for col in c.columns), self.topic or "all"),
            lambda: (
                export.comparison_to_markdown(c, titles, speakers),
                export.comparison_to_json(c),
                export.comparison_rows(c),
            ),
        )
