"""The one headless API that the CLI and the TUI both use.

``Library.open()`` finds the articles (bundled, the user's library, extra folders), brings
the index up to date and answers questions in plain dataclasses. Nothing here knows about
Rich or Textual.
"""

from __future__ import annotations

import difflib
import json
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whoosh.query import Term

from tealeaves.corpus import ArticleError, load_article
from tealeaves.extract import RegistryError, Topic, TopicError, Topics, load_registry, load_topics
from tealeaves.locations import bundled_articles, default_index_dir, default_library_dir
from tealeaves.model import Document, LoadError, Person, Quote, Role, SearchResult, Span
from tealeaves.search.build import (
    INDEX_VERSION,
    ExtractingRecords,
    IndexStore,
    Progress,
    UpdateReport,
)
from tealeaves.search.query import make_parser, matching_spans
from tealeaves.search.query import search as run_search
from tealeaves.search.records import person_from_json, quote_from_json, term_from_json


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


@dataclass
class LibraryConfig:
    index_dir: Path | None = None
    corpus_dirs: Sequence[Path] = ()
    bundled: bool = True
    library_dir: Path | None = None

    def topics_path(self) -> Path:
        """The user's own topics (optional): ``<library>/topics.toml``."""
        return (self.library_dir or default_library_dir()) / "topics.toml"

    def registry_path(self) -> Path:
        """The user's own registry of people (optional): ``<library>/registry.toml``."""
        return (self.library_dir or default_library_dir()) / "registry.toml"

    def sources(self) -> list[Path]:
        sources: list[Path] = []
        if self.bundled:
            sources.append(bundled_articles())
        sources.append((self.library_dir or default_library_dir()) / "articles")
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
        lib = cls(config=config, store=store, topic_set=topics)
        lib.report = store.open(config.sources(), progress=progress, rebuild=rebuild)
        lib.report.notices[:0] = notices
        return lib

    # -- state ------------------------------------------------------------------------------

    @property
    def index_dir(self) -> Path:
        return self.store.directory

    @property
    def notices(self) -> list[str]:
        return self.report.notices

    @property
    def errors(self) -> list[LoadError]:
        return self.report.errors

    def reload(self, *, progress: Progress | None = None, rebuild: bool = False) -> UpdateReport:
        """Pick up added, changed and removed article files."""
        with self._lock:
            self._close_searcher()
            self._docs.clear()
            self.report = self.store.open(self.config.sources(), progress=progress, rebuild=rebuild)
            return self.report

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
            self._searcher = self.store.index.searcher()
        return self._searcher

    # -- questions --------------------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        limit: int = 10,
        per_document: int = 3,
        kinds: Sequence[str] = (),
    ) -> SearchResult:
        """Search everything; see :mod:`tealeaves.search.query` for the syntax."""
        with self._lock:
            for attempt in (1, 2):
                try:
                    searcher = self._get_searcher()
                    parser = make_parser(searcher.schema)
                    return run_search(
                        searcher,
                        parser,
                        query,
                        limit=limit,
                        per_document=per_document,
                        kinds=tuple(kinds),
                    )
                except Exception as exc:  # a damaged index: rebuild it once, then give up
                    if attempt == 2 or self.store.in_memory:
                        raise
                    self.reload(rebuild=True)
                    self.report.notices.append(
                        f"The search index was damaged ({type(exc).__name__}); "
                        "it was rebuilt from the articles."
                    )
            raise AssertionError("unreachable")

    def documents(self) -> list[DocumentInfo]:
        """Every article in the index, newest first (undated last), then by title."""
        with self._lock:
            searcher = self._get_searcher()
            infos = [
                DocumentInfo(
                    id=f["doc_id"],
                    title=f.get("title", ""),
                    authors=tuple(a for a in f.get("authors", "").split("; ") if a),
                    publication=f.get("publication", ""),
                    date=f.get("date", ""),
                    language=f.get("language", ""),
                    source=f.get("source", ""),
                    path=f.get("path", ""),
                    paragraphs=int(f.get("paragraphs", 0)),
                )
                for f in searcher.documents(kind="doc")
            ]
        infos.sort(key=lambda d: d.title.lower())
        infos.sort(key=lambda d: d.date, reverse=True)
        return infos

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

    def _person_rows(self) -> dict[str, list[dict[str, Any]]]:
        """Per person id: the stored facts from each article they appear in."""
        with self._lock:
            rows: dict[str, list[dict[str, Any]]] = {}
            for fields in self._get_searcher().documents(kind="person"):
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
        people = self.people()
        wanted = _fold(name)
        forms: dict[str, set[str]] = {}
        for p in people:
            for form in (p.id, p.name, p.native_name):
                if form:
                    forms.setdefault(_fold(form), set()).add(p.id)
        for rows in self._person_rows().values():
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

    def person(self, id_or_name: str) -> Profile:
        """A person's profile. Raises :class:`NotFound`."""
        rows_by_id = self._person_rows()
        pid = id_or_name if id_or_name in rows_by_id else self.find_person(id_or_name)
        person, mentions, _, ambiguous, doc_ids = self._merge(rows_by_id[pid])
        docs = {d.id: d for d in self.documents()}
        with_ids = {other for row in rows_by_id[pid] for other in row.get("with", [])}
        co = sorted(
            (self._summary(rows_by_id[o]) for o in with_ids if o in rows_by_id),
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


def _fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name for matching."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(kept.replace("-", " ").replace("’", "'").split())
