"""The user's stances, notes and flags, and the curated stances they sit beside."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from tealeaves.model import Document, Quote, Span, Stance
from tealeaves.stances import StanceError, check_position
from tealeaves.text import spaced
from tealeaves.userdata import Annotations, Flag, Note, UserData, now
from tealeaves.views import NotFound

if TYPE_CHECKING:
    from tealeaves.library.people import People
    from tealeaves.search.catalog import Catalog


class Annotating:
    """Stances (curated and the user's), notes and flags, kept in ``<library>``."""

    def __init__(
        self,
        userdata: UserData,
        curated: list[Stance],
        catalog: Catalog,
        people: People,
        document: Callable[[str], Document],
    ) -> None:
        self.userdata = userdata
        self.curated = curated
        self.catalog = catalog
        self.people = people
        self.document = document

    def annotations(self) -> Annotations:
        """The user's stances, notes and flags as they are saved now."""
        return self.userdata.load()

    def stances(
        self, person: str | None = None, topic: str | None = None, document: str | None = None
    ) -> list[Stance]:
        """The stances in force: the curated ones the user has not removed or replaced, and
        the user's own; each with where its evidence is. Stances on articles that are not in
        this library are left out."""
        data = self.annotations()
        chosen = [
            s
            for s in self.curated
            if (s.person, s.topic) not in data.hidden and (s.person, s.topic) not in data.stances
        ]
        chosen.extend(data.stances.values())
        found = []
        quotes_of = functools.cache(lambda doc_id: self.catalog.quotes(document=doc_id))
        shown = self.catalog.canonical  # a stance saved before its person was joined
        wanted = shown(person) if person is not None else None
        for s in chosen:
            if shown(s.person) != s.person:
                s = dataclasses.replace(s, person=shown(s.person))
            if (wanted is not None and s.person != wanted) or (
                topic is not None and s.topic != topic
            ):
                continue
            if document is not None and s.document != document:
                continue
            if s.document and not self.catalog.has_document(s.document):
                continue
            found.append(self.located(s, quotes_of))
        order = {t.id: n for n, t in enumerate(self.people.topic_set.topics)}
        return sorted(found, key=lambda s: (order.get(s.topic, len(order)), s.person))

    def located(
        self, stance: Stance, quotes_of: Callable[[str], list[Quote]] | None = None
    ) -> Stance:
        """``stance`` with the span of its evidence and the quote that holds it, if any
        (``quotes_of(doc_id)`` gives an article's quotes; several stances share one)."""
        if not (stance.evidence and stance.document):
            return stance
        if quotes_of is None:
            quotes_of = lambda doc_id: self.catalog.quotes(document=doc_id)  # noqa: E731
        try:
            doc = self.document(stance.document)
        except NotFound:
            return stance
        at = doc.text.find(stance.evidence)
        if at < 0:
            return stance
        end = at + len(stance.evidence)
        holder = next(
            (q for q in quotes_of(stance.document) if q.span.start < end and at < q.span.end),
            None,
        )
        return Stance(
            stance.person,
            stance.topic,
            stance.position,
            stance.summary,
            stance.evidence,
            stance.document,
            stance.source,
            Span(stance.document, at, end),
            holder.id if holder else "",
        )

    def set_stance(
        self,
        person: str,
        topic: str,
        position: str,
        *,
        summary: str = "",
        evidence: str = "",
        document: str = "",
    ) -> Stance:
        """Record the user's stance of ``person`` on ``topic`` (replacing any other). The
        evidence, if given, must be in the article word for word; without ``document`` the
        person's articles are searched for it. Raises :class:`NotFound` or ``ValueError``."""
        pid = self.people.person_id(person)
        topic_id = self.people.topic(topic).id
        try:
            position = check_position(position)
        except StanceError as exc:
            raise ValueError(str(exc)) from None
        evidence = spaced(evidence)
        if evidence:
            document, evidence = self._evidence(pid, document, evidence)
        elif document and not self.catalog.has_document(document):
            raise NotFound(f"No article with id '{document}'. `tealeaves docs` lists the ids.")
        stance = Stance(pid, topic_id, position, spaced(summary), evidence, document, "user")

        def change(data: Annotations) -> None:
            for key in _keys_of(data.stances, pid, topic_id, self.catalog.canonical):
                del data.stances[key]  # one saved under an id now joined to this one
            data.stances[(pid, topic_id)] = stance
            data.hidden.discard((pid, topic_id))

        self.userdata.update(change)
        return self.located(stance)

    def _evidence(self, pid: str, document: str, evidence: str) -> tuple[str, str]:
        """The article that holds ``evidence`` word for word (``document``, else one of the
        person's), and the evidence as written there. Raises :class:`NotFound`."""
        candidates = [document] if document else list(self.people.documents_of(pid))
        found = next((d for d in candidates if evidence in spaced(self.document(d).text)), "")
        if not found:
            where = f"'{candidates[0]}'" if len(candidates) == 1 else "their articles"
            raise NotFound(
                f"The evidence was not found word for word in {where}. Copy it from the "
                "article (curly quotes and all) or leave it out."
            )
        return found, self._as_written(found, evidence)

    def remove_stance(self, person: str, topic: str) -> Stance:
        """Remove the stance of ``person`` on ``topic``: the user's own is deleted, a curated
        one is hidden (setting a stance again brings it back). Raises :class:`NotFound`."""
        pid = self.people.person_id(person)
        topic_id = self.people.topic(topic).id
        current = next(iter(self.stances(person=pid, topic=topic_id)), None)
        if current is None:
            raise NotFound(f"There is no stance of {self.said(pid, topic_id)} to remove.")

        shown = self.catalog.canonical

        def change(data: Annotations) -> None:
            for key in _keys_of(data.stances, pid, topic_id, shown):
                del data.stances[key]
            for s in self.curated:
                if shown(s.person) == pid and s.topic == topic_id:
                    data.hidden.add((s.person, topic_id))

        self.userdata.update(change)
        return current

    def restore_stance(self, stance: Stance) -> Stance:
        """Undo :meth:`remove_stance`: ``stance`` (as it returned it) is in force again, a
        curated one shown again, the user's own saved again as it was."""
        key = (stance.person, stance.topic)
        mine = dataclasses.replace(stance, span=None, quote="")

        def change(data: Annotations) -> None:
            if stance.source == "curated":
                data.hidden.discard(key)
            else:
                data.stances[key] = mine

        self.userdata.update(change)
        return self.located(mine)

    def said(self, person: str, topic: str) -> str:
        """A person on a topic in words a reader knows: "Zhou Bo on “A formal alliance”"."""
        merged = self.people.merged(person)
        try:
            label = self.people.topic(topic).label
        except NotFound:
            label = topic
        return f"{merged.name if merged else person} on “{label}”"

    def set_note(self, quote_id: str, text: str) -> Note | None:
        """Attach ``text`` to a quote (an empty text removes the note)."""
        quote = self.people.quote(quote_id)
        text = text.strip()
        note = Note(quote.id, text, quote.span.document, quote.text, now()) if text else None

        def change(data: Annotations) -> None:
            if note is None:
                data.notes.pop(quote.id, None)
            else:
                data.notes[quote.id] = note

        self.userdata.update(change)
        return note

    def set_flag(self, quote_id: str, flagged: bool = True) -> bool:
        """Flag a quote as important (or clear the flag); returns the new state."""
        quote = self.people.quote(quote_id)

        def change(data: Annotations) -> None:
            if flagged:
                data.flags[quote.id] = Flag(quote.id, quote.span.document, quote.text, now())
            else:
                data.flags.pop(quote.id, None)

        self.userdata.update(change)
        return flagged

    def _as_written(self, doc_id: str, evidence: str) -> str:
        """``evidence`` (spaces tidied) as the article writes it, line breaks and all."""
        text = self.document(doc_id).text
        if evidence in text:
            return evidence
        pattern = r"\s+".join(re.escape(w) for w in evidence.split())
        found = re.search(pattern, text)
        return found.group() if found else evidence


def _keys_of(
    stances: dict[tuple[str, str], Stance], pid: str, topic: str, shown: Callable[[str], str]
) -> list[tuple[str, str]]:
    """The saved stances' keys of the person shown as ``pid`` on ``topic``, under any of
    their ids."""
    return [key for key in stances if key[1] == topic and shown(key[0]) == pid]
