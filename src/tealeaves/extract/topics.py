"""Topics: the questions the articles argue about, and which passages and quotes touch them.

A topic is tagged where the text contains one of its cues (``data/topics.toml``, plus a
user's ``<library>/topics.toml``). A tag says "this passage is about that question", never
what anyone thinks about it: stances are curated separately, with evidence.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from tealeaves.corpus.clean import show_line
from tealeaves.extract.cues import gathered
from tealeaves.util import read_utf8


class TopicError(ValueError):
    """A topics file that cannot be used; ``str()`` names the file and the problem."""

    def __init__(self, message: str) -> None:
        super().__init__(show_line(message))  # names and values from the file: shown, not run


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    label: str
    description: str
    cues: tuple[str, ...]  # English; a trailing "*" matches any ending
    cues_zh: tuple[str, ...]  # Chinese, matched as written
    cues_ru: tuple[str, ...] = ()  # Russian; "*" after a word's stem matches its case endings


def _cue_body(cue: str) -> str:
    """A cue's words; a word ending in "*" matches any ending ("военн* союз*": военный союз,
    военного союза)."""
    words = [re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in cue.split()]
    return r"\s+".join(words)


def _cue_pattern(cue: str) -> str:
    """Whole words (see :func:`_cue_body`)."""
    return rf"(?<![\w-]){_cue_body(cue)}(?![\w-])"


def _hint(cue: str) -> str:
    """The longest word of a cue, without its "*": a text without it cannot match. Of
    words as long, the last: "war" of "the war", not "the", which every text has. An
    acronym matches in capitals only, so its hint is as written ("UN", which "under" does
    not hold); any other cue's is folded, for the folded text."""
    words = cue.split() if _is_acronym(cue) else cue.casefold().split()
    return max(reversed([w.rstrip("*") for w in words]), key=len)


def _is_acronym(cue: str) -> bool:
    """Whether a cue is matched in capitals only ("UN", "SCO", "S-400")."""
    return cue.rstrip("*").isupper()


def _searched(topic: Topic) -> re.Pattern[str] | None:
    """The topic's pattern as :meth:`Topics.tag` searches it: the same matches as the one
    :meth:`Topics.cue_spans` finds them with, with the word boundaries checked once around
    all the English and Russian cues instead of around each.

    ``(?<![\\w-])A(?![\\w-])|(?<![\\w-])B(?![\\w-])`` and ``(?<![\\w-])(?:A|B)(?![\\w-])``
    try the same cues in the same order at every position, but the first checks the
    boundary before every cue at every position: with 15-30 cues a topic that made the
    search four to six times slower (measured on the texts of 300 articles, see
    docs/benchmarks.md)."""
    words = topic.cues + topic.cues_ru
    exact = _gathered([_cue_body(c) for c in words if _is_acronym(c)], folded=False)
    loose = _gathered([_cue_body(c) for c in words if not _is_acronym(c)], folded=True)
    cues = ([f"(?i:{loose})"] if loose else []) + ([exact] if exact else [])
    parts = [rf"(?<![\w-])(?:{'|'.join(cues)})(?![\w-])"] if cues else []
    parts += [re.escape(c) for c in topic.cues_zh]
    return re.compile("|".join(parts)) if parts else None


def _gathered(bodies: list[str], folded: bool) -> str:
    """The alternation of cue patterns (:func:`_cue_body`) gathered by first letter
    (``cues.gathered``: the same matches); as written when a cue begins otherwise (an
    escaped mark, a letter of another script)."""
    return gathered(bodies, folded=folded) or "|".join(bodies)


class _FirstLook:
    """Which topics a text holds a hint of: a folded hint found in the folded text, or an
    acronym's hint in the text as written. The topics' patterns run only for those.

    A hint without a space lies inside one of the text's words (what ``str.split`` cuts
    it into), so the folded text's words are looked at instead of the text: each distinct
    word once, its hints remembered (words repeat from text to text: "the", "china,",
    "war"), which makes the look a quarter of 200 substring searches a text. A hint with a
    space, and the acronyms' (a few), are searched for in the text. The same topics either
    way."""

    #: Words remembered at most; then forgotten all at once (a long-lived explorer).
    WORDS = 100_000

    def __init__(self, hints: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]) -> None:
        inside: dict[str, set[str]] = {}
        across: dict[str, set[str]] = {}
        written: dict[str, set[str]] = {}
        for topic, (folded, acronyms) in hints.items():
            for hint in folded:
                spaced = len(hint.split()) != 1 or hint != hint.strip()
                (across if spaced else inside).setdefault(hint, set()).add(topic)
            for hint in acronyms:
                written.setdefault(hint, set()).add(topic)
        self._inside = [(h, frozenset(t)) for h, t in inside.items()]
        self._across = [(h, frozenset(t)) for h, t in across.items()]
        self._written = [(h, frozenset(t)) for h, t in written.items()]
        self._words: dict[str, frozenset[str]] = {}

    def _of_word(self, word: str) -> frozenset[str]:
        if len(self._words) >= self.WORDS:
            self._words.clear()
        found = self._words[word] = frozenset(
            topic for hint, topics in self._inside if hint in word for topic in topics
        )
        return found

    def topics(self, text: str) -> set[str]:
        folded = text.casefold()
        words = self._words
        found: set[str] = set()
        for word in set(folded.split()):
            topics = words.get(word)
            if topics is None:
                topics = self._of_word(word)
            if topics:
                found |= topics
        for hint, topics in self._across:
            if hint in folded:
                found |= topics
        for hint, topics in self._written:
            if hint in text:
                found |= topics
        return found


@dataclass(frozen=True)
class Topics:
    topics: tuple[Topic, ...] = ()

    def __post_init__(self) -> None:
        compiled = {}
        searched = {}
        for topic in self.topics:
            # Acronyms ("UN", "SCO") match in capitals only; other cues in any case.
            words = topic.cues + topic.cues_ru
            exact = [_cue_pattern(c) for c in words if _is_acronym(c)]
            loose = [_cue_pattern(c) for c in words if not _is_acronym(c)]
            parts = []
            if loose:
                parts.append(f"(?i:{'|'.join(loose)})")
            parts += exact
            parts += [re.escape(c) for c in topic.cues_zh]
            compiled[topic.id] = re.compile("|".join(parts)) if parts else None
            searched[topic.id] = _searched(topic)
        object.__setattr__(self, "_compiled", compiled)
        object.__setattr__(self, "_searched", searched)
        # A cheap first look: a topic's pattern runs only on a text that contains a word of
        # one of its cues (most passages touch few topics; the regex is the slow part):
        # (hints looked for in the folded text, hints looked for as written; _FirstLook).
        hints = {
            t.id: (
                tuple(
                    {_hint(c) for c in t.cues + t.cues_ru if not _is_acronym(c)} | set(t.cues_zh)
                ),
                tuple({_hint(c) for c in t.cues + t.cues_ru if _is_acronym(c)}),
            )
            for t in self.topics
        }
        object.__setattr__(self, "_hints", hints)
        object.__setattr__(self, "_first_look", _FirstLook(hints))

    def get(self, topic_id: str) -> Topic | None:
        return next((t for t in self.topics if t.id == topic_id), None)

    def tag(self, text: str) -> tuple[str, ...]:
        """The ids of the topics ``text`` touches, in the topics' order."""
        compiled: dict[str, re.Pattern[str] | None] = self._searched  # type: ignore[attr-defined]
        near = self._first_look.topics(text)  # type: ignore[attr-defined]
        return tuple(
            t.id for t in self.topics if t.id in near and (p := compiled[t.id]) and p.search(text)
        )

    def cue_spans(self, topic_id: str, text: str) -> list[tuple[int, int]]:
        """Where ``text`` holds a cue of the topic: what a view highlights."""
        compiled: dict[str, re.Pattern[str] | None] = self._compiled  # type: ignore[attr-defined]
        pattern = compiled.get(topic_id)
        return [m.span() for m in pattern.finditer(text)] if pattern else []

    def fingerprint(self) -> str:
        """A short hash of every topic: the index is re-tagged when topics change."""
        return hashlib.sha1(repr(self.topics).encode()).hexdigest()[:10]

    def merged(self, other: Topics) -> Topics:
        """These topics with ``other``'s added; the same id in ``other`` replaces ours."""
        theirs = {t.id for t in other.topics}
        return Topics(tuple(t for t in self.topics if t.id not in theirs) + other.topics)


def _strings(value: object, where: str, source: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise TopicError(f"{source}: {where} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def parse_topics(text: str, source: str) -> Topics:
    """Topics from TOML text (``[[topic]]`` tables). Raises :class:`TopicError`."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TopicError(f"{source}: not valid TOML ({exc})") from None
    found: list[Topic] = []
    seen: set[str] = set()
    for n, entry in enumerate(data.get("topic", []), 1):
        where = f"topic {n}"
        topic_id = entry.get("id")
        if not isinstance(topic_id, str) or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", topic_id):
            raise TopicError(f"{source}: {where} needs an id of lowercase letters, digits, -")
        if topic_id in seen:
            raise TopicError(f"{source}: topic id '{topic_id}' appears twice")
        seen.add(topic_id)
        label = entry.get("label")
        if not isinstance(label, str) or not label.strip():
            raise TopicError(f"{source}: topic '{topic_id}' needs a label")
        cues = _strings(entry.get("cues", []), f"topic '{topic_id}' cues", source)
        cues_zh = _strings(entry.get("cues_zh", []), f"topic '{topic_id}' cues_zh", source)
        cues_ru = _strings(entry.get("cues_ru", []), f"topic '{topic_id}' cues_ru", source)
        if not cues and not cues_zh and not cues_ru:
            raise TopicError(f"{source}: topic '{topic_id}' needs at least one cue")
        description = str(entry.get("description", "")).strip()
        found.append(Topic(topic_id, label.strip(), description, cues, cues_zh, cues_ru))
    return Topics(tuple(found))


def load_topics(extra: Path | None = None) -> Topics:
    """The bundled topics, with those of ``extra`` (a user's file) added on top."""
    bundled = resources.files("tealeaves").joinpath("data", "topics.toml")
    topics = parse_topics(bundled.read_text(encoding="utf-8"), "data/topics.toml")
    if extra is not None and (extra.exists() or extra.is_symlink()):
        topics = topics.merged(parse_topics(_read(extra), str(extra)))
    return topics


MAX_FILE_BYTES = 10 * 2**20


def _read(path: Path) -> str:
    """A user's topics file as text. Raises :class:`TopicError` naming the file (and the
    line, for a file that is not UTF-8) so that the bundled topics are used instead."""
    try:
        return read_utf8(path, MAX_FILE_BYTES)
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise TopicError(f"{path}: {reason}") from None
