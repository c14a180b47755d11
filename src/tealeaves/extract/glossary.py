"""Chinese terms and the English renderings the text gives them.

Articles about Chinese debates cite the original words beside a translation: "a major
upheaval [变故]", "‘half of the sky’ [半边天]", "“forging a partnership without forming an
alliance [结伴不结盟] …”", "outright confrontation (对峙)". Each run of Chinese characters
that is not a person's name becomes a term; its gloss is the quoted phrase, the quote
opening, the name or the short noun phrase right before the bracket, or "" when there is none.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from tealeaves.extract.names import HAN, LOOKBACK, NAME_WORD, NOT_NAME_WORDS
from tealeaves.extract.spans import quote_spans
from tealeaves.model import Document, Span, Term

_TERM = re.compile(f"[{HAN}](?:[{HAN}，、,·]*[{HAN}])?")
_CLOSE_TO_OPEN = {"”": "“", "’": "‘", '"': '"', "»": "«", "」": "「", "』": "『"}
_STOP = frozenset(
    [
        "with",
        "into",
        "to",
        "from",
        "by",
        "for",
        "on",
        "in",
        "at",
        "as",
        "that",
        "which",
        "who",
        "whom",
        "be",
        "been",
        "being",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "not",
        "than",
        "then",
        "and",
        "or",
        "but",
        "if",
        "when",
        "while",
        "because",
        "although",
        "though",
        "its",
        "their",
        "his",
        "her",
        "our",
        "this",
        "these",
        "those",
        "such",
        "faced",
        "called",
        "known",
        "termed",
        "named",
        "describes",
        "described",
        "calls",
        "call",
        "say",
        "says",
        "said",
    ]
)
_NAME_RUN = re.compile(rf"({NAME_WORD}(?:\s+(?:of|the|and|for|on)?\s*{NAME_WORD})*)\s*$")


def to_pinyin(term: str) -> str:
    """Pinyin with tone marks, one syllable per character: 结伴 -> "jié bàn"."""
    from pypinyin import Style, pinyin

    syllables = [s[0] for s in pinyin(term, style=Style.TONE, errors="ignore")]
    return " ".join(s for s in syllables if s.strip(",，、·"))


class _QuoteSpans:
    """An article's quotation spans, looked up by where they end or what they contain
    without a pass over all of them for every term (a page can hold thousands of each)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.by_end: dict[int, tuple[int, int]] = {}
        for span in spans:
            self.by_end.setdefault(span[1], span)
        self.order = sorted(range(len(spans)), key=lambda k: spans[k][0])
        self.starts = [spans[k][0] for k in self.order]

    def containing(self, i: int) -> list[tuple[int, int]]:
        """The spans around ``i`` that open at most LOOKBACK before it, in article order."""
        lo = bisect.bisect_left(self.starts, i - LOOKBACK)
        hi = bisect.bisect_right(self.starts, i)
        found = sorted(k for k in self.order[lo:hi] if i < self.spans[k][1])
        return [self.spans[k] for k in found]


def _gloss(doc: Document, term_start: int, spans: _QuoteSpans) -> str:
    text = doc.text
    para = doc.paragraph_at(term_start)
    if para is None:
        return ""
    i = term_start - 1
    while i >= para.start and text[i] == " ":
        i -= 1
    if i < para.start or text[i] not in "([":
        return ""
    i -= 1
    while i >= para.start and text[i] == " ":
        i -= 1
    if i < para.start:
        return ""
    # ‘half of the sky’ [半边天] — the quoted phrase right before the bracket.
    if text[i] in _CLOSE_TO_OPEN and i in spans.by_end:
        start, end = spans.by_end[i]
        return text[start:end].strip()
    # “forging a partnership without forming an alliance [结伴不结盟] is …” — the quote so far.
    for start, _end in spans.containing(i):
        phrase = text[start : i + 1].strip()
        if len(phrase.split()) <= 14:
            return phrase.strip(" ,;:")
    head = text[max(para.start, i + 1 - LOOKBACK) : i + 1]
    # China Military Science (中国军事科学) — a name.
    named = _NAME_RUN.search(head)
    if named:
        words = named.group(1).split()
        while words and words[0].casefold() in NOT_NAME_WORDS - {"china", "russia"}:
            words = words[1:]
        if len(words) >= 2:
            return " ".join(words)
    # a major upheaval [变故] — the words back to a preposition, a verb or punctuation.
    words: list[str] = []
    for word in reversed(re.split(r"\s+", head.rstrip())):
        bare = word.strip("“”‘’\"'")
        if not bare or bare.casefold() in _STOP or re.search(r"[,;:.()–—]", word[:-1]):
            break
        if re.search(r"[,;:.()]$", word) and words:
            break
        words.insert(0, word)
        if len(words) == 6:
            break
    return " ".join(words).strip(" ,;:")


def find_terms(doc: Document, exclude: Iterable[str] = ()) -> list[Term]:
    """Every Chinese term in ``doc`` except the names in ``exclude``."""
    names = set(exclude)
    spans = _QuoteSpans([(s.start, s.end) for s in quote_spans(doc)])
    terms: list[Term] = []
    for para in doc.paragraphs:
        if para.kind == "pullquote":
            continue
        for m in _TERM.finditer(para.text):
            term = m.group()
            if term in names:
                continue
            start = para.start + m.start()
            terms.append(
                Term(
                    term=term,
                    gloss=_gloss(doc, start, spans),
                    pinyin=to_pinyin(term),
                    span=Span(doc.id, start, start + len(term)),
                )
            )
    return terms
