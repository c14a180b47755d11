"""A pane opened from over another screen has focus as soon as its key is handled, so
that keys typed straight after it (``/`` then a word, fast, or on a loaded machine) go
into it: a CI run once found "zhao" typed after ``/`` on a profile lost, the focus still
on its way and the profile still closing."""

from __future__ import annotations

from helpers import settle
from tealeaves.tui.profile import ProfileScreen


async def test_slash_from_a_profile_focuses_the_search_box_before_the_next_key(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _to_a_profile(pilot)
        await app.run_action("search")  # as the key's binding runs it; no pause after
        assert app.screen is app.home
        assert app.focused is app.home.query_one("#search-input")
        await pilot.press(*"zhao", "escape", "escape")  # a word, out of the box, back
        await settle(pilot)
        assert isinstance(app.screen, ProfileScreen)
        assert app.screen.person_id == "feng-yujun"


async def _to_a_profile(pilot) -> None:
    """From the panes to Feng Yujun's profile, as a user gets there."""
    await settle(pilot)
    await pilot.press("2", *"feng yujun", "enter")
    await settle(pilot)
    assert isinstance(pilot.app.screen, ProfileScreen)


def _keys_at_once(app, keys: list[tuple[str, str]]) -> None:
    """Keys as a paste or a fast typist sends them: all queued before the first is handled."""
    from textual import events

    for key, character in keys:
        app.post_message(events.Key(key, character))


async def test_keys_sent_with_slash_from_a_profile_all_go_to_the_search_box(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _to_a_profile(pilot)
        _keys_at_once(app, [("slash", "/"), *((c, c) for c in "zhao")])
        await settle(pilot)
        assert app.screen is app.home
        assert app.home.query_one("#search-input").value == "zhao"


async def test_keys_sent_with_slash_from_a_reader_all_go_to_the_search_box(make_app):
    from tealeaves.tui.reader import ReaderScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("1", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        _keys_at_once(app, [("slash", "/"), *((c, c) for c in "gabuev")])
        await settle(pilot)
        assert app.screen is app.home
        assert app.home.query_one("#search-input").value == "gabuev"


async def test_the_profile_s_own_search_key_follows_the_keymap(bundled_library, tmp_path):
    from tealeaves.tui import TeaLeavesApp

    (tmp_path / "keymap.toml").write_text('[keys]\n"app.search" = "ctrl+f"\n', "utf-8")
    app = TeaLeavesApp(lambda progress: bundled_library, close_library=False, config_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _to_a_profile(pilot)
        await pilot.press("slash")  # moved away: no longer the search
        await settle(pilot)
        assert isinstance(app.screen, ProfileScreen)
        _keys_at_once(app, [("ctrl+f", ""), *((c, c) for c in "zhao")])
        await settle(pilot)
        assert app.screen is app.home
        assert app.home.query_one("#search-input").value == "zhao"


async def test_slash_in_the_experts_filter_opens_the_search(make_app):
    """Back from a profile opened from the experts filter, the focus is in the filter again;
    a name never holds "/", so there it opens the search as the help says it does from
    anywhere (it was typed into the filter: "zhao hua/", nobody matched)."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("2", *"zhao hua", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ProfileScreen)
        await pilot.press("escape")
        await settle(pilot)
        name_filter = app.home.query_one("#expert-filter")
        assert app.focused is name_filter
        await pilot.press("slash", *"alliance")
        await settle(pilot)
        assert name_filter.value == "zhao hua"
        assert app.focused is app.home.query_one("#search-input")
        assert app.home.query_one("#search-input").value == "alliance"


async def test_the_experts_filter_s_search_key_follows_the_keymap(bundled_library, tmp_path):
    from tealeaves.tui import TeaLeavesApp

    (tmp_path / "keymap.toml").write_text('[keys]\n"app.search" = "ctrl+f"\n', "utf-8")
    app = TeaLeavesApp(lambda progress: bundled_library, close_library=False, config_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("2", *"zhao", "slash")  # moved away: typed like any other key
        await settle(pilot)
        assert app.home.query_one("#expert-filter").value == "zhao/"
        await pilot.press("ctrl+f", *"gabuev")
        await settle(pilot)
        assert app.home.query_one("#search-input").value == "gabuev"
