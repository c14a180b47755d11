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


async def test_a_namesake_not_joined_is_said_in_the_profile_and_opens(tmp_path):
    from helpers import write_article

    corpus = tmp_path / "corpus"
    write_article(
        corpus, "a.md", "外交部长王毅表示：“中俄关系不针对第三方。”", title="甲", language="zh"
    )
    write_article(
        corpus, "b.md", "北京大学研究员王义表示：“合作仍有很大空间。”", title="乙", language="zh"
    )
    lib = Library.open(index_dir=tmp_path / "i", library_dir=tmp_path / "l", corpus_dirs=[corpus])
    app = TeaLeavesApp(lambda progress: lib, close_library=False)
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            app.push_screen(ProfileScreen(lib, "wang-yi"))
            await settle(pilot)
            head = str(app.screen.query_one("#profile-head").render())
            assert "Not joined: another Wang Yi (王义)" in head
            items = app.screen.query_one("#profile-items", OptionList)
            items.highlighted = items.get_option_index("namesake-0")
            await pilot.press("enter")
            await settle(pilot)
            other = app.screen
            assert isinstance(other, ProfileScreen) and other.person_id != "wang-yi"
            assert other.profile.person.native_name == "王义"
            head = str(other.query_one("#profile-head").render())
            assert "Not joined: another Wang Yi (王毅), id wang-yi." in head
    finally:
        lib.close()


async def test_a_name_read_from_cyrillic_opens_the_one_joined_profile(tmp_path):
    """Майкл Кофман in a Russian article and Michael Kofman in an English one: the experts
    list has one row, found by either spelling, and its profile holds both articles."""
    from helpers import write_article

    corpus = tmp_path / "corpus"
    write_article(
        corpus,
        "en.md",
        "Michael Kofman, a senior fellow at the Carnegie Endowment, said: “The front will not "
        "move before spring.”",
        title="Brussels",
        language="en",
    )
    write_article(
        corpus,
        "ru.md",
        "Военный аналитик Фонда Карнеги Майкл Кофман заявил: «Ни одна из сторон не готова к "
        "наступлению».",
        title="Брюссель",
        language="ru",
    )
    lib = Library.open(index_dir=tmp_path / "i", library_dir=tmp_path / "l", corpus_dirs=[corpus])
    app = TeaLeavesApp(lambda progress: lib, close_library=False)
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await pilot.press("2", *"Кофман")
            await settle(pilot)
            table = app.query_one("#expert-table", DataTable)
            names = [table.get_cell_at((n, 1)).plain for n in range(table.row_count)]
            assert names == ["Michael Kofman"]
            await pilot.press("enter")
            await settle(pilot)
            profile = app.screen
            assert isinstance(profile, ProfileScreen) and profile.person_id == "michael-kofman"
            assert {d.id for d in profile.profile.documents} == {"en", "ru"}
            assert {q.span.document for q in profile.profile.quotes} == {"en", "ru"}
    finally:
        lib.close()
