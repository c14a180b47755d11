"""The explorer over articles in three languages: one profile joined across scripts, found by
any of its forms, with each article's language marked."""

from __future__ import annotations

import shutil

import pytest
from textual.widgets import DataTable, OptionList

from helpers import REPO, settle
from tealeaves.library import Library
from tealeaves.tui import TeaLeavesApp
from tealeaves.tui.profile import ProfileScreen

FIXTURES = REPO / "tests" / "data" / "languages"


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    base = tmp_path_factory.mktemp("langs-tui")
    corpus = base / "corpus"
    shutil.copytree(FIXTURES, corpus)
    lib = Library.open(index_dir=base / "index", library_dir=base / "lib", corpus_dirs=[corpus])
    yield lib
    lib.close()


@pytest.mark.parametrize("typed", ["Чжао", "赵华胜", "zhao hua"])
async def test_one_profile_found_by_any_script(library, typed):
    app = TeaLeavesApp(lambda progress: library, close_library=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2", *typed)
        await settle(pilot)
        table = app.query_one("#expert-table", DataTable)
        names = [table.get_cell_at((n, 1)).plain for n in range(table.row_count)]
        assert names == ["Zhao Huasheng"]
        await pilot.press("enter")
        await settle(pilot)
        profile = app.screen
        assert isinstance(profile, ProfileScreen) and profile.person_id == "zhao-huasheng"
        docs = {d.id for d in profile.profile.documents}
        assert {"zh-fudan-roundtable", "ru-valdai-notes"} <= docs
        assert "china-russia-relations-as-viewed-from-china" in docs
        items = profile.query_one("#profile-items", OptionList)
        shown = "\n".join(
            str(items.get_option_at_index(n).prompt) for n in range(items.option_count)
        )
        assert "· Chinese" in shown and "reported: " in shown
