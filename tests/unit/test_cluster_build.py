"""The partitioned build (issue 20, item 5): on a Dask LocalCluster and on the local process
pool it gives the index the one-process build gives; a worker killed mid-build loses no
article; an article that kills its worker every time is reported alone and the rest are
indexed; --cluster without Dask says how to install it. Loopback only."""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import tealeaves
from tealeaves.extract import load_registry, load_topics
from tealeaves.library import Library, Progress
from tealeaves.search.build import IndexStore
from tealeaves.search.update import ExtractingRecords

ROOT = Path(__file__).resolve().parents[2]
SRC = str(Path(tealeaves.__file__).resolve().parents[1])
ARTICLES = 200
QUERIES = ("multipolarity", "strategic coordination", "Fudan", '"Central Asia"', "professor")
KINDS = ("doc", "para", "person", "quote", "term")


def _make_corpus(articles: int, out: Path) -> Path:
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "benchmarks/corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.make_corpus(articles, out, mixed=True)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return _make_corpus(ARTICLES, tmp_path_factory.mktemp("cluster") / "corpus")


def _open(
    base: Path, corpus: Path, cluster: str | None, progress: Progress | None = None
) -> Library:
    return Library.open(
        index_dir=base / "index", library_dir=base / "library", corpus_dirs=[corpus],
        bundled=False, rebuild=True, cluster=cluster, remember=False, progress=progress,
    )  # fmt: skip


def _snapshot(lib: Library) -> dict[str, object]:
    """Everything a user sees of the index: documents, people, quotes, search results."""
    search = {
        q: [(h.kind, h.doc_id, h.position, h.person, round(h.score, 6))
            for h in lib.search(q, limit=30, seconds=None).hits]
        for q in QUERIES
    }  # fmt: skip
    return {
        "counts": {kind: lib.count(kind) for kind in KINDS},
        "documents": sorted(dataclasses.astuple(d) for d in lib.documents()),
        "people": [dataclasses.astuple(p) for p in lib.people()],
        "quotes": sorted(map(repr, lib.quotes())),
        "search": search,
    }


@pytest.fixture(scope="module")
def one_process(corpus, tmp_path_factory) -> dict[str, object]:
    with _open(tmp_path_factory.mktemp("single"), corpus, None) as lib:
        assert lib.report.partitions == 0
        return _snapshot(lib)


@pytest.mark.parametrize("where", ["local:2", "pool"])
def test_a_partitioned_build_gives_the_same_index(where, corpus, one_process, tmp_path):
    calls: list[tuple[int, int]] = []
    with _open(tmp_path, corpus, where, lambda done, total, _: calls.append((done, total))) as lib:
        report = lib.report
        snapshot = _snapshot(lib)
    assert report.partitions > 1 and report.workers == 2
    assert len(calls) == report.partitions, "progress is told once a partition"
    assert [done for done, _ in calls] == sorted({done for done, _ in calls})
    assert calls[-1] == (ARTICLES, ARTICLES)
    assert len(report.added) == ARTICLES and not report.errors
    assert one_process["counts"]["doc"] == ARTICLES
    assert all(one_process["search"].values()), "every query must find something"
    assert snapshot == one_process
    left = {p.name for p in tmp_path.joinpath("index").iterdir()} - {"lists.sqlite"}
    assert left == {"manifest.json", "update.lock", "whoosh"}  # no partition left behind


class KillOnce(ExtractingRecords):
    """Kills the process it runs in at one article, the first time only (a marker file)."""

    def __init__(self, doc_id: str, marker: Path) -> None:
        super().__init__(load_registry(), load_topics())
        self.doc_id, self.marker = doc_id, marker

    def __call__(self, doc):  # type: ignore[no-untyped-def]
        if doc.id == self.doc_id and not self.marker.exists():
            self.marker.write_text(str(os.getpid()))
            os._exit(9)  # as a worker killed by the system would: no cleanup
        return super().__call__(doc)


class KillAlways(ExtractingRecords):
    """Kills the process it runs in at one article, every time."""

    def __init__(self, doc_id: str) -> None:
        super().__init__(load_registry(), load_topics())
        self.doc_id = doc_id

    def __call__(self, doc):  # type: ignore[no-untyped-def]
        if doc.id == self.doc_id:
            os._exit(9)
        return super().__call__(doc)


def _store(tmp_path: Path, maker: ExtractingRecords, where: str) -> IndexStore:
    store = IndexStore(tmp_path / "index", record_maker=maker)
    store.partitioned = where
    return store


def test_a_worker_killed_mid_build_loses_no_article(corpus, one_process, tmp_path):
    pytest.importorskip("distributed")
    from tealeaves.search.runners import local_cluster

    marker = tmp_path / "killed"
    cluster = local_cluster(2)
    try:
        store = _store(tmp_path, KillOnce("article-000120", marker), cluster.scheduler_address)
        report = store.open([corpus], rebuild=True)
    finally:
        cluster.close()
    assert marker.exists(), "the worker was not killed: the test proves nothing"
    assert int(marker.read_text()) != os.getpid()
    assert sorted(store.doc_ids()) == sorted(report.added)
    assert len(report.added) == ARTICLES and not report.errors
    with store.index.searcher() as searcher:
        counted = {kind: searcher.doc_frequency("kind", kind) for kind in KINDS}
    store.close()
    assert counted == one_process["counts"]
    assert not list(tmp_path.glob("index/whoosh.*")), "a partition's folder was left behind"


@pytest.fixture(scope="module")
def small_corpus(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("small") / "corpus"
    out.mkdir()
    for path in sorted(corpus.glob("article-*.md"))[:20]:
        shutil.copy(path, out / path.name)
    return out


def test_the_pool_survives_a_killed_process(small_corpus, tmp_path):
    marker = tmp_path / "killed"
    store = _store(tmp_path, KillOnce("article-000013", marker), "pool")
    report = store.open([small_corpus], rebuild=True)
    assert marker.exists(), "the process was not killed: the test proves nothing"
    assert len(store.doc_ids()) == 20 and not report.errors
    store.close()


def test_an_article_that_always_kills_its_worker_is_reported_alone(small_corpus, tmp_path):
    store = _store(tmp_path, KillAlways("article-000017"), "pool")
    report = store.open([small_corpus], rebuild=True)
    ids = store.doc_ids()
    store.close()
    assert "article-000017" not in ids and len(ids) == 19
    assert [Path(e.path).name for e in report.errors] == ["article-000017.md"]
    assert "could not be indexed" in report.errors[0].reason
    entries = json.loads((tmp_path / "index/manifest.json").read_text())["files"]
    assert [e["id"] for e in entries.values()].count(None) == 1


def _cli(tmp_path: Path, corpus: Path, *argv: str, pre: str = "") -> subprocess.CompletedProcess:
    code = f"{pre}\nimport sys\nfrom tealeaves.cli import main\nsys.exit(main())"
    where = ["--index", str(tmp_path / "i"), "--library", str(tmp_path / "l"), "--no-bundled"]
    env = dict(os.environ, PYTHONPATH=SRC + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run(
        [sys.executable, "-c", code, *where, "--corpus", str(corpus), *argv],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip


def test_cluster_without_dask_says_how_to_install_it(small_corpus, tmp_path):
    hide = "import sys\nsys.modules['distributed'] = None  # as if it were not installed"
    done = _cli(tmp_path, small_corpus, "index", "--rebuild", "--cluster", "local:2", pre=hide)
    assert done.returncode == 2, done.stderr
    assert "pip install 'tealeaves[cluster]'" in done.stderr
    assert not (tmp_path / "i" / "whoosh").exists(), "nothing is built when it is refused"


def test_cluster_asks_for_rebuild_and_a_usable_address(small_corpus, tmp_path):
    done = _cli(tmp_path, small_corpus, "index", "--cluster", "local:2")
    assert done.returncode == 2 and "--rebuild" in done.stderr
    done = _cli(tmp_path, small_corpus, "index", "--rebuild", "--cluster", "local:0")
    assert done.returncode == 2 and "local:2" in done.stderr


def test_dask_is_not_imported_without_cluster(small_corpus, tmp_path):
    code = (
        "import sys\nfrom tealeaves.library import Library\n"
        f"Library.open(index_dir={str(tmp_path / 'i')!r}, library_dir={str(tmp_path)!r}, "
        f"corpus_dirs=[{str(small_corpus)!r}], bundled=False, rebuild=True).close()\n"
        "print(sorted(m for m in ('dask', 'distributed') if m in sys.modules))"
    )
    env = dict(os.environ, PYTHONPATH=SRC + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_adopted_and_merged_segments_hold_the_same_records(small_corpus, tmp_path):
    from whoosh import index as whoosh_index

    from tealeaves.search import whoosh_private
    from tealeaves.search.partitions import build_partition, split
    from tealeaves.search.schema import make_schema

    items = [(str(p), str(p)) for p in sorted(small_corpus.glob("*.md"))[:6]]
    tasks = split(items, 3, ExtractingRecords(load_registry(), load_topics()), str(tmp_path))

    def records(how: Callable[[str, list[str]], int]) -> tuple[int, list[tuple[str, str]]]:
        target = tmp_path / how.__name__
        target.mkdir()
        whoosh_index.create_in(str(target), make_schema()).close()
        segments = how(str(target), [build_partition(t).directory for t in tasks])
        with whoosh_index.open_dir(str(target)).searcher() as searcher:
            found = [(f["kind"], f["doc_id"]) for f in searcher.all_stored_fields()]
        return segments, found

    adopted, by_adoption = records(whoosh_private.adopt_segments)
    merged, by_merge = records(whoosh_private.merge_readers)
    assert (adopted, merged) == (2, 1)
    assert len({doc for _, doc in by_adoption}) == 6
    assert by_adoption == by_merge
    assert not list(tmp_path.glob("*.tmp")), "an attempt's folder was left unfinished"


def test_a_build_where_every_partition_fails_leaves_the_index_as_it_was(small_corpus, tmp_path):
    from whoosh import index as whoosh_index

    from tealeaves.library import ClusterError

    first = IndexStore(tmp_path / "index")
    assert len(first.open([small_corpus]).added) == 20  # the index as it was
    first.close()
    broken = ExtractingRecords(load_registry(), load_topics())
    broken.cannot_be_sent = lambda: None  # type: ignore[attr-defined]  # no task gets it
    with pytest.raises(ClusterError, match="every partition of the build failed"):
        _store(tmp_path, broken, "pool").open([small_corpus], rebuild=True)
    with whoosh_index.open_dir(str(tmp_path / "index/whoosh")).searcher() as searcher:
        assert searcher.doc_frequency("kind", "doc") == 20
