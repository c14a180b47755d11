"""Russian quotes: who said what in an article written in Russian.

Quotes come in «…» with „…“ inside and are credited from where Russian puts the speaker:
«…», — заявил Лавров; «…, — подчеркнул Кашин. — …»; как отметил X, «…»; по словам X, «…»; a
quote right after a credited one. Guillemets around the names of newspapers, journals and
organisations («Коммерсантъ», клуб «Валдай») are titles, never quotes; a phrase someone
called so (назвал «…») is theirs. Reported statements (по мнению X, …; X считает, что …) are
read too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tealeaves.extract.attribution import (
    Last,
    Mentions,
    after_reported,
    credit_inside_reported,
    credit_quotes,
    poll_answers,
    post_headers,
    sentence_start,
)
from tealeaves.extract.names import Spans
from tealeaves.extract.ru import (
    REPORT_VERBS,
    TAG_VERB,
    VERB,
    WORD,
    a_clause,
    a_participle,
    an_adjective,
    chinese_name,
    lemma,
    russian_sex,
    to_someone,
    unknown_word,
)
from tealeaves.extract.spans import (
    QuoteSpan,
    bold_answers,
    quote_spans,
    reported_quote,
    whole_paragraph,
)
from tealeaves.extract.speakers import genders
from tealeaves.model import Document, Mention, Paragraph, Person, Quote

# Guillemets after these words hold a title, not a quote: журнал «…», клуб «…».
_ORG_BEFORE = re.compile(
    r"(?:журнал|газет|издани|клуб|агентств|компани|проект|фонд|форум|парти|банк|программ|"
    r"конференци|телеканал|радио|центр|совет|концерн|холдинг|сайт|портал|доклад|книг|стать|"
    r"сборник|трубопровод|газопровод|операци|инициатив|движени|организаци|институт|"
    r"университет|ассоциаци|союз|корпораци|завод|телеграм-канал)\w*\s+$",
    re.IGNORECASE,
)
# A verb of saying right before the opening mark: "подчеркнул: «", "заявила, что «".
# (one spoken to between: "сказал ему: «Мы никуда не спешим»" is words said, however few)
_SAID_BEFORE = re.compile(
    rf"\b{VERB}(?:\s+(?:ему|ей|им|мне|нам|нам\s+всем))?(?:\s+[а-яё]+о)?(?P<colon>\s*:|,\s*что)\s*$"
)
_SENTENCE_END = re.compile(r"[.!?…](?=\s+[А-ЯЁA-Z«])")
_AFTER = re.compile(
    rf"^[\s,.!?…]*[—–-]\s*(?:(?P<pron>он|она)\s+)?(?:[а-яё]{{3,}}о\s+)?(?P<verb>{TAG_VERB})\b"
    # (an initial's stop is no sentence's end: "— сказал С. Лавров")
    r"(?P<rest>(?:(?<![А-Яа-яЁё])[А-ЯЁ]\.(?=\s?[А-ЯЁ][а-яё])|[^.!?\n]){0,120})"
)
# ("— коротко ответил он": an adverb before the verb)
# "«…», — цитирует Дмитрия Пескова ТАСС", "«…» — с такими словами Иван Тимофеев открыл
# дискуссию": whose words the sentence after the dash says they are
_CITED_AFTER = re.compile(
    r"[\s,.!?…]*[—–-]\s*(?:(?P<cites>цитиру\w+|привод\w+\s+слова|приводит\s+его\s+слова)|"
    r"(?:с\s+)?(?:такими|этими)\s+словами)\s+(?P<who>[^.!?\n«»]{1,120})"
)
# "«…». Так считает Кашин.", "«…», — так Кашин подвёл итог.": the sentence after the quote
# says whose view it is.
_SO_SAYS = re.compile(
    rf"[\s,.!?…]*(?:[—–-]\s*)?[Тт]ак\s+(?:(?:{VERB}|думает|полагает|видит|оценивает)\s+)?"
)
_SO_SAYS_END = re.compile(
    r"\s*(?:[.!?]|,|\s+(?:подв[её]л\w*\s+итог|сформулировал\w*|выразил\w*\s+мысль|"
    r"резюмировал\w*|ответил\w*|считает|полагает|думает|видит))"
)
# "— напомнил эксперт", "— заявил министр": the person the sentence before introduced.
_ROLE_WORDS = (
    r"эксперт|министр|политолог|аналитик|дипломат|профессор|посол|глава|учёный|ученый|китаевед|"
    r"востоковед|директор|председатель|президент|премьер|вице-премьер|представитель|"
    r"пресс-секретарь|замминистра|редактор|исследователь|спикер|модератор|ведущий|ведущая"
)
# People of other trades, as a story refers back to one it named: "— смеётся
# предпринимательница", "— сказал губернатор" (only one the text calls so: see
# _after_speaker; not студентка, пенсионер …: someone new from the audience or the street).
_TRADE_WORDS = (
    r"экономист|историк|академик|доцент|синолог|социолог|юрист|губернатор|мэр|депутат|"
    r"сенатор|генерал|адмирал|предприниматель|предпринимательница|бизнесмен|владелец|"
    r"владелица|водитель|продавец|продавщица|фермер|инженер|чиновник"
)
# Words that make a role someone other than the one named before: "другой эксперт", "второй
# экономист", "ещё один дипломат", "Иной аналитик".
_ANOTHER = (
    r"(?i:друг(?:ой|ая)|(?P<ordinal>втор|трет)(?:ой|ая|ий|ья)|ин(?:ой|ая)|очередн(?:ой|ая)|"
    r"ещ[её]\s+(?:один|одна))"
)
_ANOTHER_WORD = re.compile(_ANOTHER)
_ANOTHER_ROLE = re.compile(
    rf"(?<![\w-]){_ANOTHER}\s+(?:[а-яё]+(?:ий|ый|ой|ая|яя)\s+)?"
    rf"(?P<role>(?:{_ROLE_WORDS}|{_TRADE_WORDS})(?:ница)?)(?:-[а-яё]+)?(?![\w-])"
)


def _role_lemma(word: str) -> str:
    """A role word's dictionary form, a woman's as the man's ("исследовательница" ->
    "исследователь")."""
    found = lemma(word.casefold())
    return found[: -len("ница")] if found.endswith("ельница") else found


_ROLE_NOUN = re.compile(
    r"\s*(?:[а-яё]+(?:ий|ый|ой|ая|яя)\s+)?"
    rf"(?P<word>{_ROLE_WORDS}|(?P<trade>{_TRADE_WORDS})|собеседни\w+ [«„]?\w+)\b"
)
_INNER = re.compile(
    rf",?\s+[—–-]\s+(?P<verb>{TAG_VERB})\b(?P<who>[^.!?—–]{{1,200}}?)[.,:]\s+[—–-]\s+"
)
_OPINION = r"(?:словам|мнению|оценке|оценкам|убеждению)"
# A character of a name after "как отметил", "по словам": no stop, but an initial's ("Ю.
# Ушаков", "Ю.Ушаков").
_NAME_CHAR = r"(?:[^,:;.«»]|(?<![А-Яа-яЁё])[А-ЯЁ]\.(?=\s?[А-ЯЁ]))"
# What says the words after it are someone's own: "Как выразился X", "По выражению X".
_IN_SOMEONES_WORDS = re.compile(
    r"(?<![\w-])(?:[Кк]ак\s+выразил(?:ся|ась)|[Пп]о\s+выражению|[Вв]ыражаясь\s+словами|"
    r"[Вв]\s+формулировке|[Вв]\s+терминологии|[Вв]\s+терминах)\s"
)
# "как неоднократно подчеркивал", "как не раз говорил", "как уже отмечал": adverbs between
_ADVERBS = r"(?:(?:[а-яё]+о|не раз|уже|ранее|еще|ещё|тогда|справедливо)\s+)*"
_AS_SAID = re.compile(
    # ("как отметил аналитик «Финама» Игорь Селезнев, «…»": an organisation's name inside;
    # "Если верить Ломанову, «…»": according to him)
    # ("Как выразился X", "По выражению X", "Выражаясь словами X", "В формулировке X")
    # (after no letter: "^" would not match where a search starts, at a paragraph's start)
    rf"(?<![\w-])(?:(?:[Кк]ак\s+{_ADVERBS}(?:{VERB}|выразил(?:ся|ась))|[Пп]о\s+{_OPINION}"
    r"|[Пп]о\s+выражению|[Вв]ыражаясь\s+словами|[Вв]\s+(?:формулировке|терминологии|терминах)"
    r"|[Ее]сли\s+верить|(?<!\w\s)(?<!\w)[Нн]а\s+взгляд)\s+"
    rf"(?P<n1>(?:{_NAME_CHAR}|«[^«»]{{1,40}}»){{2,200}}?)"
    # "По его словам, «…»", "по её мнению: «…»"
    rf"|(?:[Пп]о|(?<!\w\s)(?<!\w)[Нн]а)\s+(?P<n2>его|её|ее)\s+(?:{_OPINION}|взгляд))"
    # ", директор института,": an apposition; not a clause with a verb of saying of its own
    # ("По словам Денисова, посол тогда сказал: «…»" is the ambassador's)
    rf"(?:,\s*(?![^,:;.«»]*(?<![\w-])(?:{VERB})(?![\w-]))[а-яёА-ЯЁ][^,:;.«»]{{2,60}})?[,:]?\s*$"
)
_MAY_BE_BEFORE = re.compile(rf"(?<![\w-])(?:{VERB})(?![\w-])")
_BEFORE = re.compile(
    rf"(?:(?:[Кк]ак\s+{VERB}|[Пп]о словам)\s+(?P<n1>{_NAME_CHAR}{{2,80}}?)"
    rf"(?:,\s*(?![^,:;.«»]*(?<![\w-])(?:{VERB})(?![\w-]))[а-яё][^,:;.«»]{{2,60}})?"
    rf"|(?P<n2>[^.!?:;«»]{{2,160}}?)\s+(?P<verb>{VERB})(?:\s+[^.!?:;«»]{{0,40}})?)[,:]?\s*$"
)


# Someone the text does not name: "Один из китайских участников, попросивший не называть
# его имени", "источник в МИД", "на условиях анонимности".
_UNNAMED = re.compile(
    r"\b(?:[Оо]дин|[Оо]дна) из\b|\b[Ии]сточник\w*|\b[Сс]обеседни\w+|попросивш\w+ не называть|"
    r"пожелавш\w+ остаться неизвестн\w+|на условиях анонимности|\bненазванн\w+"
)


_SHE = {"она", "её", "ее", "ей", "неё", "нее", "ней", "ею", "нею"}
_HE = {"он", "его", "него", "ему", "нему", "нём", "нем"}  # not им/ним: plural too
# "», — сказала она": the tag's pronoun after its verb
# Several people as the subject of a sentence: after it, "он" may be either ("министры
# провели", "лидеры двух стран ответили"); not "Западные политики" (others), not "Оба визита".
_PEOPLE_DID = re.compile(
    r"(?:^|[.!?]\s+|,\s*|\s)(?:[А-ЯЁа-яё]+\s+){0,2}?(?:(?i:министры|лидеры|президенты|"
    r"переговорщики|собеседники|делегации)|(?i:оба|обе)\s+(?:министра|лидера|президента|"
    r"дипломата|посла|собеседника|политика|гостя))\s+(?:[а-яё]+\s+){0,3}?"
    r"[а-яё]+(?:ли|ют|ят|ались|ились)(?![\w-])",
    re.M,
)
# A verb right after a subject: "Пекин ответил", "Китай не спешит", "Москва готовится".
_DOES = (
    r"\s+(?:уже\s+|не\s+|же\s+|тоже\s+|также\s+|вновь\s+|снова\s+)?"
    r"[а-яё]+(?:л|ла|ло|ли|ет|ит|ут|ют|ат|ят)(?:ся|сь)?(?![\w-])"
)
# A subject the pronoun may be that is no person: a capital, a country, a ministry (the
# subject of its sentence: not "Пекин для него …", "Китай он назвал …", "Индия, напомнила").
_NO_PERSON_HE = re.compile(
    r"(?:^|[.!?]\s+)(?:[А-ЯЁ][а-яё]+\s+)?(?:Пекин|Китай|Кремль|Вашингтон|Токио|Лондон|Париж|"
    r"Берлин|Киев|Брюссель|Тегеран|Минск|Сеул|Пхеньян|Нью-Дели|Евросоюз|Госдеп|Пентагон|"
    rf"Белый дом|МИД|Совбез|Запад|Иран|Израиль){_DOES}",
    re.M,
)
_NO_PERSON_SHE = re.compile(
    r"(?:^|[.!?]\s+)(?:[А-ЯЁ][а-яё]+\s+)?(?:Москва|Россия|Индия|Европа|Турция|Япония|Америка|"
    rf"Украина|Германия|Франция|Британия|Польша|Администрация|Газета|Сторона){_DOES}",
    re.M,
)


# "Его американский оппонент …": someone the text does not name, whose the one named is,
# of the pronoun's sex ("Его критики" are several; "Её визави" a man, no "она").
# (also given the floor: "Когда Фу Цун закончил, слово взял его российский коллега")
_FLOOR_TO = (
    r"(?:^|[.!?]\s+|(?<![\w-])слово\s+(?:[а-яё]+\s+){0,2}?"
    r"(?:взял|взяла|получил|получила|берёт|брал|брала)\s+)"
)
_THEIR_HE = re.compile(
    _FLOOR_TO + r"(?i:Его|Её|Ее|Их)\s+(?:[а-яё-]+\s+){0,2}(?:оппонент|коллега|собеседник|"
    r"соавтор|помощник|заместитель|преемник|предшественник|советник|визави|сменщик|ученик|"
    r"критик)(?![\w-])",
    re.M,
)
_THEIR_SHE = re.compile(
    _FLOOR_TO + r"(?i:Его|Её|Ее|Их)\s+(?:[а-яё-]+\s+){0,2}(?:оппонентка|коллега|собеседница|"
    r"соавтор|помощница|заместительница|преемница|предшественница|советница|ученица)(?![\w-])",
    re.M,
)


# A sentence's first word and a verb of telling after it: "Юйхань рассказывает", "Цзяо
# вспомнила" (people tell; "Хуавэй показала", "Росатом подписал" are no one).
_UNKNOWN_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?»]\s\s))(?P<w>[А-ЯЁ][а-яё]{2,})\s+(?:[а-яё]+о\s+)?"
    rf"(?P<v>{TAG_VERB}|{REPORT_VERBS}|рассказал\w*|вспомнил\w*)(?![а-яё])",
    re.M,
)


class _RuMentions(Mentions):
    """он/она is nobody when someone unnamed was introduced after the last person named, or
    when the one it would be is of the other sex."""

    def __init__(
        self,
        doc: Document,
        mentions: Sequence[Mention],
        quoted: list[tuple[int, int]],
        people: Sequence[Person] = (),
    ) -> None:
        super().__init__(doc, mentions, quoted)
        self._people = people
        self._by_id = {p.id: p for p in people}
        self._sex: dict[str, str] | None = None
        self._nominatives: dict[str, set[str]] | None = None

    def person(self, pid: str) -> Person | None:
        """The person of id ``pid`` this article names, if any."""
        return self._by_id.get(pid)

    @property
    def sex(self) -> dict[str, str]:
        """Each person's sex where their name says it (read when a pronoun first asks)."""
        if self._sex is None:
            latin = genders(self._people)  # "Marco Rubio": m; never a Chinese name
            self._sex = {
                p.id: s
                for p in self._people
                if (s := russian_sex(p.native_name) or latin.get(p.id, "?")) in ("m", "f")
            }
        return self._sex

    def pronoun(self, at: int) -> str | None:
        para = self.doc.paragraph_at(at)
        if para is not None:
            # "Ерохина он знает много лет": not one named in an oblique case in its sentence
            start = para.start  # (the stop's look-ahead must see the pronoun itself)
            for end in _SENTENCE_END.finditer(self.doc.text, para.start, min(para.end, at + 3)):
                start = end.end() if end.start() < at else start
            here = self.within(start, at)
            subject_pronoun = re.match(r"(?i:(?P<p>он|она))(?![\w-])", self.doc.text[at : at + 4])
            if (
                here
                and subject_pronoun is not None
                and all(self.oblique(m) for m in here)
                and not re.search(r"[,;:—–]", self.doc.text[here[-1].span.end : at])
            ):
                floor = self.doc.paragraphs[max(0, para.index - 2)].start
                said = self._said(at)
                before = [
                    m for m in self.within(floor, start) if self.sex.get(m.person, said) == said
                ]
                return self.speaker(before[-1]) if before else None
            if not self.within(para.start, at) and _PEOPLE_DID.search(
                self.doc.text, para.start, at
            ):
                return None  # "министры провели пресс-конференцию. …, он сказал": which one
            last = self.last_in(self.doc.paragraphs[max(0, para.index - 2)].start, at)
            since = last.span.end if last is not None else para.start
            said = self._said(at)
            others = _NO_PERSON_HE if said == "m" else _NO_PERSON_SHE if said == "f" else None
            # (in the sentences before the pronoun's, outside quotes: "Пекин ответил …. Затем
            # он …", not "Пекин, по его словам, …" nor "«Китай не спешит», — говорит он")
            own = sentence_start(self.doc.text, para.start, at, _SENTENCE_END)
            theirs = _THEIR_HE if said == "m" else _THEIR_SHE if said == "f" else None
            if (
                (theirs is not None and self._unquoted(theirs, since, own))
                or (others is not None and self._unquoted(others, max(since, para.start), own))
                or self._someone_unknown(max(since, para.start), own, said)
            ):
                # "Его американский оппонент не согласен. … он пишет", "Пекин ответил …. Затем
                # он пошёл дальше": someone unnamed, a country: not the one named before
                return None
            # (not words inside a quote: "«… — одна из опор …», — сказал дипломат")
            unnamed = [
                u
                for u in _UNNAMED.finditer(self.doc.text, para.start, at)
                if not self.inside.contains(u.start())
            ]
            if unnamed and not self.within(unnamed[-1].end(), at):
                return None
            if _ANOTHER_OPENING.match(self.doc.text, para.start, at) and not self.within(
                para.start, at
            ):
                return None  # "Второй эксперт говорил дольше. Он …": not the first one
            opening = _ROLE_OPENING.match(self.doc.text, para.start, at)
            if opening is not None and not self.within(para.start, at):
                # "Американский представитель выступил …. Он выразил надежду": the one that
                # role is, when the text says who that is; else nobody
                return _role_referent(self.doc, self, opening, para.start)
            named = self.within(para.start, at)
            if named:
                # "Песков и Моргулов … — сказал он": two named in the last one's sentence
                last = named[-1]
                start = sentence_start(self.doc.text, para.start, last.span.start, _SENTENCE_END)
                said = self._said(at)
                others = {m.person for m in named if m.span.start >= start} - {last.person}
                if others:
                    rest = [m for m in named if m.span.start >= start and m.person in others]
                    if (
                        all(self.oblique(m) or self._governed(m) for m in rest)
                        and not self.oblique(last)
                        and not self._governed(last)
                        and self.sex.get(last.person, said) == said
                    ):
                        # "Кофману возражает Николай Сёмин: он уверен": the others are named
                        # in oblique cases; the one in the nominative is the subject
                        return last.person
                    # "Мария Захарова ответила Марко Рубио …. Она заявила": of two named, the
                    # one of that sex, when the other is known to be of the other
                    if not said:
                        return None
                    if self.sex.get(last.person) == said and all(
                        self.sex.get(p, said) != said for p in others
                    ):
                        return last.person
                    fit = [p for p in others if self.sex.get(p) == said]
                    if len(fit) == 1 and self.sex.get(last.person, said) != said:
                        return fit[0]
                    return None
                if said and self.sex.get(last.person, said) != said:
                    return None  # "Захарова … Рубио молчит. Она …": not Rubio
            elif (pron := subject_pronoun or _TAG_PRONOUN.match(self.doc.text, at + 1)) is not None:
                chained = self._chained(para, pron.group("p").casefold())
                if chained is not None:
                    return chained
        found = super().pronoun(at)
        said = self._said(at)
        if found is not None and said and self.sex.get(found, said) != said:
            return None  # "Иван Тимофеев выступил. ¶ «…», — продолжает она.": not him
        return found

    def _chained(self, para: Paragraph, pronoun: str) -> str | None:
        """For a pronoun in a paragraph that names nobody before it, when the last one named
        before is named in an oblique case in a sentence whose subject is "он"/"она" ("Он
        добавил, что … встреча с премьером Ли Цяном. ¶ «…», — сказал он."): the one that
        pronoun is (the chain of "он" goes on; the one met is no subject). None when that
        does not apply."""
        if para.index == 0:
            return None
        lead = None
        if not _OPENS_WITH_QUOTE.match(self.doc.text, para.start):
            # "Затем министр вернулся к теме энергетики. «…», — добавил он": a role the one
            # "Он" is holds; not "Гость говорил негромко": the guest
            lead = _ROLE_SENTENCE.match(self.doc.text, para.start, para.end)
            if lead is None:
                return None
        home = self.doc.paragraphs[para.index - 1]
        before = self.within(home.start, home.end)
        if not before or not self.oblique(before[-1]):
            return None
        last = before[-1]
        start = sentence_start(self.doc.text, home.start, last.span.start, _SENTENCE_END)
        if self.within(start, last.span.start):
            return None  # someone named before it in its sentence: not a pronoun's sentence
        subject = _SUBJECT_PRONOUN.match(self.doc.text, start)
        if subject is None or subject.group("p").casefold() != pronoun:
            return None
        if _GIVES_THE_FLOOR.search(self.doc.text, subject.start("p"), last.span.end):
            return None  # "Он предоставил слово Кашину": the one given the floor speaks next
        found = self.pronoun(subject.start("p"))
        # (the one that "Он" is, named before it in its own paragraph or, when "Он" opens
        # it, in the one before: not a newspaper's "Она опубликовала", a ministry's "Он
        # направил ноту")
        floor = home.start
        if not self.doc.text[home.start : start].strip() and home.index > 0:
            floor = self.doc.paragraphs[max(0, home.index - 2)].start
        if not any(m.person == found for m in self.within(floor, start)):
            return None
        if lead is not None:
            role = lemma(lead.group("role").casefold())
            if found is None or not _called(
                self.doc, self, found, _ROLE_KINDS.get(role, frozenset({role}))
            ):
                return None
        return found

    def _someone_unknown(self, lo: int, hi: int, said: str) -> bool:
        """Whether a sentence in [lo, hi) opens with a word the dictionary does not know and
        a verb, where nobody is named: someone the text names whom we did not find ("Юйхань
        рассказывает, что …"), whom a pronoun after it may well be (not when a verb in the
        past gives that one the other sex than ``said``, the pronoun's)."""
        for m in _UNKNOWN_SUBJECT.finditer(self.doc.text, lo, hi):
            past = re.search(r"(?:л|ла|лся|лась)$", m.group("v"))
            if past and said and ("f" if "ла" in past.group() else "m") != said:
                continue  # "Юйхань рассказала …. «…», — добавил он": not her
            if (
                not self.inside.contains(m.start("w"))
                and not self.within(m.start("w"), m.end("w"), everywhere=True)
                and unknown_word(m.group("w"))
            ):
                return True
        return False

    def _unquoted(self, pattern: re.Pattern[str], lo: int, hi: int) -> bool:
        """Whether ``pattern`` matches in [lo, hi) outside the quotes."""
        return any(
            not self.inside.contains(m.start()) for m in pattern.finditer(self.doc.text, lo, hi)
        )

    def _governed(self, m: Mention) -> bool:
        """Whether a preposition stands right before mention ``m`` ("С Бобо Ло спорит …"):
        a name of no case endings (Бобо Ло, Ван И) in an oblique case all the same."""
        before = self.doc.text[max(0, m.span.start - 40) : m.span.start]
        given = _GIVEN_WORDS.search(before)
        own = {w for p in self._people if p.id == m.person for w in p.native_name.split()}
        if given is not None and set(given.group().split()) <= own:
            before = before[: given.start()]  # ("Бобо" of "С Бобо Ло", the mention "Ло")
        return _PREPOSITION_BEFORE.search(before[-12:]) is not None

    def oblique(self, m: Mention) -> bool:
        """Whether mention ``m`` names its person in a case other than the nominative: a word
        of the name as written is a form of a word of their nominative Cyrillic name but not
        that word (Лукьянову, Захаровой, Си Цзиньпином). Unknown when the person has no
        Cyrillic name: False."""
        if self._nominatives is None:
            self._nominatives = {
                p.id: {_folded(w) for w in p.native_name.split()}
                for p in self._people
                if _cyrillic_word(p.native_name)
            }
        words = self._nominatives.get(m.person)
        if not words:
            return False
        # the name as written from the mention on ("Си Цзиньпином" where the mention is "Си"):
        # a word of it that is a form of one of their words but not that word (of a short
        # word, one that begins with all of it: "Цяном" of "Цян")
        run = _NAME_RUN.match(self.doc.text, m.span.start)
        written = run.group().split() if run else m.surface.split()
        return any(
            (w := _folded(word)) not in words and any(w.startswith(n[:4]) for n in words)
            for word in written
        )

    def nominative_first(self, lo: int, hi: int) -> Mention | None:
        """The first mention in [lo, hi), or, when that one is in an oblique case (the one
        spoken to: "— возразил Лукьянову Кашин"), the first after it that is not; None when
        there is no such mention."""
        named = self.within(lo, hi)
        if named and self.oblique(named[0]):
            named = [m for m in named if not self.oblique(m)]
        if (
            len(named) >= 2
            and re.fullmatch(  # (the rest of the first name may stand between)
                r"\s*(?:[А-ЯЁ][а-яё]*\s+)?", self.doc.text[named[0].span.end : named[1].span.start]
            )
        ):
            # "— ответил Ван И Лавров": two names side by side, one that never declines (the
            # one spoken to, for all its form says) and a Russian one in the nominative
            russian = [m for m in named[:2] if russian_sex(self._native(m.person))]
            if len(russian) == 1:
                return russian[0]
        return named[0] if named else None

    def _native(self, person: str) -> str:
        return next((p.native_name for p in self._people if p.id == person), "")

    def _said(self, at: int) -> str:
        """ "f" or "m" for the pronoun that starts or ends at ``at`` or, at a quote's closing
        mark, in the tag right after it ("«…», — сказала она"); "" when there is none."""
        text = self.doc.text
        if text[at : at + 1] in '»”"':
            tag = _TAG_PRONOUN.match(text, at + 1, at + 60)
            words = [tag.group("p")] if tag else []
        else:
            words = re.findall(r"\w+$", text[max(0, at - 5) : at])
            words += re.findall(r"^\w+", text[at : at + 5])
        for word in (w.casefold() for w in words):
            if word in _SHE:
                return "f"
            if word in _HE:
                return "m"
        return ""


_NAME_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*"  # Раванди-Фадаи
_NAME_RUN = re.compile(rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,2}}")


_SAYS_IN_CLAUSE = re.compile(rf"(?<![\w-])(?:{VERB}|повторя\w*|говорил\w*)\s*:\s*[«„“\"]?$")


def _folded(word: str) -> str:
    return word.casefold().replace("ё", "е")


def _cyrillic_word(text: str) -> bool:
    return re.search(r"[А-ЯЁа-яё]", text) is not None


def find_quotes(
    doc: Document, mentions: Sequence[Mention], people: Sequence[Person] = ()
) -> list[Quote]:
    """Direct quotes with their speakers, titles in guillemets, reported statements."""
    spans = quote_spans(doc)
    quoted = [(s.open_at, s.close_at) for s in spans if s.depth == 0]
    who = _RuMentions(doc, mentions, quoted, people)
    ids: dict[str, int] = {}

    def credit(s: QuoteSpan, lo: int, last: Last | None) -> tuple[str, str | None]:
        kind = _kind_ru(
            doc.text[s.start : s.end],
            doc.text[lo : s.open_at],
            doc.text[s.close_at + 1 : s.close_at + 12],
        )
        if kind in ("title", "scare") and (
            _AFTER.match(doc.text[s.close_at + 1 : s.close_at + 200])
            or _so_says(doc, who, s) is not None
            or _cited_after(doc, who, s) is not None
        ):
            kind = "statement"  # "«Мы друзья», — сказал он.": words said, however few
        if kind == "title" and s.depth == 0 and _said_as_a_sentence(doc, who, lo, s):
            kind = "statement"  # "Сам Ли Хуэй был краток: «Позиция Китая объективна»."
        if (
            kind in ("title", "scare")
            and s.depth == 0
            and _DASH_NAME.match(doc.text, s.close_at + 1)  # (cheap first: a dash and a name)
            and a_clause(doc.text[s.start : s.end])
        ):
            # "«Мы не спешим» — Дмитрий Песков.": words of a clause, however few, credited
            # with a dash to someone named; a journal's name and its editor ("«Россия в
            # глобальной политике» — Фёдор Лукьянов") hold no verb
            dashed = _dash_credit(doc, who, s)
            para = doc.paragraph_at(s.close_at)
            # (not a book and its author in a list: "«…» — Алексей Маслов, 2019.")
            year = _A_YEAR.search(doc.text, s.close_at, para.end if para else s.end)
            if year is not None and _A_MONTH.search(
                doc.text, max(s.close_at, year.start() - 16), year.start()
            ):
                year = None  # "«…» — Сергей Лавров, 14 марта 2023 года.": a date, no book
            if dashed and year is None:
                return "statement", dashed
        if s.depth == 0 and _nobody_says(doc, who, lo, s.open_at):
            # a question someone heard, a document's words, what others call him, an unnamed
            # source's: whoever the sentence names, not theirs
            return kind, None
        speaker = None
        if (
            s.depth == 0
            and kind in ("title", "scare")
            and not _ORG_BEFORE.search(doc.text, lo, s.open_at)
        ):
            spoken = _spoken_of_after(doc, who, s)  # "«Разворот», о котором говорит X, …"
            if spoken is not None:
                return "phrase", spoken
        # ("напомнил слова министра … Ван И о том, что …": his words, not the recaller's, even
        # when the writer doubts them with "якобы")
        words_of = (
            _words_of_someone(doc, who, lo, s.open_at) if s.depth == 0 and kind == "scare" else None
        )
        if (
            s.depth == 0
            and kind == "scare"
            and (
                not _term_at(doc, s.start)
                or (words_of and _YAKOBY.search(doc.text, max(lo, s.open_at - 40), s.open_at))
            )
        ):
            framed = (
                words_of
                or _framed_speaker(doc, who, lo, s.open_at)
                # (four words or more: words said; fewer are a term, "«поворот на Восток»",
                # unless the sentence says they are the words: "Как выразился X", "По
                # выражению X")
                or (
                    _as_said(doc, who, lo, s.open_at)
                    if len(_words(doc, s)) >= 4
                    or _IN_SOMEONES_WORDS.search(doc.text, lo, s.open_at)
                    else None
                )
                or _named_next(doc, who, s)
                or _owned_words(doc, who, lo, s.open_at)
                or _owns_the_words(doc, who, lo, s.open_at)
                or _famous_saying(doc, who, lo, s)
                or _subjects_words(doc, who, lo, s)
                or _noted_owner(doc, who, lo, s.open_at)
            )
            if framed is not None:
                kind, speaker = "phrase", framed
        if s.depth == 0 and kind == "statement":
            credited = _credit_after(doc, who, s)
            if credited is None:
                credited = _dash_credit(doc, who, s)
            if credited is not None:  # "«…»Фёдор Лукьянов": a pull quote and its credit
                return kind, credited or None
            if (
                _COINED_AFTER.match(doc.text, s.close_at + 1)
                or _COINED_VERB_FIRST.match(doc.text, s.close_at + 1)
                or _FAMOUS.search(doc.text, max(lo, s.open_at - 60), s.open_at)
            ):
                coined = _spoken_of_after(doc, who, s) or _famous_saying(doc, who, lo, s)
                if coined is not None:
                    # "«…», которую Дэн Сяопин оставил преемникам": his formula, recalled;
                    # no statement the next quote could go on from
                    return "phrase", coined
            if _unnamed_after(doc, who, s):
                return kind, None
            if _foreign_after(doc, who, s):
                # "— заметил экономист из Китая": one of that country's, or nobody (not the
                # Russian the sentence before is about)
                return kind, None
            speaker = (
                _inner_speaker(doc, who, s)
                or _after_speaker(doc, who, s)
                or _before_speaker(doc, who, lo, s.open_at)
                or _introduced_before(doc, who, s)
                or _owns_the_words(doc, who, lo, s.open_at)
                or _words_of_someone(doc, who, lo, s.open_at)
                # ("Для Хилл это «брак, в котором …»": a sentence's worth, owned as a phrase is)
                or _owned_words(doc, who, lo, s.open_at)
                or _subjects_words(doc, who, lo, s)
                or _noted_owner(doc, who, lo, s.open_at)
            )
            if speaker is None and last is not None and last[1] is not None:
                between = doc.text[last[0] + 1 : s.open_at]
                if (len(between) < 8 and not re.search(r"[—–]", between)) or _goes_on(
                    who, last, between, s.open_at
                ):
                    speaker = last[1]
                else:
                    speaker = _next_paragraph(doc, who, last, s)
            if speaker is None:
                speaker = _after_view(doc, who, s)
            if speaker is None:
                speaker = _one_before_colon(doc, who, lo, s.open_at)
            if speaker is None:
                speaker = _beat_before(doc, who, s)
        return kind, speaker

    quotes = credit_quotes(
        doc,
        spans,
        credit,
        starts=lambda floor, at: sentence_start(doc.text, floor, at, _SENTENCE_END),
        context_after=160,
        ids=ids,
    )
    quotes += _dash_interview(doc, who, people, quoted, ids)
    quotes += _named_labels(doc, who, people, quoted, ids)
    quotes = poll_answers(doc, who, quotes, ids)
    quotes = post_headers(doc, who, quotes, ids)
    quotes += _dash_speech(doc, who, quotes, ids)
    reported = _reported(doc, who, quoted, ids)
    named = [r for r in reported if r.speaker is not None]  # (an unnamed source's lends none)
    quotes = credit_inside_reported(
        quotes,
        named,
        lambda q: _term_at(doc, q.span.start) or _ATTRIBUTIVE.match(doc.text, q.span.start),
        # "по его словам, любил повторять: „…“": the clause has a speaker of its own
        says=lambda lo, hi: _SAYS_IN_CLAUSE.search(doc.text, lo, hi) is not None,
    )
    quotes = after_reported(doc, who, quotes, named)
    quotes = _nested_speakers(doc, who, quotes)
    return sorted(quotes + reported, key=lambda q: q.span.start)


# Inside someone's words, a third person introduced with a verb of saying before theirs:
# "«Министр Ван И в Мюнхене прямо сказал европейцам: „…“»", "Чжао Хуашэн как-то заметил,
# что отношения держатся на «трёх китах»".
_NESTED_INTRO = re.compile(
    r"^[\s«„“]*(?P<title>(?:[А-ЯЁа-яё-]+\s+){0,4}?)"
    r"(?P<name>[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){0,2})"
    r"(?P<between>(?:\s+(?!(?:я|мы|ты|вы|он|она|они|а|но|и)\b)[^\s«»„“:;.!?,]+){0,6}?)\s+"
    rf"(?P<verb>{VERB})(?:\s+[а-яё-]+){{0,2}}\s*(?::|,\s*что\s+[^«»„“:;.!?]{{0,60}}?)\s*$"
)


def _nested_speakers(doc: Document, who: _RuMentions, quotes: list[Quote]) -> list[Quote]:
    """A quote nobody was credited with inside someone's words (a quote, an answer) that
    the words introduce with a verb of saying and one person named before it, in the
    nominative: that person's words, not the one who quotes them."""
    outers = [q for q in quotes if q.kind == "statement" and q.speaker is not None]
    out = []
    for q in quotes:
        outer = None
        if q.speaker is None and q.kind in ("statement", "phrase", "scare"):
            outer = next(
                (o for o in outers if o.span.start < q.span.start and q.span.end <= o.span.end),
                None,
            )
        if outer is not None:
            lo = sentence_start(doc.text, outer.span.start, q.span.start - 1, _SENTENCE_END)
            m = _NESTED_INTRO.match(doc.text[lo : q.span.start - 1])
            if (
                m is not None
                # (a title of one's own, not a dative's "Министру", nor "Когда …"; a verb of
                # one speaker, not "сказали"; no one else named between)
                and not re.search(
                    r"(?:[ую]|ам|ям)\s+$|^(?:[Кк]огда|[Ее]сли|[Хх]отя|[Пп]осле)\b", m.group("title")
                )
                and not m.group("verb").endswith("ли")
                and not who.within(lo + m.end("name"), lo + m.start("verb"), everywhere=True)
            ):
                m_start, m_end = lo + m.start("name"), lo + m.end("name")
                named = who.within(m_start, m_end, everywhere=True)
                if (
                    len({n.person for n in named}) == 1
                    and not named[0].ambiguous
                    and not who.oblique(named[0])
                    and named[0].person != outer.speaker
                ):
                    q = replace(
                        q,
                        kind="statement" if q.kind == "statement" else "phrase",
                        speaker=named[0].person,
                    )
        out.append(q)
    return out


# "— Громких заявлений уже было достаточно, — сказал собеседник «Известий». — …": direct
# speech as Russian prints it without guillemets, a paragraph opening with a dash, the words,
# a dash and a verb of saying with its speaker, and perhaps the words going on after a dash.
_DASH_SPEECH = re.compile(
    rf"[—–]\s+(?P<q1>[^—–«»]{{8,}}?)[,!?…]?\s+[—–]\s+(?P<verb>{VERB})\s+(?P<who>[^.!?—–]{{2,160}}?)"
    r"[.!?]?(?:\s+[—–]\s+(?P<q2>\S.*))?$",
    re.DOTALL,
)


def _dash_speech(
    doc: Document, who: _RuMentions, found: Sequence[Quote], ids: dict[str, int]
) -> list[Quote]:
    """Direct speech in a paragraph of its own that opens with a dash ("— …, — пояснил
    Кашин."): the words (and their second half after the tag) are the speaker the tag names,
    or nobody's when it names nobody ("собеседник «Известий»"). Not in an interview, whose
    dash-led answers are read above."""
    taken = Spans([(q.span.start, q.span.end) for q in found])
    out: list[Quote] = []
    for para in doc.paragraphs:
        if para.kind != "body" or not _DASH_LINE.match(para.text) or taken.contains(para.start + 2):
            continue
        m = _DASH_SPEECH.match(para.text)
        if m is None:
            continue
        lo = para.start + m.start("who")
        named = who.nominative_first(lo, para.start + m.end("who"))
        first = who.first_in(lo, para.start + m.end("who"))
        if named is not None and first is not None and first.span.start == lo:
            speaker = None if named.ambiguous else named.person
        elif re.match(r"(?:он|она)\b", m.group("who")):
            speaker = who.pronoun(lo)
        elif (
            _ROLE_NOUN.match(m.group("who"))
            and not m.group("who").lstrip().startswith("собеседни")
            and not _UNNAMED_SOURCE.search(m.group("who"))
            and para.index > 0
        ):
            # "— …, — пояснил эксперт.": the one person the paragraph before names
            prev = doc.paragraphs[para.index - 1]
            named_before = {x.person for x in who.within(prev.start, prev.end) if not x.ambiguous}
            speaker = named_before.pop() if len(named_before) == 1 else None
        else:
            speaker = None
        for group in ("q1", "q2"):
            if m.group(group):
                a = para.start + m.start(group)
                b = a + len(m.group(group).rstrip(" ,"))
                out.append(whole_paragraph(doc, para, a, speaker, ids, end=b))
    return out


# Words before a colon that announce a name, not words said: "доклад под названием: «…»".
_TITLE_WORDS = re.compile(
    r"(?i:назва|называ|озаглав|доклад|книг|стать|рубрик|колонк|фильм|программ|проект|лозунг|"
    r"девиз|тем[аеуыой]|заседани|лекци|конференци|форум|сесси|выставк|транспарант|семинар|"
    r"панел|круглый стол)"
)
# A finite verb: "был", "высказался", "ответил", "говорит".
_FINITE = re.compile(
    r"(?<![а-яё])(?:был[аио]?|[а-яё]{2,}(?:л|ла|ло|ли|лся|лась|ет|ит|ют|ят))(?![а-яё])"
)


def _said_as_a_sentence(doc: Document, who: Mentions, lo: int, s: QuoteSpan) -> bool:
    """A few capitalised words in guillemets after a colon are words said, not a title,
    when they end the sentence and what comes before the colon is a sentence about one
    person with a verb of its own ("Сам Ли Хуэй на прошлой неделе был краток: «…»."), and
    names no work or event."""
    head = doc.text[lo : s.open_at]
    if not re.search(r":\s*$", head) or _TITLE_WORDS.search(head) or _ORG_BEFORE.search(head):
        return False
    if not re.match(r"\s*(?:[.!?…]|$)", doc.text[s.close_at + 1 : s.close_at + 3]):
        return False
    if len(doc.text[s.start : s.end].split()) < 3 or not _FINITE.search(head):
        return False
    return _one_before_colon(doc, who, lo, s.open_at) is not None


# How someone spoke or sees it, said before their words: "был краток", "не скрывал
# раздражения", "видит ситуацию иначе", "настроен скептически", "не согласен"
_ATTITUDE = re.compile(
    r"(?<![\w-])(?:был\w?\s+(?:(?:более|менее|предельно|куда|весьма|не\s+менее)\s+)?"
    r"(?:кратк|краток|категорич|резк|резок|лаконич|откровен|осторож|прямолин|оптимистич|"
    r"пессимистич|скептич|сдержан|эмоционал|конкретн|многословн|немногослов|точ|ироничн)\w*|"
    r"не\s+скрывал\w*\s+\w+|не\s+стал\w*\s+скрывать\s+\w+|"
    r"(?:видит|видела?|оценивает|оценивал\w*)\s+(?:ситуацию|это|вс[её]|происходящее|"
    r"перспективы)\s+(?:иначе|по-другому|трезвее|мрачнее|спокойнее|так)|"
    r"смотрит\s+на\s+(?:это|ситуацию|вещи|происходящее|дело|проблему|вопрос)\s+\w+|"
    # ("Чжао Хуашэн смотрит глубже.", "Ян Чэн смотрит на дело шире.")
    r"смотр(?:ит|ел|ела)\s+(?:на\s+[а-яё]+\s+)?(?:шире|глубже|иначе|трезвее|мрачнее|спокойнее|"
    r"дальше|скептичнее|оптимистичнее|по-другому)|"
    r"настроен\w*\s+(?:более\s+|куда\s+|менее\s+)?\w+[ео]|"
    r"придерживается\s+(?:иного|другого|противоположного)\s+мнения|"
    r"(?:иного|другого)\s+мнения|не\s+соглас(?:ен|на)|сомневается|"
    # ("Лукьянов вспоминает 1990-е.", "Кортунов напоминает о прошлом опыте.")
    r"вспомина\w+|вспомнил\w*|напомина\w+\s+о|напомнил\w*\s+о|"
    r"(?:высказал\w*|выразил\w*)\s+(?:определ[её]нно|жёстко|жестко|резко|прямо|осторожно)|"
    # ("Захарова назвала вопрос «традиционно заботливым». «…»": her words, then more)
    r"назвал\w*\s+(?:[а-яё-]+\s+){0,3}«[^«»]{1,60}»|"
    # ("Ломанов обратил внимание на продолжительность встречи.", "Фэн известен тем, что не
    # щадит ни Москву, ни Вашингтон.")
    r"(?:обратил\w*|обращает|обращал\w*)\s+(?:[а-яё]+\s+)?внимание|извест(?:ен|на|ны)\s+тем,\s+что|"
    # ("Лукьянов улыбнулся.", "Кашин пожал плечами.": a gesture before the words)
    r"улыбнул\w+|усмехнул\w+|вздохнул\w*|помолчал\w*|(?:пожал|пожимает)\w*\s+плечами|"
    r"(?:покачал|качает)\w*\s+головой|развёл\w*\s+руками|развел\w*\s+руками)"
    r"[^.!?«»:]{0,60}[.!]\s*$"
)
# The same with the name last, as Russian often puts a new subject: "Слово взял Фёдор
# Лукьянов.", "Последним выступал X.", "Оптимизма не разделяет X.", "Иначе смотрит на
# ситуацию X." (the names blanked: the sentence ends with the blank).
_INVERTED_BEAT = re.compile(
    r"(?<![\w-])(?:взял\w*\s+слово|[Сс]лово\s+взял\w*|выступ(?:ил|ал)\w*|высказал\w*|"
    r"(?:не\s+)?раздел(?:яет|ял\w*)|смотрит\s+на\s+(?:это|ситуацию|вещи|происходящее)|"
    r"видит\s+(?:ситуацию|это|вс[её]|происходящее)|придерживается\s+(?:иного|другого)\s+мнения|"
    r"(?:иного|другого)\s+мнения|не\s+соглас(?:ен|на)|настроен\w*\s+(?:иначе|скептически))"
    r"(?:\s+[а-яё-]+){0,2}\s+[.!]?\s*$"
)


def _beat_before(doc: Document, who: Mentions, s: QuoteSpan) -> str | None:
    """ "Сергей Рябков был краток. «…»", "Востоковед Алексей Маслов видит ситуацию иначе."
    ¶ "«…»": a quote that opens its sentence right after one saying how a person named
    in it, and nobody else, spoke or sees it; also a paragraph that opens with a quote
    after one that ends "Фёдор Лукьянов, главный редактор …:"."""
    para = doc.paragraph_at(s.open_at)
    if para is None:
        return None
    lead = doc.text[para.start : s.open_at]
    if lead.strip():
        ends = list(_SENTENCE_END.finditer(doc.text, para.start, s.open_at + 1))
        if not ends or doc.text[ends[-1].end() : s.open_at].strip():
            return None
        lo = ends[-2].end() if len(ends) > 1 else para.start
        hi = ends[-1].end()
    elif para.index > 0:
        prev = doc.paragraphs[para.index - 1]
        ends = list(_SENTENCE_END.finditer(doc.text, prev.start, prev.end))
        lo, hi = (ends[-1].end() if ends else prev.start), prev.end
        if doc.text[lo:hi].rstrip().endswith(":"):
            # (not the one asked or written to: "Вопрос Сергею Лаврову:", "Из письма Кае
            # Каллас:")
            named = who.within(lo, hi)
            if any(to_someone(doc.text[m.span.start : m.span.end]) for m in named):
                return None  # "Вопрос Сергею Лаврову:", "Из письма Кае Каллас:": addressed
            if named and _TO_SOMEONE.match(doc.text, lo, named[0].span.start):
                return None
            return _one_before_colon(doc, who, lo, hi)
    else:
        return None
    sentence = _blank_names(doc.text[lo:hi])
    att = _ATTITUDE.search(sentence)
    if (
        att is not None
        and re.match(r"обра|извест", att.group())
        and _WORDS_NOUN_ANY.search(sentence)
    ):
        # "Кортунов обратил внимание на фразу, которую произнёс министр.", "Маслов известен
        # тем, что перевёл речи лидера.": the words after are those others spoke
        att = None
    named = who.within(lo, hi)
    if len({m.person for m in named}) == 1:
        last = named[-1]
        blanked = re.sub(r"[.!]\s*$", "", _blank_names(doc.text[lo : last.span.start])).rstrip()
        if (
            _INVERTED_BEAT.search(blanked + " ")
            and re.fullmatch(r"\s*[.!]\s*", doc.text[last.span.end : hi])
            and not last.ambiguous
            and not (isinstance(who, _RuMentions) and who.oblique(last))
        ):
            return last.person  # "Слово взял Фёдор Лукьянов. «…»"
    if att is None or len({m.person for m in named}) != 1:
        return None
    subject = _subject(doc, who, lo, lo + att.start() + 1)
    if (
        subject is None
        or subject.ambiguous
        or (isinstance(who, _RuMentions) and who.oblique(subject))
        # (not one the words speak of by name: "«Нина Петровна учила нас …»")
        or any(
            m.person == subject.person for m in who.everywhere if s.start <= m.span.start < s.end
        )
    ):
        return None
    return subject.person


# Before the name of one asked or written to: "Вопрос Сергею Лаврову:", "Из письма Кае
# Каллас:", "Обращение к Ван И:"
_TO_SOMEONE = re.compile(r"\s*(?:[Кк]|[Дд]ля)\s|[^:]*?(?i:вопрос|обращени)")


# A name in guillemets: a capital, one to four words, no sentence's stop ("«Известиями»",
# "«Россия в глобальной политике»")
_A_NAME_IN_GUILLEMETS = re.compile(r"«[А-ЯЁA-Z][^«».!?,:;]{0,40}»")


def _blank_names(text: str) -> str:
    """``text`` with the names in guillemets blanked out, offsets kept."""

    def blank(m: re.Match[str]) -> str:
        return " " * len(m.group()) if len(m.group().split()) <= 4 else m.group()

    return _A_NAME_IN_GUILLEMETS.sub(blank, text)


def _one_before_colon(doc: Document, who: Mentions, lo: int, hi: int) -> str | None:
    """ "С ней соглашается военный аналитик Майкл Кофман: «…»", "Кашину принадлежит и
    фраза недели: «…»": a quote after a colon that ends a sentence naming one person only,
    with no verb of saying to tie it to anyone else."""
    head = _blank_names(doc.text[lo:hi])  # "в беседе с «Известиями» заметил:"
    if not re.search(r":\s*$", head) or re.search(r"[«»„“]", head):
        return None
    if re.search(r"(?i:спроси\w*|задал\w* вопрос|поинтересовал\w*)", head):
        return None  # "У Сергея Лаврова спросили: «…»": the question is the asker's
    named = {m.person for m in who.within(lo, hi)}
    if len(named) != 1 or any(m.ambiguous for m in who.within(lo, hi)):
        return None
    if all(
        _SPOKEN_OF.search(doc.text, max(lo, m.span.start - 30), m.span.start)
        # ("«Жэньминь жибао» о визите Ван И:": his visit spoken of)
        or _OF_HIS_THING.search(doc.text, max(lo, m.span.start - 30), m.span.start)
        for m in who.within(lo, hi)
    ):
        # "О Ерохине она отзывается с иронией: «…»": the one spoken of; "she" speaks (but
        # "В беседе с Янь Сюэтуном автор услышал: «…»" is Yan's)
        pron = re.search(r"(?<![\w-])(?:он|она)(?![\w-])", head)
        return who.pronoun(lo + pron.start()) if pron is not None else None
    own = _OWN_SUBJECT.search(head)
    if own and re.search(rf"(?<![\w-])(?:{VERB})(?![\w-])", head[own.end() :]):
        return None  # "Бордачёв вспоминает, как один китайский коллега сказал ему: «…»"
    if _QUOTES_ANOTHER.search(head):
        return None  # "Одного из собеседников Ведерникова цитирует охотно: «…»": not hers
    lead_in = _ACCORDING_TO.match(head)
    if lead_in is not None and re.search(rf"(?<![\w-])(?:{VERB})(?![\w-])", head[lead_in.end() :]):
        return None  # "По словам Денисова, посол тогда сказал: «…»": the ambassador's
    return named.pop()


# "о визите ", "о словах ": a thing of the one named next, spoken of.
_OF_HIS_THING = re.compile(r"(?<![\w-])(?:о|об|обо|про)\s+[а-яё]{3,}\s+$")


# A verb of quoting someone else: the words after the colon are the one quoted.
_QUOTES_ANOTHER = re.compile(
    r"(?i:\bцитиру\w*|\bпроцитирова\w*|\bпересказыва\w*|"
    r"\b(?:приводит|приводил\w*|привёл|привел|привела)\s+(?:и\s+|также\s+|ещё\s+|еще\s+)?"
    # ("привёл и поговорку, которую слышит от коллег:": a saying, not his own words)
    r"(?:его\s+|её\s+|ее\s+|их\s+)?(?:слова|поговорку|пословицу|присказку|шутку|афоризм))"
)


_COINED = re.compile(
    r"(?<![\w-])(?:в?в[её]л\w*|ввести|предложил\w*|придумал\w*|пустил\w*)\s+(?:в\s+оборот\s+)?"
    r"(?:термин|понятие|формулу|выражение|слово)?\s*$"
)


# "якобы", the writer's doubt of someone's claim.
_YAKOBY = re.compile(r"(?<![\w-])якобы(?![\w-])")


# A sentence whose subject is a pronoun: "Он добавил, что", "Она также напомнила".
_SUBJECT_PRONOUN = re.compile(r"\s*(?P<p>Он|Она)\s+(?:[а-яё]+\s+)?[а-яё]+л[аи]?(?:сь|ся)?\b")


# A tag after a closing mark whose subject is a pronoun: "», — сказал он", "» — добавила она".
_TAG_PRONOUN = re.compile(
    r"[\s,.!?…]*[—–-]\s*(?:[а-яё]{3,}о\s+)?[а-яё]+\s+(?P<p>он|она)(?![\w-])"
)  # ("— сказала она", "— коротко ответил он")


# One adjective in guillemets before its noun: "большинство «локализованных» моделей", a
# word the writer holds at a distance, not the speaker's words.
_ATTRIBUTIVE = re.compile(
    r"[а-яё-]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ого|его|ым|им|ую|юю)[»“]\s+"
    r"(?!(?:и|а|но|или|что|как|же|ли|да|не)\b)[а-яё]"
)


# A paragraph that opens with one more of several: "Второй эксперт", "Другая участница".
_ANOTHER_OPENING = re.compile(
    r"\s*(?:Второй|Вторая|Третий|Третья|Другой|Другая|Ещё\s+одна?|Еще\s+одна?|Последний)\s+"
    rf"(?:{_ROLE_WORDS}|участни\w*|собеседни\w*|выступающ\w*|гост\w*)\b"
)
# A paragraph that opens with a role and its nationality: "Американский представитель".
_ROLE_OPENING = re.compile(
    r"\s*(?!(?:Первый|Второй|Третий|Другой|Новый|Последний|Каждый)\s)"  # (one of several)
    rf"(?P<adj>[А-ЯЁ][а-яё]+(?:ий|ый|ой|ая|яя))\s+(?P<role>{_ROLE_WORDS})\b"
)


# A paragraph that opens with a quotation mark.
_OPENS_WITH_QUOTE = re.compile(r"\s*[«„“]")
# A paragraph's first sentence with a role as its subject, then a quote: "Затем министр
# вернулся к теме энергетики. «…»".
_ROLE_SENTENCE = re.compile(
    rf"\s*(?:[А-ЯЁ][а-яё]+\s+)?(?:[а-яё]+(?:ий|ый|ой)\s+)?(?P<role>{_ROLE_WORDS})\b[^.!?«»]*[.!?]\s*[«„“]"
)
# Giving someone the floor or a question: the one given it speaks next.
_GIVES_THE_FLOOR = re.compile(
    r"(?:предостав|переда|да)\w*\s+слово\s+(?:[а-яё]+\s+){0,2}[А-ЯЁ]|зада\w*\s+(?:[а-яё]+\s+)?"
    r"вопрос\s+(?:[а-яё]+\s+){0,2}[А-ЯЁ]|спроси\w*\s+(?:[а-яё]+\s+){0,2}[А-ЯЁ]|обрати\w*\s+к\s+"
    r"(?:[а-яё]+\s+){0,2}[А-ЯЁ]"
)


# After a closing mark, the clause going on: "» и CNPC", "» уже", "» не раз" (no stop, no dash).
_CLAUSE_GOES_ON = re.compile(r"\s+(?:и\s+|[а-яё])")


def _term_at(doc: Document, start: int) -> bool:
    """ "так называемой «…»", "о «военном союзе»", "слово «…»", "идея «треугольника»": a
    term, not the words."""
    before = doc.text[max(0, start - 25) : start - 1]
    if re.search(rf"(?<![\w-]){_SPOKE_OF.pattern}\w*\s+(?:о|об)\s*$", before):
        return False  # "Ли Цян говорил о «новых точках роста»": words of the one speaking
    if re.search(r"[—–]\s+(?:о|об)\s*$", before):
        return False  # "Лукьянов в своей колонке — о «…»": a digest's line of someone's words
    if _COINED.search(doc.text, max(0, start - 60), start - 1):
        return False  # "ввёл в оборот понятие «…»": the term is the one who coined it
    if _FAMOUS.search(doc.text, max(0, start - 60), start - 1):
        return False  # "со своей любимой формулой «…»": words the sentence says are his
    return bool(
        re.search(r"(?:так называем\w+|слов\w*|\b(?:о|об|про))\s*$", before)
        or _IDEA_OF.search(before)
        # "о якобы возникших «трениях»": someone else's claim, which the writer doubts
        or re.search(rf"{_YAKOBY.pattern}(?:\s+[а-яё-]+){{0,2}}\s*$", before)
    )


def _kind_ru(text: str, before: str, after: str = "") -> str:
    words = text.split()
    said_m = _SAID_BEFORE.search(before)
    said = said_m is not None  # "заявил: «Европа едина»" is no title
    if (
        said
        and "что" in said_m.group("colon")
        and not a_clause(text)
        and _CLAUSE_GOES_ON.match(after)
    ):
        said = False  # "добавил, что «Газпром» и CNPC …": a name the clause goes on about
    if said_m is not None and ":" in said_m.group("colon") and text[:1].isupper():
        return "statement"  # "ответил коротко: «Работа продолжается»": words said, however few
    # "проект «Сила Сибири 2»" is a name; "проект «будет реализован в полном объеме»" is words
    named = _ORG_BEFORE.search(before) and not (text[:1].islower() and len(words) >= 4)
    if named or (
        not said and len(words) <= 6 and text[:1].isupper() and not re.search(r"[.!?,;:]", text)
        and sum(w[:1].isupper() for w in words) >= max(1, len(words) // 2)
    ):  # fmt: skip
        return "title"
    if len(words) <= 4 and not re.search(r"[.!?]", text):
        return "scare"
    return "statement"


def _inner_speaker(doc: Document, who: _RuMentions, s: QuoteSpan) -> str | None:
    """ "«…, — подчеркнул Кашин. — …»": the attribution inside a split quote."""
    m = _INNER.search(doc.text, s.start, s.end)
    if m is None:
        return None
    mention = who.first_in(m.start("who"), m.end("who"), everywhere=True)
    pronoun = re.fullmatch(r"\s*(?P<p>он|она)\s*", m.group("who"))
    if mention is None and pronoun is not None:
        # "«Зависимость, — пишет он, — бывает взаимной»": the one the paragraph is about, of
        # the pronoun's sex
        past = "ла" if pronoun.group("p") == "она" else "л"
        return _paragraph_subject(doc, who, s, f"сказа{past} {pronoun.group('p')}")
    if mention is None and _ROLE_NOUN.match(m.group("who")):
        # "— пишет эксперт в своей статье. —"
        return _paragraph_subject(doc, who, s, f"{m.group('verb')} {m.group('who')}")
    return Mentions.speaker(mention)


def _paragraph_subject(doc: Document, who: _RuMentions, s: QuoteSpan, tag: str = "") -> str | None:
    """The person the paragraph is about, named first in it before the quote; else the one a
    pronoun would mean. Of those, one of the tag's sex ("— сказала …") and not one the text
    gave a role of another trade ("Экономист Маслов" is no "дипломат")."""
    para = doc.paragraph_at(s.open_at)
    named = who.within(para.start, s.open_at) if para is not None else []
    # "После переговоров с Сунь Вэйдуном господин Руденко …": not the one after a preposition
    subjects = [
        m
        for m in named
        if not _after_preposition(doc, m, para.start)
        and not _by_agent(doc.text, para.start, m.span.start)
    ]  # (nor the agent of a participle: "инициатива, выдвинутая Си Цзиньпином")
    # (not one the words themselves speak of: "«Людмила Сергеевна говорила нам …», —
    # вспоминает академик" is not hers)
    spoken_of = {m.person for m in who.everywhere if s.start <= m.span.start < s.end}
    subjects = [m for m in subjects if m.person not in spoken_of]
    past = re.match(r"\s*[а-яё]+?(?P<sex>ла|лась|л|лся)(?![а-яё])", tag)  # not "пишет"
    said = ("f" if past.group("sex").startswith("ла") else "m") if past else ""
    if not said and re.match(
        r"\s*[а-яё]+\s+(?:[а-яё]+(?:ая|яя)\s+)?(?:[а-яё]+(?:ница|щица)|ведущая)(?![\w-])", tag
    ):
        said = "f"  # "— рассказывает предпринимательница": a woman, in any tense
    trade = _trade(tag)
    subjects = [
        m
        for m in subjects
        if (not said or who.sex.get(m.person, said) == said)
        # (a pronoun's tag names no trade: any trade fits it)
        and (
            not trade
            or _trade(doc.text[max(para.start, m.span.start - 60) : m.span.start]) in ("", trade)
        )
    ]
    # the one the sentences before the quote were last about ("Линь Цзянь назвал …. Андрей
    # Денисов напомнил …. «…», — сказал дипломат."), when that sentence names nobody else
    first = subjects[-1] if subjects else None
    if first is not None:
        lo = sentence_start(doc.text, para.start, first.span.start + 1, _SENTENCE_END)
        if {m.person for m in who.within(lo, s.open_at)} != {first.person}:
            first = subjects[0]
    if first is None and named:
        return None  # only someone met or spoken of: the role noun is someone else
    return Mentions.speaker(first) if first is not None else who.pronoun(s.close_at)


def _trade(text: str) -> str:
    """The kind of trade the last role word of ``text`` names: "diplomacy" (посол,
    дипломат, министр …), "scholarship" (эксперт, профессор, экономист …), or ""."""
    words = _TRADE_WORD.findall(text.casefold())
    return _TRADES.get(words[-1], "") if words else ""


_TRADES = {
    **dict.fromkeys(
        ("посол", "дипломат", "министр", "замминистра", "представитель", "пресс-секретар"),
        "diplomacy",
    ),
    **dict.fromkeys(
        ("эксперт", "профессор", "экономист", "политолог", "аналитик", "китаевед",
         "востоковед", "исследовател", "учён", "учен", "синолог"),
        "scholarship",
    ),
}  # fmt: skip
_TRADE_WORD = re.compile(rf"(?<![а-яё-])({'|'.join(_TRADES)})[а-яё]*")


# A passive participle right before a name: the name is its agent ("выдвинутая Си
# Цзиньпином", "предложенный Пекином"), no subject.
_BY_AGENT = re.compile(
    r"(?<![А-ЯЁа-яё])(?P<p>[а-яё]+(?:нн|т)(?:ая|ый|ое|ые|ой|ую|ого|ым|ых))\s+(?:[а-яё]+\s+){0,2}$"
)


def _by_agent(text: str, lo: int, hi: int) -> bool:
    """Whether a passive participle stands right before ``hi`` (see :data:`_BY_AGENT`), not an
    adjective of its ending ("Заместитель министра иностранных дел Сергей Рябков")."""
    m = _BY_AGENT.search(text, lo, hi)
    return m is not None and a_participle(m.group("p"))


def _after_preposition(doc: Document, m: Mention, lo: int) -> bool:
    return bool(
        _PREPOSITION_BEFORE.search(doc.text[max(lo, m.span.start - 20) : m.span.start])
        or _WITH_ROLE_BEFORE.search(doc.text[max(lo, m.span.start - 80) : m.span.start])
    )


# "на встрече с председателем CNPC Дай Хоуляном": "с", a role in the instrumental and the
# words of that role before the name — the one met, not the subject.
_WITH_ROLE_BEFORE = re.compile(
    r"(?:^|\s)(?:с|со)\s+(?:председател|глав|министр|посл|коллег|директор|президент|премьер|"
    r"руководител|представител|генсекретар|секретар|губернатор|мэр|канцлер)[а-яё]*(?:ем|ём|ом|ой|ей)"
    r"(?:\s+[^\s,.;:«»]+){0,4}\s+$"
)


def _unnamed_after(doc: Document, who: Mentions, s: QuoteSpan) -> bool:
    """Whether the tag after the quote gives it to someone new the text does not name:
    "«…?» — спрашивает студентка из третьего ряда", "— говорит пенсионерка", "— возразил
    другой эксперт из Центра Карнеги" (a capital where one comes from is no name)."""
    m = _unnamed_tag(doc, who, s)
    if m is None:
        return False
    if re.search("[А-ЯЁ]", m.group("rest")) and not _FROM_PLACE.search(m.group("rest")):
        return False  # a capitalised word no one was found by, and no place: a name perhaps
    new = _SOMEONE_NEW.match(m.group("rest"))
    return new is not None and not _ordinal_before(doc, who, new.group("ordinal"), s.open_at)


def _ordinal_before(doc: Document, who: Mentions, ordinal: str | None, at: int) -> bool:
    """Whether a sentence before ``at`` in its paragraph or the one before opens with the
    ordinal ``ordinal`` ("втор", "трет") and names someone ("Вторым слово взял Бордачёв"):
    then "второй эксперт" is that one, not another. (Not "Во вторник", "второй раз", "треть".)"""
    para = doc.paragraph_at(at)
    if not ordinal or para is None:
        return False
    lo = doc.paragraphs[para.index - 1].start if para.index > 0 else para.start
    for m in _ORDINAL_OPENS.finditer(doc.text, lo, at):
        if m.group(1).casefold().startswith(ordinal):
            end = _end_past_initials(doc.text, m.end(), at)
            if who.within(m.end(), end):
                return True
            # "Вторым выступал гость из Пекина. Это был экономист Ван Вэнь."
            if _THAT_WAS.match(doc.text, end, at) and who.within(
                end, _end_past_initials(doc.text, end + 2, at)
            ):
                return True
    return False


def _end_past_initials(text: str, lo: int, hi: int) -> int:
    """Where the sentence from ``lo`` ends (before ``hi``), a name's initial ("Т.
    Бордачёв") no end."""
    for end in _SENTENCE_END.finditer(text, lo, hi):
        if not re.match(r"(?<![\w-])[А-ЯЁA-Z]\.", text[max(0, end.start() - 1) : end.end()]):
            return end.end()
    return hi


_THAT_WAS = re.compile(r"\s*Это\s+(?:был|была|оказался|оказалась)\s")


# A sentence opened by an ordinal: "Вторым слово взял …", "Третьей выступила …".
_ORDINAL_OPENS = re.compile(
    r"(?:^|(?<=[.!?…»]\s)|(?<=\n))(Втор(?:ым|ой|ая|ою)|Трет(?:ьим|ий|ья|ьей))(?![\w-])",
    re.MULTILINE,
)


def _unnamed_tag(doc: Document, who: Mentions, s: QuoteSpan) -> re.Match[str] | None:
    """The tag right after the quote ``s`` (an :data:`_AFTER` match) when it is neither a
    pronoun nor names anyone in its words: a role or someone the text does not name."""
    base = s.close_at + 1
    m = _AFTER.match(doc.text[base : s.close_at + 200])
    if m is None or m.group("pron") or who.within(base + m.start("rest"), base + m.end("rest")):
        return None
    return m


def _foreign_after(doc: Document, who: Mentions, s: QuoteSpan) -> bool:
    """Whether the tag after the quote is a role with no name whose nationality it states
    ("— заявил китайский политолог", "— заметил экономист из Китая") and the one the
    paragraph is about is not of it, or is nobody: then no one before can be meant."""
    m = _unnamed_tag(doc, who, s)  # ("— возразил другой эксперт из Пекина Ван Вэнь": named)
    if m is None or re.search("[А-ЯЁ]", m.group("rest").split(" из ")[0]):
        return False
    rest = m.group("rest")
    role = _ROLE_NOUN.match(rest)
    if role is None:
        return False
    nation = _nation_stated(rest, role)
    if not nation:
        return False
    person = _paragraph_subject(doc, who, s, f"{m.group('verb')} {rest}")
    return person is None or not _of_nationality(who, person, nation)


def _nation_stated(rest: str, role: re.Match[str]) -> str:
    """The nationality the tag ``rest`` (its role matched by :data:`_ROLE_NOUN`) states, as
    an adjective :func:`_of_nationality` reads: the role's adjective when that is a
    nation's ("китайский политолог"), else the place after the role ("известный экономист
    из Китая"); "" for none."""
    adjective = re.match(r"\s*([а-яё]+(?:ий|ый|ой|ая|яя))\s", rest)
    if adjective and adjective.group(1).startswith(("китайск", "российск", *_OTHER_NATIONS)):
        return adjective.group(1)
    return _nation_of_origin(rest[role.end() :])


def _another_since(doc: Document, who: Mentions, person: str, at: int, said: str) -> bool:
    """Whether, in the paragraph of ``at`` or the one before and after the sentence of
    ``person``'s last mention, the text met another one it does not name of the role
    ``said`` (or, for a word as wide as "эксперт", of its kind) — "— возразил другой
    эксперт.", not "Ни один другой эксперт …", "Другая экспертиза", "Другой экономист" for
    "политолог": the role word then refers to that one, not back to ``person``."""
    kinds = _ROLE_KINDS.get(said, frozenset({said})) if said in _WIDE_ROLES else {said}
    para = doc.paragraph_at(at)
    last = [m for m in who.within(0, at) if m.person == person]
    if not last or para is None:
        return False
    end = _SENTENCE_END.search(doc.text, last[-1].span.end, at)
    if end is None:
        return False
    floor = doc.paragraphs[para.index - 1].start if para.index > 0 else para.start
    for m in _ANOTHER_ROLE.finditer(doc.text, max(end.end(), floor), at):
        if _NO_ONE_BEFORE.search(doc.text, max(0, m.start() - 12), m.start()):
            continue  # "Ни один другой эксперт …": nobody met
        if _role_lemma(m.group("role")) in kinds and not who.within(m.end(), min(at, m.end() + 40)):
            return True
    return False


# Role words that name any of their kind ("эксперт" may be an economist), not one trade.
_WIDE_ROLES = frozenset({"эксперт", "аналитик", "учёный", "ученый", "исследователь", "специалист"})
_NO_ONE_BEFORE = re.compile(r"(?i)(?<![\w-])(?:ни|не)(?:\s+(?:один|одна))?\s+$")


# Someone from the audience or the street, whom a story does not name; or one of a trade
# the tag itself calls another ("— возразил другой экономист", "— добавил ещё один эксперт").
_SOMEONE_NEW = re.compile(
    r"\s*(?:[а-яё]+(?:ий|ый|ой|ая|яя)\s+)?(?:студент|студентка|аспирант|аспирантка|слушатель|"
    r"слушательница|зритель|зрительница|прохожий|прохожая|житель|жительница|пенсионер|"
    r"пенсионерка|читатель|читательница|школьник|школьница|посетитель|посетительница|"
    r"покупатель|покупательница|пассажир|пассажирка|кто-то)(?![\w-])"
    rf"|\s*{_ANOTHER}\s+(?:[а-яё]+(?:ий|ый|ой|ая|яя)\s+)?(?:{_ROLE_WORDS}|{_TRADE_WORDS})"
)


# A word for words and a name after it in a tag: "вспоминает Лавров слова Ван И".
_WORDS_OF_ANOTHER = re.compile(
    r"(?<![\w-])(?:слова|фраз[уа]|выражение|формулу|совет|завет)\s+(?:[а-яё-]+\s+){0,3}[А-ЯЁ]"
)


def _after_speaker(doc: Document, who: _RuMentions, s: QuoteSpan) -> str | None:
    """ "«…», — заявил Лавров." / "«…», — сказал он."."""
    m = _AFTER.match(doc.text[s.close_at + 1 : s.close_at + 200])
    if m is None:
        return _so_says(doc, who, s) or _cited_after(doc, who, s)
    if m.group("pron"):
        return who.pronoun(s.close_at)
    base = s.close_at + 1
    rest = m.group("rest")
    if re.match(r"\s*(?:он|она)\b", rest):
        return who.pronoun(s.close_at)
    lo, hi = base + m.start("rest"), base + m.end("rest")
    if _WORDS_OF_ANOTHER.search(rest):
        return None  # "— вспоминает Лавров слова Ван И": the words the tag recalls are his
    role = _ROLE_NOUN.match(rest)
    met = who.within(lo, hi)
    # (but "— сказал посол в беседе с Е. Примаковым": one met after the role)
    met_after_role = role is not None and all(
        m.span.start >= lo + role.end()
        and _PREPOSITION_BEFORE.search(doc.text, lo + role.end(), m.span.start)
        for m in met
    )
    if met and who.nominative_first(lo, hi) is None and not met_after_role:
        return None  # "— сказал Тимофееву его собеседник": the one spoken to, no one named
    named = who.nominative_first(lo, hi)
    if named is None and role and not rest.lstrip().startswith("собеседни"):
        if _UNNAMED_SOURCE.search(doc.text, base + m.start("rest"), base + m.end("rest") + 80):
            return None  # "— сказал иранский дипломат, пожелавший остаться неназванным"
        # "— пояснил эксперт", "— … китайский эксперт"
        person = _paragraph_subject(doc, who, s, f"{m.group('verb')} {rest}")
        nation = _nation_stated(rest, role)
        if person is not None and not _of_nationality(who, person, nation):
            return None  # "— заявил китайский политолог" after a paragraph about a Russian
        said = _role_lemma(role.group("word"))
        if person is not None and _another_since(doc, who, person, s.open_at, said):
            return None  # "— возразил другой эксперт. «…», — добавил эксперт": that other one
        if person is not None and role.group("trade"):
            # "— говорит водитель" after a paragraph about a governor: someone else, unless
            # the text calls the one it is about by that trade or one of its kind, right
            # before a mention or in apposition ("Губернатор края Игорь Седых"), and nobody
            # else the paragraph names so ("Губернатор Кожемяко встретился с губернатором
            # Орловым")
            trade = lemma(role.group("trade"))
            kinds = _ROLE_KINDS.get(trade, frozenset({trade}))
            para = doc.paragraph_at(s.open_at)
            in_para = {m.person for m in who.within(para.start, s.open_at)} if para else set()
            others = in_para - {person}
            if not _called(doc, who, person, kinds, reach=3) or any(
                _called(doc, who, p, frozenset({trade}), reach=3) for p in others
            ):
                return None
        return person
    return Mentions.speaker(named)


def _cited_after(doc: Document, who: Mentions, s: QuoteSpan) -> str | None:
    """ "«…», — цитирует Дмитрия Пескова ТАСС.", "«…» — с этими словами Тимофеев открыл
    дискуссию.": the one cited (in any case), or the one who spoke with these words."""
    m = _CITED_AFTER.match(doc.text, s.close_at + 1, s.close_at + 200)
    if m is None:
        return None
    lo, hi = m.start("who"), m.end("who")
    pronoun = re.search(r"(?<![\w-])(?:его|её|ее)\s+слова\s*$", doc.text[m.start() : lo])
    if pronoun is not None and not who.within(lo, hi):
        # "«…», — приводит его слова Fox News.": the one "его" is (an outlet named after)
        return who.pronoun(m.start() + pronoun.start())
    named = who.first_in(lo, hi) if m.group("cites") else who.nominative_first(lo, hi)
    if named is None or named.ambiguous or len({n.person for n in who.within(lo, hi)}) > 1:
        return None
    return named.person


def _so_says(doc: Document, who: Mentions, s: QuoteSpan) -> str | None:
    """ "«…». Так считает Кашин.", "«…», — так Кашин подвёл итог.": the one the sentence after
    the quote says the view is."""
    so = _SO_SAYS.match(doc.text, s.close_at + 1, s.close_at + 200)
    named = who.at(so.end()) if so is not None else None
    if named is None or named.ambiguous or not _SO_SAYS_END.match(doc.text, named.span.end):
        return None
    return named.person


def _dash_credit(doc: Document, who: Mentions, s: QuoteSpan) -> str | None:
    """ "«…» — Кашин.", "«…», — Алексей Маслов.", "«…» — Мао Нин на брифинге.", "«…». — Линь
    Цзянь, официальный представитель МИД КНР": a dash and a name after the quote, with at most
    an apposition or a place after it and no verb, to the paragraph's end: that person's id,
    "" for a name we do not know, None for no such credit."""
    para = doc.paragraph_at(s.close_at)
    if para is None:
        return None
    dash = _DASH_NAME.match(doc.text, s.close_at + 1, para.end)
    if dash is None:
        return None
    tail = doc.text[dash.end("name") : para.end]
    # the credit's sentence only, when another sentence follows ("«…» — Иван Тимофеев, в
    # интервью «Коммерсанту». «Но …», — добавил …")
    for stop in _SENTENCE_END.finditer(tail):
        if tail.count("«", 0, stop.start()) == tail.count("»", 0, stop.start()):
            tail = tail[: stop.start() + 1]  # (not inside a title: "«Карнеги. Разговоры»")
            break
    if not _CREDIT_TAIL.fullmatch(tail) or re.search(rf"\b(?:{VERB})\b", tail):
        return None
    named = Mentions.speaker(who.at(dash.start("name")))
    if named is None and " " not in dash.group("name"):
        return None  # "«…» — Москва, 2023.": a place and a date, not a credit
    return named or ""


_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_A_MONTH = re.compile(
    r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s*$"
)
# a dash and a name of one to three capitalised words ("Мао Нин", "Алексей Маслов")
# (a Chinese given name may be one capital: "Ван И")
_DASH_NAME = re.compile(
    r"[\s,.!?…]*[—–]\s*(?P<name>[А-ЯЁ][а-яё-]+(?:\s+(?:[А-ЯЁ][а-яё-]+|[А-ЯЁ](?![а-яё.])|И(?=\.))){0,2})"
)
# after the name: nothing, a role ("официальный представитель МИД КНР"), or where ("на
# брифинге", "в подкасте «Карнеги. Разговоры»": a title in guillemets), and the stop
_CREDIT_TAIL = re.compile(
    # (the name in characters first: "— Ван Вэнь (王文), декан …")
    r"\s*(?:[(（][\u3400-\u9fff·]{1,8}[)）])?"
    r"(?:(?:,\s*|\s+(?:на|в|во)\s+)(?:[^.!?«»—–\n]|«[^«»\n]{1,60}»){1,160})?[.!]?\s*"
)


def _credit_after(doc: Document, who: Mentions, s: QuoteSpan) -> str | None:
    """A quote whose paragraph ends with nothing but a name after it ("«…»Фёдор Лукьянов"): that
    person's id ("" for a name we do not know); a paragraph that is a quote alone and whose next
    paragraph is nothing but the name of someone named (a blockquote's credit): theirs. None
    otherwise."""
    para = doc.paragraph_at(s.close_at)
    if para is None:
        return None
    rest, lo, hi = doc.text[s.close_at + 1 : para.end], s.close_at + 1, para.end
    below = not rest.strip(" .")
    if below:  # a paragraph that is the quote alone: the line below may be its credit
        if doc.text[para.start : s.open_at].strip() or para.index + 1 >= len(doc.paragraphs):
            return None
        after = doc.paragraphs[para.index + 1]  # a blockquote's <footer>
        rest, lo, hi = doc.text[after.start : after.end], after.start, after.end
    if not re.fullmatch(rf"\s*[—–-]?\s*(?:{WORD}\s+){{1,2}}{WORD}\s*", rest):
        return None
    named = Mentions.speaker(who.first_in(lo, hi))
    if below:
        return named  # a heading below a quote ("Позиция Пекина") decides nothing
    return named or ""


# "пожелавший остаться неназванным", "на условиях анонимности": a source not named.
_UNNAMED_SOURCE = re.compile(
    r"пожелавш\w*\s+остаться\s+(?:неназванн|анонимн)\w*|на\s+условиях\s+анонимности|"
    r"попросивш\w*\s+не\s+называть"
)


# "…«взвешенную позицию» Пекина. Об этом заявила … Мария Захарова": the next sentence says
# whose the words were.
_ABOUT_THIS = re.compile(
    rf"[^.!?«»]{{0,200}}?[.!?]\s+(?:Об этом|Это|Так)\s+(?:[а-яё]+\s+)?(?P<verb>{VERB})\b"
    r"(?P<who>[^.!?«»]{1,200})"
)


# Words the sentence gives as someone's own before a dash or a colon: "Любимое выражение
# Сергея Лаврова — «…»", "Главный тезис Караганова — «…»", "У Кашина своя формула: «…»",
# "Для Габуева это «…»", "Лукьянов в своей колонке — о «…»" (a digest's line).
# After a dash before the quote: "это" and a word or two ("— лишь «…»", "— по-прежнему «…»").
_DASH_WORDS = r"(?:\s+это)?(?:\s+[а-яё-]+){0,2}"
_OWNED_BEFORE = re.compile(
    r"(?:(?:[Лл]юбим\w+\s+|[Гг]лавн\w+\s+|[Кк]лючев\w+\s+|[Оо]сновн\w+\s+)?"
    r"(?:формул\w*|тезис\w*|выражени\w*|фраз\w*|определени\w*|вердикт\w*|диагноз\w*|"
    # ("Позиция Кортунова — «…»", "Вывод Зуенко: «…»")
    r"слова|термин\w*)\s+(?P<owner>[А-ЯЁ][^—–:«».!?]{1,60}?)\s*[—–:]\s*$)"
    r"|(?:^|[.!?]\s+)[Уу]\s+(?P<at>[А-ЯЁ][^—–:«».!?]{1,60}?)\s+(?:[^—–:«».!?]{0,30}\s+)?"
    r"(?:сво\w+\s+)?(?:формул\w*|определени\w*|объяснени\w*|ответ)\s*:\s*$"
    # ("В трактовке Кашина это «…»", "По определению Кашина, это «…»")
    r"|(?:^|(?<=[.!?]\s)|[.!?]\s+)(?:[Дд]ля|[Вв]\s+(?:трактовке|понимании|представлении|интерпретации|"
    r"изложении|оценке)|[Пп]о\s+(?:определению|формулировке))"
    # ("В оценке Ли Синя — «…»", "В оценке Лексютиной, нынешние отношения — это «…»")
    # ("Для самого Ломанова она — «…»", "Для Акимбекова встречи — по-прежнему «…»")
    r"\s+(?:(?:самого|самой|самих)\s+)?(?P<for>[А-ЯЁ][^—–:«».!?,]{1,60}?),?\s+"
    rf"(?:это|(?:[^—–:«».!?]{{1,60}}\s+)?[—–]{_DASH_WORDS})\s*$"
    # ("…: для него весь этот спор — лишь «…»": the one he stands for)
    rf"|(?:^|(?<=[.!?:;]\s)|[.!?:;]\s+)[Дд]ля\s+(?P<forpro>него|неё|нее)\s+[^—–:«».!?]{{0,60}}?"
    rf"[—–]{_DASH_WORDS}\s*$"
    # ("Садыр Жапаров, для которого эта стройка — «…»": the one named before the comma)
    rf"|(?P<rel>,)\s+для\s+(?:которого|которой)\s+[^—–:«».!?]{{0,60}}?[—–]{_DASH_WORDS}\s*$"
    # ("Позиция Кортунова — «…»", "Вывод Зуенко: «…»": the name alone; not "Оценка X", which
    # may be others' of him)
    r"|(?:^|(?<=[.!?]\s)|[.!?]\s+)(?:[Пп]озици[яи]|[Вв]ывод|[Мм]нение)\s+"
    r"(?P<owner2>[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){0,2})\s*[—–:]\s*$"
    # ("По Лукьянову, «…»": according to him)
    r"|(?:^|(?<=[.!?]\s)|[.!?]\s+)[Пп]о\s+(?P<per>[А-ЯЁ][^—–:«».!?,]{1,40}?),\s*$"
    r"|(?:^|[.!?]\s+)(?P<digest>[А-ЯЁ][^—–:«».!?,]{1,40}?)(?:\s+(?:в|во|на)\s+[^—–:«».!?,]{1,40})?"
    r"\s+[—–]\s+(?:о|об)\s+$",
    re.MULTILINE,  # (a paragraph's start: after its line break)
)


# The sentence says whose the words are before they come: "Чжао Хуашэну принадлежит самая
# точная формула: …", "Сибиге также принадлежит фраза о том, что …", "Главная мысль
# Бордачёва: …", and "Токаеву, по его собственным словам, «…»".
_OWNS_THE_WORDS = re.compile(
    r"\s*(?P<owner>[А-ЯЁ][^.!?«»:,]{1,40}?)(?:,?\s+(?:также|тоже|же|и|,\s*пожалуй,|"
    r"пожалуй))*,?\s+принадлеж(?:ит|ат|ал|ала)[\s,]+(?:[а-яё,]+\s+){0,3}?"
    # (words, not a thing: "принадлежит формула", not "принадлежит завод")
    r"(?:формул|фраз|выражени|слова|мысль|иде[яи]|тезис|определени|афоризм|шутк|реплик)"
    r"[^«»]{0,160}$"
    r"|\s*(?:[Гг]лавн|[Оо]сновн|[Кк]лючев)\w+\s+(?:мысль|идея|вывод|тезис)\s+"
    r"(?P<of>[А-ЯЁ][^.!?«»:,]{1,40}?)\s*:[^«»]{0,160}$"
    r"|\s*(?P<own>[А-ЯЁ][^.!?«»:,]{1,40}?),\s+по\s+(?:его|её|ее)\s+(?:собственным\s+)?"
    r"словам,\s*$",
)


def _owns_the_words(doc: Document, who: Mentions, lo: int, hi: int) -> str | None:
    """The one person the sentence names as the owner of the words after it (see
    :data:`_OWNS_THE_WORDS`), nobody else named before the quote."""
    m = _OWNS_THE_WORDS.match(doc.text, lo, hi)
    if m is None:
        return None
    group = next(g for g in ("owner", "of", "own") if m.group(g))
    named = who.within(lo, hi)
    if len({n.person for n in named}) != 1 or named[0].ambiguous:
        return None
    if named[0].span.start != m.start(group):
        return None  # the owner opens the slot ("Главный вывод Запада из речи Лаврова" is not his)
    if _MAY_BE_BEFORE.search(doc.text, m.end(group), hi) or re.search(
        r"(?<![\w-])назвал\w*", doc.text[m.end(group) : hi]
    ):
        return None  # "… а его речь газеты назвали «…»": another one's words
    para = doc.paragraph_at(lo)
    if (
        group == "own"
        and "собствен" not in m.group()
        and para is not None
        and any(n.person != named[0].person for n in who.within(para.start, lo))
    ):
        return None  # "Песков рассказал о разговоре. Путин, по его словам, «…»": Песков's
    return named[0].person


def _owned_words(doc: Document, who: Mentions, lo: int, hi: int) -> str | None:
    """ "Любимое выражение Сергея Лаврова — «…»", "У Кашина своя формула: «…»", "Для
    Габуева это «…»", "Лукьянов в своей колонке — о «…»": whose words the sentence says the
    quote is, one person named there."""
    if not re.search(
        r"(?:[—–:,]|\bэто|\sо|\sоб)(?:\s+[а-яё-]+){0,2}\s*$", doc.text[max(lo, hi - 30) : hi]
    ):
        return None  # (cheap first: a dash, a colon, "это" or "о" right before the quote)
    m = _OWNED_BEFORE.search(doc.text, lo, hi)
    if m is None:
        return None
    if m.group("forpro"):
        return who.pronoun(m.start("forpro"))
    if m.group("rel"):
        before = who.ending_at(m.start("rel"))
        return Mentions.speaker(before) if before is not None and not before.ambiguous else None
    group = next(g for g in ("owner", "owner2", "at", "for", "per", "digest") if m.group(g))
    named = [
        n
        for n in who.within(max(lo, m.start(group) - 3), hi)
        if n.span.start < m.end(group) and n.span.end > m.start(group)
    ]
    if len({n.person for n in named}) != 1 or named[0].ambiguous:
        return None
    if group in ("digest", "per") and abs(named[0].span.start - m.start(group)) > 1:
        return None  # the line opens with the name (not "По Указу Президента Путина, «…»")
    if group == "for":
        close = doc.text.find("»", hi)
        if close > 0 and _THINKS_AFTER.match(doc.text, close + 1):
            return None  # "В понимании Лаврова это «…», считает Лукьянов": whose view it is
    return named[0].person


# A tag after a quote naming whose view it is: ", считает Фёдор Лукьянов".
_THINKS_AFTER = re.compile(
    rf"\s*,\s*(?:[а-яё]+\s+)?(?:{VERB}|думает)\s+(?!(?:он|она|они)\b)(?:[а-яё]+\s+){{0,3}}"
    r"[А-ЯЁA-Z«]"
)  # (", пишет британский журнал The Economist": the magazine's view)


# "«Разворот», о котором говорит Тимофей Бордачёв": the words someone speaks of, named after
_SPOKEN_OF_AFTER = re.compile(
    r",?\s*(?:о|об|про)\s+(?:котором|которой|которых|который|которую|которые)\s+"
    r"(?:(?:так|давно|часто|много|не\s+раз|ещё|еще|уже)\s+)*"
    r"(?P<name_first>[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)?\s+)?"  # ("о котором Караганов говорил")
    r"(?:(?:так|давно|часто|много|не\s+раз|ещё|еще|уже)\s+)*"
    r"(?:любит\s+говорить|говорит|говорил\w*|пишет|писал\w*|предупреждал\w*|"
    r"предупреждает|рассуждает|рассуждал\w*)(?:\s+|(?=[,.]))"
)


# Nouns for words of one's own: "фраза", "формула", "ярлык", "рефрен", "определение".
_WORDS_NOUN = (
    r"(?:фраз|формул|выражени|афоризм|максим|шутк|реплик|присказк|поговорк|цитат|метафор|"
    r"ярлык|определени|тезис|рефрен|оговорк|лозунг|девиз|словечк)\w*|слов(?:а|ами|ам)(?![а-яё])"
)
# An adjective's ending, to tell "своей любимой метафорой" from "своей статьи цитату".
_ADJECTIVE = r"[а-яё-]+(?:ой|ей|ый|ий|ая|яя|ое|ее|ую|юю|ым|им|ых|их|ого|его|ому|ему|ыми|ими)"
# A saying someone is known for, as the sentence says so: "Ставшее крылатым «…» Лаврова",
# "Его знаменитое «…»", "Лавров и его любимое «…»", "Лавров, автор выражения «…»", "…,
# придумавший формулу «…»"; the subject's own words with "свой"/"собственный" and a noun for
# words ("Тренин со своей метафорой «…»", "предлагает собственное определение — «…»"), or
# with "свой" alone before a clause ("Тренин со своим «Севморпуть — это наш Суэц»").
_FAMOUS = re.compile(
    r"(?:(?:(?P<fame>крылат\w*|знаменит\w+|фирменн\w+|коронн\w+|хрестоматийн\w+|любим\w+|"
    r"излюбленн\w+)"
    # (with the adjective only: "Его «треугольник»" is the name of his idea, a term)
    r"|(?P<own>(?<![\w-])(?:сво\w+|его|её|ее))\s+(?:знаменит|фирменн|коронн|любим|излюбленн|"
    r"извечн|неизменн|привычн)\w+)"
    # ("Ставшая крылатой фраза Сергея Лаврова «…»", "его знаменитая фраза «…»": a word for
    # words between, and its owner in the genitive)
    rf"(?:\s+(?P<noun>{_WORDS_NOUN})"
    r"(?P<gen>(?-i:\s+[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){0,2}))?)?"
    rf"|(?P<mine>(?<![\w-])(?:сво\w+|собственн\w+))\s+(?:{_ADJECTIVE}\s+)?(?P<noun2>{_WORDS_NOUN})"
    r"|(?P<mine0>(?<![\w-])сво(?:им|ей|его|ему|ё|е|ю|ими|их))"
    # ("Захарова, известная своим «…»", "Габуев … — автор определения «…»")
    r"|(?:,|\s[—–])\s*(?P<coined>автор(?:ы)?\s+(?:[а-яё-]+\s+)?(?:выражени|формулировк|формул|"
    r"термин|фраз|определени|понят)\w*|(?:придумавш|сформулировавш)\w+(?:\s+(?:выражени|формул|термин|"
    rf"фраз|определени|поняти)\w*)?|известн\w+\s+сво\w+(?:\s+{_WORDS_NOUN})?))"
    r"\s*[—–:]?\s*$",
    re.IGNORECASE,  # ("Фирменное «…» Лаврова", "Его знаменитое «…»": opening a sentence)
)


# A noun for words and a dash or a colon right before the quote, or "любит выражение":
# "Лукьянов придумал для визита определение — «…»", "Лавров любит выражение «…»".
_SUBJECTS_WORDS = re.compile(
    rf"(?<![\w-]){_WORDS_NOUN}\s*[—–:]\s*$"
    r"|(?<![\w-])(?:любит|любил|любила)\s+(?:выражени|фраз|присказк|поговорк)\w*\s*$"
)
# A verb that turns the words against themselves ("раскритиковал формулу — «…»").
_AGAINST = re.compile(
    r"(?<![\w-])(?:критик|раскритик|отверг|отвергает|высме|оспари|оспор|спори|спорит|опроверг|"
    r"против|отказ|ругал|ругает|иронизир|развенча|развенчив|поставил\w*\s+под\s+сомнени|"
    r"ставит\s+под\s+сомнени|сомнева)|не\s+соглас"
    # words taken from others: heard, borrowed, cited, recalled
    r"|(?<![\w-])(?:услышал|узнал|позаимствова|заимствова|процитирова|цитирует|цитировал|"
    r"привёл|привел|приводит|вспомнил|вспоминает|напомнил|перенял|подхватил)|(?<![\w-])от\s"
)


def _subjects_words(doc: Document, who: Mentions, lo: int, s: QuoteSpan) -> str | None:
    """The words of the person who opens the sentence, when the sentence gives them a noun
    for words and a dash or a colon ("Фёдор Лукьянов придумал для визита определение —
    «…»"): nobody else named in it, no verb turned against them."""
    m = _SUBJECTS_WORDS.search(doc.text, max(lo, s.open_at - 40), s.open_at)
    if m is None:
        return None
    named = who.within(lo, s.open_at)
    if not named or named[0].span.start - lo > 4 or named[0].ambiguous:
        return None  # (the subject opens the sentence)
    if any(n.person != named[0].person for n in named) or (
        isinstance(who, _RuMentions) and who.oblique(named[0])
    ):
        return None
    if _AGAINST.search(doc.text, named[0].span.end, m.start()):
        return None
    if re.match(r"\s*:", doc.text[named[0].span.end :]):
        return None  # "СИДОРЕНКО: …, у вас есть любимая присказка — «…»": a label, who asks
    if _GIVEN_AFTER.match(doc.text, s.close_at + 1):
        return None  # "привёл определение — «…», которое дал Примаков": the giver's
    return named[0].person


# Before the words, a sentence that gives them to nobody it names: a question heard or put
# ("услышала вопрос корреспондента: «…»", "получила вопрос: «…»"), a document's ("в программе
# … сказано: «…»"), what others call someone ("Габуева называют «…»"), an unnamed source who
# describes someone's views ("источник в министерстве … описал их так: «…»").
_NOBODY_SAYS = re.compile(
    r"(?<![\w-])(?:услышал\w*|получил\w*|задали|прозвучал\w*|поступил\w*|адресовал\w*)"
    r"(?:\s+[^:«».!?,]{0,60})?\s+вопрос\w*(?:\s+[^:«».!?,]{0,60})?:\s*$"
    r"|(?<![\w-])(?:сказано|говорится|написано|записано|значится|указано)\s*:\s*$"
    r"|(?<![\w-])(?:называют|называли|прозвали|окрестили)\s*$"
    r"|(?<![\w-])(?<!на\s)источник\w*\s+(?:в|во|из|среди)\s+[^«».!?]{0,120}?"
    r"(?:описал\w*|сказал\w*|пояснил\w*|передал\w*|изложил\w*)[^«».!?:]{0,20}:\s*$"
)


# A writing and its author right before "сказано": "В статье Сергея Караганова сказано:".
_AUTHORED = re.compile(
    r"(?<![\w-])(?:стать|книг|колонк|записк|доклад|письм|пост|интервью|выступлени|реч|заметк)"
    r"\w*\s+[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)?\s*$"
)


# Between a quote and the next in its paragraph, words that go on with the same speaker: "».
# И дальше, уже без улыбки: «", "». И ещё одно: «", "». Дальше следует предупреждение: «".
_GOES_ON = re.compile(
    # (after the first one's tag, if any: "«…», — сказал Чжао Хуашэн. И дальше: «…»")
    # (a note's number after the first: "«…»[5]. И дальше: «…»")
    r"[»\s.!?,]*(?:\[\^?\d{1,3}\][\s.!?,]*)?(?:[—–]\s*[^«».!?]{1,80}[.!?]\s*)?(?:[Ии]\s+)?(?:[Дд]альше|[Дд]алее|[Пп]отом|[Зз]атем|[Ее]щё|[Ее]ще|[Пп]оследнее|"
    r"[Нн]аконец|[Нн]апоследок|[Вв]\s+заключение)(?![\w-])[^«».!?]{0,50}:\s*"
)
# Words between two quotes that hand the floor or the words to someone else: a question, the
# host, the hall, a quotation from another's speech.
_SOMEONE_ELSE_NEXT = re.compile(
    r"(?<![\w-])(?:спрос|вопрос|ведущ|модератор|цитат|слово|зал|аудитори|реплик\w*\s+из)"
)


def _goes_on(who: Mentions, last: Last, between: str, hi: int) -> bool:
    """Whether the words between the last credited quote and the next (``between``, ending
    at ``hi``) go on with the same speaker (see :data:`_GOES_ON`): nobody else named there,
    and no question, host or quotation taking the floor ("Ещё одна цитата оттуда же:" is
    still the same one's)."""
    return (
        _GOES_ON.fullmatch(between) is not None
        and all(m.person == last[1] for m in who.within(last[0] + 1, hi))
        and not (
            _SOMEONE_ELSE_NEXT.search(between)
            and not re.search(r"оттуда\s+же|там\s+же|того\s+же", between)
        )
    )


def _nobody_says(doc: Document, who: Mentions, lo: int, hi: int) -> bool:
    """Whether the sentence before the words at ``hi`` gives them to nobody it names (see
    :data:`_NOBODY_SAYS`), no asker or author named in it ("прозвучал вопрос Лукьянова:",
    "В статье Караганова сказано:")."""
    nobody = _NOBODY_SAYS.search(doc.text, max(lo, hi - 120), hi)
    return (
        nobody is not None
        and not who.within(nobody.start(), hi)
        and not _AUTHORED.search(doc.text, max(lo, nobody.start() - 60), nobody.start())
    )


# The words of someone the sentence names as theirs, by a noun of answer, verdict or advice:
# "Ответ Лукьянова последовал мгновенно — «…»", "Позиция Фу Ин (傅莹), бывшего замминистра,
# проста — «…»", "Её прогноз мрачнее, чем у коллег: «…»", "у него один ответ: «…»".
_NOTED = (
    r"(?:ответ|реакци[яи]|рецепт|прогноз|вердикт|совет|реплика|позици[яи]|вывод|"
    r"формула|тезис|жалоба|мысль|итог|приговор|скепсис|формулировка)"
)
_NOTED_OWNER = re.compile(
    # (after a question in quotes too: "спросила: «…?» Ответ Бордачёва — «…»")
    rf"(?:^|(?<=[.!?]\s)|(?<=[.!?][»“]\s)|[.!?]\s+){_NOTED}"
    r"\s+(?P<own>(?-i:[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){0,2}))(?:\s*\([^()]{1,20}\))?"
    # ("Ответ Тимофеева на реплику китайского коллеги оказался неожиданно мягким —")
    r"(?:,[^,«»—–:.!?]{1,80},)?(?P<tail>(?:\s+[а-яё-]+){0,8})\s*[—–:]\s*$"
    rf"|(?:^|(?<=[.!?]\s)|[.!?]\s+|,\s+и\s+)(?P<pro>[Ее]го|[Ее]ё|[Ее]е)\s+{_NOTED}"
    r"(?:\s+[а-яё-]+){0,4}(?:,\s*[^«»—–:.!?]{1,40})?\s*[—–:]\s*$"
    r"|(?<![\w-])[Уу]\s+(?P<pro2>него|неё|нее)\s+(?:[^—–:«».!?]{0,30}\s+)?(?:один\s+|свой\s+|"
    r"готовый\s+)?(?:ответ|формула|объяснение|рецепт)\s*:\s*$",
    re.IGNORECASE | re.MULTILINE,
)


# What says the noun is as the words after it: "Ответ X на реплику коллеги оказался мягким —".
# (on to an adjective that ends the words: not "был оспорен студенткой", "оказался поводом")
_HIS_NOTED_WAS = re.compile(
    r"(?:\s+на\s+[^—–:«».!?]{1,60}?)?\s+(?P<was>оказал\w*|был[аои]?|прозвучал\w*|звучал\w*)"
    r"(?:\s+[а-яё]+о)?\s+(?P<adj>[а-яё]+)\s*"
)
# Someone else in those words: "вызвал у американского коллеги", "оспорил его коллега".
_SOMEONE_ELSE = re.compile(
    rf"(?<![\w-])(?:коллег\w*|оппонент\w*|собеседни\w*|участни\w*|гост\w*|зал\w*|"
    rf"(?:{_ROLE_WORDS}|{_TRADE_WORDS})\w*)(?![\w-])"
)


# A verb in the past, a man's too: "сослался", "спорил", "пригрозил" (_PAST_VERB leaves out
# the man's -л, which many nouns end in; here it only has to come before a thing's noun).
_DID = re.compile(r"(?<![\w-])[а-яё]{2,}(?:л|ла|ли|лся|лась|лись)(?![\w-])")


# Things "его" may stand for as well as a man, named after him: a report, a bloc, a body.
_A_THING = re.compile(
    r"(?<![\w-])(?:доклад|документ|отч[её]т|союз|блок|Евросоюз|ЕС|НАТО|банк|фонд|центр|институт|"
    r"журнал|клуб|Кремл|МИД|Пекин|Вашингтон|Брюссел|правительств|министерств|ведомств|парламент|"
    r"комитет|совет|форум|саммит|проект|план|газет|агентств|издани|телеканал|посольств)"
)


def _noted_owner(doc: Document, who: Mentions, lo: int, hi: int) -> str | None:
    """Whose answer, verdict or advice the words are, as the sentence names it before them
    (see :data:`_NOTED_OWNER`): the one named after the noun, or the one "его"/"у него" is."""
    if not re.search(r"[—–:]\s*$", doc.text[max(lo, hi - 4) : hi]):
        return None
    m = _NOTED_OWNER.search(doc.text, lo, hi)
    if m is None:
        return None
    if m.group("own"):
        named = who.first_in(m.start("own"), m.end("own"))
        if named is None or named.ambiguous or who.within(named.span.end, hi):
            return None  # (someone else named before the words)
        if re.search(r"[ую]$", m.group("own")):
            return None  # "Ответ Лаврову —": the one answered (a dative's ending)
        between = m.group("tail")
        was = _HIS_NOTED_WAS.fullmatch(between)
        # (the one answered, after "на", may be anyone: "Ответ X на выпад коллеги оказался")
        rest = between[was.start("was") :] if was and re.match(r"\s+на\s", between) else between
        if len(between.split()) > 3 and (
            not was or not an_adjective(was.group("adj")) or _SOMEONE_ELSE.search(rest)
        ):
            # "Ответ Тимофеева вызвал у американского коллеги реплику —": the colleague's
            return None
        return named.person
    start = m.start("pro") if m.group("pro") else m.start("pro2")
    if who.within(start, hi):
        return None
    last = who.last_before(start, max(0, start - 300))
    if last is None or _A_THING.search(doc.text, last.span.end, start):
        return None  # "Кудрин представил доклад. Его прогноз:": the report's, not his
    return who.pronoun(start)


# Which words someone coined, the relative clause's start and its verb, shared by the two
# orders below ("…, которую Дэн Сяопин оставил", "…, которую сформулировал Примаков").
_WHICH = r",\s*(?:которую|который|которое|которые)\s+"
_COINED_VERB = (
    r"(?:оставил|произн[её]с|сформулировал|предложил|придумал|вв[её]л|выдвинул|пустил|употребил|"
    r"обронил|бросил)(?:а|и)?"
)


# The verb first, as Russian often has it: "«…», которую сформулировал Евгений Примаков".
_COINED_VERB_FIRST = re.compile(
    rf"{_WHICH}(?:(?:ещё|еще|когда-то|некогда)\s+)?{_COINED_VERB}(?:\s+в\s+оборот)?\s+(?=[А-ЯЁ])"
    # the passive: "понятие «…», введённое в оборот Трениным"
    r"|,\s*(?:введённ|введенн|предложенн|придуманн|сформулированн|пущенн)\w*"
    r"(?:\s+в\s+оборот)?(?:\s+(?:ещё|еще|когда-то|некогда))?\s+(?=[А-ЯЁ])"
)
# Verbs whose object can only be words (not "предложил", "ввёл": a plan, a tax).
_WORDS_ONLY = re.compile(r"(?:сформулирова|произн[её]с|обронил|употребил|в\s+оборот)")
# A word for words right before the quote: "формулу «…»", "слова «…»".
_WORDS_BEFORE = re.compile(
    r"(?<![\w-])(?:формул|слов|выражени|фраз|термин|лозунг|определени|афоризм|девиз|тезис|"
    r"призыв|максим|поговорк|поняти)\w*\s+$"
)


# After the quote, whose the words are if not the subject's: "«…», принадлежащую Путину",
# "«…», который придумали журналисты", "«…» у Примакова", "«…», которое дал Примаков".
_GIVEN_AFTER = re.compile(
    r"\s*,?\s*(?:принадлежащ\w+|котор\w+\s+(?:[а-яё]+\s+){0,2}(?:придумал|придумали|предложил|"
    r"предложили|дал|дали|ввёл|ввел|ввели|сформулировал|сформулировали|пустил|пустили|"
    r"произн[её]с)\w*|у\s+[А-ЯЁ])"
)


def _famous_saying(doc: Document, who: Mentions, lo: int, s: QuoteSpan) -> str | None:
    """Whose saying the sentence says the words are (see :data:`_FAMOUS`): the one named in
    the genitive right after them ("«…» Лаврова"), else, for "его/её", the pronoun's person,
    for "свой" the sentence's subject, for "автор выражения" the one named before the comma."""
    m = _FAMOUS.search(doc.text, max(lo, s.open_at - 60), s.open_at)
    if m is None:
        return None
    after = who.at(s.close_at + 2) if doc.text[s.close_at + 1 : s.close_at + 2] == " " else None
    words_named = m.group("coined") or m.group("noun") or m.group("noun2")
    if not words_named and not a_clause(doc.text[s.start : s.end]):
        return None  # "Знаменитая «мюнхенская речь» Путина", "Фирменный «прищур»": a name
    if (
        after is not None
        and not after.ambiguous
        and isinstance(who, _RuMentions)
        and who.oblique(after)
    ):
        return after.person  # "Ставшее крылатым «…» Лаврова"
    if m.group("gen"):
        owners = [n for n in who.within(m.start("gen"), m.end("gen")) if not n.ambiguous]
        if (
            len({n.person for n in owners}) == 1
            and isinstance(who, _RuMentions)
            and who.oblique(owners[0])
        ):
            return owners[0].person  # "Ставшая крылатой фраза Сергея Лаврова «…»"
        return None
    if m.group("fame"):
        return None
    named = [
        n
        for n in who.within(lo, m.start())
        if not (isinstance(who, _RuMentions) and who.oblique(n))
    ]  # (not "Заместитель Сергея Лаврова, автор выражения «…»")
    if m.group("own") and m.group("own").casefold() in ("его", "её", "ее"):
        # "Лавров и его любимое «…»", "Лавров с его любимым «…»", "вспомнил Примакова и его
        # любимое «…»": the one named right before, in any case
        last = who.last_in(lo, m.start("own"))
        if last is not None and re.fullmatch(
            r",?\s+(?:и|с|со)\s+", doc.text[last.span.end : m.start("own")]
        ):
            return None if last.ambiguous else last.person
        if not named:
            return who.pronoun(m.start("own"))  # "Его знаменитое «…»": the one he stands for
        return None  # "Ломанов повторяет его любимое «…»": not the subject's, whose unsaid
    if not named or len({n.person for n in named}) != 1 or named[0].ambiguous:
        return None  # "Лавров и его любимое «…»": the one the sentence names, no one else
    if m.group("mine") or m.group("mine0"):
        if named[0].span.start - lo > 40:
            return None  # "свой": the sentence's subject, which opens it
        if who.within(named[0].span.end, m.start()) or _GIVEN_AFTER.match(doc.text, s.close_at + 1):
            # "Лукьянов, в отличие от Караганова со своим «…»": someone between; "…«…»,
            # принадлежащую Путину": someone else's, the sentence says after it
            return None
    return named[0].person


# "формулу «…», которую Дэн Сяопин оставил преемникам": the one who coined or said the
# words, named as the subject of a relative clause right after them.
_COINED_AFTER = re.compile(
    rf"{_WHICH}(?:(?:ещё|еще|когда-то|некогда|в\s+своё\s+время)\s+)?"
    r"(?P<name_first>[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)?\s+)(?:(?:ещё|еще|когда-то|некогда)\s+)?"
    rf"{_COINED_VERB}(?![а-яё])"
)


def _spoken_of_after(doc: Document, who: Mentions, s: QuoteSpan) -> str | None:
    """ "«Разворот», о котором говорит Тимофей Бордачёв, уже случился": the one named right
    after a relative clause of speaking about the words."""
    words = [w for w in doc.text[s.start : s.end].split() if re.search(r"[А-ЯЁа-яё]", w)]
    if re.search(r"\d", doc.text[s.start : s.end]) or (
        len(words) >= 2 and all(w[:1].isupper() for w in words)
    ):
        return None  # "«Сила Сибири — 2», о которой говорит Миллер": a pipeline's name
    m = _SPOKEN_OF_AFTER.match(doc.text, s.close_at + 1)
    if m is None:
        m = _COINED_AFTER.match(doc.text, s.close_at + 1) or _COINED_VERB_FIRST.match(
            doc.text, s.close_at + 1
        )
        # words, not a thing: "формулу «…», которую …", not "Ипотеку «…», которую …", unless
        # the verb takes nothing but words ("«…», которую сформулировал Примаков")
        if (
            m is not None
            and not _WORDS_BEFORE.search(doc.text, max(0, s.open_at - 40), s.open_at)
            and not _WORDS_ONLY.search(m.group())
        ):
            m = None
    if m is None:
        return None
    first = m.groupdict().get("name_first")  # (not in the verb-first form)
    named = who.at(m.start("name_first")) if first else who.at(m.end())
    if first and named is not None and isinstance(who, _RuMentions) and who.oblique(named):
        return None  # "о котором Сергею Караганову писали читатели": the one written to
    return Mentions.speaker(named) if named is not None and not named.ambiguous else None


def _named_next(doc: Document, who: Mentions, s: QuoteSpan) -> str | None:
    """ "…«…» Пекина. Об этом заявила Мария Захарова.": the speaker named in the next
    sentence, which says it was they who said this."""
    para = doc.paragraph_at(s.close_at)
    if para is None:
        return None
    m = _ABOUT_THIS.match(doc.text, s.close_at + 1, para.end)
    if m is None:
        return None
    return Mentions.speaker(who.first_in(m.start("who"), m.end("who")))


def _next_paragraph(doc: Document, who: Mentions, last: Last, s: QuoteSpan) -> str | None:
    """A paragraph that opens with a quote of a sentence or more right after a paragraph
    that ended with a credited one ("«…», — сказал он." ¶ "«…»"): the same speaker goes on,
    when nobody else is named after that quote."""
    close, speaker = last
    para, prev = doc.paragraph_at(s.open_at), doc.paragraph_at(close)
    if para is None or prev is None or para.index != prev.index + 1:
        return None
    if doc.text[para.start : s.open_at].strip() or len(doc.text[s.start : s.end].split()) < 6:
        return None
    if len(_SENTENCE_END.findall(doc.text, close + 1, prev.end)) > 0:
        return None  # the paragraph went on after the tag
    if any(m.person != speaker for m in who.within(close + 1, prev.end)):
        return None
    end = _SENTENCE_END.search(doc.text, s.close_at + 1, para.end)
    if any(m.person != speaker for m in who.within(s.close_at + 1, end.end() if end else para.end)):
        return None  # "«…» — Кашин не согласен": this quote's own sentence names another
    return speaker


# "Лукьянов видит в этом …": a sentence that says what its subject thinks or says.
_VIEW_VERB = re.compile(
    r"\s+(?:(?:также|тоже|же|всё же|все же|по-прежнему)\s+)?(?:считает|полагает|видит|уверен|"
    r"уверена|убежден|убеждена|убеждён|говорит|думает|отмечает|подчеркивает|подчёркивает|"
    r"напоминает|признает|признаёт|сомневается|опасается|не согласен|не согласна)\b"
)


def _after_view(doc: Document, who: Mentions, s: QuoteSpan) -> str | None:
    """A quote that opens its sentence right after a sentence of its paragraph whose subject
    it names, with a verb of thinking or saying next to the name and nobody else named
    ("Фёдор Лукьянов видит в этом разницу темпераментов. «…»")."""
    para = doc.paragraph_at(s.open_at)
    if para is None:
        return None
    own = sentence_start(doc.text, para.start, s.open_at + 1, _SENTENCE_END)
    if own <= para.start or doc.text[own : s.open_at].strip():
        return None
    start = sentence_start(doc.text, para.start, own - 1, _SENTENCE_END)
    named = who.within(start, own)
    if not named or any(m.person != named[0].person for m in named):
        return None
    first = named[0]
    if first.ambiguous or _after_preposition(doc, first, start):
        return None
    if not _VIEW_VERB.match(doc.text, first.span.end):
        return None
    return first.person


# "Спросили у X", "Мы попросили X прокомментировать", "обратились к X": the one asked.
_ASKED = re.compile(
    r"(?:^|[.!?]\s+)(?:Мы\s+)?(?:[Сс]просили|[Пп]опросили|[Оо]братились\s+к|[Зз]адали\s+вопрос)\b"
)


def _introduced_before(doc: Document, who: Mentions, s: QuoteSpan) -> str | None:
    """A paragraph that is one quote, after a paragraph ending with a colon ("… У Синьбо …
    предупредил, что …:"): the subject of that sentence's verb of saying."""
    para = doc.paragraph_at(s.open_at)
    if para is None or para.index == 0 or doc.text[para.start : s.open_at].strip():
        return None
    prev = doc.paragraphs[para.index - 1]
    asked = _ASKED.search(prev.text)
    if asked is not None and not re.search("[«»]", prev.text):
        # "Спросили у Василия Кашина, чего ждать от встречи." ¶ «…»: the one asked answers
        named = who.within(prev.start, prev.end)
        if named and all(m.person == named[0].person for m in named):
            return Mentions.speaker(named[0])
    if not prev.text.rstrip().endswith(":"):
        return None
    lo = sentence_start(doc.text, prev.start, prev.end - 1, _SENTENCE_END)
    verb = re.search(rf"\b(?:{VERB})\b", doc.text[lo : prev.end])
    if verb is None:
        return _headed(doc, who, lo, prev.end)
    return Mentions.speaker(_subject(doc, who, lo, lo + verb.start()))


# What may open a digest's entry before its subject: an emoji, a date and a time ("📌 10.02,
# 14:30 "); and what follows the subject: a preposition and the topic ("о поездке … :").
_ENTRY_HEAD = re.compile(r"[^\wА-ЯЁа-яё«]*(?:\d[\d.,:]*\s*)*")
_ABOUT = re.compile(r"\s+(?:о|об|обо|на|в|во|про|после|перед|у)\s[^«»:.!?]*:\s*$")


def _headed(doc: Document, who: Mentions, lo: int, end: int) -> str | None:
    """A digest's entry headed by its speaker and the occasion, with no verb ("Песков о
    возможной поездке Путина в Китай: «…»", "Лавров на пресс-конференции в Москве:"), or a
    speaker's card ("Алексей Маслов, директор ИСАА МГУ:"): the one named first, right at
    the entry's start."""
    head = _ENTRY_HEAD.match(doc.text, lo, end)
    named = who.at(head.end()) if head is not None else None
    if named is None or _PAST_VERB.search(doc.text, named.span.end, end):
        return None  # "Лаврову на пресс-конференции задали вопрос:": asked, not speaking
    if not (
        _ABOUT.match(doc.text, named.span.end, end) or _CARD.match(doc.text, named.span.end, end)
    ):
        return None
    return Mentions.speaker(named)


# A verb in the past tense: the head is a sentence, not a speaker and an occasion.
_PAST_VERB = re.compile(r"(?<![А-Яа-яЁё])[а-яё]{2,}(?:ли|ла|ло|лся|лась|лись)(?![а-яё])")


# A speaker's card over their comment: "Алексей Маслов, директор ИСАА МГУ:" alone (the
# name and a role, then a colon), the comment in the paragraph after it.
_CARD = re.compile(r"(?:\s*,[^.!?«»:]{1,200})?\s*:\s*$")


# "прокомментировала слова Каи Каллас о том, что Китай «…»": the words are the one named
# after the noun's.
_WORDS_OF = re.compile(
    r"\b(?:слова|слов|словам|заявлени[еяю]|высказывани[еяю]|утверждени[еяю])\s+"
    r"(?P<who>[А-ЯЁ][^,.;:«»]{1,60}?)\s*(?:о том,?\s*что|,\s*что|:)[^«».!?]{0,200}$"
)


# "напомнил слова министра иностранных дел КНР Ван И о том, что безопасность «…»", "приводит
# слова официального представителя ведомства Линь Цзяня о том, что …": the words are those of
# the one named after the noun (a role in lower case may stand between).
_WORDS_OF_ROLE = re.compile(
    r"(?<![\w-])(?:слова|слов|словам|заявлени[еяю]|высказывани[еяю]|утверждени[еяю])\s+"
    r"(?:[а-яё-]+\s+|[А-ЯЁ]{2,}\s+){0,6}?(?P<who>[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё-]*){0,2})\s*"
    r"(?:\([^()]*\)\s*)?(?:о\s+том,?\s*что|,\s*что|:)[^«».!?]{0,200}$"
)


def _words_of_someone(doc: Document, who: Mentions, lo: int, hi: int) -> str | None:
    """The one named after "слова"/"заявление" whose words the sentence gives (see
    :data:`_WORDS_OF_ROLE`), when the words are not doubted by another named person's verb."""
    m = _WORDS_OF_ROLE.search(doc.text, lo, hi)
    if m is None:
        return None
    owner = who.first_in(m.start("who"), m.end("who") + 1)
    if owner is None or owner.ambiguous:
        return None
    if _MAY_BE_BEFORE.search(doc.text, m.end("who"), hi) or who.within(m.end("who") + 1, hi):
        return None  # "Отвечая на слова Блинкена о том, что …, Захарова заявила: «…»": hers
    return Mentions.speaker(owner)


def _words(doc: Document, s: QuoteSpan) -> list[str]:
    return doc.text[s.start : s.end].split()


def _as_said(doc: Document, who: Mentions, lo: int, hi: int) -> str | None:
    """ "По словам министра, порт «должен заработать круглый год»", "по мнению Кашина, …
    «…»": the one whose words the sentence gives, named or (a role) the one just named."""
    m = _AS_SAID.search(doc.text, lo, hi)
    if m is None or not m.group("n1"):
        return None
    if re.match(r"[Пп]о\s+выражению\s+(?:лица|глаз)", doc.text[m.start("n1") - 13 : m.end("n1")]):
        return None  # "По выражению лица Лаврова": the look on his face, no words
    # (the last name: "по словам пресс-секретаря Путина Дмитрия Пескова" is Peskov's; two
    # joined, "по словам Лаврова и Ван И", are nobody's one)
    if (
        re.search(r"(?<![\w-])и(?![\w-])", m.group("n1"))
        and len({n.person for n in who.within(m.start("n1"), m.end("n1") + 1)}) > 1
    ):
        return None
    named = who.last_in(m.start("n1"), m.end("n1") + 1)
    if named is not None:
        return Mentions.speaker(named)
    if _ROLE_GENITIVE.fullmatch(m.group("n1").strip()):
        return _the_one_before(doc, who, m.start())
    role = _ROLE_LEAD.fullmatch(m.group("n1"))
    if role is not None and re.match(r"[Кк]ак\s", doc.text[m.start() : m.start() + 4]):
        return _role_referent(doc, who, role, m.start())  # "Как отметил
        # китайский исследователь, «…»"
    return None


def _before_speaker(doc: Document, who: Mentions, lo: int, hi: int) -> str | None:
    """ "Лавров заявил: «…»", "как отметил Кашин, «…»", "по словам Габуева, «…»"."""
    # (a relative clause on its own, whose relative is no subject, blanked: "Янь Сюэтун,
    # которого у нас часто цитируют, как-то написал, что «…»")
    frame = _OBJECT_RELATIVE.sub(lambda m: " " * len(m.group()), doc.text[lo:hi])
    words_of = _WORDS_OF.search(frame)
    if words_of is not None and (
        _MAY_BE_BEFORE.search(frame, words_of.end("who"))
        or who.within(lo + words_of.end("who") + 1, hi)
    ):
        words_of = None  # "Комментируя слова Путина о том, что …, Песков добавил: «…»": his
    if words_of is not None:
        owner = who.first_in(lo + words_of.start("who"), lo + words_of.end("who"))
        if owner is not None:
            return Mentions.speaker(owner)
    quoting = _QUOTES_ANOTHER.search(frame)
    relative = _RELATIVE.search(frame, quoting.end() if quoting else 0)
    if (
        quoting is not None
        and relative is not None
        and not frame[quoting.end() : relative.start()].strip()
    ):
        # "Он привёл слова, которые Набиуллина произнесла на форуме: «…»": the one the
        # relative clause names says the words
        named = who.first_in(lo + relative.end(), hi)
        if (
            named is None
            or _UNNAMED_QUOTED.search(doc.text, lo + relative.end(), named.span.start)
            # (one who heard them from another: "которые Тимофеев услышал от Ван И")
            or {m.person for m in who.within(lo + relative.end(), hi)} != {named.person}
        ):
            return None
        return Mentions.speaker(named)
    if relative is not None:
        # the one named last before ", который" (an apposition may stand between: "Андрей
        # Денисов, бывший посол в Пекине, который …"), or nobody named
        last = who.last_in(lo, lo + relative.start())
        between = _blank_names(doc.text[last.span.end : lo + relative.start()]) if last else ""
        thing = _A_THING.search(between)
        if thing is not None and _DID.search(between, 0, thing.start()):
            # "сослался на доклад Пентагона, который назвал": the report's (but "Хилл из
            # Брукингского института, которая …" is hers: no verb between)
            return None
        return Mentions.speaker(last)
    if quoting is not None:
        # "Он привёл слова учителя: „…“": the one quoted (named after the verb), if anyone,
        # and not one whose source is quoted ("цитирует источник в аппарате Оверчука")
        named = who.first_in(lo + quoting.end(), hi)
        if named is None or _UNNAMED_QUOTED.search(doc.text, lo + quoting.end(), named.span.start):
            return None
        return Mentions.speaker(named)
    m = _AS_SAID.search(frame)
    if m is None and (
        _MAY_BE_BEFORE.search(frame[-60:]) or re.search("[Кк]ак|[Пп]о словам", frame)
    ):
        # (_BEFORE is slow where it fails; it needs a verb of saying near the frame's end, or
        # "как …"/"по словам …" before the name)
        m = (
            m
            or _BEFORE.search(frame)
            # ("в беседе с «Известиями» заметил": past a name in guillemets, when one is there)
            or (_BEFORE.search(_blank_names(frame)) if "«" in frame else None)
        )
    if m is None:
        return _framed_speaker(doc, who, lo, hi) or _headed(doc, who, lo, hi)
    group = "n1" if m.group("n1") else "n2"
    a, b = lo + m.start(group), lo + m.end(group)
    if re.search(r"\b(?:Он|Она|он|она|его|её|ее)\s*$", m.group(group)):
        return who.pronoun(b)
    late = re.search(
        r"(?<![\w-])(?:он|она)\s+(?:по-прежнему|всё ещё|все еще|[а-яё]{3,}о)\s*$", m.group(group)
    )
    if late is not None and not who.within(a, b):
        return who.pronoun(a + late.start())  # "Главной проблемой он по-прежнему считает"
    if group == "n2":  # the subject right before the verb
        opening = who.within(lo, a)[:1]
        if (
            a > lo
            and opening
            and not re.search(r"[.!?:;«»]", doc.text[lo:a])
            and _OPENS_WITH_NAME.fullmatch(doc.text, lo, opening[0].span.start)
            and doc.text.startswith(",", opening[0].span.end)
        ):
            # a long sentence the pattern's reach cut, which opens with a name and a comma
            # ("Лукьянов, дождавшись, пока Суслов закончит, и сославшись на …, возразил:"):
            # its subject (not "Когда Лукьянов закончил, …, аспирант спросил:")
            a = lo
        lead_in = _ACCORDING_TO.match(doc.text, a, b)
        if lead_in is not None:
            a = lead_in.end()  # "По словам Денисова, посол тогда сказал:": the ambassador
        subject = _subject(doc, who, a, b + 1)
        own = _OWN_SUBJECT.search(doc.text, subject.span.end, b) if subject is not None else None
        if own is not None:
            # "Караганов вспоминает, как китайский дипломат сказал ему: «…»": the clause's own
            # subject, when the text names him ("Шатров вспоминает, как весной Целиков
            # предупреждал: «…»"), else nobody
            inner = _subject(doc, who, own.end() - 1, b + 1)
            if (
                inner is None
                or inner.ambiguous
                or inner.person == subject.person  # type: ignore[union-attr]
                or (isinstance(who, _RuMentions) and who.oblique(inner))
            ):
                return None
            return inner.person
        if (
            subject is None
            and doc.text[a - 1 : a] == "»"
            and _AND_THEN.fullmatch(doc.text, a, lo + m.start("verb"))
        ):
            return _framed_speaker(doc, who, lo, hi)  # "… об «…» пустыми и заявила, что"
        if subject is None and lead_in is None:
            role = _ROLE_LEAD.fullmatch(doc.text, a, lo + m.start("verb"))
            if role is not None:  # "Учёный подчеркнул: «…»", "Дипломат также заявил: «…»"
                return _role_referent(doc, who, role, a)
        return Mentions.speaker(subject)
    named = who.first_in(a, b + 1)
    role = _ROLE_LEAD.fullmatch(m.group(group)) if named is None else None
    if role is not None and re.match(r"[Кк]ак\s", frame[m.start() : m.start() + 4]):
        return _role_referent(doc, who, role, a)  # "Как отметил китайский
        # исследователь, «…»"
    return Mentions.speaker(named)


# A noun for words or speeches anywhere in a sentence.
_WORDS_NOUN_ANY = re.compile(
    r"(?<![\w-])(?:слов\w*|фраз\w*|выражени\w*|реч[ьиейя]\w*|цитат\w*|заявлени\w*|"
    r"формулировк\w*|реплик\w*|высказывани\w*)(?![\w-])"
)


# Before a name that opens its sentence: a title or a role at most ("Профессор", "Глава МИД").
_OPENS_WITH_NAME = re.compile(
    r"\s*(?!(?:Когда|Пока|После|Если|Хотя|Как|Чтобы|Поскольку|Пусть)\s)"
    r"(?:[А-ЯЁ][а-яё-]*\s+)?(?:[а-яё-]+\s+){0,3}"
)


# ", как китайский дипломат", ", будто один коллега": a clause after the name with a subject
# of its own, whose verb is the one before the quote; not он/она (who may be the one named)
# nor a preposition or an adverb (", как в разговоре с автором заметил"). Not "что" or
# "когда": "Лавров, отметив, что переговоры были трудными, подчеркнул" is still Lavrov's.
_OWN_SUBJECT = re.compile(
    r",\s*(?:как|будто)\s+"
    r"(?!(?:он|она|они|в|во|на|с|со|по|после|перед|у|к|о|об|при|за|из|от|ещ[её]|уже|тогда|"
    r"однажды|давно|недавно|также|тоже|не|лично|прямо|публично|открыто|"
    # (", как и в прошлые годы,", ", как обычно,", ", как всегда,": how, not who)
    r"и|обычно|всегда|правило|водится|прежде|раньше|часто|нередко|известно)\b)"
    # (not an aside closed by a comma: "Ли Хуэй, как напоминает автор, позднее сказал")
    rf"(?!(?:{VERB})\s+[^,.!?:;«»]{{1,40}},)[а-яё]"
)
# "О Ерохине", "Об Алексее Маслове": the one spoken of.
_SPOKEN_OF = re.compile(r"(?i:(?<![\w-])(?:о|об|обо|про)\s+)(?:[А-ЯЁ][а-яё]+\s+)?$")
# "цитирует источник в аппарате …": a source of the one named, not them.
# "По словам Денисова, …", "По мнению Маслова, …" opening a sentence: who tells it, not the
# subject of the verb after it.
_ACCORDING_TO = re.compile(
    rf"\s*(?:[Пп]о\s+{_OPINION}|[Кк]ак\s+{VERB})\s+{_NAME_CHAR}{{2,80}}?,\s*"
)
_UNNAMED_QUOTED = re.compile(r"(?i:источник|собеседник|одн\w+ из|некое?го|знакомого)")
# ", который … сказал": the verb before the quote is the relative clause's; its speaker is
# the one named last before the comma ("министра Антона Силуанова, который …"), or nobody
# named ("слова своего учителя, который …").
_RELATIVE = re.compile(r",\s*котор(?:ый|ая|ое|ые)\b")
# A relative clause closed before the verb: ", который давно изучает Китай, назвал" (the
# verb is the main clause's).
_RELATIVE_CLOSED = re.compile(r"[^,«»]*,\s*(?!что\b)[а-яё]")
# A relative clause closed by a comma whose relative is not its subject: ", которого у нас
# часто цитируют,", ", с которой мы спорим,".
_OBJECT_RELATIVE = re.compile(
    r",\s*(?:(?:с|о|об|у|к|для|про)\s+)?котор(?:ого|ой|ому|ым|ыми|ых|ую|ом)\b[^,«»:.!?]{1,60},"
)
# ", заместитель которого …": a name in a relative clause of possession.
_WHOSE = re.compile(r"(?<![а-яё])котор(?:ого|ой|ых)\s+(?:[а-яё-]+\s+){0,3}$")


# Capitalised words right before a mention: the rest of the name it is the end of.
_GIVEN_WORDS = re.compile(r"(?:[А-ЯЁ][а-яё-]+\s+)+$")
# Prepositions: a name after one is not the subject ("Лавров по итогам встречи с Ван И").
_PREPOSITION_BEFORE = re.compile(
    r"(?:^|\s)(?:с|со|у|от|к|ко|для|о|об|обо|при|без|между|перед|после|против|кроме|над|под|"
    r"через|из|за|на|в|во|по|до|про|вместе с|вслед за)\s+$",
    re.IGNORECASE,
)


def _subject(doc: Document, who: Mentions, lo: int, hi: int) -> Mention | None:
    """The last person named in [lo, hi) who is not the object of a preposition, nor named
    inside a clause set off by commas before the verb ("Захарова, отвечая на вопрос о
    заявлении Рубио, сказала")."""
    named = who.within(lo, hi)
    for k in range(len(named) - 1, -1, -1):
        m = named[k]
        oblique = isinstance(who, _RuMentions) and who.oblique(m)
        if _after_preposition(doc, m, lo) or _inside_clause(doc, m, lo, hi, oblique):
            continue
        if (
            isinstance(who, _RuMentions)
            and who.oblique(m)
            and any(not who.oblique(n) for n in named[:k])
        ):
            continue  # "Сергей Иванов — однофамилец Игоря Сергеевича — сказал": not a subject
        if k and _IN_PREPOSITIONAL.search(doc.text, named[k - 1].span.end, m.span.start):
            continue  # "Песков на вопрос о сроках визита Си Цзиньпина ответил": the topic's
        return m
    return None


# A preposition and a few words in lower case before a name, after someone named before
# them: the name belongs to that phrase ("на вопрос о сроках визита Си Цзиньпина").
_IN_PREPOSITIONAL = re.compile(
    r"(?:^|\s)(?:о|об|обо|на|по|про|для|от|из|у|к|с|со|в|во|после|перед)\s+"
    r"(?:[а-яё-]+\s+){0,5}$"
)


def _inside_clause(doc: Document, m: Mention, lo: int, hi: int, oblique: bool = False) -> bool:
    """Whether ``m`` stands in ", <a clause opening with a small letter …>," before ``hi``
    (not a role in apposition before a name in the nominative: ", доцент Глеб Сомов,")."""
    head = doc.text[lo : m.span.start]
    comma = head.rfind(",")
    if comma < 0 or "," not in doc.text[m.span.end : hi]:
        return False
    if (
        not oblique
        and _APPOSED_BEFORE.fullmatch(head, comma + 1)
        and not re.search("[А-ЯЁ]", head[:comma][1:])
    ):
        return False  # "Её научный руководитель, доцент Глеб Сомов, …": the subject's role
    return re.match(r"\s*[а-яё]", head[comma + 1 :]) is not None


# A role before a name in apposition: " доцент ", " директор Института Дальнего Востока ".
_APPOSED_BEFORE = re.compile(
    rf"\s*(?:[а-яё]+(?:ий|ый|ой|ая|яя)\s+)?(?:{_ROLE_WORDS}|{_TRADE_WORDS})\s+"
    r"(?:[А-ЯЁ][\w-]*\s+|[а-яё]+(?:ого|его|ой|ей|ых|их|ии|а|и|ы)\s+){0,5}"
)


# "Ван И подчеркнул, что Китай и Россия «…»", "Захарова назвала публикации «…»": a quote later
# in a sentence whose subject said or called it so, with nobody else named after the verb.
_FRAME_VERB = re.compile(
    rf"(?<![\w-])(?P<verb>{VERB}|назвал\w*|называ\w+|охарактеризовал\w*|описыва\w*|описал\w*|"
    # ("что он давно именует «…»", "окрестил сделку «…»")
    r"имену\w+|именовал\w*|окрестил\w*|"
    r"выразил\w* (?:надежду|уверенность)|пообещал\w*|призвал\w*|заметивш\w*|отметивш\w*|"
    # ("расценил заявление как «…»", "предостерёг от «…»", "сравнил активы с «…»")
    r"расценил\w*|расценива\w*|квалифицировал\w*|предостер[её]г\w*|предостерега\w*|"
    r"сравнил\w*|сравнива\w*|"
    # ("советует относиться … «…»", "не исключил, что … «…»", "призывает «…»", "видит в
    # этом «…»", "оценила встречу как «…»")
    r"советует|советовал\w*|рекомендует|рекомендовал\w*|не\s+исключ\w+|призыва\w+|"
    r"видит\s+в\s+(?:этом|том|н[её]м|ней|них|происходящем|[а-яё]+(?:\s+[а-яё]+)?)|"
    # ("определяет как «…»")
    r"определя\w+(?=[^«».!?]{0,80}?\sкак\s*$)|определил\w*(?=[^«».!?]{0,80}?\sкак\s*$)|"
    r"оцени\w*(?=[^«».!?]{0,80}?\sкак\s*$)|"
    # ("характеризует отношения как «…»", "рассматривает сделку как «…»", "трактует как")
    # (one subject's: not "характеризуют", "рассматривают", said of no one named)
    r"(?:характеризу(?:ет|ю)|характеризовала?)(?![\w-])|"
    r"(?:(?:рассматрива|тракту|воспринима|интерпретиру)ет|(?:рассмотрел|трактовал|воспринял|"
    r"интерпретировал)а?)(?![\w-])(?=[^«».!?]{0,80}?\sкак\s*$)|"
    # ("предпочитает термин «…»", "использует выражение «…»")
    r"(?:предпочита|использу|употребля)\w*\s+(?:термин|выражение|формулу|слово|определение)\s*$|"
    r"ограничил\w* (?:словами|заявлением)|подч[её]ркивал\w*|заявлял\w*|отмечал\w*|повторял\w*|"
    # ("Ли Цян, назвавший энергетику «…»", "назвав решение «…»")
    r"назвавш\w*|назвав(?![\w-])|"
    r"подчеркнувш\w*|напомнивш\w*|предупредивш\w*|считающ\w*|полагающ\w*|"
    # ("ввёл термин «…»", "любит говорить об «…»")
    r"(?:в?в[её]л\w*|ввести)\s+(?:в\s+оборот|термин|понятие)|предложил\w*\s+(?:ввести\s+)?термин|"
    r"говорить|"
    # ("предположил, что «…»", "подтвердил, что … «…»", "отвечал Миршаймеру, что «…»",
    # "он ответил, что «…»",
    # "лишь заметив, что …", "сославшись на то, что «…»")
    # (with a that-clause or a colon: not "подтвердил репутацию", "отвечал за стройку",
    # "заметив плакат")
    r"(?:предположил\w*|подтвердил\w*|(?:отвечал|ответил)\w*(?:\s+[А-ЯЁа-яё]+[уюеи])?|заметив"
    r"|сослал\w*\s+на\s+то|сославшись\s+на\s+то)(?=,?\s*(?:что|:)))(?![\w-])"
)


# "Ли Цян говорил о «новых точках роста»": a verb of speaking with "о" right after it takes
# the words as the subject's own (a noun between, "назвала статьи о «…»", makes a topic).
_SPOKE_OF = re.compile(
    r"(?:говори|говорил|рассуждал|рассуждает|заявлял|писал|пишет|предупреди\w*|говорить)"
)


# "предостерёг от «…»", "сравнил санкционные активы с «…»": the preposition the verb
# governs, so the words after it are the subject's own
_WARNED_OF = re.compile(
    r"(?:предостер[её]г\w*|предостерега\w*)\s+от\s+|(?:сравнил\w*|сравнива\w*)\s+[^«»]{0,60}?\s+(?:с|со)\s+"
    # ("призвал две страны к «танцу дракона и слона»")
    r"|призвал\w*\s+(?:[^«»]{0,60}?\s+)?к\s+"
)


# Words in guillemets after a preposition: what is spoken about ("о «военном союзе»").
_TOPIC = re.compile(r"\b(?:о|об|про)\s+«[^«»]{1,80}»")


# The name of an idea right before the quote: "идея «треугольника»", "формула «…»".
_IDEA_OF = re.compile(
    r"\b(?:иде[яиюе]|концепци\w+|формул\w+|принцип\w*|доктрин\w+|лозунг\w*|термин\w*|"
    r"поняти[еяю]|тезис\w*)\s+$"
)


# A clause of its own between a name and the verb: ", и МИД КНР …", ", а один из его
# помощников …".
_OWN_CLAUSE = re.compile(r",\s*(?:и|а|но|однако|тогда как)\s+(?!(?:он|она)\b)\S")


# The name of a newspaper, a journal or a programme after the word for it.
_MEDIA_NAME = re.compile(
    r"((?<![а-яё])(?:газет|журнал|издани|эфир|агентств|телеканал|радио|программ|передач|"
    r"канал|сайт|портал|колонк)[а-яё]{0,3}\s+"
    # ("в разговоре с «Контекстом»", "для «Известий»": a paper spoken to)
    r"|(?<![\w-])(?:разговоре|беседе|интервью)\s+(?:с|со|для)?\s*|(?<![\w-])для\s+)(«[^«»]{1,40}»)"
)


# Short words in guillemets listed and then defined after a dash ("«левые», «правые» и
# «центристы» — категории …"), or after a word for words ("понятия «…» и «…»"): words
# spoken of, not said ("как «конструктивную» и «содержательную»" are someone's own).
_ITEM = r"«[^«»]{1,30}»"
_WORDS_AS_WORDS = re.compile(rf"(?:{_ITEM}\s*,\s*)*{_ITEM}\s+(?:и|или)\s+{_ITEM}\s*[—–]")
# Two one-word labels joined by "и"/"или" ("«ястребы» или «голуби» есть везде"), unless
# "как" makes them someone's epithets.
_PAIR_OF_WORDS = re.compile(r"«[^\s«»]+»\s+(?:и|или)\s+«[^\s«»]+»")
_WORDS_NAMED = re.compile(
    r"(?<![а-яё])(?:слов|поняти|термин|категори|определени|ярлык|формулировк)[а-яё]*\s+"
    rf"(?:{_ITEM}\s*,\s*)*$"
)


# The rest of an object after words in guillemets, then "и" and the next verb: "пустыми и ".
_AND_THEN = re.compile(r"\s*(?:[а-яё]+\s+){0,3}и\s+(?:[а-яё]{3,}о\s+)?")
# "он"/"она" right before the verb (an adverb between), after an opening phrase.
# The opening phrase is one of circumstance with no comma ("В своём блоге он пишет") or a
# gerund's clause ("Отвечая на вопрос о …, он сказал", "На вопрос, подпишут ли …, он
# ответил"); not a clause of its own ("Китай …,
# где он назвал себя": the country).
_PRONOUN_BEFORE_VERB = re.compile(
    r"^\s*(?:[А-ЯЁ][а-яё]*\s+[^,.!?:;«»]{0,60}?\s+"
    r"|(?:(?!Хотя|Пока|Когда)[А-ЯЁ][а-яё]+(?:я|в|вшись)|На\s+вопрос\w*)[\s,]+"
    r"[^.!?:;«»]{0,100}?,\s*"
    # ("Хотя переговоры затянулись, он …": a clause of its own with no name or country in it)
    r"|(?:Хотя|Пока|Когда)\s+[^.!?:;«»А-ЯЁA-Z]{0,100}?,\s*)"
    r"(?P<p>он|она)\s+(?:(?:[а-яё]+о|уже|тогда|лишь|только|же|также|и)\s+)?$"
)


def _framed_speaker(doc: Document, who: Mentions, lo: int, hi: int) -> str | None:
    """The subject of the last verb of saying before a quote in its sentence, with nobody
    named after the verb: "Ван И подчеркнул, что Китай и Россия «…»", "Ему возразил
    директор … Алексей Маслов, заметивший, что …: «…»"."""
    frame = doc.text[lo:hi]
    verbs = list(_FRAME_VERB.finditer(frame))
    if not verbs:
        return None
    listed = re.search(rf"(?:{_ITEM}\s*,\s*)*(?:{_ITEM}\s*(?:,|и|или)\s*)$", frame)
    first = hi - (len(listed.group()) if listed else 0)
    a_list = bool(listed) or re.match(rf"{_ITEM}\s*(?:,|и|или)\s*«", doc.text[hi : hi + 80])
    if (
        _WORDS_AS_WORDS.match(doc.text, first)
        or (a_list and _WORDS_NAMED.search(frame[: first - lo]))
        or (
            _PAIR_OF_WORDS.match(doc.text, first)
            and not re.search(r"(?<![а-яё])как\s+$", frame[: first - lo])
        )
    ):
        return None  # "«младший» и «старший» — категории …": words named as words
    verb = verbs[-1]
    tail, head = frame[verb.end() :], frame[: verb.start()]
    if verb.group("verb").endswith("ли"):
        return None  # "В пресс-службе … охарактеризовали как «…»": they, nobody named
    topics = _TOPIC.sub("", tail)  # "назвала статьи о «военном союзе» …": a topic between
    # (a name in an oblique case after the verb is part of its object: "расценил заявление
    # Каи Каллас как «…»", "назвал визит Владимира Путина «…»"; not a second speaker)
    after = [
        m
        for m in who.within(lo + verb.end(), hi)
        if not (isinstance(who, _RuMentions) and who.oblique(m))
        or re.search(r"(?:^|\s)(?:с|со|к|от|у)\s+$", doc.text[lo + verb.end() : m.span.start])
    ]
    if len(tail) > 200 or re.search("[«»]", topics) or after:
        return None
    spoke_of = (
        _SPOKE_OF.match(verb.group("verb")) and re.fullmatch(r"\s+(?:о|об)\s+", tail)
    ) or _WARNED_OF.fullmatch(verb.group("verb") + tail)
    if not spoke_of and re.search(
        r"(?:так называем\w+|\b(?:о|об|про|на|в|с|со|от|к|за|над))\s+$", tail
    ):
        return None  # "так называемой «…»", "о «военном союзе»": a topic, not their words
    # (a newspaper's or a programme's name in guillemets before the verb is no sentence's end:
    # "Чжао Хуашэн в интервью газете «Жэньминь жибао» охарактеризовал …")
    start = (
        max(
            _MEDIA_NAME.sub(lambda m: m.group(1) + " " * len(m.group(2)), head).rfind(c)
            for c in "«».!?"
        )
        + 1
    )
    lead = head[start:]
    if (
        start > 0
        and head[start - 1] == "»"
        and _AND_THEN.fullmatch(lead)
        and (opened := head.rfind("«", 0, start)) > 0
    ):
        # "Захарова назвала рассуждения об «…» пустыми и заявила, что оценки «…»": the verb
        # after "и" has the subject of the sentence, when a verb of saying follows it
        sentence = max(head.rfind(c, 0, opened) for c in ".!?") + 1
        # (the clause's own subject: "Лавров прилетел, а китайский министр назвал …")
        for clause in re.finditer(r"(?:,\s*(?:а|тогда как)|;)\s", head[:opened]):
            sentence = max(sentence, clause.end())
        subject = _subject(doc, who, lo + sentence, lo + opened)
        if (
            subject is None
            or subject.ambiguous
            or (isinstance(who, _RuMentions) and who.oblique(subject))
            or not _FRAME_VERB.search(doc.text, subject.span.end, lo + opened)
            or any(m.person != subject.person for m in who.within(subject.span.end, hi))
        ):
            return None
        return subject.person
    if re.match(r"\s*(?:Он|Она)\b", lead) and not who.first_in(lo + start, lo + len(head)):
        return who.pronoun(lo + start + len(lead) - len(lead.lstrip()))
    late = _PRONOUN_BEFORE_VERB.match(lead)
    if late is not None and not who.first_in(lo + start, lo + len(head)):
        # "На вопрос о контракте он ответил, что «…»": an opening phrase, then "он" and the
        # verb, nobody named in the sentence: the one "он" is
        return who.pronoun(lo + start + late.start("p"))
    relative = list(_RELATIVE.finditer(doc.text, lo + start, lo + verb.start()))
    if relative and not _RELATIVE_CLOSED.match(doc.text, relative[-1].end(), lo + verb.end()):
        # "Тимофеев спорил с Кашиным, который в интервью назвал …": the verb is the relative
        # clause's, its subject the one named last before ", который", whatever his case (not
        # a topic: "который писал о «сопряжении»"); or one named inside the clause ("заявление,
        # которое Блинкен назвал …"); nobody when that is a thing ("доклад Пентагона, который")
        if re.search(r"(?<![\w-])(?:о|об|про)\s+$", tail):
            return None
        inside = [
            m
            for m in who.within(relative[-1].end(), lo + verb.start())
            if not (isinstance(who, _RuMentions) and who.oblique(m))
            and not _after_preposition(doc, m, relative[-1].end())
        ]
        if inside:  # (not one met in it: "который в споре с Масловым назвал")
            if len({m.person for m in inside}) != 1 or inside[0].ambiguous:
                return None
            return inside[0].person
        antecedent = who.last_in(lo + start, relative[-1].start())
        if (
            antecedent is None
            or not re.fullmatch(r"[^,]{0,40}", doc.text[antecedent.span.end : relative[-1].start()])
            or _A_THING.search(doc.text, antecedent.span.end, relative[-1].start())
        ):
            return None
        return Mentions.speaker(antecedent)
    subject = _subject(doc, who, lo + start, lo + verb.start() + 1)
    if subject is not None and _OWN_SUBJECT.search(doc.text, subject.span.end, lo + verb.start()):
        # "Караганов вспоминает, как один китайский дипломат назвал это «…»": the clause's
        # own subject, not the one who recalls it (that one only when named)
        inner = _subject(doc, who, subject.span.end, lo + verb.start() + 1)
        if inner is None or inner.person == subject.person or inner.ambiguous:
            return None
        subject = inner
    if (
        subject is not None
        and _a_label(doc, subject)
        and not re.search(
            r"(?<![\w-])(?i:я|мы)(?![\w-])", doc.text[subject.span.end : lo + verb.start()]
        )
    ):
        # "ОСИПОВ: Правительство Индии называет пошлины «…»": one speaking under a label
        # says "я"; a verb in the third person after it has a subject of its own
        return None
    if subject is not None and _OWN_CLAUSE.search(doc.text, subject.span.end, lo + verb.start()):
        return None  # "Лавров прилетел в Пекин, и МИД КНР подтвердил, что …": another subject
    after_colon = (
        _ROLE_AFTER_COLON.search(doc.text, subject.span.end, lo + verb.start())
        if subject is not None
        else None
    )
    others = (
        {m.person for m in who.within(subject.span.end, after_colon.start())} - {subject.person}
        if after_colon is not None
        else set()
    )
    if after_colon is not None and (
        others or _WITH_SOMEONE.search(doc.text, subject.span.end, after_colon.start())
    ):
        # "Кортунов сходится с Лукьяновым: главный редактор … назвал", "Кортунов цитирует
        # Фёдора Лукьянова: главный редактор …": the role is of the one spoken of before the
        # colon (when the text calls them so), unless the text calls the subject so
        role = lemma(after_colon.group("role").casefold())
        kinds = _ROLE_KINDS.get(role, frozenset({role}))
        if not _called(doc, who, subject.person, kinds):
            holders = [p for p in others if _called(doc, who, p, kinds)]
            return holders[0] if len(holders) == 1 else None
    if (
        subject is not None
        and isinstance(who, _RuMentions)
        and who.oblique(subject)
        and re.match(r"(?:заметив|сославшись)", verb.group("verb"))
    ):
        return None  # "Кремль … слова Лаврова, сославшись на то, что …": not his
    if (
        subject is not None
        and isinstance(who, _RuMentions)
        and who.oblique(subject)
        and re.search(r"[а-яё]\s+$", doc.text[lo + start : subject.span.start])
        and re.fullmatch(r"\s+(?:[а-яё]+\s+){0,2}", doc.text[subject.span.end : lo + verb.start()])
    ):
        return None  # "Пресс-служба Сергея Лаврова оценила …": his office, not him
    pron = re.search(r"(?<![\w-])(?:он|она)(?![\w-])", lead)
    if (
        subject is not None
        and pron is not None
        and subject.span.end <= lo + start + pron.start()
        and isinstance(who, _RuMentions)
        and who.oblique(subject)
    ):
        return who.pronoun(lo + start + pron.start())  # "Ерохина он … называет его «…»"
    # (the role before the first verb: "Министр напомнил, что …, и отметил, что «…»")
    first_verb = _FRAME_VERB.search(lead)
    role_lead = (
        _ROLE_LEAD.fullmatch(lead, 0, first_verb.start() if first_verb else len(lead))
        if subject is None
        else None
    )
    if subject is None and (_ROLE_SUBJECT.match(lead) or role_lead):
        # "Китайский министр также выразил надежду, что …": the one person just named (of
        # several, the one the text gave that role), when the text gave them that role
        # ("Президент сформулировал" is not Лихачев, глава «Росатома»)
        person = (
            _role_referent(doc, who, role_lead, lo + start)
            if role_lead
            else _the_one_before(doc, who, lo + start)
        )
        role = _HEAD_OF.search(lead)  # a title only one holds; "дипломат" fits many
        if person is not None and role is not None and not _given_role(doc, who, person, role):
            return None
        return person
    return Mentions.speaker(subject)


# Someone spoken of with a preposition, a capitalised word in an oblique case: "сходится с
# Лукьяновым", "возражает вслед за Денисовым" (not "из Жэньминьского университета").
_WITH_SOMEONE = re.compile(
    r"(?<![\w-])(?:с|со|к|у|от|против|за)\s+[А-ЯЁ][а-яё]+(?:ым|ом|ем|ём|им|ой|ей|ёй|у|ю|а|я)\b"
)
# A clause after a colon or a semicolon with a role as its own subject: ": главный редактор".
_ROLE_AFTER_COLON = re.compile(
    rf"[:;]\s*(?:[а-яё]+(?:ий|ый|ой|ая|яя)\s+)?(?P<role>{_ROLE_WORDS})\b"
)


_HEAD_OF = re.compile(r"(?i:президент|премьер|канцлер|генсек|король|королев)")


def _given_role(doc: Document, who: Mentions, person: str, role: re.Match[str]) -> bool:
    """Whether the text calls ``person`` by the role word ``role`` (its stem) near a mention."""
    stem = role.group().casefold()[:5]
    for m in who.everywhere:
        para = doc.paragraph_at(m.span.start)
        if m.person != person or para is None:
            continue
        # the words right before the name in its sentence, and its apposition after
        lo = sentence_start(doc.text, para.start, m.span.start + 1, _SENTENCE_END)
        end = re.search(r"[.!?]", doc.text[m.span.end : para.end])
        hi = m.span.end + (end.start() if end else para.end - m.span.end)
        if stem in doc.text[max(lo, m.span.start - 60) : min(hi, m.span.end + 80)].casefold():
            return True
    return False


# A role as a sentence's subject: "Китайский министр также", "Дипломат", "Глава МИД".
_ROLE_SUBJECT = re.compile(
    rf"\s*(?:[А-ЯЁ][а-яё]+(?:ий|ый|ой)\s+)?(?i:{_ROLE_WORDS})(?:\s+[А-ЯЁ]{{2,}})?"
    r"(?:\s+(?:также|тоже|же|затем|потом|ещё|еще|вновь|снова))?\s*$"
)


# The words a role set off by commas holds: "директор …", "профессор …", "главный редактор".
_ROLE_STEMS = (
    r"(?:директор|профессор|эксперт|политолог|аналитик|сотрудник|министр|руководител|глав|"
    r"председател|представител|посол|научн|редактор|декан|ректор)"
)
_APPOSITION = rf"(?:[^,:;.«»]{{0,80}}?{_ROLE_STEMS}\w*[^,:;.]{{0,80}}?,\s*)?"
# a character of an apposition: no stop, no name of two capitalised words (the subject's
# own: "…Центральной Азии, профессор Фуданьского университета Чжао Хуашэн, предупреждал")
_NOT_A_STOP = r"(?:(?![А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+)[^,:;.!?«»\n]|«[^«»\n]{0,60}»)"
_ROLE_APPOSITION = rf"{_NOT_A_STOP}{{0,80}}?{_ROLE_STEMS}\w*{_NOT_A_STOP}{{0,80}}?,"
# A word between a subject and its verb: lower case (not a pronoun, which is a subject of its
# own, nor a negation: "Песков не говорил, что" reports nothing) or an abbreviation ("в
# интервью местным СМИ").
_LOWER = (
    r"(?:не раз|(?!(?:он|она|они|не|ни|никогда|нигде|отнюдь)\b)[а-яё0-9]+(?:-[а-яё]+)?|[А-ЯЁ]{2,})"
)
# (the pattern twice: without a role in apposition, and with one that may hold guillemets,
# tried only on the paragraphs that have a role after a comma before a verb of saying — the
# apposition costs much per position)
_REPORTED_PATTERN = (
    r"(?:(?:[Пп]о (?:словам|мнению|оценке)|(?<!\w\s)(?<!\w)[Нн]а взгляд|[Сс] точки зрения|"
    rf"[Кк]ак (?:{REPORT_VERBS}))\s+"
    rf"(?P<n1>{_NAME_CHAR}{{2,200}}?),\s*{_APPOSITION}"
    r"|(?:[Пп]о|[Сс]|(?<!\w\s)(?<!\w)[Нн]а)\s+(?P<n3>его|её|ее)\s+"
    r"(?:словам|мнению|оценке|данным|точки зрения|взгляд),\s*"
    rf"|(?P<n2>(?:{WORD}\s+){{0,2}}{WORD}|[Оо]н|[Оо]на)"
    r"(?:\s*\([^()\n]{1,40}\))?,?"  # "Фэн Шаолэй (冯绍雷) считает"
    "{apposed}"
    # "Маслов, напротив, полагает, что": a word set off by commas after the subject
    r"(?:\s+(?:напротив|в свою очередь|впрочем|однако|со своей стороны|в частности),)?"
    # "Моргулов ранее говорил, что", "Бабаев в своих работах подчеркивает, что", "Новак
    # сообщил журналистам, что": a few words of time, place or manner around the verb
    # "на брифинге в Москве", "из Института Китая и современной Азии РАН"
    r"(?:\s+(?:в|во|на|по|после|из)\s+[^,:;.«»\n]{1,50}?)?"
    rf"(?:\s+{_LOWER}){{0,6}}?\s+(?:{REPORT_VERBS})(?:\s+{_LOWER}){{0,5}}?,?\s+(?:что|:)\s+)"
    r"(?P<clause>(?!\s*«)(?=[^\n]{8})(?:[^«»\n.!?]|«[^«»\n]{0,120}»){2,400}[.!?]?)"
)
_REPORTED = re.compile(_REPORTED_PATTERN.replace("{apposed}", ""))
# "Фёдор Лукьянов, главный редактор журнала «Россия в глобальной политике», писал, что": a
# role set off by commas, a name in guillemets in it
_REPORTED_APPOSED = re.compile(
    _REPORTED_PATTERN.replace("{apposed}", rf"(?:\s*{_ROLE_APPOSITION})?")
)


# "по словам министра", "по мнению дипломата": a role instead of a name.
_ROLE_GENITIVE = re.compile(
    r"(?:(?!(?:одного|другого|иного|некоего|ещё одного|еще одного)\b)[а-яё]+(?:ого|его)\s+)?"
    r"(?:министра|посла|дипломата|эксперта|политолога|аналитика|главы\s+\w+|председателя|"
    r"президента|премьера|представителя|пресс-секретаря|спикера|директора|профессора|собеседника)"
)


# "по словам источника", "по мнению многих участников", "по оценке экспертов клуба": an
# unnamed source or group.
_UNNAMED_GENITIVE = re.compile(
    r"(?i:(?:[а-яё]+(?:ого|его|ой|их|ых)\s+)?(?:источника|собеседника|одного из|одной из|"
    r"участников|экспертов|аналитиков|организаторов)(?:\s+[^\s,]+){0,3})"
)


def _the_one_before(doc: Document, who: Mentions, at: int) -> str | None:
    """The one person named in the paragraph of ``at`` before it (or, when nobody is, in the
    paragraph before): nobody when two are."""
    para = doc.paragraph_at(at)
    if para is None:
        return None
    named = {m.person for m in who.within(para.start, at)}
    if not named and para.index > 0:
        named = {m.person for m in who.within(doc.paragraphs[para.index - 1].start, at)}
    if len(named) != 1 or any(m.ambiguous for m in who.within(para.start, at)):
        return None
    return named.pop()


# A role as the subject of a sentence, the person it refers to named before: "Китайский
# посол, в свою очередь,", "Отвечая на вопрос корреспондента ТАСС, дипломат", "Глава МИД
# КНР", "Пресс-секретарь президента", "Казахстанский президент позже", "Учёный".
_ROLE_LEAD = re.compile(
    r"\s*(?:(?:Отвечая|Комментируя|Выступая|Говоря)\s[^,.!?«»]{0,80},\s*)?"
    r"(?:(?P<adj>[А-ЯЁа-яё][а-яё]+(?:ий|ый|ой|ая|яя))\s+)?(?P<role>(?i:"
    + _ROLE_WORDS
    + r"))(?:\s+(?:[А-ЯЁ]{2,}|[а-яё]+(?:а|я|ого|его)(?=\s|,|$)))*"
    r"(?:\s*,\s*в\s+свою\s+очередь\s*,)?"
    r"(?:\s+(?:также|тоже|же|затем|потом|ещё|еще|вновь|снова|позже|позднее|иронично|коротко|"
    r"сухо|лишь|только|сразу))*\s*$"
)


def _role_referent(doc: Document, who: Mentions, lead: re.Match[str], at: int) -> str | None:
    """Who a role as a subject at ``at`` ("Посол", "Китайский учёный") refers to: the one
    person named in its paragraph before it (or, when the text gives nobody there that role,
    in the paragraph before) whom the text calls by that role or one of its kind
    ("встретился с послом КНР Чжан Ханьхуэем", "Министр иностранных дел … Лавров" for
    "дипломат"), of the nationality an adjective gives ("Российский министр"); nobody when
    two fit, when none does, or when someone unnamed of that role was met since ("Один
    дипломат потом подошёл")."""
    para = doc.paragraph_at(at)
    if para is None:
        return None
    role = lemma(lead.group("role").casefold())
    kinds = _ROLE_KINDS.get(role, frozenset({role}))
    adjective = (lead.group("adj") or "").casefold()
    another = _ANOTHER_WORD.fullmatch(adjective)
    if another is not None and not _ordinal_before(doc, who, another.group("ordinal"), at):
        return None  # "Другой эксперт возразил": not the one named before
    # (the paragraph before only when this one names nobody before it)
    lo = para.start
    mentions = who.within(lo, at)
    if not mentions and para.index > 0:
        lo = doc.paragraphs[para.index - 1].start
        mentions = who.within(lo, para.start)
    if any(m.ambiguous for m in mentions):
        return None
    fit = {
        m.person
        for m in mentions
        if _called(doc, who, m.person, kinds) and _of_nationality(who, m.person, adjective)
    }
    if len(fit) != 1:
        return None
    person = fit.pop()
    last = [m for m in mentions if m.person == person][-1]
    end = _SENTENCE_END.search(doc.text, last.span.end, at)  # (past their apposition)
    if end is not None and _unnamed_of(doc, who, kinds, end.end(), at):
        return None
    return person


# Roles and the roles that make someone one of them ("дипломат" of an ambassador).
_SCHOLARS = frozenset(
    [
        "эксперт",
        "аналитик",
        "политолог",
        "исследователь",
        "учёный",
        "ученый",
        "профессор",
        "китаевед",
        "востоковед",
        "академик",
        "доцент",
        "синолог",
        "экономист",
        "историк",
        "сотрудник",
        "заведующий",
    ]
)
_ROLE_KINDS = {
    "дипломат": frozenset({"дипломат", "посол", "замминистра", "представитель"}),
    "министр": frozenset({"министр", "глава", "замминистра"}),
    "глава": frozenset({"глава", "министр", "руководитель", "председатель", "директор"}),
    "представитель": frozenset({"представитель", "пресс-секретарь"}),
    "пресс-секретарь": frozenset({"представитель", "пресс-секретарь"}),
    **{w: _SCHOLARS for w in _SCHOLARS},
}


def _nation_of_origin(after_role: str) -> str:
    """The nationality a place after a role gives ("экономист из Китая", "эксперт из
    Вашингтона"), as the adjective :func:`_of_nationality` reads: "китайский",
    "российский", "американский" for any other country the table knows; "" for none."""
    m = _FROM_PLACE.match(after_role)
    if m is None:
        return ""
    place = m.group(1)
    if place in _CHINESE_PLACES:
        return "китайский"
    if place in _RUSSIAN_PLACES:
        return "российский"
    return "американский" if place in _OTHER_PLACES else ""


_FROM_PLACE = re.compile(r"\s+из\s+([А-ЯЁ][А-ЯЁа-яё-]+)")
_CHINESE_PLACES = frozenset({"Китая", "КНР", "Пекина", "Шанхая", "Гуанчжоу", "Шэньчжэня"})
_RUSSIAN_PLACES = frozenset({"России", "РФ", "Москвы", "Петербурга", "Санкт-Петербурга"})
_OTHER_PLACES = frozenset(
    {
        "США", "Америки", "Вашингтона", "Нью-Йорка", "Японии", "Токио", "Индии", "Дели",
        "Германии", "Берлина", "Франции", "Парижа", "Великобритании", "Британии", "Лондона",
        "Кореи", "Сеула", "Турции", "Анкары", "Европы", "Брюсселя",
    }
)  # fmt: skip
# (not the countries of the former Soviet Union: many there have Russian names, which the
# check reads as Russian)


def _of_nationality(who: Mentions, person: str, adjective: str) -> bool:
    """Whether ``person`` may be of the nationality ``adjective`` gives ("китайский": a
    Chinese name; "российский": not one); any person when there is none."""
    other = adjective.startswith(_OTHER_NATIONS)
    if not adjective.startswith(("китайск", "российск")) and not other:
        return True
    found = who.person(person) if isinstance(who, _RuMentions) else None
    native = found.native_name if found is not None else ""
    chinese = chinese_name(tuple(native.split())) is not None if native else False
    if not chinese:  # "Китайский экономист Энди Се": the text says so before a mention
        chinese = any(
            _CALLED_CHINESE.search(who.doc.text, max(0, m.span.start - 60), m.span.start)
            for m in who.everywhere
            if m.person == person
        )
    if other:  # "Американский представитель": not one with a Chinese or a Russian name,
        # nor one the text calls Russia's ("Постоянный представитель России Василий Небензя")
        russian = russian_sex(native) or any(
            _OF_RUSSIA.search(who.doc.text, max(0, m.span.start - 60), m.span.start)
            for m in who.everywhere
            if m.person == person
        )
        return not chinese and not russian
    return chinese == adjective.startswith("китайск")


_CALLED_CHINESE = re.compile(
    # "Китайский (независимый) экономист (профессор)", "китайского экономиста", or one role
    # in the nominative "из Китая" ("Экономист из Китая"; not "с экспертами из Китая")
    rf"(?:(?<![\w-])китайск(?:ий|ая|ого|ой|ому|им)(?:\s+[а-яё]+(?:ый|ий|ой|ая|ого|ей))?"
    rf"\s+(?:{_ROLE_WORDS}|{_TRADE_WORDS})\w*(?:\s+(?:{_ROLE_WORDS}|{_TRADE_WORDS}))?"
    rf"|(?<![\w-])(?:{_ROLE_WORDS}|{_TRADE_WORDS})(?:ница)?\s+из\s+(?-i:Китая|КНР|Пекина|Шанхая))"
    # (a mention may be the surname alone, its given name before it)
    r"(?:\s+(?-i:[А-ЯЁ])[\w-]*)?\s+$",
    re.IGNORECASE,
)
_OF_RUSSIA = re.compile(r"(?<!в\s)(?<!во\s)России|российск\w*|Кремл\w*|\bРФ\b")
_OTHER_NATIONS = (
    "американск", "британск", "французск", "немецк", "украинск", "японск", "индийск",
    "корейск", "турецк", "казахстанск", "узбекск", "киргизск", "монгольск", "европейск",
)  # fmt: skip


def _unnamed_of(doc: Document, who: Mentions, kinds: frozenset[str], lo: int, hi: int) -> bool:
    """Whether someone of one of ``kinds`` the text does not name is met in [lo, hi): the
    word not followed by a name ("встретился с послом США. Посол заявил")."""
    for w in re.finditer(r"[А-ЯЁа-яё-]+", doc.text[lo:hi]):
        if lemma(w.group().casefold()) in kinds:
            after = who.within(lo + w.end(), min(hi, lo + w.end() + 40))
            if not after and hi - (lo + w.end()) > 3:
                return True
    return False


def _called(
    doc: Document, who: Mentions, person: str, kinds: frozenset[str], reach: int = 8
) -> bool:
    """Whether the text calls ``person`` by one of the role words ``kinds`` (dictionary
    forms) right before a mention (the ``reach`` words before it in its sentence, after anyone
    else named) or in an apposition after it ("Министр иностранных дел России Сергей
    Лавров" is called "министр"; "Лавров, министр …," too)."""
    for m in who.everywhere:
        para = doc.paragraph_at(m.span.start)
        if m.person != person or para is None:
            continue
        lo = max(
            sentence_start(doc.text, para.start, m.span.start + 1, _SENTENCE_END),
            m.span.start - 100,
        )
        for other in who.within(lo, m.span.start):
            if other.person != person:
                lo = max(lo, other.span.end)
        window = " ".join(re.findall(r"[а-яё-]+", doc.text[lo : m.span.start].casefold())[-reach:])
        after = re.match(r"\s*,([^,.!?«»]{1,100}),", doc.text[m.span.end : m.span.end + 110])
        if after is not None:
            window += " " + after.group(1).casefold()
        if any(lemma(w) in kinds for w in re.findall(r"[а-яё-]+", window)):
            return True
        if kinds is _SCHOLARS and _HEAD_OF_STUDIES.search(window):
            return True  # "директор центра российских исследований": a scholar
    # the roles the registry gives (in English): "Ван И" is a "министр"
    english = "|".join(_IN_ENGLISH[k] for k in kinds if k in _IN_ENGLISH)
    found = who.person(person) if isinstance(who, _RuMentions) else None
    roles = " ".join(r.text for r in found.roles).casefold() if found is not None else ""
    return bool(english and roles and re.search(rf"\b(?:{english})", roles))


# The head of a place of study.
_HEAD_OF_STUDIES = re.compile(
    r"(?:директор|руководител|заведующ)[а-яё]*\s+(?:[а-яё-]+\s+){0,2}"
    r"(?:институт|центр|программ|школ|лаборатори|клуб|кафедр|отдел)"
)


# The role words in the English the registry states roles in.
_IN_ENGLISH = {
    "дипломат": r"ambassador|minister of foreign affairs|foreign minister|diplomat|envoy",
    "посол": r"ambassador",
    "министр": r"minister",
    "глава": r"minister|head|chair|director",
    "замминистра": r"vice minister|deputy minister",
    "представитель": r"spokes|representative",
    "пресс-секретарь": r"spokes|press secretary",
    "президент": r"president",
    "премьер": r"premier|prime minister",
    "председатель": r"chair|president",
    **{
        w: r"professor|scholar|researcher|fellow|analyst|economist|historian|expert|director|"
        r"institute|university|centre|center"
        for w in _SCHOLARS
    },
}


_APPOSED_ROLE = re.compile(
    rf",\s*[^,.]{{0,80}}?{_ROLE_STEMS}[^,.]{{0,80}},(?:\s+[а-яё]+){{0,6}}?\s+(?:{REPORT_VERBS})\b"
)


def _reported_matches(doc: Document) -> list[re.Match[str]]:
    """The matches of :data:`_REPORTED` in ``doc``, and of :data:`_REPORTED_APPOSED` in the
    paragraphs where a role stands after a comma (", главный редактор журнала «…», писал")."""
    found = {m.start("clause"): m for m in _REPORTED.finditer(doc.text)}
    for para in doc.paragraphs:
        if _APPOSED_ROLE.search(para.text):  # (its reading of a clause is the fuller one)
            found |= {
                m.start("clause"): m
                for m in _REPORTED_APPOSED.finditer(doc.text, para.start, para.end)
            }
    return sorted(found.values(), key=lambda m: m.start())


def _reported(
    doc: Document, who: Mentions, quoted: list[tuple[int, int]], ids: dict[str, int]
) -> list[Quote]:
    """ "по словам Тимофея Бордачёва, …", "Кашин считает, что …", "как полагает X, …"."""
    out = []
    inside = Spans(quoted)
    for m in _reported_matches(doc):
        start = m.start("clause")
        if inside.contains(start):
            continue
        group = next(g for g in ("n1", "n2", "n3") if m.group(g))
        if re.fullmatch(r"(?:[Ее]го|[Ее]ё|[Ее]е|[Оо]н|[Оо]на)", m.group(group)):
            speaker = who.pronoun(m.start(group))  # "По его словам, …", "Он считает, что …"
        else:
            named = who.first_in(m.start(group), m.end(group))
            if (
                group == "n1"
                and named is None
                and _UNNAMED_GENITIVE.fullmatch(m.group(group))
                and not re.match(r"(?:включая|в том числе|среди них|кроме)\b", m.group("clause"))
            ):
                # "По словам одного из них, …", "по оценке экспертов клуба, …": nobody named
                span = (start, m.end("clause"))
                out.append(reported_quote(doc, span, None, m.start(), ids))
                continue
            if group == "n1" and named is None and _ROLE_GENITIVE.fullmatch(m.group(group)):
                # "По словам министра, …": the one person the text has just named
                speaker = _the_one_before(doc, who, m.start())
                if speaker is not None:
                    span = (start, m.end("clause"))
                    out.append(reported_quote(doc, span, speaker, m.start(), ids))
                continue
            if group == "n2" and named is None:
                # "Посол России в КНР Игорь Моргулов ранее говорил, что": a role, a place and
                # the name, all before the verb
                named = _subject(doc, who, m.start(group), m.start("clause"))
            if (
                group == "n2"
                and named is not None
                and _WHOSE.search(doc.text, max(0, named.span.start - 40), named.span.start)
            ):
                # "Силуанов, заместитель которого Алексей Моисеев, отмечал": the one the
                # relative clause is about speaks, not the one it names
                para = doc.paragraph_at(named.span.start)
                lo = sentence_start(
                    doc.text, para.start if para else 0, named.span.start, _SENTENCE_END
                )
                named = who.last_in(lo, named.span.start - 1)
            if (
                group == "n2"
                and named is not None
                and who.oblique(named)
                and re.match(r"[А-ЯЁа-яё]", doc.text[m.start(group) : named.span.start].strip()[:1])
            ):
                # "Ученик Василия Кашина считает, что": the pupil, whom the text does not name
                continue
            if group == "n2" and named is not None and _after_preposition(doc, named, 0):
                # "Токаев в разговоре с Реджепом Тайипом Эрдоганом заявил, что": the one after
                # "с" is not who said it; the sentence's subject before it is
                para = doc.paragraph_at(named.span.start)
                floor = para.start if para else 0
                lo = sentence_start(doc.text, floor, named.span.start, _SENTENCE_END)
                named = _subject(doc, who, lo, named.span.start)
            speaker = Mentions.speaker(named)
        if speaker is None:
            continue
        out.append(reported_quote(doc, (start, m.end("clause")), speaker, m.start(), ids))
    for noun in _UNNAMED_SUBJECT.finditer(doc.text):
        # "Источник в одном из банков сообщил, что …": said, but by nobody we can name
        if _A_THINGS_SOURCE.match(doc.text, noun.end()):
            continue  # "Источник финансирования проекта": a thing, no one
        m = _UNNAMED_SAYS.match(doc.text, noun.end())
        aside = m is not None and _AS_WORD.search(doc.text, noun.end(), m.start("clause"))
        if m is None or aside:
            continue  # "…, как сообщил банк, …": the verb of an aside, not the subject's
        lead = _LEAD_WORDS.search(doc.text, max(0, noun.start() - 60), noun.start())
        opens = noun.start() - len(lead.group()) if lead else noun.start()
        start = m.start("clause")
        if (
            inside.contains(start)
            or who.within(opens, start)
            or any(r.span.start <= start < r.span.end for r in out)
        ):
            continue
        if not _opens_sentence(doc, opens):
            continue
        out.append(reported_quote(doc, (start, m.end("clause")), None, opens, ids))
    for m in _SAID_AFTER.finditer(doc.text):
        # "Россия и Китай выступают против …, заявил министр … Сергей Лавров.": the sentence
        # before the verb is what the one named after it said
        para = doc.paragraph_at(m.start())
        named = who.first_in(m.start("who"), m.end("who"))
        if para is None or named is None or named.ambiguous or inside.contains(m.start()):
            continue
        if _after_preposition(doc, named, 0) or _IN_A_DOCUMENT.search(m["who"]):
            continue
        if not _ROLE_WORDS_ONLY.fullmatch(doc.text, m.start("who"), named.span.start):
            continue  # "сказал он Ван И": the one spoken to, not who spoke
        start = sentence_start(doc.text, para.start, m.start(), _SENTENCE_END)
        lead = _DATELINE.search(doc.text, start, m.start())  # "МОСКВА, 1 декабря. /Интерфакс/ — "
        start = lead.end() if lead else start
        while start < m.start() and doc.text[start].isspace():
            start += 1
        if m.start() - start < 20 or doc.text[start] in "«—–-" or inside.contains(start):
            continue
        out.append(reported_quote(doc, (start, m.start()), named.person, start, ids))
    for m in _ABOUT_THIS_SAID.finditer(doc.text):
        # "Китай и Россия продолжают консультации. Об этом заявил … Линь Цзянь.": the
        # sentence before is what the one named in this one said
        para = doc.paragraph_at(m.start())
        named = who.first_in(m.start("who"), m.end("who"))
        if para is None or named is None or named.ambiguous or _IN_A_DOCUMENT.search(m["who"]):
            continue
        if re.search(r"\bо том\b|\bчто\b", m["who"][: named.span.start - m.start("who")]):
            continue  # "Об этом говорит то, что X …": X is not who said it
        end = m.start() - 1
        while end > para.start and doc.text[end - 1].isspace():
            end -= 1
        start = sentence_start(doc.text, para.start, end - 1, _SENTENCE_END)
        while start < end and doc.text[start].isspace():
            start += 1
        if end - start < 8 or inside.contains(start) or doc.text[start] == "«":
            continue
        if who.within(start, end):
            continue  # the sentence names someone itself: its own attribution decides
        out.append(reported_quote(doc, (start, end), named.person, m.start(), ids))
    return out


# "Источник в МИД, знакомый с ходом консультаций, считает, что …", "Собеседник «Ъ» в
# правительстве признает, что …", "Аналитики, опрошенные агентством, считают, что …": an
# unnamed source or group as the subject of a verb of saying (a few words may open the
# sentence before it: "В кулуарах один из участников …").
_UNNAMED_SUBJECT = re.compile(
    r"(?<![\w-])(?i:источник|собеседник|(?:один|одна|одного|одной) из|аналитики|эксперты|"
    r"участники|организаторы|представител[иья])\w*"
)
# "Источник финансирования", "источник дохода": a noun in the genitive after it, a thing.
_A_THINGS_SOURCE = re.compile(
    r"(?<=[Ии]сточник)\s+(?:финансирования|дохода|доходов|энергии|угрозы|угроз|роста|проблем|"
    r"напряж[её]нности|средств|сырья|газа|нефти|воды|конфликта|нестабильности|рисков|риска)\b"
)
_AS_WORD = re.compile(r"(?<![\w-])как(?![\w-])")
_UNNAMED_SAYS = re.compile(
    r"(?:[^.!?\n«»]|«[^«»\n]{0,60}»){0,160}?"
    rf"\s(?:{REPORT_VERBS})(?:\s+(?:{_LOWER}|«[^«»\n]{{1,40}}»)){{0,5}}?,?\s+(?:что|:)\s+"
    r"(?P<clause>(?!\s*«)(?=[^\n]{8})(?:[^«»\n.!?]|«[^«»\n]{0,120}»){2,400}[.!?]?)"
)
# At most three words before the subject in its sentence: "В кулуарах один из участников",
# "Дипломатический источник".
_LEAD_WORDS = re.compile(r"(?:[А-ЯЁа-яё]+\s+){0,3}$")


def _opens_sentence(doc: Document, at: int) -> bool:
    """``at`` opens its paragraph or a sentence."""
    para = doc.paragraph_at(at)
    if para is None:
        return False
    before = doc.text[para.start : at].rstrip()
    if not re.search(r"[^\W\d_]", before):  # nothing but a number or a mark: "5️⃣ Источник"
        return True
    return before[-1] in ".!?…»:"


# ", заявил министр иностранных дел РФ Сергей Лавров по итогам консультаций.": a verb of
# saying and its speaker after the statement, with no dash (a wire's indirect speech); not
# after a closing mark (that is a quote's own tag).
_SAID_AFTER = re.compile(
    rf"(?<![»”\"]),\s+(?P<verb>{REPORT_VERBS})\s+(?P<who>[^.!?«»—–\n]{{2,160}}?)[.!?](?=\s|$)"
)
# Between the verb and the name: words of a role ("министр иностранных дел России"), no
# pronoun ("сказал он Ван И": the name after it is the one spoken to).
_ROLE_WORDS_ONLY = re.compile(r"(?:(?!(?:он|она|они|ему|ей|им)\b)[^\s.!?]+\s+)*")
# A wire's dateline before its first sentence: "/Интерфакс/ — ", "(ТАСС) — ".
_DATELINE = re.compile(r"(?:/[^/\n]{2,30}/|\([А-ЯЁA-Z][^()\n]{1,29}\))\s*[—–-]\s*")


# "…продолжают консультации. Об этом заявил официальный представитель МИД КНР Линь Цзянь."
_ABOUT_THIS_SAID = re.compile(
    rf"(?<=[.!?]\s)Об этом\s+(?:[а-яё]+\s+){{0,2}}?(?=(?:{VERB}|{REPORT_VERBS})\b)"
    r"[а-яё]+л[аи]?\s(?P<who>[^.!?«»\n]{1,200})"  # a past verb: заявил, сообщила
)
# "Об этом говорится в сообщении МИД": a document, not a person, says it.
_IN_A_DOCUMENT = re.compile(r"\b(?:в сообщении|в заявлении|в документе|в релизе|на сайте)\b")


_DASH_LINE = re.compile(r"[—–]\s+\S")


def _dash_interview(
    doc: Document,
    who: Mentions,
    people: Sequence[Person],
    quoted: list[tuple[int, int]],
    ids: dict[str, int],
) -> list[Quote]:
    """A Russian interview written as dialogue: paragraphs that open with a dash, the
    interviewer's ending with a question mark (nobody's), the others the interviewee's
    answers; or labelled "Вопрос:" (nobody's) and "Ответ:" (the interviewee's). The
    interviewee is the person the headline opens with ("Фёдор Лукьянов: «…»"), else the
    only person the introduction names who is not the author."""
    dashed = [p for p in doc.paragraphs if p.kind == "body" and _DASH_LINE.match(p.text)]
    labels = [(p, _QA_LABEL.match(p.text)) for p in doc.paragraphs if p.kind == "body"]
    labelled = [(p, m) for p, m in labels if m is not None]
    answers = [(p, p.start + m.end()) for p, m in labelled if m.group("a")]
    in_bold = bold_answers(doc)  # the questions in bold paragraphs of their own
    if in_bold and not labelled:
        starts = in_bold
    elif len(answers) >= 2 and len(answers) < len(labelled):
        starts = answers  # "Вопрос: …" / "Ответ: …": the answers, after their label
    elif len(dashed) >= 4 and any(p.text.rstrip().endswith("?") for p in dashed):
        starts = [
            (p, p.start + _DASH_LINE.match(p.text).end() - 1)  # type: ignore[union-attr]
            for p in dashed
            if not p.text.rstrip().endswith("?")
        ]
    elif len(dashed) >= 3 and _asked_before(doc, dashed):
        # the questions in bold without a dash, every answer opening with one
        starts = [(p, p.start + _DASH_LINE.match(p.text).end() - 1) for p in dashed]  # type: ignore[union-attr]
    elif answered := _answered_plainly(doc):
        starts = [(p, p.start) for p in answered]
    else:
        return []
    speaker = _interviewee(doc, who, people)
    if speaker is None:
        return []
    inside = Spans(quoted)
    return [
        whole_paragraph(doc, para, start, speaker, ids)
        for para, start in starts
        if not inside.contains(start + 1)
    ]


def _answered_plainly(doc: Document) -> list[Paragraph]:
    """An interview whose questions are paragraphs of their own ending with a question mark
    (bold in print) and whose answers are the plain paragraphs after them, no dash or label:
    the answers, when there are three questions at least and each is followed by one."""
    body = [p for p in doc.paragraphs if p.kind == "body"]
    asked = [n for n, p in enumerate(body) if p.text.rstrip(" *_").endswith("?")]
    if len(asked) < 3 or any(len(body[n].text) > 400 for n in asked):
        return []
    if any(n + 1 >= len(body) or n + 1 in asked for n in asked):
        return []  # a question with no answer after it: no interview of this kind
    return [p for n, p in enumerate(body) if n > asked[0] and n not in asked]


def _asked_before(doc: Document, dashed: Sequence[Paragraph]) -> bool:
    """Whether the dash-led paragraphs answer questions: the paragraph before each run of
    them is undashed, and most of those end with a question mark (two at least)."""
    dashed_at = {p.index for p in dashed}
    before = [
        doc.paragraphs[p.index - 1] for p in dashed if p.index > 0 and p.index - 1 not in dashed_at
    ]
    asked = sum(p.text.rstrip(" *_").endswith("?") for p in before)
    return asked >= 2 and 2 * asked >= len(before)


# A label that opens a paragraph: "Василий Кашин: …", "В. К.: …", "ВО: …".
# A stenogram's "Ф.Лукьянов: …" (no space after the initial), a note on how one speaks
# ("Чжао Хуашэн (говорит по-китайски): …"), and "Реплика из зала: …" (nobody's).
_NAME_LABEL = re.compile(
    r"(?P<label>[А-ЯЁA-Z][А-ЯЁа-яёA-Za-z]*\.?"
    r"(?:(?:[ -]|(?<=\.))[А-ЯЁA-Z][А-ЯЁа-яёA-Za-z]*\.?){0,3}"
    r"|(?:Реплика|Вопрос|Голос)\s+из\s+зала)"
    r"(?:\s*\([^()\n]{1,80}\))?\s*:\s+(?=\S)"
)  # capitalised words only: "Посмотрите на структуру: …" is a sentence, no label


def _named_labels(
    doc: Document,
    who: Mentions,
    people: Sequence[Person],
    quoted: list[tuple[int, int]],
    ids: dict[str, int],
) -> list[Quote]:
    """An interview whose answers open with the speaker's name ("Василий Кашин: …") and then
    with the initials of that name ("В. К.: …"); other labels ("ВО:", "Вопрос:") are the
    questions, nobody's. An answer goes on in the unlabelled paragraphs after it, up to the
    next label. Read only when one person answers under a label at least twice."""
    by_initials = {}
    for p in people:
        words = p.native_name.split()
        if len(words) >= 2:
            by_initials[_initials(" ".join(words[:1] + words[-1:]))] = p.id
    turns: list[tuple[Paragraph, int, str | None]] = []  # (paragraph, body start, speaker)
    for para in doc.paragraphs:
        if para.kind != "body":
            continue
        m = _NAME_LABEL.match(para.text)
        if m is None:
            turns.append((para, -1, None))  # no label: goes on with the turn before
            continue
        label = m.group("label").strip()
        named = who.at(para.start)
        if named is not None and named.span.end <= para.start + m.end("label"):
            speaker = None if named.ambiguous else named.person
        else:
            speaker = by_initials.get(_initials(label)) if "." in label else None
        turns.append((para, para.start + m.end(), speaker or ""))
    counts: dict[str, int] = {}
    for _, _, speaker in turns:
        if speaker:
            counts[speaker] = counts.get(speaker, 0) + 1
    if not counts or max(counts.values()) < 2:
        return []
    # an interview asks too ("ВО: …"): only there does an answer go on past its paragraph
    # (in a digest of "Лавров: …" lines, what follows one is the editor's)
    # (or a moderator named under a label asks twice, and mostly asks: "ТИМОФЕЕВ: …, вы
    # согласны?"; not one who asks in passing in a digest of statements)
    asks: dict[str, list[bool]] = {}
    for para, body, speaker in turns:
        if body >= 0 and speaker:
            asks.setdefault(speaker, []).append(para.text.rstrip(" *_").endswith("?"))
    asked = any(speaker == "" for _, _, speaker in turns) or any(
        sum(q) >= 2 and 2 * sum(q) >= len(q) and len(asks) >= 2 for q in asks.values()
    )
    inside = Spans(quoted)
    out = []
    current: str | None = None
    pending: list[Paragraph] = []
    for para, body, speaker in turns:
        if body < 0:
            if current and asked:
                pending.append(para)
            continue
        for more in pending:  # between an answer and the next label: that answer still
            if not inside.contains(more.start + 1) and not re.match(r"\s*[(\[]", more.text):
                out.append(whole_paragraph(doc, more, more.start, current, ids))
        pending, current = [], speaker or None
        if current and not inside.contains(body + 1):
            out.append(whole_paragraph(doc, para, body, current, ids))
    return out


def _a_label(doc: Document, m: Mention) -> bool:
    """Whether mention ``m`` is the label a paragraph opens with ("ОСИПОВ: …")."""
    para = doc.paragraph_at(m.span.start)
    if para is None or m.span.start != para.start:
        return False
    label = _NAME_LABEL.match(para.text)
    return label is not None and para.start + label.end("label") >= m.span.end


def _initials(label: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s.]+", label) if w).upper()


# An interview's labels: "Вопрос:" (nobody's) and "Ответ:" (the interviewee's).
_QA_LABEL = re.compile(r"(?:(?P<q>Вопрос|В)|(?P<a>Ответ|О))\s*:\s+(?=\S)")


def _interviewee(doc: Document, who: Mentions, people: Sequence[Person]) -> str | None:
    """Who answers: the one the headline opens with ("Фёдор Лукьянов: …", "Китаист Маслов:
    …"), else the one the introduction names after its verb of talking ("рассказал
    директор … Алексей Маслов", "поговорил с … Масловым"), else the only person it names
    who is not the author."""
    for p in people:
        words = p.native_name.split()
        if words and re.match(
            rf"(?:\w+\s+)?(?:{re.escape(p.native_name)}|{re.escape(words[-1])})\s*:", doc.title
        ):
            return p.id
    authors = {a.casefold() for a in doc.authors}
    first = next((p for p in doc.paragraphs if not _DASH_LINE.match(p.text)), None)
    if first is None:
        return None
    mentions = [
        m
        for m in who.within(first.start, first.end, everywhere=True)
        if not m.ambiguous and m.surface.casefold() not in authors
    ]
    named = {m.person for m in mentions}
    if len(named) == 1:
        return named.pop()
    talk = _TALKED.search(doc.text, first.start, first.end)
    after = [m for m in mentions if talk is not None and m.span.start >= talk.end()]
    return after[0].person if after else None


# "рассказал директор …", "поговорил с директором …", "ответил на вопросы …": the words an
# interview's introduction says its interviewee with.
_TALKED = re.compile(
    r"\b(?:рассказал[аи]?|ответил[аи]?|поговорил[аи]?\s+с|побеседовал[аи]?\s+с|"
    r"беседовал[аи]?\s+с)\b"
)
