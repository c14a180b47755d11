"""What the viewpoint screens share: refusals shown, exports."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.screen import Screen

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


def exports_dir(library: Library) -> Path:
    return library.config.data_dir() / "exports"


#: The longest export name: cut in the middle, so that the topic at its end stays.
NAME_LIMIT = 80


def slug(*parts: str) -> str:
    """An export's name from its parts; over NAME_LIMIT the ones before the last are cut,
    never the last (the topic, or "all")."""
    parts = tuple(p for p in parts if p)
    name = "-".join(parts)
    if len(name) <= NAME_LIMIT or len(parts) < 2:
        return name[:NAME_LIMIT]
    last = parts[-1][: NAME_LIMIT // 2]
    head = "-".join(parts[:-1])[: NAME_LIMIT - len(last) - 1].rstrip("-")
    return f"{head}-{last}"


#: What an export writes: Markdown, JSON-ready data and the rows of a CSV table.
Exported = tuple[str, Any, list[dict[str, Any]]]

#: Held while an export picks its name and writes, so that two exports at once never
#: pick the same free name.
_EXPORTING = threading.Lock()


def export_files(
    screen: Screen[Any],
    library: Library,
    name: str,
    make: Callable[[], Exported],
    *,
    what: str = "",
) -> None:
    """Write ``name``.md, .json and .csv into the library's exports folder (in a worker)
    and say so, with ``what`` was exported. An earlier export of the same name is kept:
    this one is ``name-2`` (``-3`` …)."""

    def write() -> tuple[Path, list[Path], int]:
        import json

        markdown, data, rows = make()
        folder = exports_dir(library)
        with _EXPORTING:
            stem, n = name, 1
            while any((folder / f"{stem}{ext}").exists() for ext in (".md", ".json", ".csv")):
                n += 1
                stem = f"{name}-{n}"
            paths = [folder / f"{stem}.md", folder / f"{stem}.json", folder / f"{stem}.csv"]
            atomic_write_text(paths[0], markdown)
            atomic_write_text(paths[1], json.dumps(data, ensure_ascii=False, indent=2) + "\n")
            atomic_write_text(paths[2], export.rows_to_csv(rows))
        return folder, paths, n

    def written(done: tuple[Path, list[Path], int]) -> None:
        folder, paths, n = done
        said = ", ".join(p.name for p in paths) + (f": {what}" if what else "")
        if n > 1:
            said += f" (the earlier {name}.* are kept)"
        screen.app.notify(said, title=f"Exported to {folder}", timeout=8)

    def failed(exc: Exception) -> None:
        screen.app.notify(f"Could not export: {exc}", severity="error")

    in_thread(screen, write, written, failed, errors=(OSError,), name="Exporting")
