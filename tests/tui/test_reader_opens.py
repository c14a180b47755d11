"""The reader opens on what was opened — a search hit, a quote in a profile or a comparison,
a stance's evidence, a glossary term — with that span on screen and marked from the first
frame, at 80x24 as at 120x40."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from helpers import settle
from tealeaves.tui.compare import CompareScreen
from tealeaves.tui.messages import OpenTerm
from tealeaves.tui.profile import ProfileScreen
from tealeaves.tui.reader import ReaderScreen
from tealeaves.tui.render import CURRENT

SIZES = [(80, 24), (120, 40)]


def screen_text(app) -> str:
    """Everything the terminal shows, as one line of words."""
    return " ".join(" ".join(s.text for s in app.screen._compositor.render_strips()).split())


async def assert_opened_on(pilot, span: tuple[int, int]) -> None:
    await settle(pilot)
    reader = pilot.app.screen
    assert isinstance(reader, ReaderScreen)
    assert reader.current == span
    # Marked in the paragraph as drawn (not only once n is pressed).
    para = reader.doc.paragraph_at(span[0])
    drawn = reader.paragraph_widget(para.index).content
    marked = [s for s in drawn.spans if str(s.style) == CURRENT]
    assert marked, "the span is not marked"
    # Its first words are on screen.
    words = " ".join(reader.doc.text[span[0] : span[1]].split()[:4])
    assert words in screen_text(pilot.app), words


async def open_first_hit(pilot, query: str) -> str:
    """Search for ``query``, open the first hit and check the reader opened on it; the
    reader's status lines."""
    app = pilot.app
    await pilot.press("slash", "ctrl+u", *query)
    await settle(pilot)
    await pilot.press("enter")
    hit = app._hits[app.query_one("#search-results", OptionList).highlighted_option.id]
    await pilot.press("enter")
    await assert_opened_on(pilot, (hit.start, hit.end))
    return str(app.screen.query_one("#reader-meta").render())


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_from_a_search_hit(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        assert "hit " in await open_first_hit(pilot, "alliance")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_from_every_quote_of_a_profile(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        profile = ProfileScreen(app.library, "zhao-huasheng")
        await app.push_screen(profile)
        await settle(pilot)
        items = profile.query_one("#profile-items", OptionList)
        for n, quote in enumerate(profile.profile.quotes):
            items.highlighted = items.get_option_index(f"quote-{n}")
            await pilot.press("enter")
            await assert_opened_on(pilot, (quote.span.start, quote.span.end))
            await pilot.press("escape")
            await settle(pilot)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_from_a_comparison_quote_and_a_stance(make_app, bundled_library, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = CompareScreen(app.library, ["yan-xuetong", "ding-xiaoxing"], "alliance")
        await app.push_screen(screen)
        await settle(pilot)
        column = screen.query_one("#col-1", OptionList)
        key, quote = next(iter((k, q) for k, q in screen._quotes.items() if k.startswith("q-1")))
        column.focus()
        column.highlighted = column.get_option_index(key)
        await pilot.press("enter")
        await assert_opened_on(pilot, (quote.span.start, quote.span.end))
        await pilot.press("escape")
        await settle(pilot)
        # The stance's evidence, as the matrix's enter shows it.
        (stance,) = bundled_library.stances(person="yan-xuetong", topic="alliance")
        first = screen.query_one("#col-0", OptionList)
        first.focus()
        first.highlighted = first.get_option_index("s-0-0")
        await pilot.press("enter")
        await assert_opened_on(pilot, (stance.span.start, stance.span.end))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_from_a_glossary_term(make_app, bundled_library, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        entry = max(bundled_library.glossary(), key=lambda e: e.occurrences[0].start)  # deep in
        app.post_message(OpenTerm(entry.term))  # what enter in the glossary and the palette do
        first = entry.occurrences[0]
        await assert_opened_on(pilot, (first.start, first.end))


async def test_the_footer_offers_next_hit_only_with_a_search(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        profile = ProfileScreen(app.library, "zhao-huasheng")
        await app.push_screen(profile)
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and not reader.query_text
        keys = {b.binding.action for b in reader.active_bindings.values()}
        assert "next_hit" not in keys and "previous_hit" not in keys
        assert "Next hit" not in screen_text(app)


async def test_a_reader_closed_before_it_scrolled_to_its_span_is_let_go(make_app):
    """Found by the monkey (seed 55): escape pressed while the reader still waits for its
    layout to bring the span into view; the waiting step then ran on a closed screen and
    crashed the explorer. Now it lets go."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"alliance")
        await settle(pilot)
        await pilot.press("enter", "enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.current is not None
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is not reader and not reader.is_attached
        reader._bring_into_view(reader.current)  # what a late step does
        reader._check_view(reader.current, reader, 0, 5)
        await settle(pilot)
        assert app.is_running


async def test_a_search_of_filters_only_says_it_has_no_words_to_mark(make_app):
    """ "topic:… kind:quote" opens the reader on a quote it matched: no highlights, and the
    reader says why rather than "no hits in this article"."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        meta = await open_first_hit(pilot, "topic:ukraine-war kind:quote")
        assert "no words to mark, only fields and filters" in meta
        assert "no hits in this article" not in meta
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert "hit " in await open_first_hit(pilot, "taiwan kind:quote")
