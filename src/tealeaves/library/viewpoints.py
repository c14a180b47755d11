"""Viewpoints side by side: comparisons, the stance matrix and citations."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from tealeaves.model import Document, Quote, Stance
from tealeaves.text import display_name, fold
from tealeaves.views import (
    Citation,
    CompareColumn,
    CompareEntry,
    Comparison,
    Matrix,
    MatrixCell,
    MatrixRow,
)

if TYPE_CHECKING:  # the extractor is imported once a library opens
    from tealeaves.extract import Topic
    from tealeaves.library.annotations import Annotating
    from tealeaves.library.people import People


class Viewpoints:
    """Who stands where: columns to compare, the matrix, a quote's citation."""

    def __init__(
        self, people: People, annotating: Annotating, document: Callable[[str], Document]
    ) -> None:
        self.people = people
        self.annotating = annotating
        self.document = document

    def compare(
        self, subjects: Sequence[str], topic: str | None = None, *, contains: str = ""
    ) -> Comparison:
        """Columns side by side, one per subject (a person by any name, or an article id),
        each with its stance and quotes on ``topic`` (every topic when None). ``contains``
        keeps only quotes holding all its words. Raises :class:`NotFound`."""
        topics = (self.people.topic(topic),) if topic else self.people.topic_set.topics
        stances = {(s.person, s.topic): s for s in self.annotating.stances()}
        columns = []
        for subject in subjects:
            if self.people.catalog.has_document(subject):
                columns.append(self._article_column(subject, topics, stances, contains))
            else:
                pid = self.people.find_person(subject)
                columns.append(self._person_column(pid, topics, stances, contains))
        return Comparison(tuple(topics), tuple(columns), contains)

    def _person_column(
        self,
        pid: str,
        topics: Sequence[Topic],
        stances: dict[tuple[str, str], Stance],
        contains: str,
    ) -> CompareColumn:
        summary = self.people.summary(self.people.catalog.person_records(pid)[pid])
        quotes = self.people.catalog.quotes(speaker=pid)
        entries = []
        for t in topics:
            stance = stances.get((pid, t.id))
            chosen = on_topic(quotes, t.id, stance, contains)
            entries.append(CompareEntry(t.id, stance, chosen))
        subtitle = summary.affiliations[0] if summary.affiliations else summary.kind
        title = display_name(summary.name, summary.native_name)
        return CompareColumn("person", pid, title, subtitle, tuple(entries))

    def _article_column(
        self,
        doc_id: str,
        topics: Sequence[Topic],
        stances: dict[tuple[str, str], Stance],
        contains: str,
    ) -> CompareColumn:
        doc = self.document(doc_id)
        from tealeaves.extract.people import slug

        authors = {slug(a) for a in doc.authors}
        quotes = [q for q in self.people.catalog.quotes(document=doc_id) if q.speaker]
        entries = []
        for t in topics:
            mine = (stances.get((a, t.id)) for a in authors)  # its authors' stances in it
            stance = next((s for s in mine if s is not None and s.document == doc_id), None)
            entries.append(CompareEntry(t.id, stance, on_topic(quotes, t.id, stance, contains)))
        subtitle = " · ".join(x for x in ("; ".join(doc.authors), doc.publication, doc.date) if x)
        return CompareColumn("article", doc_id, doc.title, subtitle, tuple(entries))

    def matrix(self) -> Matrix:
        """Everyone quoted or holding a stance (rows) against every topic (columns)."""
        stances = {(s.person, s.topic): s for s in self.annotating.stances()}
        holders = {person for person, _ in stances}
        quotes: dict[str, list[Quote]] = {}
        for q in self.people.catalog.quotes():
            if q.speaker and q.kind != "reported":  # who stands where, in their own words
                quotes.setdefault(q.speaker, []).append(q)
        people = {p.id: p for p in self.people.people()}
        wanted = [pid for pid in people if pid in quotes or pid in holders]
        topics = self.people.topic_set.topics
        rows = []
        for pid in wanted:
            cells = []
            for t in topics:
                stance = stances.get((pid, t.id))
                backing = on_topic(quotes.get(pid, []), t.id, stance, "")
                cells.append(MatrixCell(stance, tuple(q.id for q in backing)))
            rows.append(MatrixRow(people[pid], tuple(cells)))
        return Matrix(topics, tuple(rows))

    def citation(self, quote_id: str) -> Citation:
        """What is needed to cite a quote with full attribution. Raises :class:`NotFound`."""
        quote = self.people.quote(quote_id)
        doc = self.document(quote.span.document)
        name = native = role = ""
        person = self.people.merged(quote.speaker) if quote.speaker else None
        if person is not None:
            name, native = person.name, person.native_name
            here = [r.text for r in person.roles if r.span and r.span.document == doc.id]
            role = here[0] if here else (person.roles[0].text if person.roles else "")
        return Citation(
            quote, name, native, role, doc.title, doc.authors, doc.publication, doc.date, doc.source
        )


def on_topic(
    quotes: Iterable[Quote], topic: str, stance: Stance | None, contains: str
) -> tuple[Quote, ...]:
    """The quotes tagged with ``topic``, the stance's evidence first, narrowed to those
    holding every word of ``contains``."""
    evidence = stance.quote if stance is not None else ""
    chosen = [q for q in quotes if topic in q.topics or q.id == evidence]
    chosen.sort(key=lambda q: q.id != evidence)
    words = fold(contains).split()
    if words:
        chosen = [q for q in chosen if all(w in fold(f"{q.text} {q.context}") for w in words)]
    return tuple(chosen)
