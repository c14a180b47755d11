"""Top records for conjunctive queries (words, ANDs and phrases), scored in bulk.

Whoosh scores a query one record at a time through a tree of matcher objects, and checks a
phrase's word positions on every record that holds all of its words. Block-max skipping
rarely helps on passages, whose scores are close together, so a common phrase costs about
11 µs per matching record: 150 ms for "strategic rear" at 10,000 articles, which match in
13,000 records. Here the same query is answered from whole posting lists instead:

* each word's posting list is read from the file in one piece, the rarest word first; the
  other words' blocks that hold none of its records are skipped undecoded;
* the records holding every word are found by set intersection;
* each record is scored with Whoosh's own scorer for each word (BM25F by default), whose
  answers are remembered per (weight, length) pair, since both are small and repeat;
* the best records are taken with a heap, and only then are phrase positions checked,
  best first, until enough records pass. A phrase's score is the sum of its words' scores,
  as in Whoosh, so the ranking is the same; only about ``limit`` records have their
  positions decoded.
* the postings of filter words (``kind:``, ``topic:`` …) are kept for the next query;
* a part on an article field (``author:``, ``year:`` …, :mod:`tealeaves.search.joined`)
  keeps the records of the articles it matches, by their membership bytes, and adds the
  article's score for it.

A single word skips the blocks that cannot reach the top, as Whoosh does, but decodes and
scores the others a block at a time. A wildcard or prefix that stands for one word (once
expanded) is that word, as Whoosh scores it. Queries of any other shape (OR, NOT, wildcards
of several words, fuzzy words, ranges, boosts, phrases with slop) return ``None`` and are
left to Whoosh. Scores match Whoosh's to rounding: a record's word scores may be added up in
another order (tests compare the two on an index of several segments with deleted records).

Whoosh's internals are read only through :mod:`tealeaves.search.whoosh_private`, which
turns this path off on another Whoosh release. :class:`FastPath` is how a session asks: a
failure falls back to Whoosh's own search, with one notice per session, never a rebuild.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import chain, compress, islice, repeat
from operator import add, neg
from typing import Any

from whoosh.query import And, Phrase, Query, Term
from whoosh.searching import Searcher

from tealeaves.search import whoosh_private
from tealeaves.search.bounds import UNLIMITED, Budget, Cancelled, Expanded, OutOfTime
from tealeaves.search.joined import Joined, Segment
from tealeaves.search.postings import FilterCache, Kept, Positions, Postings, Word, narrow
from tealeaves.search.postings import read as read_postings
from tealeaves.search.whoosh_private import Unsupported as _Unsupported
from tealeaves.search.whoosh_private import bound as _bound
from tealeaves.search.whoosh_private import scorer_of as _scorer_of
from tealeaves.search.whoosh_private import scores_fn as _scores_fn
from tealeaves.search.whoosh_private import summed_scores_fn as _summed_scores_fn
from tealeaves.search.whoosh_private import unwrap as _unwrap


@dataclass(frozen=True)
class TopRecords:
    """The best records of a query: ``(score, record number)``, best first."""

    hits: list[tuple[float, int]]
    #: How many records match: exact when ``complete``, else Whoosh's estimate (what its
    #: ``Results.estimated_length`` says).
    estimated: int
    #: True when fewer records than asked for match: every match is in ``hits``.
    complete: bool


@dataclass(frozen=True)
class _Shape:
    words: tuple[Word, ...]  # every word the records must hold, once each
    scored: tuple[Word, ...]  # the words whose scores add up, as often as the query has them
    phrases: tuple[tuple[Word, ...], ...]  # words that must also stand next to each other
    joined: tuple[Joined, ...] = ()  # article fields: the records of the articles they match


def _shape(query: Query, searcher: Searcher) -> _Shape | None:
    """The words and phrases of a query made only of them, or None for any other query."""
    words: list[Word] = []
    phrases: list[tuple[Word, ...]] = []
    joined: list[Joined] = []
    schema = searcher.schema

    def word(field: str, text: Any) -> Word | None:
        if field not in schema:
            return None
        try:
            return Word(field, schema[field].to_bytes(text))
        except ValueError:
            return None

    def walk(q: Query) -> bool:
        if getattr(q, "boost", 1.0) != 1.0:
            return False
        if type(q) is Joined:
            joined.append(q)
            return True
        if type(q) is Term:
            w = word(q.fieldname, q.text)
            if w is None:
                return False
            words.append(w)
            return True
        if type(q) is Expanded and len(q.words) == 1 and q.fieldname in schema:
            # A prefix or wildcard that stands for one word: Whoosh searches it as that
            # word's Term (MultiTerm.matcher), scored as the word is.
            words.append(Word(q.fieldname, q.words[0]))
            return True
        if type(q) is Phrase:
            if q.slop != 1 or not q.words:
                return False
            if q.fieldname not in schema:
                return False
            field = schema[q.fieldname]
            if not field.format or not field.format.supports("positions"):
                return False
            ws = [word(q.fieldname, text) for text in q.words]
            if any(w is None for w in ws):
                return False
            phrase = tuple(w for w in ws if w is not None)
            words.extend(phrase)
            if len(phrase) > 1:
                phrases.append(phrase)
            return True
        if type(q) is And:
            return bool(q.subqueries) and all(walk(sub) for sub in q.subqueries)
        return False

    if not walk(query):
        return None
    return _Shape(
        tuple(dict.fromkeys(words)), tuple(words), tuple(phrases), tuple(dict.fromkeys(joined))
    )


#: The fast path's filter postings, kept across queries.
_CACHE = FilterCache()


@dataclass
class _Leaf:
    """One segment's records that hold every word, and their scores (phrases unchecked)."""

    offset: int  # of the segment's record numbers in the whole index
    docs: list[int]
    scores: list[float]
    positions: dict[Word, Positions]  # of the phrase words, decoded when asked for


def _leaf_candidates(
    leaf: Searcher,
    offset: int,
    shape: _Shape,
    weighting: Any,
    cached_fields: frozenset[str],
    budget: Budget = UNLIMITED,
) -> _Leaf:
    reader = leaf.reader()
    none = _Leaf(offset, [], [], {})
    in_phrase = {w for phrase in shape.phrases for w in phrase}
    for w in shape.words:
        if (w.field, w.text) not in reader:
            return none
    joined = [j.in_segment(reader) for j in shape.joined]
    joined.sort(key=Segment.size)
    if any(not segment.starts for segment in joined):
        return none
    # The rarest word first: the others are read only where it occurs.
    order = sorted(shape.words, key=lambda w: reader.doc_frequency(w.field, w.text))
    wanted: list[int] | None = None  # record numbers in order
    if joined and (
        not order or joined[0].size() < reader.doc_frequency(order[0].field, order[0].text)
    ):  # fewer records in the articles than with the rarest word: the words are read there
        wanted = joined[0].ids()
        for segment in joined[1:]:
            member = segment.member
            wanted = [doc for doc in wanted if member[doc]]
        if not order:
            if len(joined) == 1:  # one score per article: no lookup per record
                return _Leaf(offset, wanted, joined[0].scores_of_ids(), {})
            scores = [sum(segment.score(doc) for segment in joined) for doc in wanted]
            return _Leaf(offset, wanted, scores, {})
        if not wanted:
            return none
    postings: dict[Word, Postings] = {}
    scorers: dict[Word, Any] = {}  # Whoosh's scorer of each word
    for w in order:
        matcher = leaf.postings(w.field, w.text, weighting=weighting)
        scorers[w] = _scorer_of(matcher)
        if w.field in cached_fields and w not in in_phrase:
            kept = _kept(reader, w, matcher, budget)
            postings[w] = kept.all() if wanted is None else kept.only(wanted)
        else:
            postings[w] = read_postings(matcher, w in in_phrase, wanted, budget)
        # The other words are read only where this one is.
        wanted = postings[w].ids
        if not wanted:
            return none
    docs = wanted or []  # the records that hold every word, in order
    for segment in joined:  # in the articles the article fields matched
        member = segment.member
        docs = [doc for doc in docs if member[doc]]
    if not docs:
        return none
    common = set(docs)
    for w in order:  # read before the others (or the articles) narrowed the records down
        postings[w] = narrow(postings[w], common)
    scores = _word_scores(shape.scored, scorers, postings, docs, reader)
    for segment in joined:
        scores = list(map(add, scores, map(segment.score, docs)))
    positions = {w: postings[w].values for w in in_phrase}
    return _Leaf(offset, docs, scores, positions)


def _word_scores(
    scored: tuple[Word, ...],
    scorers: dict[Word, Any],
    postings: dict[Word, Postings],
    docs: list[int],
    reader: Any,
) -> list[float]:
    """The records' scores for the words, added up in the query's order (a word in the
    query twice counts twice, as in Whoosh): all at once when the words are of one field
    whose lengths are in memory, else a word at a time."""
    fields = {w.field for w in scored}
    if len(fields) == 1:
        summed = _summed_scores_fn([scorers[w] for w in scored], reader, scored[0].field)
        if summed is not None:
            return list(summed([postings[w].weights for w in scored], docs))
    scores: list[float] = []
    for w in scored:
        these = _scores_fn(scorers[w], reader, w.field)(postings[w].weights, docs)
        scores = list(map(add, scores, these)) if scores else list(these)
    return scores


def _kept(reader: Any, w: Word, matcher: Any, budget: Budget = UNLIMITED) -> Kept:
    """A filter word's postings in one segment, from the cache, or read and kept there."""
    kept = _CACHE.get(reader, w)
    if kept is None:
        kept = Kept.of(read_postings(matcher, False, None, budget), reader.doc_count_all())
        _CACHE.put(reader, w, kept)
    return kept


def keep_filter(searcher: Searcher, field: str, text: bytes) -> None:
    """Read a filter word's postings (``kind:quote``) into the cache now, in each segment
    of ``searcher`` that has it, as its first query would: that query then costs what
    every later one does. Nothing when the fast path is off."""
    if not whoosh_private.ENABLED:
        return
    w = Word(field, text)
    for leaf, _offset in searcher.leaf_searchers():
        reader = leaf.reader()
        if (field, text) in reader:
            try:
                _kept(reader, w, leaf.postings(field, text, weighting=searcher.weighting))
            except _Unsupported:
                return


def _adjacent(
    phrase: tuple[Word, ...],
    doc: int,
    positions: dict[Word, Positions],
    decode: dict[str, Any],
) -> bool:
    """True when the phrase's words stand one after the other somewhere in record ``doc``."""
    starts: set[int] | None = None
    for i, w in enumerate(phrase):
        here = {p - i for p in decode[w.field](positions[w][doc])}
        starts = here if starts is None else starts & here
        if not starts:
            return False
    return True


def top_records(
    searcher: Searcher,
    query: Query,
    limit: int,
    cached_fields: frozenset[str] = frozenset(),
    budget: Budget = UNLIMITED,
) -> TopRecords | None:
    """The best ``limit`` records for ``query``, or None when it is not a word or a
    conjunction of words and phrases (Whoosh's own search then answers it).

    The postings of words in ``cached_fields`` (filters) are kept for the next query.
    ``budget`` is checked once per block read: a single word's best records so far are
    returned when it runs out (``budget.ran_out`` says so); a conjunction raises
    :class:`OutOfTime`."""
    shape = _shape(query, searcher)
    if shape is None:
        return None
    weighting = searcher.weighting
    if len(shape.scored) == 1 and not shape.phrases and not shape.joined:
        try:
            return _one_word(searcher, shape.words[0], limit, weighting, query, budget)
        except _Unsupported:
            return None
    decode = {
        w.field: searcher.schema[w.field].format.decode_positions
        for phrase in shape.phrases
        for w in phrase
    }
    try:
        leaves = [
            _leaf_candidates(leaf, offset, shape, weighting, cached_fields, budget)
            for leaf, offset in searcher.leaf_searchers()
        ]
    except _Unsupported:
        return None
    hits = _matches(leaves, shape, limit, decode)
    if len(hits) < limit:  # every match was seen: the count is exact, as in Whoosh
        return TopRecords(hits, len(hits), True)
    return TopRecords(hits, query.estimate_size(searcher.reader()), False)


def _best(leaves: list[_Leaf], k: int, total: int) -> list[tuple[float, int, int]]:
    """The best k (-score, record number, leaf) of every leaf, best first; ties by record
    number."""
    if k <= 0:
        return []
    if k >= total:
        return sorted(
            chain.from_iterable(
                zip(map(neg, leaf.scores), map(leaf.offset.__add__, leaf.docs), repeat(n))
                for n, leaf in enumerate(leaves)
            )
        )
    # The k-th best score first, over plain floats (a heap of 70,000 tuples cost 17 ms):
    # only the records that score more than that are made into tuples and sorted.
    bar = heapq.nlargest(k, chain.from_iterable(leaf.scores for leaf in leaves))[-1]
    above: list[tuple[float, int, int]] = []
    for n, leaf in enumerate(leaves):
        better = list(map(bar.__lt__, leaf.scores))
        above.extend(
            zip(
                map(neg, compress(leaf.scores, better)),
                map(leaf.offset.__add__, compress(leaf.docs, better)),
                repeat(n),
            )
        )
    above.sort()
    # Then the records that score the bar itself, lowest record numbers first. Scores take
    # few values (a word's depends on its weight and the record's length), so tens of
    # thousands may tie at the bar: they are taken in C, in the order the leaves (by
    # offset) and their records (in order) already have, only as many as are missing.
    missing = k - len(above)
    for n, leaf in sorted(enumerate(leaves), key=lambda item: item[1].offset):
        if missing <= 0:
            break
        ties = list(islice(compress(leaf.docs, map(bar.__eq__, leaf.scores)), missing))
        above.extend(zip(repeat(-bar), map(leaf.offset.__add__, ties), repeat(n)))
        missing -= len(ties)
    return above


def _matches(
    leaves: list[_Leaf], shape: _Shape, limit: int, decode: dict[str, Any]
) -> list[tuple[float, int]]:
    """The best ``limit`` candidates whose phrases are in place, as (score, record number).

    Without phrases every candidate is a match; with them, a few more than asked are
    ranked, their positions checked, and more taken only if too few pass."""
    total = sum(len(leaf.docs) for leaf in leaves)
    k = limit if not shape.phrases else limit * 2
    checked: dict[int, bool] = {}
    while True:
        hits: list[tuple[float, int]] = []
        for negative, number, n in _best(leaves, k, total):
            leaf = leaves[n]
            if number not in checked:
                doc = number - leaf.offset
                checked[number] = all(
                    _adjacent(phrase, doc, leaf.positions, decode) for phrase in shape.phrases
                )
            if checked[number]:
                hits.append((-negative, number))
                if len(hits) == limit:
                    break
        if len(hits) == limit or k >= total:
            return hits
        k *= 4


def _one_word(
    searcher: Searcher,
    word: Word,
    limit: int,
    weighting: Any,
    query: Query,
    budget: Budget = UNLIMITED,
) -> TopRecords:
    """The best records for one word, skipping the blocks that cannot reach them.

    As Whoosh does, a block whose best possible score (its highest weight at its shortest
    length) is no better than the ``limit``-th score so far is not decoded. Whoosh then
    still steps through every posting of the other blocks in Python; here a block's
    scores are worked out in one pass and the block is dropped whole when none of them
    gets in."""
    top: list[tuple[float, int]] = []  # a min-heap of (score, -record number)
    for leaf, offset in searcher.leaf_searchers():
        reader = leaf.reader()
        if (word.field, word.text) not in reader:
            continue
        matcher = leaf.postings(word.field, word.text, weighting=weighting)
        scorer = _scorer_of(matcher)
        scores_of = _scores_fn(scorer, reader, word.field)
        matcher, deleted = _unwrap(matcher)
        for _maxid, maxweight, minlen, decode in whoosh_private.blocks(matcher, False):
            if budget.spent():
                break
            full = len(top) == limit
            if full and _bound(scorer, maxweight, minlen) <= top[0][0]:
                continue
            ids, weights, _ = decode()
            if isinstance(weights, float):
                weights = repeat(weights, len(ids))
            scores = list(scores_of(weights, ids))
            pairs: Iterable[tuple[int, float]] = zip(ids, scores, strict=True)
            if full:
                if max(scores) <= top[0][0]:
                    continue
                # Only the postings that may get in (the bar only rises as they are added).
                pairs = compress(pairs, map(top[0][0].__le__, scores))
            for doc, value in pairs:
                if doc in deleted:
                    continue
                item = (value, -(offset + doc))
                if len(top) < limit:
                    heapq.heappush(top, item)
                elif item > top[0]:
                    heapq.heapreplace(top, item)
    hits = [(value, -negative) for value, negative in sorted(top, reverse=True)]
    if len(hits) < limit and not budget.ran_out:  # nothing could be skipped: every match was seen
        return TopRecords(hits, len(hits), True)
    return TopRecords(hits, query.estimate_size(searcher.reader()), False)


class FastPath:
    """The bulk scorer as one session uses it: a fault in it, or a Whoosh release it was
    not written for, costs speed and one notice, never an answer or a rebuild."""

    def __init__(self) -> None:
        self._pending = ""
        #: The notice given this session, if any (at most one).
        self.notices: list[str] = []

    def top(
        self,
        searcher: Searcher,
        query: Query,
        limit: int,
        cached_fields: frozenset[str] = frozenset(),
        budget: Budget = UNLIMITED,
    ) -> TopRecords | None:
        """:func:`top_records`, or None (Whoosh answers) when it is off or fails. Running
        out of ``budget`` is not a failure: :class:`OutOfTime` and :class:`Cancelled` are
        raised as they are."""
        if not whoosh_private.ENABLED:
            self._tell(whoosh_private.DISABLED_NOTICE)
            return None
        try:
            return top_records(searcher, query, limit, cached_fields, budget)
        except (OutOfTime, Cancelled):
            raise
        except Exception as exc:
            self._tell(
                f"The fast search path failed ({type(exc).__name__}: {exc}); Whoosh's own "
                "search answers instead, more slowly. Please report this."
            )
            return None

    def _tell(self, notice: str) -> None:
        if not self.notices:
            self.notices.append(notice)
            self._pending = notice

    def take_notice(self) -> str:
        """The notice not yet given ("" when there is none): each is given once."""
        notice, self._pending = self._pending, ""
        return notice
