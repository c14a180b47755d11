"""Bylines and credit lines: who wrote an article, as its metadata or its first lines say.

An article's authors are its metadata, never people it quotes. They come written in many
house styles: "By A and B" with a desk line under it, "Interview by A", "本报记者 张三 李四",
"文/张三", "Текст: Иван Петров", "Беседовала Анна Смирнова", or a page's author field such as
"Clara Mendes · Europe Desk · July" or "Ксения Дроздова; Артем Ляхов; Пекин". Here each is
read into the names of the people who wrote it: a desk, a section, a bureau, a date or the
city of a dateline is not an author and is never glued to an author's name.

An editor's credit ("责任编辑：李四", "Редактор: …") and a photo credit ("新华社记者 张三 摄")
name no author: they are not bylines here, and the extractor already reads them as credits
of no person in the story.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tealeaves.corpus.clean import fold_space

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

# -- English and Russian credit lines ---------------------------------------------------------

#: "By A", "Written by A", "Interview by A", "Interviewed by A", "Reporting by A", "Text by A",
#: "Words by A", "Author: A".
_EN_CREDIT = re.compile(
    r"(?:by|(?:written|interview|interviewed|reporting|text|words)\s+by|authors?\s*:)"
    r"\s+(?P<names>.{3,120})",
    re.IGNORECASE,
)
#: "Автор: А", "Текст: А", "Текст — А", "Беседовал А", "Беседовала А", "Записала А",
#: "Интервью взял А".
_RU_CREDIT = re.compile(
    r"(?:(?:Авторы?|Текст)\s*[:—–-]|Беседовал[аи]?|Записал[аи]?|Интервью\s+взял[аи]?)"
    r"\s*(?P<names>[А-ЯЁ].{2,120})",
    re.IGNORECASE,
)
#: What follows the names on a byline's line: "A | Opinion | 14 May", "A · Europe Desk".
_SECTION_SEPARATOR = re.compile(r"\s+[|·•｜/]\s+|\s+[—–]\s+|\s*[|·•｜]\s*$")
_NAME_SEPARATOR = re.compile(r"\s*(?:[;,，、&]|\band\b|(?<!\S)и(?!\S))\s*")


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Words of a desk, a section, a bureau, a wire or a role, never of a person's name (not
#: "writer" or "fellow": Bo Writer and Ann Fellow are people).
_DESK_WORDS = _word_set(
    """desk desks section bureau bureaus staff reporter reporters correspondent correspondents
    team newsroom editor editors editorial wire updated opinion analysis features columnist
    contributors agency monitoring department
    редакция редакции отдел отдела служба службы корреспондент корреспондентский
    корреспондента обозреватель обозревателя корпункт бюро собкор редактор"""
)
_MONTHS = _word_set(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday
    января февраля марта апреля мая июня июля августа сентября октября ноября декабря"""
)


def _words(item: str) -> list[str]:
    return re.findall(r"[^\W\d_][\w’'-]*", item.casefold())


def _is_desk(item: str) -> bool:
    """ "World Desk", "Asia desk · Updated", "Staff reporters", "Moscow bureau", "Our
    correspondent", "Обозреватель «Курьера»": not a person."""
    return any(w in _DESK_WORDS for w in _words(item))


def _is_date(item: str) -> bool:
    """ "14 May 2026", "October 2", "July": a date, not a person."""
    words = _words(item)
    return bool(re.search(r"\d", item)) or (bool(words) and all(w in _MONTHS for w in words))


def _is_place(item: str, others: list[str]) -> bool:
    """ "Пекин", "Moscow": one word after names of two or more (a dateline's city)."""
    return (
        len(item.split()) == 1
        and not re.search(f"[{_HAN}]", item)
        and any(len(o.split()) >= 2 for o in others if o is not item)
    )


def _items_of(text: str) -> list[str]:
    """What a byline lists after its label, up to the first section separator ("A and B |
    Opinion | 14 May"), split at "and", "&", commas and semicolons."""
    first = _SECTION_SEPARATOR.split(fold_space(text), maxsplit=1)[0].strip(" |·•｜")
    return [i for i in (i.strip(" .") for i in _NAME_SEPARATOR.split(first)) if i]


def _people_of(items: list[str]) -> list[str]:
    """The people among a byline's items: desks, dates and dateline cities left out when a
    person is named (a byline of a desk alone stays what it is)."""
    people = [i for i in items if not (_is_desk(i) or _is_date(i) or _is_place(i, items))]
    return people or items


def _names_of(text: str) -> list[str]:
    return _people_of(_items_of(text))


_PARTICLES = _word_set("de des del della der den di da du la le van von y bin ibn al el")


def _a_name(item: str) -> bool:
    """ "Thomas des Garets Geddes", "Анна Смирнова": up to five words, each capitalised or
    a particle."""
    words = item.split()
    return len(words) <= 5 and all(
        w[:1].isupper() or w[:1] in '«"@' or w.casefold() in _PARTICLES for w in words
    )


def _a_byline(items: list[str]) -> bool:
    """Whether a "By …" line lists names, desks and dates, as bylines do, and not words of
    a sentence ("By then nobody cared", "By Friday, Moscow had agreed")."""
    if not items or len(items) > 6:
        return False
    for item in items:
        if not (_is_desk(item) or _is_date(item) or _a_name(item)):
            return False
    return any(_is_desk(i) or len(i.split()) >= 2 for i in items)


# -- Chinese credit lines ---------------------------------------------------------------------

_NAME = f"[{_HAN}]{{2,4}}?(?:[·•・][{_HAN}]{{1,8}}?)?"
#: "记者", "本报记者", "环球时报特约记者", "本报驻莫斯科记者", "【明鑒新聞】記者".
_REPORTER = f"(?:【[^】]{{1,12}}】)?[{_HAN}]{{0,12}}?(?:记者|記者)"
#: "文/", "作者：", "整理：", "撰文｜".
_LABEL = "(?:文|作者|撰文|撰稿|整理|采写|採寫|采访|採訪)\\s*[/／:：|｜]"
_SUFFIX = "(?:整理|报道|報道|采写|採寫|撰稿|撰文)"
_PHOTO = "[摄攝]"
_ZH_TOKEN = re.compile(
    f"(?P<label>{_LABEL})?\\s*(?P<reporter>{_REPORTER})?(?P<name>(?!{_SUFFIX}$){_NAME})?"
    f"(?P<suffix>{_SUFFIX}|{_PHOTO})?"
)
_EDITOR = re.compile("(?:责任|責任)?(?:编辑|編輯|编审|審校|审校|校对|校對)")
_ZH_SPLIT = re.compile(r"[\s、，,]+")


def _chinese_credit(line: str) -> list[str] | None:
    """The names of a Chinese byline ("本报记者 张三 李四", "（本报记者张三整理）", "文/张三",
    "观察者网 整理/张三", "环球时报记者 张三 环球时报特约记者 李四"), [] for a byline that names
    nobody ("文／本报记者"), None for any other line (an editor's or a photo credit too)."""
    text = re.sub("【([^】]{1,12})】", r"\1 ", fold_space(line))  # "【明鑒新聞】記者…"
    text = text.strip("（）()【】[]|｜ ")
    if not text or len(text) > 60 or _EDITOR.search(text):
        return None
    names: list[str] = []
    labelled = False
    outlet = 0  # tokens before the first label: the outlet ("观察者网 整理/张三")
    for token in _ZH_SPLIT.split(text):
        token = token.strip("（）()【】|｜")
        if not token:
            continue
        m = _ZH_TOKEN.fullmatch(token)
        if m is None or not any(m.group(g) for g in ("label", "reporter", "name", "suffix")):
            return None
        if m.group("suffix") and m.group("suffix") in "摄攝":
            return None  # a photo credit
        if m.group("label") or m.group("reporter"):
            labelled = True
            if m.group("name"):
                names.append(m.group("name"))
        elif not labelled:
            outlet += 1
            if outlet > 1:
                return None
        elif m.group("suffix") and not m.group("name"):
            continue  # "张三 报道"
        else:
            names.append(m.group("name"))
    return names if labelled else None


# -- both -------------------------------------------------------------------------------------


def credit_names(line: str, *, english: bool = True) -> tuple[str, ...] | None:
    """The authors a byline or credit line names, () for one that names nobody ("文／本报记者"),
    or None when ``line`` is no byline: in English "By A and B", "Interview by A", "Reporting
    by A", "Text by A", "Words by A", "Written by A", "Author: A"; in Chinese "记者 张三",
    "本报记者 张三 李四", "文/张三", "作者：张三"; in Russian "Автор: А", "Текст: А",
    "Беседовал А". The caller decides where a byline may stand (the top of a text; at its
    end, ``english=False``, only the Chinese and Russian credits that stand there)."""
    text = fold_space(line)
    if (english and (m := _EN_CREDIT.fullmatch(text))) or (m := _RU_CREDIT.fullmatch(text)):
        items = _items_of(m.group("names"))
        if not _a_byline(items):
            return None  # "By then nobody cared.", "Текст: соглашение опубликовано"
        return tuple(_people_of(items))
    zh = _chinese_credit(text)
    return None if zh is None else tuple(zh)


def clean_authors(values: Iterable[str]) -> tuple[str, ...]:
    """Authors as given by front matter or a page's metadata, each read as a byline: "By A"
    and "澎湃新闻记者 张三" give their names, "A · Europe Desk · July" gives A, and a desk,
    a date or a dateline's city listed next to a person ("A; B; Пекин") is left out."""
    items: list[str] = []
    for value in values:
        value = fold_space(value)
        if not value:
            continue
        names = credit_names(value)
        if names is None:
            names = _field_names(value)
        items.extend(names or (value,))
    people = [i for i in items if not (_is_desk(i) or _is_date(i) or _is_place(i, items))]
    return tuple(dict.fromkeys(people or items))


#: Chinese names given in a row, as an author field lists them: "张三 李四", "张三、李四".
_HAN_NAMES = re.compile(f"[{_HAN}]{{2,4}}(?:[\\s、，,;；]+[{_HAN}]{{2,4}})+")


def _field_names(value: str) -> tuple[str, ...]:
    """The people an author field that is no credit line names: "A · Europe Desk · July" and
    "A, Almaty bureau" give A (a desk, a section or a date after the name, whichever mark
    sets it off), "A, Пекин" A (a dateline's city), "张三、李四" both; "Petrova, Anna" or a
    single name stays whole."""
    if _HAN_NAMES.fullmatch(value):
        return tuple(_ZH_SPLIT.split(value.replace(";", " ").replace("；", " ")))
    items = _items_of(value)
    after = items[1:]
    if _SECTION_SEPARATOR.search(value) or any(
        _is_desk(i) or _is_date(i) or _is_place(i, items) for i in after
    ):
        return tuple(_people_of(items))
    return (value,)


_ZH_DATE = re.compile(
    r"\d{4}\s*年[\d\s月日号:：]*|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d\d(?::\d\d)?)?"
)
_ZH_FIELD = re.compile(f"\\s+(?=[{_HAN}]{{1,6}}\\s*[:：])")


_FILED_FROM = re.compile(f"[发發]自[{_HAN}]{{1,8}}(?:[、和及][{_HAN}]{{1,8}})*")


def byline_authors(text: str) -> tuple[str, ...]:
    """The authors a web page's byline or author field names: "By A and B, Asia desk" gives
    A and B, "Текст: Анна Петрова" and "文/张三" the names alone, a line of Chinese fields
    ("来源：本报 作者：张三 2026年7月16日") the author's, "A and B" both; a desk alone
    ("Asia desk") stays what the byline says, and an editor's credit names nobody."""
    text = fold_space(text)
    # a page's credit for who put it together: "Edited by A", "Moderated by A"
    text = re.sub(r"^[A-Z][a-z]+ed\s+(by\s)", r"\1", text)
    # "财新记者 季雨辰 发自北京、莫斯科": where the report was filed from, no author
    text = fold_space(_FILED_FROM.sub(" ", text))
    names = credit_names(text)
    if names is None and re.search(f"[{_HAN}]", text):
        text = fold_space(_ZH_DATE.sub(" ", text))  # "澎湃新闻体育组 2025-10-12"
        names = credit_names(text)
        if names is None:
            found = [credit_names(field) for field in _ZH_FIELD.split(text)]
            if any(f is not None for f in found):
                names = tuple(n for f in found if f for n in f)
            elif _EDITOR.search(text):
                return ()  # "责任编辑：李四": not the author
    if names is None:
        names = clean_authors(re.split(r"\s*(?:;|\band\b|&)\s*", text))
    return names
