"""A time budget for reading one article: a deadline that the extractor checks as it goes.

The extractors' work grows linearly with an article's length, but a long article may still
take minutes, and an index build must not wait on one article for ever. Whoever reads an
article sets a deadline around it::

    with deadline(ARTICLE_SECONDS):
        extraction = extract(doc, registry, topics)

and :func:`check`, called between the extractor's stages and before each paragraph (or
piece of one) it reads, raises :class:`OverBudget` once the deadline has passed. The check
is cooperative: one paragraph's work (bounded by ``MAX_PARAGRAPH_CHARS``) may run past the
deadline before it is seen. The deadline lives in a context variable, so each thread (an
explorer's worker, a test) has its own, and code outside a deadline is never stopped.

The clock is the thread's processor time, not the wall clock: on a busy machine (a build
while other programs run) an article gets the same work done before it is cut off, so the
same articles are left out whatever else runs.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from contextvars import ContextVar

#: The most processor time the extractor may spend on one article (people, quotes, terms,
#: topics). A paragraph of 5 MB dense with names and quotation marks (the reliability
#: tests') takes about 45 s; one that takes longer is reported and left out of the index.
ARTICLE_SECONDS = 120.0

_DEADLINE: ContextVar[tuple[float, float] | None] = ContextVar("extract_deadline", default=None)


class OverBudget(Exception):
    """The work on one article went past its deadline; ``str()`` says by how much."""

    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"reading its people and quotes took longer than its budget of {seconds:g} s"
        )
        self.seconds = seconds


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Let the work inside take at most ``seconds`` (from now) before :func:`check` raises.
    A deadline inside another keeps the sooner of the two."""
    at = time.thread_time() + seconds
    outer = _DEADLINE.get()
    if outer is not None and outer[0] <= at:
        at, seconds = outer
    token = _DEADLINE.set((at, seconds))
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def check() -> None:
    """Raise :class:`OverBudget` when the current deadline has passed (never without one)."""
    current = _DEADLINE.get()
    if current is not None and time.thread_time() > current[0]:
        raise OverBudget(current[1])
