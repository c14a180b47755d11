"""Chinese people: who an article written in Chinese names, in the slots its journalism uses.

A name is accepted only in a slot: before a verb of saying (复旦大学教授赵华胜表示), right after
a role word (研究员李勇慧), after a closing quotation mark (“……”赵华胜说), as an interview's label
(金灿荣：), a transliterated foreign name with its middle dot (谢尔盖·拉夫罗夫, cut where the
sentence goes on), or a registry person's native name. Names themselves (surnames, pinyin,
jieba's words) are read in :mod:`tealeaves.extract.zh`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from tealeaves.extract.names import HAN, HAN_RUN, Spans, slug, written_at
from tealeaves.extract.people import PeopleFound
from tealeaves.extract.registry import Registry, RegistryPerson, with_facts
from tealeaves.extract.ru import latin_name
from tealeaves.extract.zh import (
    BETWEEN,
    BYLINE,
    DASH_CREDIT,
    FOREIGN,
    LABEL,
    LABEL_LINE,
    LEADER,
    NOT_GIVEN,
    OFFICIAL,
    PREPOSITIONS,
    ROLE_END,
    ROLE_WORDS,
    SPEECH_VERBS,
    SURNAMES_1,
    SURNAMES_2,
    TITLES_AFTER_SURNAME,
    TRADE_END,
    TRANSLITERATION,
    VERB,
    Segments,
    a_name_word,
    common_words,
    headers,
    inside_word,
    is_han_name,
    known_word,
    label_line,
    married_name,
    romanise,
    surname_len,
    word_count,
)
from tealeaves.model import Document, Mention, Person, PersonKind, Role, Span
from tealeaves.scripts import simplified


@dataclass
class _Draft:
    native: str  # as first written in the text
    key: str  # simplified
    name: str
    roles: list[Role] = field(default_factory=list)
    role_texts: list[str] = field(default_factory=list)
    foreign: bool = False
    forms: set[str] = field(default_factory=set)
    homonym: bool = False  # the registry knows this Latin name under other characters
    original: str = ""  # the name in its own script, given in brackets: 利哈乔夫（Алексей Лихачёв）

    @property
    def id(self) -> str:
        # a namesake of someone the registry knows under other characters keeps apart
        return slug(f"{self.name} {self.key}") if self.homonym else slug(self.name)

    @property
    def surname(self) -> str:
        if self.foreign:
            return re.split("[·•‧・]", self.key)[-1]
        return self.key[: surname_len(self.key)]


def _a_document(word: str) -> bool:
    """白皮书, 蓝皮书: a word of jieba's dictionary (which tags some as names) for a paper or a
    body, not a person."""
    return len(word) >= 3 and word[-1] in "书报刊社网院部委局厅署" and known_word(word)


def _name_before(simple: str, end: int, seg: Segments | None = None) -> tuple[int, str] | None:
    """The name that ends at ``end`` in the simplified text: the name jieba finds there,
    else three characters, else two, else four (a two-character surname); never one spoken
    to (对王毅说), never a word (明确提出) or the tail of one (罗斯 in 俄罗斯), and never one
    that ends inside a word of jieba's (和通 before 通道: the 道 is no verb of saying)."""
    if seg is not None and end not in seg.starts:
        return None
    if seg is not None and end in seg.names:
        start, name = seg.names[end]
        # 对王毅说: spoken to; 在莫斯科表示: where it was said
        spoken_to = start > 0 and simple[start - 1] in PREPOSITIONS | {"在"}
        whole = _word_surname_at_clause_start(simple, start, name)
        if whole is not None:
            return whole  # 时殷弘说: 时 the surname, not "when"
        if (is_han_name(name) or married_name(name)) and not spoken_to and not _a_document(name):
            return start, name
    for size in (3, 2, 4):
        start = end - size
        if start < 0:
            continue
        cand = simple[start:end]
        if not HAN_RUN.fullmatch(cand) or not is_han_name(cand):
            continue
        if (size == 4 and cand[:2] not in SURNAMES_2) or _a_document(cand):
            continue
        if size == 3 and cand[:2] in common_words() and simple[start + 1 : end][:1] in SURNAMES_1:
            continue
        if inside_word(simple, start, end):
            continue  # 主任傅莹: the 任 belongs to 主任, the name is 傅莹; 罗斯 in 俄罗斯
        if seg is not None and (start not in seg.starts or seg.is_word(start, end, simple)):
            continue
        given_at = start + surname_len(cand)
        if (
            seg is not None
            and len(cand) - (given_at - start) == 2
            and seg.is_word(given_at, end, simple)
            and (cand[0] in _SURNAME_AND_WORD or word_count(simple[given_at:end]) >= 100)
        ):
            continue  # 于宏观: 于 and the word 宏观, not a name (but 韩立言: 韩 is no word)
        if start > 0 and simple[start - 1] in PREPOSITIONS | {"在"}:
            return None
        return start, cand
    return None


# A personal title right after a full name: "人大的王义桅老师则更乐观", "冯玉军教授在书中".
_TITLE_AFTER = re.compile("(?:教授|老师|研究员|先生|女士|博士)(?![生后士])")


def _titled_names(simple: str, seg: Segments | None = None) -> list[tuple[int, str]]:
    """(start, name) of every full name (three characters or more) directly before a
    personal title, where a stop, 的 or a role word comes right before the name."""
    found = []
    for m in _TITLE_AFTER.finditer(simple):
        hit = _name_before(simple, m.start(), seg)
        if hit is None or len(hit[1]) < 3:
            continue
        before = simple[max(0, hit[0] - 1) : hit[0]]
        if before and not re.match(r"[，,。；：:、！？\s“”「」（(）)的]", before):
            continue
        found.append(hit)
    return found


# Surnames that are also words of grammar or common words (于, 和, 向, 高, 全…): before a word
# of jieba's they are that word, not a surname.
_SURNAME_AND_WORD = frozenset(
    "于和与对向在从自把被将以为及同但而也还又就才都其该此这那各每某全本原新老大小高时"
)


def _speaker_slots(simple: str, seg: Segments | None = None) -> list[tuple[int, str]]:
    """(start, name) of every name directly before a verb of saying."""
    found = []
    verb = re.compile(VERB)
    for m in verb.finditer(simple):
        # walk back over what may stand between a name and its verb
        end = m.start()
        between = re.search(f"{BETWEEN}$", simple[max(0, end - 40) : end])
        if between and between.group():
            end -= len(between.group())
        hit = _name_before(simple, end, seg) or _two_at_clause_start(simple, end)
        if hit is not None:
            found.append(hit)
    return found


#: Characters that open the word after a name (an adverb, a particle, a verb of saying, a
#: time): after the registry's 王毅 they are that word (王毅才说, 毛宁作报告), where a name's
#: own third character (林剑锋, 李强华, 董军辉) is not among them.
_WORD_AFTER_A_NAME = frozenset(
    "才作均同于也还就又都便即曾在将已正称说讲道表指认强坦直谈回接主发致提介分总透写补周日月年"
    "今昨近先再亦并则对向与和跟从为以等一首此会当随早刚却尚只仍应要能可不没未"
    # a title after the name (王毅外长, 秦刚部长, 毛宁发言人) and words of what they did
    "外部副大教女博院司局处秘参特议委夫的之及是被把给让携率出访抵参宣承重呼警批否问答笑"
)
#: Agencies and sides known by two characters: 彭博称, 路透称; and the country of a "side"
#: (欧方, 马方, 吉方) before 方.
_AGENCIES = frozenset(
    {"彭博", "路透", "美联", "法新", "塔斯", "共同", "韩联", "埃菲", "安莎", "德新"}
)
_COUNTRY_CHARS = (
    "中美俄日韩朝欧英法德意加澳印巴越马泰菲新吉哈乌塔土伊以"
    "沙埃蒙老缅柬尼捷匈波希荷比瑞挪丹芬葡西墨智秘阿古"
)
#: Short titles after a surname: 王总, 李局, 张处, 刘董, 陈老.
_SHORT_TITLES = "总局处董老部科所院校厂队"


def _a_side(name: str) -> bool:
    """Whether two characters name a country's side, not a person: 欧方, 美方, 韩方."""
    return len(name) == 2 and name[1] == "方" and name[0] in _COUNTRY_CHARS


def _two_at_clause_start(simple: str, end: int) -> tuple[int, str] | None:
    """ "王文说：“…”", "傅莹称，…", "王文则表示": two characters that open a clause right
    before the verb (or 则, 向记者) are a name there, though jieba read them with the verb
    (文说, 莹称) — not a common word (文章称, 白宫称)."""
    start = end - 2
    if start < 0 or (start > 0 and simple[start - 1] not in _CLAUSE_START):
        return None
    cand = simple[start:end]
    if not is_han_name(cand) or known_word(cand) or _a_document(cand) or cand in _AGENCIES:
        return None
    if _a_side(cand) or cand[1] in _SHORT_TITLES:
        return None  # 欧方称, 马方称: a side; 王总说, 李局则表示: a surname and a title
    if re.match(f"(?:副|总|前|原|老)?(?:{TITLES_AFTER_SURNAME})", simple[start + 1 :]):
        return None  # 王副教授特别提到: a surname and a title
    return start, cand


_Forms = tuple[tuple[RegistryPerson, tuple[str, ...]], ...]
#: The registry's Han forms by entry, made once per registry (they were simplified and
#: checked for every entry of every article): id(people) -> (people, ((entry, keys), ...)).
_HAN_FORMS: dict[int, tuple[tuple[RegistryPerson, ...], _Forms]] = {}


def _han_forms(people: tuple[RegistryPerson, ...]) -> _Forms:
    """Each entry with a form in Han characters (and ·), and those forms simplified,
    longest first."""
    held = _HAN_FORMS.get(id(people))
    if held is not None and held[0] is people:
        return held[1]
    found: list[tuple[RegistryPerson, tuple[str, ...]]] = []
    for entry in people:
        forms = sorted((entry.native_name, *entry.aliases), key=len, reverse=True)
        keys = tuple(simplified(f) for f in forms if f and _HAN_FORM.fullmatch(f))
        if keys:
            found.append((entry, keys))
    if len(_HAN_FORMS) > 16:
        _HAN_FORMS.clear()
    _HAN_FORMS[id(people)] = (people, tuple(found))
    return _HAN_FORMS[id(people)][1]


_HAN_FORM = re.compile(f"[{HAN}·]+")


def find_people(doc: Document, registry: Registry | None = None) -> PeopleFound:
    """Everyone a Chinese article names in a speaker slot, with roles and mentions."""
    registry = registry or Registry()
    simple = simplified(doc.text)
    drafts: dict[str, _Draft] = {}

    def add(
        native: str, at: int, *, latin: str = "", foreign: bool = False, original: str = ""
    ) -> _Draft:
        key = simplified(native)
        if key not in drafts or (latin and drafts[key].name == romanise(key)):
            # first named, or named again with the Latin name the person goes by
            drafts[key] = _new_draft(native, key, latin, foreign, registry, drafts.get(key))
        d = drafts[key]
        d.original = d.original or original
        role = _role_before(doc, simple, at)
        if role is not None and role[0] not in d.role_texts:
            d.role_texts.append(role[0])
            d.roles.append(Role(role[0], Span(doc.id, role[1], role[2])))
        return d

    for m in FOREIGN.finditer(doc.text):
        native = m.group(0).split("（")[0].split("(")[0]
        cut = _foreign_start(simplified(native))
        end = _foreign_end(simplified(native))
        latin = (m.group("latin") or "").strip() if end == len(native) else ""
        original = (m.group("cyrillic") or "") if end == len(native) else ""
        if original:  # 阿列克谢·利哈乔夫（Алексей Лихачёв）: the Latin name read from it
            words = original.split()
            latin = latin_name(words[0], words[-1])
        end = _registry_prefix(registry, simplified(native), cut, end)
        after = simplified(doc.text[m.start() + end : m.start() + end + 4])
        if _ORGANISATION.search(simplified(native[cut:end])) or _ORGANISATION.match(after):
            continue  # 洛克希德·马丁公司: a company's name, no person's
        if _AND_A_COMPANY.match(simplified(doc.text[m.start() + end : m.start() + end + 12])):
            continue  # 洛克希德·马丁和雷神公司: one of two companies
        if _a_named_thing(simple, m.start() + cut, m.start() + end):
            continue  # “卡尔·文森”号, 路易·威登、克里斯汀·迪奥等品牌: a ship, brands
        if _COMPANY_BEFORE.search(simple, max(0, m.start() + cut - 6), m.start() + cut):
            continue  # 德国光学企业卡尔·蔡司: a company named after its founder
        add(native[cut:end], m.start() + cut, latin=latin, foreign=True, original=original)
    seg = Segments(simple)
    bylines = _bylines(doc, simple)
    foreign = _transliterated_after_title(simple)
    taken = {start for start, _, _ in foreign}
    foreign += [hit for hit in _named_with_latin(simple) if hit[0] not in taken]
    taken |= {start for start, _, _ in foreign}
    for start, name, latin in foreign:
        add(doc.text[start : start + len(name)], start, latin=latin, foreign=True)
    last_parts = {re.split("[·•‧・]", d.key)[-1] for d in drafts.values() if d.foreign}
    finders = (_speaker_slots, _after_quote_names, _after_role_names, _titled_names, _cited_by_year)
    for finder in finders:
        for start, name in (_with_own_surname(simple, seg, *hit) for hit in finder(simple, seg)):
            if start in taken or any(a <= start < b for a, b in bylines):
                continue  # 冯德莱恩 read whole above; 本报记者 周雨桐: the author
            before = simple[max(0, start - 14) : start]
            if _UNNAMED_BEFORE.search(before) and not ROLE_END.search(before):
                continue  # 一位外资银行高管坦言: someone not named (but 一位俄罗斯学者卢金 is 卢金)
            clause = re.split("[，,。；;：:“”「」\n]", simple[max(0, start - 40) : start])[-1]
            if name[0] in "向对" and re.search(_SOMEONE, clause):
                continue  # 一位银行人士向财新透露: to whom the one not named spoke
            if simplified(name) in last_parts:
                continue  # 卢金 after 亚历山大·卢金: that person again, not Lu Jin
            if _a_side(simplified(name)) and (
                ROLE_END.search(simple, max(0, start - 8), start) is None
                or simple[start - 2 : start] == "代表"
            ):
                continue  # 歐方在會談中提出, 代表欧方表示: a side, unless a role names him
            if (
                len(name) == 3
                and registry.lookup(simplified(name[:2])) is not None
                and registry.lookup(simplified(name)) is None
                and (
                    name[2] in PREPOSITIONS
                    or (
                        # the third character is a word of one, or opens a word of two
                        # (李强任内, 秦刚时期, 林剑锋利地), not a given name's (林剑锋表示)
                        (name[2] in _WORD_AFTER_A_NAME or known_word(simple[start + 2 : start + 4]))
                        # (not when the text names the three so every time, more than once)
                        and not (1 < simple.count(name) == simple.count(name[:2]))
                    )
                )
            ):
                # 外交部长王毅同拉夫罗夫通电话, 王毅才说, 毛宁作报告: the registry's 王毅, and
                # the word after him
                name = name[:2]
            elif (
                len(name) == 3
                and (
                    # (称/说/讲 before punctuation: _NEVER_LAST_OF_A_NAME, below, in any case)
                    (name[2] == "道" and simple[start + 3 : start + 4] in "，,：:")
                    or (name[2] == "均" and re.match(VERB, simple[start + 3 : start + 8]))
                )
                and is_han_name(name[:2])
                # (the registry's, or named so elsewhere: not 研究员赵海均表示, 郑永道，曾任…)
                and (
                    registry.lookup(simplified(name[:2])) is not None
                    or simple.count(name[:2]) > simple.count(name)
                )
            ):
                name = name[:2]  # 发言人毛宁称，……, 林剑均表示: a two-character name, its verb
            elif (
                len(name) == 3
                and (
                    is_han_name(name[:2])
                    # (何方 after a role: a scholar, not a side, as 韩方称 is)
                    or (
                        name[1] in "方宫府"
                        and surname_len(name) == 1
                        and ROLE_END.search(simple, max(0, start - 8), start) is not None
                    )
                )
                and _NEVER_LAST_OF_A_NAME.match(simple, start + 2)
            ):
                name = name[:2]  # 研究员张冲早在…, 大使王庆跟记者说, 局长陈斌称，…
            add(doc.text[start : start + len(name)], start, latin=_own_latin(simple, start, name))
    for m in DASH_CREDIT.finditer(simple):  # "”—— 达巍（清华大学…）": the credit line
        who = m.group("who")
        if not is_han_name(who) or any(a <= m.start("who") < b for a, b in bylines):
            continue
        d = add(doc.text[m.start("who") : m.end("who")], m.start("who"))
        group = "role" if m.group("role") else "tail" if m.group("tail") else None
        if group and m.group(group).strip() not in d.role_texts:
            a, b = m.span(group)
            d.role_texts.append(m.group(group).strip())
            d.roles.append(Role(doc.text[a:b].strip(), Span(doc.id, a, b)))
    for start, name in _labels(doc, simple):
        d = add(doc.text[start : start + len(name)], start)
        para = doc.paragraph_at(start)
        text = simple[start : para.end] if para else ""
        line = LABEL_LINE.match(text) or LABEL.match(text)
        if line and line.group("role") and line.group("role") not in d.role_texts:
            a, b = (start + at for at in line.span("role"))  # "金灿荣（人民大学教授）："
            d.role_texts.append(line.group("role"))
            d.roles.append(Role(doc.text[a:b], Span(doc.id, a, b)))
    for entry, keys in _han_forms(registry.people):
        present = [key for key in keys if key in simple]
        if not present or any(d.name == entry.name for d in drafts.values()):
            continue  # already found in the text (安德烈·科尔图诺夫), not again as 科尔图诺夫
        for key in present:
            at = _whole_word_at(simple, seg, key)
            if at < 0:
                continue  # 列宁 only inside 列宁格勒: the city, not Lenin
            native = doc.text[at : at + len(key)]
            d = add(native, at, latin=entry.name, foreign=not is_han_name(key))
            d.name = entry.name
            break  # the longest form the text uses; shorter ones are its mentions
    for start, name in _listed_with(simple, {d.key for d in drafts.values()}):
        add(doc.text[start : start + len(name)], start)  # 蔡奇、王毅、何立峰参加会见

    _namesakes_apart(drafts.values())
    mentions = _mentions(doc, simple, list(drafts.values()))
    named = {m.person for m in mentions}
    # a name only ever read inside a longer one (葛来 in 葛来仪, 列宁 in 特列宁) is nobody
    people = tuple(_person(d, registry) for d in drafts.values() if d.id in named)
    return PeopleFound(people, tuple(mentions))


# "蔡奇、王毅、何立峰参加会见": names listed with 、 before who attended (the last one's end found
# by what follows it: 王毅 in 蔡奇、王毅等参加会见).
_ATTENDED_LIST = re.compile(
    f"(?<![{HAN}])(?P<names>[{HAN}]{{2,3}}(?:、[{HAN}]{{2,3}}?)+)(?:等)?(?:参加会见|参加会谈|陪同|出席|参加)"
)
# "中方陪同会谈的有王毅、王小洪、郑栅洁、王文涛等。": the list after who attended
_ATTENDED_AFTER = re.compile(
    f"(?:会见|会谈|陪同|出席|参加)[^，。；]{{0,6}}?的(?:还)?有"
    f"(?P<names>[{HAN}]{{2,3}}(?:、[{HAN}]{{2,3}}?)+)(?:等)?(?=[。，；])"
)


def _listed_with(simple: str, known: set[str]) -> list[tuple[int, str]]:
    """The names of a 、 list of two or three characters each before 参加会见, 陪同, 出席 … (or
    after 陪同会谈的有), when one of them is someone already found: the others are people too
    (何立峰 beside 王毅)."""
    found = []
    for m in (*_ATTENDED_LIST.finditer(simple), *_ATTENDED_AFTER.finditer(simple)):
        names = m.group("names").split("、")
        if not any(n in known for n in names) or not all(is_han_name(n) for n in names):
            continue
        at = m.start("names")
        for n in names:
            if n not in known:
                found.append((at, n))
            at += len(n) + 1
    return found


def _whole_word_at(simple: str, seg: Segments, key: str) -> int:
    """Where ``key`` first stands other than as the start of a longer dictionary word of
    jieba's (列宁 in 列宁格勒 is the city's name; 普京 in jieba's 和普京 is still Putin) or of a
    place named after the person (列宁大街), or -1."""
    for at in written_at(simple, key):
        word = seg.words.get(at, "")
        if len(word) > len(key) and word.startswith(key) and known_word(word):
            continue
        if len(key) == 2 and is_han_name(key) and _cut_by_a_word(seg, at, at + len(key)):
            continue  # 林剑 in 少林剑法, 董军 in 古董军刀: a two-character name inside words
        if not PLACE_AFTER.match(simple, at + len(key)):
            return at
    return -1


def _cut_by_a_word(seg: Segments, at: int, end: int) -> bool:
    """Whether a dictionary word of jieba's starts before ``at`` and ends inside [at, end),
    and another one goes on from there (少林|剑法, 古董|军刀): the name's characters belong to
    other words (not 由李强, a word that ends with the whole name, nor 称王|毅)."""
    start = max((p for p in seg.words if p < at), default=-1)
    word = seg.words.get(start, "")
    rest = seg.words.get(start + len(word), "")  # (剑法 after 少林; not 毅 after 称王)
    return at < start + len(word) < end and known_word(word) and len(rest) > 1 and known_word(rest)


def _namesakes_apart(drafts: Iterable[_Draft]) -> None:
    """Two people of one article whose characters differ but read the same (李永辉 and 李勇慧,
    both Li Yonghui) keep apart: each id names its characters, as a registry's namesake's does."""
    drafts = [d for d in drafts if not d.homonym and not d.foreign]  # (a registry's: apart)
    by_name: dict[str, set[str]] = {}
    for d in drafts:
        by_name.setdefault(slug(d.name), set()).add(d.key)
    for d in drafts:
        if len(by_name[slug(d.name)]) > 1:
            d.homonym = True


#: What makes a name before it a place or a thing named after a person: 列宁大街, 林肯纪念堂,
#: 普希金广场, 中山路, 叶利钦中心, 普里马科夫世界经济与国际关系研究所 (IMEMO's name).
PLACE_AFTER = re.compile(
    "(?:大街|街道|路(?!过|上|线|径|透)|大道|广场|纪念堂|纪念馆|纪念碑|墓|故居|公园|格勒|号(?!召|称|令)|"
    "机场|大学|学院|书院|研究院|图书馆|博物馆|主义|思想|勋章|中学|小学|医院|大厦|酒店|咖啡馆|中心|基金会|"
    "世界经济与国际关系研究所"
    # a school named after them: 周恩来政府管理学院 (not 王毅会见外交学院师生)
    "|(?:政府管理|公共管理|国际关系|经济管理)学院)"
)  # (not 普京号召, 普京路过: verbs that begin with one of them)


def _bylines(doc: Document, simple: str) -> list[tuple[int, int]]:
    """Where the article's credits stand: a paragraph that is a byline, and a reporter's
    credit in brackets inside one ("中国社会科学网讯（记者宋知远）6月15日，…")."""
    paras = doc.paragraphs
    whole = [(p.start, p.end) for p in paras if BYLINE.fullmatch(simple[p.start : p.end].strip())]
    return whole + [m.span() for m in _BRACKETED_CREDIT.finditer(simple)]


_BRACKETED_CREDIT = re.compile(
    f"[（(](?:[{HAN}]{{1,6}}?[社报刊网台])?(?:特约|驻[{HAN}]{{1,6}})?(?:记者|通讯员)\\s*[{HAN}]{{2,4}}"
    f"(?:[\\s、，,]+(?:(?:记者|通讯员)\\s*)?[{HAN}]{{2,4}})*\\s*"
    # a wire's dateline after the name: "（中央社记者郑咏心台北15日电）", "…华盛顿14日专电）"
    f"(?:[{HAN}]{{2,6}}?\\s*\\d{{1,2}}日(?:专|综合)?电|整理|报道|采写|摄)?[）)]"
)


def _new_draft(
    native: str,
    key: str,
    latin: str,
    foreign: bool,
    registry: Registry,
    before: _Draft | None = None,
) -> _Draft:
    """A person first named as ``native``: the Latin name the text gives, else the registry's
    for those characters, else the pinyin (keeping what was read of them ``before``)."""
    name = latin or (key if foreign else romanise(key))
    entry = registry.lookup(key) or registry.lookup(native)
    if entry is None and foreign:
        entry = _by_surname_part(registry, key)
    homonym = False
    if entry is None:
        # by the romanised name only when no other native name is known: 王义 is "Wang Yi"
        # too, but not the Wang Yi of 王毅 — and not joined to him
        entry = registry.lookup(name)
        # (阿列克谢奥韦尔丘克 without the middle dot is still the registry's 阿列克谢·奥韦尔丘克, an
        # alias of a person whose native name is Cyrillic)
        forms = (entry.native_name, *entry.aliases) if entry else ()
        han = {_undotted(simplified(f)) for f in forms if re.fullmatch(f"[{HAN}·•‧・]+", f)}
        native_han = entry is not None and re.fullmatch(f"[{HAN}·•‧・]+", entry.native_name)
        if native_han and _undotted(key) not in han:
            entry, homonym = None, True
    if entry is not None:
        name = entry.name
    if before is not None:
        native, foreign = before.native, before.foreign
        return _Draft(native, key, name, before.roles, before.role_texts, foreign, before.forms)
    return _Draft(native, key, name, foreign=foreign, homonym=homonym)


def _undotted(name: str) -> str:
    return re.sub("[·•‧・]", "", name)


def _by_surname_part(registry: Registry, key: str) -> RegistryPerson | None:
    """The registry's person a transliteration spelt otherwise names (卡瑟姆若马尔特·托卡耶夫
    for its 卡西姆-若马尔特·托卡耶夫): one known under the same last part, whose own full
    transliteration has that last part and begins with the same character."""
    parts = re.split("[·•‧・]", key)
    if len(parts) < 2 or len(parts[-1]) < 2:
        return None
    entry = registry.lookup(parts[-1])
    if entry is None:
        return None
    for form in map(simplified, (entry.native_name, *entry.aliases)):
        whole = re.split("[·•‧・]", form)
        if len(whole) >= 2 and whole[-1] == parts[-1] and whole[0][:1] == parts[0][:1]:
            return entry
    return None


#: Where a transliterated name's last part has ended: a verb of saying, a role word, or a
#: word a transliteration never uses (谢尔盖·拉夫罗夫举行会谈, 伊戈尔·莫尔古洛夫则在…).
# What follows an organisation's transliterated name.
_ORGANISATION = re.compile(
    "(?:公司|集团|银行|大学|学院|基金会|研究所|研究院|研究中心|协会|航空|电视台|通讯社|报社|日报|时报|"
    "组织|联盟|俱乐部|事务所|工作室|出版社)"
)
_INTERNATIONAL_BODY = re.compile("(?:国际|联合国|组织|基金组织|委员会|央行|中央银行)")
# The end of a body's name: a committee, a council, an assembly, a ministry, an office.
_BODY_END = re.compile(
    "(?:委员会|常委会|理事会|大会|议会|政府|部|局|署|社|处|厅|院|会|委|办|所|情报社)$"
)
_COMPANY_BEFORE = re.compile("(?:企业|公司|集团|品牌|厂商|车企|药企|巨头|制造商|供应商)$")
_AND_A_COMPANY = re.compile(f"[和与及、][{HAN}]{{1,6}}?(?:公司|集团)")
# "一位外资银行高管", "某位官员": the words before someone the text does not name.
_SOMEONE = "(?:一位|一名|某位|有位|多位|几位)"  # words before someone the text does not name
_UNNAMED_BEFORE = re.compile(f"(?<!第){_SOMEONE}[^，。；：“”「」、]{{0,12}}$")
# A list of names closed by 等 and what they are: "路易·威登、克里斯汀·迪奥等欧洲奢侈品牌".
_LISTED_THINGS = re.compile(
    f"(?:[、和与及][{HAN}·]{{2,14}})*等[{HAN}]{{0,6}}?(?:品牌|企业|公司|集团|厂商|车企|船|舰)"
)


def _a_named_thing(simple: str, start: int, end: int) -> bool:
    """Whether the transliterated name at [start, end) names a thing: alone in quotation
    marks (“卡尔·文森”号, a carrier), or in a list that 等 closes as brands or companies."""
    if start > 0 and end < len(simple) and simple[start - 1] in "“「『" and simple[end] in "”」』":
        return True
    return _LISTED_THINGS.match(simple, end) is not None


_FOREIGN_TAIL_STOP = re.compile(
    f"(?:{SPEECH_VERBS}|{ROLE_WORDS}|举行|会谈|会见|访问|出席|发表|接受|率团|一行|此前|曾|在|则|"
    "对|于|和|与|同|的|等|也|还|就|将|已|被|向|是|表|说|称|指|认|日|月|年|时|这|那|了|着|过|并|而|"
    "但|都|又|再|要|能|可|应|该|今|昨|上|下|中|后|前|们|为|以|及|从|把|让|给|所|之|其|近|没|未|不|却|"
    "仍|有|一|个|位|次|通过|生前|随后|随即|当天|当日|同时|首先|亦|均|多年|多次|会后|会上|会前|会中|"
    # (卢基扬诺夫常说, 卡申总是提醒: an adverb of how often)
    "常|总是|一直|经常|始终|反复|向来)"
)


def _registry_prefix(registry: Registry, name: str, cut: int, end: int) -> int:
    """Where a transliterated name the registry does not know ends, when a shorter form of it
    is the registry's: "乔·拜登通话" is 乔·拜登 and the verb after him."""
    if registry.lookup(name[cut:end]) is not None:
        return end
    dot = max(name.rfind(c, cut, end) for c in "·•‧・")
    if dot < 0:
        return end
    for at in range(end - 1, dot + 1, -1):
        if registry.lookup(name[cut:at]) is not None:
            return at
    return end


def _foreign_end(name: str) -> int:
    """Where a transliterated name ends in "谢尔盖·拉夫罗夫举行会谈": its last part (after the
    last middle dot) stops before the first word no transliteration uses, two characters
    in at the earliest; and any part (after the first dot) stops at 和/与/、, at a word of
    name syllables that is no name (明确, 大学), or where a character no name syllable uses
    begins a word of the dictionary (接替, 眼镜)."""
    dot = max(name.rfind(c) for c in "·•‧・")
    if dot < 0:
        return len(name)
    if re.match("生前|通过", name[dot + 2 :]):
        return dot + 2  # 约瑟夫·奈生前: a surname of one character
    stop = _FOREIGN_TAIL_STOP.search(name, dot + 3)
    end = stop.start() if stop else len(name)
    first = min(name.find(c) for c in "·•‧・" if c in name)
    for at in range(first + 2, end):  # "普里马科夫接替", "卡尔·蔡司眼镜店": no syllable of a name
        if name[at] in "·•‧・":
            continue  # "克里斯托夫·德·马哲里": one name of three parts
        if name[at] in "和与及、或更":
            return at  # "约翰·迪尔和卡尔·蔡司": two names; "扎帕罗夫更关心"
        if (
            name[at] not in TRANSLITERATION
            and HAN_CHAR.match(name[at])
            and any(known_word(name[at : at + k]) for k in (2, 3) if at + k <= len(name))
        ):
            # a word starts there (接替, 眼镜, 出任); a rarer syllable followed by no word
            # stays part of the name (an initial, "约翰·J. 米尔斯海默", is too)
            return at
        if name[at : at + 2] in _NOT_A_SYLLABLE:
            return at  # "约翰斯·霍普金斯大学"
    return end


#: Words of name syllables that end a name: "霍普金斯大学", "拉夫罗夫明确表示", "…当年写道".
_NOT_A_SYLLABLE = frozenset(
    {"大学", "大使", "大会", "大街", "大道", "大厦", "大桥", "大奖", "明确", "特别", "当年", "当时"}
    | {"当天", "多次", "开始", "特意", "明显", "日前", "历来", "伊始"}
    # (别 is a syllable of names, 努尔别科夫, 别洛夫; these words after a name are not)
    | {"别无", "别人", "别的", "别说", "别忘", "别处", "别再", "别想", "别看", "别管", "别急"}
    | {"别国", "别具", "别有", "别出"}
)
HAN_CHAR = re.compile(f"[{HAN}]")


def _foreign_start(name: str) -> int:
    """Where a transliterated name begins in "俄罗斯外长谢尔盖·拉夫罗夫": after the last role word
    before the first middle dot, and at most five characters before it."""
    dot = re.search("[·•‧・]", name)
    head = name[: dot.start()] if dot else name
    start, after_role = max(0, len(head) - 5), -1
    for m in re.finditer(
        f"(?:(?:{ROLE_WORDS})员?|成员|会员|干事|总干事|国务卿|秘书|助理|司令|首相|总裁|人士|同行|同事|"
        "团长|队长|组长|社长|台长|州长|省长|校长|厂长|董事长|"
        # occupations: "商人安德烈·彼得罗夫", "司机伊万·彼得罗夫"
        "商人|老板|店主|经理|负责人|司机|学生|记者|作家|导演|演员|商户|居民|游客|农民|工人|工程师|"
        "律师|医生|船长|"
        "作者|的|在|和|与|是|说|称)",
        head,
    ):
        after_role = m.end()
    if after_role >= 0:  # 总统卡瑟姆若马尔特·托卡耶夫: all of it after the role, however long
        start = after_role
    # "如果亚当·斯密", "而卡尔·蔡司": the name's syllables, back from the dot
    first = len(head)
    while first > start and head[first - 1] in TRANSLITERATION:
        first -= 1
    if first < len(head):
        start = first
    return min(start, max(0, len(head) - 1))


def _person(d: _Draft, registry: Registry) -> Person:
    entry = None if d.homonym else registry.lookup(d.name)
    if (
        entry is not None
        and entry.kind in ("official", "leader")
        and any(_NOT_AN_OFFICIAL.search(simplified(r)) for r in d.role_texts)
    ):
        entry = None  # "清华大学社会学系教授李强", "歌手毛宁": a namesake, not the registry's
    kind: PersonKind = "other"
    for role in map(simplified, d.role_texts):  # 學者 is 学者
        if LEADER.search(role):
            kind = "leader"
            break
        if OFFICIAL.search(role):
            kind = "official"
        elif kind == "other" and ROLE_END.search(role):
            if not TRADE_END.search(role):
                kind = "expert"
            elif _INTERNATIONAL_BODY.search(role):
                kind = "official"  # 国际货币基金组织总裁: the head of a public body
    kind, roles = with_facts(entry, kind, d.roles)
    native = d.original or d.native
    aliases = [f for f in dict.fromkeys((native, d.native)) if f != d.name]
    aliases += sorted(f for f in d.forms if f not in (native, d.native, d.name))
    return Person(
        id=d.id,
        name=d.name,
        native_name=native,
        kind=kind,
        roles=tuple(roles),
        aliases=tuple(dict.fromkeys(aliases)),
    )


# Trades the text may give a namesake of an official or a leader.
_NOT_AN_OFFICIAL = re.compile(
    "教授|学者|研究员|作家|歌手|演员|记者|导演|画家|诗人|运动员|教练|医生|律师|主持人|企业家|学生"
)


def _role_before(doc: Document, simple: str, at: int) -> tuple[str, int, int] | None:
    """ "复旦大学国际问题研究院教授" right before the name at ``at``: from the last stop to the
    name, when it ends with a role word."""
    lo = at
    while lo > 0 and simple[lo - 1] not in "，。；：“”「」、（）()！？\n,;:" and at - lo < 60:
        lo -= 1
    for m in _ROLE_NAME_AND.finditer(simple, lo, at):
        lo = m.end()  # 研究员陈家豪与岭南大学政治学者李慧敏: the second's role starts after 与
    for m in _MEETS.finditer(simple, lo, at):
        lo = m.end()  # 李强会见俄罗斯联邦政府副总理曼图罗夫: the guest's role starts after 会见
    of = simple.rfind("的", lo, at)
    if of >= 0 and _VISITS.search(simple, lo, of) and ROLE_END.search(simple[of + 1 : at]):
        lo = of + 1  # 来华出席磋商的俄罗斯联邦安全会议秘书: the role, not why he came
    lead = _ROLE_LEAD.match(simple, lo, at)
    if lead is not None:
        lo = lead.end()  # 随着中国人民银行行长: the role, not the clause's preposition
    text = simple[lo:at]
    if len(text) >= 2 and ROLE_END.search(text):
        return doc.text[lo:at], lo, at
    return None


#: A meeting's verb, or a wire's 又讯: what comes before it is no part of the role after it.
_MEETS = re.compile(r"(?:会见|会晤|接见|宴请|致电|致信|又讯)了?\s*")
#: Words that open a clause before the role of the name after it (随着…行长潘功胜所说的).
_ROLE_LEAD = re.compile("(?:随着|据|由|经|作为|正如|诚如|如|而|但|对于|关于)")
#: A clause of why someone came, before the 的 that leads to his role (来华出席…的).
_VISITS = re.compile("出席|参加|来华|访华|抵达|参与|率团|陪同")

#: A role, a name and 与/和/及: where the role of a second person named after it begins.
_ROLE_NAME_AND = re.compile(f"(?:{ROLE_WORDS})[{HAN}]{{2,3}}?[与和及、]")


# Characters of the standard transliteration of foreign names, and those of them that
# Chinese given names hardly use: "欧盟委员会主席冯德莱恩", "哈萨克斯坦总统托卡耶夫", "总理菲佐"
# are foreign names written without a middle dot.
_TRANSLIT = (
    "阿埃艾安昂奥巴拜班邦鲍贝本比彼毕宾波伯博布达戴丹道德登迪蒂丁杜多厄恩尔法凡菲费芬丰弗福"
    "夫盖甘冈戈格根古哈豪赫亨霍基吉加贾杰卡凯坎柯科克肯库拉莱赖兰朗劳勒雷里利莉丽列琳隆卢鲁"
    "路伦罗洛马迈曼梅蒙米姆穆纳娜奈内尼纽努诺帕潘佩皮珀普齐奇恰乔切琴萨塞桑瑟森沙舍什施斯索"
    "塔泰坦汤特提图托瓦万威韦维温沃乌伍西希锡谢辛休雅亚扬耶伊因尤约泽扎詹兹佐茨冯茹季柳缅涅叶热捷久丘楚舒"
    "松逊苏"
)
_FOREIGN_MARKS = frozenset("斯夫尔娃耶茨兹奇基娜莱恩德卡拉塔科托菲佐默萨克特亚伊诺维姆")
_TRANSLIT_AFTER_TITLE = re.compile(
    "(?:总统|副总统|总理|副总理|首相|主席|代表|外长|部长|大使|发言人|秘书长|秘书|国务卿|议长|特使|助理|"
    "总裁|总经理|董事长|行长|州长|市长|司令)"
    f"(?P<name>[{_TRANSLIT}]{{2,10}}?)"
    "(?=称|说|表示|也|在|则|对|会见|曾|指出|写道|认为|强调|此前|日前|早前|昨|今|近|随后|的|和|与|上月|"
    "上周|本月|所|于|当天|当日|去年|前年|本|，|。|、|"
    "[（(])"
)
#: The Latin original in brackets right after a name: "贝森特（Scott Bessent）".
_LATIN_AFTER = re.compile(r"[（(](?P<latin>[A-Z][a-z'’-]+(?:[ -][A-Z][A-Za-z'’-]+){1,3})[)）]")


def _transliterated_after_title(simple: str) -> list[tuple[int, str, str]]:
    """(start, name, Latin name) of a foreign name written without a middle dot after a
    title (总统托卡耶夫): one with two characters that transliterations use and Chinese names
    hardly do, or one whose Latin original follows in brackets (部长贝森特（Scott Bessent）)."""
    found = []
    for m in _TRANSLIT_AFTER_TITLE.finditer(simple):
        name = m.group("name")
        latin = _LATIN_AFTER.match(simple, m.end())
        if latin is None and simple[m.end() : m.end() + 1] in "（(":
            continue  # 部长贝森特（美国）: no Latin name to settle it
        if latin is not None:
            # 部长卢比奥（Marco Rubio）is foreign even if it reads as a Han name; 王毅（Wang Yi）not
            if _squashed(romanise(name)) != _squashed(latin.group("latin")):
                found.append((m.start("name"), name, latin.group("latin")))
        elif _foreign_looking(name):
            found.append((m.start("name"), name, ""))
    return found


#: A name in Han characters after a role, with a Latin name in brackets that is not its
#: pinyin: a Japanese or Korean name ("东京大学教授川岛真（Shin Kawashima）").
_HAN_THEN_LATIN = re.compile(
    f"(?:{ROLE_WORDS})(?P<name>[{HAN}]{{2,6}}?)"
    r"[（(](?P<latin>[A-Z][a-z'’-]+(?:[ -][A-Z][A-Za-z'’-]+){1,3})[)）]"
)


def _named_with_latin(simple: str) -> list[tuple[int, str, str]]:
    """(start, name, Latin name) of a name in Han characters after a role whose Latin name in
    brackets is not the characters' pinyin (川岛真（Shin Kawashima）, 文正仁（Moon Chung-in）):
    the person goes by that Latin name."""
    found = []
    for m in _HAN_THEN_LATIN.finditer(simple):
        name, latin = m.group("name"), m.group("latin")
        if _ORGANISATION.search(name) or _BODY_END.search(name):
            continue  # 记者无国界组织（Reporters Without Borders）, 常委会（…）: a body, no one
        if _squashed(romanise(name)) == _squashed(latin):
            continue  # 吴心伯（Wu Xinbo）: the pinyin, a Chinese name read as any other
        if _squashed(romanise(name)).startswith(_squashed(latin.split()[-1])):
            continue  # 范徐丽泰（Rita Fan）: a Chinese surname with an English given name
        found.append((m.start("name"), name, latin))
    return found


def _foreign_looking(name: str) -> bool:
    """Whether transliteration characters after a title are a foreign name: two of them
    Chinese names hardly use (托卡耶夫), or one in a run of four no Han name makes (曼图罗夫)."""
    if is_han_name(name):
        return False
    marks = sum(c in _FOREIGN_MARKS for c in name)
    return marks >= 2 or (marks == 1 and len(name) >= 4)


_AFTER_ROLE = re.compile(f"(?:{ROLE_WORDS})(?=[{HAN}])")


def _after_role_names(simple: str, seg: Segments) -> list[tuple[int, str]]:
    """ "北京大学国际关系学院教授冯玉军": a name right after a role word, the way Chinese
    introduces a person; it must be a name of jieba's, or two or three characters that are
    no word and end where a word begins."""
    found = []
    for m in _AFTER_ROLE.finditer(simple):
        at = m.end()
        if simple[at] == "曾" and _zeng_is_surname(simple, seg, at):
            found.append((at, simple[at : at + 3]))  # 所长曾向红在…指出: 曾 the surname
            continue
        if simple[at] in _NOT_AFTER_ROLE and _word_surname_then_name(simple, seg, at):
            found.append((at, simple[at : at + 3]))  # 教授时殷弘多年来: 时 the surname
            continue
        if at not in seg.starts or simple[at] in _NOT_AFTER_ROLE:
            continue  # 主任委员: one longer word; 总统和…, 代表时曾说: no name follows
        word = seg.words.get(at, "")
        end = at + len(word)
        if (
            len(word) == 1
            and married_name(simple[at : at + 4])
            and seg.names.get(at + 4)
            == (
                at + 1,
                simple[at + 1 : at + 4],
            )
        ):
            found.append((at, simple[at : at + 4]))  # 主席 + 叶 + 刘淑仪
            continue
        if (
            len(word) == 3
            and word[-1] == "则"
            and is_han_name(word[:2])
            and (
                simple.count(word[:2]) > simple.count(word)
                or re.match(f"{VERB}|提出", simple[at + 3 :]) is not None
                # ("达巍则把…形容为": a preposition that opens the clause after 则)
                or simple[at + 3 : at + 4] in set("把将对在向从就为以与和同给")
            )
        ):
            # 主席吴清则聚焦 … 吴清表示, 教授李兴则提出: the name and the particle 则
            found.append((at, word[:2]))
            continue
        if end in seg.names and seg.names[end][0] == at:
            nxt = seg.words.get(end, "")
            third = len(word) == 2 and len(nxt) == 1 and _is_han(nxt)
            if (third and nxt not in _NOT_THIRD) or (
                len(word) == 2 and _NUMERAL_THEN_VERB.match(simple, end)
            ):
                word, end = word + simple[end], end + 1  # 葛来 + 仪: jieba cut a rare name short
            elif _glued_last(simple, seg, word, nxt, end):
                word, end = word + nxt[0], end + 1  # 冯绍 + 雷则: the name's last character
            if (
                is_han_name(word) or married_name(word) or _name_in_slot(simple, word, end)
            ) and not _before_dot(simple, end):
                found.append((at, word))
                found.extend(_coordinated(simple, seg, end))
            continue
        if _name_and_particle(word):
            found.append((at, word[:-1]))  # 王缉思则: jieba glued 则 to a new name
            continue
        if (
            len(word) == 4
            and word[-1] in "说称讲"
            and is_han_name(word[:-1])
            and not known_word(word)
            and simple[end : end + 1] in ("，", ",", "：", ":", "“", "「")
        ):
            found.append((at, word[:-1]))  # 教授吴心伯说，“…”: jieba glued the verb to a new name
            continue
        if (
            len(word) == 3
            and word[2] in "本今昨去前上下"
            and is_han_name(word[:2])
            and re.match("[月年周日天]", seg.words.get(end, ""))
        ):
            found.append((at, word[:2]))  # 李辉 + 本月初: jieba glued the time word's start
            continue
        for size in (3, 2):
            cand = simple[at : at + size]
            if seg.words.get(at + size - 1) == "正在" and is_han_name(cand):
                found.append((at, cand))  # 市长龚正在致辞中说: jieba read 龚 and 正在
                break
            # 丁 + 薛祥同俄方: jieba glued the preposition after the name to its last characters
            after = at + size
            glued = (
                simple[after : after + 1] in PREPOSITIONS | {"于", "均"} and after + 1 in seg.starts
            )
            if (at + size not in seg.starts and not glued) or seg.is_word(at, at + size, simple):
                continue
            if _before_dot(simple, at + size):
                break  # 谢尔盖·拉夫罗夫: a transliterated name, read as one
            if size == 3 and _named_shorter(simple, cand):
                found.append((at, cand[:2]))  # 研究员赵隆重点分析 … 赵隆认为: 赵隆, named so again
                break
            if (is_han_name(cand) or _name_in_slot(simple, cand, at + size)) and not inside_word(
                simple, at, at + size, floor=at
            ):
                found.append((at, cand))
                found.extend(_coordinated(simple, seg, at + size))
                break
    return found


#: The year of a work cited after its author's name, as reviews cite the literature:
#: "冯玉军（2022）则认为", "李勇慧（2021）的研究", "在吴心伯（2023a）看来".
_YEAR_CITED = re.compile(r"[（(](?:19|20)\d\d[a-z]?[）)]")
#: What may stand just before such an author: no character, a joining word, a preposition.
_BEFORE_CITED = set("、和与及在据如对同")


#: A word that stands after a name and never ends one: an adverb of time or scope, a
#: preposition before the one spoken to, a verb of saying before its clause (not 道: 郑永道,
#: nor 同 before a verb: 王大同表示).
_NEVER_LAST_OF_A_NAME = re.compile(
    f"(?:早(?:在|就|已)|只(?:是|说|表示|强调)|跟(?!{VERB})|同(?=时|样|记者|媒体|外界|来访|到访|笔者|作者|本报|本刊)|"
    "作(?=报告|出|了|为|答|证)|刚(?=刚(?!刚)|才)|"
    "[称说讲](?=[，,：:“「]))"
)


def _cited_by_year(simple: str, seg: Segments) -> list[tuple[int, str]]:
    """Authors cited by the year of their work: a Han name of two or three characters, the
    longer one first, that begins a clause, follows a joining word or a role word."""
    found = []
    for m in _YEAR_CITED.finditer(simple):
        end = m.start()
        et_al = simple[end - 1 : end] == "等"
        if et_al:
            end -= 1  # 冯玉军等（2022）: and others
        for size in (3, 2):
            start = end - size
            cand = simple[max(0, start) : end]
            before = simple[start - 1 : start] if start > 0 else ""
            if (
                start < 0
                or not is_han_name(cand, word_start=True)
                # (杜尚别（2014）, 华为（2019）, 白皮书（2019）: a place, a firm, a paper; but
                # 杨成等（2021）, "and others", a word the dictionary has as a name)
                or (known_word(cand) and not (et_al and a_name_word(cand)))
            ):
                continue
            if size == 3 and cand[0] in _BEFORE_CITED:
                continue  # 和李兴（2020）, 和青岛（2018）: the joining word, then a name or not
            role = ROLE_END.search(simple, max(0, start - 8), start)
            if not _is_han(before) or before in _BEFORE_CITED or role:
                found.append((start, cand))
                break
    return found


def _named_shorter(simple: str, cand: str) -> bool:
    """Whether the text names the first two characters of ``cand`` alone, before a verb of
    saying or a comma (赵隆认为 after 研究员赵隆重点分析): a two-character name and a word after
    it, not a three-character name."""
    short = cand[:2]
    if not is_han_name(short) or known_word(short):
        return False
    return any(
        simple[at + len(short) : at + len(short) + 1] != cand[2]
        and re.match(f"{BETWEEN}{VERB}|[，,]", simple[at + len(short) :]) is not None
        for at in written_at(simple, short)
    )


def _name_in_slot(simple: str, cand: str, end: int) -> bool:
    """A three-character name whose first two characters also make a word (庞大 in 庞大鹏,
    陈家 in 陈家豪, 王国 in 王国强), read as a name only in the slot right after a role word
    and only where a clause goes on after it (a verb, a preposition, 与/和, a comma) or a
    personal title follows (副所长庞大鹏研究员)."""
    return (
        len(cand) == 3
        and surname_len(cand) == 1
        and is_han_name(cand, word_start=True)
        and (
            simple[end : end + 1] in _AFTER_NAME | _JOINS
            or _TITLE_AFTER.match(simple, end) is not None
            # (副所长庞大鹏重点分析了…。在庞大鹏看来: an adverb after it, and the text names
            # the three characters again where a name stands)
            or any(
                re.match(f"{BETWEEN}{VERB}|看来|[，,]", simple[m.end() :]) is not None
                for m in re.finditer(cand, simple)
                if m.end() != end
            )
        )
    )


_CLAUSE_START = set("，,。；;：:！？!?“「『（(\n ")


def _word_surname_at_clause_start(simple: str, start: int, name: str) -> tuple[int, str] | None:
    """时殷弘说, "……时，时殷弘也只是说": a surname that is also a word (时, 于, 向) opening a
    clause right before a two-character name of jieba's that the text never writes
    without it — one three-character name."""
    before = start - 1
    if len(name) != 2 or before < 0 or simple[before] not in SURNAMES_1:
        return None
    if simple[before] not in _NOT_AFTER_ROLE or (
        before > 0 and simple[before - 1] not in _CLAUSE_START
    ):
        return None
    alone = written_at(simple, name)
    if any(simple[at - 1 : at] != simple[before] for at in alone):
        return None
    return before, simple[before] + name


def _word_surname_then_name(simple: str, seg: Segments, at: int) -> bool:
    """时, 于, 向 … right after a role word are a surname, not "when", "at", "towards", when
    the two characters after them are a name of jieba's that the text never writes alone:
    教授时殷弘多年来 (殷弘 only ever after 时), but not 代表时王毅说 (王毅 elsewhere alone)."""
    if simple[at] not in SURNAMES_1:
        return False
    named = seg.names.get(at + 3)
    word = seg.words.get(at + 1, "")
    if len(word) == 3 and _NEVER_LAST_OF_A_NAME.match(simple, at + 3):
        named = (at + 1, word[:2])  # 教授时 + 殷弘同 + 笔者: jieba glued 同 to the given name
    if named is None or named[0] != at + 1:
        return False
    alone = written_at(simple, named[1])
    return all(simple[a - 1 : a] == simple[at] for a in alone)


#: Adverbs jieba glues to the end of a name it does not know (王缉思则, 李明也); none of
#: them is a common last character of a given name (及 is: 张登及).
_GLUED = set("则也曾更亦均还就又都便即才仍在")


def _name_and_particle(word: str) -> bool:
    """Whether jieba's new word is a name with a particle glued to its end (王缉思则, 李明也):
    a word its dictionary does not have, whose last character is a particle or adverb and
    the rest a Han name of two or three characters."""
    return (
        3 <= len(word) <= 4
        and word[-1] in _GLUED
        and is_han_name(word[:-1])
        and not known_word(word)
    )


def _glued_last(simple: str, seg: Segments, word: str, nxt: str, end: int) -> bool:
    """Whether jieba glued a two-character name's third character to a particle after it
    (冯绍 + 雷则)."""
    return (
        len(word) == 2
        and len(nxt) == 2
        and _is_han(nxt)
        and nxt[1] in _NOT_THIRD
        and nxt[0] not in _NOT_THIRD
        and not seg.is_word(end, end + 2, simple)
    )


#: What a name after a role word never begins with: a conjunction, a preposition, an
#: adverb of time (several are also surnames, but rarely right after a role word).
_NOT_AFTER_ROLE = set("和与同及时在曾对向于是将也就被把让给从为以")
# "朴键一认为", "朴键一则提醒": a numeral as a name's last character, before a verb of saying
# (and perhaps 则 or 也), where jieba reads the numeral with what follows.
_NUMERAL_THEN_VERB = re.compile(f"[一二三四五六七八九十](?:则|也|还|又)?(?:{VERB})")
#: What never ends a name that jieba cut short: particles and adverbs (傅莹曾…, 王静更…).
_NOT_THIRD = NOT_GIVEN | set("曾更则均亦便即才正仍常首先后说称指认表谈问答")


#: What follows a name that opens a clause: a verb of saying or a preposition of place.
_AFTER_NAME = set("在表指说认对也则称强坦直谈回接从主发致提介分总透写补围就以作上所质本，,")
#: Single surnames that also stand alone as words before a name (由王毅主持, 时王毅).
_NOT_OWN_SURNAME = _NOT_AFTER_ROLE | PREPOSITIONS | set("由据经称")


def _with_own_surname(simple: str, seg: Segments, start: int, name: str) -> tuple[int, str]:
    """葉劉淑儀: a Hong Kong married woman's name, her husband's surname before her own
    surname and given name, read whole when the character before a three-character name is
    a surname that jieba leaves standing alone (叶 + 刘淑仪) or glues to a preposition (据叶 +
    刘淑仪), not the end of a word (院长)."""
    before = simple[start - 1 : start]
    glued = seg.words.get(start - 2, "")
    if (
        len(name) == 3
        and surname_len(name) == 1
        and before in SURNAMES_1
        and before not in _NOT_OWN_SURNAME
        and (
            seg.words.get(start - 1) == before
            or (len(glued) == 2 and glued[1] == before and glued[0] in _NOT_OWN_SURNAME)
        )
    ):
        return start - 1, before + name
    return start, name


def _own_latin(simple: str, start: int, name: str) -> str:
    """The Latin name the text gives in brackets right after a Chinese name when it is not
    the pinyin (葉劉淑儀（Regina Ip）): the name the person goes by in English."""
    latin = _LATIN_AFTER.match(simple, start + len(name))
    if latin is None:
        return ""
    said = latin.group("latin")
    return "" if _squashed(romanise(name)) == _squashed(said) else said


def _squashed(name: str) -> str:
    return re.sub(r"[\s'’-]", "", name).lower()


#: What joins a second name to the first (教授陈家豪与…).
_JOINS = set("与和及、")


#: What follows the second of two names joined by 与/和: a verb, or 同场, 一起, 分别, 等.
_AFTER_PAIR = re.compile("[在表指说认对也则称强坦直谈回接，,同一分等都共]")


def _coordinated(simple: str, seg: Segments, end: int) -> list[tuple[int, str]]:
    """ "教授杨成与杨剑同场讨论": the second of two names joined by 与, 和 or 及 right after a
    role and a name, when it is a Han name that is no word and a verb or 同场/一起 follows."""
    if simple[end : end + 1] not in ("与", "和", "及", "、"):
        return []
    at = end + 1
    for size in (3, 2):
        cand = simple[at : at + size]
        if (
            len(cand) == size
            and is_han_name(cand)
            and _AFTER_PAIR.match(simple, at + size)
            and not seg.is_word(at, at + size, simple)
            and not inside_word(simple, at, at + size, floor=at)
        ):
            return [(at, cand)]
    return []


#: What follows 曾 when it means "once" (曾多次, 曾经, 曾表示, 曾在), never a given name's start.
_ONCE_THEN = set("多一经表指说提认担任在对于与把被将已")
#: Adverbs and verbs after 曾 "once" that two characters of a given name could spell
#: (总统曾公开表示, 部长曾私下说): a word, not a name.
_ONCE_WORDS = frozenset(
    {"公开", "私下", "亲自", "当面", "直言", "坦言", "撰文", "发文", "明确", "反复", "先后"}
    | {"再三", "专门", "特意", "毫不", "罕见", "少有", "几度", "数次", "屡次"}
    | {"警告", "强调", "呼吁", "批评", "宣称", "承诺", "透露", "暗示", "断言", "声称"}
)


def _zeng_is_surname(simple: str, seg: Segments, at: int) -> bool:
    """曾 right after a role word is the surname, not "once", when the two characters after
    it can be a given name (not 多次, 表示: "once") and a verb of saying or a preposition
    follows them: 所长曾向红在…, 主任曾永明表示, but not 所长曾表示 or 所长曾向记者表示."""
    name = simple[at : at + 3]
    return (
        len(name) == 3
        and _is_han(name)
        and simple[at + 3 : at + 4] in _AFTER_NAME
        and name[1] not in _ONCE_THEN
        and name[1:] not in _ONCE_WORDS
        and name[2] not in NOT_GIVEN  # (向 is a preposition too, and a given name)
    )


def _is_han(text: str) -> bool:
    return HAN_RUN.fullmatch(text) is not None


def _before_dot(text: str, at: int) -> bool:
    return text[at : at + 1] in ("·", "•", "‧", "・")


def _surname_and_title(word: str) -> bool:
    """李教授, 欧阳院长: a surname and a title after it (jieba tags some as names)."""
    n = surname_len(word)
    return n > 0 and re.fullmatch(f"(?:{TITLES_AFTER_SURNAME})", word[n:]) is not None


def _after_quote_names(simple: str, seg: Segments) -> list[tuple[int, str]]:
    """ "“……”赵华胜说" and "“……”，王毅表示": a name right after a closing quotation mark."""
    found = []
    for m in re.finditer(f"[”」』][，,]?\\s*(?=[{HAN}]{{2,4}}{BETWEEN}{VERB})", simple):
        at = m.end()
        named = next(((a, n) for e, (a, n) in seg.names.items() if a == at), None)
        if named is not None and re.match(f"{BETWEEN}{VERB}", simple[at + len(named[1]) :]):
            if not _surname_and_title(named[1]):  # 李教授说: someone named before, not a name
                found.append(named)
            continue
        for size in (3, 2, 4):
            cand = simple[at : at + size]
            rest = simple[at + size :]
            if seg.is_word(at, at + size, simple) or at + size not in seg.starts:
                continue  # 文章认为: a word, not a name
            if is_han_name(cand) and re.match(f"{BETWEEN}{VERB}", rest):
                found.append((at, cand))
                break
    return found


def _labels(doc: Document, simple: str) -> list[tuple[int, str]]:
    """Interview labels "金灿荣：" that open two or more paragraphs, and a label alone on its
    line with the speaker's role in brackets ("金灿荣（中国人民大学教授）："), even once."""
    seen: dict[str, list[int]] = {}
    heads = headers(doc.paragraphs, simple)
    for para in doc.paragraphs:
        text = simple[para.start : para.end]
        m = LABEL.match(text) or label_line(text, heads, para.start)
        role = m is not None and bool(m.group("role"))
        who = m.group("who") if m else ""
        if re.search(f"{VERB}$", who) and is_han_name(re.sub(f"{VERB}$", "", who)):
            continue  # 林剑说：“…”: a name and its verb, no label
        # with a role in brackets, any surname and one or two characters (张维为)
        if m and (is_han_name(who) or (role and surname_len(who) and 2 <= len(who) <= 4)):
            starts = seen.setdefault(who, [])
            starts.append(para.start + m.start("who"))  # (after a handle's @)
            if role or m.groupdict().get("at"):
                starts.append(starts[-1])  # a role in brackets, a handle: a speaker, named once
    return [(starts[0], who) for who, starts in seen.items() if len(starts) >= 2]


def _holding(
    owners: Sequence[_Draft], title: str, titled: dict[str, set[str]] | None = None
) -> list[_Draft]:
    """Those of ``owners`` (namesakes) whose stated roles hold ``title`` (卢金大使, 李会长),
    or whose full name the text writes with it (王义桅老师 … 王老师)."""
    titled = titled or {}
    return [
        d for d in owners if any(title in r for r in d.role_texts) or title in titled.get(d.id, ())
    ]


_ANY_TITLE_AFTER = re.compile(f"(?:{TITLES_AFTER_SURNAME})")


def _titled_surname(simple: str, surname: str) -> Iterator[tuple[int, int, str]]:
    """Where ``surname`` is written with a title right after it (李教授, 王外长), left to
    right and not overlapping: (start, end, title). One pattern for every surname, not
    one compiled per surname and article."""
    at = simple.find(surname)
    while at >= 0:
        title = _ANY_TITLE_AFTER.match(simple, at + len(surname))
        if title is None:
            at = simple.find(surname, at + 1)
            continue
        yield at, title.end(), title.group()
        at = simple.find(surname, title.end())


def _mentions(doc: Document, simple: str, drafts: Sequence[_Draft]) -> list[Mention]:
    """Every full name, and every surname with a title (赵教授) of one person only."""
    spans: list[tuple[int, int, str, bool]] = []
    title_after = _ANY_TITLE_AFTER
    titled: dict[str, set[str]] = {}  # the titles written after each one's full name
    for d in drafts:
        for start in written_at(simple, d.key):
            end = start + len(d.key)
            if PLACE_AFTER.match(simple, end):
                continue  # 林肯纪念堂: a place named after someone, no mention of them
            spans.append((start, end, d.id, False))
            d.forms.add(doc.text[start:end])
            t = title_after.match(simple, end)
            if t is not None:  # "王义桅老师", "王毅外长"
                titled.setdefault(d.id, set()).add(t.group())
    foreign: dict[str, list[_Draft]] = {}
    for d in drafts:
        # A transliterated surname alone (科尔图诺夫认为) names one person, unlike 王 alone.
        if d.foreign and len(d.surname) >= 2:
            foreign.setdefault(d.surname, []).append(d)
    for surname, owners in foreign.items():
        title = _ANY_TITLE_AFTER
        for start in written_at(simple, surname):
            if len(owners) == 1:
                spans.append((start, start + len(surname), owners[0].id, False))
                continue
            # two 卢金: "卢金大使" is the one whose role is 大使; a bare 卢金 either
            t = title.match(simple, start + len(surname))
            holders = _holding(owners, t.group(), titled) if t else []
            end = t.end() if t and len(holders) == 1 else start + len(surname)
            spans.append((start, end, (holders or owners)[0].id, len(holders) != 1))
    by_surname: dict[str, list[_Draft]] = {}
    for d in drafts:
        if d.surname:
            by_surname.setdefault(d.surname, []).append(d)
    taken = Spans([(a, b) for a, b, _, _ in spans])
    for surname, owners in by_surname.items():
        for start, end, title in _titled_surname(simple, surname):
            if taken.contains(start):
                continue
            # two 李: "李会长" is the one whose stated role is 会长, when the others' stated
            # roles are other ones (a role left unsaid may be the same: "教授王义桅与王文")
            holders = _holding(owners, title, titled)
            settled = all(d.role_texts or d.id in titled for d in owners)
            one = owners if len(owners) == 1 else holders if settled else []
            if len(owners) > 1 and re.search(
                f"(?:两|二|三|四)位{re.escape(simple[start:end])}(?!的)", simple
            ):
                one = []  # "台上坐着两位李教授": the text calls both so; 李教授 is either
            ambiguous = len(one) != 1
            spans.append((start, end, (one or owners)[0].id, ambiguous))
            if not ambiguous:
                one[0].forms.add(doc.text[start:end])
    kept: list[tuple[int, int, str, bool]] = []
    for span in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return [Mention(pid, Span(doc.id, a, b), doc.text[a:b], amb) for a, b, pid, amb in kept]


# -- quotes -----------------------------------------------------------------------------------
