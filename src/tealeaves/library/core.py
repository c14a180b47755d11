"""The Library: the one headless API that the CLI and the TUI both use.

``Library.open()`` finds the articles (bundled, the user's library, extra folders), brings
the index up to date and answers questions in plain dataclasses (:mod:`tealeaves.views`).
Nothing here knows about Rich or Textual. The Library itself keeps the lifecycle (open,
reload, refresh, close) and is a facade over parts with one job each: searching
(:mod:`.searching`), the articles (:mod:`.articles`), the remembered folders
(:mod:`.folders`), people (:mod:`.people`), annotations (:mod:`.annotations`) and
viewpoints (:mod:`.viewpoints`); the stored records are read by the catalog in ``search``.

Whoosh, the index, the article readers and the extractor are imported when a library is
opened, not with this module: the explorer imports this to draw its first screen, and opens
the library after that (issue 20, item 3; a test keeps it so: tests/unit/test_first_paint.py).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tealeaves.extract import Topic, Topics
    from tealeaves.library.config import LibraryConfig
    from tealeaves.library.folders import CorpusFolder
    from tealeaves.model import Document, LoadError, Quote, SearchResult, Stance
    from tealeaves.search.build import IndexStore
    from tealeaves.search.watch import FolderWatch
    from tealeaves.userdata import Annotations, Note, UserData
    from tealeaves.views import (
        AddReport,
        Citation,
        Comparison,
        Counts,
        DocumentInfo,
        GlossaryEntry,
        Matrix,
        NameMark,
        Page,
        PersonSummary,
        Profile,
        Progress,
        TopicSummary,
        UpdateReport,
    )

#: How long a search may run by default (seconds); the same as
#: :data:`tealeaves.search.bounds.QUERY_SECONDS`, which a test keeps equal.
QUERY_SECONDS = 0.6
#: The length of a page of a list by default; the same as
#: :data:`tealeaves.library.listing.PAGE_SIZE`, which a test keeps equal.
PAGE_SIZE = 100


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
        from tealeaves.library.annotations import Annotating
        from tealeaves.library.articles import Articles
        from tealeaves.library.folders import Folders
        from tealeaves.library.joined import JoinedCatalog
        from tealeaves.library.listing import Lists, ListSources
        from tealeaves.library.people import People
        from tealeaves.library.searching import Searching
        from tealeaves.library.viewpoints import Viewpoints
        from tealeaves.views import UpdateReport

        self.config = config
        self.store = store
        self.report = UpdateReport()
        self.topic_set = topic_set
        self.userdata = userdata
        self._lock = threading.RLock()
        self.searching = Searching(store, self._lock, self._rebuild_damaged)
        self._reading_notices: list[str] = []
        self._seen: tuple[object, ...] = ()  # what refresh() compares with
        self._unchecked = False  # opened without a look at the article files (check())
        self.corpus = Folders(config, store)
        self.catalog = JoinedCatalog(
            self.searching.searcher, self._lock, lambda: self.lists.joins()
        )
        self.articles = Articles(config, store, self.catalog, self._lock, self.reload)
        document = self.articles.document
        self.roster = People(self.catalog, topic_set, lambda name: self.lists.namesakes(name))
        self.annotating = Annotating(userdata, curated, self.catalog, self.roster, document)
        self.viewpoints = Viewpoints(self.roster, self.annotating, document)
        sources = ListSources(self.catalog, self.roster, self.documents)
        self.lists = Lists(store, self._lock, sources)
        self._updates = 0  # updates made here (an index in memory has no other stamp)
        #: The watch on the article folders while the explorer runs (:meth:`watch`).
        self._watch: FolderWatch | None = None

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
        cluster: str | None = None,
        check: bool = True,
    ) -> Library:
        """Open the library, updating or rebuilding the index as needed.

        The ``corpus_dirs`` are remembered in the library (``remember``), and the ones
        remembered before are indexed too: see :meth:`folders`. ``cluster``: a full
        rebuild is built in partitions there (``tcp://HOST:PORT``, a Dask scheduler, or
        ``local:N``; "pool" or "pool:N": a local process pool); :class:`ClusterError` when it cannot
        be used, before anything is read or written.

        ``check=False``: an index that its manifest says is whole and of this version is
        opened as it is, without a look at the article files (at 50,000 files that look is
        most of the open); :meth:`check` or :meth:`refresh` looks at them afterwards. The
        explorer opens so, shows its lists, then checks in the background."""
        if cluster is not None and not cluster.startswith("pool"):
            from tealeaves.search.runners import check_spec

            check_spec(cluster)
        from tealeaves.library.config import LibraryConfig, load_user_files, make_store
        from tealeaves.stances import curated_stances
        from tealeaves.userdata import UserData

        config = LibraryConfig(
            index_dir=Path(index_dir) if index_dir else None,
            corpus_dirs=tuple(Path(p) for p in corpus_dirs),
            bundled=bundled,
            library_dir=Path(library_dir) if library_dir else None,
        )
        notices: list[str] = []
        registry, topics = load_user_files(config, notices)
        store = make_store(config, registry, topics)
        store.partitioned = cluster
        userdata = UserData(config.data_dir())
        lib = cls(config, store, topic_set=topics, userdata=userdata, curated=curated_stances())
        lib._bring_up_to_date(progress, rebuild=rebuild, remember=remember, check=check)
        lib.report.notices[:0] = notices
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
        extra = self.userdata.notices + self.searching.fast.notices + self._reading_notices
        return self.report.notices + [n for n in extra if n not in self.report.notices]

    @property
    def unchecked(self) -> bool:
        """Whether the article files are still to be looked at (opened with
        ``check=False``, and no :meth:`check` or reload since)."""
        return self._unchecked

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
        known to have changed; the others are not looked at). When every file is as the
        index has it, and the index is the one open, nothing is opened again: the searcher
        and its caches are kept."""
        with self._lock:
            if not rebuild and only is None:
                kept = self._nothing_changed()
                if kept is not None:
                    return kept
            self.searching.close()
            self.articles.forget_read()
            return self._bring_up_to_date(progress, rebuild=rebuild, only=only)

    def _bring_up_to_date(
        self,
        progress: Progress | None,
        *,
        rebuild: bool,
        only: Iterable[Path] | None = None,
        remember: bool = False,
        check: bool = True,
    ) -> UpdateReport:
        """Look at the folders (remembering the ones given: ``remember``), then update the
        index from them (``check=False``: see :meth:`open`)."""
        notices = self.corpus.look(remember=remember)
        before = self._stamp()  # the index the update starts from
        watch = self._watch if only is None else None  # ``only``: the rest not looked at
        look = watch.begin() if watch is not None else 0
        self.report = self.store.open(
            self.config.sources(),
            progress=progress,
            rebuild=rebuild,
            only=only,
            keep=self.corpus.gone,
            check=check,
        )
        self._unchecked = self.store.unchecked
        self.report.notices[:0] = notices + self.corpus.gone_notices()
        self._seen = self._state()
        self._updates += self.report.changed
        if watch is not None and self._looked_at_every_file():
            watch.settled(look)
        made_here = self.report.changed and not self.report.read_only
        report = self.report
        documents = None if report.rebuilt else [*report.added, *report.updated, *report.removed]
        self.lists.changed(self._stamp(), make=made_here, before=before, documents=documents)
        return self.report

    def _nothing_changed(self) -> UpdateReport | None:
        """The report of a reload that finds every article file as the index has it, the
        index the one open and its manifest whole (what :meth:`_bring_up_to_date` would
        find nothing to do for); None when that is not so, or cannot be told cheaply (an
        index in memory, one used as it was, a library not yet checked)."""
        from tealeaves.views import UpdateReport

        if self._unchecked or not self._seen or self.report.read_only or self.store.in_memory:
            return None
        if self.store.index is None or self._state()[:3] != self._seen[:3]:
            return None  # another index, manifest or list of remembered folders
        notices = self.corpus.look(remember=False)
        sources = self.config.sources()
        watch = self._watch
        # what the watch saw since the last look at every file (None: look at every file)
        changes = watch.take(sources) if watch is not None and not self.corpus.gone else None
        look = watch.begin() if watch is not None and changes is None else 0
        failed = self.store.looks_current(sources, self.corpus.gone, changes)
        if failed is None:
            return None
        if watch is not None and changes is None and self._looked_at_every_file():
            watch.settled(look)
        self.report = UpdateReport(errors=failed, notices=notices + self.corpus.gone_notices())
        self._seen = self._state()
        return self.report

    def _looked_at_every_file(self) -> bool:
        """Whether the index is as the article files were at the last look (every file
        looked at: none kept unseen in a folder that has gone, the index not used as it
        was, nor one in memory or read-only)."""
        kept_as_it_was = self._unchecked or self.report.read_only or self.store.in_memory
        return not (kept_as_it_was or self.corpus.gone)

    # -- the watch on the article folders (while the explorer runs) -------------------------

    def watch(self, *, look: bool = True) -> bool:
        """Watch the article folders for files created, changed, deleted or moved, so that
        a reload with nothing changed looks only at what the watch saw instead of every
        file (:mod:`tealeaves.search.watch`); whether the watch runs. It is trusted from
        the first look at every file after it started: ``look`` makes that look now (a
        library opened without one is left to :meth:`check`). The explorer watches from a
        worker thread once its lists are shown; commands never do. Any doubt about the
        watch (it failed, lost events, the folders are not the ones watched) means a
        reload looks at every file, as without one."""
        from tealeaves.search.watch import FolderWatch

        self.unwatch()
        sources = self.config.sources()
        watch = FolderWatch(sources)
        if not watch.start():
            return False
        with self._lock:
            self._watch = watch
        if look and not self._unchecked:
            seen = self._state()
            begun = watch.begin()
            failed = self.store.looks_current(sources, self.corpus.gone)
            with self._lock:
                current = failed is not None and self._state() == seen == self._seen
                if current and self._looked_at_every_file():
                    watch.settled(begun)
        return True

    def unwatch(self) -> None:
        """Stop watching the article folders (a reload looks at every file again)."""
        with self._lock:
            watch, self._watch = self._watch, None
        if watch is not None:
            watch.stop()

    @property
    def watching(self) -> bool:
        """Whether a watch runs on the article folders (see :meth:`watch`)."""
        watch = self._watch
        return watch is not None and watch.running

    def _stamp(self) -> str:
        """Which index the lists are made from: its generation and its manifest's time (a
        rebuilt index starts its generations again), and, for an index in memory, the
        updates made to it in this process."""
        stamp = f"{self.generation()}-{_mtime(self.store.manifest.path)}"
        return f"{stamp}-memory{self._updates}" if self.store.in_memory else stamp

    def refresh(self, *, progress: Progress | None = None) -> UpdateReport | None:
        """:meth:`reload` only when something may have changed since the last look (the
        index's generation, the manifest's or an article folder's modification time): None
        when nothing did, and the searcher and its caches are kept. Cheap enough to ask
        whenever the explorer gets the focus (a full reload looks at every file). A library
        opened without a look at its files (``open(check=False)``) is :meth:`check`-ed."""
        if self._unchecked:
            return self.check(progress=progress)
        with self._lock:
            if self._seen and self._state() == self._seen:
                return None
            return self.reload(progress=progress)

    def check(self, *, progress: Progress | None = None) -> UpdateReport | None:
        """Look at every article file, as :meth:`open` does unless asked not to: None when
        the index holds them all as they are (the searcher and its caches are kept, and
        the look is made without the library's lock, so searches and lists go on meanwhile;
        the files that could not be read are in :attr:`errors`, as after an ordinary open),
        else :meth:`reload` and its report."""
        seen = self._state()
        watch = self._watch
        look = watch.begin() if watch is not None else 0
        failed = self.store.looks_current(self.config.sources(), self.corpus.gone)
        if failed is not None:
            with self._lock:
                # nothing was reloaded or written meanwhile, nor since the open (another
                # process's update while the lists were filling is no change seen)
                if self._state() == seen == self._seen:
                    self._unchecked = False
                    self._seen = seen
                    self.report.errors[:] = failed
                    if watch is not None and self._looked_at_every_file():
                        watch.settled(look)
                    return None
        with self._lock:
            return self.reload(progress=progress)

    def _state(self) -> tuple[object, ...]:
        """A few stats that change when the library does, here or in another process."""
        return (
            self.generation(),
            _mtime(self.store.manifest.path),
            _mtime(self.corpus.remembered.path),
            *(_mtime(source) for source in self.config.sources()),
        )

    def generation(self) -> int:
        """A number that changes whenever the index does, here or in another process."""
        with self._lock:
            index = self.store.index
            return int(index.latest_generation()) if index is not None else -1

    def close(self) -> None:
        self.unwatch()
        with self._lock:
            self.searching.close()
            self.store.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _rebuild_damaged(self, exc: BaseException) -> None:
        self.reload(rebuild=True)
        self.report.notices.append(
            f"The search index was damaged ({type(exc).__name__}); "
            "it was rebuilt from the articles."
        )

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
        return self.searching.search(
            query,
            limit=limit,
            per_document=per_document,
            kinds=tuple(kinds),
            stale=stale,
            seconds=seconds,
        )

    def warm(self, stop: Callable[[], bool] | None = None) -> int:
        """Make now what the first search naming an article field (``author:``) or a kind
        (``kind:quote``) would otherwise make as it runs (0.8 s and about 40 MB at 50,000
        articles, then kept), a piece at a time, each holding the library as a search
        does, until ``stop`` says True; how many pieces were made. The explorer warms once
        its lists are shown; commands run one query and do not."""
        return self.searching.warm(stop)

    def documents(self) -> list[DocumentInfo]:
        """Every article in the index, newest first (undated last), then by title."""
        return self.articles.documents()

    def page(
        self,
        what: str,
        offset: int = 0,
        limit: int = PAGE_SIZE,
        *,
        sort: str = "name",
        text: str = "",
        kind: str | None = None,
        quoted: bool = False,
    ) -> Page:
        """Part of a list ("documents", "people" or "glossary"), as :meth:`documents`,
        :meth:`people` and :meth:`glossary` order it, without reading every record: items
        ``offset`` to ``offset + limit`` and the list's length. People may be sorted by
        "name", "mentions", "quotes" or "top" (quotes, then mentions), be of one ``kind``
        and ``quoted`` at least once; ``text`` keeps the items holding each of its words
        (any form of a person's name, in any script, or an affiliation) and puts first the
        people whose name fits it best."""
        return self.lists.page(what, offset, limit, sort=sort, text=text, kind=kind, quoted=quoted)

    def counts(self) -> Counts:
        """How many articles, people, experts and Chinese terms the lists hold (cheap)."""
        return self.lists.counts()

    def lookup(self, what: str, keys: Iterable[str]) -> dict:
        """Items of a list by key (ids of articles or people; terms), without the rest."""
        return self.lists.lookup(what, keys)

    def list_keys(self, what: str) -> set[str]:
        """Every key of a list (ids of articles or people; terms), for comparing."""
        return self.lists.keys(what)

    def titles(self, doc_ids: Iterable[str]) -> dict[str, str]:
        """The titles of these articles (the ones not in the library are left out)."""
        return self.articles.titles(doc_ids)

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
        return self.articles.document(doc_id)

    def highlights(self, doc_id: str, query: str) -> list[tuple[int, int]]:
        """Where the words ``query`` matches occur in the article's text, in order: what
        a reader highlights and steps through. Empty for an empty or unmatched query."""
        return self.searching.highlights(self.document(doc_id).text, query)

    def has_words_to_mark(self, query: str) -> bool:
        """Whether ``query`` holds words of the articles' text, not only filters
        ("kind:quote topic:sanctions"): a reader with no highlights says which it is."""
        return self.searching.has_words_to_mark(query)

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
        given = {"title": title, "authors": list(authors), "date": date}
        overrides: dict[str, object] = {**given, "publication": publication, "url": url}
        return self.articles.add(paths, overrides, encoding=encoding, progress=progress)

    def remove(self, doc_id: str) -> DocumentInfo:
        """Remove an article added to the library (its copy; the original is untouched).
        Raises :class:`NotFound`, also for an article that was not added."""
        return self.articles.remove(doc_id)

    # -- remembered corpus folders (Folders) -----------------------------------------------

    def folders(self) -> list[CorpusFolder]:
        """The folders remembered from ``--corpus``, in the order they were first given,
        each with whether it is there and how many of its articles the index holds."""
        with self._lock:
            return self.corpus.listed()

    def forget_folder(self, folder: Path | str) -> CorpusFolder:
        """Forget a remembered folder (as given, or its real path) and take its articles
        out of the index (the files are untouched); the update is in :attr:`report`.
        Raises :class:`NotFound`, and :class:`UserDataError` when the list of folders cannot
        be read or saved."""
        with self._lock:
            info = self.corpus.forget(folder)
            self.reload()
            return info

    # -- the parts: people (People), annotations (Annotating), viewpoints (Viewpoints) ------

    def people(self, kind: str | None = None) -> list[PersonSummary]:
        return self.roster.people(kind)

    def find_person(self, name: str) -> str:
        return self.roster.find_person(name)

    def person(self, id_or_name: str) -> Profile:
        return self.roster.person(id_or_name)

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
