"""Roles as the text states them: the description next to a person's name ("a professor at
Fudan University", "Chinese Ambassador to France", "X is the director of …"), and the kind
of person those descriptions make (expert, official, leader).
"""

from __future__ import annotations

import re

from tealeaves.extract.names import BRACKETED, LOOKBACK
from tealeaves.model import Document, PersonKind, Role

# Words that head a description of a person ("a professor at …", "Chinese economist").
ROLE_HEADS = (
    "professor|researcher|research fellow|fellow|scholar|expert|specialist|analyst|director|"
    "deputy director|head|dean|president|vice president|chair|chairman|chairwoman|economist|"
    "journalist|editor|founder|minister|ambassador|spokesperson|spokesman|spokeswoman|"
    "diplomat|official|officer|colonel|general|admiral|adviser|advisor|intellectual|lecturer|"
    "member|commentator|think-tanker|correspondent|author|writer|historian|strategist|"
    "academic|critic|figure|proponent|sinologist|observer|veteran|leader|premier|secretary|"
    "envoy|representative|consul|counsellor|counselor|student|candidate|reporter|columnist|"
    "political scientist|scientist|theorist|thinker|military expert|scholar|predecessor|"
    "successor|counterpart|colleague|aide|negotiator|lawmaker|senator|governor|mayor|deputy|"
    "commissioner"
)
ROLE_HEAD = re.compile(rf"\b(?:{ROLE_HEADS})s?\b", re.IGNORECASE)

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
    r"colonel|commander|senator|governor|mayor|deputy foreign|commissioner)\b",
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
    # "met China's Minister of Commerce, Wang Wentao": a country's title, a comma, the name
    r"|\s(?P<owned>[A-Z][\w-]+[’']s\s+(?:[A-Z][\w-]*\s+){0,2}(?:Minister|Ambassador|Commissioner|"
    r"Secretary|Spokes(?:person|man|woman)|President|Premier|Envoy)(?:\s+(?:of|for|to)\s+(?:the\s+)?"
    r"[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*)*)?),\s*$"
)
_POSSESSIVE = re.compile(r"[’']s")
_PAREN_AFTER = re.compile(rf"\s*{BRACKETED}")
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
    r"spokes\w+|researcher|fellow|lecturer|associate|assistant|executive|secretary|member|"
    r"commissioner|high representative)\b)",
    re.IGNORECASE,
)
_SENTENCE_STOP = re.compile(r"[,;]|\.(?=\s|$)|\s[–—]\s|\n")
_IS_ROLE = re.compile(
    r"\s+(?:is|was|has been)\s+(?P<role>(?:the|a|an)\s+[^.;\n]{3,200}?)(?:\.|;|$)"
)
_ROLE_SPLIT = re.compile(r",?\s+and\s+(?=(?:the|a|an|one|another|former)\b)")


def _clean_role(text: str) -> str:
    text = text.strip().strip(",;:").strip()
    return re.sub(r"\s+", " ", text)


def roles_at(doc: Document, start: int, end: int) -> list[tuple[str, int, int]]:
    """Descriptions of the person named at [start, end): before and after the name, each
    "X and Y" description split into its parts, with document offsets."""
    para = doc.paragraph_at(start)
    if para is None:
        return []
    text, base = para.text, para.start
    s, e = start - base, end - base
    roles = [*_role_before(text, s), *_role_after(text, e)]
    return _split_roles([(phrase, base + a, base + b) for phrase, a, b in roles])


#: How far before a name its title or description may begin: the description pattern takes
#: at most 160 characters and a few words before it; looking further only costs time.
_ROLE_REACH = 320


def _role_before(text: str, s: int) -> list[tuple[str, int, int]]:
    """A title ("Chinese Ambassador to France") or a description and a comma ("the director
    of CICIR’s Institute of Eurasian Studies,") right before the name at ``s``."""
    head = text[max(0, s - _ROLE_REACH) : s]
    at = s - len(head)  # where head starts in text
    stripped = head.rstrip()
    title = _TITLE_BEFORE.search(head) if _may_end_title(head, stripped) else None
    if title:
        return [(title.group("title"), at + title.start("title"), at + title.end("title"))]
    pre = _ROLE_BEFORE.search(head) if stripped.endswith(",") else None
    group = "role" if pre and pre.group("role") else "owned"
    if pre and ROLE_HEAD.search(pre.group(group)):
        return [(pre.group(group), at + pre.start(group), at + pre.end(group))]
    return []


# The words a title can end with (the last of each _TITLE_HEAD), and the two titles that may
# go on with a capitalised name ("Minister of Foreign Affairs", "Ambassador to France").
_TITLE_ENDS = (
    "President",
    "Premier",
    "Chairman",
    "Secretary",
    "Minister",
    "Ambassador",
    "Councillor",
    "Spokesperson",
    "Spokesman",
    "Spokeswoman",
    "General",
    "Admiral",
    "Colonel",
    "Professor",
    "Dr",
    "Dr.",
    "economist",
    "scholar",
    "professor",
    "intellectual",
    "analyst",
    "expert",
    "diplomat",
    "journalist",
    "researcher",
    "historian",
    "specialist",
    "strategist",
    "official",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "member",
    "colonel",
    "general",
    "admiral",
    "think-tanker",
    "sinologist",
    "academic",
    "commentator",
)


def _may_end_title(head: str, stripped: str) -> bool:
    """Whether ``head`` can end with a title and a space: a cheap test that saves the title
    pattern's search, which ends at ``$`` and so is tried from every position of the head.
    (The pattern may begin inside a word, so the last word need only end like a title.)"""
    if not head[-1:].isspace() or not stripped:
        return False
    last = stripped.rsplit(None, 1)[-1]
    if last.endswith(_TITLE_ENDS):
        return True
    return last[:1].isupper() and ("Minister" in head or "Ambassador" in head)


def _role_after(text: str, e: int) -> list[tuple[str, int, int]]:
    """After the name ending at ``e`` (past a possessive and a bracket): "… is a professor
    at …", or an appositive ", a professor at Fudan University,"."""
    tail_start = e
    poss = _POSSESSIVE.match(text, tail_start)
    if poss:
        tail_start = poss.end()
    paren = _PAREN_AFTER.match(text, tail_start)
    if paren:
        tail_start = paren.end()
    is_role = _IS_ROLE.match(text, tail_start)
    if is_role and ROLE_HEAD.search(is_role.group("role")):
        return [(is_role.group("role"), is_role.start("role"), is_role.end("role"))]
    if not text.startswith(",", tail_start):
        return []
    pos = tail_start + 1
    while True:
        skip = _DISCOURSE.match(text, pos + (1 if text[pos : pos + 1] == " " else 0))
        if not skip:
            break
        pos = skip.end()
    pos = _SPACES.match(text, pos).end()  # type: ignore[union-attr]
    lead = _APPOSITIVE_START.match(text, pos)
    if not lead:
        return []
    role_start = lead.end()
    stop = _stop_outside_parens(text, role_start)
    more = _AND_ANOTHER.match(text, stop)
    while more:
        stop = _stop_outside_parens(text, more.end())
        more = _AND_ANOTHER.match(text, stop)
    phrase = text[role_start:stop]
    if 3 <= len(phrase) <= 240 and ROLE_HEAD.search(phrase):
        return [(phrase, role_start, stop)]
    return []


def _split_roles(roles: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """ "a professor at Fudan and the director of its Center for Russian Studies": two."""
    split: list[tuple[str, int, int]] = []
    for phrase, a, _b in roles:
        offset = a
        for part in _ROLE_SPLIT.split(phrase):
            at = phrase.find(part, offset - a)
            if part.strip() and ROLE_HEAD.search(part):
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


def kind_from_roles(roles: list[Role], titles: list[str]) -> PersonKind | None:
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
