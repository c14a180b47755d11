"""Facts about people that the texts leave out, with where each fact comes from.

The registry (``data/registry.toml`` in the package, plus an optional file of the user's)
adds aliases, native-script names, kinds and canonical affiliations, and corrects the
extractor where a text cannot tell it the truth ("not_person" entries). Every entry must
name its source; an entry without one is refused with a clear message.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from tealeaves.corpus.clean import show_line
from tealeaves.model import PersonKind, Role
from tealeaves.util import read_utf8

_KINDS = {"expert", "official", "leader", "author", "other"}
_CYRILLIC = re.compile(r"[А-ЯЁа-яё-]+")
_WORD = re.compile(r"\w+")
_HAN = re.compile("[\u3400-\u9fff]")
#: A run of characters and the dots between a transliterated name's parts (谢尔盖·拉夫罗夫).
_HAN_RUN = re.compile("[\u3400-\u9fff\uf900-\ufaff·•‧・]+")


@lru_cache(maxsize=4096)
def first_word(form: str) -> tuple[str, bool]:
    """The first word of a name's form, and whether it is Han (then the form is one run of
    characters, looked for whole): what tells quickly whether a text may hold the form."""
    first = _WORD.search(form)
    word = first.group() if first is not None else ""
    return word, bool(_HAN.match(word))


class RegistryError(ValueError):
    """A registry file that cannot be used; ``str()`` names the file and the entry."""

    def __init__(self, message: str) -> None:
        super().__init__(show_line(message))  # names and values from the file: shown, not run


@dataclass(frozen=True, slots=True)
class RegistryPerson:
    name: str
    source: str
    native_name: str = ""
    kind: PersonKind | None = None
    aliases: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()


@lru_cache(maxsize=64)
def _index(people: tuple[RegistryPerson, ...]) -> dict[str, RegistryPerson]:
    """Every form of every entry, casefolded, to its entry (the first entry wins)."""
    index: dict[str, RegistryPerson] = {}
    for person in people:
        for form in (person.name, person.native_name, *person.aliases):
            if form:
                index.setdefault(form.casefold(), person)
    return index


@lru_cache(maxsize=8192)
def _spelling_key(name: str) -> str:
    from tealeaves.text import fold, given_key

    words = fold(name).split()
    return " ".join([given_key(words[0]), *words[1:]]) if len(words) >= 2 else ""


@lru_cache(maxsize=64)
def _by_spelling(people: tuple[RegistryPerson, ...]) -> dict[str, tuple[RegistryPerson, ...]]:
    """Every Latin form of two words or more of every entry, by :func:`_spelling_key`."""
    index: dict[str, tuple[RegistryPerson, ...]] = {}
    for person in people:
        for form in (person.name, *person.aliases):
            key = _spelling_key(form) if form.isascii() else ""
            if key and person not in index.get(key, ()):
                index[key] = (*index.get(key, ()), person)
    return index


@dataclass(frozen=True, slots=True)
class Registry:
    people: tuple[RegistryPerson, ...] = ()
    not_people: frozenset[str] = field(default_factory=frozenset)
    # Made once: asked for every name of every article (hashing the entries on each
    # question cost more than the answer).
    _by_form: dict[str, RegistryPerson] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _folded: frozenset[str] = field(default=frozenset(), init=False, repr=False, compare=False)
    _cyrillic: dict[str, list[tuple[RegistryPerson, str]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _spellings: dict[str, tuple[RegistryPerson, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    # Entries by the first word of a Latin or Cyrillic form, and every Han form: which
    # entries an article may name is then a few lookups, not a look at every form.
    _by_first_word: dict[str, list[int]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _han_forms: list[tuple[str, int, bool]] = field(
        default_factory=list, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        from tealeaves.text import fold

        object.__setattr__(self, "_by_form", _index(self.people))
        object.__setattr__(self, "_spellings", _by_spelling(self.people))
        forms = {fold(f) for p in self.people for f in (p.name, *p.aliases) if f}
        object.__setattr__(self, "_folded", frozenset(forms))
        for person in self.people:  # full Cyrillic names, by their last word
            for form in (person.native_name, *person.aliases):
                parts = form.split()
                if len(parts) >= 2 and _CYRILLIC.fullmatch(parts[-1]):
                    self._cyrillic.setdefault(parts[-1].casefold(), []).append((person, form))
        for n, person in enumerate(self.people):
            for form in (person.name, person.native_name, *person.aliases):
                first, han = first_word(form)
                if han:
                    self._han_forms.append((form, n, _HAN_RUN.fullmatch(form) is not None))
                elif first:
                    self._by_first_word.setdefault(first, []).append(n)

    def may_be_named(self, words: set[str], text: str) -> list[RegistryPerson]:
        """The entries, in the registry's order, one of whose forms may be in ``text``
        (whose words are ``words``): a form's first word is one of the words, or a Han
        form (one run of characters) is in the text. A quick sieve: the caller still
        looks for each form where it stands."""
        found = {n for w in words.intersection(self._by_first_word) for n in self._by_first_word[w]}
        if self._han_forms and _HAN.search(text):
            # A form of characters alone is looked for in the text's runs of characters,
            # a few dozen characters in an English article instead of all of it.
            runs = "\n".join(_HAN_RUN.findall(text))
            found.update(
                n
                for form, n, in_a_run in self._han_forms
                if n not in found and (form in runs if in_a_run else form in text)
            )
        return [self.people[n] for n in sorted(found)]

    def cyrillic_forms(self, surname: str) -> list[tuple[RegistryPerson, str]]:
        """Every full Cyrillic name (with its entry) whose last word is ``surname``
        (case-insensitive), in the registry's order."""
        return self._cyrillic.get(surname.casefold(), [])

    def cyrillic_surnames(self) -> list[str]:
        """The last words (casefolded) of every full Cyrillic name, in the registry's order."""
        return list(self._cyrillic)

    def lookup(self, name: str) -> RegistryPerson | None:
        """The entry whose name, native name or alias is ``name`` (case-insensitive)."""
        return self._by_form.get(name.casefold())

    def lookup_spelling(self, name: str) -> RegistryPerson | None:
        """The one entry with a Latin name of two words or more that is ``name`` in another
        romanisation of a Russian first name ("Sergei Lavrov" for the registry's "Sergey
        Lavrov", "Alexei Overchuk" for "Alexey Overchuk"); None when none or two are."""
        found = self._spellings.get(_spelling_key(name), ())
        return found[0] if len(found) == 1 else None

    @property
    def folded_forms(self) -> frozenset[str]:
        """Every entry's name and aliases, folded (:func:`tealeaves.text.fold`)."""
        return self._folded

    def fingerprint(self) -> str:
        """A short hash of every entry: the index is rebuilt when the registry changes."""
        text = repr((self.people, sorted(self.not_people)))
        return hashlib.sha1(text.encode()).hexdigest()[:10]

    def merged(self, other: Registry) -> Registry:
        """This registry with ``other``'s entries taking precedence."""
        theirs = {p.name.casefold() for p in other.people}
        people = tuple(p for p in self.people if p.name.casefold() not in theirs) + other.people
        return Registry(people, self.not_people | other.not_people)


def _text(entry: dict[str, object], key: str, where: str) -> str:
    value = entry.get(key, "")
    if not isinstance(value, str):
        raise RegistryError(f"{where}: '{key}' must be text")
    return value.strip()


def _texts(entry: dict[str, object], key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RegistryError(f"{where}: '{key}' must be a list of text")
    return tuple(v.strip() for v in value if v.strip())


def parse_registry(text: str, origin: str = "registry") -> Registry:
    """Read a registry from TOML text. Raises :class:`RegistryError`."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(f"{origin}: not valid TOML ({exc})") from None
    people: list[RegistryPerson] = []
    for n, entry in enumerate(data.get("person", []), 1):
        where = f"{origin}: [[person]] #{n}"
        name = _text(entry, "name", where)
        source = _text(entry, "source", where)
        if not name:
            raise RegistryError(f"{where}: every person needs a 'name'")
        if not source:
            raise RegistryError(f"{where} ({name}): say where the facts come from in 'source'")
        kind = _text(entry, "kind", where) or None
        if kind is not None and kind not in _KINDS:
            raise RegistryError(
                f"{where} ({name}): kind must be one of {', '.join(sorted(_KINDS))}"
            )
        people.append(
            RegistryPerson(
                name=name,
                source=source,
                native_name=_text(entry, "native_name", where),
                kind=kind,  # type: ignore[arg-type]
                aliases=_texts(entry, "aliases", where),
                affiliations=_texts(entry, "affiliations", where),
            )
        )
    not_people: set[str] = set()
    for n, entry in enumerate(data.get("not_person", []), 1):
        where = f"{origin}: [[not_person]] #{n}"
        name = _text(entry, "name", where)
        if not name or not _text(entry, "source", where):
            raise RegistryError(f"{where}: needs a 'name' and a 'source'")
        not_people.add(name.casefold())
    return Registry(tuple(people), frozenset(not_people))


def load_registry(extra: Path | None = None) -> Registry:
    """The bundled registry, with the entries of ``extra`` (a user's file) on top."""
    bundled = resources.files("tealeaves").joinpath("data", "registry.toml")
    registry = parse_registry(bundled.read_text(encoding="utf-8"), "data/registry.toml")
    if extra is not None and (extra.exists() or extra.is_symlink()):
        registry = registry.merged(parse_registry(_read(extra), str(extra)))
    return registry


MAX_FILE_BYTES = 10 * 2**20


def _read(path: Path) -> str:
    """A user's registry file as text. Raises :class:`RegistryError` naming the file (and
    the line, for a file that is not UTF-8) so that the bundled registry is used instead."""
    try:
        return read_utf8(path, MAX_FILE_BYTES)
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise RegistryError(f"{path}: {reason}") from None


def with_facts(
    entry: RegistryPerson | None, kind: PersonKind, roles: list[Role]
) -> tuple[PersonKind, list[Role]]:
    """A person's kind and roles with the registry's facts: its kind wins over the one the
    text suggests, and its affiliations follow the roles the text states (with their source)."""
    if entry is None:
        return kind, list(roles)
    facts = [Role(a, None, entry.source) for a in entry.affiliations]
    return entry.kind or kind, [*roles, *facts]
