"""Running library calls off the UI thread: the one pattern every screen uses."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from textual.dom import DOMNode

from tealeaves.library import NotFound

T = TypeVar("T")


def in_thread(
    node: DOMNode,
    work: Callable[[], T],
    then: Callable[[T], Any],
    failed: Callable[[Exception], Any],
    *,
    errors: tuple[type[Exception], ...] = (NotFound,),
    group: str = "default",
    exclusive: bool = False,
) -> None:
    """Run ``work`` (it may read the index or write a file) in a worker thread of ``node``,
    then ``then`` with its result on the UI thread. One of ``errors`` goes to ``failed``
    instead, also on the UI thread; anything else is a bug and stops the app."""

    def run() -> None:
        try:
            result = work()
        except errors as exc:
            node.app.call_from_thread(failed, exc)
            return
        node.app.call_from_thread(then, result)

    node.run_worker(run, thread=True, group=group, exclusive=exclusive)
