"""English quotes: every span in quotation marks, what kind of quote it is, and who said it.

The marks are paired in `spans`; who said a statement is decided by `speakers`, only when
the sentence says so or the quote directly continues a credited one. Here: the kind of a
quote (statement, phrase, scare quote, title), block quotes, and interviews ("Q:"/"A:"
lines and "Name: …" labels; a question is nobody's). Short phrases and scare quotes are
never credited on a guess: an unattributed quote beats a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from types import EllipsisType

from tealeaves.extract.attribution import credit_inside_reported, poll_answers
from tealeaves.extract.carried import (
    after_view,
    beat_before,
    continuation,
    for_someone,
    introduced_before,
    next_paragraph,
    owned_next,
    verdict_next,
)
from tealeaves.extract.cues import BEFORE_VERB, VERBS
from tealeaves.extract.names import (
    HAN,
    NAME_WORD,
    PARTICLES,
    fold,
    is_given_name,
    looks_chinese_name,
)
from tealeaves.extract.reported import reported_statements
from tealeaves.extract.spans import (
    SKIPPED_KINDS,
    QuoteSpan,
    bold_answers,
    bold_questions,
    masked_text,
    quote_context,
    quote_id,
    quote_spans,
    sentence_bounds,
    whole_paragraph,
    without_post_number,
)
from tealeaves.extract.speakers import Resolver, genders, row_credit, unnamed_speaks
from tealeaves.extract.tags import (
    RELATIONS_WORDS,
    clause_subject,
    entry_credit,
    framing_subject,
    has_own_tag,
    subject_after,
    subject_before,
)
from tealeaves.model import Document, Mention, Paragraph, Person, Quote, QuoteKind, Span

_SO_CALLED = re.compile(r"\bso[- ]called\s*$", re.IGNORECASE)
_WORK_CUE = re.compile(
    r"\b(?:book|article|paper|report|essay|study|piece|column|op-ed|volume|chapter|speech|"
    r"titled|entitled|headlined)\s*,?\s*$",
    re.IGNORECASE,
)
_HAN_AFTER = re.compile(rf"^[,.]?\s*[(\[][{HAN}]")
# "a post headed “Прорыв?”", "a report titled “…”": a title, whatever its case and stop
_NAMED_AS_TITLE = re.compile(
    r"\b(?:titled|headlined|captioned|(?:post|article|piece|column|report|paper|essay|book|"
    r"chapter|section|thread|story|note|letter|message|video|op-ed)\s+(?:headed|entitled))"
    r"\s*,?\s*$"
)
_QA_LINE = re.compile(
    r"^(?:[\[(]\d{1,2}(?::\d\d){1,2}[\])]\s*)?"  # a podcast's time stamp, "[00:12:04]", "(00:38)"
    r"(?P<open>\[)?"  # "[Yun Sun] …": a transcript's speaker in brackets
    rf"(?P<who>{NAME_WORD}(?:\s+(?:{PARTICLES}\s+)?{NAME_WORD}){{0,3}}|Q|A"
    r"|(?:(?:DR|MR|MRS|MS|PROF|SEN|REP|GEN|AMB|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Senator|Chairman|"
    r"Ambassador|General|Secretary|Representative)\.?\s+)?[A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'-]+){0,3})"
    # "Name (UNSW): …"; "Dr. MASTRO. …", a hearing's record: a surname in capitals and a dot
    r"(?(open)\]\s+|(?:\s*\([^()\n]{1,80}\))?(?:\s*:|(?<=[A-Z])\.)\s+)"
    r"(?P<body>\S)"
)
_QUESTION_LABELS = frozenset({"Q", "Question", "Interviewer"})
_ANSWER_LABELS = frozenset({"A", "Answer"})
# An editor's note after an interview: no answer.
_EDITORS_NOTE = re.compile(
    r"^\s*(?:This|The)\s+(?:interview|conversation|transcript)\b|\bhas\s+been\s+(?:edited|"
    r"condensed|translated|shortened)\b"
)
# Who an interview is with: "spoke with X", "an interview with X", "X talks to …".
# (words of an interview, not "talks with Xi", "met with Wang Yi", "a letter sent to Kim")
_WITH = re.compile(
    r"\b(?:interview(?:ed|s)?(?:\s+with)?|conversation\s+with|(?:spoke|speaks|spoken|talked|"
    r"chatted|sat\s+down)(?:\s+[\w-]+){0,4}?\s+(?:with|to)|asked|our\s+guest\s+is|guest\s+is|(?:put|posed|"
    r"addressed)\s+(?:\w+\s+){0,2}questions?\s+to|Q&A\s+with)\s+"
    r"(?:(?:the\s+)?[a-z][\w-]*\s+){0,4}$"
)


_POSSESSOR = re.compile(r"[’']s?\s")
# Between two guests: "and", or a role in passing and "and" ("X, of Carnegie, and Y")
_AND_ANOTHER = re.compile(r"(?:\s*\([^()]*\))?(?:,[^,;:.“”]{1,80},)?\s*(?:,\s*)?(?:and|&)\s+")
# ", a professor at …", ", director of …": a scholar's role given in passing (not "head of
# state", not " of Kommersant": a reporter's paper).
_GUEST_ROLE = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:a|an|the)?\s*(?:[\w-]+\s+){0,3}?"
    r"(?:professor|director|fellow|scholar|researcher|analyst|expert|economist|historian|"
    r"dean|lecturer|adviser|advisor)\b"
)
# "spoke to reporter Li Na", "talked to our correspondent", "He spoke to Hanna Lindqvist"
# (he, the one the introduction is about): the one who asks, not answers.
_ASKER_BEFORE = re.compile(
    r"\b(?:reporter|correspondent|journalist|editor|host|interviewer|presenter|anchor)s?\s+$"
    r"|\b(?:[Hh]e|[Ss]he)\s+(?:\w+ly\s+)?(?:spoke|talked|sat\s+down)\s+(?:to|with)\s+$"
)
# What the guest does in an interview's introduction: explains, answers, joins us, speaks
# to a reporter.
_GUEST_VERB = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:,[^,;:.“”]{1,80},)?\s+(?:\w+ly\s+)?(?:explains|explained|answers|answered|"
    r"discusses|discussed|unpacks|assesses|reflects|weighs\s+in|joined\s+us|joins\s+us|"
    r"walks\s+us\s+through|talks\s+us\s+through|tells\s+us|told\s+us|"
    r"(?:spoke|speaks|talked|talks)\s+(?:to|with)\s+(?:us|our\s+\w+|this\s+\w+|"
    r"(?:a\s+|the\s+)?(?:reporter|correspondent|journalist|editor)s?))\b"
)
# "moderator Kadri Liik", "host Anna Berg": the one who asks.
_HOST_BEFORE = re.compile(r"\b(?:[Mm]oderator|[Hh]ost|[Cc]hair(?:ed by)?|[Pp]resenter)\s+$")
# A headline that names whose words the piece is ("Zhao Huasheng: “Gas will wait”",
# "Interview: Zhao Huasheng on the visit", "Q&A with Alexander Gabuev").
_HEADLINE_NAME = re.compile(
    r"(?:Interview|Q\s*&\s*A)\s*(?:with)?\s*[:|–—-]?\s*"
    r"(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})"
    r"|(?P<name2>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})\s*(?::|\s+on\s)"
)


def _is_title_case(words: list[str]) -> bool:
    content = [w for w in words if len(w) > 3]
    if len(words) < 3 or not content:
        return False
    capital = sum(1 for w in content if w[:1].isupper())
    return capital / len(content) >= 0.7


# "Europe’s “de-risking” agenda", "the “no-limits” partnership": a word or two in quotation
# marks between a determiner and the noun they describe is the writer's term for a thing.
_DETERMINER_BEFORE = re.compile(
    r"(?:[’']s|\b(?:the|a|an|its|their|his|her|our|this|that|these|those))\s+$", re.IGNORECASE
)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:is|was|are|were|has|had|have|will|would|can|could|should|may|might|must|and|"
    r"or|but|as|in|on|of|to|for|with|by|at|from|that|which|who)\b)[a-z]"
)


# "the government's promised “fundamental reinforcement”", "Beijing's vaunted “…”": a label
# that belongs to whoever promised or proclaimed it, not to the person reporting it.
_LABEL_BEFORE = re.compile(
    r"(?:[’']s|\b(?:the|its|their))\s+(?:promised|vaunted|much[- ]touted|touted|proclaimed|"
    r"declared|avowed|professed)\s+$"
    # "the Kremlin's talk of “de-dollarisation”": a word of the owner's
    r"|[’']s\s+(?:talk|rhetoric|language|idea|notion|slogan|mantra|concept)\s+of\s+$"
    # "repeats the idea of a “division of labour”": a notion named, not words said
    r"|\b(?:the|this|that)\s+(?:idea|notion|concept|slogan|mantra|formula|image|metaphor)\s+"
    r"of\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)


# "Beijing's “neutrality”": a named owner; not "it's", "he's", "that's" (a verb, not an owner).
_OWNER_BEFORE = re.compile(
    r"\b(?!(?:It|He|She|That|There|What|Who|Here|Let|Where|This)[’']s)[A-Z][\w-]*[’']s\s+$"
)


def used_as_term(doc: Document, para: Paragraph, s: QuoteSpan) -> bool:
    """Whether the quoted words describe the noun after them, as a term, not as words said."""
    text = doc.text[s.start : s.end]
    if len(text.split()) <= 4 and _LABEL_BEFORE.search(
        doc.text, max(para.start, s.open_at - 40), s.open_at
    ):
        return True
    if (
        len(text.split()) == 1
        and text[:1].islower()
        and _OWNER_BEFORE.search(doc.text, max(para.start, s.open_at - 40), s.open_at)
    ):
        return True  # "Beijing's “neutrality” as a position": one word of theirs, set apart
    return (
        len(text.split()) <= 2
        and text[:1].islower()
        and not re.search(r"[.?!,;:]", text)
        and bool(_DETERMINER_BEFORE.search(doc.text, max(para.start, s.open_at - 20), s.open_at))
        and bool(_NOUN_AFTER.match(doc.text, s.close_at + 1))
    )


# "“…,” he said", "“…,” she added": a tag with a pronoun right after the quote
_PRONOUN_TAG_AFTER = re.compile(rf"\s*(?:he|she|they)\s+{BEFORE_VERB}(?:{VERBS})\b")


def _kind(doc: Document, para: Paragraph, s: QuoteSpan, attributed: bool, term: bool) -> QuoteKind:
    text = doc.text[s.start : s.end]
    words = text.split()
    before = doc.text[max(para.start, s.open_at - 40) : s.open_at]
    after = doc.text[s.close_at + 1 : s.close_at + 12]
    if _SO_CALLED.search(before) or term:
        return "scare"
    if _NAMED_AS_TITLE.search(before) or (
        _is_title_case(words)
        and not re.search(r"[.?!]$", text.strip())
        and (para.kind == "footnote" or _WORK_CUE.search(before) or _HAN_AFTER.match(after))
    ):
        return "title"
    if attributed or _PRONOUN_TAG_AFTER.match(doc.text, s.close_at + 1):
        return "statement"  # ("“We are not naive,” she said.": words said, whoever "she" is)
    if _HAN_AFTER.match(after) and len(words) <= 12:
        return "phrase"
    if len(words) <= 2 and text[:1].islower() and not re.search(r"[.?!,;]", text):
        return "scare"
    if len(words) <= 5 and not re.search(r"[.?!]\W*$", text):
        return "phrase"
    return "statement"


# A verb of saying inside a reported statement, before the quote: words relayed; not the
# statement's own tag set off by commas ("Relations, he said, were “…”").
_RELAYED = re.compile(
    rf"\b(?:{VERBS}|calling|called|calls|urging|describ\w+|labell?ed|termed|dubbed|branded)\b"
)
_OWN_TAG_INSIDE = re.compile(rf",\s*(?:he|she)\s+{BEFORE_VERB}(?:{VERBS})\s*,")
# Plural nouns that are also verbs of saying: after a determiner or an adjective of number
# or kind ("small states", "his remarks", "member states") they are the nouns; after a
# singular subject ("the ministry claims", "the report notes") the verb.
_NOUN_TOO = re.compile(r"states|notes|remarks|comments|answers|claims|observes|affirms")
_NOUN_BEFORE = re.compile(
    r"(?<![\w’'-])(?:his|her|its|their|our|your|these|those|such|many|some|several|all|both|"
    r"other|small|smaller|large|larger|big|member|neighbouring|neighboring|sovereign|"
    r"independent|nuclear|coastal|frontline|client|Baltic|Gulf|Central|European|Asian|"
    r"African|Arab|Western|Nordic|[a-z]+al)\s+$"
)


def _relays(text: str) -> bool:
    """Whether ``text`` (a reported statement before a quote in it) has a verb of saying of
    its own, so the quote relays someone else's words ("… had told carmakers to “…”")."""
    return any(
        not (_NOUN_TOO.fullmatch(m.group()) and _NOUN_BEFORE.search(text, 0, m.start()))
        for m in _RELAYED.finditer(text)
    )


# "… and talked about the border as “…”", "refer to the corridor as “…”": what others call a
# thing, the quote right after.
_NAME_IT_AS = re.compile(
    r"\b(?P<verb>talk(?:s|ed|ing)?\s+about|refer(?:s|red|ring)?\s+to|"
    r"sp(?:eak|eaks|oke|eaking)\s+of|think(?:s|ing)?\s+of|thought\s+of)"
    r"\s[^.;:“”\"]{1,60}\bas\s*[“\"]?$"
)


def _others_name_it(text: str) -> bool:
    """Whether ``text`` (a reported statement before a quote in it) ends with others naming
    a thing as the quote does ("Local officials, he said, … talked about the border as"),
    not the one reported ("he thinks of the treaty as", "we tend to think of it as": his own
    words)."""
    m = _NAME_IT_AS.search(text)
    if m is None:
        return False
    return not re.search(r"\b(?:he|she|I|we|you)\s+(?:\w+\s+){0,2}$", text[: m.start()])


# A relative clause whose verb names the quoted words ("Responding to Trenin, who had called
# the relationship an “entente,” Lukyanov writes"): the words are the clause's, and a name
# after them is the sentence's subject, not their speaker.
_INSIDE_A_CLAUSE = re.compile(
    r"\b(?:who|which)\s+(?:had\s+|has\s+|once\s+|famously\s+)*"
    r"(?:called|dubbed|termed|labell?ed|described)\b[^.;:“”\"]{0,60}$"
)


def find_quotes(
    doc: Document, mentions: list[Mention], people: Sequence[Person] = ()
) -> list[Quote]:
    """Every quotation in ``doc`` with its kind, speaker (or None) and context. ``people``
    (those the mentions name) lets "he"/"she" skip a person of the other sex."""
    spans = quote_spans(doc)
    masked = masked_text(doc, spans)
    roles = {p.id: " ".join(r.text for r in p.roles).casefold() for p in people}
    res = Resolver(doc, mentions, spans, genders(people), masked, roles)
    quotes: list[Quote] = []
    ids: dict[str, int] = {}
    last_statement: tuple[int, str | None] | None = None  # (close offset, speaker)
    for s in spans:
        para = doc.paragraph_at(s.open_at)
        end_para = doc.paragraph_at(s.close_at)
        if para is None or end_para is None:
            continue
        lo, _ = sentence_bounds(doc.text, masked, para, s.open_at, s.close_at)
        _, hi = sentence_bounds(doc.text, masked, end_para, s.open_at, s.close_at)
        speaker: str | None = None
        tag_after: str | None = None
        # Words used as a term ("the “neutrality” policy") are a scare quote, nobody's,
        # whoever a tag would name: no speaker is looked for.
        term = used_as_term(doc, para, s)
        credit = (
            row_credit(res, para, s.open_at, s.close_at)
            if para.kind == "row" and para.index == end_para.index and s.depth == 0 and not term
            else ...
        )
        # "Elvira Nabiullina | Bank of Russia | “…”": a table row credits the one person an
        # earlier cell opens with; a quote with a tag of its own in its cell is read as usual
        row = credit is not ...
        if row:
            speaker = tag_after = credit  # type: ignore[assignment]
        elif s.depth == 0 and not term:
            tag_after = (
                None
                if _INSIDE_A_CLAUSE.search(masked, max(lo, s.open_at - 90), s.open_at)
                else subject_after(res, masked, s.close_at + 1, hi, doc.text[s.start : s.end])
            )
            if tag_after is None and para.index == end_para.index:
                tag_after = entry_credit(res, masked, para, s.open_at, s.close_at)
            speaker = tag_after or subject_before(res, masked, lo, s.open_at)
            tagged = has_own_tag(masked, s.close_at + 1, hi)
            if speaker is None and not tagged:
                owned = owned_next(doc, res, s)
                if owned is not None:  # "The remark came from …" opens the next paragraph
                    speaker, tagged = owned or None, True
            if speaker is None and not tagged:
                speaker = verdict_next(res, masked, s)  # "“…” So says Temur Umarov."
                tagged = speaker is not None
            if speaker is None and last_statement is not None and not tagged:
                speaker = continuation(doc, res, masked, last_statement, s, lo)
            if speaker is None and last_statement is not None and not tagged:
                speaker = next_paragraph(doc, res, masked, last_statement, s)
            if speaker is None and not tagged:
                speaker = after_view(res, masked, s, lo) or for_someone(res, masked, lo, s.open_at)
            if speaker is None and not tagged:
                speaker = clause_subject(doc, res, masked, lo, s.open_at)
            if speaker is None and not tagged:
                speaker = beat_before(res, masked, para, lo, s.open_at, s.close_at)
            if (
                speaker is None
                and not tagged
                and not without_post_number(doc.text[para.start : s.open_at]).strip()
            ):
                speaker = introduced_before(res, masked, para)
        framed = None
        if s.depth == 0 and speaker is None and not row and not term:
            framed = framing_subject(res, masked, lo, s.open_at, s.close_at)
        kind = _kind(doc, para, s, speaker is not None, term)
        if framed is not None and kind != "title" and not term:
            # Framed words are the person's, but short ones are a phrase, not a statement.
            speaker, kind = framed, ("statement" if kind == "statement" else "phrase")
        if kind not in ("statement", "phrase") or (kind == "phrase" and framed is None):
            speaker = None
        if (
            s.depth == 0
            and speaker is not None
            and speaker != tag_after
            and unnamed_speaks(res, speaker, lo, s.open_at)
        ):
            speaker = None  # "…, but a member of the delegation told us: “…”": not Yermak
        text = doc.text[s.start : s.end]
        quotes.append(
            Quote(
                id=quote_id(doc, text, ids),
                span=Span(doc.id, s.start, s.end),
                text=text,
                kind=kind,
                speaker=speaker,
                context=quote_context(doc, lo, hi, s),
            )
        )
        if s.depth == 0 and kind == "statement":
            last_statement = (s.close_at, speaker)
            # a question put to the one who spoke before it: "“…?” Brandt pressed. ¶ “…,” he
            # replied" is that one's answer
            asked = speaker is not None and text.rstrip(" ,”’\"'").endswith("?")
            if asked:
                res.answerer = res.last_speaker if res.last_speaker != speaker else None
            elif speaker != res.answerer:
                res.answerer = None  # (the answer itself keeps it for its own "he replied")
            res.last_speaker, res.last_close = speaker, s.close_at
    quotes.extend(_block_and_interview_quotes(doc, res, masked, spans, ids, people))
    quotes = _your_words(doc, masked, quotes)
    quotes = poll_answers(doc, res, quotes, ids)
    reported = reported_statements(doc, res, masked, ids)
    # "Relations, he said, were “at their best in history”": the words inside a statement
    # reported of someone are theirs, unless a term, a name ("Polar Silk Road"), or words
    # the statement relays from someone else ("… had told carmakers to “…”")
    quotes = credit_inside_reported(
        quotes,
        reported,
        lambda q: q.kind == "scare" or _is_title_case(q.text.split()),
        who=res,
        says=lambda lo, hi: (
            _relays(_OWN_TAG_INSIDE.sub(",", masked[lo:hi]))
            or RELATIONS_WORDS.search(masked, lo, hi) is not None  # "her father's warning"
            or _others_name_it(masked[lo:hi])
        ),
    )
    quotes.extend(reported)
    return sorted(quotes, key=lambda q: q.span.start)


# A transcript's header line naming who answers the questions.
_WHO_ANSWERS = re.compile(r"(?:Briefer|Guest|Interviewee|Respondent|Speaker)\s*:\s")


def _interviewee(doc: Document, res: Resolver) -> str | None:
    """The person an interview is with, from its introduction (the paragraphs before the
    first question): the one named after "with"/"interviewed", else the only person named
    there who is not the article's author."""
    authors = {fold(a) for a in doc.authors}
    named: list[Mention] = []
    asked = {p.index for p in bold_questions(doc)}
    for para in doc.paragraphs:
        if _WHO_ANSWERS.match(para.text):  # "Briefer: Tammy Bruce, Department Spokesperson"
            first = res.first_in(para.start, para.end)
            if first is not None and not first.ambiguous:
                return first.person
        qa = _QA_LINE.match(para.text)
        if qa is not None or para.index >= 6 or para.index in asked:
            break  # (a question in bold ends the introduction too)
        named += [
            m
            for m in res.between(para.start - 1, para.end)
            if not m.ambiguous
            and fold(m.surface) not in authors
            and not _POSSESSOR.match(doc.text, m.span.end)  # "Putin's visit": no guest
        ]
    for n, m in enumerate(named):
        before = doc.text[max(0, m.span.start - 60) : m.span.start]
        if _WITH.search(before) and not _ASKER_BEFORE.search(before):
            nxt = named[n + 1] if n + 1 < len(named) else None
            if (
                nxt is not None
                and nxt.person != m.person
                and _AND_ANOTHER.fullmatch(doc.text, m.span.end, nxt.span.start)
            ):
                return None  # "put questions to Alexander Gabuev and Temur Umarov": two guests
            return m.person
    # "Temur Umarov explains what it means", "On Tuesday Yun Sun joined us", "Dmitry Peskov
    # spoke to reporter Anna Petrova": the one the introduction says will answer
    answering = {
        m.person for m in named if _GUEST_VERB.match(doc.text, m.span.end) and _not_asking(doc, m)
    }
    if len(answering) == 1:
        return answering.pop()
    people = {m.person for m in named}
    headline = _HEADLINE_NAME.match(doc.title)
    guest = (headline.group("name") or headline.group("name2")) if headline else ""
    words = guest.split()
    if (
        words
        and (is_given_name(words[0]) or looks_chinese_name(words))
        and not any(m.surface in guest for m in named)
    ):
        return None  # "Zhao Huasheng: “…”" over an introduction naming only Xi: not Xi's
    if len(people) == 1:
        return people.pop()
    # "“…”: Temur Umarov on China, Russia and the region" as the headline, or the
    # introduction opening with the name ("Temur Umarov is a fellow at …")
    titled = {m.person for m in named if len(m.surface.split()) > 1 and m.surface in doc.title}
    if len(titled) == 1:
        return titled.pop()
    first = named[0] if named else None
    para = doc.paragraph_at(first.span.start) if first is not None else None
    if first is not None and para is not None and first.span.start == para.start:
        return first.person
    # "… ended on Friday. Jin Canrong, a professor at Renmin University, explains": the one
    # person the introduction gives a role
    roled = {
        m.person for m in named if _GUEST_ROLE.match(doc.text, m.span.end) and _not_asking(doc, m)
    }
    return roled.pop() if len(roled) == 1 else None


def _not_asking(doc: Document, m: Mention) -> bool:
    """Whether ``m`` is not named as the one who asks ("reporter Anna Petrova", "moderator
    Kadri Liik", "He spoke to …")."""
    return not _ASKER_BEFORE.search(
        doc.text, max(0, m.span.start - 60), m.span.start
    ) and not _HOST_BEFORE.search(doc.text, max(0, m.span.start - 40), m.span.start)


def _names_author(label: str, author: str) -> bool:
    """Whether an interview's label is its author ("Rahimova", "NADIA RAHIMOVA"): the whole
    name or its last word, never a letter a name happens to end with ("A:" is no
    "Nadia Rahimova")."""
    label, name = fold(label), fold(author)
    return len(label) > 1 and (label == name or name.endswith(" " + label))


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _your_words(doc: Document, masked: str, quotes: list[Quote]) -> list[Quote]:
    """A question that quotes the one asked ("Q: You wrote in 2023 that China's footprint
    was “small, quiet and growing.” Is it still?"): the words of the one whose answer comes
    next."""
    if not any(
        (label := _QA_LINE.match(p.text)) is not None and label.group("who") in _QUESTION_LABELS
        for p in doc.paragraphs
    ):
        return quotes  # (most articles: no questions, nothing to do)
    answers = sorted(
        (q.span.start, q.speaker)
        for q in quotes
        if q.speaker is not None
        and q.kind == "statement"
        and (para := doc.paragraph_at(q.span.start)) is not None
        and q.span.start <= para.start + 4  # (a whole paragraph: an answer)
    )
    out = []
    for q in quotes:
        para = doc.paragraph_at(q.span.start)
        label = _QA_LINE.match(para.text) if q.speaker is None and para is not None else None
        if (
            label is not None
            and label.group("who") in _QUESTION_LABELS
            and q.kind in ("statement", "phrase", "scare")
            and _YOU_SAID.search(masked, para.start + label.start("body"), q.span.start - 1)
        ):
            # (the answer right after the question: the paragraph after it)
            after = [(at, sp) for at, sp in answers if at >= para.end]
            nxt = para.index + 1
            if (
                after
                and nxt < len(doc.paragraphs)
                and doc.paragraphs[nxt].start <= after[0][0] < doc.paragraphs[nxt].end
            ):
                kind = "statement" if q.kind == "statement" else "phrase"
                q = replace(q, speaker=after[0][1], kind=kind)
        out.append(q)
    return out


# "You wrote in 2023 that …", "You have called it": the one asked, quoted in the question.
_YOU_SAID = re.compile(
    r"(?:^|(?<=[.?!:]\s))You\s+(?:have\s+|once\s+|also\s+|famously\s+)?(?:wrote|written|said|"
    r"told|argued|called|described|warned|put\s+it)\b"
    # (not "…that officials now call China “…”": someone else's words the one asked reports)
    r"(?![^.?!;“”\"]*\b(?:call|calls|called|describe|describes|described|see|sees|saw|say|says|"
    r"said|answer|answers|answered|told|tell|tells)\b)[^.?!;“”\"]{0,160}$"
)


def _block_and_interview_quotes(
    doc: Document,
    res: Resolver,
    masked: str,
    spans: list[QuoteSpan],
    ids: dict[str, int],
    people: Sequence[Person] = (),
) -> list[Quote]:
    """Block quotes (a paragraph set off as a quotation) and interview answers: "Name: …",
    "A: …" and initials ("DT: …", used twice or more). An unlabelled paragraph between two
    labels is nobody's: it may be the answer running on, or the writer's narration (tried:
    crediting it to the answer before credited unseen articles' narration wrongly)."""
    quotes: list[Quote] = []
    covered = [(s.open_at, s.close_at) for s in spans if s.depth == 0]
    interviewee: str | EllipsisType | None = ...  # found when the first answer needs it
    by_initials: dict[str, list[str]] = {}
    for p in people:
        by_initials.setdefault(_initials(p.name), []).append(p.id)
    authors = {_initials(a) for a in doc.authors}
    by_caps: dict[str, list[str]] = {}
    for p in people:  # "SARAH COLLINS:", "COLLINS:", "SARAH:" (a podcast's first names)
        for form in {fold(p.name), fold(p.name.split()[-1]), fold(p.name.split()[0])}:
            by_caps.setdefault(form, []).append(p.id)
    labels = [
        _QA_LINE.match(p.text) if p.kind in ("body", "bold") else None for p in doc.paragraphs
    ]
    asking = _askers(labels)
    labelled: dict[str, set[str]] = {}  # a word of a name a label gave in full -> who
    for para in doc.paragraphs:
        if para.kind in SKIPPED_KINDS or any(
            a <= para.start and para.end - 1 <= b + 1 for a, b in covered
        ):
            continue
        if para.kind == "blockquote" and para.index > 0:
            speaker = introduced_before(res, masked, para)
            before = doc.paragraphs[para.index - 1]
            if speaker is None and before.kind == "blockquote" and quotes:
                # the block quote's next paragraph, or its translation after the original
                last = quotes[-1]
                speaker = last.speaker if last.span.start == before.start else None
            quotes.append(whole_paragraph(doc, para, para.start, speaker, ids))
            continue
        qa = labels[para.index]
        if qa is None:
            continue
        who = qa.group("who")
        last = who.split()[-1]
        if not who.isupper() and len(last) > 1 and last.isupper():
            who = who.upper()  # "Senator SHAHEEN", "Dr. MASTRO": keyed as "SENATOR SHAHEEN"
        body_at = para.start + qa.start("body")
        if who in _QUESTION_LABELS or any(_names_author(who, a) for a in doc.authors):
            continue  # a question is nobody's quote
        if who in asking:
            continue  # the host, whose turns are questions
        if who in _ANSWER_LABELS:
            if interviewee is ...:
                interviewee = _interviewee(doc, res)
            speaker = interviewee
        elif who.isupper() and len(who) > 1 and _caps_key(who) in by_caps:
            # "SARAH COLLINS:", then "COLLINS:", "DR. COLLINS:": speakers in capitals
            owners = by_caps[_caps_key(who)]
            speaker = owners[0] if len(owners) == 1 else None
        elif who.isupper() and len(who) > 1:
            if sum(1 for m in labels if m is not None and m.group("who") == who) < 2:
                continue  # "EU: …" once is a digest's line, not an interview's label
            if who in authors:
                continue  # the interviewer's initials: a question
            owners = by_initials.get(who, [])
            speaker = owners[0] if len(owners) == 1 else None
        else:
            named = res.at(para.start + qa.start("who"))
            if named is None or named.span.end != para.start + qa.end("who"):
                continue
            speaker = res.speaker(named)
            if speaker is not None and " " in who:
                for word in (who.split()[0], who.split()[-1]):
                    labelled.setdefault(fold(word), set()).add(speaker)
            elif speaker is None and " " not in who and len(labelled.get(fold(who), ())) == 1:
                # "Kim Heung-kyu: …", then "Kim: …" while Kim Jong Un is also named: the one
                # the labels have named in full
                (speaker,) = labelled[fold(who)]
        if para.text[qa.start("body")] in '“"' and any(
            a <= body_at <= b and b >= para.end - 2 for a, b in covered
        ):
            continue  # "A: “…”": the answer is that quotation (not “Great Game.” It makes …)
        quotes.append(whole_paragraph(doc, para, body_at, speaker, ids))
    asked = [m for m in labels if m is not None]
    if len(asked) >= 2 and all(m.group("who") in _QUESTION_LABELS for m in asked):
        # "Q: …?" and the plain paragraphs after it, with no "A:": the interviewee's answers,
        # up to the next question or heading
        answering = False
        for para in doc.paragraphs:
            if labels[para.index] is not None or para.kind in ("heading", "bold"):
                answering = labels[para.index] is not None
                continue
            if not answering or para.kind != "body" or _EDITORS_NOTE.search(para.text):
                continue  # (not "This interview has been edited for length.")
            if any(a <= para.start and para.end - 1 <= b + 1 for a, b in covered):
                continue  # the answer is a quotation, read as such
            if interviewee is ...:
                interviewee = _interviewee(doc, res)
            quotes.append(whole_paragraph(doc, para, para.start, interviewee, ids))
    if not any(labels):
        # questions in bold, the plain paragraphs after them the interviewee's answers
        for para, start in bold_answers(doc):
            if any(a <= start and para.end - 1 <= b + 1 for a, b in covered):
                continue  # the answer is a quotation, read as such
            if interviewee is ...:
                interviewee = _interviewee(doc, res)
            quotes.append(whole_paragraph(doc, para, start, interviewee, ids))
    return quotes


def _caps_key(who: str) -> str:
    """A label in capitals as the people are keyed: "DR. NOTTE" and "CHAIRMAN MOOLENAAR"
    by the surname, "SARAH COLLINS" whole."""
    words = who.replace(".", " ").split()
    if len(words) > 1 and words[0] in _CAPS_TITLES:
        return fold(words[-1])
    return fold(who)


_CAPS_TITLES = frozenset(
    {"DR", "MR", "MRS", "MS", "PROF", "SEN", "REP", "GEN", "AMB", "CHAIRMAN", "CHAIR",
     "CHAIRWOMAN", "SENATOR", "AMBASSADOR", "GENERAL", "SECRETARY", "MINISTER", "PRESIDENT",
     "REPRESENTATIVE", "PROFESSOR", "DOCTOR", "LORD", "BARONESS", "SIR", "DAME", "MISS"}
)  # fmt: skip


def _askers(labels: Sequence[re.Match[str] | None]) -> set[str]:
    """The labels whose turns are mostly questions (three or more turns, most ending in a
    question mark): a host or an interviewer, whose lines are nobody's quotes."""
    turns: dict[str, list[bool]] = {}
    for m in labels:
        if m is not None:
            line = m.string.rstrip()
            turns.setdefault(m.group("who"), []).append(line.endswith("?"))
    return {who for who, asked in turns.items() if len(asked) >= 3 and sum(asked) * 2 > len(asked)}
