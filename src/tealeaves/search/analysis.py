"""Text analysis for mixed English, Chinese and Russian text.

* Words in Latin and Cyrillic script are lowercased; English stop words are dropped and
  Latin-script words are stemmed (Porter), so "alliances" finds "alliance". Russian words
  are put in their dictionary form (pymorphy3), so "Лукьянова" finds "Лукьянов": Snowball's
  Russian stemmer cuts the two differently ("лукьянов", "лукьян").
* A run of Han characters is indexed as overlapping bigrams ("结伴不结盟" → 结伴 伴不 不结 结盟),
  so any part of two or more characters is found, and a query of several characters becomes
  a phrase of its bigrams. A single Han character standing alone is indexed as itself.
  Traditional characters are indexed as simplified ones, so 閻學通 and 阎学通 find each other.
* Character offsets are kept for every token so that hits can be highlighted exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from whoosh.analysis import Filter, LowercaseFilter, StopFilter, Token, Tokenizer
from whoosh.analysis.analyzers import Analyzer, CompositeAnalyzer
from whoosh.lang.porter import stem

from tealeaves.scripts import russian_lemma, simplified

#: Bump when analysis changes what is indexed: the index is then rebuilt.
ANALYSIS_VERSION = 2

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef"
# A Han run, or a word of any other script (letters and digits, no underscore), with an
# English possessive ("Russia’s") left out of the token.
_TOKEN = re.compile(rf"(?P<han>[{_HAN}]+)|(?P<word>[^\W_{_HAN}]+)(?:['’]s\b)?")
_HAN_ONLY = re.compile(rf"^[{_HAN}]+$")
_LATIN = re.compile(r"^[a-z0-9\u00c0-\u024f]+$")
_CYRILLIC = re.compile(r"^[\u0400-\u04ff]+$")


def is_han(text: str) -> bool:
    return bool(_HAN_ONLY.match(text))


class MixedScriptTokenizer(Tokenizer):
    """Words for alphabetic scripts, overlapping bigrams for runs of Han characters."""

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            token.original = token.text = value
            token.boost = 1.0
            if positions:
                token.pos = start_pos
            if chars:
                token.startchar, token.endchar = start_char, start_char + len(value)
            yield token
            return
        pos = start_pos
        for match in _TOKEN.finditer(value):
            han = match.group("han")
            if han is not None:
                han = simplified(han)
            if han is None:
                pieces = [(match.group("word"), match.start("word"))]
            elif len(han) == 1:
                pieces = [(han, match.start())]
            else:
                base = match.start()
                pieces = [(han[i : i + 2], base + i) for i in range(len(han) - 1)]
            for text, start in pieces:
                token.text = text
                token.boost = 1.0
                token.stopped = False
                if keeporiginal:
                    token.original = text
                if positions:
                    token.pos = pos
                if chars:
                    token.startchar = start_char + start
                    token.endchar = start_char + start + len(text)
                pos += 1
                yield token


@lru_cache(maxsize=100_000)
def _stem(word: str) -> str:
    return stem(word)


class LatinStemFilter(Filter):
    """Porter-stem words in Latin script and put Russian words in their dictionary form;
    leave Han and numbers alone."""

    is_morph = True  # lets Whoosh keep unstemmed words for spelling suggestions
    #: Whether Russian words are put in their dictionary form (a class attribute, so that
    #: the filters pickled in an index's schema need no new state).
    russian = True

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        russian = self.russian
        for token in tokens:
            text = token.text
            if not token.stopped and not text.isdigit():
                if _LATIN.match(text):
                    token.text = _stem(text)
                elif russian and _CYRILLIC.match(text):
                    token.text = russian_lemma(text)
            yield token


class _LatinStemOnly(LatinStemFilter):
    """:class:`LatinStemFilter` leaving Russian words as they are (see
    :func:`for_highlighting`)."""

    russian = False


_ANY_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def for_highlighting(analyzer: Any, terms: frozenset[str]) -> Any:
    """``analyzer`` as good as itself for finding ``terms`` in a text: without the Russian
    dictionary forms when no term has a Cyrillic letter.

    A Russian word's dictionary form is Cyrillic, so it can only be a term that has a
    Cyrillic letter; the word left as it is, also Cyrillic, is no term either. The same
    words are marked, and a query in Latin letters or Han neither loads the Russian
    dictionary (0.1 s, the first time in a process) nor looks up each Russian word of its
    snippets. Any analyzer but the prose analyzer's kind is given back as it is."""
    if any(_ANY_CYRILLIC.search(term) for term in terms):
        return analyzer
    items = getattr(analyzer, "items", None)
    if not isinstance(analyzer, CompositeAnalyzer) or not items:
        return analyzer
    if not any(type(item) is LatinStemFilter for item in items):
        return analyzer
    return CompositeAnalyzer(
        *(_LatinStemOnly() if type(item) is LatinStemFilter else item for item in items)
    )


def prose_analyzer() -> Analyzer:
    """For article text, titles and quotes: mixed-script tokens, stop words out, stemmed."""
    return MixedScriptTokenizer() | LowercaseFilter() | StopFilter(minsize=1) | LatinStemFilter()


def name_analyzer() -> Analyzer:
    """For names and other short labels: mixed-script tokens, lowercased, nothing dropped."""
    return MixedScriptTokenizer() | LowercaseFilter()
