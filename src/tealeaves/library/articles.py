"""The articles of a library: listed from the index, read from their files, added, removed.

The article readers are imported when an article is first read or added, not with this
module (see :mod:`tealeaves.library.core`).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from tealeaves.library.config import LibraryConfig
from tealeaves.model import Document, LoadError
from tealeaves.views import AddReport, DocumentInfo, NotFound, Progress, UpdateReport

if TYPE_CHECKING:
    from tealeaves.search.build import IndexStore
    from tealeaves.search.catalog import Catalog

#: How many articles read from their files are kept in memory.
KEPT_READ = 32

#: :meth:`tealeaves.library.Library.reload`, which adding and removing call afterwards.
Reload = Callable[..., UpdateReport]


class Articles:
    """The articles: the index's list of them, the last few read, and the user's own."""

    def __init__(
        self,
        config: LibraryConfig,
        store: IndexStore,
        catalog: Catalog,
        lock: threading.RLock,
        reload: Reload,
    ) -> None:
        self.config = config
        self.store = store
        self.catalog = catalog
        self._lock = lock
        self._reload = reload
        self._read: OrderedDict[str, Document] = OrderedDict()

    def documents(self) -> list[DocumentInfo]:
        """Every article in the index, newest first (undated last), then by title."""
        return sorted_documents(self.catalog.documents())

    def titles(self, doc_ids: Iterable[str]) -> dict[str, str]:
        """The titles of these articles (the ones not in the library are left out)."""
        infos = (self.catalog.document_info(d) for d in doc_ids)
        return {i.id: i.title for i in infos if i is not None}

    def forget_read(self) -> None:
        """Drop the articles kept after reading (their files may have changed)."""
        with self._lock:
            self._read.clear()

    def document(self, doc_id: str) -> Document:
        """The full article, read from its file. Raises :class:`NotFound`."""
        from tealeaves.corpus import ArticleError, load_article

        with self._lock:
            cached = self._read.get(doc_id)
            if cached is not None:
                self._read.move_to_end(doc_id)
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
            self._read[doc_id] = doc
            while len(self._read) > KEPT_READ:
                self._read.popitem(last=False)
        return doc

    def add(
        self,
        paths: Iterable[Path | str],
        overrides: dict[str, object],
        *,
        encoding: str = "",
        progress: Progress | None = None,
    ) -> AddReport:
        """Copy articles (files or folders) into the library and index them; each bad one
        is reported in the result and the others are still added. ``overrides``: the
        metadata given (title, authors, date, publication, url)."""
        from tealeaves.corpus.importer import add_files

        report = add_files(
            paths,
            self.config.data_dir(),
            overrides=overrides,
            encoding=encoding or None,
            progress=progress,
            id_taken=self.catalog.has_document,
        )
        changed = [Path(a.stored) for a in report.added if a.status != "unchanged"]
        if changed:
            update = self._reload(progress=progress, only=changed)
            if self.store.in_memory:  # the index could not be written (a full disk …)
                why = " ".join(update.notices) or "the index could not be written"
                for added in [a for a in report.added if a.status != "unchanged"]:
                    report.added.remove(added)
                    report.errors.append(
                        LoadError(
                            added.stored,
                            f"copied into your library, but not saved in the index: {why}",
                        )
                    )
            # Left out by the index (over its time budget): not searchable, so not "added".
            from tealeaves.corpus.clean import show_line

            left_out = {e.path: e.reason for e in update.errors}
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

        info = self.catalog.document_info(doc_id)
        if info is None:
            raise NotFound(f"No article with id '{doc_id}'. `tealeaves docs` lists the ids.")
        if not _inside(Path(info.path), self.config.articles_dir().resolve()):
            raise NotFound(
                f"'{doc_id}' was not added to your library ({info.path}): leave out the "
                "bundled articles with --no-bundled, or remove the file from its folder."
            )
        remove_article(Path(info.path))
        self._reload()
        return info


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder)
    except ValueError:
        return False
    return True


def sorted_documents(infos: list[DocumentInfo]) -> list[DocumentInfo]:
    """Articles newest first (undated last), then by title, then by id (one order whatever
    the index's layout)."""
    infos.sort(key=lambda d: (d.title.lower(), d.id))
    infos.sort(key=lambda d: d.date, reverse=True)
    return infos
