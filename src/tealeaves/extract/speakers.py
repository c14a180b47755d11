"""English speaker rules: who a name, a surname or "he"/"she" next to a quote refers to.

A statement is credited only when its sentence says who spoke: the subject of a verb of
saying before or after the quote ("As X noted: “…”", "“…”, X argues", "“…,” said X",
"according to X"), a dash credit ("“…” - X, Tsinghua University"), the subject of a sentence
that a colon ends, "he adds" after X, or a statement that directly continues a credited one.
A pronoun is someone only when one person of that sex can be meant. Nobody is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tealeaves.extract.attribution import Mentions
from tealeaves.extract.cues import VERBS
from tealeaves.extract.names import HAN, gender_of, looks_chinese_name
from tealeaves.extract.roles import ROLE_HEADS
from tealeaves.extract.spans import SENTENCE_END, QuoteSpan
from tealeaves.model import Document, Mention, Paragraph, Person

_VERB = re.compile(rf"\b(?:{VERBS})\b")
_TAIL = re.compile(
    r"(?:\s+(?:\w+ly|once|also|further|then|later|again|recently|last (?:year|month|week)|"
    r"in (?:English|Chinese|Russian|\d{4})|\([^()]*\)|at the time|at length|in an interview|"
    r"in a (?:speech|paper|piece|statement|recent \w+)))*"
    r"\s*(?:,\s*(?:but|and)\s*)?(?:,\s*)?(?:that\s*)?(?:,\s*)?[,:]?\s*$"
)
_PRONOUN = re.compile(r"(?<!/)\b(?:he|she|He|She)\b(?!/)")  # not "he/she": nobody in particular
# Verbs that frame someone's words without being next to them: "what Zhao calls “…”",
# "he describes X as an empty “…”", "Wei characterized relations as “…”".
FRAMING = (
    r"calls|called|describes|described|characteri[sz]es|characteri[sz]ed|labels|labell?ed|"
    r"dubs|dubbed|terms|termed|refers to|referred to|calls on|called on|calls for|"
    r"called for|asks|asked|tells|told|urges|urged|warns|warned|praises|praised|describing|"
    r"calling|labell?ing|dubbing|terming|characteri[sz]ing|promised|promises|pledged|vowed|"
    r"telling"
)
_FRAMING = re.compile(rf"\b(?:{FRAMING})\b")
# Between a subject and its verb: an auxiliary or an adverb, nothing else.
_SUBJECT_GAP = re.compile(
    r"(?:[’']s)?\s*(?:[(（][^()（）]*[)）])?\s*,?\s*(?:(?:has|have|had|also|thus|then|once|\w+ly|"
    r"likes to|liked to|used to|went on to|would|will|was quick to|did not)\s+)*"
)
# "he added", "she went on": the same speaker as the statement before.
_CONTINUING = re.compile(
    r"\s+(?:also\s+|then\s+|later\s+)?(?:added|adds|continued|continues|went on)\b"
)
# A capitalised word the extractor does not know as a person, as the subject of a verb.
_UNKNOWN_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+|,\s+|\band\s+)(?!He\b|She\b|The\b|It\b|They\b|This\b|That\b|But\b)"
    r"[A-Z][a-zà-ÿ]+(?:\s+[A-Z][a-zà-ÿ-]+){0,3}(?:[’']s)?\s+(?:(?:also|later|then|now|still)\s+)?"
    r"(?:thinks|believes|says|said|told|met|received|argues|argued|insists|insisted|spoke|"
    r"replied|answered|disagrees|disagreed|agrees|agreed|laughs|laughed|shrugs|shrugged)\b"
)
# What a person the text does not name is called: "a senior European diplomat", "one
# researcher at a think tank", "another official".
_UNNAMED = (
    r"(?:[\w’'-]+\s+){0,4}?"
    r"(?:diplomat|official|researcher|analyst|scholar|expert|source|person|officer|adviser|"
    r"advisor|aide|insider|member|professor|banker|trader|executive|economist|observer|"
    r"journalist|reporter|student|resident|soldier|businessman|businesswoman|activist|"
    r"driver|engineer|worker|farmer|negotiator|delegate|participant|spokesman|spokeswoman|"
    r"spokesperson)s?\b"
)
# Someone the text does not name as a sentence's subject: "A European diplomat …", and the
# tags that come after the words, ", a Kazakh customs official conceded", "said one banker".
_UNNAMED_SUBJECT = re.compile(
    rf"(?:^|[.!?]\s+|\n)(?:A|An|One|Another)\s+{_UNNAMED}"
    rf"|,\s+(?:a|an|one|another)\s+{_UNNAMED}(?:\s+[\w’'-]+){{0,4}}?\s+"
    rf"(?:{VERBS}|conceded|admitted|insisted)\b"
    rf"|\b(?:{VERBS}|conceded|admitted|insisted)\s+(?:a|an|one|another)\s+{_UNNAMED}"
)
_DASH_AFTER = re.compile(r"[\s,.?!]*(?:-{1,2}|[–—])\s*")
_HIS_WORDS = re.compile(
    r"(?:\b(?:[Ii]n|[Tt]o use) (?:his|her) (?:own )?words\s*[:,]?\s*$)|(?:\b(?:His|Her|his|her) "
    r"(?:\w+ )?(?:line|lines|words|message|verdict|answer|reply|point|conclusion|warning|"
    r"advice|retort|summary)\s*(?:was|is)?\s*[:,]?\s*$)"
)
_IN_HIS_WORDS = re.compile(r"\s*(?:In|To use) (his|her) (?:own )?words\s*,")
_NAMES_WORDS = re.compile(
    r"[’']s\s+(?:\w+\s+)?(?:line|lines|words|message|verdict|answer|reply|point|conclusion|"
    r"warning|advice|retort|summary)\s*(?:was|is)?\s*:\s*$"
)
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+$")


# "Shaheen asked her whether …": a second person of that sex, named by a pronoun only.
_ASKED_SOMEONE = re.compile(
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
        last = named[-1]
        end = SENTENCE_END.search(self.masked, last.span.end, pos)
        stop = end.end() if end else pos
        if any(m.person != person for m in self.between(last.span.end, stop)):
            return "?"
        words = set(
            re.findall(
                r"\b(?:he|his|him|she|her|hers)\b", self.masked[last.span.end : stop].casefold()
            )
        )
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
        subject = self._subject_of_sentence(pos, para) or self._subject_before(pos, para)
        if subject is not None and not subject.ambiguous and self._fits(subject.person, said):
            return subject.person
        if subject is None and depth < 3:
            chained = self._pronoun_before(pos, para, said)
            if chained is not None:  # "He told Wu that …. “…,” he said.": the same "he"
                return self._pronoun(chained, depth + 1)
        if subject is None and not SENTENCE_END.search(self.masked, para.start, pos):
            # "Li Xin told me that …. ¶ “…,” he said.": the paragraph before ends on him
            last = self._added_subject(pos, para)
            if (
                last is not None
                and not last.ambiguous
                and self._alone_in_sentence(last)
                and (
                    self.genders.get(last.person, "?") == said
                    or self._sex_in_text(last.person, pos) == said
                )
            ):
                return last.person
        word_end = pos + (3 if said == "f" else 2)
        if _CONTINUING.match(self.doc.text, word_end):  # "he added": who went on
            added = self._added_subject(pos, para)
            if added is not None and not added.ambiguous and self._fits(added.person, said):
                return added.person
            if self.last_speaker is not None and not self._named_since(pos):
                return self.last_speaker if self._fits(self.last_speaker, said) else None
        return self.only_one_named(pos, para, said)

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
            named = {m.person for m in self.between(floor - 1, pos) if not m.ambiguous}
            holders = {p for p in named if title.casefold() in self.roles.get(p, "")}
            if len(holders) == 1:
                return holders.pop()
            if holders:
                return None  # two secretaries of state: either could be meant
        return self.only_one_named(pos, para, said)

    def only_one_named(self, pos: int, para: Paragraph, said: str) -> str | None:
        """The one person of sex ``said`` ("m", "f" or "?") named in this paragraph before
        ``pos`` (or, when none is, in the paragraph or two before); nobody when two could be
        meant, or someone the text names without our knowing them stands between."""
        window = self.between(para.start - 1, pos)
        for back in (1, 2):
            if window or para.index < back:
                break
            window = self.between(self.doc.paragraphs[para.index - back].start - 1, pos)
        if any(m.ambiguous for m in window):
            return None
        fitting = {m.person for m in window if said == "?" or self._fits(m.person, said)}
        if len(fitting) != 1:
            return None
        (person,) = fitting
        lo = min(m.span.start for m in window)
        para_start = self.doc.paragraph_at(lo).start if self.doc.paragraph_at(lo) else lo
        for unknown in _UNKNOWN_SUBJECT.finditer(self.doc.text, para_start, pos):
            if not self.between(unknown.start() - 1, unknown.end()):
                return None  # "Batbayar thinks …": someone we do not know could be meant
        if _UNNAMED_SUBJECT.search(self.masked, max(lo, para.start) - 1, pos):
            return None  # "A European diplomat … offered advice. “…,” he said."
        return person

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

    def _pronoun_before(self, pos: int, para: Paragraph, said: str) -> int | None:
        """Where the "he"/"she" of sex ``said`` that opens the sentence before ``pos`` (in
        its paragraph) stands, when that sentence asks nobody ("He asked him …")."""
        ends = [m.end() for m in SENTENCE_END.finditer(self.masked, para.start, pos)]
        if not ends:
            return None
        start = ends[-2] if len(ends) >= 2 else para.start
        opening = re.match(r"\s*(He|She)\b", self.masked[start : ends[-1]])
        if opening is None or ("f" if opening.group(1) == "She" else "m") != said:
            return None
        if _ASKED_SOMEONE.search(self.masked, start, ends[-1]):
            return None
        return start + opening.start(1)

    def _named_since(self, pos: int) -> bool:
        """Whether someone other than the last speaker is named between the last credited
        statement and ``pos`` ("“…” — Ken Jimbo ¶ His colleague Yoko Hirose … She added:")."""
        return any(m.person != self.last_speaker for m in self.between(self.last_close, pos))

    def _fits(self, person: str, said: str) -> bool:
        return self.genders.get(person, "?") in ("?", said)

    def _subject_before(self, pos: int, para: Paragraph) -> Mention | None:
        """The person who is the subject of the sentence before the one at ``pos`` (in the
        same paragraph): "Zhou Bo … regrets …. In his words: “…”"."""
        ends = [m.end() for m in SENTENCE_END.finditer(self.masked, para.start, pos)]
        if not ends:
            return None
        start = ends[-2] if len(ends) >= 2 else para.start
        if _ASKED_SOMEONE.search(self.masked, start, ends[-1]):
            return self._the_one_asked(para, ends)
        subject = self._subject_of_sentence(ends[-1] - 1, para, start)
        if subject is None or any(
            m.person != subject.person and not _POSSESSIVE_AFTER.match(self.masked, m.span.end)
            for m in self.between(subject.span.start, ends[-1])
        ):
            return None  # "X met Y. He said": two could be meant ("Unlike Y, X …": X)
        return subject

    def _the_one_asked(self, para: Paragraph, ends: list[int]) -> Mention | None:
        """ "Economy … agreed with that. Shaheen asked her whether …. “…,” she said": the
        one asked answers — the subject of the sentence before the question, when the
        asker is someone else and nobody else is named in the two sentences."""
        if len(ends) < 2:
            return None
        start = ends[-3] if len(ends) >= 3 else para.start
        asked = self._subject_of_sentence(ends[-2] - 1, para, start)
        asker = self._subject_of_sentence(ends[-1] - 1, para, ends[-2])
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
            return self._subject_of_sentence(end - 1, para, start)
        if para.index == 0:
            return None
        prev = self.doc.paragraphs[para.index - 1]
        if prev.kind != "body":
            return None
        start = prev.start
        for m in SENTENCE_END.finditer(self.masked, prev.start, prev.end - 1):
            start = m.end()
        return self._subject_of_sentence(prev.end, prev, start)

    def _subject_of_sentence(
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
            if _leads_to_subject(text[start : first.span.start].lstrip()):
                subject = _past_possessor(text, first, named[k:])
                if _TAG_AFTER_SUBJECT.match(self.masked, subject.span.end):
                    return None  # "Putin, he pointed out, had …": the sentence is his
                return subject
        return None


# "Tokayev's foreign policy": a name that owns a thing, not someone who acts.
_POSSESSIVE_AFTER = re.compile(r"[’']s\s+(?!(?:been|got|gone|said|told|had)\b)")
# "President Putin, he pointed out, had raised it": someone else's tag after the subject.
_TAG_AFTER_SUBJECT = re.compile(rf"\s*,\s*(?:he|she)\s+(?:{VERBS})\s*,")
# "Putin’s spokesman Dmitry Peskov", "Jimbo’s Keio colleague Yoko Hirose": a possessive, a
# few words of role and the name that is the subject.
_POSSESSOR_OF = re.compile(r"[’']s?\s+(?:[\w-]+\s+){1,4}")


def _past_possessor(text: str, first: Mention, named: list[Mention]) -> Mention:
    """The subject a sentence opens with: not the owner in "X’s spokesman Y", but Y."""
    for later in named[1:]:
        if later.person == first.person:
            continue
        gap = _POSSESSOR_OF.fullmatch(text, first.span.end, later.span.start)
        return later if gap and not re.search(r"[,;:.]", gap.group()) else first
    return first


def subject_before(res: Resolver, masked: str, lo: int, hi: int) -> str | None:
    """Speaker of a quote opening at ``hi`` whose sentence starts at ``lo``."""
    frame = masked[lo:hi]
    if _HIS_WORDS.search(frame):
        return res.pronoun(hi)
    own = _IN_HIS_WORDS.match(frame)
    if own and not _VERB.search(frame, own.end()):  # "In her words, the two are “…”"
        return res.pronoun(lo + own.start(1))
    owned = _NAMES_WORDS.search(frame)
    if owned:  # "Bordachev’s key line: “…”"
        owner = res.ending_at(lo + owned.start())
        if owner is not None:
            return res.speaker(owner)
    if _ACCORDING.search(frame):
        return None  # "according to" then the quote: no name between
    for m in reversed(list(_VERB.finditer(frame))):
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
        for p in _PRONOUN.finditer(frame, 0, m.start()):
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


def framing_subject(
    res: Resolver, masked: str, lo: int, hi: int, close_at: int
) -> str | None:
    """Speaker of a quote opening at ``hi`` (closing at ``close_at``) whose sentence (from
    ``lo``) is someone's framing of it: "According to Wang, …“…”", or a person (or a
    sentence-opening "He") directly before a framing verb, with no dash, semicolon or open
    parenthesis between the verb and the quote; nobody when the quote is what is described
    ("described Russia’s “pivot to the East” as irreversible")."""
    frame = masked[lo:hi]
    acc = re.match(r"\s*According to\s+", frame)
    if acc:
        named = res.at(lo + acc.end())
        if named is not None and masked[named.span.end : named.span.end + 1] == ",":
            return _according_to(res, masked, named, hi)
    view = _IN_VIEW.match(frame)
    if view and not re.search(r"[;–—]", frame):  # "In Tellis’s view, the format is “…”"
        owner = res.ending_at(lo + view.end("name"))
        if owner is not None:
            return res.speaker(owner)
    words_of = _IN_WORDS_OF.match(frame)
    if words_of and not re.search(r"[;–—]", frame):  # "In the words of Janka Oertel, …"
        owner = res.at(lo + words_of.end())
        if owner is not None and _COMMA_AFTER.match(masked, owner.span.end):
            return res.speaker(owner)
    owned = _OWNED_WORDS.search(frame)
    if owned:  # "Macron’s warning, given in 2017, that “…”"
        owner = res.ending_at(lo + owned.start())
        if owner is not None:
            return res.speaker(owner)
    verbs = [
        v
        for v in (*_FRAMING.finditer(frame), *_VERB.finditer(frame))
        if not _POSSESSIVE_BEFORE.search(frame, 0, v.start())  # "Ricketts's remarks": a noun
    ]
    if not verbs:
        return None
    verb = max(verbs, key=lambda m: m.start())
    if _DESCRIBING.fullmatch(verb.group()) and _AS_AFTER.match(masked, close_at):
        return None  # "described Russia’s “pivot to the East” as irreversible": the thing
    between = frame[verb.end() :]
    if len(between) > 160 or re.search(r"[;–—]|\s-\s", between):
        return None
    if between.count("(") > between.count(")"):
        return None
    verb_at = lo + verb.start()
    pron = re.match(rf"\s*(?:He|She)\s+{_AUXILIARIES}$", frame[: verb.start()])
    if pron:
        return res.pronoun(lo + len(frame) - len(frame.lstrip()))
    # "…, which he calls “…”", "she had told": a pronoun right before the verb.
    pron = re.search(rf"(?<!/)\b(?:he|she)\s+{_AUXILIARIES}$", frame[: verb.start()])
    if pron:
        return res.pronoun(lo + pron.start())
    role = _ROLE_SUBJECT.match(frame[: verb.start()])
    if role:  # "The spokesman said …": the one person named before
        return res.role(lo + role.start(1), "f" if role.group(1).endswith("woman") else "?")
    if verb.group().endswith("ing"):
        # "… she repeated that doubt, calling it “…”": the clause's "he"/"she" frames them
        pron = _CLAUSE_BEFORE_PARTICIPLE.search(frame, 0, verb.start())
        if pron is not None and not res.between(lo + pron.start(), verb_at):
            return res.pronoun(lo + pron.start())
    mention = res.last_before(verb_at, lo)
    if mention is None:
        return None
    para = res.doc.paragraph_at(verb_at)
    subject = res._subject_of_sentence(verb_at, para, lo) if para is not None else None
    if subject is not None and _WHO_CLAUSE.fullmatch(masked, subject.span.end, verb_at):
        return res.speaker(subject)  # "Wang, who met Jaishankar for hours, said …"
    if _QUOTED_AS.fullmatch(masked, mention.span.end, verb_at) and _QUOTED_BY.search(
        masked, max(lo, mention.span.start - 12), mention.span.start
    ):
        return res.speaker(mention)  # "Xinhua quoted Wang as saying that “…”"
    if not is_subject(res, masked, mention, verb_at):
        return None
    return res.speaker(mention)


_DESCRIBING = re.compile(
    r"describes|described|describing|characteri[sz]e[sd]|characteri[sz]ing|labels|labell?ed|"
    r"labell?ing|calls|called|calling|terms|termed|terming|dubs|dubbed|dubbing"
)
_AS_AFTER = re.compile(r"[”’\"»]\s+as\b")


_AUXILIARIES = r"(?:(?:also|thus|had|has|have|would|will|\w+ly)\s+)*"
# "The spokesman said": a role noun with "the" as the sentence's subject.
_ROLE_SUBJECT = re.compile(
    r"(?:[^,;:“”]{0,80},)?\s*(?:The|the)\s+(?:[A-Za-z’'-]+\s+){0,3}?(chief|spokesman|spokeswoman|spokesperson|minister|"
    r"professor|ambassador|envoy|senator|premier|president|chancellor|scholar|historian|"
    rf"economist)\s+{_AUXILIARIES}$"
)
# "In Tellis’s view, ": whose view the rest of the sentence gives.
_IN_VIEW = re.compile(r"\s*In\s+(?P<name>.{2,60}?)[’']s?\s+(?:view|opinion|judgement|judgment),")
_COMMA_AFTER = re.compile(r"\s*(?:[(（][^()（）]*[)）])?,")
_IN_WORDS_OF = re.compile(r"\s*In the (?:words|view|opinion|judgement|judgment) of\s+")
# ", who met Jaishankar for three hours, ": a relative clause between a subject and its verb.
_WHO_CLAUSE = re.compile(
    r"\s*(?:[(（][^()（）]*[)）])?\s*,\s*who\s[^;:“”,]*,\s*(?:(?:also|then|\w+ly)\s+)*"
)
# "Macron’s warning, delivered to students in 2017, that": words owned by the name before.
_OWNED_WORDS = re.compile(
    r"[’']s?\s+(?:[a-z]+\s+)?(?:warning|remark|promise|pledge|claim|insistence|assurance|vow|"
    r"comment|complaint|argument|prediction|boast|admission|reminder|observation|quip|"
    r"verdict|plea|appeal)(?:\s*,[^,;:“”]{0,80},)?\s+that\s+$"
)
# "she repeated that view, ": a clause whose subject is "he"/"she", ended by a comma.
_CLAUSE_BEFORE_PARTICIPLE = re.compile(
    r"(?<![/\w])(?:he|she)\s+(?:(?:also|then|\w+ly)\s+)?[a-z]+(?:ed|s)\b[^;:,“”]*,\s*$"
)
_QUOTED_AS = re.compile(r"\s+as\s+")
_QUOTED_BY = re.compile(r"\b(?:quoted|quotes|quoting|cited|cites|citing)\s+$")


def _according_to(res: Resolver, masked: str, named: Mention, hi: int) -> str | None:
    """ "According to X, …“…”" (a quote opening at ``hi``): X's words, unless the clause
    after X has a verb of saying with a subject of its own ("According to X, Y told Z that
    “…”"): then that subject's, or nobody's when the subject is unnamed ("an adviser")."""
    verb = _VERB.search(masked, named.span.end + 1, hi)
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
_APPOSITIVE = re.compile(
    r"(?:\s*[(（\[][^()（）\[\]]*[)）\]])?,[^;]*,\s*"
    r"(?:(?:has|have|had|also|thus|once|then|later|again|long|now|still|often|even|"
    r"\w+ly)\s+)*"
)
# "Fidan smiled and said", "Lavrov paused, then added": a verb of the subject's before.
_AND_THEN = re.compile(
    r"\s+(?:(?:also|then|\w+ly)\s+)?[a-z]+(?:ed|s)(?:\s+[a-z]+){0,2},?\s+(?:and|then)\s+"
    r"(?:(?:then|also|\w+ly)\s+)?"
)
# "Tang Shiping (唐世平), a scholar at Fudan, describes how … and concludes that": the same
# subject for two verbs joined by "and".
_COORDINATED = re.compile(
    rf"(?:\s*[(（][^()（）]*[)）])?(?:,[^;]*,)?\s*(?:(?:also|\w+ly)\s+)*(?:{VERBS}|{FRAMING}|"
    r"describes|described|explains|explained)\b[^;]*\band\s+(?:(?:also|then|\w+ly)\s+)*"
)


def is_subject(res: Resolver, masked: str, mention: Mention, verb_at: int) -> bool:
    """Whether the person named by ``mention`` is the subject of the verb at ``verb_at``:
    only an auxiliary, an adverb, a bracket, an affiliation ("of Tsinghua University") or an
    appositive with no other name in it stands between them."""
    gap = masked[mention.span.end : verb_at]
    if masked.endswith(("Jr", "Sr"), 0, mention.span.end) and gap.startswith("."):
        gap = gap[1:]  # "Ferdinand Marcos Jr. said"
    if _QUOTING.search(gap):
        return False  # "X, quoting an adviser, said": the words are the adviser's
    if _QUOTED_ONE.search(masked, max(0, mention.span.start - 60), mention.span.start):
        # "X, citing the economist Y, added": Y's words, when the verb follows Y
        return bool(re.fullmatch(r"\s*(?:\[[^\]]*\]|\([^()]*\))?\s*,\s*(?:\w+ly\s+)?", gap))
    if _NOT_BEFORE_SUBJECT.search(masked[max(0, mention.span.start - 30) : mention.span.start]):
        return False  # "travelling with Fidan", "met Putin": an object, not the subject
    # "Jin Canrong（金灿荣）of Renmin University called": the native name, then the place
    native = re.match(r"\s*[(（][^()（）]*[)）]", gap)
    core = " " + gap[native.end() :].lstrip() if native else gap  # （…）of: no space needed
    of = _OF_PLACE.match(core)
    rest = core[of.end() :] if of else core
    if _SUBJECT_GAP.fullmatch(gap) or (of and _SUBJECT_GAP.fullmatch(rest)):
        return True
    if _AND_THEN.fullmatch(gap):
        return True  # "Fidan smiled and said"
    shape = _APPOSITIVE.fullmatch(gap) or _COORDINATED.fullmatch(gap)
    others = [m for m in res.between(mention.span.end, verb_at) if m.person != mention.person]
    return bool(shape) and not others


def subject_after(res: Resolver, masked: str, lo: int, hi: int) -> str | None:
    """Speaker named right after a quote that closes at ``lo`` (sentence ends at ``hi``)."""
    frame = masked[lo:hi]
    dash = _DASH_AFTER.match(frame)
    if dash:  # "“…” - Da Wei (达巍), Tsinghua University", as threads and digests credit
        return res.speaker(res.at(lo + dash.end()))
    lead = re.match(r"[\s,.?!]*", frame)
    pos = lo + (lead.end() if lead else 0)
    rest = masked[pos:hi]
    pron = re.match(r"(?:he|she)\s+(?:also\s+|later\s+|then\s+)?(?:" + VERBS + r")\b", rest)
    if pron:
        return res.pronoun(pos)
    named = res.at(pos)
    if named is None and masked[pos : pos + 1].isupper():
        # "“…,” Finnish Foreign Minister Elina Valtonen told reporters"
        first = res.first_in(pos, hi)
        if first is not None and _SUBJECT_LEAD.fullmatch(masked, pos, first.span.start):
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
            if named is not None:
                return res.speaker(named)
            word = re.match(r"[a-z][\w’'-]*,?\s+", masked[at:hi])  # "said his wife, X"
            if word is None:
                break
            at += word.end()
    acc = re.match(r"according to\s+", rest)
    if acc:
        return res.speaker(res.at(pos + acc.end()))
    role = _ROLE_TAG.match(rest)
    if role and not res.between(pos - 1, hi):  # "“…,” the secretary of state said."
        said = "f" if role.group("title").endswith("woman") else "?"
        return res.role(pos, said, role.group("title"))
    return None


# "the secretary of state said", "the Nato secretary general told reporters": a role as the
# subject of the tag after a quote.
_ROLE_TAG = re.compile(
    r"the\s+(?P<title>(?:[A-Za-z-]+\s+){0,3}?(?:spokesman|spokeswoman|spokesperson|minister|"
    r"secretary(?: of state| general|-general)?|professor|ambassador|envoy|senator|premier|"
    r"president|chancellor|scholar|historian|economist|analyst|diplomat|official|general))"
    rf"\s+(?:(?:also|later|then)\s+)?(?:{VERBS})\b"
)


# What follows a name that a verb of saying makes the subject: "’s (…), a …, also said".
_NAMED_THEN_VERB = re.compile(
    rf"(?:[’']s)?\s*(?:\([^()]*\))?\s*(?:,[^,]*,\s*)?(?:also\s+|later\s+|then\s+)?(?:{VERBS})\b"
)
_OWN_TAG = re.compile(rf"[\s,.?!]*(?:(?:-{{1,2}}|[–—])\s*\S|(?:\S+\s+){{0,6}}?(?:{VERBS})\b)")


def has_own_tag(masked: str, lo: int, hi: int) -> bool:
    """Whether the quote closing at ``lo`` is credited after it ("— a senior EU official",
    "- Melnyk", "a diplomat said"), even to nobody we can name: it then continues nobody."""
    return _OWN_TAG.match(masked[lo:hi]) is not None


# "Lithuania’s Foreign Minister Gabrielius Landsbergis, leaving the meeting, was scathing: “…”"
# — a sentence whose subject is a person, ending with a colon and the quote.
_SUBJECT_LEAD = re.compile(
    r"(?:(?:[A-Z][\w’'.-]*|the|a|an|his|her|its|their|another|former|then|deputy|foreign|"
    r"prime|chief|senior|top|vice|elder|younger|brother|sister|wife|husband|son|daughter|"
    r"father|mother|colleague|boss|aide|"
    rf"(?:[a-z][\w-]*\s+){{0,2}}(?:{ROLE_HEADS})s?)\s+){{0,6}}",
)
_COLON_BEFORE = re.compile(r":\s*$")
# A "he"/"she" that is the subject of the verb after it (not "asked him"): "… he put it:".
_PRONOUN_SUBJECT = re.compile(r"(?<![/\w])(?P<p>he|she)\s+(?:(?:also|then|\w+ly)\s+)?[a-z]{3,}")


# What may stand before a sentence's subject: "In fact, the director of CICIR’s Institute of
# Eurasian Studies, Ding Xiaoxing …", "Like many others in China, Zhou Bo …" — but not a
# word that makes the name an object ("After meeting Wang Yi, …", "Unlike Lavrov, …").
_NOT_BEFORE_SUBJECT = re.compile(
    r"\b(?:with|to|by|from|for|of|about|on|at|in|alongside|against|meeting|met|and|or|than|"
    r"like|unlike|after|before|toward|towards|beside|between|among|under|over|behind|"
    r"including|calls|called|asked|told|thanked|urged|praised|criticised|criticized)\s+$",
    re.IGNORECASE,
)


# "X, quoting a diplomat, said": the subject passes on another's words.
_QUOTING = re.compile(r",\s*(?:quoting|citing|paraphrasing)\s")
# "…, citing the economist " right before a name: the one whose words are passed on.
_QUOTED_ONE = re.compile(
    r",\s*(?:quoting|citing|paraphrasing)\s+(?:(?:the|a|an|his|her|their)\s+)?"
    r"(?:[a-z][\w-]*\s+){0,3}$"
)


def _leads_to_subject(lead: str) -> bool:
    """Whether ``lead`` may stand before a sentence's subject: title words ("Kazakh Foreign
    Minister"), or an opening clause and a comma, perhaps then title words ("After the vote,
    opposition leader"); not a word that makes what follows an object ("Unlike ")."""
    if _NOT_BEFORE_SUBJECT.search(lead):
        return False
    if _SUBJECT_LEAD.fullmatch(lead) is not None:
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
        and _SUBJECT_LEAD.fullmatch(rest) is not None
        and not _NOT_BEFORE_SUBJECT.search(clause)
        and not re.search(r"[;:]", clause)
    )


# "Unlike Medvedev, who calls the treaty “a lesson”, Tertitskiy …": a clause of contrast.
_CONTRAST = re.compile(r"\s*(?:Unlike|Like|As with|Much as|Whereas)\b")


# "X’s remarks drew a sharp reply from Y, a spokesman …: “…”"
_REPLY_FROM = re.compile(
    r"\b(?:reply|response|answer|retort|rebuke|rejoinder|riposte|reaction|warning|comment)s?"
    r"\s+from\s+(?:[A-Z][\w.’'-]*\s+){0,3}$"  # "from Senator", "from Foreign Minister"
)


def clause_subject(doc: Document, res: Resolver, masked: str, lo: int, hi: int) -> str | None:
    """Speaker of a quote that a colon introduces at the end of a sentence whose subject is a
    person or "he"/"she", with no other person named between the subject and the colon;
    or the person a reply is "from"."""
    frame = masked[lo:hi]
    if not _COLON_BEFORE.search(frame) or re.search(r"[;]", frame) or _QUOTING.search(frame):
        return None  # "X, quoting a colleague, told me the view is simple: “…”": not X's
    for m in res.between(lo - 1, hi):
        if _REPLY_FROM.search(masked[max(lo, m.span.start - 40) : m.span.start]):
            # what follows the name up to the colon is its apposition ("Hikmet Hajiyev,
            # foreign policy adviser to President Aliyev:"), whoever else it names
            rest = masked[m.span.end : hi]
            appositive = re.fullmatch(
                r"\s*(?:[(（][^()（）]*[)）])?(?:\s+(?:of|from)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?"
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
    lead = _SUBJECT_LEAD.match(text)
    first = res.at(start + (lead.end() if lead else 0))
    if first is None:
        for m in res.between(start - 1, hi):
            # "Asked whether …, Lavrov shrugged:": a clause and a comma before the subject
            # ("After watching Lai and Hsiao take their oaths, Eric Chu told reporters:")
            if _leads_to_subject(masked[start : m.span.start]):
                first = m
                break
    if first is None or res.between(first.span.start, hi):
        return None
    if re.match(r"[’']s\b", masked[first.span.end : first.span.end + 2]):
        return None  # "Zelensky’s remarks drew …": the remarks, not Zelensky, are the subject
    return res.speaker(first)


def genders(people: Sequence[Person]) -> dict[str, str]:
    """ "m" or "f" for a person whose first name says so (never for a Chinese name, whose
    first word is the surname)."""
    out: dict[str, str] = {}
    for p in people:
        words = p.name.split()
        if len(words) >= 2 and not looks_chinese_name(words):
            out[p.id] = gender_of(words[0])
    return out


_WHOLE_SENTENCE = re.compile(r"^[A-Z].*[.!?]\W*$")


def _goes_on(text: str) -> bool:
    """Whether the words of an untagged quote are enough to carry the last speaker on: six
    words or more, or three or more that are a sentence of their own ("Every chair was a
    sentence."); a short phrase is not."""
    n = len(text.split())
    return n >= 6 or (n >= 3 and _WHOLE_SENTENCE.search(text) is not None)


def continuation(
    doc: Document,
    res: Resolver,
    masked: str,
    last: tuple[int, str | None],
    s: QuoteSpan,
    lo: int,
) -> str | None:
    """A statement that directly continues the previous one, with nobody named between."""
    close, speaker = last
    if speaker is None or not _goes_on(doc.text[s.start : s.end]):
        return None
    if doc.paragraph_at(close) is not doc.paragraph_at(s.open_at):
        return None
    between = masked[close + 1 : s.open_at]
    for m in res.between(close, s.open_at):
        if m.ambiguous or m.person != speaker:
            return None
    for p in _PRONOUN.finditer(between):
        if res.pronoun(close + 1 + p.start()) != speaker:
            return None
    if re.search(rf"[{HAN}]", between):
        return None
    # Between them: the end of the first quote's sentence ("…”, he asks.") and at most a
    # connective ("Conversely,") — never another sentence of the writer's own.
    ends = list(re.finditer(r"[.?!](?=\s|$)", between))
    if len(ends) > 1 or (ends and len(between[ends[0].end() :].split()) > 3):
        return None
    return speaker


# "7/" or "(3/10)": the number of a post in a thread.
_THREAD_NUMBER = re.compile(r"^\s*\(?\d{1,3}/\d{0,3}\)?\s*")


def next_paragraph(
    doc: Document, res: Resolver, masked: str, last: tuple[int, str | None], s: QuoteSpan
) -> str | None:
    """A paragraph that opens with an untagged statement right after a paragraph whose
    quote was credited and that said nothing after its tag: the same speaker goes on."""
    close, speaker = last
    if speaker is None or not _goes_on(doc.text[s.start : s.end]):
        return None
    para, prev = doc.paragraph_at(s.open_at), doc.paragraph_at(close)
    if para is None or prev is None or para.index != prev.index + 1:
        return None
    if _THREAD_NUMBER.sub("", doc.text[para.start : s.open_at]).strip():
        return None  # the paragraph says something first (a post's number is nothing)
    if len(re.findall(r"[.?!](?=\s|$)", masked[close + 1 : prev.end])) > 1:
        return None
    for m in res.between(close, prev.end):
        if m.ambiguous or m.person != speaker:
            return None
    return speaker


# "Galeotti thinks …": a sentence that says what its subject thinks or says.
_VIEW_VERB = re.compile(
    r"\s+(?:(?:also|still|now|rather)\s+)?(?:thinks|believes|argues|says|insists|suspects|"
    r"doubts|fears|worries|expects|predicts|agrees|disagrees|is convinced|is sure)\b"
)


# "X, director of Y, said the summit showed …": the subject's verb of saying, later on.
_SAID_VERB = re.compile(r"\s(?:said|says|argued|argues|wrote|writes|told \w+)\b")


def after_view(res: Resolver, masked: str, s: QuoteSpan, lo: int) -> str | None:
    """A quote that opens its sentence right after a sentence of the same paragraph whose
    subject's view it reports, naming nobody else ("Galeotti thinks the pictures will outlast
    the parade. “…”"): that subject's words."""
    para = res.doc.paragraph_at(s.open_at)
    if para is None or masked[lo : s.open_at].strip():
        return None
    ends = [m.end() for m in SENTENCE_END.finditer(masked, para.start, s.open_at)]
    if not ends or masked[ends[-1] : s.open_at].strip():
        return None
    start = ends[-2] if len(ends) >= 2 else para.start
    subject = res._subject_of_sentence(ends[-1] - 1, para, start)
    if subject is None or subject.ambiguous:
        return None
    verb = _VIEW_VERB.match(masked, subject.span.end) or _SAID_VERB.search(
        masked, subject.span.end, ends[-1]
    )
    if verb is None or not is_subject(res, masked, subject, verb.start() + 1):
        return None
    if any(m.person != subject.person for m in res.between(start - 1, ends[-1])):
        return None  # "Halvorsen thinks Lund is wrong. “…”": either could go on
    return subject.person


def introduced_before(res: Resolver, masked: str, para: Paragraph) -> str | None:
    """Speaker of a paragraph-long quote that the paragraph before introduces with a colon
    ("Kuomintang chairman Eric Chu told reporters:" ¶ “…”): the colon sentence's speaker."""
    if para.index == 0:
        return None
    prev = res.doc.paragraphs[para.index - 1]
    if prev.kind not in ("body", "blockquote"):
        return None
    lo = prev.start
    for m in SENTENCE_END.finditer(masked, prev.start, prev.end - 1):
        lo = m.end()
    if not prev.text.rstrip().endswith(":"):
        if para.kind != "body" or len(para.text.split()) < 6:
            return None  # a heading in quotation marks ("“Say It Plainly”") is no statement
        return _narrated_before(res, prev, lo)
    return subject_before(res, masked, lo, prev.end) or clause_subject(
        res.doc, res, masked, lo, prev.end
    )


def _narrated_before(res: Resolver, prev: Paragraph, lo: int) -> str | None:
    """A paragraph-long quote after a paragraph of narration (no quotation marks) whose last
    sentence is about "he" or "she" ("He does not usually give them one." ¶ “…”): the one
    that pronoun means, as a profile hands the floor to its subject."""
    last = res.doc.text[lo : prev.end]
    subject = res._subject_of_sentence(prev.end - 1, prev, lo)
    if (
        subject is not None
        and not subject.ambiguous
        and _MANNER.match(res.masked, subject.span.end)
        and all(m.person == subject.person for m in res.between(lo - 1, prev.end))
    ):
        return subject.person  # "Asked whether …, Ushakov was brief." ¶ “…”
    if re.search('[“”"«»]', prev.text):
        return None
    pron = re.match(r"\s*(?:He|She)\b", last)
    if pron is None:
        return None
    return res.pronoun(lo + pron.end() - (3 if pron.group().strip() == "She" else 2))


# "Ushakov was brief", "Lavrov did not mince his words": how someone is about to speak.
_MANNER = re.compile(
    r"\s+(?:was|is|were|sounded|seemed)\s+(?:\w+ly\s+|more\s+|less\s+|even\s+|still\s+)?"
    r"(?:brief|blunt|blunter|emphatic|direct|frank|candid|cautious|careful|dismissive|"
    r"scathing|terse|unequivocal|succinct|sceptical|skeptical|defiant|philosophical)[.,]?"
    r"|\s+(?:did not|didn’t|didn't) (?:mince (?:his|her) words|hold back)"
)
