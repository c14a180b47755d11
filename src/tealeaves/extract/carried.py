"""English speakers carried on: a quote with no tag of its own that continues a credited
one, opens the paragraph after it, or follows narration about one person ("Galeotti thinks
…. “…”", "Ushakov was brief." ¶ “…”). Short phrases never carry a speaker on.
"""

from __future__ import annotations

import re

from tealeaves.extract.cues import BEFORE_VERB, THINKING, VERBS
from tealeaves.extract.names import BRACKETED, HAN
from tealeaves.extract.spans import SENTENCE_END, QuoteSpan, without_post_number
from tealeaves.extract.speakers import PRONOUN, THE_TITLE, VERB, Resolver, holds
from tealeaves.extract.tags import clause_subject, is_subject, subject_before
from tealeaves.model import Document, Paragraph

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
    tagged = False
    for m in res.between(close, s.open_at):
        if not m.ambiguous and m.person == speaker:
            tagged = True
        elif not (
            tagged
            and _OBJECT_AFTER_TAG.search(masked, max(0, m.span.start - 80), m.span.start)
            and _OBJECT_ENDS_TAG.match(masked, m.span.end, s.open_at)
        ):
            return None  # someone else named between, not as the tag's last object
    for p in PRONOUN.finditer(between):
        if res.pronoun(close + 1 + p.start()) != speaker:
            return None
    if re.search(rf"[{HAN}]", re.sub(BRACKETED, "", between)):
        return None  # (a native name in brackets after the tag's name is no Chinese text)
    # Between them: the end of the first quote's sentence ("…”, he asks.") and at most a
    # connective ("Conversely,") — never another sentence of the writer's own ("Mr." ends none).
    ends = list(SENTENCE_END.finditer(between))
    if len(ends) > 1 or (ends and len(between[ends[0].end() :].split()) > 3):
        return None
    return speaker


# "…,” Kallas said after talks with Wang Yi. “…”": someone named as the object of a
# preposition in the tag, after its speaker, is no one who speaks next.
_OBJECT_AFTER_TAG = re.compile(
    r"\b(?:with|about|against|(?:letter|message|note|call|reply|visit|trip)\s+to)\s+"
    r"(?:(?:[a-z][\w-]*|[A-Z][\w.-]*)\s+){0,4}$"
)
# … and nothing after that object but a bracket, a place or a time and the sentence's end
# (not "with Wang Yi, who disagreed.", "with Wang Yi and Sergei Lavrov").
_OBJECT_ENDS_TAG = re.compile(
    r"(?:\s*\([^()]*\))?(?:\s+(?:in|at|on|during|over|for|last|this)\s+[^,.;:“”\"()]{1,60})?"
    r"[.!?]?\s*$"
)


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
    if without_post_number(doc.text[para.start : s.open_at]).strip():
        return None  # the paragraph says something first (a post's number is nothing)
    if len(re.findall(r"[.?!](?=\s|$)", masked[close + 1 : prev.end])) > 1:
        return None
    for m in res.between(close, prev.end):
        if m.ambiguous or m.person != speaker:
            return None
    end = SENTENCE_END.search(masked, s.close_at + 1, para.end)
    stop = end.end() if end else para.end
    for m in res.between(s.close_at, stop):
        if (
            m.person != speaker
            and (
                VERB.match(masked, m.span.end + 1)
                or re.match(r"[’']s\b", masked[m.span.end : m.span.end + 2])
                # "That was how Wang Yi … put it", "The reply came from Wang Yi"
                or re.search(
                    r"\b(?:from|how|by)\s+$", masked[max(0, m.span.start - 8) : m.span.start]
                )
            )
        ):
            # "“…” That was Putin's message, Lavrov said.": this one's own sentence names
            # whose words they are (not "He then turned to Wang Yi")
            return None
    return speaker


def owned_next(doc: Document, res: Resolver, s: QuoteSpan) -> str | None:
    """A paragraph that is one untagged quote, and a paragraph after it that opens by saying
    whose words they were: "The remark, which drew applause, came from Alexei Chekunkov"
    (his id), or from someone it does not name ("came from a senior official": ""). None
    when the next paragraph says nothing of the kind."""
    para = doc.paragraph_at(s.open_at)
    if para is None or doc.text[para.start : s.open_at].strip(" *_\"“”'‘’«»"):
        return None
    rest = doc.text[s.close_at + 1 : para.end]
    after = _OWNED_AFTER.match(rest)
    if after is not None:  # "“…” Those were Zhao's words.", "“…” That is how Gabuev put it."
        named = res.at(s.close_at + 1 + after.end())
        if named is not None and _OWNED_AFTER_END.match(doc.text, named.span.end):
            return res.speaker(named) or ""
    if re.search(r"\w", rest):
        credit = _ATTRIBUTED.match(doc.text, para.end - len(rest.lstrip(" \n.,")), para.end)
        if credit is None:
            return None  # the paragraph goes on after the quote
        return res.speaker(res.at(credit.end())) or ""  # "… ” attributed to …"
    if para.index + 1 >= len(doc.paragraphs):
        return None
    after = doc.paragraphs[para.index + 1]
    m = _OWNED.match(doc.text, after.start, after.end) or _DASH_OWNED.match(
        doc.text, after.start, after.end
    )
    if m is None:
        # "“…” ¶ “… .” - Li Lifan (李立凡), SASS": a digest's item of two quoted paragraphs
        # under one credit, the last paragraph's
        if not re.match(r"\s*[“\"]", doc.text[after.start : after.end]):
            return None
        before = doc.paragraphs[para.index - 1] if para.index > 0 else None
        if (
            before is None  # an epigraph
            or len(before.text) > 60
            or re.search(r"[:.!?]\s*$", before.text)  # "Sergei Lavrov, in Minsk:", a lead
            or res.between(before.start - 1, before.end)
            or doc.text[s.close_at - 1 : s.close_at] == "?"  # a reader's question
        ):
            return None  # only an item under a heading of its own ("2/ THE VIEW FROM …")
        credit = _CREDIT_AT_END.search(doc.text, after.start, after.end)
        named = res.at(credit.end()) if credit is not None else None
        return res.speaker(named) if named is not None else None
    named = res.at(m.end())
    after = doc.text[named.span.end : named.span.end + 14] if named is not None else ""
    if re.match(r"[’']s?\s|,?\s+(?:quoting|citing|paraphrasing)\b", after):
        return ""  # "So says Nabiullina's critic …", "a post by Hu Xijin quoting Wang Yi"
    return res.speaker(named) or ""


# "The remark … came from", "Those words were those of": the writer says whose a quote was.
_OWNED = re.compile(
    r"(?:The|That|This|Those|These)\s+(?:remarks?|comments?|words|line|quip|warning|verdict|"
    r"assessment|statement|answer|plea|appeal)\b[^.!?]{0,160}?\b(?:(?:came|come)\s+from|"
    r"(?:was|were)\s+(?:made\s+by|those\s+of|that\s+of|from))\s+"
    # "That line, from a post by the retired Gen. Wang Hongguang on Weibo, was shared …"
    r"|(?:The|That|This)\s+(?:remark|line|quip|warning|verdict|phrase)\s*,\s*from\s+"
    r"(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,3}?(?:by|of)\s+"
    # "So says Marc Lanteigne, a political scientist at …"
    r"|So\s+(?:says|said|writes|wrote|argues|argued)\s+"
)


# The sentence after a quote that says whose it was: "Those were Zhao's words in 2023.",
# "That is how Gabuev sums it up."
_OWNED_AFTER = re.compile(
    r"[.,!?]?[”\"’]?\s*(?:(?:Those|These)\s+(?:were|are)|(?:That|This)\s+(?:is|was)\s+how"
    r"|(?:That|This)[’']s\s+how)\s+"
)
_OWNED_AFTER_END = re.compile(
    r"(?:[’']s\s+(?:own\s+)?(?:words|verdict|view|answer)\b|\s+(?:\w+\s+)?(?:put|puts|sums|"
    r"summed|described|describes|sees|saw)\b)"
)


# A dash credit that ends a paragraph: "…” - Li Lifan (李立凡), Shanghai Academy …".
_CREDIT_AT_END = re.compile(r"[”\"]\s+[-–—]\s+(?=[A-Z][^“”\"\n]{2,160}$)")


# "- attributed to a Chinese shipping executive": a credit right after the quote, or a dash
# credit as the next paragraph.
_ATTRIBUTED = re.compile(r"(?:[-–—]\s*)?(?:attributed|credited)\s+to\s+")
_DASH_OWNED = re.compile(r"[-–—]\s*(?:(?:attributed|credited)\s+to\s+|by\s+)?")


# "Galeotti thinks …": a sentence that says what its subject thinks or says.
_VIEW_VERB = re.compile(
    r"\s+(?:(?:also|still|now|rather)\s+)?(?:thinks|believes|argues|says|insists|suspects|"
    r"doubts|fears|worries|expects|predicts|agrees|disagrees|is convinced|is sure)\b"
)


# "X, director of Y, said the summit showed …": the subject's verb of saying, later on.
_SAID_VERB = re.compile(r"\s(?:said|says|argued|argues|wrote|writes|told \w+)\b")


def verdict_next(res: Resolver, masked: str, s: QuoteSpan) -> str | None:
    """A quote that ends its sentence, followed by one that says whose words they were:
    "“…” That was Fiona Hill's verdict.", "“…” So says Temur Umarov of Carnegie."."""
    if not _ends_sentence(res.doc.text, s):
        return None
    m = _VERDICT_NEXT.match(masked, s.close_at + 1)
    named = res.at(m.end()) if m is not None else None
    if named is None or named.ambiguous:
        return None
    if m.group("so") or _VERDICT_OF.match(masked, named.span.end):
        return named.person
    return None


# "That was X's verdict", "This is X's view", "So says X"
_VERDICT_NEXT = re.compile(
    r"\s+(?:(?:That|This|Such)\s+(?:was|is)\s+|"
    r"(?P<so>So\s+(?:says|said|argues|argued|writes|wrote)\s+))"
)
_VERDICT_OF = re.compile(
    r"[’']s\s+(?:\w+\s+)?(?:verdict|view|assessment|conclusion|answer|reply|take|advice|"
    r"summary|warning|prediction|message|diagnosis)\s*[.!;]"
)


def after_view(res: Resolver, masked: str, s: QuoteSpan, lo: int) -> str | None:
    """A quote that opens its sentence right after a sentence of the same paragraph whose
    subject's view it reports, naming nobody else ("Galeotti thinks the pictures will outlast
    the parade. “…”"): that subject's words."""
    para = res.doc.paragraph_at(s.open_at)
    if para is None or masked[lo : s.open_at].strip() or not _ends_sentence(res.doc.text, s):
        return None
    ends = [m.end() for m in SENTENCE_END.finditer(masked, para.start, s.open_at)]
    if not ends or masked[ends[-1] : s.open_at].strip():
        return None
    start = ends[-2] if len(ends) >= 2 else para.start
    who = _WHO_ANSWERED.search(masked, start, ends[-1])
    if who is not None and _PUT_TO.search(masked, max(start, who.start() - 80), who.start()):
        # "The chair passed the question to Artyom Lukin, who answered with a shrug. “…”"
        answerer = res.ending_at(who.start())
        if answerer is not None and not res.between(who.start(), ends[-1]):
            return res.speaker(answerer)
    subject = res.subject_of_sentence(ends[-1] - 1, para, start)
    if subject is None:
        return _pronoun_view(res, masked, start, ends[-1]) or _title_view(
            res, masked, start, ends[-1]
        )
    if subject.ambiguous:
        return None
    verb = (
        _VIEW_VERB.match(masked, subject.span.end)
        or _SAYING_VERB.match(masked, subject.span.end)
        or _SAID_VERB.search(masked, subject.span.end, ends[-1])
        or _STANCE.search(masked, subject.span.end, ends[-1])
    )
    if verb is None or not is_subject(res, masked, subject, verb.start() + 1):
        return None
    # ("rejected the idea that Beijing resented Moscow's …": the idea's clause is no source)
    upto = (
        verb.end()
        if _REJECTED.search(verb.group()) and _THAT.match(masked, verb.end())
        else ends[-1]
    )
    if _A_TEXT.search(masked, verb.end(), ends[-1]) or _STANCE_SOURCE.search(
        masked, verb.end(), upto
    ):
        return None  # "… described the plan as a slogan. “Common security.”": the text's
    if any(m.person != subject.person for m in res.between(start - 1, ends[-1])):
        return None  # "Halvorsen thinks Lund is wrong. “…”": either could go on
    return subject.person


_THAT = re.compile(r"\s+that\b")
# What one rejects or disputes: "rejected the idea that …".
_IDEAS = r"idea|notion|suggestion|claim|view|argument|charge"
# The one a question is put to, right before their name: "passed the question to", "asked".
_PUT_TO = re.compile(
    r"\b(?:to|asked|pressed)\s+(?:the\s+[a-z]+(?:\s+[a-z]+)?,\s+)?"  # ("asked the ambassador, X")
    r"(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*$"
)
_REJECTED = re.compile(rf"\b(?:{_IDEAS})$")
# A sentence ending with someone who answers: "…, who answered with a shrug."
_WHO_ANSWERED = re.compile(
    r",\s+who\s+(?:then\s+|simply\s+|only\s+)?(?:answered|replied|responded)\b[^.;:“”\"]*[.:]\s*$"
)


def _title_view(res: Resolver, masked: str, start: int, end: int) -> str | None:
    """The speaker of a sentence whose subject is a title and reports a view ("The former
    ambassador to Ukraine, now at the Atlantic Council, thinks …"), naming nobody, right
    after a sentence that names one person as its subject (not as an owner, "… was how John
    Herbst described Li's role.", nor a passive's agent, "met by Wang Yi"): that person,
    when their stated role holds the title's noun (or, when the text gave them none, it is a
    scholar's title) and nobody else the article names holds it or is called it in their
    sentence (see :func:`after_view`)."""
    opening = THE_TITLE.match(masked, start, end)
    if opening is None or res.between(start - 1, end):
        return None
    rest = _TITLE_REST.match(masked, opening.end(), end)
    if rest is None or _A_TEXT.search(masked, rest.end(), end):
        return None
    para = res.doc.paragraph_at(start)
    ends = [m.end() for m in SENTENCE_END.finditer(masked, para.start, start)] if para else []
    before = ends[-2] if len(ends) >= 2 else para.start if para else start
    mentions = [
        m
        for m in res.between(before - 1, start)
        if not re.match(r"[’']s?\s", masked[m.span.end : m.span.end + 3])
    ]
    named = {m.person for m in mentions}
    if len(named) != 1 or any(m.ambiguous for m in res.between(before - 1, start)):
        return None
    if any(_AGENT_BEFORE.search(masked, max(0, m.span.start - 12), m.span.start) for m in mentions):
        return None  # "The delegation was met by Wang Yi.": not the sentence's subject
    person = named.pop()
    head = opening.group("title").split()[-1]
    roles = res.roles.get(person, "")
    if (roles and not holds(head, roles)) or (not roles and head not in _ANYONE_S_TITLE):
        # "Ursula von der Leyen opened it. The economist thinks …": not her; and an office
        # ("The president of Kazakhstan") only of one the text gave it
        return None
    for m in res.between(-1, start):
        if m.person == person:
            continue
        end = SENTENCE_END.search(masked, m.span.end, start)
        if holds(head, res.roles.get(m.person, "")) or re.search(
            rf"\b{re.escape(head)}s?\b", masked[m.span.end : end.start() if end else start]
        ):
            return None  # "the former ambassador" may be another named so before
    return person


# Titles a scholar the text gave no role may be called by.
_ANYONE_S_TITLE = frozenset(
    [
        "scholar",
        "historian",
        "economist",
        "analyst",
        "researcher",
        "academic",
        "sinologist",
        "professor",
        "director",
        "editor",
        "dean",
        "founder",
    ]
)
# A preposition before a name: "met by Wang Yi", "talked with", "wrote to".
_AGENT_BEFORE = re.compile(
    r"\b(?:by|with|to|from|for|of|about|against)\s+(?:[A-Z][\w.-]*\s+){0,2}$"
)


# What a stance may be a reaction to ("was not impressed by the headline", "was not
# convinced by the Chinese envoy", "worried about the Kremlin's offer"): the words after it
# are that source's, not the one who reacts.
_STANCE_SOURCE = re.compile(
    r"\b(?:by|about|with|of|from|at)\s+(?:[\w’'-]+\s+){0,3}?(?:headlines?|messages?|offers?|"
    r"reports?|articles?|posts?|tweets?|letters?|speech(?:es)?|remarks?|proposals?|statements?|"
    r"envoys?|ministers?|diplomats?|ambassadors?|spokes\w+|officials?|answers?|repl(?:y|ies)|"
    r"arguments?|claims?|warnings?|plans?|slogans?|lines?|words?|notes?|readouts?)\b"
    r"|[’']s\s"
)


# Words that name a text, a slogan or someone else's line: the quote after them is that.
_A_TEXT = re.compile(
    r"\b(?:line|slogan|motto|statement|document|plan|text|clause|formula|wording|"
    r"communiqu[eé]|declaration|readout|banner|treaty|resolution)s?\b"
)


def for_someone(res: Resolver, masked: str, lo: int, open_at: int) -> str | None:
    """ "For Fyodor Lukyanov, editor of …, the logic is simple: “…”": a sentence that opens
    with "For" and a name and ends with a colon before the quote, naming nobody else (but
    in a possessive), is that person's view, the words theirs."""
    lead = _FOR_NAME.match(masked, lo, open_at)
    if lead is None or not re.search(r":\s*$", masked[lo:open_at]):
        return None
    named = res.at(lead.end())
    if named is None or named.ambiguous:
        return None
    if any(
        m.person != named.person and not re.match(r"[’']s?\s", masked[m.span.end : m.span.end + 3])
        for m in res.between(named.span.end, open_at)
    ):
        return None
    rest = masked[named.span.end : open_at]
    if _A_TEXT.search(rest):
        return None  # "For Lukyanov, the test is the motto on the banner: “…”": the motto's
    apposed = re.match(r"\s*,[^,;:]{1,160},", rest)  # "…, a Mongolian analyst who writes on …,"
    if re.search(rf"\b(?:{VERBS})\b", rest[apposed.end() if apposed else 0 :]):
        return None  # "For Lukyanov, as Kashin told me: …": someone's words are relayed
    return named.person


_FOR_NAME = re.compile(r"\s*(?:[Bb]ut\s+|[Aa]nd\s+)?For\s+")


# "Andrei Lankov had a simpler reading.", "Buchanan was blunt.": a sentence that announces
# how its subject sees it or put it, the words to follow.
_STANCE = re.compile(
    r"\s(?:had|has|offered|took|gave|struck)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:reading|view|take|"
    r"emphasis|answer|explanation|verdict|assessment|interpretation|perspective|line|tack|"
    r"tone)\b"
    r"|\s(?:was|is|sounded|seemed)\s+(?:not\s+)?(?:(?:even|still|far|much|rather)\s+)?"
    r"(?:(?:more|less)\s+)?"
    r"(?:blunt|blunter|brief|direct|guarded|cautious|candid|sceptical|skeptical|unconvinced|"
    r"unimpressed|optimistic|pessimistic|gloomier|sharper|harsher|franker|frank|categorical|"
    r"succinct|terse|emphatic|surprised|worried|alarmed|relaxed|convinced|impressed)\b"
    # "Evan Medeiros, …, puts the case most clearly." (not "put the question to": asking)
    r"|\s(?:puts|put)\s+(?:it|the\s+(?:case|point|matter))\b(?!\s+to\b)"
    # "Ursula von der Leyen, …, framed the listings as a matter of evidence."
    r"|\s(?:framed|frames|described|describes|characteri[sz]ed|characteri[sz]es)\s[^.;:“”\"]{1,60}\sas\b"
    # "Noah Barkin, a senior adviser at Rhodium, expects Beijing to answer …"
    r"|\s(?:thinks|believes|expects|fears|doubts|suspects|predicts)\b"
    # "He goes further." (a thread's or a column's next step in the same voice)
    r"|\s(?:goes|went)\s+(?:even\s+|still\s+)?further\s*[.:]"
    # "Lukin rejected the idea that Beijing resented it. “…”"
    rf"|\s(?:rejected|rejects|dismissed|dismisses|disputed|disputes)\s+(?:the\s+)?(?:{_IDEAS})\b"
)
# Not a verb of asking: the one asked may be the one who answers.
_NOT_ASKING = r"(?!(?:asks|asked|asking|pressed)\b)"
# "Umarov added that …", "Kallas has warned that …": any verb of saying right after the name.
_SAYING_VERB = re.compile(rf"\s+{BEFORE_VERB}{_NOT_ASKING}(?:{VERBS})\b")
# "He warned against …", "Russia, he said, could not …", "Asked about it, she paused.": a
# sentence whose speaker is "he" or "she", as its subject with a verb of saying, as a tag set
# off by commas, or as the one asked.
_PRONOUN_VIEW = re.compile(
    rf"\s*(?:(?P<subject>He|She)\s+{BEFORE_VERB}{_NOT_ASKING}(?:{VERBS}|{THINKING}"
    # "He does not expect relief soon."
    r"|(?:does|did)\s+not\s+(?:expect|think|believe|accept|buy|share)"
    r")\b"
    rf"|[^.;:“”\"]*?,\s*(?P<aside>he|she)\s+{BEFORE_VERB}{_NOT_ASKING}(?:{VERBS})\s*,"
    # "Asked what she would tell a foreign reader, she paused.": the one asked answers
    r"|(?:When\s+)?[Aa]sked\b[^.;:“”\"]*?,\s*(?P<asked>he|she)\b"
    # "His answer was brief.": the one asked before answers
    r"|(?P<possessive>His|Her)\s+(?:answer|reply|response|verdict)\b"
    # "He was blunter still about China's role.", "She had a different reading."
    rf"|(?P<stance>He|She)(?={_STANCE.pattern}))"
)


# What stands between a title and its verb of view or saying: "of the Carnegie Moscow
# Center", ", now at the Higher School of Economics,".
_TITLE_REST = re.compile(
    r"(?:\s+(?:of|at|to|for|in|from)\s+[^,.;:“”\"]{1,60}?)?(?:\s*,[^,.;:“”\"]{1,80},)?"
    rf"(?=(?:{_VIEW_VERB.pattern})|(?:{_SAYING_VERB.pattern})|(?:{_STANCE.pattern}))"
)


# "He was blunt about what officials there told him:": words relayed, not his own.
_RELAYED_WHAT = re.compile(r"\b(?:what|which)\b[^.;:]*\b(?:told|said|wrote|say|says)\b")


def _pronoun_view(res: Resolver, masked: str, start: int, end: int) -> str | None:
    """The speaker of a sentence about "he" or "she" that reports their words or view, for
    the quote right after it (see :func:`after_view`); nobody if anyone else is named."""
    m = _PRONOUN_VIEW.match(masked, start, end)
    if m is None or res.between(start - 1, end):
        return None
    if m.group("stance") and (
        _A_TEXT.search(masked, m.end(), end)
        or _RELAYED_WHAT.search(masked, m.end(), end)
        or _STANCE_SOURCE.search(masked, m.end(), end)
    ):
        return None  # "He was sceptical of the new slogan. “…”": the slogan's words
    groups = ("subject", "aside", "asked", "possessive", "stance")
    return res.pronoun(m.start(next(g for g in groups if m.group(g))))


def _ends_sentence(text: str, s: QuoteSpan) -> bool:
    """Whether the quote is a sentence of its own: its words end with a stop, or a stop
    follows its closing mark ("“Nothing to see here” was the official line" is a subject;
    "“Your licence is revoked,” the letter read" has a tag of its own)."""
    if _TAGGED_AFTER.match(text, s.close_at + 1):
        return False  # "“Justice now!” chanted the crowd": a tag of its own
    if text[s.close_at - 1 : s.close_at] in (".", "!", "?", "…"):
        return True
    return re.match(r"[.!?…]|\s*$", text[s.close_at + 1 : s.close_at + 3]) is not None


# After a closing mark, a verb and its subject: "chanted the crowd", "the letter read".
_TAGGED_AFTER = re.compile(
    r"\s*,?\s*(?:(?:[a-z]+ed|read|reads|says|said)\s+(?:the|a|an)\s|(?:the|a|an)\s+\w+\s+"
    r"(?:[a-z]+ed|read|reads|says|said)\b)"
)


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
    return (
        subject_before(res, masked, lo, prev.end)
        or clause_subject(res.doc, res, masked, lo, prev.end)
        or _passage_of(res, prev, lo)
    )


# "I translate the key passage:", "In her own words:": the writer hands over a passage.
_PASSAGE = re.compile(
    r"\b(?:translate[sd]?|translation|passage|excerpt|extract|in (?:his|her) (?:own )?words)\b",
    re.IGNORECASE,
)


def _passage_of(res: Resolver, prev: Paragraph, lo: int) -> str | None:
    """A passage the writer hands over in a sentence that names nobody ("I translate the key
    passage:"): the words of the one person the paragraph is about."""
    if res.between(lo - 1, prev.end) or not _PASSAGE.search(res.doc.text, lo, prev.end):
        return None
    named = {m.person for m in res.between(prev.start - 1, prev.end)}
    if len(named) != 1 or any(m.ambiguous for m in res.between(prev.start - 1, prev.end)):
        return None
    return named.pop()


def _narrated_before(res: Resolver, prev: Paragraph, lo: int) -> str | None:
    """A paragraph-long quote after a paragraph of narration (no quotation marks) whose last
    sentence is about "he" or "she" ("He does not usually give them one." ¶ “…”): the one
    that pronoun means, as a profile hands the floor to its subject."""
    last = res.doc.text[lo : prev.end]
    subject = res.subject_of_sentence(prev.end - 1, prev, lo)
    if (
        subject is not None
        and not subject.ambiguous
        and _MANNER.match(res.masked, subject.span.end)
        and all(m.person == subject.person for m in res.between(lo - 1, prev.end))
    ):
        return subject.person  # "Asked whether …, Ushakov was brief." ¶ “…”
    beat = _the_title_beat(res, last, lo)
    if beat is not None:
        return beat  # "Asked whether …, the professor smiled again." ¶ “…”
    if re.search('[“”"«»]', prev.text):
        return None
    if subject is not None and not subject.ambiguous:
        # "Zhao Huasheng, a professor at Fudan, said in an interview that …." ¶ “…”
        verb = _SAID_VERB.search(res.masked, subject.span.end, prev.end)
        named = {m.person for m in res.between(lo - 1, prev.end)}
        if (
            verb
            and named == {subject.person}
            and is_subject(res, res.masked, subject, verb.start() + 1)
        ):
            return subject.person
    pron = re.match(r"\s*(?:He|She)\b", last)
    if pron is None:
        # "China's demand is rising, he said, but it has …." ¶ “…”: the words go on
        tag = _PRONOUN_TAG.search(last)
        return res.pronoun(lo + tag.start("p")) if tag is not None else None
    return res.pronoun(lo + pron.end() - (3 if pron.group().strip() == "She" else 2))


# ", he said, ": a reported sentence's tag set off by commas in its middle.
_PRONOUN_TAG = re.compile(r",\s+(?P<p>he|she)\s+(?:said|says|added|argued|argues|noted|notes),")

#: What someone does before they speak, the way features hand over the floor: "Sokolova
#: laughed at the memory.", "the professor smiled again."
BEAT = (
    r"(?:(?:laugh|smile|shrug|pause|nod|sigh|grin|chuckle|frown)(?:s|d|ed|ged|ded)?(?![a-z])"
    # ("Evan Medeiros shook his head when the question came.")
    r"|(?:shook|shakes|shake)\s+(?:his|her)\s+head\b|hesitat(?:es|ed)\b|winc(?:es|ed)\b"
    r"|(?:leaned|leans)\s+forward\b)"
)
_TITLE_BEAT = re.compile(
    r"\s*(?:[A-Z][^.;:]{0,160},\s*(?:and\s+|but\s+)?)?the\s+(?P<title>(?:[a-z-]+\s+)?[a-z]+)\s+(?:\w+ly\s+)?"
    rf"{BEAT}[^.;:“”\"]{{0,40}}\.\s*$"
)


def beat_before(
    res: Resolver, masked: str, para: Paragraph, lo: int, at: int, close_at: int
) -> str | None:
    """A quote that opens a sentence (``lo``) right after a sentence of one named person's
    beat ("Sokolova laughed at the memory. “…”"): that person's words, when the quote ends
    its paragraph or speaks in the first person (“…, I think.”), and nothing follows it in
    its sentence ("“Eternal friendship,” read the banner" is the banner's; "“Will the
    pipeline be built?” It was the third time …" someone else's)."""
    if masked[lo:at].strip():
        return None
    after = res.doc.text[close_at + 1 : para.end]
    if not re.match(r"\s*(?:$|[A-Z“\"])", after):
        return None  # the sentence goes on after the quote: its own tag, or a thing's
    if after.strip() and not _FIRST_PERSON_SINGULAR.search(res.doc.text, at, close_at):
        return None
    start = para.start
    for end in _ANY_SENTENCE_END.finditer(res.doc.text, para.start, lo - 1):
        start = end.end()  # (a sentence that ends inside a quotation ends there too)
    # (a name inside the lead is the one asking or asked about: "Asked by Anna Petrova
    # about the summit, Gabuev shrugged.", "Asked whether Xi would visit, Peskov shrugged.")
    lead = _ASKED_LEAD.match(masked, start)
    named = res.between(lead.end() - 1 if lead else start - 1, lo)
    if not res.between(start - 1, lo):
        pron = _PRONOUN_BEAT.fullmatch(masked, start, lo)
        if pron is not None:  # "Then she spoke. “…”", "Her message was simple. “…”"
            return res.pronoun(pron.start("p") if pron.group("p") else pron.start("p2"))
    if len(named) != 1 or named[0].ambiguous:
        return None
    first = named[0]
    if not _ASKED_LEAD.fullmatch(masked, start, first.span.start) or not _NAMED_BEAT.fullmatch(
        masked, first.span.end, lo
    ):
        return None
    return first.person


# A beat of "he"/"she" (no name): "Then she spoke.", "He shook his head.", "Her message
# was simple.", "His answer was short."
_PRONOUN_BEAT = re.compile(
    rf"\s*(?:(?:Then|Finally|At last),?\s+)?(?:(?P<p>[Hh]e|[Ss]he)\s+(?:\w+ly\s+)?(?:spoke|{BEAT})"
    r"|(?P<p2>His|Her)\s+(?:message|answer|reply|verdict|point|response)\s+was\s+"
    r"(?:simple|short|blunt|clear|brief|direct|plain))[^.;:“”\"]{0,40}\.\s*"
)
# What may open the beat's sentence before its name: "Asked about the summit, Gabuev
# shrugged. “…”".
_ASKED_LEAD = re.compile(r"\s*(?:(?:Asked|Pressed|Questioned)\b[^.;:“”\"]{0,80},\s*)?")


# One's own words ("our" may be a crowd's chant).
_FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|I['’]m|I['’]ve|I['’]d|my|me)\b")
_ANY_SENTENCE_END = re.compile(r"[.!?][”’\"]?\s+(?=[A-Z“\"])")
_NAMED_BEAT = re.compile(rf"\s+(?:\w+ly\s+)?{BEAT}[^.;:“”\"]{{0,60}}\.\s*")


def _the_title_beat(res: Resolver, last: str, lo: int) -> str | None:
    """A last sentence whose subject is a title and whose verb a beat ("…, the professor
    smiled again."): the one that title refers to."""
    m = _TITLE_BEAT.match(last)
    if m is None:
        return None
    return res.role(lo + m.start("title"), "?", m.group("title"))


# "Ushakov was brief", "Lavrov did not mince his words": how someone is about to speak.
_MANNER = re.compile(
    r"\s+(?:was|is|were|sounded|seemed)\s+(?:\w+ly\s+|more\s+|less\s+|even\s+|still\s+)?"
    r"(?:brief|blunt|blunter|emphatic|direct|frank|candid|cautious|careful|dismissive|"
    r"scathing|terse|unequivocal|succinct|sceptical|skeptical|defiant|philosophical)[.,]?"
    r"|\s+(?:did not|didn’t|didn't) (?:mince (?:his|her) words|hold back)"
)
