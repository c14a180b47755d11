"""Issue 17's minor items in the explorer, each as a user met it."""

from __future__ import annotations

from textual.widgets import OptionList

from helpers import settle


async def test_expert_hits_show_the_person_not_the_index_text(make_app):
    """"Feng Zhongping | 冯仲平 | Feng deputy director of …" was shown as it is indexed."""
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
