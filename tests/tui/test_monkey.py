"""The explorer under abuse: thousands of random keys and resizes, with a fixed seed.

A monkey presses keys drawn from every screen's bindings, the keys people press anyway
(arrows, tab, enter, escape, letters, brackets, quotes) and now and then a sequence that
opens a screen it would rarely find by chance (compare, stance, note, palette). Between keys
it resizes the terminal, down to 20x5. Any exception in the app or one of its workers fails
the test, and so does an error notification (workers run with ``exit_on_error=False``, so
a worker's failure shows only as one), and a walk that stops moving, with the seed and the
last keys pressed to replay it. ``q`` really quits, and the monkey starts a fresh explorer
over the same library and goes on.

CI presses MONKEY_KEYS keys per seed; by hand, for a long run (docs/reliability.md):

    TEALEAVES_MONKEY_KEYS=6000 TEALEAVES_MONKEY_SEEDS=3,4 \
        .venv/bin/python -m pytest tests/tui/test_monkey.py -s -k random
"""

from __future__ import annotations

import asyncio
import io
import os
import random
from collections import Counter, deque
from collections.abc import Callable

import pytest
from textual.screen import Screen

from helpers import settle, write_article
from tealeaves.library import Library
from tealeaves.tui import TeaLeavesApp
from tealeaves.tui.compare import CompareScreen
from tealeaves.tui.dialogs import NoteDialog, StanceDialog
from tealeaves.tui.help import HelpScreen
from tealeaves.tui.matrix import MatrixScreen
from tealeaves.tui.profile import ProfileScreen
from tealeaves.tui.reader import ReaderScreen

MONKEY_KEYS = int(os.environ.get("TEALEAVES_MONKEY_KEYS", "1000"))
SEEDS = [int(s) for s in os.environ.get("TEALEAVES_MONKEY_SEEDS", "1,2").split(",")]

SCREENS: list[type] = [
    TeaLeavesApp, ReaderScreen, ProfileScreen, CompareScreen, MatrixScreen, HelpScreen,
    NoteDialog, StanceDialog,
]  # fmt: skip
# Keys people press whatever the screen says.
COMMON = [
    "up", "down", "left", "right", "tab", "shift+tab", "enter", "escape", "pageup", "pagedown",
    "home", "end", "backspace", "delete", "space", "ctrl+p", "ctrl+r", "f1",
    "a", "z", "x", "1", "9", "左", "ж", "quotation_mark", "asterisk", "colon", "minus",
    "left_square_bracket", "right_square_bracket", "left_parenthesis", "at",
]  # fmt: skip
# Ways into the screens a random walk rarely reaches, taken in turn from the panes (waiting
# for each step), so that every screen gets its share of the random keys that follow.
TOURS = [
    (["1", "enter"], "ReaderScreen"),  # an article
    (["2", "end", "ctrl+u", "down", "enter"], "ProfileScreen"),
    (["1", "space", "space", "c"], "CompareScreen"),  # two articles side by side
    (["2", "end", "ctrl+u", "down", "space", "space", "c"], "CompareScreen"),  # two experts
    (["5"], "MatrixScreen"),
    (["5", "right", "e"], "StanceDialog"),
    (["2", "end", "ctrl+u", *"zhao huasheng", "enter", "e"], "NoteDialog"),  # on a quote
    (["4", "end", "ctrl+u", *"zhao", "enter", "down", "enter"], "ReaderScreen"),  # a hit
    (["3", "enter"], "ReaderScreen"),  # a Chinese term in its article
    (["ctrl+p", "r", "e"], "CommandPalette"),
    (["question_mark"], "HelpScreen"),
]
TOUR_RATE = 0.025


STALL_SECONDS = 90  # no key pressed for this long, wherever the walk is: a hang


def _task_stacks() -> str:
    stacks = io.StringIO()
    for task in asyncio.all_tasks():
        task.print_stack(limit=8, file=stacks)
    return stacks.getvalue()


def _binding_keys() -> list[str]:
    """Every key any screen binds (``q`` included: quitting is part of the abuse)."""
    keys: set[str] = set()
    for cls in SCREENS:
        for binding in getattr(cls, "BINDINGS", []):
            keys.update(k.strip() for k in binding.key.split(","))
    return sorted(keys)


def _sizes(rng: random.Random) -> tuple[int, int]:
    if rng.random() < 0.25:
        return rng.choice([(20, 5), (21, 6), (200, 60), (80, 24)])
    return rng.randint(20, 180), rng.randint(5, 55)


@pytest.fixture(scope="module")
def monkey_library(tmp_path_factory):
    """The bundled articles and a hostile one, in a library the monkey may write to."""
    base = tmp_path_factory.mktemp("monkey")
    corpus = base / "corpus"
    write_article(
        corpus,
        "hostile.md",
        "Zhao Huasheng (赵华胜) says “[bold]no[/] [@click=app.quit]quit[/]”.\n\n"
        "Escape \x1b[31m codes \x07 and \u202eright-to-left\u202c text on the alliance.",
        title="[red]Hostile[/] page",
    )
    lib = Library.open(index_dir=base / "index", library_dir=base / "lib", corpus_dirs=[corpus])
    yield lib
    lib.close()


class Walk:
    """One monkey's walk: what it pressed, where, and what it reached."""

    def __init__(self, library: Library, seed: int, script: list[str] | None = None) -> None:
        self.library, self.seed = library, seed
        self.rng = random.Random(seed)
        self.script = deque(script or ())  # keys pressed first, in order, before random ones
        self.pool = _binding_keys() + COMMON
        self.last: deque[str] = deque(maxlen=40)
        self.seen: Counter[str] = Counter()  # keys pressed on each screen
        self.arrived: Counter[str] = Counter()  # tours that reached their screen
        self.pressed = self.resizes = self.starts = self.tours = 0
        self.refusals = 0  # "Not done": a change the user asked for, refused with a reason
        self.errors: list[str] = []  # any other error notification: a bug

    def _notified(self, notify: Callable[..., None]) -> Callable[..., None]:
        """The app's ``notify``, noting each error notification on its way through."""

        def watched(message: str, *, title: str = "", severity: str = "information", **kw):
            if severity == "error":
                if title == "Not done":
                    self.refusals += 1
                else:
                    self.errors.append(f"{title}: {message}")
            notify(message, title=title, severity=severity, **kw)

        return watched

    def check(self) -> None:
        """Fail on the first error notification (a worker's failure, a library that did not
        open): the explorer keeps running after one, so nothing else would."""
        assert not self.errors, f"{self}: error notification {self.errors[0]!r}"

    def __str__(self) -> str:
        return (
            f"seed {self.seed}, after {self.pressed} keys ({self.resizes} resizes, start "
            f"{self.starts}); the last keys: {' '.join(self.last)}"
        )

    async def run(self, keys: int) -> None:
        """Press ``keys`` keys, starting a new explorer whenever one quits."""
        while self.pressed < keys:
            self.starts += 1
            app = TeaLeavesApp(lambda progress: self.library, close_library=False)
            app.notify = self._notified(app.notify)  # type: ignore[method-assign]
            async with app.run_test(size=(100, 30)) as pilot:
                await settle(pilot)
                self.check()
                while self.pressed < keys and app.is_running:
                    await self.step(app, pilot)
                    self.check()
                if app.is_running:
                    await settle(pilot)
            self.check()
            assert app.return_code in (None, 0), f"{self}: exit code {app.return_code}"

    async def step(self, app: TeaLeavesApp, pilot) -> None:
        rng = self.rng
        if self.script:
            await self.press(pilot, self.script.popleft())
            await settle(pilot)
            return
        if rng.random() < 0.03:
            await pilot.resize_terminal(*_sizes(rng))
            self.resizes += 1
        if rng.random() < TOUR_RATE:  # the next tour, from the panes, step by step
            keys, goal = TOURS[self.tours % len(TOURS)]
            self.tours += 1
            while len(app.screen_stack) > 1:
                app.pop_screen()
            await settle(pilot)
            app.screen.set_focus(None)  # so that no input box takes the keys
            app.marked = {"experts": [], "documents": []}  # so two get marked
            for key in keys:
                await self.press(pilot, key)
                await settle(pilot)
            self.arrived[goal] += type(app.screen).__name__ == goal
            return
        # Escape often enough that the walk leaves dialogs and the palette.
        await self.press(pilot, "escape" if rng.random() < 0.06 else rng.choice(self.pool))
        if app.is_running:
            self.seen[type(app.screen).__name__] += 1
        if rng.random() < 0.02:  # now and then let the workers catch up
            await settle(pilot)

    async def press(self, pilot, key: str) -> None:
        self.last.append(key)
        await pilot.press(key)
        self.pressed += 1


async def _watch(walk: Walk, task: asyncio.Task) -> None:
    """Cancel the walk when it stops moving, so that a hang fails instead of waiting."""
    last, still = -1, 0
    while not task.done():
        await asyncio.sleep(5)
        still = still + 5 if walk.pressed == last else 0
        last = walk.pressed
        if still >= STALL_SECONDS:
            print(f"HUNG: {walk}\n{_task_stacks()}", flush=True)
            task.cancel(f"no key pressed for {STALL_SECONDS} s")
            return


@pytest.mark.parametrize("seed", SEEDS)
async def test_random_keys_and_resizes_never_crash_the_explorer(monkey_library, seed):
    walk = Walk(monkey_library, seed)
    task = asyncio.create_task(walk.run(MONKEY_KEYS))
    dog = asyncio.create_task(_watch(walk, task))
    try:
        await task
    except asyncio.CancelledError:
        raise AssertionError(f"hung: {walk}") from None
    except Exception as exc:
        raise AssertionError(str(walk)) from exc
    finally:
        dog.cancel()
    print(
        f"{walk}\nscreens {dict(walk.seen)}\ntours arrived {dict(walk.arrived)}\n"
        f"refusals {walk.refusals}"
    )
    assert walk.pressed >= MONKEY_KEYS and walk.resizes > 0 and walk.tours >= len(TOURS)
    # Every tour reached its screen at least once, so each screen was abused, not only the
    # panes (the screens' names, so that a renamed screen fails here rather than passes).
    goals = {goal for _, goal in TOURS}
    assert goals - {"CommandPalette"} == {c.__name__ for c in SCREENS if issubclass(c, Screen)}
    assert {g for g in goals if walk.arrived[g]} == goals, f"never arrived: {walk.arrived}"


async def test_the_monkey_fails_on_a_workers_failure(monkey_library, monkeypatch):
    """A worker that raises leaves the explorer running (``exit_on_error=False``) and says
    so in an error notification: the walk must fail on it, naming what failed."""

    def broken(doc_id: str):
        raise RuntimeError("the monkey must see this")

    monkeypatch.setattr(monkey_library, "document", broken)
    walk = Walk(monkey_library, seed=0, script=["1", "enter"])  # open an article
    with pytest.raises(AssertionError, match="Reading the article failed: RuntimeError"):
        await walk.run(2)
    assert walk.pressed == 2 and walk.errors


async def test_the_monkey_passes_a_walk_without_failures(monkey_library):
    """The same keys with the library intact: no error notification, no failure."""
    walk = Walk(monkey_library, seed=0, script=["1", "enter"])
    await walk.run(2)
    assert walk.pressed == 2 and walk.errors == [] and walk.starts == 1


@pytest.mark.parametrize("pane", ["1", "2", "3", "4"])
async def test_every_pane_survives_every_tiny_terminal(make_app, pane):
    """Found by the monkey: at 29x7 a list's options had no width left, and wrapping them
    failed inside Rich; on a terminal a few lines high, page up in a list that had laid out
    nothing failed inside Textual. Every width up to 40 at two low heights, and paging at
    a few sizes, on every pane."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.screen.set_focus(None)
        await pilot.press(pane, *("zhao" if pane == "4" else ""))
        await settle(pilot)
        if pane == "4":
            await pilot.press("enter")  # into the results
        for width in range(1, 41):
            for height in (3, 7):
                await pilot.resize_terminal(width, height)
                assert app.is_running, f"stopped at {width}x{height}"
        for width in (1, 4, 12, 29, 40):
            for height in (2, 3, 5):
                await pilot.resize_terminal(width, height)
                await pilot.press("pagedown", "pageup")
                assert app.is_running, f"stopped paging at {width}x{height}"
        await pilot.resize_terminal(100, 30)
        await settle(pilot)
        assert app.screen.size == (100, 30)
