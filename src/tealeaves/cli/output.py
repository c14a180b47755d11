"""What every command shares: exit codes, printing (Rich on a terminal, plain lines when
piped), progress, and opening the library with the global options."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from tealeaves.library import Library

EXIT_OK = 0
EXIT_NOT_FOUND = 1  # a search or lookup found nothing
EXIT_USAGE = 2
EXIT_ERROR = 3  # the library could not be opened, or a change could not be saved


def console(stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def is_tty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def warn(message: str) -> None:
    print(f"tealeaves: {message}", file=sys.stderr)


def write_or_print(text: str, output: str | None) -> None:
    """``text`` to the file ``output`` (see :func:`tealeaves.export.write_output`: a regular
    file replaced atomically, a link written through, anything else refused with an
    OSError), saying so on stderr, exactly; or to stdout, :func:`visible` (notes, stances
    and registry values may hold escapes, and stdout is or reaches a terminal)."""
    from tealeaves.export import write_output

    if output:
        write_output(Path(output), text)
        warn(f"wrote {output}")
    else:
        sys.stdout.write(visible(text))


def visible(text: str) -> str:
    """``text`` with every control character but newline and tab made visible (ESC
    becomes ␛), as the loader does for article text: notes, stances and registry values
    are typed by hand and reach the terminal too."""
    from tealeaves.library import show_controls

    return show_controls(text)


def one_cell(text: str) -> str:
    """``text`` as one field of a tab-separated line: :func:`visible`, and tab and line
    breaks shown as ␉ and ␤, so that a title with a newline cannot forge another row."""
    return visible(text).replace("\t", "\u2409").replace("\n", "\u2424")


def shown(text: Text) -> Text:
    """A Rich ``text`` built from strings that may hold control characters, with each made
    visible (one character for one, so its styles stay where they were)."""
    text.plain = visible(text.plain)
    return text


def print_line(*fields: str) -> None:
    """One record piped: its fields as :func:`one_cell`, separated by tabs."""
    print("\t".join(map(one_cell, fields)))


def plain(text: str, style: str = "") -> Text:
    """Text for a Rich table or line: a Text, so that it is never read as markup, with
    its control characters made visible."""
    from rich.text import Text

    return Text(visible(text), style=style)


def header_line(names: Sequence[str]) -> str:
    """The first line of a tab-separated list: its fields' names after a ``#``, so that
    ``grep -v '^#'`` drops it ("#id\ttitle\tauthors")."""
    return "#" + "\t".join(name.casefold().replace(" ", "_") for name in names)


def print_table(
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    lines: Sequence[Sequence[str]] | None = None,
    line_headers: Sequence[str] | None = None,
) -> None:
    """On a terminal, ``rows`` as a Rich table (every cell plain text); piped, a header
    line, then lines of tab-separated fields (``lines`` and ``line_headers`` where they
    differ from the table)."""
    if is_tty(sys.stdout):
        from rich.table import Table

        table = Table(title=title, expand=True)
        for header in headers:
            table.add_column(header, overflow="fold")
        for row in rows:
            table.add_row(*map(plain, row))
        console().print(table)
    else:
        print(header_line(headers if line_headers is None else line_headers))
        for line in rows if lines is None else lines:
            print_line(*line)


class ProgressBar:
    """A Rich progress bar on a terminal's stderr; silent when stderr is not a terminal.
    A message without a count (``total`` 0: waiting for another process) is printed."""

    def __init__(self, description: str) -> None:
        self.description = description
        self._progress: Any = None
        self._task: Any = None

    def __call__(self, done: int, total: int, message: str) -> None:
        if total == 0 and message:  # a message without a count: waiting for something
            warn(message)
            return
        if not is_tty(sys.stderr) or total < 2:
            return
        if self._progress is None:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            self._progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=console(stderr=True),
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task(self.description, total=total)
        self._progress.update(self._task, completed=done, total=total)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()


def where(args: argparse.Namespace) -> dict[str, Any]:
    """The global options as arguments of ``Library.open``."""
    return {
        "index_dir": args.index,
        "corpus_dirs": args.corpus or (),
        "bundled": not args.no_bundled,
        "library_dir": args.library,
    }


def open_library(
    args: argparse.Namespace, *, rebuild: bool = False, cluster: str | None = None
) -> Library:
    """Open the library with the global options; report notices and bad articles on stderr."""
    from tealeaves.library import Library

    bar = ProgressBar("Indexing articles")
    try:
        lib = Library.open(**where(args), progress=bar, rebuild=rebuild, cluster=cluster)
    finally:
        bar.close()
    for notice in lib.notices:
        warn(notice)
    for error in lib.errors:
        warn(f"skipped {error}")
    return lib


def refused(exc: Exception) -> int:
    """Say why a lookup or a change was refused; the exit code says what kind of problem:
    1 not found, 3 could not save, 2 anything else the user gave wrong."""
    from tealeaves.library import NotFound, UserDataError

    warn(str(exc))
    if isinstance(exc, NotFound):
        return EXIT_NOT_FOUND
    if isinstance(exc, UserDataError):
        return EXIT_ERROR
    return EXIT_USAGE


def output_format(args: argparse.Namespace) -> str:
    """The output format chosen by --json / --markdown / --csv (else "text")."""
    for name in ("json", "markdown", "csv"):
        if getattr(args, name, False):
            return name
    return "text"
