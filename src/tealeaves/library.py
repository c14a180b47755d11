"""The one headless API that the CLI and the TUI both use.

``Library.open()`` finds the articles (bundled, the user's library, extra folders), brings
the index up to date and answers questions in plain dataclasses. Nothing here knows about
Rich or Textual.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whoosh.query import Term

from tealeaves.corpus import ArticleError, load_article
from tealeaves.locations import bundled_articles, default_index_dir, default_library_dir
from tealeaves.model import Document, LoadError, SearchResult
from tealeaves.search.build import IndexStore, Progress, UpdateReport
from tealeaves.search.query import make_parser
from tealeaves.search.query import search as run_search


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
        store = IndexStore(config.index_dir or default_index_dir())
        lib = cls(config=config, store=store)
        lib.report = store.open(config.sources(), progress=progress, rebuild=rebuild)
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

    def has_document(self, doc_id: str) -> bool:
        with self._lock:
            return self._get_searcher().document(id=f"doc:{doc_id}") is not None

    def count(self, kind: str) -> int:
        """How many records of ``kind`` ("doc", "para", …) the index holds."""
        with self._lock:
            return len(self._get_searcher().search(Term("kind", kind), limit=None))
