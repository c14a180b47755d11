"""What the viewpoint screens share: refusals shown, list headings, exports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.text import Text
from textual.screen import Screen
from textual.widgets.option_list import Option

from tealeaves import export
from tealeaves.library import (
    Library,
    NotFound,
    UserDataError,
)
from tealeaves.tui.workers import in_thread
from tealeaves.util import atomic_write_text

#: What a change the user asked for can fail with; each is shown, not raised.
REFUSED: tuple[type[Exception], ...] = (UserDataError, NotFound, ValueError, OSError)


def refused(screen: Any) -> Callable[[Exception], None]:
    def say(problem: Exception) -> None:
        screen.app.notify(str(problem), title="Not done", severity="error", timeout=10)

    return say


def heading(title: str) -> Option:
    return Option(Text(title, style="bold reverse"), disabled=True)


def exports_dir(library: Library) -> Path:
    return library.config.data_dir() / "exports"


def slug(*parts: str) -> str:
    return "-".join(p for p in parts if p)[:80]


#: What an export writes: Markdown, JSON-ready data and the rows of a CSV table.
Exported = tuple[str, Any, list[dict[str, Any]]]


def export_files(
    screen: Screen[Any], library: Library, name: str, make: Callable[[], Exported]
) -> None:
    """Write ``name``.md, .json and .csv into the library's exports folder (in a worker)
    and say so."""

    def write() -> tuple[Path, list[Path]]:
        import json

        markdown, data, rows = make()
        folder = exports_dir(library)
        paths = [folder / f"{name}.md", folder / f"{name}.json", folder / f"{name}.csv"]
        atomic_write_text(paths[0], markdown)
        atomic_write_text(paths[1], json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        atomic_write_text(paths[2], export.rows_to_csv(rows))
        return folder, paths

    def written(done: tuple[Path, list[Path]]) -> None:
        folder, paths = done
        screen.app.notify(", ".join(p.name for p in paths), title=f"Exported to {folder}")

    def failed(exc: Exception) -> None:
        screen.app.notify(f"Could not export: {exc}", severity="error")

    in_thread(screen, write, written, failed, errors=(OSError,), name="Exporting")
