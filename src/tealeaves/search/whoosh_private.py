"""Every use of Whoosh's internals, in one place, behind a check of the release they were
written for.

Two speed-ups read or change parts of Whoosh that are not its public API,

* the bulk scorer (:mod:`tealeaves.search.bulk`) reads a word's posting list straight from
  the codec (the block header it pickles, private matcher attributes, a scorer's
  ``_score``) and the field lengths kept in ``reader._perdoc._readers``;
* ``W3PerDocReader._cached_reader`` is replaced (see :func:`_cached_reader`) so that a
  field's lengths are read into memory in one piece, and a field without lengths is not
  asked about again on every call;
* ``SortingPool._write_run``, ``_read_run`` and ``_merge_runs`` are replaced (see
  :func:`_write_run` and :func:`merged_chunks`) so that the postings a segment writer
  spills to its run files are pickled, and merged, in chunks, not one call per posting;
* ``W3FieldWriter.add_postings`` is replaced (see :func:`_add_postings`) so that a
  segment's sorted postings are written a term at a time, not with four calls per posting;
* ``SegmentWriter.add_document`` is replaced (see :func:`_add_document`) so that a record's
  postings go into the pool together, and ``content`` is analysed once for its postings
  and its spelling words;
* ``W3PostingsWriter._write_block`` is replaced (see :func:`_write_block`) so that a
  block too small to gain from compression is written as it is, and blocks and stored
  records are compressed by ISA-L where it is installed (:data:`DEFLATE`; the stored
  column writer's compressor is set in :func:`_compress_stored_with`);
* ``whoosh.writing.PostingPool``, ``SegmentWriter.__init__`` and ``SegmentWriter.add_reader``
  are replaced (see :class:`SpellingPool`) so that a segment keeps each spelling word once
  with its count instead of once per record, and a merge counts the records left only;
* ``BufferFile``'s set-up, ``close``, ``file`` and reading methods are replaced (see
  :func:`_buffer_file_init`) so that a part of a compound segment is read from the memory
  map in place, never copied into memory whole;
* ``VarBytesColumn.Reader._read_offsets_and_lengths`` is replaced (see
  :func:`_read_offsets_and_lengths`) so that a large segment's stored-field offsets and
  lengths are read from the file where needed, not held in memory whole;
* Whoosh's multiprocess writer and its writer process are subclassed (see
  :class:`ArticleWriter`) so that a full build's writer processes are given the loaded
  articles and make their records (the extraction) themselves;

and the partitioned build (:mod:`tealeaves.search.committing`) adopts segments written
elsewhere by listing them in a new table of contents (:func:`adopt_segments`).

All were written against ``whoosh-reloaded`` 2.7.5. On any other release (or when one of
the names below has gone) nothing is patched, :data:`ENABLED` is False, every query is
answered by Whoosh's own search, :data:`DISABLED_NOTICE` says so once, and partitions are
merged through Whoosh's public ``add_reader`` instead. Any other module of ours uses
Whoosh's public API only.
"""

from __future__ import annotations

import io
import pickle
import shutil
import struct
import sys
import zlib
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from itertools import accumulate, islice, pairwise
from typing import Any

import whoosh
import whoosh.writing as whoosh_writing
from whoosh.index import IndexError as WhooshIndexError

#: The Whoosh release this module was written for (``whoosh.__version__``).
WRITTEN_FOR = (2, 7, 5)

try:
    from whoosh.codec.base import OutOfOrderError
    from whoosh.codec.whoosh3 import (
        LENGTHS_COLUMN,
        WHOOSH3_HEADER_MAGIC,
        W3FieldWriter,
        W3LeafMatcher,
        W3PerDocReader,
        W3PostingsWriter,
        W3TermInfo,
        _lenfield,
    )
    from whoosh.externalsort import SortingPool
    from whoosh.matching import FilterMatcher
    from whoosh.scoring import WeightLengthScorer, WeightScorer
    from whoosh.system import pack_int, pack_long, pack_uint, pack_ushort
    from whoosh.util.numeric import byte_to_length, length_to_byte
    from whoosh.writing import PostingPool, SegmentWriter
except ImportError:  # another Whoosh: the fast path stays off
    _IMPORTED = False
else:
    _IMPORTED = True


def supported(version: tuple[int, ...] | None = None) -> bool:
    """Whether this module's reading of Whoosh's internals holds for ``version`` (the
    installed Whoosh when None)."""
    if version is None:
        version = tuple(getattr(whoosh, "__version__", ()))
    return _IMPORTED and tuple(version[:3]) == WRITTEN_FOR


#: True when the installed Whoosh is the one this module was written for.
ENABLED = supported()

try:  # ISA-L's deflate (README, "Libraries we use"); zlib where it is not installed
    from isal import isal_zlib as _isal_zlib
except ImportError:  # pragma: no cover - a platform without its wheels
    _isal_zlib = None


def zlib_deflate(data: bytes, level: int) -> bytes:
    """Whoosh's compression of a posting block or a stored record: zlib at ``level``."""
    return zlib.compress(data, level)


def isal_deflate(data: bytes, level: int) -> bytes:
    """The same format made by ISA-L at its level 1, whatever ``level`` Whoosh asks for:
    about twice as fast as zlib on the index's small blocks and records (0.35 -> 0.15 s for
    the 20,764 of 300 articles), 3% larger. Whoosh reads it with ``zlib.decompress``."""
    return _isal_zlib.compress(data, 1)  # type: ignore[union-attr]


#: How this module's writers compress posting blocks and stored records (tests that
#: compare files with Whoosh's own set it to :func:`zlib_deflate`).
DEFLATE: Callable[[bytes, int], bytes] = zlib_deflate if _isal_zlib is None else isal_deflate


def _deflate(data: bytes, level: int) -> bytes:
    return DEFLATE(data, level)


DISABLED_NOTICE = (
    f"Whoosh {'.'.join(map(str, getattr(whoosh, '__version__', ())))} is not the release "
    f"Tea Leaves was tuned for ({'.'.join(map(str, WRITTEN_FOR))}); searching with Whoosh's "
    "own scorer, which gives the same answers more slowly."
)


class Unsupported(Exception):
    """A segment or scorer this module does not know: Whoosh answers the query instead."""


#: Errors that mean the index files themselves are damaged (truncated, deleted, garbled):
#: only these make the library rebuild the index. Anything else is a fault of ours.
DAMAGED_INDEX_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    EOFError,
    struct.error,
    zlib.error,
    pickle.UnpicklingError,
    WhooshIndexError,
)


# -- the bulk scorer's view of posting lists -------------------------------------------------

_BLOCK_LENGTH = struct.Struct("!i")  # how Whoosh 3 writes a block's length

Decoder = Callable[..., tuple[Any, Any, Any]]


def unwrap(matcher: Any) -> tuple[Any, Any]:
    """A word's posting matcher without Whoosh's filter of deleted records, and that set."""
    if not ENABLED:
        raise Unsupported
    if not isinstance(matcher, FilterMatcher):
        return matcher, ()
    if not matcher._exclude:
        raise Unsupported
    return matcher.child, matcher._ids


def blocks(matcher: Any, with_values: bool) -> Iterator[tuple[int, float, int, Decoder]]:
    """The blocks of a Whoosh 3 posting list: (highest record number, highest weight,
    shortest length as its byte, block decoder). The decoder returns (record numbers,
    weights, values); weights is one float when every posting of the block has that weight.
    Values are decoded when ``with_values`` is true (the decoder's own argument of that
    name overrides it), else they are None and not unpickled.

    The whole list is read from the file at once. Whoosh's own reader seeks and reads a
    few bytes at a time (about 20 reads per block when the index is read from the file),
    decodes record numbers with a generator and fills an array with 1.0 for a field
    without weights, one Python step per posting; here that is done in C. Any other kind
    of list (the pinned Whoosh never keeps postings inline in the term list with its
    default ``inlinelimit``) is left to Whoosh."""
    if not ENABLED or type(matcher) is not W3LeafMatcher:
        raise Unsupported
    length = matcher._length
    if isinstance(length, tuple):  # the pinned Whoosh keeps it as a 1-tuple
        (length,) = length
    buf = matcher._postfile.get(matcher._startoffset, length)
    if bytes(buf[:4]) != WHOOSH3_HEADER_MAGIC:
        raise Unsupported
    fixedsize = matcher._fixedsize
    byteids = matcher._byteids
    stream = io.BytesIO(buf)
    at = 4
    while True:
        (length,) = _BLOCK_LENGTH.unpack_from(buf, at)
        stream.seek(at + 4)
        count, maxid, maxweight, compression, minlen, _maxlen = pickle.load(stream)
        start, end = stream.tell(), at + 4 + abs(length)

        def decode(
            with_values: bool = with_values,
            start: int = start,
            end: int = end,
            compression: Any = compression,
            count: int = count,
        ) -> tuple[Any, Any, Any]:
            raw = buf[start:end]
            pair = None
            if not (with_values or byteids):
                head = _head(raw, count) if compression else bytes(raw)
                pair = _ids_and_weights(head, count)
            if pair is None:
                data = zlib.decompress(raw) if compression else bytes(raw)
                ids, weights, values = _unpickle_block(data)[:3]
            else:
                (ids, weights), values = pair, None
            if not byteids:
                ids = tuple(accumulate(ids))
            if weights is None:
                weights = 1.0
            if not with_values:
                values = None
            elif fixedsize == 0:
                values = (None,) * count
            elif fixedsize is not None and fixedsize > 0:
                values = [values[i : i + fixedsize] for i in range(0, len(values), fixedsize)]
            return ids, weights, values

        yield maxid, maxweight, minlen, decode
        if length < 0:  # the last block
            return
        at = end


#: Where a block's values start in its pickle. Whoosh pickles a block as the tuple (record
#: numbers, weights, values) with protocol 2, which writes each ``bytes`` value as a call to
#: ``_codecs.encode``: this global is the first thing of the values, and cannot occur
#: inside the numbers and weights before it (their opcodes come at least every 9 bytes,
#: and none of them is a character of it).
_VALUES_START = b"c_codecs\nencode\n"
_PAIR_END = b"\x86."  # TUPLE2, STOP


#: What a block's values are made with instead of ``_codecs.encode``: ``bytes(text,
#: "latin1")`` gives the same bytes, and takes CPython's short way for that codec, where
#: ``_codecs.encode`` looks the codec up by name for every value.
_VALUES_MADE_BY = b"c__builtin__\nbytes\n"


def _unpickle_block(data: bytes) -> Any:
    """A whole block unpickled, its values (positions) made by ``bytes`` (a fifth less
    time for a block of a phrase word's positions). The first ``_codecs.encode`` global of
    the pickle is the one its values call (see :data:`_VALUES_START`), so it alone is
    replaced; a pickle without it is unpickled as it is."""
    return pickle.loads(data.replace(_VALUES_START, _VALUES_MADE_BY, 1))


def _head(compressed: Any, count: int) -> bytes:
    """The start of a compressed block, inflated until its values start (or the whole
    block when they never do): the numbers and weights take about a quarter of a passage
    word's block, and inflating only them takes 40% less time."""
    inflater = zlib.decompressobj()
    head = inflater.decompress(compressed, 12 * count + 64)  # 9 bytes a weight, ~3 a number
    while _VALUES_START not in head and inflater.unconsumed_tail:
        head += inflater.decompress(inflater.unconsumed_tail, 1024)
    return head


def _ids_and_weights(data: bytes, count: int) -> tuple[Any, Any] | None:
    """A block's record numbers and weights without its values, or None (then the whole
    block is unpickled).

    The values (a phrase word's positions, each itself a pickle) are most of a block of the
    passage field, and unpickling them is 30 times the cost of the rest: the pickle is cut
    where they start and closed after the weights. The cut is right after a MARK when the
    values are a tuple of more than three; the answer is checked for its shape, so a wrong
    cut gives None, never other numbers."""
    at = data.find(_VALUES_START)
    if at <= 0:
        return None
    for cut in (at - 1, at) if data[at - 1] == 0x28 else (at,):  # 0x28: MARK
        try:
            pair = pickle.loads(data[:cut] + _PAIR_END)
        except Exception:  # a wrong cut: any unpickling error
            continue
        if type(pair) is not tuple or len(pair) != 2:
            continue
        ids, weights = pair
        if type(ids) is not tuple or len(ids) != count:
            continue
        if weights is None or type(weights) is float:
            return pair
        if type(weights) is tuple and len(weights) == count:
            return pair
    return None


def scorer_of(matcher: Any) -> Any:
    """The scorer Whoosh gave a word's posting matcher (None when it has none)."""
    return getattr(unwrap(matcher)[0], "scorer", None)


def score_fn(scorer: Any, reader: Any, field: str) -> Callable[[float, int], float]:
    """A function (weight, record number) -> this word's score, as Whoosh's scorer gives it."""
    if not ENABLED:
        raise Unsupported
    if type(scorer) is WeightScorer:  # a field without lengths: the weight is the score
        return lambda weight, doc: weight
    if not isinstance(scorer, WeightLengthScorer) or not hasattr(scorer, "dfl"):
        raise Unsupported
    raw = scorer._score
    memo: dict[tuple[float, int], float] = {}
    # The lengths kept in memory by open_searcher: one byte per record.
    perdoc = getattr(reader, "_perdoc", None)
    lengths = getattr(perdoc, "_readers", {}).get(_lenfield(field))
    if isinstance(lengths, bytes):

        def from_bytes(weight: float, doc: int) -> float:
            key = (weight, lengths[doc])
            try:
                return memo[key]
            except KeyError:
                memo[key] = value = raw(weight, byte_to_length(key[1]))
                return value

        return from_bytes
    dfl = scorer.dfl

    def from_reader(weight: float, doc: int) -> float:
        key = (weight, dfl(doc))
        try:
            return memo[key]
        except KeyError:
            memo[key] = value = raw(*key)
            return value

    return from_reader


class _Scores(dict):  # type: ignore[type-arg]
    """Scores by (weight, length byte), worked out by Whoosh's scorer when first asked."""

    def __init__(self, raw: Callable[[float, float], float]) -> None:
        super().__init__()
        self._raw = raw

    def __missing__(self, key: tuple[float, int]) -> float:
        self[key] = value = self._raw(key[0], byte_to_length(key[1]))
        return value


def scores_fn(
    scorer: Any, reader: Any, field: str
) -> Callable[[Iterable[float], Iterable[int]], Iterator[float]]:
    """A function (weights, record numbers) -> their scores for this word, the same as
    :func:`score_fn` gives one at a time, for many postings at once.

    With the lengths in memory the loop is in C: a record's length byte by
    ``bytes.__getitem__``, its score from a dict of (weight, length byte) that misses only
    for a pair not seen before (a Python call per posting cost 0.2 µs, a fifth of a common
    word's query at 50,000 articles)."""
    one = score_fn(scorer, reader, field)
    if type(scorer) is WeightScorer:
        return lambda weights, docs: iter(weights)
    perdoc = getattr(reader, "_perdoc", None)
    lengths = getattr(perdoc, "_readers", {}).get(_lenfield(field))
    if not isinstance(lengths, bytes):
        return lambda weights, docs: map(one, weights, docs)
    score = _Scores(scorer._score).__getitem__
    length = lengths.__getitem__
    return lambda weights, docs: map(score, zip(weights, map(length, docs), strict=True))


class _SummedScores(dict):  # type: ignore[type-arg]
    """Scores of several words added up, by (each word's weight …, length byte), worked
    out by their scorers when first asked, and added in the words' order."""

    def __init__(self, raws: list[Callable[[float, float], float]]) -> None:
        super().__init__()
        self._raws = raws

    def __missing__(self, key: tuple[Any, ...]) -> float:
        length = byte_to_length(key[-1])
        total = self._raws[0](key[0], length)
        for raw, weight in zip(self._raws[1:], key[1:-1], strict=True):
            total = total + raw(weight, length)
        self[key] = total
        return total


def summed_scores_fn(
    scorers: list[Any], reader: Any, field: str
) -> Callable[[list[Iterable[float]], Iterable[int]], Iterator[float]] | None:
    """A function (each word's weights, record numbers) -> the words' scores added up
    in the order of ``scorers``, the same floats as :func:`scores_fn` for each word added
    one word after another; None when the words' scorers are not all of one field whose
    lengths are in memory (then each word is scored alone).

    One lookup per record for all the words, where each word alone costs a lookup, a
    tuple and an addition per record: half the time of a phrase's scoring at 50,000
    articles (tens of thousands of records in each segment)."""
    if not ENABLED or len(scorers) < 2:
        return None
    for scorer in scorers:
        if not isinstance(scorer, WeightLengthScorer) or not hasattr(scorer, "dfl"):
            return None
        if type(scorer) is WeightScorer:
            return None
    perdoc = getattr(reader, "_perdoc", None)
    lengths = getattr(perdoc, "_readers", {}).get(_lenfield(field))
    if not isinstance(lengths, bytes):
        return None
    score = _SummedScores([scorer._score for scorer in scorers]).__getitem__
    length = lengths.__getitem__
    return lambda weights, docs: map(score, zip(*weights, map(length, docs), strict=True))


def bound(scorer: Any, maxweight: float, minlen: int) -> float:
    """The best score a block can hold, as Whoosh's block quality works it out."""
    if type(scorer) is WeightScorer:
        return maxweight
    return scorer._score(maxweight, byte_to_length(minlen))


# -- field lengths in memory ------------------------------------------------------------------


def keep_lengths_in_memory(searcher: Any) -> None:
    """Read every record's field lengths of ``searcher``'s segments into memory now.

    Scoring (BM25F) asks each matching record's length, and Whoosh reads it from the
    segment file one byte at a time: 40% of a common word's query time at 10,000 articles.
    The lengths are one byte per record and field (0.4 MB per field at 10,000 articles), so
    they are read once, in one piece (see :func:`_cached_reader`)."""
    if not ENABLED:
        return
    for leaf, _offset in searcher.leaf_searchers():
        segment_reader = leaf.reader()
        reader = getattr(segment_reader, "_perdoc", None)  # the codec's per-record reader
        if not hasattr(reader, "_cached_reader"):
            continue  # not a segment reader of the pinned Whoosh: leave it as it is
        for name, fieldtype in segment_reader.schema.items():
            if fieldtype.scorable:
                reader._cached_reader(_lenfield(name), LENGTHS_COLUMN)


def _in_memory(column: Any) -> Any:
    """A length column's bytes, read in one piece, or the column reader as it is.

    ``bytes[i]`` is the same small int the column reader returns for record i."""
    try:
        raw = column._dbfile.get(column._basepos, column._count * column._fixedlen)
        padding = bytes(max(0, column._doccount - column._count))
    except (AttributeError, OSError):
        return column
    if column._fixedlen != 1 or len(raw) != column._count:
        return column
    return bytes(raw) + padding


def _cached_reader(self: Any, fieldname: str, column: Any) -> Any:
    """Whoosh's lookup of a column reader, with two changes.

    * A field's length column is read into memory in one piece. Whoosh reads one byte from
      the file per call, and asks once per posting when it writes a segment (7% of a build)
      and once per matching record when it scores.
    * A field that has no column is remembered too. Whoosh caches the columns it finds but
      asks the file system again, on every call, about one that does not exist: a field
      with no values in a segment (``name`` in a segment of passages). Writing a segment
      asks once per posting, so a build spent a tenth of its time testing for files (1.6
      million tests for an article of 100,000 paragraphs).

    A segment's files never change once written, so both answers are kept."""
    try:
        return self._readers[fieldname]
    except KeyError:
        reader = None
        if self.has_column(fieldname):
            reader = self.column_reader(fieldname, column)
            if column is LENGTHS_COLUMN:
                reader = _in_memory(reader)
        self._readers[fieldname] = reader
        return reader


#: Whoosh's own lookup (None on a Whoosh without it), which tests compare with.
WHOOSH_CACHED_READER = getattr(W3PerDocReader, "_cached_reader", None) if _IMPORTED else None
if ENABLED and WHOOSH_CACHED_READER is not None:
    W3PerDocReader._cached_reader = _cached_reader


# -- writing: the posting pool's run files ----------------------------------------------------

#: Postings per pickled chunk of a run file. Merging holds one chunk per run in memory (up
#: to 128 runs: 2,000 postings are about 0.5 MB); larger chunks were no faster.
RUN_CHUNK = 2_000


def _write_run(self: Any, f: Any, items: Iterable[Any]) -> None:
    """Whoosh's writing of a sorted run of postings to a temporary file, a chunk of
    postings per pickle instead of one.

    A segment writer keeps its postings in memory up to ``limitmb`` and then spills them,
    sorted, to a run file; at the end it merges the runs. Whoosh pickles and unpickles each
    posting with a call of its own: 1.9 million of each at 1,000 articles, 13% of a
    build. The postings, their order and the index written are the same."""
    it = iter(items)
    while chunk := list(islice(it, RUN_CHUNK)):
        pickle.dump(chunk, f, pickle.HIGHEST_PROTOCOL)
    f.close()


def _read_run(self: Any, path: str) -> Iterator[Any]:
    """The postings of a run file, written in chunks (a list) or one by one (a tuple, as
    Whoosh's own writer does), removed once read."""
    for chunk in _read_chunks(self, path):
        yield from chunk


def _read_chunks(self: Any, path: str) -> Iterator[list[Any]]:
    """The postings of a run file a chunk (a sorted list) at a time; a posting written on
    its own is a chunk of one. The file is removed once read."""
    f = self._open_run(path)
    try:
        while True:
            try:
                item = pickle.load(f)
            except EOFError:
                return
            yield item if type(item) is list else [item]
    finally:
        f.close()
        self._remove_run(path)


def _merge_runs(self: Any, paths: list[str]) -> Iterator[Any]:
    """Whoosh's merge of the sorted runs (``heapq.merge``), a chunk at a time: the postings
    in the same order, without a Python step per posting to pick the next one."""
    return merged_chunks([_read_chunks(self, path) for path in paths])


def merged_chunks(runs: list[Iterator[list[Any]]]) -> Iterator[Any]:
    """The items of ``runs`` (each an iterator of sorted lists, each list's items after the
    last one's) in the order ``heapq.merge`` gives them (equal items next to each other:
    which run each came from does not show; a segment's postings are never equal).

    Every item up to the smallest of the runs' current last items comes before everything
    not yet read, so those items, taken from each run in turn and sorted (Python's sort is
    stable and merges sorted stretches in a few comparisons an item), are the merge's next
    items. The run whose list ended there moves on to its next list."""
    active: list[list[Any]] = []  # [a run's current list, where its unread items start, it]
    for run in runs:
        chunk = next((c for c in run if c), None)
        if chunk is not None:
            active.append([chunk, 0, run])
    while active:
        bound = min(entry[0][-1] for entry in active)
        batch: list[Any] = []
        left: list[list[Any]] = []
        for entry in active:
            chunk, start, run = entry
            end = bisect_right(chunk, bound, start)
            batch += chunk if start == 0 and end == len(chunk) else chunk[start:end]
            if end < len(chunk):
                entry[1] = end
            else:
                chunk = next((c for c in run if c), None)
                if chunk is None:
                    continue
                entry[0], entry[1] = chunk, 0
            left.append(entry)
        active = left
        batch.sort()
        yield from batch


#: Whoosh's own run writing and reading, which tests compare with.
WHOOSH_RUN_IO = (
    (SortingPool._write_run, SortingPool._read_run)
    if _IMPORTED and hasattr(SortingPool, "_write_run") and hasattr(SortingPool, "_read_run")
    else None
)
if ENABLED and WHOOSH_RUN_IO is not None:
    SortingPool._write_run = _write_run
    SortingPool._read_run = _read_run

#: Whoosh's own merge of the runs, which tests compare with.
WHOOSH_MERGE_RUNS = getattr(SortingPool, "_merge_runs", None) if _IMPORTED else None
if ENABLED and WHOOSH_RUN_IO is not None and WHOOSH_MERGE_RUNS is not None:
    SortingPool._merge_runs = _merge_runs


# -- writing: a segment's postings, a term at a time ----------------------------------------


def _length_of(lengths: Any, fieldname: str) -> Callable[[int], int]:
    """record number -> its length in ``fieldname`` as Whoosh's ``doc_field_length`` gives
    it when a segment is written (0 for a record without one, and for every record of a
    field without lengths)."""
    if lengths is None:
        return lambda docnum: 0
    column = lengths._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if column is None:
        return lambda docnum: 0
    table = [byte_to_length(n) if n else 0 for n in range(256)]
    if isinstance(column, bytes):  # read into memory by _cached_reader
        return lambda docnum: table[column[docnum]]
    return lambda docnum: table[column[docnum] or 0]


def _add_postings(self: Any, schema: Any, lengths: Any, items: Iterable[Any]) -> None:
    """Whoosh's writing of a segment's sorted postings (``FieldWriter.add_postings``) for
    its own field writer, a term at a time.

    Whoosh makes four calls for every posting (the field writer's ``add``, the postings
    writer's ``add_posting`` with its type checks, ``doc_field_length``, the name of the
    length column) and checks the order of every posting: 40% of a commit. Here a term's
    postings are gathered into its arrays in one loop and handed to Whoosh's postings
    writer a block at a time, whose ``_write_block`` and ``finish_postings`` write them as
    before: the files are the same, byte for byte."""
    if type(self) is not W3FieldWriter:
        _WHOOSH_ADD_POSTINGS(self, schema, lengths, items)
        return
    field = text = None
    docnums: list[int] = []
    weights: list[Any] = []
    values: list[bytes] = []
    length_of: Callable[[int], int] = lambda docnum: 0  # noqa: E731
    for fieldname, btext, docnum, weight, value in items:
        if btext != text or fieldname != field:
            if docnums:
                _write_term(self, text, docnums, weights, values, length_of)
                docnums, weights, values = [], [], []
            if fieldname != field:
                if field is not None:
                    if fieldname < field:
                        raise OutOfOrderError(f"Field {field!r} .. {fieldname!r}")
                    self.finish_field()
                self.start_field(fieldname, schema[fieldname])
                length_of = _length_of(lengths, fieldname)
                field = fieldname
            elif text is not None and btext < text:
                raise OutOfOrderError(f"Term {field}:{text!r} .. {fieldname}:{btext!r}")
            text = btext
        if docnum == -1:  # Whoosh's mark for a word of the spelling graph: not a posting
            continue
        docnums.append(docnum)
        weights.append(weight)
        values.append(value)
    if docnums:
        _write_term(self, text, docnums, weights, values, length_of)
    if field is not None:
        self.finish_field()


def _write_term(
    self: Any, btext: Any, docnums: list[int], weights: list[Any], values: list[Any],
    length_of: Callable[[int], int],
) -> None:  # fmt: skip
    """One term's postings through Whoosh's postings writer, its blocks as
    ``add_posting`` would have filled them, then its row in the term table."""
    writer = self._postwriter
    count = len(docnums)
    if (
        count == 1
        and type(writer) is W3PostingsWriter
        and not writer._byteids
        and writer._inlinelimit <= 1
        and W3PostingsWriter._write_block is _write_block
    ):
        _write_one(self, writer, btext, docnums[0], weights[0], values[0], length_of)
        return
    writer.start_postings(self._format, W3TermInfo())
    limit = writer._blocklimit
    for start in range(0, count, limit):
        if start:
            writer._write_block()
        end = min(start + limit, count)
        ids = docnums[start:end]
        chunk = weights[start:end]
        writer._ids = ids if writer._byteids else array("I", ids)
        writer._weights = array("f", chunk)
        writer._values = [v for v in values[start:end] if v]
        found = [n for n in map(length_of, ids) if n]
        writer._minlength = min(found) if found else None
        writer._maxlength = max(found) if found else 0
        heaviest = max(chunk)
        writer._maxweight = heaviest if heaviest > 0 else 0
    terminfo = writer.finish_postings()
    self._tindex.add(pack_ushort(self._fieldid) + btext, terminfo.to_bytes())


def _write_one(
    self: Any, writer: Any, btext: bytes, docnum: int, weight: Any, value: Any,
    length_of: Callable[[int], int],
) -> None:  # fmt: skip
    """A term of one posting (9 in 10 of a build's terms): the bytes that
    :func:`_write_term` and Whoosh's postings writer write for it (its block, with
    :func:`_write_block`'s choice of compression, and its row in the term table), made
    without the writer's state, the term statistics object and the block's lists."""
    weight32 = array("f", (weight,))[0]  # the weight as the block's array holds it
    heaviest = weight if weight > 0 else 0
    length = length_of(docnum)
    lowest = length if length else None
    size = self._format.fixed_value_size()
    if size is None or size < 0:
        stored: Any = (value,) if value else ()
    elif size == 0:
        stored = None
    else:
        stored = value or b""
    data = pickle.dumps(((docnum,), None if weight32 == 1.0 else weight32, stored), 2)
    compression = writer._compression if len(data) >= SMALL_BLOCK else 0
    if compression:
        data = DEFLATE(data, compression)
    lowest_byte, highest_byte = length_to_byte(lowest), length_to_byte(length or 0)
    info = pickle.dumps((1, docnum, heaviest, compression, lowest_byte, highest_byte), 2)
    postfile = writer._postfile
    start = postfile.tell()
    postfile.write(WHOOSH3_HEADER_MAGIC)
    postfile.write_int(-(len(info) + len(data)))
    postfile.write(info)
    postfile.write(data)
    extent = len(WHOOSH3_HEADER_MAGIC) + _INT_SIZE + len(info) + len(data)  # (no second tell)
    row = _TERM_INFO.pack(
        False, 0 + weight32, 1, 0 if lowest is None else lowest_byte, highest_byte,
        max(0, heaviest), docnum, docnum,
    ) + pack_long(start) + pack_int(extent)  # fmt: skip
    self._tindex.add(pack_ushort(self._fieldid) + btext, row)


_INT_SIZE = len(pack_int(0)) if _IMPORTED else 4  # what StructFile.write_int writes

#: A posting block whose pickle is shorter than this many bytes is written uncompressed
#: (its block header says so, and every reader of Whoosh's format honours that). zlib makes
#: such a block longer, not shorter, and compressing it costs as much as a block of 128
#: postings: 9 in 10 of a build's terms (every record's ``id``, every quote's ``ref``, the
#: spelling words) have one posting.
SMALL_BLOCK = 64


def _write_block(self: Any, last: bool = False) -> None:
    """Whoosh's writing of a block of postings (``W3PostingsWriter._write_block``), with
    a block of fewer than :data:`SMALL_BLOCK` bytes left uncompressed, as Whoosh meant to
    (its check for a pickle under 20 bytes is overwritten by the next line)."""
    postfile = self._postfile
    if not self._blockcount:
        postfile.write(WHOOSH3_HEADER_MAGIC)
    self._terminfo.add_block(self)
    data = pickle.dumps((self._mini_ids(), self._mini_weights(), self._mini_values()), 2)
    compression = self._compression if len(data) >= SMALL_BLOCK else 0
    if compression:
        data = DEFLATE(data, compression)
    ids = self._ids
    info = pickle.dumps(
        (
            len(ids), ids[-1], self._maxweight, compression,
            length_to_byte(self._minlength), length_to_byte(self._maxlength),
        ),
        2,
    )  # fmt: skip
    length = len(info) + len(data)
    postfile.write_int(-length if last else length)
    postfile.write(info)
    postfile.write(data)
    self._blockcount += 1
    self._new_block()


#: Whoosh's own writing of a segment's postings, which tests compare with.
WHOOSH_ADD_POSTINGS = W3FieldWriter.add_postings if _IMPORTED else None
if ENABLED and WHOOSH_ADD_POSTINGS is not None:
    _WHOOSH_ADD_POSTINGS = WHOOSH_ADD_POSTINGS
    W3FieldWriter.add_postings = _add_postings

#: How Whoosh packs a term's statistics in its row of the term table.
_TERM_INFO = W3TermInfo._struct if _IMPORTED else None

#: Whoosh's own writing of a block of postings, which tests compare with.
WHOOSH_WRITE_BLOCK = W3PostingsWriter._write_block if _IMPORTED else None
if ENABLED and WHOOSH_WRITE_BLOCK is not None:
    W3PostingsWriter._write_block = _write_block


# -- writing: the spelling words, once per segment with their count ----------------------------


def spelling_fields(schema: Any) -> dict[str, str]:
    """The schema's spelling fields (``spell_content``) and the field whose words each holds."""
    return {
        schema[name].spelling_fieldname(name): name
        for name in schema.names()
        if schema[name].separate_spelling()
    }


def live_spelling(reader: Any, spellfield: str, field: Any, fieldname: str) -> dict[bytes, float]:
    """How many records of ``reader`` that are not deleted hold each spelling word: the
    words' counts as written, less the words of the deleted records (read from their stored
    text, as they were indexed)."""
    counts: dict[bytes, float] = {}
    for leaf, _ in reader.leaf_readers():
        for word, info in leaf.iter_field(spellfield):
            counts[word] = counts.get(word, 0) + info.weight()
        for docnum in range(leaf.doc_count_all()):
            if not leaf.is_deleted(docnum):
                continue
            value = leaf.stored_fields(docnum).get(fieldname)
            if value is None:
                continue
            for word in field.spellable_words(value):
                key = word.encode("utf-8")
                if key in counts:
                    counts[key] -= 1
    return {word: n for word, n in counts.items() if n > 0}


if _IMPORTED:

    class SpellingPool(PostingPool):
        """A segment writer's posting pool that keeps each spelling word once, with the
        number of records that hold it, instead of once per record.

        Whoosh adds a record's unstemmed words to the spelling field (``spell_content``) as
        postings of record 0 with weight 1, one per record: a quarter of the postings a
        build sorts, spills and merges. Here they are counted as they come and go into the
        pool once per word when the pool is read (or its runs reduced to one, as a
        multiprocess writer's sub-writers do without ``multisegment``), with the count as
        its weight and its value (the spelling field's format stores a frequency; Whoosh
        wrote the last content word's positions there). A word's ``frequency``, which
        "did you mean" ranks by, is the same: the sum of its weights.
        """

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.spelling_fields: frozenset[str] = frozenset()  # set by the writer
            self.spelling: dict[tuple[str, bytes], float] = {}
            self.merging = False  # a merge's spelling words come from live_spelling

        def add(self, item: Any) -> None:
            if item[0] not in self.spelling_fields:
                PostingPool.add(self, item)
            elif not self.merging:
                key = (item[0], item[1])
                self.spelling[key] = self.spelling.get(key, 0) + item[3]

        def count(self, spellfield: str, words: dict[bytes, float]) -> None:
            spelling = self.spelling
            for word, n in words.items():
                key = (spellfield, word)
                spelling[key] = spelling.get(key, 0) + n

        def _flush_spelling(self) -> None:
            if self.spelling:
                self.fieldnames.update(f for f, _ in self.spelling)
                self.current.extend(
                    (f, w, 0, n, pack_uint(int(n))) for (f, w), n in self.spelling.items()
                )
                self.spelling = {}

        def iter_postings(self) -> Any:
            self._flush_spelling()
            return PostingPool.iter_postings(self)

        def reduce_to(self, target: int, k: int) -> None:
            if self.spelling:
                self._flush_spelling()
                self.save()
            PostingPool.reduce_to(self, target, k)

    def _writer_init(self: Any, *args: Any, **kwargs: Any) -> None:
        _WHOOSH_WRITER_INIT(self, *args, **kwargs)
        if isinstance(self.pool, SpellingPool):
            self.pool.spelling_fields = frozenset(spelling_fields(self.schema))

    def _add_reader(self: Any, reader: Any) -> None:
        """Whoosh's merge of a segment into the one being written, with the segment's
        spelling words counted for the records that are not deleted. (Whoosh copies them
        as postings of the segment's first record: all were dropped when that record was
        deleted, and none when any other was.)"""
        pool = self.pool
        fields = spelling_fields(self.schema) if isinstance(pool, SpellingPool) else {}
        if not fields:
            _WHOOSH_ADD_READER(self, reader)
            return
        pool.merging = True
        try:
            _WHOOSH_ADD_READER(self, reader)
        finally:
            pool.merging = False
        for spellfield, name in fields.items():
            pool.count(spellfield, live_spelling(reader, spellfield, self.schema[name], name))


#: Whoosh's own posting pool, writer set-up and merge, which tests compare with.
WHOOSH_SPELLING = (
    (whoosh_writing.PostingPool, SegmentWriter.__init__, SegmentWriter.add_reader)
    if _IMPORTED
    else None
)
if ENABLED and WHOOSH_SPELLING is not None:
    _, _WHOOSH_WRITER_INIT, _WHOOSH_ADD_READER = WHOOSH_SPELLING
    whoosh_writing.PostingPool = SpellingPool
    SegmentWriter.__init__ = _writer_init
    SegmentWriter.add_reader = _add_reader


# -- writing: a record's postings, gathered before they go into the pool ----------------------


#: How ``_add_document`` makes a field's postings: Whoosh's ``Field.index`` of the field's own
#: type, the same as ``FieldType.index`` without its generator, the value as the one word
#: (an ``ID`` field), or the positions and the spelling words in one analysis.
_OWN_INDEX, _WORD_VALUES, _ONE_WORD, _ONE_PASS = "own", "word values", "one word", "one pass"


def _how_indexed(field: Any, spelling: str | None) -> str:
    """How ``_add_document`` makes the postings of ``field`` (see :data:`_OWN_INDEX`)."""
    from whoosh.analysis import IDTokenizer
    from whoosh.fields import FieldType
    from whoosh.formats import Existence, Positions

    if type(field).index is not FieldType.index:
        return _OWN_INDEX
    if type(field.format) is Existence and type(field.analyzer) is IDTokenizer:
        return _ONE_WORD
    if (
        spelling is not None
        and type(field.format) is Positions
        and hasattr(field.analyzer, "positions_and_words")
        and type(field).spellable_words is FieldType.spellable_words
    ):
        return _ONE_PASS
    return _WORD_VALUES


def _positions(
    positions: dict[str, list[int]], boost: float
) -> Iterator[tuple[bytes, int, float, bytes]]:
    """Whoosh's ``Positions.word_values`` of the positions gathered (every token's boost is
    1.0): each word, its count, its weight and its positions, encoded as Whoosh does."""
    for word, found in positions.items():
        deltas = found if len(found) == 1 else [found[0], *(b - a for a, b in pairwise(found))]
        value = pack_uint(len(deltas)) + pickle.dumps(deltas, 2)
        yield word.encode("utf-8"), len(found), float(len(found)) * boost, value


#: A field's short value (a section's heading, the names of a quote's speaker, a topic list,
#: a paragraph's number) is analysed once per writer: the same value of the same field gives
#: the same postings, and these repeat on every record of a section, a speaker or a
#: paragraph. Text up to this many characters is remembered, and up to this many values
#: before the memory starts again.
MEMO_CHARS = 200
MEMO_VALUES = 20_000


def _remembered(memo: dict[Any, Any], name: str, value: Any, field: Any) -> list[Any]:
    """The postings (word bytes, count, weight, value bytes) of ``value`` in field ``name``,
    made by the field as Whoosh makes them the first time, then from ``memo``; each value
    bytes a copy of its own, as Whoosh makes them anew for every record (a block's pickle
    writes an object it holds twice only once: the files would differ)."""
    known = memo.get((name, value))
    if known is None:
        if len(memo) >= MEMO_VALUES:
            memo.clear()
        if type(value) is str:
            words = field.format.word_values(value, field.analyzer, mode="index")
            known = [(w.encode("utf-8"), f, wt, vb) for w, f, wt, vb in words]
        else:
            known = list(field.index(value))
        memo[(name, value)] = known
    return [(w, f, wt, _fresh(vb)) for w, f, wt, vb in known]


def _fresh(value: Any) -> Any:
    """A copy of a posting's value bytes (the value itself when it is not bytes of two or
    more, which Whoosh's formats do not make anew either)."""
    return value[:1] + value[1:] if type(value) is bytes and len(value) > 1 else value


def _compress_stored_with(perdocwriter: Any, deflate: Callable[[bytes, int], bytes]) -> None:
    """Have the stored records of ``perdocwriter`` (Whoosh's pickled, compressed column)
    compressed by ``deflate``, when the column is the one this module knows."""
    from whoosh.columns import CompressedBytesColumn, PickleColumn

    writer = getattr(perdocwriter, "_colwriters", {}).get("_stored")
    child = getattr(writer, "_child", None)
    if type(writer) is PickleColumn.Writer and type(child) is CompressedBytesColumn.Writer:
        child._compress = deflate


def _add_document(self: Any, **fields: Any) -> None:
    """Whoosh's ``SegmentWriter.add_document`` with a record's postings gathered first and
    put into the posting pool at once, each field's facts looked up once per writer, and a
    short value's postings made once per writer (:func:`_remembered`).

    Whoosh sends every posting through the pool's ``add`` on its own (type checks, the
    posting's size in memory, the spill check) and every spelling word through it as a
    posting of record 0, looks up the boosts and the stored value's override by name for
    every field of every record, and runs each field's words through a generator of
    ``FieldType.index`` that only encodes them. The postings, the stored fields, the
    lengths and the spelling words' counts are the same; the pool spills its run files at
    a record's end instead of inside it (the runs merge into the same order). A record
    whose analysis raises leaves nothing in the pool (Whoosh left the postings it had
    made, under the record number the next record then takes)."""
    pool = self.pool
    if not isinstance(pool, SpellingPool) or pool.merging:
        _WHOOSH_ADD_DOCUMENT(self, **fields)
        return
    self._check_state()
    schema = self.schema
    plans = self.__dict__.get("_field_plans")
    if plans is None:  # this writer's first record
        plans = self.__dict__["_field_plans"] = {}
        _compress_stored_with(self.perdocwriter, _deflate)
    memo = self.__dict__.setdefault("_field_words", {})
    names = sorted([name for name in fields if not name.startswith("_")])
    for name in names:
        if name not in plans:
            if name not in schema:
                raise whoosh_writing.UnknownFieldError(f"No field named {name!r} in {schema}")
            field = schema[name]
            spelling = field.spelling_fieldname(name) if field.separate_spelling() else None
            plans[name] = (
                field, field.indexed, _how_indexed(field, spelling), field.scorable,
                spelling, field.stored, field.column_type, field.vector,
            )  # fmt: skip
    plain_record = len(names) == len(fields)  # no boosts, no stored values given apart
    docboost = 1.0 if plain_record else self._doc_boost(fields)
    perdocwriter = self.perdocwriter
    docnum = self.docnum
    postings: list[Any] = []
    add_posting = postings.append
    spelled: list[tuple[str, bytes]] = []
    size = 0
    perdocwriter.start_doc(docnum)
    try:
        for name in names:
            value = fields[name]
            if value is None:
                continue
            field, indexed, how, scorable, spellfield, stored, column, vector = plans[name]
            length = 0
            spelling_words: Any = None
            if indexed:
                boost = docboost if plain_record else self._field_boost(fields, name, docboost)
                items: Any = None
                if how is _ONE_WORD and type(value) is str:
                    items = ((value.encode("utf-8"), 1, field.format.field_boost, b""),)
                elif how is _ONE_PASS and type(value) is str:
                    found = field.analyzer.positions_and_words(value)
                    if found is not None:
                        items = _positions(found[0], field.format.field_boost)
                        spelling_words = found[1]
                if items is None and how is not _OWN_INDEX:
                    if not field.format:
                        raise Exception(f"{type(field).__name__} field {field!r} has no format")
                    if not isinstance(value, (str, list, tuple)):
                        raise ValueError(f"{value!r} is not unicode or sequence")
                    if type(value) is str and len(value) <= MEMO_CHARS:
                        items = _remembered(memo, name, value, field)
                    else:
                        words = field.format.word_values(value, field.analyzer, mode="index")
                        items = ((w.encode("utf-8"), f, wt, vb) for w, f, wt, vb in words)
                elif items is None and type(value) is int:
                    items = _remembered(memo, name, value, field)
                elif items is None:
                    items = field.index(value)
                count = 0
                for tbytes, freq, weight, vbytes in items:
                    if scorable:
                        length += freq
                    add_posting((name, tbytes, docnum, weight * boost, vbytes))
                    size += 2 * len(tbytes) + len(vbytes or b"")
                    count += 1
                size += count * (150 + len(name))  # Whoosh's estimate of a posting's size
            if spellfield is not None:
                if spelling_words is None:
                    spelling_words = field.spellable_words(value)
                spelled.extend((spellfield, w.encode("utf-8")) for w in spelling_words)
            if vector:
                vitems = vector.word_values(value, field.analyzer, mode="index")
                vitems = sorted((text, weight, vb) for text, _, weight, vb in vitems)
                perdocwriter.add_vector_items(name, field, vitems)
            customval = value if plain_record else fields.get(f"_stored_{name}", value)
            perdocwriter.add_field(name, field, customval if stored else None, length)
            if column and customval is not None:
                perdocwriter.add_column_value(name, column, field.to_column_value(customval))
    except Exception:
        perdocwriter.cancel_doc()
        raise
    perdocwriter.finish_doc()
    if postings:
        pool.fieldnames.update({p[0] for p in postings})
        pool.current.extend(postings)
        pool.currentsize += size
        if pool.currentsize > pool.limit:
            pool.save()
    spelling = pool.spelling
    for key in spelled:
        spelling[key] = spelling.get(key, 0) + 1
    self._added = True
    self.docnum += 1


#: Whoosh's own adding of a record, which tests compare with.
WHOOSH_ADD_DOCUMENT = SegmentWriter.add_document if _IMPORTED else None
if ENABLED and WHOOSH_ADD_DOCUMENT is not None:
    _WHOOSH_ADD_DOCUMENT = WHOOSH_ADD_DOCUMENT
    SegmentWriter.add_document = _add_document


# -- writing: the writer processes make the records too -----------------------------------------

#: Articles per job a multiprocess build hands a writer process: small, so that the
#: progress shown (articles read) stays close to the articles indexed.
ARTICLE_BATCH = 10

if _IMPORTED:
    from whoosh.multiproc import MpWriter, SubWriterTask

    def _picklable(exc: BaseException) -> BaseException:
        """``exc`` if it can go back to the committing process as it is, else its words."""
        try:
            pickle.loads(pickle.dumps(exc))
        except Exception:
            return RuntimeError(f"a writer process failed ({type(exc).__name__}: {exc})")
        return exc

    class _ArticleTask(SubWriterTask):
        """A writer process given loaded articles instead of records: it makes each
        article's records (the extraction included) and adds them to a segment of its own.
        It hands back the segment, the articles left out (``OverBudget``, by key, with the
        reason) and the record maker's ``failures``; or, when anything else went wrong,
        ``("failed", the exception, None)`` after taking (and dropping) the rest of its
        jobs, so that the process that hands them out never waits on a full queue."""

        def __init__(self, *args: Any, make_records: Any) -> None:
            super().__init__(*args)
            self.make_records = make_records

        def run(self) -> None:
            from tealeaves.extract import OverBudget

            writer = self.writer = SegmentWriter(
                self.storage.open_index(self.indexname), _lk=False, **self.kwargs
            )
            left_out: dict[str, str] = {}
            failed: BaseException | None = None
            while (job := self.jobqueue.get()) is not None:
                filename, count = job
                try:
                    if failed is None:
                        self._articles(writer, filename, count, left_out, OverBudget)
                except BaseException as exc:  # raised by the process that commits
                    failed = exc
                finally:
                    writer.temp_storage().delete_file(filename)
            if failed is not None:
                # Its files only: the temporary folder is shared with the other processes.
                writer._close_segment()
                self.resultqueue.put(("failed", _picklable(failed), None))
                return
            failures = getattr(self.make_records, "failures", None)
            result = (writer._finalize_segment(), left_out, list(failures or ()))
            self.resultqueue.put(result)

        def _articles(
            self, writer: Any, filename: str, count: int, left_out: dict[str, str],
            over_budget: type[Exception],
        ) -> None:  # fmt: skip
            with writer.temp_storage().open_file(filename).raw_file() as f:
                for _ in range(count):
                    key, doc = pickle.load(f)
                    try:
                        records = list(self.make_records(doc))
                    except over_budget as exc:
                        left_out[key] = str(exc)
                        continue
                    for record in records:
                        writer.add_document(**record)

    class ArticleWriter(MpWriter):
        """Whoosh's multiprocess writer (one segment per process, as ``multisegment``)
        whose processes are given the loaded articles (:meth:`add_article`) and make their
        records themselves: the extraction runs in the writer processes, beside the
        indexing, instead of in the process that reads the files.

        After :meth:`commit`, ``left_out`` holds the articles a process left out (over
        their time budget: key → reason) and ``failures`` the record maker's failures from
        every process. A process that failed otherwise makes the commit raise what it
        raised (a full disk is an ``OSError`` here too); nothing is committed then."""

        def __init__(self, ix: Any, make_records: Any, procs: int, **kwargs: Any) -> None:
            super().__init__(ix, procs=procs, batchsize=ARTICLE_BATCH, multisegment=True, **kwargs)
            self.make_records = make_records
            self.left_out: dict[str, str] = {}
            self.failures: list[Any] = []

        def _new_task(self) -> Any:
            task = _ArticleTask(
                self.storage, self.indexname, self.jobqueue, self.resultqueue, self.subargs,
                True, make_records=self.make_records,
            )  # fmt: skip
            self.tasks.append(task)
            task.start()
            return task

        def cancel(self) -> None:
            """Stop the writer processes (they may be waiting for jobs that will not come)
            and drop what was written."""
            for task in self.tasks:
                if task.is_alive():
                    task.terminate()
                task.join()
            SegmentWriter.cancel(self)

        def add_article(self, key: str, doc: Any) -> None:
            self.docbuffer.append((key, doc))
            if len(self.docbuffer) >= self.batchsize:
                self._enqueue()
            self._added_sub = True

        def _commit(self, mergetype: Any, optimize: Any, merge: Any) -> None:
            if self.docbuffer:
                self._enqueue()
            for _ in self.tasks:
                self.jobqueue.put(None)
            segments = self._merge_segments(mergetype, optimize, merge)
            results = self._results()
            for task in self.tasks:
                task.join()
            for result in results:
                if result[0] == "failed":  # what the process raised, as one process raises it
                    raise result[1]
            if len(results) < len(self.tasks):
                raise RuntimeError("a writer process ended without a result (was it killed?)")
            for segment, left_out, failures in results:
                segments.append(segment)
                self.left_out.update(left_out)
                self.failures += failures
            if self._added:
                segments.append(self._finalize_segment())
            else:
                self._close_segment()
            self._commit_toc(segments)
            self._finish()

        def _results(self) -> list[Any]:
            """One result per process; fewer when a process died without one."""
            import queue

            results: list[Any] = []
            while len(results) < len(self.tasks):
                try:
                    results.append(self.resultqueue.get(timeout=1))
                except queue.Empty:
                    if not any(task.is_alive() for task in self.tasks):
                        try:  # one may have put its result just before it ended
                            results.append(self.resultqueue.get(timeout=1))
                        except queue.Empty:
                            break
            return results


def length_field(name: str) -> str:
    """The name of the column that holds field ``name``'s lengths (for tests)."""
    return _lenfield(name)


# -- the partitioned build: segments written elsewhere, adopted into one index --------------


def adopt_segments(target: str, parts: list[str]) -> int:
    """Move the segments of the finished partition indexes ``parts`` (folders, in order)
    into the index in ``target`` and commit them in one new table of contents; returns how
    many segments the index then has.

    A segment is a set of files named for its random id plus an entry in its index's table
    of contents (its record count and deleted records), so moving the files and listing the
    entries is a commit without copying a posting. The new table is written to a temporary
    file and renamed by Whoosh: a reader sees the index before or after, never between.
    Raises :class:`Unsupported` on another Whoosh release (see :func:`merge_readers`)."""
    if not ENABLED:
        raise Unsupported
    from whoosh.filedb.filestore import FileStorage
    from whoosh.index import _DEF_INDEX_NAME, TOC

    storage = FileStorage(target)
    toc = TOC.read(storage, _DEF_INDEX_NAME)
    segments = list(toc.segments)
    for part in parts:
        part_storage = FileStorage(part)
        for segment in TOC.read(part_storage, _DEF_INDEX_NAME).segments:
            for name in segment.list_files(part_storage):
                shutil.move(f"{part}/{name}", f"{target}/{name}")
            segments.append(segment)
    TOC(toc.schema, segments, toc.generation + 1).write(storage, _DEF_INDEX_NAME)
    return len(segments)


def merge_readers(target: str, parts: list[str]) -> int:
    """The public way to the same index: every partition's records copied into one new
    segment (``IndexWriter.add_reader``). Slower (every posting is read and written again:
    see docs/scale.md) but independent of Whoosh's file layout."""
    from whoosh import index as whoosh_index

    ix = whoosh_index.open_dir(target)
    writer = ix.writer()
    try:
        for part in parts:
            part_ix = whoosh_index.open_dir(part)
            with part_ix.reader() as reader:
                writer.add_reader(reader)
            part_ix.close()
        writer.commit(merge=False)
    except BaseException:
        writer.cancel()
        raise
    with ix.reader() as reader:
        count = len(reader.leaf_readers())
    ix.close()
    return count


# -- reading: a large column's offsets and lengths left on disk -------------------------------


class _DiskArray:
    """An array Whoosh wrote to a segment file, read an item at a time where it lies (the
    items are big-endian, as Whoosh's ``write_array`` leaves them)."""

    __slots__ = ("_count", "_file", "_itemsize", "_start", "_typecode")

    #: Items read at a time when the array is walked from start to end.
    CHUNK = 1 << 16

    def __init__(self, dbfile: Any, start: int, typecode: str, count: int) -> None:
        self._file = dbfile
        self._start = start
        self._typecode = typecode
        self._itemsize = array(typecode).itemsize
        self._count = count

    def __len__(self) -> int:
        return self._count

    def _read(self, first: int, count: int) -> array[Any]:
        items = array(self._typecode)
        size = self._itemsize
        items.frombytes(self._file.get(self._start + first * size, count * size))
        if sys.byteorder == "little":
            items.byteswap()
        return items

    def __getitem__(self, n: int) -> Any:
        if n < 0:
            n += self._count
        if not 0 <= n < self._count:
            raise IndexError("array index out of range")
        return self._read(n, 1)[0]

    def __iter__(self) -> Iterator[Any]:
        for first in range(0, self._count, self.CHUNK):
            yield from self._read(first, min(self.CHUNK, self._count - first))


def _read_offsets_and_lengths(self: Any) -> None:
    """Whoosh's set-up of a variable-length column reader (the stored fields, ``doc_id``),
    with its offsets and lengths left on disk when Whoosh wrote both (a segment of more
    than 32,768 records): Whoosh reads them into memory whole, 6 bytes a record (13 MB
    for the stored fields of 50,000 articles' two segments), and a record's stored fields
    are then found with two small reads instead of two lookups."""
    dbfile = self._dbfile
    lastbyte = self._basepos + self._length - 1
    if chr(dbfile.get_byte(lastbyte)) != "X":
        _WHOOSH_READ_OFFSETS(self)
        return
    self.had_stored_offsets = True
    doccount = self._doccount
    lens_code = chr(dbfile.get_byte(lastbyte - 2))
    offsets_code = chr(dbfile.get_byte(lastbyte - 1))
    offsetstart = (lastbyte - 2) - doccount * array(offsets_code).itemsize
    lenstart = offsetstart - doccount * array(lens_code).itemsize
    self._offsets = _DiskArray(dbfile, offsetstart, offsets_code, doccount)
    self._lengths = _DiskArray(dbfile, lenstart, lens_code, doccount)


try:
    from whoosh.columns import VarBytesColumn
except ImportError:
    VarBytesColumn = None


#: Records whose values are read at once when a variable-length column is walked.
COLUMN_CHUNK = 1 << 16


def column_values(column: Any) -> Iterable[Any]:
    """The values of a column reader in record order. A variable-length column (the
    ``doc_id`` of every record) is read a chunk of records at a time and cut into values,
    where Whoosh's own walk reads each value with a seek and a read of its own: 2.6 s for
    the 2.1 million records of 50,000 articles, on the first query naming an article
    field (Round 15 of docs/benchmarks.md). Any other column is walked as Whoosh does."""
    reader_type = getattr(VarBytesColumn, "Reader", None)
    if not ENABLED or reader_type is None or type(column) is not reader_type:
        return column
    return _var_bytes_values(column)


def _var_bytes_values(column: Any) -> Iterator[bytes]:
    get = column._dbfile.get
    position = column._basepos
    lengths = column._lengths
    for first in range(0, len(lengths), COLUMN_CHUNK):
        count = min(COLUMN_CHUNK, len(lengths) - first)
        if isinstance(lengths, _DiskArray):  # a chunk read at once, not an item at a time
            chunk: Iterable[int] = lengths._read(first, count)
        else:
            chunk = islice(lengths, first, first + count)
        ends = list(accumulate(chunk))
        size = ends[-1]
        data = bytes(get(position, size)) if size else b""
        position += size
        starts = [0, *ends[:-1]]
        yield from map(data.__getitem__, map(slice, starts, ends))


#: Whoosh's own set-up of a variable-length column reader, which tests compare with.
WHOOSH_VAR_BYTES_READ = (
    getattr(VarBytesColumn.Reader, "_read_offsets_and_lengths", None)
    if VarBytesColumn is not None
    else None
)
if ENABLED and WHOOSH_VAR_BYTES_READ is not None:
    _WHOOSH_READ_OFFSETS = WHOOSH_VAR_BYTES_READ
    VarBytesColumn.Reader._read_offsets_and_lengths = _read_offsets_and_lengths


# -- reading: a segment's parts read from its memory map, not copied whole ------------------


def _buffer_file_init(self: Any, buf: Any, name: str | None = None, onclose: Any = None) -> None:
    """``BufferFile`` (a part of a compound segment, a view of its memory map) read in
    place: Whoosh makes a ``BytesIO`` of the view at once, which copies the whole part into
    memory, and reads the terms and postings parts through it with seek and read. Here
    seek, tell, read, readline and unpickling work on the view itself (:func:`_view_read`),
    so no part is ever copied whole: only the pages read are in memory, and the kernel
    may drop them again. The stream is made only for what a reader never does (writing,
    iterating by line)."""
    self._buf = buf
    self._name = name
    self.onclose = onclose
    self.is_real = False
    self.is_closed = False
    self._pos = 0
    self._size = len(buf)


def _view_read(self: Any, n: int | None = -1) -> bytes:
    pos = self._pos
    end = self._size if n is None or n < 0 else min(self._size, pos + n)
    if end <= pos:
        return b""
    self._pos = end
    return bytes(self._buf[pos:end])


def _view_readinto(self: Any, target: Any) -> int:
    view = memoryview(target).cast("B")
    data = _view_read(self, len(view))
    view[: len(data)] = data
    return len(data)


def _view_readline(self: Any, size: int | None = -1) -> bytes:
    pos = self._pos
    end = self._size if size is None or size < 0 else min(self._size, pos + size)
    at = pos
    stop = end
    while at < end:
        chunk = bytes(self._buf[at : min(end, at + 4096)])
        found = chunk.find(b"\n")
        if found >= 0:
            stop = at + found + 1
            break
        at += len(chunk)
    return _view_read(self, stop - pos)


def _view_seek(self: Any, offset: int, whence: int = 0) -> int:
    where = offset if whence == 0 else self._pos + offset if whence == 1 else self._size + offset
    if where < 0:
        raise ValueError(f"negative seek position {where}")
    self._pos = where
    return where


def _view_tell(self: Any) -> int:
    return self._pos


def _view_read_pickle(self: Any) -> Any:
    return pickle.load(self)


def _buffer_stream(self: Any) -> Any:
    stream = self.__dict__.get("_stream")
    if stream is None:
        stream = self.__dict__["_stream"] = io.BytesIO(self._buf)
        stream.seek(self._pos)
    return stream


def _set_buffer_stream(self: Any, stream: Any) -> None:
    self.__dict__["_stream"] = stream


def _buffer_file_close(self: Any) -> None:
    if self.is_closed:
        raise Exception("This file is already closed")
    if self.onclose:
        self.onclose(self)
    stream = self.__dict__.get("_stream")
    if stream is not None:
        stream.close()
    self.is_closed = True


try:
    from whoosh.filedb.structfile import BufferFile
except ImportError:
    BufferFile = None
#: Whoosh's own ``BufferFile`` methods that are replaced, which tests compare with.
_VIEW_METHODS = {
    "__init__": _buffer_file_init,
    "close": _buffer_file_close,
    "read": _view_read,
    "readinto": _view_readinto,
    "readline": _view_readline,
    "seek": _view_seek,
    "tell": _view_tell,
    "read_pickle": _view_read_pickle,
}
WHOOSH_BUFFER_FILE = (
    {name: getattr(BufferFile, name, None) for name in _VIEW_METHODS}
    if BufferFile is not None
    else None
)
if ENABLED and BufferFile is not None:
    for _name, _method in _VIEW_METHODS.items():
        setattr(BufferFile, _name, _method)
    BufferFile.file = property(_buffer_stream, _set_buffer_stream)
