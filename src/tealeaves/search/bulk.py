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
* the postings of filter words (``author:``, ``kind:`` …) are kept for the next query.

A single word skips the blocks that cannot reach the top, as Whoosh does, but decodes and
scores the others a block at a time. Queries of any other shape (OR, NOT, wildcards, fuzzy
words, ranges, boosts, phrases with slop) return ``None`` and are left to Whoosh. Scores
match Whoosh's to rounding: a record's word scores may be added up in another order (tests
compare the two on an index of several segments with deleted records).

Whoosh's internals are read only through :mod:`tealeaves.search.whoosh_private`, which
turns this path off on another Whoosh release. :class:`FastPath` is how a session asks: a
failure falls back to Whoosh's own search, with one notice per session, never a rebuild.
"""

from __future__ import annotations

import heapq
import weakref
from array import array
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from dataclasses import dataclass
from itertools import chain, compress, count, repeat
from operator import add, neg
from threading import Lock
from typing import Any
from weakref import WeakKeyDictionary

from whoosh.query import And, Phrase, Query, Term
from whoosh.searching import Searcher

from tealeaves.search import whoosh_private
from tealeaves.search.bounds import UNLIMITED, Budget, Cancelled, OutOfTime
from tealeaves.search.whoosh_private import Unsupported as _Unsupported
from tealeaves.search.whoosh_private import bound as _bound
from tealeaves.search.whoosh_private import score_fn as _score_fn
from tealeaves.search.whoosh_private import scorer_of as _scorer_of
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
class _Word:
    field: str
    text: bytes


@dataclass(frozen=True)
class _Shape:
    words: tuple[_Word, ...]  # every word the records must hold, once each
    scored: tuple[_Word, ...]  # the words whose scores add up, as often as the query has them
    phrases: tuple[tuple[_Word, ...], ...]  # words that must also stand next to each other


def _shape(query: Query, searcher: Searcher) -> _Shape | None:
    """The words and phrases of a query made only of them, or None for any other query."""
    words: list[_Word] = []
    phrases: list[tuple[_Word, ...]] = []
    schema = searcher.schema

    def word(field: str, text: Any) -> _Word | None:
        if field not in schema:
            return None
        try:
            return _Word(field, schema[field].to_bytes(text))
        except ValueError:
            return None

    def walk(q: Query) -> bool:
        if getattr(q, "boost", 1.0) != 1.0:
            return False
        if type(q) is Term:
            w = word(q.fieldname, q.text)
            if w is None:
                return False
            words.append(w)
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
    return _Shape(tuple(dict.fromkeys(words)), tuple(words), tuple(phrases))


@dataclass
class _Postings:
    ids: list[int]
    weights: list[float]
    values: list[Any] | None  # encoded positions, for phrase words


@dataclass
class _Kept:
    """A filter word's postings as kept in the cache.

    Its record numbers (4 bytes each), one byte per record of the segment saying whether
    the word is there (so that narrowing other words' records down to it is one lookup per
    record), and the weights only when they differ (they seldom do: a word in an author's
    name or a kind is there once)."""

    ids: array[int]
    member: bytearray
    weight: float  # every posting's weight, when ``weights`` is None
    weights: array[float] | None

    @classmethod
    def of(cls, postings: _Postings, records: int) -> _Kept:
        ids = array("I", postings.ids)
        member = bytearray(max(records, ids[-1] + 1 if ids else 0))
        for doc in ids:
            member[doc] = 1
        distinct = set(postings.weights)
        if len(distinct) <= 1:
            return cls(ids, member, distinct.pop() if distinct else 1.0, None)
        return cls(ids, member, 1.0, array("f", postings.weights))

    @property
    def size(self) -> int:
        """Bytes held."""
        extra = 0 if self.weights is None else len(self.weights) * self.weights.itemsize
        return len(self.ids) * self.ids.itemsize + len(self.member) + extra

    def all(self) -> _Postings:
        weights = [self.weight] * len(self.ids) if self.weights is None else list(self.weights)
        return _Postings(list(self.ids), weights, None)

    def only(self, wanted: list[int]) -> _Postings:
        """The postings of the records in ``wanted`` (in order)."""
        member = self.member
        end = len(member)
        docs = [doc for doc in wanted if doc < end and member[doc]]
        if self.weights is None:
            return _Postings(docs, [self.weight] * len(docs), None)
        ids, weights = self.ids, self.weights
        return _Postings(docs, [weights[bisect_left(ids, doc)] for doc in docs], None)


class _Cache:
    """Postings of filter words (``author:``, ``kind:``, ``topic:`` …) per segment.

    A filter word sits on many records (``author:petrova`` on every passage of her
    articles: 80,000 records at 10,000 articles), so reading its list costs more than the
    words it filters; and people keep a filter while they change the words. Lists of up
    to ``LIMIT`` bytes in all are kept (at 50,000 articles ``kind:quote`` takes 7 MB), the
    least recently used dropped first; not their positions, so a phrase in a filter field
    is read from the index each time. A segment never changes, and its cache goes with its
    reader when the searcher is closed."""

    LIMIT = 64 * 2**20
    _numbers = count()  # one per segment reader seen

    def __init__(self) -> None:
        self._lists: OrderedDict[tuple[int, str, bytes], _Kept] = OrderedDict()
        self._readers: WeakKeyDictionary[Any, int] = WeakKeyDictionary()
        self._size = 0
        self._lock = Lock()

    def get(self, reader: Any, word: _Word) -> _Kept | None:
        with self._lock:
            key = (self._readers.get(reader, -1), word.field, word.text)
            found = self._lists.get(key)
            if found is not None:
                self._lists.move_to_end(key)
            return found

    def put(self, reader: Any, word: _Word, postings: _Kept) -> None:
        size = postings.size
        if size > self.LIMIT // 2:
            return
        with self._lock:
            if reader not in self._readers:
                self._readers[reader] = next(self._numbers)
                weakref.finalize(reader, self._forget, self._readers[reader])
            key = (self._readers[reader], word.field, word.text)
            if key in self._lists:  # another thread read it too
                self._size -= self._lists.pop(key).size
            self._lists[key] = postings
            self._size += size
            while self._size > self.LIMIT:
                _, dropped = self._lists.popitem(last=False)
                self._size -= dropped.size

    def _forget(self, number: int) -> None:
        with self._lock:
            for key in [k for k in self._lists if k[0] == number]:
                self._size -= self._lists.pop(key).size


_CACHE = _Cache()


def _read(
    matcher: Any, with_values: bool, wanted: list[int] | None, budget: Budget = UNLIMITED
) -> _Postings:
    """The postings of one word in one segment, without the records marked deleted.

    With ``wanted`` (record numbers in order), only the postings of those records are
    kept, and blocks that hold none of them are skipped undecoded, by their highest record
    number."""
    matcher, deleted = _unwrap(matcher)
    keep_only = None if wanted is None else set(wanted)
    ids: list[int] = []
    weights: list[float] = []
    values: list[Any] | None = [] if with_values else None
    at = 0  # the first wanted record above the blocks already passed
    for maxid, _maxweight, _minlen, decode in whoosh_private.blocks(matcher, with_values):
        budget.check()
        if wanted is not None:
            if at == len(wanted):
                break
            if wanted[at] > maxid:  # none in this block
                continue
            at = bisect_right(wanted, maxid, at)
        block_ids, block_weights, block_values = decode()
        if isinstance(block_weights, float):
            block_weights = repeat(block_weights, len(block_ids))
        if keep_only is not None or deleted:
            keep = (keep_only or set(block_ids)).intersection(block_ids)
            keep.difference_update(deleted)
            if not keep:
                continue
            mask = [doc in keep for doc in block_ids]
            block_ids, block_weights = compress(block_ids, mask), compress(block_weights, mask)
            if values is not None:
                block_values = compress(block_values, mask)
        ids.extend(block_ids)
        weights.extend(block_weights)
        if values is not None:
            values.extend(block_values)
    return _Postings(ids, weights, values)


def _narrow(postings: _Postings, keep: set[int]) -> _Postings:
    """The postings of the records in ``keep`` (which holds only records of the list)."""
    if len(postings.ids) == len(keep):
        return postings
    mask = [doc in keep for doc in postings.ids]
    values = postings.values
    return _Postings(
        list(compress(postings.ids, mask)),
        list(compress(postings.weights, mask)),
        None if values is None else list(compress(values, mask)),
    )


@dataclass
class _Leaf:
    """One segment's records that hold every word, and their scores (phrases unchecked)."""

    offset: int  # of the segment's record numbers in the whole index
    docs: list[int]
    scores: list[float]
    positions: dict[_Word, dict[int, Any]]  # encoded positions of the phrase words


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
    # The rarest word first: the others are read only where it occurs.
    order = sorted(shape.words, key=lambda w: reader.doc_frequency(w.field, w.text))
    postings: dict[_Word, _Postings] = {}
    scorers: dict[_Word, Any] = {}
    wanted: list[int] | None = None  # record numbers in order
    for w in order:
        matcher = leaf.postings(w.field, w.text, weighting=weighting)
        scorers[w] = _score_fn(_scorer_of(matcher), reader, w.field)
        if w.field in cached_fields and w not in in_phrase:
            kept = _CACHE.get(reader, w)
            if kept is None:
                kept = _Kept.of(_read(matcher, False, None, budget), reader.doc_count_all())
                _CACHE.put(reader, w, kept)
            postings[w] = kept.all() if wanted is None else kept.only(wanted)
        else:
            postings[w] = _read(matcher, w in in_phrase, wanted, budget)
        # The other words are read only where this one is.
        wanted = postings[w].ids
        if not wanted:
            return none
    docs = wanted or []  # the records that hold every word, in order
    common = set(docs)
    for w in order[:-1]:  # read before the others narrowed the records down
        postings[w] = _narrow(postings[w], common)
    scores: list[float] = []
    for w in shape.scored:  # a word in the query twice counts twice, as in Whoosh
        these = map(scorers[w], postings[w].weights, docs)
        scores = list(map(add, scores, these)) if scores else list(these)
    positions = {
        w: dict(zip(postings[w].ids, postings[w].values or (), strict=True)) for w in in_phrase
    }
    return _Leaf(offset, docs, scores, positions)


def _adjacent(
    phrase: tuple[_Word, ...],
    doc: int,
    positions: dict[_Word, dict[int, Any]],
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
    if len(shape.scored) == 1 and not shape.phrases:
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
    everything = chain.from_iterable(
        zip(map(neg, leaf.scores), map(leaf.offset.__add__, leaf.docs), repeat(n))
        for n, leaf in enumerate(leaves)
    )
    return sorted(everything) if k >= total else heapq.nsmallest(k, everything)


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
    word: _Word,
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
        score = _score_fn(scorer, reader, word.field)
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
            scores = list(map(score, weights, ids))
            if full and max(scores) <= top[0][0]:
                continue
            for doc, value in zip(ids, scores, strict=True):
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
