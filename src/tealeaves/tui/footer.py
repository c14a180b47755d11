"""The footer every screen uses: the keys that fit, and only the ones that work."""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.keys import key_to_character
from textual.widgets import Footer, Input
from textual.widgets._footer import FooterKey

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
