"""Russian names: who is named, in any grammatical case (quotes: `ru_quotes`).

Russian names change with their case (по словам Тимофея Бордачёва, Кашину, с Лукьяновым): each
word is analysed with pymorphy3 and put back in the nominative, keeping its gender
(Захаровой -> Захарова). The Latin name is the common English spelling: a table of the usual
English forms of Russian first names (Александр -> Alexander, Мария -> Maria), the surname by
the Moscow Metro scheme of iuliia, which gives the forms English-language media use
(Лукьянов -> Lukyanov, Габуев -> Gabuev). Chinese names written in Cyrillic (Чжао Хуашэн,
Ван И) are read back into pinyin through the Palladius system, so they are one person with
Zhao Huasheng and 赵华胜.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from tealeaves.extract.cues import by_first_letter
from tealeaves.extract.names import CHINESE_SURNAMES, pinyin_syllables, slug, written_at
from tealeaves.extract.people import PeopleFound
from tealeaves.extract.registry import Registry, RegistryPerson, with_facts
from tealeaves.model import Document, Mention, Person, PersonKind, Role, Span
from tealeaves.text import fold

WORD = r"[А-ЯЁ](?:['’][А-ЯЁ])?[а-яё]*(?:-[А-ЯЁ][а-яё]+)?"  # one letter too: "Ван И"; "О'Нил"
#: Particles inside a foreign name, with their Latin spelling: Лула да Силва, Рюдигер фон
#: Фрич, Мохаммед бин Салман.
PARTICLES = {
    "да": "da", "де": "de", "ду": "do", "дос": "dos", "ди": "di", "ван": "van", "фон": "von",
    "дер": "der", "ибн": "ibn", "бин": "bin", "бен": "ben", "аль": "al", "эль": "el",
}  # fmt: skip
_PARTICLE = "|".join(PARTICLES)
#: A run of capitalised words on one line: a name never runs over a paragraph's end.
_CANDIDATE = re.compile(
    rf"(?<![А-Яа-яЁё-]){WORD}(?:[^\S\n]+(?:(?:{_PARTICLE})[^\S\n]+){{0,2}}{WORD}){{0,5}}(?![а-яё])"
)

#: The usual English forms of Russian first names (a fact table); others are transliterated.
ENGLISH_GIVEN = {
    "александр": "Alexander", "алексей": "Alexei", "мария": "Maria", "юрий": "Yuri",
    "тимофей": "Timofei", "фёдор": "Fyodor", "федор": "Fyodor", "евгений": "Yevgeny",
    "наталья": "Natalia", "татьяна": "Tatiana", "дмитрий": "Dmitry", "василий": "Vasily",
    "сергей": "Sergey", "андрей": "Andrey", "николай": "Nikolai", "михаил": "Mikhail",
    "григорий": "Grigory", "георгий": "Georgy", "юлия": "Yulia", "ксения": "Ksenia",
    "анастасия": "Anastasia", "екатерина": "Yekaterina", "елена": "Elena", "ольга": "Olga",
    "ирина": "Irina", "игорь": "Igor", "илья": "Ilya", "константин": "Konstantin",
    "вячеслав": "Vyacheslav", "виктор": "Viktor", "максим": "Maxim", "павел": "Pavel",
    "пётр": "Pyotr", "петр": "Pyotr", "владимир": "Vladimir", "владислав": "Vladislav",
    "иван": "Ivan", "олег": "Oleg", "роман": "Roman", "антон": "Anton", "артём": "Artyom",
    "борис": "Boris", "леонид": "Leonid", "дарья": "Darya", "светлана": "Svetlana",
    "валентина": "Valentina", "анна": "Anna", "вероника": "Veronika", "кирилл": "Kirill",
    "аркадий": "Arkady", "геннадий": "Gennady", "анатолий": "Anatoly", "валерий": "Valery",
    "евгения": "Evgenia", "александра": "Alexandra", "ханна": "Hanna", "виктория": "Viktoria",
}  # fmt: skip

_SPEECH_WORDS = (
    "заявил|заявила|заявили|сказал|сказала|сказали|отметил|отметила|отметили|подчеркнул|"
    "подчеркнула|подчеркнули|добавил|добавила|пояснил|пояснила|указал|указала|сообщил|сообщила|"
    "признал|признала|считает|считают|полагает|полагают|уверен|уверена|убежден|убеждена|"
    "убеждён|убеждена|напомнил|напомнила|предупредил|предупредила|констатировал|"
    "констатировала|резюмировал|резюмировала|рассказал|рассказала|ответил|ответила|"
    "написал|написала|пишет|говорит|говорят|говорил|говорила|отмечает|подчёркивает|"
    "подчеркивает|заметил|заметила|уточнил|уточнила|возразил|возразила|добавляет|"
    "призвал|призвала|спросил|спросила|продолжил|продолжила|заключил|заключила|признаёт|"
    "признает|объяснил|объяснила|объясняет|прокомментировал|прокомментировала|напоминает|"
    "замечает|указывает|поясняет|утверждает|настаивает|констатирует|уточняет|заявляет|"
    "выразился|выразилась|сформулировал|сформулировала|подытожил|подытожила|пошутил|"
    "пошутила|признался|призналась|посетовал|посетовала|высказался|высказалась|парировал|"
    "парировала|отрезал|отрезала|сетует|возражает|"
    # the imperfective past: "как писал Янь Сюэтун, «…»", "— не раз подчеркивал он"
    "писал|писала|отмечал|отмечала|подчеркивал|подчеркивала|подчёркивал|подчёркивала|"
    "утверждал|утверждала|предупреждал|предупреждала|замечал|замечала|указывал|указывала|"
    "настаивал|настаивала|повторял|повторяла|повторил|повторила|объяснял|объясняла|"
    # "он пошёл дальше: «…»": going further in what one says
    "пош(?:ёл|ел|ла) (?:ещё |еще )?дальше"
)
# (each alternation gathered by first letter: the same matches, scanned faster; cues.py)
SPEECH_VERBS = by_first_letter(_SPEECH_WORDS)
VERB = f"(?:{SPEECH_VERBS})"
#: Verbs of a tag after a quote only ("— продолжает Кашин. —", "— иронизирует он"): before
#: words in guillemets they are actions ("продолжает «челночную дипломатию»").
TAG_VERB = "(?:{})".format(
    by_first_letter(
        f"{_SPEECH_WORDS}|продолжает|рассуждает|размышляет|размышлял|размышляла|иронизирует|"
        "резюмирует|подытоживает|парирует|отвечает|восклицает|признаётся|признается|удивляется|"
        "усмехается|иронизировал|иронизировала|рассуждал|рассуждала|удивлялся|удивлялась|"
        "усмехнулся|усмехнулась|"
        # ("— рассказывает предпринимательница", "— смеётся он", "— вздыхает водитель")
        "рассказывает|рассказывал|рассказывала|вспоминает|вспоминал|вспоминала|смеётся|смеется|"
        "смеялся|смеялась|улыбается|улыбнулся|улыбнулась|вздыхает|вздохнул|вздохнула|шутит|"
        "жалуется|жаловался|жаловалась|делится|делился|делилась|соглашается|сомневается|"
        "уверяет|возмущается|спрашивает|спрашивал|спрашивала"
    )
)
# Verbs that introduce a reported statement ("Кашин считает, что …"), every past form of
# each stem (заявил, заявила, заявили) and the present forms writers use.
_REPORT_PAST = (
    "заяви|заявля|отмети|отмеча|подчеркну|подчеркива|подчёркива|указа|указыва|сообщи|сообща|"
    "призна|признава|напомни|напомина|констатирова|предупреди|предупрежда|замети|замеча|добави|"
    "добавля|поясни|поясня|сказа|говори|написа|писа|утвержда|объясни|объясня|рассказа|"
    "рассказыва|пообеща|обеща|завери|заверя|увери|уверя|настаива|счита|полага|допуска|допусти"
)
REPORT_VERBS = (
    f"(?:{by_first_letter(_REPORT_PAST)})л(?:а|и)?|"
    + by_first_letter(
        "считает|считают|полагает|полагают|говорит|говорят|пишет|пишут|отмечает|отмечают|"
        "утверждает|утверждают|подчеркивает|подчёркивает|подчеркивают|подчёркивают|заявляет|"
        "заявляют|указывает|указывают|сообщает|сообщают|признаёт|признает|признают|напоминает|"
        "напоминают|замечает|замечают|добавляет|поясняет|настаивает|предупреждает|уверяет|"
        "заверяет|допускает|обещает|объясняет|констатирует|уверен|уверена|уверены|убежден|"
        "убеждена|убеждён|убеждены|обра(?:тил|тила|тили|щает|щают) внимание на то|"
        "выразил(?:а|и)? (?:уверенность|надежду|мнение)|высказал(?:а|и)? (?:мнение|предположение)|"
        # "она ответила, что …", "Иванцов согласился с тем, что …"
        "ответил(?:а|и)?|отвечает|согласил(?:ся|ась|ись)(?: с тем)?|соглашается(?: с тем)?"
    )
    # "Бордачёв любит повторять, что …": a habit of saying
    + "|(?:(?<!не )любит|(?<!не )любил|(?<!не )любила|не устаёт|не устает|не уставал) "
    "(?:повторять|говорить)"
)
_TITLE = re.compile(
    r"(?:профессор\w*|директор\w*|министр\w*|глав\w|заместител\w+|президент\w*|"
    r"председател\w+|посол|посла|послу|эксперт\w*|политолог\w*|аналитик\w*|"
    r"представител\w+|пресс-секретар\w+|замминистра|руководител\w+|научн\w+ сотрудник\w*|"
    r"сотрудник\w*|исследовател\w+|редактор\w*|генерал\w*|депутат\w*|сенатор\w*|лидер\w*|"
    r"ректор\w*|декан\w*|журналист\w*|китаевед\w*|востоковед\w*|премьер\w*|канцлер\w*)"
    r"(?:\s+[^\s,.;:«»—]+){0,8}\s+$",
    re.IGNORECASE,
)
_LEADER = re.compile(r"президент|премьер|председател\w+ кнр|генсек|канцлер|лидер", re.I)
_OFFICIAL = re.compile(
    r"министр|замминистра|посол|посла|представител|пресс-секретар|дипломат|депутат|сенатор|"
    r"генерал|глава мид|замглавы",
    re.I,
)
_EXPERT = re.compile(
    r"профессор|эксперт|политолог|аналитик|научн|исследовател|директор|китаевед|востоковед|"
    r"ректор|декан|редактор|сотрудник",
    re.I,
)


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=1)
def _mosmetro():
    import iuliia

    return iuliia.MOSMETRO


# -- Palladius: Chinese names in Cyrillic ----------------------------------------------------

_INITIALS = [
    ("zh", "чж"), ("ch", "ч"), ("sh", "ш"), ("b", "б"), ("p", "п"), ("m", "м"), ("f", "ф"),
    ("d", "д"), ("t", "т"), ("n", "н"), ("l", "л"), ("g", "г"), ("k", "к"), ("h", "х"),
    ("j", "цз"), ("q", "ц"), ("x", "с"), ("r", "ж"), ("z", "цз"), ("c", "ц"), ("s", "с"),
    ("y", ""), ("w", ""),
]  # fmt: skip
_FINALS = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань",
    "en": "энь", "ang": "ан", "eng": "эн", "ong": "ун", "er": "эр", "i": "и", "ia": "я",
    "ie": "е", "iao": "яо", "iu": "ю", "ian": "янь", "in": "инь", "iang": "ян", "ing": "ин",
    "iong": "юн", "u": "у", "ua": "уа", "uo": "о", "uai": "уай", "ui": "уй", "uan": "уань",
    "un": "унь", "uang": "уан", "ueng": "ун",
}  # fmt: skip
_Y_W = {
    "ya": "я", "yan": "янь", "yang": "ян", "yao": "яо", "ye": "е", "yi": "и", "yin": "инь",
    "ying": "ин", "yong": "юн", "you": "ю", "yu": "юй", "yue": "юэ", "yuan": "юань",
    "yun": "юнь", "wa": "ва", "wai": "вай", "wan": "вань", "wang": "ван", "wei": "вэй",
    "wen": "вэнь", "weng": "вэн", "wo": "во", "wu": "у", "a": "а", "ai": "ай", "an": "ань",
    "ang": "ан", "ao": "ао", "e": "э", "ei": "эй", "en": "энь", "er": "эр", "o": "о",
    "ou": "оу",
}  # fmt: skip


def palladius(syllable: str) -> str | None:
    """The Palladius spelling of a toneless pinyin syllable ("zhao" -> "чжао")."""
    if syllable in _Y_W:
        return _Y_W[syllable]
    for initial, cyr in _INITIALS:
        if initial in ("y", "w") or not syllable.startswith(initial):
            continue
        final = syllable[len(initial) :]
        if final == "i" and initial in ("z", "c", "s"):
            return cyr + "ы"
        if initial in ("j", "q", "x") and final.startswith("u"):
            return cyr + {"u": "юй", "ue": "юэ", "uan": "юань", "un": "юнь"}.get(final, "?")
        if final == "ui" and initial in ("h", "g", "k"):
            return cyr + "уэй"
        f = _FINALS.get(final)
        return None if f is None else cyr + f
    return None


@lru_cache(maxsize=1)
def _palladius_table() -> dict[str, str]:
    """Palladius spelling -> pinyin syllable, for every pinyin syllable."""
    table: dict[str, str] = {}
    for syl in pinyin_syllables():
        cyr = palladius(syl)
        if cyr:
            table.setdefault(cyr, syl)
    return table


@lru_cache(maxsize=65536)
def pinyin_of_cyrillic(word: str) -> str | None:
    """ "Хуашэн" -> "huasheng": a Cyrillic word read as Palladius syllables, or None
    (asked for the same words again and again: remembered)."""
    table = _palladius_table()
    w = word.casefold().replace("ё", "е")

    @cache
    def go(i: int) -> tuple[str, ...] | None:
        if i == len(w):
            return ()
        for j in range(min(len(w), i + 5), i, -1):
            syl = table.get(w[i:j])
            if syl is not None:
                rest = go(j)
                if rest is not None:
                    return (syl, *rest)
        return None

    found = go(0)
    if found is None or (len(found) > 1 and found[-1] in ("a", "e", "o", "u")):
        return None  # "Цзиньпина": a case ending, not a syllable of the name
    if len(found) > 2:
        return None  # "Хуашэне" is not hua-sheng-ye: a name's word has two syllables at most
    return "".join(found)


def chinese_name(words: Sequence[str]) -> str | None:
    """ "Чжао Хуашэн", "Си Цзиньпина" -> "Zhao Huasheng", "Xi Jinping"; None when the words
    are not a Chinese name in Palladius (a surname first, at most three syllables after)."""
    if not 2 <= len(words) <= 3:
        return None
    surname = pinyin_of_cyrillic(words[0])
    if surname is None or surname not in CHINESE_SURNAMES:
        return None
    found = _chinese_given(words[1:])
    if found is None:
        return None
    return f"{surname.capitalize()} {found[0].capitalize()}"


def _chinese_given(words: Sequence[str]) -> tuple[str, list[str]] | None:
    """The pinyin of a given name in Palladius and its words without a case ending
    ("Цзиньпином" -> "jinping", "Цзиньпин")."""
    given, plain = "", []
    for w in words:
        g, bare = _soft_stem(w)
        if g is None:
            g, bare = pinyin_of_cyrillic(w), w
        if g is None:
            for ending in ("ом", "ем", "ой", "а", "у", "е", "ю", "я"):
                stem = w[: -len(ending)]
                if not w.endswith(ending) or not stem:
                    continue
                # "Шаолэем", "Шаолэя": a syllable in -й declines like a soft stem (a name
                # ending in a vowel does not decline at all)
                if stem[-1] in "аеёиоуыэюя" and (g := pinyin_of_cyrillic(stem + "й")):
                    bare = stem + "й"
                    break
                if ending != "я" and (g := pinyin_of_cyrillic(stem)):
                    bare = stem
                    break
        if g is None:
            return None
        given += g
        plain.append(bare)
    if not given or len(given) > 18:
        return None
    return given, plain


def _soft_stem(word: str) -> tuple[str | None, str]:
    """A syllable in -нь takes the soft endings -ня, -ню, -нем (Цзюнь: Фэн Юйцзюня, Го
    Цзякунем), which would otherwise read as one more syllable (jiong + ya) or a hard -н
    (kong for кунь)."""
    m = re.fullmatch(r"(.*н)(?:я|ю|ем)", word)
    if m is None:
        return None, word
    g = pinyin_of_cyrillic(m.group(1) + "ь")
    return (g, m.group(1) + "ь") if g else (None, word)


# -- Russian names ---------------------------------------------------------------------------


@dataclass
class _Parsed:
    nominative: str
    tag: str  # "Name", "Patr", "Surn" or ""
    gender: str  # "masc", "femn" or ""


@lru_cache(maxsize=8192)
def _parse(word: str) -> tuple[_Parsed, ...]:
    out = []
    for p in _morph().parse(word)[:6]:
        tag = next((t for t in ("Name", "Patr", "Surn") if t in p.tag), "")
        if not tag:
            continue
        gender = "femn" if "femn" in p.tag else "masc" if "masc" in p.tag else ""
        form = p.inflect({"nomn", "sing"}) or p
        nominative = form.word.capitalize()
        if "-" in word:
            nominative = "-".join(part.capitalize() for part in nominative.split("-"))
        out.append(_Parsed(nominative, tag, gender))
    return tuple(out)


def _best(word: str, tag: str, gender: str = "") -> _Parsed | None:
    for p in _parse(word):
        if p.tag == tag and (not gender or not p.gender or p.gender == gender):
            return p
    return None


def russian_sex(native: str) -> str:
    """ "m" or "f" when a Cyrillic name's first name says so in every reading and its
    surname's Russian ending agrees ("Мария Захарова": f, "Сергей Лавров": m); "" for any
    other, a Chinese name in Cyrillic ("Мао Нин") or a foreign one ("Марко Рубио")."""
    words = native.split()
    if not 2 <= len(words) <= 3 or not re.fullmatch(r"[А-ЯЁ][а-яё-]+", words[0]):
        return ""
    if chinese_name(words) is not None:
        return ""  # "Мао Нин": the surname first, and no Russian gender
    genders = {p.gender for p in _parse(words[0]) if p.tag == "Name"}
    given = {"masc": "m", "femn": "f"}.get(genders.pop(), "") if len(genders) == 1 else ""
    # the dictionary guesses foreign first names ("Кая", "Бонни") wrongly: a Russian
    # surname's ending must say the same
    surname = words[-1].casefold()
    said = (
        "f" if surname.endswith(_FEMININE_SURNAME) else "m" if surname.endswith(_MASCULINE_SURNAME)
        else ""
    )  # fmt: skip
    return given if given == said else ""


_FEMININE_SURNAME = ("ова", "ева", "ёва", "ина", "ына", "ская", "цкая")
_MASCULINE_SURNAME = ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий")


def russian_name(words: Sequence[str]) -> tuple[str, list[str]] | None:
    """(Latin name, nominative words) of a Russian name in any case: a first name and a
    surname, perhaps with a patronymic between; None when the words are not such a name."""
    if not 2 <= len(words) <= 3 or len(words[0]) < 2 or not all(w[0].isupper() for w in words):
        return None  # "А Запад?": a conjunction, not a first name; "фон": a particle
    if len(words[-1]) < 2:
        return None  # "Куприянов А. Оттепель …": a reference's surname and initial
    if _SURNAME_OBLIQUE.fullmatch(words[0]) and not _known_name(words[0]):
        return None  # "— возразил Габуеву Кашин": a surname spoken to, then the speaker's
    given = _unknown_given(words) or _best(words[0], "Name")
    if given is None:
        return None
    rest = []
    if len(words) == 3:
        patr = _best(words[1], "Patr", given.gender)
        if patr is None:
            return None
        rest.append(patr.nominative)
    if len(words) == 2 and _best(words[1], "Patr", given.gender) is not None:
        return None  # "Фёдор Александрович": how an interviewer addresses someone named in full
    if not _known_name(words[0]) and _known_name(words[-1]) and _best(words[-1], "Surn") is None:
        return None  # "Росатома Алексей": a word taken for a name before a real given name
    gender = given.gender
    if gender == "femn" and re.search("(?:ов|ев|ёв|ин|ын)$", words[-1]):
        # "Адиль Каукенов": a woman's surname never ends so; a first name the dictionary
        # takes for a woman's (Адиль) is a man's
        gender = "masc"
    shaped = _SURNAME_IN_CASE.fullmatch(words[-1])
    if shaped is not None:  # pymorphy3 reads some as a possessive: Ломанов -> "Ломан"
        nominative_surname: str | None = shaped.group("stem") + ("а" if gender == "femn" else "")
    else:
        surname = _best(words[-1], "Surn", gender)
        if surname is not None:
            nominative_surname = surname.nominative
        elif re.search("[иоуеыэю]$", words[-1]):
            nominative_surname = words[-1]  # Раванди-Фадаи, Сийярто: the same in every case
        elif words[0].casefold() == given.nominative.casefold():
            nominative_surname = words[-1]  # "Андрей Сибига": a given name in the nominative
        elif given.gender == "masc" and _instrumental(words[0]) and words[-1][-2:] in ("ой", "ей"):
            # "Вячеславом Рукшей": a man's surname in -а in the instrumental (Рукша)
            stem = words[-1][:-2]
            soft = words[-1].endswith("ей") and stem[-1] in "лнр"  # (Лялей: Ляля)
            nominative_surname = stem + ("я" if soft else "а")
        else:
            nominative_surname = _guess_surname(words[-1], given)
    if nominative_surname is None:
        return None
    native = [given.nominative, *rest, nominative_surname]
    return latin_name(given.nominative, nominative_surname), native


def _indeclinable(word: str) -> bool:
    """Whether ``word`` is a man's first name the same in every case (Джо, Хосе, Луи)."""
    return any(
        "Name" in p.tag and "Fixd" in p.tag and "masc" in p.tag for p in _morph().parse(word)[:3]
    )


def _unknown_given(words: Sequence[str]) -> _Parsed | None:
    """A first name the dictionary does not know (Замир, Ерлан) before a surname of a
    Russian shape in the nominative (Кабулов, Жапарова): a Central Asian or Caucasian
    name written the Russian way. Known words (Москва, Кремль) are never first names."""
    if len(words) != 2 or not re.fullmatch(r"[А-ЯЁ][а-яё]{2,}", words[0]):
        return None
    shape = re.fullmatch(r"[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)(?P<femn>а)?", words[1])
    if shape is None or _morph().parse(words[0])[0].is_known:
        return None
    return _Parsed(words[0], "Name", "femn" if shape.group("femn") else "masc")


# A surname of the commonest Russian shapes in any case, put back in the given name's gender:
# Кортунов, Кортунова, Кортуновым, Захаровой, Лукиным.
_SURNAME_IN_CASE = re.compile(r"(?P<stem>[А-ЯЁ][а-яё]+?(?:ов|ев|ёв|ин|ын))(?:а|у|ым|е|ой|ою)?")


# A surname of those shapes in a case a given name cannot end in (Габуеву, Кашиным, Зуевой).
_SURNAME_OBLIQUE = re.compile(r"[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)(?:у|ым|ой|ою|ом)")


def _guess_surname(word: str, given: _Parsed) -> str | None:
    """A surname pymorphy3 does not know: the form in the nominative of a noun in the given
    name's gender when it has one, else the word as written."""
    for p in _morph().parse(word)[:4]:
        if "NOUN" in p.tag or "ADJF" in p.tag:
            form = p.inflect({"nomn", "sing"})
            if form is not None:
                return form.word.capitalize()
    return word if word[0].isupper() else None


def latin_name(given: str, surname: str) -> str:
    first = ENGLISH_GIVEN.get(given.casefold()) or _mosmetro().translate(given)
    return f"{first} {_mosmetro().translate(surname)}"


def readings(native: str) -> set[str]:
    """The Latin names this reader gives a Cyrillic name of two words or more in the
    nominative ("Alexei Maslov" for Алексей Маслов): a person whose Latin name is none of
    them was named in Latin script by the text (or by the registry), not read from Cyrillic."""
    words = tuple(native.split())
    if len(words) < 2:
        return set()
    found = _name_of_run(words)
    return {" ".join(_mosmetro().translate(w) for w in words)} | ({found[0]} if found else set())


@dataclass
class _Draft:
    name: str
    native: str
    surname_key: str  # the nominative surname, casefolded
    roles: list[Role] = field(default_factory=list)
    role_texts: list[str] = field(default_factory=list)
    forms: set[str] = field(default_factory=set)
    chinese: bool = False
    han: str = ""  # a Chinese name's characters, when the text gives them: "Ван И (王毅)"

    @property
    def id(self) -> str:
        return slug(self.name)


def find_people(doc: Document, registry: Registry | None = None) -> PeopleFound:
    """Everyone a Russian article names: first name and surname in any case, a Chinese name
    in Palladius, or a surname alone after a title (министр Лавров) of someone named in full
    elsewhere or known to the registry."""
    registry = registry or Registry()
    drafts: dict[str, _Draft] = {}
    authors = {a.casefold() for a in doc.authors}
    bylines = {p.index for p in doc.paragraphs if _only_names(p.text) or _CREDIT_LINE.match(p.text)}
    for m in _CANDIDATE.finditer(doc.text):
        words = m.group().split()
        para = doc.paragraph_at(m.start())
        if len(words) > 3 and _NAMED_AFTER.search(doc.text, max(0, m.start() - 40), m.start()):
            # "Центра имени Джеймса Мартина Ханна Нотте": past the namesake's two words
            words = words[2:]
        if para is None or para.index in bylines:
            continue  # "Арина Веденеева; Андрей Лиханов, Пекин": a byline or a credit
        while words and words[0] in _PREPOSITIONS:
            words = words[1:]  # "Из Москвы.": a preposition opening a sentence, no name
        if not words:
            continue
        found = _longest_name(words) or _titled_foreign(doc.text, m.start(), words)
        if found is not None:
            rest = words[found[0] + len(found[1][1].split()) :]
            after = _longest_name(rest) if len(rest) >= 2 else None
            if after is not None and after[0] == 0 and after[1][3]:
                # "предшественник Фу Цуна Чжан Цзюнь": a Chinese name right after another
                tail = m.start() + m.group().index(" ".join(rest))
                _add(doc, drafts, registry, after[1], tail)
            first, hit = found
            at = m.start() + m.group().index(words[first])
            if _CREDIT.search(doc.text, max(para.start, at - 40), at):
                continue  # "Беседовала Анна Смирнова", "Фото: Никита Орлов"
            if _NAMED_AFTER.search(doc.text, max(para.start, at - 40), at):
                continue  # "аэропорт имени Индиры Ганди", «Виктор Черномырдин»: a thing
            if _INITIALS_AFTER.match(doc.text, at + len(" ".join(words[first:]))):
                continue  # "Лукьянов Ф. А.": a reference's surname and initials
            if hit[0].casefold() in authors or hit[1].casefold() in authors:
                continue  # the article's author: its metadata, not a person in it
            latin = _LATIN_AFTER.match(doc.text, at + len(" ".join(words[first:])))
            if latin is not None and not hit[3] and _spells(latin.group("latin"), hit[0]):
                hit = (latin.group("latin"), *hit[1:])  # Грэм Аллисон (Graham Allison)
            hit = _feminine_instead(doc.text, tuple(words[first:]), hit)
            hit = _masculine_named(doc.text, hit)
            _add(doc, drafts, registry, hit, at)
    _initialled(doc, drafts, registry)
    _by_registry_surname(doc, drafts, registry)
    _registry_forms(doc, drafts, registry)
    _han_given(doc, drafts)
    _two_surnames(drafts)
    mentions = _mentions(doc, list(drafts.values()), registry)
    people = tuple(_person(d, registry) for d in drafts.values())
    return PeopleFound(people, tuple(mentions))


#: Prepositions written with a capital at a sentence's start.
_PREPOSITIONS = frozenset(
    "Из От До Для Без При Под Над Про Через После Перед Около Возле Среди Вокруг Кроме".split()  # noqa: SIM905
)


def _two_surnames(drafts: dict[str, _Draft]) -> None:
    """Drop a "name" of two words that are the surnames of two others the text names in
    full ("Хилл Клёнова отвечает …": Фиона Хилл in the dative, then Мария Клёнова)."""
    for key, d in list(drafts.items()):
        words = [w.casefold() for w in d.native.split()]
        if len(words) != 2 or d.chinese or min(map(len, words)) < 3:
            continue  # (not "Ван И" though Ван Вэньбинь and И Ган are named: a Chinese name)
        owners = [
            {k for k, o in drafts.items() if k != key and o.surname_key == w and " " in o.native}
            for w in words
        ]
        if owners[0] and owners[1] and owners[0] != owners[1]:
            del drafts[key]


# Right after a woman's name as the subject: ", которая", or a verb in the feminine past
# ("Евгения Лаптева спросила", "Александра Иванова, которая …").
_FEMININE_AFTER = re.compile(r"(?:\s*,\s*котора[яю]\b|\s+(?:не\s+)?[а-яё]{2,}(?:ла|лась)\b)")
# After a name whose surname has no endings, also a short adjective in the feminine
# ("Прокопенко уверена"); not a participle, which may agree with a noun before the name
# ("делегация Александра Шевченко, прибывшая …").
_FIXED_FEMININE_AFTER = r"|\s+(?:уверена|убеждена|согласна|вынуждена|склонна|готова)\b"
# A tag's verb in the feminine past right before a surname ("— написала Даунс"; not "она
# ответила Шевченко", a dative), or "согласна и …".
_FEMININE_BEFORE = r"(?:[—–]\s*(?:[а-яё]{3,}о\s+)?[а-яё]{2,}(?:ла|лась)|согласна)\s+(?:и\s+)?"


def _feminine_instead(
    text: str, words: tuple[str, ...], hit: tuple[str, str, str, bool]
) -> tuple[str, str, str, bool]:
    """A woman's name that reads the same as a man's in the genitive (Евгения Лаптева,
    Александра Иванова: Евгений Лаптев's, Александр Иванов's): hers when, somewhere in the
    article, those words are followed by ", которая" or a verb in the feminine past. The
    man's otherwise, as the dictionary reads it first ("по словам Александра Иванова")."""
    _latin, native, _key, chinese = hit
    if chinese or len(words) != 2 or native.split()[0] == words[0]:
        return hit
    given, surname = words
    # a surname of no endings ("Прокопенко") or a foreign one the dictionary does not know
    # ("Даунс") is a woman's as well as a man's; then "Эрика" (read only as Эрик's genitive)
    # may be hers, and a participle or a verb before the surname may tell
    parsed = _parse(surname)
    fixed = not parsed or all(p.nominative == surname and p.gender != "masc" for p in parsed)
    femn_given = any(p.gender == "femn" and p.nominative == given for p in _parse(given)) or (
        fixed and given[-1:] in "ая" and any(p.nominative == given[:-1] for p in _parse(given))
    )
    femn_surname = fixed or any(p.gender == "femn" and p.nominative == surname for p in parsed)
    if not (femn_given and femn_surname):
        return hit  # (the words are not a woman's name in the nominative)
    # her full name so followed, or her surname opening a clause so ("Завершая сессию,
    # Лаптева спросила")
    # another woman of that surname named in full ("Анна Иванова"): the surname alone may be
    # hers, so only the full name followed so tells
    namesakes = {
        w for w in re.findall(rf"([А-ЯЁ][а-яё]+)\s+{re.escape(surname)}\b", text) if w != given
    }
    alone = "" if namesakes else r"|(?:^|[.!?]\s+|,\s+)"
    after = _FEMININE_AFTER.pattern + (_FIXED_FEMININE_AFTER if fixed else "")
    written = re.compile(
        rf"(?:{re.escape(given)}\s+{alone}){re.escape(surname)}(?:{after})", re.MULTILINE
    )
    before = (
        re.compile(rf"{_FEMININE_BEFORE}{re.escape(surname)}(?![\w-])")
        if fixed and not namesakes
        else None
    )
    # her surname in a form only a woman's takes ("В оценке Лексютиной", "с Ивановой")
    oblique = (
        re.compile(rf"(?<![\w-]){re.escape(surname[:-1])}ой(?![\w-])")
        if re.search("(?:ов|ев|ёв|ин|ын)а$", surname) and not namesakes
        else None
    )
    # (the surname alone: "Марией Лукиной" is another woman of that name, not him)
    alone_oblique = oblique is not None and any(
        not re.search(
            r"(?<![.!?]\s)(?<!^)[А-ЯЁ][а-яё]+\s+$", text[max(0, o.start() - 30) : o.start()]
        )
        for o in oblique.finditer(text)
    )
    if (
        written.search(text) is None
        and (before is None or before.search(text) is None)
        and not alone_oblique
    ):
        return hit
    return latin_name(given, surname), f"{given} {surname}", surname.casefold(), False


def _masculine_named(text: str, hit: tuple[str, str, str, bool]) -> tuple[str, str, str, bool]:
    """A man's name in an oblique case that the dictionary could not put back ("Темура
    Умарова" read as a woman's, "Темуром Умаровым": a first name it does not know): his,
    when the text writes "Темур Умаров" too."""
    _latin, native, _key, chinese = hit
    words = native.split()
    if chinese or len(words) != 2:
        return hit
    for given in _stems(words[0]):
        for surname in _stems(words[1]):
            written = f"{given} {surname}"
            if written not in text:  # (the common case, decided without a pattern)
                continue
            if _knows_a_first_name(words[0]):
                return hit  # (a first name the dictionary knows: "Валентина Иванова" is hers)
            pattern = rf"(?<![\w-]){re.escape(given)}\s+{re.escape(surname)}(?![\w-])"
            if re.search(pattern, text) is not None:
                return latin_name(given, surname), written, surname.casefold(), False
    return hit


@lru_cache(maxsize=4096)
def _knows_a_first_name(word: str) -> bool:
    return any("Name" in p.tag for p in _morph().parse(word)[:4])


def _stems(word: str) -> list[str]:
    """The word without a case ending a man's name takes (Темура, Темуру, Темуром, Умаровым)."""
    if len(word) <= 4:
        return []
    return [word[: -len(e)] for e in ("ом", "ым", "ем", "а", "у", "е") if word.endswith(e)]


@lru_cache(maxsize=8)
def _registry_surnames(
    people: tuple[RegistryPerson, ...],
) -> tuple[dict[str, tuple[str, str, bool]], dict[str, list[str]], re.Pattern[str]]:
    """The registry's surnames that name a person alone (made once per registry, not per
    article): surname -> (name, full Cyrillic name, an official or leader), the surnames by
    their first three letters, and a pattern of the capitalised words that may be one of
    them in some case (their stems and up to four letters more)."""
    singles: dict[str, tuple[str, str, bool]] = {}
    for entry in people:
        forms = (entry.native_name, *entry.aliases)
        full = next((f for f in forms if len(f.split()) >= 2 and _cyrillic_only(f)), "")
        for alias in entry.aliases if full else ():
            if " " not in alias and _cyrillic_only(alias):
                titled = entry.kind in ("leader", "official")
                singles.setdefault(alias.casefold(), (entry.name, full, titled))
    by_start: dict[str, list[str]] = {}
    for key in singles:
        by_start.setdefault(key[:3], []).append(key)
    stems = sorted({(k[:-2] if len(k) > 5 else k[:-1]).capitalize() for k in singles}, key=len)
    alternatives = "|".join(re.escape(stem) for stem in reversed(stems)) or "(?!)"
    pattern = re.compile(rf"(?<![А-Яа-яЁё-])(?:{alternatives})[а-яё]{{0,4}}(?![а-яё-])")
    return singles, by_start, pattern


def _by_registry_surname(doc: Document, drafts: dict[str, _Draft], registry: Registry) -> None:
    """A registry's official or leader whom the text names by the surname alone in any case
    ("Президент Путин", "министр Лавров" … "по словам Лаврова"), when the registry lists
    that surname as theirs and the text names nobody else of it: their draft, under the
    registry's full Cyrillic name. Anyone of the registry by surname and initials, as a
    reference list writes them ("Лукьянов Ф. А."). Not a form of the other sex (Захаров is no
    Захарова), not after another role ("губернатор Тимофеев", "судья Руденко"), and not a
    street, an order or a thing named after them (улица Ленина, орден Ушакова)."""
    singles, by_start, pattern = _registry_surnames(registry.people)
    taken: set[str] = set()
    for m in pattern.finditer(doc.text):
        word = m.group()
        keys = [k for k in by_start.get(word[:3].casefold(), ()) if _same_surname(word, k, False)]
        if len(keys) != 1 or keys[0] in taken or not _sex_agrees(word, keys[0]):
            continue
        if any(_same_surname(word, d.surname_key, d.chinese) for d in drafts.values()):
            continue
        before = doc.text[max(0, m.start() - 40) : m.start()]
        if _NAMED_AFTER.search(before) or _OTHER_ROLE.search(before):
            continue
        name, full, titled = singles[keys[0]]
        if not titled and not _REFERENCE_INITIALS.match(doc.text, m.end()):
            continue  # an expert by surname alone may be anyone of that name
        taken.add(keys[0])
        _add(doc, drafts, registry, (name, full, full.split()[-1].casefold(), False), m.start())


@lru_cache(maxsize=8)
def _long_forms(
    people: tuple[RegistryPerson, ...],
) -> tuple[tuple[RegistryPerson, tuple[str, ...]], ...]:
    """The registry's people with Cyrillic forms of three words or more, found once."""
    found = []
    for entry in people:
        forms = tuple(
            f
            for f in (entry.native_name, *entry.aliases)
            if len(f.split()) >= 3 and _cyrillic_only(f)
        )
        if forms:
            found.append((entry, forms))
    return tuple(found)


def _registry_forms(doc: Document, drafts: dict[str, _Draft], registry: Registry) -> None:
    """A registry's person under a Cyrillic form of three words or more that no Russian or
    Chinese reading takes ("Ким Чен Ын"): theirs, where the text writes that form whole."""
    for entry, forms in _long_forms(registry.people):
        for form in forms:
            if form not in doc.text or slug(entry.name) in drafts:
                continue  # (the substring test first: most forms are in no article)
            m = re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", doc.text)
            if m is not None:
                # (by the whole form only: "Ким" alone may be anyone of that surname)
                hit = (entry.name, form, form.casefold(), False)
                _add(doc, drafts, registry, hit, m.start())
                break


# Roles a registry's official does not hold, right before a surname: another person of it.
_OTHER_ROLE = re.compile(
    r"(?<![а-яё])(?:губернатор\w*|депутат\w*|судь[яиюе]\w*|мэр\w*|генерал\w*|адмирал\w*|"
    r"полковник\w*|писател\w*|артист\w*|актр?\w*|тренер\w*|футболист\w*|профессор\w*|"
    r"историк\w*|журналист\w*|академик\w*|художник\w*|режисс[её]р\w*)\s+$",
    re.IGNORECASE,
)
# Initials after a surname, as a reference list gives them: "Лукьянов Ф. А.", "Караганов С.А."
_REFERENCE_INITIALS = re.compile(r"\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.")


def _sex_agrees(word: str, key: str) -> bool:
    """Whether ``word`` can be a form of the surname ``key`` for its holder's sex: not the
    man's form of a woman's surname (Захаров of Захарова), nor a woman's oblique form of a
    man's (Масловой of Маслов)."""
    w = word.casefold()
    if key.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return w != key[:-1] and not _stem_ending(w, key[:-1], ("ым", "ом", "е"))
    if key.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return not _stem_ending(w, key, ("ой", "ою", "ую"))
    return True


def _stem_ending(word: str, stem: str, endings: tuple[str, ...]) -> bool:
    """Whether ``word`` is ``stem`` and one of ``endings``: a full match of
    ``stem(?:e1|e2…)`` with no pattern compiled per surname."""
    return word.startswith(stem) and word[len(stem) :] in endings


_ADJ_FEMN = ("ой", "ую", "ою", "ей")
_OBLIQUE_A = ("и", "ы", "е", "у", "ой", "ою", "ей", "ею")
_ADJ_MASC = ("ого", "ому", "им", "ом", "его", "ему")


def _cyrillic_only(text: str) -> bool:
    return bool(text) and all("\u0400" <= c <= "\u04ff" or c in " -" for c in text)


# The name in Latin script in brackets right after a Cyrillic one: "Грэм Аллисон (Graham
# Allison)", "Марк Рютте (Mark Rutte)".
_LATIN_AFTER = re.compile(
    r"\s*[(（](?P<latin>[A-Z][A-Za-z’'.-]+(?:\s+[A-Z][A-Za-z’'.-]+){1,3})[)）]"
)


def _spells(latin: str, reading: str) -> bool:
    """Whether the Latin name in brackets is the one the Cyrillic spells, not another thing
    (an employer: "Анна Тихонова (Financial Times)"): the first names and the surnames begin
    with one letter each (Graham Allison for the reading Grem Allison, Nicholas Burns for
    Nikolas Berns)."""
    a, b = (re.sub(r"\bdzh", "j", fold(n)).split() for n in (latin, reading))
    return a[0][:1] == b[0][:1] and a[-1][:1] == b[-1][:1]  # (Джеффри: Dzheffri, Jeffrey)


# Initials before a surname, as official texts write them: "М.В.Захаровой", "С. В. Лавров".
_INITIALLED = re.compile(
    r"(?<![А-ЯЁа-яё])(?P<initial>[А-ЯЁ])\.\s?(?:[А-ЯЁ]\.\s?)?(?P<surname>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"
)


def _initialled(doc: Document, drafts: dict[str, _Draft], registry: Registry) -> None:
    """A registry's person named by initials and surname in any case (М.В.Захаровой) and
    nowhere in full: their draft, so that the surname's forms are their mentions. Someone
    the text names in full already needs none; an initial another first name has, or a
    surname two entries share with that initial, is nobody's."""
    for m in _INITIALLED.finditer(doc.text):
        word, initial = m.group("surname"), m.group("initial")
        if any(_same_surname(word, d.surname_key, d.chinese) for d in drafts.values()):
            continue
        found = {
            (entry.name, form, key)
            for key in registry.cyrillic_surnames()
            if key[:2] == word[:2].casefold()
            and _same_surname(word, key, False)
            and _sex_agrees(word, key)
            and word.casefold() != key + "а"  # "А. Маслова": her, or his genitive
            for entry, form in registry.cyrillic_forms(key)
            if form[:1] == initial
        }
        if len(found) == 1:
            name, form, key = found.pop()
            _add(doc, drafts, registry, (name, form, key, False), m.start())


# Before a name that names a thing after a person: "имени", a guillemet (a ship, a café, a
# prize), a street, a square, a mosque.
_NAMED_AFTER = re.compile(
    r"(?:(?<![а-яё])(?:имени|им\.)|«|(?<![а-яё])(?:орден\w*|медал\w*|улиц[аеуыи]|проспект[аеу]?|площад[иья]|"
    r"мечет[иья]|собор[аеу]?|памятник[аеу]?|станци[иья]|бульвар[аеу]?|переул(?:ок|ке|ка)|"
    r"набережн(?:ая|ой|ую))(?![а-яё]))\s*$"
)
# A one-letter word right after a name, and a dot: initials ("Лукьянов Ф. А.", "Ф.А.").
_INITIALS_AFTER = re.compile(r"\.\s*[А-ЯЁ]\.")

# A credit: "Беседовала Анна Смирнова", "Текст: Кирилл Сомов", "Автор — …", "Фото: …",
# "/Корр. ТАСС Ирина Белозерова/" after a dateline.
_CREDIT = re.compile(
    r"(?:^|(?<=[\s*_.(|/]))(?:[Бб]еседовал[аи]?|[Зз]аписал[аи]?|[Пп]одготовил[аи]?|[Тт]екст|"
    # (not "главный редактор Фёдор Лукьянов": an office, the one who holds it named; but
    # "Главный редактор: Фёдор Лукьянов" on a masthead is a credit)
    r"[Аа]втор|[Фф]ото|(?<![Гг]лавный\s)(?<![Нн]аучный\s)(?<![Оо]тветственный\s)(?<!шеф-)[Рр]едактор|"
    r"(?:^|(?<=\n))\s*(?:[Гг]лавный|[Нн]аучный|[Оо]тветственный)\s+редактор(?=\s*[:—–-])|"
    r"(?:[Кк]орр\.|[Кк]орреспондент\w*)(?:\s+[А-ЯЁA-Z]{2,10})?)"
    r"(?![а-яё])\s*[:—–-]?\s*$"
)


# A wire's closing credit line: "/Корр. ТАСС Алина Горчакова, Денис Саранцев; фото …/".
_CREDIT_LINE = re.compile(
    r"\s*[/(]?\s*(?:Корр\.|Корреспондент\w*|Фото|Текст|Редактор|Подготовил\w*)(?![а-яё])",
    re.IGNORECASE,
)


def _only_names(text: str) -> bool:
    """Whether a paragraph holds names and nothing else (perhaps a city after them): a
    byline under the headline or the credit line at the end of a report."""
    if len(text) > 120:
        return False
    return re.fullmatch(r"[\s*_;,.·|/—–-]*", _CANDIDATE.sub("", text)) is not None


_ONE_LETTER = frozenset("УВКСОА")  # prepositions and a conjunction that open a sentence


def _longest_name(words: Sequence[str]) -> tuple[int, tuple[str, str, str, bool]] | None:
    """(index of its first word, the name) of the longest run of ``words`` that is a name; of
    runs of one length a Chinese name first ("университета Цинхуа Янь Сюэтун": Янь Сюэтун,
    not a Russian reading of "Цинхуа Янь")."""
    if len(words) >= 3 and words[0] in _ONE_LETTER and chinese_name(words[1:3]) is not None:
        # "У Чжао Хуашэна есть": a preposition before a name of two words, not 吴 in a name
        # of three (a given name in Palladius is one word)
        found = _longest_name(words[1:])
        return (found[0] + 1, found[1]) if found is not None else None
    if len(words) >= 3 and words[0] in _ONE_LETTER and russian_name(words[1:3]) is not None:
        # "У Василия Кашина другой взгляд": the preposition opening the sentence, then a
        # Russian name in the genitive (У Давэй, a Chinese name, is read above)
        found = _longest_name(words[1:])
        return (found[0] + 1, found[1]) if found is not None else None
    for size in range(min(len(words), 5), 1, -1):  # no name is longer than five words
        runs = [
            first
            for first in range(0, len(words) - size + 1)
            # "Фу Цуна Чжан Цзюнь": two names of two words, not Fu Congzhang; "Ван И Ли
            # Чжаосин": not Yi Lizhaoxing, whose surname ends the name before it
            if size != 3
            or (
                chinese_name(words[first + 2 : first + 4]) is None
                and (first == 0 or chinese_name(words[first - 1 : first + 1]) is None)
            )
        ]
        for first in runs:
            if chinese_name(words[first : first + size]) is not None:
                hit = _name_of(words[first : first + size])
                return (first, hit) if hit is not None else None
        for first in runs:
            hit = _name_of(words[first : first + size])
            if hit is not None:
                return first, hit
    return None


def _name_of(words: Sequence[str]) -> tuple[str, str, str, bool] | None:
    """(Latin name, nominative native name, surname key, is Chinese) of ``words``."""
    return _name_of_run(tuple(words))


@lru_cache(maxsize=16384)
def _name_of_run(words: tuple[str, ...]) -> tuple[str, str, str, bool] | None:
    pinyin = chinese_name(words)
    if pinyin is not None:
        given = _chinese_given(words[1:])
        native = " ".join([words[0], *(given[1] if given else words[1:])])
        return pinyin, native, words[0].casefold(), True
    found = russian_name(words)
    if found is not None:
        latin, native = found
        return latin, " ".join(native), native[-1].casefold(), False
    nominative = foreign_name(words)
    if nominative is not None:
        given, *rest = nominative
        first = ENGLISH_GIVEN.get(given.casefold()) or _mosmetro().translate(given)
        latin = [first, *(PARTICLES.get(w) or _mosmetro().translate(w) for w in rest)]
        return " ".join(latin), " ".join(nominative), nominative[-1].casefold(), False
    return None


def _titled_foreign(
    text: str, at: int, words: Sequence[str]
) -> tuple[int, tuple[str, str, str, bool]] | None:
    """A foreign name of two to five words right after a title (президент Индонезии Прабово
    Субианто, посол ФРГ в Москве Рюдигер фон Фрич): the words after the title, none of them
    a word of the dictionary that is no name (Института Дальнего Востока is an institute), but
    for one living being beside names (Хакан Фидан), written as they are."""
    for first in range(len(words) - 1):
        name = list(words[first:])
        if not 2 <= len(name) <= 5 or name[-1] in PARTICLES:
            continue
        head = text[max(0, at - 160) : at] + " ".join(words[:first]) + (" " if first else "")
        if not _TITLE.search(head):
            continue
        capitalised = [w for w in name if w not in PARTICLES]
        if any(len(w) < 2 or w.isupper() for w in capitalised):
            continue
        words_known = [w for w in capitalised if _dictionary_word(w)]
        if words_known and not _a_name_despite(words_known, capitalised):
            continue  # президент Индонезии: the country, the name may come after it
        if chinese_name(name) is not None:
            return None
        latin = " ".join(PARTICLES.get(w) or _mosmetro().translate(w) for w in name)
        return first, (latin, " ".join(name), name[-1].casefold(), False)
    return None


def _a_name_despite(known: list[str], words: list[str]) -> bool:
    """ "Хакан Фидан": one word the dictionary knows as a living being (хакан, a khan), the
    others names it knows as names — still a name; "Института Дальнего Востока" is not."""
    if len(known) != 1 or len(words) < 2:
        return False
    parses = _morph().parse(known[0])
    if not any("anim" in p.tag and "NOUN" in p.tag and "nomn" in p.tag for p in parses):
        return False
    others = [w for w in words if w not in known]
    return all(any(t in p.tag for p in _morph().parse(w) for t in ("Name", "Surn")) for w in others)


def to_someone(words: str) -> bool:
    """Whether a name as written is in the dative (or prepositional) and cannot be the
    genitive or nominative: "Сергею Лаврову", "Кае Каллас" (one asked or written to), not
    "Марии Захаровой" or "Сергея Лаврова" (whose answer or letter it is)."""
    for word in re.findall(r"[А-ЯЁа-яё]+", words):
        cases = {p.tag.case for p in _morph().parse(word)[:4]}
        if cases & {"datv", "loct"} and not cases & {"gent", "nomn"}:
            return True
    return False


def a_clause(text: str) -> bool:
    """Whether the words hold a verb, a short adjective, a comparative or a predicative
    (words said, "«Мы не спешим»", "«Азия важнее Европы»"), unlike the name of a journal, a
    firm or a project ("«Россия в глобальной политике»", "«Сила Сибири»")."""
    return any(_a_predicate(word) for word in re.findall(r"[А-ЯЁа-яё]+", text))


@lru_cache(maxsize=16384)
def lemma(word: str) -> str:
    """The dictionary form of a Russian word, ё as е ("послом" → "посол")."""
    return _morph().parse(word)[0].normal_form.replace("ё", "е")


@lru_cache(maxsize=16384)
def a_participle(word: str) -> bool:
    """Whether a Russian word reads as a full participle ("выдвинутая", "подписанный"), not
    an adjective of the same ending ("иностранных", "государственный")."""
    return any(p.tag.POS == "PRTF" for p in _morph().parse(word)[:2])


@lru_cache(maxsize=16384)
def _a_predicate(word: str) -> bool:
    return any(
        p.tag.POS in ("VERB", "INFN", "ADJS", "COMP", "PRED") for p in _morph().parse(word)[:2]
    )


def an_adjective(word: str) -> bool:
    """Whether ``word`` is an adjective, full or short (мягким, спокоен), not a participle."""
    parses = _morph().parse(word)[:2]
    return any(p.tag.POS in ("ADJF", "ADJS") for p in parses) and parses[0].tag.POS not in (
        "PRTF",
        "PRTS",
        "NOUN",
    )


def _instrumental(word: str) -> bool:
    """Whether ``word`` is a given name in the instrumental (Вячеславом, Алексеем)."""
    return any("Name" in p.tag and "ablt" in p.tag for p in _morph().parse(word)[:4])


def _known_name(word: str) -> bool:
    """Whether the dictionary knows ``word`` as a given name (not a guess from its shape)."""
    return any(p.is_known and "Name" in p.tag for p in _morph().parse(word))


@lru_cache(maxsize=4096)
def unknown_word(word: str) -> bool:
    """Whether pymorphy3 knows ``word`` in no reading at all (Юйхань: a name it has never
    seen, where "Переводы" or "Лукьянов" are known)."""
    return not any(p.is_known for p in _morph().parse(word))


def _dictionary_word(word: str) -> bool:
    """Whether pymorphy3 knows the word as something other than a name (Института, Турции)."""
    parses = _morph().parse(word)
    return any(p.is_known for p in parses) and not any(
        t in p.tag for p in parses for t in ("Name", "Surn", "Patr")
    )


def foreign_name(words: Sequence[str]) -> list[str] | None:
    """The words in the nominative of three to five words that are one foreign name, the
    way Russian writes Central Asian, Afghan, Turkish or Brazilian names (Амир Хан Муттаки,
    Реджеп Тайип Эрдоган, Луис Инасиу Лула да Силва): a given name, then capitalised words
    (and particles), none of them a patronymic, and not two names in a row (Сергей Лавров
    Ван И). In an oblique case (Амира Хана Муттаки, Реджепом Тайипом Эрдоганом, Луиса
    Инасиу Лулы да Силвы) every word takes the given name's ending off, and one in -ы/-ой
    of a word in -а is put back in -а; what does not decline (Муттаки, Инасиу) stays."""
    if not 3 <= len(words) <= 5 or words[-1] in PARTICLES:
        return None
    given = _best(words[0], "Name")
    if given is None:
        return None
    capitalised = [w for w in words[1:] if w not in PARTICLES]
    if any(len(w) < 2 or w.isupper() for w in capitalised):
        return None
    if any(_best(w, "Patr") is not None for w in capitalised):
        return None
    if _best(words[1], "Surn") is not None or _SURNAME_IN_CASE.fullmatch(words[1]):
        return None  # Сергей Лавров: a Russian name is whole at its surname
    if not _known_name(words[0]) and _known_name(words[1]):
        return None  # "Росатома Алексей Лихачев": a word taken for a name, then a real one
    for cut in range(2, len(words) - 1):
        second = russian_name(words[cut:]) or chinese_name(words[cut:])
        if second is not None and russian_name(words[:cut]) is not None:
            return None  # two people named one after the other
    if any(
        chinese_name(words[a:b]) for a in range(len(words)) for b in range(a + 2, len(words) + 1)
    ):
        return None
    if given.nominative.casefold() == words[0].casefold():
        return list(words)
    ending = words[0][len(given.nominative) :]
    back = _OBLIQUE.get(ending)
    if not words[0].casefold().startswith(given.nominative.casefold()) or back is None:
        return None
    return [given.nominative, *(w if w in PARTICLES else back(w) for w in words[1:])]


def _back_to(ending: str, *a_forms: str) -> Callable[[str], str]:
    def back(word: str) -> str:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)]
        for a_form in a_forms:
            if word.endswith(a_form) and len(word) > len(a_form) + 2:
                return word[: -len(a_form)] + "а"
        return word

    return back


#: The given name's case ending -> how the other words of the name go back to the nominative.
_OBLIQUE = {
    "а": _back_to("а", "ы"),  # Амира Хана -> Амир Хан; Лулы да Силвы -> Лула да Силва
    "у": _back_to("у", "е"),
    "ом": _back_to("ом", "ой"),  # Реджепом Тайипом Эрдоганом
    "ем": _back_to("ем", "ой"),
}


def _add(
    doc: Document,
    drafts: dict[str, _Draft],
    registry: Registry,
    hit: tuple[str, str, str, bool],
    at: int,
) -> None:
    latin, native, surname_key, chinese = hit
    entry = registry.lookup(native) or registry.lookup(latin)
    if entry is None:
        entry, form = _registry_by_surname(registry, native, surname_key)
        native = form or native  # the registry's nominative, not the dictionary's guess
        if form:
            surname_key = form.split()[-1].casefold()  # Сибига, so that "Сибига" alone is his
    name = entry.name if entry is not None else latin
    key = slug(name)
    if key not in drafts:
        drafts[key] = _Draft(name, native, surname_key, chinese=chinese)
    d = drafts[key]
    head = doc.text[max(0, at - 160) : at]
    role = _TITLE.search(head)
    if role is not None:
        text = role.group().strip().rstrip(",")
        if text and text not in d.role_texts:
            d.role_texts.append(text)
            start = at - len(head) + role.start()
            d.roles.append(Role(text, Span(doc.id, start, start + len(text))))


def _registry_by_surname(
    registry: Registry, native: str, surname_key: str
) -> tuple[RegistryPerson | None, str]:
    """The registry's person whose full Cyrillic name has this surname (or one a case ending
    longer: Сибиг from Сибиги is Сибига) and a first name with the same first letter: a
    foreign name the dictionary cannot put back in the nominative (Кая → Кай, Сибига →
    Сибиг) is still the registry's Андрей Сибига or Кая Каллас. With the form matched."""
    words = native.split()
    key = surname_key.casefold()
    if len(words) < 2 or len(key) < 3:
        return None, ""
    longer = [key + c for c in "аяыиуюоеь"] if len(key) >= 4 else []
    if len(key) >= 5 and key[-1] in "иыеу":
        longer += [key[:-1] + "а", key[:-1] + "я"]  # Сибиги, Сибиге: Сибига
    # a man's surname on a consonant after a first name that does not decline ("Джо
    # Байдена", "с Джо Байденом"): the dictionary leaves it as written
    for surname in (key, *longer):
        for entry, form in registry.cyrillic_forms(surname):
            if form[:1] == words[0][:1]:
                return entry, form
    shorter = re.fullmatch(r"(.{3,}[бвгдзклмнпрстфхцчшщ])(?:а|у|е|ом)", key)
    if shorter is not None and _indeclinable(words[0]):
        for entry, form in registry.cyrillic_forms(shorter.group(1)):
            if form.split()[0] == words[0]:  # (the whole first name: not Софи for Сергей)
                return entry, form
    return None, ""


# Han characters in brackets right after a name: "Ван И (王毅)", "Чжао Хуашэн（赵华胜）"
_HAN_AFTER = re.compile(r"\s*[(（]\s*(?P<han>[\u3400-\u9fff]{2,4})\s*[)）]")


def _han_given(doc: Document, drafts: dict[str, _Draft]) -> None:
    """A Chinese name in Cyrillic with its characters in brackets after it: the characters
    are one more form of the person when they read as the same name (王毅 is Wang Yi), so a
    search for 王毅 finds the profile; the native name stays the name as the article
    spells it."""
    chinese = [d for d in drafts.values() if d.chinese]
    if not chinese or not _HAN_AFTER.search(doc.text):
        return
    from tealeaves.extract.zh import romanise

    for d in chinese:
        for at in (a + len(d.native) for a in written_at(doc.text, d.native)):
            han = _HAN_AFTER.match(doc.text, at)
            if han is not None and slug(romanise(han["han"])) == d.id:
                d.han = han["han"]
                break


def _person(d: _Draft, registry: Registry) -> Person:
    entry = registry.lookup(d.name)
    kind: PersonKind = "other"
    roles = " ".join(d.role_texts)
    if _LEADER.search(roles):
        kind = "leader"
    elif _OFFICIAL.search(roles):
        kind = "official"
    elif _EXPERT.search(roles):
        kind = "expert"
    kind, all_roles = with_facts(entry, kind, d.roles)
    aliases = [d.native, *([d.han] if d.han else []), *sorted(d.forms - {d.native, d.name})]
    return Person(d.id, d.name, d.native, kind, tuple(all_roles), tuple(dict.fromkeys(aliases)))


def _surname_forms(doc: Document, d: _Draft) -> re.Pattern[str]:
    key = d.surname_key
    cut = 2 if _ADJECTIVAL.search(key) and len(key) > 5 else 1 if len(key) > 4 else 0
    return _stem_forms(key[: len(key) - cut])  # Беленькая: Беленькой; Кашин: Кашину


@lru_cache(maxsize=4096)
def _stem_forms(stem: str) -> re.Pattern[str]:
    """A surname's stem with up to three letters of ending, any case."""
    return re.compile(rf"(?<![А-Яа-яЁё-]){re.escape(stem)}[а-яё]{{0,3}}(?![а-яё])", re.IGNORECASE)


def _mentions(doc: Document, drafts: list[_Draft], registry: Registry) -> list[Mention]:
    """Full names in any case, and surnames alone in any case (Кашину, с Лукьяновым): of one
    person only; a surname two people share is an ambiguous mention."""
    spans: list[tuple[int, int, str, bool]] = []
    by_surname: dict[str, list[_Draft]] = {}
    for d in drafts:
        by_surname.setdefault(d.surname_key, []).append(d)
    for key, owners in by_surname.items():
        pattern = _surname_forms(doc, owners[0])
        for m in pattern.finditer(doc.text):
            word = m.group()
            if not word[0].isupper() or not _same_surname(word, key, owners[0].chinese):
                continue
            start = m.start()
            before = doc.text[max(0, start - 60) : start]
            full = re.search(rf"(?<![А-Яа-яЁё-])((?:{WORD}\s+){{1,2}})$", before)
            named = _name_of((full.group(1) + word).split()) if full is not None else None
            owner = owners[0]
            if named is not None:
                start -= len(full.group(1))  # type: ignore[union-attr]
                # two Lukins: the full name says which (Артём Лукин is not Александр Лукин)
                same = [d for d in owners if named[0] == d.name or named[1] == d.native]
                if not same and any(named[1] == d.native for d in drafts):
                    continue  # "Анна Лаврова" is hers, not a form of Лавров
                owner = same[0] if same else owner
            end = m.end()
            given = _given_after(doc, m.end(), owners) if owner.chinese else None
            if given is not None:  # "Ли Хуэя" with Ли Синь named too: the given name says who
                owner, end = given
            elif owner.chinese and doc.text.startswith(owner.native, m.start()):
                end = m.start() + len(owner.native)  # "Чжао Хуашэн": surname first, whole
            ambiguous = len(owners) > 1 and start == m.start() and given is None
            if start == m.start() and any(
                other != key and other[:3] == key[:3] and _same_surname(word, other, False)
                for other in by_surname
            ):
                ambiguous = True  # "Лаврова" with Лавров and Лаврова both named: either
            spans.append((start, end, owner.id, ambiguous))
            if not ambiguous:
                owner.forms.add(doc.text[start:end])
    spans += _addressed(doc, drafts)
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[tuple[int, int, str, bool]] = []
    for span in spans:
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return [Mention(pid, Span(doc.id, a, b), doc.text[a:b], amb) for a, b, pid, amb in kept]


def _given_after(doc: Document, at: int, owners: list[_Draft]) -> tuple[_Draft, int] | None:
    """The one of ``owners`` (people who share a Chinese surname) whose given name follows
    the surname at ``at``, in any case ("Ли Хуэя", "с Ли Синем"), and where it ends."""
    nxt = re.match(r"\s+([А-ЯЁ][а-яё-]*)(?![А-Яа-яЁё-])", doc.text[at : at + 40])
    if nxt is None:
        return None
    found = _chinese_given([nxt.group(1)])
    bare = found[1][0] if found is not None else nxt.group(1)
    same = [d for d in owners if d.native.split()[1:] == [bare]]
    return (same[0], at + nxt.end()) if len(same) == 1 else None


# A first name and a patronymic with no surname after them: "Иван Николаевич считает",
# "по словам Нины Степановны".
_NAME_AND_PATRONYMIC = re.compile(
    r"(?<![А-Яа-яЁё-])(?P<given>[А-ЯЁ][а-яё]{2,})\s+"
    r"(?P<patronymic>[А-ЯЁ][а-яё]+(?:ович|евич|ьич|ич|овн|евн|ичн)[а-яё]{0,3})"
    r"(?!\s+[А-ЯЁ])(?![а-яё-])"
)


def _a_role_noun(word: str) -> bool:
    """Whether ``word`` is a noun for a living being in the nominative (таксист, водитель,
    профессор): a role that introduces the name after it."""
    return any(
        "NOUN" in p.tag and "anim" in p.tag and "nomn" in p.tag and "Name" not in p.tag
        for p in _morph().parse(word)[:3]
    )


def _addressed(doc: Document, drafts: list[_Draft]) -> list[tuple[int, int, str, bool]]:
    """Mentions by first name and patronymic (the polite way Russian refers to someone
    already named: "Иван Тимофеев … Иван Николаевич считает"): of the one person in the
    article with that first name (and that patronymic, when the text gave theirs)."""
    found = []
    for m in _NAME_AND_PATRONYMIC.finditer(doc.text):
        word = re.search(r"([А-ЯЁа-яё-]{3,})\s+$", doc.text[max(0, m.start() - 30) : m.start()])
        if word is not None and _a_role_noun(word.group(1)):
            continue  # "Таксист Иван Петрович считает": someone new, introduced by a role
        given, patronymic = m.group("given").casefold(), m.group("patronymic").casefold()
        owners = []
        for d in drafts:
            words = d.native.casefold().split()
            if len(words) < 2 or d.chinese:
                continue
            first = words[0]
            if first[: max(3, len(first) - 1)] != given[: max(3, len(first) - 1)]:
                continue
            if len(words) == 3 and words[1][:5] != patronymic[:5]:
                continue
            if given == first and re.match(r"\s*[,!?]", doc.text[m.end() : m.end() + 3]):
                continue  # one spoken to: "— Дмитрий Витальевич, в Брюсселе говорят …"
            owners.append(d)
        if len(owners) == 1:
            found.append((m.start(), m.end(), owners[0].id, False))
            owners[0].forms.add(m.group())
    return found


# A surname declined as an adjective: Беленькая, Достоевский, Толстой.
_ADJECTIVAL = re.compile("(?:ая|яя|ий|ый|ой)$")


def _same_surname(word: str, key: str, chinese: bool) -> bool:
    if chinese:
        return word.casefold() == key
    w = word.casefold()
    if w == key:
        return True
    if _ADJECTIVAL.search(key) and len(key) > 5:
        endings = _ADJ_FEMN if key.endswith(("ая", "яя")) else _ADJ_MASC
        if _stem_ending(w, key[:-2], endings):
            return True  # Ольги Беленькой, с Беленькой; Достоевского, о Толстом
    if key.endswith("а") and _stem_ending(w, key[:-1], _OBLIQUE_A):
        return True  # Сибига: Сибиги, Сибиге, Сибигу, Сибигой; Рукша: Рукшей
    if re.search("(?:ов|ев|ёв|ин|ын)$", key) and _stem_ending(w, key, ("а", "у", "ым", "е", "ом")):
        return True  # Кашин: Кашина, Кашину, Кашиным, о Кашине (a man's surname in any case)
    if re.search("[бвгдзклмнпрстфхцчшщ]$", key) and _stem_ending(w, key, ("а", "у", "ом", "е")):
        return True  # Фидан, Эрдоган: по словам Фидана, с Эрдоганом (a man's foreign surname)
    return any(p.tag == "Surn" and p.nominative.casefold() in (key, key + "а", key[:-1])
               for p in _parse(word))  # fmt: skip
