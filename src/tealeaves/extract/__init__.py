"""Who said what: people, quotes and Chinese terms read from one article.

``extract(doc)`` is a pure function of the document (and the registry): it never touches
the index, so the index can be rebuilt from the articles at any time. Bump
``EXTRACTOR_VERSION`` whenever the results can change: the index is rebuilt on the next start.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from tealeaves.extract.glossary import find_terms
from tealeaves.extract.people import find_people
from tealeaves.extract.quotes import find_quotes
from tealeaves.extract.registry import Registry, RegistryError, load_registry
from tealeaves.extract.topics import Topic, TopicError, Topics, load_topics
from tealeaves.model import Block, Document, Mention, Person, Quote, Term

# 4: control characters in article text are stored as visible symbols (corpus.clean).
# 5: people of any origin in speaker slots; interviews, dash credits, captions, references.
EXTRACTOR_VERSION = 5

__all__ = [
    "EXTRACTOR_VERSION",
    "Extraction",
    "Registry",
    "RegistryError",
    "Topic",
    "TopicError",
    "Topics",
    "extract",
    "load_registry",
    "load_topics",
]


#: The part of a paragraph the extractors read. A real paragraph is a few thousand
#: characters at most; a longer one (a page captured without breaks, a hostile file) is read
#: up to here so that extraction stays bounded, and is still indexed whole for search.
MAX_PARAGRAPH_CHARS = 20_000


def _bounded(doc: Document) -> Document:
    """``doc`` with every paragraph's text past MAX_PARAGRAPH_CHARS blanked out: the same
    offsets, so every span still points into the original text."""
    if all(len(p.text) <= MAX_PARAGRAPH_CHARS for p in doc.paragraphs):
        return doc
    blocks = [
        Block(
            p.kind,
            p.text[:MAX_PARAGRAPH_CHARS] + " " * max(0, len(p.text) - MAX_PARAGRAPH_CHARS),
            p.label,
        )
        for p in doc.paragraphs
    ]
    bounded = Document.build(
        id=doc.id, title=doc.title, blocks=blocks, authors=doc.authors, language=doc.language
    )
    return replace(
        bounded, publication=doc.publication, date=doc.date, source=doc.source, path=doc.path
    )


@dataclass(frozen=True, slots=True)
class Extraction:
    document: str
    people: tuple[Person, ...]
    mentions: tuple[Mention, ...]
    quotes: tuple[Quote, ...]
    terms: tuple[Term, ...]
    paragraph_topics: tuple[tuple[str, ...], ...] = ()  # by paragraph index


def extract(
    doc: Document, registry: Registry | None = None, topics: Topics | None = None
) -> Extraction:
    """People, mentions, quotes (tagged with topics) and terms of ``doc``; every span
    points into ``doc.text``."""
    doc = _bounded(doc)
    found = find_people(doc, registry)
    quotes = find_quotes(doc, list(found.mentions))
    natives = {p.native_name for p in found.people if p.native_name}
    terms = find_terms(doc, natives)
    para_topics: tuple[tuple[str, ...], ...] = ()
    if topics is not None:
        # A quote is about what its words or its sentence are about.
        quotes = [replace(q, topics=topics.tag(f"{q.text} {q.context}")) for q in quotes]
        para_topics = tuple(topics.tag(p.text) for p in doc.paragraphs)
    return Extraction(
        doc.id, found.people, found.mentions, tuple(quotes), tuple(terms), para_topics
    )
