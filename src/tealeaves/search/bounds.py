"""What one query may cost, and how a query that would cost more is cut down.

A few characters of query can ask for unbounded work: ``word~99`` builds an edit-distance
automaton that grows with the distance (minutes, gigabytes), ``*g*`` or ``a*`` stands for
tens of thousands of words each with its posting list, and fifty fuzzy words ORed add up.
So every query is held to:

* at most :data:`MAX_EDITS` edits in a fuzzy word (as Lucene): ``word~5`` is searched as
  ``word~2``, and the result says so;
* at most :data:`MAX_WORDS` words for one wildcard, prefix, fuzzy word or range, and
  :data:`MAX_WORDS_IN_ALL` for the whole query: the first ones are searched, with a notice;
* a time budget (:class:`Budget`, :data:`QUERY_SECONDS`): when it runs out the best records
  found so far are shown, with a notice;
* a token that says a newer search has superseded this one (the explorer searches as you
  type): the search then stops at its next check and raises :class:`Cancelled`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from whoosh.matching.wrappers import WrappingMatcher
from whoosh.query import Every, FuzzyTerm, Query
from whoosh.query.terms import MultiTerm
from whoosh.query.wrappers import WrappingQuery
from whoosh.support.levenshtein import distance

#: The most edits a fuzzy word may allow (``word~2``).
MAX_EDITS = 2
#: The most words one wildcard, prefix, fuzzy word or range may stand for. Whoosh opens
#: each word's postings before it looks at the clock (about 0.5 ms a word), so this also
#: bounds the time a query spends before its budget can stop it.
MAX_WORDS = 300
#: The most words all of a query's wildcards, prefixes, fuzzy words and ranges may stand for.
MAX_WORDS_IN_ALL = 600
#: How long one query may search before the best records found so far are shown (the
#: snippets of those records come after it: a query takes at most about 1 s in all).
QUERY_SECONDS = 0.6


class OutOfTime(Exception):
    """A query's time budget ran out."""


class Cancelled(Exception):
    """A newer search superseded this one."""


class Budget:
    """A query's time allowance, and the token that says it was superseded.

    ``check()`` is called often from the loops of a search: it raises :class:`Cancelled`
    when ``cancelled()`` says True, and :class:`OutOfTime` once ``seconds`` have passed
    (after which :attr:`ran_out` stays True). ``seconds=None``: no time limit."""

    def __init__(
        self, seconds: float | None = QUERY_SECONDS, cancelled: Callable[[], bool] | None = None
    ) -> None:
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds if seconds is not None else float("inf")
        self.cancelled = cancelled
        self.ran_out = False

    def spent(self) -> bool:
        """True once the time is up (raises :class:`Cancelled` when superseded)."""
        if self.cancelled is not None and self.cancelled():
            raise Cancelled
        if not self.ran_out and time.monotonic() > self.deadline:
            self.ran_out = True
        return self.ran_out

    def allow(self, seconds: float) -> None:
        """``seconds`` more: time the query spent on what is done once per segment (the
        table of its records by article), which is not this query's to pay for."""
        self.deadline += seconds

    def check(self) -> None:
        """Raise :class:`OutOfTime` once the time is up, :class:`Cancelled` when superseded."""
        if self.spent():
            raise OutOfTime

    def notice(self) -> str:
        if not self.ran_out:
            return ""
        return (
            f"The search took longer than {self.seconds:g} s and was stopped: these are the "
            "best results found so far. A more specific query finds them all."
        )


#: A budget that never runs out and is never cancelled.
UNLIMITED = Budget(None)


class Expanded(MultiTerm):
    """A wildcard, prefix, fuzzy word or range with its words already looked up (at most
    :data:`MAX_WORDS`). It scores and prints as the query it stands for; looking its
    words up again (for each segment, for highlighting) costs nothing."""

    def __init__(self, original: Query, words: Iterable[Any]) -> None:
        self.original = original
        self.fieldname = original.field()
        self.text = getattr(original, "text", "")
        self.boost = original.boost
        self.constantscore = getattr(original, "constantscore", True)
        self.words = tuple(words)

    def _btexts(self, ixreader: Any) -> tuple[Any, ...]:
        return self.words

    def __str__(self) -> str:
        return str(self.original)

    def __repr__(self) -> str:
        return f"Expanded({self.original!r}, {len(self.words)} words)"

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Expanded)
            and self.original == other.original
            and self.words == other.words
        )

    def __hash__(self) -> int:
        return hash(self.original) ^ hash(self.words)


def _fuzzy_capped(query: Query, notices: list[str], typed: str) -> Query:
    if isinstance(query, FuzzyTerm):
        if query.maxdist > MAX_EDITS:
            start, end = getattr(query, "startchar", None), getattr(query, "endchar", None)
            word = query.text
            if start is not None and end is not None and typed[start:end].strip():
                word = typed[start:end].split("~")[0]
            notices.append(
                f"Fuzzy words allow at most {MAX_EDITS} edits: {word}~{query.maxdist:g} "
                f"was searched as {word}~{MAX_EDITS}."
            )
            capped = query.copy()
            capped.maxdist = MAX_EDITS
            return capped
        return query
    if query.is_leaf():
        return query
    return query.apply(lambda q: _fuzzy_capped(q, notices, typed))


def cap_fuzzy(query: Query, typed: str = "") -> tuple[Query, list[str]]:
    """``query`` with every fuzzy word held to :data:`MAX_EDITS` edits, and what was cut
    (``typed``: the query as typed, which the notice quotes)."""
    notices: list[str] = []
    return _fuzzy_capped(query, notices, typed), notices


class _Everything(Every):
    """Every record (``*``), printed as typed."""

    def __str__(self) -> str:
        return "*"


class _Expander:
    def __init__(self, searcher: Any, budget: Budget, default_field: str) -> None:
        self.searcher = searcher
        self.budget = budget
        self.default_field = default_field
        self.left = MAX_WORDS_IN_ALL
        self.cut: list[str] = []

    def __call__(self, query: Query) -> Query:
        if isinstance(query, Every) and query.fieldname in (None, self.default_field):
            return _Everything(boost=query.boost)  # every record: cheap, needs no word list
        if isinstance(query, (MultiTerm, Every)) and not isinstance(query, Expanded):
            return self.expand(query)
        if query.is_leaf():
            return query
        return query.apply(self)

    def expand(self, query: Query) -> Query:
        field = query.field()
        limit = min(MAX_WORDS, self.left)
        words: dict[Any, None] = {}
        complete = True
        for leaf, _offset in self.searcher.leaf_searchers():
            reader = leaf.reader()
            if isinstance(query, Every):
                found = reader.lexicon(field) if field in reader.schema else ()
            elif isinstance(query, FuzzyTerm):
                found = _within(reader, query, self.budget)
            else:
                found = query._btexts(reader)
            for n, word in enumerate(found):
                if n % 64 == 0:
                    self.budget.check()
                if word in words:
                    continue
                if len(words) == limit:
                    complete = False
                    break
                words[word] = None
            if not complete:
                break
        self.left -= len(words)
        if not complete:
            shown = str(query)
            self.cut.append(
                f"{shown} stands for more than {limit:,} words; the first {limit:,} were searched."
                if limit == MAX_WORDS
                else f"{shown}: the query's wildcards and fuzzy words stand for more than "
                f"{MAX_WORDS_IN_ALL:,} words in all; only the first were searched."
            )
        constantscore = isinstance(query, Every) or getattr(query, "constantscore", True)
        expanded = Expanded(query, words)
        expanded.constantscore = constantscore
        return expanded


def _within(reader: Any, query: FuzzyTerm, budget: Budget) -> Iterator[bytes]:
    """The words of ``query``'s field within its edit distance of its text.

    Whoosh builds an edit-distance automaton for this (2 s for an 11-letter word at 10,000
    articles, with no way to stop it) over the unstemmed spelling words, which a stemmed
    field's postings do not hold (``alliance~`` found nothing). Here the field's own words
    that share the prefix are compared with the (analysed) text, those whose length is too
    different skipped at once, the budget looked at every 64 words."""
    field = query.fieldname
    if field not in reader.schema:
        return
    text, most = query.text, query.maxdist
    from_bytes = reader.schema[field].from_bytes
    for n, btext in enumerate(reader.expand_prefix(field, text[: query.prefixlength])):
        if not n & 63:
            budget.check()
        word = from_bytes(btext)
        if abs(len(word) - len(text)) <= most and distance(word, text, limit=most) <= most:
            yield btext


def expand(
    query: Query, searcher: Any, budget: Budget, default_field: str
) -> tuple[Query, list[str]]:
    """``query`` with each wildcard, prefix, fuzzy word, range and ``field:*`` looked up
    once, within the limits above, and a notice for each that stood for too many words.
    Raises :class:`OutOfTime` or :class:`Cancelled` from ``budget``."""
    expander = _Expander(searcher, budget, default_field)
    return expander(query), expander.cut


class _CheckingMatcher(WrappingMatcher):
    """A matcher that looks at the budget every 64 steps.

    Whoosh builds a conjunction's matcher by stepping its parts to their first common
    record, in the constructor: for twenty words ANDed with wildcards that match nothing
    together, that alone read every posting of them (75 s at 10,000 articles), before any
    record was collected. Each part is wrapped in this, so that even that stops in time."""

    def __init__(self, child: Any, boost: float = 1.0, budget: Budget = UNLIMITED) -> None:
        super().__init__(child, boost)
        self.budget = budget
        self._steps = 0

    def _replacement(self, newchild: Any) -> Any:
        if not newchild.is_active():
            return newchild  # let Whoosh prune a finished part
        return _CheckingMatcher(newchild, self.boost, self.budget)

    def copy(self) -> Any:
        return _CheckingMatcher(self.child.copy(), self.boost, self.budget)

    def _step(self) -> None:
        self._steps += 1
        if not self._steps & 63:
            self.budget.check()

    def next(self) -> Any:
        self._step()
        return self.child.next()

    def skip_to(self, id: int) -> Any:
        self._step()
        return self.child.skip_to(id)

    def skip_to_quality(self, minquality: float) -> Any:
        self._step()
        return self.child.skip_to_quality(minquality / self.boost)


class _Checked(WrappingQuery):
    """A part of a query whose matcher looks at ``budget`` as it steps (see above)."""

    def __init__(self, child: Query, budget: Budget = UNLIMITED) -> None:
        super().__init__(child)
        self.budget = budget

    def _rewrap(self, child: Query) -> Query:
        return _Checked(child, self.budget)

    def __str__(self) -> str:
        return str(self.child)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Checked) and self.child == other.child

    def __hash__(self) -> int:
        return hash(self.child)

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        return _CheckingMatcher(self.child.matcher(searcher, context), budget=self.budget)


def checked(query: Query, budget: Budget) -> Query:
    """``query`` with every part's matcher looking at ``budget`` as it steps, so that
    Whoosh stops in time wherever it spends it (for Whoosh's own search only: the bulk
    scorer reads the plain query)."""
    if budget is UNLIMITED:
        return query
    if query.is_leaf():
        return _Checked(query, budget)
    return query.apply(lambda q: checked(q, budget))
