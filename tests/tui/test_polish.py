"""Issue 17's minor items in the explorer, each as a user met it."""

from __future__ import annotations

import io

from rich.console import Console
from textual.widgets import OptionList, Static

from helpers import settle


async def test_expert_hits_show_the_person_not_the_index_text(make_app):
    """ "Feng Zhongping | 冯仲平 | Feng deputy director of …" was shown as it is indexed."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"feng")
        await settle(pilot)
        results = app.screen.query_one("#search-results", OptionList)
        experts = [
            results.get_option_at_index(n).prompt
            for n in range(results.option_count)
            if (results.get_option_at_index(n).id or "") in app._hits
            and app._hits[results.get_option_at_index(n).id].kind == "person"
        ]
        assert experts
        shown = {str(prompt).split("\n")[0]: str(prompt) for prompt in experts}
        feng = shown["Feng Zhongping 冯仲平"]
        assert " | " not in feng
        assert feng.split("\n")[1].startswith("deputy director of the China Institutes")


def help_text(screen) -> str:
    """What the help screen shows, as a terminal would print it."""
    console = Console(width=100, file=io.StringIO(), record=True)
    for widget in screen.query(Static):
        console.print(widget.content)
    return console.export_text()


async def test_help_shows_the_screens_keys_first_and_no_internals(make_app):
    """Issue 17: help listed Options, DataTable, VerticalScroll, super+c and ^pgdn, and put
    the screen's own keys below those that work everywhere."""
    from tealeaves.tui.help import HelpScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"alliance", "enter")
        await settle(pilot)  # the results first (a worker), then open one
        await pilot.press("enter")
        await settle(pilot)
        app.notify("Something happened", timeout=30)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert not app._notifications  # they were drawn over the help box
        shown = help_text(app.screen)
        for internal in ("Options", "DataTable", "VerticalScroll", "super+c", "^pgdn", "Screen"):
            assert internal not in shown, internal
        assert shown.index("Next hit") < shown.index("Quit")  # the reader's keys first
        assert "allies, allied" not in shown


async def test_most_quoted_lists_only_the_quoted_and_totals_stay_on_the_panes(
    make_app, bundled_library
):
    """Issue 17: "Most quoted experts" listed people with 0 quotes, and every screen's
    title repeated the library's totals."""
    from textual.widgets import Header

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        top = app.screen.query_one("#top-experts", OptionList)
        quoted = {p.id: p.quote_count for p in bundled_library.people()}
        shown = [top.get_option_at_index(n).id for n in range(top.option_count)]
        assert shown and all(quoted[person] > 0 for person in shown)
        assert "articles ·" in app.screen.sub_title
        await pilot.press("enter")
        await settle(pilot)
        header = app.screen.query_one(Header)
        assert "articles ·" not in header.screen_sub_title


async def test_a_filter_that_matches_nobody_says_so(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("2", *"qqqq")
        await settle(pilot)
        status = str(app.screen.query_one("#expert-status").render())
        assert "Nobody matches “qqqq”" in status


async def test_reader_and_profile_footers_keep_back_help_and_quit_at_80_columns(make_app):
    """At 80 columns the reader's and the profile's footers were cut before "q Quit"."""
    from textual.widgets import Footer
    from textual.widgets._footer import FooterKey

    from tealeaves.tui.profile import ProfileScreen
    from tealeaves.tui.reader import ReaderScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"alliance", "enter")
        await settle(pilot)  # the results first (a worker), then open one
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        for screen_keys in ("m", "enter"):
            await pilot.press(screen_keys)
            await settle(pilot)
            footer = app.screen.query_one(Footer)
            palette = footer.query_one(".-command-palette", FooterKey)
            shown = [  # drawn whole, left of the palette's key on the right
                key.key
                for key in footer.query(FooterKey)
                if key is not palette and key.region.right <= palette.region.x
            ]
            assert {"escape", "question_mark", "q"} <= set(shown), shown
        assert isinstance(app.screen, ProfileScreen)


async def test_a_phrase_search_highlights_the_phrase_in_the_reader(make_app):
    """Issue 17: a phrase search highlighted (and stepped through) every word of it."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *'"strategic partnership"', "enter")
        await settle(pilot)  # the search runs in a worker: its results first, then open one
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        found = [reader.doc.text[start:end].casefold() for start, end in reader.hits]
        assert found and set(found) == {"strategic partnership"}


async def test_the_experts_pane_footer_keeps_mark_compare_back_and_quit_at_80(make_app):
    """At 80 columns the experts pane's footer was cut in the middle of "space Mark"."""
    from textual.widgets import Footer
    from textual.widgets._footer import FooterKey

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("3", "2", "down")  # a pane before: escape goes back to it
        await settle(pilot)
        footer = app.screen.query_one(Footer)
        palette = footer.query_one(".-command-palette", FooterKey)
        shown = [
            key.key
            for key in footer.query(FooterKey)
            if key is not palette and key.region.right <= palette.region.x
        ]
        assert {"space", "c", "escape", "question_mark", "q"} <= set(shown), shown
