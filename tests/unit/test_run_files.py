"""A segment writer's run files (postings spilled to disk while it writes) are pickled in
chunks (``whoosh_private._write_run``): the index written must be the one written with
every posting kept in memory, and runs in Whoosh's own format must still read."""

from __future__ import annotations

import heapq
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import index as whoosh_index
from whoosh.externalsort import SortingPool

from tealeaves.search import whoosh_private
from tealeaves.search.schema import make_schema

pytestmark = pytest.mark.skipif(
    not whoosh_private.ENABLED or whoosh_private.WHOOSH_RUN_IO is None,
    reason="another Whoosh release: its own run files are used",
)

WORDS = [f"w{n}" for n in range(300)] + ["alliance", "sanctions", "结伴不结盟", "Лукьянов"]


def _records(n: int) -> list[dict]:
    rng = random.Random(5)
    return [
        {
            "id": f"para:d{i % 7}:{i}",
            "kind": "para",
            "doc_id": f"d{i % 7}",
            "title": " ".join(rng.choices(WORDS, k=4)),
            "authors": "Anna Petrova; Zhao Ming",
            "content": " ".join(rng.choices(WORDS, k=rng.randint(5, 60))),
            "position": i,
            "topic": "alliance,energy" if i % 3 else "",
        }
        for i in range(n)
    ]


def _everything(folder) -> tuple[list, list]:
    """Every posting (field, word, record, weight, value) and every stored record."""
    ix = whoosh_index.open_dir(str(folder))
    with ix.reader() as reader:
        postings = []
        for field, word in reader.all_terms():
            matcher = reader.postings(field, word)
            while matcher.is_active():
                postings.append((field, word, matcher.id(), matcher.weight(), matcher.value()))
                matcher.next()
        stored = list(reader.all_stored_fields())
    ix.close()
    return postings, stored


def _build(folder, records, limitmb: float) -> None:
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), make_schema())
    with ix.writer(limitmb=limitmb) as writer:
        for record in records:
            writer.add_document(**record)
    ix.close()


def test_spilled_runs_write_the_index_kept_in_memory(tmp_path, monkeypatch):
    records = _records(400)
    _build(tmp_path / "memory", records, limitmb=512)
    runs: list[int] = []
    real_save = SortingPool.save

    def counting(self):
        if self.current:
            runs.append(len(self.current))
        real_save(self)

    monkeypatch.setattr(SortingPool, "save", counting)
    monkeypatch.setattr(whoosh_private, "RUN_CHUNK", 7)  # chunks end inside every run
    # About 40 postings per run: over 128 runs, so Whoosh merges runs into runs first.
    _build(tmp_path / "spilled", records, limitmb=0.008)
    assert len(runs) > 128
    assert _everything(tmp_path / "spilled") == _everything(tmp_path / "memory")


def test_runs_in_whoosh_own_format_still_read(tmp_path):
    whoosh_write, _ = whoosh_private.WHOOSH_RUN_IO
    items = sorted(
        (f"f{n % 3}", f"w{n}".encode(), n, 1.0, None if n % 2 else b"v") for n in range(25_000)
    )
    pool = SortingPool(tempdir=str(tmp_path))
    for name, writer in (("own", whoosh_write), ("chunked", whoosh_private._write_run)):
        with open(tmp_path / name, "wb") as f:
            writer(pool, f, iter(items))
        assert list(pool._read_run(str(tmp_path / name))) == items
        assert not (tmp_path / name).exists()  # a run is removed once read


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.lists(st.integers(0, 40), max_size=30), max_size=6),
    st.lists(st.integers(0, 5), min_size=1, max_size=8),
)
def test_runs_merged_a_chunk_at_a_time_come_in_heapq_merges_order(runs, cuts):
    """merged_chunks gives what heapq.merge gives for any sorted runs cut into chunks of any
    size (empty ones too), with equal items within and across runs."""
    items = [sorted((n, n % 3) for n in run) for run in runs]

    def chunked(run: list) -> list[list]:
        """``run`` cut into chunks of the sizes ``cuts`` gives in turn (0: an empty chunk)."""
        chunks, at = [], 0
        for size in cuts * (len(run) + 1):
            chunks.append(run[at : at + size])
            at += size
            if at >= len(run):
                break
        return [*chunks, run[at:]]

    merged = list(whoosh_private.merged_chunks([iter(chunked(run)) for run in items]))
    assert merged == list(heapq.merge(*items))


def test_the_merge_of_runs_is_ours():
    assert SortingPool._merge_runs is whoosh_private._merge_runs
    assert whoosh_private.WHOOSH_MERGE_RUNS is not whoosh_private._merge_runs
