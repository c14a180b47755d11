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
* The analyzers run their chain (tokenizer, lowercase, stop words, stems) as one generator
  (:class:`FusedAnalyzer`): the same tokens as Whoosh's chained generators, in a fifth of
  the generator steps, with each word's lowercase, stop-word check and stem looked up once.
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
    return type(analyzer)(
        *(_LatinStemOnly() if type(item) is LatinStemFilter else item for item in items)
    )


def prose_analyzer() -> Analyzer:
    """For article text, titles and quotes: mixed-script tokens, stop words out, stemmed."""
    return FusedAnalyzer(
        MixedScriptTokenizer(), LowercaseFilter(), StopFilter(minsize=1), LatinStemFilter()
    )


def name_analyzer() -> Analyzer:
    """For names and other short labels: mixed-script tokens, lowercased, nothing dropped."""
    return FusedAnalyzer(MixedScriptTokenizer(), LowercaseFilter())


# -- the chain in one pass -----------------------------------------------------------------

#: What a word (or a Han bigram) becomes, by stop-word setting: its lowercase form, whether
#: it is a stop word, its stem (Latin script; otherwise the lowercase form again) and whether
#: it is Russian (its dictionary form is looked up each time: ``russian_lemma`` has a cache
#: of its own, and tests replace it).
_WORDS: dict[tuple[frozenset[str], int, int | None], dict[str, tuple[str, bool, str, bool]]] = {}
#: Words kept per stop-word setting before the table starts again (about 280 bytes each:
#: 14 MB at most). The 1k benchmark corpus has about 4,000 words; the Chinese, Russian and
#: English test articles together about 61,000 words and bigrams.
_WORDS_MAX = 50_000
_STEM_FILTERS = (LatinStemFilter, _LatinStemOnly)


def _words_for(stops: StopFilter | None) -> dict[str, tuple[str, bool, str, bool]]:
    key = (stops.stops, stops.min, stops.max) if stops is not None else (frozenset(), 0, None)
    table = _WORDS.get(key)
    if table is None or len(table) > _WORDS_MAX:
        table = _WORDS[key] = {}
    return table


def _word(word: str, stops: StopFilter | None) -> tuple[str, bool, str, bool]:
    """A word as the chain's filters leave it (see :data:`_WORDS`)."""
    low = word.lower()
    if stops is not None and not (
        len(low) >= stops.min
        and (stops.max is None or len(low) <= stops.max)
        and low not in stops.stops
    ):
        return (low, True, low, False)
    if low.isdigit():
        return (low, False, low, False)
    if _LATIN.match(low):
        return (low, False, _stem(low), False)
    return (low, False, low, bool(_CYRILLIC.match(low)))


class FusedAnalyzer(CompositeAnalyzer):
    """A :class:`CompositeAnalyzer` that runs the chains of :func:`prose_analyzer` and
    :func:`name_analyzer` as one generator giving the same tokens (text, original, position,
    offsets, boost, stopped) for every argument. Any other chain, and ``tokenize=False``,
    runs as Whoosh runs it."""

    def __call__(self, value: Any, no_morph: bool = False, **kwargs: Any) -> Any:
        items = self.items
        n = len(items)
        if (
            kwargs.get("tokenize", True)
            and (n == 2 or n == 4)
            and type(items[0]) is MixedScriptTokenizer
            and type(items[1]) is LowercaseFilter
            and (n == 2 or (type(items[2]) is StopFilter and type(items[3]) in _STEM_FILTERS))
        ):
            if n == 2:
                return _fused(value, None, False, False, kwargs)
            stem = not no_morph
            return _fused(value, items[2], stem, stem and items[3].russian, kwargs)
        return super().__call__(value, no_morph=no_morph, **kwargs)

    def positions_and_words(self, value: str) -> tuple[dict[str, list[int]], set[str]] | None:
        """What a field with positions and a spelling list takes from ``value``, in one
        pass: each indexed word's positions in order (the tokens of ``mode="index"``, as
        Whoosh's ``Positions`` format gathers them) and the words of the spelling list
        (Whoosh's ``spellable_words``: the same words, not stemmed). None when this is not
        the prose chain; Whoosh then analyses the value twice, as it does."""
        items = self.items
        if not (
            len(items) == 4
            and type(items[0]) is MixedScriptTokenizer
            and type(items[1]) is LowercaseFilter
            and type(items[2]) is StopFilter
            and type(items[3]) in _STEM_FILTERS
        ):
            return None
        words: set[str] = set()
        positions: dict[str, list[int]] = {}
        kwargs = {"positions": True, "boosts": True, "mode": "index"}
        for token in _fused(value, items[2], True, items[3].russian, kwargs, words):
            found = positions.get(token.text)
            if found is None:
                positions[token.text] = [token.pos]
            else:
                found.append(token.pos)
        return positions, words


def _fused(
    value: str,
    stops: StopFilter | None,
    stem: bool,
    russian: bool,
    kwargs: dict[str, Any],
    words: set[str] | None = None,
) -> Iterator[Token]:
    """MixedScriptTokenizer, LowercaseFilter and, with ``stops``, StopFilter and (with
    ``stem``) LatinStemFilter, in one generator. ``words``, when given, gets the lowercase
    form of every word kept (the words before stemming)."""
    positions = kwargs.pop("positions", False)
    chars = kwargs.pop("chars", False)
    keeporiginal = kwargs.pop("keeporiginal", False)
    removestops = kwargs.pop("removestops", True)
    start_pos = kwargs.pop("start_pos", 0)
    start_char = kwargs.pop("start_char", 0)
    kwargs.pop("tokenize", None)
    mode = kwargs.pop("mode", "")
    token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
    table = _words_for(stops)
    renumber = stops is not None and stops.renumber and positions
    lemma = russian_lemma if russian else None
    tpos = start_pos  # the tokenizer's position
    pos = None  # the stop filter's, counting kept words only
    # Offsets only when asked for: findall makes no match objects.
    matches: Any = _TOKEN.finditer(value) if chars else _TOKEN.findall(value)
    for match in matches:
        han, word = match.groups() if chars else match
        if word:
            pieces: Any = ((word, match.start(2) if chars else 0),)
        else:
            han = simplified(han)
            base = match.start() if chars else 0
            if len(han) == 1:
                pieces = ((han, base),)
            else:
                pieces = [(han[i : i + 2], base + i) for i in range(len(han) - 1)]
        for text, start in pieces:
            entry = table.get(text)
            if entry is None:
                entry = table[text] = _word(text, stops)
            low, stopped, stemmed, cyrillic = entry
            if stopped:
                if removestops:
                    tpos += 1
                    continue
                token.text = low
                token.stopped = True
                if positions:
                    token.pos = tpos
            else:
                if words is not None:
                    words.add(low)
                if not stem:
                    token.text = low
                elif cyrillic and russian:
                    token.text = lemma(low)  # type: ignore[misc]
                else:
                    token.text = stemmed
                token.stopped = False
                if positions:
                    if renumber:
                        pos = tpos if pos is None else pos + 1
                        token.pos = pos
                    else:
                        token.pos = tpos
            token.boost = 1.0
            if keeporiginal:
                token.original = text
            if chars:
                token.startchar = start_char + start
                token.endchar = start_char + start + len(text)
            tpos += 1
            yield token
