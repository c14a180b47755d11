"""The folders given with ``--corpus``, remembered in the library so that the next command
without ``--corpus`` keeps their articles (and only looks for files that changed).

They are kept in ``<library>/corpus-folders.json``, written atomically::

    {"version": 1, "folders": ["/home/me/articles", …]}

Each is the folder's real path, as it was when first given. A folder that has gone (an
unplugged disk, a renamed folder) is kept and so are its articles in the index, until it is
forgotten with ``tealeaves folders rm``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tealeaves.util import atomic_write_text, read_utf8

FOLDERS_FILE = "corpus-folders.json"
_VERSION = 1
_LIMIT = 4 * 2**20


@dataclass(frozen=True, slots=True)
class CorpusFolder:
    """A remembered folder: its path, whether it is there, and how many of its articles
    the index holds."""

    path: str
    exists: bool
    articles: int


def real(path: Path | str) -> Path:
    """The absolute real path of a folder (also of one that does not exist)."""
    return Path(os.path.realpath(Path(path).expanduser()))


def under(key: str, folder: Path | str) -> bool:
    """Whether the file ``key`` (a real path) is inside ``folder``."""
    prefix = str(folder).rstrip(os.sep) + os.sep
    return key.startswith(prefix)


class RememberedFolders:
    """The remembered folders of one library. ``problem`` says why the file could not be
    read; then nothing is written, so that a damaged file is never replaced."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / FOLDERS_FILE
        self.folders: list[Path] = []
        self.problem = ""
        self.load()

    def load(self) -> None:
        self.folders, self.problem = [], ""
        try:
            data = json.loads(read_utf8(self.path, _LIMIT))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            self.problem = str(exc)
            return
        folders = data.get("folders") if isinstance(data, dict) else None
        if not isinstance(folders, list) or not all(isinstance(f, str) for f in folders):
            self.problem = 'expected {"folders": ["/a/folder", …]}'
            return
        self.folders = [Path(f) for f in dict.fromkeys(folders) if f]

    def save(self) -> None:
        payload = {"version": _VERSION, "folders": [str(f) for f in self.folders]}
        atomic_write_text(self.path, json.dumps(payload, ensure_ascii=False, indent=1) + "\n")

    def remember(self, folders: Iterable[Path]) -> list[Path]:
        """Add these (real paths of existing folders); the ones new to the list, saved.
        Raises OSError when the file cannot be written."""
        new = [f for f in dict.fromkeys(folders) if f not in self.folders]
        if new and not self.problem:
            self.folders += new
            self.save()
        return new

    def find(self, given: Path | str) -> Path | None:
        """The remembered folder ``given`` names (as typed, or its real path)."""
        for folder in self.folders:
            if str(folder) == str(given) or folder == real(given):
                return folder
        return None

    def forget(self, folder: Path) -> None:
        """Take ``folder`` off the list and save it. Raises OSError."""
        self.folders = [f for f in self.folders if f != folder]
        self.save()
