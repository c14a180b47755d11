"""Escape walks back through where the user has been: panes, readers, profiles, the matrix
(issue 17, Major 3), and the footer of an input box offers only keys that work in it."""

from __future__ import annotations

from textual.widgets import Footer, Input
from textual.widgets._footer import FooterKey

from helpers import settle
from tealeaves.tui.home import HomeScreen
from tealeaves.tui.matrix import MatrixScreen
from tealeaves.tui.profile import ProfileScreen
from tealeaves.tui.reader import ReaderScreen


def footer_keys(app) -> list[str]:
    """The keys the footer of the screen on top shows, as bound (``escape``, ``q`` …)."""
    footer = app.screen.query_one(Footer)
    return [key.key for key in footer.query(FooterKey)]


async def test_switching_panes_is_part_of_the_history(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        tabs = app.screen.query_one("#tabs")
        await pilot.press("3")
        await pilot.press("2", *"yan", "escape")  # out of the filter, onto its list
        assert tabs.active == "experts"
        await pilot.press("escape")
        assert tabs.active == "glossary"
        await pilot.press("escape")
        assert tabs.active == "documents"
        assert app.focused is app.screen.query_one("#doc-list")


async def test_search_from_the_reader_then_escape_returns_to_the_reader(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"alliance", "enter")
        await settle(pilot)  # the results first (a worker), then open one
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        doc_id, current = reader.doc_id, reader.current
        await pilot.press("slash")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert app.focused is app.screen.query_one("#search-input")
        await pilot.press("escape")  # out of the box
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("escape")  # back where the search was started
        await settle(pilot)
        back = app.screen
        assert isinstance(back, ReaderScreen)
        assert (back.doc_id, back.current) == (doc_id, current)
        await pilot.press("escape")  # and on back through what came before it
        assert isinstance(app.screen, HomeScreen)
        assert app.screen.query_one("#tabs").active == "search"


async def test_search_from_a_profile_returns_to_it_and_the_matrix_too(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("2", *"feng yujun", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ProfileScreen)
        await pilot.press("5")
        await settle(pilot)
        assert isinstance(app.screen, MatrixScreen)
        await pilot.press("escape")  # the matrix opened over the profile: back to it
        assert isinstance(app.screen, ProfileScreen)
        await pilot.press("slash", *"zhao", "escape", "escape")
        await settle(pilot)
        assert isinstance(app.screen, ProfileScreen)
        assert app.screen.person_id == "feng-yujun"


async def test_escape_on_the_first_pane_with_no_history_stays(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)
        assert "escape" not in footer_keys(app)  # nowhere to go back to: not offered


async def test_in_an_input_the_footer_shows_only_keys_that_work_there(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "q" in footer_keys(app)
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.focused, Input)
        keys = footer_keys(app)
        assert "escape" in keys
        printable = [k for k in keys if len(k) == 1 or k in ("slash", "question_mark", "f1")]
        assert printable == []
        await pilot.press("escape")
        await pilot.pause()
        assert "q" in footer_keys(app)
        await pilot.press("5", "slash")  # the matrix's filter box alike
        await settle(pilot)
        assert isinstance(app.focused, Input)
        assert [k for k in footer_keys(app) if len(k) == 1] == []


async def test_ctrl_c_says_how_to_quit_in_words_not_markup(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+c")
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert "Press q to quit." in said
        assert not any("[b]" in message for message in said)
