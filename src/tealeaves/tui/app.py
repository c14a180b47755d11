"""The Tea Leaves explorer: a keyboard-first Textual app over :class:`Library`.

The App keeps the lifecycle (opening, reloading and closing the library), the workers'
failures, navigation between screens and the keymap; the panes are the :class:`HomeScreen`.
Screens ask for another screen with a message (:mod:`tealeaves.tui.messages`).

Only the panes are imported with this module: the other screens (readers, profiles,
comparisons, the matrix, help, the dialogs, the palette's providers) when first opened, so
that the first screen is drawn sooner (issue 20, item 3; tests/unit/test_first_paint.py)."""

from __future__ import annotations

import gc
import re
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import App
from textual.command import Provider
from textual.notifications import SeverityLevel
from textual.screen import ModalScreen, Screen
from textual.worker import get_current_worker

from tealeaves.locations import default_config_dir
from tealeaves.tui.home import Catalog, HomeScreen
from tealeaves.tui.keymap import KEYMAP_FILE, binding_ids, read_settings
from tealeaves.tui.keys import APP_BINDINGS
from tealeaves.tui.messages import AddArticles, OpenArticle, OpenComparison, OpenPerson, OpenTerm
from tealeaves.tui.workers import ReportsWorkerFailures

if TYPE_CHECKING:
    from tealeaves.library import AddReport, Library, Progress, UpdateReport
    from tealeaves.model import Hit, LoadError, SearchResult

__all__ = ["Catalog", "Opener", "TeaLeavesApp"]

Opener = Callable[["Progress"], "Library"]

#: How long opening the library waits for the first screen to be drawn, at most.
FIRST_PAINT_WAIT_S = 2.0
#: How long the check of a library opened without a look at its files waits for the lists'
#: first pages (it holds the interpreter for most of a second at 50,000 files, and run
#: beside the pages' workers it put off the lists themselves).
CHECK_AFTER_PAGES_S = 10.0


def screens_with_keys() -> tuple[type[Screen[Any]], ...]:
    """Every screen with keys of its own: keymap.toml may move any of their keys. All but
    the panes are imported here, not with this module (they are not on the first screen)."""
    from tealeaves.tui.compare import CompareScreen
    from tealeaves.tui.dialogs import ConfirmDialog, NoteDialog, StanceDialog
    from tealeaves.tui.help import HelpScreen
    from tealeaves.tui.matrix import MatrixScreen
    from tealeaves.tui.profile import ProfileScreen
    from tealeaves.tui.reader import ReaderScreen

    return (
        HomeScreen,
        ReaderScreen,
        ProfileScreen,
        CompareScreen,
        MatrixScreen,
        HelpScreen,
        NoteDialog,
        StanceDialog,
        ConfirmDialog,
    )


class KnownBindingIds:
    """The ids of the explorer's keys, for checking keymap.toml: the App's and the panes'
    at once, and the other screens' (which imports them) only for an id not among those."""

    def __init__(self) -> None:
        self._ids = binding_ids(APP_BINDINGS) | binding_ids(HomeScreen.BINDINGS)
        self._all = False

    def __contains__(self, binding_id: object) -> bool:
        if binding_id not in self._ids and not self._all:
            for screen in screens_with_keys():
                self._ids |= binding_ids(screen.BINDINGS)
            self._all = True
        return binding_id in self._ids


def _jump_provider() -> type[Provider]:
    from tealeaves.tui.commands import JumpProvider

    return JumpProvider


def _add_file_provider() -> type[Provider]:
    from tealeaves.tui.commands import AddFileProvider

    return AddFileProvider


def _reopens(screen: Screen[Any]) -> bool:
    """Whether ``screen`` can be opened again as it is (readers, profiles, comparisons and
    the matrix; not help or a dialog)."""
    return callable(getattr(screen, "reopened", None))


def _what_changed(before: Catalog | None, after: Catalog, report: UpdateReport) -> str:
    """ "1 new, 2 changed": counted from the lists before and after as well as from what this
    process indexed, since articles added by `tealeaves add` elsewhere are indexed there."""
    old = before.documents if before is not None else frozenset()
    new = after.documents
    added = (new - old) | (set(report.added) & new)
    removed = (old - new) | set(report.removed)
    changed = set(report.updated) - added - removed
    counts = [(len(added), "new"), (len(changed), "changed"), (len(removed), "removed")]
    return ", ".join(f"{n} {word}" for n, word in counts if n) or "no articles added or removed"


class TeaLeavesApp(ReportsWorkerFailures, App[None]):
    """The panes (the home screen), then readers, profiles and viewpoints over them."""

    TITLE = "Tea Leaves"
    SUB_TITLE = ""  # each screen's title says what it shows; the panes add the totals
    CSS_PATH = "app.tcss"
    # The palette's providers are imported when it is first opened (Textual calls these).
    COMMANDS = App.COMMANDS | {_jump_provider, _add_file_provider}
    BINDINGS = APP_BINDINGS

    def __init__(
        self, opener: Opener, *, close_library: bool = True, config_dir: Path | None = None
    ) -> None:
        """``opener`` opens the library (in a worker, reporting progress); the app closes
        it on exit unless ``close_library`` is False (a library shared with the caller).
        Keys and theme come from ``keymap.toml`` in ``config_dir`` (default: the user's)."""
        super().__init__()
        self._settings_problems = self._use_settings(config_dir or default_config_dir())
        self._opener = opener
        self._close_library = close_library
        self.library: Library | None = None
        self.catalog: Catalog | None = None
        self.home = HomeScreen()
        self._generation = -1  # of the index when the lists were filled
        self._painted = threading.Event()  # set once the first screen is drawn
        self._gc_paused = False  # by on_load, until the first screen is drawn

    def get_default_screen(self) -> HomeScreen:
        return self.home

    # -- keymap.toml ------------------------------------------------------------------------

    def _use_settings(self, config_dir: Path) -> list[str]:
        """Apply the keys and theme of keymap.toml; what could not be used, to be shown."""
        path = config_dir / KEYMAP_FILE
        settings = read_settings(path, KnownBindingIds())
        if settings.keys:
            self.set_keymap(settings.keys)
        if settings.theme in self.available_themes:
            self.theme = settings.theme
        elif settings.theme:
            settings.problems.append(
                f"{path}: there is no theme {settings.theme!r}; the default is used "
                f"(themes: {', '.join(sorted(self.available_themes))})."
            )
        return settings.problems

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Notifications carry names, file paths and article text: never read as markup."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    # -- the home screen's state, where callers of the App find it ------------------------

    @property
    def marked(self) -> dict[str, list[str]]:
        """The ids marked for comparison on the experts and articles panes, in order."""
        return self.home.marked

    @marked.setter
    def marked(self, value: dict[str, list[str]]) -> None:
        self.home.marked = value

    @property
    def query_text(self) -> str:
        """The current search (highlighted in the reader)."""
        return self.home.query_text

    @property
    def _hits(self) -> dict[str, Hit]:
        return self.home._hits

    @property
    def _search_seq(self) -> int:
        return self.home._search_seq

    @_search_seq.setter
    def _search_seq(self, value: int) -> None:
        self.home._search_seq = value

    def _show_results(self, result: SearchResult, seq: int) -> None:
        self.home._show_results(result, seq)

    # -- opening ----------------------------------------------------------------------------

    def on_mount(self) -> None:
        for problem in self._settings_problems:
            self.notify(problem, title=KEYMAP_FILE, severity="warning", timeout=20)
        self.open_library()

    def on_load(self) -> None:
        """No garbage collection until the first screen is drawn. Drawing it makes tens of
        thousands of objects that stay (styles, widgets, the screen's lines), and every
        collection of the oldest generation walks them and every module's objects again:
        about a fifth of the time from here to the first screen (round 6 of
        docs/benchmarks.md). Nothing of what is made before that is garbage worth a pause."""
        if gc.isenabled():
            gc.disable()
            self._gc_paused = True

    def _resume_gc(self) -> None:
        if self._gc_paused:
            self._gc_paused = False
            gc.enable()

    @on(HomeScreen.Painted)
    def _first_paint(self) -> None:
        self._resume_gc()  # before opening the library starts, which makes its own garbage
        self._painted.set()

    @work(thread=True, exclusive=True, group="open", exit_on_error=False, name="Opening")
    def open_library(self) -> None:
        # Opening reads the manifest and the index while holding the interpreter for long
        # stretches (a 50,000-entry manifest is one JSON parse): let the first screen be
        # drawn before it starts, so that first paint does not grow with the library.
        self._painted.wait(timeout=FIRST_PAINT_WAIT_S)
        # What follows fills the home screen's widgets, and its tables get their columns
        # when it is mounted: on a busy machine the wait above can end first (found by the
        # monkey: "More values provided than there are columns").
        while not self.home.is_mounted:
            if get_current_worker().is_cancelled:
                return
            time.sleep(0.01)

        def progress(done: int, total: int, message: str) -> None:
            self.call_from_thread(self.home.show_progress, done, total, message)

        try:
            library = self._opener(progress)
            self._generation = library.generation()
            # Search works from here on; the lists of a large library take longer to read.
            self.call_from_thread(self._searchable, library)
            catalog = Catalog.load(library)
        except Exception as exc:  # shown to the user; the app stays up so they can read it
            self.call_from_thread(self._failed, f"{type(exc).__name__}: {exc}")
            return
        self.call_from_thread(self._opened, catalog)

    def _searchable(self, library: Library) -> None:
        self.library = library
        self.home.searchable(library)

    def _failed(self, message: str) -> None:
        self.home.failed(message)
        self.notify(message, title="Could not open the library", severity="error", timeout=30)

    def _opened(self, catalog: Catalog) -> None:
        library = self.library
        assert library is not None  # set by _searchable
        for notice in library.notices:
            self.notify(notice, severity="warning", timeout=10)
        for error in library.errors:
            self.notify(f"Skipped {error}", severity="warning", timeout=10)
        self._set_catalog(catalog)
        self.home.opened(catalog)
        if library.unchecked:  # opened as the index was: look at the article files now
            self.check_library()
        else:
            self.watch_library()

    @work(thread=True, exclusive=True, group="watch", exit_on_error=False, name="Watching")
    def watch_library(self) -> None:
        """Watch the article folders (a library opened with a look at its files: the watch
        makes its own), so that a reload with nothing changed need not look at every file."""
        library = self.library
        if library is not None:
            self._start_watch(library)
            self._warm(library)

    def _start_watch(self, library: Library) -> None:
        """Start the watch (from a worker thread), unless the explorer is ending: then its
        unmount has stopped the watch already, or stops none."""
        if self.is_running:
            library.watch()
        if not self.is_running:
            library.unwatch()

    @work(thread=True, exclusive=True, group="reload", exit_on_error=False, name="Checking")
    def check_library(self) -> None:
        """Look at the article files of a library opened without that look (its lists are
        shown): the lists follow what changed, and what an open reports is reported."""
        library = self.library
        if library is None:
            return
        home = self.home
        pagers = (home.doc_pager, home.top_pager, home.expert_pager, home.term_pager)
        deadline = time.monotonic() + CHECK_AFTER_PAGES_S
        while any(p.state.loading for p in pagers) and time.monotonic() < deadline:
            if get_current_worker().is_cancelled:
                self._start_watch(library)  # a reload took its place (it checks the library)
                return
            time.sleep(0.02)
        # The lists are shown: watch the article folders from now on (the check that
        # follows is the look at every file the watch is trusted from).
        self._start_watch(library)
        report = library.check()
        catalog = None
        if report is not None:
            self._generation = library.generation()
            catalog = Catalog.load(library) if report.changed else None
        # Nothing changed: the open's notices were shown; the files that failed were not.
        notices = report.notices if report is not None else []
        errors = report.errors if report is not None else library.errors
        self.call_from_thread(self._checked, catalog, report, notices, list(errors))
        self._warm(library)

    def _warm(self, library: Library) -> None:
        """Have the library make what a first filtered search would (from a worker thread,
        once the lists are shown and the files looked at), until the worker is cancelled
        or the explorer ends."""
        worker = get_current_worker()
        library.warm(stop=lambda: worker.is_cancelled or not self.is_running)

    def _checked(
        self,
        catalog: Catalog | None,
        report: UpdateReport | None,
        notices: list[str],
        errors: list[LoadError],
    ) -> None:
        if catalog is not None and report is not None:
            said = _what_changed(self.catalog, catalog, report)
            self._set_catalog(catalog)
            self.home.show_catalog(catalog)
            self.notify(f"Articles reloaded: {said}.", timeout=4)
        for notice in notices:
            self.notify(notice, severity="warning", timeout=10)
        for error in errors:
            self.notify(f"Skipped {error}", severity="warning", timeout=10)

    def _set_catalog(self, catalog: Catalog) -> None:
        self.catalog = catalog
        # On the panes only: the other screens' headers say what they show, not the totals.
        counts = catalog.counts
        self.home.sub_title = f"{counts.documents:,} articles · {counts.people:,} people"

    # -- picking up new articles ----------------------------------------------------------

    def action_reload(self) -> None:
        self.reload_library(quiet=False)

    def on_app_focus(self) -> None:
        """Coming back to the terminal: pick up articles added meanwhile (e.g. by
        `tealeaves add` in another window)."""
        self.reload_library(quiet=True)

    @work(thread=True, exclusive=True, group="reload", exit_on_error=False, name="Reloading")
    def reload_library(self, quiet: bool = True, paths: list[Path] | None = None) -> None:
        library = self.library
        if library is None:
            return
        added = None
        if paths:
            added = library.add(paths)
            report = library.report
        elif quiet:  # on focus: nothing to do (and no cache lost) when nothing changed
            refreshed = library.refresh()
            if refreshed is None:
                return
            report = refreshed
        else:
            report = library.reload()
        generation = library.generation()  # changed here, or by `tealeaves add` elsewhere
        changed = report.changed or generation != self._generation
        self._generation = generation
        catalog = Catalog.load(library) if changed else None
        self.call_from_thread(self._reloaded, catalog, report, added, quiet)

    @on(AddArticles)
    def add_paths(self, message: AddArticles) -> None:
        """Add article files to the library (from the command palette)."""
        self.notify(f"Adding {', '.join(str(p) for p in message.paths)}…", timeout=3)
        self.reload_library(quiet=False, paths=message.paths)

    def _reloaded(
        self, catalog: Catalog | None, report: UpdateReport, added: AddReport | None, quiet: bool
    ) -> None:
        if added is not None:
            for a in added.added:
                self.notify(f"{a.status.capitalize()}: {a.title} ({a.doc_id})", timeout=6)
            for error in added.errors:
                self.notify(f"Not added: {error}", severity="error", timeout=15)
        if catalog is not None:
            said = _what_changed(self.catalog, catalog, report)
            self._set_catalog(catalog)
            self.home.show_catalog(catalog)
            self.notify(f"Articles reloaded: {said}.", timeout=4)
        elif not quiet and added is None and not report.notices:
            self.notify("No new or changed articles.", timeout=3)
        if not quiet:  # on focus, what was already reported stays quiet
            for notice in report.notices:  # e.g. another process is writing the index
                self.notify(notice, severity="warning", timeout=10)
            for error in report.errors:
                self.notify(f"Skipped {error}", severity="warning", timeout=10)

    # -- navigation -------------------------------------------------------------------------

    @on(OpenArticle)
    def open_reader(self, message: OpenArticle) -> None:
        if self.library is None:
            return
        from tealeaves.tui.reader import ReaderScreen

        query = self.query_text if message.query is None else message.query
        self.push_screen(ReaderScreen(self.library, message.doc_id, query=query, at=message.at))

    @on(OpenPerson)
    def open_profile(self, message: OpenPerson) -> None:
        from tealeaves.tui.profile import ProfileScreen

        if self.library is not None:
            self.push_screen(ProfileScreen(self.library, message.person_id))

    @on(OpenTerm)
    def open_term(self, message: OpenTerm) -> None:
        if self.catalog is None or self.library is None:
            return
        entry = self.library.lookup("glossary", [message.term]).get(message.term)
        if entry and entry.occurrences:
            first = entry.occurrences[0]
            self.open_reader(
                OpenArticle(first.document, at=(first.start, first.end), query=message.term)
            )

    @on(OpenComparison)
    def open_comparison(self, message: OpenComparison) -> None:
        from tealeaves.tui.compare import CompareScreen

        if self.library is not None:
            self.push_screen(CompareScreen(self.library, message.subjects, message.topic))

    async def action_pane(self, pane: str) -> None:
        """A pane from anywhere: the screens open over the panes are remembered, so that
        escape on the panes opens them again (``/`` from a reader comes back to it). The
        screens are closed before the pane takes focus, so that keys typed straight after
        (``/`` then a word, fast) go into the pane, not to a screen on its way out."""
        over = [screen.reopened() for screen in self.screen_stack[1:] if _reopens(screen)]
        while len(self.screen_stack) > 1:
            await self.pop_screen()
        self.home.show_pane(pane, over)

    def action_matrix(self) -> None:
        """The matrix over what is open, so that escape comes back to it; the one already
        open (under a reader of its evidence, say) when there is one."""
        from tealeaves.tui.matrix import MatrixScreen

        if self.library is None:
            self.notify("The library is still opening.", timeout=3)
            return
        while isinstance(self.screen, ModalScreen):  # help, a dialog
            self.pop_screen()
        if any(isinstance(screen, MatrixScreen) for screen in self.screen_stack):
            while not isinstance(self.screen, MatrixScreen):
                self.pop_screen()
        else:
            self.push_screen(MatrixScreen(self.library))

    def action_command_palette(self) -> None:
        """ctrl+p: the palette, guarded against a race in Textual's own (see commands.py)."""
        from tealeaves.tui.commands import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(id="--command-palette"))

    def deliver_screenshot(
        self, filename: str | None = None, path: str | None = None, time_format: str | None = None
    ) -> str | None:
        """The palette's "Screenshot", saved where it can be: Textual's default folder is
        ~/Downloads, missing on many machines ("Failed to save screenshot", found by the
        monkey), and its file name is the title, which may hold a "/" (an article's)."""
        return super().deliver_screenshot(
            filename or screenshot_name(self.title), path or str(screenshot_folder()), time_format
        )

    async def action_search(self) -> None:
        await self.action_pane("search")

    def action_help(self) -> None:
        from tealeaves.tui.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_help_quit(self) -> None:
        """ctrl+c: say how to quit, in words (Textual's own says it in markup)."""
        keys = self.get_key_display(next(b for b in APP_BINDINGS if b.action == "quit"))
        self.notify(f"Press {keys} to quit.", title="Do you want to quit?")

    def on_unmount(self) -> None:
        self._resume_gc()  # stopped before the first screen was drawn
        if self.library is not None:
            self.library.unwatch()  # a library handed in stays open, but unwatched
            if self._close_library:
                self.library.close()


def screenshot_folder() -> Path:
    """~/Downloads when there is one, else the folder the explorer was started in."""
    downloads = Path.home() / "Downloads"
    return downloads if downloads.is_dir() else Path.cwd()


def screenshot_name(title: str) -> str:
    """ "US/China: talks" -> "US_China_ talks 2026-12-02T17_45_00.svg"."""
    safe = re.sub(r"[^\w .,()-]+", "_", title).strip() or "tealeaves"
    return f"{safe[:80]} {time.strftime('%Y-%m-%dT%H_%M_%S')}.svg"
