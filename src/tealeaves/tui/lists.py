"""The option list every screen uses: Textual's, made safe on a terminal too small for it,
and the headings its options are grouped under."""

from __future__ import annotations

from rich.text import Text
from textual import _widget_navigation
from textual.widgets import OptionList
from textual.widgets.option_list import Option


class Options(OptionList):
    """An OptionList that pages only through options it has laid out.

    With no room at all (a terminal a few lines high), Textual lays out no options, and
    page up or down then looks up the highlighted option's line and fails (KeyError): the
    explorer stopped. With nothing laid out there is nothing to page through."""

    def _move_page(self, direction: _widget_navigation.Direction) -> None:
        if self.highlighted is not None and self.highlighted not in self._index_to_line:
            return
        super()._move_page(direction)


def heading(title: str) -> Option:
    return Option(Text(title, style="bold reverse"), disabled=True)
