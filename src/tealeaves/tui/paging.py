"""The home screen's lists, filled a page at a time from the library as the user moves down
them (issue 20, item 1): the first page when the list is shown (or its filter or sort
changes), the next when the cursor or the scroll comes near the end of what is shown.

Each page is read in a worker, never on the UI thread. A page asked for before a newer
request (another filter typed, another sort) is dropped when it arrives; a page read from a
library that changed since the first (another stamp) starts the list again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import DataTable, OptionList
from textual.widgets.option_list import Option

if TYPE_CHECKING:
    from tealeaves.library import Library, Page

#: The first page of a list: more than a tall terminal shows.
FIRST_PAGE = 100
#: Each later page.
NEXT_PAGE = 200
#: How near the end of what is shown (in rows) the next page is asked for.
MARGIN = 30


@dataclass
class Request:
    """Which list, and how: sorted, filtered by a text, of one kind, quoted at least once."""

    what: str
    sort: str = "name"
    text: str = ""
    kind: str | None = None
    quoted: bool = False


@dataclass
class PagerState:
    request: Request
    seq: int = 0  # of the request: pages of an older one are dropped
    total: int | None = None  # None until the first page is in
    stamp: str = ""
    loading: bool = False
    keep_cursor: bool = True  # on the first page of the list read again
    items: dict[str, Any] = field(default_factory=dict)  # key -> item, in order


class Pager:
    """One list of the screen: asks the library for pages and puts them in the widget."""

    def __init__(
        self,
        screen: Screen[Any],
        widget: Widget,
        request: Request,
        key: Callable[[Any], str],
        shown: Callable[[Pager, Page[Any]], None] | None = None,
    ) -> None:
        """``key`` tells an item's key (its row or option id); ``shown`` is called once a
        page is in the widget (a first page: with its total)."""
        self.screen = screen
        self.widget = widget
        self.state = PagerState(request)
        self.key = key
        self.library: Library | None = None
        self._shown = shown
        self._filling = False
        screen.watch(widget, "scroll_y", self._moved, init=False)
        cursor = "highlighted" if isinstance(widget, OptionList) else "cursor_coordinate"
        screen.watch(widget, cursor, self._moved, init=False)

    # -- what the screen asks ---------------------------------------------------------------

    @property
    def total(self) -> int | None:
        return self.state.total

    @property
    def items(self) -> dict[str, Any]:
        return self.state.items

    @property
    def loaded(self) -> int:
        return len(self.state.items)

    def restart(self, library: Library | None = None, **changes: Any) -> None:
        """Read the list again from its start (with a new sort or filter: ``changes``)."""
        if library is not None:
            self.library = library
        state = self.state
        # The same list read again (the library changed): the cursor stays on its item.
        # Another filter or sort: the cursor goes to the top, to the best match.
        state.keep_cursor = all(getattr(state.request, k) == v for k, v in changes.items())
        for name, value in changes.items():
            setattr(state.request, name, value)
        state.seq += 1
        state.loading = False
        self._load(0, FIRST_PAGE)

    def more(self) -> None:
        """The next page, unless one is on its way or the list is all shown."""
        state = self.state
        if state.loading or state.total is None or self.loaded >= state.total:
            return
        self._load(self.loaded, NEXT_PAGE)

    # -- reading ----------------------------------------------------------------------------

    def _load(self, offset: int, limit: int) -> None:
        library = self.library
        if library is None:
            return
        state = self.state
        state.loading = True
        seq, request = state.seq, Request(**vars(state.request))

        def read() -> None:
            page = library.page(
                request.what,
                offset,
                limit,
                sort=request.sort,
                text=request.text,
                kind=request.kind,
                quoted=request.quoted,
            )
            self.screen.app.call_from_thread(self._arrived, page, seq)

        self.screen.run_worker(
            read,
            thread=True,
            group=f"page-{self.widget.id}",
            exit_on_error=False,
            name=f"Reading {request.what}",
        )

    def _arrived(self, page: Page[Any], seq: int) -> None:
        state = self.state
        if seq != state.seq or not self.widget.is_mounted:
            return  # a newer request is on its way
        state.loading = False
        if page.offset and page.stamp != state.stamp:  # the library changed in between
            self.restart()
            return
        self._filling = True  # the widget's own moves while it fills ask for nothing
        try:
            self._fill(page)
        finally:
            self._filling = False
        if self._shown is not None:
            self._shown(self, page)
        self._moved()

    def _fill(self, page: Page[Any]) -> None:
        state = self.state
        at = None
        if page.offset == 0:  # the list anew
            at = self._cursor_key() if state.keep_cursor else None
            state.items.clear()
            self._clear()
        state.total, state.stamp = page.total, page.stamp
        fresh = [item for item in page.items if self.key(item) not in state.items]
        state.items.update((self.key(item), item) for item in fresh)
        self._append(fresh)
        if at is not None and at in state.items:
            self._move_to(list(state.items).index(at))
        elif page.offset == 0 and state.items:
            self._move_to(0)

    def _moved(self, *_: object) -> None:
        """Near the end of what is shown (cursor or scroll): the next page."""
        widget = self.widget
        if self._filling or not widget.is_mounted:
            return
        position = self._position()
        bottom = widget.scroll_y + widget.size.height
        if position >= self.loaded - MARGIN or bottom >= widget.virtual_size.height - MARGIN:
            self.more()

    # -- the widget -------------------------------------------------------------------------

    def _position(self) -> int:
        raise NotImplementedError

    def _cursor_key(self) -> str | None:
        keys = list(self.state.items)
        position = self._position()
        return keys[position] if self.loaded and 0 <= position < len(keys) else None

    def _move_to(self, index: int) -> None:
        raise NotImplementedError

    def _clear(self) -> None:
        raise NotImplementedError

    def _append(self, items: list[Any]) -> None:
        raise NotImplementedError

    def replace(self, item: Any) -> None:
        """Show ``item`` again (marked or unmarked)."""
        raise NotImplementedError


class OptionPager(Pager):
    """A list of options, each made by ``prompt``."""

    def __init__(self, *args: Any, prompt: Callable[[Any], Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.prompt = prompt

    @property
    def options(self) -> OptionList:
        assert isinstance(self.widget, OptionList)
        return self.widget

    def _position(self) -> int:
        return self.options.highlighted or 0

    def _clear(self) -> None:
        self.options.clear_options()

    def _move_to(self, index: int) -> None:
        self.options.highlighted = index

    def _append(self, items: list[Any]) -> None:
        options = self.options
        first = not options.option_count
        options.add_options(Option(self.prompt(item), id=self.key(item)) for item in items)
        if first and options.option_count:
            options.highlighted = 0

    def replace(self, item: Any) -> None:
        self.options.replace_option_prompt(self.key(item), self.prompt(item))


class TablePager(Pager):
    """A table, each row's cells made by ``row``."""

    def __init__(self, *args: Any, row: Callable[[Any], list[Any]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.row = row

    @property
    def table(self) -> DataTable[Any]:
        assert isinstance(self.widget, DataTable)
        return self.widget

    def _position(self) -> int:
        return self.table.cursor_row

    def _clear(self) -> None:
        self.table.clear()

    def _move_to(self, index: int) -> None:
        self.table.move_cursor(row=index)

    def _append(self, items: list[Any]) -> None:
        table = self.table
        for item in items:
            table.add_row(*self.row(item), key=self.key(item))

    def replace(self, item: Any) -> None:
        table, key = self.table, self.key(item)
        if key not in table.rows:
            return
        for column, cell in zip(list(table.columns), self.row(item), strict=False):
            table.update_cell(key, column, cell)
