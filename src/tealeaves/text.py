"""One rule per concept for names as the front ends show and match them."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name for matching."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(kept.replace("-", " ").replace("’", "'").split())


def display_name(name: str, native_name: str = "") -> str:
    """A person's name as listed: "Zhao Huasheng 赵华胜" (just the name without a native one)."""
    return f"{name} {native_name}".strip()


def spaced(text: str) -> str:
    """``text`` with every run of white space made one space."""
    return " ".join(text.split())
