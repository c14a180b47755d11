"""English speaker rules: who a name, a surname or "he"/"she" near a quote refers to.

A statement is credited only when its sentence says who spoke (``tags``: the subject of a verb
of saying before or after the quote, "according to X", a dash credit, the subject of a
sentence that a colon ends) or when it carries on a credited one (``carried``). This module
resolves what those rules point at: a name, a surname or a pronoun, to one person or nobody.
A pronoun is someone only when one person of that sex can be meant. Nobody is guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cached_property
from types import EllipsisType

from tealeaves.extract.attribution import Mentions, sentence_start
from tealeaves.extract.cues import BEFORE_VERB, VERBS
from tealeaves.extract.names import LOOKBACK, gender_of, looks_chinese_name
from tealeaves.extract.roles import ROLE_HEADS
from tealeaves.extract.spans import SENTENCE_END, QuoteSpan, without_post_number
from tealeaves.model import Document, Mention, Paragraph, Person

VERB = re.compile(rf"\b(?:{VERBS})\b")


PRONOUN = re.compile(r"(?<!/)\b(?:he|she|He|She)\b(?!/)")  # not "he/she": nobody in particular


# Verbs that frame someone's words without being next to them: "what Zhao calls “…”",
# "he describes X as an empty “…”", "Wei characterized relations as “…”".
FRAMING = (
    r"calls|called|describes|described|characteri[sz]es|characteri[sz]ed|labels|labell?ed|"
    r"dubs|dubbed|terms|termed|refers to|referred to|calls on|called on|calls for|call for|"
    r"called for|asks|asked|tells|told|urges|urged|warns|warned|praises|praised|describing|"
    r"calling|labell?ing|dubbing|terming|characteri[sz]ing|promised|promises|pledged|vowed|"
    r"promising(?=\s+that\b)|pledging(?=\s+that\b)|vowing(?=\s+that\b)|"
    # "Saidov likes to say that …" (only with a that-clause: a person's habit of saying)
    r"(?:likes|liked|loves|used)\s+to\s+say(?=\s+that\b)|"
    r"telling|accused|accuses|accusing|written(?=\s+that\b)|spoke of|speaks of|spoken of|talked of|"
    r"dismissed|dismisses|dismissing|branded|brands|branding|"
    # "has coined the term “…”" (not "talks about", whose subject may be a text or a panel)
    r"coined|coins|coining|"
    # "complained … that", "remembered him as", "posted on X that", "signalled … possible",
    # "concedes that", "will tell you that"
    r"(?:complained|complains)(?=[^.;:“”\"]{0,80}\bthat\b)|"
    r"remember(?:ed|s)(?=\s+(?:him|her|them|it)\s+as\b)|"
    r"(?:posted|posts|tweeted|tweets)(?=(?:\s+(?:on|to)\s+[\w.-]+(?:\s+[\w.-]+)?)?\s+that\b)|"
    r"signall?ed|signals|conceded|"
    r"concedes|tell you"
)


FRAMING_VERB = re.compile(rf"\b(?:{FRAMING})\b")


# "he added", "she went on": the same speaker as the statement before.
_CONTINUING = re.compile(rf"\s+{BEFORE_VERB}(?:added|adds|continued|continues|went on)\b")


# "he replied", "she answered": the one asked answers.
_REPLYING = re.compile(
    rf"\s+{BEFORE_VERB}(?:replied|replies|answered|answers|responded|responds)\b"
)


# A capitalised word the extractor does not know as a person, as the subject of a verb.
_UNKNOWN_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+|,\s+|\band\s+)(?!He\b|She\b|The\b|It\b|They\b|This\b|That\b|But\b)"
    r"[A-Z][a-zà-ÿ]+(?:\s+[A-Z][a-zà-ÿ-]+){0,3}(?:[’']s)?\s+"
    rf"{BEFORE_VERB}"
    r"(?:thinks|believes|says|said|told|met|received|argues|argued|insists|insisted|spoke|"
    r"replied|answered|disagrees|disagreed|agrees|agreed|laughs|laughed|shrugs|shrugged)\b"
)


# What a person the text does not name is called: "a senior European diplomat", "one
# researcher at a think tank", "another official".
_UNNAMED = (
    r"(?:(?:[\w’'-]+|(?:[A-Z]\.){2,})\s+){0,4}?"  # ("a former U.S. Treasury official")
    r"(?:diplomat|official|researcher|analyst|scholar|expert|source|person|officer|adviser|"
    r"advisor|aide|insider|member|professor|banker|trader|executive|economist|observer|"
    r"journalist|reporter|student|resident|soldier|businessman|businesswoman|activist|"
    r"driver|engineer|worker|farmer|negotiator|delegate|participant|spokesman|spokeswoman|"
    r"spokesperson|friend|colleague|acquaintance|interpreter|translator|neighbour|neighbor|"
    r"minister|ambassador|manager|lawmaker|guard|sailor|pilot|nurse|teacher|doctor|priest|veteran)s?\b"
)
# Trades that are often objects or what someone became ("sold a stake to an investor", "worked
# as a consultant"): someone unnamed only as a sentence's subject, "A Tianjin freight
# forwarder, who …, said".
_UNNAMED_TRADE_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:A|An|One|Another)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:forwarder|importer|exporter|shipper|broker|investor|consultant|lawyer|entrepreneur|"
    r"shopkeeper|merchant|staffer|employee|historian|strategist|bureaucrat)s?\b"
    # (not "A lawyer's letter", nor "A historian of the Cold War, he …": the named man)
    r"(?![’'])(?![^.;:,]*,\s+(?:he|she)\s)"
)


# Someone the text does not name as a sentence's subject: "A European diplomat …", and the
# tags that come after the words, ", a Kazakh customs official conceded", "said one banker".
UNNAMED_SUBJECT = re.compile(
    rf"(?:^|[.!?]\s+|\n)(?:(?:When|After|As|Before|Once|While|If|Although)\s+(?:a|an|one|"
    rf"another)|A|An|One|Another)\s+{_UNNAMED}"
    # "15:30 — A Chinese official …", "In interviews for this brief, a logistics executive",
    # "…, but a member of the delegation told us:"
    rf"|(?:[—–]\s+|(?:^|[.!?]\s+|\n)[A-Z][^,.!?;:“”\"]{{0,60}},\s+|,\s+(?:but|and|while|though)\s+)"
    rf"(?:A|An|One|Another|a|an|one|another)\s+{_UNNAMED}(?:\s+[\w’'-]+){{0,8}}?\s+"
    rf"(?:{VERBS}|conceded|admitted|insisted)\b"
    rf"|,\s+(?:a|an|one|another)\s+{_UNNAMED}(?:\s+[\w’'-]+){{0,4}}?\s+"
    rf"(?:{VERBS}|conceded|admitted|insisted)\b"
    # "said a banker", but not "told a room of ambassadors" (the ones told, not a speaker)
    rf"|\b(?!told\b|tells\b)(?:{VERBS}|conceded|admitted|insisted)\s+(?:a|an|one|another)\s+"
    rf"{_UNNAMED}"
)


# "She quotes an unnamed executive as saying", "He recalls a Chinese colleague telling him":
# someone else's words, passed on.
_QUOTES_SOMEONE = re.compile(
    rf"\b(?:quot(?:es|ed|ing)|cit(?:es|ed|ing))\s+(?:an?|one|another)\s+{_UNNAMED}"
    # "quoting, she said, a line from a former U.S. Treasury official"
    rf"|\b(?:quot(?:es|ed|ing)|cit(?:es|ed|ing))\b[^.:;“”\"]{{0,60}}?\b(?:from|by|of)\s+"
    rf"(?:an?|one|another)\s+{_UNNAMED}"
    rf"|\b(?:recall(?:s|ed|ing)?|remember(?:s|ed|ing)?|hears?|heard)\s+(?:an?|one|another)\s+"
    rf"(?:{_UNNAMED}|(?:[\w’'-]+\s+){{0,3}}?(?:minister|ambassador|envoy|counterpart|host))"
    rf"(?:\s+[\w’'-]+){{0,3}}?\s+(?:telling|saying|asking|warning|joking|complaining|remarking|"
    rf"putting it)\b"
)


# A sentence that opens with someone unnamed: "A Chinese banker once told him, he says, …".
_OPENS_WITH_UNNAMED = re.compile(
    rf"[\s”’\"]*(?:(?:When|After|As|Before|Once|While|If|Although)\s+(?:a|an|one|another)|"
    rf"A|An|One|Another)\s+{_UNNAMED}"
)


def unnamed_speaks(res: Resolver, speaker: str, lo: int, hi: int) -> bool:
    """Whether someone the text does not name speaks in [lo, hi) after the last mention of
    ``speaker`` there ("Yermak left …, but a member of the delegation told us: “…”")."""
    own = [m for m in res.between(lo - 1, hi) if m.person == speaker]
    start = own[-1].span.end if own else lo
    if not own and _OPENS_WITH_UNNAMED.match(res.masked, lo):
        return True
    for m in UNNAMED_SUBJECT.finditer(res.masked, max(lo, start - 1), hi):
        if own and re.fullmatch(r"\s*(?:\([^()]*\))?\s*", res.masked[start : m.start()]):
            continue  # "Yermak, an adviser who says little, told us": a description of him
        return True
    return _QUOTES_SOMEONE.search(res.masked, start, hi) is not None


# "When a Chinese official I know saw the photograph, he told me": someone not named.
# "His daughter said …": someone known only by how they are related to the one named.
_UNNAMED_IN_SENTENCE = re.compile(
    rf"\b(?:a|an|one|another)\s+{_UNNAMED}|\b(?:His|his|Her|her|Their|their)\s+(?:daughter|"
    r"son|wife|husband|widow|widower|mother|father|sister|brother|niece|nephew|grandson|"
    rf"granddaughter|partner)\s+{BEFORE_VERB}(?:{VERBS})\b"
)
# "Back at Khorgos, the executive is more concerned …": one met before, perhaps unnamed.
_THE_UNNAMED_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=,\s))[Tt]he\s+(?P<noun>(?:[a-z-]+\s+)?(?:diplomat|official|"
    r"executive|banker|trader|driver|engineer|worker|farmer|businessman|businesswoman|"
    r"source|insider|manager|owner|negotiator|interpreter|resident))\s+(?!said|says|told)"
)

# "Shaheen asked her whether …": a second person of that sex, named by a pronoun only.
ASKED_SOMEONE = re.compile(
    r"\b(?:asked|told|pressed|urged|questioned|challenged|reminded|interrupted|thanked)\s+"
    r"(?:her|him)\b"
)


class Resolver(Mentions):
    """Finds who a name, a surname or a pronoun at a place in an English text refers to."""

    def __init__(
        self,
        doc: Document,
        mentions: list[Mention],
        spans: list[QuoteSpan],
        genders: dict[str, str] | None = None,
        masked: str | None = None,
        roles: dict[str, str] | None = None,
    ) -> None:
        super().__init__(doc, mentions, [(s.open_at, s.close_at) for s in spans if s.depth == 0])
        self.genders = genders or {}
        self.roles = roles or {}  # person -> their stated roles, folded to lower case
        self.masked = doc.text if masked is None else masked  # quotes' words masked
        self.last_speaker: str | None = None  # of the last credited statement
        self.last_close = 0  # where that statement's quote closes
        self.answerer: str | None = None  # the one the last statement, a question, asked

    def pronoun(self, pos: int) -> str | None:
        """As :meth:`_pronoun`, but nobody when the text has just called that person by the
        other sex's pronoun ("Li Weiguo … waits with his daughter. “…,” she said.")."""
        person = self._pronoun(pos)
        if person is None or self.genders.get(person, "?") != "?":
            return person
        said = "f" if self.doc.text[pos : pos + 3].casefold() in ("she", "her") else "m"
        return None if self._sex_in_text(person, pos) not in ("?", said) else person

    def _sex_in_text(self, person: str, pos: int) -> str:
        """ "m" or "f" when the rest of the sentence that last names ``person`` before
        ``pos`` uses only one sex's pronouns and names nobody else; else "?"."""
        para = self.doc.paragraph_at(pos)
        floor = self.doc.paragraphs[max(0, para.index - 1)].start if para else 0
        named = [m for m in self.between(floor - 1, pos) if m.person == person]
        if not named:
            return "?"
        end = SENTENCE_END.search(self.masked, named[-1].span.end, pos)
        return self._sex_after(named[-1], end.end() if end else pos)

    def _sex_in_paragraph(self, person: str, pos: int) -> str:
        """As :meth:`_sex_in_text`, over the rest of the paragraph that last names ``person``
        ("Maria Shagina spoke next. “…,” she said.")."""
        named = [m for m in self.between(-1, pos) if m.person == person]
        para = self.doc.paragraph_at(named[-1].span.start) if named else None
        if para is None:
            return "?"
        return self._sex_after(named[-1], min(para.end, pos))

    def _sex_told(self, person: str, pos: int) -> str:
        """ "m" or "f" when the words after ``person``'s names in ``pos``'s paragraph, each to
        its sentence's end or the next other name, use only one sex's pronouns ("Maria
        Zakharova used her briefing to …"); else "?"."""
        para = self.doc.paragraph_at(pos)
        if para is None:
            return "?"
        told = set()
        named = self.between(para.start - 1, pos)
        for k, m in enumerate(named):
            if m.person == person:
                end = SENTENCE_END.search(self.masked, m.span.end, pos)
                stop = end.end() if end else pos
                others = [o.span.start for o in named[k + 1 :] if o.person != person]
                told.add(self._sex_after(m, min([stop, *others])))
        told.discard("?")
        return told.pop() if len(told) == 1 else "?"

    def _sex_after(self, named: Mention, stop: int) -> str:
        """ "m"/"f" when the text from ``named`` to ``stop`` names nobody else and uses only
        one sex's pronouns; else "?"."""
        if any(m.person != named.person for m in self.between(named.span.end, stop)):
            return "?"
        rest = self.masked[named.span.end : stop].casefold()
        words = {
            m.group()
            for m in re.finditer(r"\b(?:he|his|him|she|her|hers)\b", rest)
            # (not the object of the named one's own verb: "Xi Jinping did not receive her"
            # is someone else; "…, the director did not contradict him" may be Wang)
            if m.group() not in ("him", "her")
            or not re.fullmatch(r"\s+(?:[a-z’']+\s+){1,4}", rest[: m.start()])
            or (m.group() == "her" and _POSSESSIVE_HER.match(rest, m.start()))
        }
        male, female = bool(words & {"he", "his", "him"}), bool(words & {"she", "her", "hers"})
        return "m" if male and not female else "f" if female and not male else "?"

    def _pronoun(self, pos: int, depth: int = 0) -> str | None:
        """The person "he"/"she" at ``pos`` refers to: the subject of its own sentence;
        after "he added" the speaker of the statement before; else the one person of that
        sex named in this paragraph before it (or, when none is, in the paragraph before).
        Nobody when two could be meant, when someone the text names without our knowing
        them stands between, or when the only candidate's first name is the other sex's."""
        para = self.doc.paragraph_at(pos)
        if para is None:
            return None
        said = "f" if self.doc.text[pos : pos + 3].casefold() in ("she", "her") else "m"
        subject = self.subject_of_sentence(pos, para)
        if (
            subject is not None
            and _MID_TAG.match(self.doc.text, pos)
            and re.search(r",\s*$", self.doc.text[max(0, pos - 3) : pos])
        ):
            # "Putin was impatient then, he said, and …": the tag in the middle of a sentence
            # about someone is the teller's, not the one the sentence is about
            subject = None
        if subject is None and self._unnamed_before(pos, para):
            return None  # "When a Chinese official I know saw it, he told me": not Xi
        if subject is None and self._title_opens_before(pos, para):
            # "The Gazprom chief disagrees. “…,” he said": that title's holder, or nobody
            return self._title_before(pos, para, said)
        subject = subject or self._subject_before(pos, para)
        if subject is not None and not subject.ambiguous and self._fits(subject.person, said):
            return subject.person
        if subject is None:
            titled = self._title_before(pos, para, said)
            if titled is not None:  # "The ambassador, asked about it, smiled. “…,” he said."
                return titled
        if subject is None and depth < 3:
            chained = self._pronoun_before(pos, para, said)
            if chained is not None:  # "He told Wu that …. “…,” he said.": the same "he";
                # when that one cannot be settled, the rules below may still name one
                found = self._pronoun(chained, depth + 1)
                if found is not None:
                    return found
        if (
            subject is None
            and not SENTENCE_END.search(self.masked, para.start, pos)
            and not self.between(para.start - 1, pos)
        ):
            # "Li Xin told me that …. ¶ “…,” he said.": the paragraph before ends on him,
            # unless this sentence names someone before the pronoun ("In his later years
            # Arkhipov was wary of what he called …" is not the last paragraph's speaker)
            last = self._added_subject(pos, para)
            if (
                last is not None
                and not last.ambiguous
                and self._alone_in_sentence(last)
                and (
                    self.genders.get(last.person, "?") == said
                    or (
                        # (the text's pronouns only for one whose name tells no sex: "Maria
                        # Kuznetsova … sat beside him" is no man)
                        self.genders.get(last.person, "?") == "?"
                        and self._sex_in_text(last.person, pos) == said
                    )
                )
            ):
                return last.person
        word_end = pos + (3 if said == "f" else 2)
        if (
            self.answerer is not None
            and _REPLYING.match(self.doc.text, word_end)
            and not self._named_since(pos)
        ):  # "“…?” Brandt pressed. ¶ “…,” he replied": the one she asked
            fits = self._fits(self.answerer, said) and self._sex_in_paragraph(
                self.answerer, pos
            ) in ("?", said)
            return self.answerer if fits else None
        if _CONTINUING.match(self.doc.text, word_end):  # "he added": who went on
            added = self._added_subject(pos, para)
            if added is not None and not added.ambiguous and self._fits(added.person, said):
                return added.person
            told = self._mid_tag_before(pos, para, said) if depth < 3 else None
            if added is None and told is not None:
                # "Putin, he pointed out, had raised it …. “…,” he added": the one whose
                # aside the sentence before was goes on
                return self._pronoun(told, depth + 1)
            if self.last_speaker is not None and not self._named_since(pos):
                return self.last_speaker if self._fits(self.last_speaker, said) else None
        asker = self._asker(pos, para)
        found = self.only_one_named(pos, para, said, exclude=asker)
        if (
            found is None
            and self.last_speaker is not None
            and para.start <= self.last_close < pos
            and len(SENTENCE_END.findall(self.masked, self.last_close, pos)) <= 1
            and not self._named_since(pos)
            and said
            in (self.genders.get(self.last_speaker, "?"), self._sex_told(self.last_speaker, pos))
        ):
            # "“…,” Zakharova said. Asked whether …, she said": the one who spoke in the
            # sentence before, of that sex, when the others named are of no known sex
            return self.last_speaker
        if found is None:
            found = self._profiled(pos, para, said)
        return found

    def _profiled(self, pos: int, para: Paragraph, said: str) -> str | None:
        """The subject of a profile or an obituary, for a "he"/"she" in a paragraph that
        names nobody before it ("In his last years he was …. “…,” he told a newspaper"):
        the one person the headline names in full, of that sex, named more often than
        anyone else in the article."""
        person = self._headlined_subject
        if person is None or self.genders.get(person) != said:
            return None
        if self.between(para.start - 1, pos) or self._unnamed_in(para.start, pos):
            return None
        if para.index > 0:
            # the paragraph before goes on about the subject (names them, or speaks of a
            # "he"/"she"), and neither it nor this one brings in someone else unnamed ("Her
            # mother was deported …", "Our reporter spent a day …", "A border guard …")
            prev = next(  # (a caption between is no paragraph of the story)
                (
                    p
                    for p in reversed(self.doc.paragraphs[: para.index])
                    if p.kind in ("body", "bold", "blockquote") and not _CAPTION_LIKE.search(p.text)
                ),
                self.doc.paragraphs[para.index - 1],
            )
            if not (
                any(m.person == person for m in self.between(prev.start - 1, prev.end))
                or _SEX_PRONOUN.get(said, _NEVER).search(self.masked, prev.start, prev.end)
            ):
                return None
            for lo, hi in ((prev.start, prev.end), (para.start, pos)):
                if _SOMEONE_ELSE.search(self.masked, lo, hi) or UNNAMED_SUBJECT.search(
                    self.masked, max(0, lo - 1), hi
                ):
                    return None
        return person

    @cached_property
    def _headlined_subject(self) -> str | None:
        """The one person the headline names in full and the article names more often than
        anyone else (a profile's or an obituary's subject), else None: the article's, so
        found once, not for every pronoun."""
        headlined = {  # ("Gennady Alexeyevich Mikheyev" in the text, "Gennady Mikheyev" above)
            m.person
            for m in self.everywhere
            if len(words := m.surface.split()) > 1
            and (m.surface in self.doc.title or f"{words[0]} {words[-1]}" in self.doc.title)
        }
        if len(headlined) != 1:
            return None
        (person,) = headlined
        counts = Counter(m.person for m in self.everywhere)
        top = max(counts.values())
        if counts[person] < top or sum(c == top for c in counts.values()) > 1:
            return None
        return person

    def _asker(self, pos: int, para: Paragraph) -> str | None:
        """The one who asks in "Asked by Lukyanov whether …, he replied": never the "he"."""
        start = sentence_start(self.masked, para.start, pos, SENTENCE_END)
        if not _ASKED_BY.match(self.masked, start):
            return None
        first = self.first_in(start, pos)
        return first.person if first is not None else None

    def _unnamed_before(self, pos: int, para: Paragraph) -> bool:
        """Whether the sentence of ``pos`` speaks of someone it does not name before ``pos``
        ("a Chinese official I know"), with nobody named after that."""
        start = para.start
        ends = list(SENTENCE_END.finditer(self.masked, para.start, pos))
        if ends:
            start = ends[-1].end()
        found = self._unnamed_in(start, pos)
        if not found and not self.between(start - 1, pos) and ends:
            # "I asked a friend who … what she made of it. “…,” she told me": the one just
            # spoken of, whom the sentence before does not name
            before = ends[-2].end() if len(ends) > 1 else para.start
            if not self.between(before - 1, start):  # (a sentence that names nobody)
                found = self._unnamed_in(before, start)
        return bool(found) and not self.between(found[-1].start(), pos)

    def _unnamed_in(self, lo: int, hi: int) -> list[re.Match[str]]:
        """Someone not named in [lo, hi): "a Chinese official I know", or "the executive" as
        a subject when nobody named holds that role (the one met earlier without a name)."""
        found = list(_UNNAMED_IN_SENTENCE.finditer(self.masked, lo, hi))
        found += _UNNAMED_TRADE_SUBJECT.finditer(self.masked, lo, hi)
        for m in _THE_UNNAMED_SUBJECT.finditer(self.masked, lo, hi):
            noun = m.group("noun").split()[-1]
            held = False
            for n in self.between(-1, m.start()):
                # the role as the text states it, or the noun in the sentence naming them
                end = SENTENCE_END.search(self.masked, n.span.end, m.start())
                said = self.masked[n.span.end : end.start() if end else m.start()]
                roles = self.roles.get(n.person, "")
                if (
                    holds(noun, roles)
                    or re.search(rf"\b{noun}s?\b", said)
                    # (a kind their stated role makes them — "the diplomat" of an ambassador —
                    # unless someone unnamed of that kind was met since: "a junior diplomat")
                    or (
                        noun in _KINDS_OF
                        and re.search(_KINDS_OF[noun], roles)
                        and not re.search(
                            rf"\b(?:a|an|one|another)\s+{_UNNAMED}",
                            self.masked[n.span.end : m.start()],
                        )
                    )
                ):
                    held = True
                    break
            if not held:
                found.append(m)  # nobody named holds that role: the one met unnamed
        return sorted(found, key=lambda m: m.start())

    def role(self, pos: int, said: str = "?", title: str = "") -> str | None:
        """Who "the spokesman" or "the secretary of state" (a role with "the") at ``pos``
        refers to: of the people named in its paragraph and the two before, the one whose
        stated roles hold that title; else the one person named before it in its paragraph
        (or, when none is, in the one or two before)."""
        para = self.doc.paragraph_at(pos)
        if para is None:
            return None
        if title:
            floor = self.doc.paragraphs[max(0, para.index - 2)].start
            if re.search(
                rf"\b(?:two|both|three)\s+(?:(?!prime\b|deputy\b|vice\b)[a-z]+\s+)?"
                rf"{re.escape(title)}s\b",
                self.masked[self.doc.paragraphs[max(0, para.index - 1)].start : pos],
                re.I,
            ):
                return None  # "The two ministers spoke to reporters. “…,” the minister said"
            named = {m.person for m in self.between(floor - 1, pos) if not m.ambiguous}
            holders = {p for p in named if holds(title, self.roles.get(p, ""))}
            if self._counterpart_of(title, pos):
                return None  # "Wang Yi and his Uzbek counterpart, …": either is "the minister"
            if not holders:
                # "the Fudan professor", "the commerce minister": one title nobody else holds,
                # however far back the article introduced its holder
                named = {m.person for m in self.between(-1, pos) if not m.ambiguous}
                holders = {p for p in named if holds(title, self.roles.get(p, ""))}
            if len(holders) == 1:
                return holders.pop()
            here = {m.person for m in self.between(para.start - 1, pos) if not m.ambiguous}
            if len(holders & here) == 1:
                # "Putin received Wang Yi. ¶ Sergei Lavrov noted …. “…,” the minister said":
                # of two ministers, the one this paragraph names
                return (holders & here).pop()
            if len(holders & here) > 1:
                # "Lavrov was expansive. …. Wang Yi was shorter. China and Russia, the
                # minister said, …": the one the sentence before names alone
                start = sentence_start(self.masked, para.start, pos, SENTENCE_END)
                before = sentence_start(
                    self.masked, para.start, max(para.start, start - 1), SENTENCE_END
                )
                last = {m.person for m in self.between(before - 1, start)}
                if start > para.start and len(last) == 1 and last <= holders:
                    return last.pop()
            if holders:
                return None  # two secretaries of state: either could be meant
        if title and self._met_unnamed(title, para.start, pos):
            return None  # "spoke to a trader outside the hall. “…,” the trader said"
        person = self.only_one_named(pos, para, said)
        if person is not None and not _may_hold(title, self.roles.get(person, "")):
            return None  # "the Fudan professor" after a fellow of SIIS: not him
        return person

    def _counterpart_of(self, title: str, pos: int) -> bool:
        """Whether someone named before ``pos`` is introduced as the counterpart of one who
        holds ``title``, named just before ("Wang Yi, and his Uzbek counterpart, Bakhtiyor
        Saidov"): two holders, whoever's role the text states."""
        return any(
            at < pos and holds(title, self.roles.get(holder, ""))
            for at, holder in self._counterparts
        )

    @cached_property
    def _counterparts(self) -> list[tuple[int, str]]:
        """Where the text names someone as the counterpart of one named just before it, with
        that one: found once per article, asked of every "the minister"."""
        found = []
        for m in self.between(-1, len(self.masked)):
            if not _COUNTERPART_BEFORE.search(self.masked, max(0, m.span.start - 40), m.span.start):
                continue
            found += [
                (m.span.start, o.person)
                for o in self.between(max(-1, m.span.start - 160), m.span.start)
                if o.person != m.person
                and _AND_COUNTERPART.fullmatch(self.masked, o.span.end, m.span.start)
            ]
        return found

    def _met_unnamed(self, title: str, lo: int, pos: int) -> bool:
        """Whether someone of that title is met without a name in [lo, pos), after the last
        name there ("Hartwig spoke to a trader …"; not "Ivan Sokolov, a trader, …")."""
        noun = re.escape(title.split()[-1])
        # met or spoken to, or opening a sentence: not in apposition ("Ivan Sokolov, a trader
        # at the depot, …") nor what someone is ("Sokolov has been a trader", "became a …")
        pattern = (
            r"(?:\b(?:spoke|speaks|talked|talks|chatted|spoken|talking|speaking)\s+(?:to|with)\s+"
            r"|\b(?:met|meets|interviewed|asked|approached|found|visited|phoned|called\s+on)\s+"
            r"|(?:^|(?<=[.!?]\s)))"
            rf"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'-]+\s+){{0,4}}?{noun}\b"
        )
        met = [m.start() for m in re.finditer(pattern, self.masked[lo:pos])]
        return bool(met) and not self.between(lo + met[-1], pos)

    def only_one_named(
        self, pos: int, para: Paragraph, said: str, exclude: str | None = None
    ) -> str | None:
        """The one person of sex ``said`` ("m", "f" or "?") named in this paragraph before
        ``pos`` (or, when none is, in the paragraph or two before, or up to six while each
        paragraph passed over goes on about "he"/"she"); nobody when two could be meant, or
        someone the text names without our knowing them stands between."""
        window = self.between(para.start - 1, pos)
        chain = True  # every paragraph passed over goes on about "she" (or "he")
        for back in range(1, 7):
            if window or para.index < back:
                break
            if back > 1:
                skipped = self.doc.paragraphs[para.index - back + 1]
                if self._unnamed_subject(max(0, skipped.start - 1), skipped.end, said):
                    break  # "A senior official … described the mood": "he" may be them
                pronoun = _SEX_PRONOUN.get(said, _NEVER)
                # (a paragraph of a quote running on over paragraphs keeps the chain)
                chain = chain and bool(
                    pronoun.search(self.masked, skipped.start, skipped.end)
                    or not _OUTSIDE_QUOTES.search(self.masked, skipped.start, skipped.end)
                )
            if back > 2 and not chain:
                break  # past two paragraphs only as a profile speaks of its subject
            window = self.between(self.doc.paragraphs[para.index - back].start - 1, pos)
        if any(m.ambiguous for m in window):
            return None
        fitting = {
            m.person
            for m in window
            if (said == "?" or self._fits(m.person, said)) and m.person != exclude
        }
        if len(fitting) != 1:
            return None
        (person,) = fitting
        lo = min(m.span.start for m in window)
        para_start = self.doc.paragraph_at(lo).start if self.doc.paragraph_at(lo) else lo
        for unknown in _UNKNOWN_SUBJECT.finditer(self.doc.text, para_start, pos):
            if not self.between(unknown.start() - 1, unknown.end()):
                return None  # "Batbayar thinks …": someone we do not know could be meant
        # (from the paragraph's start, as far back as a mention is looked for in a long one)
        if self._unnamed_subject(max(para.start - 1, pos - LOOKBACK, 0), pos, said):
            return None  # "A European diplomat … offered advice. “…,” he said."
        last = max(m.span.end for m in window if m.person == person)
        if last < para.start:
            # "A senior official who called Sergei Lavrov said …. ¶ “…,” he said": the one
            # named is the object of someone unnamed, who may be the "he"
            last_para = self.doc.paragraph_at(last - 1)
            begin = last_para.start if last_para is not None else 0
            for end in SENTENCE_END.finditer(self.masked, begin, last - 1):
                begin = end.end()
            # (to the end of the name: "A driver who gave only his first name, Timur, …" is
            # that one, named)
            first_own = min(
                (m.span.end for m in window if m.person == person and m.span.start >= begin),
                default=last,
            )
            if self._unnamed_subject(max(0, begin - 1), first_own, said):
                return None
        if last < para.start and (
            _SOMEONE_ELSE.search(self.masked, para.start, pos)
            or any(
                not re.search(r",\s*$", self.masked[max(0, t.start() - 3) : t.start()])
                and not holds(t.group().split()[-1], self.roles.get(person, ""))
                for t in _THE_ONE.finditer(self.masked, para.start, pos)
            )
            or _KIN_OPENS.search(self.masked, last, para.start)
        ):
            # "Primakov's stepfather, a railway engineer, was arrested. ¶ For two years the
            # engineer wrote …. “…,” he wrote", "Her mother was deported …. ¶ …, she told":
            # someone since, by relation or trade (not one's own role: "the ambassador")
            return None
        return person

    def _unnamed_subject(self, lo: int, hi: int, said: str) -> bool:
        """Whether someone unnamed is a subject in [lo, hi) who may be the "he"/"she" of sex
        ``said``: not one whose own sentence goes on to "her"/"him" of that sex ("A deputy
        minister called her the next morning. ¶ “…,” she recalled": the one called), nor
        one the sentence names after all."""
        obj = {"f": "her", "m": "him"}.get(said)
        for m in UNNAMED_SUBJECT.finditer(self.masked, lo, hi):
            end = SENTENCE_END.search(self.masked, m.end(), hi)
            stop = end.start() if end else hi
            if any(
                _NAMED_AS.search(self.masked, m.end(), n.span.start)
                for n in self.between(m.end(), stop)
            ):
                continue  # "A forwarder who gave only his first name, Sergei, has …": named
            rest = self.masked[m.end() : stop]
            if obj is None or not re.search(rf"{_CONTACTED}\s+{obj}\b(?!\s+own\b)", rest):
                return True
        return False

    def _alone_in_sentence(self, m: Mention) -> bool:
        """Whether ``m``'s sentence names nobody but ``m``'s person."""
        para = self.doc.paragraph_at(m.span.start)
        if para is None:
            return False
        start = para.start
        for end in SENTENCE_END.finditer(self.masked, para.start, m.span.start):
            start = end.end()
        end = SENTENCE_END.search(self.masked, m.span.end, para.end)
        stop = end.end() if end else para.end
        return all(o.person == m.person for o in self.between(start - 1, stop))

    def _mid_tag_before(self, pos: int, para: Paragraph, said: str) -> int | None:
        """Where the "he"/"she" of sex ``said`` of a tag set off in the middle of the
        sentence before stands ("Putin, he pointed out, had raised it")."""
        before = self._sentence_before(pos, para)
        if before is None:
            return None
        tag = _TAG_AFTER_SUBJECT.search(self.masked, *before)
        if tag is None:
            return None
        at = re.search(r"\b(?:he|she)\b", self.masked[tag.start() : tag.end()])
        if at is None or ("f" if at.group() == "she" else "m") != said:
            return None
        return tag.start() + at.start()

    def _pronoun_before(self, pos: int, para: Paragraph, said: str) -> int | None:
        """Where the "he"/"she" of sex ``said`` that opens the sentence before ``pos`` (in
        its paragraph) stands, when that sentence asks nobody ("He asked him …")."""
        before = self._sentence_before(pos, para)
        if before is None:
            return None
        start, end = before
        opening = re.match(r"\s*(He|She)\b", self.masked[start:end])
        if opening is None or ("f" if opening.group(1) == "She" else "m") != said:
            return None
        if ASKED_SOMEONE.search(self.masked, start, end):
            return None
        return start + opening.start(1)

    def _ends_before(self, pos: int, para: Paragraph) -> list[int]:
        """Where the sentences of ``para`` that end before ``pos`` end."""
        return [m.end() for m in SENTENCE_END.finditer(self.masked, para.start, pos)]

    def _sentence_before(self, pos: int, para: Paragraph) -> tuple[int, int] | None:
        """[start, end) of the sentence before the one at ``pos``, in its paragraph."""
        ends = self._ends_before(pos, para)
        if not ends:
            return None
        return (ends[-2] if len(ends) >= 2 else para.start), ends[-1]

    def _named_since(self, pos: int) -> bool:
        """Whether someone other than the last speaker is named between the last credited
        statement and ``pos`` ("“…” — Ken Jimbo ¶ His colleague Yoko Hirose … She added:")."""
        return any(m.person != self.last_speaker for m in self.between(self.last_close, pos))

    def _fits(self, person: str, said: str) -> bool:
        return self.genders.get(person, "?") in ("?", said)

    def _subject_before(self, pos: int, para: Paragraph) -> Mention | None:
        """The person who is the subject of the sentence before the one at ``pos`` (in the
        same paragraph): "Zhou Bo … regrets …. In his words: “…”"."""
        ends = self._ends_before(pos, para)
        if not ends:
            return None
        start = ends[-2] if len(ends) >= 2 else para.start
        if ASKED_SOMEONE.search(self.masked, start, ends[-1]):
            return self._the_one_asked(para, ends)
        subject = self.subject_of_sentence(ends[-1] - 1, para, start)
        if subject is None:
            return None
        if _SPEAKS_AFTER.match(self.masked, subject.span.end):
            # "Radchenko believes the harbour mattered more to Mao …. “…,” he said": the
            # sentence is his view; whom it names are what he speaks of
            return subject
        if any(
            m.person != subject.person
            and not _POSSESSIVE_AFTER.match(self.masked, m.span.end)
            and not IN_APPOSITION.fullmatch(self.masked, subject.span.end, m.span.start)
            and not _IN_WHO_CLAUSE.fullmatch(self.masked, subject.span.end, m.span.start)
            for m in self.between(subject.span.start, ends[-1])
        ):
            return None  # "X met Y. He said": two could be meant ("Unlike Y, X …": X)
        return subject

    def _title_before(self, pos: int, para: Paragraph, said: str) -> str | None:
        """The person "the ambassador" means when the sentence before the pronoun's opens
        with that title and names nobody: the one whose stated role it is."""
        before = self._sentence_before(pos, para)
        if before is None:
            return None
        start, end = before
        opening = THE_TITLE.match(self.masked, start, end)
        if opening is None or self.between(start - 1, end):
            return None
        title = opening.group("title")
        person = self.role(opening.start("title"), said, title)
        if person is not None and re.search(r"\b[A-Z]", title) and not self.roles.get(person):
            return None  # "The Gazprom chief": not one the text gave no role at all
        return person if person is not None and self._fits(person, said) else None

    def _title_opens_before(self, pos: int, para: Paragraph) -> bool:
        """Whether the sentence before the pronoun's opens with a title ("The Gazprom chief
        disagrees.") and names nobody: the pronoun is that title's holder."""
        before = self._sentence_before(pos, para)
        if before is None:
            return False
        start, end = before
        return THE_TITLE.match(self.masked, start, end) is not None and not self.between(
            start - 1, end
        )

    def _the_one_asked(self, para: Paragraph, ends: list[int]) -> Mention | None:
        """ "Economy … agreed with that. Shaheen asked her whether …. “…,” she said": the
        one asked answers — the subject of the sentence before the question, when the
        asker is someone else and nobody else is named in the two sentences."""
        if len(ends) < 2:
            return None
        start = ends[-3] if len(ends) >= 3 else para.start
        asked = self.subject_of_sentence(ends[-2] - 1, para, start)
        asker = self.subject_of_sentence(ends[-1] - 1, para, ends[-2])
        if asked is None or asker is None or asked.person == asker.person:
            return None
        named = {m.person for m in self.between(start - 1, ends[-1])}
        return asked if named == {asked.person, asker.person} else None

    def _added_subject(self, pos: int, para: Paragraph) -> Mention | None:
        """ "“…,” he added.": the subject of the sentence before, in this paragraph or, when
        the pronoun's sentence opens its paragraph, the last sentence of the one before
        ("Austin argued that …, thanking X and Y. ¶ “…,” he added." is Austin's)."""
        starts = [m.end() for m in SENTENCE_END.finditer(self.masked, para.start, pos)]
        if starts:
            end = starts[-1]
            start = starts[-2] if len(starts) >= 2 else para.start
            return self.subject_of_sentence(end - 1, para, start)
        if para.index == 0:
            return None
        prev = self.doc.paragraphs[para.index - 1]
        if prev.kind != "body":
            return None
        start = prev.start
        for m in SENTENCE_END.finditer(self.masked, prev.start, prev.end - 1):
            start = m.end()
        return self.subject_of_sentence(prev.end, prev, start)

    def subject_of_sentence(
        self, pos: int, para: Paragraph, start: int | None = None
    ) -> Mention | None:
        """ "Wang, speaking alongside Murat Nurtleu, said … what he called": a "he" later in
        a sentence whose subject is a person is that person."""
        text = self.doc.text
        if start is None:
            start = para.start
            for end in SENTENCE_END.finditer(text, para.start, pos):
                start = end.end()
        lead = text[start:pos]
        if not lead.strip() or re.match(r"\s*(?:He|She)\b", lead):
            return None
        named = self.between(start - 1, pos)
        for k, first in enumerate(named):
            # "Unlike Vance, who …, Andrii Sybiha built …": past an opening clause's names
            if leads_to_subject(text[start : first.span.start].lstrip()):
                subject = past_possessor(text, first, named[k:])
                if _TAG_AFTER_SUBJECT.match(self.masked, subject.span.end):
                    return None  # "Putin, he pointed out, had …": the sentence is his
                return subject
        return None


# ", he said, ": a tag set off by commas in the middle of a sentence.
_MID_TAG = re.compile(r"(?:he|she)\s+(?:said|says|added|argued|argues|noted|recalled|insisted)\s*,")


# "Asked by Lukyanov whether …, he replied": the asker opens the sentence.
_ASKED_BY = re.compile(r"[\s”’\"]*(?:When\s+)?[Aa]sked\s+by\s+")


# A sentence that opens with a title and "the": "The ambassador, when …, smiled."
THE_TITLE = re.compile(
    r"\s*The\s+(?P<title>(?:[A-Za-z’'-]+\s+){0,2}?(?:ambassador|minister|professor|envoy|"
    r"senator|premier|president|chancellor|scholar|historian|economist|analyst|researcher|"
    r"academic|sinologist|diplomat|spokesman|spokeswoman|spokesperson|director|dean|general|"
    r"admiral|governor|mayor|editor|chief|head|chairman|chairwoman|executive|founder))\b"
    r"(?![’'-])"
)


# A subject's verb of stating a view right after its name ("Radchenko believes", "Gabuev,
# a fellow at Carnegie, has long argued"); not one of asking, telling or accepting, whose
# object may be the one who answers ("Gabuev asked Lavrov whether …").
_VIEW_VERBS = (
    r"says|said|argues|argued|believes|believed|thinks|thought|writes|wrote|notes|noted|"
    r"contends|contended|maintains|maintained|insists|insisted|expects|expected|fears|feared|"
    r"doubts|doubted|predicts|predicted|suggests|suggested|concludes|concluded|"
    r"observes|observed|estimates|estimated|reckons|reckoned"
)
_SPEAKS_AFTER = re.compile(rf"\s*(?:,[^,;:“”]{{1,80}},)?\s+{BEFORE_VERB}(?:{_VIEW_VERBS})\b")

# "Sanjaya Baru, the former media adviser to Prime Minister Manmohan Singh, …", "Kim Yo
# Jong, a party official and the sister of leader Kim Jong Un, …": someone named in the role
# set off after the subject (whose adviser, whose sister) is not who acts.
IN_APPOSITION = re.compile(
    r",\s*(?:the|a|an|his|her)\s+[^,.;:“”\"()]{0,90}?\b(?:adviser|advisor|aide|assistant|"
    r"deputy|spokes(?:man|woman|person)|secretary|wife|husband|son|daughter|sister|brother|"
    r"mother|father|widow|interpreter|envoy|press secretary|chief of staff|successor|"
    r"predecessor|biographer)\s+(?:to|of|for|under)\s+"
    r"(?:(?:the\s+)?(?:late\s+)?(?:leader|president|premier|chairman|general)\s+)?"
    r"(?:(?:the\s+)?[A-Z][\w.’'-]*\s+){0,4}"
)

# "Raffaello Pantucci of RSIS, who co-wrote a book with Alexandros Petersen, has warned …":
# someone named inside the subject's who-clause is not who acts.
_IN_WHO_CLAUSE = re.compile(r"[^,;:“”\"()]{0,80},\s*who\s[^;:“”\",]*")

# "Tokayev's foreign policy": a name that owns a thing, not someone who acts.
_POSSESSIVE_AFTER = re.compile(r"[’']s\s+(?!(?:been|got|gone|said|told|had)\b)")


# "President Putin, he pointed out, had raised it": someone else's tag after the subject.
_TAG_AFTER_SUBJECT = re.compile(rf"\s*,\s*(?:he|she)\s+(?:{VERBS})\s*,")


# A paragraph that goes on about someone of one sex, naming nobody: the way a profile speaks
# of its subject for paragraphs on end.
_SEX_PRONOUN = {
    "f": re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b"),
    "m": re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Hh]imself)\b"),
}
_NEVER = re.compile(r"(?!)")
# "called her", "wrote to him": the unnamed one acts on another ("her own first visit", "who
# sat beside her", "who has known him" are no such act).
_CONTACTED = (
    r"\b(?:called|phoned|rang|told|asked|visited|met|emailed|texted|contacted|thanked|invited|"
    r"warned|praised|critici[sz]ed|reprimanded|summoned|wrote\s+to|came\s+to\s+see)"
)
# "… by his first name, Sergei", "named Ivan": what names the one just spoken of.
# (not the verbs: "an official who called Sergei Lavrov", "a diplomat who named Wang Yi as
# the key", "had called")
_NAMED_AS = re.compile(
    r"\b(?<!who )(?<!had )(?<!has )(?<!have )(?:name|named|called)(?:\s+only)?(?:\s+as)?\s*,?\s*$"
)
# Someone the text speaks of by relation or trade, not by name: "Her mother", "Primakov's
# stepfather", "our reporter".
_WHOSE = r"(?:[Hh]is|[Hh]er|[A-Z][\w-]+[’']s)\s+"
_KIN = (
    r"(?:step)?(?:father|mother|brother|sister|wife|husband|son|daughter|grandfather|"
    r"grandmother|uncle|aunt)"
)
_SOMEONE_ELSE = re.compile(
    rf"\b{_WHOSE}(?:{_KIN}|teacher|mentor|friend|rival|successor|predecessor|deputy|driver|"
    r"bodyguard)\b|\b[Oo]ur\s+(?:reporter|correspondent)"
)
# A sentence whose subject is someone by relation or the paper's own: "Her mother was
# deported in 1949", "Our reporter spent a day …".
_KIN_OPENS = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:{_WHOSE}{_KIN}\b|[Oo]ur\s+(?:reporter|correspondent)\b)"
)
# A photo's caption left among the paragraphs: "… Photo: Steppe Quarterly archive."
_CAPTION_LIKE = re.compile(r"\b(?:Photo|Photograph|Picture|Image)\s*(?::|by\b)")
# "the engineer": someone spoken of by trade, anywhere in a sentence (one, not "the
# interpreters").
_THE_ONE = re.compile(
    rf"\b[Tt]he\s+{_UNNAMED}(?<!s)\b|\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:engineer|guard|soldier|officer|doctor|teacher|priest|driver|worker|farmer|sailor)\b"
)
# A word outside every quotation (their words are masked with "_").
_OUTSIDE_QUOTES = re.compile(r"[^\W_]")


# "Putin’s spokesman Dmitry Peskov", "Jimbo’s Keio colleague Yoko Hirose": a possessive, a
# few words of role and the name that is the subject.
_POSSESSOR_OF = re.compile(r"[’']s?\s+(?:[\w-]+\s+){1,4}")


def row_credit(res: Resolver, para: Paragraph, at: int, close: int) -> str | EllipsisType | None:
    """The speaker of a quote opening at ``at`` (closing at ``close``) in a table row (cells
    joined by " | "): the one person an earlier cell opens with ("Elvira Nabiullina | Bank
    of Russia | “…”"), or nobody; ``...`` when the quote's own cell says more than the quote
    (a tag, a name: "“…,” said Xi Jinping"), for the ordinary rules to read."""
    text = res.doc.text
    cell = text.rfind(" | ", para.start, at)
    end = text.find(" | ", close, para.end)
    before = text[cell + 3 if cell >= 0 else para.start : at]
    after = text[close + 1 : end if end >= 0 else para.end]
    if any(re.search(r"[A-Za-z]{2}", part) for part in (before, after)):
        lo, hi = (cell + 3 if cell >= 0 else para.start), (end if end >= 0 else para.end)
        # a tag naming someone ("“…,” said Xi Jinping") is read as usual; one naming
        # nobody ("Chinese envoy replied: “…”") leaves the words nobody's
        return ... if res.within(lo, hi) else None
    if cell < 0:
        return None
    starts = {para.start} | {
        para.start + m.end() for m in re.finditer(r" \| ", text[para.start : cell])
    }
    named = [
        m for m in res.within(para.start, cell) if not _POSSESSIVE_AFTER.match(text, m.span.end)
    ]
    if not any(m.span.start in starts for m in named):
        return None  # "12 May | Meeting with Wang Yi": no cell is a person's
    if len({m.person for m in named}) != 1 or any(m.ambiguous for m in named):
        return None  # "Vasily Kashin and Alexander Gabuev | …": either
    return res.speaker(named[0])


def past_possessor(text: str, first: Mention, named: list[Mention]) -> Mention:
    """The subject a sentence opens with: not the owner in "X’s spokesman Y", but Y."""
    for later in named[1:]:
        if later.person == first.person:
            continue
        gap = _POSSESSOR_OF.fullmatch(text, first.span.end, later.span.start)
        return later if gap and not re.search(r"[,;:.]", gap.group()) else first
    return first


# "Lithuania’s Foreign Minister Gabrielius Landsbergis, leaving the meeting, was scathing: “…”"
# — a sentence whose subject is a person, ending with a colon and the quote.
SUBJECT_LEAD = re.compile(
    r"(?:(?:[A-Z][\w’'.-]*|the|a|an|and|his|her|its|their|another|former|then|deputy|foreign|"
    r"prime|chief|senior|top|vice|elder|younger|brother|sister|wife|husband|son|daughter|"
    r"father|mother|colleague|boss|aide|"
    # ("South Korea's foreign minister, Cho Hyun, told": the role set off before the name)
    rf"(?:[a-z][\w-]*\s+){{0,2}}(?:{ROLE_HEADS})s?,?)\s+){{0,6}}",
)


# What may stand before a sentence's subject: "In fact, the director of CICIR’s Institute of
# Eurasian Studies, Ding Xiaoxing …", "Like many others in China, Zhou Bo …" — but not a
# word that makes the name an object ("After meeting Wang Yi, …", "Unlike Lavrov, …").
NOT_BEFORE_SUBJECT = re.compile(
    r"\b(?:with|to|by|from|for|of|about|on|at|in|alongside|against|meeting|met|and|or|than|"
    r"like|unlike|after|before|toward|towards|beside|between|among|under|over|behind|"
    r"including|calls|called|asked|told|thanked|urged|praised|criticised|criticized)\s+$",
    re.IGNORECASE,
)


# "Kremlin officials, including spokesman …", "Several analysts, among them …", "Experts such
# as …": the name is one of a group, and the group is the sentence's subject.
ONE_OF_MANY = re.compile(
    r"\b(?:including|among them|among whom|such as|notably)\s+(?:[\w’'.-]+\s+){0,5}$",
    re.IGNORECASE,
)


def leads_to_subject(lead: str) -> bool:
    """Whether ``lead`` may stand before a sentence's subject: title words ("Kazakh Foreign
    Minister"), or an opening clause and a comma, perhaps then title words ("After the vote,
    opposition leader"); not a word that makes what follows an object ("Unlike ")."""
    if NOT_BEFORE_SUBJECT.search(lead) or ONE_OF_MANY.search(lead):
        return False
    lead = without_post_number(lead)  # "7/ Temur Umarov …": a thread's post
    if SUBJECT_LEAD.fullmatch(lead) is not None:
        return True
    cut = lead.rfind(",")
    if cut < 0:
        return False
    clause, rest = lead[: cut + 1], lead[cut + 1 :].lstrip()
    quoted = re.search(r"[“”\"]", clause) is not None
    if quoted and not (_CONTRAST.match(clause) and clause.count("“") == clause.count("”")):
        return False  # "“…,” Lin said, …": a quote and its tag, no opening clause
    return (
        len(clause) <= 160
        and SUBJECT_LEAD.fullmatch(rest) is not None
        and not NOT_BEFORE_SUBJECT.search(clause)
        and not re.search(r"[;:]", clause)
    )


# "Unlike Medvedev, who calls the treaty “a lesson”, Tertitskiy …": a clause of contrast.
_CONTRAST = re.compile(r"\s*(?:Unlike|Like|As with|Much as|Whereas)\b")


def genders(people: Sequence[Person]) -> dict[str, str]:
    """ "m" or "f" for a person whose first name says so (never for a Chinese name, whose
    first word is the surname)."""
    out: dict[str, str] = {}
    for p in people:
        words = p.name.split()
        if len(words) >= 2 and not looks_chinese_name(words):
            out[p.id] = gender_of(words[0])
        if out.get(p.id, "?") == "?":
            # "Kim Yo Jong, the sister of leader Kim Jong Un": a role of kinship tells it
            kin = {_KIN_SEX[m.group(1)] for r in p.roles for m in _KIN_ROLE.finditer(r.text)}
            if len(kin) == 1:
                out[p.id] = kin.pop()
    return out


# "her" before the noun it owns ("used her briefing"), not "her" as an object ("did not
# receive her.", "told her that", "gave her a chance")
_POSSESSIVE_HER = re.compile(
    r"\bher\s+(?!(?:to|and|or|the|a|an|that|in|on|at|for|with|as|from|by|of|about|when|if|"
    r"but|because|so|than|what|how|why|again|too|once|twice|back|up|down|out|off|over|it|this|"
    r"these|those|his|their|our|my|your|some|any|no)\b)[a-z]"
)


_KIN_SEX = {
    **dict.fromkeys(("sister", "wife", "daughter", "mother", "widow", "niece", "aunt"), "f"),
    **dict.fromkeys(("brother", "husband", "son", "father", "widower", "nephew", "uncle"), "m"),
}
_KIN_ROLE = re.compile(rf"\b({'|'.join(_KIN_SEX)})\s+(?:of|to)\b", re.IGNORECASE)


def holds(title: str, roles: str) -> bool:
    """Whether stated roles (folded) hold a title: the title itself ("secretary of state"),
    or every word of it ("the Fudan professor": "a professor at Fudan University")."""
    folded = title.casefold()
    if folded in roles:
        return True
    words = set(re.findall(r"[\w-]+", roles))
    return all(w in words for w in re.findall(r"[\w-]+", folded) if w not in _TITLE_GLUE)


def _may_hold(title: str, roles: str) -> bool:
    """Whether the one person a title could refer to is not ruled out by it: every
    capitalised word of the title ("the Fudan professor", "the Kremlin spokesman"; not an
    owner's: "the EU's foreign policy chief") is in their stated roles, when they have any."""
    names = [w.casefold() for w in re.findall(r"\b[A-Z][\w-]*\b(?![’']s)", title)]
    if not names or not roles:
        return True
    words = set(re.findall(r"[\w-]+", roles))
    return all(w in words for w in names)


# "The former diplomat chose his words carefully" after an ambassador is named: the roles
# that make someone one of these (a word of the kind, not the kind's own word).
_KINDS_OF = {
    "diplomat": r"\b(?:ambassador|envoy|consul|attach[ée]|charg[ée] d['’]affaires|"
    r"foreign minister|minister of foreign affairs|foreign secretary|secretary of state|"
    r"special representative)\b",
    "official": r"\b(?:minister|spokes(?:man|woman|person)|press secretary|secretary of state|"
    r"commissioner|"
    r"governor|ambassador|envoy)\b",
    "executive": r"\b(?:chief executive|ceo|managing director)\b",
}


# From the holder's name to the counterpart's: "Wang Yi, and his Uzbek counterpart, ".
_AND_COUNTERPART = re.compile(
    r"(?:\s*\([^()]*\))?\s*,?\s+(?:and|met|with|received|hosted)\s+(?:his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}counterparts?,?\s+(?:[A-Z][\w.-]*\s+){0,2}"
)
# "his Uzbek counterpart, Bakhtiyor Saidov": one who holds the same office as another.
_COUNTERPART_BEFORE = re.compile(r"\bcounterparts?,?\s+(?:[A-Z][\w.-]*\s+){0,2}$")


_TITLE_GLUE = frozenset({"the", "a", "an", "of", "for", "and", "at"})
