"""Typed reads of the records stored in the index.

The index stores each record's facts in Whoosh's stored fields: plain strings, authors
joined with "; ", and a JSON ``data`` field (see :mod:`tealeaves.search.records`). This is
the only place that reads them back; everything above gets dataclasses.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from whoosh.query import Term as TermQuery
from whoosh.searching import Searcher

from tealeaves.model import Person, Quote, Term
from tealeaves.search.records import person_from_stored, quote_from_stored, term_from_stored
from tealeaves.views import DocumentInfo, NameMark


@dataclass(frozen=True, slots=True)
class PersonRecord:
    """What one article says about one person: the person as found there, and counts."""

    person: Person
    doc_id: str
    mentions: int
    quotes: int
    ambiguous: int
    with_ids: tuple[str, ...]  # the people named in the same article


@dataclass(frozen=True, slots=True)
class TopicTally:
    """How many passages and quotes carry a topic, and each speaker's number of quotes."""

    passages: int
    quotes: int
    speakers: dict[str, int]


class Catalog:
    """Reads of stored records through the library's searcher, under its lock."""

    def __init__(self, searcher: Callable[[], Searcher], lock: threading.RLock) -> None:
        self._searcher = searcher
        self._lock = lock

    def _every(self, kind: str) -> Iterator[dict[str, Any]]:
        """The stored fields of every record of a kind."""
        return self._searcher().documents(kind=kind)

    def _of_kind(self, kind: str, **term: str) -> Iterator[dict[str, Any]]:
        """The stored fields of the records of a kind with one field's value (an article's
        or a person's): found by that value alone, and the kind told from what is stored.
        Whoosh intersects two terms by reading every posting of both, and the kind's are
        a whole index's."""
        return (f for f in self._searcher().documents(**term) if f.get("kind") == kind)

    # -- articles ---------------------------------------------------------------------------

    def documents(self) -> list[DocumentInfo]:
        """Every article's metadata, in the index's order."""
        with self._lock:
            return [_info(f) for f in self._searcher().documents(kind="doc")]

    def document_info(self, doc_id: str) -> DocumentInfo | None:
        with self._lock:
            fields = self._searcher().document(id=f"doc:{doc_id}")
        return _info(fields) if fields is not None else None

    def has_document(self, doc_id: str) -> bool:
        with self._lock:
            return self._searcher().document(id=f"doc:{doc_id}") is not None

    def count(self, kind: str) -> int:
        """How many records of ``kind`` ("doc", "para", …) the index holds."""
        with self._lock:
            return len(self._searcher().search(TermQuery("kind", kind), limit=None))

    def name_marks(self, doc_id: str) -> list[NameMark]:
        """Every place the article names a person the extractor found, in order."""
        marks: list[NameMark] = []
        with self._lock:
            for fields in self._searcher().documents(kind="person", doc_id=doc_id):
                data = json.loads(fields["data"])
                for start, end, ambiguous in data.get("spans", []):
                    marks.append(
                        NameMark(
                            start, end, fields["person"], fields.get("who", ""), bool(ambiguous)
                        )
                    )
        return sorted(marks, key=lambda m: m.start)

    # -- people, quotes, terms --------------------------------------------------------------

    def person_records(self, person: str | None = None) -> dict[str, list[PersonRecord]]:
        """Per person id: the stored facts from each article they appear in (of one
        ``person`` only, when given: a lookup, not a pass over everyone)."""
        rows: dict[str, list[PersonRecord]] = {}
        with self._lock:
            found = self._of_kind("person", person=person) if person else self._every("person")
            for fields in found:
                data = json.loads(fields["data"])
                record = PersonRecord(
                    person_from_stored(data["person"]),
                    fields["doc_id"],
                    data["mentions"],
                    data["quotes"],
                    data.get("ambiguous", 0),
                    tuple(data.get("with", ())),
                )
                rows.setdefault(fields["person"], []).append(record)
        # in the order of their articles, not the index's (which merging segments changes):
        # a person merged from their records is the same whatever the index's layout
        for records in rows.values():
            records.sort(key=lambda r: r.doc_id)
        return rows

    def people_in(self, doc_id: str) -> list[str]:
        """The ids of the people an article names, as stored (a lookup by article)."""
        with self._lock:
            return sorted({fields["person"] for fields in self._of_kind("person", doc_id=doc_id)})

    def canonical(self, pid: str) -> str:
        """The id a person is shown under (here the id itself; the library's catalog joins
        one person's ids from two scripts)."""
        return pid

    def quotes(self, speaker: str | None = None, document: str | None = None) -> list[Quote]:
        """Quotes in reading order, optionally of one speaker (id) or in one article."""
        terms: dict[str, str] = {"kind": "quote"}
        if speaker is not None:
            terms["person"] = speaker
        if document is not None:
            terms["doc_id"] = document
        with self._lock:
            found = [
                quote_from_stored(json.loads(f["data"]))
                for f in self._searcher().documents(**terms)
            ]
        return sorted(found, key=lambda q: (q.span.document, q.span.start))

    def quote(self, quote_id: str) -> Quote | None:
        with self._lock:
            fields = self._searcher().document(kind="quote", ref=quote_id)
        return quote_from_stored(json.loads(fields["data"])) if fields is not None else None

    def topic_tally(self, topic_id: str) -> TopicTally:
        passages = quotes = 0
        speakers: dict[str, int] = {}
        with self._lock:
            for fields in self._searcher().documents(topic=topic_id):
                if fields["kind"] == "para":
                    passages += 1
                elif fields["kind"] == "quote":
                    quotes += 1
                    if fields.get("person"):
                        speakers[fields["person"]] = speakers.get(fields["person"], 0) + 1
        return TopicTally(passages, quotes, speakers)

    def terms(self) -> list[Term]:
        """Every Chinese term found, in reading order."""
        return [term for _, _, term in self.term_uses()]

    def term_uses(self, doc_id: str | None = None) -> list[tuple[str, int, Term]]:
        """(article id, the term's number in it, the term) for every term found (in one
        article only, when given), in reading order."""
        with self._lock:
            records = self._of_kind("term", doc_id=doc_id) if doc_id else self._every("term")
            found = [
                (f["doc_id"], _number(f["id"]), term_from_stored(json.loads(f["data"])))
                for f in records
            ]
        return sorted(found, key=lambda u: (u[0], u[2].span.start, u[1]))


def _number(record_id: str) -> int:
    """The number a term's record id ends with (``term:DOC:N``)."""
    tail = record_id.rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def _info(f: dict[str, Any]) -> DocumentInfo:
    """An article's metadata from its doc record."""
    data = json.loads(f["data"]) if f.get("data") else {}
    return DocumentInfo(
        id=f["doc_id"],
        title=f.get("title", ""),
        authors=tuple(a for a in f.get("authors", "").split("; ") if a),
        publication=f.get("publication", ""),
        date=f.get("date", ""),
        language=f.get("language", ""),
        source=f.get("source", ""),
        path=f.get("path", ""),
        paragraphs=int(f.get("paragraphs", 0)),
        provenance=tuple(data.get("provenance", {}).items()),
    )
