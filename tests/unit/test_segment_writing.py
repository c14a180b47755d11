"""A record's postings are gathered before they go into the pool
(``whoosh_private._add_document``) and a segment's postings are written a term at a time
(``whoosh_private._add_postings``): the files must be the ones Whoosh's own adding and
writing make, byte for byte, for new records, for records merged from other segments, for
terms of several blocks and for postings spilled to run files. A block too small to gain
from compression is written as it is (``whoosh_private._write_block``): the same postings
and term statistics, read by Whoosh's own reader."""

from __future__ import annotations

import random
import zlib

import pytest
import whoosh.codec.base
from whoosh import index as whoosh_index
from whoosh.codec.base import OutOfOrderError
from whoosh.codec.whoosh3 import W3FieldWriter, W3PostingsWriter
from whoosh.filedb.compound import CompoundStorage
from whoosh.filedb.filestore import FileStorage
from whoosh.query import Term
from whoosh.writing import SegmentWriter, UnknownFieldError

from tealeaves.search import whoosh_private
from tealeaves.search.schema import make_schema

pytestmark = pytest.mark.skipif(
    not whoosh_private.ENABLED or whoosh_private.WHOOSH_ADD_POSTINGS is None,
    reason="another Whoosh release: its own writing is used",
)

WORDS = [f"w{n}" for n in range(40)] + ["alliance", "sanctions", "结伴不结盟", "Лукьянов"]


def _records(n: int, seed: int, doc: str) -> list[dict]:
    rng = random.Random(seed)
    records: list[dict] = [
        {
            "id": f"doc:{doc}",
            "kind": "doc",
            "doc_id": doc,
            "title": "Alliance and sanctions",
            "authors": "Anna Petrova; Zhao Ming",
            "publication": "Tea Leaves Weekly",
            "year": "2024",
            "language": "en",
            "content": "Alliance and sanctions",
            "expert": "Zhao Ming | Anna Petrova",
        }
    ]
    for i in range(n):
        # Every record holds "alliance": a term of several blocks (128 postings each), the
        # last one cut at a record count that is not a multiple of 128.
        words = ["alliance", *rng.choices(WORDS, k=rng.randint(0, 40))]
        records.append(
            {
                "id": f"para:{doc}:{i}",
                "kind": "quote" if i % 5 == 0 else "para",
                "doc_id": doc,
                "content": " ".join(words) if i % 11 else "",  # some records without words
                "section": "Background" if i % 2 else "",
                "position": i % 7,  # repeated: a value's postings are made once a writer
                "expert": "Zhao Ming" if i % 3 == 0 else "",
                "topic": "alliance,energy" if i % 4 else "",
                "ref": f"q{i}" if i % 5 == 0 else None,
            }
        )
    return records


def _parts(folder) -> dict[str, bytes]:
    """Every file of the index, a compound segment's parts by name (the segment's own
    directory holds modification times, which differ between any two runs)."""
    storage = FileStorage(str(folder))
    parts: dict[str, bytes] = {}
    for name in sorted(storage.list()):
        if name.endswith(".seg"):
            compound = CompoundStorage(storage.open_file(name), use_mmap=False)
            for part in sorted(compound.list()):
                f = compound.open_file(part)
                parts[f"{name}/{part}"] = bytes(f.read())
                f.close()
            compound.close()
        elif name.endswith((".pst", ".trm", ".col")):
            f = storage.open_file(name)
            parts[name] = f.read()
            f.close()
    return parts


def _build(
    folder, batches: list[list[dict]], delete: str | None = None, limitmb: float = 128
) -> dict[str, bytes]:
    folder.mkdir()
    _names[0] = 0
    ix = whoosh_index.create_in(str(folder), make_schema())
    for records in batches:
        with ix.writer(limitmb=limitmb) as writer:
            for record in records:
                writer.add_document(**{k: v for k, v in record.items() if v is not None})
    if delete is not None:  # a deletion, then a merge of every segment into a new one
        with ix.writer() as writer:
            writer.delete_by_term("doc_id", delete)
            writer.add_document(id="doc:late", kind="doc", doc_id="late", content="alliance")
            writer.optimize = True
    ix.close()
    return _parts(folder)


_names: list[int] = [0]  # the segments made since the last build started


def _next_name(cls, size: int = 16) -> str:
    _names[0] += 1
    return f"seg{_names[0]:013d}"


@pytest.fixture
def same_segment_names(monkeypatch):
    """Files comparable byte for byte with Whoosh's own: the same segment names, and blocks
    and stored records compressed by zlib at Whoosh's level, as Whoosh does (our writers
    use ISA-L where it is installed: see the tests of the faster deflate below)."""
    monkeypatch.setattr(whoosh.codec.base.Segment, "_random_id", classmethod(_next_name))
    monkeypatch.setattr(whoosh_private, "DEFLATE", whoosh_private.zlib_deflate)


def _whooshs_own(monkeypatch) -> None:
    monkeypatch.setattr(W3FieldWriter, "add_postings", whoosh_private.WHOOSH_ADD_POSTINGS)
    monkeypatch.setattr(SegmentWriter, "add_document", whoosh_private.WHOOSH_ADD_DOCUMENT)


def test_is_in_place():
    assert W3FieldWriter.add_postings is whoosh_private._add_postings
    assert SegmentWriter.add_document is whoosh_private._add_document
    assert W3PostingsWriter._write_block is whoosh_private._write_block


@pytest.mark.parametrize("count", [1, 127, 128, 300])
def test_new_records_write_the_same_files(tmp_path, monkeypatch, same_segment_names, count):
    records = _records(count, seed=count, doc="a")
    ours = _build(tmp_path / "ours", [records])
    with monkeypatch.context() as m:
        _whooshs_own(m)
        theirs = _build(tmp_path / "theirs", [records])
    assert ours.keys() == theirs.keys()
    assert any(name.endswith(".pst") for name in ours)
    for name in ours:
        assert ours[name] == theirs[name], name


def test_merged_segments_write_the_same_files(tmp_path, monkeypatch, same_segment_names):
    batches = [_records(150, seed=1, doc="a"), _records(90, seed=2, doc="b")]
    ours = _build(tmp_path / "ours", batches, delete="a")
    with monkeypatch.context() as m:
        _whooshs_own(m)
        theirs = _build(tmp_path / "theirs", batches, delete="a")
    assert ours.keys() == theirs.keys()
    for name in ours:
        assert ours[name] == theirs[name], name
    ix = whoosh_index.open_dir(str(tmp_path / "ours"))
    with ix.searcher() as searcher:
        assert searcher.doc_count() == 92  # b's 91 records and the late one
        # without the 9 of b's records that have no words (one in 11)
        assert len(searcher.search(Term("content", "allianc"), limit=None)) == 83
    ix.close()


@pytest.mark.parametrize(
    "items",
    [
        [("content", b"b", 0, 1.0, b""), ("content", b"a", 0, 1.0, b"")],
        [("kind", b"a", 0, 1.0, b""), ("content", b"a", 0, 1.0, b"")],
    ],
)
def test_out_of_order_postings_are_refused(tmp_path, items):
    folder = tmp_path / "ix"
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), make_schema())
    writer = ix.writer()
    writer.add_document(id="doc:a", kind="doc", doc_id="a", content="alliance")
    with pytest.raises(OutOfOrderError):
        writer.fieldwriter.add_postings(writer.schema, None, items)
    writer.cancel()
    ix.close()


def test_spilled_postings_write_the_same_files(tmp_path, monkeypatch, same_segment_names):
    records = _records(300, seed=3, doc="a")
    ours = _build(tmp_path / "ours", [records], limitmb=0.02)  # a run file every few records
    with monkeypatch.context() as m:
        _whooshs_own(m)
        theirs = _build(tmp_path / "theirs", [records], limitmb=0.02)
    assert ours.keys() == theirs.keys()
    for name in ours:
        assert ours[name] == theirs[name], name


def test_boosts_and_stored_values_given_apart(tmp_path, monkeypatch, same_segment_names):
    records = _records(20, seed=4, doc="a")
    records[3] = {**records[3], "_boost": 2.0, "_content_boost": 3.0}
    records[5] = {**records[5], "_stored_content": "shown instead", "_expert_boost": 0.5}
    ours = _build(tmp_path / "ours", [records])
    with monkeypatch.context() as m:
        _whooshs_own(m)
        theirs = _build(tmp_path / "theirs", [records])
    for name in ours:
        assert ours[name] == theirs[name], name


def test_a_failed_record_leaves_nothing(tmp_path):
    folder = tmp_path / "ix"
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), make_schema())
    with ix.writer() as writer:
        with pytest.raises(UnknownFieldError):
            writer.add_document(id="doc:x", kind="doc", doc_id="x", nonsense="a")
        with pytest.raises(ValueError):
            writer.add_document(id="doc:y", kind="doc", doc_id="y", title=3)
        writer.add_document(id="doc:a", kind="doc", doc_id="a", content="alliance")
    with ix.searcher() as searcher:
        assert searcher.doc_count() == 1
        assert [f["id"] for f in searcher.all_stored_fields()] == ["doc:a"]
        assert list(searcher.lexicon("id")) == [b"doc:a"]
        assert list(searcher.lexicon("doc_id")) == [b"a"]
    ix.close()


def _contents(folder) -> tuple[dict, list]:
    """Every term's statistics and postings (record, weight, value), read by Whoosh's own
    reader, and every stored record."""
    ix = whoosh_index.open_dir(str(folder))
    terms = {}
    with ix.reader() as reader:
        for field, word in reader.all_terms():
            info = reader.term_info(field, word)
            matcher = reader.postings(field, word)
            postings = []
            while matcher.is_active():
                postings.append((matcher.id(), matcher.weight(), matcher.value()))
                matcher.next()
            stats = (info.weight(), info.doc_frequency(), info.min_length(), info.max_length())
            terms[field, word] = (stats, info.max_weight(), info.min_id(), info.max_id(), postings)
        stored = list(reader.all_stored_fields())
    ix.close()
    return terms, stored


def test_small_blocks_are_left_uncompressed(tmp_path, monkeypatch, same_segment_names):
    batches = [_records(300, seed=6, doc="a"), _records(40, seed=7, doc="b")]
    compressed: list[int] = []
    real_compress = whoosh_private.zlib.compress

    def counting(data, level=-1):
        compressed.append(len(data))
        return real_compress(data, level)

    with monkeypatch.context() as m:
        m.setattr(whoosh_private.zlib, "compress", counting)
        ours = _build(tmp_path / "ours", batches, delete="b")
    # (the stored records, compressed one by one, are all longer too)
    assert compressed and min(compressed) >= whoosh_private.SMALL_BLOCK
    with monkeypatch.context() as m:
        m.setattr(W3PostingsWriter, "_write_block", whoosh_private.WHOOSH_WRITE_BLOCK)
        theirs = _build(tmp_path / "theirs", batches, delete="b")
    assert ours.keys() == theirs.keys()
    assert [n for n in ours if ours[n] != theirs[n]] == [
        n for n in ours if n.endswith((".pst", ".trm"))
    ]
    assert sum(map(len, ours.values())) < sum(map(len, theirs.values()))
    mine, whooshs = _contents(tmp_path / "ours"), _contents(tmp_path / "theirs")
    assert len(mine[0]) > 300 and mine == whooshs
    ix = whoosh_index.open_dir(str(tmp_path / "ours"))
    with ix.searcher() as searcher:
        # a word of one posting: its block uncompressed
        assert searcher.document(id="para:a:7")["id"] == "para:a:7"
        hits = searcher.search(Term("content", "allianc"), limit=None)
        assert len(hits) == 273 + 1  # a's records with words, and the late one
    ix.close()


def test_the_faster_deflate_writes_what_whoosh_reads_the_same(tmp_path, monkeypatch):
    """Blocks and stored records compressed by ISA-L (where it is installed) are zlib's
    format: Whoosh reads the same terms, statistics, postings and stored records as from an
    index compressed by zlib, and the stored records did go through the faster deflate."""
    if whoosh_private._isal_zlib is None:
        pytest.skip("ISA-L is not installed here: zlib is used")
    assert whoosh_private.DEFLATE is whoosh_private.isal_deflate
    batches = [_records(300, seed=8, doc="a"), _records(40, seed=9, doc="b")]
    records: list[bytes] = []  # what the faster deflate compressed: stored records' pickles
    isal = whoosh_private.isal_deflate

    def counting(data: bytes, level: int) -> bytes:
        if data.startswith(b"\x80\x02}"):  # a pickled dict: a record's stored fields
            records.append(data)
        return isal(data, level)

    with monkeypatch.context() as m:
        m.setattr(whoosh_private, "DEFLATE", counting)
        fast = _build(tmp_path / "fast", batches, delete="b")
    with monkeypatch.context() as m:
        m.setattr(whoosh_private, "DEFLATE", whoosh_private.zlib_deflate)
        plain = _build(tmp_path / "plain", batches, delete="b")
    assert len(records) >= 300 + 1 + 40 + 1  # every record added (the blocks besides)
    assert fast != plain  # other bytes
    assert _contents(tmp_path / "fast") == _contents(tmp_path / "plain")


@pytest.mark.parametrize("size", [0, 1, 63, 64, 700, 70_000])
def test_the_faster_deflate_is_zlibs_format(size):
    data = bytes(random.Random(size).choices(b"alliance sanctions 0123", k=size))
    for deflate in (whoosh_private.DEFLATE, whoosh_private.zlib_deflate):
        assert zlib.decompress(deflate(data, 3)) == data
