"""Index records for one article, and the stored format of the extracted facts.

``*_to_stored`` and ``*_from_stored`` write and read the JSON kept in a record's ``data``
field: the index's own format, read back only by :mod:`tealeaves.search.catalog`. What
users and scripts get is made in :mod:`tealeaves.export`, one serializer per concept.

Every record belongs to exactly one article (``doc_id``), so deleting an article's records
and adding its new ones keeps the index incremental. People are stored once per article
they appear in (kind ``person``); the Library merges them into one profile.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from tealeaves.extract.language import language_of
from tealeaves.model import (
    INDEXED_PARAGRAPH_KINDS,
    Document,
    Mention,
    Person,
    Quote,
    Role,
    Span,
    Term,
)
from tealeaves.text import display_name


def _span(span: Span | None) -> list[Any] | None:
    return None if span is None else [span.document, span.start, span.end]


def _unspan(data: list[Any] | None) -> Span | None:
    return None if not data else Span(str(data[0]), int(data[1]), int(data[2]))


def person_to_stored(person: Person) -> dict[str, Any]:
    return {
        "id": person.id,
        "name": person.name,
        "native_name": person.native_name,
        "kind": person.kind,
        "roles": [
            {"text": r.text, "span": _span(r.span), "source": r.source} for r in person.roles
        ],
        "aliases": list(person.aliases),
    }


def person_from_stored(data: dict[str, Any]) -> Person:
    return Person(
        id=data["id"],
        name=data["name"],
        native_name=data.get("native_name", ""),
        kind=data.get("kind", "other"),
        roles=tuple(
            Role(r["text"], _unspan(r.get("span")), r.get("source", "text"))
            for r in data.get("roles", [])
        ),
        aliases=tuple(data.get("aliases", [])),
    )


def quote_to_stored(quote: Quote) -> dict[str, Any]:
    return {
        "id": quote.id,
        "span": _span(quote.span),
        "text": quote.text,
        "kind": quote.kind,
        "speaker": quote.speaker,
        "context": quote.context,
        "topics": list(quote.topics),
    }


def quote_from_stored(data: dict[str, Any]) -> Quote:
    span = _unspan(data["span"])
    assert span is not None
    return Quote(
        id=data["id"],
        span=span,
        text=data["text"],
        kind=data["kind"],
        speaker=data.get("speaker"),
        context=data.get("context", ""),
        topics=tuple(data.get("topics", [])),
    )


def term_to_stored(term: Term) -> dict[str, Any]:
    return {"term": term.term, "gloss": term.gloss, "pinyin": term.pinyin, "span": _span(term.span)}


def term_from_stored(data: dict[str, Any]) -> Term:
    span = _unspan(data["span"])
    assert span is not None
    return Term(data["term"], data.get("gloss", ""), data.get("pinyin", ""), span)


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _names(person: Person) -> str:
    return " | ".join(n for n in (person.name, person.native_name, *person.aliases) if n)


def article_records(doc: Document, extraction: Any | None = None) -> Iterator[dict[str, Any]]:
    """All index records of one article: ``doc``, ``para`` and, with an extraction,
    ``person``, ``quote`` and ``term`` records."""
    common = _common_fields(doc)
    people: dict[str, Person] = {}
    mentions: list[Mention] = []
    quotes: list[Quote] = []
    terms: list[Term] = []
    para_topics: tuple[tuple[str, ...], ...] = ()
    if extraction is not None:
        para_topics = extraction.paragraph_topics
        people = {p.id: p for p in extraction.people}
        mentions = list(extraction.mentions)
        quotes = list(extraction.quotes)
        terms = list(extraction.terms)
    language = extraction.language if extraction is not None else ""
    yield _doc_record(doc, common, people, language or language_of(doc))
    yield from _paragraph_records(doc, common, people, mentions, para_topics)
    yield from _person_records(doc, common, people, mentions, quotes)
    yield from _quote_records(doc, common, people, quotes)
    yield from _term_records(doc, common, terms)


def _common_fields(doc: Document) -> dict[str, Any]:
    """What every record of the article carries: its article's id and date. Title, authors,
    publication, year and language are on the article record only; a query naming them
    matches every record of the articles whose article record it matches
    (:mod:`tealeaves.search.joined`)."""
    return {"doc_id": doc.id, "date": doc.date}


def _article_fields(doc: Document, language: str) -> dict[str, Any]:
    return {
        "title": doc.title,
        "authors": "; ".join(doc.authors),
        "publication": doc.publication,
        "year": doc.year,
        "language": language,
    }


def _doc_record(
    doc: Document, common: dict[str, Any], people: dict[str, Person], language: str
) -> dict[str, Any]:
    return {
        **common,
        **_article_fields(doc, language),
        "id": f"doc:{doc.id}",
        "kind": "doc",
        "content": doc.title,
        "path": doc.path,
        "source": doc.source,
        "paragraphs": len(doc.paragraphs),
        "expert": " | ".join(_names(p) for p in people.values()),
        "data": _dump({"provenance": dict(doc.provenance)}),
    }


def _paragraph_records(
    doc: Document,
    common: dict[str, Any],
    people: dict[str, Person],
    mentions: list[Mention],
    para_topics: tuple[tuple[str, ...], ...],
) -> Iterator[dict[str, Any]]:
    in_paragraph: dict[int, set[str]] = {}
    for mention in mentions:
        para = doc.paragraph_at(mention.span.start)
        if para is not None:
            in_paragraph.setdefault(para.index, set()).add(mention.person)
    for para in doc.paragraphs:
        if para.kind not in INDEXED_PARAGRAPH_KINDS:
            continue
        here = sorted(in_paragraph.get(para.index, ()))
        yield {
            **common,
            "id": f"para:{doc.id}:{para.index}",
            "kind": "para",
            "content": para.text,
            "section": para.section,
            "position": para.index,
            "start": para.start,
            "end": para.end,
            "expert": " | ".join(_names(people[p]) for p in here if p in people),
            "topic": ",".join(para_topics[para.index]) if para.index < len(para_topics) else "",
        }


def _person_records(
    doc: Document,
    common: dict[str, Any],
    people: dict[str, Person],
    mentions: list[Mention],
    quotes: list[Quote],
) -> Iterator[dict[str, Any]]:
    mention_counts: dict[str, int] = {}
    for mention in mentions:
        mention_counts[mention.person] = mention_counts.get(mention.person, 0) + 1
    quote_counts: dict[str, int] = {}
    for quote in quotes:
        if quote.speaker and quote.kind != "reported":  # reported words are not their own
            quote_counts[quote.speaker] = quote_counts.get(quote.speaker, 0) + 1
    for person in people.values():
        first = next((m.span for m in mentions if m.person == person.id), None)
        yield {
            **common,
            "id": f"person:{doc.id}:{person.id}",
            "kind": "person",
            "person": person.id,
            "who": display_name(person.name, person.native_name),
            "content": " ".join([_names(person), *(r.text for r in person.roles)]),
            "expert": _names(person),
            "start": first.start if first else -1,
            "end": first.end if first else -1,
            "data": _dump(
                {
                    "person": person_to_stored(person),
                    "mentions": mention_counts.get(person.id, 0),
                    "quotes": quote_counts.get(person.id, 0),
                    "ambiguous": sum(1 for m in mentions if m.person == person.id and m.ambiguous),
                    "with": sorted(set(people) - {person.id}),
                    # Where the article names them, so a reader can mark the names.
                    "spans": [
                        [m.span.start, m.span.end, int(m.ambiguous)]
                        for m in mentions
                        if m.person == person.id
                    ],
                }
            ),
        }


def _quote_records(
    doc: Document, common: dict[str, Any], people: dict[str, Person], quotes: list[Quote]
) -> Iterator[dict[str, Any]]:
    for quote in quotes:
        para = doc.paragraph_at(quote.span.start)
        speaker = people.get(quote.speaker) if quote.speaker else None
        yield {
            **common,
            "id": f"quote:{doc.id}:{quote.id}",
            "kind": "quote",
            "ref": quote.id,
            "person": quote.speaker or "",
            "who": display_name(speaker.name, speaker.native_name) if speaker else "",
            "content": quote.text,
            "section": para.section if para else "",
            "position": para.index if para else -1,
            "start": quote.span.start,
            "end": quote.span.end,
            "expert": _names(speaker) if speaker else "",
            "topic": ",".join(quote.topics),
            "data": _dump(quote_to_stored(quote)),
        }


def _term_records(
    doc: Document, common: dict[str, Any], terms: list[Term]
) -> Iterator[dict[str, Any]]:
    for n, term in enumerate(terms):
        para = doc.paragraph_at(term.span.start)
        yield {
            **common,
            "id": f"term:{doc.id}:{n}",
            "kind": "term",
            "content": " ".join(x for x in (term.term, term.gloss, term.pinyin) if x),
            "section": para.section if para else "",
            "position": para.index if para else -1,
            "start": term.span.start,
            "end": term.span.end,
            "data": _dump(term_to_stored(term)),
        }
