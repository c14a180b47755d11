"""The user's own annotations: stances, notes on quotes and flagged quotes.

They live in ``<library>/annotations.json``, apart from the index (which is a cache and may be
rebuilt at any time), keyed by ids that do not change when the index is rebuilt (a quote's id
is a hash of its article and its words). Every change is made under a lock on a fresh read of
the file and written atomically: a crash leaves the old file or the new one, never half.

A file that cannot be read as annotations is never discarded: it is moved aside to
``annotations.json.corrupt-<time>`` and reported, and the user starts again from empty. A file
from an older version is upgraded on the next save; one from a newer version is read but not
written over.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from tealeaves.model import Stance
from tealeaves.util import atomic_write_text

FILE_NAME = "annotations.json"
FORMAT = "tealeaves-annotations"
#: Version 0 (before this field existed) kept notes as plain strings and nothing else.
FORMAT_VERSION = 1

T = TypeVar("T")


class UserDataError(OSError):
    """Annotations that cannot be saved; ``str()`` says why and what to do."""


@dataclass(frozen=True, slots=True)
class Note:
    quote: str  # the quote's id
    text: str
    document: str = ""  # kept so that a note whose quote is gone can still be shown
    quoted: str = ""  # the quote's words when the note was written
    updated: str = ""


@dataclass(frozen=True, slots=True)
class Flag:
    quote: str
    document: str = ""
    quoted: str = ""
    updated: str = ""


@dataclass
class Annotations:
    stances: dict[tuple[str, str], Stance] = field(default_factory=dict)
    hidden: set[tuple[str, str]] = field(default_factory=set)  # curated stances removed
    notes: dict[str, Note] = field(default_factory=dict)
    flags: dict[str, Flag] = field(default_factory=dict)
    #: Keys of a newer format, kept as they were so that saving does not drop them.
    extra: dict[str, Any] = field(default_factory=dict)


def now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z")


# -- reading and writing the file --------------------------------------------------------------


def stance_fields(stance: Stance) -> dict[str, str]:
    """What a stance is, as JSON: what the file keeps, and what exports start from."""
    return {
        "person": stance.person,
        "topic": stance.topic,
        "position": stance.position,
        "summary": stance.summary,
        "evidence": stance.evidence,
        "document": stance.document,
    }


def to_json(data: Annotations) -> dict[str, Any]:
    return {
        **data.extra,
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "stances": [stance_fields(s) for _, s in sorted(data.stances.items())],
        "hidden": [list(k) for k in sorted(data.hidden)],
        "notes": {
            q: {"text": n.text, "document": n.document, "quoted": n.quoted, "updated": n.updated}
            for q, n in sorted(data.notes.items())
        },
        "flags": {
            q: {"document": f.document, "quoted": f.quoted, "updated": f.updated}
            for q, f in sorted(data.flags.items())
        },
    }


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected text, found {type(value).__name__}")
    return value


def from_json(raw: Any) -> Annotations:
    """Annotations from parsed JSON of any known version. Raises ValueError if the shape is
    not that of an annotations file."""
    if not isinstance(raw, dict):
        raise ValueError("not a JSON object")
    version = raw.get("version", 0)
    if not isinstance(version, int) or version < 0:
        raise ValueError("its version is not a number")
    if "format" in raw and raw["format"] != FORMAT:
        raise ValueError(f"it is a '{raw['format']}' file, not annotations")
    data = Annotations()
    data.notes.update(_notes_from(raw.get("notes", {})))
    data.flags.update(_flags_from(raw.get("flags", {})))
    for stance in _stances_from(raw.get("stances", [])):
        data.stances[(stance.person, stance.topic)] = stance
    for pair in raw.get("hidden", []):
        if not (isinstance(pair, list) and len(pair) == 2):
            raise ValueError("a hidden stance is not a [person, topic] pair")
        data.hidden.add((_text(pair[0]), _text(pair[1])))
    if version > FORMAT_VERSION:
        known = {"format", "version", "stances", "hidden", "notes", "flags"}
        data.extra = {k: v for k, v in raw.items() if k not in known}
    return data


def _notes_from(notes: Any) -> dict[str, Note]:
    if not isinstance(notes, dict):
        raise ValueError("'notes' is not an object")
    found: dict[str, Note] = {}
    for quote, value in notes.items():
        if isinstance(value, str):  # version 0: the note's text only
            found[quote] = Note(quote, value)
        elif isinstance(value, dict):
            found[quote] = Note(
                quote,
                _text(value.get("text", "")),
                _text(value.get("document", "")),
                _text(value.get("quoted", "")),
                _text(value.get("updated", "")),
            )
        else:
            raise ValueError(f"the note on {quote} is neither text nor an object")
    return found


def _flags_from(flags: Any) -> dict[str, Flag]:
    if isinstance(flags, list):  # a plain list of quote ids
        flags = {q: {} for q in flags}
    if not isinstance(flags, dict):
        raise ValueError("'flags' is not an object")
    found: dict[str, Flag] = {}
    for quote, value in flags.items():
        value = value if isinstance(value, dict) else {}
        found[_text(quote)] = Flag(
            quote,
            _text(value.get("document", "")),
            _text(value.get("quoted", "")),
            _text(value.get("updated", "")),
        )
    return found


def _stances_from(entries: Any) -> Iterator[Stance]:
    for entry in entries:
        if not isinstance(entry, dict):
            raise ValueError("a stance is not an object")
        yield Stance(
            person=_text(entry["person"]),
            topic=_text(entry["topic"]),
            position=_text(entry["position"]),
            summary=_text(entry.get("summary", "")),
            evidence=_text(entry.get("evidence", "")),
            document=_text(entry.get("document", "")),
            source="user",
        )


class UserData:
    """The annotations file of one library."""

    def __init__(self, directory: Path) -> None:
        self.path = Path(directory) / FILE_NAME
        self.notices: list[str] = []
        self.newer = False  # made by a newer Tea Leaves: read, but never written over

    def load(self) -> Annotations:
        """The annotations as the file holds them now (empty when there is no file)."""
        try:
            raw_text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Annotations()
        except (OSError, UnicodeDecodeError) as exc:
            if isinstance(exc, UnicodeDecodeError):
                return self._set_aside("it is not UTF-8 text")
            self._notice(f"Your annotations could not be read ({exc}); they are left as they are.")
            self.newer = True  # do not write over what we cannot read
            return Annotations()
        try:
            raw = json.loads(raw_text)
            data = from_json(raw)
        except (ValueError, KeyError) as exc:
            return self._set_aside(str(exc) or type(exc).__name__)
        version = raw.get("version", 0) if isinstance(raw, dict) else 0
        self.newer = version > FORMAT_VERSION
        if self.newer:
            self._notice(
                f"{self.path} was written by a newer Tea Leaves (format {version}); it is "
                "shown, but changes cannot be saved until you upgrade."
            )
        return data

    def update(self, change: Callable[[Annotations], T]) -> T:
        """Apply ``change`` to the annotations as they are on disk, and save them."""
        with self._locked():
            self._remove_leftovers()
            data = self.load()
            if self.newer:
                raise UserDataError(
                    f"{self.path} was written by a newer Tea Leaves or cannot be read; "
                    "upgrade Tea Leaves (or move the file away) to make changes."
                )
            result = change(data)
            text = json.dumps(to_json(data), ensure_ascii=False, indent=2) + "\n"
            # A link is written through: the file it points to is replaced, the link stays.
            target = Path(os.path.realpath(self.path)) if self.path.is_symlink() else self.path
            try:
                atomic_write_text(target, text)
            except OSError as exc:
                raise UserDataError(
                    f"could not save your annotations to {self.path} ({exc.strerror or exc}); "
                    "nothing was changed. Free some space or choose a writable --library."
                ) from exc
            return result

    def _remove_leftovers(self) -> None:
        remove_leftovers(self.path)

    def _set_aside(self, why: str) -> Annotations:
        aside = self.path.with_name(f"{self.path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            os.replace(self.path, aside)
        except OSError as exc:
            self.newer = True  # could not move it: do not write over it either
            self._notice(
                f"Your annotations in {self.path} are damaged ({why}) and could not be moved "
                f"aside ({exc.strerror or exc}); they are left untouched."
            )
            return Annotations()
        self._notice(
            f"Your annotations in {self.path} were damaged ({why}). The file was kept as "
            f"{aside.name}; you start from empty. Nothing was deleted."
        )
        return Annotations()

    def _notice(self, text: str) -> None:
        if text not in self.notices:
            self.notices.append(text)

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """One writer at a time (the explorer and a `tealeaves note` may run together)."""
        with locked(self.path):
            yield


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold the writers' lock of ``path`` (an ``flock`` on ``.<name>.lock`` beside it): every
    read-modify-write of one of the user's files takes it, so that two processes (the
    explorer and a command, or two explorers) never lose each other's change."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path.with_name(f".{path.name}.lock"), "a")  # noqa: SIM115
    except OSError as exc:
        raise UserDataError(
            f"cannot write in {path.parent} ({exc.strerror or exc}); choose a writable --library."
        ) from exc
    try:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: one writer is the usual case
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
    finally:
        handle.close()


def remove_leftovers(path: Path) -> None:
    """Remove the temporary files of writes of ``path`` that were killed half-way
    (``atomic_write`` names them ``.<name>.<random>.tmp``). Call it under :func:`locked`,
    when no other write can be making one."""
    for leftover in path.parent.glob(f".{path.name}.*.tmp"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def append_line(path: Path, line: str) -> None:
    """Add ``line`` (a newline is added when it has none) at the end of the text file at
    ``path``, under :func:`locked`: the file is read and written again atomically, so a
    crash leaves it as it was or with the line, and parallel appends all land whole. A
    symlink is written through."""
    path = Path(path)
    with locked(path):
        target = Path(os.path.realpath(path)) if path.is_symlink() else path
        remove_leftovers(target)
        try:
            old = target.read_text(encoding="utf-8") if target.exists() else ""
            if old and not old.endswith("\n"):
                old += "\n"
            atomic_write_text(target, old + line + ("" if line.endswith("\n") else "\n"))
        except (OSError, UnicodeDecodeError) as exc:
            why = getattr(exc, "strerror", None) or exc
            raise UserDataError(f"could not add to {path} ({why}); nothing was changed.") from exc
