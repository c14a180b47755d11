"""Everything the library answers, as JSON: one serializer per concept.

The export (``tealeaves export --format json``) has four arrays (see README "Export
format"), each a table of one concept's fields:

* ``documents``: id, title, authors, publication, date
* ``people``: id, name, native_name, kind, affiliations, documents, mention_count
* ``quotes``: id, document, speaker (person id or null), text, kind, start, end, context
* ``glossary``: term, gloss, pinyin, document (one row per term and article)
"""

from __future__ import annotations

from typing import Any

from tealeaves.export.as_text import cite_text
from tealeaves.library import Citation, Comparison, Library, Matrix, Profile
from tealeaves.model import Quote, SearchResult, Stance
from tealeaves.userdata import stance_fields

FORMAT_VERSION = 1
#: The export's quotes table: :func:`quote_to_json`'s fields but topics, in the documented order.
EXPORT_QUOTE_FIELDS = ("id", "document", "speaker", "text", "kind", "start", "end", "context")


def export_data(lib: Library) -> dict[str, Any]:
    """Everything, as plain JSON-ready data."""
    documents = [
        {
            "id": d.id,
            "title": d.title,
            "authors": list(d.authors),
            "publication": d.publication,
            "date": d.date,
        }
        for d in lib.documents()
    ]
    people = [
        {
            "id": p.id,
            "name": p.name,
            "native_name": p.native_name,
            "kind": p.kind,
            "affiliations": list(p.affiliations),
            "documents": list(p.documents),
            "mention_count": p.mention_count,
        }
        for p in lib.people()
    ]
    quotes = [_export_quote(q) for q in lib.quotes()]
    glossary = []
    for entry in lib.glossary():
        for doc_id in dict.fromkeys(span.document for span in entry.occurrences):
            glossary.append(
                {
                    "term": entry.term,
                    "gloss": entry.gloss,
                    "pinyin": entry.pinyin,
                    "document": doc_id,
                }
            )
    return {
        "format": "tealeaves-export",
        "version": FORMAT_VERSION,
        "documents": documents,
        "people": people,
        "quotes": quotes,
        "glossary": glossary,
    }


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


def _export_quote(quote: Quote) -> dict[str, Any]:
    full = quote_to_json(quote)
    return {name: full[name] for name in EXPORT_QUOTE_FIELDS}


def comparison_to_json(comparison: Comparison) -> dict[str, Any]:
    return {
        "topics": [{"id": t.id, "label": t.label} for t in comparison.topics],
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
        "topics": [{"id": t.id, "label": t.label} for t in matrix.topics],
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
    }
