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
import shlex
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tealeaves.library.config import LibraryConfig
from tealeaves.locations import bundled_articles
from tealeaves.userdata import UserDataError
from tealeaves.util import atomic_write_text, read_utf8
from tealeaves.views import NotFound

if TYPE_CHECKING:
    from tealeaves.search.build import IndexStore

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


def show_line(text: object) -> str:
    """:func:`tealeaves.corpus.clean.show_line`, imported when first needed."""
    from tealeaves.corpus.clean import show_line as show

    return show(text)


class Folders:
    """The folders of a library's articles beyond its own: the ones given with
    ``--corpus`` now and the ones remembered; which are read, and which have gone
    (``gone``: their articles stay in the index as they were)."""

    def __init__(self, config: LibraryConfig, store: IndexStore) -> None:
        self.config = config
        self.store = store
        self.remembered = RememberedFolders(config.data_dir())
        self.gone: tuple[Path, ...] = ()

    def look(self, *, remember: bool) -> list[str]:
        """Remember the folders given with --corpus (``remember``) and read the remembered
        ones into the config: the ones that are there are indexed, the gone ones kept.
        Returns what the user should be told."""
        notices: list[str] = []
        folders = self.remembered
        folders.load()
        if folders.problem:
            notices.append(
                f"{show_line(folders.path)} could not be read ({folders.problem}): the "
                "folders remembered in it are left out, and none is remembered, until the "
                "file is fixed or removed."
            )
        given = [real(p) for p in self.config.corpus_dirs]
        if remember:
            ours = {real(bundled_articles()), real(self.config.articles_dir())}
            try:
                folders.remember(f for f in given if f.is_dir() and f not in ours)
            except OSError as exc:
                notices.append(
                    "The --corpus folders are used for this command only: they could not be "
                    f"remembered in {show_line(folders.path)} ({exc.strerror or exc})."
                )
        others = [f for f in folders.folders if f not in given]
        self.config.remembered = tuple(f for f in others if f.is_dir())
        self.gone = tuple(f for f in others if not f.is_dir())
        return notices

    def gone_notices(self) -> list[str]:
        """One notice for each remembered folder that is not there now."""
        if not self.gone:
            return []
        files = self.store.indexed_files()
        notices = []
        for folder in self.gone:
            count = self._folder(folder, files).articles
            kept = (
                f"its {count} article{'' if count == 1 else 's'} stay{'s' if count == 1 else ''} "
                "in the index"
                if count
                else "none of its articles is in the index"
            )
            notices.append(
                f"The remembered folder {show_line(folder)} is not there; {kept} until you "
                f"restore it, or forget it with `tealeaves folders rm {shlex.quote(str(folder))}`."
            )
        return notices

    def listed(self) -> list[CorpusFolder]:
        """The folders remembered from ``--corpus``, in the order they were first given,
        each with whether it is there and how many of its articles the index holds."""
        self.remembered.load()
        files = self.store.indexed_files()
        return [self._folder(folder, files) for folder in self.remembered.folders]

    def forget(self, folder: Path | str) -> CorpusFolder:
        """Forget a remembered folder (as given, or its real path) and leave it out of the
        config; the index is not updated here. Raises :class:`NotFound`, and
        :class:`UserDataError` when the list of folders cannot be read or saved."""
        self.remembered.load()
        if self.remembered.problem:
            raise UserDataError(
                f"{self.remembered.path} could not be read ({self.remembered.problem}); "
                "fix or remove the file."
            )
        found = self.remembered.find(folder)
        if found is None:
            raise NotFound(
                f"{show_line(folder)} is not a remembered folder; "
                "`tealeaves folders list` shows them."
            )
        info = self._folder(found, self.store.indexed_files())
        try:
            self.remembered.forget(found)
        except OSError as exc:
            raise UserDataError(
                f"Could not save {self.remembered.path} ({exc.strerror or exc})."
            ) from None
        self.config.corpus_dirs = tuple(p for p in self.config.corpus_dirs if real(p) != found)
        return info

    def _folder(self, folder: Path, files: dict[str, str | None]) -> CorpusFolder:
        count = sum(1 for key, doc_id in files.items() if doc_id and under(key, folder))
        return CorpusFolder(str(folder), folder.is_dir(), count)
