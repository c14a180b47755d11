"""The library's lists a page at a time: articles, people and terms as the explorer shows
them, read from a side table beside the index (:mod:`tealeaves.search.listing`) rather than
from every stored record (issue 20, item 1).

The table is made when the index changes (after an update or a rebuild, as part of it) and,
when it is missing or was made from another index (an older release, a copy made by hand),
the first time a list is asked for.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING, Any

from tealeaves.library.joins import Joins, join_ids
from tealeaves.views import Counts, DocumentInfo, GlossaryEntry, Page, PersonSummary

if TYPE_CHECKING:
    from tealeaves.search.build import IndexStore
    from tealeaves.search.listing import ListingTable

#: How many items a page holds unless asked otherwise.
PAGE_SIZE = 100


class Lists:
    """The side table of the library's lists: kept fresh, read a page at a time."""

    def __init__(
        self,
        store: IndexStore,
        lock: threading.RLock,
        documents: Callable[[], list[DocumentInfo]],
        people: Callable[[], list[PersonSummary]],
        glossary: Callable[[], list[GlossaryEntry]],
        records: Callable[[], AbstractContextManager[Iterable[tuple[str, str, str]]]] = (
            lambda: nullcontext(())
        ),
    ) -> None:
        """``records``: (id, name, native name) of every person record as stored, from which
        the ids of one person named from two scripts are joined (:func:`join_ids`); a
        context, so that the records read for the joins serve the people list too."""
        self.store = store
        self._sources = (documents, people, glossary)
        self._records = records
        self._joins: Joins | None = None  # read from the table once it is fresh
        self._making: Joins | None = None  # the joins of a table being made
        self._table: ListingTable | None = None
        self._stamp = ""  # the index as the library sees it (set by :meth:`changed`)
        self._fresh = False  # whether the table was found made from that index
        # The library's lock: the table is made from its lists, which take it, and an
        # update made under it makes the table (one lock, so never two taken in turn).
        self._lock = lock
        self.made = 0  # how many times the table was made (for tests and benchmarks)

    def changed(self, stamp: str, *, make: bool) -> None:
        """The library now sees the index ``stamp``; ``make``: it was updated here just now,
        so the table is made at once, as part of the update (the explorer's next start
        then finds it ready). Otherwise it is looked at when a list is first asked for."""
        self._stamp = stamp
        self._fresh = False
        self._joins = None
        if make:
            self.table()

    def table(self) -> ListingTable:
        """The table, made first when it is missing or stale. Once it is found fresh, a page
        is read without the library's lock (while a search runs)."""
        table = self._table
        if table is not None and self._fresh:
            return table
        with self._lock:
            from tealeaves.search.listing import LISTING_FILE, ListingTable

            path = None if self.store.in_memory else self.store.directory / LISTING_FILE
            if self._table is None or self._table.path != path:
                self._table = ListingTable(path)
            stamp = self._stamp
            if not self._fresh and self._table.stamp() != stamp:
                self._make(self._table, stamp)
            self._fresh = stamp == self._stamp
            return self._table

    def _make(self, table: ListingTable, stamp: str) -> None:
        """Make the table: the joins first, since the people are listed as joined."""
        with self._records() as read:
            records = list(read)
            joined = join_ids(records)
            shown = set(joined.values())
            names = {pid: name for pid, name, _ in records if pid in shown}
            self._making = Joins(joined, names)
            try:
                documents, people, glossary = self._sources
                table.make(stamp, documents(), people(), glossary(), self._making.rows())
                self._joins = self._making
                self.made += 1
            finally:
                self._making = None

    def joins(self) -> Joins:
        """Which ids are one person, as the lists (and so every answer) show them."""
        if self._making is not None:
            return self._making
        joins = self._joins
        if joins is not None and self._fresh:
            return joins
        table = self.table()
        if self._joins is None or not self._fresh:
            self._joins = Joins.from_rows(table.joins())
        return self._joins

    def page(
        self,
        what: str,
        offset: int = 0,
        limit: int = PAGE_SIZE,
        *,
        sort: str = "name",
        text: str = "",
        kind: str | None = None,
        quoted: bool = False,
    ) -> Page[Any]:
        items, total, stamp = self.table().page(
            what, offset, limit, sort=sort, text=text, kind=kind, quoted=quoted
        )
        return Page(tuple(items), total, offset, stamp)

    def counts(self) -> Counts:
        return Counts(*self.table().counts())

    def lookup(self, what: str, keys: Iterable[str]) -> dict[str, Any]:
        return self.table().lookup(what, keys)

    def namesakes(self, name: str) -> list[PersonSummary]:
        return self.table().namesakes(name)

    def keys(self, what: str) -> set[str]:
        return self.table().keys(what)
