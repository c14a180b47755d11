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
        await settle(pilot)
        await pilot.press("2", *"feng yujun", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ProfileScreen)
        await app.run_action("search")  # as the key's binding runs it; no pause after
        assert app.screen is app.home
        assert app.focused is app.home.query_one("#search-input")
        await pilot.press(*"zhao", "escape", "escape")  # a word, out of the box, back
        await settle(pilot)
        assert isinstance(app.screen, ProfileScreen)
        assert app.screen.person_id == "feng-yujun"
