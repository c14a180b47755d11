"""English reported speech: what someone is said to think or have said, in the writer's words.

"Yan Xuetong has said for years that the two countries will never sign an alliance treaty",
"Feng Yujun, who predicted in 2023 that Russia would come out of the war weaker", "In Wu’s
view, pressure from Washington is what keeps Beijing and Moscow close", "According to X, …".
Each is a quote of kind ``reported``: shown apart from the person's own words, never counted
as them. Credited only where the sentence's subject (or the "who" of a relative clause, or
the name in "In X’s view") is a person the text names without doubt.
"""

from __future__ import annotations

import re

from tealeaves.extract.cues import BEFORE_VERB, THINKING, VERBS
from tealeaves.extract.spans import SENTENCE_END, reported_quote
from tealeaves.extract.speakers import IN_APPOSITION, Resolver
from tealeaves.extract.tags import is_subject
from tealeaves.model import Document, Quote

# Verbs that report a thought as well as a statement; then "that" and the clause.
_REPORTING = re.compile(
    rf"\b(?:{VERBS}|{THINKING}|"
    # "told Russian state television that", "assured his hosts that": whom, then "that"
    r"(?:told|tells|telling|assured|assures|reminded|reminds|informed|informs)"
    r"(?:\s+[\w’'-]+){1,5}?)\s*"
    # "Kovalenko cautioned, however, that …"
    r"(?:,\s+(?:however|though|too|also|moreover|nonetheless|meanwhile|in turn),\s+|\s)"
    # "said separately that", "has argued for years that"
    r"(?:(?:for years|in \d{4}|last \w+|this \w+|[a-z]+ly|often|long|again|"
    r"(?:at|in|on|to|after|before|during|following|with) "
    # (at most three: more is no frame, and an unbounded run backtracks without end)
    r"[^,.;:“”\"]{1,40}?)\s+){0,3}"
    r"that\s+"
    # "Gabuev said Chinese demand …": "that" left out after the commonest verbs, when what
    # follows is not a preposition or an object ("said in a statement", "said nothing")
    r"|\b(?:said|says|argued|argues|believes|believed|thinks|thought|warned|predicted|noted)"
    r"\s+(?!(?:in|on|at|to|for|with|about|of|from|by|as|so|nothing|little|much|goodbye|yes|"
    r"no|it|this|that|what|how|why|when|whether|he|she|they|we|I|you|his|her)\b)(?=[A-Za-z])"
    # "said her husband had been working", "said his government would": an owner and a verb
    r"|\b(?:said|says)\s+(?=(?:his|her|their)\s+[\w-]+\s+"
    r"(?:had|has|have|was|were|would|will|could|is|are|did)\b)"
)
# "The absence of weapons deliveries, she argued, mattered less than …": a tag set off by
# commas inside the reported sentence.
_TAG_INSIDE = re.compile(
    rf",\s+(?P<who>[Hh]e|[Ss]he|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}})\s+"
    rf"(?:{VERBS}|{THINKING}),\s+"
)
# "In Wu’s view, …", "In the view of Zhao Long, …", "According to Fyodor Lukyanov, …"
_VIEW_OF = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:In (?:the (?:view|opinion|judgement|judgment) of |(?=\S+[’']s? "
    r"(?:view|opinion|judgement|judgment|reading|telling)))|According to )"
)
# "In his view, …": the view of the one "he" is.
_HIS_VIEW = re.compile(
    r"(?:^|(?<=[.!?]\s))In (?P<p>his|her) (?:view|opinion|judgement|judgment|reading),\s*"
)
# A colon introduces someone's words; a stop may sit inside a closing mark ("…technical.” Peskov"),
# which the clause keeps.
_CLAUSE_END = re.compile(r"[.;?!](?P<close>[”’\"]*)(?=\s|$)|:\s|\n")
_HE_SHE = re.compile(rf"(?:^|\s)(?P<p>[Hh]e|[Ss]he)\s+{BEFORE_VERB}$")
_WHO = re.compile(rf",\s*who\s+{BEFORE_VERB}$")
_MIN_WORDS = 4
# Where a reported clause gives way to someone else's: ", and Nabiullina has told parliament
# that", ", while he said", "; Wang said".
_NEXT_SPEAKER = re.compile(
    rf",\s+(?:and|but|while|whereas)\s+(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}}|he|she)"
    rf"\s+{BEFORE_VERB}(?:{VERBS}|{THINKING})\b"
)


def reported_statements(
    doc: Document, res: Resolver, masked: str, ids: dict[str, int]
) -> list[Quote]:
    """Every reported statement of ``doc`` whose speaker the sentence names."""
    found: list[Quote] = []
    for para in doc.paragraphs:
        if para.kind != "body":
            continue
        for m in _REPORTING.finditer(masked, para.start, para.end):
            speaker, relative = _subject_of_verb(res, masked, para.start, m.start())
            if speaker is not None:
                # "X, who predicted that A, now B": the relative clause ends at its comma
                limit = masked.find(",", m.end(), para.end) if relative else -1
                limit = limit if limit > 0 else para.end
                found += _clause(doc, masked, m.end(), limit, speaker, m.start(), ids)
        for m in _TAG_INSIDE.finditer(masked, para.start, para.end):
            who = m.start("who")
            if m.group("who").casefold() in ("he", "she"):  # not "Henrik Dahl"
                speaker = res.pronoun(who)
            else:
                named = res.at(who)
                speaker = res.speaker(named) if named and named.span.end == m.end("who") else None
            if speaker is not None:
                start = para.start
                for end in SENTENCE_END.finditer(masked, para.start, m.start()):
                    start = end.end()
                clause = _clause(doc, masked, start, para.end, speaker, start, ids)
                if clause and clause[0].span.end > m.end():  # the tag is inside the clause
                    found += clause
        # (both patterns need "In " or "According to " in the paragraph: looked for first,
        # as a scan of a regular expression that opens with a choice is slow)
        if (
            masked.find("In ", para.start, para.end) < 0
            and masked.find("According to ", para.start, para.end) < 0
        ):
            continue
        for m in _HIS_VIEW.finditer(masked, para.start, para.end):
            speaker = res.pronoun(m.start("p"))
            if speaker is not None:
                found += _clause(doc, masked, m.end(), para.end, speaker, m.start(), ids)
        for m in _VIEW_OF.finditer(masked, para.start, para.end):
            speaker = _view_holder(res, masked, m.end(), para.end)
            if speaker is not None:
                comma = masked.find(",", m.end(), para.end)
                found += _clause(doc, masked, comma + 1, para.end, speaker, m.start(), ids)
    return found


def _subject_of_verb(
    res: Resolver, masked: str, floor: int, verb_at: int
) -> tuple[str | None, bool]:
    """The person whose verb starts at ``verb_at`` (a pronoun right before it, the "who" of
    a relative clause about the name before it, or its subject), and whether it was a
    relative clause's "who"."""
    start = floor
    for end in SENTENCE_END.finditer(masked, floor, verb_at):
        start = end.end()
    lead = masked[start:verb_at]
    if "_" in lead:
        return None, False  # a quote stands between: the quote's own attribution decides
    pron = _HE_SHE.search(lead)
    if pron is not None:
        return res.pronoun(start + pron.start("p")), False
    who = _WHO.search(lead)
    if who is not None:
        named = res.last_before(start + who.start(), start)
        gap = masked[named.span.end : start + who.start()] if named else ""
        if named is not None and re.fullmatch(r"(?:[’']s)?\s*(?:\([^()]*\))?[^,;]{0,80}", gap):
            return res.speaker(named), True
        return None, False
    mention = res.last_before(verb_at, start)
    if mention is not None and re.fullmatch(
        r"\s*,\s*(?:\w+ly\s+)?", masked[mention.span.end : verb_at]
    ):
        # "Ri Son Gwon, an adviser to leader Kim Jong Un, said that …": the one the
        # apposition is about speaks, not the object of its role
        owner = res.last_before(mention.span.start, start)
        if (
            owner is not None
            and owner.person != mention.person
            and IN_APPOSITION.fullmatch(masked, owner.span.end, mention.span.start)
        ):
            return res.speaker(owner), False
    if mention is not None and is_subject(res, masked, mention, verb_at):
        return res.speaker(mention), False
    return None, False


def _view_holder(res: Resolver, masked: str, at: int, end: int) -> str | None:
    """The person named right at ``at`` ("Wu’s view", "Fyodor Lukyanov, editor of …,")."""
    named = res.at(at)
    if named is None:
        return None
    rest = masked[named.span.end : end]
    if re.match(r"[’']s?\s+(?:view|opinion|judge?ment|reading|telling)\s*,", rest) or re.match(
        r"\s*(?:\([^()]*\))?\s*,", rest
    ):
        return res.speaker(named)
    return None


def _clause(
    doc: Document,
    masked: str,
    start: int,
    limit: int,
    speaker: str,
    frame_start: int,
    ids: dict[str, int],
) -> list[Quote]:
    """The reported clause from ``start`` to the end of its sentence (a quote inside it stays
    part of it), when it has a few words and does not open with a quotation mark."""
    while start < limit and masked[start] == " ":
        start += 1
    stop = _CLAUSE_END.search(masked, start, limit)
    end = limit if stop is None else stop.end() if stop.group("close") else stop.start()
    other = _NEXT_SPEAKER.search(masked, start, end)
    if other is not None:
        end = other.start()  # "…, and Nabiullina has told parliament that …": hers
    text = doc.text[start:end].strip()
    if len(text.split()) < _MIN_WORDS or text[:1] in '“"‘_':
        return []
    return [reported_quote(doc, (start, start + len(text)), speaker, frame_start, ids)]
