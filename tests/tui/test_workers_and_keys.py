"""One worker policy (a worker that fails is reported once and the explorer goes on) and
the user's keymap.toml: remapped keys work and show in help and the footer; what cannot be
used is reported, naming the file (issue "One room per job", items 4 and 8)."""

from __future__ import annotations

import io

from rich.console import Console
from textual.widgets import DataTable, Input

from helpers import settle
from tealeaves.library import Library
from tealeaves.tui import TeaLeavesApp
from tealeaves.tui.help import HelpScreen
from tealeaves.tui.matrix import MatrixScreen
from tealeaves.tui.profile import ProfileScreen


def failures(app: TeaLeavesApp, words: str) -> list:
    return [n for n in app._notifications if words in n.message and n.severity == "error"]


async def test_a_worker_that_raises_is_reported_once_and_the_app_keeps_running(
    make_app, bundled_library, monkeypatch
):
    def broken():
        raise RuntimeError("the matrix broke")

    monkeypatch.setattr(bundled_library, "matrix", broken)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("5")
        await settle(pilot)
        (failure,) = failures(app, "the matrix broke")
        assert failure.title == "Reading the matrix failed"
        assert "RuntimeError" in failure.message
        assert app.is_running and isinstance(app.screen, MatrixScreen)
        await pilot.press("escape", "2")
        await settle(pilot)
        assert app.screen is app.home and app.query_one("#expert-table", DataTable).row_count


async def test_a_quote_action_that_raises_is_reported_the_same_way(
    make_app, bundled_library, monkeypatch
):
    def broken(quote_id):
        raise KeyError("no citation")

    monkeypatch.setattr(bundled_library, "citation", broken)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2", *"zhao long", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ProfileScreen)
        await pilot.press("y")
        await settle(pilot)
        (failure,) = failures(app, "no citation")
        assert failure.title == "Citing the quote failed"
        assert app.is_running and isinstance(app.screen, ProfileScreen)


async def test_exports_are_written_in_a_worker(bundled_library, tmp_path):
    lib = Library.open(index_dir=bundled_library.index_dir, library_dir=tmp_path / "lib")
    app = TeaLeavesApp(lambda progress: lib)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("5")
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        folder = tmp_path / "lib" / "exports"
        assert sorted(p.name for p in folder.iterdir()) == [
            "matrix.csv",
            "matrix.json",
            "matrix.md",
        ]
        assert any(n.title == f"Exported to {folder}" for n in app._notifications)


def help_text(screen: HelpScreen) -> str:
    console = Console(width=120, file=io.StringIO(), record=True)
    console.print(screen.keys)
    return console.export_text()


def footer_keys(app: TeaLeavesApp) -> dict[str, str]:
    """Description -> key, as the footer of the screen on top shows them."""
    return {
        b.binding.description: app.get_key_display(b.binding)
        for b in app.screen.active_bindings.values()
        if b.binding.show
    }


async def test_a_remapped_key_works_and_help_and_footer_show_it(bundled_library, tmp_path):
    (tmp_path / "keymap.toml").write_text(
        '[keys]\n"experts.sort" = "o"\napp.matrix = "m"\n', encoding="utf-8"
    )
    app = TeaLeavesApp(lambda progress: bundled_library, close_library=False, config_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2", "down")  # the experts, from the filter into the list
        assert footer_keys(app)["Sort"] == "o" and footer_keys(app)["Matrix"] == "m"
        await pilot.press("o")
        assert app.home._sort == "mentions"
        await pilot.press("s")  # the old key does nothing now
        assert app.home._sort == "mentions"
        await pilot.press("question_mark")
        await pilot.pause()
        shown = help_text(app.screen)
        assert any(line.split()[:2] == ["o", "Sort"] for line in shown.splitlines()), shown
        assert any(line.split()[:2] == ["m", "Matrix"] for line in shown.splitlines()), shown
        await pilot.press("escape", "m")
        await settle(pilot)
        assert isinstance(app.screen, MatrixScreen)
        assert not [n for n in app._notifications if n.title == "keymap.toml"]


async def test_an_unknown_binding_id_is_reported_with_the_file(bundled_library, tmp_path):
    path = tmp_path / "keymap.toml"
    path.write_text('[keys]\n"app.serch" = "ctrl+f"\n"app.search" = "ctrl+f"\n', "utf-8")
    app = TeaLeavesApp(lambda progress: bundled_library, close_library=False, config_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        (problem,) = [n for n in app._notifications if n.title == "keymap.toml"]
        assert str(path) in problem.message and "'app.serch'" in problem.message
        await pilot.press("ctrl+f")  # the known one still applies
        assert app.focused is app.query_one("#search-input")


async def test_a_theme_from_the_settings_and_a_bad_one_reported(bundled_library, tmp_path):
    path = tmp_path / "keymap.toml"
    path.write_text('theme = "textual-light"\n', "utf-8")
    app = TeaLeavesApp(lambda progress: bundled_library, close_library=False, config_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.theme == "textual-light"
    path.write_text('theme = "no-such-theme"\n', "utf-8")
    app = TeaLeavesApp(lambda progress: bundled_library, close_library=False, config_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        (problem,) = [n for n in app._notifications if n.title == "keymap.toml"]
        assert "'no-such-theme'" in problem.message and str(path) in problem.message
        assert app.theme == "textual-dark" and app.is_running


async def test_an_unreadable_keymap_is_reported_and_the_defaults_used(bundled_library, tmp_path):
    (tmp_path / "keymap.toml").write_text("[keys\n", "utf-8")
    app = TeaLeavesApp(lambda progress: bundled_library, close_library=False, config_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        (problem,) = [n for n in app._notifications if n.title == "keymap.toml"]
        assert "could not be read" in problem.message
        await pilot.press("5")
        await settle(pilot)
        assert isinstance(app.screen, MatrixScreen)


def row_ids(table: DataTable) -> set[str]:
    return {table.coordinate_to_cell_key((r, 0)).row_key.value for r in range(table.row_count)}


async def test_the_experts_pane_and_the_matrix_filter_people_alike(make_app):
    """One rule: a filter matches any name form, the id or an affiliation, either way."""
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("2", "down", "a")  # everyone named, not only experts
        app.query_one("#expert-filter", Input).value = "fudan"
        await settle(pilot)
        table = app.query_one("#expert-table", DataTable)
        pane = row_ids(table)
        assert pane
        await pilot.press("5")
        await settle(pilot)
        await pilot.press("slash", *"fudan")
        await pilot.pause()
        matrix = app.screen.query_one("#matrix-table", DataTable)
        rows = row_ids(matrix)
        everyone = {r.person.id for r in app.library.matrix().rows}
        assert rows and rows == pane & everyone


async def test_the_palettes_no_matches_countdown_after_its_list_is_gone(make_app):
    """Seed 41 of the monkey: the palette's "No matches found" timer fired while the palette
    was being taken down, its list already removed, and stopped the explorer."""
    from textual.command import CommandList, CommandPalette

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        palette.query_one(Input).value = "zzqqxxnothing"
        await pilot.pause(0.1)  # the search ends with no hits: the countdown starts
        await palette.query_one(CommandList).remove()
        await pilot.pause(0.8)  # past the countdown
        assert app.is_running and app.return_code is None


async def test_a_screenshot_is_saved_without_downloads_and_with_a_slash_in_the_title(
    make_app, tmp_path, monkeypatch
):
    """Monkey seed 44: the palette's "Screenshot" failed on a machine without ~/Downloads
    (Textual's default folder), and a title with a "/" made no valid file name."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.title = "US/China: [red]talks[/]"
        app.deliver_screenshot()
        for _ in range(60):
            await pilot.pause(0.05)
            if any(n.title == "Screenshot" for n in app._notifications):
                break
        said = [(n.message, n.severity) for n in app._notifications if n.title == "Screenshot"]
        assert said and said[0][1] != "error", said
    (shot,) = tmp_path.glob("*.svg")
    assert shot.name.startswith("US_China_ _red_talks_") and "<svg" in shot.read_text()
