"""Chinese quotes: who said what in an article written in Chinese.

A quote is credited from the slot its speaker stands in: the name right after the closing
mark and a verb of saying (“……”赵华胜说), the name and verb before the opening one
(赵华胜表示：“……”), 他/她 for the person named just before, a quote right after a credited
one with nothing between. Interview answers (金灿荣：……, 答：……) and reported statements
(赵华胜认为，……; 据X介绍，……) are read too; a term singled out in quotation marks is nobody's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cached_property

from tealeaves.extract.attribution import (
    Last,
    Mentions,
    after_reported,
    credit_inside_reported,
    credit_quotes,
)
from tealeaves.extract.names import HAN, Spans
from tealeaves.extract.spans import QuoteSpan, quote_id, quote_spans, reported_quote
from tealeaves.extract.zh import (
    BETWEEN,
    BYLINE,
    HANDLE_LINE,
    LABEL,
    PAGE_FURNITURE,
    ROLE_END,
    ROLE_WORDS,
    TITLES_AFTER_SURNAME,
    VERB,
    headers,
    is_han_name,
    label_line,
    name_sex,
    word_tags,
)
from tealeaves.model import Document, Mention, Paragraph, Quote, Span
from tealeaves.scripts import simplified

_QUESTION_LABELS = ("记者", "问", "主持人", "编者")
_ANSWER_LABELS = ("答", "嘉宾", "受访者", "受访人")  # a broadcast's guest: the one interviewed
_NOTE_LABELS = ("编者", "导语", "摘要", "提要")  # 编者按：… introduces, nobody answers
#: Header lines of a broadcast or a page: what, when, where, who edits; nobody's words.
_META_LABELS = (
    "时间", "频道", "栏目", "来源", "编辑", "作者", "地点", "日期", "摄影", "整理", "主办",
    "本期嘉宾", "嘉宾介绍", "关键词", "出处",
)  # fmt: skip


def _speaker_before(simple: str, who: Mentions, lo: int, hi: int) -> str | None:
    """Speaker named in the sentence before a quote opening at ``hi``: "NAME……表示：“",
    "他说：“"."""
    frame = simple[lo:hi]
    words_of = _IN_WORDS_OF.search(frame)
    clause = words_of.group("clause") if words_of is not None else ""
    if clause and (who.within(lo + words_of.start("clause"), hi) or re.search(VERB, clause)):
        words_of = None  # "用他的话说，王毅表示“…”": someone else's words after it
    if words_of is not None and simple[lo + words_of.start() - 1 : lo + words_of.start()] not in (
        "套",
        "借",
    ):
        # "用我的俄罗斯同行瓦西里·卡申（Vasily Kashin）的话说，“…”": the one named last there,
        # right before 的话 (not "用特朗普评价普京的话来说", "用普京身边一位顾问的话说")
        own = re.fullmatch("([他她])(?:自己|本人)?", words_of.group("who"))
        if own is not None:  # 用他自己的话说: the one 他 is, not one named as an owner
            at = lo + words_of.start("who")
            para = who.doc.paragraph_at(at)
            last = who.last_in(who.doc.paragraphs[max(0, para.index - 2)].start if para else 0, at)
            if last is not None and simple[last.span.end : last.span.end + 1] == "的":
                # "记者问拉夫罗夫如何看待布林肯的表态。用他的话说": not 布林肯, an owner, when
                # another is named in that sentence (but "赵华胜的看法……。用他的话说": his)
                start = _sentence_start(simple, para.start if para else 0, last.span.start)
                if any(m.person != last.person for m in who.within(start, last.span.start)):
                    return None
                return last.person
            return who.pronoun(at)
        named = who.last_in(lo + words_of.start("who"), lo + words_of.end("who"))
        rest = simple[named.span.end : lo + words_of.end("who")] if named is not None else ""
        if (
            named is not None
            # (a title after the name: "引用普京总统的话说")
            and re.fullmatch(
                f"(?:{TITLES_AFTER_SURNAME})?(?:本人|自己)?(?:去年|今年|此前|曾经|当年|生前|早年)?"
                "(?:[（(][^（）()]{1,40}[）)])?",
                rest,
            )
            and not _OF_SOMEONE.search(words_of.group("who"))
        ):
            return None if named.ambiguous else named.person
    m = re.search(f"{VERB}(?:道)?[：:，,]?\\s*$", frame)
    if m is None:
        return None
    end = lo + m.start()
    if simple[end - 1 : end] == "的":
        return None  # 特朗普本人的表态“…”: a noun, someone's statement, not a speaker
    verb_at = end
    if simple[end - 1 : end] == "所" and re.search(
        "(?:正如|诚如|如|就像|正像)[^，,。；;“”]{1,20}所$", simple[lo:end]
    ):
        end -= 1  # "正如王毅外长此前所说：“…”": the one named before 所
    between = re.search(f"{BETWEEN}$", simple[lo:end])
    if between and between.group():
        end -= len(between.group())
    if simple[end - 1 : end] in ("他", "她") and simple[end - 2 : end] not in ("其他", "吉他"):
        return who.pronoun(end - 1)
    mention = who.ending_at(end)
    if mention is None:
        # "王老师在微博上写过": the title (老师) is the mention's own end, not a word between
        mention = next(
            (m for m in who.within(lo, verb_at) if m.span.start < end < m.span.end), None
        )
    if mention is None or mention.ambiguous:
        return None
    return mention.person


# What may open a sentence before its subject: a short clause of time or place and a comma
# (采访结束时，阎学通又补充了一句：“…”).
_LEAD = re.compile(r"[^，,。；;“”「」‘’]{0,12}[，,]")


def _opening(simple: str, who: Mentions, lo: int, hi: int) -> tuple[Mention | None, int]:
    """The mention that opens the sentence starting at ``lo`` (after a short clause of time,
    or after a role: "外交部发言人毛宁在……时说"), and where the subject stands."""
    at = lo
    while simple[at : at + 1].isspace():
        at += 1
    subject = who.at(at)
    lead = _LEAD.match(simple, at) if subject is None and simple[at] not in "他她" else None
    if lead is not None:
        inner = who.first_in(at, lead.end())
        if inner is not None and re.search(VERB, simple[inner.span.end : lead.end()]):
            return inner, at  # 不过冯老师也提醒，……: the lead is the subject's own clause
        at = lead.end()
        subject = who.at(at)
    if subject is None and simple[at : at + 1] not in ("他", "她"):
        first = who.first_in(at, hi)
        role = simple[at : first.span.start] if first is not None else ""
        if (ROLE_END.search(role) or _MY_PERSON.fullmatch(role)) and not re.search(
            "[，,。；;“”「」]", role
        ):
            subject = first
    return subject, at


# "我的同事费奥多尔·卢基扬诺夫常说": the speaker's colleague, friend, teacher, named after it.
_MY_PERSON = re.compile("(?:我|我们)的(?:老)?(?:同事|朋友|同行|老师|学生|导师|同学)[、，,]?")


def _sentence_subject(simple: str, who: Mentions, lo: int, hi: int) -> str | None:
    """ "冯绍雷用一句话总结：“…”", "林剑在回答另一个问题时说，中方……，“…”": the person who
    opens the sentence, when a verb of saying or a colon comes before the quote and nobody
    else is named in between."""
    linked = _CONNECTIVE.match(simple, lo + len(simple[lo:hi]) - len(simple[lo:hi].lstrip()))
    if (
        linked is not None
        and simple[linked.end() : linked.end() + 1] in ("他", "她")
        and simple[linked.end() + 1 : linked.end() + 2] not in ("国", "们", "人", "所", "的")
    ):  # (not 他国 "other countries", 他们, 她所在的外交部: no he or she who speaks)
        subject, at = None, linked.end()  # "不过她认为，…：「…」": a connective, then 他/她
    else:
        subject, at = _opening(simple, who, lo, hi)
    pronoun = subject is None and simple[at : at + 1] in ("他", "她") and simple[at + 1] != "们"
    if (subject is None or subject.ambiguous) and not pronoun:
        return None
    end = at + 1 if pronoun else subject.span.end  # type: ignore[union-attr]
    if _ONES_PERSON.match(simple, end):
        return None  # 别洛娃的同事、老水手根纳季则插话说：“…”: her colleague speaks
    rest = simple[end:hi]
    quoting = _QUOTING.search(rest)
    if quoting is not None:  # 他援引鲁比奥的话说，……“…”: the words are the one quoted
        source = who.first_in(end + quoting.end(), hi)
        return source.person if source is not None and not source.ambiguous else None
    others = [m for m in who.within(end, hi) if not _POSSESSIVE.match(simple, m.span.end)]
    if others or re.search("[他她]", rest):
        return None
    if _UNNAMED_ASKS.search(rest):
        return None  # 他还提到，当时有人问：“…”: someone he does not name asked it
    if not (re.search(VERB, rest) or re.search(r"[：:]\s*$", rest)):
        return None
    return who.pronoun(at) if pronoun else subject.person  # type: ignore[union-attr]


# "别洛娃的同事", "冯玉军的妻子": someone known by whose they are, not the one named.
_ONES_PERSON = re.compile(
    "的(?:同事|妻子|丈夫|女儿|儿子|学生|助手|助理|朋友|父亲|母亲|秘书|下属|同行|邻居|老师|"
    "搭档|翻译|司机|同伴|同学|家人)"
)


# A who's-who entry after a name and a colon: the person's post, and a comma or a stop.
_DESCRIBED = re.compile(
    # (not words of one's own: "我同意金教授。")
    f"(?![^，,。]*[我你])(?:[^，,。：:“”「」]{{0,14}}(?:{ROLE_WORDS})(?:[，,。；]|$)"
    f"|[^，,。]{{0,10}}(?:\\d{{4}}年生|生于))"
)


def _phrase_owner(simple: str, who: Mentions, lo: int, at: int, close_at: int) -> str | None:
    """Whose words a short quote is when its sentence says so: "正如X所言，……“…”", "X形容
    ……“…”", "X用“…”来形容……"."""
    frame = simple[lo:at]
    view = _IN_THE_VIEW_OF.search(frame)
    if view is not None:  # (the last name: "正如普京的发言人佩斯科夫所言" is Peskov's)
        named = who.last_in(lo + view.start("who"), lo + view.end("who"))
        return None if named is None or named.ambiguous else named.person
    described = _DESCRIBES.search(frame)
    if described is not None:
        end = lo + described.start()
        named = who.ending_at(end)
        if named is None:
            # "达巍则把美国的做法形容为“…”": 把 and its object between the name and 形容
            held = _HOLDS_AS.search(frame, 0, described.start())
            end = lo + held.start() if held is not None else end
            between = re.search(f"{BETWEEN}$", simple[lo:end]) if held is not None else None
            if between is not None and between.group() and not re.search("[都均]", between.group()):
                # 秦刚在记者会上把…形容为: the words between (not 都/均: "王毅和拉夫罗夫都把…",
                # two who said it)
                end -= len(between.group())
            named = who.ending_at(end) if held is not None else None
            titled = _TITLE_BEFORE.search(simple, lo, end) if held is not None else None
            if named is None and titled is not None:
                named = who.ending_at(titled.start())  # 托卡耶夫总统还把中亚形容为“…”
        if named is None:
            if _OF_THOSE.match(simple, close_at + 1):
                return None  # "把A形容为“…”的，正是里根", "…的政客": the describer is elsewhere
            return _unnamed_describer(simple, who, end)
        return None if named.ambiguous else named.person
    if frame.endswith("用") and re.match("来(?:形容|描述|概括|比喻)", simple[close_at + 1 :]):
        named = who.ending_at(lo + len(frame) - 1)
        return None if named is None or named.ambiguous else named.person
    return None


_TITLE_BEFORE = re.compile(f"(?:{TITLES_AFTER_SURNAME})$")


def _unnamed_describer(simple: str, who: Mentions, end: int) -> str | None:
    """Who describes a thing when no name stands right before the verb (or 把) at ``end``:
    "她形容这种叙事是“…”" (她 right before), "他回顾了……，把上合组织形容为“…”" (a clause whose
    subject is the sentence's: its 他, or the one it opens with, nobody else named between)."""
    if simple[end - 1 : end] in ("他", "她") and simple[end - 2 : end - 1] != "其":
        return who.pronoun(end - 1)  # (not 其他, "the others")
    if simple[end - 1 : end] not in ("，", ","):
        return None
    para = who.doc.paragraph_at(end)
    start = _sentence_start(simple, para.start if para else 0, end)
    while simple[start : start + 1].isspace():
        start += 1
    named = who.within(start, end)
    if simple[start : start + 1] in ("他", "她") and simple[start + 1 : start + 2] != "们":
        return None if named else who.pronoun(start)
    first = who.at(start)
    if first is None or first.ambiguous or any(m.person != first.person for m in named):
        return None
    return first.person


# "用特朗普评价普京的话来说", "用西方媒体形容习近平的话说": words about the one named last.
_OF_SOMEONE = re.compile("评价|形容|回应|称赞|批评|评论|描述|称呼|谈到|提到|指责|赞扬|调侃")
# "用X的话说，" before the quote: X's words, however X is introduced.
_IN_WORDS_OF = re.compile(
    "用(?P<who>[^，,。；“”「」]{1,40}?)的话(?:来)?说[，,：:]?"
    # ("用他自己的话说，特别代表的工作就是“…”": a few words of the sentence before the quote)
    "(?P<clause>[^，,。；：:“”「」]{0,24})\\s*$"
)
# (not "在X看来，…“…”": a view, whose short terms the annotators leave to nobody)
_IN_THE_VIEW_OF = re.compile("(?:正如|如同)(?P<who>[^，,。；“”「」]{2,16}?)(?:所言|所说)[，,]")
# Verbs that describe a thing as something ("形容为", "概括为", "称为").
_DESCRIBE_VERB = "(?:形容|称|比喻|概括|定义|定性)"
_DESCRIBES = re.compile(f"{_DESCRIBE_VERB}(?:为|成)?[^，,。；“”「」]{{0,12}}$")
# "把……" before 形容为: the name stands before 把 (perhaps with 则/也/还 between)
_HOLDS_AS = re.compile("(?:则|也|还|更|又|曾)?(?:把|将)[^，,。；“”「」]{1,20}$")


# A word that links a sentence to the one before, ahead of its subject.
_CONNECTIVE = re.compile("(?:不过|但是|但|然而|同时|此外|另外|可是|对此|随后)[，,]?")


# Someone unnamed who speaks or asks: "有人问了一个问题：", "一位官员对他说：".
_UNNAMED_ASKS = re.compile(
    # ("受访者最常说的一句话是：", "当地人常说：": people the text does not name, speaking)
    "(?:受访者|受訪者|当地人|當地人|网友|網友|民众|民眾|老百姓|居民|村民|市民|商户|商戶|"
    "牧民|农民|農民|渔民|漁民|司机|司機|商人|"
    "有(?:专家|專家|学者|學者|分析人士|官员|官員|人士|评论|評論|媒体|媒體)|"
    f"与会者|與會者|受访对象)[^，,。；“”「」]{{0,12}}?(?:{VERB}|问|提问)[^，,。；“”「」]{{0,12}}[：:]\\s*$|"
    f"(?:有人|一位|一名|某位)[^，,。；“”「」]{{0,12}}?(?:{VERB}|问|提问)[^，,。；“”「」]{{0,12}}[：:]\\s*$"
)
# 援引X的话: the subject passes on another's words.
_QUOTING = re.compile("(?:援引|引用|引述|转述)")
# 特朗普本人的表态: a name that owns what follows is not a subject in the way.
_POSSESSIVE = re.compile("(?:本人|自己)?的")


class _ZhMentions(Mentions):
    """他/她 opening a sentence is the person who opened the sentence before it (李慧敏引述了
    习近平的话。她说：“…”), else the last person named."""

    def __init__(self, doc: Document, simple: str, *args: object) -> None:
        super().__init__(doc, *args)  # type: ignore[arg-type]
        self.simple = simple
        self.sexes: dict[str, str] = {}  # person -> 他 or 她, as the text has called them

    def pronoun(self, at: int) -> str | None:
        """As :meth:`_pronoun`, but nobody where the text has already called the person by
        the other pronoun (毛宁 was 她: a later 他 is someone else)."""
        said = self.simple[at : at + 1]
        person = self._pronoun(at)
        if person is None or said not in ("他", "她"):
            return person
        para = self.doc.paragraph_at(at)
        floor = self.doc.paragraphs[max(0, para.index - 1)].start if para else 0
        last = self.last_in(floor, at)
        since = last.span.end if last is not None else floor
        if _SOMEONE_UNNAMED.search(self.simple, since, at):
            return None  # 王丁…。曾经打鱼的老周如今…。他笑着说: 老周, whom we cannot name
        if said == "她" and para is not None and _UNNAMED_WOMAN.search(self.simple, para.start, at):
            return None  # "采访了一位不愿透露姓名的女外交官。……不过她认为": that woman
        if said == "她" and self._sex_of(person) != "f" and self.sexes.get(person) != "她":
            # "毛宁说，…。¶她还指出 …¶崔珩补充说 …¶她表示": the one woman the text has called 她
            # (a live blog's entries between), when the one named last is not known as one
            women = [p for p, s in self.sexes.items() if s == "她"]
            if (
                len(women) == 1
                and women[0] != person
                and self._sex_of(women[0]) != "m"
                and any(is_han_name(m.surface) for m in self.everywhere if m.person == person)
            ):  # (崔珩, whose name tells no sex; not 卡拉斯, Kallas)
                floor = self.doc.paragraphs[max(0, para.index - 3)].start if para else 0
                seen = self.within(floor, at)
                last_her = max((n for n, m in enumerate(seen) if m.person == women[0]), default=-1)
                here = para is not None and any(
                    m.person == person for m in self.within(para.start, at)
                )
                if (
                    last_her >= 0
                    and not here
                    and {m.person for m in seen[last_her + 1 :]} == {person}
                ):
                    return women[0]
        if said == "她" and self._sex_of(person) == "m":
            # "…李勇慧…。瓦西里·卡申则…说，…。不过她认为": the last woman named, when the man
            # named since is a man by his name and no other woman stands between
            person = self._last_woman(para.start if para else floor, at)
            if person is None:
                return None
        if self.sexes.setdefault(person, said) != said:
            return None
        return person

    def _sex_of(self, person: str) -> str:
        """A person's sex as the forms the text names them by tell it, else "?"."""
        return self._name_sexes.get(person, "?")

    @cached_property
    def _name_sexes(self) -> dict[str, str]:
        """Each person's sex as all the forms the text names them by agree on it (found once
        for the article, not at every 她)."""
        told: dict[str, set[str]] = {}
        for m in self.everywhere:
            told.setdefault(m.person, set()).add(name_sex(m.surface))
        out = {}
        for person, sexes in told.items():
            sexes.discard("?")
            if len(sexes) == 1:
                out[person] = sexes.pop()
        return out

    def _last_woman(self, floor: int, at: int) -> str | None:
        """The one woman by her name among the people named in [floor, at) (the others
        being men by their names, or of no sex their names tell)."""
        named = {
            m.person
            for m in self.within(floor, at)
            # (not one named as the owner of a thing: "谈到学者李丽梅的新书时")
            if not m.ambiguous and self.simple[m.span.end : m.span.end + 1] != "的"
        }
        women = [p for p in named if self._sex_of(p) == "f"]
        return women[0] if len(women) == 1 else None

    def _pronoun(self, at: int, depth: int = 0) -> str | None:
        para = self.doc.paragraph_at(at)
        if para is not None:
            # "王文：我……长谈。他跟我说": the answer's label is who speaks as 我, never 他
            label = LABEL.match(self.simple[para.start : para.end])
            if label is not None and label.group("who")[:1] in ("他", "她"):
                label = None  # "他表示：“…”": a pronoun and its verb, no speaker's label
            floor = para.start + label.start("body") if label else para.start
            start = _sentence_start(self.simple, floor, at)
            # (在他看来, 据她介绍: the pronoun opens the sentence all the same)
            if self.simple[start:at].strip() in ("", "在", "据") and start > floor:
                found = self._opener(
                    _sentence_start(self.simple, floor, start - 1), start, at, depth
                )
                if found is not None:
                    return found or None
            elif not self.simple[floor:at].strip() and not label and para.index > 0:
                # "达巍指出，特朗普政府……。¶他强调，……": a paragraph opening with 他 goes on
                # from the sentence that closed the paragraph before, as one inside it would
                prev = self.doc.paragraphs[para.index - 1]
                end = prev.start + len(self.simple[prev.start : prev.end].rstrip())
                if end > prev.start and self.simple[end - 1] in "。！？!?":
                    before = _sentence_start(self.simple, prev.start, end - 1)
                    if not LABEL.match(self.simple[prev.start : prev.end]):
                        found = self._opener(before, end, at, depth, speaking=True)
                        if found is not None:
                            return found or None
        return super().pronoun(at)

    def _opener(
        self, before: int, start: int, at: int, depth: int, speaking: bool = False
    ) -> str | None:
        """The person the sentence [before, start) opens with, for the 他/她 at ``at`` that
        opens the next one: "" for nobody (two could be meant), None when that sentence
        does not say. With ``speaking`` (across paragraphs), not one who turns to someone
        named after them (王芳专访了阎学通, 普京向王贻芳颁发了勋章, 向冯玉军提出了问题)."""
        # "陈家豪认为，…；李慧敏则不同意。她表示": the last clause after ； opens with her
        clause = max(self.simple.rfind(c, before, start - 1) for c in "；;")
        if clause >= 0 and self.within(clause, start - 1):
            before = clause + 1
        subject, _ = _opening(self.simple, self, before, start)
        lead = before + len(self.simple[before:start]) - len(self.simple[before:start].lstrip())
        if (
            speaking
            and subject is not None
            and _TURNS_TO.search(self.simple, subject.span.end, start)
        ):
            return None  # 王芳专访了阎学通, 普京向王贻芳颁发了勋章: the one turned to speaks next
        if (
            speaking
            and subject is not None
            and _MEETS_SOMEONE.search(self.simple, subject.span.end, start)
            and any(m.person != subject.person for m in self.within(subject.span.end, start))
            # (not "王毅在…会见拉夫罗夫时表示", "王毅表示，他同布林肯通话时": the subject speaks)
            and not re.search(VERB, self.simple[subject.span.end : start])
        ):
            return ""  # 普京接见了张汉晖。¶他说: host or guest, either could speak
        if (
            subject is None
            and depth < 3
            and self.simple[lead : lead + 1] == self.simple[at : at + 1]
            and self.simple[lead + 1 : lead + 2] != "们"
        ):
            # "林中斌的判断较为冷静。他认为，特朗普政府……。他说：": the same 他 as the
            # sentence before, not the leader named inside what he thinks
            return self._pronoun(lead, depth + 1) or ""
        if subject is not None and re.match("[与和及、]", self.simple[subject.span.end :]):
            return ""  # 林剑与毛宁均未回答…。她只说: either could be meant
        if subject is not None and not subject.ambiguous:
            return subject.person
        return None


# A meeting of two: after it, "他" may be either.
_MEETS_SOMEONE = re.compile("(?:会见|接见|会晤|会谈|宴请|通话|见了|拜会)")
# A verb that turns to someone named after it, who then speaks: an interview, an award, a
# question, an invitation.
_TURNS_TO = re.compile(
    f"(?:专访|采访|颁发|授予|颁授|提问|询问|请教|邀请|请|问|向[{HAN}·]{{2,12}}?提出)"
)


def _sentence_start(simple: str, floor: int, at: int) -> int:
    """Where the sentence around ``at`` starts, a quotation inside it being part of it: after
    the last 。！？ outside quotation marks in [floor, at), or after a closing mark that
    ends a sentence (“…伸过来。”她还表示: 她 opens a sentence, and the one before is the one
    that opened the quotation)."""
    start, depth = floor, 0
    for n in range(floor, at):
        c = simple[n]
        if c in _OPENING:
            depth += 1
        elif c in _CLOSING:
            depth = max(0, depth - 1)
            if depth == 0 and n > floor and simple[n - 1] in "。！？!?":
                start = n + 1
        elif depth == 0 and c in "。！？!?":
            start = n + 1
    return start


_OPENING, _CLOSING = "“「『", "”」』"
# Someone the text calls by a familiar form or does not name: 老周, 小王, 一位高管,
# 一家企业的负责人, 业内人士.
# A woman the text does not name: "一位不愿透露姓名的女外交官", "一名女记者"
_UNNAMED_WOMAN = re.compile("(?:一位|一名|某位|有位)[^，,。；“”「」]{0,14}?女(?!儿|士)")
_SOMEONE_UNNAMED = re.compile(
    "(?:老|小)[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜"
    "叶苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦邹孟熊秦邱尹薛段雷侯龙陶黎贺顾毛郝龚邵万严武戴孔]"
    "|一位|一名|某位|某家|一家[^，,。；“”「」]{1,24}?(?:负责人|老板|经理|高管|店主|员工|工作人员)"
    "|(?:知情|业内|市场|行业|金融界|外交|消息|权威|接近[^，,。；“”「」]{1,12}的)人士"
)


# After a quote that ends its sentence: "这是" (whose words they were), or a clause of time
# and a comma before the one who "这样说"
_SAID_AFTER = re.compile(
    "[ \t]*(?:(?P<these>这是|这就是|这是当时)"
    "|(?:在[^，,。“”「」]{1,20}?时|随后|事后|会后)[，,])[ \t]*"
)


def _speaker_after(simple: str, who: Mentions, lo: int) -> str | None:
    """ "”赵华胜说。", "”，他表示。", "”—— 达巍（…）": the speaker right after a quote
    closing at ``lo``."""
    dash = re.match(r"[ \t\n]*(?:——|—|－－|--)[ \t]*", simple[lo:])
    if dash:  # "”—— 达巍（清华大学…）": a credit line, no verb
        credited = who.at(lo + dash.end())
        return None if credited is None or credited.ambiguous else credited.person
    said = _SAID_AFTER.match(simple, lo)
    if said is not None:  # "“…”这是王毅在记者会上的原话。", "“…”在接受采访时，赵华胜这样说。"
        credited = who.at(said.end())
        if (
            credited is not None
            and not credited.ambiguous
            and (
                (
                    said.group("these")
                    and re.match(
                        "[^。！？“”「」]{0,24}?(?:的原话|说的|所说|讲的)",
                        simple[credited.span.end :],
                    )
                )
                or (
                    not said.group("these")
                    and re.match(
                        f"{BETWEEN}(?:这样|如是|如此)(?:{VERB}|说)", simple[credited.span.end :]
                    )
                )
            )
        ):
            return credited.person
    lead = re.match(r"[，,]?[ \t]*", simple[lo:])  # never into the next paragraph
    at = lo + (lead.end() if lead else 0)
    if simple[at : at + 1] in ("他", "她") and re.match(f"{BETWEEN}{VERB}", simple[at + 1 :]):
        return who.pronoun(at)
    mention = who.at(at)
    if mention is None or mention.ambiguous:
        return None
    if not re.match(f"{BETWEEN}{VERB}", simple[mention.span.end :]):
        return None
    return mention.person


def _clause_subject(simple: str, who: Mentions, lo: int, hi: int) -> str | None:
    """ "他说，……，卢基扬诺夫在会上讲了一句话：“": the person who opens the last clause
    before the colon, when it is the only one named in it and it speaks (a verb of saying or
    话)."""
    cut = max(simple.rfind(c, lo, hi) for c in "，,；;")
    if cut < 0:
        return None
    subject, _ = _opening(simple, who, cut + 1, hi)
    if subject is None or subject.ambiguous:
        return None
    rest = simple[subject.span.end : hi]
    if who.within(subject.span.end, hi) or not re.search(f"{VERB}|话", rest):
        return None
    return subject.person


def _new_sentence_after(simple: str, s: QuoteSpan) -> bool:
    """ "…讲了一句话：“……。”吴大辉认为，这句话……": the quotation closed its sentence and the
    name after it opens a sentence of its own (its verb goes on with a clause, not 。 or
    another quotation), so it does not tag the quotation."""
    if simple[s.close_at - 1 : s.close_at] not in ("。", "！", "？"):
        return False
    return _TAG_GOES_ON.match(simple, s.close_at + 1) is not None


# A name and a verb of saying after a quotation, going on with a clause: "王缉思认为，这句话".
_TAG_GOES_ON = re.compile(rf"[^，,。“”「」]{{1,24}}?{VERB}[，,：:]\s*[^“「\s]")


def find_quotes(doc: Document, mentions: Sequence[Mention]) -> list[Quote]:
    """Direct quotes (“”, 「」, nested ‘’) with their speakers, scare-quoted terms (nobody's),
    interview answers, and reported statements ("赵华胜认为，……", "据X介绍，……")."""
    simple = simplified(doc.text)
    spans = quote_spans(doc)
    quoted = [(s.open_at, s.close_at) for s in spans if s.depth == 0]
    who = _ZhMentions(doc, simple, mentions, quoted)
    ids: dict[str, int] = {}

    def credit(s: QuoteSpan, lo: int, last: Last | None) -> tuple[str, str | None]:
        after = simple[s.close_at + 1 : s.close_at + 7]
        kind = _kind_zh(doc.text[s.start : s.end], simple[lo : s.open_at], after)
        speaker = None
        if s.depth == 0 and kind == "statement":
            before = _speaker_before(simple, who, lo, s.open_at)
            # 王毅……说：“…”拉夫罗夫随后补充说: after a colon, its subject, not the next name
            colon = re.search(r"[：:]\s*$", simple[lo : s.open_at]) is not None
            if colon:
                speaker = (
                    before
                    or _sentence_subject(simple, who, lo, s.open_at)
                    or _clause_subject(simple, who, lo, s.open_at)
                )
            if speaker is None and not (colon and _new_sentence_after(simple, s)):
                speaker = _speaker_after(simple, who, s.close_at + 1)
            speaker = speaker or before
            if speaker is None and last is not None and last[1] is not None:
                speaker = _continues(simple, who, last, s)
            if speaker is None and not colon:  # (after a colon it was asked already)
                speaker = _sentence_subject(simple, who, lo, s.open_at)
            if speaker is None:
                speaker = _after_one_named(doc, simple, who, s)
            if speaker is None and _DESCRIBES.search(simple, lo, s.open_at):
                # "托卡耶夫总统还把中亚形容为“…，…”": a long description is the describer's too
                speaker = _phrase_owner(simple, who, lo, s.open_at, s.close_at)
        if (
            s.depth == 0
            and kind in ("scare", "phrase")
            and _described_by_others(simple, s.open_at, s.close_at)
        ):
            return kind, None  # "把苏联形容为“邪恶帝国”的政客": theirs, whom it does not name
        if (
            s.depth == 0
            and kind in ("scare", "phrase")
            and _IN_WORDS_OF.search(simple, lo, s.open_at)
        ):
            # 用他自己的话说，……就是“多听、多谈、多做劝和工作”: words, whose the frame says (or
            # nobody's, when it cannot say whose: not the one its 他 might seem to be)
            owner = _speaker_before(simple, who, lo, s.open_at)
            return ("phrase", owner) if owner is not None else (kind, None)
        if s.depth == 0 and kind == "scare":
            owner = _phrase_owner(simple, who, lo, s.open_at, s.close_at)
            if owner is not None:  # 赵华胜形容两国关系“…”, 在赵华胜看来，……“…”
                return "phrase", owner
        if (
            s.depth == 0
            and kind == "scare"
            and not _TERM_AROUND.search(simple, max(lo, s.open_at - 6), s.open_at)
            and not (
                _term_before(
                    simple[s.open_at + 1 : s.close_at], simple[max(lo, s.open_at - 6) : s.open_at]
                )
            )
        ):
            owner = _verb_in_clause(simple, who, lo, s.open_at)
            if owner is not None:  # 马克龙总统曾经说北约已经“脑死亡”: his words
                return "phrase", owner
        if s.depth == 0 and kind in ("scare", "phrase"):
            said = _SAID_BY.search(simple, max(lo, s.open_at - 12), s.open_at)
            owner = who.ending_at(said.start()) if said is not None else None
            to = simple[owner.span.start - 1 : owner.span.start] if owner is not None else ""
            if to and to in "对向跟和同":
                owner = None  # "拜登对普京所说的“…”": said to him, not by him
            if owner is not None and not owner.ambiguous:
                return "phrase", owner.person  # 潘功胜所说的“多层次跨境支付体系”: his words
        if s.depth == 0 and kind == "phrase":
            # 郭嘉昆12日在记者会上回应称：“公开透明”: the sentence's subject, as for statements
            speaker = _speaker_before(simple, who, lo, s.open_at) or _sentence_subject(
                simple, who, lo, s.open_at
            )
        return kind, speaker

    quotes = credit_quotes(
        doc,
        spans,
        credit,
        starts=lambda floor, at: _sentence_start(simple, floor, at),
        context_after=120,
        ids=ids,
    )
    answers = _answers(doc, simple, who, quoted, ids)
    quotes = _own_words_in_answers(simple, who, quotes, answers) + answers
    reported = _reported(doc, simple, who, quoted, ids)
    quotes = credit_inside_reported(
        quotes,
        reported,
        lambda q: _singled_out(simple, q),
        who,
        lambda lo, hi: (
            re.search(VERB, _NO_SAYING.sub("＿", simple[lo:hi])) is not None
            or _OTHERS_SAY.search(simple, lo, hi) is not None
            or _DEMANDED.search(_last_clause(simple, lo, hi)) is not None
        ),
        lambda m: (
            _WORDS_OF.match(simple, m.span.end) is not None
            # "据他介绍，李辉在会谈时，曾把中方的角色概括为“…”": the one who described it (not
            # one met or spoken to: "他在会见王毅时把…概括为")
            or (
                _DESCRIBED_BY.match(simple, m.span.end) is not None
                and not _MET_OR_TOLD.search(simple, max(0, m.span.start - 4), m.span.start)
            )
        ),
    )
    quotes = after_reported(doc, who, quotes, reported)
    quotes = _nested_speakers(simple, who, quotes)
    reported += _unnamed_reported(doc, simple, who, quoted, reported, ids)
    return sorted(quotes + reported, key=lambda q: q.span.start)


# Inside someone's words, a third person introduced with a verb of saying right before the
# inner quote: "王毅外长说得好：‘…’", "库尔特·坎贝尔曾经对我说：‘…’" (after the name: titles,
# adverbs, "对我"; the verb; a colon or a comma).
_NESTED_INTRO = re.compile(
    f"(?:{BETWEEN})(?:(?P<verb>{VERB})[过了]?"
    # ("用王毅外长的话说", "正如王毅外长所说", "正如基辛格当年那句玩笑话")
    "|的话(?:来)?说|所说|所言|(?:的|那句|这句)(?:名言|玩笑话|老话|话))[：:，,]?\\s*$"
)
# What may stand before the name in its sentence: a role, a time, "我记得"; no verb of its own,
# and not a preposition that makes the name one spoken to or a time ("我当面对布林肯说",
# "美国记者在王毅致辞时说").
_NESTED_LEAD = re.compile(
    "[^，。！？；：“”‘’「」『』]{0,16}(?<![对向跟和与同给在据为让请问替被把])$"
)


# What stands before the name when the words are named as theirs: "用", "正如", "借用".
_WORDS_OF_LEAD = re.compile("(?:用|借用|套用|引用|正如|诚如|如)?")


def _nested_speakers(simple: str, who: Mentions, quotes: list[Quote]) -> list[Quote]:
    """A quote nobody was credited with inside someone's credited words, which those words
    introduce with one person named in its own sentence and a verb of saying right before it
    ("赵华胜说：“……王毅外长说得好：‘……’……”"): that person's words, not the one who quotes
    them. A saying ("中国老话说：‘……’") names nobody and stays nobody's."""
    outers = [q for q in quotes if q.kind == "statement" and q.speaker is not None]
    out = []
    for q in quotes:
        outer = None
        if q.speaker is None and q.kind in ("statement", "phrase"):
            outer = next(
                (o for o in outers if o.span.start < q.span.start and q.span.end <= o.span.end),
                None,
            )
        if outer is not None:
            opened = q.span.start - 1  # the inner opening mark
            lo = max(
                outer.span.start,
                *(simple.rfind(c, outer.span.start, opened) + 1 for c in "。！？；"),
            )
            named = who.within(lo, opened, everywhere=True)
            intro = _NESTED_INTRO.fullmatch(simple, named[-1].span.end, opened) if named else None
            if (
                intro is not None
                and len({m.person for m in named}) == 1
                and not named[0].ambiguous
                and named[0].person != outer.speaker
                and _NESTED_LEAD.fullmatch(simple, lo, named[0].span.start)
                # (words of theirs only after 用/正如/借用…: not "用我当年提醒布林肯的话说",
                # "正如美国媒体批评王毅外长所说")
                and (
                    intro.group("verb") is not None
                    or _WORDS_OF_LEAD.fullmatch(simple, lo, named[0].span.start)
                )
            ):
                q = replace(q, speaker=named[0].person)
        out.append(q)
    return out


# "华盛顿要求盟友在对华问题上“统一步调”": in the clause that holds the quote, a demand of
# someone else that the statement reports (not "…一向要求企业守法，「…」", a clause apart).
# (not the speaker's own side's or own: "中方要求日方“…”", "他号召…“…”", nor a noun: "按照…的
# 要求“…”")
_DEMANDED = re.compile("(?<!中方)(?<!我方)(?<!我们)(?<![的他她])(?:要求|敦促|号召)")


def _last_clause(simple: str, lo: int, hi: int) -> str:
    """The text of [lo, hi) after its last comma or semicolon."""
    text = simple[lo:hi]
    return re.split("[，,；;]", text)[-1]


#: Words that hold a verb of saying's character and say nothing: "北极航道的安全", "问题",
#: "名称", "一道" (together) (in "…提醒我，俄方对北极航道的安全“…”" nobody else speaks).
_NO_SAYING = re.compile(
    "(?:航|渠|通|轨|频|街|跑|赤|知|难|味|霸|铁|管|隧|车|步|水|河|古|公|地|正|门|人|一)道|道路|道理|"
    "道德|道义|问题|学问|顾问|访问|疑问|问责|问卷|名称|称号|对称|堪称|号称|简称|俗称|统称|称霸"
)


def _own_words_in_answers(
    simple: str, who: Mentions, quotes: list[Quote], answers: list[Quote]
) -> list[Quote]:
    """A quote nobody was credited with inside an interview answer, right after the
    answerer's own "我……说：" ("关贵海：…我常对学生说：“…”"): the answerer's words."""
    spans = [(a.span.start, a.span.end, a.speaker) for a in answers if a.speaker]
    if not spans:
        return quotes
    out = []
    for q in quotes:
        a, owner = next(((a, sp) for a, b, sp in spans if a <= q.span.start < b), (0, None))
        if (
            owner is not None
            and q.speaker is None
            and q.kind in ("statement", "phrase", "scare")
            and not (q.kind != "statement" and _singled_out(simple, q))
        ):
            start = _sentence_start(simple, a, q.span.start - 1)
            lead = simple[start : q.span.start].rstrip("“「『‘ ")
            if _OWN_SENTENCE.fullmatch(lead) and not who.within(start, q.span.start):
                kind = "statement" if q.kind == "statement" else "phrase"
                q = replace(q, kind=kind, speaker=owner)
        out.append(q)
    return out


# A sentence of one's own saying: "我常对学生说：" (after a connective, 但/所以).
_OWN_SENTENCE = re.compile(
    f"[“「]?\\s*(?:但|但是|所以|因此|其实|当然|不过)?[，,]?\\s*我(?:们)?(?:常常|经常|常|总是|总|一直)?{BETWEEN}{VERB}[：:，,]?\\s*"
)


def _verb_in_clause(simple: str, who: Mentions, lo: int, hi: int) -> str | None:
    """The one named right before a verb of saying earlier in the quote's own clause, no
    stop between (马克龙总统曾经说北约已经“…”); nobody in the passive (被……称为)."""
    verbs = list(_CLAUSE_VERB.finditer(simple, max(lo, hi - 14), hi))
    if not verbs:
        return None
    m = verbs[-1]  # the nearest: "普京说拜登称他为“杀手”" is Biden's word
    if "被" in simple[max(lo, m.start() - 8) : hi]:
        return None  # "王毅说这被西方称为“…”": the passive's agent, not the one named
    if _SOMEONE_ELSES_TERM.search(simple, m.end(), hi) or re.match(
        "(?:这个|这一|此)(?:说法|提法|概念|词)", simple[hi + 1 :]
    ):
        return None  # "王毅说西方媒体炒作“债务陷阱”", "他从不使用“新冷战”这个说法"
    end = m.start()
    between = re.search(f"{BETWEEN}$", simple[lo:end])
    if between and between.group():
        end -= len(between.group())
    mention = who.ending_at(end)
    return mention.person if mention is not None and not mention.ambiguous else None


# Between a verb of saying and a term: someone else's use of it, or a rejection of it.
_SOMEONE_ELSES_TERM = re.compile(
    "西方|媒体|美方|外界|有人|炒作|使用|不接受|拒绝|反对|所谓|描述为|称作|渲染|"
    "摒弃|抛弃|摈弃|放弃|警惕|批评|谴责|驳斥|鼓吹"
)
_CLAUSE_VERB = re.compile(f"(?:{VERB})(?=[^，,。；：:“”「」]{{1,12}}$)")


def _after_one_named(doc: Document, simple: str, who: Mentions, s: QuoteSpan) -> str | None:
    """A quote that opens its sentence right after a sentence whose subject is the one person
    it names ("对此，赵华胜有不同看法。“……”", "金教授不以为然。「……」"), and that ends its
    own sentence with nothing after it: that person's words."""
    para = doc.paragraph_at(s.open_at)
    if para is None or s.close_at + 1 > para.end:
        return None
    prev = re.search(r"([^。！？!?“”「」]{2,80})[。！？!?]\s*$", simple[para.start : s.open_at])
    if prev is None:
        return None
    lo, hi = para.start + prev.start(1), para.start + prev.end(1)
    named = who.within(lo, hi)
    if len({m.person for m in named}) != 1 or any(m.ambiguous for m in named):
        return None
    subject, _ = _opening(simple, who, lo, hi)
    if subject is None or re.search(VERB, simple[subject.span.end : hi]):
        return None  # a sentence of saying has its own rules
    if simple[subject.span.end : subject.span.end + 1] == "的":
        return None  # "张磊的妻子负责财务。“……”她说": his wife, not him
    after = s.close_at + 1
    if any(m.person != subject.person for m in who.within(after, min(para.end, after + 24))):
        return None  # "“……”李所长说": the tag after names someone else
    if re.match(f"[^。！？“”「」]{{0,12}}?(?:{VERB})", simple[after : after + 14]) and not re.match(
        "(?:这位|他|她)", simple[after : after + 2]
    ):
        return None  # "“……”一位官员说": said by someone the tag does not name
    return subject.person


# "潘功胜所说的“…”", "马克龙口中的“…”": the words of the one named right before.
_SAID_BY = re.compile(r"(?:所说|所讲|所称|所言|口中)的\s*$")


# What follows a name whose words come next: "拉夫罗夫的那句“…”", "普京“…”", "普京曾说"; not
# "普里马科夫的遗产“…”", a thing of theirs the speaker describes.
_WORDS_OF = re.compile(
    f"(?:本人)?(?:的(?:那句|这句|一句|那番|这番|说法|原话|话|提法|表述|名言|判断|观点|评价)|[“「]|"
    f"[^，,。；“”「」]{{0,8}}?(?:{VERB}))"
)


# Right before a name, one met, spoken with or written to ("会见王毅时", "与王毅会谈后").
_MET_OR_TOLD = re.compile(
    "(?:会见|會見|会晤|會晤|拜会|拜會|见到|見到|致信|致函|与|與|同|和|跟|对|對|向)$"
)
# After a name, a description of theirs in the same sentence: "李辉在会谈时，曾把…概括为".
_DESCRIBED_BY = re.compile(
    f"[^。！？“”「」]{{0,30}}?(?:把|将)[^。！？“”「」]{{1,24}}?(?:{_DESCRIBE_VERB}|比作)(?:为|成)?"
)


# "他说，有人总在猜测中俄关系会不会“降温”": others, unnamed, whose words the speaker reports.
_OTHERS_SAY = re.compile(
    "有人|有观点|有声音|有分析|有评论|外界|舆论|一些人|某些人|有些人"
    "|(?:不少|许多|很多|部分|有的)[^，,。；“”「」]{0,6}?(?:人|媒体|学者|专家|评论)"
)


_TERM_AROUND = re.compile(
    r"(?:所谓|有关|被称为|称之为|即|的|了|变成|成为|沦为|视为|看作|当作|想象成|描绘成|说成|看成|当成|"
    r"举办|办好|启动|开展|出席|参加|实施|推进|共建|不是|并非|而非|不等于|不等於|不意味着|不意味著|"
    # ("避免落入“修昔底德陷阱”", "跳出“零和博弈”", "抵制“阵营对抗”": a known trap or
    # stance named as what to avoid, a term, not the speaker's words)
    r"落入|陷入|避免|防止|出现|跳出|走出|抵制|打破|破解|摆脱|超越|"
    # ("中国古人讲“远亲不如近邻”", "俗话说“…”": a proverb, nobody's own words)
    r"古人讲|古人講|古人说|古人說|俗话说|俗話說|老话说|老話說|常言道|俗语说|俗語說)$"
)
# Before a quote that names a thing (see :func:`_a_term_phrase`), not the speaker's words:
# "不当“旁观者”", "不需要“小院高墙”", "避免用“阵营对抗”" (a negated or avoided term), "被“边缘化”"
# (a passive's label), "炒作“中俄轴心”" (someone else's hype), "作为“近北极国家”" (a status, not
# "积极作为", acting), "加快“向东看”" (a policy), "走一条“…”" (a path), "想当“老大哥”" (a role).
_TERM_BEFORE_SHORT = re.compile(
    r"(?:不当|不做|不需要|不搞|不走|无需|不认同|不赞成|不认可|避免用|避免使用|被|炒作|渲染|鼓吹|兜售|"
    r"宣扬|热炒|(?<!积极)(?<!有所)(?<!大有)作为|(?<!積極)作為|定位为|定位為|定义为|加快|加强|加強|坚持|"
    r"堅持|一条|一條|这条|這條|想当|想當|要当|要當|"
    # ("秉持“上海精神”", "践行“…”": a spirit or principle held to; "打击“三股势力”": a named
    # foe fought, as the documents name it)
    r"秉持|秉承|践行|踐行|打击|打擊|"
    # ("不要把“全球南方”当作…", "把“国家安全”的概念泛化": what is done to the term)
    r"把)$"
)
# "“中俄文化年”收官活动", "“海上联合”演习": the name of an event, a plan or a ship, not words.
_TERM_AFTER = re.compile(
    r"^(?:的说法|一词|一詞|"
    # ("“近北极国家”，这一身份…": the writer names it at once as a status, a label; not
    # "“…”，这个说法…", which may be someone's words)
    r"[，,](?:这一|这个|这种|這一|這個|這種)(?:身份|身分|標籤|标签|叙事|敘事)|"
    # ("“绕俄”这股风", "「陷阱說」這個比喻", "“…”这一自我定位": the quote named as a thing)
    rf"(?:这|這|那)(?:一|个|個|股|种|種)(?=[{HAN}])|"
    r"(?:这一|这个|这种|此一|的|这样的|这类|之类的)(?:说法|提法|概念|表述|口号|词|术语|"
    r"称呼|名词|字眼)|论(?![证述文])|"
    r"概念|之说|的原则|原则|的方针|方针|的立场|的理念|理念|的口号|"
    r"系列|收官|活动|论坛|峰会|会议|项目|计划|倡议|工程|机制|框架|演习|行动|号|年会|开幕式|闭幕式|"
    r"阶段|层面|水平|时代|模式|状态|地步|程度|标签|领域|管道|管线|[，,]即|"
    # ("以“近北极国家”身份": a status held)
    r"身份|身分|"
    # ("推行“去风险”政策", "“印太”战略": the name of a policy)
    r"政策|战略|路线|议程|思维|"
    # ("“和平之友”小组": the name of a group)
    r"小组|俱乐部|平台)"
)


# "把中亚看作中俄的“后院”或“角力场”": the second of two terms joined after 看作 is one too.
_SECOND_TERM = re.compile(
    r"(?:视为|视作|看作|当作|看成|当成|称为|说成|描绘成|想象成)[^，,。；“”]{0,8}“[^“”]{1,12}”"
    r"(?:或者|或|和|与|及|、)$"
)


# "林剑强调，“产能过剩”是一个伪命题", "他坦言，“战略自主”在欧洲喊了很多年": a term that opens
# its clause after a comma or a colon and is that clause's subject, what the speaker talks
# about, not words of theirs (a Han character follows it, not 的: that is :data:`_TERM_AFTER`'s;
# not right after a verb, whose object it is: "从冯德莱恩提出“去风险”算起").
_CLAUSE_OPENS = re.compile(r"[，,：:；]\s*$")
_SUBJECT_GOES_ON = re.compile(f"(?![的之])[{HAN}]")
# "中亚国家的外交常被概括为“多元平衡”": a passive's label, given by others it does not name.
_LABELLED_BY_OTHERS = re.compile(
    "被[^，,。；“”「」]{0,10}?(?:概括|形容|描述|定义|定性|归纳|歸納|称|稱|叫|视|視|看|说|說)(?:为|為|作|做|成)$"
)


# "西方媒体热衷于炒作中俄在中亚“争夺势力范围”": a term after someone's hype of it, in its clause.
_HYPED = re.compile(
    "(?:炒作|渲染|鼓吹|兜售|热炒|熱炒|炒热|炒熱|抹黑|污蔑|污衊|散布|散佈|宣扬|宣揚)"
    "[^，,。；：:“”「」]{0,12}$"
)


# Words that make a predicate of what is quoted ("门槛很高", "坚决反对", "正在松动"): the
# speaker's own clause, not a term.
_PREDICATE_WORDS = re.compile(
    "很|坚决|堅決|非常|十分|太过|太過|更加|极其|極其|已经|已經|正在|越来越|越來越"
)


# "建立“金砖桥”跨境支付平台": the name of a thing, its head noun a few characters after.
_NAMED_BY_HEAD = re.compile(
    f"[{HAN}]{{1,6}}?(?:平台|机制|機制|项目|項目|计划|計劃|倡议|倡議|工程|走廊|管道|基金|系统|系統)"
)


def _named_by_head(text: str, simple: str, close_at: int) -> bool:
    """Whether the short quoted ``text`` closing at ``close_at`` is the name of a thing whose
    head noun follows (see :data:`_NAMED_BY_HEAD`)."""
    return (
        _a_term_phrase(text)
        and _NAMED_BY_HEAD.match(simple, close_at + 1) is not None
        and not _a_clause_after(simple, close_at + 1)
        # (not a verb and its object, "“加快推进”能源项目", nor an adverb before a verb,
        # "“稳步”推进合作项目": jieba's tags)
        and not (word_tags(text) or [""])[-1].startswith(("v", "d", "a"))
        and not (word_tags(simple[close_at + 1 : close_at + 5]) or [""])[0].startswith("v")
    )


def _a_clause_after(simple: str, at: int) -> bool:
    """Whether a verb of saying comes right after ``at`` (the head noun is then someone's)."""
    return re.match(f"[{HAN}]{{0,4}}?{VERB}", simple[at : at + 8]) is not None


def _subject_term(text: str, before: str, after: str) -> bool:
    """Whether quoted ``text`` is a term that opens its clause and is its subject (see
    :data:`_CLAUSE_OPENS`); not when the words after call it words ("这句话")."""
    return (
        _a_term_phrase(text)
        and not _PREDICATE_WORDS.search(text)
        and not re.match("(?:这|這|那)(?:句|番|段)(?:话|話)", after)
        and _CLAUSE_OPENS.search(before) is not None
        and _SUBJECT_GOES_ON.match(after) is not None
    )


def _term_before(text: str, before: str) -> bool:
    """Whether quoted ``text`` is a term by what stands right ``before`` its mark (see
    :data:`_TERM_BEFORE_SHORT`): the name of a thing after a negation, a status, a policy."""
    return _a_term_phrase(text) and _TERM_BEFORE_SHORT.search(before) is not None


def _a_term_phrase(text: str) -> bool:
    """Whether quoted words read as the name of a thing (丝绸之路经济带, 中国产能过剩论): twelve
    characters or fewer, no punctuation, no verb that makes a clause of them (谈判是唯一出路)."""
    return len(text) <= 12 and not re.search(r"[，,、。；：！？]|是|要|会|应|该|必须|不", text)


# "“宁可错杀，不愿被罚”已成业界的普遍心态": a saying many hold, nobody's own words.
_BECAME_A_SAYING = re.compile(
    "(?:已|早已|已经)?成(?:为|了)?[^，,。；“”「」]{0,8}(?:心态|共识|口头禅|信条|潜规则|座右铭|流行语)"
)


def _described_by_others(simple: str, open_at: int, close_at: int) -> bool:
    """ "把苏联形容为“邪恶帝国”的政客", "…的，正是里根": a description in a clause on someone
    else (the quote's opening and closing marks at ``open_at`` and ``close_at``)."""
    return (
        _OF_THOSE.match(simple, close_at + 1) is not None
        and _SUBJECTLESS_BA.search(simple, max(0, open_at - 24), open_at) is not None
    )


# "…”的，正是里根", "…”的政客": 的 then a comma (a cleft) or the people it describes (not
# "形容为“最难啃”的一块骨头", a noun of the description itself).
_OF_THOSE = re.compile(
    "的(?:[，,]|[^，,。；“”「」]{0,6}?(?:政客|人士|人们|人|学者|专家|官员|媒体|记者|领导人|一方|国家))"
)


# A 把 clause with no subject of its own, right after a comma: "，把苏联形容为" (not
# "里根把苏联形容为“邪恶帝国”的说法", Reagan's).
_SUBJECTLESS_BA = re.compile(
    "(?:^|[，,：:])\\s*(?:则|也|还|更|又|曾)?(?:把|将)[^，,。；“”「」]{1,20}?"
    "(?:形容|称|比喻|概括|定义|定性|说成|视为|看作)(?:为|成)?$"
)


# "不宜把中美俄关系简单理解为“…”": a way of seeing it that the speaker declines, a term (but
# "两国关系应当理解为“…”" is his own formula).
_UNDERSTOOD_NOT = re.compile(
    "(?:不宜|不应|不能|不该|不要|不可|别|并非|不是)[^，,。；“”「」]{0,24}(?:理解|看作|视)[为成]$"
)


def _singled_out(simple: str, q: Quote) -> bool:
    """ "有关“新冷战”的说法": a term the writer singles out, not the speaker's words."""
    before = simple[max(0, q.span.start - 4) : q.span.start - 1]
    after = simple[q.span.end + 1 : q.span.end + 6]
    # "「聯俄制中」的構想": a few words in marks that describe the noun after 的
    attributive = len(q.text) <= 6 and after.startswith("的") and not re.search(r"\W", q.text)
    # "“把今天的竞争叫作‘新冷战’，是……”": a short quote inside another one is a term the
    # speaker names, not words someone is credited with
    nested = len(q.text) <= 6 and simple[q.span.start - 1 : q.span.start] in "‘『"
    return bool(
        len(q.text) == 1  # "在“扩”与“深”之间": one character is a term
        or nested
        or _term_before(q.text, simple[max(0, q.span.start - 7) : q.span.start - 1])
        or _TERM_AROUND.search(before)
        or _SECOND_TERM.search(simple, max(0, q.span.start - 30), q.span.start - 1)
        or _TERM_AFTER.match(after)
        or _BECAME_A_SAYING.match(simple, q.span.end + 1) is not None
        or _UNDERSTOOD_NOT.search(simple, max(0, q.span.start - 30), q.span.start - 1) is not None
        or _LABELLED_BY_OTHERS.search(simple, max(0, q.span.start - 16), q.span.start - 1)
        is not None
        or _HYPED.search(simple, max(0, q.span.start - 16), q.span.start - 1) is not None
        or _named_by_head(q.text, simple, q.span.end)
        or _subject_term(q.text, simple[max(0, q.span.start - 12) : q.span.start - 1], after)
        or _described_by_others(simple, q.span.start - 1, q.span.end)
        or attributive
        or _NAMED_THING.search(q.text)
        or _FORMULA.fullmatch(q.text)
    )


def _kind_zh(text: str, before: str, after: str = "") -> str:
    # (a stop, but not the point of a number: "中国冲击2.0" is a term)
    if re.search(r"[。！？，；：…]|[!?]|\.(?!\d)", text) or len(text) > 14:
        return "statement"
    if _UNDERSTOOD_NOT.search(before):
        return "scare"  # 不宜把…理解为“等边三角”
    coined = re.search("(?:提出|首倡|倡导|首创)$", before) and re.match(
        "(?:战略|议程|路线|思维)", after
    )
    if (
        (_TERM_AFTER.match(after) and not coined)
        or _NAMED_THING.search(text)
        or _FORMULA.fullmatch(text)
    ):
        return "scare"  # 米勒透露，“西伯利亚力量2号”项目…: the name of a project
    if _subject_term(text, before, after) or _LABELLED_BY_OTHERS.search(before):
        return "scare"  # 林剑强调，“产能过剩”是一个伪命题: the term the clause is about
    if re.search(f"{VERB}[：:，,]?\\s*$", before) or re.search(r"称之为\s*$", before):
        return "phrase"  # words the sentence says someone used
    if (
        _SAYS_FIRST.match(before)
        and re.match(r"[。！？]", after)
        and not _TERM_AROUND.search(before)
        and not _term_before(text, before)
    ):
        return "phrase"  # 李勇慧还特别提到，……，“…”。: the words close what she said
    return "scare"


# "“永久睦邻友好合作条约”", "“西伯利亚力量2号”": the name of a treaty, a document or a ship.
_NAMED_THING = re.compile(
    # the names of initiatives and unions ("推动“一带一路”与欧亚经济联盟对接"), as of treaties
    "^(?:一带一路|一帶一路|人类命运共同体|人類命運共同體|全球(?:发展|發展|安全|文明|治理)倡[议議]|"
    "丝绸之路经济带|絲綢之路經濟帶|冰上丝绸之路|冰上絲綢之路|欧亚经济联盟|歐亞經濟聯盟)$|"
    "(?:条约|條約|协定|協定|公约|公約|宣言|联合声明|聯合聲明|白皮书|白皮書|[0-9０-９一二三四五六七八九十]号|"
    f"[0-9０-９一二三四五六七八九十]號|[{HAN}][0-9０-９]+)$"  # “西伯利亚力量2”
)
# "“尊重、合作、共赢、可持续”": a formula of short words in a list, not anyone's sentence.
_FORMULA = re.compile("(?:[^、，,。；]{1,6}、){2,}[^、，,。；]{1,6}")


# A sentence whose first clause ends with a verb of saying: "李勇慧还特别提到，".
_SAYS_FIRST = re.compile(
    f"(?:[^，,。；;“”「」]{{1,6}}[，,])?[^，,。；;“”「」]{{1,80}}?{VERB}[：:，,]"
)  # "然而，" may open it


def _continues(simple: str, who: Mentions, last: Last, s: QuoteSpan) -> str | None:
    """A statement right after a credited one, with nothing but punctuation or 他说 between
    them in the same paragraph, or opening the next paragraph."""
    close, speaker = last
    between = simple[close + 1 : s.open_at]
    if len(between) > 12 or who.within(close + 1, s.open_at):
        return None
    if re.fullmatch(f"[，,。\\s]*(?:[他她]{BETWEEN}{VERB}[：:，,]?)?[，,。\\s]*", between):
        return speaker
    return None


def _answers(
    doc: Document, simple: str, who: Mentions, quoted: list[tuple[int, int]], ids: dict[str, int]
) -> list[Quote]:
    """Interview answers: "金灿荣：……" paragraphs (the interviewer's and 问/记者 lines are
    questions, nobody's)."""
    out = []
    inside = Spans(quoted)
    interviewee = None
    current: str | None = None  # the speaker of a label alone on its line, till the next
    labelled: dict[str, str] = {}  # label -> person, for the short labels after them
    answering: str | None = None  # who gave the last labelled answer
    after: list[Paragraph] = []  # unlabelled paragraphs since that answer
    heads = headers(doc.paragraphs, simple)  # labels with no colon that head what follows
    said = False  # an answer given since the last label
    for para in doc.paragraphs:
        text = simple[para.start : para.end]
        line = label_line(text, heads, para.start)
        if (
            said
            and current is not None
            and _POST_END.search(text)
            and PAGE_FURNITURE.fullmatch(text.strip())
        ):
            current = None  # "9:15 转发 88 评论 41": the post has ended (not "一、天然气")
        if line is not None or para.kind == "heading" or HANDLE_LINE.match(text):
            said = False
            at = para.start + line.start("who") if line is not None else -1
            named = who.at(at) if line is not None else None
            current = named.person if named is not None and not named.ambiguous else None
            answering, after = None, []
            continue
        m = LABEL.match(text) or re.match(r"^(?P<who>[问答])[：:]\s*(?P<body>\S)", text)
        long = _LONG_LABEL.match(text) if m is None else None
        if long is not None and who.ending_at(para.start + long.end("who")) is not None:
            m = long  # "卢基扬诺夫：" a foreign name's surname, five characters or more
        if m is not None and _DESCRIBED.match(text, m.start("body")):
            continue  # "谢尔盖·拉夫罗夫（…）：俄罗斯外交部长，2004年起任职。": a who's who
        if m is None:
            if (
                current is not None
                and para.kind == "body"
                and not inside.contains(para.start)
                and not PAGE_FURNITURE.fullmatch(text.strip())
            ):
                out.append(_answer(doc, para.start, para.end, current, ids))
                said = True
            elif answering is not None and para.kind == "body":
                after.append(para)
            continue
        # the next label: the paragraphs between it and the answer before go on with that
        # answer ("答：…¶这种平衡也符合中国的利益。¶问：…"), unless set off as a note
        for more in after:
            if not inside.contains(more.start) and not re.match(r"\s*[（(【\[]", more.text):
                out.append(_answer(doc, more.start, more.end, answering, ids))
        answering, after = None, []
        current = None
        label = m.group("who")
        body = para.start + m.start("body")
        if label.startswith(_QUESTION_LABELS) or any(label in a for a in doc.authors):
            continue
        if len(label) > 2 and re.search(f"(?:{VERB})$", label):
            continue  # "王毅表示：“…”": a name and a verb of saying, a tag, not a label
        if label.endswith(_META_LABELS):
            continue  # "播出时间：…", "频道：…", "本期嘉宾：…": a page's header, no one's words
        if label in _ANSWER_LABELS:
            if interviewee is None:
                interviewee = _interviewee(doc, simple, who)
            speaker = interviewee
        else:
            mention = who.at(para.start)
            speaker = mention.person if mention is not None and not mention.ambiguous else None
            if speaker is not None:
                labelled[label] = speaker
            else:  # "金：", "卡申：": a short form of a speaker labelled before
                owners = {p for lab, p in labelled.items() if lab.startswith(label)}
                if len(owners) != 1 and len(label) == 1:
                    continue  # "注：": a note, not a speaker
                speaker = owners.pop() if len(owners) == 1 else None
        answering = speaker
        if speaker is None and text.rstrip().endswith(("？", "?")):
            continue  # "环球时报：…？": the outlet asks; a question is nobody's
        quoted_at = inside.around(body)
        if quoted_at is not None and quoted_at[1] >= para.end - 1:
            continue  # "金灿荣：“……”": the answer is that quotation
        out.append(_answer(doc, body, para.end, speaker, ids))
    return out


#: A label longer than a Han name's: a transliterated surname ("卢基扬诺夫：") or a full
#: foreign name, taken only where the text names a person there.
# (with its role in brackets, as 笔谈 write it: "伊万·萨福兰丘克（Ivan Safranchuk，…主任）：")
_LONG_LABEL = re.compile(
    rf"^(?P<who>[{HAN}·]{{5,16}})(?:[（(](?P<role>[^（）()]{{1,80}})[）)])?[：:]\s*(?P<body>\S)"
)


# A post's counts or time under it: "9:15 转发 88 评论 41 赞 960", "2,146 人赞同了该回答".
_POST_END = re.compile(r"\d{1,2}:\d{2}|转发|评论|点赞|赞同|浏览|收藏|阅读")


def _answer(doc: Document, start: int, end: int, speaker: str | None, ids: dict[str, int]) -> Quote:
    text = doc.text[start:end]
    return Quote(
        quote_id(doc, text, ids), Span(doc.id, start, end), text, "statement", speaker, text[:900]
    )


def _interviewee(doc: Document, simple: str, who: Mentions) -> str | None:
    """The one person the paragraphs before the first question or answer name (the
    standfirst, an 编者按), leaving out a byline: the person every 答 belongs to."""
    end = 0
    for para in doc.paragraphs:
        text = simple[para.start : para.end]
        label = LABEL.match(text)
        # the first question or answer (not a note, nor a heading's "播出时间：", "频道：")
        if (
            label
            and label.group("who").startswith(_QUESTION_LABELS + _ANSWER_LABELS)
            and not label.group("who").startswith(_NOTE_LABELS)
        ) or re.match(r"^[问答][：:]", text):
            break
        if not BYLINE.fullmatch(text.strip()):
            end = para.end
    named = [m for m in who.mentions if m.span.start < end and not m.ambiguous]
    for m in named:  # 达巍日前接受本报专访: the one interviewed, whoever else is named
        if _INTERVIEWED.match(simple, m.span.end) or _INTERVIEWS.search(
            simple, max(0, m.span.start - 8), m.span.start
        ):
            return m.person
    people = {m.person for m in named}
    return people.pop() if len(people) == 1 else None


_INTERVIEWED = re.compile(f"(?:{BETWEEN})?接受[^，。；“”]{{0,16}}?(?:专访|采访|访谈)")
_INTERVIEWS = re.compile(r"(?:专访|采访|对话|访谈)[^，。；“”]{0,4}$")


# "这位学者", "这位长期研究中俄关系的复旦大学教授": the one the text has just named.
_THIS_ONE = "这位[^，,。；“”「」]{0,20}?(?:学者|专家|教授|研究员|官员|外交官|大使|经济学家|分析师)"
_REPORTED = re.compile(
    f"(?P<cue>据(?P<n1>{_THIS_ONE}|[他她]|[{HAN}]{{2,4}}?)(?:介绍|透露|称|表示|分析)"
    f"|在(?P<n2>[他她]|[{HAN}]{{2,4}}?)(?:[（(](?:19|20)\\d\\d[a-z]?[）)])?(?:看来|眼中|眼里)|"
    f"(?P<n3>{_THIS_ONE}|[他她]|[{HAN}]{{2,4}}?){BETWEEN}(?:回应|答复|回答|举例|笑着|分析)?"
    f"(?:认为|指出|表示|强调|称|坦言|直言|分析|预测|预计|判断|"
    r"相信|主张|建议|警告|提醒|透露|介绍|提到|写道|说|指(?=[，,])|声称|宣称|坚称|断言|重申|"
    # "卢金在书中提出，……" (a claim put forward), "博尔达乔夫还提醒我，……" (to the writer)
    r"补充|反问|提出(?=[，,])|告诉)(?:过|道)?"
    # ("告诉《环球时报》记者", "告诉本报记者": a paper's reporter)
    r"(?:我们|我|(?:《[^《》\n]{1,20}》|本报|本刊|本台)?记者|笔者)?)"
    r"(?:[，,：:]\s*|(?<=称)(?=[^之为作]))"
    r"(?P<clause>(?![“「])(?:[^“”「」。！？\n]|“[^”\n]{0,120}”|「[^」\n]{0,120}」){6,400}(?:[。！？]|(?=\n)|$))"
)


def _reported(
    doc: Document, simple: str, who: Mentions, quoted: list[tuple[int, int]], ids: dict[str, int]
) -> list[Quote]:
    """ "赵华胜认为，……", "据王毅介绍，……", "在阎学通看来，……": a statement in the writer's words,
    credited to its speaker with kind "reported"."""
    out = []
    inside = Spans(quoted)
    pos = 0
    while (m := _REPORTED.search(simple, pos)) is not None:
        start, pos = m.start("clause"), m.end()
        if inside.contains(start) or simple[start : start + 1] in "“「":
            continue
        comma = re.search("[，,]", simple[start : m.end("clause")])
        inner = _REPORTED.search(simple, start, m.end("clause")) if comma else None
        end = m.end("clause")
        if (
            inner is not None
            and comma
            and inner.end("cue") <= start + comma.end()
            and (_named_in(who, inner))
        ):
            pos = start  # "杨成说，托卡耶夫多次强调，……": Tokayev's statement, which Yang reports
        elif (
            inner is not None
            and simple[inner.start() - 1 : inner.start()] in "，,"
            and (_named_in(who, inner) and inner.start() - 1 - start >= 6)
            # (a cue of its own, its verb and a comma: not "…，布林肯上周称要…，实际上…",
            # Blinken's claim inside Zhao's statement)
            and simple[inner.end("cue") : inner.end("cue") + 1] in "，,：:"
        ):
            # "正如孙壮志所说，两个机制“…”，杨教授认为，……": the clause stops where another
            # one named opens a statement of their own, which is found next
            end, pos = inner.start() - 1, inner.start()
        name_at = next((m.start(g) for g in ("n1", "n2", "n3") if m.group(g)), None)
        if name_at is None:
            continue
        group = next(g for g in ("n1", "n2", "n3") if m.group(g))
        name = simple[name_at : m.end(group)]
        if name in ("他", "她"):
            speaker = who.pronoun(name_at)
        elif name.startswith("这位"):
            # 这位学者: as 他/她, the one just named, unless someone unnamed came since
            # (一位不愿具名的研究员……这位研究员说; 也有新加坡学者提醒……据这位学者介绍)
            para = doc.paragraph_at(name_at)
            floor = doc.paragraphs[max(0, para.index - 1)].start if para else 0
            last = who.last_in(floor, name_at)
            since = last.span.end if last is not None else floor
            if _SOMEONE_UNNAMED.search(simple, since, name_at) or _SOME_SCHOLARS.search(
                simple, since, name_at
            ):
                continue
            if re.search("的(?:同事|学生|朋友|妻子|丈夫|助手|助理|家人|前任|继任者)|、|另一", name):
                continue  # "这位教授的同事、另一位教授认为": not the one just named
            lo_sentence = _sentence_start(simple, floor, name_at)
            prev_stop = max(simple.rfind("。", floor, lo_sentence - 1), floor)
            if len({m.person for m in who.within(prev_stop, name_at)}) > 1:
                continue  # "王毅在慕尼黑会见了布林肯。这位官员表示": either
            speaker = who.pronoun(name_at)
        else:
            mention = who.at(name_at) or who.ending_at(name_at + len(name))
            if mention is None or mention.ambiguous:
                continue
            if _DENIED.search(simple, max(0, name_at - 3), m.end("cue")):
                continue  # "王毅从未说过，……", "否认普京说过，……": not said
            speaker = mention.person
        if speaker is None:
            continue
        out.append(reported_quote(doc, (start, end), speaker, m.start(), ids))
    return out


# "也有新加坡学者提醒", "有分析人士认为": someone the text does not name.
_SOME_SCHOLARS = re.compile("有[^，,。；“”「」]{0,10}?(?:学者|专家|人士|研究员|官员|外交官)")


# A negation or a denial around a reported statement's cue.
_DENIED = re.compile("从未|从没|未曾|不曾|没有|并未|否认|传言|据传|就算|即使|如果|假如")


# "一位不愿具名的外交官对记者表示，……", "有分析人士认为，……", "与会学者普遍认为，……", "据主办方
# 介绍，……", "报道称，……": a statement of someone or something the text does not name.
_UNNAMED_SAYS = re.compile(
    r"(?:(?P<who>(?:一位|一名|某位|多位|几位|两位|有|也有|另有|还有|不少|许多|部分|一些|有些)"
    r"[^，,。；;：:“”「」！？\n]{0,30}?(?:人士|学者|专家|外交官|官员|研究员|评论|负责人|与会者|商人|"
    r"干部|高管|人员|媒体|商户)|(?:与会|在场)(?:学者|专家|嘉宾|人士|者)|消息人士|报道|文章|本文|本报告)"
    r"(?:普遍|一致|则|也|还|私下|公开)?(?:对[^，,。；“”「」]{1,14}?|向[^，,。；“”「」]{1,14}?)?"
    r"(?:认为|指出|表示|称|坦言|直言|透露|说|提醒|强调|估计|写道|提到)"
    r"|据(?P<source>[^，,。；“”「」！？\n]{2,16}?)(?:介绍|透露|称|表示))[，,：:]\s*"
    r"(?P<clause>(?![“「])(?:[^“”「」。！？\n]|“[^”\n]{0,120}”|「[^」\n]{0,120}」){6,400}"
    r"(?:[。！？]|(?=\n)|$))"
)


def _unnamed_reported(
    doc: Document,
    simple: str,
    who: Mentions,
    quoted: list[tuple[int, int]],
    reported: list[Quote],
    ids: dict[str, int],
) -> list[Quote]:
    """Reported statements of nobody named (:data:`_UNNAMED_SAYS`), with no speaker: where
    their subject opens a sentence or follows a lead ("论坛期间，"), names nobody and is
    not inside someone's own statement."""
    out = []
    inside = Spans(quoted)
    taken = Spans([(r.span.start, r.span.end) for r in reported])
    for m in _UNNAMED_SAYS.finditer(simple):
        start = m.start("clause")
        if inside.contains(start) or inside.contains(m.start()) or taken.contains(m.start()):
            continue
        if who.within(m.start(), start):
            continue
        para = doc.paragraph_at(m.start())
        if para is None:
            continue
        before = simple[para.start : m.start()]
        lead = re.search(r"[。！？!?]\s*(?:[^，,。！？“”「」]{1,12}[，,])?(?:不过|但|而)?$", before)
        if (
            before.strip()
            and lead is None
            and not re.fullmatch(r"\s*(?:[^，,。！？“”「」]{1,12}[，,])?(?:不过|但|而)?", before)
        ):
            continue
        out.append(reported_quote(doc, (start, m.end("clause")), None, m.start(), ids))
    return out


def _named_in(who: Mentions, m: re.Match[str]) -> bool:
    """Whether a reported statement's cue names someone (not 他/她)."""
    group = next((g for g in ("n1", "n2", "n3") if m.group(g)), None)
    if group is None or m.group(group) in ("他", "她"):
        return False
    at = m.start(group)
    return (who.at(at) or who.ending_at(m.end(group))) is not None


def find_terms_zh(doc: Document, quotes: Sequence[Quote]) -> list:
    """Terms of a Chinese article: the words it singles out in quotation marks as a term
    (scare quotes: “无上限”, “新冷战”) or with 所谓/提出/概括为, with their pinyin."""
    from tealeaves.extract.glossary import to_pinyin
    from tealeaves.model import Term

    terms = []
    for q in quotes:
        if q.kind in ("scare", "phrase") and re.fullmatch(f"[{HAN}]{{2,12}}", q.text):
            terms.append(Term(q.text, "", to_pinyin(q.text), q.span))
    return terms
