"""Who said what: people, quotes and Chinese terms read from one article.

``extract(doc)`` is a pure function of the document (and the registry): it never touches
the index, so the index can be rebuilt from the articles at any time. Bump
``EXTRACTOR_VERSION`` whenever the results can change: the index is rebuilt on the next start.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from tealeaves.extract import ru, ru_quotes, zh_people, zh_quotes
from tealeaves.extract.attribution import credit_repeated
from tealeaves.extract.budget import ARTICLE_SECONDS, OverBudget, check, deadline
from tealeaves.extract.glossary import find_terms
from tealeaves.extract.language import language_of
from tealeaves.extract.people import find_people
from tealeaves.extract.quotes import find_quotes
from tealeaves.extract.registry import Registry, RegistryError, load_registry
from tealeaves.extract.topics import Topic, TopicError, Topics, load_topics
from tealeaves.model import Document, Mention, Paragraph, Person, Quote, Term

# 4: control characters in article text are stored as visible symbols (corpus.clean).
# 5: people of any origin in speaker slots; interviews, dash credits, captions, references.
# 6: Chinese and Russian articles read in their own language; reported speech.
# 7: extract modules split; Chinese names after role words, transliterated names cut where
#    the sentence goes on; registry of Russian experts in three scripts; "he added".
# 8: the sixth and seventh sessions' kinds of sentence (tags, carried speakers, Hong Kong
#    married names, foreign names of three to five words in Russian, …).
# 9, 10: the eighth session's kinds (qualified roles, things named after people in three
#    languages, pronouns after closed quotations) and the loader's bylines and credit lines.
# 11: the ninth session's kinds from ordinary prose (newspaper tags with "Mr.", patronymics,
#     He Lifeng, interviews' "A:", Russian dash speech, Chinese wire reports and 说 reports).
# 12: the tenth session's kinds from ordinary prose in more house styles (Cyrillic originals
#     in Chinese brackets, Russian report verbs with words around them and "Об этом заявил",
#     nested Chinese reports, role-noun tags, translated block quotes, wire credit lines).
# 13: the eleventh session's kinds (relayed words of someone unnamed, questions' tags,
#     sentences after a closing mark, Chinese nested ‘’ and transliterations' ends, Russian
#     wire statements before their verb, things named like people).
# 14: the twelfth session's kinds (native names in square brackets, adverbs before a verb,
#     "he replied" after a question, Russian он/она by sex, "по мнению X", dash credits,
#     Chinese surname + title of two namesakes).
# 15: the thirteenth session's kinds (signatures, dash credits and footers in the loader,
#     "he"/"she" sentences before a quote, headlines that repeat an answer, registry
#     surnames and initials in Russian, Japanese names with Latin, same-reading namesakes).
# 19: the seventeenth session's kinds (Russian phrases by the verb that governs them, short
#     clauses with a dash credit, beats before a quote; English judgements and casts, verdicts
#     after a quote, titles with "of", interview guests; Chinese 时/于 surnames, 则 and 把;
#     plain-text Q/A lines split in the loader).
# 20: the eighteenth session's kinds (English role descriptions as subjects, more framing
#     verbs, text nouns and words spoken of; Russian roles as subjects by lemma, words owned
#     or recalled, pronoun subjects; Chinese terms after negations, statuses and proverb
#     leads; 27 PRC officials in the registry), each narrowed after two reviews.
# 21: the nineteenth session's kinds (English titles between "said" and the name, a title
#     settling namesakes, "said the <role>" after a quote, questions quoting the one asked;
#     Russian "он" chains past someone met, roles of another nation, oblique names merged;
#     Chinese 他 across paragraphs, 正如/用…的话说, answers' own "我说"), narrowed after four
#     reviews.
# 22: the twentieth session's Russian and Chinese kinds (present-tense tags, "он" after an
#     opening phrase and its guards — a country, an unnamed counterpart, several people; a
#     named moderator's transcript; women's names with surnames of no endings; 把/形容 with
#     他, 用他的话说, two-character names before 称/均/于), narrowed after two reviews.
# 23: the twenty-first session's kinds (Chinese authors cited by year, headers with a role
#     and no colon, a thread's handles, wire datelines, times of day and 撰文 before the
#     verb, 提出/提醒我 as cues, initiatives' names; Russian "Для X это «…»" for a whole
#     clause, "В оценке X —", "главный редактор X", women's surnames in -ой, formulas
#     coined by someone named after them, "характеризует как"), and the registry's full
#     and Taiwanese forms of leaders' names.
# 24: the twenty-second session's kinds (Chinese terms a clause is about, named as things or
#     labelled by others, hyped by others, a country's side, 告诉《…》记者, 一道, 本人 and a
#     place between a name and its verb, 说得很清楚, a describer with words before 把 or
#     named inside a reported statement; Russian: свой/собственный with a noun for words,
#     "известная своим «…»", "для него … — «…»", "Ответ/Позиция X — «…»", "И дальше: «…»",
#     words heard, asked, documented or called by others given to nobody, "На его
#     взгляд"), narrowed after two reviews; bylines' "发自北京" is no author.
# 25: the same session's last Russian kinds (relative clauses before a verb of saying,
#     "любит повторять", a third person quoted inside someone's words, a pupil's report is
#     nobody's), narrowed after a third review.
# 26: a three-character Chinese name jieba glued to its verb after a role (教授吴心伯说).
# 27: the twenty-third session's first kinds (Russian: Chinese people who share a surname
#     told apart by the given name in any case, two Chinese names side by side).
# 28: the rest of that session's kinds, narrowed after two reviews (Russian tags of any trade
#     referring back, people from the audience, "Ответ X …", relative clauses before a verb
#     of calling, "X вспоминает, как Y сказал", coined and called-for words, men with first
#     names that do not decline, "Адиль Каукенов"; Chinese: a third person quoted inside
#     someone's words, authors cited by year with 等 whose names jieba keeps as words).
# 29: mends after the session's unseen batches (tune66, tune67) and the second review:
#     relative clauses on things, trade tags only within their paragraph and nationality,
#     "она" after a name nobody found, 用X的话说/正如X所说, 教授时殷弘同笔者.
# 30: those mends narrowed after a third review (a name nobody found only before a verb of
#     telling and of the pronoun's sex; 用X的话说 only with nothing else before the name; a
#     trade tag's one from the paragraph before again).
# 31: a role tag's nationality ("— заявил китайский политолог") checked for every role word.
# 32: a Russian role made someone else by the text ("другой эксперт", "ещё один экономист",
#     "экономист из Китая" after a Russian, "— добавил эксперт" after "другой эксперт") is
#     nobody named; Chinese words by rjieba (the same words as jieba's).
EXTRACTOR_VERSION = 32

__all__ = [
    "ARTICLE_SECONDS",
    "EXTRACTOR_VERSION",
    "Extraction",
    "OverBudget",
    "Registry",
    "RegistryError",
    "Topic",
    "TopicError",
    "Topics",
    "deadline",
    "extract",
    "load_registry",
    "load_topics",
]


#: The longest stretch of text the extractors read as one paragraph. A real paragraph is a
#: few thousand characters; a longer one (a page captured without breaks, a PDF's text layer,
#: a hostile file) is read as pieces of at most this size, cut at sentence ends, so that the
#: work per piece is bounded and the work per article grows linearly with its length.
MAX_PARAGRAPH_CHARS = 20_000
_CUT = re.compile(r"[.?!。！？；;](?=\s|[^\w]|$)|\s")


def _bounded(doc: Document) -> Document:
    """``doc`` with every over-long paragraph read as consecutive pieces: the same text and
    offsets, so every span still points into the original document."""
    if all(len(p.text) <= MAX_PARAGRAPH_CHARS for p in doc.paragraphs):
        return doc
    pieces: list[Paragraph] = []
    for para in doc.paragraphs:
        at = 0
        while at < len(para.text):
            end = min(len(para.text), at + MAX_PARAGRAPH_CHARS)
            if end < len(para.text):
                cuts = list(_CUT.finditer(para.text, at + MAX_PARAGRAPH_CHARS // 2, end))
                end = cuts[-1].end() if cuts else end
            text = para.text[at:end]
            pieces.append(replace(para, index=len(pieces), text=text, start=para.start + at))
            at = end
    return replace(doc, paragraphs=tuple(pieces))


class _Checked(tuple[Paragraph, ...]):
    """A document's paragraphs that look at the time budget (:mod:`.budget`) before each
    one an extractor takes in a loop, so that every stage can be stopped between two
    paragraphs without the extractors knowing of it."""

    __slots__ = ()

    def __iter__(self) -> Iterator[Paragraph]:
        for para in super().__iter__():
            check()
            yield para


def _checked(doc: Document) -> Document:
    return replace(doc, paragraphs=_Checked(doc.paragraphs))


@dataclass(frozen=True, slots=True)
class Extraction:
    document: str
    people: tuple[Person, ...]
    mentions: tuple[Mention, ...]
    quotes: tuple[Quote, ...]
    terms: tuple[Term, ...]
    paragraph_topics: tuple[tuple[str, ...], ...] = ()  # by paragraph index
    #: The language the article was read in (``language_of``), for its record to reuse.
    language: str = field(default="", repr=False)


def extract(
    doc: Document, registry: Registry | None = None, topics: Topics | None = None
) -> Extraction:
    """People, mentions, quotes (tagged with topics) and terms of ``doc``; every span
    points into ``doc.text``.

    Inside a :func:`deadline`, the budget is checked between stages and before each
    paragraph (or piece of one) a stage reads: past it, :class:`OverBudget` is raised."""
    check()
    pieces = _checked(_bounded(doc))
    language = language_of(doc)
    check()
    if language == "zh":
        found = zh_people.find_people(pieces, registry)
        check()
        quotes = zh_quotes.find_quotes(pieces, found.mentions)
        check()
        terms = zh_quotes.find_terms_zh(pieces, quotes)
    elif language == "ru":
        found = ru.find_people(pieces, registry)
        check()
        quotes = ru_quotes.find_quotes(pieces, found.mentions, found.people)
        check()
        terms = find_terms(pieces, {p.native_name for p in found.people if p.native_name})
    else:
        found = find_people(pieces, registry)
        check()
        quotes = find_quotes(pieces, list(found.mentions), found.people)
        check()
        natives = {p.native_name for p in found.people if p.native_name}
        terms = find_terms(pieces, natives)
    # a headline or pull quote that repeats the body
    quotes = credit_repeated(doc, quotes, found.mentions)
    check()
    para_topics: tuple[tuple[str, ...], ...] = ()
    if topics is not None:
        # A quote is about what its words or its sentence are about.
        quotes = [replace(q, topics=topics.tag(f"{q.text} {q.context}")) for q in quotes]
        para_topics = tuple(topics.tag(p.text) for p in _Checked(doc.paragraphs))
    return Extraction(
        doc.id, found.people, found.mentions, tuple(quotes), tuple(terms), para_topics, language
    )
