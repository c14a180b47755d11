"""The table of each segment's records by article (``joined.articles_of``), made on the
first query naming an article field: read a chunk of the ``doc_id`` column at a time, its
runs found a run at a time, and its time not counted against that query's budget
(docs/benchmarks.md, Round 15)."""

from __future__ import annotations

import random
import time
from weakref import WeakKeyDictionary

import pytest

from helpers import write_var_bytes_column
from tealeaves.search import joined, whoosh_private


@pytest.mark.parametrize("count", [100, 40_000])  # Whoosh writes the offsets above 32,768
@pytest.mark.parametrize("chunk", [7, 1 << 16])
def test_a_column_read_in_chunks_gives_whooshs_values(tmp_path, monkeypatch, count, chunk):
    from whoosh.columns import VarBytesColumn

    values = {n: (b"article-%d" % (n // 5)) * (n % 3) for n in range(0, count, 2)}
    storage, length = write_var_bytes_column(tmp_path, values, count)
    monkeypatch.setattr(whoosh_private, "COLUMN_CHUNK", chunk)
    with storage.open_file("col") as one, storage.open_file("col") as two:
        column = VarBytesColumn().reader(one, 0, length, count)
        ours = whoosh_private.column_values(column)
        assert ours is not column  # read in chunks, not walked by Whoosh
        expected = [VarBytesColumn().reader(two, 0, length, count)[n] for n in range(count)]
        got = list(ours)
    assert got == expected
    assert all(type(value) is bytes for value in got)


def test_other_columns_are_walked_as_whoosh_walks_them():
    column = [b"a", b"b"]
    assert whoosh_private.column_values(column) is column


@pytest.mark.parametrize("seed", range(20))
def test_runs_found_a_run_at_a_time_are_those_found_a_record_at_a_time(seed):
    rng = random.Random(seed)
    values: list[bytes | None] = []
    while len(values) < rng.randint(0, 300):
        values.extend([rng.choice([b"a", b"b", b"c", b"", None])] * rng.randint(1, 9))
    docs = {n for n in range(len(values) + 3) if rng.random() < 0.2}
    by_record: tuple[dict, list] = ({}, [])
    by_run: tuple[dict, list] = ({}, [])
    joined._by_record(iter(values), set(range(len(values))), docs, *by_record)
    joined._by_run(iter(values), docs, *by_run)
    assert by_run == by_record


def test_the_tables_of_a_real_index_are_the_same_either_way(bundled_library):
    searcher = bundled_library.searching.searcher()
    for leaf, _ in searcher.leaf_searchers():
        reader = leaf.reader()
        if not reader.doc_count():
            continue
        docs = set(reader.postings("kind", "doc").all_ids())
        values = list(reader.column_reader("doc_id", translate=False))  # Whoosh's own walk
        by_record: tuple[dict, list] = ({}, [])
        joined._by_record(iter(values), set(range(len(values))), docs, *by_record)
        table = joined.articles_of(reader)
        assert table.runs == {k: tuple(v) for k, v in by_record[0].items()}
        assert list(table.doc_ids.numbers) == [n for n, _ in sorted(by_record[1])]


def test_making_the_tables_does_not_cut_the_first_query_short(bundled_library, monkeypatch):
    """At 50,000 articles the tables took 2-4 s, longer than a query's budget: the first
    query naming an author found nothing and said it ran out of time."""
    monkeypatch.setattr(joined, "_TABLES", WeakKeyDictionary())  # none made yet
    by_run = joined._by_run

    def slow(*args):
        time.sleep(0.3)
        by_run(*args)

    monkeypatch.setattr(joined, "_by_run", slow)
    result = bundled_library.search("author:sautin Beijing", limit=5, per_document=0, seconds=0.2)
    assert result.hits and not result.notice
    assert joined.tables_made(bundled_library.searching.searcher())
