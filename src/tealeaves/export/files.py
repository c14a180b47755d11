"""Writing an export to the files a user named (``-o``)."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Any

from tealeaves.export.as_csv import to_csv_tables
from tealeaves.util import atomic_write_text


def write_output(path: Path | str, text: str) -> Path:
    """Write ``text`` to the file a user named (``-o FILE``), and return where it went.

    A regular file (or none) is replaced atomically. A symbolic link is written through:
    the file it points to is replaced, the link stays. Anything else (a FIFO, a device, a
    socket, a folder) is refused, and so is a path whose folder does not exist: nothing is
    created but the file. Refusals are OSErrors naming the path."""
    path = Path(path)
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        if not target.parent.is_dir():
            raise FileNotFoundError(
                errno.ENOENT,
                "the folder to write into does not exist; create it first",
                str(target.parent),
            ) from None
    else:
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "is a folder; give a file name", str(path))
        if not stat.S_ISREG(mode):
            raise OSError(
                errno.EINVAL,
                "not a regular file (a FIFO, a device or a socket), so not written; give a "
                "file name",
                str(path),
            )
    atomic_write_text(target, text)
    return path


def write_csv_tables(data: dict[str, Any], folder: Path) -> list[Path]:
    """Write documents.csv, people.csv, quotes.csv and glossary.csv into ``folder`` (made
    when its parent exists; see :func:`write_output` for each file)."""
    folder = Path(folder)
    if not folder.is_dir():
        if not folder.parent.is_dir():
            raise FileNotFoundError(
                errno.ENOENT,
                "the folder to write into does not exist; create it first",
                str(folder.parent),
            )
        folder.mkdir()
    written = []
    for name, text in to_csv_tables(data).items():
        written.append(write_output(folder / f"{name}.csv", text))
    return written
