"""One person across scripts: the ids of one person whom articles in two scripts name
differently, joined when the library's lists are made (issue 18, item 5).

A Russian article writes Kaja Kallas as Кая Каллас; its reader transliterates that to "Kay
Kallas", so the person gets another id than the English articles give her. Chinese names and
Russian names need no join (their Latin form comes from the characters by one rule in every
language), but Western, Central Asian, Japanese or Indian names written in Cyrillic do: their
Latin form depends on the script they were read from.

The join is made from the names alone (:func:`tealeaves.text.same_sounds`), and only when it is
unambiguous: a person read from Cyrillic is joined to the one person named in Latin script whose
name sounds the same; when two Latin-script people sound like them, nobody is joined and both
stay apart (the profile says so through its namesakes).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from tealeaves.text import same_sounds, sound_key


def _cyrillic(text: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in text)


@dataclass(frozen=True)
class Joins:
    """Which ids are one person: each joined id to the id it is shown under."""

    to: dict[str, str] = field(default_factory=dict)  # joined id -> shown id
    names: dict[str, str] = field(default_factory=dict)  # shown id -> its name
    _joined: dict[str, list[str]] = field(default_factory=dict, init=False, compare=False)

    def __post_init__(self) -> None:
        for pid, shown in sorted(self.to.items()):
            self._joined.setdefault(shown, []).append(pid)

    def canonical(self, pid: str) -> str:
        return self.to.get(pid, pid)

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, str, str]]) -> Joins:
        """From (id, shown id, shown name) rows, as :meth:`rows` gives them."""
        to, names = {}, {}
        for pid, shown, name in rows:
            to[pid], names[shown] = shown, name
        return cls(to, names)

    def rows(self) -> list[tuple[str, str, str]]:
        return [(pid, shown, self.names.get(shown, "")) for pid, shown in sorted(self.to.items())]

    def members(self, pid: str) -> list[str]:
        """Every id of the person ``pid`` is (or is joined to), the shown one first."""
        shown = self.canonical(pid)
        return [shown, *self._joined.get(shown, ())]


def join_ids(records: Iterable[tuple[str, str, str]]) -> dict[str, str]:
    """From every (id, name, native name) an index stores, one per person and article: the
    ids read from Cyrillic that are one person with an id named in Latin script, each to that
    id. An id is "read from Cyrillic" when every article gives it a Cyrillic native name."""
    names: dict[str, str] = {}
    from_cyrillic: dict[str, bool] = {}
    for pid, name, native in records:
        names.setdefault(pid, name)
        from_cyrillic[pid] = from_cyrillic.get(pid, True) and _cyrillic(native)
    latin_by_surname: dict[str, list[str]] = {}
    for pid, name in names.items():
        key = sound_key(name)
        if not from_cyrillic[pid] and key:
            latin_by_surname.setdefault(key[-1], []).append(pid)
    joined: dict[str, str] = {}
    for pid, name in names.items():
        key = sound_key(name)
        if not from_cyrillic[pid] or not key:
            continue
        matches = [
            other
            for other in latin_by_surname.get(key[-1], [])
            if other != pid and same_sounds(name, names[other])
        ]
        if len(matches) == 1:
            joined[pid] = matches[0]
    return joined
