"""A library of 5,000 small articles opens with its lists usable before they are read in full
(issue 20, item 1): the panes show their totals and a first page at once, fill as the user
moves down, and no list is read whole from the index's records.

The library is built once per session (about a minute on two cores, most of it extraction)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Label, OptionList

from helpers import settle
from tealeaves.library import Library
from tealeaves.tui import TeaLeavesApp
from tealeaves.tui.profile import ProfileScreen

ARTICLES = 5000
SURNAMES = [
    ("赵", "Zhao"), ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"),
    ("杨", "Yang"), ("黄", "Huang"), ("周", "Zhou"), ("吴", "Wu"), ("徐", "Xu"), ("孙", "Sun"),
    ("胡", "Hu"), ("朱", "Zhu"), ("高", "Gao"), ("林", "Lin"), ("何", "He"), ("郭", "Guo"),
    ("马", "Ma"), ("罗", "Luo"),
]  # fmt: skip
GIVEN = [
    ("明", "ming"), ("华", "hua"), ("伟", "wei"), ("强", "qiang"), ("军", "jun"), ("平", "ping"),
    ("国", "guo"), ("建", "jian"), ("东", "dong"), ("海", "hai"), ("峰", "feng"), ("涛", "tao"),
    ("文", "wen"), ("杰", "jie"), ("志", "zhi"), ("宏", "hong"), ("勇", "yong"), ("刚", "gang"),
    ("鹏", "peng"), ("辉", "hui"),
]  # fmt: skip


def person(n: int) -> tuple[str, str]:
    """The n-th expert's name in pinyin and in characters (8,000 different ones)."""
    surname, first, second = SURNAMES[n % 20], GIVEN[n // 20 % 20], GIVEN[n // 400 % 20]
    return f"{surname[1]} {(first[1] + second[1]).capitalize()}", surname[0] + first[0] + second[0]


def write_corpus(folder: Path, count: int) -> None:
    """``count`` one-paragraph articles, each quoting another expert."""
    folder.mkdir(parents=True)
    for n in range(count):
        name, native = person(n)
        (folder / f"note-{n:05d}.md").write_text(
            f'---\ntitle: "Note {n:05d}"\ndate: 20{10 + n % 15}-01-{1 + n % 28:02d}\n---\n\n'
            f"{name} ({native}), a professor at Fudan University, argues that "
            f"“the alliance of case {n} matters”.\n",
            encoding="utf-8",
        )


@pytest.fixture(scope="session")
def large_library(tmp_path_factory) -> dict[str, object]:
    """5,000 small articles, indexed once (the lists' table is made with the build)."""
    base = tmp_path_factory.mktemp("large")
    write_corpus(base / "corpus", ARTICLES)
    where = {
        "index_dir": base / "index",
        "library_dir": base / "library",
        "corpus_dirs": [base / "corpus"],
        "bundled": False,
    }
    Library.open(**where).close()
    return where


class ReadsWhole:
    """Counts the reads of a whole list from the index's records."""

    def __init__(self, library: Library) -> None:
        self.calls: list[str] = []
        catalog = library.catalog
        for name in ("documents", "terms"):
            setattr(catalog, name, self._spy(name, getattr(catalog, name)))
        records = catalog.person_records

        def person_records(person: str | None = None) -> dict:
            if person is None:
                self.calls.append("person_records")
            return records(person)

        catalog.person_records = person_records

    def _spy(self, name: str, read):
        def spy(*args, **kwargs):
            self.calls.append(name)
            return read(*args, **kwargs)

        return spy


async def test_a_large_library_opens_with_its_lists_usable_before_they_are_read(large_library):
    opened: dict[str, object] = {}

    def opener(progress) -> Library:
        library = Library.open(progress=progress, **large_library)
        opened["spy"] = ReadsWhole(library)
        return library

    app = TeaLeavesApp(opener)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        spy = opened["spy"]
        assert spy.calls == []  # open, and no list was read whole from the records
        docs = app.query_one("#doc-list", OptionList)
        title = str(app.query_one("#doc-title", Label).render())
        assert title == f"Articles ({ARTICLES:,})"
        assert 0 < docs.option_count < ARTICLES and docs.highlighted == 0
        newest = min(n for n in range(ARTICLES) if n % 15 == 14 and n % 28 == 27)  # 2024-01-28
        assert docs.get_option_at_index(0).id == f"note-{newest:05d}"  # newest, then by title
        shown = docs.option_count
        await pilot.press("end")  # the last one read: the next page comes
        await settle(pilot)
        assert shown < docs.option_count < ARTICLES

        await pilot.press("2")
        await settle(pilot)
        experts = app.query_one("#expert-table", DataTable)
        status = str(app.query_one("#expert-status", Label).render())
        total = app.library.counts().experts
        assert total > 4000 and status.startswith(f"{total:,} experts")
        assert 0 < experts.row_count < total
        rows = experts.row_count
        await pilot.press("down", "ctrl+end")  # the last row read: the next page comes
        await settle(pilot)
        assert rows < experts.row_count < total

        _, native = person(4321)  # deep in the list, found by its characters
        app.query_one("#expert-filter", Input).value = native
        await settle(pilot)
        assert experts.row_count == 1
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ProfileScreen)
        assert spy.calls == []  # nor while paging, filtering or opening a profile
