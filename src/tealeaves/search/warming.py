"""What the first query of a kind would make, made beforehand, a piece at a time.

The first query naming an article field (``author:``, ``year:`` …) makes each segment's
table of records by article (:func:`tealeaves.search.joined.articles_of`: 0.6 s and 24 MB
at 50,000 articles), and the first one naming a kind (``kind:quote``) reads that word's
postings whole into the fast path's cache (:func:`tealeaves.search.bulk.keep_filter`:
0.23 s and 17 MB for ``kind:quote``). Both are then kept for the session. The explorer has
them made while nobody is waiting (after its lists and its look at the files), so that
the first such keystroke costs what every later one does. Commands never warm: they run
one query.

Each piece is a function of no arguments; the caller runs them one at a time (holding
the library's lock for each, so a search waits at most one piece) and may stop between.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

#: The field whose words are warmed as filters: every record has one of its few values.
KIND_FIELD = "kind"


def pieces(searcher: Any) -> list[Callable[[], None]]:
    """The pieces of warming ``searcher``: each segment's table of records by article,
    then the postings of each word of the kind field."""
    from tealeaves.search.bulk import keep_filter
    from tealeaves.search.joined import articles_of

    out: list[Callable[[], None]] = []
    if "doc_id" in searcher.schema:
        out.extend(
            partial(articles_of, leaf.reader()) for leaf, _offset in searcher.leaf_searchers()
        )
    if KIND_FIELD in searcher.schema:
        kinds = sorted(set(searcher.reader().lexicon(KIND_FIELD)))
        out.extend(partial(keep_filter, searcher, KIND_FIELD, kind) for kind in kinds)
    return out
