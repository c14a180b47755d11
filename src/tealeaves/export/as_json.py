"""Everything the library answers, as JSON: one serializer per concept.

The export (``tealeaves export --format json``) has four arrays (see README "Export
format"), each a table of one concept's fields:

* ``documents``: id, title, authors, publication, date
* ``people``: id, name, native_name, kind, affiliations, documents, mention_count
* ``quotes``: id, document, speaker (person id or null), text, kind, start, end, context
* ``glossary``: term, gloss, pinyin, document (one row per term and article)
"""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from tealeaves.export.as_text import cite_text
from tealeaves.library import (
    Citation,
    Comparison,
    DocumentInfo,
    GlossaryEntry,
    Library,
    Matrix,
    PersonSummary,
    Profile,
)
from tealeaves.model import LoadError, Quote, SearchResult, Stance
from tealeaves.userdata import stance_fields

if TYPE_CHECKING:
    from tealeaves.extract import Topic

FORMAT_VERSION = 1

#: The export's tables: fields of each concept's serializer, in the documented order.
EXPORT_DOCUMENT_FIELDS = ("id", "title", "authors", "publication", "date")
EXPORT_PERSON_FIELDS = (
    "id",
    "name",
    "native_name",
    "kind",
    "affiliations",
    "documents",
    "mention_count",
)
#: :func:`quote_to_json`'s fields but topics.
EXPORT_QUOTE_FIELDS = ("id", "document", "speaker", "text", "kind", "start", "end", "context")
#: One row per term and article.
EXPORT_GLOSSARY_FIELDS = ("term", "gloss", "pinyin")


def export_data(lib: Library) -> dict[str, Any]:
    """Everything, as plain JSON-ready data."""
    glossary = []
    for entry in map(glossary_entry_to_json, lib.glossary()):
        row = _only(entry, EXPORT_GLOSSARY_FIELDS)
        for doc_id in dict.fromkeys(where["document"] for where in entry["occurrences"]):
            glossary.append({**row, "document": doc_id})
    return {
        "format": "tealeaves-export",
        "version": FORMAT_VERSION,
        "documents": [_only(document_to_json(d), EXPORT_DOCUMENT_FIELDS) for d in lib.documents()],
        "people": [_only(person_to_json(p), EXPORT_PERSON_FIELDS) for p in lib.people()],
        "quotes": [_only(quote_to_json(q), EXPORT_QUOTE_FIELDS) for q in lib.quotes()],
        "glossary": glossary,
    }


def _only(data: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    return {name: data[name] for name in fields}


def document_to_json(info: DocumentInfo) -> dict[str, Any]:
    """An article's metadata, with where each field came from (``provenance``)."""
    return {**asdict(info), "authors": list(info.authors), "provenance": dict(info.provenance)}


def person_to_json(person: PersonSummary) -> dict[str, Any]:
    """A person as listed, merged over their articles."""
    return {
        **asdict(person),
        "affiliations": list(person.affiliations),
        "documents": list(person.documents),
    }


def glossary_entry_to_json(entry: GlossaryEntry) -> dict[str, Any]:
    """A term with its pinyin, glosses and every place it occurs."""
    return {
        "term": entry.term,
        "pinyin": entry.pinyin,
        "gloss": entry.gloss,
        "glosses": list(entry.glosses),
        "occurrences": [
            {"document": s.document, "start": s.start, "end": s.end} for s in entry.occurrences
        ],
    }


def load_error_to_json(error: LoadError) -> dict[str, Any]:
    """A file that could not be read, and why."""
    return {"path": error.path, "reason": error.reason}


def _topic(topic: Topic) -> dict[str, Any]:
    return {"id": topic.id, "label": topic.label}


def stance_to_json(stance: Stance | None) -> dict[str, Any] | None:
    if stance is None:
        return None
    return {
        **stance_fields(stance),
        "source": stance.source,
        "quote": stance.quote or None,
        "start": stance.span.start if stance.span else None,
        "end": stance.span.end if stance.span else None,
    }


def quote_to_json(quote: Quote) -> dict[str, Any]:
    """A quote as JSON: the one serializer of a Quote (the export's table takes its fields)."""
    return {
        "id": quote.id,
        "document": quote.span.document,
        "speaker": quote.speaker,
        "kind": quote.kind,
        "text": quote.text,
        "start": quote.span.start,
        "end": quote.span.end,
        "context": quote.context,
        "topics": list(quote.topics),
    }


def comparison_to_json(comparison: Comparison) -> dict[str, Any]:
    return {
        "topics": [_topic(t) for t in comparison.topics],
        "contains": comparison.contains,
        "differs": {t.id: comparison.differs(t.id) for t in comparison.topics},
        "columns": [
            {
                "kind": c.kind,
                "id": c.id,
                "title": c.title,
                "subtitle": c.subtitle,
                "topics": [
                    {
                        "topic": e.topic,
                        "stance": stance_to_json(e.stance),
                        "quotes": [quote_to_json(q) for q in e.quotes],
                    }
                    for e in c.entries
                ],
            }
            for c in comparison.columns
        ],
    }


def matrix_to_json(matrix: Matrix) -> dict[str, Any]:
    return {
        "topics": [_topic(t) for t in matrix.topics],
        "rows": [
            {
                "person": r.person.id,
                "name": r.person.name,
                "native_name": r.person.native_name,
                "kind": r.person.kind,
                "cells": {
                    t.id: {"stance": stance_to_json(c.stance), "quotes": list(c.quotes)}
                    for t, c in zip(matrix.topics, r.cells, strict=True)
                },
            }
            for r in matrix.rows
        ],
    }


def cite_json(citation: Citation) -> dict[str, Any]:
    return {
        "text": cite_text(citation),
        "quote": quote_to_json(citation.quote),
        "speaker": citation.speaker,
        "native_name": citation.native_name,
        "role": citation.role,
        "title": citation.title,
        "authors": list(citation.authors),
        "publication": citation.publication,
        "date": citation.date,
    }


def search_to_json(result: SearchResult) -> dict[str, Any]:
    return {
        "query": result.query,
        "parsed": result.parsed,
        "notice": result.notice,
        "suggestion": result.suggestion,
        "total": result.total,
        "hits": [
            {
                "kind": hit.kind,
                "document": hit.doc_id,
                "title": hit.title,
                "authors": list(hit.authors),
                "date": hit.date,
                "publication": hit.publication,
                "section": hit.section,
                "position": hit.position,
                "start": hit.start,
                "end": hit.end,
                "person": hit.person,
                "who": hit.who,
                "score": round(hit.score, 4),
                "snippet": hit.snippet.text,
                "highlights": [list(span) for span in hit.snippet.highlights],
                "marked": hit.snippet.marked(),
            }
            for hit in result.hits
        ],
    }


def profile_to_json(profile: Profile) -> dict[str, Any]:
    person = profile.person
    return {
        "id": person.id,
        "name": person.name,
        "native_name": person.native_name,
        "kind": person.kind,
        "aliases": list(person.aliases),
        "roles": [
            {
                "text": r.text,
                "source": r.source,
                "document": r.span.document if r.span else None,
                "start": r.span.start if r.span else None,
                "end": r.span.end if r.span else None,
            }
            for r in profile.roles
        ],
        "mention_count": profile.mention_count,
        "ambiguous_mentions": profile.ambiguous_mentions,
        "documents": [d.id for d in profile.documents],
        "quotes": [quote_to_json(q) for q in profile.quotes],
        "co_mentioned": [{"id": p.id, "name": p.name} for p in profile.co_mentioned],
        "namesakes": [
            {"id": p.id, "name": p.name, "native_name": p.native_name} for p in profile.namesakes
        ],
        "native_variants": list(profile.native_variants),
    }
