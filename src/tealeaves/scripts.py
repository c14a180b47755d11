"""Script folding shared by extraction and search: traditional Chinese characters read as
simplified, and Russian words read as their dictionary form.

Both keep offsets: a traditional character becomes one simplified character (OpenCC's
table, one character at a time), so spans found in the folded text point into the original.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def _simplified_char(c: str) -> str:
    s = _t2s().convert(c)
    return s if len(s) == 1 else c


class _Folding(dict):
    """A table for ``str.translate`` that fills itself: each character code met for the
    first time is looked up once (a Han character in OpenCC's table, anything else as
    itself), then answered by the table alone."""

    def __missing__(self, code: int) -> int:
        c = chr(code)
        folded = ord(_simplified_char(c)) if "\u3400" <= c <= "\u9fff" else code
        self[code] = folded
        return folded


_FOLDING = _Folding()


def simplified(text: str) -> str:
    """``text`` in simplified characters, one character for one (趙華勝 -> 赵华胜)."""
    return text.translate(_FOLDING)


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=200_000)
def russian_lemma(word: str) -> str:
    """The dictionary form of a lowercase Russian word: "лукьянова", "лукьяновым" ->
    "лукьянов"; "отношений" -> "отношение". Unknown words come back as they are guessed."""
    parses = _morph().parse(word)
    surname = next((p for p in parses[:4] if "Surn" in p.tag), None)
    if surname is not None:
        return surname.normal_form.replace("ё", "е")
    if parses and parses[0].is_known:
        return parses[0].normal_form.replace("ё", "е")
    # A word the dictionary does not know: a surname in -ов/-ев/-ин loses only its case
    # ending ("шлындова" -> "шлындов"); anything else is kept whole.
    stem = _SURNAME_CASE.sub("", word)
    return stem.replace("ё", "е")


_SURNAME_CASE = re.compile(r"(?<=[оеё]в|ин)(?:ой|ым|ом|ому|ого|ыми|ых|а|у|е|ы)$")
