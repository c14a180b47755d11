"""English speaker tags: the words around one quote that say whose it is.

"As X noted: “…”", "“…”, X argues", "“…,” said X", "according to X", "“…” - X, Tsinghua
University", "X, a scholar at Y, told me: “…”", "what Zhao calls “…”". Each function takes
the masked text (quotes' words masked) and the span of the sentence around a quote and
returns the person the tag names, or nobody.
"""

from __future__ import annotations

import re

from tealeaves.extract.cues import BEFORE_VERB, SUBJECT_ADVERBS, VERBS
from tealeaves.extract.names import BRACKETED
from tealeaves.extract.roles import ROLE_HEAD
from tealeaves.extract.spans import SENTENCE_END
from tealeaves.extract.speakers import (
    FRAMING,
    FRAMING_VERB,
    IN_APPOSITION,
    NOT_BEFORE_SUBJECT,
    ONE_OF_MANY,
    PRONOUN,
    SUBJECT_LEAD,
    VERB,
    Resolver,
    holds,
    leads_to_subject,
)
from tealeaves.model import Document, Mention, Paragraph

_TAIL = re.compile(
    r"(?:\s+(?:\w+ly|once|also|further|then|later|again|recently|last (?:year|month|week)|"
    r"in (?:English|Chinese|Russian|\d{4})|\([^()]*\)|at the time|at length|in an interview|"
    r"in a (?:speech|paper|piece|statement|recent \w+)))*"
    r"\s*(?:,\s*(?:but|and)\s*)?(?:,\s*)?(?:that\s*)?(?:,\s*)?[,:]?\s*$"
)


# Between a subject and its verb: an auxiliary or an adverb, nothing else.
_SUBJECT_GAP = re.compile(
    rf"(?:[’']s)?\s*{BRACKETED}?\s*,?\s*(?:(?:{SUBJECT_ADVERBS}|"
    r"likes to|liked to|used to|went on to|would|will|was quick to|did not)\s+)*"
)


_DASH_AFTER = re.compile(r"[\s,.?!]*(?:-{1,2}|[–—])\s*")


_WORDS_OF_SOMEONE = (
    r"line|lines|words|message|verdict|answer|reply|point|conclusion|warning|advice|retort|"
    r"summary"
)
# "In his words:", "His key line was:", "His view of China was unsentimental:" — the words
# that follow are his.
_HIS_WORDS = re.compile(
    r"\b(?:[Ii]n|[Tt]o use) (?P<in>his|her) (?:own )?words\s*[:,]?\s*$"
    rf"|\b(?P<own>His|Her|his|her) (?:\w+ )?(?:{_WORDS_OF_SOMEONE})\s*(?:was|is)?\s*[:,]?\s*$"
    r"|\b(?P<view>His|Her)\s+(?:\w+\s+)?(?:view|verdict|answer|reply|conclusion|message|point|"
    r"argument|assessment|take|reading|advice|warning|tone|summary|sentence|thesis|diagnosis|"
    r"prediction)\b[^:“”]*:\s*$"
)


_IN_HIS_WORDS = re.compile(r"\s*(?:In|To use) (his|her) (?:own )?(?:words|phrase)\s*,")


# "Bordachev’s key line:", "Terry's own line from a Washington panel was widely shared:"
_NAMES_WORDS = re.compile(
    rf"[’']s\s+(?:\w+\s+)?(?:{_WORDS_OF_SOMEONE})\b(?:[^:;“”\".]{{0,60}}?\s(?:was|is)\b"
    r"[^:;“”\".]{0,30})?\s*(?:was|is)?\s*:\s*$"
)


_ACCORDING = re.compile(r"\b[Aa]ccording to\s+$")


# A transcript's label for a recorded voice: "[Clip: Mao Ning, …]" right before the quote.
_CLIP = re.compile(r"\[(?:Clip|Audio|Video|Soundbite|Sound bite|Recording)\s*:\s*(?=[^\]]*\]\s*$)")


def subject_before(res: Resolver, masked: str, lo: int, hi: int) -> str | None:
    """Speaker of a quote opening at ``hi`` whose sentence starts at ``lo``."""
    frame = masked[lo:hi]
    if RELATIONS_WORDS.search(frame):
        return None  # "Kallas recalled her father's warning that “…”": the father's words
    his = _HIS_WORDS.search(frame)
    if his:  # the possessive itself says which sex: "Her line was: “…”"
        return res.pronoun(lo + his.start(his.lastgroup or 0))
    clip = _CLIP.search(frame)
    if clip:  # "[Clip: Mao Ning, Chinese foreign ministry spokeswoman, 13 January] “…”"
        return res.speaker(res.at(lo + clip.end()))
    own = _IN_HIS_WORDS.match(frame)
    if own and not VERB.search(frame, own.end()):  # "In her words, the two are “…”"
        return res.pronoun(lo + own.start(1))
    owned = _NAMES_WORDS.search(frame)
    if owned:  # "Bordachev’s key line: “…”"
        owner = res.ending_at(lo + owned.start())
        if owner is not None:
            return res.speaker(owner)
    if _ACCORDING.search(frame):
        return None  # "according to" then the quote: no name between
    for m in reversed(list(VERB.finditer(frame))):
        # "writes Ding, “…”": the name comes right after the verb.
        after = re.match(r"\s+", frame[m.end() :])
        name_at = lo + m.end() + (after.end() if after else 0)
        named = res.at(name_at)
        if named is not None and re.fullmatch(
            r"[’']?s?\s*(?:\([^()]*\))?\s*,?\s*", masked[named.span.end : hi]
        ):
            return res.speaker(named)
        if not _TAIL.fullmatch(frame, m.end()):
            continue
        # "X (…), a …, notes that “…”": the name or pronoun that is the verb's subject.
        verb_at = lo + m.start()
        mention = res.last_before(verb_at, lo)
        pronoun = None
        for p in PRONOUN.finditer(frame, 0, m.start()):
            gap = frame[p.end() : m.start()]
            # the verb's own subject ("he told me:", "she later wrote:"), or the clause's
            # before a participle ("he does not say so, simply noting that"); not "a
            # diplomat he had known for years, told me the other side liked to say:"
            own = len(gap.split()) <= 3 and "," not in gap
            pronoun = lo + p.start() if own or m.group().endswith("ing") else None
        if pronoun is not None and (mention is None or pronoun > mention.span.start):
            return res.pronoun(pronoun)
        if mention is not None and is_subject(res, masked, mention, verb_at):
            return res.speaker(mention)
        return None
    # "according to X, “…”"
    acc = re.search(r"\b[Aa]ccording to\s+", frame)
    if acc:
        named = res.at(lo + acc.end())
        if named is not None and re.fullmatch(r"[’']?s?\s*,?\s*", masked[named.span.end : hi]):
            return res.speaker(named)
    return None


_POSSESSIVE_BEFORE = re.compile(r"[’']s?\s+$")
# "the warning", "his saying": a verb's form used as a noun (with an article, not a possessive
# determiner, it may be someone else's: "the warning from Lavrov").
_ARTICLE = r"the|a|an|this|these|those"
_ARTICLE_BEFORE = re.compile(rf"\b(?:{_ARTICLE})\s+$")
_DETERMINER_BEFORE = re.compile(rf"\b(?:{_ARTICLE}|his|her|its|their|our|my|your)\s+$")
# A word between "said" and the name of who said it: "said his wife, X"; "said Hungary's
# foreign minister, X"; "said Russia's ambassador to China, X" (a place after a preposition).
_TAG_WORD = re.compile(
    r"(?:[a-z][\w’'-]*|[A-Z][\w-]*[’']s|(?<=\b(?:to|of|in|at)\s)[A-Z][\w-]*),?\s+"
)
# "said Putin's spokesman": the name owns the one who speaks.
_POSSESSIVE_AFTER_NAME = re.compile(r"[’']s?\s")


# "that Beijing had taken care to describe …", "that Moscow prefers to call …": a clause with
# a subject of its own, whose verb frames the words after it.
_INNER_FRAMER = re.compile(
    r"\bthat\s+(?!he\b|she\b|they\b|it\b)[^,;:]{1,60}?\b(?:"
    r"(?:to|would|will|had|has|have|did|does|do)\s+(?:[a-z]+ly\s+)?(?:describe|call|label|term|"
    r"dub|brand|characteri[sz]e)d?"
    r"|described|describes|labell?ed|termed|dubbed|branded|characteri[sz]e[sd])\b"
)


def framing_subject(res: Resolver, masked: str, lo: int, hi: int, close_at: int) -> str | None:
    """Speaker of a quote opening at ``hi`` (closing at ``close_at``) whose sentence (from
    ``lo``) is someone's framing of it: "According to Wang, …“…”", or a person (or a
    sentence-opening "He") directly before a framing verb, with no dash, semicolon or open
    parenthesis between the verb and the quote; nobody when the quote is what is described
    ("described Russia’s “pivot to the East” as irreversible") or the words of someone the
    text does not name ("recalled her father’s warning that “…”")."""
    if RELATIONS_WORDS.search(masked, lo, hi):
        return None
    frame = masked[lo:hi]
    acc = re.match(r"\s*According to\s+", frame)
    if acc:
        named = res.at(lo + acc.end())
        if named is not None and masked[named.span.end : named.span.end + 1] == ",":
            return _according_to(res, masked, named, hi)
    own_view = _IN_OWN_VIEW.match(frame)
    if own_view and not re.search(r"[;–—]", frame):  # "In her reading, “…”"
        return res.pronoun(lo + own_view.start("pron"))
    view = _IN_VIEW.match(frame)
    if view and not re.search(r"[;–—]", frame):  # "In Tellis’s view, the format is “…”"
        owner = res.ending_at(lo + view.end("name"))
        if owner is not None:
            return res.speaker(owner)
    for_whom = _FOR_WHOM.match(frame)
    if _TAG_FOLLOWS.match(masked, close_at + 1):
        for_whom = None  # "For Olaf Scholz, the visit was “a test,” his aides said."
    if for_whom and not re.search(r"[;–—]", frame):  # "For Evan Medeiros, the summit was “…”"
        owner = res.at(lo + for_whom.end("lead"))
        if (
            owner is not None
            and owner.span.end == lo + for_whom.end("name")
            and not res.between(owner.span.end, hi)
        ):
            return res.speaker(owner)
    words_of = _IN_WORDS_OF.match(frame)
    if words_of and not re.search(r"[;–—]", frame):  # "In the words of Janka Oertel, …"
        owner = res.at(lo + words_of.end())
        if owner is not None and _COMMA_AFTER.match(masked, owner.span.end):
            return res.speaker(owner)
    phrase = _OWNERS_PHRASE.search(frame)
    if phrase:  # "Gabuev's phrase, “partners but not allies”, has stuck"
        owner = res.ending_at(lo + phrase.start())
        if owner is not None:
            return res.speaker(owner)
    owned = _OWNED_WORDS.search(frame)
    if owned:  # "Macron’s warning, given in 2017, that “…”"
        owner = res.ending_at(lo + owned.start())
        if owner is not None:
            return res.speaker(owner)
    verbs = [
        v
        for v in (
            *FRAMING_VERB.finditer(frame),
            *VERB.finditer(frame),
            *_judging_verbs(res, masked, frame, hi, close_at),
        )
        if not _POSSESSIVE_BEFORE.search(frame, 0, v.start())  # "Ricketts's remarks": a noun
        and not _DETERMINER_BEFORE.search(frame, 0, v.start())  # "called the warning “…”"
    ]
    if not verbs:
        return None
    verb = max(verbs, key=lambda m: m.start())
    # (the longest of those ending there: "likes to say", not its "say")
    verb = min((v for v in verbs if v.end() == verb.end()), key=lambda m: m.start())
    for noun in VERB.finditer(frame, verb.end()):
        if _ARTICLE_BEFORE.search(frame, 0, noun.start()) and _NOUN_OWNER.match(frame, noun.end()):
            return None  # "dismissed the warning from Lavrov that NATO would face “…”": the
            # warning's words, not the one who dismissed it
    if (
        _DESCRIBING.fullmatch(verb.group())
        and _AS_AFTER.match(masked, close_at)
        and not _OBJECT_PRONOUN.fullmatch(frame, verb.end())
        # ("called his guest an “old friend” as they walked in": the name given, then "as")
        and not (_CALLED.fullmatch(verb.group()) and _ARTICLE_END.search(frame, verb.end()))
    ):
        return None  # "described Russia’s “pivot to the East” as irreversible": the thing
    if (
        _DESCRIBING.fullmatch(verb.group())
        and re.match(r"\s+as\b", frame[verb.end() :])
        and _PASSIVE_BEFORE.search(frame, 0, verb.start())
    ):
        return None  # "Roman Hrytsenko, described as a “…”": someone else's words for him
    between = frame[verb.end() :]
    if len(between) > 160 or re.search(r"[;–—]|\s-\s", between):
        return None
    if _LABEL_NOUN_AS.search(between):
        return None  # "dismissed Western talk of Russia as a Chinese “vassal”": the talk's label
    if (
        any(not _MEDIUM_BEFORE.search(between, 0, t.start()) for t in _TEXT_NOUN.finditer(between))
        and not re.search(r"\bas\s*$", between)
        and not verb.group().startswith("coin")
        and not _USES_WORD.match(frame, verb.start())
        and not _DESCRIBING.fullmatch(verb.group())  # "calling talk of X “…”": her label
    ):
        return None  # "complained about the slogan “…”", "posted Blinken's remark that “…”"
    if _A_WORK_BEFORE.search(between):
        return None  # "In 2012 he wrote an essay, “Marching Westwards”": a title, no words
    if _INNER_FRAMER.search(between):
        return None  # "He added that Beijing had been careful to describe its role as a “…”"
    if between.count("(") > between.count(")"):
        return None
    verb_at = lo + verb.start()
    if _RELATIVE_SUBJECT.search(frame, 0, verb.start()) or _RELATIVE_NAMING.search(between):
        return None  # "a history that younger colleagues still call “…”": theirs, unnamed
    pron = (
        re.match(rf"\s*(?:He|She)\s+{_AUXILIARIES}$", frame[: verb.start()])
        or _QUOTED_AS_SAYING.match(frame[: verb.start()])
        or (
            _AND_THEN_VERB.match(frame[: verb.start()])
            if not res.between(lo - 1, lo + verb.start())
            else None
        )
    )
    if pron:
        return res.pronoun(lo + len(frame) - len(frame.lstrip()))
    # "…, which he calls “…”", "she had told": a pronoun right before the verb.
    pron = re.search(rf"(?<!/)\b(?:he|she)\s+{_AUXILIARIES}$", frame[: verb.start()])
    if pron:
        if re.search(r",\s*$", frame[: pron.start()]) and frame[verb.end() :].startswith(","):
            return None  # "Li, she notes, recorded his worry that “…”": a reviewer's aside
        return res.pronoun(lo + pron.start())
    role = _ROLE_SUBJECT.match(frame[: verb.start()])
    if role:  # "The spokesman said …": the one person named before, or whose role it is
        said = "f" if role.group(2).endswith("woman") else "?"
        return res.role(lo + role.start(2), said, role.group("title"))
    quoted_as = _NAMED_QUOTED_AS.search(frame, 0, verb.start())
    if verb.group().endswith("ing") and quoted_as is not None:
        # "Janet Yellen was quoted as calling it “…”": the one quoted
        named = res.last_before(lo + quoted_as.start(), lo)
        if named is not None and is_subject(res, masked, named, lo + quoted_as.start()):
            return res.speaker(named)
    if verb.group().endswith("ing"):
        # "… she repeated that doubt, calling it “…”": the clause's "he"/"she" frames them
        pron = _CLAUSE_BEFORE_PARTICIPLE.search(frame, 0, verb.start())
        if pron is not None and not res.between(lo + pron.start(), verb_at):
            return res.pronoun(lo + pron.start())
        owner = _participle_subject(res, masked, lo, verb_at)
        if owner is not None:
            return owner
        if _PROMISING.match(verb.group()):
            # "Crowds cheered Zourabichvili, vowing that": nobody named promises; "Wang Yi,
            # who had arrived … promising that": the relative clause's subject does
            last = res.last_before(verb_at, lo)
            if last is not None and _WHO_AFTER.match(masked, last.span.end):
                return res.speaker(last)
            return None
    mention = res.last_before(verb_at, lo)
    if mention is None:
        return None
    if _WHO_BEFORE.match(masked, mention.span.end, verb_at):
        # "a statement from Kim Yo Jong, the sister of leader Kim Jong Un, who called …": the
        # who-clause is the one whose role names him
        owner = res.last_before(mention.span.start, lo)
        if owner is not None and IN_APPOSITION.fullmatch(
            masked, owner.span.end, mention.span.start
        ):
            # (a pronoun in the clause may say whose it is: "…, the widow of Alexei Navalny,
            # who called the Kremlin “…” weeks before his death": his)
            end = SENTENCE_END.search(masked, close_at)
            clause = masked[mention.span.end : end.start() if end else len(masked)]
            own = re.findall(r"\b(himself|herself|his|her)\b", clause)
            if not own:
                return res.speaker(owner)
            sexes = {"f" if w.startswith("her") else "m" for w in own}
            owner_sex = res.genders.get(owner.person, "?")
            if len(sexes) == 1 and owner_sex != "?" and owner_sex not in sexes:
                pass  # the apposed one's clause, read by the rules below
            else:
                return None
    para = res.doc.paragraph_at(verb_at)
    subject = res.subject_of_sentence(verb_at, para, lo) if para is not None else None
    if subject is not None and _WHO_CLAUSE.fullmatch(masked, subject.span.end, verb_at):
        return res.speaker(subject)  # "Wang, who met Jaishankar for hours, said …"
    if (
        subject is not None
        and not subject.ambiguous
        and _APPOSED_ROLE.fullmatch(masked, subject.span.end, verb_at)
        and all(
            _POSSESSIVE_AFTER_NAME.match(masked, m.span.end)
            or IN_APPOSITION.fullmatch(masked, subject.span.end, m.span.start)
            # "…, who served under President Barack Obama, wrote": an object in the role
            or (
                _PREPOSITION_OBJECT.search(masked, max(0, m.span.start - 40), m.span.start)
                and _ROLE_OPENS.match(masked, subject.span.end, m.span.start)
            )
            for m in res.between(subject.span.end, verb_at)
            if m.person != subject.person
        )
        and not any(m.person != subject.person for m in res.between(verb_at, hi))
    ):
        return res.speaker(subject)  # "Yuri Ushakov, Putin's foreign policy aide, told …"
    if _QUOTED_AS.fullmatch(masked, mention.span.end, verb_at) and _QUOTED_BY.search(
        masked, max(lo, mention.span.start - 60), mention.span.start
    ):
        return res.speaker(mention)  # "Xinhua quoted Wang as saying that “…”"
    if not is_subject(res, masked, mention, verb_at):
        return None
    return res.speaker(mention)


def _judging_verbs(
    res: Resolver, masked: str, frame: str, hi: int, close_at: int
) -> list[re.Match[str]]:
    """The verbs in ``frame`` (the sentence before a quote opening at ``hi``) whose object or
    complement is the quote: "sees … as “…”", "uses the word “…”", "invoked “…”", and
    "considers such fears “…”" when the quote ends the clause."""
    quoted = res.doc.text[hi + 1 : close_at]
    found = []
    for v in (*_SEES_AS.finditer(frame), *_USES_WORD.finditer(frame)):
        seen = v.group() in ("sees", "saw", "senses", "sensed") and not frame[v.end() :].strip()
        if seen and not re.search(r"\b[a-z]", quoted):
            continue  # "Kallas saw “Oppenheimer” twice": a title seen, not words
        said = v.group() in ("invoked", "invokes", "blamed", "blames", "proposed", "proposes")
        if said and (
            _TITLE_CASE.fullmatch(quoted) or _OWNED_AFTER_QUOTE.match(masked, close_at + 1)
        ):
            continue  # "invoked “The Art of War”", "invoked “…,” Deng Xiaoping’s maxim"
        found.append(v)
    if _CLAUSE_ENDS.match(masked, close_at + 1) or re.search(r"[.,!?]$", masked[hi + 1 : close_at]):
        # "considers such fears “overblown.”", not "considers the “no limits” label …"
        found += _CONSIDERS.finditer(frame)
    return found


def _participle_subject(res: Resolver, masked: str, lo: int, verb_at: int) -> str | None:
    """ "Katsuya Nakanishi struck a similar tone, telling analysts that “…”", "In the
    Literary Review, Isabel Hilton was harsher, calling the chapter “…”": a participle
    after a comma frames the words for the sentence's subject, when nobody else is named
    after the subject and no semicolon, colon or dash comes between; so does one after "by"
    or "while" ("Wang Yi opened his remarks by calling the SCO “…”")."""
    if not re.search(r"(?:,|\b(?:by|while))\s*$", masked[lo:verb_at]):
        return None
    para = res.doc.paragraph_at(verb_at)
    subject = res.subject_of_sentence(verb_at, para, lo) if para is not None else None
    if (
        subject is not None
        and _PROMISING.match(masked, verb_at)
        and not leads_to_subject(masked[lo : subject.span.start])
    ):
        return None  # "Crowds cheered Zourabichvili, vowing that …": not the one cheered
    if subject is None or subject.ambiguous:
        return None
    if re.search(r"[;:–—“”\"]", masked[subject.span.end : verb_at]):
        return None
    if any(m.person != subject.person for m in res.between(subject.span.end, verb_at)):
        return None
    return res.speaker(subject)


# "X was quoted as calling it": the passive before a participle of framing
_NAMED_QUOTED_AS = re.compile(
    r"\b(?:was|is|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:quoted|cited)\b[^.;:“”\"]{0,60}?\bas\s+$"
)
# "He was quoted by state media as saying": the pronoun is whose words they are.
_QUOTED_AS_SAYING = re.compile(
    r"\s*(?:He|She)\s+(?:was|is|has been|had been)\s+(?:\w+ly\s+)?(?:quoted|cited)\b"
    r"[^.;:“”\"]{0,80}\bas\s+$"
)


# A relative clause with a subject of its own before the verb: "that younger colleagues still
# call", "which many in Moscow describe as" (not "that he called": the one named).
_RELATIVE_HEAD = r"\b(?:that|which|whom|what)\s+(?!he\b|she\b|they\b|it\b|we\b|i\b)"
_RELATIVE_WORDS = r"(?:[a-z][\w’'-]*\s+){1,3}(?:(?:still|now|often|sometimes|also|\w+ly)\s+)?"
_RELATIVE_SUBJECT = re.compile(rf"{_RELATIVE_HEAD}{_RELATIVE_WORDS}$")


# … and one between the verb and the quote that names the thing: "wrote a history that
# younger colleagues still call “…”".
_RELATIVE_NAMING = re.compile(
    rf"\b(?:that|which|what)\s+(?!he\b|she\b|it\b|i\b){_RELATIVE_WORDS}"
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\bthis\s)"
    r"(?:call|calls|dub|dubs|term|terms|describe|describes|know|knows)(?:\s+(?:it|as))?\s*$"
)


# Words that name a text someone else wrote or said: the quote after them is that text.
_TEXT_NOUN = re.compile(
    r"\b(?:phrase|slogan|remarks?|headlines?|screenshot|motto|banner|poster|sign|caption|"
    r"tweet|post|letter|statement|communiqu[eé]|declaration|"
    # ("said that the word “secondary” had become …": a word spoken of)
    r"word|term|label|expression)\b"
)


# What makes a verb of saying used as a noun someone's words: "the warning from Lavrov",
# "the warning that".
_NOUN_OWNER = re.compile(r"\s+(?:from|by|of)\s+[A-Z]|\s+that\b|[^“”\".;:]{0,60}?\s+that\b")


# A way of speaking of something, then "as" and the label: "talk of Russia as a Chinese",
# "the portrayal of Beijing as".
_LABEL_NOUN_AS = re.compile(
    r"\b(?:talk|notion|narrative|portrayal|depiction|characteri[sz]ation|image|idea)\s+of\b"
    r"[^“”\".;:]{1,60}\bas\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,2}$"
)


# "said in a statement that", "added, in a WeChat post, that": the text as the medium.
_MEDIUM_BEFORE = re.compile(
    r"\b(?:in|via|through)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}$"
)


_DESCRIBING = re.compile(
    r"describes|described|describing|characteri[sz]e[sd]|characteri[sz]ing|labels|labell?ed|"
    r"labell?ing|calls|called|calling|terms|termed|terming|dubs|dubbed|dubbing|remembered|remembers"
)


_AS_AFTER = re.compile(r"[”’\"»]\s+as\b")
_CALLED = re.compile(r"call(?:s|ed|ing)?")
_ARTICLE_END = re.compile(r"\s(?:an?)\s*$")
# "calling them “a natural step” as the share grows": the object stands before the words,
# which are what it is called ("as" after them is a conjunction).
_OBJECT_PRONOUN = re.compile(r"\s+(?:it|them|him|her|this|that|these|those)\s+(?:as\s+)?")
# Before a describing verb in the passive ("X, described as a", "X was described as"): a
# comma or a form of "be" (with "as" right after the verb: "X, a fellow, described the plan
# as" is active).
_PASSIVE_BEFORE = re.compile(r"(?:,|\b(?:is|was|were|are|been|being))\s*$")


_AUXILIARIES = rf"(?:(?:{SUBJECT_ADVERBS}|would|will)\s+)*"


# "The spokesman said", "Ukraine's foreign minister said": a role noun with "the" or a
# country's possessive as the sentence's subject.
_ROLE_SUBJECT = re.compile(
    r"(?:[^,;:“”]{0,80},)?\s*(?:The|the|[A-Z][\w-]+[’']s)\s+(?P<title>(?:[A-Za-z’'-]+\s+){0,3}?(chief|spokesman|"
    r"spokeswoman|spokesperson|minister|professor|ambassador|envoy|senator|premier|president|"
    rf"chancellor|scholar|historian|economist|analyst|researcher|academic|expert|sinologist|"
    rf"fellow|strategist|commentator|lecturer|dean|director|adviser|advisor|diplomat))"
    rf"\s+{_AUXILIARIES}$"
)


# "In her reading, “…”", "In his view, …": the view of the one "he"/"she" is.
_IN_OWN_VIEW = re.compile(
    r"\s*In\s+(?P<pron>his|her)\s+(?:own\s+)?(?:view|opinion|judgement|judgment|words|reading|"
    r"telling|account|assessment),"
)
# "In Tellis’s view, ": whose view the rest of the sentence gives.
_IN_VIEW = re.compile(
    r"\s*In\s+(?P<name>.{2,60}?)[’']s?\s+(?:own\s+)?(?:view|opinion|judgement|judgment|words"
    r"|phrase),"
)
# "Gabuev's phrase, “…”,", "Lukin's term “…”": the words are named as the owner's.
_OWNERS_PHRASE = re.compile(
    r"[’']s?\s+(?:own\s+|favourite\s+|favorite\s+|famous\s+)?(?:phrase|term|formula|"
    r"expression|coinage|slogan|catchphrase|words)\s*,?\s*$"
    # "Zhao's comment: “…”", "Zhao's reading is different: “…”"
    r"|[’']s\s+(?:own\s+)?(?:comment|verdict|answer|reply|response|conclusion|reading|take|"
    r"assessment|summary|advice|message)(?:\s+(?:is|was)\s+(?:\w+\s+)?\w+)?\s*:\s*$"
)


_COMMA_AFTER = re.compile(rf"\s*{BRACKETED}?,")


# "For Evan Medeiros, the summit was “…”": the words are the named one's verdict.
_FOR_WHOM = re.compile(
    r"(?P<lead>\s*For\s+)(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}),\s+"
    r"[^“”\"]{1,80}?\s+(?:is|was|are|were|remains|remained|has\s+become|had\s+become|became|"
    r"will\s+be|would\s+be)\s+(?:\w+\s+)?$"
)
# A tag right after a quote: "“…,” his aides said", "“…,” according to …"
_TAG_FOLLOWS = re.compile(
    rf"[\s,]*(?:according\s+to\b|(?!(?:and|but|while|though|although|yet|so|which|who)\b)"
    rf"(?:[\w’'-]+\s+){{0,4}}?(?:{VERBS})\b)"
)
# "The Art of War", "Radio Free Europe": every word of four letters or more capitalised
# (from its first word: "a Marshall Plan for Ukraine" is words)
_TITLE_CASE = re.compile(r"\W*[A-Z][\w’'-]*(?:\W+(?:[A-Z][\w’'-]*|[a-z]{1,3}))*\W*")
# "“…,” Deng Xiaoping’s old maxim": the words are named as someone's after the quote
_OWNED_AFTER_QUOTE = re.compile(r"\s*,?\s*(?:[A-Z][\w-]+\s+){1,3}?[A-Z][\w-]+[’']s\b")
# A verb of judging whose complement is the quote: "sees the shift as “…”", "regards it
# as “…”"; "considers such fears “overblown”" (when the quote ends the clause); "uses the
# word “…”", "popularised “…”"
_SEES_AS = re.compile(
    r"\b(?:sees|saw|views|viewed|regards|regarded|treats|treated|hailed|hails|framed|frames|"
    r"cast|casts|portrayed|portrays|depicted|depicts|denounced|denounces|condemned|condemns|"
    r"decried|decries|derided|derides|slammed|slams|welcomed|welcomes|"
    r"(?:summed|sums)\s+(?:it|this|that|them|things)\s+up)\b"
    r"(?=\s+(?:[^“”\"]{1,60}?\s+)?as\s+(?:an?\s+|the\s+)?$)"
    # "sees “a long game” in Beijing's lending": what someone sees, in their words
    r"|\b(?:sees|saw|senses|sensed)\b(?=\s+$)"
    # "likened the arrangement to “…”", "compared it with “…”"
    r"|\b(?:likened|likens|compared|compares)\b"
    r"(?=\s+[^“”\"]{1,60}?\s+(?:to|with)\s+(?:an?\s+|the\s+)?$)"
)
_CONSIDERS = re.compile(
    r"\b(?:considers|considered|deems|deemed|judges|judged)\b"
    r"(?=\s+(?:the|such|these|those|this|that|it|them|its|their|his|her)\b[^“”\",]{0,50}?\s*$)"
)
_USES_WORD = re.compile(
    r"\b(?:uses|used|using|popularis(?:ed|es)|populariz(?:ed|es))\b"
    r"(?=\s+(?:(?:the|a|his|her)\s+(?:own\s+)?(?:word|term|phrase|label|expression)\s*,?\s*)?$)"
    # ("prefers the term “…”", but not "prefers “…” as a description": the writer's)
    r"|\b(?:prefers|preferred)\b"
    r"(?=\s+(?:the|a|his|her)\s+(?:own\s+)?(?:word|term|phrase|label|expression)\s*,?\s*$)"
    # words said, the quote right after the verb: "invoked “peaceful coexistence”", "blamed
    # “Western meddling”", "proposed “a Marshall Plan …”" (not "championed", "pushed for":
    # a cause, not words)
    r"|\b(?:invoked|invokes|blamed|blames|proposed|proposes)\b(?=\s+$)"
    # "has spoken repeatedly of “…”": an adverb inside "spoke of"
    r"|\b(?:spoke|speaks|spoken|talked|talks)\s+(?:\w+ly\s+){1,2}of\b(?=\s+(?:an?\s+|the\s+)?$)"
)
# The quote's clause ends right after it: "… “overblown.”" or "“overblown,” and …"
_CLAUSE_ENDS = re.compile(r"\s*(?:$|[.,;:!?])")
_IN_WORDS_OF = re.compile(r"\s*In the (?:words|view|opinion|judgement|judgment) of\s+")


# ", who met Jaishankar for three hours, ": a relative clause between a subject and its verb.
_WHO_CLAUSE = re.compile(rf"\s*{BRACKETED}?\s*,\s*who\s[^;:“”,]*,\s*{BEFORE_VERB}")


# ", who called": a who-clause's verb right after a name.
_WHO_BEFORE = re.compile(rf"\s*,\s*who\s+{BEFORE_VERB}$")


# "Yuri Ushakov, Putin's foreign policy aide, told": a role set off by commas between the
# subject and its verb.
_APPOSED_ROLE = re.compile(rf"\s*,\s*[^;:“”\"(),]{{2,120}},\s*{BEFORE_VERB}")


# "wrote an essay, “…”", "published a book titled “…”": the quote is the work's title.
_A_WORK_BEFORE = re.compile(  # (not "said in a lecture, “…”": words said in it)
    r"(?<!\bin\s)(?<!\bat\s)(?<!\bduring\s)\b(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:essay|book|article|paper|report|memoir|"
    r"novel|column|piece|op-ed|study|monograph|chapter|poem|lecture|documentary|film)"
    r"\s*(?:,|\s+(?:titled|entitled|called|named))?\s*$"
)


# "Macron’s warning, delivered to students in 2017, that": words owned by the name before.
_OWNED_WORDS = re.compile(
    r"[’']s?\s+(?:[a-z]+\s+)?(?:warning|remark|promise|pledge|claim|insistence|assurance|vow|"
    r"comment|complaint|argument|prediction|boast|admission|reminder|observation|quip|"
    r"verdict|plea|appeal)(?:\s*,[^,;:“”]{0,80},)?\s+that\s+$"
)


# "she repeated that view, ": a clause whose subject is "he"/"she", ended by a comma.
_CLAUSE_BEFORE_PARTICIPLE = re.compile(
    rf"(?<![/\w])(?:[Hh]e|[Ss]he)\s+{BEFORE_VERB}[a-z]+(?:ed|s)\b[^;:,“”]*,\s*$"
)


# "… as saying", perhaps after an appositive ("Li Haidong, a professor at CFAU, as saying")
_QUOTED_AS = re.compile(r"(?:\s*,[^;:“”]{1,120},)?\s+as\s+")


# "quoted", "cited", perhaps with title words before the name ("quoted Ukrainian Foreign
# Minister Andrii Sybiha as saying")
_QUOTED_BY = re.compile(
    r"\b(?:quoted|quotes|quoting|cited|cites|citing)\s+(?:[A-Z][\w.’'-]*\s+){0,5}$"
)


def _according_to(res: Resolver, masked: str, named: Mention, hi: int) -> str | None:
    """ "According to X, …“…”" (a quote opening at ``hi``): X's words, unless the clause
    after X has a verb of saying with a subject of its own ("According to X, Y told Z that
    “…”"): then that subject's, or nobody's when the subject is unnamed ("an adviser")."""
    verb = VERB.search(masked, named.span.end + 1, hi)
    if verb is None:
        return res.speaker(named)
    lead = masked[named.span.end + 1 : verb.start()]
    if re.search(r"\b(?:he|she)\s+(?:(?:had|has|also|\w+ly)\s+)*$", lead):
        return res.speaker(named)  # "According to Wang, as he told reporters, …"
    subject = res.last_before(verb.start(), named.span.end + 1)
    if subject is not None and is_subject(res, masked, subject, verb.start()):
        return res.speaker(subject)
    return None


# "Yan Xuetong of Tsinghua University said": where a subject's affiliation may stand.
_OF_PLACE = re.compile(
    r"\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for|and|on|the|in)\s+)*"
    r"[A-Z][\w’'&.-]*)*"
)


# "Wang Wen (王文), for instance, who is the director of …, recently asked"
_APPOSITIVE = re.compile(rf"(?:\s*{BRACKETED})?,[^;]*,\s*{BEFORE_VERB}")


# "Fidan smiled and said", "Lavrov paused, then added": a verb of the subject's before.
_AND_THEN = re.compile(
    r"\s+(?:(?:also|then|\w+ly)\s+)?[a-z]+(?:ed|s)(?:\s+[a-z]+){0,2},?\s+(?:and|then)\s+"
    r"(?:(?:then|also|\w+ly)\s+)?"
)


# "Tang Shiping (唐世平), a scholar at Fudan, describes how … and concludes that": the same
# subject for two verbs joined by "and".
_COORDINATED = re.compile(
    rf"(?:\s*{BRACKETED})?(?:,[^;]*,)?\s*(?:(?:also|\w+ly)\s+)*(?:{VERBS}|{FRAMING}|"
    r"describes|described|explains|explained)\b[^;]*\band\s+(?:(?:also|then|\w+ly)\s+)*"
)


# "Pieter de Vries, who heads …, briefed reporters on the numbers and said": a verb of the
# subject's and a few words of its own before "and" and the verb of saying.
_DID_AND = re.compile(
    rf"(?:\s*{BRACKETED})?(?:,[^;]*,)?\s+(?:(?:also|then|\w+ly)\s+)?"
    r"(?:[a-z]+(?:ed|s)|met|spoke|took|gave|made|held|led|sat|stood|went|came)"
    # (no word that opens a clause of another subject: "watched as the minister stood and said")
    r"(?:\s+(?!(?:as|when|while|after|before|because|who|whom|which|that|if|since|until|once)\b)"
    r"[\w’'-]+){0,6},?\s+and\s+(?:(?:also|then|\w+ly)\s+)?"
)


# Title words right before a name ("President ", "Foreign Minister "), to look past them.
# ("Secretary of State ", "Minister for Foreign Affairs ": "of"/"for" inside a title)
_TITLES_AT_END = re.compile(
    r"(?:(?<=[a-z] )|^\s*(?:(?:US|UK|EU|UN|NATO|[A-Z][a-z]+(?:an|ese|ish|ch))\s+)?"
    r"(?=(?:Secretary|Minister|Prime|Deputy|Vice|Foreign|Defen[cs]e|Speaker|"
    r"Chair(?:man|woman)?|President|Director|Head|Chief|Commissioner|High|Special|Ambassador|"
    r"Envoy|Governor|Mayor|Leader|Premier|Chancellor|Under-Secretary|Assistant|Senior|State|"
    r"General|Attorney|National|Supreme)\b))"
    r"(?:[A-Z][\w’'-]* (?:(?:of|for|and|on|of the) (?=[A-Z]))?){1,5}$"
)
# A word that makes what follows it an object, though title words come between ("under
# President Barack Obama", "met Foreign Minister Wang Yi"); not "and", which joins subjects.
_OBJECT_BEFORE_TITLES = re.compile(
    r"\b(?:under|with|by|for|of|to|from|alongside|against|unlike|met|meeting|thanked|told|"
    r"asked|urged|praised|criticised|criticized)\s+$"
)


# "He stressed that … and added that “…”": a second verb of the sentence's "he", with nobody
# named between.
_AND_THEN_VERB = re.compile(
    r"\s*(?:He|She)\s+(?:[a-z]+ly\s+)?(?:said|stressed|noted|argued|warned|insisted|"
    r"explained|acknowledged|conceded|agreed)\b[^.;:“”\"_]{1,200}?\band\s+"
    r"(?:then\s+|also\s+|later\s+)?$"
)


# A relative clause about the one named, whose verb is the verb of saying: ", the club's
# research director, who opened the panel by saying", ", who later told reporters".
# "her father's warning", "his old teacher's advice": words of someone the text does not name.
RELATIONS_WORDS = re.compile(
    r"\b(?:his|her|their|my|our)\s+(?:[a-z-]+\s+)?[a-z-]+[’']s\s+(?:[a-z-]+\s+)?"
    r"(?:warning|advice|words|line|motto|maxim|saying|dictum|remark|adage|phrase|formula|rule)\b"
)
# "an aide to Kallas, who told reporters": the name completes a noun, which the "who" is.
_NOUN_OF = re.compile(
    r"\b(?:aide|adviser|advisor|spokes(?:man|woman|person)|wife|husband|son|daughter|friend|"
    r"colleague|assistant|deputy|lawyer|staffer|secretary|ally|critic|rival|successor|"
    r"predecessor|student|teacher|relative|associate)s?\s+(?:to|of|for)\s+$"
)
_WHO_THEN = re.compile(
    r"\s*(?:\([^()]*\))?\s*(?:,[^,;:“”\"]{1,100})?,\s*who\s+(?:[^,;:.“”\"]{0,80}?\s+)?"
)


# Between two subjects set off by their roles: ", and his Russian counterpart, "
_JOINT_SUBJECT = re.compile(r"\s*(?:\([^()]*\))?\s*,\s+and\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+\s*,\s*")


def is_subject(res: Resolver, masked: str, mention: Mention, verb_at: int) -> bool:
    """Whether the person named by ``mention`` is the subject of the verb at ``verb_at``:
    only an auxiliary, an adverb, a bracket, an affiliation ("of Tsinghua University") or an
    appositive with no other name in it stands between them."""
    gap = masked[mention.span.end : verb_at]
    if masked.endswith(("Jr", "Sr"), 0, mention.span.end) and gap.startswith("."):
        gap = gap[1:]  # "Ferdinand Marcos Jr. said"
    if _QUOTING.search(gap):
        return False  # "X, quoting an adviser, said": the words are the adviser's
    of_place = _OF_PLACE.match(gap)  # "Hanna Notte of the James Martin Center …, who"
    if (
        (_WHO_THEN.fullmatch(gap) or (of_place and _WHO_THEN.fullmatch(gap, of_place.end())))
        and not [m for m in res.between(mention.span.end, verb_at) if m.person != mention.person]
        and not _NOUN_OF.search(masked, max(0, mention.span.start - 40), mention.span.start)
    ):
        return True  # "… by Fyodor Lukyanov, the club's director, who opened it by saying:"
    if _QUOTED_ONE.search(masked, max(0, mention.span.start - 60), mention.span.start):
        # "X, citing the economist Y, added": Y's words, when the verb follows Y
        return bool(re.fullmatch(r"\s*(?:\[[^\]]*\]|\([^()]*\))?\s*,\s*(?:\w+ly\s+)?", gap))
    prior = res.last_before(mention.span.start, max(0, mention.span.start - 90))
    if (
        prior is not None
        and prior.person != mention.person
        and _JOINT_SUBJECT.fullmatch(masked, prior.span.end, mention.span.start)
    ):
        return False  # "Wang Yi, and his Russian counterpart, Sergei Lavrov, told": both
    before = masked[max(0, mention.span.start - 60) : mention.span.start]
    blocked = NOT_BEFORE_SUBJECT.search(before[-30:])
    comma_and = re.search(r",\s+and\s+$", before)
    if blocked and comma_and:
        # "…exports to China, and Nabiullina has told": a clause of her own; but "Putin, Xi,
        # and Modi said" is a list of names
        prior = res.last_before(mention.span.start - len(comma_and.group()) + 1, 0)
        if prior is None or prior.span.end < mention.span.start - len(comma_and.group()) - 1:
            blocked = None
    if ONE_OF_MANY.search(before):
        return False  # "Kremlin officials, including spokesman Peskov, said": the group's
    if blocked or _OBJECT_BEFORE_TITLES.search(_TITLES_AT_END.sub("", before)):
        # "travelling with Fidan", "met Putin", "under President Barack Obama": an object
        return False
    # "Jin Canrong（金灿荣）of Renmin University called": the native name, then the place
    native = re.match(rf"\s*{BRACKETED}", gap)
    core = " " + gap[native.end() :].lstrip() if native else gap  # （…）of: no space needed
    of = _OF_PLACE.match(core)
    rest = core[of.end() :] if of else core
    if _SUBJECT_GAP.fullmatch(gap) or (of and _SUBJECT_GAP.fullmatch(rest)):
        return True
    if _AND_THEN.fullmatch(gap):
        return True  # "Fidan smiled and said"
    # "Zhao Huasheng of Fudan University, one of China's most experienced …, has written"
    shape = (
        _APPOSITIVE.fullmatch(gap)
        or _COORDINATED.fullmatch(gap)
        or _DID_AND.fullmatch(gap)
        or (of is not None and _APPOSITIVE.fullmatch(rest))
    )
    others = [m for m in res.between(mention.span.end, verb_at) if m.person != mention.person]
    return bool(shape) and not others


_PREPOSITION_OBJECT = re.compile(
    r"\b(?:under|with|to|for|about|against)\s+(?:[A-Z][\w.-]*\s+){0,3}$"
)
# The apposition opens with a role or a who-clause (not ", with Angela Stent,": a co-author).
_ROLE_OPENS = re.compile(
    r"\s*(?:\([^()]*\))?\s*,\s*(?:who|a|an|the|[a-z]+ing|[\w-]+\s+(?:of|at))\b"
)


def entry_credit(res: Resolver, masked: str, para: Paragraph, start: int, end: int) -> str | None:
    """A paragraph that is a list entry of a quote and its credit, as roundups print them
    ("2. “…” Lin Jian, Chinese foreign ministry spokesperson [asked on Tuesday …]"): the
    quote opening the paragraph (after a number or a bullet), then a full name and nothing
    but its role, place or context, no verb of saying. The quote's open and close offsets."""
    if not _ENTRY_HEAD.fullmatch(masked, para.start, start):
        return None
    at = end + 1
    gap = re.match(r"[\s,.]*", masked[at : para.end])
    named = res.at(at + (gap.end() if gap else 0))
    if named is None or " " not in named.surface:
        return None
    tail = masked[named.span.end : para.end]
    if not re.match(r"\s*(?:$|[,(\[—–])", tail):
        return None
    if re.search(rf"\b(?:{VERBS})\b", tail.split("[")[0]):
        return None  # "“…” Lin Jian said on Tuesday": the tag's own rules
    return res.speaker(named)


_WHO_AFTER = re.compile(r",\s+who\b")
_PROMISING = re.compile(r"(?:promising|pledging|vowing)\b")


# After the speaker's name in a tag: the end of the sentence or of the tag, an apposition.
_TAG_ENDS = re.compile(
    r"\s*(?:[,.;:!?)\[]|$|\s(?:of|from|at|in|on|who|told|added|during|after|before|when|while|"
    r"as|to|last|this|yesterday|today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)"
)


def _inverted_role(res: Resolver, pos: int, title: str, words: str) -> str | None:
    """Who "said the Vladivostok scholar" after a quote is: the one whose stated roles hold
    the title; or the one person named before, unless the words speak of someone in the third
    person ("“He will bring a long list,” said the diplomat": about him, not his) or that
    person's stated roles name another trade ("the economist" after a central bank's
    governor)."""
    person = res.role(pos, "?", title)
    if person is None:
        return None
    roles = res.roles.get(person, "")
    if holds(title, roles):
        return person
    head = title.split()[-1].casefold()
    if _THIRD_PERSON.search(words) or (ROLE_HEAD.search(roles) and head not in roles):
        return None
    return person


# Someone spoken of in the third person: "he", "her", "the minister".
_THIRD_PERSON = re.compile(
    r"\b(?:[Hh]e|[Ss]he|him|her|his|hers|[Tt]he\s+(?:minister|president|ambassador|envoy|"
    r"professor|premier|chairman|leader|governor|spokesman|spokeswoman))\b"
)


_ENTRY_HEAD = re.compile(r"\s*(?:\d{1,3}[.)]|[-•*])?\s*")


def subject_after(res: Resolver, masked: str, lo: int, hi: int, words: str = "") -> str | None:
    """Speaker named right after a quote that closes at ``lo`` (sentence ends at ``hi``);
    ``words`` are the quote's own."""
    frame = masked[lo:hi]
    dash = _DASH_AFTER.match(frame)
    if dash:  # "“…” - Da Wei (达巍), Tsinghua University", as threads and digests credit
        return res.speaker(res.at(lo + dash.end()))
    lead = re.match(r"[\s,.?!]*", frame)
    pos = lo + (lead.end() if lead else 0)
    rest = masked[pos:hi]
    # ("he once told an interviewer", "she later wrote")
    pron = re.match(rf"(?:he|she)\s+{_TAG_ADVERB}(?:{VERBS})\b", rest)
    if pron:
        return res.pronoun(pos)
    named = res.at(pos)
    if named is None and masked[pos : pos + 1].isupper():
        # "“…,” Finnish Foreign Minister Elina Valtonen told reporters"
        first = res.first_in(pos, hi)
        if first is not None and SUBJECT_LEAD.fullmatch(masked, pos, first.span.start):
            named = first
    if named is not None:
        after = masked[named.span.end : hi]
        of = _OF_PLACE.match(after)  # "“…,” Ilya Sorokin of the Higher School said."
        if _NAMED_THEN_VERB.match(after) or (of and _NAMED_THEN_VERB.match(after, of.end())):
            return res.speaker(named)
    verb = re.match(r"(?:" + VERBS + r")\s+", rest)
    if verb:  # "says stallholder Gulnora Ergasheva": the name within five words of the verb
        at = pos + verb.end()
        for _ in range(6):
            named = res.at(at)
            if named is not None and not _POSSESSIVE_AFTER_NAME.match(masked, named.span.end):
                return res.speaker(named)
            word = _TAG_WORD.match(masked, at, hi)
            if word is None:
                break
            at = word.end()
        # "said Foreign Minister Wang Yi", "said Kremlin spokesman Dmitry Peskov": title words
        # before the name (not one owned by a name: "said Putin's spokesman")
        # (the name ends the tag: not "and Wang Yi aide", "Putin confidant Sergei Shoigu")
        for m in res.between(pos + verb.end() - 1, hi):
            if _POSSESSIVE_AFTER_NAME.match(masked, m.span.end) or not _TAG_ENDS.match(
                masked, m.span.end
            ):
                continue
            if SUBJECT_LEAD.fullmatch(masked, pos + verb.end(), m.span.start):
                return res.speaker(m)
            break
        role = _ROLE_AFTER_VERB.match(rest, verb.end())
        if role and not res.between(pos - 1, hi):
            return _inverted_role(res, pos, role.group("title"), words)
    acc = re.match(r"according to\s+", rest)
    if acc:
        return res.speaker(res.at(pos + acc.end()))
    how = _WAS_HOW.match(rest) or _IN_VIEW_AFTER.match(rest)
    if how and how.re is _IN_VIEW_AFTER:  # "“…,” in Gabuev's view."
        named = res.at(pos + how.end())
        if named is not None and how.group("of") is not None:
            # "in the words of Putin's spokesman Dmitry Peskov": the spokesman
            role = _OWNERS_ROLE.match(masked, named.span.end)
            holder = res.at(role.end()) if role is not None else None
            named = holder if role is not None else named
        if (
            named is not None
            and (
                # "in the words of Putin's spokesman Dmitry Peskov": not the possessor
                (
                    how.group("of") is not None
                    and not _POSSESSIVE_AFTER_NAME.match(masked, named.span.end)
                )
                or _VIEW_OF.match(masked, named.span.end)
            )
            # the sentence ends there ("“win-win” in Gabuev's view means …" is his reading)
            and re.match(r"[^.!?;:]{0,40}[.!?;]?\s*$", masked[named.span.end : hi])
        ):
            return res.speaker(named)
        how = None
    if how:  # "“…,” was how John Herbst described Li's role"
        named = res.at(pos + how.end())
        if named is not None and _HOW_VERB.match(masked, named.span.end):
            return res.speaker(named)
    role = _ROLE_TAG.match(rest)
    if role and not res.between(pos - 1, hi):  # "“…,” the secretary of state said."
        said = "f" if role.group("title").endswith("woman") else "?"
        return res.role(pos, said, role.group("title"))
    return None


# "“…,” in Gabuev's view.", "“…,” in the words of Feng Yujun."
_IN_VIEW_AFTER = re.compile(r"in\s+(?:the\s+(?:words|view|opinion)\s+of\s+(?P<of>))?")
_OWNERS_ROLE = re.compile(r"[’']s\s+(?:[a-z][\w-]*\s+){1,3}")
_VIEW_OF = re.compile(r"[’']s\s+(?:own\s+)?(?:view|words|opinion|judgement|judgment)\b")


# "“…,” was how Dmitri Trenin described the relationship": the inverted tag.
_WAS_HOW = re.compile(r"(?:was|is)\s+how\s+")
_HOW_VERB = re.compile(
    r"(?:\s*,(?![^,;:“”\"]*\b(?:quoting|citing|paraphrasing)\b)[^,;:“”\"]{1,120},)?\s+(?:(?:once|later|then|first)\s+)?(?:described|describes|put|puts|summed|sums|"
    r"characteri[sz]ed|characteri[sz]es|framed|frames|saw|sees|called|calls)\b"
)


# "the secretary of state said", "the Nato secretary general told reporters": a role as the
# subject of the tag after a quote.
_ROLE_NOUNS = (
    r"spokesman|spokeswoman|spokesperson|minister|"
    r"secretary(?: of state| general|-general)?|professor|ambassador|envoy|senator|premier|"
    r"president|chancellor|scholar|historian|economist|analyst|diplomat|official|general|"
    r"researcher|academic|expert|sinologist|fellow|strategist|commentator|lecturer|dean|"
    r"director|adviser|advisor|lawmaker|legislator|captain|executive|banker|trader"
)
_ROLE_TITLE = rf"the\s+(?P<title>(?:[A-Za-z-]+\s+){{0,3}}?(?:{_ROLE_NOUNS}))"
_ROLE_TAG = re.compile(rf"{_ROLE_TITLE}\s+(?:(?:also|later|then)\s+)?(?:{VERBS})\b")
# "“…,” said the Vladivostok scholar, who …", "said the retired PLA senior colonel, now …":
# the role after the verb, the sentence or a clause ending after it (not "said the
# minister's aide", "said the professor Wang Wen").
_ROLE_AFTER_VERB = re.compile(
    rf"the\s+(?P<title>(?:[A-Za-z-]+\s+){{0,3}}?(?:{_ROLE_NOUNS}|colonel))(?=\s*(?:[,.;:!?]|$))"
)


# Between a tag's subject and its verb ("he once told", "he had long argued", "Karaganov
# reportedly told"): auxiliaries and adverbs, not the nouns in -ly ("Navalny's family said"
# is the family's, "Modi's ally said" the ally's).
_TAG_ADVERB = (
    r"(?:(?:has|have|had|would|long|also|later|then|once|again|further|recently|earlier|"
    r"(?!(?:family|ally|assembly|rally|supply|monopoly|belly|bully|Italy|July)\b)[a-z]+ly)\s+)*"
)

# What follows a name that a verb of saying makes the subject: "’s (…), a …, also said".
_NAMED_THEN_VERB = re.compile(
    # (", told": the name set off after its role, "South Korea's foreign minister, Cho Hyun,")
    rf"(?:[’']s)?\s*(?:\([^()]*\))?\s*(?:,[^,]*,\s*|,\s*)?{_TAG_ADVERB}(?:{VERBS})\b"
)


_OWN_TAG = re.compile(rf"[\s,.?!]*(?:(?:-{{1,2}}|[–—])\s*\S|(?:\S+\s+){{0,6}}?(?:{VERBS})\b)")


def has_own_tag(masked: str, lo: int, hi: int) -> bool:
    """Whether the quote closing at ``lo`` is credited after it ("— a senior EU official",
    "- Melnyk", "a diplomat said"), even to nobody we can name: it then continues nobody."""
    frame = masked[lo:hi]
    if _OWN_TAG.match(frame) is not None:
        return True
    return re.match(r"[\s,]*(?:was|is)\s+how\b", frame) is not None  # "“…,” was how …"


_COLON_BEFORE = re.compile(r":\s*$")


# A "he"/"she" that is the subject of the verb after it (not "asked him"): "… he put it:".
_PRONOUN_SUBJECT = re.compile(rf"(?<![/\w])(?P<p>he|she)\s+{BEFORE_VERB}[a-z]{{3,}}")


# "X, quoting a diplomat, said": the subject passes on another's words.
_QUOTING = re.compile(r",\s*(?:quoting|citing|paraphrasing)\s")


# "…, citing the economist " right before a name: the one whose words are passed on.
_QUOTED_ONE = re.compile(
    r",\s*(?:quoting|citing|paraphrasing)\s+(?:(?:the|a|an|his|her|their)\s+)?"
    r"(?:[a-z][\w-]*\s+){0,3}$"
)


# "X’s remarks drew a sharp reply from Y, a spokesman …: “…”"
_REPLY_FROM = re.compile(
    r"\b(?:reply|response|answer|retort|rebuke|rejoinder|riposte|reaction|warning|comment)s?"
    r"\s+from\s+(?:[A-Z][\w.’'-]*\s+){0,3}$"  # "from Senator", "from Foreign Minister"
)


# "Ivan Timofeev (RIAC) on the bank:": a name, perhaps its affiliation, and a topic.
_ON_TOPIC = re.compile(r"(?:\s*\([^()]{1,60}\))?\s+on\s+[^:;.“”\"]{1,60}:\s*$")


def clause_subject(doc: Document, res: Resolver, masked: str, lo: int, hi: int) -> str | None:
    """Speaker of a quote that a colon introduces at the end of a sentence whose subject is a
    person or "he"/"she", with no other person named between the subject and the colon;
    or the person a reply is "from"."""
    frame = masked[lo:hi]
    if not _COLON_BEFORE.search(frame) or re.search(r"[;]", frame) or _QUOTING.search(frame):
        return None  # "X, quoting a colleague, told me the view is simple: “…”": not X's
    if RELATIONS_WORDS.search(frame):
        return None  # "Kallas recalled her father's warning: “…”": the father's words
    on = _ON_TOPIC.search(frame)
    if on:  # "Ivan Timofeev (RIAC) on the bank: “…”", as digests and threads credit
        named = res.ending_at(lo + on.start())
        if named is not None:
            return res.speaker(named)
    for m in res.between(lo - 1, hi):
        if _REPLY_FROM.search(masked[max(lo, m.span.start - 40) : m.span.start]):
            # what follows the name up to the colon is its apposition ("Hikmet Hajiyev,
            # foreign policy adviser to President Aliyev:"), whoever else it names
            rest = masked[m.span.end : hi]
            appositive = re.fullmatch(
                rf"\s*{BRACKETED}?(?:\s+(?:of|from)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?"
                r"\s*(?:,[^:;.]*)?:\s*",
                rest,
            )
            return res.speaker(m) if appositive else None
    text = frame.lstrip()
    start = lo + len(frame) - len(text)
    pron = re.match(r"(?:He|She)\b", text)
    if pron:
        return res.pronoun(start)
    inner = _PRONOUN_SUBJECT.search(text)
    if inner and not res.between(start - 1, hi):
        # "In an exchange with the author he put it more sharply:" — nobody else named
        return res.pronoun(start + inner.start("p"))
    lead = SUBJECT_LEAD.match(text)
    first = res.at(start + (lead.end() if lead else 0))
    if first is None:
        for m in res.between(start - 1, hi):
            # "Asked whether …, Lavrov shrugged:": a clause and a comma before the subject
            # ("After watching Lai and Hsiao take their oaths, Eric Chu told reporters:")
            if leads_to_subject(masked[start : m.span.start]):
                first = m
                break
    if first is None or res.between(first.span.start, hi):
        return None
    if re.match(r"[’']s\b", masked[first.span.end : first.span.end + 2]):
        return None  # "Zelensky’s remarks drew …": the remarks, not Zelensky, are the subject
    return res.speaker(first)
