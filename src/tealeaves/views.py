"""The Library's answers: plain, frozen dataclasses that both front ends read.

Also the home of the few types the front ends receive from below the Library (a progress
callback, what opening the index and adding articles did), so that the CLI and the TUI
import them from :mod:`tealeaves.library` and never from ``search`` or ``corpus``.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, Literal, TypeVar

from tealeaves.model import LoadError, Person, Quote, Role, Snippet, Span, Stance

if TYPE_CHECKING:
    from tealeaves.extract.topics import Topic

Progress = Callable[[int, int, str], None]
"""``progress(done, total, message)``: called as articles are indexed or added."""


@dataclass
class UpdateReport:
    """What opening the index did."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)
    rebuilt: bool = False
    notices: list[str] = field(default_factory=list)
    read_only: bool = False
    #: A rebuild in partitions: how many, and on how many workers (0: in this process).
    partitions: int = 0
    workers: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.rebuilt)


AddStatus = Literal["added", "updated", "unchanged"]


@dataclass(frozen=True, slots=True)
class Added:
    path: str  # the file given, safe to print (control characters shown as symbols)
    doc_id: str
    title: str
    status: AddStatus
    stored: str  # the copy in the library


@dataclass
class AddReport:
    """What ``Library.add`` did: each file added, updated or already there, and each that
    could not go in."""

    added: list[Added] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True, slots=True)
class PersonSummary:
    """A person as listed: merged over every article they appear in."""

    id: str
    name: str
    native_name: str
    kind: str
    affiliations: tuple[str, ...]
    mention_count: int
    quote_count: int
    documents: tuple[str, ...]
    #: Every other form the articles name them by: 赵华胜, Чжао Хуашэн, "Zhao".
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Profile:
    """Everything the articles say about one person, each fact with its source."""

    person: Person
    roles: tuple[Role, ...]
    quotes: tuple[Quote, ...]
    documents: tuple[DocumentInfo, ...]
    mention_count: int
    ambiguous_mentions: int
    co_mentioned: tuple[PersonSummary, ...]
    # Joins the articles cannot settle: other people with this Latin name kept apart
    # ("Wang Yi (王义)" beside the minister 王毅), and the different Han names the articles
    # give this one ("may be two people of one pinyin name").
    namesakes: tuple[PersonSummary, ...] = ()
    native_variants: tuple[str, ...] = ()

    def unsettled(self) -> list[str]:
        """The joins the articles cannot settle, said in a sentence each (the explorer and
        the command line show the same ones)."""
        said = []
        if self.native_variants:
            said.append(
                f"The articles write this name as {' and '.join(self.native_variants)}: "
                "perhaps two people with one Latin name."
            )
        for other in self.namesakes:
            native = f" ({other.native_name})" if other.native_name else ""
            said.append(f"Not joined: another {other.name}{native}, id {other.id}.")
        return said


@dataclass(frozen=True, slots=True)
class TopicSummary:
    topic: Topic
    passages: int  # passages tagged with it
    quotes: int  # quotes tagged with it
    speakers: tuple[str, ...]  # ids of people quoted on it, most quotes first


@dataclass(frozen=True, slots=True)
class NameMark:
    """A place where an article names a known person."""

    start: int
    end: int
    person: str  # person id
    name: str  # as listed: "Zhao Huasheng 赵华胜"
    ambiguous: bool


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    term: str
    pinyin: str
    gloss: str  # the first English rendering the texts give ("" if none)
    glosses: tuple[str, ...]  # every distinct rendering
    occurrences: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class CompareEntry:
    """One column's say on one topic: the stance (if any) and the quotes on it."""

    topic: str
    stance: Stance | None
    quotes: tuple[Quote, ...]


@dataclass(frozen=True, slots=True)
class CompareColumn:
    kind: str  # "person" or "article"
    id: str
    title: str  # "Zhao Huasheng 赵华胜", or the article's title
    subtitle: str  # a role as an article states it, or "author · publication · date"
    entries: tuple[CompareEntry, ...]  # one per topic compared, in the topics' order


@dataclass(frozen=True, slots=True)
class Comparison:
    topics: tuple[Topic, ...]
    columns: tuple[CompareColumn, ...]
    contains: str = ""  # the keyword filter applied to the quotes

    def positions(self, topic: str) -> dict[str, str]:
        """Per column id, its position on ``topic`` where it has one."""
        found = {}
        for column in self.columns:
            for entry in column.entries:
                if entry.topic == topic and entry.stance is not None:
                    found[column.id] = entry.stance.position
        return found

    def documents(self) -> list[str]:
        """The ids of the articles the columns quote or take their evidence from."""
        found = {c.id for c in self.columns if c.kind == "article"}
        for column in self.columns:
            for entry in column.entries:
                found.update(q.span.document for q in entry.quotes)
                if entry.stance is not None and entry.stance.document:
                    found.add(entry.stance.document)
        return sorted(found)

    def differs(self, topic: str) -> bool:
        """Whether at least two columns take different positions on ``topic``."""
        return len(set(self.positions(topic).values())) > 1


@dataclass(frozen=True, slots=True)
class MatrixCell:
    stance: Stance | None
    quotes: tuple[str, ...]  # ids of the person's quotes on the topic (the evidence's first)


@dataclass(frozen=True, slots=True)
class MatrixRow:
    person: PersonSummary
    cells: tuple[MatrixCell, ...]  # one per topic, in the matrix's order


@dataclass(frozen=True, slots=True)
class Matrix:
    topics: tuple[Topic, ...]
    rows: tuple[MatrixRow, ...]


@dataclass(frozen=True, slots=True)
class Citation:
    """Everything needed to cite a quote: who said it, in what role, where and when."""

    quote: Quote
    speaker: str  # "Zhao Huasheng"
    native_name: str  # "赵华胜"
    role: str  # as the citing article states it
    title: str
    authors: tuple[str, ...]
    publication: str
    date: str
    source: str


class NotFound(LookupError):
    """Something asked for by id or name is not in the library; ``str()`` says what to do."""


class ClusterError(ValueError):
    """A cluster asked for that cannot be used (its extra is not installed, the address is
    wrong, the scheduler does not answer, the workers cannot read the articles);
    ``str()`` says what to do."""


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """An article as listed: its metadata without its text."""

    id: str
    title: str
    authors: tuple[str, ...]
    publication: str
    date: str
    language: str
    source: str
    path: str
    paragraphs: int
    #: Where each metadata field came from ("front matter", "the PDF's metadata" …).
    provenance: tuple[tuple[str, str], ...] = ()


Item = TypeVar("Item")


@dataclass(frozen=True, slots=True)
class Page(Generic[Item]):
    """A part of one of the library's lists (``Library.page``): its items from ``offset``
    on, how many the list holds in all (with the filter asked for), and the ``stamp`` of
    the index it was read from: a later page with another stamp comes from a library that
    changed in between, and the list is best read again from its start."""

    items: tuple[Item, ...]
    total: int
    offset: int
    stamp: str


@dataclass(frozen=True, slots=True)
class Counts:
    """How long the library's lists are (``Library.counts``), cheap to ask at once."""

    documents: int
    people: int
    experts: int
    terms: int
    stamp: str


def name_forms(who: str, person: PersonSummary | None = None) -> list[str]:
    """The names an expert hit's text begins with: the person's (``person``, when known),
    else read off the name shown (``who``: "Feng Zhongping 冯仲平")."""
    if person is not None:
        return [person.name, person.native_name, *person.aliases]
    name, _, native = who.rpartition(" ")
    return [who, name, native]


def roles_of(snippet: Snippet, names: Sequence[str]) -> Snippet:
    """What an expert hit says about the person, without the names that the index puts
    first ("Feng Zhongping | 冯仲平 | Feng deputy director of …" becomes "deputy director
    of …"): ``names`` are the person's name forms. Highlights move with the text; those
    on the names go (the list shows the name anyway). A snippet that does not begin with
    the names (a cut from the middle) is returned as it is."""
    text = snippet.text
    forms = sorted({n for n in names if n}, key=len, reverse=True)
    cut = 0
    while True:
        form = next((f for f in forms if text.startswith(f, cut)), None)
        if form is None:
            break
        end = cut + len(form)
        if text.startswith(" | ", end):
            cut = end + 3
        elif end == len(text) or text[end] == " ":
            cut = end
            break
        else:
            break
    if cut == 0:
        return snippet
    rest = text[cut:]
    skip = cut + len(rest) - len(rest.lstrip())
    return Snippet(
        text[skip:],
        tuple((s - skip, e - skip) for s, e in snippet.highlights if s >= skip),
    )


def phrase_spans(text: str, spans: Sequence[tuple[int, int]], query: str) -> list[tuple[int, int]]:
    """For a query that is one quoted phrase of several words ("strategic partnership"),
    the places where the phrase occurs, each one span, out of ``spans``, the places of its
    words: a word of it on its own is not what was asked for. Any other query, or a phrase
    whose words do not follow each other in ``text`` (a word the index leaves out, such as
    "of", between them), gives ``spans`` as they are."""
    phrase = query.strip()
    words = phrase[1:-1].split() if len(phrase) > 2 and phrase[0] == phrase[-1] == '"' else []
    if len(words) < 2 or '"' in phrase[1:-1]:
        return list(spans)
    ordered = sorted(spans)
    found: list[tuple[int, int]] = []
    n = 0
    while n + len(words) <= len(ordered):
        run = ordered[n : n + len(words)]
        if all(_adjacent(text, a[1], b[0]) for a, b in itertools.pairwise(run)):
            found.append((run[0][0], run[-1][1]))
            n += len(words)
        else:
            n += 1
    return found or list(spans)


def phrase_snippet(snippet: Snippet, query: str) -> Snippet:
    """``snippet`` with the phrase marked, not each of its words (see :func:`phrase_spans`)."""
    return Snippet(snippet.text, tuple(phrase_spans(snippet.text, snippet.highlights, query)))


def _adjacent(text: str, end: int, start: int) -> bool:
    """Whether only spaces or a hyphen stand between two words (at ``end`` and ``start``)."""
    gap = text[end:start]
    return end <= start and len(gap) <= 3 and all(c.isspace() or c in "-‐–" for c in gap)
