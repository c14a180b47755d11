"""The lists a library shows (articles, people, terms), kept in a small SQLite side table so
that they can be read a page at a time, sorted and filtered, without reading every record of
the index (issue 20, item 1).

The table is made from the same answers as ``Library.documents()``, ``people()`` and
``glossary()`` (so it lists exactly what they list, in their order) and written beside the
index as ``lists.sqlite``: built in a temporary file and renamed over the old one, so a
reader sees a whole table or the one before. It carries a stamp of the index it was made
from; a table whose stamp differs is stale and made again. When the index folder cannot be
written, the table is kept in memory for the session.

Every filter and order is the one the explorer used on its full lists: a filter's words
must all appear in the folded haystack of the item (:func:`tealeaves.library.people.
person_matches`) and a filtered list of people is ordered by how well the filter fits them
(:func:`~tealeaves.library.people.match_rank`), computed here in SQL from folded columns.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

from tealeaves.model import Span
from tealeaves.text import fold
from tealeaves.views import DocumentInfo, GlossaryEntry, PersonSummary

#: Bump when the table's layout changes: an older table is then made again.
LISTING_VERSION = "3"
LISTING_FILE = "lists.sqlite"
#: The lists, and what each is called in a page request.
KINDS = ("documents", "people", "glossary")
#: The orders of the people: by name; by mentions or quotes (most first); "top", the most
#: quoted (quotes, then mentions).
PEOPLE_ORDERS = {
    "name": "pos",
    "mentions": "mentions DESC, name, pos",
    "quotes": "quotes DESC, name, pos",
    "top": "quotes DESC, mentions DESC, name, pos",
}
#: Between the folded aliases of a person in one column (never in a typed filter).
SEP = "\n"

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents(pos INTEGER PRIMARY KEY, id TEXT NOT NULL, hay TEXT NOT NULL,
                       data TEXT NOT NULL);
CREATE TABLE people(pos INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT NOT NULL,
                    name_f TEXT NOT NULL, native_f TEXT NOT NULL, aliases_f TEXT NOT NULL,
                    hay TEXT NOT NULL, kind TEXT NOT NULL, mentions INTEGER NOT NULL,
                    quotes INTEGER NOT NULL, data TEXT NOT NULL);
CREATE TABLE glossary(pos INTEGER PRIMARY KEY, term TEXT NOT NULL, hay TEXT NOT NULL,
                      data TEXT NOT NULL);
CREATE TABLE joins(id TEXT PRIMARY KEY, shown TEXT NOT NULL, name TEXT NOT NULL);
CREATE INDEX documents_id ON documents(id);
CREATE INDEX people_id ON people(id);
CREATE INDEX people_name ON people(name_f);
CREATE INDEX people_mentions ON people(mentions DESC, name, pos);
CREATE INDEX people_quotes ON people(quotes DESC, name, pos);
CREATE INDEX people_top ON people(kind, quotes DESC, mentions DESC, name, pos);
CREATE INDEX glossary_term ON glossary(term);
"""


def _hay(*texts: str) -> str:
    return " ".join(fold(t) for t in texts)


def _document_row(pos: int, d: DocumentInfo) -> tuple[Any, ...]:
    return (pos, d.id, _hay(d.title, *d.authors, d.publication, d.id), json.dumps(asdict(d)))


def _person_row(pos: int, p: PersonSummary) -> tuple[Any, ...]:
    hay = _hay(p.name, p.native_name, p.id, *p.aliases, *p.affiliations)
    aliases = SEP.join(fold(a) for a in p.aliases)
    return (
        pos, p.id, p.name, fold(p.name), fold(p.native_name), aliases, hay, p.kind,
        p.mention_count, p.quote_count, json.dumps(asdict(p)),
    )  # fmt: skip


def _term_row(pos: int, e: GlossaryEntry) -> tuple[Any, ...]:
    return (pos, e.term, _hay(e.term, e.pinyin, *e.glosses), json.dumps(asdict(e)))


def write_listing(
    db: sqlite3.Connection,
    stamp: str,
    documents: Iterable[DocumentInfo],
    people: Iterable[PersonSummary],
    glossary: Iterable[GlossaryEntry],
    joins: Iterable[tuple[str, str, str]] = (),
) -> None:
    """Fill an empty database with the lists, in the order given, and the joins: (id, the id
    it is shown under, that id's name) for each id joined to another."""
    db.executescript(_SCHEMA)
    db.executemany(
        "INSERT INTO meta VALUES (?, ?)", [("version", LISTING_VERSION), ("stamp", stamp)]
    )
    db.executemany(
        "INSERT INTO documents VALUES (?,?,?,?)",
        (_document_row(n, x) for n, x in enumerate(documents)),
    )
    db.executemany(
        "INSERT INTO people VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (_person_row(n, x) for n, x in enumerate(people)),
    )
    db.executemany(
        "INSERT INTO glossary VALUES (?,?,?,?)", (_term_row(n, x) for n, x in enumerate(glossary))
    )
    db.executemany("INSERT INTO joins VALUES (?,?,?)", joins)
    db.commit()


def _document(data: str) -> DocumentInfo:
    d = json.loads(data)
    d["authors"] = tuple(d["authors"])
    d["provenance"] = tuple(tuple(p) for p in d["provenance"])
    return DocumentInfo(**d)


def _person(data: str) -> PersonSummary:
    d = json.loads(data)
    for key in ("affiliations", "documents", "aliases"):
        d[key] = tuple(d[key])
    return PersonSummary(**d)


def _term(data: str) -> GlossaryEntry:
    d = json.loads(data)
    d["glosses"] = tuple(d["glosses"])
    d["occurrences"] = tuple(Span(**s) for s in d["occurrences"])
    return GlossaryEntry(**d)


READERS = {"documents": _document, "people": _person, "glossary": _term}
KEYS = {"documents": "id", "people": "id", "glossary": "term"}


def _where(what: str, text: str, kind: str | None, quoted: bool) -> tuple[str, list[Any]]:
    """The SQL condition for a filter: every word typed, of one kind, quoted at least once."""
    clauses: list[str] = []
    args: list[Any] = []
    for word in fold(text).split():
        clauses.append("instr(hay, ?) > 0")
        args.append(word)
    if what == "people" and kind is not None:
        clauses.append("kind = ?")
        args.append(kind)
    if what == "people" and quoted:
        clauses.append("quotes > 0")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", args


def _order(what: str, sort: str, text: str) -> tuple[str, list[Any]]:
    """The SQL order: the sort asked for; for people filtered by a text, how well the text
    fits each (a word of a name begins with it, a name holds it, another form of the name
    holds it, an affiliation only) first."""
    if what != "people":
        return "pos", []
    if sort not in PEOPLE_ORDERS:
        raise ValueError(f"no order {sort!r} for people: {', '.join(PEOPLE_ORDERS)}")
    wanted = fold(text)
    if not wanted.strip():
        return PEOPLE_ORDERS[sort], []
    rank = (
        "CASE WHEN instr(' ' || name_f, ' ' || ?) > 0 OR instr(' ' || native_f, ' ' || ?) > 0"
        " THEN 0 WHEN instr(name_f, ?) > 0 OR instr(native_f, ?) > 0 THEN 1"
        " WHEN instr(aliases_f, ?) > 0 THEN 2 ELSE 3 END"
    )
    return f"{rank}, {PEOPLE_ORDERS[sort]}", [wanted] * 5


class ListingTable:
    """The side table of one index: made when missing or stale, read a page at a time."""

    def __init__(self, path: Path | None) -> None:
        """``path``: where the table is kept; None keeps it in memory."""
        self.path = path
        self._memory: sqlite3.Connection | None = None
        self._lock = threading.Lock()  # for the table in memory (one connection)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        if self._memory is not None:
            with self._lock:
                yield self._memory
            return
        if self.path is None or not self.path.exists():
            raise FileNotFoundError(self.path)
        db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        try:
            yield db
        finally:
            db.close()

    def stamp(self) -> str | None:
        """The stamp of the index the table was made from (None: no usable table)."""
        try:
            with self._connect() as db:
                meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        except (OSError, sqlite3.Error):
            return None
        return meta.get("stamp") if meta.get("version") == LISTING_VERSION else None

    def make(
        self,
        stamp: str,
        documents: Iterable[DocumentInfo],
        people: Iterable[PersonSummary],
        glossary: Iterable[GlossaryEntry],
        joins: Iterable[tuple[str, str, str]] = (),
    ) -> None:
        """Write the table anew (in memory when its folder cannot be written)."""
        lists = (list(documents), list(people), list(glossary), list(joins))
        if self.path is not None:
            tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.{threading.get_ident()}")
            try:
                tmp.unlink(missing_ok=True)
                db = sqlite3.connect(tmp)
                try:
                    write_listing(db, stamp, *lists)
                finally:
                    db.close()
                os.replace(tmp, self.path)
                self._memory = None
                return
            except (OSError, sqlite3.Error):  # a folder that cannot be written: in memory
                with contextlib.suppress(OSError):
                    tmp.unlink(missing_ok=True)
        memory = sqlite3.connect(":memory:", check_same_thread=False)
        write_listing(memory, stamp, *lists)
        with self._lock:
            self._memory = memory

    def page(
        self,
        what: str,
        offset: int,
        limit: int,
        *,
        sort: str = "name",
        text: str = "",
        kind: str | None = None,
        quoted: bool = False,
    ) -> tuple[list[Any], int, str]:
        """(items ``offset`` to ``offset + limit`` of a list, how many it has, the stamp)."""
        if what not in KINDS:
            raise ValueError(f"no list {what!r}: {', '.join(KINDS)}")
        where, args = _where(what, text, kind, quoted)
        order, order_args = _order(what, sort, text)
        with self._connect() as db:
            stamp = db.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()[0]
            total = db.execute(f"SELECT count(*) FROM {what}{where}", args).fetchone()[0]
            rows = db.execute(
                f"SELECT data FROM {what}{where} ORDER BY {order} LIMIT ? OFFSET ?",
                [*args, *order_args, max(limit, 0), max(offset, 0)],
            ).fetchall()
        read = READERS[what]
        return [read(data) for (data,) in rows], total, stamp

    def lookup(self, what: str, keys: Iterable[str]) -> dict[str, Any]:
        """The items of a list with these keys (ids; terms for the glossary)."""
        wanted = list(dict.fromkeys(keys))
        found: dict[str, Any] = {}
        column = KEYS[what]
        with self._connect() as db:
            for n in range(0, len(wanted), 500):
                chunk = wanted[n : n + 500]
                marks = ",".join("?" * len(chunk))
                for key, data in db.execute(
                    f"SELECT {column}, data FROM {what} WHERE {column} IN ({marks})", chunk
                ):
                    found[key] = READERS[what](data)
        return found

    def namesakes(self, name: str) -> list[PersonSummary]:
        """Everyone whose name folds to the same as ``name``, in the list's order."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT data FROM people WHERE name_f = ? ORDER BY pos", [fold(name)]
            ).fetchall()
        return [_person(data) for (data,) in rows]

    def counts(self) -> tuple[int, int, int, int, str]:
        """(articles, people, experts, terms, stamp)."""
        with self._connect() as db:
            stamp = db.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()[0]
            docs = db.execute("SELECT count(*) FROM documents").fetchone()[0]
            people = db.execute("SELECT count(*) FROM people").fetchone()[0]
            experts = db.execute("SELECT count(*) FROM people WHERE kind = 'expert'").fetchone()[0]
            terms = db.execute("SELECT count(*) FROM glossary").fetchone()[0]
        return docs, people, experts, terms, stamp

    def joins(self) -> list[tuple[str, str, str]]:
        """(id, the id it is shown under, that id's name) for every id joined to another."""
        with self._connect() as db:
            return db.execute("SELECT id, shown, name FROM joins").fetchall()

    def keys(self, what: str) -> set[str]:
        """Every key of a list (ids of articles or people, terms): small, for comparing."""
        with self._connect() as db:
            return {k for (k,) in db.execute(f"SELECT {KEYS[what]} FROM {what}")}
