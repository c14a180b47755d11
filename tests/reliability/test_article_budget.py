"""An article that cannot be read within its time budget is reported and left out of the
index, and never blocks a later start (issue "Hardening", finding 1). The red-team article
held `tealeaves add` for minutes and, with the manifest left "updating", every later
command read it again.

No test here measures time: the clock is a counter the test advances, or the budget is so
small that any work passes it."""

from __future__ import annotations

import threading

import pytest

from tealeaves import extract as extract_module
from tealeaves.extract import budget
from tealeaves.extract import extract as real_extract
from tealeaves.model import Block, Document


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
