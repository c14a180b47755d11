"""The lists a library shows (articles, people, terms), kept in a small SQLite side table so
that they can be read a page at a time, sorted and filtered, without reading every record of
the index (issue 20, item 1).

The table is made from the same answers as ``Library.documents()``, ``people()`` and
``glossary()`` (so it lists exactly what they list, in their order) and written beside the
index as ``lists.sqlite``: built in a temporary file and renamed over the old one, so a
reader sees a whole table or the one before. It carries a stamp of the index it was made
from; a table whose stamp differs is stale and made again. When the index folder cannot be
written, the table is kept in memory for the session.

An update of the index made here changes the table in place (:meth:`ListingTable.edit`, one
SQLite transaction) instead of making it anew: only the rows of the articles that changed,
of the people and terms they name, and of the joins of those people's surnames. For that the
table also keeps what the lists themselves do not show: the ids each article names, every
stored person id with its name, and every place a term was found (:class:`Keys`). Each list
is ordered by its own columns (an article's date, title and id; a person's folded name and
id; a term's pinyin), so a row put in place lands where a table made anew would put it.

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
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from tealeaves.model import Span, Term
from tealeaves.text import fold
from tealeaves.views import DocumentInfo, GlossaryEntry, PersonSummary

#: Bump when the table's layout changes: an older table is then made again.
LISTING_VERSION = "6"  # 6: names grouped by classes of sounds, names in characters joined
LISTING_FILE = "lists.sqlite"
#: The lists, and what each is called in a page request.
KINDS = ("documents", "people", "glossary")
#: The order of each list (the order of :meth:`Library.documents`, ``people`` and
#: ``glossary``; every one total, so that it does not depend on the rows' order).
ORDERS = {
    "documents": "date DESC, title_l, id",
    "glossary": "key_f, pinyin, term",
}
#: The orders of the people: by name; by mentions or quotes (most first); "top", the most
#: quoted (quotes, then mentions).
PEOPLE_ORDERS = {
    "name": "name_f, id",
    "mentions": "mentions DESC, name, name_f, id",
    "quotes": "quotes DESC, name, name_f, id",
    "top": "quotes DESC, mentions DESC, name, name_f, id",
}
#: Between the folded aliases of a person in one column (never in a typed filter).
SEP = "\n"
#: How many keys go into one ``IN (…)`` of a query.
CHUNK = 500

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents(id TEXT PRIMARY KEY, date TEXT NOT NULL, title_l TEXT NOT NULL,
                       hay TEXT NOT NULL, data TEXT NOT NULL, people TEXT NOT NULL);
CREATE TABLE people(id TEXT PRIMARY KEY, name TEXT NOT NULL,
                    name_f TEXT NOT NULL, native_f TEXT NOT NULL, aliases_f TEXT NOT NULL,
                    hay TEXT NOT NULL, kind TEXT NOT NULL, mentions INTEGER NOT NULL,
                    quotes INTEGER NOT NULL, data TEXT NOT NULL);
CREATE TABLE glossary(term TEXT PRIMARY KEY, key_f TEXT NOT NULL, pinyin TEXT NOT NULL,
                      hay TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE joins(id TEXT PRIMARY KEY, shown TEXT NOT NULL, name TEXT NOT NULL);
CREATE TABLE names(id TEXT PRIMARY KEY, name TEXT NOT NULL, cyrillic INTEGER NOT NULL,
                   surname TEXT);
CREATE TABLE uses(doc TEXT NOT NULL, n INTEGER NOT NULL, term TEXT NOT NULL,
                  gloss TEXT NOT NULL, pinyin TEXT NOT NULL, span_doc TEXT NOT NULL,
                  start INTEGER NOT NULL, end INTEGER NOT NULL);
CREATE INDEX documents_order ON documents(date DESC, title_l, id);
CREATE INDEX people_name ON people(name_f, id);
CREATE INDEX people_mentions ON people(mentions DESC, name, name_f, id);
CREATE INDEX people_quotes ON people(quotes DESC, name, name_f, id);
CREATE INDEX people_top ON people(kind, quotes DESC, mentions DESC, name, name_f, id);
CREATE INDEX glossary_order ON glossary(key_f, pinyin, term);
CREATE INDEX names_surname ON names(surname);
CREATE INDEX uses_doc ON uses(doc);
CREATE INDEX uses_term ON uses(term, doc, start, n);
"""


@dataclass
class Keys:
    """What a table keeps to be updated in place, beside the lists it shows."""

    #: Every stored person id: (its name, whether it was read from Cyrillic, its surname as
    #: the joins see it: :func:`tealeaves.library.joins.surname`).
    names: dict[str, tuple[str, bool, str | None]] = field(default_factory=dict)
    #: Each article's id: the stored ids of the people it names.
    people_of: dict[str, list[str]] = field(default_factory=dict)
    #: Every term found: (article id, its number there, the term).
    uses: list[tuple[str, int, Term]] = field(default_factory=list)


def _hay(*texts: str) -> str:
    return " ".join(fold(t) for t in texts)


_NAMES: dict[type, tuple[str, ...]] = {}


def _as_dict(item: DocumentInfo | PersonSummary) -> dict[str, Any]:
    """What ``dataclasses.asdict`` gives for a record of strings, numbers and tuples of
    them (the same JSON), without its deep copy of every value (about a tenth of making
    the table of 10,000 articles: 2.66 -> 2.48 s)."""
    names = _NAMES.get(type(item))
    if names is None:
        names = _NAMES[type(item)] = tuple(f.name for f in fields(item))
    return {name: getattr(item, name) for name in names}


def _document_row(d: DocumentInfo, people: list[str]) -> tuple[Any, ...]:
    hay = _hay(d.title, *d.authors, d.publication, d.id)
    return (d.id, d.date, d.title.lower(), hay, json.dumps(_as_dict(d)), json.dumps(people))


def _person_row(p: PersonSummary) -> tuple[Any, ...]:
    hay = _hay(p.name, p.native_name, p.id, *p.aliases, *p.affiliations)
    aliases = SEP.join(fold(a) for a in p.aliases)
    return (
        p.id, p.name, fold(p.name), fold(p.native_name), aliases, hay, p.kind,
        p.mention_count, p.quote_count, json.dumps(_as_dict(p)),
    )  # fmt: skip


def _term_row(e: GlossaryEntry) -> tuple[Any, ...]:
    hay = _hay(e.term, e.pinyin, *e.glosses)
    # as asdict(e) has it, without its deep copies (a common term is found thousands of times)
    places = [{"document": s.document, "start": s.start, "end": s.end} for s in e.occurrences]
    data = {"term": e.term, "pinyin": e.pinyin, "gloss": e.gloss, "glosses": list(e.glosses),
            "occurrences": places}  # fmt: skip
    return (e.term, fold(e.pinyin or e.term), e.pinyin, hay, json.dumps(data))


def _use_row(doc: str, n: int, t: Term) -> tuple[Any, ...]:
    return (doc, n, t.term, t.gloss, t.pinyin, t.span.document, t.span.start, t.span.end)


def _name_row(pid: str, name: tuple[str, bool, str | None]) -> tuple[Any, ...]:
    return (pid, name[0], int(name[1]), name[2])


_INSERT = {
    "documents": "INSERT INTO documents VALUES (?,?,?,?,?,?)",
    "people": "INSERT INTO people VALUES (?,?,?,?,?,?,?,?,?,?)",
    "glossary": "INSERT INTO glossary VALUES (?,?,?,?,?)",
    "joins": "INSERT INTO joins VALUES (?,?,?)",
    "names": "INSERT INTO names VALUES (?,?,?,?)",
    "uses": "INSERT INTO uses VALUES (?,?,?,?,?,?,?,?)",
}


def write_listing(
    db: sqlite3.Connection,
    stamp: str,
    documents: Iterable[DocumentInfo],
    people: Iterable[PersonSummary],
    glossary: Iterable[GlossaryEntry],
    joins: Iterable[tuple[str, str, str]] = (),
    keys: Keys | None = None,
) -> None:
    """Fill an empty database with the lists and the joins: (id, the id it is shown under,
    that id's name) for each id joined to another; ``keys``: what an update in place needs
    (without them, the table is made anew at every update)."""
    db.executescript(_SCHEMA)
    meta = [("version", LISTING_VERSION), ("stamp", stamp), ("keys", "1" if keys else "0")]
    db.executemany("INSERT INTO meta VALUES (?, ?)", meta)
    people_of = keys.people_of if keys else {}
    db.executemany(
        _INSERT["documents"], (_document_row(d, people_of.get(d.id, [])) for d in documents)
    )
    db.executemany(_INSERT["people"], (_person_row(p) for p in people))
    db.executemany(_INSERT["glossary"], (_term_row(e) for e in glossary))
    db.executemany(_INSERT["joins"], joins)
    if keys is not None:
        db.executemany(_INSERT["names"], (_name_row(*item) for item in keys.names.items()))
        db.executemany(_INSERT["uses"], (_use_row(*use) for use in keys.uses))
    db.commit()


def _chunks(keys: Iterable[str]) -> Iterator[tuple[list[str], str]]:
    """Keys a chunk at a time, each with the marks of its ``IN (…)``."""
    wanted = list(dict.fromkeys(keys))
    for n in range(0, len(wanted), CHUNK):
        chunk = wanted[n : n + CHUNK]
        yield chunk, ",".join("?" * len(chunk))


class ListingEdit:
    """The table changed in place, within one transaction: every ``put_`` removes the rows
    of the keys given, then writes the rows given (of some of those keys, or none)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def _select(self, sql: str, keys: Iterable[str]) -> list[tuple[Any, ...]]:
        """The rows of a query whose ``{}`` is the marks of a chunk of keys."""
        found: list[tuple[Any, ...]] = []
        for chunk, marks in _chunks(keys):
            found.extend(self.db.execute(sql.format(marks), chunk).fetchall())
        return found

    def _put(self, what: str, column: str, keys: Iterable[str], rows: Iterable[Any]) -> None:
        for chunk, marks in _chunks(keys):
            self.db.execute(f"DELETE FROM {what} WHERE {column} IN ({marks})", chunk)
        self.db.executemany(_INSERT[what], rows)

    def people_of(self, docs: Iterable[str]) -> dict[str, list[str]]:
        """The stored ids of the people each of these articles named."""
        rows = self._select("SELECT id, people FROM documents WHERE id IN ({})", docs)
        return {doc: json.loads(people) for doc, people in rows}

    def put_documents(
        self, docs: Iterable[str], rows: Iterable[tuple[DocumentInfo, list[str]]]
    ) -> None:
        self._put("documents", "id", docs, (_document_row(*row) for row in rows))

    def terms_of(self, docs: Iterable[str]) -> set[str]:
        """The terms found in these articles."""
        return {t for (t,) in self._select("SELECT term FROM uses WHERE doc IN ({})", docs)}

    def put_uses(self, docs: Iterable[str], uses: Iterable[tuple[str, int, Term]]) -> None:
        self._put("uses", "doc", docs, (_use_row(*use) for use in uses))

    def uses(self, term: str) -> list[Term]:
        """Every place ``term`` was found, in reading order."""
        rows = self.db.execute(
            "SELECT term, gloss, pinyin, span_doc, start, end FROM uses WHERE term = ?"
            " ORDER BY doc, start, n",
            [term],
        ).fetchall()
        return [
            Term(t, gloss, pinyin, Span(doc, start, end))
            for t, gloss, pinyin, doc, start, end in rows
        ]

    def put_terms(self, terms: Iterable[str], entries: Iterable[GlossaryEntry]) -> None:
        self._put("glossary", "term", terms, (_term_row(e) for e in entries))

    def names(self, ids: Iterable[str]) -> dict[str, tuple[str, bool, str | None]]:
        """These stored person ids' names (see :attr:`Keys.names`)."""
        rows = self._select("SELECT id, name, cyrillic, surname FROM names WHERE id IN ({})", ids)
        return {pid: (name, bool(cyrillic), key) for pid, name, cyrillic, key in rows}

    def with_surnames(self, surnames: Iterable[str]) -> dict[str, tuple[str, bool, str | None]]:
        """Every stored person id of these surnames, with its name."""
        rows = self._select(
            "SELECT id, name, cyrillic, surname FROM names WHERE surname IN ({})", surnames
        )
        return {pid: (name, bool(cyrillic), key) for pid, name, cyrillic, key in rows}

    def put_names(self, ids: Iterable[str], names: dict[str, tuple[str, bool, str | None]]) -> None:
        self._put("names", "id", ids, (_name_row(*item) for item in names.items()))

    def joins(self) -> list[tuple[str, str, str]]:
        return self.db.execute("SELECT id, shown, name FROM joins").fetchall()

    def put_joins(self, ids: Iterable[str], rows: Iterable[tuple[str, str, str]]) -> None:
        self._put("joins", "id", ids, rows)

    def put_people(self, ids: Iterable[str], people: Iterable[PersonSummary]) -> None:
        self._put("people", "id", ids, (_person_row(p) for p in people))

    def count(self, what: str) -> int:
        return int(self.db.execute(f"SELECT count(*) FROM {what}").fetchone()[0])


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
        return ORDERS[what], []
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
        keys: Keys | None = None,
    ) -> None:
        """Write the table anew (in memory when its folder cannot be written)."""
        lists = (list(documents), list(people), list(glossary), list(joins), keys)
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

    @contextmanager
    def edit(self, before: str, stamp: str) -> Iterator[ListingEdit | None]:
        """Change the table in place, from the index ``before`` to the index ``stamp``: the
        block gets None (and nothing is changed) when the table was not made from ``before``
        or keeps no :class:`Keys`; then it must be made anew. One transaction: a reader
        (another process too) sees the table before or after, and an error leaves it as
        it was."""
        if self._memory is not None:
            with self._lock:
                yield from _editing(self._memory, before, stamp)
            return
        if self.path is None or not self.path.exists():
            yield None
            return
        db = sqlite3.connect(self.path, timeout=30)
        try:
            yield from _editing(db, before, stamp)
        finally:
            db.close()

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
        found: dict[str, Any] = {}
        column = KEYS[what]
        with self._connect() as db:
            for chunk, marks in _chunks(keys):
                for key, data in db.execute(
                    f"SELECT {column}, data FROM {what} WHERE {column} IN ({marks})", chunk
                ):
                    found[key] = READERS[what](data)
        return found

    def namesakes(self, name: str) -> list[PersonSummary]:
        """Everyone whose name folds to the same as ``name``, in the list's order."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT data FROM people WHERE name_f = ? ORDER BY id", [fold(name)]
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


def _editing(db: sqlite3.Connection, before: str, stamp: str) -> Iterator[ListingEdit | None]:
    """The transaction of :meth:`ListingTable.edit` on an open database."""
    try:
        db.execute("BEGIN IMMEDIATE")  # no other writer from here on: the stamp holds
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.Error:
        with contextlib.suppress(sqlite3.Error):
            db.rollback()
        yield None
        return
    usable = (meta.get("version"), meta.get("stamp"), meta.get("keys")) == (
        LISTING_VERSION,
        before,
        "1",
    )
    if not usable:
        db.rollback()
        yield None
        return
    try:
        yield ListingEdit(db)
        db.execute("UPDATE meta SET value = ? WHERE key = 'stamp'", [stamp])
        db.commit()
    except BaseException:
        db.rollback()
        raise
