"""The user's keys and theme, from ``keymap.toml`` in the config folder::

    theme = "nord"              # any Textual theme (ctrl+p, "theme" lists them)

    [keys]                      # binding id = key(s), comma-separated
    "app.search" = "ctrl+f"
    "reader.next_hit" = "n,j"

Reading it never fails: what cannot be used is listed in ``problems``, each naming the
file, and the explorer shows them as notifications.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from textual.binding import Binding, BindingType

KEYMAP_FILE = "keymap.toml"


@dataclass
class Settings:
    """What keymap.toml asks for, and what in it cannot be used."""

    keys: dict[str, str] = field(default_factory=dict)  # binding id -> key(s)
    theme: str | None = None
    problems: list[str] = field(default_factory=list)


def binding_ids(bindings: Iterable[BindingType]) -> set[str]:
    """The ids of ``bindings`` (a class's BINDINGS)."""
    return {b.id for b in bindings if isinstance(b, Binding) and b.id}


def read_settings(path: Path, known_ids: Container[str]) -> Settings:
    """The keys and theme in ``path`` (nothing when there is no such file); a binding id
    that no key of the explorer has is a problem, not an error."""
    settings = Settings()
    if not path.is_file():
        return settings
    import tomllib  # only when there is a file (not before the first screen otherwise)

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        settings.problems.append(f"{path}: could not be read ({exc}); default keys are used.")
        return settings
    for name in sorted(set(data) - {"theme", "keys"}):
        settings.problems.append(f"{path}: unknown setting {name!r} (only theme and [keys]).")
    theme = data.get("theme")
    if theme is not None and not isinstance(theme, str):
        settings.problems.append(f'{path}: theme must be a name in quotes, e.g. "nord".')
    elif theme:
        settings.theme = theme
    keys = data.get("keys", {})
    if not isinstance(keys, Mapping):
        settings.problems.append(f"{path}: keys must be a table ([keys]).")
        keys = {}
    for binding_id, value in _flatten(keys).items():
        if binding_id not in known_ids:
            settings.problems.append(
                f"{path}: no key has the id {binding_id!r}; it was ignored "
                "(the README lists the ids under Keys)."
            )
        elif not isinstance(value, str) or not value.strip():
            settings.problems.append(
                f'{path}: {binding_id!r} needs its key(s) in quotes, e.g. "ctrl+f" or "n,j".'
            )
        else:
            settings.keys[binding_id] = value.replace(" ", "")
    return settings


def _flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """``app.search = "ctrl+f"`` written without quotes is a table in TOML: flatten it to
    the dotted id again."""
    flat: dict[str, Any] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(_flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat
