"""Where a document names each person: full names, native names and aliases, then surnames
(and first names) alone, each resolved to one person in reading order, or marked ambiguous
when two people of that name could be meant.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cached_property

from tealeaves.extract.names import (
    CHINESE_SURNAMES,
    NAME_WORD,
    NOT_NAME_WORDS,
    Spans,
    fold,
    is_given_name,
    slug,
    surname_of,
)
from tealeaves.extract.registry import RegistryPerson
from tealeaves.extract.spans import SKIPPED_KINDS
from tealeaves.model import Document, Mention, Paragraph, Role, Span


@dataclass
class Draft:
    name: str
    chinese: bool = False
    native: str = ""
    roles: list[Role] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    registry: RegistryPerson | None = None
    cited_only: bool = True  # named only as the author of a work in a footnote
    author: bool = False
    homonym: bool = False  # the registry knows this name under other native characters
    variants: list[str] = field(default_factory=list)  # "Sergey" for "Sergei Karaganov"

    @cached_property
    def id(self) -> str:
        # "Wang Yi (王义)" is not the Wang Yi (王毅) of the registry: kept apart, not joined
        return slug(f"{self.name} {self.native}") if self.homonym else slug(self.name)

    @property
    def surname(self) -> str:
        if len(self.name.split()) < 2:
            return ""
        return surname_of(self.name, chinese=self.chinese)


# Where a name ends: not inside a longer word, and not a word that goes on after an
# apostrophe ("Xi’an" is a city, not Xi; a possessive "Xi’s" is still Xi).
_NAME_END = r"(?![\w-])(?![’'](?!s\b)\w)"


_BEFORE_NAME = re.compile(r"[\w-]")  # a character a name never follows
_AFTER_NAME = re.compile(_NAME_END)
# A surname alone is not followed by another name and a bracket: "Wang Wen (王文)" is not a
# mention of Wang.
_AFTER_SURNAME = re.compile(rf"{_NAME_END}(?!\s+{NAME_WORD}\s*\()")


def _find_word(text: str, form: str, after: re.Pattern[str]) -> list[tuple[int, int]]:
    """Where ``form`` stands as a whole word (or words) in ``text``, ``after`` holding right
    after it. A plain substring search with the boundaries checked where it hits: no pattern
    is compiled per name, so new names cost nothing and evict no other pattern."""
    found: list[tuple[int, int]] = []
    n = len(form)
    i = text.find(form)
    while i >= 0:
        if (i == 0 or _BEFORE_NAME.match(text, i - 1) is None) and after.match(text, i + n):
            found.append((i, i + n))
            i = text.find(form, i + n)
        else:
            i = text.find(form, i + 1)
    return found


def occurrences(doc: Document, form: str) -> list[tuple[int, int]]:
    """Where ``form`` stands in the paragraphs that are read (paragraphs are space-folded, so
    a name of several words is found with single spaces between them)."""
    spaced = " ".join(form.split())
    if not spaced or spaced not in doc.text:
        return []  # the common case
    spans: list[tuple[int, int]] = []
    for a, b in _find_word(doc.text, spaced, _AFTER_NAME):
        para = doc.paragraph_at(a)
        if para is not None and para.kind not in SKIPPED_KINDS and b <= para.end:
            spans.append((a, b))
    return spans


def find_mentions(doc: Document, drafts: list[Draft]) -> list[Mention]:
    """Full-name, native-name and surname mentions, surnames resolved in reading order."""
    full, intros = _full_mentions(doc, drafts)
    by_surname = _short_forms(drafts)
    # a surname inside the brackets that introduce a native name ("Dmitry Peskov (Дмитрий
    # Песков) said") is no mention of its own, as the native name is not
    names = Spans(_merged([(a, b) for a, b, _, _ in full] + intros))
    short = _short_mentions(doc, by_surname, names)
    events = sorted(
        [(a, b, pid, s, False) for a, b, pid, s in full]
        + [(a, b, form, doc.text[a:b], True) for a, b, form in short]
    )
    first_full: dict[str, int] = {}
    for a, _b, pid, _s in sorted(full):
        first_full.setdefault(pid, a)
    counts: dict[str, int] = {}
    last_seen: dict[str, int] = {}
    mentions: list[Mention] = []
    # the one the headline names in full ("a profile of Feng Yujun"): the article's subject
    titled = {d.id for d in drafts if len(d.name.split()) > 1 and d.name in doc.title}
    titles: dict[str, set[str]] = {}  # the titles each one's full name is written with
    for a, _b, pid, _s in full:
        t = _TITLE_BEFORE.search(doc.text, max(0, a - 14), a)
        if t is not None:
            titles.setdefault(pid, set()).add(_title_key(t.group("title")))
    for a, b, key, surface, is_short in events:
        if not is_short:
            pid, ambiguous = key, False
        else:
            candidates = [d.id for d in by_surname[key]]
            known = [c for c in candidates if first_full.get(c, 10**12) <= a or c in counts]
            if not known:
                if len(candidates) == 1 and any(
                    d.registry is not None for d in by_surname[key] if d.id == candidates[0]
                ):
                    known = candidates
                else:
                    continue
            pid, ambiguous = _resolve(doc, a, known, counts, last_seen, titled)
            if len(known) > 1 and _plural_since(doc, key, last_seen.get(pid, a), a):
                ambiguous = True  # "the two Traorés are quoted side by side. … Traoré said"
            if len(known) > 1 and ambiguous:
                held = _title_holder(doc.text, a, known, titles)
                if held is not None:
                    pid, ambiguous = held, False  # "Prof. Lukin" of Prof. Alexander Lukin
        if not ambiguous:
            counts[pid] = counts.get(pid, 0) + 1
            last_seen[pid] = a
        mentions.append(Mention(pid, Span(doc.id, a, b), surface, ambiguous))
    return mentions


# A personal title right before a name: "Prof. Alexander Lukin", "Dr Lukin".
_TITLE_BEFORE = re.compile(
    r"\b(?P<title>Prof\.?|Professor|Dr\.?|Doctor|Ambassador|Mr\.?|Ms\.?|Mrs\.?|General|"
    r"Senator)\s+$"
)


def _title_key(title: str) -> str:
    key = title.rstrip(".").casefold()
    return {"professor": "prof", "doctor": "dr"}.get(key, key)


def _title_holder(
    text: str, at: int, candidates: list[str], titles: dict[str, set[str]]
) -> str | None:
    """Of namesakes, the one a title before the surname at ``at`` settles ("Prof. Lukin"
    where the text wrote "Prof. Alexander Lukin" and "Dr Artyom Lukin"): the one written
    with that title when every other was written with another title only; else None."""
    t = _TITLE_BEFORE.search(text, max(0, at - 14), at)
    if t is None:
        return None
    key = _title_key(t.group("title"))
    holders = [c for c in candidates if key in titles.get(c, ())]
    others = [c for c in candidates if c not in holders]
    if len(holders) == 1 and all(titles.get(c) for c in others):
        return holders[0]
    return None


def _full_mentions(
    doc: Document, drafts: list[Draft]
) -> tuple[list[tuple[int, int, str, str]], list[tuple[int, int]]]:
    """(start, end, person id, surface) of every full name, native name (not the one in
    brackets that introduces it) and alias of several words, the longest of overlaps; and
    the spans of those introducing native names."""
    full: list[tuple[int, int, str, str]] = []
    intros: list[tuple[int, int]] = []
    for d in drafts:
        forms = [d.name, *d.variants] + ([d.native] if d.native else [])
        if d.registry is not None:
            forms += [a for a in d.registry.aliases if len(a.split()) > 1]
        for form in forms:
            for a, b in occurrences(doc, form):
                if form == d.native and _is_intro_native(doc.text, a, b):
                    intros.append((a, b))
                    continue
                full.append((a, b, d.id, doc.text[a:b]))
    return _drop_overlaps(full), intros


def _short_forms(drafts: list[Draft]) -> dict[str, list[Draft]]:
    """Each one-word form (a surname, a one-word alias, a Western first name) and the people
    it may stand for."""
    by_surname: dict[str, list[Draft]] = {}
    for d in drafts:
        # (not "He", the surname of He Lifeng: every sentence's "He" is no mention of him)
        forms = {d.surname} if d.surname and d.surname.casefold() not in NOT_NAME_WORDS else set()
        if d.registry is not None:
            forms |= {a for a in d.registry.aliases if len(a.split()) == 1}
        words = d.name.split()
        if not d.chinese and len(words) >= 2 and is_given_name(words[0]):
            forms.add(words[0])  # features call people by their first name: "Bobur says"
        if d.chinese and len(words) == 2 and fold(words[1]) in CHINESE_SURNAMES:
            # "Yun Sun", "Minxin Pei": a Chinese name may be written given name first, so its
            # last word may be the surname too ("Sun said"); where another Sun is known the
            # mention is resolved by who was named nearest, or left ambiguous
            forms.add(words[1])
        if d.surname[:1].islower():  # "Von der Leyen said", at a sentence's start
            forms.add(d.surname[0].upper() + d.surname[1:])
        for form in forms:
            by_surname.setdefault(form, []).append(d)
    return by_surname


def _short_mentions(
    doc: Document, by_surname: dict[str, list[Draft]], inside_full: Spans
) -> list[tuple[int, int, str]]:
    """(start, end, form) of every one-word form outside a full name, and not followed by
    another name ("Wang Yi" is not a mention of Wang Wen)."""
    short: list[tuple[int, int, str]] = []
    for form in by_surname:
        if form not in doc.text:
            continue  # most forms: decided without a regex
        for a, b in _find_word(doc.text, form, _AFTER_SURNAME):
            para = doc.paragraph_at(a)
            if para is None or para.kind in SKIPPED_KINDS or inside_full.contains(a):
                continue
            nxt = _FOLLOWING_NAME.match(doc.text, b, para.end)
            if nxt and nxt.group().strip().casefold() not in NOT_NAME_WORDS:
                continue  # "Wang Yi": a different person with the same surname
            short.append((a, b, form))
    return short


_FOLLOWING_NAME = re.compile(rf"\s+{NAME_WORD}")


def _resolve(
    doc: Document,
    at: int,
    candidates: list[str],
    counts: dict[str, int],
    last: dict[str, int],
    titled: Collection[str] = (),
) -> tuple[str, bool]:
    if len(candidates) == 1:
        return candidates[0], False
    para = doc.paragraph_at(at)
    here = [c for c in candidates if para is not None and last.get(c, -1) >= para.start]
    if len(here) == 1:
        rivals = [c for c in candidates if c != here[0] and c in last]
        between = _sentences_between(doc, last[here[0]], at) if para is not None else 9
        dominant = _dominant(candidates, counts, titled)
        if (
            rivals
            and between == 1
            and dominant is not None
            and dominant != here[0]
            and not _opens_sentence(doc.text, para.start, last[here[0]])
        ):
            # "after Premier Li Qiang told … . Li told reporters in Berlin", in an article
            # about the envoy Li Hui: the one just named in passing or the one the article
            # follows ("Feng Shaolei … worries …. Feng has called": the subject goes on)
            return here[0], True
        near = between <= 1
        if rivals and not near and dominant != here[0]:
            # "Siim Kallas has argued … and the two were asked … “…,” Kallas said": with
            # another of that surname known, only a name in this sentence or the one before
            # settles it.
            return here[0], True
        return here[0], False
    if len(here) > 1:
        return max(here, key=lambda c: last[c]), True
    dominant = _dominant(candidates, counts, titled)
    others = [c for c in candidates if c != dominant and c in last]
    kin_here = para is not None and _KIN_WORD.search(doc.text, para.start, at) is not None
    if kin_here and others:
        # "the author's voice and her husband's blur. … Marchetti put it": either could be
        return max(candidates, key=lambda c: last.get(c, -1)), True
    kin_apart = not _TAG_OR_ROLE_AFTER.match(doc.text, at)  # (not "Orlov said", just after
    # "His son, Pyotr Orlov, said …", nor "Kovacs, the former diplomat, recalled")
    if dominant is not None and not any(
        _lately(doc, last[c], para)
        and not (kin_apart and _KIN_BEFORE.search(doc.text, max(0, last[c] - 40), last[c]))
        for c in others
    ):
        return dominant, False  # the one the article is about, and nobody else just named
    return max(candidates, key=lambda c: last.get(c, -1)), True


# "His son, Andrei Mikheyev, said …": a relative named as such, whose surname alone later
# is still the one the article follows ("Mikheyev joined the institute in 1968"), unless
# the paragraph speaks of the relative again.
_KIN = (
    r"(?:son|daughter|wife|husband|widow|widower|brother|sister|father|mother|grandson|"
    r"granddaughter|nephew|niece)"
)
_KIN_BEFORE = re.compile(rf"\b(?:[Hh]is|[Hh]er)\s+{_KIN}\s*,?\s*$")

# A surname that is a tag's subject, or set off with a role of its own.
_TAG_OR_ROLE_AFTER = re.compile(
    r"[A-Z][\w’'-]+(?:\s*,\s*(?:the|a|an)\s[^,.;:]{1,60},|\s+(?:said|says|told|added|recalled|"
    r"wrote|writes|remembered|remembers)\b)"
)
# ("the author's voice and her husband's blur. … Marchetti put it": the relative is in play)
_KIN_WORD = re.compile(rf"\b{_KIN}(?:[’']s)?\b")


def _opens_sentence(text: str, floor: int, at: int) -> bool:
    """Whether the name at ``at`` opens its sentence, after a title at most ("Premier")."""
    start = floor
    for end in _SENTENCE_END.finditer(text, floor, at + 1):
        start = end.end()
    return _BEFORE_SUBJECT.fullmatch(text, start, at) is not None


# What may come before a sentence's subject: a short opening phrase set off by commas ("On
# Tuesday,", "In Tianjin, meanwhile,") and a title, perhaps a country's ("China’s Premier").
_BEFORE_SUBJECT = re.compile(
    r"\s*(?:[A-Z][^,.;:!?]{1,30},\s*(?:[a-z]+,\s*)?)?(?:[A-Z][\w-]*[’']s\s+)?"
    r"(?:[A-Z][a-z]+\.?\s+){0,2}"
)


def _plural_since(doc: Document, form: str, since: int, at: int) -> bool:
    """Whether the text speaks of several people called ``form`` ("the two Traorés", "both
    Lis") between ``since`` and ``at``."""
    plural = re.compile(rf"\b(?:two|both|three|the)\s+{re.escape(form)}(?:s|es)\b")
    return plural.search(doc.text, since, at) is not None


def _lately(doc: Document, at: int, para: Paragraph | None) -> bool:
    """Whether offset ``at`` is in paragraph ``para`` or the one before it."""
    if para is None:
        return False
    floor = doc.paragraphs[max(0, para.index - 1)].start
    return at >= floor


def _dominant(
    candidates: list[str], counts: dict[str, int], titled: Collection[str] = ()
) -> str | None:
    """The one the article has mostly been talking about: three mentions or more, and at
    least twice as many as the next; or the one its headline names, when named no less
    often than the others."""
    ranked = sorted(candidates, key=lambda c: counts.get(c, 0), reverse=True)
    top, second = counts.get(ranked[0], 0), counts.get(ranked[1], 0)
    if top >= 3 and top >= 2 * max(second, 1):
        return ranked[0]
    headlined = [c for c in candidates if c in titled]
    if len(headlined) == 1 and counts.get(headlined[0], 0) >= top > 0:
        return headlined[0]
    return None


def _sentences_between(doc: Document, a: int, b: int) -> int:
    """How many sentence ends stand between offsets ``a`` and ``b``."""
    return len(_SENTENCE_END.findall(doc.text, a, b + 1))  # b + 1: the capital after the end


# (a full stop inside a closing mark ends the sentence too: "… not a party to the war.” Li")
_SENTENCE_END = re.compile(r"[.?!][”\"’]?(?=\s+[A-Z“\"])")


def _is_intro_native(text: str, start: int, end: int) -> bool:
    return start > 0 and text[start - 1] in "(（[【" and text[end : end + 1] in ")）]】"


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The union of ``spans`` as non-overlapping spans."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _drop_overlaps(spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Keep the longest of overlapping name matches ("Feng Yujun" over a bare "Feng")."""
    kept: list[tuple[int, int, str, str]] = []
    for span in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return kept
