"""People: who an article names, how it describes them, and every later mention.

A person is found where the text introduces them — "Zhao Huasheng (赵华胜), one of …",
"Zhu Feng, director of …", "Chinese economist Xu Mingqi" — or where a known name (an article's
author, a registry entry) appears. Later references by surname ("Zhao argues") are resolved
by context: the person named nearest in the same paragraph, else the one the article has
been talking about; a mention a careful reader could not place is marked ``ambiguous``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from tealeaves.extract.cues import VERBS
from tealeaves.extract.names import (
    CYRILLIC,
    HAN,
    LATIN_NAME,
    LOOKBACK,
    NAME_WORD,
    NOT_NAME_WORDS,
    PARTICLES,
    Spans,
    cyrillic_matches,
    fold,
    is_given_name,
    looks_chinese_name,
    looks_western_name,
    pinyin_matches,
)
from tealeaves.extract.registry import Registry, RegistryPerson
from tealeaves.extract.spans import SKIPPED_KINDS
from tealeaves.model import Document, Mention, Paragraph, Person, PersonKind, Role, Span

_PAREN = re.compile(r"[(（]([^()（）\n]{1,80})[)）]")
_CLAUSE_END = re.compile(r"[.?!;:](?=\s)|[“”\"]")
_NAME_BEFORE = re.compile(
    rf"(?P<name>{NAME_WORD}(?:\s+(?:{PARTICLES}\s+)*{NAME_WORD})*)(?P<poss>[’']s)?\s*$"
)
_HAN_NAME = re.compile(f"[{HAN}]{{2,4}}")
_CYRILLIC_NAME = re.compile(f"[{CYRILLIC}][{CYRILLIC}-]*(?:\\s+[{CYRILLIC}][{CYRILLIC}-]*){{1,3}}")

# Words that head a description of a person ("a professor at …", "Chinese economist").
ROLE_HEADS = (
    "professor|researcher|research fellow|fellow|scholar|expert|specialist|analyst|director|"
    "deputy director|head|dean|president|vice president|chair|chairman|chairwoman|economist|"
    "journalist|editor|founder|minister|ambassador|spokesperson|spokesman|spokeswoman|"
    "diplomat|official|officer|colonel|general|admiral|adviser|advisor|intellectual|lecturer|"
    "member|commentator|think-tanker|correspondent|author|writer|historian|strategist|"
    "academic|critic|figure|proponent|sinologist|observer|veteran|leader|premier|secretary|"
    "envoy|representative|consul|counsellor|counselor|student|candidate|reporter|columnist|"
    "political scientist|scientist|theorist|thinker|military expert|scholar"
)
_ROLE_HEAD = re.compile(rf"\b(?:{ROLE_HEADS})s?\b", re.IGNORECASE)

_EXPERT_WORDS = re.compile(
    r"\b(?:professor|researcher|research|scholar|expert|specialist|analyst|fellow|economist|"
    r"think[- ]tank(?:er)?|academ\w*|lecturer|dean|intellectual|sinologist|historian|"
    r"strategist|political scientist|theorist|universit(?:y|ies)|institutes?|centres?|"
    r"centers?|school of|academy|studies)\b",
    re.IGNORECASE,
)
_OFFICIAL_WORDS = re.compile(
    r"\b(?:ambassador|minister|spokes(?:person|man|woman)|diplomat|official|politburo|"
    r"envoy|consul|foreign ministry|vice[- ]premier|state councillor|general|admiral|"
    r"colonel|commander|senator|governor|mayor|deputy foreign)\b",
    re.IGNORECASE,
)
_LEADER_TITLE = re.compile(
    r"\b(?:President|Premier|Chairman|General Secretary|Prime Minister|Chancellor|King|Tsar)\s*$"
)

# A title or description right before a name: "Chinese Ambassador to France", "economist".
_TITLE_WORD = (
    r"(?:former|then|deputy|vice|senior|top|chief|acting|current|late|leading|prominent|"
    r"well-known|renowned|veteran|retired|[A-Z][a-z]+(?:ese|an|ian|ish|i|ch)|Foreign|Defen[cs]e)"
)
_TITLE_HEAD = (
    r"(?:President|Premier|Chairman|General Secretary|Prime Minister|Foreign Minister|"
    r"Minister(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?|"
    r"Ambassador(?:\s+to\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?|"
    r"Vice[- ]Premier|State Councillor|Spokes(?:person|man|woman)|General|Admiral|Colonel|"
    r"Professor|Dr\.?|economist|scholar|professor|intellectual|analyst|expert|diplomat|"
    r"journalist|researcher|historian|specialist|strategist|official|spokes(?:person|man|woman)|"
    r"politburo member|colonel|general|admiral|think-tanker|sinologist|academic|commentator)"
)
_TITLE_BEFORE = re.compile(
    rf"(?P<title>(?:{_TITLE_WORD}\s+){{0,3}}{_TITLE_HEAD}"
    rf"(?:\s+and\s+(?:{_TITLE_WORD}\s+){{0,3}}{_TITLE_HEAD})?)\s+$"
)
# ", the director of CICIR’s Institute of Eurasian Studies, Ding Xiaoxing"
_ROLE_BEFORE = re.compile(
    r"(?:^|[,;:]\s|\.\s)(?:[A-Z][a-z]+(?: [a-z]+)?,\s+)?(?P<role>(?:the|a|an)\s+[^,;:.()]{3,160}?)"
    r",\s*$"
)
_POSSESSIVE = re.compile(r"[’']s")
_PAREN_AFTER = re.compile(r"\s*[(（][^()（）]*[)）]")
_SPACES = re.compile(r"\s*")
_AND_ANOTHER = re.compile(r",?\s+and\s+(?:a|an|the)\s")
_DISCOURSE = re.compile(
    r"(?:for (?:instance|example)|however|in particular|too|meanwhile|moreover|in turn|"
    r"by contrast|on the other hand|for his part|for her part|incidentally),\s*",
    re.IGNORECASE,
)
_APPOSITIVE_START = re.compile(
    r"(?:who (?:is|was|has been|had been|now is|remains)\s+|then\s+|now\s+|currently\s+)?"
    r"(?=(?:a|an|the|one|another|then|now|former|currently|formerly|deputy|director|head|"
    r"professor|senior|chief|dean|vice|president|chair|editor|founder|minister|ambassador|"
    r"spokes\w+|researcher|fellow|lecturer|associate|assistant|executive|secretary|member)\b)",
    re.IGNORECASE,
)
_SENTENCE_STOP = re.compile(r"[,;]|\.(?=\s|$)|\s[–—]\s|\n")
_IS_ROLE = re.compile(
    r"\s+(?:is|was|has been)\s+(?P<role>(?:the|a|an)\s+[^.;\n]{3,200}?)(?:\.|;|$)"
)
_ROLE_SPLIT = re.compile(r",?\s+and\s+(?=(?:the|a|an|one|another|former)\b)")
# A footnote citation: "Gui Xiao (桂晓), “Composition and …”".
_CITATION_AFTER = re.compile(r"^\s*(?:\([^()]*\))?\s*,\s*[“\"‘]")


def slug(name: str) -> str:
    """A stable id for a person: "Zhao Huasheng" -> "zhao-huasheng"."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^\w]+", "-", kept).strip("-") or "person"


@dataclass
class _Draft:
    name: str
    chinese: bool = False
    native: str = ""
    roles: list[Role] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    registry: RegistryPerson | None = None
    cited_only: bool = True  # named only as the author of a work in a footnote
    author: bool = False

    @cached_property
    def id(self) -> str:
        return slug(self.name)

    @property
    def surname(self) -> str:
        words = self.name.split()
        if len(words) < 2:
            return ""
        return words[0] if self.chinese else words[-1]


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
        for match in _TITLED_NAME.finditer(text):
            words = match.group().split()
            start = match.start()
            # "Kazakh Foreign Minister Murat Nurtleu": the name is what follows the last
            # word that is never part of a name.
            while any(w.casefold() in NOT_NAME_WORDS for w in words):
                words = words[1:]
                start = text.index(words[0], start + 1) if words else start
            words = [re.sub(r"[’']s$", "", w) for w in words]
            if len(words) < 2 or any(w.casefold() in NOT_NAME_WORDS for w in words):
                continue
            name = " ".join(words)
            if name.casefold() in registry.not_people:
                continue
            cited = _is_reference(para) and _cites_a_work(text, start, match.end())
            if looks_chinese_name(words):
                found.append((name, True, cited))
            elif looks_western_name(words) or _in_person_slot(
                para, start, match.end(), name, labels
            ):
                found.append((name, False, cited))
        found.extend(_reference_names(para))
    return found


# A name with the title words before it ("Hungarian Foreign Minister Péter Szijjártó"): up
# to four title words, then the name.
_TITLED_NAME = re.compile(rf"{NAME_WORD}(?:\s+(?:{PARTICLES}\s+)*{NAME_WORD}){{1,7}}")


def _titled_short_names(doc: Document) -> list[str]:
    """ "President Zelensky", "Minister S. Jaishankar": people the text names only by a
    title and one name."""
    found = []
    for para in _paragraphs(doc):
        for m in _TITLED_SHORT.finditer(para.text):
            name = m.group("name")
            if not any(w.casefold() in NOT_NAME_WORDS for w in name.split()):
                found.append(name)
    return found


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
_SPEECH_BEFORE = re.compile(
    rf"(?:\b(?:{VERBS}|according to|quoting|quoted|interviewed|thanks to)\s+"
    r"(?:(?:the\s+)?[a-z][\w-]+\s+){0,2}$)"
    r"|(?:(?:^|[”\"’.?!)]\s*)(?:-{1,2}|[–—])\s*$)"
)
_SPEECH_AFTER = re.compile(
    r"(?:[’']s)?\s*(?:[(（][^()（）]*[)）])?\s*(?:,[^.;“”\"]{3,200}?,\s*|,\s*)?"
    rf"(?:(?:has|had|have|also|then|later|once|again|\w+ly)\s+)*(?:{VERBS}|tweeted|"
    r"posted|testified|countered|retorted|disagreed|agreed|believes|thinks)\b"
)
_APPOSITION_AFTER = re.compile(
    r"\s*(?:[(（][^()（）]*[)）])?\s*,\s*(?:who (?:is|was|has been|heads|leads|directs) |"
    r"now |then |currently |formerly )?(?P<role>(?:a|an|the|one of|former|senior|deputy|"
    r"chief|head|director|professor|associate|assistant|visiting|non-resident|nonresident|"
    r"executive|vice|lead|principal|research|retired|ex-)\b[^,.;()“”\"]{2,160})"
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
_CITES_AFTER = re.compile(r"\s*(?:[(（][^()（）]*[)）])?\s*[,.]\s*(?:[“\"‘«]|\(?\d{4}|[A-Z])")


# "his deputy for economic affairs, Dilnoza Karimova, …": a role and a comma before the name.
_ROLE_BEFORE_NAME = re.compile(
    rf"(?:^|[,;:(]\s*|\b(?:and|while|but)\s+)(?:the|his|her|its|their|a|an|another)\s"
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
    if role and _ROLE_HEAD.search(role.group("role")):
        return True
    if start == 0 and name in labels:
        return True
    return _is_reference(para) and _cites_a_work(text, start, end)


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


# Where a name ends: not inside a longer word, and not a word that goes on after an
# apostrophe ("Xi’an" is a city, not Xi; a possessive "Xi’s" is still Xi).
_NAME_END = r"(?![\w-])(?![’'](?!s\b)\w)"


@lru_cache(maxsize=4096)
def _word_pattern(form: str) -> re.Pattern[str]:
    escaped = r"\s+".join(re.escape(part) for part in form.split())
    return re.compile(rf"(?<![\w-]){escaped}{_NAME_END}")


def _occurrences(doc: Document, form: str) -> list[tuple[int, int]]:
    """Where ``form`` stands in the paragraphs that are read (one pass over the text)."""
    if form.split()[0] not in doc.text or " ".join(form.split()) not in doc.text:
        return []  # the common case, decided without a regex (paragraphs are space-folded)
    spans: list[tuple[int, int]] = []
    for m in _word_pattern(form).finditer(doc.text):
        para = doc.paragraph_at(m.start())
        if para is not None and para.kind not in SKIPPED_KINDS and m.end() <= para.end:
            spans.append((m.start(), m.end()))
    return spans


def _clean_role(text: str) -> str:
    text = text.strip().strip(",;:").strip()
    return re.sub(r"\s+", " ", text)


def _roles_at(doc: Document, start: int, end: int) -> list[tuple[str, int, int]]:
    """Descriptions of the person named at [start, end): before and after the name."""
    para = doc.paragraph_at(start)
    if para is None:
        return []
    text, base = para.text, para.start
    s, e = start - base, end - base
    roles: list[tuple[str, int, int]] = []

    head = text[max(0, s - LOOKBACK) : s]
    at = s - len(head)  # where head starts in text
    title = _TITLE_BEFORE.search(head)
    if title:
        roles.append(
            (title.group("title"), base + at + title.start("title"), base + at + title.end("title"))
        )
    else:
        pre = _ROLE_BEFORE.search(head)
        if pre and _ROLE_HEAD.search(pre.group("role")):
            roles.append(
                (pre.group("role"), base + at + pre.start("role"), base + at + pre.end("role"))
            )

    tail_start = e
    poss = _POSSESSIVE.match(text, tail_start)
    if poss:
        tail_start = poss.end()
    paren = _PAREN_AFTER.match(text, tail_start)
    if paren:
        tail_start = paren.end()
    is_role = _IS_ROLE.match(text, tail_start)
    if is_role and _ROLE_HEAD.search(is_role.group("role")):
        roles.append(
            (is_role.group("role"), base + is_role.start("role"), base + is_role.end("role"))
        )
    elif text.startswith(",", tail_start):
        pos = tail_start + 1
        while True:
            skip = _DISCOURSE.match(text, pos + (1 if text[pos : pos + 1] == " " else 0))
            if not skip:
                break
            pos = skip.end()
        pos = _SPACES.match(text, pos).end()  # type: ignore[union-attr]
        lead = _APPOSITIVE_START.match(text, pos)
        if lead:
            role_start = lead.end()
            stop = _stop_outside_parens(text, role_start)
            more = _AND_ANOTHER.match(text, stop)
            while more:
                stop = _stop_outside_parens(text, more.end())
                more = _AND_ANOTHER.match(text, stop)
            phrase = text[role_start:stop]
            if 3 <= len(phrase) <= 240 and _ROLE_HEAD.search(phrase):
                roles.append((phrase, base + role_start, base + stop))

    split: list[tuple[str, int, int]] = []
    for phrase, a, _b in roles:
        offset = a
        for part in _ROLE_SPLIT.split(phrase):
            at = phrase.find(part, offset - a)
            if part.strip() and _ROLE_HEAD.search(part):
                split.append((_clean_role(part), a + at, a + at + len(part.rstrip(" ,;"))))
            offset = a + at + len(part)
    return split


def _stop_outside_parens(text: str, pos: int) -> int:
    """Where a description that starts at ``pos`` stops: the first stop outside brackets,
    looked for no further than a description can reach (see LOOKBACK)."""
    depth = 0
    i = pos
    end = min(len(text), pos + LOOKBACK)
    while i < end:
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and _SENTENCE_STOP.match(text, i):
            return i
        i += 1
    return end


def _names_a_person(author: str) -> bool:
    """Whether an article's author is a person: a name of two to four words, not a desk,
    a wire or "Staff reporters" (bylines are the article's metadata, not people)."""
    words = author.split()
    return 2 <= len(words) <= 4 and not any(
        w.casefold() in NOT_NAME_WORDS or not w[:1].isupper() for w in words
    )


def _kind_from_roles(roles: list[Role], titles: list[str]) -> PersonKind | None:
    for title in titles:
        if _LEADER_TITLE.search(title):
            return "leader"
    text = " ".join(r.text for r in roles)
    if not text:
        return None
    expert = _EXPERT_WORDS.search(text)
    official = _OFFICIAL_WORDS.search(text)
    if expert and (not official or re.search(r"think[- ]tank|turned", text, re.IGNORECASE)):
        return "expert"
    if official:
        return "official"
    if re.search(r"\b(?:journalist|editor|founder|writer|reporter|columnist)\b", text, re.I):
        return "other"
    return None


def find_people(doc: Document, registry: Registry | None = None) -> PeopleFound:
    """Everyone ``doc`` names, with their roles as stated and every mention."""
    registry = registry or Registry()
    drafts: dict[str, _Draft] = {}

    def draft(name: str, chinese: bool) -> _Draft:
        key = fold(name)
        if key not in drafts:
            drafts[key] = _Draft(name=name, chinese=chinese)
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
    for entry in registry.people:
        if any(_occurrences(doc, f) for f in (entry.name, entry.native_name) if f):
            hit = True
        else:
            others = {s for name, s in surnames.items() if name != entry.name}
            hit = any(_occurrences(doc, a) for a in entry.aliases if fold(a) not in others)
        if hit:
            d = draft(entry.name, looks_chinese_name(entry.name.split()))
            d.cited_only = False
    known = {fold(w) for d in drafts.values() for w in d.name.split()}
    known |= {fold(a) for e in registry.people for a in (e.name, *e.aliases)}
    for name in _titled_short_names(doc):
        if fold(name.split()[-1]) not in known:  # not "President Xi" when Xi Jinping is known
            draft(name, False).cited_only = False
    for d in drafts.values():
        d.registry = registry.lookup(d.name) or (registry.lookup(d.native) if d.native else None)

    mentions = _mentions(doc, list(drafts.values()))

    by_person: dict[str, list[Mention]] = {}
    for m in mentions:
        if not m.ambiguous:
            by_person.setdefault(m.person, []).append(m)
    people: list[Person] = []
    for d in drafts.values():
        own = by_person.get(d.id, [])
        titles: list[str] = []
        seen: set[str] = set()
        for m in own:
            for text, a, b in _roles_at(doc, m.span.start, m.span.end):
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
            kind = _kind_from_roles([r for r in d.roles if r.span is not None], titles)
        if kind is None and d.cited_only:
            kind = "author"
        people.append(
            Person(
                id=d.id,
                name=d.name,
                native_name=d.native,
                kind=kind or "other",
                roles=tuple(d.roles),
                aliases=tuple(
                    dict.fromkeys(
                        a
                        for a in [d.surname, *(d.registry.aliases if d.registry else ())]
                        if a and a != d.name
                    )
                ),
            )
        )
    return PeopleFound(tuple(people), tuple(mentions))


def _mentions(doc: Document, drafts: list[_Draft]) -> list[Mention]:
    """Full-name, native-name and surname mentions, surnames resolved in reading order."""
    full: list[tuple[int, int, str, str]] = []  # start, end, person id, surface
    for d in drafts:
        forms = [d.name] + ([d.native] if d.native else [])
        if d.registry is not None:
            forms += [a for a in d.registry.aliases if len(a.split()) > 1]
        for form in forms:
            for a, b in _occurrences(doc, form):
                if form == d.native and _is_intro_native(doc.text, a, b):
                    continue
                full.append((a, b, d.id, doc.text[a:b]))
    full = _drop_overlaps(full)
    taken = [(a, b) for a, b, _, _ in full]

    by_surname: dict[str, list[_Draft]] = {}
    for d in drafts:
        forms = {d.surname} if d.surname else set()
        if d.registry is not None:
            forms |= {a for a in d.registry.aliases if len(a.split()) == 1}
        words = d.name.split()
        if not d.chinese and len(words) >= 2 and is_given_name(words[0]):
            forms.add(words[0])  # features call people by their first name: "Bobur says"
        for form in forms:
            by_surname.setdefault(form, []).append(d)
    short: list[tuple[int, int, str]] = []
    inside_full = Spans(taken)
    for form in by_surname:
        if form not in doc.text:
            continue  # most forms: decided without a regex
        for m in _surname_pattern(form).finditer(doc.text):
            a, b = m.start(), m.end()
            para = doc.paragraph_at(a)
            if para is None or para.kind in SKIPPED_KINDS or inside_full.contains(a):
                continue
            nxt = _FOLLOWING_NAME.match(doc.text, b, para.end)
            if nxt and nxt.group().strip().casefold() not in NOT_NAME_WORDS:
                continue  # "Wang Yi": a different person with the same surname
            short.append((a, b, form))

    events = sorted(
        [(a, b, pid, s, False) for a, b, pid, s in full]
        + [(a, b, form, doc.text[a:b], True) for a, b, form in short]
    )
    first_full = {}
    for a, _b, pid, _s in sorted(full):
        first_full.setdefault(pid, a)
    counts: dict[str, int] = {}
    last_seen: dict[str, int] = {}
    mentions: list[Mention] = []
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
            pid, ambiguous = _resolve(doc, a, known, counts, last_seen)
        if not ambiguous:
            counts[pid] = counts.get(pid, 0) + 1
            last_seen[pid] = a
        mentions.append(Mention(pid, Span(doc.id, a, b), surface, ambiguous))
    return mentions


_FOLLOWING_NAME = re.compile(rf"\s+{NAME_WORD}")


@lru_cache(maxsize=4096)
def _surname_pattern(form: str) -> re.Pattern[str]:
    """A surname alone: not part of a longer word, nor followed by another name and a
    bracket ("Wang Wen (王文)" is not a mention of Wang)."""
    return re.compile(rf"(?<![\w-]){re.escape(form)}{_NAME_END}(?!\s+{NAME_WORD}\s*\()")


def _resolve(
    doc: Document, at: int, candidates: list[str], counts: dict[str, int], last: dict[str, int]
) -> tuple[str, bool]:
    if len(candidates) == 1:
        return candidates[0], False
    para = doc.paragraph_at(at)
    here = [c for c in candidates if para is not None and last.get(c, -1) >= para.start]
    if len(here) == 1:
        rivals = [c for c in candidates if c != here[0] and c in last]
        near = para is not None and _sentences_between(doc, last[here[0]], at) <= 1
        if rivals and not near and _dominant(candidates, counts) != here[0]:
            # "Siim Kallas has argued … and the two were asked … “…,” Kallas said": with
            # another of that surname known, only a name in this sentence or the one before
            # settles it.
            return here[0], True
        return here[0], False
    if len(here) > 1:
        return max(here, key=lambda c: last[c]), True
    dominant = _dominant(candidates, counts)
    if dominant is not None:
        return dominant, False
    return max(candidates, key=lambda c: last.get(c, -1)), True


def _dominant(candidates: list[str], counts: dict[str, int]) -> str | None:
    """The one the article has mostly been talking about: three mentions or more, and at
    least twice as many as the next."""
    ranked = sorted(candidates, key=lambda c: counts.get(c, 0), reverse=True)
    top, second = counts.get(ranked[0], 0), counts.get(ranked[1], 0)
    return ranked[0] if top >= 3 and top >= 2 * max(second, 1) else None


def _sentences_between(doc: Document, a: int, b: int) -> int:
    """How many sentence ends stand between offsets ``a`` and ``b``."""
    return len(re.findall(r"[.?!](?=\s+[A-Z“\"])", doc.text[a:b]))


def _is_intro_native(text: str, start: int, end: int) -> bool:
    return start > 0 and text[start - 1] in "(（" and text[end : end + 1] in (")", "）")


def _drop_overlaps(spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Keep the longest of overlapping name matches ("Feng Yujun" over a bare "Feng")."""
    kept: list[tuple[int, int, str, str]] = []
    for span in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return kept
