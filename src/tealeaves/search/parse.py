"""Parsing queries: the syntax users type, and what is searched when it does not parse.

Query syntax is Whoosh's (``AND``, ``OR``, ``NOT``, ``"phrases"``, ``wild*``, ``fuzzy~``,
``(groups)``) with reader-friendly field names: ``title:``, ``author:``, ``year:``,
``publication:``, ``section:``, and ``expert:``/``topic:`` for the extraction layer. Words
are ANDed. A query that does not parse is not an error: the plain words are searched
instead and the result says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from whoosh.qparser import (
    FieldAliasPlugin,
    FuzzyTermPlugin,
    GtLtPlugin,
    QueryParser,
)
from whoosh.query import And, NullQuery, Query

from tealeaves.search.bounds import cap_fuzzy

#: What users type → the schema's field.
FIELD_ALIASES: dict[str, list[str]] = {
    "authors": ["author", "by"],
    "year": ["date"],
    "publication": ["pub", "in"],
    "kind": ["type"],
    "language": ["lang"],
}
DEFAULT_FIELD = "content"

#: What the notice on a query naming an unsearchable field lists.
SEARCHABLE_FIELDS = "title, author, year, publication, section, expert, topic, kind, person, doc_id"

_WORD = re.compile(r"[^\W_]+")
#: The words that are operators, not words to search for.
OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"}


@dataclass(frozen=True)
class ParsedQuery:
    query: Query
    notice: str = ""


def _with_fuzzy_capped(parsed: ParsedQuery, text: str) -> ParsedQuery:
    """``parsed`` with its fuzzy words held to MAX_EDITS edits, saying so."""
    if parsed.query is NullQuery:
        return parsed
    query, notices = cap_fuzzy(parsed.query, text.strip())
    if not notices:
        return parsed
    return ParsedQuery(query, " ".join(n for n in (parsed.notice, *notices) if n))


def make_parser(schema: Any) -> QueryParser:
    parser = QueryParser(DEFAULT_FIELD, schema)
    parser.add_plugin(FuzzyTermPlugin())
    parser.add_plugin(GtLtPlugin())
    parser.add_plugin(FieldAliasPlugin(FIELD_ALIASES))
    return parser


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0 and text.count('"') % 2 == 0


def _has_error(q: Query) -> bool:
    if getattr(q, "error", None):
        return True
    return any(_has_error(child) for child in q.children())


def _dangling_operator(text: str) -> bool:
    words = text.split()
    return bool(words) and (words[0] in OPERATORS - {"NOT"} or words[-1] in OPERATORS)


def _unsearchable_fields(query: Query, schema: Any) -> list[str]:
    """The fields ``query`` names that hold no indexed words (``path``, ``date`` …).

    Whoosh reads a range or a wildcard on such a field from its word list, which it does
    not have: it raises ``TermNotFound`` at search time. Such a query is refused instead."""
    names: list[str] = []
    for leaf in query.leaves():
        field = leaf.field()
        if not field or field in names:
            continue
        if field not in schema or not getattr(schema[field], "indexed", False):
            names.append(field)
    return names


def plain_words(text: str) -> list[str]:
    """The words of a query with its syntax stripped (what the fallback searches for)."""
    return [w for w in _WORD.findall(text) if w not in OPERATORS]


def parse_query(parser: QueryParser, text: str) -> ParsedQuery:
    """Parse ``text``; on a syntax problem fall back to its plain words, with a notice.
    A fuzzy word allows at most ``bounds.MAX_EDITS`` edits (``word~5`` → ``word~2``)."""
    return _with_fuzzy_capped(_parse_query(parser, text), text)


def _parse_query(parser: QueryParser, text: str) -> ParsedQuery:
    text = text.strip()
    if not text:
        return ParsedQuery(NullQuery, "Type some words to search for.")
    problem = not _balanced(text) or _dangling_operator(text)
    query: Query | None = None
    if not problem:
        try:
            query = parser.parse(text)
            problem = _has_error(query)
        except Exception:
            problem = True
    if not problem and query is not None and query is not NullQuery:
        unsearchable = _unsearchable_fields(query, parser.schema)
        if unsearchable:
            named = ", ".join(f"{f}:" for f in unsearchable)
            return ParsedQuery(
                NullQuery,
                f"{named} cannot be searched (not an indexed field); nothing was searched. "
                f"Fields you can search: {SEARCHABLE_FIELDS}.",
            )
        return ParsedQuery(query)
    words = plain_words(text)
    parts = [parser.parse(word) for word in words]
    parts = [p for p in parts if p is not NullQuery]
    fallback: Query = And(parts).normalize() if parts else NullQuery
    if problem:
        shown = " ".join(words) if words else "nothing"
        return ParsedQuery(
            fallback,
            f"Could not read the query syntax; searched for the plain words instead: {shown}.",
        )
    return ParsedQuery(fallback, "" if parts else "Only very common words; nothing to search for.")
