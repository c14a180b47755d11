"""Cleaning an article's text as it is read: control characters shown, spaces folded."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from tealeaves.corpus.clean import fold_space, show_controls

_PIECES = ["a", "Б", "中", " ", "  ", "\t", "\u00a0", "\u3000", "\n", "e\u0301"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@given(_TEXT)
def test_spaces_fold_as_every_run_of_them_made_one_space(text):
    """Only runs other than a single space are replaced; the result is what replacing
    every run of spaces, tabs, no-break and ideographic spaces by one space gives."""
    expected = unicodedata.normalize("NFC", re.sub("[ \t\u00a0\u3000]+", " ", text).strip())
    assert fold_space(text) == expected


@given(st.text(max_size=40))
def test_every_control_character_but_newline_and_tab_is_shown(text):
    shown = show_controls(text)
    assert len(shown) == len(text)
    for before, after in zip(text, shown, strict=True):
        code = ord(before)
        if before in "\n\t" or not (code < 0x20 or 0x7F <= code < 0xA0):
            assert after == before
        else:
            assert after != before and not unicodedata.category(after).startswith("C")


def test_a_text_without_controls_is_given_back_as_it_came():
    text = "Zhao Huasheng (赵华胜) argues\tthat\n“…”" * 3
    assert show_controls(text) is text
    assert show_controls("a\x1b[31mb\x9b") == "a␛[31mb\ufffd"
