"""The language an article is written in: what its metadata says, else what its script says.

Front matter (`language: zh`), an HTML page's `lang` ("zh-CN", "ru-RU") or an importer's
guess are taken when given; otherwise the share of Han and Cyrillic letters among all
letters decides (enough to tell Chinese, Russian and English apart).
"""

from __future__ import annotations

import re

from tealeaves.model import Document

SUPPORTED = ("en", "zh", "ru")
# Runs of letters, not letters: the same counts (a run's length is its letters) with a
# tenth of the matches, for a detection made for every article of a build.
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]+")


def _letters(pattern: re.Pattern[str], text: str) -> int:
    return sum(map(len, pattern.findall(text)))


_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))


def _latin_letters(text: str) -> int:
    """How many of ``text``'s characters are A-Z or a-z: its UTF-8 bytes that are, as every
    other character's bytes are above 127 (a count without a match a run, a tenth of the
    time on English text)."""
    raw = text.encode("utf-8", "surrogatepass")
    return len(raw) - len(raw.translate(None, _ASCII_LETTERS))


def normalise(code: str) -> str:
    """ "zh-CN", "zh_Hant", "Chinese" -> "zh"; "ru-RU", "Russian" -> "ru"; "" stays ""."""
    code = code.strip().casefold().replace("_", "-")
    if not code:
        return ""
    if code.startswith(("zh", "chinese", "中文", "汉语", "cmn")):
        return "zh"
    if code.startswith(("ru", "russian", "рус")):
        return "ru"
    if code.startswith(("en", "english")):
        return "en"
    return code.split("-")[0]


def detect(text: str, sample: int = 20_000) -> str:
    """The language of ``text`` by its letters: Chinese when Han characters (each weighed
    as one and a half letters) are half of them, Russian when half are Cyrillic, else
    English. English about China, with its characters in brackets, stays English."""
    head = text[:sample]
    han = _letters(_HAN, head)
    cyr = _letters(_CYRILLIC, head)
    lat = _latin_letters(head)
    letters = han * 1.5 + cyr + lat
    if not letters:
        return "en"
    if han * 1.5 / letters >= 0.5:
        return "zh"
    if cyr / letters >= 0.5:
        return "ru"
    return "en"


def language_of(doc: Document) -> str:
    """The article's language: its metadata's when given, else detected from its text."""
    return normalise(doc.language) or detect(doc.text)
