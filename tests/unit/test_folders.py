"""Folders given with --corpus are remembered in the library (issue 20, item 4): a later
open without --corpus keeps their articles and only looks for changed files."""

from __future__ import annotations

import json
import shutil

import pytest

from helpers import write_article
from tealeaves.library import Library, NotFound
from tealeaves.library.folders import FOLDERS_FILE
from tealeaves.search import update as update_module


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    write_article(folder, "one.md", "The first article speaks of sanctions.", title="One")
    write_article(folder, "two.md", "The second article speaks of energy.", title="Two")
    return folder


@pytest.fixture
def count_loads(monkeypatch):
    calls = []
    real = update_module.load_article

    def counting(path, **kw):
        calls.append(path.name)
        return real(path, **kw)

    monkeypatch.setattr(update_module, "load_article", counting)
    return calls


def open_lib(tmp_path, *corpus, **kw):
    return Library.open(
        index_dir=tmp_path / "index", corpus_dirs=corpus, bundled=False,
        library_dir=tmp_path / "lib", **kw,
    )  # fmt: skip


def ids(lib):
    return sorted(d.id for d in lib.documents())


def test_remembered_across_opens_and_nothing_is_indexed_again(tmp_path, corpus, count_loads):
    with open_lib(tmp_path, corpus) as lib:
        assert ids(lib) == ["one", "two"]
        assert [(f.path, f.exists, f.articles) for f in lib.folders()] == [
            (str(corpus.resolve()), True, 2)
        ]
    saved = json.loads((tmp_path / "lib" / FOLDERS_FILE).read_text(encoding="utf-8"))
    assert saved["folders"] == [str(corpus.resolve())]
    count_loads.clear()
    with open_lib(tmp_path) as lib:  # no --corpus
        report = lib.report
        assert (report.added, report.updated, report.removed) == ([], [], [])
        assert not report.rebuilt and count_loads == []
        assert ids(lib) == ["one", "two"]
        assert lib.search("sanctions").hits[0].doc_id == "one"
        assert [f.path for f in lib.folders()] == [str(corpus.resolve())]
    write_article(corpus, "three.md", "A third article about Taiwan.", title="Three")
    with open_lib(tmp_path) as lib:  # only what changed is read
        assert lib.report.added == ["three"] and not lib.report.rebuilt
        assert count_loads == ["three.md"]


def test_remember_false_keeps_the_old_behaviour(tmp_path, corpus):
    open_lib(tmp_path, corpus, remember=False).close()
    assert not (tmp_path / "lib" / FOLDERS_FILE).exists()
    with open_lib(tmp_path) as lib:
        assert ids(lib) == [] and sorted(lib.report.removed) == ["one", "two"]


def test_forgetting_a_folder_takes_its_articles_out(tmp_path, corpus):
    other = tmp_path / "other"
    write_article(other, "three.md", "A third article about Taiwan.", title="Three")
    open_lib(tmp_path, corpus, other).close()
    with open_lib(tmp_path) as lib:
        assert ids(lib) == ["one", "three", "two"]
        with pytest.raises(NotFound, match="not a remembered folder"):
            lib.forget_folder(tmp_path / "elsewhere")
        gone = lib.forget_folder(corpus)
        assert (gone.path, gone.articles) == (str(corpus.resolve()), 2)
        assert sorted(lib.report.removed) == ["one", "two"]
        assert ids(lib) == ["three"] and lib.search("sanctions").hits == ()
        assert [f.path for f in lib.folders()] == [str(other.resolve())]
    with open_lib(tmp_path) as lib:
        assert ids(lib) == ["three"] and not lib.report.changed
    assert (corpus / "one.md").exists()  # the files are untouched


def test_a_vanished_folder_is_reported_and_its_articles_kept(tmp_path, corpus, count_loads):
    open_lib(tmp_path, corpus).close()
    moved = tmp_path / "moved"
    shutil.move(corpus, moved)
    count_loads.clear()
    with open_lib(tmp_path) as lib:
        assert not lib.report.changed and count_loads == []
        assert ids(lib) == ["one", "two"]
        assert lib.search("sanctions").hits
        [notice] = [n for n in lib.notices if "remembered folder" in n]
        assert str(corpus.resolve()) in notice and "its 2 articles stay in the index" in notice
        assert "tealeaves folders rm" in notice and "\n" not in notice
        assert [(f.exists, f.articles) for f in lib.folders()] == [(False, 2)]
        lib.forget_folder(str(corpus))
        assert ids(lib) == [] and not any("remembered folder" in n for n in lib.notices)
    shutil.move(moved, corpus)  # back, but forgotten: not indexed without --corpus
    with open_lib(tmp_path) as lib:
        assert ids(lib) == []


def test_a_damaged_list_is_reported_and_never_overwritten(tmp_path, corpus):
    path = tmp_path / "lib" / FOLDERS_FILE
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    with open_lib(tmp_path, corpus) as lib:
        assert ids(lib) == ["one", "two"]  # the folder given is still used
        assert any(FOLDERS_FILE in n and "could not be read" in n for n in lib.notices)
    assert path.read_text(encoding="utf-8") == "{not json"
