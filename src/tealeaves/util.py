"""Small helpers shared by every layer."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path


class NotRegularFile(OSError):
    """A path that names a pipe, a device, a socket or a folder where a file was wanted;
    ``kind`` says which, in words ("a pipe (FIFO)")."""

    def __init__(self, path: Path | str, kind: str) -> None:
        super().__init__(f"{path} is {kind}, not a regular file")
        self.kind = kind


def _kind(mode: int) -> str | None:
    """What a non-regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"


def read_regular(path: Path | str, limit: int) -> bytes:
    """The bytes of the regular file at ``path``: at most ``limit + 1`` of them, so that a
    caller can tell a file over its limit without reading all of it.

    A pipe, a device, a socket or a folder raises :class:`NotRegularFile` before anything is
    read (a pipe would block forever, ``/dev/zero`` would fill the memory). The file is
    opened without blocking and checked again once open, so a file swapped for a pipe
    between the two looks is refused too. Other failures raise ``OSError``.
    """
    kind = _kind(os.stat(path).st_mode)  # before opening: opening some devices does things
    if kind is not None:
        raise NotRegularFile(path, kind)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    try:
        kind = _kind(os.fstat(fd).st_mode)
        if kind is not None:
            raise NotRegularFile(path, kind)
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half.

    The data goes to a temporary file in the same folder, is flushed to disk, and then
    replaces the target in one rename. The file keeps its permissions (a new one gets the
    usual rw-r--r--).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        try:
            mode = path.stat().st_mode & 0o777
        except OSError:
            mode = 0o644
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def read_utf8(path: Path | str, limit: int) -> str:
    """The text of a small UTF-8 file the user edits (a registry, a topics file). A byte-order
    mark is dropped. Raises ``ValueError`` for a file over ``limit`` bytes or not UTF-8 (saying
    which line, and which byte of it), :class:`NotRegularFile` and ``OSError``."""
    data = read_regular(path, limit)
    if len(data) > limit:
        raise ValueError(f"over {limit // 2**20} MB, more than such a file holds")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ValueError(
            f"line {line}: not UTF-8 text (byte 0x{data[exc.start]:02x} at byte {column} of "
            "the line); save the file as UTF-8"
        ) from None


#: The prefix of :func:`stage_bytes`'s temporary files (hidden: no folder listing shows them).
STAGED_PREFIX = ".tealeaves-"


def stage_bytes(folder: Path, data: bytes, *, mode: int = 0o644) -> Path:
    """``data`` in a new temporary file in ``folder``, flushed to disk, for the caller to
    rename or link into place (or to delete). Its name is short whatever the final one, and
    a full disk fails here, before anything the user sees has changed."""
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=STAGED_PREFIX, suffix=".tmp")
    try:
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return Path(tmp)


def claim(staged: Path, target: Path) -> bool:
    """Put the staged file at ``target`` only if nothing is there: True when done, False
    when the name is taken (by another process too: a hard link is atomic and never
    replaces). Where hard links are not supported, the name is claimed with O_EXCL first."""
    try:
        os.link(staged, target)
        return True
    except FileExistsError:
        return False
    except OSError as exc:
        if exc.errno not in (
            errno.EPERM,
            errno.ENOTSUP,
            errno.EOPNOTSUPP,
            errno.EMLINK,
            errno.EXDEV,
        ):
            raise
    try:
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
    except FileExistsError:
        return False
    try:
        os.replace(staged, target)  # the name is ours: the empty file is replaced whole
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(target)
        raise
    return True


def fsync_folder(folder: Path) -> None:
    """Make the renames in ``folder`` durable (where the system allows it)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write_text(path: Path, text: str) -> None:
    """:func:`atomic_write_bytes` of ``text`` in UTF-8."""
    atomic_write_bytes(path, text.encode("utf-8"))
