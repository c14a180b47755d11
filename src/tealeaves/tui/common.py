"""What the viewpoint screens share: refusals shown, list headings, exports."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.keys import key_to_character
from textual.screen import Screen
from textual.widgets import Footer, Input
from textual.widgets._footer import FooterKey
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


#: Keys an input box takes for itself besides the printable ones: not offered while it has focus.
#: (``slash`` too: Textual does not name its character.)
INPUT_KEYS = frozenset({"left", "right", "home", "end", "backspace", "delete", "slash"})


def _typed_into_a_box(key: str, shown: str) -> bool:
    """Whether ``key`` (as bound: ``q``, ``slash``, ``ctrl+r``) is one an input box takes,
    or is shown as one (f1 shown as ``?``, which would be typed)."""
    char = key_to_character(key)
    return (
        key in INPUT_KEYS
        or (char is not None and char.isprintable())
        or (len(shown) == 1 and shown.isprintable())
    )


class FittingFooter(Footer):
    """A footer that leaves out its least needed keys when they do not all fit, instead of
    cutting off the last ones (which are the ones that get a user out: ``?`` and ``q``).
    The screen names them, first to go first, in ``FOOTER_DROP`` (actions).

    While an input box has focus it shows only the keys that work there: ``q`` or ``5``
    would be typed into the box, not run."""

    def compose(self) -> ComposeResult:
        widgets = list(super().compose())
        if isinstance(self.screen.focused, Input):
            widgets = [
                w
                for w in widgets
                if not (isinstance(w, FooterKey) and _typed_into_a_box(w.key, w.key_display))
            ]
        keys = [
            w for w in widgets if isinstance(w, FooterKey) and "-command-palette" not in w.classes
        ]
        room = self.app.size.width - sum(
            _key_width(w) + 2 for w in widgets if w not in keys
        )  # the palette key, docked right
        drop = list(getattr(self.screen, "FOOTER_DROP", ()))
        shown = list(keys)
        while shown and sum(_key_width(k) for k in shown) > room:
            going = next((k for a in drop for k in shown if k.action == a), None)
            if going is None:
                break  # nothing left that may go: clipped as before
            shown.remove(going)
        for widget in widgets:
            if widget not in keys or widget in shown:
                yield widget

    def on_resize(self) -> None:
        self.call_after_refresh(self.recompose)


def _key_width(key: FooterKey) -> int:
    """The cells a footer key takes: " key " then "description " (see FooterKey)."""
    return cell_len(key.key_display) + 2 + (cell_len(key.description) + 1 if key.description else 0)
