"""What every language's quote reader shares: the people named around a quote, looked up by
their place in the text, and the walk over a document's quotes that credits each one.

A language module brings only its own rules: where a sentence starts, what kind a quote is
and which words around it name its speaker. The lookups here are logarithmic in the number
of mentions, so crediting stays linear in the length of an article.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from tealeaves.extract.names import Spans
from tealeaves.extract.spans import (
    FIRST_PERSON,
    INTERVIEW_CUE,
    QuoteSpan,
    quote_id,
    whole_paragraph,
)
from tealeaves.model import Document, Mention, Quote, Span

#: (close offset of the last top-level statement, its speaker): what a following quote
#: with no tag of its own may continue.
Last = tuple[int, str | None]


class Mentions:
    """The people a document names, in reading order. ``mentions`` holds those outside
    every top-level quote (a name inside someone's words never credits those words);
    ``everywhere`` holds them all."""

    def __init__(
        self, doc: Document, mentions: Sequence[Mention], quoted: list[tuple[int, int]]
    ) -> None:
        self.doc = doc
        inside = self.inside = Spans(quoted)  # the top-level quotes
        self.everywhere = sorted(mentions, key=lambda m: m.span.start)
        self._everywhere_starts = [m.span.start for m in self.everywhere]
        self.mentions = [m for m in self.everywhere if not inside.contains(m.span.start)]
        self.starts = [m.span.start for m in self.mentions]
        self._by_start = {m.span.start: m for m in self.mentions}
        self._by_end = {m.span.end: m for m in self.mentions}

    def at(self, start: int) -> Mention | None:
        """The mention that starts exactly at ``start``."""
        return self._by_start.get(start)

    def ending_at(self, end: int) -> Mention | None:
        return self._by_end.get(end)

    def within(self, lo: int, hi: int, everywhere: bool = False) -> list[Mention]:
        """Mentions that start in [lo, hi)."""
        found, starts = (
            (self.everywhere, self._everywhere_starts)
            if everywhere
            else (self.mentions, self.starts)
        )
        return found[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]

    def between(self, lo: int, hi: int) -> list[Mention]:
        """Mentions that start strictly between ``lo`` and ``hi``."""
        return self.within(lo + 1, hi)

    def first_in(self, lo: int, hi: int, everywhere: bool = False) -> Mention | None:
        found = self.within(lo, hi, everywhere)
        return found[0] if found else None

    def last_in(self, lo: int, hi: int) -> Mention | None:
        found = self.within(lo, hi)
        return found[-1] if found else None

    def last_before(self, pos: int, floor: int) -> Mention | None:
        """The last mention that starts in [floor, pos)."""
        return self.last_in(floor, pos)

    @staticmethod
    def speaker(m: Mention | None) -> str | None:
        """The person ``m`` names, or nobody when there is no mention or it could be two."""
        return None if m is None or m.ambiguous else m.person

    def pronoun(self, at: int) -> str | None:
        """A pronoun at ``at`` (他/她, он/она): the last person named before it in its
        paragraph or the two before; nobody when that mention is ambiguous."""
        para = self.doc.paragraph_at(at)
        if para is None:
            return None
        floor = self.doc.paragraphs[max(0, para.index - 2)].start
        return self.speaker(self.last_in(floor, at))


def sentence_start(text: str, floor: int, at: int, ends: re.Pattern[str]) -> int:
    """Where the sentence around ``at`` starts: after the last end ``ends`` finds in
    [floor, at), or at ``floor``."""
    start = floor
    for m in ends.finditer(text, floor, at):
        start = m.end()
    return start


#: A language's rule for one quote: (span, where its sentence starts, the statement before)
#: -> (kind, speaker).
Credit = Callable[[QuoteSpan, int, "Last | None"], tuple[str, str | None]]


def credit_quotes(
    doc: Document,
    spans: Sequence[QuoteSpan],
    credit: Credit,
    *,
    starts: Callable[[int, int], int],
    context_after: int,
    ids: dict[str, int],
) -> list[Quote]:
    """Every quote of ``spans`` as a record: ``starts(floor, at)`` finds its sentence,
    ``credit`` its kind and speaker; the context runs from the sentence's start to
    ``context_after`` characters past the closing mark (within the paragraph)."""
    quotes: list[Quote] = []
    last: Last | None = None
    for s in spans:
        para = doc.paragraph_at(s.open_at)
        if para is None:
            continue
        text = doc.text[s.start : s.end]
        lo = starts(para.start, s.open_at)
        kind, speaker = credit(s, lo, last)
        quotes.append(
            Quote(
                quote_id(doc, text, ids),
                Span(doc.id, s.start, s.end),
                text,
                kind,  # type: ignore[arg-type]
                speaker,
                doc.text[lo : min(para.end, s.close_at + context_after)].strip(),
            )
        )
        if s.depth == 0 and kind == "statement":
            last = (s.close_at, speaker)
    return quotes


def credit_inside_reported(
    quotes: list[Quote],
    reported: list[Quote],
    singled_out: Callable[[Quote], bool],
    who: Mentions | None = None,
    says: Callable[[int, int], bool] | None = None,
    speaks: Callable[[Mention], bool] | None = None,
) -> list[Quote]:
    """A quote nobody was credited with inside a reported statement ("李强表示，……应当携手“做大
    合作蛋糕”", "По её словам, переговоры прошли «в доверительной атмосфере»") is that
    speaker's words, unless the writer singles it out as a term (``singled_out``) or the
    statement names someone else before it (``who``: "卢基扬诺夫还说，外长拉夫罗夫的那句“…”"
    is Lavrov's phrase, reported by Lukyanov; with ``speaks``, only someone it tells apart
    as speaking: "普里马科夫的遗产“…”" names Primakov as no speaker) or says someone spoke
    (``says``: "冯教授还提到，一位俄罗斯同行曾对他说：“…”")."""
    frames = [(r.span.start, r.span.end, r.speaker) for r in reported]
    out = []
    for q in quotes:
        # the innermost statement holding it ("他举例说，菲佐曾表示，……“…”" is Fico's)
        frame = max(
            (f for f in frames if f[0] <= q.span.start < f[1]), key=lambda f: f[0], default=None
        )
        kinds = ("statement", "phrase", "scare")
        if frame is not None and (
            (
                who is not None
                and any(
                    m.person != frame[2] and (speaks is None or speaks(m))
                    for m in who.within(frame[0], q.span.start)
                )
            )
            or (says is not None and says(frame[0], q.span.start))
        ):
            frame = None
        if q.speaker is None and frame is not None and q.kind in kinds and not singled_out(q):
            q = replace(
                q, speaker=frame[2], kind="statement" if q.kind == "statement" else "phrase"
            )
        out.append(q)
    return out


def after_reported(
    doc: Document, who: Mentions, quotes: list[Quote], reported: list[Quote]
) -> list[Quote]:
    """ "По словам Габуева, Пекин рассматривает …. «Китайцам нужны порты …»", "据王毅介绍，
    ……。“……”": a statement nobody was credited with that opens the sentence right after a
    reported statement (in its paragraph or opening the next) goes on in that speaker's
    voice, unless someone else is named between them. Of two statements that end together
    ("杨成说，托卡耶夫强调，……"), the one who reports the other goes on."""
    ends = sorted((r.span.end, -r.span.start, r.speaker) for r in reported)
    at = [end for end, _, _ in ends]
    out = []
    for q in quotes:
        if q.speaker is None and q.kind == "statement":
            n = bisect.bisect_right(at, q.span.start - 1)  # the last statement ending before
            if n:
                end, _, speaker = ends[n - 1]
                gap = doc.text[end : q.span.start - 1]
                if re.fullmatch(r"[\s.。]*", gap) and not who.within(end, q.span.start):
                    q = replace(q, speaker=speaker)
        out.append(q)
    return out


def credit_repeated(
    doc: Document, quotes: Sequence[Quote], mentions: Sequence[Mention] = ()
) -> list[Quote]:
    """A headline or a pull quote nobody was credited with (a quote that is all of its
    paragraph) whose words open a credited statement elsewhere in the article (“Deterrence
    is a conversation, not a wall” over Glaser's answer that opens with those words) is that
    speaker's, when only one speaker's words open so. A quote inside a sentence is left
    alone: a slogan someone repeats ("all efforts conducive to peace") is not theirs, nor is
    a name or slogan a statement mentions later (“Made in China 2025”)."""
    owners = [
        (q.span.start, q.span.end, _squashed(q.text), q.speaker)
        for q in quotes
        if q.speaker is not None and q.kind != "reported"
    ]
    out = []
    for q in quotes:
        if q.speaker is None and q.kind in ("statement", "phrase") and _set_apart(doc, q):
            key = _squashed(q.text)
            who = {
                speaker
                for start, end, text, speaker in owners
                if text.startswith(key) and (end <= q.span.start or start >= q.span.end)
            }
            if len(who) == 1:
                q = replace(q, speaker=who.pop())
        elif q.speaker is None and q.kind in ("statement", "phrase", "scare"):
            q = replace(q, speaker=_heading_words_of(doc, q, owners, mentions))
        out.append(q)
    return out


def _heading_words_of(
    doc: Document,
    q: Quote,
    owners: list[tuple[int, int, str, str | None]],
    mentions: Sequence[Mention] = (),
) -> str | None:
    """Whose words a quote in a subheading repeats ("4. Lukyanov: Beijing “counts before it
    acts”" over the paragraph of his that says it): the one speaker credited, in the three
    paragraphs after the heading, with a statement holding those words — the person the
    heading names, when it names one ("Putin: Ukraine is “not a real state”" over a
    historian disputing it is not the historian's), else only words of four or more (a term,
    "the “special military operation”", is nobody's)."""
    para = doc.paragraph_at(q.span.start)
    if para is None or para.kind != "heading" or len(q.text.split()) < 2:
        return None
    named = {m.person for m in mentions if para.start <= m.span.start < para.end}
    if not named and len(q.text.split()) < 4:
        return None
    last = doc.paragraphs[min(len(doc.paragraphs), para.index + 4) - 1]
    key = _squashed(q.text)
    who = {
        speaker
        for start, _end, text, speaker in owners
        if para.end <= start < last.end and key in text
    }
    if len(who) != 1 or (named and who != named):
        return None
    (speaker,) = who
    label = re.match(r"(?:\d+\.\s*)?([A-Z][\w’'-]+):", para.text)
    if label and not any(
        m.person == speaker and label.group(1) in m.surface.split() for m in mentions
    ):
        return None  # "Lavrov: the West is “at war with us”" over his spokeswoman's words
    return speaker


def _squashed(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def _set_apart(doc: Document, q: Quote) -> bool:
    """Whether ``q`` is all of its paragraph but its quotation marks (a headline, a pull
    quote), four words long or more (eight characters of Chinese)."""
    para = doc.paragraph_at(q.span.start)
    if para is None or len(para.text) > len(q.text) + 8:
        return False  # (the cheap test first: a long paragraph is never squashed per quote)
    if _squashed(para.text) != _squashed(q.text):
        return False
    return len(q.text.split()) >= 4 or sum("\u4e00" <= c <= "\u9fff" for c in q.text) >= 8


def poll_answers(
    doc: Document, who: Mentions, quotes: list[Quote], ids: dict[str, int]
) -> list[Quote]:
    """An expert poll: paragraphs in bold of their own that each open with a person's name
    and then give only their role ("**Георгий Толорая, директор …**", "**Name (role)**"),
    two at least, each followed by plain paragraphs that are that person's words, up to the
    next bold paragraph or heading. ``quotes`` with those words returned: each plain
    paragraph that does not open inside a quote as a statement of its own, and the quotes in
    it that name nobody credited to that person (a quote with a tag of its own keeps it)."""
    heads: dict[int, str] = {}
    for para in doc.paragraphs:
        if para.kind != "bold":
            continue
        named = who.at(para.start + len(para.text) - len(para.text.lstrip()))
        if named is None or named.ambiguous:
            continue
        rest = doc.text[named.span.end : para.end].rstrip(" *_")
        if rest and not _ONLY_A_ROLE.fullmatch(rest):
            continue
        heads[para.index] = named.person
    if len(heads) < 2 or not _answered(doc, heads):
        return quotes
    inside = Spans([(q.span.start, q.span.end) for q in quotes])
    out = list(quotes)
    answers: list[Quote] = []
    current: str | None = None
    by_para: dict[int, str] = {}
    for para in doc.paragraphs:
        if para.index in heads:
            current = heads[para.index]
        elif para.kind in ("heading", "bold"):
            current = None
        elif current is not None and para.kind == "body":
            if any(m.person == current for m in who.within(para.start, para.end)):
                continue  # "Дмитрий Тренин смотрит …": written about them, not by them
            by_para[para.index] = current
            if not inside.contains(para.start + 1) and not para.text.lstrip().startswith(
                ("«", "“", '"', "„")
            ):
                answers.append(whole_paragraph(doc, para, para.start, current, ids))
    for n, q in enumerate(out):
        para = doc.paragraph_at(q.span.start)
        if (
            para is not None
            and q.speaker is None
            and q.kind in ("statement", "answer")
            and _SENTENCE_OF_ITS_OWN.match(doc.text, q.span.end, para.end)
        ):
            speaker = by_para.get(para.index)
            if speaker is not None:
                out[n] = replace(q, speaker=speaker)
    return out + answers


def _answered(doc: Document, heads: dict[int, str]) -> bool:
    """Whether bold name lines head a poll's answers, not a feature's sections ("**Wang Yi,
    the great survivor**") or the authors' notes at its end: each head has a plain paragraph
    of its own after it, and the text before them says experts were asked (or interviewed),
    or most of those paragraphs speak in the first person."""
    paragraphs = doc.paragraphs
    after = []
    for n in heads:
        nxt = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
        if nxt is None or nxt.kind != "body":
            return False
        after.append(nxt.text)
    intro = " ".join([doc.title, *(p.text for p in paragraphs[: min(heads)])])
    if _POLL_CUE.search(intro) or INTERVIEW_CUE.search(intro):
        return True
    return 2 * sum(bool(FIRST_PERSON.search(t)) for t in after) > len(after)


# An introduction that says experts were asked: "We asked three scholars", "Мы задали
# экспертам вопрос", "Опрос", "Five views on …", "多位专家".
_POLL_CUE = re.compile(
    r"(?i:\basked\s+(?:\w+\s+){0,3}(?:experts|scholars|analysts|specialists|observers)|"
    r"\bviews\s+on\b|\bpoll\b|\bsymposium\b|\broundtable\b|"
    r"спросили|задали\s+\w+\s+(?:вопрос|вопросы)|опрос|мнения\s+экспертов|круглый\s+стол)"
    r"|专家|笔谈|圆桌"
)


# A quote that is a sentence of its own: its close, the sentence's end, then the next
# sentence or the paragraph's end (not "“…,” as one minister put it").
_SENTENCE_OF_ITS_OWN = re.compile(r"[.!?…]?[»”\"’]?[.!?…]?(?:\s+[A-ZА-ЯЁ«“\"„]|\s*$)")

# What may follow a poll's name in its bold line: a role after a comma, a dash or in
# brackets, a native name in brackets ("Чжэн Цзиюн (郑继永), директор …").
# (not a colon: "Тренин: трезвый реализм" is a subhead on him, a label is read elsewhere)
_ONLY_A_ROLE = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:[,，—–(（]|\s-\s)[^?？!«»“”\"]{0,200}")


def post_headers(
    doc: Document, who: Mentions, quotes: list[Quote], ids: dict[str, int]
) -> list[Quote]:
    """A digest of channel posts, each a paragraph whose first line is its header: the
    channel in brackets, the author and the time ("[Санкции и люди] Иван Тимофеев · 12
    ноября, 10:41"). The lines after a header that names someone we know are that person's
    post, a statement of theirs; a header naming no author gives nobody's. ``quotes`` with
    those posts added (a post that opens with a quote keeps that quote's own credit)."""
    heads = [
        (para, head)
        for para in doc.paragraphs
        if para.kind == "body" and (head := _POST_HEADER.match(doc.text, para.start, para.end))
    ]
    posted = sum(
        1
        for p in doc.paragraphs
        if p.kind == "body" and _ANY_POST_HEAD.match(doc.text, p.start, p.end)
    )
    if not heads or posted < 2:
        return quotes  # a digest has posts; one line of this form is a live feed's, or a note
    inside = Spans([(q.span.start, q.span.end) for q in quotes])
    posts: list[Quote] = []
    for para, head in heads:
        named = who.at(head.start("who"))
        if named is None or named.ambiguous or named.span.end != head.end("who"):
            continue
        body = head.end()
        if body < para.end and not inside.contains(body + 1):
            posts.append(whole_paragraph(doc, para, body, named.person, ids))
    return quotes + posts


# Any post's header, with an author or not: "[Полярный журнал] 12 ноября, 18:03".
_ANY_POST_HEAD = re.compile(r"(?:\[[^\]\n]{1,60}\]|【[^】\n]{1,60}】)[^\n]{0,60}?\d{1,2}:\d{2}\b")
# (a channel's name has letters: "[1] Иван Тимофеев · …" is a reference, no post)
_POST_HEADER = re.compile(
    r"(?:\[(?=[^\]\n]*[^\W\d_])[^\]\n]{1,60}\]|【[^】\n]{1,60}】)"
    r"[ \t]*(?P<who>[^\s·•|\[\]【】\n][^·•|\n]{1,40}?)"
    # then the time, where the post's words begin (a line's end or a space: the loaders
    # join the lines of a paragraph)
    r"[ \t]*[·•|][^\n·•|]{0,30}?(?:\d{1,2}:\d{2}[ \t\n]+|\n[ \t]*)"
)
