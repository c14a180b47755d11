"""A full build from PARALLEL_FROM articles on: the writer processes are given the loaded
articles and make their records themselves (``whoosh_private.ArticleWriter``). The library
it builds must be the one a build in one process builds: the same documents, people,
quotes, search hits, manifest and report, with an article over its time budget left out, an
extractor failure reported, a duplicate id and a malformed file reported; and a writer
process that fails must fail the build, not lose its articles."""

from __future__ import annotations

import multiprocessing
import os

import pytest

from helpers import write_article
from tealeaves.extract import budget
from tealeaves.extract import extract as real_extract
from tealeaves.library import Library
from tealeaves.search import build as build_module
from tealeaves.search import records as records_module
from tealeaves.search import update as update_module
from tealeaves.search import whoosh_private

pytestmark = pytest.mark.skipif(not whoosh_private.ENABLED, reason="another Whoosh release")


@pytest.fixture
def extracting(monkeypatch, tmp_path):
    """The extractor, watched: a file that lists the processes it ran in; "slow" is over its
    time budget at once; "broken" raises."""
    pids = tmp_path / "pids"

    def extract(doc, registry=None, topics=None):
        with pids.open("a") as f:
            f.write(f"{os.getpid()}\n")
        if doc.title == "slow":
            raise budget.OverBudget(0.05)
        if doc.title == "broken":
            raise ValueError("no sense in it")
        return real_extract(doc, registry, topics)

    monkeypatch.setattr(update_module, "extract", extract)
    return pids


def _corpus(folder):
    for n in range(14):
        write_article(
            folder, f"a{n:02d}.md",
            f"Zhao Huasheng (赵华胜), a professor, said “alliance number {n} matters”.\n\n"
            f"Anna Petrova argued that 'energy {n}' and 结伴不结盟 count.",
            title=f"Article {n}", authors="Anna Petrova",
        )  # fmt: skip
    write_article(folder, "b-slow.md", "Zhao Huasheng said “wordslow matters”.", title="slow")
    write_article(folder, "c-broken.md", "Zhao Huasheng said “wordbroken”.", title="broken")
    write_article(folder, "d-twin.md", "The same id again.", id="a03", title="Twin")
    (folder / "e-bad.md").write_bytes(b"---\ntitle: [unclosed\n---\n\nText.")
    return folder


def _open(tmp_path, name):
    return Library.open(
        index_dir=tmp_path / name, library_dir=tmp_path / f"{name}-lib",
        corpus_dirs=[tmp_path / "corpus"], bundled=False,
    )  # fmt: skip


QUERIES = ("alliance", "结盟", "author:petrova energy", "kind:quote", "allian*", "expert:zhao")


def _hit(hit):
    """A hit as compared: a person is listed once, at one of their records of equal score,
    which one depends on the order of the segments (as between any two parallel builds)."""
    if hit.kind == "person":
        return (hit.kind, hit.person, -1, round(hit.score, 6))
    return (hit.kind, hit.doc_id, hit.start, round(hit.score, 6))


def _seen(lib):
    report = lib.report
    return {
        "documents": sorted((d.id, d.title) for d in lib.documents()),
        "people": lib.people(),
        "quotes": sorted(lib.quotes(), key=lambda q: (q.span.document, q.span.start)),
        "added": sorted(report.added),
        "errors": sorted((os.path.basename(e.path), e.reason) for e in lib.errors),
        "hits": {q: sorted(_hit(h) for h in lib.search(q, limit=200).hits) for q in QUERIES},
    }


def test_the_processes_build_what_one_process_builds(tmp_path, monkeypatch, extracting):
    _corpus(tmp_path / "corpus")
    with _open(tmp_path, "serial") as lib:
        serial = _seen(lib)
    assert set(extracting.read_text().split()) == {str(os.getpid())}
    extracting.unlink()
    monkeypatch.setattr(update_module, "PARALLEL_FROM", 1)
    with _open(tmp_path, "parallel") as lib:
        assert lib.report.rebuilt
        parallel = _seen(lib)
    in_processes = set(extracting.read_text().split())  # extracted in the writer processes
    assert in_processes and str(os.getpid()) not in in_processes
    for key in serial:
        assert parallel[key] == serial[key], key
    assert any(reason.endswith("left out of the index") for _, reason in serial["errors"])
    assert any("its text is still searchable" in reason for _, reason in serial["errors"])
    assert any("same id" in reason for _, reason in serial["errors"])
    assert "a03" in serial["added"] and "broken" not in serial["added"]
    manifests = [
        build_module.IndexStore(tmp_path / name).indexed_files() for name in ("serial", "parallel")
    ]
    assert manifests[0] == manifests[1]
    assert manifests[1][str((tmp_path / "corpus" / "b-slow.md").resolve())] is None


def test_a_writer_process_that_fails_fails_the_build(tmp_path, monkeypatch):
    """Not an article's fault (the records cannot be made at all): the build raises what
    the process raised, as a build in one process does, and no index is swapped in
    half-made."""
    _corpus(tmp_path / "corpus")
    real = records_module.article_records

    def records(doc, extraction=None):
        if doc.title == "Article 7":
            raise KeyError("no such field")
        return real(doc, extraction)

    monkeypatch.setattr(update_module, "article_records", records)
    monkeypatch.setattr(update_module, "PARALLEL_FROM", 1)
    with pytest.raises(KeyError, match="no such field"):
        _open(tmp_path, "parallel")
    assert not (tmp_path / "parallel" / "whoosh").exists()


def test_a_build_stopped_half_way_stops_its_writer_processes(tmp_path, monkeypatch):
    """The main process stops reading (here its progress callback raises): the writer
    processes, which would wait for jobs that never come, are stopped with it."""
    _corpus(tmp_path / "corpus")
    monkeypatch.setattr(update_module, "PARALLEL_FROM", 1)

    class Stop(Exception):
        pass

    def progress(done, total, name):
        if done == 12:
            raise Stop

    with pytest.raises(Stop):
        Library.open(
            index_dir=tmp_path / "parallel", library_dir=tmp_path / "lib",
            corpus_dirs=[tmp_path / "corpus"], bundled=False, progress=progress,
        )  # fmt: skip
    assert multiprocessing.active_children() == []
    assert not (tmp_path / "parallel" / "whoosh").exists()
