"""Background work: the one policy every screen and the App follow.

Work that may take time (reading the index, writing a file, reading or saving annotations)
runs as a Textual worker with ``exit_on_error=False``. What the user should expect to see
fail (a quote that is gone, an annotations file that cannot be written) goes to the caller's
``failed``; anything else is a bug, and :class:`ReportsWorkerFailures` reports it, once, as
a notification, the same way everywhere. The explorer keeps running either way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from textual.dom import DOMNode
from textual.worker import Worker, WorkerState

if TYPE_CHECKING:
    from tealeaves.library import NotFound  # noqa: F401 (named in a docstring)

T = TypeVar("T")


class ReportsWorkerFailures:
    """Mixed into the App and every screen that runs workers (a worker's state changes
    are told to the node that runs it only)."""

    app: Any

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if event.state is not WorkerState.ERROR or worker.error is None:
            return
        error = worker.error
        what = worker.name or "A background task"  # named by what it does: "Saving the note"
        self.app.notify(
            f"{type(error).__name__}: {error}",
            title=f"{what} failed",
            severity="error",
            timeout=15,
        )


def in_thread(
    node: DOMNode,
    work: Callable[[], T],
    then: Callable[[T], Any],
    failed: Callable[[Exception], Any],
    *,
    errors: tuple[type[Exception], ...] | None = None,
    group: str = "default",
    exclusive: bool = False,
    name: str = "",
) -> None:
    """Run ``work`` (it may read the index or write a file) in a worker thread of ``node``,
    then ``then`` with its result on the UI thread. One of ``errors`` goes to ``failed``
    instead, also on the UI thread (by default :class:`NotFound`); anything else fails the
    worker, which is reported (``name`` says what was being done: "Saving the note")."""
    if errors is None:
        from tealeaves.library import NotFound

        errors = (NotFound,)
    expected = errors

    def run() -> None:
        try:
            result = work()
        except expected as exc:
            node.app.call_from_thread(failed, exc)
            return
        node.app.call_from_thread(then, result)

    node.run_worker(
        run,
        thread=True,
        group=group,
        exclusive=exclusive,
        exit_on_error=False,
        name=name,
    )
