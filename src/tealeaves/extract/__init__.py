"""Who said what: people, quotes and Chinese terms read from one article.

``extract(doc)`` is a pure function of the document (and the registry): it never touches
the index, so the index can be rebuilt from the articles at any time. Bump
``EXTRACTOR_VERSION`` whenever the results can change: the index is rebuilt on the next start.
"""

from __future__ import annotations

from dataclasses import dataclass

from tealeaves.extract.glossary import find_terms
from tealeaves.extract.people import find_people
from tealeaves.extract.quotes import find_quotes
from tealeaves.extract.registry import Registry, RegistryError, load_registry
from tealeaves.model import Document, Mention, Person, Quote, Term

EXTRACTOR_VERSION = 2

__all__ = [
    "EXTRACTOR_VERSION",
    "Extraction",
    "Registry",
    "RegistryError",
    "extract",
    "load_registry",
]


@dataclass(frozen=True, slots=True)
class Extraction:
    document: str
    people: tuple[Person, ...]
    mentions: tuple[Mention, ...]
    quotes: tuple[Quote, ...]
    terms: tuple[Term, ...]


def extract(doc: Document, registry: Registry | None = None) -> Extraction:
    """People, mentions, quotes and terms of ``doc``; every span points into ``doc.text``."""
    found = find_people(doc, registry)
    quotes = find_quotes(doc, list(found.mentions))
    natives = {p.native_name for p in found.people if p.native_name}
    terms = find_terms(doc, natives)
    return Extraction(doc.id, found.people, found.mentions, tuple(quotes), tuple(terms))
