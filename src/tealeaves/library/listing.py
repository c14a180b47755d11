"""The library's lists a page at a time: articles, people and terms as the explorer shows
them, read from a side table beside the index (:mod:`tealeaves.search.listing`) rather than
from every stored record (issue 20, item 1).

The table is made when the index changes (after an update or a rebuild, as part of it) and,
when it is missing or was made from another index (an older release, a copy made by hand),
the first time a list is asked for. An update made here that knows which articles it added,
changed or removed changes the table in place instead (issue 20, scale): the rows of those
articles; of every person they name, or named, each made again from their own records
(found by id, not by reading everyone's); of the terms they hold, or held; and the joins of
those people's surnames, decided again from the table's names (:mod:`.joins`: a join is
decided among the ids of one surname only), with the people whose join came or went.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from tealeaves.library.joins import Joins, join_names, person_names, surname
from tealeaves.library.people import glossary_entry, glossary_of
from tealeaves.views import Counts, DocumentInfo, Page, PersonSummary

if TYPE_CHECKING:
    from collections.abc import Callable

    from tealeaves.library.joined import JoinedCatalog
    from tealeaves.library.people import People
    from tealeaves.search.build import IndexStore
    from tealeaves.search.catalog import PersonRecord
    from tealeaves.search.listing import ListingEdit, ListingTable

#: How many items a page holds unless asked otherwise.
PAGE_SIZE = 100


class ListSources:
    """Where the lists come from: the library's records, read whole or by key."""

    def __init__(
        self, catalog: JoinedCatalog, roster: People, documents: Callable[[], list[DocumentInfo]]
    ) -> None:
        self.catalog = catalog
        self.roster = roster
        self.documents = documents

    def people(self) -> list[PersonSummary]:
        return self.roster.people()

    def person(
        self, pid: str, stored: dict[str, list[PersonRecord]] | None = None
    ) -> PersonSummary | None:
        """The person ``pid`` as listed (under the joins the lists are being made with);
        ``stored``: records already read by id, used when ``pid`` is joined to no other id
        (an author named in every article of theirs has thousands)."""
        if stored is not None and pid in stored and self.catalog.members(pid) == [pid]:
            rows = stored[pid]
        else:
            rows = self.catalog.person_records(pid).get(pid, [])
        return self.roster.summary(rows) if rows else None


class Lists:
    """The side table of the library's lists: kept fresh, read a page at a time."""

    def __init__(self, store: IndexStore, lock: threading.RLock, sources: ListSources) -> None:
        self.store = store
        self._sources = sources
        self._joins: Joins | None = None  # read from the table once it is fresh
        self._making: Joins | None = None  # the joins of a table being made
        self._table: ListingTable | None = None
        self._stamp = ""  # the index as the library sees it (set by :meth:`changed`)
        self._fresh = False  # whether the table was found made from that index
        # The library's lock: the table is made from its lists, which take it, and an
        # update made under it makes the table (one lock, so never two taken in turn).
        self._lock = lock
        self.made = 0  # how many times the table was made (for tests and benchmarks)
        self.edited = 0  # how many times it was changed in place

    def changed(
        self,
        stamp: str,
        *,
        make: bool,
        before: str | None = None,
        documents: Iterable[str] | None = None,
    ) -> None:
        """The library now sees the index ``stamp``; ``make``: it was updated here just now,
        so the table is made at once, as part of the update (the explorer's next start
        then finds it ready). Otherwise it is looked at when a list is first asked for.

        ``documents``: the ids of the articles that update added, changed or removed, and
        ``before`` the index it started from: when the table is that index's, only what
        these articles bear on is made again."""
        self._stamp = stamp
        self._fresh = False
        self._joins = None
        if not make:
            return
        if documents is None or before is None or not self._edit(before, stamp, set(documents)):
            self.table()

    def _table_here(self) -> ListingTable:
        from tealeaves.search.listing import LISTING_FILE, ListingTable

        path = None if self.store.in_memory else self.store.directory / LISTING_FILE
        if self._table is None or self._table.path != path:
            self._table = ListingTable(path)
        return self._table

    def table(self) -> ListingTable:
        """The table, made first when it is missing or stale. Once it is found fresh, a page
        is read without the library's lock (while a search runs)."""
        table = self._table
        if table is not None and self._fresh:
            return table
        with self._lock:
            table = self._table_here()
            stamp = self._stamp
            if not self._fresh and table.stamp() != stamp:
                self._make(table, stamp)
            self._fresh = stamp == self._stamp
            return table

    def _make(self, table: ListingTable, stamp: str) -> None:
        """Make the table: the joins first, since the people are listed as joined."""
        from tealeaves.search.listing import Keys

        sources = self._sources
        with sources.catalog.reading_all() as stored:
            names = person_names(
                (pid, r.person.name, r.person.native_name) for pid, rs in stored.items() for r in rs
            )
            joined = join_names(names)
            self._making = Joins(joined, {pid: names[pid][0] for pid in set(joined.values())})
            try:
                people_of: dict[str, set[str]] = {}
                for pid, records in stored.items():
                    for record in records:
                        people_of.setdefault(record.doc_id, set()).add(pid)
                uses = sources.catalog.term_uses()
                keys = Keys(
                    {pid: (name, cyr, surname(name)) for pid, (name, cyr) in names.items()},
                    {doc: sorted(pids) for doc, pids in people_of.items()},
                    uses,
                )
                glossary = glossary_of(term for *_, term in uses)
                people = sources.people()
                rows = self._making.rows()
                table.make(stamp, sources.documents(), people, glossary, rows, keys)
                self._joins = self._making
                self.made += 1
            finally:
                self._making = None

    def _edit(self, before: str, stamp: str, documents: set[str]) -> bool:
        """Change the table in place from the index ``before`` (False: it was not that
        index's, or could not be changed; it is then made anew)."""
        with self._lock:
            table = self._table_here()
            try:
                with table.edit(before, stamp) as edit:
                    if edit is None:
                        return False
                    joins = self._apply(edit, documents)
                    # a check that costs little: the articles listed are the index's
                    if edit.count("documents") != self._sources.catalog.count("doc"):
                        raise _Differs
            except (_Differs, sqlite3.Error, OSError):
                return False
            finally:
                self._making = None
            self._joins = joins
            self._fresh = stamp == self._stamp
            self.edited += 1
            return True

    def _apply(self, edit: ListingEdit, documents: set[str]) -> Joins:
        """The rows the articles ``documents`` bear on, made again; the new joins."""
        catalog = self._sources.catalog
        infos = {doc: catalog.document_info(doc) for doc in sorted(documents)}
        present = [info for info in infos.values() if info is not None]
        named = {info.id: catalog.people_in(info.id) for info in present}
        named_before = edit.people_of(documents)
        edit.put_documents(documents, [(info, named[info.id]) for info in present])
        # the terms they hold or held, each from every place it is found
        uses = [use for info in present for use in catalog.term_uses(info.id)]
        terms = edit.terms_of(documents) | {term.term for *_, term in uses}
        edit.put_uses(documents, uses)
        entries = [glossary_entry(found) for t in sorted(terms) if (found := edit.uses(t))]
        edit.put_terms(terms, entries)
        # the ids they name or named, each from its own records
        ids = {pid for pids in (*named_before.values(), *named.values()) for pid in pids}
        old_names = edit.names(ids)
        new_names: dict[str, tuple[str, bool, str | None]] = {}
        stored: dict[str, list[PersonRecord]] = {}
        for pid in sorted(ids):
            records = stored[pid] = catalog.person_records(pid, joined=False).get(pid, [])
            found = person_names((pid, r.person.name, r.person.native_name) for r in records)
            if pid in found:
                name, cyrillic = found[pid]
                new_names[pid] = (name, cyrillic, surname(name))
        edit.put_names(ids, new_names)
        joins, shown = _joins_again(edit, ids, old_names, new_names)
        # the people they are shown as, before and after, each from their own records
        self._making = joins
        people = [
            person
            for pid in sorted(shown)
            if pid not in joins.to and (person := self._sources.person(pid, stored)) is not None
        ]
        edit.put_people(shown, people)
        return joins

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


class _Differs(Exception):
    """The table changed in place does not list what the index holds."""


def _joins_again(
    edit: ListingEdit,
    ids: set[str],
    old_names: dict[str, tuple[str, bool, str | None]],
    new_names: dict[str, tuple[str, bool, str | None]],
) -> tuple[Joins, set[str]]:
    """The joins once the ids ``ids`` have their new names (or are gone), and the ids of the
    people whose rows change: those ids as shown before and after, and both ends of every
    join made or undone. A join is decided among the ids of one surname, so the joins of
    every id of the surnames these ids had or have are decided again, and no other."""
    surnames = {n[2] for n in (*old_names.values(), *new_names.values()) if n[2] is not None}
    kin = edit.with_surnames(surnames)  # as they are now (the new names already written)
    decided = join_names({pid: (name, cyr) for pid, (name, cyr, _) in kin.items()})
    again = set(kin) | ids
    rows = edit.joins()
    before = {pid: shown for pid, shown, _ in rows if pid in again}
    to = {pid: shown for pid, shown, _ in rows if pid not in again}
    names = {shown: name for pid, shown, name in rows if pid not in again}
    to.update(decided)
    names.update({shown: kin[shown][0] for shown in decided.values()})
    joins = Joins(to, {shown: names[shown] for shown in set(to.values())})
    edit.put_joins(again, [(pid, shown, kin[shown][0]) for pid, shown in sorted(decided.items())])
    # (where an id was shown before differs from now only when its join was made or undone)
    shown = {end for pid in ids for end in (pid, joins.canonical(pid))}
    for pid in again:
        if before.get(pid) != decided.get(pid):
            shown |= {pid, before.get(pid, pid), decided.get(pid, pid)}
    return joins, shown
