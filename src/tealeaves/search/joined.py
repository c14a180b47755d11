"""Article metadata joined to every record of the article at query time.

``title``, ``authors``, ``publication``, ``year`` and ``language`` are indexed on an
article's ``doc`` record only (indexing them on each of its passages, quotes, people and
terms was about a quarter of a build's processor time). A query part that names one of
them (``author:sautin``, ``title:"strategic rear"``, ``year:[2020 TO 2023]``, a wildcard,
a fuzzy word) is answered in two steps:

1. the part is matched against the article records, over the whole index: the articles it
   finds, each with the score its article record gets for it;
2. in each segment, the part then matches every record of those articles, read from a
   per-segment table of each article's record numbers (runs of consecutive numbers, built
   once per segment from the ``doc_id`` postings and kept with the segment's reader).

Every record carried its article's metadata before, so a part matched a record exactly
when it matched the article's own record: ANDs, ORs and NOTs of such parts, with other
fields and free words, find the same records as before. Scores: each record of an article
gets the part's score on the article record (BM25F over article records: the words'
frequencies among articles, not among all records), so a query naming these fields may
rank articles in another order than before; a query naming none scores as before.

:class:`Joined` is a Whoosh query (Whoosh's own search, ORs and NOTs use its matcher);
the bulk scorer reads its per-segment membership bytes (:meth:`Joined.in_segment`).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import groupby, repeat
from operator import itemgetter
from threading import Lock
from typing import Any
from weakref import WeakKeyDictionary

from whoosh.matching import ListMatcher, NullMatcher
from whoosh.query import Query, Term

from tealeaves.search import whoosh_private

#: The fields indexed on article records only, joined to the article's other records.
ARTICLE_FIELDS = frozenset({"title", "authors", "publication", "year", "language"})

_start = itemgetter(0)  # of a range (start, stop, score)


class _ArticleRecords:
    """The article of each ``doc`` record of a segment: its record numbers in order, and
    the article ids in the same order (a lookup is a bisection). A dict of the same held
    a number object and a table slot per article: 4 MB at 50,000 articles."""

    __slots__ = ("ids", "numbers")

    def __init__(self, pairs: list[tuple[int, bytes]]) -> None:
        pairs.sort()
        self.numbers = array("I", (n for n, _ in pairs))
        self.ids = [doc_id for _, doc_id in pairs]

    def __len__(self) -> int:
        return len(self.ids)

    def get(self, n: int) -> bytes | None:
        at = bisect_left(self.numbers, n)
        if at < len(self.numbers) and self.numbers[at] == n:
            return self.ids[at]
        return None


@dataclass(frozen=True)
class _Articles:
    """One segment's records by article: ``runs[doc_id]`` is the (start, stop) ranges of
    record numbers of that article (deleted records left out), flat (start, stop, start,
    stop …: most articles have one), and ``doc_ids.get(n)`` the article whose ``doc``
    record is record ``n``."""

    runs: dict[bytes, tuple[int, ...]]
    doc_ids: _ArticleRecords


_TABLES: WeakKeyDictionary[Any, _Articles] = WeakKeyDictionary()
_TABLES_LOCK = Lock()


def articles_of(reader: Any) -> _Articles:
    """The table of a segment's records by article, made once per segment reader."""
    with _TABLES_LOCK:
        found = _TABLES.get(reader)
    if found is not None:
        return found
    runs: dict[bytes, list[int]] = {}
    doc_ids: list[tuple[int, bytes]] = []
    if "doc_id" in reader.schema and reader.doc_count():
        docs = set(reader.postings("kind", "doc").all_ids()) if ("kind", "doc") in reader else set()
        values = _articles_in_order(reader)
        if reader.has_deletions():
            _by_record(values, set(reader.all_doc_ids()), docs, runs, doc_ids)
        else:
            _by_run(values, docs, runs, doc_ids)
    table = _Articles({k: tuple(v) for k, v in runs.items()}, _ArticleRecords(doc_ids))
    with _TABLES_LOCK:
        _TABLES[reader] = table
    return table


def tables_made(searcher: Any) -> bool:
    """Whether every segment's table of records by article is made (see :func:`articles_of`)."""
    with _TABLES_LOCK:
        return all(leaf.reader() in _TABLES for leaf, _ in searcher.leaf_searchers())


def _by_record(
    values: Iterable[bytes | None],
    live: set[int],
    docs: set[int],
    runs: dict[bytes, list[int]],
    doc_ids: list[tuple[int, bytes]],
) -> None:
    """``runs`` and ``doc_ids`` of :func:`articles_of` from each record's article, a
    record at a time (a segment with deleted records: those are in no article's runs)."""
    current, start, n = None, 0, -1
    for n, doc_id in enumerate(values):
        if n not in live:
            doc_id = None  # deleted: in no article's runs
        elif n in docs and doc_id:
            doc_ids.append((n, doc_id))
        if doc_id != current:
            if current:
                runs.setdefault(current, []).extend((start, n))
            current, start = doc_id, n
    if current:
        runs.setdefault(current, []).extend((start, n + 1))


def _by_run(
    values: Iterable[bytes | None],
    docs: set[int],
    runs: dict[bytes, list[int]],
    doc_ids: list[tuple[int, bytes]],
) -> None:
    """The same as :func:`_by_record` for a segment without deleted records, a run of
    records of one article at a time (the runs found in C: at 50,000 articles a segment
    holds a million records and 34,000 runs)."""
    records = sorted(docs)
    at, start = 0, 0
    for doc_id, run in groupby(values):
        stop = start + len(list(run))
        if doc_id:
            runs.setdefault(doc_id, []).extend((start, stop))
        while at < len(records) and records[at] < stop:  # the article records in the run
            if doc_id and records[at] >= start:
                doc_ids.append((records[at], doc_id))
            at += 1
        start = stop


def _articles_in_order(reader: Any) -> Iterator[bytes | None]:
    """The article (``doc_id``) of each record of a segment, in record order."""
    if reader.has_column("doc_id"):  # one read of the column, a chunk at a time
        yield from whoosh_private.column_values(reader.column_reader("doc_id", translate=False))
        return
    article: list[bytes | None] = [None] * reader.doc_count_all()
    for doc_id in reader.lexicon("doc_id"):
        for n in reader.postings("doc_id", doc_id).all_ids():
            article[n] = doc_id
    yield from article


@dataclass
class Segment:
    """What a joined part matches in one segment: its records in order (as ranges), one
    byte per record saying whether it is one of them, and each range's score."""

    starts: list[int]
    stops: list[int]
    scores: list[float]
    member: bytearray
    best: float  # the highest score

    def ids(self) -> list[int]:
        out: list[int] = []
        for start, stop in zip(self.starts, self.stops, strict=True):
            out.extend(range(start, stop))
        return out

    def scores_of_ids(self) -> list[float]:
        """The score of each record of :meth:`ids`, in the same order."""
        out: list[float] = []
        for start, stop, score in zip(self.starts, self.stops, self.scores, strict=True):
            out.extend(repeat(score, stop - start))
        return out

    def score(self, doc: int) -> float:
        return self.scores[bisect_right(self.starts, doc) - 1]

    def size(self) -> int:
        return sum(stop - start for start, stop in zip(self.starts, self.stops, strict=True))


class _JoinedMatcher(ListMatcher):
    """The records of a segment that a joined part matches, each with its article's score."""

    def __init__(self, segment: Segment, ids: list[int] | None = None, position: int = 0):
        self._segment = segment
        ids = segment.ids() if ids is None else ids
        super().__init__(ids, position=position)

    def copy(self) -> _JoinedMatcher:
        return _JoinedMatcher(self._segment, self._ids, self._i)

    def skip_to(self, id: int) -> None:
        if self.is_active() and id > self._ids[self._i]:
            self._i = bisect_left(self._ids, id, self._i)

    # The whole list is one block, its quality the best score: as with a word's postings,
    # Whoosh may then skip records that cannot reach the top, and knows that its count of
    # matches is an estimate.
    def supports_block_quality(self) -> bool:
        return True

    def block_quality(self) -> float:
        return self._segment.best

    def max_quality(self) -> float:
        return self._segment.best

    def skip_to_quality(self, minquality: float) -> int:
        if self._segment.best <= minquality:
            self._i = len(self._ids)
        return 0

    def weight(self) -> float:
        return self._segment.score(self._ids[self._i])

    def score(self) -> float:
        return self.weight()

    def block_max_weight(self) -> float:
        return self._segment.best


class Joined(Query):
    """A query part on an article field, matching every record of the articles whose
    article record it matches (see the module's docstring)."""

    def __init__(self, child: Query, scores: dict[bytes, float]) -> None:
        self.child = child
        self.boost = 1.0
        #: The articles found (doc_id as indexed) and the part's score on each.
        self.scores = scores
        self._segments: WeakKeyDictionary[Any, Segment] = WeakKeyDictionary()
        self._lock = Lock()

    def is_leaf(self) -> bool:
        return True

    def field(self) -> str | None:
        return self.child.field()

    def __str__(self) -> str:
        return str(self.child)

    def __repr__(self) -> str:
        return f"Joined({self.child!r}, {len(self.scores)} articles)"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Joined) and self.child == other.child

    def __hash__(self) -> int:
        return hash(("joined", self.child))

    def normalize(self) -> Query:
        return self

    def in_segment(self, reader: Any) -> Segment:
        """What this part matches in one segment (its reader), worked out once."""
        with self._lock:
            found = self._segments.get(reader)
        if found is not None:
            return found
        runs = articles_of(reader).runs.get
        ranges: list[tuple[int, int, float]] = []
        for doc_id, score in self.scores.items():
            flat = runs(doc_id)
            if flat is None:  # not in this segment
                continue
            if len(flat) == 2:  # most articles: one run
                ranges.append((flat[0], flat[1], score))
                continue
            for at in range(0, len(flat), 2):
                ranges.append((flat[at], flat[at + 1], score))
        # By start alone (runs never overlap, so no two start alike): 10,000 articles of
        # one author, 3.9 -> 1.9 ms a segment with the loop above (Round 18).
        ranges.sort(key=_start)
        member = bytearray(reader.doc_count_all())
        for start, stop, _ in ranges:
            member[start:stop] = b"\x01" * (stop - start)
        scores = [r[2] for r in ranges]
        segment = Segment(
            [r[0] for r in ranges], [r[1] for r in ranges], scores, member, max(scores, default=0.0)
        )
        with self._lock:
            self._segments[reader] = segment
        return segment

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        segment = self.in_segment(searcher.reader())
        if not segment.starts:
            return NullMatcher()
        return _JoinedMatcher(segment)

    def estimate_size(self, ixreader: Any) -> int:
        return sum(self.in_segment(leaf).size() for leaf, _ in ixreader.leaf_readers())

    def estimate_min_size(self, ixreader: Any) -> int:
        return self.estimate_size(ixreader)

    def docs(self, searcher: Any) -> Any:
        for leaf, offset in searcher.leaf_searchers():
            for doc in self.in_segment(leaf.reader()).ids():
                yield doc + offset


def _articles_matching(searcher: Any, part: Query) -> dict[bytes, float]:
    """The articles whose article record ``part`` matches, with its score on each."""
    context = searcher.context()
    scores: dict[bytes, float] = {}
    for leaf, _offset in searcher.leaf_searchers():
        reader = leaf.reader()
        doc_ids = articles_of(reader).doc_ids
        if not doc_ids:
            continue
        found = _word_in_bulk(reader, part, part.matcher(leaf, context))
        if found is None:  # a fresh matcher: the bulk read may have moved the first one
            found = _one_at_a_time(part.matcher(leaf, context))
        for n, score in found:
            doc_id = doc_ids.get(n)
            if doc_id is not None:
                scores[doc_id] = score
    return scores


def _word_in_bulk(reader: Any, part: Query, matcher: Any) -> Iterator[tuple[int, float]] | None:
    """(record number, score) of each record of one word's posting list, its list read
    whole and scored in bulk as the bulk scorer does (Whoosh's scorer, the same floats);
    None for any other part or matcher (a wildcard, a range, a boost), and None when the
    bulk read fails: it reads Whoosh's private structures, and a fault there is ours, not the
    index's (Whoosh's own matcher then reads the list, and finds any real damage). An author's name
    in 10,000 of 50,000 articles: 28 ms a record at a time through Whoosh's matcher, the
    first time a filter names it (Round 18)."""
    from tealeaves.search.postings import read

    if type(part) is not Term or not whoosh_private.ENABLED:
        return None
    try:
        scorer = whoosh_private.scorer_of(matcher)
        if scorer is None:
            return None
        scores_of = whoosh_private.scores_fn(scorer, reader, part.fieldname)
        postings = read(matcher, False, None)
    except Exception:  # Unsupported, or a fault of the private reading
        return None
    return zip(postings.ids, scores_of(postings.weights, postings.ids), strict=True)


def _one_at_a_time(matcher: Any) -> Iterator[tuple[int, float]]:
    """(record number, score) of each record ``matcher`` matches, through Whoosh."""
    while matcher.is_active():
        yield matcher.id(), matcher.score()
        matcher.next()


class _Kept:
    """Joined parts kept for the next query on the same searcher (people keep a filter
    while they change the words): at most ``LIMIT`` per searcher, oldest dropped first
    (each holds a byte per record of the segments it was used in: 3 MB at 50,000 articles)."""

    LIMIT = 8

    def __init__(self) -> None:
        self._parts: WeakKeyDictionary[Any, OrderedDict[Query, Joined]] = WeakKeyDictionary()
        self._lock = Lock()

    def get(self, searcher: Any, part: Query) -> Joined:
        reader = searcher.reader()
        with self._lock:
            kept = self._parts.get(reader)
            found = kept.get(part) if kept is not None else None
        if found is not None:
            return found
        joined = Joined(part, _articles_matching(searcher, part))
        with self._lock:
            kept = self._parts.setdefault(reader, OrderedDict())
            kept[part] = joined
            while len(kept) > self.LIMIT:
                kept.popitem(last=False)
        return joined


_KEPT = _Kept()


def join_article_fields(query: Query, searcher: Any) -> Query:
    """``query`` with each part on an article field (:data:`ARTICLE_FIELDS`) made to match
    every record of the articles it matches. A part that holds an article field and others
    together (a phrase cannot) does not occur: a leaf names one field."""
    if isinstance(query, Joined):
        return query
    if query.is_leaf():
        if query.field() in ARTICLE_FIELDS:
            return _KEPT.get(searcher, query)
        return query
    return query.apply(lambda q: join_article_fields(q, searcher))


def names_article_field(query: Query) -> bool:
    """Whether ``query`` has a part on an article field."""
    return any(
        isinstance(leaf, Joined) or leaf.field() in ARTICLE_FIELDS for leaf in query.leaves()
    )
