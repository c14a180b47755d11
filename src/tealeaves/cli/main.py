"""The ``tealeaves`` command: the parser, and launching the explorer.

Every read command has ``--json``. Tables are drawn with Rich on a terminal and printed as
plain lines when the output is piped. The TUI is imported only when it is launched.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from tealeaves import __version__
from tealeaves.cli.output import EXIT_ERROR, EXIT_OK, EXIT_USAGE, is_tty, warn, where

if TYPE_CHECKING:
    from tealeaves.library import Library, Progress


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default: Any = argparse.SUPPRESS if suppress else None
    group = parser.add_argument_group("where things are")
    group.add_argument(
        "--index",
        metavar="DIR",
        default=default,
        help="index directory (default: $TEALEAVES_INDEX, the checkout's index/, "
        "or the user cache directory)",
    )
    group.add_argument(
        "--corpus",
        metavar="DIR",
        action="append",
        default=default,
        help="an extra folder of articles (.md .txt .html .pdf); repeat for more",
    )
    group.add_argument(
        "--library",
        metavar="DIR",
        default=default,
        help="your own library (default: $TEALEAVES_LIBRARY or the user data directory)",
    )
    group.add_argument(
        "--no-bundled",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="leave out the two articles that ship with Tea Leaves",
    )


EXAMPLES = """\
examples:
  tealeaves search alliance
  tealeaves search '"strategic rear"'
  tealeaves search 'alliance NOT Ukraine'
  tealeaves search 'author:sautin alliance' --json
  tealeaves search 结盟
  tealeaves docs
  tealeaves add ~/Downloads/report.pdf --publication "CICIR"
  tealeaves add ~/clippings/
  tealeaves experts
  tealeaves expert "Feng Yujun"
  tealeaves glossary
  tealeaves topics
  tealeaves search 'topic:alliance kind:quote'
  tealeaves compare "Yan Xuetong" "Ding Xiaoxing" --topic alliance
  tealeaves matrix --csv -o matrix.csv
  tealeaves stance set "Zhou Bo" alliance against --summary "…"
  tealeaves export --format markdown -o report.md
  tealeaves index --rebuild
  tealeaves --corpus ~/articles docs
  tealeaves folders list
  tealeaves folders rm ~/articles
"""


def json_option(target: argparse._ActionsContainer) -> None:
    """``--json``: the one declaration every read command shares (on a parser or a group)."""
    target.add_argument("--json", action="store_true", help="print JSON for scripts")


def formats(p: argparse.ArgumentParser, *names: str) -> None:
    """Mutually exclusive output formats (``--json``, ``--markdown``, ``--csv``) and ``-o``."""
    group = p.add_mutually_exclusive_group()
    for name in names:
        if name == "json":
            json_option(group)
        else:
            group.add_argument(f"--{name}", action="store_true", help=f"print {name.upper()}")
    if "markdown" in names or "csv" in names:
        p.add_argument("--output", "-o", metavar="PATH", help="write to a file instead")


Adder = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tealeaves",
        description="Read what experts say about a foreign-policy question: search articles, "
        "see who said what.\n\n`tealeaves` with no command, on a terminal, opens the explorer "
        "(keys: ? inside it).",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"tealeaves {__version__}")
    _global_options(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(
        name: str, func: Callable[[argparse.Namespace], int], help: str
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        _global_options(p, suppress=True)
        p.set_defaults(func=func)
        return p

    _article_commands(add)
    _people_commands(add)
    _viewpoint_commands(add)
    return parser


def _article_commands(add: Adder) -> None:
    from tealeaves.cli import articles

    p = add("search", articles.cmd_search, "search the articles (see README: query syntax)")
    p.add_argument("query", nargs="+", help='words, "phrases", AND/OR/NOT, field:value …')
    p.add_argument("--limit", "-n", type=int, default=10, help="how many hits (default 10)")
    p.add_argument(
        "--per-article",
        type=int,
        default=3,
        metavar="N",
        help="at most N hits from one article (default 3; 0 for no cap)",
    )
    json_option(p)

    p = add(
        "docs",
        articles.cmd_docs,
        "list the articles; with an id, its metadata and where each came from",
    )
    p.add_argument("id", nargs="?", help="one article's id")
    json_option(p)

    p = add(
        "add",
        articles.cmd_add,
        "copy articles (.md .txt .html .pdf, or folders of them) into your library and index them",
    )
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help="files or folders (searched recursively)"
    )
    p.add_argument("--title", help="the article's title (one file only)")
    p.add_argument("--author", action="append", metavar="NAME", help="an author; repeat for more")
    p.add_argument("--date", help="2023-05-30, 2023-05 or 2023 (one file only)")
    p.add_argument("--publication", help="where it was published")
    p.add_argument("--url", help="where it came from (one file only)")
    p.add_argument("--encoding", help="the text encoding, when it is not UTF-8 and not guessed")
    json_option(p)

    p = add(
        "rm", articles.cmd_rm, "remove articles you added (by id); the original files are untouched"
    )
    p.add_argument("ids", nargs="+", metavar="ID")

    p = add("index", articles.cmd_index, "update the search index (or rebuild it)")
    p.add_argument("--rebuild", action="store_true", help="rebuild it from scratch")
    p.add_argument(
        "--cluster",
        metavar="ADDRESS",
        help="with --rebuild: build in partitions on a Dask cluster, tcp://HOST:8786 "
        "(a running scheduler) or local:N (N worker processes here); needs the cluster extra",
    )
    p.add_argument("--where", action="store_true", help="print where the index is and exit")
    json_option(p)

    _folders_command(add)

    p = add("export", articles.cmd_export, "export articles, people, quotes and terms")
    p.add_argument("--format", choices=("json", "csv", "markdown"), default="json")
    p.add_argument("--output", "-o", metavar="PATH", help="a file (a folder for csv)")


def _folders_command(add: Adder) -> None:
    """``folders list`` and ``folders rm``: the remembered folders, a command of its own."""
    from tealeaves.cli import folders

    p = add(
        "folders",
        folders.cmd_folders,
        "the folders remembered from --corpus: list them, or forget one (rm)",
    )
    action = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    s = action.add_parser(
        "list",
        help="the remembered folders, whether each is there, and how "
        "many of its articles are indexed",
    )
    json_option(s)
    s = action.add_parser(
        "rm", help="forget folders: their articles leave the index (the files are untouched)"
    )
    s.add_argument("folders", nargs="+", metavar="DIR")
    json_option(s)
    for s in action.choices.values():
        _global_options(s, suppress=True)


def _people_commands(add: Adder) -> None:
    from tealeaves.cli import people

    p = add(
        "experts", people.cmd_experts, "list the experts quoted or cited (--all: everyone named)"
    )
    p.add_argument("--all", action="store_true", help="include officials, leaders and authors")
    json_option(p)

    p = add("expert", people.cmd_expert, "one person's profile: roles, quotes (with ids), articles")
    p.add_argument("name", nargs="+", help="any name form, native script, or a unique prefix")
    formats(p, "json", "markdown", "csv")

    p = add(
        "glossary", people.cmd_glossary, "Chinese terms with pinyin and the English the texts give"
    )
    json_option(p)

    p = add(
        "topics",
        people.cmd_topics,
        "the questions the articles argue about, and who is quoted on each",
    )
    json_option(p)


def _viewpoint_commands(add: Adder) -> None:
    from tealeaves.cli import viewpoints

    p = add(
        "compare",
        viewpoints.cmd_compare,
        "people (or articles) side by side on a topic: stances and quotes",
    )
    p.add_argument("subjects", nargs="+", metavar="NAME", help="a person's name, or an article id")
    p.add_argument("--topic", "-t", help="a topic id or label (default: every topic)")
    p.add_argument("--filter", "-f", metavar="WORDS", help="only quotes containing these words")
    formats(p, "json", "markdown", "csv")

    p = add("matrix", viewpoints.cmd_matrix, "who stands where: people against topics")
    formats(p, "json", "markdown", "csv")

    p = add(
        "stance",
        viewpoints.cmd_stance,
        "list, set or remove stances (yours are kept in your library)",
    )
    stance = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    s = stance.add_parser("list", help="list the stances in force")
    s.add_argument("person", nargs="?", help="only this person's")
    s.add_argument("--topic", "-t", help="only on this topic")
    json_option(s)
    s = stance.add_parser("set", help="set a person's stance on a topic (replaces theirs)")
    s.add_argument("person")
    s.add_argument("topic")
    s.add_argument("position", help="a short label: for, against, costly to China …")
    s.add_argument("--summary", help="one sentence on what the evidence shows")
    s.add_argument("--evidence", help="words copied from the article, exactly")
    s.add_argument("--document", help="the article the evidence is in (default: theirs)")
    s = stance.add_parser("rm", help="remove a person's stance on a topic")
    s.add_argument("person")
    s.add_argument("topic")
    for s in stance.choices.values():
        _global_options(s, suppress=True)

    p = add("note", viewpoints.cmd_note, "show, write or clear your note on a quote")
    p.add_argument("quote", help="the quote's id (see `tealeaves expert NAME`)")
    p.add_argument("text", nargs="*", help="the note (none: show it)")
    p.add_argument("--clear", action="store_true", help="remove the note")

    p = add("flag", viewpoints.cmd_flag, "flag quotes as important (--off to clear)")
    p.add_argument("quotes", nargs="+", metavar="QUOTE", help="quote ids")
    p.add_argument("--off", action="store_true", help="clear the flags")

    p = add("marked", viewpoints.cmd_marked, "the quotes you flagged or noted, with citations")
    formats(p, "json", "markdown", "csv")

    p = add("cite", viewpoints.cmd_cite, "a quote with full attribution, to paste or save")
    p.add_argument("quote", help="the quote's id")
    p.add_argument("--output", "-o", metavar="PATH", help="write to a file instead")
    json_option(p)


def launch_explorer(args: argparse.Namespace) -> int:
    """Open the interactive explorer, which needs a terminal on both ends."""
    if not (is_tty(sys.stdin) and is_tty(sys.stdout)):
        warn(
            "the explorer needs a terminal (input or output is redirected). "
            "For scripts use a subcommand, e.g. `tealeaves search alliance --json`; "
            "`tealeaves --help` lists them."
        )
        return EXIT_USAGE
    # Importing Textual and the explorer makes objects that all stay (classes, functions):
    # a garbage collection meanwhile walks them again and again for nothing (about a tenth
    # of the import time; the explorer itself collects none until its first screen is drawn).
    gc.disable()
    try:
        from tealeaves.tui import TeaLeavesApp
    finally:
        gc.enable()

    def opener(progress: Progress) -> Library:
        # Imported here, in the explorer's opening worker once its first screen is drawn:
        # the Library class is not needed to draw it.
        from tealeaves.library import Library

        # The article files are looked at once the lists are shown (the app checks the
        # library in a worker): at 50,000 files that look was most of the open.
        return Library.open(**where(args), progress=progress, check=False)

    TeaLeavesApp(opener).run()
    return EXIT_OK


class _NotOnlyGlobalOptions(Exception):
    """The command line is not the global options alone: the full parser decides."""


class _GlobalOptionsParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotOnlyGlobalOptions(message)


def explorer_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments when ``argv`` is global options only (the explorer is to be launched),
    read without building every command's parser or importing the commands' modules (about
    10 ms before the explorer's first screen). None when ``argv`` holds anything else, or
    anything the full parser would read otherwise or refuse (--help, --version, a command,
    an abbreviated or a malformed option): then the full parser reads it."""
    parser = _GlobalOptionsParser(add_help=False, allow_abbrev=False)
    _global_options(parser, suppress=False)
    try:
        args, rest = parser.parse_known_args(list(argv))
    except _NotOnlyGlobalOptions:
        return None
    if rest or "--" in argv:
        return None
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    quick = explorer_args(sys.argv[1:] if argv is None else argv)
    if quick is not None:
        return launch_explorer(quick)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return launch_explorer(args)
    if getattr(args, "limit", 1) < 1:
        parser.error("--limit must be at least 1")
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        warn("interrupted")
        return 130
    except BrokenPipeError:
        # Output piped into a program that stopped reading (e.g. `head`): not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        warn(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
        return EXIT_ERROR
