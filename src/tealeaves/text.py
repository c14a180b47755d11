"""One rule per concept for names as the front ends show and match them."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name for matching."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(kept.replace("-", " ").replace("’", "'").split())


def given_key(given: str) -> str:
    """One key for the romanisations of a Russian first name: Sergei/Sergey, Dmitri/Dmitry/
    Dmitriy, Alexei/Aleksey, Yuri/Yury, Fyodor/Fedor, Yevgeny/Evgeny."""
    g = fold(given).replace("ks", "x").replace("yo", "e")
    g = re.sub(r"^ye", "e", g)
    g = re.sub(r"(?:eiy|eyi|ei|ey)$", "ey", g)
    return re.sub(r"(?:iy|ii|yi|y|i)$", "y", g)


def display_name(name: str, native_name: str = "") -> str:
    """A person's name as listed: "Zhao Huasheng 赵华胜" (just the name without a native one)."""
    return f"{name} {native_name}".strip()


def spaced(text: str) -> str:
    """``text`` with every run of white space made one space."""
    return " ".join(text.split())


# Letters and pairs that spell one sound in the Latin names of one person written from
# different scripts: "Kishida" and "Kisida" (Кисида), "Michael" and "Maykl" (Майкл),
# "Szijjártó" and "Siyyarto" (Сийярто), "Jomart" and "Zhomart" (Жомарт), "Sybiha" and
# "Sibiga" (Сибига). Applied in this order.
_SOUNDS = (
    ("dzh", "j"), ("zh", "j"), ("sch", "s"), ("sh", "s"), ("ch", "k"), ("kh", "h"), ("h", "g"),
    ("ph", "f"), ("sz", "s"), ("tz", "c"), ("ts", "c"), ("ck", "k"), ("q", "k"), ("w", "v"),
    ("x", "ks"), ("z", "s"), ("c", "k"),
)  # fmt: skip


def sound_key(name: str) -> tuple[str, ...]:
    """The consonants of each word of a Latin name, with the spellings of one sound made one
    and vowels, glides and doubled letters dropped: the same for "Kaja Kallas" and "Kay
    Kallas", for "Andrea Kendall-Taylor" and "Andrea Kendall-Teylor"."""
    words = []
    for word in fold(name).split():
        w = "".join(c for c in word if "a" <= c <= "z")
        w = _SILENT_H.sub("", w)  # "John" and "Dzhon" (Джон): an h after a vowel is silent
        for spelled, sound in _SOUNDS:
            w = w.replace(spelled, sound)
        w = "".join(c for c in w if c not in "aeiouyj")
        words.append("".join(c for n, c in enumerate(w) if n == 0 or w[n - 1] != c))
    return tuple(words)


def same_sounds(a: str, b: str) -> bool:
    """Whether two Latin names can be one person's name written from two scripts: the same
    surname (three sounds or more) and the same given names, or a given name and its
    initial ("S. Jaishankar", "Subramanyam Dzhayshankar")."""
    ka, kb = sound_key(a), sound_key(b)
    if len(ka) < 2 or len(ka) != len(kb) or ka[-1] != kb[-1] or len(ka[-1]) < 2:
        return False
    if len(ka[-1]) < 3 and ka[:-1] != kb[:-1]:
        return False  # a surname of two sounds ("Hill", Хилл) only with the same given names
    if _ending(a) != _ending(b):
        return False  # Lavrov and Lavrova are two people
    for x, y in zip(ka[:-1], kb[:-1], strict=True):
        initial = (len(x) == 1 or len(y) == 1) and x[:1] == y[:1]
        if x != y and not initial:
            return False
    return True


#: An h that follows a vowel and ends the word or stands before a consonant: "John".
_SILENT_H = re.compile(r"(?<=[aeiou])h(?=[^aeiouy]|$)")


def _ending(name: str) -> str:
    """The vowel a surname ends with ("a" for Lavrova, "" for Lavrov; i and y are one)."""
    last = fold(name).split()[-1] if name.split() else ""
    end = last[-1:] if last[-1:] in ("a", "e", "i", "o", "u", "y") else ""
    return "i" if end == "y" else end
