"""The index as a cache of the corpus: incremental updates, repair and rebuild."""

from __future__ import annotations

import json
import os
import time

import pytest

from helpers import write_article
from tealeaves.library import Library
from tealeaves.search import build as build_module
from tealeaves.search import update as update_module
from tealeaves.search.build import IndexStore


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    write_article(folder, "one.md", "The first article speaks of sanctions.", title="One")
    write_article(folder, "two.md", "The second article speaks of energy.", title="Two")
    return folder


def open_lib(tmp_path, corpus, **kw):
    return Library.open(
        index_dir=tmp_path / "index", corpus_dirs=[corpus], bundled=False,
        library_dir=tmp_path / "lib", **kw,
    )  # fmt: skip


@pytest.fixture
def count_loads(monkeypatch):
    calls = []
    real = update_module.load_article

    def counting(path, **kw):
        calls.append(path.name)
        return real(path, **kw)

    monkeypatch.setattr(update_module, "load_article", counting)
    return calls


def ids(lib):
    return sorted(d.id for d in lib.documents())


def test_first_open_builds_then_reopen_reads_nothing(tmp_path, corpus, count_loads):
    with open_lib(tmp_path, corpus) as lib:
        assert lib.report.rebuilt and ids(lib) == ["one", "two"]
    count_loads.clear()
    with open_lib(tmp_path, corpus) as lib:
        assert not lib.report.changed
        assert count_loads == []
        assert lib.search("sanctions").hits


def test_add_change_remove_without_full_rebuild(tmp_path, corpus, count_loads):
    open_lib(tmp_path, corpus).close()
    count_loads.clear()
    write_article(corpus, "three.md", "A third article about Taiwan.", title="Three")
    with open_lib(tmp_path, corpus) as lib:
        assert lib.report.added == ["three"] and not lib.report.rebuilt
        assert count_loads == ["three.md"]
        assert lib.search("Taiwan").hits[0].doc_id == "three"
    count_loads.clear()
    time.sleep(0.01)
    write_article(corpus, "one.md", "The first article now speaks of arms sales.", title="One")
    (corpus / "two.md").unlink()
    with open_lib(tmp_path, corpus) as lib:
        assert lib.report.updated == ["one"] and lib.report.removed == ["two"]
        assert not lib.report.rebuilt
        assert count_loads == ["one.md"]
        assert ids(lib) == ["one", "three"]
        assert lib.search("sanctions").hits == ()
        assert lib.search("arms").hits[0].doc_id == "one"
        assert lib.search("energy").hits == ()


def test_touched_but_unchanged_file_is_not_reindexed(tmp_path, corpus, count_loads):
    open_lib(tmp_path, corpus).close()
    count_loads.clear()
    os.utime(corpus / "one.md", (1, 1))
    with open_lib(tmp_path, corpus) as lib:
        assert not lib.report.changed and count_loads == []


def test_bad_article_is_reported_and_the_rest_indexed(tmp_path, corpus):
    (corpus / "broken.md").write_bytes(b"---\ntitle: [oops\n---\ntext\n")
    with open_lib(tmp_path, corpus) as lib:
        assert ids(lib) == ["one", "two"]
        assert [e.path.rsplit("/", 1)[-1] for e in lib.errors] == ["broken.md"]
        assert "bad front matter" in lib.errors[0].reason
    with open_lib(tmp_path, corpus) as lib:  # still reported on the next open, without re-reading
        assert [e.path.rsplit("/", 1)[-1] for e in lib.errors] == ["broken.md"]


def test_article_that_turns_bad_is_removed_and_reported(tmp_path, corpus):
    open_lib(tmp_path, corpus).close()
    (corpus / "two.md").write_bytes(b"\x00\x01binary now")
    with open_lib(tmp_path, corpus) as lib:
        assert ids(lib) == ["one"]
        assert lib.report.removed == ["two"]
        assert "binary" in lib.errors[0].reason


def test_corrupted_index_is_rebuilt_with_a_notice(tmp_path, corpus):
    open_lib(tmp_path, corpus).close()
    for path in (tmp_path / "index" / "whoosh").iterdir():
        if path.suffix in (".seg", ".toc"):
            path.write_bytes(b"garbage" * 3)
    with open_lib(tmp_path, corpus) as lib:
        assert lib.report.rebuilt
        assert any("could not be read" in n for n in lib.notices)
        assert ids(lib) == ["one", "two"] and lib.search("energy").hits


def test_deleted_index_folder_is_rebuilt(tmp_path, corpus):
    open_lib(tmp_path, corpus).close()
    import shutil

    shutil.rmtree(tmp_path / "index" / "whoosh")
    with open_lib(tmp_path, corpus) as lib:
        assert lib.report.rebuilt and ids(lib) == ["one", "two"]


@pytest.mark.parametrize(
    "damage",
    [
        lambda m: {**m, "version": "schema0"},
        lambda m: {**m, "state": "updating"},
        lambda m: "not json at all",
    ],
    ids=["version changed", "interrupted update", "manifest garbage"],
)
def test_manifest_problems_force_a_rebuild(tmp_path, corpus, damage):
    open_lib(tmp_path, corpus).close()
    manifest = tmp_path / "index" / "manifest.json"
    data = damage(json.loads(manifest.read_text()))
    manifest.write_text(data if isinstance(data, str) else json.dumps(data))
    with open_lib(tmp_path, corpus) as lib:
        assert lib.report.rebuilt and ids(lib) == ["one", "two"]
    assert json.loads(manifest.read_text())["state"] == "clean"


def test_crash_during_incremental_update_recovers(tmp_path, corpus, monkeypatch):
    open_lib(tmp_path, corpus).close()
    write_article(corpus, "three.md", "Third.", title="Three")

    def boom(*args):
        raise KeyboardInterrupt  # stands in for a kill in the middle of writing

    monkeypatch.setattr(update_module, "write_records", boom)
    with pytest.raises(KeyboardInterrupt):
        open_lib(tmp_path, corpus)
    monkeypatch.undo()
    with open_lib(tmp_path, corpus) as lib:
        assert lib.report.rebuilt  # the manifest said "updating"
        assert ids(lib) == ["one", "three", "two"]


def test_rebuild_on_request(tmp_path, corpus):
    open_lib(tmp_path, corpus).close()
    with open_lib(tmp_path, corpus, rebuild=True) as lib:
        assert lib.report.rebuilt and ids(lib) == ["one", "two"]


def test_reload_picks_up_new_articles(tmp_path, corpus):
    with open_lib(tmp_path, corpus) as lib:
        write_article(corpus, "late.md", "A late article on Central Asia.", title="Late")
        report = lib.reload()
        assert report.added == ["late"]
        assert lib.search('"Central Asia"').hits[0].doc_id == "late"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_read_only_index_folder_searches_in_memory(tmp_path, corpus):
    index = tmp_path / "index"
    index.mkdir()
    index.chmod(0o500)
    try:
        with open_lib(tmp_path, corpus) as lib:
            assert lib.report.read_only and any("not writable" in n for n in lib.notices)
            assert lib.search("energy").hits
    finally:
        index.chmod(0o700)


def test_unwritable_index_folder_searches_in_memory(tmp_path, corpus, monkeypatch):
    """The same, simulated, so that it also runs as root (as CI does)."""
    real_access = os.access
    monkeypatch.setattr(
        build_module.os, "access",
        lambda p, mode: False if mode == os.W_OK else real_access(p, mode),
    )  # fmt: skip
    with open_lib(tmp_path, corpus) as lib:
        assert lib.report.read_only and any("not writable" in n for n in lib.notices)
        assert lib.search("energy").hits
    assert not (tmp_path / "index" / "manifest.json").exists()


def test_document_and_not_found(tmp_path, corpus):
    from tealeaves.library import NotFound

    with open_lib(tmp_path, corpus) as lib:
        assert lib.document("one").paragraphs[0].text.startswith("The first article")
        with pytest.raises(NotFound, match="tealeaves docs"):
            lib.document("nope")
        (corpus / "two.md").unlink()
        with pytest.raises(NotFound, match="tealeaves index"):
            lib.document("two")


def test_progress_is_reported_per_article(tmp_path, corpus):
    calls = []
    open_lib(tmp_path, corpus, progress=lambda done, total, what: calls.append((done, total, what)))
    assert calls == [(1, 2, "one.md"), (2, 2, "two.md")]


def test_a_parallel_build_finds_what_a_serial_one_does(tmp_path, monkeypatch):
    """Large builds index in several processes; the index must be the same to a reader."""
    corpus = tmp_path / "corpus"
    for n in range(6):
        write_article(
            corpus,
            f"a{n}.md",
            f"Zhao Huasheng (赵华胜), a professor, argues that “alliance number {n}” matters.\n\n"
            f"Paragraph two of article {n} about 结伴不结盟 and energy.",
            title=f"Article {n}",
            authors="Anna Petrova",
        )
    serial = Library.open(
        index_dir=tmp_path / "serial", corpus_dirs=[corpus], bundled=False, library_dir=tmp_path
    )
    monkeypatch.setattr(update_module, "PARALLEL_FROM", 1)
    parallel = Library.open(
        index_dir=tmp_path / "parallel", corpus_dirs=[corpus], bundled=False, library_dir=tmp_path
    )
    try:
        assert update_module.writer_options(6).get("procs", 2) >= 2
        for query in ("alliance", "结盟", "author:petrova energy", "kind:quote", "allian*"):
            a, b = serial.search(query, limit=50), parallel.search(query, limit=50)
            assert a.total == b.total > 0, query
            assert {h.doc_id for h in a.hits} == {h.doc_id for h in b.hits}
        assert serial.people() == parallel.people()
    finally:
        serial.close()
        parallel.close()


def test_a_large_index_is_read_from_its_file_and_answers_the_same(tmp_path, monkeypatch):
    """Above IN_MEMORY_MB the index is not copied into memory; answers must not change."""
    corpus = tmp_path / "corpus"
    for n in range(3):
        write_article(corpus, f"a{n}.md", f"Alliance talk {n} and 结伴不结盟.", title=f"T{n}")
    small = open_lib(tmp_path, corpus)
    expected = [(h.doc_id, h.snippet.text) for h in small.search("alliance OR 结盟").hits]
    small.close()
    monkeypatch.setattr(build_module, "IN_MEMORY_MB", 0)
    large = open_lib(tmp_path, corpus)
    try:
        assert not large.store.index.storage.supports_mmap
        found = [(h.doc_id, h.snippet.text) for h in large.search("alliance OR 结盟").hits]
        assert found == expected
        assert len({doc for doc, _ in expected}) == 3
    finally:
        large.close()


@pytest.mark.parametrize("in_memory_mb", [0, 10_000])
def test_searcher_scores_with_lengths_in_memory_as_whoosh_does(tmp_path, monkeypatch, in_memory_mb):
    """open_searcher reads the field lengths in one piece; every score must stay the same."""
    from whoosh.codec.whoosh3 import W3PerDocReader, _lenfield

    from tealeaves.search import whoosh_private
    from tealeaves.search.build import open_searcher
    from tealeaves.search.parse import make_parser, parse_query

    monkeypatch.setattr(build_module, "IN_MEMORY_MB", in_memory_mb)
    corpus = tmp_path / "corpus"
    for n in range(4):
        words = " ".join(["alliance"] * (n + 1) + ["filler"] * (7 * n))
        write_article(corpus, f"a{n}.md", f"{words}.\n\nA short alliance.", title=f"T{n}")
    lib = open_lib(tmp_path, corpus)
    texts = ("alliance", "alliance filler", '"short alliance"', "allian*")
    try:
        # Whoosh as it comes: lengths read from the file, one byte per call.
        with monkeypatch.context() as whoosh:
            whoosh.setattr(W3PerDocReader, "_cached_reader", whoosh_private.WHOOSH_CACHED_READER)
            with lib.store.index.searcher() as plain:
                parser = make_parser(plain.schema)
                scores = {
                    text: [
                        (h.docnum, h.score)
                        for h in plain.search(parse_query(parser, text).query, limit=None)
                    ]
                    for text in texts
                }
                from_file = [
                    plain.reader().doc_field_length(n, "content")
                    for n in range(plain.doc_count_all())
                ]
        assert len({score for _, score in scores["alliance"]}) > 2  # lengths count
        with open_searcher(lib.store.index) as fast:
            for text in texts:
                query = parse_query(parser, text).query
                assert [(h.docnum, h.score) for h in fast.search(query, limit=None)] == scores[text]
            for leaf, _ in fast.leaf_searchers():
                assert isinstance(leaf.reader()._perdoc._readers[_lenfield("content")], bytes)
            in_memory = [
                fast.reader().doc_field_length(n, "content") for n in range(fast.doc_count_all())
            ]
        assert in_memory == from_file
    finally:
        lib.close()


def test_per_article_cap_reaches_past_one_article_with_many_matches(tmp_path):
    """The cap of hits per article is applied after Whoosh's top N: when one article fills
    the first N, the search asks for more until other articles appear, in Whoosh's order."""
    from whoosh.query import Term

    corpus = tmp_path / "corpus"
    many = "\n\n".join(f"Zebra zebra {n}." for n in range(60))
    write_article(corpus, "many.md", many, title="Many")
    for n in range(3):
        write_article(
            corpus,
            f"few{n}.md",
            f"A long paragraph {n} that names a zebra once "
            "among a great many other words about other things.",
            title=f"Few {n}",
        )
    lib = open_lib(tmp_path, corpus)
    try:
        result = lib.search("zebra", limit=4, per_document=1)
        assert len(result.hits) == 4
        searcher = lib.searching.searcher()
        collapsed = searcher.search(
            Term("content", "zebra"), limit=9, collapse="doc_id", collapse_limit=1
        )
        expected = [h["doc_id"] for h in collapsed if h["kind"] != "doc"][:4]
        assert [h.doc_id for h in result.hits] == expected
        assert expected[0] == "many" and len(set(expected)) == 4
    finally:
        lib.close()


def test_a_field_without_lengths_asks_the_disk_once(tmp_path, corpus, monkeypatch):
    """Writing asks a segment for a length per posting; a field with no length column in
    that segment must not cost a file-system test each time (whoosh_private._cached_reader)."""
    from whoosh.codec.whoosh3 import _lenfield
    from whoosh.filedb.filestore import FileStorage

    lib = open_lib(tmp_path, corpus)
    try:
        (leaf, _), *_ = lib.store.index.searcher().leaf_searchers()
        reader = leaf.reader()._perdoc
        reader._readers.clear()
        asked = []
        real = FileStorage.file_exists
        monkeypatch.setattr(
            FileStorage, "file_exists", lambda self, name: asked.append(name) or real(self, name)
        )
        missing = next(
            name for name, field in leaf.schema.items()
            if field.scorable and not reader.has_column(_lenfield(name))
        )  # fmt: skip
        asked.clear()
        lengths = [reader.doc_field_length(n, missing) for n in range(reader.doc_count_all())]
        assert lengths == [0] * reader.doc_count_all() and len(lengths) > 1
        assert len(asked) == 1
        assert reader.doc_field_length(0, "content") > 0  # a field that has one still counts
        leaf.close()
    finally:
        lib.close()


def test_refresh_costs_nothing_when_nothing_changed(tmp_path, corpus, monkeypatch):
    """Coming back to the explorer asks ``refresh``: with nothing changed it looks at no
    article file and keeps the searcher (and with it the caches); a change made by another
    process (an article added) is picked up (issue "One room per job", item 7)."""

    lib = open_lib(tmp_path, corpus)
    try:
        searcher = lib.searching.searcher()
        opened = []
        real_open = IndexStore.open
        monkeypatch.setattr(
            IndexStore, "open", lambda self, *a, **k: opened.append(1) or real_open(self, *a, **k)
        )
        for _ in range(3):
            assert lib.refresh() is None
        assert opened == [] and lib.searching.searcher() is searcher
        other = open_lib(tmp_path, corpus)
        other.add([write_article(tmp_path / "new", "new.md", "A zebra crossing.", title="New")])
        other.close()
        opened.clear()
        report = lib.refresh()
        assert report is not None and opened == [1]
        assert lib.search("zebra").hits
        assert lib.refresh() is None and opened == [1]
    finally:
        lib.close()


def test_why_a_version_change_rebuilds_is_said_in_words():
    """A change of the registry's or the topics' fingerprint is named (the user edited a
    file and can tell why the library reads every article again); anything else is the
    index format."""
    from tealeaves.search.build import _what_changed

    old = "9-registryaaa-topicsbbb"
    assert _what_changed(old, "9-registryaab-topicsbbb") == "the people registry changed"
    assert _what_changed(old, "9-registryaaa-topicsbbc") == "the topic list changed"
    both = _what_changed(old, "9-registryaab-topicsbbc")
    assert both == "the people registry and the topic list changed"
    assert _what_changed(old, "10-registryaaa-topicsbbb") == "index format changed"
    assert _what_changed("9", "9-registryaaa-topicsbbb") == "index format changed"
