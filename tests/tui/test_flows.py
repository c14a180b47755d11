"""Keyboard flows through the explorer, driven by Textual's Pilot."""

from __future__ import annotations

import io
import subprocess
import sys

from rich.console import Console
from rich.text import Text
from textual.widgets import DataTable, OptionList, Static

from helpers import settle, write_article
from tealeaves import cli
from tealeaves.library import Library
from tealeaves.tui import TeaLeavesApp
from tealeaves.tui.help import HelpScreen
from tealeaves.tui.profile import ProfileScreen
from tealeaves.tui.reader import ReaderScreen


def plain(*widgets) -> str:
    """The text that Static widgets show, rendered as a terminal would print it."""
    console = Console(width=160, file=io.StringIO(), record=True)
    for widget in widgets:
        console.print(widget.content)
    return console.export_text()


def visible(screen: ReaderScreen, offset: int) -> bool:
    """Whether the paragraph holding ``offset`` is inside the reader's viewport."""
    para = screen.doc.paragraph_at(offset)
    widget = screen.paragraph_widget(para.index)
    body = screen.query_one("#reader-body")
    top = body.scroll_offset.y
    region = widget.virtual_region
    return region.y < top + body.size.height and region.y + region.height > top


async def test_opens_onto_articles_and_experts(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        docs = app.query_one("#doc-list", OptionList)
        experts = app.query_one("#top-experts", OptionList)
        assert docs.option_count == 2 and experts.option_count == 16  # the 16 quoted
        assert experts.get_option_at_index(0).id == "zhao-huasheng"  # the most quoted first
        assert not app.query_one("#loading").display
        assert app.focused is docs


async def test_search_open_quote_next_hit_and_back(make_app, bundled_library):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"alliance")
        await settle(pilot)
        results = app.query_one("#search-results", OptionList)
        assert results.option_count > 0
        await pilot.press("enter")  # from the box to the first result
        assert app.focused is results
        first = results.highlighted_option
        hit = app._hits[first.id]
        assert hit.kind == "quote"  # quotes are listed before passages
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.doc_id == hit.doc_id
        assert reader.current == (hit.start, hit.end)
        assert visible(reader, hit.start)
        text = reader.doc.text
        assert "alliance" in text[hit.start : hit.end].lower()
        before = reader.hit_index
        await pilot.press("n")
        assert reader.hit_index == (before + 1) % len(reader.hits)
        start, end = reader.hits[reader.hit_index]
        assert text[start:end].lower().startswith("allian")
        assert visible(reader, start)
        await pilot.press("N")
        assert reader.hit_index == before
        await pilot.press("escape")
        assert not isinstance(app.screen, ReaderScreen)
        assert app.focused is results and results.highlighted_option.id == first.id


async def test_stale_results_never_replace_newer_ones(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        newer = app.library.search("Zhao", limit=60, per_document=0)
        older = app.library.search("alliance", limit=60, per_document=0)
        app._search_seq = 2
        app._show_results(newer, 2)
        app._show_results(older, 1)  # arrives late: ignored
        assert app.query_text == "Zhao"


async def test_unparsable_query_shows_the_fallback_notice(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *'"alliance AND (')
        await settle(pilot)
        status = str(app.query_one("#search-status").render())
        assert "plain words" in status
        assert app.query_one("#search-results", OptionList).option_count > 0


async def test_expert_filter_profile_and_quote(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2", *"feng")
        await settle(pilot)  # the list for what was typed is read in a worker
        table = app.query_one("#expert-table", DataTable)
        names = [table.get_cell_at((n, 1)).plain for n in range(table.row_count)]
        assert names == ["Feng Shaolei", "Feng Yujun", "Feng Zhongping"]
        await pilot.press("down")  # from the filter into the list
        assert app.focused is table
        await pilot.press("down", "enter")
        await settle(pilot)
        profile = app.screen
        assert isinstance(profile, ProfileScreen) and profile.person_id == "feng-yujun"
        items = profile.query_one("#profile-items", OptionList)
        assert items.highlighted_option.id == "quote-0"
        quote = profile.profile.quotes[0]
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert reader.current == (quote.span.start, quote.span.end)
        assert visible(reader, quote.span.start)
        await pilot.press("escape")
        assert app.screen is profile


async def test_filter_matches_native_script(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2", *"冯玉")
        await settle(pilot)
        table = app.query_one("#expert-table", DataTable)
        assert table.row_count == 1 and table.get_cell_at((0, 1)).plain == "Feng Yujun"
        await pilot.press("enter")  # one match left: enter opens it
        await settle(pilot)
        assert isinstance(app.screen, ProfileScreen) and app.screen.person_id == "feng-yujun"


async def test_sort_experts_by_quotes(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2", "down", "s", "s")  # name -> mentions -> quotes
        await settle(pilot)
        table = app.query_one("#expert-table", DataTable)
        assert table.get_cell_at((0, 1)).plain == "Zhao Huasheng"
        assert "sorted by quotes" in str(app.query_one("#expert-status").render())


async def test_reader_marks_names_and_opens_a_profile(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # the first article
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("m")
        mark = reader.marks[reader.mark_index]
        assert reader.doc.text[mark.start : mark.end] in mark.name
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ProfileScreen) and app.screen.person_id == mark.person
        await pilot.press("escape")
        assert app.screen is reader


async def test_reader_survives_scrolling_itself_on_a_tiny_terminal(make_app):
    """Found by the monkey: the reader's own helper was named like Textual's internal
    ``_scroll_to``. On a terminal too small for the reader, Textual scrolls the screen
    itself to show the focused widget, called the helper with arguments it did not take,
    and the explorer stopped."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.resize_terminal(30, 6)
        await pilot.press("enter")  # the first article, which cannot fit
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        for key in ("tab", "shift+tab", "tab", "n", "m", "G", "g"):
            await pilot.press(key)
            await settle(pilot)
        reader.scroll_to(y=1)  # what Textual does to show a focused widget that is off screen
        await settle(pilot)
        assert app.is_running and app.screen is reader


async def test_glossary_term_opens_its_occurrence(make_app, bundled_library):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("3")
        table = app.query_one("#term-table", DataTable)
        term = table.get_row_at(table.cursor_row)[0].plain
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        start, end = reader.current
        assert reader.doc.text[start:end] == term
        assert visible(reader, start)


async def test_help_lists_the_live_bindings(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        shown = plain(*app.screen.query(Static))
        for words in ("Next name", "Back", "Quit", "expert:zhao"):
            assert words in shown, words
        assert "Next hit" not in shown  # opened from the list: no search to step through
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_help_on_a_pane_lists_that_panes_keys(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2", "down", "question_mark")
        shown = plain(*app.screen.query(Static))
        for words in ("Sort", "Experts/everyone", "Mark", "Compare", "Matrix"):
            assert words in shown, words


async def test_palette_jumps_to_an_expert(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Feng Yujun")
        for _ in range(20):  # the palette searches asynchronously
            await pilot.pause(0.05)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ProfileScreen) and app.screen.person_id == "feng-yujun"


async def test_article_text_is_never_markup(tmp_path):
    write_article(
        tmp_path / "corpus",
        "markup.md",
        "Text with [bold]not bold[/] and [link=x]no link[/link] in it.",
        title='"Markup [red]trap[/red]"',
    )
    lib = Library.open(
        index_dir=tmp_path / "index", corpus_dirs=[tmp_path / "corpus"], bundled=False
    )
    app = TeaLeavesApp(lambda progress: lib)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        body = reader.paragraph_widget(0)
        assert isinstance(body.content, Text)  # a Text is shown as is, never parsed as markup
        assert "[bold]not bold[/] and [link=x]no link[/link]" in plain(body)
        assert "Markup [red]trap[/red]" in plain(reader.query_one("#reader-meta", Static))


async def test_progress_is_shown_while_opening(bundled_library):
    seen = []

    def opener(progress):
        progress(1, 2, "Indexing one article")
        seen.append(app._painted.is_set())  # opening waits for the first screen
        return bundled_library

    app = TeaLeavesApp(opener, close_library=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert seen == [True] and app.query_one("#loading-bar").total == 2


async def test_search_works_while_the_lists_are_still_read(bundled_library, monkeypatch):
    """At 50,000 articles the lists take most of a minute: search must not wait for them."""
    import asyncio
    import threading

    from tealeaves.tui import app as app_module

    release = threading.Event()
    real_load = app_module.Catalog.load

    def slow_load(library):
        release.wait(timeout=30)
        return real_load(library)

    monkeypatch.setattr(app_module.Catalog, "load", slow_load)
    app = TeaLeavesApp(lambda progress: bundled_library, close_library=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash", *"alliance")
        results = app.query_one("#search-results", OptionList)
        for _ in range(500):  # the open worker is still running: wait for the results alone
            await asyncio.sleep(0.01)
            if results.option_count:
                break
        assert results.option_count > 0
        assert app.catalog is None and app.query_one("#doc-list", OptionList).option_count == 0
        assert "search works already" in str(app.query_one("#loading-label").render())
        release.set()
        await settle(pilot)
        assert app.catalog is not None and app.query_one("#doc-list", OptionList).option_count
        assert app.focused is app.query_one("#search-input")  # not taken away mid-search
        assert not app.query_one("#loading").display


async def test_a_library_that_cannot_open_is_reported(make_app):
    def opener(progress):
        raise OSError("index folder is not writable")

    app = TeaLeavesApp(opener)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "not writable" in str(app.query_one("#loading-label").render())
        await pilot.press("q")
    assert app.return_code in (0, None)


def test_without_a_terminal_it_says_so_and_exits(capsys):
    assert cli.main([]) == cli.EXIT_USAGE
    assert "needs a terminal" in capsys.readouterr().err


def test_core_imports_without_textual():
    code = (
        "import sys\n"
        "import tealeaves.cli, tealeaves.library, tealeaves.corpus, tealeaves.extract\n"
        "import tealeaves.search.query, tealeaves.search.build, tealeaves.export\n"
        "assert not [m for m in sys.modules if m.split('.')[0] == 'textual'], 'textual imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


async def test_search_lists_chinese_terms_and_opens_them(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"半边天")
        await settle(pilot)
        terms = [(key, h) for key, h in app._hits.items() if h.kind == "term"]
        assert terms, [h.kind for h in app._hits.values()]
        results = app.query_one("#search-results", OptionList)
        results.focus()
        results.highlighted = results.get_option_index(terms[0][0])
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        start, end = reader.current
        assert "半边天" in reader.doc.text[start:end]


async def test_escape_leaves_the_search_box_so_keys_are_the_explorers(make_app):
    """Issue 17: "/", "alliance", escape, "2" shows the experts pane, not "alliance2"."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"alliance")
        await settle(pilot)
        await pilot.press("escape")
        assert app.focused is app.screen.query_one("#search-results")
        await pilot.press("2")
        await settle(pilot)
        assert app.screen.query_one("#search-input").value == "alliance"
        assert app.screen.query_one("#tabs").active == "experts"
        await pilot.press(*"yan", "escape")  # the experts filter too
        assert app.focused is app.screen.query_one("#expert-table")


async def test_down_from_the_search_box_moves_into_the_results(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"alliance")
        await settle(pilot)
        await pilot.press("down")
        assert app.focused is app.screen.query_one("#search-results")


async def test_the_experts_filter_puts_names_before_affiliations(make_app):
    """Issue 17: "yan" put Wang Wen (Chongyang Institute) first; the README's walkthrough
    "2, type yan, ↓, space" must mark Yan Xuetong."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("2", *"yan")
        await settle(pilot)
        table = app.screen.query_one("#expert-table", DataTable)
        assert table.get_cell_at((0, 1)).plain == "Yan Xuetong"
        await pilot.press("down", "space")
        assert app.screen.marked["experts"] == ["yan-xuetong"]


async def test_space_on_most_quoted_experts_marks_the_expert(make_app):
    """Issue 17: space on pane 1's "Most quoted experts" marked an article."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        top = app.screen.query_one("#top-experts")
        top.focus()
        first = top.get_option_at_index(0).id
        await pilot.press("space")
        assert app.screen.marked["experts"] == [first]
        assert app.screen.marked["documents"] == []
        assert str(top.get_option_at_index(0).prompt).startswith("●")


async def test_build_progress_stays_in_view_with_counts_and_rate(make_app):
    """Issue 17: a first build's progress row scrolled off; it is docked above the footer
    and says how many articles are done, of how many, and how fast."""
    from textual.widgets import Label

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        home = app.screen
        loading = home.query_one("#loading")
        loading.display = True
        home.show_progress(0, 300, "Indexing articles…")
        loading._started -= 2  # two seconds in
        home.show_progress(120, 300, "Indexing articles…")
        await pilot.pause()
        said = str(home.query_one("#loading-label", Label).render())
        assert "120 of 300 articles" in said and "a second" in said
        from textual.widgets import Footer

        footer = home.query_one(Footer)
        assert loading.region.y == footer.region.y - 1 == 24 - 2  # right above the footer


async def test_a_profile_shows_reported_statements_apart_from_quotes(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2", *"feng yujun", "enter")
        await settle(pilot)
        profile = app.screen
        assert isinstance(profile, ProfileScreen) and profile.person_id == "feng-yujun"
        assert "2 quotes · 1 reported statement" in plain(profile.query_one("#profile-head"))
        items = profile.query_one("#profile-items", OptionList)
        lines = [str(items.get_option_at_index(n).prompt) for n in range(items.option_count)]
        text = "\n".join(lines)
        assert "reported: if Putin does indeed" in text
        assert "“if Putin does indeed" not in text  # not in quotation marks: not their words


async def test_enter_typed_before_the_results_came_in_goes_to_them(make_app, bundled_library):
    import threading

    release = threading.Event()
    search = bundled_library.search

    def slow_search(*args, **kwargs):
        release.wait(10)  # the results come in only after enter was pressed
        return search(*args, **kwargs)

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        bundled_library.search = slow_search
        try:
            await pilot.press("slash", *"alliance", "enter")
            results = app.query_one("#search-results", OptionList)
            assert app.focused is not results  # nothing to go to yet
            release.set()
            await settle(pilot)
            assert app.focused is results and results.highlighted is not None
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, ReaderScreen)
        finally:
            release.set()
            del bundled_library.search
