""" "Did you mean": a corrected query for one that found nothing."""

from __future__ import annotations

import itertools
import re
from typing import Any

from whoosh.qparser import QueryParser
from whoosh.query import NullQuery, Query
from whoosh.searching import Searcher

from tealeaves.search.parse import DEFAULT_FIELD, OPERATORS, parse_query


def suggest(searcher: Searcher, parser: QueryParser, query: Query, text: str) -> str:
    """A corrected query string when a query found nothing ("did you mean").

    Each plain word that is not in the index gets the closest indexed words as candidates
    (unstemmed forms, so the suggestion reads as words); field filters are left alone. The
    first combination of candidates that finds something is suggested.
    """
    reader = searcher.reader()
    analyzer = searcher.schema[DEFAULT_FIELD].analyzer
    pieces: list[list[str]] = []
    pos = 0
    try:
        for match in re.finditer(r"(\w+:)?([^\W_]+)", text):
            field, word = match.group(1), match.group(2)
            if field or word in OPERATORS:
                continue
            if all((DEFAULT_FIELD, t.text) in reader for t in analyzer(word)):
                continue
            found = _closest(reader, word.lower())
            if found:
                pieces.append([text[pos : match.start(2)]])
                pieces.append(found)
                pos = match.end(2)
        if not pieces:
            return ""
        pieces.append([text[pos:]])
        for combo in itertools.islice(itertools.product(*pieces), 12):
            suggestion = "".join(combo)
            again = parse_query(parser, suggestion).query
            if again is not NullQuery and searcher.search(again, limit=1).scored_length():
                return suggestion
    except Exception:
        return ""
    return ""


def _closest(reader: Any, word: str, limit: int = 4) -> list[str]:
    """The indexed words nearest ``word``: fewest edits first (a swap of two letters is one
    edit), then the most frequent. Whoosh's corrector ranks every word within two edits
    alike, by rarity, so ``aliance`` got ``advance`` before ``alliance``."""
    field = reader.schema[DEFAULT_FIELD].spelling_fieldname(DEFAULT_FIELD)
    found = [w for w in reader.terms_within(field, word, 2, prefix=1) if w != word]
    ranked = sorted(
        found, key=lambda w: (_edit_distance(word, w), -(reader.frequency(field, w) or 0), w)
    )
    return ranked[:limit]


def _edit_distance(a: str, b: str) -> int:
    """Insertions, deletions, substitutions and swaps of two neighbours that make ``a``
    into ``b`` (optimal string alignment)."""
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], before[j - 2] + 1)
        before, row = row, current
    return row[-1]
