"""One process at a time looks at the index and updates it."""

from __future__ import annotations

import os
import time
from pathlib import Path

from tealeaves.views import Progress

#: The file whose lock a process holds while it looks at the index and updates it.
UPDATE_LOCK = "update.lock"


class UpdateLock:
    """An exclusive lock on the index folder while one process looks at and updates it.

    Whoosh's own write lock covers a writer, not the manifest read before it nor a full
    rebuild written beside the index: two processes rebuilding at once removed each other's
    files, and two adds each wrote the manifest they had read before the other's. Here the
    whole of looking and updating is one process's at a time. A process that finds the lock
    taken says so (through ``progress``) and waits up to ``timeout`` seconds; then it reads
    the index as it is (``held`` False). The lock is the kernel's (``flock``): a process
    that dies releases it."""

    TIMEOUT = 600.0
    POLL = 0.1

    def __init__(
        self, path: Path, progress: Progress | None = None, timeout: float | None = None
    ) -> None:
        self.path = path
        self.progress = progress
        self.timeout = self.TIMEOUT if timeout is None else timeout
        self.held = False
        self.waited = False
        self._fd: int | None = None

    def __enter__(self) -> UpdateLock:
        try:
            import fcntl
        except ImportError:  # not on this system: no lock, as before
            self.held = True
            return self
        try:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            self.held = True  # cannot make the lock file (full disk …): go on as before
            return self
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if not self.waited:
                    self.waited = True
                    if self.progress is not None:
                        self.progress(0, 0, WAITING_MESSAGE)
                if time.monotonic() >= deadline:
                    return self
                time.sleep(self.POLL)
                continue
            self.held = True
            return self

    def __exit__(self, *exc: object) -> None:
        if self._fd is not None:
            os.close(self._fd)  # releases the lock
            self._fd = None


#: What a process says while it waits for another one to finish updating the index.
WAITING_MESSAGE = "Waiting for another Tea Leaves process to finish updating the index…"
