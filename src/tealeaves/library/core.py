"""The Library: the one headless API that the CLI and the TUI both use.

``Library.open()`` finds the articles (bundled, the user's library, extra folders), brings
the index up to date and answers questions in plain dataclasses (:mod:`tealeaves.views`).
Nothing here knows about Rich or Textual. The Library itself keeps the lifecycle, search
and articles; it hands people, annotations and viewpoints to one part each.

Whoosh, the index, the article readers and the extractor are imported when a library is
opened, not with this module: the explorer imports this to draw its first screen, and opens
the library after that (issue 20, item 3; a test keeps it so: tests/unit/test_first_paint.py).
"""

from __future__ import annotations

import shlex
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tealeaves.library.annotations import Annotating
from tealeaves.library.config import LibraryConfig, load_user_files, make_store
from tealeaves.library.folders import CorpusFolder, RememberedFolders, real, under
from tealeaves.library.people import People
from tealeaves.library.viewpoints import Viewpoints
from tealeaves.locations import bundled_articles
from tealeaves.model import Document, LoadError, Quote, SearchResult, Stance
from tealeaves.stances import curated_stances
from tealeaves.userdata import Annotations, Note, UserData, UserDataError
from tealeaves.views import (
    AddReport,
    Citation,
    Comparison,
    DocumentInfo,
    GlossaryEntry,
    Matrix,
    NameMark,
    NotFound,
    PersonSummary,
    Profile,
    Progress,
    TopicSummary,
    UpdateReport,
)

if TYPE_CHECKING:
    from whoosh.searching import Searcher

    from tealeaves.extract import Topic, Topics
    from tealeaves.search.build import IndexStore

#: How long a search may run by default (seconds); the same as
#: :data:`tealeaves.search.bounds.QUERY_SECONDS`, which a test keeps equal.
QUERY_SECONDS = 0.6


def show_line(text: object) -> str:
    """:func:`tealeaves.corpus.clean.show_line`, imported when first needed."""
    from tealeaves.corpus.clean import show_line as show

    return show(text)


class Library:
    """An open library: its index, its user files, and every question about them."""

    def __init__(
        self,
        config: LibraryConfig,
        store: IndexStore,
        *,
        topic_set: Topics,
        userdata: UserData,
        curated: list[Stance],
    ) -> None:
        from tealeaves.search.bulk import FastPath
        from tealeaves.search.catalog import Catalog

        self.config = config
        self.store = store
        self.report = UpdateReport()
        self.topic_set = topic_set
        self.userdata = userdata
        self._lock = threading.RLock()
        self._searcher: Searcher | None = None
        self._docs: OrderedDict[str, Document] = OrderedDict()
        self._fast = FastPath()
        self._reading_notices: list[str] = []
        self._seen: tuple[object, ...] = ()  # what refresh() compares with
        self.remembered = RememberedFolders(config.data_dir())
        self._gone: tuple[Path, ...] = ()  # remembered folders that are not there now
        self.catalog = Catalog(self._get_searcher, self._lock)
        self.roster = People(self.catalog, topic_set)
        self.annotating = Annotating(userdata, curated, self.catalog, self.roster, self.document)
        self.viewpoints = Viewpoints(self.roster, self.annotating, self.document)

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
        remember: bool = True,
    ) -> Library:
        """Open the library, updating or rebuilding the index as needed.

        The ``corpus_dirs`` are remembered in the library (``remember``), and the ones
        remembered before are indexed too: see :meth:`folders`."""
        config = LibraryConfig(
            index_dir=Path(index_dir) if index_dir else None,
            corpus_dirs=tuple(Path(p) for p in corpus_dirs),
            bundled=bundled,
            library_dir=Path(library_dir) if library_dir else None,
        )
        notices: list[str] = []
        registry, topics = load_user_files(config, notices)
        store = make_store(config, registry, topics)
        userdata = UserData(config.data_dir())
        lib = cls(config, store, topic_set=topics, userdata=userdata, curated=curated_stances())
        notices += lib._look_at_folders(remember=remember)
        lib.report = store.open(
            config.sources(), progress=progress, rebuild=rebuild, keep=lib._gone
        )
        lib.report.notices[:0] = notices + lib._gone_notices()
        lib._seen = lib._state()
        userdata.load()  # so that a damaged annotations file is reported at once
        return lib

    # -- state ------------------------------------------------------------------------------

    @property
    def index_dir(self) -> Path:
        return self.store.directory

    @property
    def notices(self) -> list[str]:
        """What the user should be told: index repairs, unusable files, damaged annotations,
        and a search that fell back to Whoosh's own scorer (once a session)."""
        from tealeaves.corpus import take_notices

        self._reading_notices += take_notices()  # PDFs' warnings, pages skipped
        extra = self.userdata.notices + self._fast.notices + self._reading_notices
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
            notices = self._look_at_folders(remember=False)
            self.report = self.store.open(
                self.config.sources(),
                progress=progress,
                rebuild=rebuild,
                only=only,
                keep=self._gone,
            )
            self.report.notices[:0] = notices + self._gone_notices()
            self._seen = self._state()
            return self.report

    def refresh(self, *, progress: Progress | None = None) -> UpdateReport | None:
        """:meth:`reload` only when something may have changed since the last look (the
        index's generation, the manifest's or an article folder's modification time): None
        when nothing did, and the searcher and its caches are kept. Cheap enough to ask
        whenever the explorer gets the focus (a full reload looks at every file)."""
        with self._lock:
            if self._seen and self._state() == self._seen:
                return None
            return self.reload(progress=progress)

    def _state(self) -> tuple[object, ...]:
        """A few stats that change when the library does, here or in another process."""
        return (
            self.generation(),
            _mtime(self.store.manifest_path),
            _mtime(self.remembered.path),
            *(_mtime(source) for source in self.config.sources()),
        )

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
            self._searcher.close()
            self._searcher = None

    def _get_searcher(self) -> Searcher:
        from tealeaves.search.build import open_searcher

        if self._searcher is None:
            assert self.store.index is not None
            self._searcher = open_searcher(self.store.index)
        return self._searcher

    # -- search and articles ----------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        limit: int = 10,
        per_document: int = 3,
        kinds: Sequence[str] = (),
        stale: Callable[[], bool] | None = None,
        seconds: float | None = QUERY_SECONDS,
    ) -> SearchResult:
        """Search everything; see :mod:`tealeaves.search.query` for the syntax.

        ``stale`` is asked once the library is free (another search may hold it), and then
        again and again while the search runs: when it says True, a newer search has
        superseded this one, which stops and returns no hits. The explorer searches as you
        type; this keeps keystrokes from queueing up behind each other in a large library.

        A search runs for at most ``seconds`` (None: no limit), then shows the best
        results found so far with a notice; see :mod:`tealeaves.search.bounds` for what
        else a query may cost.

        Only an error that means the index files are damaged rebuilds the index (once);
        a fault in the fast path is answered by Whoosh's own search (see ``FastPath``)."""
        from tealeaves.search.bounds import Budget, Cancelled
        from tealeaves.search.query import make_parser
        from tealeaves.search.query import search as run_search
        from tealeaves.search.whoosh_private import DAMAGED_INDEX_ERRORS

        superseded = SearchResult(query, "", (), 0, notice="superseded by a newer search")
        with self._lock:
            if stale is not None and stale():
                return superseded
            for attempt in (1, 2):
                try:
                    searcher = self._get_searcher()
                    return run_search(
                        searcher,
                        make_parser(searcher.schema),
                        query,
                        limit=limit,
                        per_document=per_document,
                        kinds=tuple(kinds),
                        fast=self._fast,
                        budget=Budget(seconds, stale),
                    )
                except Cancelled:
                    return superseded
                except DAMAGED_INDEX_ERRORS as exc:  # rebuild it once, then give up
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
        infos = self.catalog.documents()
        infos.sort(key=lambda d: d.title.lower())
        infos.sort(key=lambda d: d.date, reverse=True)
        return infos

    def titles(self, doc_ids: Iterable[str]) -> dict[str, str]:
        """The titles of these articles (the ones not in the library are left out)."""
        infos = (self.document_info(d) for d in doc_ids)
        return {i.id: i.title for i in infos if i is not None}

    def document_info(self, doc_id: str) -> DocumentInfo | None:
        """One article's metadata (None when there is no such article)."""
        return self.catalog.document_info(doc_id)

    def has_document(self, doc_id: str) -> bool:
        return self.catalog.has_document(doc_id)

    def count(self, kind: str) -> int:
        """How many records of ``kind`` ("doc", "para", …) the index holds."""
        return self.catalog.count(kind)

    def name_marks(self, doc_id: str) -> list[NameMark]:
        """Every place the article names a person the extractor found, in order."""
        return self.catalog.name_marks(doc_id)

    def document(self, doc_id: str) -> Document:
        """The full article, read from its file. Raises :class:`NotFound`."""
        from tealeaves.corpus import ArticleError, load_article

        with self._lock:
            cached = self._docs.get(doc_id)
            if cached is not None:
                self._docs.move_to_end(doc_id)
                return cached
        info = self.catalog.document_info(doc_id)
        if info is None:
            raise NotFound(f"No article with id '{doc_id}'. `tealeaves docs` lists the ids.")
        try:
            doc = load_article(info.path, doc_id=doc_id)
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
        from tealeaves.search.query import make_parser, matching_spans

        doc = self.document(doc_id)
        with self._lock:
            searcher = self._get_searcher()
            return matching_spans(searcher, make_parser(searcher.schema), query, doc.text)

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
        from tealeaves.corpus.importer import add_files

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
            if self.store.in_memory:  # the index could not be written (a full disk …)
                why = " ".join(self.report.notices) or "the index could not be written"
                for added in [a for a in report.added if a.status != "unchanged"]:
                    report.added.remove(added)
                    report.errors.append(
                        LoadError(
                            added.stored,
                            f"copied into your library, but not saved in the index: {why}",
                        )
                    )
            # Left out by the index (over its time budget): not searchable, so not "added".
            left_out = {e.path: e.reason for e in self.report.errors}
            for added in [a for a in report.added if show_line(a.stored) in left_out]:
                report.added.remove(added)
                why = left_out[show_line(added.stored)]
                report.errors.append(LoadError(added.stored, f"copied into the library, but {why}"))
        return report

    def remove(self, doc_id: str) -> DocumentInfo:
        """Remove an article added to the library (its copy; the original is untouched).
        Raises :class:`NotFound`, also for an article that was not added (bundled, or in a
        --corpus folder)."""
        from tealeaves.corpus.importer import remove_article

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

    # -- remembered corpus folders ---------------------------------------------------------

    def folders(self) -> list[CorpusFolder]:
        """The folders remembered from ``--corpus``, in the order they were first given,
        each with whether it is there and how many of its articles the index holds."""
        with self._lock:
            self.remembered.load()
            files = self.store.indexed_files()
            return [self._folder(folder, files) for folder in self.remembered.folders]

    def forget_folder(self, folder: Path | str) -> CorpusFolder:
        """Forget a remembered folder (as given, or its real path) and take its articles
        out of the index (the files are untouched); the update is in :attr:`report`.
        Raises :class:`NotFound`, and :class:`UserDataError` when the list of folders cannot
        be read or saved."""
        with self._lock:
            self.remembered.load()
            if self.remembered.problem:
                raise UserDataError(
                    f"{self.remembered.path} could not be read ({self.remembered.problem}); "
                    "fix or remove the file."
                )
            found = self.remembered.find(folder)
            if found is None:
                raise NotFound(
                    f"{show_line(folder)} is not a remembered folder; "
                    "`tealeaves folders list` shows them."
                )
            info = self._folder(found, self.store.indexed_files())
            try:
                self.remembered.forget(found)
            except OSError as exc:
                raise UserDataError(
                    f"Could not save {self.remembered.path} ({exc.strerror or exc})."
                ) from None
            self.config.corpus_dirs = tuple(p for p in self.config.corpus_dirs if real(p) != found)
            self.reload()
            return info

    def _folder(self, folder: Path, files: dict[str, str | None]) -> CorpusFolder:
        count = sum(1 for key, doc_id in files.items() if doc_id and under(key, folder))
        return CorpusFolder(str(folder), folder.is_dir(), count)

    def _look_at_folders(self, *, remember: bool) -> list[str]:
        """Remember the folders given with --corpus (``remember``) and read the remembered
        ones into the config: the ones that are there are indexed, the gone ones kept.
        Returns what the user should be told."""
        notices: list[str] = []
        folders = self.remembered
        folders.load()
        if folders.problem:
            notices.append(
                f"{show_line(folders.path)} could not be read ({folders.problem}): the "
                "folders remembered in it are left out, and none is remembered, until the "
                "file is fixed or removed."
            )
        given = [real(p) for p in self.config.corpus_dirs]
        if remember:
            ours = {real(bundled_articles()), real(self.config.articles_dir())}
            try:
                folders.remember(f for f in given if f.is_dir() and f not in ours)
            except OSError as exc:
                notices.append(
                    "The --corpus folders are used for this command only: they could not be "
                    f"remembered in {show_line(folders.path)} ({exc.strerror or exc})."
                )
        others = [f for f in folders.folders if f not in given]
        self.config.remembered = tuple(f for f in others if f.is_dir())
        self._gone = tuple(f for f in others if not f.is_dir())
        return notices

    def _gone_notices(self) -> list[str]:
        if not self._gone:
            return []
        files = self.store.indexed_files()
        notices = []
        for folder in self._gone:
            count = self._folder(folder, files).articles
            kept = (
                f"its {count} article{'' if count == 1 else 's'} stay{'s' if count == 1 else ''} "
                "in the index"
                if count
                else "none of its articles is in the index"
            )
            notices.append(
                f"The remembered folder {show_line(folder)} is not there; {kept} until you "
                f"restore it, or forget it with `tealeaves folders rm {shlex.quote(str(folder))}`."
            )
        return notices

    # -- the parts: people (People), annotations (Annotating), viewpoints (Viewpoints) ------

    def people(self, kind: str | None = None) -> list[PersonSummary]:
        return self.roster.people(kind)

    def find_person(self, name: str) -> str:
        return self.roster.find_person(name)

    def person(self, id_or_name: str) -> Profile:
        pid = self.roster.person_id(id_or_name)
        infos = (self.document_info(d) for d in self.roster.documents_of(pid))
        return self.roster.person(pid, {i.id: i for i in infos if i is not None})

    def quotes(self, speaker: str | None = None, document: str | None = None) -> list[Quote]:
        return self.catalog.quotes(speaker, document)

    def quote(self, quote_id: str) -> Quote:
        return self.roster.quote(quote_id)

    def topic(self, topic_id: str) -> Topic:
        return self.roster.topic(topic_id)

    def topics(self) -> list[TopicSummary]:
        return self.roster.topics()

    def glossary(self) -> list[GlossaryEntry]:
        return self.roster.glossary()

    def annotations(self) -> Annotations:
        return self.annotating.annotations()

    def stances(
        self, person: str | None = None, topic: str | None = None, document: str | None = None
    ) -> list[Stance]:
        return self.annotating.stances(person, topic, document)

    def set_stance(self, person: str, topic: str, position: str, **given: str) -> Stance:
        """See :meth:`Annotating.set_stance` (``summary``, ``evidence``, ``document``)."""
        return self.annotating.set_stance(person, topic, position, **given)

    def remove_stance(self, person: str, topic: str) -> Stance:
        return self.annotating.remove_stance(person, topic)

    def restore_stance(self, stance: Stance) -> Stance:
        """Undo :meth:`remove_stance` with the stance it returned."""
        return self.annotating.restore_stance(stance)

    def said(self, person: str, topic: str) -> str:
        """A person (id) on a topic (id) as a reader says it: names and labels, not ids."""
        return self.annotating.said(person, topic)

    def set_note(self, quote_id: str, text: str) -> Note | None:
        return self.annotating.set_note(quote_id, text)

    def set_flag(self, quote_id: str, flagged: bool = True) -> bool:
        return self.annotating.set_flag(quote_id, flagged)

    def compare(
        self, subjects: Sequence[str], topic: str | None = None, *, contains: str = ""
    ) -> Comparison:
        return self.viewpoints.compare(subjects, topic, contains=contains)

    def matrix(self) -> Matrix:
        return self.viewpoints.matrix()

    def citation(self, quote_id: str) -> Citation:
        return self.viewpoints.citation(quote_id)


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return -1


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder)
    except ValueError:
        return False
    return True
