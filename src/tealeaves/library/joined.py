"""The index's records as the library shows them: every id joined to another (one person
named from two scripts, :mod:`tealeaves.library.joins`) read as the id it is shown under."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace

from whoosh.searching import Searcher

from tealeaves.library.joins import Joins
from tealeaves.model import Quote
from tealeaves.search.catalog import Catalog, PersonRecord, TopicTally
from tealeaves.views import NameMark


class JoinedCatalog(Catalog):
    """The index's records with every joined id read as the id it is shown under: a joined
    person's records and quotes are theirs, under one id and one name (the Latin-script
    one), with the other spelling kept as an alias."""

    def __init__(
        self, searcher: Callable[[], Searcher], lock: threading.RLock, joins: Callable[[], Joins]
    ) -> None:
        super().__init__(searcher, lock)
        self._joins = joins
        self._all: dict[str, list[PersonRecord]] | None = None  # see :meth:`reading_all`

    @contextmanager
    def reading_all(self) -> Iterator[dict[str, list[PersonRecord]]]:
        """Every stored person record, read once and kept while the block runs: the lists
        are made from one pass over them (the joins, then the people), not two."""
        self._all = super().person_records()
        try:
            yield self._all
        finally:
            self._all = None

    def _stored(self, person: str | None) -> dict[str, list[PersonRecord]]:
        if person is None and self._all is not None:
            return self._all
        return super().person_records(person)

    def person_records(
        self, person: str | None = None, *, joined: bool = True
    ) -> dict[str, list[PersonRecord]]:
        """As :meth:`Catalog.person_records`, by shown id (``joined=False``: as stored)."""
        if not joined:
            return self._stored(person)
        joins = self._joins()
        if person is None:
            raw = self._stored(None)
        else:
            raw = {}
            for pid in joins.members(person):
                raw.update(super().person_records(pid))
        rows: dict[str, list[PersonRecord]] = {}
        mixed: dict[str, list[tuple[str, str, PersonRecord]]] = {}  # from two ids or more
        first: dict[str, str] = {}
        for pid, records in raw.items():
            shown = joins.canonical(pid)
            if shown != pid:
                records = [_renamed(r, shown, joins.names.get(shown, "")) for r in records]
            # one person asked for by any of their ids (a link or a note made before the
            # join): their records under the id asked for
            key = shown if person is None else person
            if key not in rows:
                rows[key], first[key] = list(records), pid
                continue
            if key not in mixed:
                mixed[key] = [(r.doc_id, first[key], r) for r in rows[key]]
            mixed[key].extend((r.doc_id, pid, r) for r in records)
        # in the order of their articles (then of the ids), whichever id came first in the
        # index: one person is merged the same way whatever the index's layout
        for key, found in mixed.items():
            rows[key] = [r for *_, r in sorted(found, key=_order)]
        return rows

    def canonical(self, pid: str) -> str:
        """The id the person ``pid`` is shown under."""
        return self._joins().canonical(pid)

    def members(self, pid: str) -> list[str]:
        """Every id of the person ``pid`` is (or is joined to), the shown one first."""
        return self._joins().members(pid)

    def quotes(self, speaker: str | None = None, document: str | None = None) -> list[Quote]:
        joins = self._joins()
        if speaker is None or not joins.to:
            found = super().quotes(speaker, document)
        else:
            read = super().quotes
            found = [q for pid in joins.members(speaker) for q in read(pid, document)]
            found.sort(key=lambda q: (q.span.document, q.span.start))
        return [_spoken_by(q, joins) for q in found]

    def quote(self, quote_id: str) -> Quote | None:
        found = super().quote(quote_id)
        return _spoken_by(found, self._joins()) if found is not None else None

    def name_marks(self, doc_id: str) -> list[NameMark]:
        joins = self._joins()
        return [replace(m, person=joins.canonical(m.person)) for m in super().name_marks(doc_id)]

    def topic_tally(self, topic_id: str) -> TopicTally:
        joins = self._joins()
        tally = super().topic_tally(topic_id)
        speakers: dict[str, int] = {}
        for pid, n in tally.speakers.items():
            shown = joins.canonical(pid)
            speakers[shown] = speakers.get(shown, 0) + n
        return replace(tally, speakers=speakers)


def _order(item: tuple[str, str, PersonRecord]) -> tuple[str, str]:
    return item[0], item[1]


def _renamed(record: PersonRecord, shown: str, name: str) -> PersonRecord:
    """A joined id's record under the id (and name) it is shown under; its own spelling is
    kept as an alias, so a search by it still finds the person."""
    person = record.person
    aliases = tuple(dict.fromkeys((*person.aliases, person.name)))
    return replace(
        record, person=replace(person, id=shown, name=name or person.name, aliases=aliases)
    )


def _spoken_by(quote: Quote, joins: Joins) -> Quote:
    if quote.speaker is None or quote.speaker not in joins.to:
        return quote
    return replace(quote, speaker=joins.canonical(quote.speaker))
