"""Stances: who stands where on which topic, with the words that show it.

Curated stances ship in ``data/stances.toml``; a user's own are kept in their annotations
(:mod:`tealeaves.userdata`). Neither is ever guessed from keywords: topic tags say what a
passage is about, a stance says what someone thinks, and only a person reading the text
decides that.
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources

from tealeaves.model import Stance

#: The longest position label; a badge must fit in a matrix cell.
MAX_POSITION = 40


class StanceError(ValueError):
    """A stance that cannot be used; ``str()`` names the problem."""


def check_position(position: str) -> str:
    """``position`` tidied, or :class:`StanceError` if it cannot be a badge."""
    position = " ".join(position.split())
    if not position:
        raise StanceError("a stance needs a position, e.g. 'for', 'against', 'costly to China'")
    if len(position) > MAX_POSITION:
        raise StanceError(
            f"the position '{position[:20]}…' is over {MAX_POSITION} characters; "
            "put the detail in the summary"
        )
    return position


_ID = re.compile(r"[\w][\w-]*")


def parse_stances(text: str, source: str) -> list[Stance]:
    """Curated stances from TOML text (``[[stance]]`` tables). Raises :class:`StanceError`."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise StanceError(f"{source}: not valid TOML ({exc})") from None
    found: list[Stance] = []
    seen: set[tuple[str, str]] = set()
    for n, entry in enumerate(data.get("stance", []), 1):
        values = {}
        for key in ("person", "topic", "position", "summary", "document", "evidence"):
            value = entry.get(key, "")
            if not isinstance(value, str):
                raise StanceError(f"{source}: stance {n}: {key} must be text")
            values[key] = value.strip()
        for key in ("person", "topic"):
            if not _ID.fullmatch(values[key]):
                raise StanceError(f"{source}: stance {n} needs a {key} id")
        if not values["evidence"] or not values["document"]:
            raise StanceError(f"{source}: stance {n} needs evidence and the document it is in")
        key = (values["person"], values["topic"])
        if key in seen:
            raise StanceError(f"{source}: {key[0]} on {key[1]} appears twice")
        seen.add(key)
        try:
            position = check_position(values["position"])
        except StanceError as exc:
            raise StanceError(f"{source}: stance {n}: {exc}") from None
        found.append(
            Stance(
                person=values["person"],
                topic=values["topic"],
                position=position,
                summary=values["summary"],
                evidence=values["evidence"],
                document=values["document"],
                source="curated",
            )
        )
    return found


def curated_stances() -> list[Stance]:
    """The stances shipped with the package."""
    text = resources.files("tealeaves").joinpath("data", "stances.toml").read_text("utf-8")
    return parse_stances(text, "data/stances.toml")
