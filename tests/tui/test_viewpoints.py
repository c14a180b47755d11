"""Keyboard flows of the compare view, the stance matrix, notes, flags and citations."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Input

from helpers import settle
from tealeaves.library import Library
from tealeaves.tui import TeaLeavesApp
from tealeaves.tui.compare import CompareColumnList, CompareScreen
from tealeaves.tui.dialogs import ConfirmDialog, NoteDialog, StanceDialog
from tealeaves.tui.matrix import MatrixScreen
from tealeaves.tui.reader import ReaderScreen


@pytest.fixture
def own_library(bundled_library, tmp_path):
    """Opens the bundled index with an annotations folder of the test's own."""

    def open_() -> Library:
        return Library.open(index_dir=bundled_library.index_dir, library_dir=tmp_path / "lib")

    return open_


async def mark(pilot, name: str) -> None:
    await pilot.press("2")
    app = pilot.app
    app.query_one("#expert-filter", Input).value = name
    await settle(pilot)
    await pilot.press("down", "space")


async def open_matrix(pilot) -> DataTable:
    """Wait for the library, press 5, and return the matrix's table."""
    await settle(pilot)
    await pilot.press("5")
    await settle(pilot)
    assert isinstance(pilot.app.screen, MatrixScreen)
    return pilot.app.screen.query_one("#matrix-table", DataTable)


def column_ids(screen: CompareScreen) -> list[str]:
    return [c.id for c in screen.comparison.columns]


async def go_to_quote(pilot, column: CompareColumnList, quote_id: str) -> None:
    screen = pilot.app.screen
    key = next(k for k, q in screen._quotes.items() if q.id == quote_id)
    column.highlighted = column.get_option_index(key)
    await pilot.pause()


async def test_mark_experts_compare_open_a_quote_and_back(make_app, bundled_library):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await mark(pilot, "yan xuetong")
        await mark(pilot, "ding")
        assert app.marked["experts"] == ["yan-xuetong", "ding-xiaoxing"]
        table = app.query_one("#expert-table", DataTable)
        assert str(table.get_cell("ding-xiaoxing", "mark")) == "●"
        await pilot.press("c")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.topic is None
        assert column_ids(screen) == ["yan-xuetong", "ding-xiaoxing"]
        await pilot.press("t")  # from all topics to the first: the alliance
        await settle(pilot)
        assert screen.topic == "alliance" and screen.comparison.differs("alliance")
        await pilot.press("right")
        ding = app.focused
        assert isinstance(ding, CompareColumnList) and ding.id == "col-1"
        (stance,) = bundled_library.stances(person="ding-xiaoxing", topic="alliance")
        await go_to_quote(pilot, ding, stance.quote)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        quote = bundled_library.quote(stance.quote)
        assert reader.current == (quote.span.start, quote.span.end)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen and app.focused is ding


async def test_compare_the_marked_articles_and_filter_the_columns(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("space", "space")  # both articles, from the articles pane
        await pilot.press("c")
        await settle(pilot)
        screen = app.screen
        assert [c.kind for c in screen.comparison.columns] == ["article", "article"]
        await pilot.press("slash", *"hedging", "enter")
        await settle(pilot)
        assert screen.contains == "hedging"
        quotes = list(screen._quotes.values())
        assert quotes and all("hedging" in q.text + q.context for q in quotes)
        # Under each quote its speaker: the column's head already names the article.
        lines = [
            str(screen.query_one(f"#col-{key.split('-')[1]}").get_option(key).prompt)
            for key in screen._quotes
        ]
        assert any(line.endswith("\nWang Dong") for line in lines)
        assert not any(line.endswith("as Viewed from China") for line in lines)


async def test_compare_needs_two_marks(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await mark(pilot, "yan xuetong")
        await pilot.press("c")
        await settle(pilot)
        assert not isinstance(app.screen, CompareScreen)
        assert any("Mark two to four" in n.message for n in app._notifications)


async def test_matrix_cell_opens_its_evidence(make_app, bundled_library):
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        table = await open_matrix(pilot)
        matrix = app.screen
        assert table.row_count == len(bundled_library.matrix().rows)
        row = table.get_row_index("ding-xiaoxing")
        table.move_cursor(row=row, column=1)  # the alliance column
        assert str(table.get_cell_at((row, 1))).strip().startswith("against")
        await pilot.press("enter")
        await settle(pilot)
        evidence = app.screen
        assert isinstance(evidence, CompareScreen)
        assert (evidence.subjects, evidence.topic) == (["ding-xiaoxing"], "alliance")
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is matrix
        # A silent cell says so instead of opening an empty view.
        table.move_cursor(row=table.get_row_index("alexander-shlyundov"), column=1)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is matrix
        assert any("says nothing" in n.message for n in app._notifications)


async def test_matrix_sort_filter_and_hide_empty(make_app):
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        table = await open_matrix(pilot)
        everyone = table.row_count
        await pilot.press("z")
        assert table.row_count < everyone and len(table.columns) < 11  # silent rows/columns
        await pilot.press("z", "s")  # sort by how many stances
        first = table.coordinate_to_cell_key((0, 0)).row_key.value
        assert first == "zhao-huasheng"
        await pilot.press("slash", *"wang")
        await pilot.pause()
        names = [str(table.get_cell_at((r, 0))) for r in range(table.row_count)]
        assert names and all("Wang" in n for n in names)


async def test_set_a_stance_quit_relaunch_it_is_still_there(own_library):
    app = TeaLeavesApp(lambda progress: own_library())
    async with app.run_test(size=(160, 48)) as pilot:
        table = await open_matrix(pilot)
        table.move_cursor(row=table.get_row_index("zhou-bo"), column=1)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, StanceDialog)
        await pilot.press(*"wary")
        await pilot.press("enter")
        await settle(pilot)
    again = TeaLeavesApp(lambda progress: own_library())
    async with again.run_test(size=(160, 48)) as pilot:
        table = await open_matrix(pilot)
        cell = str(table.get_cell_at((table.get_row_index("zhou-bo"), 1)))
        assert cell.strip() == "wary"
        assert again.library.stances(person="zhou-bo", topic="alliance")[0].source == "user"
        table.move_cursor(row=table.get_row_index("zhou-bo"), column=1)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(again.screen, ConfirmDialog)
        await pilot.press("y")
        await settle(pilot)
        assert again.library.stances(person="zhou-bo", topic="alliance") == []


async def test_flag_note_and_cite_a_quote_from_a_profile(own_library):
    app = TeaLeavesApp(lambda progress: own_library())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2", *"zhao long", "enter")
        await settle(pilot)
        quote = app.screen.current_quote()
        assert quote is not None and quote.speaker == "zhao-long"
        await pilot.press("f")
        await settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, NoteDialog)
        await pilot.press(*"see Huang Jing", "enter")
        await settle(pilot)
        data = app.library.annotations()
        assert quote.id in data.flags and data.notes[quote.id].text == "see Huang Jing"
        await pilot.press("y")
        await settle(pilot)
        assert app.clipboard.startswith("“while China emphasises")
        assert "Zhao Long (赵隆)" in app.clipboard and "2023-05-30" in app.clipboard
        await pilot.press("Y")
        await settle(pilot)
        saved = app.library.config.data_dir() / "citations.md"
        assert saved.read_text("utf-8") == f"- {app.clipboard}\n"


async def test_reload_picks_up_an_article_added_elsewhere(own_library):
    """`tealeaves add` in another terminal, then ctrl+r (or coming back to the window)."""
    from helpers import REPO

    app = TeaLeavesApp(lambda progress: own_library())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        docs = app.query_one("#doc-list")
        assert docs.option_count == 2
        other = own_library()
        try:
            assert other.add([REPO / "tests" / "data" / "add" / "briefing.md"]).ok
        finally:
            other.close()
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert docs.option_count == 3
        # Counted from what the list shows: the other process had indexed it already.
        said = [n.message for n in app._notifications]
        assert "Articles reloaded: 1 new." in said
        assert any(p.id == "wang-wen" and "briefing" in p.documents for p in app.library.people())


async def test_add_a_file_from_the_command_palette(own_library):
    from textual.command import CommandList, CommandPalette

    from helpers import REPO

    path = REPO / "tests" / "data" / "add" / "note.txt"
    app = TeaLeavesApp(lambda progress: own_library())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        palette.query_one(Input).value = str(path)
        hits = palette.query_one(CommandList)
        for _ in range(100):  # the palette searches in the background: until its hits come,
            await pilot.pause(0.02)  # it shows what it offers before anything is typed
            first = str(hits.get_option_at_index(0).prompt) if hits.option_count else ""
            if first.startswith("Add to the library"):
                break
        assert "Add to the library" in str(hits.get_option_at_index(0).prompt)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert app.library.has_document("note")
        assert app.query_one("#doc-list").option_count == 3


async def test_t_in_a_comparison_reaches_every_topic(make_app, bundled_library):
    """Hyphenated ids (ukraine-war, strategic-value …) are topics like the others."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = CompareScreen(app.library, ["zhao-huasheng", "yan-xuetong"])
        await app.push_screen(screen)
        await settle(pilot)
        for topic in bundled_library.topic_set.topics:
            await pilot.press("t")
            await settle(pilot)
            assert screen.topic == topic.id
            assert [t.id for t in screen.comparison.topics] == [topic.id]
            assert topic.label in str(screen.query_one("#compare-head").render())
        assert not [n for n in app._notifications if "No topic" in n.message]


async def test_e_in_the_matrix_sets_a_stance_on_every_topic(own_library):
    app = TeaLeavesApp(lambda progress: own_library())
    async with app.run_test(size=(160, 48)) as pilot:
        table = await open_matrix(pilot)
        topics = app.library.topic_set.topics
        for n, topic in enumerate(topics, 1):
            table.move_cursor(row=table.get_row_index("zhou-bo"), column=n)
            await pilot.press("e")
            await pilot.pause()
            assert isinstance(app.screen, StanceDialog)
            app.screen.query_one("#position", Input).value = "wary"
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, MatrixScreen), topic.id
            (stance,) = app.library.stances(person="zhou-bo", topic=topic.id)
            assert stance.position == "wary" and stance.source == "user"


async def test_the_comparison_cursor_stays_on_the_quote_after_f_and_e(own_library):
    app = TeaLeavesApp(lambda progress: own_library())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = CompareScreen(app.library, ["yan-xuetong", "ding-xiaoxing"], "alliance")
        await app.push_screen(screen)
        await settle(pilot)
        await pilot.press("right")
        ding = app.focused
        quote = next(q for k, q in screen._quotes.items() if k.startswith("q-1"))
        await go_to_quote(pilot, ding, quote.id)
        await pilot.press("f")
        await settle(pilot)
        assert app.focused.id == "col-1" and screen.current_quote() == quote
        await pilot.press("f")  # a second f clears the flag: still on the quote
        await settle(pilot)
        assert screen.current_quote() == quote
        assert quote.id not in app.library.annotations().flags
        await pilot.press("e")
        await pilot.pause()
        await pilot.press(*"mine", "enter")
        await settle(pilot)
        assert app.focused.id == "col-1" and screen.current_quote() == quote
        assert not [n for n in app._notifications if "Move to a quote" in n.message]


def screen_text(app) -> str:
    return "\n".join(s.text for s in app.screen._compositor.render_strips())


async def test_d_in_the_matrix_asks_first_and_u_puts_it_back(own_library):
    app = TeaLeavesApp(lambda progress: own_library())
    async with app.run_test(size=(160, 48)) as pilot:
        table = await open_matrix(pilot)
        table.move_cursor(row=table.get_row_index("ding-xiaoxing"), column=1)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert "Ding Xiaoxing on “A formal alliance”" in app.screen.question
        await pilot.press("escape")  # no: nothing changes
        await settle(pilot)
        assert app.library.stances(person="ding-xiaoxing", topic="alliance")
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        assert app.library.stances(person="ding-xiaoxing", topic="alliance") == []
        said = [n.message for n in app._notifications]
        assert any("Removed: Ding Xiaoxing on “A formal alliance”" in m for m in said)
        assert not any("ding-xiaoxing" in m or "'alliance'" in m for m in said)
        await pilot.press("u")
        await settle(pilot)
        (back,) = app.library.stances(person="ding-xiaoxing", topic="alliance")
        assert back.source == "curated" and back.position == "against"
        assert any(
            "Put back: Ding Xiaoxing on “A formal alliance”" in n.message
            for n in app._notifications
        )


async def test_a_stance_that_cannot_be_saved_keeps_the_dialog_open(own_library):
    app = TeaLeavesApp(lambda progress: own_library())
    async with app.run_test(size=(120, 40)) as pilot:
        table = await open_matrix(pilot)
        table.move_cursor(row=table.get_row_index("zhou-bo"), column=1)
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#position", Input).value = "wary"
        dialog.query_one("#evidence", Input).value = "words nobody wrote"
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is dialog  # still open, with what was typed
        assert dialog.query_one("#evidence", Input).value == "words nobody wrote"
        error = dialog.query_one("#evidence-error")
        assert error.display and "word for word" in str(error.render())
        dialog.query_one("#evidence", Input).value = ""
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MatrixScreen)
        assert app.library.stances(person="zhou-bo", topic="alliance")[0].position == "wary"


async def test_the_matrix_at_80_columns(make_app):
    """The person column stays while the topics scroll; the footer keeps x, ? and q."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        table = await open_matrix(pilot)
        assert table.fixed_columns == 1
        footer = screen_text(app).splitlines()[-1]
        for key in ("x Export", "? Help", "q Quit"):
            assert key in footer, footer
        assert "▏^p" in footer and "Remove st▏" not in footer
        for _ in range(8):
            await pilot.press("right")
        await settle(pilot)
        assert table.scroll_x > 0
        assert "Ding Xiaoxing" in screen_text(app)  # the names are still there


async def test_the_matrix_status_names_its_sort_and_5_keeps_it(make_app):
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        table = await open_matrix(pilot)
        matrix = app.screen
        table.move_cursor(row=0, column=2)  # the war in Ukraine
        await pilot.press("s", "s", "s")  # name → stances → quotes → the column
        status = str(matrix.query_one("#matrix-status").render())
        assert "sorted by “The war in Ukraine and its cost to China”" in status
        await pilot.press("slash", *"wang", "enter")
        await pilot.press("5")
        await settle(pilot)
        assert app.screen is matrix and matrix.sort == "column"
        assert matrix.query_one("#matrix-filter", Input).value == "wang"
        await pilot.press("x")
        await settle(pilot)
        said = app._notifications
        assert any("every row (20 people), not only the 4 shown" in n.message for n in said)
        await pilot.press("slash", *"zzz")
        await pilot.pause()
        status = str(matrix.query_one("#matrix-status").render())
        assert table.row_count == 0 and "Nobody here matches “zzz”" in status


async def test_the_comparison_at_80_columns_scrolls_sideways_under_fixed_heads(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        subjects = ["yan-xuetong", "ding-xiaoxing", "zhao-huasheng"]
        screen = CompareScreen(app.library, subjects)  # every topic: long columns
        await app.push_screen(screen)
        await settle(pilot)
        columns = list(screen.query(CompareColumnList))
        assert all(c.size.width >= 34 for c in columns)  # readable, not squeezed to 24
        box = screen.query_one("#compare-columns")
        assert box.max_scroll_x > 0
        await pilot.press("right", "right")
        await settle(pilot)
        assert app.focused is columns[2] and box.scroll_x == box.max_scroll_x
        assert "Zhao Huasheng 赵华胜" in screen_text(app)
        for _ in range(30):
            await pilot.press("down")
        await settle(pilot)
        assert columns[2].scroll_y > 0  # the list scrolled, its head did not
        assert "Zhao Huasheng 赵华胜" in screen_text(app)
        footer = screen_text(app).splitlines()[-1]
        assert "? Help" in footer and "q Quit" in footer, footer


async def test_exports_never_overwrite_and_keep_the_topic(make_app, tmp_path):
    from tealeaves.tui.common import slug

    name = slug("compare", *["a-very-long-article-identifier-of-forty-chars"] * 2, "ukraine-war")
    assert len(name) <= 80 and name.endswith("-ukraine-war")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.library.config.library_dir = tmp_path
        screen = CompareScreen(app.library, ["yan-xuetong", "ding-xiaoxing"], "alliance")
        await app.push_screen(screen)
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        made = sorted(p.name for p in (tmp_path / "exports").iterdir())
        stem = "compare-yan-xuetong-ding-xiaoxing-alliance"
        assert made == sorted(f"{stem}{n}.{e}" for n in ("", "-2") for e in ("md", "json", "csv"))
        assert any("kept" in n.message for n in app._notifications)


async def test_profile_g_and_G_plurals_and_the_citation_message(own_library):
    app = TeaLeavesApp(lambda progress: own_library())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        from tealeaves.tui.profile import ProfileScreen

        profile = ProfileScreen(app.library, "zhao-long")
        await app.push_screen(profile)
        await settle(pilot)
        head = str(profile.query_one("#profile-head").render())
        assert "1 quote ·" in head and "1 quotes" not in head and "1 article" in head
        await pilot.press("y")  # on the first quote
        await settle(pilot)
        (said,) = [n for n in app._notifications if "clipboard" in n.title]
        assert said.title == "Citation sent to the terminal clipboard"
        assert "OSC 52" not in said.title and "Y adds it to citations.md" in said.message
        items = profile.query_one("#profile-items")
        await pilot.press("G")
        assert items.highlighted == items.option_count - 1
        await pilot.press("g")
        assert items.highlighted == 1  # the first that can be chosen, under its heading
