"""A part of a compound segment is read from the segment's memory map, not copied whole
into memory (whoosh_private: ``BufferFile``). Round 11 of docs/benchmarks.md: in an index
small enough to be memory-mapped (under 128 MB) the copies were every segment's postings
and stored fields, a quarter of the explorer's peak at 1,000 articles; Round 12: the terms
and postings parts, still copied when first read as a stream, are read in place too. And a
large segment's column offsets and lengths stay on disk (Round 12)."""

from __future__ import annotations

import tracemalloc

import pytest

from helpers import write_article, write_var_bytes_column
from tealeaves.library import Library
from tealeaves.search import whoosh_private

pytestmark = pytest.mark.skipif(
    not whoosh_private.ENABLED or getattr(whoosh_private, "WHOOSH_BUFFER_FILE", ()) is None,
    reason="another Whoosh release: nothing is patched",
)


def test_opening_a_part_copies_nothing():
    from whoosh.filedb.structfile import BufferFile

    part = memoryview(bytes(range(256)) * 40_000)  # about 10 MB
    tracemalloc.start()
    try:
        f = BufferFile(part, name="part")
        made, _peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert made < 1 << 20
    assert f.get(256, 4) == bytes([0, 1, 2, 3])  # read from the view
    assert list(f.get_array(0, "B", 3)) == [0, 1, 2]
    f.seek(10)  # read in place: no stream is made
    assert f.read(3) == bytes([10, 11, 12]) and f.tell() == 13
    assert "_stream" not in f.__dict__
    f.close()
    assert f.is_closed


def test_a_part_is_read_as_a_stream_would_read_it():
    import io
    import pickle

    from whoosh.filedb.structfile import BufferFile

    payload = b"head\nline two\n" + pickle.dumps({"a": [1, 2, 3]}, -1) + b"tail"
    at = payload.index(b"\x80")
    mine, theirs = BufferFile(memoryview(payload)), io.BytesIO(payload)
    for f in (mine, theirs):
        assert f.readline() == b"head\n" and f.readline(4) == b"line" and f.readline() == b" two\n"
    assert mine.tell() == theirs.tell() == at
    assert mine.read_pickle() == pickle.load(theirs) == {"a": [1, 2, 3]}
    assert mine.read() == theirs.read() == b"tail"
    assert mine.read(5) == b"" and mine.readline() == b""
    assert mine.seek(-4, 2) == len(payload) - 4 and mine.read(2) == b"ta"
    assert mine.seek(1, 1) == len(payload) - 1 and mine.read(9) == b"l"
    mine.seek(0)
    target = bytearray(4)
    assert mine.readinto(target) == 4 and target == b"head"
    assert mine.read_varint() == 10  # "\n"
    with pytest.raises(ValueError):
        mine.seek(-1)
    assert "_stream" not in mine.__dict__


@pytest.mark.parametrize("count", [100, 40_000])  # Whoosh writes the offsets above 32,768
def test_a_large_column_reads_the_same_values_with_its_offsets_on_disk(tmp_path, count):
    from whoosh.columns import VarBytesColumn

    values = {n: (b"v%d" % n) * (n % 4) for n in range(0, count, 3)}
    storage, length = write_var_bytes_column(tmp_path, values, count)
    files = [storage.open_file("col"), storage.open_file("col")]
    ours = VarBytesColumn().reader(files[0], 0, length, count)
    original = whoosh_private.WHOOSH_VAR_BYTES_READ
    patch = pytest.MonkeyPatch()
    patch.setattr(VarBytesColumn.Reader, "_read_offsets_and_lengths", original)
    try:
        whooshs = VarBytesColumn().reader(files[1], 0, length, count)
    finally:
        patch.undo()
    assert ours.had_stored_offsets == whooshs.had_stored_offsets == (count > 2**15)
    assert type(ours._offsets).__name__ == ("_DiskArray" if count > 2**15 else "array")
    assert [ours[n] for n in range(count)] == [whooshs[n] for n in range(count)]
    assert list(ours) == list(whooshs)
    assert ours[count - 1] == whooshs[count - 1] == values.get(count - 1, b"")
    if count > 2**15:
        assert len(ours._lengths) == count and ours._offsets[-1] == whooshs._offsets[-1]
        with pytest.raises(IndexError):
            ours._lengths[count]
    for f in files:
        f.close()


def test_closing_an_unread_part_makes_no_stream():
    from whoosh.filedb.structfile import BufferFile

    closed = []
    f = BufferFile(memoryview(b"abc"), name="part", onclose=closed.append)
    f.close()
    assert closed == [f] and "_stream" not in f.__dict__
    with pytest.raises(Exception, match="already closed"):
        f.close()


def test_a_library_searches_and_reads_through_the_views(tmp_path):
    corpus = tmp_path / "corpus"
    for n in range(3):
        write_article(
            corpus,
            f"a{n}.md",
            f"Zhao Ming, a professor at Fudan University, says “zebra case {n} matters”.",
            title=f"Zebra {n}",
        )
    lib = Library.open(
        index_dir=tmp_path / "index", library_dir=tmp_path / "library",
        corpus_dirs=[corpus], bundled=False,
    )  # fmt: skip
    try:
        result = lib.search("zebra", limit=10)
        assert {h.doc_id for h in result.hits} == {"a0", "a1", "a2"}
        assert lib.document_info("a1").title == "Zebra 1"
    finally:
        lib.close()
