"""The search results a page at a time (docs/benchmarks.md, Round 15): a keystroke asks the
library for a screenful of hits; moving down near their end asks for more, the cursor
staying on its hit; the count of matches is the whole search's throughout."""

from __future__ import annotations

import dataclasses
import threading

import pytest
from textual.widgets import OptionList

from helpers import settle
from tealeaves.tui import panes
from tealeaves.tui.reader import ReaderScreen

#: "China" in the bundled articles: 73 records match, 72 are listed (an article's title
#: record is not listed beside its own passages), more than a first page and a second.
QUERY, TOTAL, LISTED = "China", 73, 72


@pytest.fixture
def asked(bundled_library, monkeypatch):
    """The limits the explorer asks the library's search for, in order."""
    limits: list[int] = []
    search = bundled_library.search

    def spy(query, **options):
        limits.append(options["limit"])
        return search(query, **options)

    monkeypatch.setattr(bundled_library, "search", spy)
    return limits


def status(app) -> str:
    return str(app.query_one("#search-status").render())


def highlighted_hit(app):
    results = app.query_one("#search-results", OptionList)
    return app._hits[results.highlighted_option.id]


async def test_first_screenful_then_more_as_the_cursor_goes_down(make_app, asked):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *QUERY)
        await settle(pilot)
        first = panes.SEARCH_FIRST
        assert set(asked) == {first}  # every keystroke: one screenful
        assert len(app._hits) == first
        assert status(app) == f"{TOTAL} matches, best {first} shown, more further down"
        results = app.query_one("#search-results", OptionList)
        await pilot.press("enter")  # into the results
        assert app.focused is results
        await pilot.press("end")  # the last hit shown: the next page
        before = highlighted_hit(app)
        await settle(pilot)
        second = first + panes.SEARCH_MORE
        assert asked[-1] == second and len(app._hits) == second
        assert status(app) == f"{TOTAL} matches, best {second} shown, more further down"
        after = highlighted_hit(app)
        assert (after.doc_id, after.kind, after.start) == (before.doc_id, before.kind, before.start)
        assert results.highlighted < results.option_count - panes.SEARCH_MARGIN  # more below
        await pilot.press("end")
        await settle(pilot)
        assert asked[-1] == second + panes.SEARCH_MORE
        assert len(app._hits) == LISTED  # all of them: no more to ask for
        assert status(app) == f"{TOTAL} matches, best {LISTED} shown"
        calls = len(asked)
        await pilot.press("end", "up", "down")
        await settle(pilot)
        assert len(asked) == calls
        hit = highlighted_hit(app)  # the last hit opens where it is, as any other
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.doc_id == hit.doc_id
        if hit.start >= 0:
            assert reader.current == (hit.start, hit.end)


async def test_scrolling_to_the_end_asks_for_more(make_app, asked):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *QUERY)
        await settle(pilot)
        assert len(app._hits) == panes.SEARCH_FIRST
        results = app.query_one("#search-results", OptionList)
        results.scroll_end(animate=False, immediate=True)
        await settle(pilot)
        assert len(app._hits) == panes.SEARCH_FIRST + panes.SEARCH_MORE
        assert results.highlighted is None  # the scroll moved, not the cursor


async def test_a_page_that_comes_after_a_newer_search_is_dropped(
    make_app, bundled_library, monkeypatch
):
    search = bundled_library.search
    release = threading.Event()

    def slow_pages(query, **options):
        if options["limit"] > panes.SEARCH_FIRST:  # the next page waits for the new search
            release.wait(timeout=30)
        return search(query, **options)

    monkeypatch.setattr(bundled_library, "search", slow_pages)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *QUERY)
        await settle(pilot)
        await pilot.press("enter", "end")  # the next page of "China" is on its way
        await pilot.press("slash", *"Zhao")  # a new search ("/" selects what was typed)
        release.set()
        await settle(pilot)
        assert app.query_text == "Zhao"
        assert len(app._hits) <= panes.SEARCH_FIRST
        assert "more further down" not in status(app)


async def test_few_hits_are_all_shown_at_once(make_app, asked):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"alliance")
        await settle(pilot)
        assert status(app) == "16 matches"  # as before: no "best … shown"
        await pilot.press("enter", "end")
        await settle(pilot)
        assert set(asked) == {panes.SEARCH_FIRST}  # nothing more to ask for


async def test_a_page_of_repeats_asks_for_the_next_at_once(make_app, bundled_library, monkeypatch):
    """An expert's records in many articles are listed once, so a page may bring fewer
    hits than asked though more match: until a screenful is shown, the next page comes
    without waiting for the cursor."""
    search = bundled_library.search
    limits: list[int] = []

    def half(query, **options):  # as if half of each page were repeats
        limits.append(options["limit"])
        result = search(query, **options)
        return dataclasses.replace(result, hits=result.hits[: options["limit"] // 2])

    monkeypatch.setattr(bundled_library, "search", half)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *QUERY)
        await settle(pilot)
        first, second = panes.SEARCH_FIRST, panes.SEARCH_FIRST + panes.SEARCH_MORE
        assert limits[-2:] == [first, second]  # the second without a key pressed
        assert len(app._hits) == second // 2
        assert status(app) == f"{TOTAL} matches, best {second // 2} shown, more further down"


async def test_all_records_seen_asks_for_no_more(make_app, asked):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        # 16 records, of which 14 are listed (a person once, not in each article): all
        # were seen, so no more are asked for.
        await pilot.press("slash", *"expert:feng")
        await settle(pilot)
        assert len(app._hits) == 14
        assert status(app) == "16 matches, best 14 shown"
        calls = len(asked)
        await pilot.press("enter", "end", "up", "end")
        await settle(pilot)
        assert len(asked) == calls
