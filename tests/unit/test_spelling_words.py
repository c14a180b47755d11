"""The unstemmed words "did you mean" draws on (``spell_content``) are kept once per segment
with the number of records that hold them (``whoosh_private.SpellingPool``), not once per
record as Whoosh writes them: the words, their counts and the suggestions must be the ones
Whoosh's own writing gives, and merges must count only the records that are left."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh.writing import SegmentWriter

from tealeaves.search import whoosh_private
from tealeaves.search.parse import make_parser, parse_query
from tealeaves.search.schema import make_schema
from tealeaves.search.suggest import suggest

pytestmark = pytest.mark.skipif(
    not whoosh_private.ENABLED or whoosh_private.WHOOSH_SPELLING is None,
    reason="another Whoosh release: its own spelling words are written",
)

SPELL = "spell_content"
ARTICLES = Path(__file__).parents[1] / "data" / "extract" / "articles"
# Misspelled and unknown words, Latin and Cyrillic; some have no close word at all.
TYPOS = [
    "aliance", "sanctoins", "rusia", "chian", "goverment", "ecnomic", "minstry", "xqzv",
    "beijng", "presdent", "militray", "enrgy", "Росия", "Кития", "foriegn", "partnr",
    "aliance sanctoins", "strategc partnership", "treaty", "kremln",
]  # fmt: skip


def _paragraphs() -> list[str]:
    found = []
    for path in sorted(ARTICLES.iterdir())[:40]:
        text = path.read_text(encoding="utf-8", errors="replace")
        found += [p for p in text.split("\n\n") if p.strip()]
    return found


def _records(paragraphs: list[str], first: int = 0) -> list[dict]:
    return [
        {"id": f"para:{i}", "kind": "para", "doc_id": f"d{i // 5}", "content": text}
        for i, text in enumerate(paragraphs, first)
    ]


@pytest.fixture
def whooshs_own(monkeypatch):
    """Call to write with Whoosh's own posting pool, writer set-up and merge."""

    def use() -> None:
        pool, init, add_reader = whoosh_private.WHOOSH_SPELLING
        monkeypatch.setattr("whoosh.writing.PostingPool", pool)
        monkeypatch.setattr(SegmentWriter, "__init__", init)
        monkeypatch.setattr(SegmentWriter, "add_reader", add_reader)

    return use


def _build(folder: Path, batches: list[list[dict]], **options) -> whoosh_index.Index:
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), make_schema())
    for records in batches:
        with ix.writer(**options) as writer:
            writer.merge = False
            for record in records:
                writer.add_document(**record)
    return ix


def _words(ix) -> dict[str, float]:
    with ix.reader() as reader:
        return {
            word.decode("utf-8"): reader.frequency(SPELL, word) for word in reader.lexicon(SPELL)
        }


def _postings(ix) -> int:
    with ix.reader() as reader:
        return sum(reader.doc_frequency(SPELL, word) for word in reader.lexicon(SPELL))


def _suggestions(ix) -> list[str]:
    parser = make_parser(ix.schema)
    with ix.searcher() as searcher:
        return [suggest(searcher, parser, parse_query(parser, t).query, t) for t in TYPOS]


@pytest.mark.parametrize("options", [{}, {"limitmb": 0.05}], ids=["in memory", "spilled"])
def test_the_words_counts_and_suggestions_are_whooshs(tmp_path, whooshs_own, options):
    paragraphs = _paragraphs()
    batches = [_records(paragraphs[:300]), _records(paragraphs[300:], 300)]  # two segments
    ours = _build(tmp_path / "ours", batches, **options)
    whooshs_own()
    theirs = _build(tmp_path / "theirs", batches, **options)
    assert len(_words(ours)) > 1000
    assert _words(ours) == _words(theirs)
    suggested = _suggestions(ours)
    assert sum(bool(s) for s in suggested) >= 8
    assert suggested == _suggestions(theirs)
    # once per segment and word, where Whoosh wrote one posting per record and word
    assert _postings(ours) <= 2 * len(_words(ours)) < _postings(theirs)


def test_a_multiprocess_build_counts_the_same(tmp_path, whooshs_own):
    records = _records(_paragraphs())
    ours = _build(tmp_path / "ours", [records], procs=2, multisegment=True, batchsize=50)
    whooshs_own()
    theirs = _build(tmp_path / "theirs", [records])
    assert _words(ours) == _words(theirs)
    assert _suggestions(ours) == _suggestions(theirs)


def _delete(ix, doc_ids: list[str]) -> None:
    with ix.writer() as writer:
        writer.merge = False
        for doc_id in doc_ids:
            writer.delete_by_term("doc_id", doc_id)


def _merge(ix) -> None:
    ix.writer().commit(optimize=True)


def test_a_merge_counts_only_the_records_left(tmp_path):
    """Whoosh kept a deleted record's words through merges, and lost every word of a
    segment whose first record was deleted (its spelling postings were that record's)."""
    paragraphs = _paragraphs()[:400]
    records = _records(paragraphs)
    ix = _build(tmp_path / "ix", [records[:150], records[150:300]])
    rng = random.Random(3)
    gone = {"d0", "d30"} | {f"d{rng.randrange(60)}" for _ in range(8)}  # d0, d30: first ones
    _delete(ix, sorted(gone))
    _merge(ix)
    with ix.writer() as writer:  # then an incremental add, merged by Whoosh's policy
        for record in records[300:]:
            writer.add_document(**record)
    _delete(ix, ["d70"])
    _merge(ix)
    left = [r for r in records if r["doc_id"] not in gone | {"d70"}]
    fresh = _build(tmp_path / "fresh", [left])
    assert _words(ix) == _words(fresh)
    assert _suggestions(ix) == _suggestions(fresh)


def test_before_a_merge_deleted_records_still_count_as_with_whoosh(tmp_path, whooshs_own):
    """Until its segment is merged, a deleted record's words count, as Whoosh's own word
    statistics do (and as its spelling words did)."""
    records = _records(_paragraphs()[:200])
    ours = _build(tmp_path / "ours", [records[:100], records[100:]])
    _delete(ours, ["d3", "d25"])
    whooshs_own()
    theirs = _build(tmp_path / "theirs", [records[:100], records[100:]])
    _delete(theirs, ["d3", "d25"])
    assert _words(ours) == _words(theirs)
    assert _suggestions(ours) == _suggestions(theirs)
