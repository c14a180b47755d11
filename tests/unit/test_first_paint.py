"""First paint (issue 20, item 3): the explorer's module and the CLI's entry point import
only what the first screen needs. Whoosh, the article readers, the extractor and its
language libraries are imported when the library is opened, after the screen is drawn; the
types of the library's answers, when it is opened; the screens other than the panes (and
what only they use: exports, the dialogs, the palette's providers), when first opened."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import tealeaves
from tealeaves.library import ARTICLE_SUFFIXES, Library

SRC = str(Path(tealeaves.__file__).resolve().parents[1])
HEAVY = ("whoosh", "tealeaves.extract", "tealeaves.search", "jieba", "pymorphy3", "opencc",
         "trafilatura", "pypinyin")  # fmt: skip
#: Not needed to draw the panes (round 6 of docs/benchmarks.md): the types of the answers
#: (dataclasses), the Library's parts, and the screens opened from the panes.
DEFERRED = (
    "tealeaves.model", "tealeaves.views", "tealeaves.userdata", "tealeaves.stances",
    "tealeaves.export", "tealeaves.library.annotations", "tealeaves.library.articles",
    "tealeaves.library.config", "tealeaves.library.folders", "tealeaves.library.listing",
    "tealeaves.library.people", "tealeaves.library.searching", "tealeaves.library.viewpoints",
    "tealeaves.tui.reader", "tealeaves.tui.profile", "tealeaves.tui.compare",
    "tealeaves.tui.matrix", "tealeaves.tui.help", "tealeaves.tui.dialogs",
    "tealeaves.tui.commands", "tealeaves.tui.common", "tealeaves.tui.quote_actions",
)  # fmt: skip


def _imported_after(
    statement: str, heavy: tuple[str, ...] = HEAVY, loaded: str = "sys.modules"
) -> list[str]:
    """The ``heavy`` modules in sys.modules after ``statement`` (or in ``loaded``, a name it
    sets), in a fresh interpreter."""
    code = (
        f"import json, sys\n{statement}\n"
        f"heavy = {heavy!r}\n"
        f"print(json.dumps(sorted(m for m in {loaded} "
        "if any(m == h or m.startswith(h + '.') for h in heavy))))"
    )
    env = dict(os.environ, PYTHONPATH=SRC + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.parametrize(
    "statement",
    [
        "import tealeaves.tui.app",
        "from tealeaves.tui import TeaLeavesApp",
        "from tealeaves.cli.main import main",
        # what `tealeaves` runs before the explorer's first screen is drawn
        "from tealeaves.cli.main import build_parser; from tealeaves.library import Library",
    ],
)
def test_the_first_screen_imports_no_index_reader_or_extractor(statement):
    assert _imported_after(statement) == []


@pytest.mark.parametrize(
    "statement",
    [
        "import tealeaves.tui.app",
        "from tealeaves.tui import TeaLeavesApp; from tealeaves.library import Library",
        # what `tealeaves` imports before it knows whether to launch the explorer
        "from tealeaves.cli.main import main",
    ],
)
def test_the_explorer_imports_only_the_panes_and_the_library_class(statement):
    assert _imported_after(statement, DEFERRED) == []


#: The explorer run headless until its first screen is drawn, with an opener that waits:
#: what is imported by then (nothing opened, no keymap.toml).
FIRST_SCREEN = """
import asyncio, threading
from pathlib import Path
from tealeaves.tui import TeaLeavesApp
go = threading.Event()
def opener(progress):
    go.wait()
    raise RuntimeError("not opened")
async def first_screen():
    app = TeaLeavesApp(opener, config_dir=Path({config_dir!r}))
    async with app.run_test(size=(100, 30)):
        app.query_one("#doc-list")  # the panes are there
        loaded = set(sys.modules)
        go.set()
    return loaded
loaded = asyncio.run(first_screen())
"""


def test_nothing_deferred_is_imported_before_the_first_screen_is_drawn(tmp_path):
    statement = FIRST_SCREEN.format(config_dir=str(tmp_path))
    assert _imported_after(statement, DEFERRED + HEAVY, loaded="loaded") == []


def test_the_screens_are_imported_when_opened(tmp_path):
    statement = FIRST_SCREEN.format(config_dir=str(tmp_path)).replace(
        "        loaded = set(sys.modules)\n",
        "        await app.run_action('help')\n        loaded = set(sys.modules)\n",
    )
    assert _imported_after(statement, ("tealeaves.tui.help",), loaded="loaded") == [
        "tealeaves.tui.help"
    ]


def test_a_key_of_a_screen_not_yet_imported_is_known_to_the_keymap():
    from tealeaves.tui.app import KnownBindingIds, screens_with_keys

    known = KnownBindingIds()
    assert "app.search" in known and "experts.sort" in known
    every = {b.id for screen in screens_with_keys() for b in screen.BINDINGS if b.id}
    assert {"reader.next_hit", "quote.flag", "confirm.yes", "matrix.edit"} <= every
    assert all(binding_id in known for binding_id in every)
    assert "reader.no_such_key" not in known


def test_opening_a_library_imports_them(tmp_path):
    assert "whoosh" in " ".join(
        _imported_after(
            f"from tealeaves.library import Library\n"
            f"Library.open(index_dir={str(tmp_path / 'i')!r}, library_dir={str(tmp_path)!r})"
        )
    )


def test_the_copies_kept_for_a_cheap_import_match_the_originals():
    from tealeaves.corpus.loader import ARTICLE_SUFFIXES as READ
    from tealeaves.library import core
    from tealeaves.library.listing import PAGE_SIZE
    from tealeaves.search.bounds import QUERY_SECONDS

    assert ARTICLE_SUFFIXES == READ
    assert core.QUERY_SECONDS == QUERY_SECONDS
    assert core.PAGE_SIZE == PAGE_SIZE
    assert Library.page.__defaults__ == (0, PAGE_SIZE)
    assert Library.search.__kwdefaults__["seconds"] == QUERY_SECONDS


def test_launching_the_explorer_leaves_garbage_collection_on(monkeypatch, tmp_path):
    import gc
    import sys

    import tealeaves.cli.main  # noqa: F401 (the module, not the function of that name)
    from tealeaves.tui import TeaLeavesApp

    launcher = sys.modules["tealeaves.cli.main"]
    during = []
    monkeypatch.setattr(launcher, "is_tty", lambda stream: True)
    monkeypatch.setattr(TeaLeavesApp, "run", lambda self: during.append(gc.isenabled()))
    assert launcher.main(["--index", str(tmp_path / "i"), "--library", str(tmp_path)]) == 0
    assert during == [True]  # the explorer pauses it itself, until its first screen is drawn
    assert gc.isenabled()


#: Not needed before the first screen either (round 10 of docs/benchmarks.md): the Library
#: class (the explorer's modules name it in type hints only; the opener imports it) and
#: Rich's table of emoji names (loaded when a str is read as markup, as DataTable does with
#: a str heading).
NOT_BEFORE_THE_FIRST_SCREEN = ("tealeaves.library", "rich._emoji_codes")


@pytest.mark.parametrize("statement", ["import tealeaves.tui.app", "from tealeaves.tui import *"])
def test_the_explorer_imports_no_library_module(statement):
    assert _imported_after(statement, ("tealeaves.library",)) == []


def test_the_first_screen_is_drawn_without_the_library_class_or_rich_emoji(tmp_path):
    statement = FIRST_SCREEN.format(config_dir=str(tmp_path))
    assert _imported_after(statement, NOT_BEFORE_THE_FIRST_SCREEN, loaded="loaded") == []


#: What `tealeaves` with global options only does up to starting the explorer (which is
#: stubbed: it would need a terminal).
LAUNCH = """
import tealeaves.cli.main
from tealeaves.tui import TeaLeavesApp
launcher = sys.modules["tealeaves.cli.main"]
launcher.is_tty = lambda stream: True
TeaLeavesApp.run = lambda self: None
assert launcher.main(["--index", {index!r}, "--library", {library!r}, "--no-bundled"]) == 0
"""


def test_tealeaves_launches_the_explorer_without_the_commands_or_the_library(tmp_path):
    statement = LAUNCH.format(index=str(tmp_path / "i"), library=str(tmp_path))
    commands = ("tealeaves.cli.articles", "tealeaves.cli.people", "tealeaves.cli.viewpoints",
                "tealeaves.cli.folders")  # fmt: skip
    assert _imported_after(statement, (*commands, *NOT_BEFORE_THE_FIRST_SCREEN)) == []


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--index", "i"],
        ["--index=i", "--corpus", "a", "--corpus", "b", "--no-bundled", "--library", "l"],
        ["--corpus", "search"],  # a folder named like a command
        ["--index", "-"],
        ["--corpus", "-1"],
    ],
)
def test_global_options_alone_are_read_as_the_full_parser_reads_them(argv):
    from tealeaves.cli.main import build_parser, explorer_args

    assert vars(explorer_args(argv)) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "x"],
        ["--index", "i", "docs"],
        ["--ind", "i"],  # an abbreviation: the full parser's to accept or refuse
        ["--index"],
        ["--no-bundled=1"],
        ["-x"],
        ["--"],
        ["--", "x"],
        ["--version"],
        ["-h"],
        ["--help"],
    ],
)
def test_anything_else_goes_to_the_full_parser(argv):
    from tealeaves.cli.main import explorer_args

    assert explorer_args(argv) is None
