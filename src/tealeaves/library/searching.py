"""Searching an open library: its searcher, and queries bounded in time.

Whoosh and the query code are imported when a library is opened or first searched, not
with this module (see :mod:`tealeaves.library.core`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from tealeaves.model import SearchResult

if TYPE_CHECKING:
    from whoosh.searching import Searcher

    from tealeaves.search.build import IndexStore


class Searching:
    """The searcher of the index (opened when first asked for, closed when the index
    changes) and the session's bulk scorer; ``repair(error)`` rebuilds a damaged index."""

    def __init__(
        self,
        store: IndexStore,
        lock: threading.RLock,
        repair: Callable[[BaseException], None],
    ) -> None:
        from tealeaves.search.bulk import FastPath

        self.store = store
        self.fast = FastPath()
        self._lock = lock
        self._repair = repair
        self._searcher: Searcher | None = None

    def searcher(self) -> Searcher:
        from tealeaves.search.build import open_searcher

        if self._searcher is None:
            assert self.store.index is not None
            self._searcher = open_searcher(self.store.index)
        return self._searcher

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None

    def search(
        self,
        query: str,
        *,
        limit: int,
        per_document: int,
        kinds: tuple[str, ...],
        stale: Callable[[], bool] | None,
        seconds: float | None,
    ) -> SearchResult:
        """See :meth:`tealeaves.library.Library.search`."""
        from tealeaves.search.bounds import Budget, Cancelled
        from tealeaves.search.parse import make_parser
        from tealeaves.search.query import search as run_search
        from tealeaves.search.whoosh_private import DAMAGED_INDEX_ERRORS

        superseded = SearchResult(query, "", (), 0, notice="superseded by a newer search")
        with self._lock:
            if stale is not None and stale():
                return superseded
            for attempt in (1, 2):
                try:
                    searcher = self.searcher()
                    return run_search(
                        searcher,
                        make_parser(searcher.schema),
                        query,
                        limit=limit,
                        per_document=per_document,
                        kinds=kinds,
                        fast=self.fast,
                        budget=Budget(seconds, stale),
                    )
                except Cancelled:
                    return superseded
                except DAMAGED_INDEX_ERRORS as exc:  # rebuild it once, then give up
                    if attempt == 2 or self.store.in_memory:
                        raise
                    self._repair(exc)
            raise AssertionError("unreachable")

    def warm(self, stop: Callable[[], bool] | None = None) -> int:
        """Make what the first query naming an article field or a kind would make
        (:mod:`tealeaves.search.warming`), a piece at a time under the lock, until ``stop``
        says True or the searcher is closed (the index changed: its pieces would be of
        segments no longer searched). How many pieces were made."""
        from tealeaves.search.warming import pieces
        from tealeaves.search.whoosh_private import DAMAGED_INDEX_ERRORS

        with self._lock:
            searcher = self.searcher()
            todo = pieces(searcher)
        done = 0
        for piece in todo:
            if stop is not None and stop():
                break
            with self._lock:
                if self._searcher is not searcher:
                    break
                try:
                    piece()
                except DAMAGED_INDEX_ERRORS:  # a search will find it and rebuild
                    break
            done += 1
        return done

    def has_words_to_mark(self, query: str) -> bool:
        """Whether ``query`` holds words a reader can mark, not only filters."""
        from tealeaves.search.parse import make_parser
        from tealeaves.search.query import has_words_to_mark

        with self._lock:
            return has_words_to_mark(make_parser(self.searcher().schema), query)

    def highlights(self, text: str, query: str) -> list[tuple[int, int]]:
        """Where the words ``query`` matches occur in ``text``, in order."""
        from tealeaves.search.parse import make_parser
        from tealeaves.search.query import matching_spans

        with self._lock:
            searcher = self.searcher()
            return matching_spans(searcher, make_parser(searcher.schema), query, text)
