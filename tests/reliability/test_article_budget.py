"""An article that cannot be read within its time budget is reported and left out of the
index, and never blocks a later start (issue "Hardening", finding 1). The red-team article
held `tealeaves add` for minutes and, with the manifest left "updating", every later
command read it again.

No test here measures time: the clock is a counter the test advances, or the budget is so
small that any work passes it."""

from __future__ import annotations

import os
import threading

import pytest

from helpers import write_article
from tealeaves import extract as extract_module
from tealeaves.extract import budget
from tealeaves.extract import extract as real_extract
from tealeaves.library import Library
from tealeaves.model import Block, Document
from tealeaves.search import build as build_module
from tealeaves.search import update as update_module


class Clock:
    """A processor-time clock that moves one second each time it is read."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 1.0
        return self.now


def _doc(paragraphs: int) -> Document:
    blocks = [Block("body", f"Paragraph {n} on the alliance.") for n in range(paragraphs)]
    return Document.build(id="t", title="T", blocks=blocks)


def test_outside_a_deadline_check_never_stops_anything():
    budget.check()
    assert real_extract(_doc(3)).document == "t"


def test_extraction_past_its_deadline_raises():
    with budget.deadline(0.0), pytest.raises(budget.OverBudget, match="budget of 0 s"):
        real_extract(_doc(3))


def test_a_stage_is_stopped_between_two_paragraphs(monkeypatch):
    """The check runs before each paragraph a stage reads, not only between stages: a
    stage that would read 1,000 paragraphs is stopped after a handful."""
    read: list[int] = []

    def slow_people(doc, registry=None):
        for para in doc.paragraphs:
            read.append(para.index)  # a second of work per paragraph, on the test's clock
        raise AssertionError("read every paragraph")

    monkeypatch.setattr(extract_module, "find_people", slow_people)
    monkeypatch.setattr(budget.time, "thread_time", Clock())
    with budget.deadline(5), pytest.raises(budget.OverBudget):
        real_extract(_doc(1000))
    assert 0 < len(read) <= 5


def test_a_deadline_inside_another_keeps_the_sooner(monkeypatch):
    monkeypatch.setattr(budget.time, "thread_time", lambda: 100.0)
    with budget.deadline(1):
        with budget.deadline(50):
            assert budget._DEADLINE.get() == (101.0, 1)
        with budget.deadline(0.5):
            assert budget._DEADLINE.get() == (100.5, 0.5)
    assert budget._DEADLINE.get() is None


def test_a_deadline_belongs_to_its_thread():
    """The explorer opens the library in a worker thread: another thread's deadline (or
    none) is not this one's."""
    seen: list[object] = []
    with budget.deadline(0.0):
        other = threading.Thread(target=lambda: seen.append(budget._DEADLINE.get()))
        other.start()
        other.join()
        with pytest.raises(budget.OverBudget):
            budget.check()
    assert seen == [None]


# -- the index ------------------------------------------------------------------------------


@pytest.fixture
def slow(monkeypatch):
    """Extraction of an article titled "slow" never ends by itself (it checks its budget like
    the real extractor); the others are read as usual. Returns the ids it was asked for."""
    asked: list[str] = []

    def extract(doc, registry=None, topics=None):
        asked.append(doc.id)
        while doc.title == "slow":
            budget.check()
        return real_extract(doc, registry, topics)

    monkeypatch.setattr(update_module, "extract", extract)
    monkeypatch.setattr(update_module, "ARTICLE_SECONDS", 0.05)
    return asked


def _corpus(folder):
    for name in ("one", "two", "slow", "three"):
        write_article(folder, f"{name}.md", f"Zhao Huasheng said “word{name} matters”.", title=name)
    return folder


def _open(tmp_path, **kw) -> Library:
    return Library.open(
        index_dir=tmp_path / "index", library_dir=tmp_path / "lib",
        corpus_dirs=[tmp_path / "corpus"], bundled=False, **kw,
    )  # fmt: skip


def _skipped(lib: Library) -> list[str]:
    return [os.path.basename(e.path) for e in lib.errors if "budget" in e.reason]


def test_an_article_over_budget_is_reported_skipped_and_not_read_again(tmp_path, slow):
    _corpus(tmp_path / "corpus")
    with _open(tmp_path) as lib:
        assert sorted(d.id for d in lib.documents()) == ["one", "three", "two"]
        assert _skipped(lib) == ["slow.md"]
        assert "left out of the index" in lib.errors[0].reason
        assert {h.doc_id for h in lib.search("wordthree").hits} == {"three"}
    assert sorted(slow) == ["one", "slow", "three", "two"]
    manifest = build_module.IndexStore(tmp_path / "index").indexed_files()
    assert sum(1 for key, doc_id in manifest.items() if key.endswith("slow.md")) == 1
    assert manifest[str((tmp_path / "corpus" / "slow.md").resolve())] is None
    slow.clear()
    with _open(tmp_path) as lib:  # the next start: reported again, not read again
        assert not lib.report.rebuilt and slow == []
        assert _skipped(lib) == ["slow.md"]
    write_article(tmp_path / "corpus", "slow.md", "Now it is short.", title="slow")
    with _open(tmp_path) as lib:  # the file changed: read again (and still too slow)
        assert slow == ["slow"] and _skipped(lib) == ["slow.md"]


def test_an_article_that_turns_slow_on_an_update_is_removed_and_reported(tmp_path, slow):
    corpus = tmp_path / "corpus"
    write_article(corpus, "one.md", "Zhao Huasheng said “wordone matters”.", title="one")
    write_article(corpus, "two.md", "Zhao Huasheng said “wordtwo matters”.", title="fast")
    with _open(tmp_path) as lib:
        assert sorted(d.id for d in lib.documents()) == ["one", "two"]
    write_article(corpus, "two.md", "Now it is slow.", title="slow")
    write_article(corpus, "new.md", "Zhao Huasheng said “wordnew matters”.", title="new")
    with _open(tmp_path) as lib:
        assert not lib.report.rebuilt
        assert lib.report.removed == ["two"] and lib.report.added == ["new"]
        assert sorted(d.id for d in lib.documents()) == ["new", "one"]
        assert _skipped(lib) == ["two.md"]


def test_an_in_memory_index_leaves_it_out_too(tmp_path, slow, monkeypatch):
    _corpus(tmp_path / "corpus")
    monkeypatch.setattr(os, "access", lambda path, mode: False)  # the index folder: read-only
    with _open(tmp_path) as lib:
        assert lib.report.read_only
        assert sorted(d.id for d in lib.documents()) == ["one", "three", "two"]
        assert _skipped(lib) == ["slow.md"]


def test_an_add_over_budget_says_so_instead_of_added(tmp_path, slow):
    """`tealeaves add` of such an article: the copy stays (a later release may read it),
    but it is reported as not searchable, not as added, and the others are added."""
    downloads = tmp_path / "downloads"
    write_article(downloads, "fine.md", "Zhao Huasheng said “wordfine matters”.", title="fine")
    write_article(downloads, "slow.md", "Zhao Huasheng said “wordslow matters”.", title="slow")
    with _open(tmp_path) as lib:
        report = lib.add([downloads / "fine.md", downloads / "slow.md"])
        assert [a.doc_id for a in report.added] == ["fine"]
        (error,) = report.errors
        assert error.path.endswith("slow.md") and "left out of the index" in error.reason
        assert "copied into the library" in error.reason
        assert [d.id for d in lib.documents()] == ["fine"]
