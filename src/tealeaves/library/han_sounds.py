"""Whether a foreign name written in Chinese characters can be a name written in Latin script:
亚历山大·卢金 and Alexander Lukin, 安德烈·维诺格拉多夫 and Andrei Vinogradov (issue 18, item 5).

A Chinese article writes a Russian or Western name by sound, one character a syllable, and
often without the Latin original; its reader then has no Latin name for the person, and the
profile stays apart from the one English and Russian articles give. The characters still
spell the consonants of the name in order: 卢 is l or r, 金 is k, g or j followed by n. This
module compares those consonants with the Latin name's:

- a character's reading (pypinyin) gives a set of consonants its initial can stand for (j in
  季莫费 is the t of Timofei, in 金 the k of Lukin) and an n for a final n or ng; 尔 is r or l;
- a Latin word gives its consonants, digraphs as one (sh, kh, zh), vowels and glides left out,
  a doubled consonant once; an r that ends a word and the k of an x may be left unwritten
  (亚历山大 for Alexander, 基辛格 for Kissinger).

It is a test of "can be", never of "is": the join that uses it also asks that exactly one
person fits (:mod:`tealeaves.library.joins`).
"""

from __future__ import annotations

import re
from functools import cache

from tealeaves.text import sound_key

_HAN = re.compile("[\u3400-\u9fff]")
_DOTS = re.compile("[·•‧・.\\-]")

#: What the initial of a syllable can stand for in a transliteration.
_INITIALS: dict[str, frozenset[str]] = {
    "b": frozenset("p"), "p": frozenset("p"), "m": frozenset("m"), "f": frozenset("f"),
    "d": frozenset("t"), "t": frozenset("t"), "n": frozenset("n"), "l": frozenset("lr"),
    "g": frozenset("k"), "k": frozenset("k"), "h": frozenset("hk"),
    "j": frozenset("kStsh"), "q": frozenset("kSst"), "x": frozenset("sSh"),
    "zh": frozenset("Ss"), "ch": frozenset("St"), "sh": frozenset("Ss"), "r": frozenset("Slr"),
    "z": frozenset("s"), "c": frozenset("s"), "s": frozenset("sS"), "w": frozenset("f"),
}  # fmt: skip

#: Letters and digraphs of a Latin word: the consonant each stands for (S: sh, zh, ch, j).
_LATIN = (
    ("shch", "S"), ("sch", "S"), ("dzh", "S"), ("zh", "S"), ("sh", "S"),
    ("kh", "h"), ("ph", "f"), ("th", "t"), ("ts", "s"), ("tz", "s"), ("ck", "k"), ("gh", "k"),
    ("qu", "k"), ("b", "p"), ("p", "p"), ("d", "t"), ("t", "t"), ("g", "k"), ("k", "k"),
    ("q", "k"), ("h", "h"), ("f", "f"), ("v", "f"), ("w", "f"), ("l", "l"), ("r", "r"),
    ("m", "m"), ("n", "n"), ("s", "s"), ("z", "s"), ("j", "S"),
)  # fmt: skip
_VOWELS = set("aeiouy")

#: The coarse classes a surname is grouped by: every consonant a character can stand for
#: and the Latin consonant it renders fall in one class.
_COARSE = {"p": "p", "b": "p", "f": "f", "v": "f", "l": "L", "r": "L", "m": "n", "n": "n"}


def is_transliteration(name: str) -> bool:
    """A name written in Chinese characters (a foreign name the reader had no Latin form for)."""
    return bool(_HAN.search(name)) and not re.search("[A-Za-z]", name)


def parts(name: str) -> list[str]:
    """The words of a name, Latin or transliterated (split at its middle dots)."""
    return [p for p in _DOTS.sub(" ", name).split() if p]


@cache
def _reading(char: str) -> str:
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin(char, style=Style.NORMAL)[0].replace("ü", "v")


def han_sounds(word: str) -> tuple[tuple[frozenset[str], str], ...]:
    """The consonants a transliterated word spells, each as the set it can stand for, with
    the vowels its syllable goes on with ("" for a final n, ng or r)."""
    out: list[tuple[frozenset[str], str]] = []
    final = False  # whether the last one is a syllable's final n or ng
    for char in word:
        if not _HAN.match(char):
            continue
        syllable = _reading(char)
        if syllable in ("er", "r"):  # 尔, 儿
            out.append((frozenset("rl"), ""))
            final = False
            continue
        initial = next((i for i in ("zh", "ch", "sh") if syllable.startswith(i)), syllable[:1])
        if initial in _INITIALS and not (initial == "w" and syllable == "wu"):
            rhyme = re.sub("n?g?$", "", syllable[len(initial) :]) if len(syllable) > 1 else ""
            if final and _INITIALS[initial] <= _NASAL:
                out[-1] = (_INITIALS[initial], rhyme)  # 安娜: the n of Anna once
            else:
                out.append((_INITIALS[initial], rhyme))
        final = syllable.endswith(("n", "ng")) and len(syllable) > 1
        if final:
            out.append((_NASAL, ""))  # 特朗普: the m of Trump
    return tuple(out)


#: The vowels of a syllable that can render a Latin vowel; a syllable in e alone (特, 德,
#: 克) renders any, as it renders a consonant with no vowel after it.
_RHYMES = {"a": "a", "o": "ou", "u": "uo", "e": "eia", "i": "iey", "y": "iey"}


def _vowels_differ(latin: str, rhyme: str) -> bool:
    if not latin or not rhyme or rhyme == "e":
        return False
    return not any(v in rhyme for v in _RHYMES.get(latin, latin))


_NASAL = frozenset("nm")


def latin_sounds(word: str) -> tuple[tuple[frozenset[str], bool, str], ...]:
    """The consonants of a Latin word in order, each as the sounds it can be (the ch of
    Michael is a k, of Chubais an S) with whether a transliteration may leave it out (a final
    r, an r before a consonant, the k of an x or of a ks) and the vowel right after it."""
    w = re.sub(r"(.)\1", r"\1", "".join(c for c in word.casefold() if "a" <= c <= "z"))
    out: list[tuple[frozenset[str], bool, str]] = []
    at = 0
    while at < len(w):
        c = w[at]
        if c in _VOWELS or (c == "j" and at and w[at - 1] in _VOWELS):
            at += 1  # a vowel; a j after one is a glide (Maja)
            continue
        if c == "h" and at and w[at - 1] in _VOWELS and w[at + 1 : at + 2] not in _VOWELS:
            at += 1  # John: an h after a vowel is silent
            continue
        if c == "x":
            out.append((frozenset("k"), True, ""))
            sounds, size = frozenset("s"), 1
        elif w.startswith("ch", at):
            sounds, size = frozenset("Skh"), 2
        else:
            spelled, sound = next(((sp, so) for sp, so in _LATIN if w.startswith(sp, at)), (c, ""))
            soft = w[at + 1 : at + 2] in ("e", "i", "y")  # the c of Macron, of Cicero
            sounds, size = frozenset(sound or ("s" if soft else "k")), len(spelled)
        at += size
        after = w[at : at + 1] if w[at : at + 1] in _VOWELS else ""
        optional = sounds == {"r"} and not after  # Robert, Alexander: 罗伯特, 亚历山大
        out.append((sounds, optional, after))
    for n in range(len(out) - 1):
        if out[n][0] == {"k"} and out[n + 1][0] == {"s"}:
            out[n] = (out[n][0], True, out[n][2])  # Aleksandr: 亚历山大
    return tuple(out)


def _fits(
    han: tuple[tuple[frozenset[str], str], ...],
    latin: tuple[tuple[frozenset[str], bool, str], ...],
    given: bool = False,
) -> bool:
    """Whether the characters' consonants spell the Latin word's, in order, leaving out only
    what may be left out, with the vowels after them the same but once in a long word: a
    surname of three vowels or more (沙利文, Sullivan), a given name of two (罗伯特, Robert).
    Lukin and 卢金 agree in both; Logan and Lakin differ in one of two."""
    if not han or not latin:
        return False

    @cache
    def fit(i: int, j: int) -> int:  # the fewest vowels that differ (3: no fit)
        if i == len(han):
            return 0 if all(optional for _, optional, _ in latin[j:]) else 3
        if j == len(latin):
            return 3
        sounds, optional, vowel = latin[j]
        best = 3
        if sounds & han[i][0]:
            best = fit(i + 1, j + 1) + _vowels_differ(vowel, han[i][1])
        if optional:
            best = min(best, fit(i, j + 1))
        return best

    vowels = sum(1 for _, _, vowel in latin if vowel)
    return fit(0, 0) <= (1 if vowels >= (2 if given else 3) else 0)


def _same_ending(han: str, latin: str) -> bool:
    """Lavrov and 拉夫罗夫, Lavrova and 拉夫罗娃: a surname ends in a either way or neither."""
    last = next((c for c in reversed(han) if _HAN.match(c)), "")
    return bool(last) and _reading(last).endswith("a") == latin.casefold().endswith("a")


def may_be(transliterated: str, latin: str) -> bool:
    """Whether a name in Chinese characters can be the Latin name: its last part spells the
    Latin surname and its first part the first given name (a part in between, such as a
    patronymic one of them omits, is not compared). A surname alone is never enough."""
    han, lat = parts(transliterated), parts(latin)
    if len(han) < 2 or len(lat) < 2:
        return False
    if not _same_ending(han[-1], lat[-1]):
        return False
    return _fits(han_sounds(han[-1]), latin_sounds(lat[-1])) and _fits(
        han_sounds(han[0]), latin_sounds(lat[0]), given=True
    )


def coarse_key(name: str) -> str | None:
    """The class of surname a name is grouped by for its joins (None: no consonants, never
    joined). Classes: p, f, L (l and r), n (n and m) and A for every other consonant; a run of one
    class once, a final L left out (米勒 and Miller). A Latin name's class comes from its
    surname's sound key (:func:`tealeaves.text.sound_key`), so that names which sound the same
    are always in one class; a transliteration's leaves out what that key leaves out (the zh
    of 朱可夫, Zhukov) and puts the rest where the Latin consonant it can stand for goes."""
    words = parts(name)
    if not words:
        return None
    if is_transliteration(name):
        sounds = [c for s in _han_initials(words[-1]) if (c := _coarse_of(s))]
    else:
        key = sound_key(name)
        sounds = [_COARSE.get(c, "A") for c in (key[-1] if key else "")]
    kept = [c for n, c in enumerate(sounds) if n == 0 or sounds[n - 1] != c]
    while kept and kept[-1] == "L":
        kept.pop()
    return "".join(kept) or None


def _han_initials(word: str) -> tuple[frozenset[str], ...]:
    """:func:`han_sounds` with the zh and r initials as empty sets (a Latin sound key drops
    the zh and j they stand for)."""
    out: list[frozenset[str]] = []
    for char in word:
        if _HAN.match(char) and (s := _reading(char)).startswith(("zh", "r")) and s != "er":
            out.append(frozenset())
            if s.endswith(("n", "ng")):
                out.append(frozenset("n"))
        else:
            out += (sounds for sounds, _ in han_sounds(char))
    return tuple(out)


def _coarse_of(sounds: frozenset[str]) -> str:
    classes = {_COARSE.get(s, "A") for s in sounds}
    if not classes:
        return ""
    return classes.pop() if len(classes) == 1 else "A"
