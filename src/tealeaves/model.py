"""The records Tea Leaves works with: plain, frozen dataclasses.

Every layer speaks in these types. Character spans (``start``/``end``) are offsets into
``Document.text``, the article's paragraphs joined by blank lines, so any fact can be traced
back to the exact place in the text it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ParagraphKind = Literal["body", "bold", "heading", "blockquote", "pullquote", "footnote", "row"]
PersonKind = Literal["expert", "official", "leader", "author", "other"]
QuoteKind = Literal["statement", "phrase", "scare", "title", "reported"]

PARAGRAPH_SEPARATOR = "\n\n"

#: Paragraph kinds whose text is indexed as passages. Pull quotes repeat body text and are
#: shown in the reader but not indexed a second time.
INDEXED_PARAGRAPH_KINDS: frozenset[str] = frozenset(
    {"body", "bold", "blockquote", "footnote", "row"}
)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One block of an article: body text, a paragraph set wholly in bold (an interview's
    question, as magazines print it), a heading, a quoted block or a footnote."""

    index: int
    kind: ParagraphKind
    text: str
    section: str  # the heading this paragraph stands under ("" before the first heading)
    start: int  # offset of the paragraph's first character in Document.text
    label: str = ""  # a footnote's label ("iv"), else ""

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph before it has been placed in a document (what loaders produce)."""

    kind: ParagraphKind
    text: str
    label: str = ""


@dataclass(frozen=True, slots=True)
class Document:
    """One article with its metadata, as the text and its front matter state them."""

    id: str
    title: str
    authors: tuple[str, ...]
    publication: str
    date: str  # ISO date ("2023-05-30"), a year-month, a year, or "" when not stated
    language: str
    source: str  # free-text provenance notes (URL, where the file came from)
    path: str  # the file it was loaded from
    paragraphs: tuple[Paragraph, ...]
    text: str = field(repr=False)
    #: Where each metadata field came from: (("title", "front matter"), ("date", "…")).
    provenance: tuple[tuple[str, str], ...] = ()

    @classmethod
    def build(
        cls,
        *,
        id: str,
        title: str,
        blocks: list[Block] | tuple[Block, ...],
        authors: tuple[str, ...] = (),
        publication: str = "",
        date: str = "",
        language: str = "",
        source: str = "",
        path: str = "",
        provenance: tuple[tuple[str, str], ...] = (),
    ) -> Document:
        """Place ``blocks`` into a document: compute offsets and the section of each paragraph."""
        paragraphs: list[Paragraph] = []
        offset = 0
        section = ""
        for block in blocks:
            if block.kind == "heading":
                section = block.text
            paragraphs.append(
                Paragraph(
                    index=len(paragraphs),
                    kind=block.kind,
                    text=block.text,
                    section=section if block.kind != "footnote" else "Notes",
                    start=offset,
                    label=block.label,
                )
            )
            offset += len(block.text) + len(PARAGRAPH_SEPARATOR)
        text = PARAGRAPH_SEPARATOR.join(p.text for p in paragraphs)
        return cls(
            id=id,
            title=title,
            authors=tuple(authors),
            publication=publication,
            date=date,
            language=language,
            source=source,
            path=path,
            paragraphs=tuple(paragraphs),
            text=text,
            provenance=provenance,
        )

    @property
    def year(self) -> str:
        return self.date[:4] if self.date[:4].isdigit() else ""

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The paragraph that contains character ``offset`` of ``text`` (None in a gap)."""
        lo, hi = 0, len(self.paragraphs) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            para = self.paragraphs[mid]
            if offset < para.start:
                hi = mid - 1
            elif offset >= para.end:
                lo = mid + 1
            else:
                return para
        return None


@dataclass(frozen=True, slots=True)
class Span:
    """Where a fact was read: a document and a character range in its text."""

    document: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Role:
    """An affiliation or role exactly as one article states it."""

    text: str
    span: Span | None  # None for a registry fact
    source: str = "text"  # "text", or the registry entry's stated source


@dataclass(frozen=True, slots=True)
class Mention:
    """One place a person is named or referred to."""

    person: str  # person id
    span: Span
    surface: str  # the text as it stands ("Zhao", "Lu Shaye’s")
    ambiguous: bool = False


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    native_name: str = ""
    kind: PersonKind = "other"
    roles: tuple[Role, ...] = ()
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    span: Span  # the words inside the quotation marks
    text: str
    kind: QuoteKind
    speaker: str | None  # person id, or None when the text credits nobody
    context: str  # the sentence (or sentences) around the quote
    topics: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Term:
    term: str  # the Chinese term as written
    gloss: str  # its English rendering in the text, "" if the text gives none
    pinyin: str
    span: Span


@dataclass(frozen=True, slots=True)
class Snippet:
    """A piece of text with the places that matched a query marked by offsets (not markup)."""

    text: str
    highlights: tuple[tuple[int, int], ...] = ()

    def marked(self, left: str = "**", right: str = "**") -> str:
        """The snippet with each highlight wrapped in ``left``/``right`` (for plain output)."""
        out: list[str] = []
        pos = 0
        for start, end in self.highlights:
            out.append(self.text[pos:start])
            out.append(left + self.text[start:end] + right)
            pos = end
        out.append(self.text[pos:])
        return "".join(out)


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result: a passage, a whole document, a person, a quote or a term."""

    kind: str  # "para", "doc", ...
    doc_id: str
    title: str
    authors: tuple[str, ...]
    date: str
    publication: str
    score: float
    snippet: Snippet
    position: int = -1  # paragraph index in the document, -1 for a whole document
    section: str = ""
    start: int = -1  # offset of the passage in Document.text, -1 if none
    end: int = -1
    person: str = ""  # for "person" hits the person's id, for "quote" hits the speaker's
    who: str = ""  # that person's name as shown: "Zhao Huasheng 赵华胜"


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: str
    parsed: str  # how the query was understood
    hits: tuple[Hit, ...]
    total: int
    notice: str = ""  # e.g. "could not parse the query; searched for the plain words instead"
    suggestion: str = ""  # "did you mean" when nothing was found


@dataclass(frozen=True, slots=True)
class LoadError:
    """An article that could not be loaded, and why, in one line a user can act on."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


StanceSource = Literal["curated", "user"]


@dataclass(frozen=True, slots=True)
class Stance:
    """Where one person (or an article's author) stands on one topic, and the words that
    show it. Curated from the text or set by the user; never inferred by keyword."""

    person: str  # person id
    topic: str  # topic id
    position: str  # a short label as a badge shows it: "against", "costly to China"
    summary: str  # one sentence saying what the evidence shows
    evidence: str  # words from the article, exactly as written ("" for a user's own view)
    document: str  # the article the evidence is in ("" if none)
    source: StanceSource
    span: Span | None = None  # where the evidence is, when it was found in the text
    quote: str = ""  # the id of the quote the evidence lies in, if it is (part of) one
