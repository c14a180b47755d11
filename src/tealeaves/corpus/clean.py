"""Page furniture that web captures carry along and that is not part of an article."""

from __future__ import annotations

import re
import unicodedata

# Whole lines that are navigation or site chrome, never content (compared case-insensitively,
# after whitespace is folded).
_FURNITURE = re.compile(
    r"^(top of page|bottom of page|back to top|skip to (main )?content|made with\s+(by\s+)?\S+"
    r"|share this( article)?|print this page|subscribe|advertisement|cookie settings)$",
    re.IGNORECASE,
)
# Runs of spaces and tabs other than a single space (which stays as it is): a text
# without any is given back as it came, without copying it.
_SPACE = re.compile(r"[\t\u00a0\u3000][ \t\u00a0\u3000]*| [ \t\u00a0\u3000]+")
_BULLET = re.compile(r"^[•·▪●◦‣\-*]\s+")


# Control characters an article could use to drive the terminal (ESC starts colour, cursor
# and clipboard sequences; C1 0x9B is a one-byte CSI) become the visible symbols Unicode
# keeps for them ("␛[31m"), so they are shown and never run. Newlines and tabs stay.
_CONTROL_PICTURES = {c: 0x2400 + c for c in range(0x20) if chr(c) not in "\n\t"}
_CONTROL_PICTURES |= {0x7F: 0x2421} | {c: 0xFFFD for c in range(0x80, 0xA0)}


# A file name, an error or a library's warning is shown on one line: there a newline or a tab
# would forge another line or column of output, so they are made visible too.
_LINE_PICTURES = _CONTROL_PICTURES | {0x0A: 0x240A, 0x09: 0x2409}


_CONTROL = re.compile("[" + "".join(re.escape(chr(c)) for c in _CONTROL_PICTURES) + "]")


def show_controls(text: str) -> str:
    """``text`` with every control character but newline and tab made visible."""
    # (looked for first: translating a text that has none copies it a character at a time)
    return text.translate(_CONTROL_PICTURES) if _CONTROL.search(text) else text


def show_line(text: object) -> str:
    """``str(text)`` (a path, an error, a warning) as one line that is safe to print: every
    control character, newline and tab included, made visible as in article text."""
    return str(text).translate(_LINE_PICTURES)


def fold_space(text: str) -> str:
    """Collapse runs of spaces and tabs, trim the ends, and normalise to NFC."""
    # (a text with nothing to fold is seen by four string searches: the pattern's scan stops
    # at every space, five times as long)
    if "  " in text or "\t" in text or "\u00a0" in text or "\u3000" in text:
        text = _SPACE.sub(" ", text)
    return unicodedata.normalize("NFC", text.strip())


def is_furniture(line: str) -> bool:
    """True for a line such as "top of page" or "Made with by Agora"."""
    return bool(_FURNITURE.match(fold_space(_BULLET.sub("", line.strip()))))


def strip_bullet(line: str) -> str:
    return _BULLET.sub("", line.strip())


# A signature under a letter or a speaker's card: a name alone on its line (one to four
# capitalised words, nothing after them), then a line or two of role, place or affiliation
# that opens with a capital (a hard-wrapped sentence goes on in lower case) and ends with no
# full stop (a subheading over its paragraph, a speaker's label over an answer).
_NAME_LINE = re.compile(r"(?:[^\W\d_][\w.’'-]*\s+){0,3}[^\W\d_][\w.’'-]*")
_SIGNATURE_WIDTH = 100


def join_lines(lines: list[str]) -> str:
    """The lines of one paragraph as one line. The lines of a signature ("Robert Ingle" over
    "Former first secretary, British Embassy") are joined with a comma, as the name and its
    apposition they are; a role word on the next line would otherwise read as the name's
    last word. Every other paragraph's lines are joined with a space."""
    lines = [line.strip() for line in lines if line.strip()]
    first = lines[0] if lines else ""
    if (
        2 <= len(lines) <= 4
        and all(len(line) <= _SIGNATURE_WIDTH for line in lines)
        and _NAME_LINE.fullmatch(first)
        and all(word[0].isupper() for word in first.split())
        and not lines[1][0].islower()
        and not any(line.endswith((",", ";", ":", "-", "—")) for line in lines[:-1])
        and not any(line.endswith((".", "!", "?")) for line in lines[1:])
    ):
        return ", ".join(lines)
    return " ".join(lines)
