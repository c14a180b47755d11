"""A word's posting list read in one piece, and the postings of filter words kept.

Whoosh's codec internals are read only through :mod:`tealeaves.search.whoosh_private`.
"""

from __future__ import annotations

import weakref
from array import array
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from dataclasses import dataclass
from itertools import compress, count, repeat
from threading import Lock
from typing import Any
from weakref import WeakKeyDictionary

from tealeaves.search import whoosh_private
from tealeaves.search.bounds import UNLIMITED, Budget
from tealeaves.search.whoosh_private import unwrap as _unwrap


@dataclass(frozen=True)
class Word:
    """A word of a field, as the index stores it."""

    field: str
    text: bytes


class Positions:
    """A phrase word's encoded positions in one segment, by record number, unpickled a
    block at a time when one of the block's records is first asked about.

    Positions are most of a block of the passage field and cost 30 times its record
    numbers and weights to unpickle; a phrase's candidates are checked best first until
    enough pass, so only a few blocks of a long list are ever decoded. ``budget`` is
    checked before each block."""

    def __init__(self, budget: Budget = UNLIMITED) -> None:
        self._budget = budget
        self._maxids: list[int] = []  # of the blocks kept, in order
        self._decoders: list[whoosh_private.Decoder] = []
        self._decoded: dict[int, dict[int, Any]] = {}

    def add(self, maxid: int, decode: whoosh_private.Decoder) -> None:
        """A block holding some of the records kept (blocks come in order)."""
        self._maxids.append(maxid)
        self._decoders.append(decode)

    def __getitem__(self, doc: int) -> Any:
        """The encoded positions of record ``doc`` (one of the records kept)."""
        n = bisect_left(self._maxids, doc)
        block = self._decoded.get(n)
        if block is None:
            self._budget.check()
            ids, _, values = self._decoders[n](with_values=True)
            block = self._decoded[n] = dict(zip(ids, values, strict=True))
        return block[doc]

    @property
    def blocks_decoded(self) -> int:
        return len(self._decoded)


@dataclass
class Postings:
    """A word's postings in one segment: record numbers, weights and (for a phrase word)
    its positions, decoded when asked for."""

    ids: list[int]
    weights: list[float]
    values: Positions | None  # for phrase words


@dataclass
class Kept:
    """A filter word's postings as kept in the cache.

    Its record numbers (4 bytes each), one byte per record of the segment saying whether
    the word is there (so that narrowing other words' records down to it is one lookup per
    record), and the weights only when they differ (they seldom do: a word in an expert's
    name or a kind is there once)."""

    ids: array[int]
    member: bytearray
    weight: float  # every posting's weight, when ``weights`` is None
    weights: array[float] | None

    @classmethod
    def of(cls, postings: Postings, records: int) -> Kept:
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

    def all(self) -> Postings:
        weights = [self.weight] * len(self.ids) if self.weights is None else list(self.weights)
        return Postings(list(self.ids), weights, None)

    def only(self, wanted: list[int]) -> Postings:
        """The postings of the records in ``wanted`` (in order)."""
        member = self.member
        end = len(member)
        docs = [doc for doc in wanted if doc < end and member[doc]]
        if self.weights is None:
            return Postings(docs, [self.weight] * len(docs), None)
        ids, weights = self.ids, self.weights
        return Postings(docs, [weights[bisect_left(ids, doc)] for doc in docs], None)


class FilterCache:
    """Postings of filter words (``kind:``, ``topic:``, ``expert:`` …) per segment (article
    fields such as ``author:`` are joined instead: :mod:`tealeaves.search.joined`).

    A filter word sits on many records (``kind:para`` on every passage, ``expert:zhao``
    on every passage that names him), so reading its list costs more than the
    words it filters; and people keep a filter while they change the words. Lists of up
    to ``LIMIT`` bytes in all are kept (at 50,000 articles ``kind:quote`` takes 7 MB), the
    least recently used dropped first; not their positions, so a phrase in a filter field
    is read from the index each time. A segment never changes, and its cache goes with its
    reader when the searcher is closed."""

    LIMIT = 64 * 2**20
    _numbers = count()  # one per segment reader seen

    def __init__(self) -> None:
        self._lists: OrderedDict[tuple[int, str, bytes], Kept] = OrderedDict()
        self._readers: WeakKeyDictionary[Any, int] = WeakKeyDictionary()
        self._size = 0
        self._lock = Lock()

    def get(self, reader: Any, word: Word) -> Kept | None:
        with self._lock:
            key = (self._readers.get(reader, -1), word.field, word.text)
            found = self._lists.get(key)
            if found is not None:
                self._lists.move_to_end(key)
            return found

    def put(self, reader: Any, word: Word, postings: Kept) -> None:
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


#: A block keeping at most one record in this many (a common word read only where a rarer
#: one is: 7 of 128 on average for ``exception module`` at 50k) finds them by bisection and
#: takes their weights alone, instead of a mask over the whole block: 5.7 -> 3.7 ms for the
#: 521 blocks of such a word in one segment (Round 18).
_FEW = 8


def read(
    matcher: Any, with_values: bool, wanted: list[int] | None, budget: Budget = UNLIMITED
) -> Postings:
    """The postings of one word in one segment, without the records marked deleted; with
    ``with_values``, their positions too (:class:`Positions`: decoded when asked for).

    With ``wanted`` (record numbers in order), only the postings of those records are
    kept, and blocks that hold none of them are skipped undecoded, by their highest record
    number."""
    matcher, deleted = _unwrap(matcher)
    keep_only = None if wanted is None else set(wanted)
    ids: list[int] = []
    weights: list[float] = []
    positions = Positions(budget) if with_values else None
    at = 0  # the first wanted record above the blocks already passed
    for maxid, _maxweight, _minlen, decode in whoosh_private.blocks(matcher, False):
        budget.check()
        if wanted is not None:
            if at == len(wanted):
                break
            if wanted[at] > maxid:  # none in this block
                continue
            at = bisect_right(wanted, maxid, at)
        block_ids, block_weights, _ = decode()
        if keep_only is not None or deleted:
            keep = (keep_only or set(block_ids)).intersection(block_ids)
            keep.difference_update(deleted)
            if not keep:
                continue
            if len(keep) * _FEW <= len(block_ids):  # a few: found in the block by bisection
                docs = sorted(keep)
                ids.extend(docs)
                if isinstance(block_weights, float):
                    weights.extend(repeat(block_weights, len(docs)))
                else:
                    weights.extend([block_weights[bisect_left(block_ids, doc)] for doc in docs])
                if positions is not None:
                    positions.add(maxid, decode)
                continue
            if isinstance(block_weights, float):
                block_weights = repeat(block_weights, len(block_ids))
            if len(keep) < len(block_ids):  # else every record of the block is kept
                mask = [doc in keep for doc in block_ids]
                block_ids = compress(block_ids, mask)
                block_weights = compress(block_weights, mask)
        elif isinstance(block_weights, float):
            block_weights = repeat(block_weights, len(block_ids))
        ids.extend(block_ids)
        weights.extend(block_weights)
        if positions is not None:
            positions.add(maxid, decode)
    return Postings(ids, weights, positions)


def narrow(postings: Postings, keep: set[int]) -> Postings:
    """The postings of the records in ``keep`` (which holds only records of the list)."""
    if len(postings.ids) == len(keep):
        return postings
    mask = [doc in keep for doc in postings.ids]
    return Postings(
        list(compress(postings.ids, mask)), list(compress(postings.weights, mask)), postings.values
    )
