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

A Chinese article that writes a foreign name in characters without its Latin original
(亚历山大·卢金) gives a person whose name has no Latin form at all. Such a name, given name and
surname, is joined to the one person (named in Latin script or read from Cyrillic) whose name
its characters can spell (:func:`tealeaves.library.han_sounds.may_be`); a surname alone
(卢金) is never joined.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from tealeaves.extract.names import GIVEN_NAMES
from tealeaves.library.han_sounds import coarse_key, is_transliteration, may_be
from tealeaves.text import fold, given_key, same_sounds


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
    return join_names(person_names(records))


def person_names(records: Iterable[tuple[str, str, str]]) -> dict[str, tuple[str, bool]]:
    """Each id of (id, name, native name) records: its first name, and whether it was read
    from Cyrillic: every record gives it a Cyrillic native name, and a name that is the
    reader's own reading of it (an English article's "Alexey Maslov (Алексей Маслов)" is
    named in Latin script, a Russian article's Алексей Маслов, read "Alexei Maslov", is not)."""
    names: dict[str, tuple[str, bool]] = {}
    for pid, name, native in records:
        first, cyrillic = names.get(pid, (name, True))
        names[pid] = first, cyrillic and _read_from_cyrillic(name, native)
    return names


def _read_from_cyrillic(name: str, native: str) -> bool:
    if not _cyrillic(native):
        return False
    if len(native.split()) < 2:
        return True
    from tealeaves.extract.ru import readings

    return name in readings(native)


def surname(name: str) -> str | None:
    """What a join is decided within: the class of sounds of the last word of a name, the
    same for a Latin name, its Cyrillic reading and its transliteration in characters (None:
    it has none and is never joined). Ids with other surnames never bear on each other's
    joins, so a change to one person's ids decides again only the joins of their surnames."""
    return coarse_key(name)


def join_names(names: dict[str, tuple[str, bool]]) -> dict[str, str]:
    """The joins among ids given with their name and whether each was read from Cyrillic
    (:func:`person_names`): exact for every id whose surname's ids are all given."""
    keys = {pid: surname(name) for pid, (name, _) in names.items()}
    written = {pid for pid, (name, _) in names.items() if is_transliteration(name)}
    latin_by_surname: dict[str, list[str]] = {}
    read_by_surname: dict[str, list[str]] = {}  # named in Latin script or read from Cyrillic
    for pid, (_, from_cyrillic) in names.items():
        key = keys[pid]
        if key is None or pid in written:
            continue
        read_by_surname.setdefault(key, []).append(pid)
        if not from_cyrillic:
            latin_by_surname.setdefault(key, []).append(pid)
    joined: dict[str, str] = {}
    for pid, (name, from_cyrillic) in names.items():
        key = keys[pid]
        if not from_cyrillic or key is None or pid in written:
            continue
        matches = [
            other
            for other in latin_by_surname.get(key, [])
            if other != pid and same_sounds(name, names[other][0])
        ]
        if len(matches) == 1:
            joined[pid] = matches[0]
    for pid in sorted(written):  # 亚历山大·卢金: after the Cyrillic joins, to where they go
        name, key = names[pid][0], keys[pid] or ""
        people = {
            joined.get(other, other)
            for other in read_by_surname.get(key, [])  # (no key: none)
            if may_be(name, names[other][0])
        }
        if len(people) == 1:
            joined[pid] = people.pop()
    return _one_spelling(names, written, joined)


#: The keys of the first names whose romanisations vary (Sergei/Sergey, Alexei/Aleksey).
_RUSSIAN_GIVEN = frozenset(given_key(name) for name in GIVEN_NAMES)


def _one_spelling(
    names: dict[str, tuple[str, bool]], written: set[str], joined: dict[str, str]
) -> dict[str, str]:
    """``joined`` with the two romanisations of one Russian first name (one of
    :data:`GIVEN_NAMES`, not "Tony"/"Toni") joined too: "Sergei
    Lavrov" in one article and "Sergey Lavrov" in another (or the Chinese article's "Sergey"
    from its brackets) are one person, as within one article, shown under the first id in
    order of those named in Latin script (else of all). A join made already goes on to it.
    Two ids of one spelling are namesakes kept apart on purpose (王毅 and 王义): their group
    is left alone."""
    groups: dict[tuple[str, str], dict[str, set[str]]] = {}  # key -> name -> ids
    for pid, (name, _) in names.items():
        words = name.split()
        if len(words) == 2 and pid not in written and given_key(words[0]) in _RUSSIAN_GIVEN:
            key = (given_key(words[0]), fold(words[1]))
            groups.setdefault(key, {}).setdefault(name, set()).add(joined.get(pid, pid))
    to: dict[str, str] = {}
    for by_name in groups.values():
        if len(by_name) < 2 or any(len(ids) > 1 for ids in by_name.values()):
            continue  # one spelling only, or namesakes kept apart (王毅 and 王义, Wang Yi)
        ids = {pid for ids in by_name.values() for pid in ids}
        shown, *others = sorted(ids, key=lambda pid: (names.get(pid, ("", True))[1], pid))
        to |= dict.fromkeys(others, shown)
    if not to:
        return joined
    for pid in names:
        shown = to.get(joined.get(pid, pid))
        if shown is not None and shown != pid:
            joined[pid] = shown
    return joined
