"""The one headless API that the CLI and the TUI both use.

``Library.open()`` finds the articles (bundled, the user's library, extra folders), brings
the index up to date and answers questions in plain dataclasses. Nothing here knows about
Rich or Textual.
"""

from __future__ import annotations

import difflib
import functools
import json
import re
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whoosh.query import Term

from tealeaves.corpus import ArticleError, load_article
from tealeaves.corpus.importer import AddReport, add_files, remove_article
from tealeaves.extract import RegistryError, Topic, TopicError, Topics, load_registry, load_topics
from tealeaves.extract.people import slug
from tealeaves.locations import bundled_articles, default_index_dir, default_library_dir
from tealeaves.model import (
    Document,
    LoadError,
    Person,
    Quote,
    Role,
    SearchResult,
    Span,
    Stance,
)
from tealeaves.search.build import (
    INDEX_VERSION,
    ExtractingRecords,
    IndexStore,
    Progress,
    UpdateReport,
    open_searcher,
)
from tealeaves.search.bulk import FastPath
from tealeaves.search.query import make_parser, matching_spans
from tealeaves.search.query import search as run_search
from tealeaves.search.records import person_from_json, quote_from_json, term_from_json
from tealeaves.search.whoosh_private import DAMAGED_INDEX_ERRORS
from tealeaves.stances import StanceError, check_position, curated_stances
from tealeaves.userdata import Annotations, Flag, Note, UserData, now


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


@dataclass
class LibraryConfig:
    index_dir: Path | None = None
    corpus_dirs: Sequence[Path] = ()
    bundled: bool = True
    library_dir: Path | None = None

    def data_dir(self) -> Path:
        """The user's library folder: their articles, annotations, registry and topics."""
        return self.library_dir or default_library_dir()

    def topics_path(self) -> Path:
        """The user's own topics (optional): ``<library>/topics.toml``."""
        return self.data_dir() / "topics.toml"

    def registry_path(self) -> Path:
        """The user's own registry of people (optional): ``<library>/registry.toml``."""
        return self.data_dir() / "registry.toml"

    def articles_dir(self) -> Path:
        """Where added articles are kept: ``<library>/articles``."""
        return self.data_dir() / "articles"

    def sources(self) -> list[Path]:
        sources: list[Path] = []
        if self.bundled:
            sources.append(bundled_articles())
        sources.append(self.articles_dir())
        sources.extend(Path(p) for p in self.corpus_dirs)
        return sources


@dataclass
class Library:
    config: LibraryConfig
    store: IndexStore
    report: UpdateReport = field(default_factory=UpdateReport)
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)
    _searcher: object | None = field(default=None, repr=False)
    _docs: OrderedDict[str, Document] = field(default_factory=OrderedDict, repr=False)
    topic_set: Topics = field(default_factory=Topics)
    userdata: UserData | None = None
    _curated: list[Stance] = field(default_factory=list, repr=False)
    _fast: FastPath = field(default_factory=FastPath, repr=False)

    @classmethod
    def open(
        cls,
        *,
        index_dir: Path | str | None = None,
        corpus_dirs: Iterable[Path | str] = (),
        bundled: bool = True,
        library_dir: Path | str | None = None,
        progress: Progress | None = None,
        rebuild: bool = False,
    ) -> Library:
        """Open the library, updating or rebuilding the index as needed."""
        config = LibraryConfig(
            index_dir=Path(index_dir) if index_dir else None,
            corpus_dirs=tuple(Path(p) for p in corpus_dirs),
            bundled=bundled,
            library_dir=Path(library_dir) if library_dir else None,
        )
        notices: list[str] = []
        user_registry = config.registry_path()
        try:
            registry = load_registry(user_registry)
        except RegistryError as exc:
            notices.append(f"Your registry was not used: {exc}. Fix the file and reload.")
            registry = load_registry()
        try:
            topics = load_topics(config.topics_path())
        except TopicError as exc:
            notices.append(f"Your topics were not used: {exc}. Fix the file and reload.")
            topics = load_topics()
        store = IndexStore(
            config.index_dir or default_index_dir(),
            record_maker=ExtractingRecords(registry, topics),
            version=f"{INDEX_VERSION}-registry{registry.fingerprint()}-topics{topics.fingerprint()}",
        )
        lib = cls(
            config=config,
            store=store,
            topic_set=topics,
            userdata=UserData(config.data_dir()),
            _curated=curated_stances(),
        )
        lib.report = store.open(config.sources(), progress=progress, rebuild=rebuild)
        lib.report.notices[:0] = notices
        lib.userdata.load()  # so that a damaged annotations file is reported at once
        return lib

    # -- state ------------------------------------------------------------------------------

    @property
    def index_dir(self) -> Path:
        return self.store.directory

    @property
    def notices(self) -> list[str]:
        """What the user should be told: index repairs, unusable files, damaged annotations."""
        extra = self.userdata.notices if self.userdata is not None else []
        extra = extra + self._fast.notices  # the search's fallback, once a session
        return self.report.notices + [n for n in extra if n not in self.report.notices]

    @property
    def errors(self) -> list[LoadError]:
        return self.report.errors

    def reload(
        self,
        *,
        progress: Progress | None = None,
        rebuild: bool = False,
        only: Iterable[Path] | None = None,
    ) -> UpdateReport:
        """Pick up added, changed and removed article files (``only``: just these files,
        known to have changed; the others are not looked at)."""
        with self._lock:
            self._close_searcher()
            self._docs.clear()
            self.report = self.store.open(
                self.config.sources(), progress=progress, rebuild=rebuild, only=only
            )
            return self.report

    def generation(self) -> int:
        """A number that changes whenever the index does, here or in another process."""
        with self._lock:
            index = self.store.index
            return int(index.latest_generation()) if index is not None else -1

    def close(self) -> None:
        with self._lock:
            self._close_searcher()
            self.store.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _close_searcher(self) -> None:
        if self._searcher is not None:
            self._searcher.close()  # type: ignore[attr-defined]
            self._searcher = None

    def _get_searcher(self) -> Any:  # a whoosh Searcher
        if self._searcher is None:
            assert self.store.index is not None
            self._searcher = open_searcher(self.store.index)
        return self._searcher

    # -- questions --------------------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        limit: int = 10,
        per_document: int = 3,
        kinds: Sequence[str] = (),
        stale: Callable[[], bool] | None = None,
    ) -> SearchResult:
        """Search everything; see :mod:`tealeaves.search.query` for the syntax.

        ``stale`` is asked once the library is free (another search may hold it): when it
        says True, a newer search has superseded this one, which then returns no hits
        without running. The explorer searches as you type; this keeps keystrokes from
        queueing up behind each other in a large library."""
        with self._lock:
            if stale is not None and stale():
                return SearchResult(query, "", (), 0, notice="superseded by a newer search")
            for attempt in (1, 2):
                try:
                    searcher = self._get_searcher()
                    parser = make_parser(searcher.schema)
                    result = run_search(
                        searcher,
                        parser,
                        query,
                        limit=limit,
                        per_document=per_document,
                        kinds=tuple(kinds),
                        fast=self._fast,
                    )
                except DAMAGED_INDEX_ERRORS as exc:  # rebuild it once, then give up
                    if attempt == 2 or self.store.in_memory:
                        raise
                    self.reload(rebuild=True)
                    self.report.notices.append(
                        f"The search index was damaged ({type(exc).__name__}); "
                        "it was rebuilt from the articles."
                    )
                else:
                    return result
            raise AssertionError("unreachable")

    def documents(self) -> list[DocumentInfo]:
        """Every article in the index, newest first (undated last), then by title."""
        with self._lock:
            infos = [_info(f) for f in self._get_searcher().documents(kind="doc")]
        infos.sort(key=lambda d: d.title.lower())
        infos.sort(key=lambda d: d.date, reverse=True)
        return infos

    def titles(self, doc_ids: Iterable[str]) -> dict[str, str]:
        """The titles of these articles (the ones not in the library are left out)."""
        infos = (self.document_info(d) for d in doc_ids)
        return {i.id: i.title for i in infos if i is not None}

    def document_info(self, doc_id: str) -> DocumentInfo | None:
        """One article's metadata (None when there is no such article)."""
        with self._lock:
            fields = self._get_searcher().document(id=f"doc:{doc_id}")
        return _info(fields) if fields is not None else None

    def document(self, doc_id: str) -> Document:
        """The full article, read from its file. Raises :class:`NotFound`."""
        with self._lock:
            cached = self._docs.get(doc_id)
            if cached is not None:
                self._docs.move_to_end(doc_id)
                return cached
            fields = self._get_searcher().document(id=f"doc:{doc_id}")
        if fields is None:
            raise NotFound(f"No article with id '{doc_id}'. `tealeaves docs` lists the ids.")
        try:
            doc = load_article(fields["path"], doc_id=doc_id)
        except ArticleError as exc:
            raise NotFound(
                f"Article '{doc_id}' can no longer be read ({exc.reason}); "
                "run `tealeaves index` to update the index."
            ) from None
        with self._lock:
            self._docs[doc_id] = doc
            while len(self._docs) > 32:
                self._docs.popitem(last=False)
        return doc

    def highlights(self, doc_id: str, query: str) -> list[tuple[int, int]]:
        """Where the words ``query`` matches occur in the article's text, in order: what
        a reader highlights and steps through. Empty for an empty or unmatched query."""
        doc = self.document(doc_id)
        with self._lock:
            searcher = self._get_searcher()
            return matching_spans(searcher, make_parser(searcher.schema), query, doc.text)

    def name_marks(self, doc_id: str) -> list[NameMark]:
        """Every place the article names a person the extractor found, in order."""
        marks: list[NameMark] = []
        with self._lock:
            for fields in self._get_searcher().documents(kind="person", doc_id=doc_id):
                data = json.loads(fields["data"])
                for start, end, ambiguous in data.get("spans", []):
                    marks.append(
                        NameMark(
                            start, end, fields["person"], fields.get("who", ""), bool(ambiguous)
                        )
                    )
        return sorted(marks, key=lambda m: m.start)

    def has_document(self, doc_id: str) -> bool:
        with self._lock:
            return self._get_searcher().document(id=f"doc:{doc_id}") is not None

    def count(self, kind: str) -> int:
        """How many records of ``kind`` ("doc", "para", …) the index holds."""
        with self._lock:
            return len(self._get_searcher().search(Term("kind", kind), limit=None))

    # -- people, quotes, terms --------------------------------------------------------------

    def _person_rows(self, person: str | None = None) -> dict[str, list[dict[str, Any]]]:
        """Per person id: the stored facts from each article they appear in (of one
        ``person`` only, when given: a lookup, not a pass over everyone)."""
        terms = {"kind": "person"} if person is None else {"kind": "person", "person": person}
        with self._lock:
            rows: dict[str, list[dict[str, Any]]] = {}
            for fields in self._get_searcher().documents(**terms):
                data = json.loads(fields["data"])
                data["doc_id"] = fields["doc_id"]
                rows.setdefault(fields["person"], []).append(data)
        return rows

    @staticmethod
    def _merge(rows: list[dict[str, Any]]) -> tuple[Person, int, int, int, tuple[str, ...]]:
        people = [person_from_json(r["person"]) for r in rows]
        best = max(people, key=lambda p: (p.kind != "other", bool(p.native_name), len(p.roles)))
        roles: list[Role] = []
        aliases: list[str] = []
        for p in people:
            roles.extend(r for r in p.roles if r not in roles)
            aliases.extend(a for a in p.aliases if a not in aliases)
        native = best.native_name or next((p.native_name for p in people if p.native_name), "")
        person = Person(best.id, best.name, native, best.kind, tuple(roles), tuple(aliases))
        return (
            person,
            sum(r["mentions"] for r in rows),
            sum(r["quotes"] for r in rows),
            sum(r.get("ambiguous", 0) for r in rows),
            tuple(sorted({r["doc_id"] for r in rows})),
        )

    def _summary(self, rows: list[dict[str, Any]]) -> PersonSummary:
        person, mentions, quotes, _, docs = self._merge(rows)
        affiliations = tuple(dict.fromkeys(r.text for r in person.roles))
        return PersonSummary(
            person.id,
            person.name,
            person.native_name,
            person.kind,
            affiliations,
            mentions,
            quotes,
            docs,
        )

    def people(self, kind: str | None = None) -> list[PersonSummary]:
        """Everyone the articles name (of one ``kind`` if given), by name."""
        people = [self._summary(rows) for rows in self._person_rows().values()]
        if kind is not None:
            people = [p for p in people if p.kind == kind]
        return sorted(people, key=lambda p: _fold(p.name))

    def find_person(self, name: str) -> str:
        """The id of the person called ``name``: id, any name form, native script, or a
        unique prefix. Raises :class:`NotFound` naming the closest matches."""
        rows_by_id = self._person_rows()
        people = [self._summary(rows) for rows in rows_by_id.values()]
        wanted = _fold(name)
        forms: dict[str, set[str]] = {}
        for p in people:
            for form in (p.id, p.name, p.native_name):
                if form:
                    forms.setdefault(_fold(form), set()).add(p.id)
        for rows in rows_by_id.values():
            for row in rows:
                for alias in row["person"].get("aliases", []):
                    forms.setdefault(_fold(alias), set()).add(row["person"]["id"])
        exact = forms.get(wanted, set())
        if len(exact) == 1:
            return next(iter(exact))
        candidates = exact or {
            pid for form, ids in forms.items() if form.startswith(wanted) for pid in ids
        }
        if len(candidates) == 1:
            return next(iter(candidates))
        names = {p.id: p.name for p in people}
        if candidates:
            listed = ", ".join(sorted(names[c] for c in candidates))
            raise NotFound(f"'{name}' could be any of: {listed}. Give more of the name.")
        close = difflib.get_close_matches(wanted, list(forms), n=5, cutoff=0.6)
        ids = list(dict.fromkeys(pid for form in close for pid in sorted(forms[form])))
        hint = f" Closest: {', '.join(names[i] for i in ids)}." if ids else ""
        raise NotFound(
            f"No one called '{name}' in the articles.{hint} `tealeaves experts --all` "
            "lists everyone."
        )

    def _person_id(self, id_or_name: str) -> str:
        """The id of a person given by id (looked up directly) or by any name."""
        return id_or_name if self._person_rows(id_or_name) else self.find_person(id_or_name)

    def person(self, id_or_name: str) -> Profile:
        """A person's profile. Raises :class:`NotFound`."""
        pid = self._person_id(id_or_name)
        rows = self._person_rows(pid)[pid]
        person, mentions, _, ambiguous, doc_ids = self._merge(rows)
        infos = [self.document_info(d) for d in doc_ids]
        docs = {i.id: i for i in infos if i is not None}
        with_ids = {other for row in rows for other in row.get("with", [])}
        others = [self._person_rows(o).get(o) for o in with_ids]
        co = sorted(
            (self._summary(r) for r in others if r),
            key=lambda s: (-s.mention_count, _fold(s.name)),
        )
        return Profile(
            person=person,
            roles=person.roles,
            quotes=tuple(self.quotes(speaker=pid)),
            documents=tuple(docs[d] for d in doc_ids if d in docs),
            mention_count=mentions,
            ambiguous_mentions=ambiguous,
            co_mentioned=tuple(co),
        )

    def quotes(self, speaker: str | None = None, document: str | None = None) -> list[Quote]:
        """Quotes in reading order, optionally of one speaker (id) or in one article."""
        terms: dict[str, str] = {"kind": "quote"}
        if speaker is not None:
            terms["person"] = speaker
        if document is not None:
            terms["doc_id"] = document
        with self._lock:
            found = [
                quote_from_json(json.loads(f["data"]))
                for f in self._get_searcher().documents(**terms)
            ]
        return sorted(found, key=lambda q: (q.span.document, q.span.start))

    def topics(self) -> list[TopicSummary]:
        """Every topic with how many passages and quotes touch it, and who is quoted on it."""
        summaries = []
        with self._lock:
            searcher = self._get_searcher()
            for topic in self.topic_set.topics:
                passages = quotes = 0
                speakers: dict[str, int] = {}
                for fields in searcher.documents(topic=topic.id):
                    if fields["kind"] == "para":
                        passages += 1
                    elif fields["kind"] == "quote":
                        quotes += 1
                        if fields.get("person"):
                            speakers[fields["person"]] = speakers.get(fields["person"], 0) + 1
                ranked = sorted(speakers, key=lambda p: (-speakers[p], p))
                summaries.append(TopicSummary(topic, passages, quotes, tuple(ranked)))
        return summaries

    def glossary(self) -> list[GlossaryEntry]:
        """Chinese terms with their English renderings and every place they occur."""
        with self._lock:
            terms = [
                term_from_json(json.loads(f["data"]))
                for f in self._get_searcher().documents(kind="term")
            ]
        grouped: dict[str, list[Any]] = {}
        for term in sorted(terms, key=lambda t: (t.span.document, t.span.start)):
            grouped.setdefault(term.term, []).append(term)
        entries = []
        for text, found in grouped.items():
            glosses = tuple(dict.fromkeys(t.gloss for t in found if t.gloss))
            entries.append(
                GlossaryEntry(
                    term=text,
                    pinyin=found[0].pinyin,
                    gloss=glosses[0] if glosses else "",
                    glosses=glosses,
                    occurrences=tuple(t.span for t in found),
                )
            )
        return sorted(entries, key=lambda e: e.pinyin or e.term)

    # -- adding and removing articles -------------------------------------------------------

    def articles_dir(self) -> Path:
        """Where added articles are kept: ``<library>/articles``."""
        return self.config.articles_dir()

    def add(
        self,
        paths: Iterable[Path | str],
        *,
        title: str = "",
        authors: Sequence[str] = (),
        date: str = "",
        publication: str = "",
        url: str = "",
        encoding: str = "",
        progress: Progress | None = None,
    ) -> AddReport:
        """Copy articles (files or folders) into the library and index them; each bad one
        is reported in the result and the others are still added."""
        overrides: dict[str, object] = {
            "title": title,
            "authors": list(authors),
            "date": date,
            "publication": publication,
            "url": url,
        }
        report = add_files(
            paths,
            self.config.data_dir(),
            overrides=overrides,
            encoding=encoding or None,
            progress=progress,
            id_taken=self.has_document,
        )
        changed = [Path(a.stored) for a in report.added if a.status != "unchanged"]
        if changed:
            self.reload(progress=progress, only=changed)
        return report

    def remove(self, doc_id: str) -> DocumentInfo:
        """Remove an article added to the library (its copy; the original is untouched).
        Raises :class:`NotFound`, also for an article that was not added (bundled, or in a
        --corpus folder)."""
        info = self.document_info(doc_id)
        if info is None:
            raise NotFound(f"No article with id '{doc_id}'. `tealeaves docs` lists the ids.")
        if not _inside(Path(info.path), self.articles_dir().resolve()):
            raise NotFound(
                f"'{doc_id}' was not added to your library ({info.path}): leave out the "
                "bundled articles with --no-bundled, or remove the file from its folder."
            )
        remove_article(Path(info.path))
        self.reload()
        return info

    # -- quotes by id, stances, notes and flags -----------------------------------------------

    def quote(self, quote_id: str) -> Quote:
        """One quote by its id. Raises :class:`NotFound`."""
        with self._lock:
            fields = self._get_searcher().document(kind="quote", ref=quote_id)
        if fields is None:
            raise NotFound(
                f"No quote with id '{quote_id}'. `tealeaves expert NAME --json` lists ids."
            )
        return quote_from_json(json.loads(fields["data"]))

    def topic(self, topic_id: str) -> Topic:
        """A topic by id or label (any case). Raises :class:`NotFound` listing the ids."""
        wanted = _fold(topic_id)
        for t in self.topic_set.topics:
            if wanted in (t.id, _fold(t.label)):
                return t
        ids = ", ".join(t.id for t in self.topic_set.topics)
        raise NotFound(f"No topic '{topic_id}'. Topics: {ids}.")

    def annotations(self) -> Annotations:
        """The user's stances, notes and flags as they are saved now."""
        assert self.userdata is not None
        return self.userdata.load()

    def stances(
        self, person: str | None = None, topic: str | None = None, document: str | None = None
    ) -> list[Stance]:
        """The stances in force: the curated ones the user has not removed or replaced, and
        the user's own; each with where its evidence is. Stances on articles that are not in
        this library are left out."""
        data = self.annotations()
        chosen = [
            s
            for s in self._curated
            if (s.person, s.topic) not in data.hidden and (s.person, s.topic) not in data.stances
        ]
        chosen.extend(data.stances.values())
        found = []
        quotes_of = functools.cache(lambda doc_id: self.quotes(document=doc_id))
        for s in chosen:
            if (person is not None and s.person != person) or (
                topic is not None and s.topic != topic
            ):
                continue
            if document is not None and s.document != document:
                continue
            if s.document and not self.has_document(s.document):
                continue
            found.append(self._located(s, quotes_of))
        order = {t.id: n for n, t in enumerate(self.topic_set.topics)}
        return sorted(found, key=lambda s: (order.get(s.topic, len(order)), s.person))

    def _located(
        self, stance: Stance, quotes_of: Callable[[str], list[Quote]] | None = None
    ) -> Stance:
        """``stance`` with the span of its evidence and the quote that holds it, if any
        (``quotes_of(doc_id)`` gives an article's quotes; several stances share one)."""
        if not (stance.evidence and stance.document):
            return stance
        if quotes_of is None:
            quotes_of = lambda doc_id: self.quotes(document=doc_id)  # noqa: E731
        try:
            doc = self.document(stance.document)
        except NotFound:
            return stance
        at = doc.text.find(stance.evidence)
        if at < 0:
            return stance
        end = at + len(stance.evidence)
        holder = next(
            (q for q in quotes_of(stance.document) if q.span.start < end and at < q.span.end),
            None,
        )
        return Stance(
            stance.person,
            stance.topic,
            stance.position,
            stance.summary,
            stance.evidence,
            stance.document,
            stance.source,
            Span(stance.document, at, end),
            holder.id if holder else "",
        )

    def set_stance(
        self,
        person: str,
        topic: str,
        position: str,
        *,
        summary: str = "",
        evidence: str = "",
        document: str = "",
    ) -> Stance:
        """Record the user's stance of ``person`` on ``topic`` (replacing any other). The
        evidence, if given, must be in the article word for word; without ``document`` the
        person's articles are searched for it. Raises :class:`NotFound` or ``ValueError``."""
        pid = self._person_id(person)
        topic_id = self.topic(topic).id
        try:
            position = check_position(position)
        except StanceError as exc:
            raise ValueError(str(exc)) from None
        evidence = " ".join(evidence.split())
        if evidence:
            candidates = [document] if document else list(self._documents_of(pid))
            document = next(
                (d for d in candidates if evidence in _spaced(self.document(d).text)), ""
            )
            if not document:
                where = f"'{candidates[0]}'" if len(candidates) == 1 else "their articles"
                raise NotFound(
                    f"The evidence was not found word for word in {where}. Copy it from the "
                    "article (curly quotes and all) or leave it out."
                )
            evidence = self._as_written(document, evidence)
        elif document and not self.has_document(document):
            raise NotFound(f"No article with id '{document}'. `tealeaves docs` lists the ids.")
        stance = Stance(
            pid, topic_id, position, " ".join(summary.split()), evidence, document, "user"
        )

        def change(data: Annotations) -> None:
            data.stances[(pid, topic_id)] = stance
            data.hidden.discard((pid, topic_id))

        assert self.userdata is not None
        self.userdata.update(change)
        return self._located(stance)

    def remove_stance(self, person: str, topic: str) -> Stance:
        """Remove the stance of ``person`` on ``topic``: the user's own is deleted, a curated
        one is hidden (setting a stance again brings it back). Raises :class:`NotFound`."""
        pid = self._person_id(person)
        topic_id = self.topic(topic).id
        current = next(iter(self.stances(person=pid, topic=topic_id)), None)
        if current is None:
            raise NotFound(f"There is no stance of {pid} on '{topic_id}' to remove.")

        def change(data: Annotations) -> None:
            data.stances.pop((pid, topic_id), None)
            if any(s.person == pid and s.topic == topic_id for s in self._curated):
                data.hidden.add((pid, topic_id))

        assert self.userdata is not None
        self.userdata.update(change)
        return current

    def set_note(self, quote_id: str, text: str) -> Note | None:
        """Attach ``text`` to a quote (an empty text removes the note)."""
        quote = self.quote(quote_id)
        text = text.strip()
        note = Note(quote.id, text, quote.span.document, quote.text, now()) if text else None

        def change(data: Annotations) -> None:
            if note is None:
                data.notes.pop(quote.id, None)
            else:
                data.notes[quote.id] = note

        assert self.userdata is not None
        self.userdata.update(change)
        return note

    def set_flag(self, quote_id: str, flagged: bool = True) -> bool:
        """Flag a quote as important (or clear the flag); returns the new state."""
        quote = self.quote(quote_id)

        def change(data: Annotations) -> None:
            if flagged:
                data.flags[quote.id] = Flag(quote.id, quote.span.document, quote.text, now())
            else:
                data.flags.pop(quote.id, None)

        assert self.userdata is not None
        self.userdata.update(change)
        return flagged

    def _documents_of(self, pid: str) -> tuple[str, ...]:
        return tuple(sorted({row["doc_id"] for row in self._person_rows(pid).get(pid, [])}))

    def _as_written(self, doc_id: str, evidence: str) -> str:
        """``evidence`` (spaces tidied) as the article writes it, line breaks and all."""
        text = self.document(doc_id).text
        if evidence in text:
            return evidence
        pattern = r"\s+".join(re.escape(w) for w in evidence.split())
        found = re.search(pattern, text)
        return found.group() if found else evidence

    # -- comparing ------------------------------------------------------------------------

    def compare(
        self, subjects: Sequence[str], topic: str | None = None, *, contains: str = ""
    ) -> Comparison:
        """Columns side by side, one per subject (a person by any name, or an article id),
        each with its stance and quotes on ``topic`` (every topic when None). ``contains``
        keeps only quotes holding all its words. Raises :class:`NotFound`."""
        topics = (self.topic(topic),) if topic else self.topic_set.topics
        stances = {(s.person, s.topic): s for s in self.stances()}
        columns = []
        for subject in subjects:
            if self.has_document(subject):
                columns.append(self._article_column(subject, topics, stances, contains))
            else:
                columns.append(
                    self._person_column(self.find_person(subject), topics, stances, contains)
                )
        return Comparison(tuple(topics), tuple(columns), contains)

    def _person_column(
        self,
        pid: str,
        topics: Sequence[Topic],
        stances: dict[tuple[str, str], Stance],
        contains: str,
    ) -> CompareColumn:
        summary = self._summary(self._person_rows(pid)[pid])
        quotes = self.quotes(speaker=pid)
        entries = []
        for t in topics:
            stance = stances.get((pid, t.id))
            chosen = _on_topic(quotes, t.id, stance, contains)
            entries.append(CompareEntry(t.id, stance, chosen))
        subtitle = summary.affiliations[0] if summary.affiliations else summary.kind
        title = f"{summary.name} {summary.native_name}".strip()
        return CompareColumn("person", pid, title, subtitle, tuple(entries))

    def _article_column(
        self,
        doc_id: str,
        topics: Sequence[Topic],
        stances: dict[tuple[str, str], Stance],
        contains: str,
    ) -> CompareColumn:
        doc = self.document(doc_id)
        authors = {slug(a) for a in doc.authors}
        quotes = [q for q in self.quotes(document=doc_id) if q.speaker]
        entries = []
        for t in topics:
            mine = (stances.get((a, t.id)) for a in authors)  # its authors' stances in it
            stance = next((s for s in mine if s is not None and s.document == doc_id), None)
            entries.append(CompareEntry(t.id, stance, _on_topic(quotes, t.id, stance, contains)))
        subtitle = " · ".join(x for x in ("; ".join(doc.authors), doc.publication, doc.date) if x)
        return CompareColumn("article", doc_id, doc.title, subtitle, tuple(entries))

    def matrix(self) -> Matrix:
        """Everyone quoted or holding a stance (rows) against every topic (columns)."""
        stances = {(s.person, s.topic): s for s in self.stances()}
        holders = {person for person, _ in stances}
        quotes: dict[str, list[Quote]] = {}
        for q in self.quotes():
            if q.speaker:
                quotes.setdefault(q.speaker, []).append(q)
        people = {p.id: p for p in self.people()}
        wanted = [pid for pid in people if pid in quotes or pid in holders]
        rows = []
        for pid in wanted:
            cells = []
            for t in self.topic_set.topics:
                stance = stances.get((pid, t.id))
                backing = _on_topic(quotes.get(pid, []), t.id, stance, "")
                cells.append(MatrixCell(stance, tuple(q.id for q in backing)))
            rows.append(MatrixRow(people[pid], tuple(cells)))
        return Matrix(self.topic_set.topics, tuple(rows))

    def citation(self, quote_id: str) -> Citation:
        """What is needed to cite a quote with full attribution. Raises :class:`NotFound`."""
        quote = self.quote(quote_id)
        doc = self.document(quote.span.document)
        name = native = role = ""
        if quote.speaker:
            rows = self._person_rows(quote.speaker).get(quote.speaker, [])
            person = self._merge(rows)[0] if rows else None
            if person is not None:
                name, native = person.name, person.native_name
                here = [r.text for r in person.roles if r.span and r.span.document == doc.id]
                role = here[0] if here else (person.roles[0].text if person.roles else "")
        return Citation(
            quote, name, native, role, doc.title, doc.authors, doc.publication, doc.date, doc.source
        )


def person_matches(person: PersonSummary, text: str) -> bool:
    """Whether a filter typed by a user fits ``person``: every word of it appears in their
    name, native-script name, id or an affiliation, ignoring case and accents."""
    words = _fold(text).split()
    if not words:
        return True
    haystack = " ".join(
        _fold(t) for t in (person.name, person.native_name, person.id, *person.affiliations)
    )
    return all(w in haystack for w in words)


def _on_topic(
    quotes: Iterable[Quote], topic: str, stance: Stance | None, contains: str
) -> tuple[Quote, ...]:
    """The quotes tagged with ``topic``, the stance's evidence first, narrowed to those
    holding every word of ``contains``."""
    evidence = stance.quote if stance is not None else ""
    chosen = [q for q in quotes if topic in q.topics or q.id == evidence]
    chosen.sort(key=lambda q: q.id != evidence)
    words = _fold(contains).split()
    if words:
        chosen = [q for q in chosen if all(w in _fold(f"{q.text} {q.context}") for w in words)]
    return tuple(chosen)


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder)
    except ValueError:
        return False
    return True


def _info(f: dict[str, Any]) -> DocumentInfo:
    """An article's metadata from its doc record."""
    data = json.loads(f["data"]) if f.get("data") else {}
    return DocumentInfo(
        id=f["doc_id"],
        title=f.get("title", ""),
        authors=tuple(a for a in f.get("authors", "").split("; ") if a),
        publication=f.get("publication", ""),
        date=f.get("date", ""),
        language=f.get("language", ""),
        source=f.get("source", ""),
        path=f.get("path", ""),
        paragraphs=int(f.get("paragraphs", 0)),
        provenance=tuple(data.get("provenance", {}).items()),
    )


def _spaced(text: str) -> str:
    return " ".join(text.split())


def _fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name for matching."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(kept.replace("-", " ").replace("’", "'").split())
