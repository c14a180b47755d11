"""People: who an article names, how it describes them, and every later mention.

A person is found where the text introduces them — "Zhao Huasheng (赵华胜), one of …",
"Zhu Feng, director of …", "Chinese economist Xu Mingqi" — or where a known name (an article's
author, a registry entry) appears. Their roles come from `roles`; every later mention
(surnames too, resolved in reading order) from `mentions`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tealeaves.extract.cues import BEFORE_VERB, VERBS
from tealeaves.extract.mentions import Draft, find_mentions, occurrences
from tealeaves.extract.names import (
    BRACKETED,
    CYRILLIC,
    HAN,
    LATIN_NAME,
    LOOKBACK,
    NAME_WORD,
    NOT_NAME_WORDS,
    PARTICLES,
    cyrillic_matches,
    fold,
    has_not_name_word,
    is_form_of_address,
    is_given_name,
    looks_chinese_name,
    looks_western_name,
    pinyin_matches,
    without_patronymic,
)
from tealeaves.extract.names import slug as slug  # the person id, where callers look for it
from tealeaves.extract.registry import Registry, first_word
from tealeaves.extract.roles import ROLE_HEAD, ROLE_HEADS, kind_from_roles, roles_at
from tealeaves.extract.spans import SKIPPED_KINDS
from tealeaves.model import Document, Mention, Paragraph, Person, PersonKind, Role, Span
from tealeaves.scripts import simplified
from tealeaves.text import given_key

_PAREN = re.compile(r"[(（\[【]([^()（）\[\]【】\n]{1,80})[)）\]】]")
_CLAUSE_END = re.compile(r"[.?!;:](?=\s)|[“”\"]")
_NAME_BEFORE = re.compile(
    rf"(?P<name>{NAME_WORD}(?:\s+(?:{PARTICLES}\s+)*{NAME_WORD})*)(?P<poss>[’']s)?\s*$"
)
_HAN_NAME = re.compile(f"[{HAN}]{{2,4}}")
_CYRILLIC_NAME = re.compile(f"[{CYRILLIC}][{CYRILLIC}-]*(?:\\s+[{CYRILLIC}][{CYRILLIC}-]*){{1,3}}")

# A footnote citation: "Gui Xiao (桂晓), “Composition and …”".
_CITATION_AFTER = re.compile(r"^\s*(?:\([^()]*\))?\s*,\s*[“\"‘]")


@dataclass(frozen=True, slots=True)
class PeopleFound:
    people: tuple[Person, ...]
    mentions: tuple[Mention, ...]


def _paragraphs(doc: Document):
    return (p for p in doc.paragraphs if p.kind not in SKIPPED_KINDS)


def _words_with_offsets(text: str) -> list[tuple[str, int]]:
    return [(m.group(), m.start()) for m in re.finditer(r"\S+", text)]


def _introductions(doc: Document, registry: Registry) -> list[tuple[str, str, bool, int]]:
    """(name, native name, is Chinese, offset) for every "Name (native)" in the text, with
    ASCII or full-width brackets, and for "Name, a role at X (native)" where the native name
    closes a description of the name before it in the same sentence."""
    found: list[tuple[str, str, bool, int]] = []
    for para in _paragraphs(doc):
        for paren in _PAREN.finditer(para.text):
            native = paren.group(1).strip()
            is_han = bool(_HAN_NAME.fullmatch(native))
            is_cyrillic = bool(_CYRILLIC_NAME.fullmatch(native))
            if not (is_han or is_cyrillic):
                continue
            lo = max(0, paren.start() - LOOKBACK)
            before = _NAME_BEFORE.search(para.text, lo, paren.start())
            hit = _native_of(before, native, is_han, registry) if before else None
            if hit is None:
                hit = _native_across_role(para.text, lo, paren.start(), native, is_han, registry)
            if hit is not None:
                name, at = hit
                found.append((name, native, is_han, para.start + at))
    return found


def _native_of(
    before: re.Match[str], native: str, is_han: bool, registry: Registry
) -> tuple[str, int] | None:
    """The last one to four words of ``before``'s name that the native name spells."""
    words = _words_with_offsets(before.group("name"))
    for size in range(1, min(len(words), 4) + 1):
        latin = [w for w, _ in words[-size:]]
        if any(w.casefold() in NOT_NAME_WORDS for w in latin):
            continue
        name = " ".join(latin)
        if name.casefold() in registry.not_people:
            return None
        ok = pinyin_matches(latin, native) if is_han else cyrillic_matches(latin, native)
        if ok:
            return name, before.start("name") + words[-size][1]
    last = [w for w, _ in words[-2:]]
    if (
        is_han
        and not before.group("poss")
        and len(last) == 2
        and not has_not_name_word(last)
        and not looks_chinese_name(last)
        and " ".join(last).casefold() not in registry.not_people
    ):
        # "Shin Kawashima (川島真)", "Lee Seong-hyon (李成贤)": a name no pinyin spells, in
        # characters right after it, is that person's name in characters
        return " ".join(last), before.start("name") + words[-2][1]
    return None


def _native_across_role(
    text: str, lo: int, at: int, native: str, is_han: bool, registry: Registry
) -> tuple[str, int] | None:
    """ "Zhao Huasheng, a professor at Fudan University (赵华胜)": the last name in the same
    sentence, before a comma, that the native name spells."""
    start = lo
    for end in _CLAUSE_END.finditer(text, lo, at):
        start = end.end()
    best = None
    for m in LATIN_NAME.finditer(text, start, at):
        if not text.startswith(",", m.end()):
            continue
        words = m.group().split()
        while words and words[0].casefold() in NOT_NAME_WORDS:
            words = words[1:]
        if len(words) < 2 or " ".join(words).casefold() in registry.not_people:
            continue
        ok = pinyin_matches(words, native) if is_han else cyrillic_matches(words, native)
        if ok:
            best = (" ".join(words), m.end() - len(" ".join(words)))
    return best


def _latin_names(doc: Document, registry: Registry) -> list[tuple[str, bool, bool]]:
    """Names written without a native form that still clearly name a person: a pinyin name,
    a known first name and a surname, or any capitalised name in a place only a person
    stands in (see :func:`_in_person_slot`). Each with whether it is Chinese and whether it
    is named only as the author of a work in a reference list."""
    found: list[tuple[str, bool, bool]] = []
    labels = _interview_labels(doc)
    for para in _paragraphs(doc):
        text = para.text
        if _CREDIT_LINE.match(text):
            continue  # "Reporting by X in Astana and Y in Beijing; Editing by Z": the makers
        for match in _TITLED_NAME.finditer(text):
            words = match.group().split()
            start = match.start()
            if start > 0 and text[start - 1].isalpha():
                continue  # "JoongAng Ilbo": the second half of a word, no name
            owner = _before_possessive(words)
            if len(owner) < len(words) and _no_title_words(owner):
                words = owner  # "Angela Stent's Putin's World": hers, whatever the title
            # "Kazakh Foreign Minister Murat Nurtleu": the name is what follows the last
            # word that is never part of a name.
            while not _no_title_words(words):
                words = words[1:]
                start = text.index(words[0], start + 1) if words else start
            stripped = match.group().split()[: len(match.group().split()) - len(words)]
            if (
                stripped
                and stripped[-1].casefold() not in _FUNCTION_WORDS  # "When Bakhtiyor Saidov"
                and not any(_PERSON_TITLE.search(w + " ") for w in stripped)
                and not looks_western_name(words)
                and not looks_chinese_name(words)
            ):
                # "in the Times Literary Supplement", "East Wind Notes": words of a title
                # or a place before capitalised words, with no title of a person among them
                continue
            words = _before_possessive(words)
            words = _before_label_line(text, start, words)
            if len(words) < 2 or has_not_name_word(words):
                continue
            if _NOT_A_PERSON_BEFORE.search(text, max(0, start - 60), start):
                continue  # a photo credit, an outlet written for, a title ("The Long Embrace")
            if _a_label_or_a_title(
                text, start, start + len(" ".join(words))
            ) and not _in_person_slot(para, start, match.end(), " ".join(words), labels):
                continue  # "Books | Long Read", Music: "Long Steppe"
            if _BYLINE_BY.search(text, max(0, start - 4), start) and _BYLINE_REST.match(
                text, match.end()
            ):
                continue  # "By Claire Dunmore | Opinion | 14 May": the byline, metadata
            if re.search(r"\b[A-Z]\.\s*$", text[max(0, start - 4) : start]):
                continue  # "C. Raja Mohan": the whole name is read with its initial below
            if is_form_of_address(words):
                continue
            last = text.find(words[-1], start) + len(words[-1])
            if re.match(r"\s+\d", text[last : last + 3]):
                continue  # "the Xue Long 2", "Yamal 2": a ship or a project, numbered
            name = " ".join(words)
            if name.casefold() in registry.not_people:
                continue
            if _IN_A_PLACE.search(text, max(0, start - 10), start) and not re.match(
                r"[’']s?\s", text[last : last + 3]
            ):
                continue  # "the Emirates Policy Center in Abu Dhabi, described": a place
            cited = _is_reference(para) and _cites_a_work(text, start, match.end())
            if looks_chinese_name(words):
                found.append((name, True, cited))
            elif _in_person_slot(para, start, match.end(), name, labels) or (
                looks_western_name(words) and not _a_place(doc.text, text, start, words)
            ):
                found.append((name, False, cited))
        found.extend(_reference_names(para))
        found.extend((name, False, False) for name in _initialled_names(text))
    return found


# "S. Jaishankar", "C. Raja Mohan", "J.D. Vance", "George W. Bush", "Camilla T. N. Sørensen":
# initials and a name; not an abbreviation ("U.S. Navy") and not the start of a longer name
# ("S. Rajaratnam School").
_INITIALLED = re.compile(
    rf"(?<![\w.])(?:(?P<initials>(?:[A-Z]\.\s?){{1,3}})\s*{NAME_WORD}(?:\s+{NAME_WORD})?"
    rf"|{NAME_WORD}\s+(?:[A-Z]\.\s?){{1,2}}\s*{NAME_WORD})(?![\w’'-])(?!\s*{NAME_WORD})"
)
_ABBREVIATIONS = frozenset({"US", "UK", "UN", "EU", "UAE", "USSR", "PRC", "DPRK", "ROK", "NATO"})


_AN_INITIAL = re.compile(r"[A-Z]\.")


def _initialled_names(text: str) -> list[str]:
    if not _AN_INITIAL.search(text):
        return []  # most paragraphs: no initial, no search from every position
    found = []
    for m in _INITIALLED.finditer(text):
        initials = re.sub(r"[.\s]", "", m.group("initials") or "")
        words = [w for w in m.group().split() if not re.fullmatch(r"(?:[A-Z]\.)+", w)]
        if initials in _ABBREVIATIONS or any(w.casefold() in NOT_NAME_WORDS for w in words):
            continue
        if len(initials) == 1 and re.fullmatch(r"[A-Z]\.\S+", m.group()):
            continue  # "R.Politik": a firm's name; a person's initial stands apart (S. Jaishankar)
        if _NOT_A_PERSON_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "the Wilson E. Schmidt Distinguished Professor": a chair's name
        found.append(" ".join(m.group().split()))
    return found


# A preposition of place right before a name: "to Rio de Janeiro", "in San Marino".
_PLACE_BEFORE = re.compile(r"\b(?:in|at|to|near|into|via|outside|across|toward|towards)\s+$")
# Before a place, never a person (unless theirs: "in Vasily Kashin's words").
_IN_A_PLACE = re.compile(r"\bin\s+$")


def _a_place(whole: str, text: str, start: int, words: list[str]) -> bool:
    """Whether a name read only from its given name is a place: it follows a preposition
    of place and its last word never stands alone anywhere in the article ("welcomed the
    leaders to Rio de Janeiro"; a person is called by the surname again)."""
    if not _PLACE_BEFORE.search(text, max(0, start - 12), start):
        return False
    if _A_PERSON_AFTER.match(text, start + len(" ".join(words))):
        return False  # "responding to Hanna Notte of the James Martin Center, who has written"
    last = re.escape(words[-1])
    alone = re.finditer(rf"(?<![\w-]){last}(?![\w-])", whole)
    named = re.compile(re.escape(" ".join(words)))
    head = len(" ".join(words[:-1])) + 1  # the words before the last, and a space
    return all(m.start() >= head and named.match(whole, m.start() - head) for m in alone)


# What follows a person, never a place: "…, who", "… of the Carnegie Endowment".
_A_PERSON_AFTER = re.compile(
    r"\s*,\s*who\b|\s+of\s+the\s+(?:[A-Z][\w-]+\s+){0,6}?(?:Cent(?:er|re)|Institute|University|"
    r"Council|School|Foundation|Endowment|Academy|Fund|Programm?e?|Society|Club|Forum)\b"
)


def _a_label_or_a_title(text: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) are a whole piece of a short line of labels set off
    by | or · ("Books | Long Read") or all the words inside quotation marks (Music: "Long
    Steppe"): a section's or a work's name."""
    if len(text) <= 80 and re.search(r"\s[|·•]\s", text):
        pieces = [piece.strip() for piece in re.split(r"\s[|·•]\s", text)]
        if text[start:end] in pieces:
            return True
    before, after = text[start - 1 : start], text[end : end + 1]
    return bool(before) and before in "“\"‘'" and bool(after) and after in "”\"’'"


def _no_title_words(words: list[str]) -> bool:
    return not has_not_name_word(words)


def _before_possessive(words: list[str]) -> list[str]:
    """ "Bobo Lo’s Axis of Convenience": a name ends at its possessive."""
    for n, w in enumerate(words):
        bare = re.sub(r"[’']s$", "", w)
        if bare != w:
            return [*words[:n], bare]
    return words


# Words that open a clause before a name: what they leave is a name if anything.
_FUNCTION_WORDS = frozenset(
    """
    a an the as and or but if so yet for nor of to in on at by from with when where while
    after before since though although unlike like according however meanwhile also then
    he she it we they his her its our their
    """.split()  # noqa: SIM905 - a word list reads best as text
)


# A wire's or a magazine's credit line: every name in it made the article.
_CREDIT_LINE = re.compile(
    r"\s*[(\[]?\s*(?:Additional\s+)?(?:Reporting|Editing|Edited|Compiled|Text|Photos?|"
    r"Pictures?|Graphics|Translation|Translated|Fact-checking)"
    r"(?:\s+and\s+\w+)?\s+by\s"
    # a wire's last lines: "--With assistance from X.", "To contact the reporter on this story:"
    r"|\s*-*\s*With\s+assistance\s+from\s|\s*To\s+contact\s+the\s+(?:reporters?|editors?)\b",
    re.IGNORECASE,
)
# "By Claire Dunmore | Opinion | The Atlantic Courier": a byline line with its separators.
_BYLINE_BY = re.compile(r"(?:^|\n)By\s+$")
_BYLINE_REST = re.compile(r"[^\S\n]*[|·•]")


def _before_label_line(text: str, start: int, words: list[str]) -> list[str]:
    """ "Hosts: Marcus Whitby and Leah Okafor¶Guests: …": a name stops at the end of its
    line when the next line opens with a label."""
    end = start
    for n, w in enumerate(words):
        at = text.index(w, end)
        if n and "\n" in text[end:at] and re.match(r"[^\W\d][\w ]{0,20}:", text[at:]):
            return words[:n]
        end = at + len(w)
    return words


# Where a capitalised pair is not a person: a photo credit ("Photo: Reuters/Maxim Shemetov"),
# the outlet a piece was written for, or a thing's name after "the" or "a" ("The Long
# Embrace", "a Tea Leaves fixture"; a person is "the late X", "a former Y", never "the X").
_NOT_A_PERSON_BEFORE = re.compile(
    r"(?:\b(?:Photo|Photos|Photograph|Picture|Image|Illustration|Credit)s?(?:\s+by)?\s*[:/]?\s*"
    r"(?:[\w .&-]{1,30}/\s*)?"
    r"|\b(?:written|prepared|produced|commissioned|compiled|made|invented|created|designed|built)"
    r"\s+for\s+"
    # a credit: "Text by X", "Editing by X)", "Compiled by X", "Picture editing: X" (not
    # "edited by" or "research by", which a text says of the people it is about)
    r"|\b(?:[Tt]ext|[Ee]diting|[Cc]ompiled|[Rr]eporting|[Tt]ranscript|[Tt]ranslations?|"
    r"[Tt]ranslated|[Gg]raphics|[Dd]esign|[Pp]roduced|[Ss]ub-edited|[Ff]act-checked|"
    r"[Pp]icture editing|[Ee]ditor|(?:[Ee]xecutive\s+)?[Pp]roducer|[Ss]ound|[Mm]usic|[Mm]ixing|"
    r"[Mm]ixed|[Mm]astered|[Aa]udio|[Aa]rtwork)(?:\s+by\s+|\s*:\s*)"
    r"|\b(?:[Tt]he|[Aa]n?)\s+"  # "the Tea Leaves project", "the Stanton Senior Fellow"
    # "the online newspaper Ukrainska Pravda noted": an outlet named after what it is
    r"|\b(?:newspaper|magazine|daily|weekly|tabloid|outlet|agency|channel|broadcaster|"
    r"website|portal|journal|publication|think tank|station)\s+"
    # "the state railway company Kazakhstan Temir Zholy": a company named after what it is
    r"|\b(?:company|firm|operator|carrier|railway|railways|corporation|conglomerate|giant|"
    r"maker|producer|exporter|miner|lender|insurer|bank|shipper|utility)\s+(?:[A-Z][a-z]+\s+)?)$"
)


# A name with the title words before it ("Hungarian Foreign Minister Péter Szijjártó"): up
# to four title words, then the name.
_TITLED_NAME = re.compile(
    rf"{NAME_WORD}(?:\s+(?:{PARTICLES}(?:\s+|-(?=[A-Z])))*{NAME_WORD}){{1,7}}"
)


def _titled_short_names(doc: Document) -> list[str]:
    """ "President Zelensky", "Minister S. Jaishankar": people the text names only by a
    title and one name."""
    found = []
    for para in _paragraphs(doc):
        for m in _TITLED_SHORT.finditer(para.text):
            name = re.sub(r"[’']s$", "", m.group("name"))  # "Prime Minister Takaichi's plan"
            if not any(w.casefold() in NOT_NAME_WORDS for w in name.split()):
                found.append(name)
    return found


# People known by one name (Mongolian, Indonesian, many others): a single capitalised word in
# apposition with what only a person is ("Batbayar, a cashmere trader", "Enkhjargal, a student
# who …"), or after a word of kinship ("his wife, Sarangerel", "their son Temuulen"). Not
# "member", "leader" or "partner": a country can be those.
_PERSON_ONLY = (
    r"trader|herder|farmer|student|teacher|professor|researcher|analyst|journalist|reporter|"
    r"driver|shopkeeper|stallholder|vendor|doctor|nurse|engineer|lawyer|activist|pensioner|"
    r"businessman|businesswoman|entrepreneur|miner|soldier|veteran|diplomat|economist|"
    r"scholar|historian|writer|poet|artist|musician|photographer|worker|mechanic|fisherman|"
    r"housewife|mother|father|grandmother|grandfather|widow|priest|monk|imam|refugee"
)
_SINGLE_IN_APPOSITION = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=,\s))(?P<name>{NAME_WORD}),\s+(?:a|an)\s+"
    rf"(?:[\w’'-]+\s+){{0,3}}?(?:{_PERSON_ONLY})s?\b"
)
_KIN_WORDS = (
    r"wife|husband|son|daughter|mother|father|brother|sister|uncle|aunt|grandmother|"
    r"grandfather|granddaughter|grandson|cousin|niece|nephew"
)
_SINGLE_AFTER_KIN = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:\w+\s+)?(?:{_KIN_WORDS})"
    rf"\s*,?\s+(?P<name>{NAME_WORD})\b(?!\s+{NAME_WORD})"
)

# "who asked to be identified only by his first name, Sergei", "gave her name only as Aigul".
_SINGLE_BY_FIRST_NAME = re.compile(
    # (not "known by her first name, Marta": a boat; "called by his given name": a horse)
    r"\b(?:identified|quoted)\s+(?:only\s+)?(?:by|as)\s+(?:his|her)\s+"
    rf"(?:first|given)\s+name\s*,?\s+(?P<name>{NAME_WORD})\b(?!\s+{NAME_WORD})"
    r"|\bgave\s+(?:only\s+)?(?:his|her)\s+(?:first\s+|given\s+)?name\s+(?:only\s+)?as\s+"
    rf"(?P<given>{NAME_WORD})\b(?!\s+{NAME_WORD})"
)


#: Each pattern of a single name with what any match of it holds, looked for first: these
#: patterns open with a choice, which Python's regular expressions try at every position
#: (a paragraph without ", a " has no "Batbayar, a driver").
_SINGLE_PATTERNS = (
    (_SINGLE_IN_APPOSITION, re.compile(r",\s+an?\s")),
    (_SINGLE_AFTER_KIN, re.compile(rf"\s(?:{_KIN_WORDS})\s*,?\s")),
    (_SINGLE_BY_FIRST_NAME, re.compile("name")),
)


def _single_names(doc: Document) -> list[str]:
    """People the text names with one word only, where only a person can stand; never a
    word the text also writes in lower case ("Today, a student …"), and only a word it
    also uses in mid-sentence (a name, not a sentence's first word)."""
    found = []
    for para in _paragraphs(doc):
        for pattern, needed in _SINGLE_PATTERNS:
            if not needed.search(para.text):
                continue
            for m in pattern.finditer(para.text):
                name = m.group("name") or m.group("given")
                if name.casefold() in NOT_NAME_WORDS or name in found:
                    continue
                if re.search(rf"\b{re.escape(name.lower())}\b", doc.text):
                    continue
                aged = re.search(r"\d+-year-old", m.group())  # "Batbayar, a 44-year-old driver"
                if aged or re.search(rf"(?:[a-z,;:]|[a-z]\s)\s*{re.escape(name)}\b", doc.text):
                    found.append(_full_form(doc.text, name))
    return found


def _full_form(text: str, surname: str) -> str:
    """ "Lo, a former Australian diplomat": the one name, or the full name the text writes
    elsewhere with it ("Bobo Lo’s book")."""
    for m in re.finditer(rf"\b(?P<given>{NAME_WORD})\s+{re.escape(surname)}\b", text):
        given = m.group("given")
        opens = re.search(r"(?:^|[.!?:]\s+|\n\s*)$", text[max(0, m.start() - 4) : m.start()])
        if given.casefold() not in NOT_NAME_WORDS and (is_given_name(given) or not opens):
            return f"{given} {surname}"
    return surname


# "President Zelensky", "External Affairs Minister S. Jaishankar": a title and a name of one
# word, or an initial and a surname.
_TITLED_SHORT = re.compile(
    r"\b(?:President|Prime Minister|Premier|Chancellor|Minister|PM|Mr|Ms|Mrs|Dr|Prof|"
    rf"Professor|Ambassador|Senator)\.?\s+(?P<name>(?:[A-Z]\.\s+)?{NAME_WORD})"
    rf"(?![-'\w])(?!\s+(?:[A-Z]\.\s+)?{NAME_WORD})"
)


# Before a name: a title or a description that only a person takes ("Prof.", "Ambassador",
# "Foreign Minister", "economist"), a verb of saying ("said", "according to"), or the dash
# that hands a quote to its author ("” — Da Wei").
_PERSON_TITLE = re.compile(
    r"(?:\b(?:Prof|Professor|Dr|Doctor|Ambassador|President|Premier|Chancellor|Minister|"
    r"Secretary|Secretary-General|Senator|Sen|Rep|Representative|Congressman|Congresswoman|"
    r"General|Gen|Admiral|Adm|Colonel|Col|Lt|Major|Captain|Mr|Ms|Mrs|Miss|Sir|Dame|Lord|"
    r"Lady|Spokes(?:person|man|woman)|Envoy|Governor|Mayor|Commissioner|Chairman|"
    r"Chairwoman|Chair|Director|Dean|King|Queen|Emir|Sheikh|Prince|Pope|Patriarch|"
    r"Counsellor|Counselor|Consul|Rector|Vice-President|PM|FM|"
    r"economist|analyst|scholar|expert|professor|researcher|historian|journalist|diplomat|"
    r"official|strategist|sinologist|lecturer|editor|commentator|columnist|lawmaker|"
    r"politician|leader|minister|president|ambassador|premier|chancellor)\.?\s+$)"
)
# The words between such a verb and a name are not a preposition of place, time, topic or
# outlet: "written for Foreign Affairs", "said in Brussels", "spoke at Tsinghua University".
_SPEECH_BEFORE = re.compile(
    rf"(?:\b(?:{VERBS}|according to|quoting|quoted|interviewed|thanks to|"
    r"(?:spoke|spoken|speaks|talked|talks|sat\s+down)\s+(?:to|with)|conversation\s+with)\s+"
    r"(?:(?:the\s+)?(?!(?:for|about|on|in|at|from|into|over|during|since|across|through)\s)"
    r"[a-z][\w-]+\s+){0,2}$)"
    r"|(?:(?:^|[”\"’.?!)]\s*)(?:-{1,2}|[–—])\s*$)"
)
_SPEECH_AFTER = re.compile(
    rf"(?:[’']s)?\s*{BRACKETED}?\s*(?:,[^.;“”\"]{{3,200}}?,\s*|,\s*)?"
    rf"{BEFORE_VERB}(?:{VERBS}|tweeted|"
    r"posted|testified|countered|retorted|disagreed|agreed|believes|thinks|calls|called|"
    r"describes|described|accused|accuses)\b"
)
_APPOSITION_AFTER = re.compile(
    rf"\s*{BRACKETED}?\s*,\s*(?:who (?:is|was|has been|heads|leads|directs|runs|ran|"
    r"(?:once |previously |later )?(?:served|serves|worked|works) as) |"
    r"now |then |currently |formerly )?(?P<role>(?:a|an|the|his|her|their|[A-Z][\w-]+[’']s|"
    r"one of|former|senior|deputy|"
    r"chief|head|director|professor|associate|assistant|visiting|non-resident|nonresident|"
    r"executive|vice|lead|principal|research|retired|ex-|chairman|chairwoman|chair|founder|"
    r"president|dean|rector|editor|secretary|minister|ambassador|foreign|defen[cs]e|finance|"
    r"prime|national|special|permanent|first)\b[^,.;()“”\"]{2,160})"
)
_REFERENCES = re.compile(
    r"^(?:references|notes|sources|bibliography|further reading|endnotes|works cited)\b",
    re.IGNORECASE,
)
_REFERENCE_START = re.compile(r"\s*(?:\[?\d{1,3}[\].)]?\s+|[-*•]\s+)?")
_SURNAME_FIRST = re.compile(
    rf"(?P<surname>{NAME_WORD}),\s+(?P<given>{NAME_WORD}(?:\s+{NAME_WORD})?(?:\s+[A-Z]\.)?)\s*[.,(]"
)
_LABEL = re.compile(rf"(?P<who>{NAME_WORD}(?:\s+(?:{PARTICLES}\s+)*{NAME_WORD}){{1,3}})\s*:\s")
_CITES_AFTER = re.compile(rf"\s*{BRACKETED}?\s*[,.]\s*(?:[“\"‘«]|\(?\d{{4}}|[A-Z])")


# "his deputy for economic affairs, Dilnoza Karimova, …", "Uzbekistan's foreign minister,
# Bakhtiyor Saidov, …": a role and a comma before the name.
_ROLE_BEFORE_NAME = re.compile(
    rf"(?:^|[,;:(]\s*|[.!?]\s+|\b(?:and|while|but)\s+)"
    r"(?:the|his|her|its|their|a|an|another|[\w-]+[’']s)\s"
    rf"[^,.;“”\"]{{0,80}}\b(?:{ROLE_HEADS})s?\b[^,.;“”\"]{{0,60}},\s*$",
    re.IGNORECASE,
)


def _in_person_slot(
    para: Paragraph, start: int, end: int, name: str, labels: frozenset[str]
) -> bool:
    """Whether the name at [start, end) of ``para`` stands where only a person stands:
    after a title, before or after a verb of saying, after a quote's dash, in apposition
    with a role ("X, a professor at Y"), as an interview's speaker label ("X: …"), or at
    the head of a reference list's entry."""
    text = para.text
    head = text[max(0, start - 60) : start]
    if _PERSON_TITLE.search(head) or _SPEECH_BEFORE.search(head):
        return True
    if _ROLE_BEFORE_NAME.search(text[max(0, start - 160) : start]):
        return True
    if _SPEECH_AFTER.match(text, end):
        return True
    role = _APPOSITION_AFTER.match(text, end)
    if role and ROLE_HEAD.search(role.group("role")):
        return True
    if _WHO_HOLDS.match(text, end) and not _OF_A_PLACE.search(head):
        return True  # "Almasadam Satkaliyev, who heads Kazakhstan's atomic agency, …"
    if start == 0 and name in labels:
        return True
    return _is_reference(para) and _cites_a_work(text, start, end)


# A preposition before a name: "Analysts at Renaissance Capital, who …" (a firm, a country).
_OF_A_PLACE = re.compile(r"\b(?:at|from|of|for|in)\s+$")
# A relative clause of what someone does for a living: "…, who heads/teaches/advises …".
_WHO_HOLDS = re.compile(
    r",\s+who\s+(?:now\s+|also\s+|until\s+\d{4}\s+)?(?:heads|headed|leads|led|runs|ran|chairs|"
    r"chaired|directs|directed|teaches|taught|advises|advised|represents|oversees|manages|"
    r"founded|co-founded|serves\s+as|served\s+as)\b"
)


def _is_reference(para: Paragraph) -> bool:
    return para.kind == "footnote" or bool(_REFERENCES.match(para.section or ""))


def _cites_a_work(text: str, start: int, end: int) -> bool:
    lead = _REFERENCE_START.match(text)
    return lead is not None and lead.end() == start and _CITES_AFTER.match(text, end) is not None


def _interview_labels(doc: Document) -> frozenset[str]:
    """Names that open two or more paragraphs as "Name: …" (an interview's speakers)."""
    counts: dict[str, int] = {}
    for para in _paragraphs(doc):
        m = _LABEL.match(para.text)
        if m:
            counts[m.group("who")] = counts.get(m.group("who"), 0) + 1
    return frozenset(who for who, n in counts.items() if n >= 2)


def _reference_names(para: Paragraph) -> list[tuple[str, bool, bool]]:
    """ "Gabuev, Alexander. “Title.” …": the author of a work in a reference list, written
    surname first."""
    if not _is_reference(para):
        return []
    lead = _REFERENCE_START.match(para.text)
    m = _SURNAME_FIRST.match(para.text, lead.end() if lead else 0)
    if m is None:
        return []
    given, surname = m.group("given"), m.group("surname")
    if any(w.casefold() in NOT_NAME_WORDS for w in [*given.split(), surname]):
        return []
    if looks_chinese_name([surname, given]):
        return [(f"{surname} {given}", True, True)]
    if is_given_name(given.split()[0]):
        return [(f"{given} {surname}", False, True)]
    return []


def _names_a_person(author: str) -> bool:
    """Whether an article's author is a person: a name of two to four words, not a desk,
    a wire or "Staff reporters" (bylines are the article's metadata, not people)."""
    words = author.split()
    return 2 <= len(words) <= 4 and not any(
        w.casefold() in NOT_NAME_WORDS or not w[:1].isupper() for w in words
    )


def find_people(doc: Document, registry: Registry | None = None) -> PeopleFound:
    """Everyone ``doc`` names, with their roles as stated and every mention."""
    registry = registry or Registry()
    drafts = _drafts(doc, registry)
    mentions = find_mentions(doc, drafts)
    by_person: dict[str, list[Mention]] = {}
    for m in mentions:
        if not m.ambiguous:
            by_person.setdefault(m.person, []).append(m)
    people = [_person(doc, d, by_person.get(d.id, [])) for d in drafts]
    return PeopleFound(tuple(people), tuple(mentions))


def _drafts(doc: Document, registry: Registry) -> list[Draft]:
    """Everyone the text names: introduced with a native name, a name in a person's slot,
    an author who is a person, a person of the registry, someone named by title alone."""
    drafts: dict[str, Draft] = {}

    def draft(name: str, chinese: bool) -> Draft:
        short = without_patronymic(name)  # one person with or without the patronymic
        key = fold(short)
        if key not in drafts:
            drafts[key] = Draft(name=short, chinese=chinese)
        if short != name and name not in drafts[key].variants:
            drafts[key].variants.append(name)
        return drafts[key]

    for name, native, chinese, offset in _introductions(doc, registry):
        d = draft(name, chinese)
        d.native = d.native or native
        para = doc.paragraph_at(offset)
        after = doc.text[offset + len(name) : offset + len(name) + 200]
        citation = para is not None and para.kind == "footnote" and _CITATION_AFTER.match(after)
        if not citation:
            d.cited_only = False
    for name, chinese, cited in _latin_names(doc, registry):
        d = draft(name, chinese)
        d.cited_only = d.cited_only and cited
    for author in doc.authors:
        if _names_a_person(author):
            d = draft(author, looks_chinese_name(author.split()))
            d.author = True
            d.cited_only = False
    surnames = {d.name: fold(d.surname) for d in drafts.values() if d.surname}
    words = set(_WORD.findall(doc.text))  # an alias whose first word is not here is not here
    for entry in registry.may_be_named(words, doc.text):
        names = (entry.name, entry.native_name)
        if any(_as_person(doc, f) for f in names if f and _may_stand(f, words, doc.text)):
            hit = True
        else:
            present = [a for a in entry.aliases if _may_stand(a, words, doc.text)]  # most: none
            others = {s for name, s in surnames.items() if name != entry.name} if present else ()
            hit = any(_as_person(doc, a) for a in present if fold(a) not in others)
        if hit:
            # the text's own name for the entry ("Subrahmanyam Jaishankar" for "S.
            # Jaishankar") is that person's draft; no second one under the entry's name
            forms = {fold(entry.name), *(fold(a) for a in entry.aliases)}
            d = next((d for key, d in drafts.items() if key in forms), None) or draft(
                entry.name, looks_chinese_name(entry.name.split())
            )
            d.cited_only = False
    _without_initials(drafts)
    _one_spelling(drafts)
    _particle_surnames(drafts)
    known = {fold(w) for d in drafts.values() for w in d.name.split()}
    known |= registry.folded_forms
    for name in _titled_short_names(doc) + _single_names(doc):
        if fold(name.split()[-1]) not in known:  # not "President Xi" when Xi Jinping is known
            draft(name, False).cited_only = False
    for d in drafts.values():
        d.registry = (
            (registry.lookup(d.native) if d.native else None)
            or registry.lookup(d.name)
            or registry.lookup_spelling(d.name)  # "Sergei Lavrov": the registry's Sergey
        )
        known = d.registry.native_name if d.registry else ""
        if d.native and known and _han(d.native) and _han(known) and _han(d.native) != _han(known):
            d.registry, d.homonym = None, True  # another person of the same Latin name
    return list(drafts.values())


# "the Biden administration", "the Xi era": a name that stands for a government or a time;
# "the Primakov Institute", "the Primakov Readings": the name of a thing named after them.
_ATTRIBUTIVE_USE = re.compile(
    r"\s+(?:administration|administrations|government|era|presidency|doctrine|camp|"
    r"cabinet|White House|Doctrine|Institute|Readings|Lectures?|Cent(?:er|re)|Foundation|"
    r"Library|Prize|Museum|School|University|Airport|Street|Avenue|Square|Prospekt)\b"
)


_WORD = re.compile(r"\w+")


def _may_stand(form: str, words: set[str], text: str) -> bool:
    """Whether ``form`` may be in ``text``, whose words are ``words``: its first word is one
    of them (a Han form, one run of characters with no spaces, is looked for in the text)."""
    first, han = first_word(form)
    return (form in text) if han else first in words


def _as_person(doc: Document, form: str) -> bool:
    """Whether ``form`` stands in ``doc`` for the person at least once."""
    return any(not _ATTRIBUTIVE_USE.match(doc.text, b) for _, b in occurrences(doc, form))


def _without_initials(drafts: dict[str, Draft]) -> None:
    """ "M. Taylor Fravel" and "Taylor Fravel’s office", "Mia M. Bennett" in the notes and
    "Mia Bennett" in the text: one person, by the fuller name."""
    for key, d in list(drafts.items()):
        words = d.name.split()
        if len(words) < 3:
            continue
        bare = [w for n, w in enumerate(words) if n == len(words) - 1 or not _INITIAL.fullmatch(w)]
        if len(bare) < len(words) and len(bare) >= 2:
            short = fold(" ".join(bare))
            if short in drafts and short != key and key in drafts:
                drafts[key].cited_only = drafts[key].cited_only and drafts[short].cited_only
                if not _INITIAL.fullmatch(words[0]):
                    drafts[key].variants.append(drafts[short].name)  # "Mia Bennett" is hers
                del drafts[short]


_INITIAL = re.compile(r"(?:[A-Z]\.)+")


def _one_spelling(drafts: dict[str, Draft]) -> None:
    """ "Sergei Karaganov" and "Sergey Karaganov", "Dmitri"/"Dmitry Trenin": two
    romanisations of one Russian first name are one person, under the first name read."""
    kept: dict[tuple[str, str], Draft] = {}
    for key, d in list(drafts.items()):
        words = d.name.split()
        if d.chinese or len(words) != 2:
            continue
        spelling = (given_key(words[0]), fold(words[1]))
        first = kept.setdefault(spelling, d)
        if first is not d:
            first.variants.append(d.name)
            first.cited_only = first.cited_only and d.cited_only
            del drafts[key]


def _particle_surnames(drafts: dict[str, Draft]) -> None:
    """ "Ursula von der Leyen", then "Von der Leyen said" at a sentence's start or "Later von
    der Leyen said": her surname with its particles, not another person. A name that ends in
    another's surname of particles and has before it nothing but a word that is no first
    name is that person."""
    for d in list(drafts.values()):
        words, surname = d.name.split(), d.surname
        if d.chinese or not surname[:1].islower() or len(words) < 3:
            continue
        tail = fold(surname)
        for key, other in list(drafts.items()):
            if other is d or not key.endswith(tail):
                continue
            lead = other.name.split()[: len(other.name.split()) - len(surname.split())]
            if len(lead) > 1 or (lead and is_given_name(lead[0])):
                continue  # "Marie von der Leyen": another of that surname
            if not lead and fold(other.name) != tail:
                continue
            d.cited_only = d.cited_only and other.cited_only
            del drafts[key]


def _han(name: str) -> str:
    """A Han native name in simplified characters ("" for any other script)."""
    return simplified(name) if _HAN_NAME.fullmatch(name) else ""


def _person(doc: Document, d: Draft, own: list[Mention]) -> Person:
    """The person a draft becomes: the roles stated next to their mentions (the longest of
    nested ones), the registry's affiliations, and a kind from the registry, the byline or
    the roles."""
    titles: list[str] = []
    seen: set[str] = set()
    for m in own:
        for text, a, b in roles_at(doc, m.span.start, m.span.end):
            if text not in seen:
                seen.add(text)
                d.roles.append(Role(text, Span(doc.id, a, b)))
                titles.append(text)
    d.roles = [
        r for r in d.roles if not any(r.text != o.text and r.text in o.text for o in d.roles)
    ]
    kind: PersonKind | None = None
    if d.registry is not None:
        kind = d.registry.kind
        d.native = d.native or d.registry.native_name
        for aff in d.registry.affiliations:
            d.roles.append(Role(aff, None, d.registry.source))
    if kind is None and d.author and (doc.authors and d.name in doc.authors):
        kind = "author"
    if kind is None:
        kind = kind_from_roles([r for r in d.roles if r.span is not None], titles)
    if kind is None and d.cited_only:
        kind = "author"
    aliases = [d.surname, *d.variants, *(d.registry.aliases if d.registry else ())]
    return Person(
        id=d.id,
        name=d.name,
        native_name=d.native,
        kind=kind or "other",
        roles=tuple(d.roles),
        aliases=tuple(dict.fromkeys(a for a in aliases if a and a != d.name)),
    )
