"""A part of a compound segment is read from the segment's memory map, not copied whole
into memory when it is opened (whoosh_private: ``BufferFile`` makes its stream when first
used). Round 11 of docs/benchmarks.md: in an index small enough to be memory-mapped (under
128 MB) the copies were every segment's postings and stored fields, a quarter of the
explorer's peak at 1,000 articles."""

from __future__ import annotations

import tracemalloc

import pytest

from helpers import write_article
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
    f.seek(10)  # the stream, made when first used, reads the same bytes
    assert f.read(3) == bytes([10, 11, 12]) and f.tell() == 13
    f.close()
    assert f.is_closed


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
