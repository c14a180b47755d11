"""Quotation marks and the spans between them, shared by the readers of every language.

Marks are paired with a stack (curly, straight, single, guillemets and CJK brackets;
nested; a quote may run over several paragraphs when each new paragraph reopens it). Here
too: the sentence around a quote, the text with quotes masked, and the records a quote
becomes (ids stable across runs, a context of bounded length).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from tealeaves.extract.cues import VERBS
from tealeaves.extract.names import HAN, LOOKBACK
from tealeaves.model import Document, Paragraph, Quote, Span

SKIPPED_KINDS = frozenset({"pullquote"})
MASK = "_"
#: Bounds that keep the work linear in the text whatever its marks: a quote nests at most
#: three deep (a quote in a quote in a quote), and a span of more than 8,000 characters
#: between two marks (about ten paragraphs) is not a quotation but unbalanced marks.
MAX_NESTING = 3
MAX_QUOTE_CHARS = 8000

OPEN_CLOSE = {"“": "”", "‘": "’", "«": "»", "「": "」", "『": "』", "„": "“"}
_LETTER = re.compile(r"\w")
# A letter an apostrophe stands before ("China’s"); not a Han character, which a closing
# single mark is followed by ("‘新冷战’的前线").
_APOSTROPHE_LETTER = re.compile(f"(?![{HAN}])\\w")
# Every character the scanner below acts on; it jumps from one to the next.
_MARKS = re.compile(
    "[" + re.escape("\"'”" + "".join(OPEN_CLOSE) + "".join(OPEN_CLOSE.values())) + "]"
)

# A sentence ends at . ? ! (perhaps then a footnote marker "[v]") before a space, but not
# after an initial or a title ("S. Rajaratnam", "U.S. officials", "Dr. Li") or a name's
# "Jr."/"Sr." ("Ferdinand Marcos Jr. said").
# The mark comes first and the abbreviations are checked behind it (each look-behind ends
# with the mark itself): a pattern that opens with a character set is searched for that
# set, where look-behinds first were tried at every position (twenty times slower).
SENTENCE_END = re.compile(
    r"[.?!](?<!\b[A-Z].)(?<!\bDr.|\bMr.|\bMs.|\bSt.|\bNo.)"
    r"(?<!\bMrs.|\bGen.|\bCol.|\bSen.|\bRep.)(?<!\bProf.)(?<!\bJr.|\bSr.)"
    r"(?:\[\w{1,6}\])?(?:(?=[\s”’\"]*(?:\s|$))[”’\"]*)"
)


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    start: int  # first character inside the marks (document offset)
    end: int  # the closing mark's offset
    depth: int  # 0 for a top-level quote, 1 for one inside another
    open_at: int  # the opening mark's offset
    close_at: int


def quote_spans(doc: Document) -> list[QuoteSpan]:
    """Every pair of quotation marks, in reading order, inner ones after outer ones."""
    found: list[QuoteSpan] = []
    pending: tuple[str, int] | None = None  # a quote left open at the end of a paragraph
    for para in doc.paragraphs:
        if para.kind in SKIPPED_KINDS:
            continue
        text, base = para.text, para.start
        stack: list[tuple[str, int]] = []
        i = 0
        if pending is not None:
            mark, _at = pending
            if text[:1] == mark or (mark == '"' and text[:1] == '"'):
                stack.append(pending)
                i = 1
            elif _closed_first(text, mark):
                stack.append(pending)  # "«… ¶ …», — сказал он": not reopened, but closed here
            pending = None
        for hit in _MARKS.finditer(text, i):
            i = hit.start()
            c = text[i]
            if len(stack) > MAX_NESTING:
                stack.clear()  # marks nested deeper than any text quotes: not quotation
            prev = text[i - 1] if i else " "
            nxt = text[i + 1] if i + 1 < len(text) else " "
            if c == '"':
                opening = (prev.isspace() or prev in "([{—–-/“‘") and not nxt.isspace()
                c = "“" if opening and not (stack and stack[-1][0] == '"') else "”"
                if c == "“":
                    stack.append(('"', base + i))
                    continue
                if stack and stack[-1][0] == '"':
                    _close(found, stack, base + i)
                continue
            if c == "'" and (prev.isspace() or prev in "([{“") and nxt.isalpha():
                stack.append(("'", base + i))
            elif c == "'" and stack and stack[-1][0] == "'" and not nxt.isalpha():
                _close(found, stack, base + i)
            elif c in OPEN_CLOSE and not (c == "“" and stack and stack[-1][0] == "„"):
                if c == "‘" and _LETTER.match(nxt) is None and nxt not in "“\"'‘":
                    continue  # a stray apostrophe-like mark
                stack.append((c, base + i))
            elif stack and c == OPEN_CLOSE.get(stack[-1][0], ""):
                if c == "’" and (_APOSTROPHE_LETTER.match(nxt) or prev.isspace()):
                    continue  # an apostrophe: "China’s"
                _close(found, stack, base + i)
            elif c == "”" and stack and any(m == "“" for m, _ in stack):
                while stack and stack[-1][0] != "“":
                    stack.pop()  # an unclosed single quote inside a double one
                _close(found, stack, base + i)
        if len(stack) >= 1 and stack[0][0] in ("“", '"', "«", "„", "「"):
            pending = stack[0]
    return sorted(found, key=lambda s: (s.open_at, s.depth))


def _closed_first(text: str, mark: str) -> bool:
    """Whether a paragraph closes the quote the one before left open (its closing mark
    comes before any opening mark of that pair): the quote runs on without being reopened.
    Only for marks that differ at each end (« », “ ”, „ “)."""
    closer = OPEN_CLOSE.get(mark, "")
    if mark == '"' or not closer or closer == mark:
        return False
    shut, opened = text.find(closer), text.find(mark)
    return shut >= 0 and (opened < 0 or shut < opened)


def _close(found: list[QuoteSpan], stack: list[tuple[str, int]], at: int) -> None:
    _mark, opened = stack.pop()
    if 1 < at - opened <= MAX_QUOTE_CHARS:
        found.append(QuoteSpan(opened + 1, at, len(stack), opened, at))


def masked_text(doc: Document, spans: list[QuoteSpan]) -> str:
    """The document text with every top-level quote's words replaced by ``MASK``."""
    chars = list(doc.text)
    for s in spans:
        if s.depth == 0:
            for k in range(s.start, s.end):
                if chars[k] != "\n":
                    chars[k] = MASK
            if doc.text[s.end - 1] in ".?!":
                chars[s.end - 1] = doc.text[s.end - 1]  # the quote ends its sentence
    return "".join(chars)


def sentence_bounds(
    text: str, masked: str, para: Paragraph, open_at: int, close_at: int
) -> tuple[int, int]:
    """The sentence around a quote: from the end of the previous sentence (in ``para``,
    where the quote opens) to the end of the sentence the quote closes in."""
    start = max(para.start, open_at - LOOKBACK)
    for m in SENTENCE_END.finditer(masked, start, open_at):
        start = m.end()
    while start < open_at and masked[start] in ' \t”’"':
        start += 1
    end_para = doc_paragraph_end(text, close_at)
    # "… abroad.” Next sentence": a quote that ends with its sentence ends the context;
    # but "“… prefer?” Brandt asked.": a question's tag goes on after its capital letter.
    if (
        text[close_at - 1 : close_at] in (".", "?", "!")
        and (
            close_at + 1 >= end_para or re.match(r"\s+[A-Z“‘\"]", text[close_at + 1 : close_at + 3])
        )
        and (text[close_at - 1] == "." or not _NAME_AND_VERB.match(text, close_at + 1))
    ):
        return start, close_at + 1
    # (not after "Mr." or "Dr.": '“…,” Mr. Lukyanov said.' is one sentence)
    m = SENTENCE_END.search(masked, close_at + 1, max(end_para, close_at + 1))
    return start, m.end() if m else max(end_para, close_at + 1)


# "Brandt asked.", "Foreign Minister Wang Yi countered.": a name (a few capitalised words)
# and a verb of saying that end the sentence; not "He continued: “…", the next quote's tag.
_NAME_AND_VERB = re.compile(
    rf"\s+(?:[A-Z][\w’'.-]*\s+){{1,4}}(?:{VERBS})\b[^:;“”\"«\n]{{0,80}}?[.!?]"
)


def doc_paragraph_end(text: str, at: int) -> int:
    """The end of the paragraph around ``at``, or LOOKBACK on when it runs on further."""
    end = text.find("\n\n", at, at + LOOKBACK)
    return min(len(text), at + LOOKBACK) if end < 0 else end


def quote_id(doc: Document, text: str, seen: dict[str, int]) -> str:
    digest = hashlib.sha1(f"{doc.id}\x1f{text}".encode()).hexdigest()[:10]
    n = seen.get(digest, 0)
    seen[digest] = n + 1
    return f"q{digest}" if n == 0 else f"q{digest}-{n}"


def quote_context(doc: Document, lo: int, hi: int, s: QuoteSpan) -> str:
    text = doc.text[lo:hi].strip()
    if len(text) > 900:
        a = max(lo, s.open_at - 300)
        b = min(hi, s.close_at + 300)
        text = ("… " if a > lo else "") + doc.text[a:b].strip() + (" …" if b < hi else "")
    return re.sub(r"\s*\n\n\s*", " ¶ ", text)


def reported_quote(
    doc: Document, span: tuple[int, int], speaker: str, frame_start: int, ids: dict[str, int]
) -> Quote:
    """A statement in the writer's words ("X认为，…", "по словам X, …"), credited to its
    speaker as kind "reported"; its context is the whole frame, from the cue on."""
    start, end = span
    text = doc.text[start:end]
    return Quote(
        quote_id(doc, text, ids),
        Span(doc.id, start, end),
        text,
        "reported",
        speaker,
        doc.text[frame_start:end],
    )


def whole_paragraph(
    doc: Document,
    para: Paragraph,
    start: int,
    speaker: str | None,
    ids: dict[str, int],
    end: int | None = None,
) -> Quote:
    """A statement that is a paragraph's words from ``start`` (to ``end``, else to the
    paragraph's end), with the paragraph as its context."""
    end = para.end if end is None else end
    text = doc.text[start:end]
    return Quote(
        id=quote_id(doc, text, ids),
        span=Span(doc.id, start, end),
        text=text,
        kind="statement",
        speaker=speaker,
        context=para.text if len(para.text) <= 900 else para.text[:900] + " …",
    )


# A thread's post number at a paragraph's or a sentence's start: "7/", "8/12", "(3/10)", "(8)".
_POST_NUMBER = re.compile(r"\s*(?:\(?\d{1,3}/\d{0,3}\)?|\(\d{1,3}\))\s*")


def without_post_number(text: str) -> str:
    """``text`` without a thread's post number at its start ("8/ “…”": the quote)."""
    m = _POST_NUMBER.match(text)
    return text[m.end() :] if m else text


def bold_questions(doc: Document) -> list[Paragraph]:
    """An interview's questions printed in bold, paragraphs of their own (as the loaders
    mark them): from the first bold paragraph that ends with a question mark on (a bold
    standfirst before it introduces), when most end so (a run-in subhead, "**Key voices**",
    asks nothing) and two at least are answered by the plain paragraph after them."""
    bold = [p for p in doc.paragraphs if p.kind == "bold"]
    first = next((n for n, p in enumerate(bold) if _asks(p.text)), None)
    if first is None:
        return []
    bold = bold[first:]
    paragraphs = doc.paragraphs
    answered = [
        p for p in bold if p.index + 1 < len(paragraphs) and paragraphs[p.index + 1].kind == "body"
    ]
    if len(answered) < 2 or 2 * sum(_asks(p.text) for p in bold) < len(bold):
        return []
    # an interview says so (its headline or introduction), or its answers speak in the first
    # person; an explainer's question subheads ("What does Beijing get?") do neither
    intro = " ".join([doc.title, *(p.text for p in paragraphs[: bold[0].index])])
    answers = [paragraphs[p.index + 1].text for p in answered]
    if not INTERVIEW_CUE.search(intro) and 2 * sum(
        bool(FIRST_PERSON.search(a)) for a in answers
    ) < len(answers):
        return []
    return bold


def bold_answers(doc: Document) -> list[tuple[Paragraph, int]]:
    """The answers of an interview whose questions are in bold (:func:`bold_questions`):
    the plain paragraphs after each question, until the next question or a heading, with
    where their words start (past an opening dash)."""
    questions = {p.index for p in bold_questions(doc)}
    answers: list[tuple[Paragraph, int]] = []
    asked = False  # whether the paragraphs now answer a question
    for para in doc.paragraphs:
        if para.index in questions or para.kind == "heading":
            asked = para.index in questions
        elif asked and para.kind == "body":
            dash = _ANSWER_DASH.match(para.text)
            answers.append((para, para.start + (dash.end() if dash else 0)))
    return answers


INTERVIEW_CUE = re.compile(
    r"(?i:\binterview|\bQ\s*&\s*A\b|\bspoke (?:to|with)\b|\btalked (?:to|with)\b|"
    r"\bconversation with\b|\bin conversation\b|интервью|бесед|рассказал|ответил\w* на вопрос)"
    r"|访谈|专访|采访|对话"
)
FIRST_PERSON = re.compile(
    r"\b(?:I|I['’]m|I['’]ve|I['’]d|my|we|our|me|us)\b|(?i:(?<![\w-])(?:я|мы|мне|меня|мой|моя|"
    r"моё|мои|нам|нас|наш\w*)(?![\w-]))|我|我们"
)


def _asks(text: str) -> bool:
    return text.rstrip(' .*_»”"').endswith(("?", "？"))


# "— Спокойнее, чем …": an answer that opens with a dash, as Russian interviews print them.
_ANSWER_DASH = re.compile(r"[—–]\s+")
