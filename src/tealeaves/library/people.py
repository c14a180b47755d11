"""People, quotes, topics and terms: what the articles say, merged over articles."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from tealeaves.model import Person, Quote, Role, Term
from tealeaves.text import fold
from tealeaves.views import GlossaryEntry, NotFound, PersonSummary, Profile, TopicSummary

if TYPE_CHECKING:  # the index and the extractor are imported once a library opens
    from tealeaves.extract import Topic, Topics
    from tealeaves.search.catalog import Catalog, PersonRecord


class People:
    """Everyone the articles name, with their quotes; the topics and the glossary."""

    def __init__(
        self,
        catalog: Catalog,
        topics: Topics,
        namesakes: Callable[[str], list[PersonSummary]] | None = None,
    ) -> None:
        """``namesakes(name)``: everyone called ``name`` (folded), from the library's lists
        (without it, every person's records are read to find them)."""
        self.catalog = catalog
        self.topic_set = topics
        self._namesakes = namesakes

    # -- merging one person's records --------------------------------------------------------

    def merged(self, pid: str) -> Person | None:
        """The person ``pid`` as all their articles together describe them."""
        rows = self.catalog.person_records(pid).get(pid, [])
        return merge(rows) if rows else None

    def summary(self, rows: list[PersonRecord]) -> PersonSummary:
        person = merge(rows)
        affiliations = tuple(dict.fromkeys(r.text for r in person.roles))
        return PersonSummary(
            person.id,
            person.name,
            person.native_name,
            person.kind,
            affiliations,
            sum(r.mentions for r in rows),
            sum(r.quotes for r in rows),
            documents_of(rows),
            person.aliases,
        )

    # -- questions --------------------------------------------------------------------------

    def people(self, kind: str | None = None) -> list[PersonSummary]:
        """Everyone the articles name (of one ``kind`` if given), by name."""
        people = [self.summary(rows) for rows in self.catalog.person_records().values()]
        if kind is not None:
            people = [p for p in people if p.kind == kind]
        return sorted(people, key=person_order)

    def find_person(self, name: str) -> str:
        """The id of the person called ``name``: id, any name form, native script, or a
        unique prefix. Raises :class:`NotFound` naming the closest matches."""
        rows_by_id = self.catalog.person_records()
        forms = _name_forms(rows_by_id)
        wanted = fold(name)
        exact = forms.get(wanted, set())
        if len(exact) == 1:
            return next(iter(exact))
        candidates = exact or {
            pid for form, ids in forms.items() if form.startswith(wanted) for pid in ids
        }
        if len(candidates) == 1:
            return next(iter(candidates))
        names = {pid: merge(rows).name for pid, rows in rows_by_id.items()}
        if candidates:
            listed = ", ".join(sorted(names[c] for c in candidates))
            raise NotFound(f"'{name}' could be any of: {listed}. Give more of the name.")
        close = difflib.get_close_matches(wanted, list(forms), n=5, cutoff=0.6)
        ids = list(dict.fromkeys(pid for form in close for pid in sorted(forms[form])))
        hint = f" Closest: {', '.join(names[i] for i in ids)}." if ids else ""
        raise NotFound(
            f"No one called '{name}' in the articles.{hint} `tealeaves experts --all` "
            "lists everyone."
        )

    def person_id(self, id_or_name: str) -> str:
        """The id of a person given by id (looked up directly) or by any name."""
        if self.catalog.person_records(id_or_name):
            return self.catalog.canonical(id_or_name)  # a joined id: the one it is shown as
        return self.find_person(id_or_name)

    def documents_of(self, pid: str) -> tuple[str, ...]:
        return documents_of(self.catalog.person_records(pid).get(pid, []))

    def person(self, id_or_name: str) -> Profile:
        """A person's profile, with the articles that name them."""
        pid = self.person_id(id_or_name)
        rows = self.catalog.person_records(pid)[pid]
        infos = (self.catalog.document_info(d) for d in documents_of(rows))
        person = merge(rows)
        # the ids of the people named with them, each once, as shown (not themselves)
        with_ids = {self.catalog.canonical(o) for row in rows for o in row.with_ids}
        with_ids.discard(person.id)
        others = [self.catalog.person_records(o).get(o) for o in with_ids]
        co = sorted(
            (self.summary(r) for r in others if r),
            key=lambda s: (-s.mention_count, fold(s.name)),
        )
        namesakes = [p for p in self.namesakes(person.name) if p.id != person.id]
        return Profile(
            person=person,
            roles=person.roles,
            quotes=tuple(self.catalog.quotes(speaker=pid)),
            documents=tuple(i for i in infos if i is not None),
            mention_count=sum(r.mentions for r in rows),
            ambiguous_mentions=sum(r.ambiguous for r in rows),
            co_mentioned=tuple(co),
            namesakes=tuple(namesakes),
            native_variants=han_variants(rows),
        )

    def namesakes(self, name: str) -> list[PersonSummary]:
        """Everyone whose name folds to the same as ``name``, by name."""
        if self._namesakes is not None:
            return self._namesakes(name)
        # every record of one id carries the same name, so its first tells it
        return [
            self.summary(rows)
            for rows in self.catalog.person_records().values()
            if fold(rows[0].person.name) == fold(name)
        ]

    def quote(self, quote_id: str) -> Quote:
        """One quote by its id. Raises :class:`NotFound`."""
        found = self.catalog.quote(quote_id)
        if found is None:
            raise NotFound(
                f"No quote with id '{quote_id}'. `tealeaves expert NAME --json` lists ids."
            )
        return found

    def topic(self, topic_id: str) -> Topic:
        """A topic by its id, its label, or an unambiguous prefix of either (any case; a
        hyphen and a space are the same). Raises :class:`NotFound` listing the ids."""
        wanted = fold(topic_id)
        topics = self.topic_set.topics
        ids = ", ".join(t.id for t in topics)
        if not wanted:
            raise NotFound(f"Which topic? Topics: {ids}.")
        exact = [t for t in topics if wanted in (fold(t.id), fold(t.label))]
        if exact:
            return exact[0]
        prefixed = [
            t for t in topics if fold(t.id).startswith(wanted) or fold(t.label).startswith(wanted)
        ]
        if len(prefixed) == 1:
            return prefixed[0]
        if prefixed:
            listed = ", ".join(t.id for t in prefixed)
            raise NotFound(f"'{topic_id}' could be any of: {listed}. Give more of it.")
        raise NotFound(f"No topic '{topic_id}'. Topics: {ids}.")

    def topics(self) -> list[TopicSummary]:
        """Every topic with how many passages and quotes touch it, and who is quoted on it."""
        summaries = []
        for topic in self.topic_set.topics:
            tally = self.catalog.topic_tally(topic.id)
            ranked = sorted(tally.speakers, key=lambda p: (-tally.speakers[p], p))
            summaries.append(TopicSummary(topic, tally.passages, tally.quotes, tuple(ranked)))
        return summaries

    def glossary(self) -> list[GlossaryEntry]:
        """Chinese terms with their English renderings and every place they occur."""
        return glossary_of(self.catalog.terms())


def glossary_of(terms: Iterable[Term]) -> list[GlossaryEntry]:
    """The glossary of terms found (in reading order): one entry a term, in its order."""
    grouped: dict[str, list[Term]] = {}
    for term in terms:
        grouped.setdefault(term.term, []).append(term)
    return sorted((glossary_entry(found) for found in grouped.values()), key=term_order)


def glossary_entry(found: list[Term]) -> GlossaryEntry:
    """One term's entry from every place it was found (one term, in reading order)."""
    glosses = tuple(dict.fromkeys(t.gloss for t in found if t.gloss))
    return GlossaryEntry(
        term=found[0].term,
        pinyin=found[0].pinyin,
        gloss=glosses[0] if glosses else "",
        glosses=glosses,
        occurrences=tuple(t.span for t in found),
    )


def term_order(entry: GlossaryEntry) -> tuple[str, str, str]:
    """Where a term goes in the glossary: on the pinyin without tone marks ("é luó sī"
    among the e's, not after "zhōng")."""
    return fold(entry.pinyin or entry.term), entry.pinyin, entry.term


def person_order(person: PersonSummary) -> tuple[str, str]:
    """Where a person goes in the list of people: by name, then id (namesakes)."""
    return fold(person.name), person.id


def merge(rows: list[PersonRecord]) -> Person:
    """One person from what each article says: the fullest record's name and kind, every
    role and alias once, the first native name given."""
    people = [r.person for r in rows]
    best = max(people, key=lambda p: (p.kind != "other", bool(p.native_name), len(p.roles)))
    roles: list[Role] = []
    aliases: list[str] = []
    for p in people:
        roles.extend(r for r in p.roles if r not in roles)
        aliases.extend(a for a in p.aliases if a not in aliases)
    native = best.native_name or next((p.native_name for p in people if p.native_name), "")
    # the native names other articles give (赵华胜 in one, Чжао Хуашэн in another)
    aliases.extend(p.native_name for p in people if p.native_name not in ("", native, *aliases))
    return Person(
        best.id, best.name, native, best.kind, tuple(roles), tuple(dict.fromkeys(aliases))
    )


def han_variants(rows: list[PersonRecord]) -> tuple[str, ...]:
    """The different Han names the articles give one person (in simplified characters), when
    there are two or more: one pinyin name may be two people (王毅 and 王义 are both Wang
    Yi), a join the articles cannot settle."""
    from tealeaves.scripts import simplified

    names = {
        simplified(r.person.native_name)
        for r in rows
        if r.person.native_name and all("\u4e00" <= c <= "\u9fff" for c in r.person.native_name)
    }
    return tuple(sorted(names)) if len(names) > 1 else ()


def documents_of(rows: list[PersonRecord]) -> tuple[str, ...]:
    return tuple(sorted({r.doc_id for r in rows}))


def _name_forms(rows_by_id: dict[str, list[PersonRecord]]) -> dict[str, set[str]]:
    """Every folded name form (id, name, native name, alias) and the ids it may mean."""
    forms: dict[str, set[str]] = {}
    for pid, rows in rows_by_id.items():
        person = merge(rows)
        for form in (person.id, person.name, person.native_name):
            if form:
                forms.setdefault(fold(form), set()).add(pid)
    for rows in rows_by_id.values():
        for row in rows:
            for alias in row.person.aliases:
                forms.setdefault(fold(alias), set()).add(row.person.id)
    return forms


def match_rank(person: PersonSummary, text: str) -> int:
    """How well a filter fits ``person``, for ordering: 0 when a word of their name (or
    native name) begins with it, 1 when their name contains it, 2 for another form of their
    name, 3 for an affiliation only. "yan" puts Yan Xuetong before a scholar of the
    Chongyang Institute."""
    wanted = fold(text)
    names = [fold(person.name), fold(person.native_name)]
    if any(n.startswith(wanted) or f" {wanted}" in f" {n}" for n in names if n):
        return 0
    if any(wanted in n for n in names if n):
        return 1
    if any(wanted in fold(a) for a in person.aliases):
        return 2
    return 3


def person_matches(person: PersonSummary, text: str) -> bool:
    """Whether a filter typed by a user fits ``person``: every word of it appears in their
    name, native-script name, id, another form of their name (any script) or an
    affiliation, ignoring case and accents."""
    words = fold(text).split()
    if not words:
        return True
    haystack = " ".join(
        fold(t)
        for t in (
            person.name,
            person.native_name,
            person.id,
            *person.aliases,
            *person.affiliations,
        )
    )
    return all(w in haystack for w in words)
