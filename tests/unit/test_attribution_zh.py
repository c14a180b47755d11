"""Chinese attribution, one kind of sentence per test (sixteenth session onwards; the
earlier kinds are in test_zh_ru.py). Every sentence is written for its test."""

from __future__ import annotations

import pytest

from tealeaves.extract import extract, load_registry
from tealeaves.model import Block, Document


def _x(*paragraphs: str, kinds: dict[int, str] | None = None):
    kinds = kinds or {}
    blocks = [Block(kinds.get(n, "body"), p) for n, p in enumerate(paragraphs)]
    doc = Document.build(id="t", title="T", blocks=blocks, language="zh")
    return extract(doc, load_registry())


def _speaker(x, fragment: str) -> str | None:
    (q,) = [q for q in x.quotes if fragment in q.text]
    names = {p.id: p.native_name or p.name for p in x.people}
    return names.get(q.speaker) if q.speaker else None


def test_a_transliterated_name_with_be_in_it_is_read_whole():
    """别 is a syllable of Russian and Central Asian names (努尔别科夫, 别洛乌索夫): the name
    is not cut before it; 别无 after a name still ends it."""
    x = _x(
        "哈萨克斯坦学者叶尔兰·卡迪尔别科夫认为，过境运输的收入还会增长。",
        "俄罗斯国防部长安德烈·别洛乌索夫表示，演习按计划进行。",
        "谢尔盖·拉夫罗夫别无选择，只能接受。",
    )
    names = {p.native_name or p.name for p in x.people}
    assert {"叶尔兰·卡迪尔别科夫", "安德烈·别洛乌索夫", "谢尔盖·拉夫罗夫"} <= names


def test_a_long_foreign_label_with_its_role_in_brackets_credits_the_answer():
    """笔谈 write "伊万·萨福兰丘克（Ivan Safranchuk，…主任）：…": a transliterated label with
    its role in brackets is that person's answer, not the previous contributor's."""
    x = _x(
        "王海燕（华东师范大学研究员）：能源合作的空间依然很大。",
        "德米特里·特列宁（Dmitri Trenin，俄罗斯国际事务专家）：莫斯科并不担心北京在中亚"
        "的存在，真正的竞争在别处。",
    )
    assert _speaker(x, "莫斯科并不担心") == "德米特里·特列宁"
    assert _speaker(x, "能源合作的空间") == "王海燕"


def test_the_colleague_of_the_one_named_speaks_not_the_one_named():
    """ "别洛娃的同事、老水手根纳季则插话说：“…”": the sentence opens with whose colleague it
    is; the colleague (known by a first name only) speaks, so nobody named does."""
    x = _x(
        "调度员伊琳娜·索科洛娃说，今年的船比往年多。索科洛娃的同事、老机械师瓦西里则插话说："
        "“船多了，修船的人却少了。”",
        "索科洛娃补充说：“冬天会更难。”",
    )
    assert _speaker(x, "船多了") is None
    assert _speaker(x, "冬天会更难") == "伊琳娜·索科洛娃"


def test_a_role_of_a_trade_before_a_name_makes_a_person_of_kind_other():
    """ "船长周建华说", "俄气总裁米勒表示": roles of a trade or a company open a name's slot
    too; their holders are no experts."""
    x = _x(
        "货轮船长陈立国说，今年的冰情比往年轻。",
        "公司总经理刘晓峰表示：“订单排到了明年。”",
    )
    kinds = {p.native_name: p.kind for p in x.people}
    assert kinds == {"陈立国": "other", "刘晓峰": "other"}
    assert _speaker(x, "订单排到") == "刘晓峰"


def test_she_after_a_connective_with_a_man_named_since_the_woman():
    """ "李勇慧…。学者瓦西里·卡申则…说，…。不过她认为，…：“…”": 她 is the woman named before
    the man (a man by his name); a connective (不过) may open her sentence. With two women
    named, 她 stays unsettled."""
    x = _x(
        "研究员王海燕长期研究能源合作。学者伊万·季莫费耶夫则在论坛上说，制裁的效果被高估了。"
        "不过她认为，关键在于价格：“合同谈不拢，管道就建不成。”",
        "研究员王海燕和学者安娜·别洛娃都参加了讨论。学者伊万·季莫费耶夫说，市场很大。"
        "不过她认为，问题在运力：“船不够。”",
    )
    assert _speaker(x, "合同谈不拢") == "王海燕"
    assert _speaker(x, "船不够") is None


def test_a_long_transliterated_surname_with_its_latin_name_after_a_role():
    """ "央行行长纳比乌林娜（Elvira Nabiullina）…。她说：“…”": a surname of five characters
    after a role, its Latin name in brackets, is that person; her words are hers."""
    x = _x(
        "外交部长拉夫罗夫表示，会谈富有成果。俄罗斯财政部副部长卡列斯尼科娃（Irina "
        "Kolesnikova）随后表示，预算不会削减。她说：“我们有足够的储备。”",
    )
    assert _speaker(x, "我们有足够的储备") == "卡列斯尼科娃"


def test_when_and_an_adverb_before_a_verb_is_no_name():
    """ "佩斯科夫在被问及时间表时只回答了一句：“…”": 时只 is "when … only", no person."""
    x = _x("克里姆林宫发言人佩斯科夫在被记者问及时间表时只回答了一句：“一切按计划进行。”")
    assert [p.native_name for p in x.people] == ["佩斯科夫"]
    assert _speaker(x, "一切按计划") == "佩斯科夫"


def test_short_phrases_the_sentence_says_are_someones_words():
    """ "正如X所言，……“…”", "X形容……“…”", "X用“…”来形容……": the sentence says whose words
    they are, however short; "有人形容……“…”" names nobody, and a term in "在X看来，……“…”" is
    left to nobody (a view, not words, as the annotators read it)."""
    x = _x(
        "中国社会科学院研究员孙壮志长期研究中亚。",
        "在孙壮志看来，地区合作“远未见顶”。",
        "正如孙壮志所言，两国是“好邻居”。",
        "孙壮志形容这一进程“稳步推进”。",
        "孙壮志用“水到渠成”来形容这一变化。",
        "有人形容这种关系“若即若离”。",
    )
    for words in ("好邻居", "稳步推进", "水到渠成"):
        assert _speaker(x, words) == "孙壮志", words
    assert _speaker(x, "若即若离") is None
    assert _speaker(x, "远未见顶") is None


def test_a_registry_persons_transliteration_without_the_middle_dot():
    """阿列克谢奥韦尔丘克 (no middle dot) with its Latin name is the registry's Alexey Overchuk,
    whose native name is Cyrillic and whose characters are an alias: the same id as in a
    Russian or an English article, not a namesake kept apart."""
    x = _x(
        "俄罗斯副总理阿列克谢奥韦尔丘克（Alexei Overchuk）在会晤后对媒体说：“问题还没有完全解决。”"
    )
    assert "alexey-overchuk" in {p.id for p in x.people}


def test_a_surname_that_is_also_a_word_opening_a_clause():
    """时殷弘, 于洪君: 时 ("when") and 于 ("at") are surnames where they open a clause before
    a two-character name the text never writes without them, also with 也只是 between the
    name and its verb; 时 after 问题 ("when") before a name written alone stays a word."""
    x = _x(
        "时殷弘说：“中美关系很难回到过去。”",
        "被问及朝鲜问题时，于洪君也只是说：“这需要耐心。”",
        "谈到这个问题时，王毅说：“我们拭目以待。”",
    )
    assert _speaker(x, "中美关系很难") == "时殷弘"
    assert _speaker(x, "这需要耐心") == "于洪君"
    assert _speaker(x, "我们拭目以待") == "王毅"


def test_a_name_and_a_verb_before_a_colon_is_a_tag_not_an_interview_label():
    """ "王毅强调：“…”冯玉军补充：“…”" opens like an interview's "王毅：" label, but the verb
    makes it a tag: each quote is its speaker's, and no answer spans both."""
    x = _x("王毅强调：“合作有基础。”冯玉军补充：“但也有边界。”")
    assert not [q for q in x.quotes if "合作有基础" in q.text and "但也有边界" in q.text]
    assert _speaker(x, "合作有基础") == "王毅"
    assert _speaker(x, "但也有边界") == "冯玉军"


def test_a_term_with_a_number_and_a_policy_name_in_a_reported_clause():
    """ "他写道，西方炒作的“欧洲冲击3.0”……": the point of a number is no stop, so the term
    stays a term (nobody's); "表示，美方将推行“去风险”政策": the name of a policy, nobody's."""
    x = _x(
        "欧亚集团总裁伊恩·布雷默（Ian Bremmer）在社交媒体上写道，西方炒作的“欧洲冲击3.0”让人焦虑。",
        "美国国务卿卢比奥表示，美方将继续推行“降风险”政策。",
    )
    terms = {q.text: q.speaker for q in x.quotes if q.kind != "reported"}
    assert terms["欧洲冲击3.0"] is None
    assert terms["降风险"] is None


def test_a_name_then_ze_and_ba_before_describes_as():
    """ "主任达巍则把……形容为“…”": 则 after a name jieba glued to it when a preposition opens
    the clause, and 把 with its object between the name and 形容为; "王毅反对把……形容为“…”"
    (he rejects the words) stays nobody's."""
    x = _x(
        "清华大学战略与安全研究中心主任达巍则把美国的做法形容为“小院高墙”。",
        "王毅反对把中俄关系形容为“同盟”。",
    )
    assert "达巍" in {p.native_name for p in x.people}
    terms = {q.text: q.speaker for q in x.quotes if q.kind != "reported"}
    assert terms["小院高墙"] == "da-wei"
    assert terms["同盟"] is None


def test_a_term_someone_calls_to_abandon_is_not_their_phrase():
    """ "呼吁摒弃“…”", "警惕“…”", "驳斥“…”": a term rejected, nobody's; "把……概括为“…”" is
    the speaker's phrase."""
    x = _x(
        "王毅呼吁摒弃“阵营对抗”。",
        "冯玉军提醒要警惕“新冷战”思潮抬头。",
        "赵华胜把中俄关系概括为“伙伴不是盟友”。",
    )
    terms = {q.text: q.speaker for q in x.quotes if q.kind != "reported"}
    assert terms["阵营对抗"] is None
    assert terms["新冷战"] is None
    assert terms["伙伴不是盟友"] == "zhao-huasheng"


def test_the_sentence_after_a_quote_says_whose_words_they_were():
    """ "“…”这是王毅在记者会上的原话。", "“…”在接受采访时，赵华胜这样说。": the speaker
    after the quote's own sentence; "“…”这是王毅上任后的第一次出访。" says nothing of words."""
    x = _x(
        "“中方立场没有变化。”这是王毅在记者会上的原话。",
        "“我们不急，时间在我们这边。”在接受采访时，赵华胜这样说。",
        "“欢迎来到北京。”这是王毅上任后的第一次会见。",
    )
    assert _speaker(x, "中方立场没有变化") == "王毅"
    assert _speaker(x, "我们不急") == "赵华胜"
    assert _speaker(x, "欢迎来到北京") is None


def test_a_trap_or_stance_named_as_what_to_avoid_is_a_term():
    """ "避免落入“…陷阱”", "防止出现“…”", "跳出“…”", "抵制“…”", "打破“…”" in someone's
    reported clause: a known term named as what to avoid, nobody's phrase; "把……概括为“…”"
    stays theirs."""
    x = _x(
        "王毅表示，中美要避免落入“修昔底德陷阱”。",
        "赵华胜认为，两国应防止出现“新冷战”。",
        "毛宁说，中方坚决抵制“阵营对抗”。",
        "阎学通说，东北亚需要打破“安全困境”。",
        "赵华胜把这种关系概括为“有边界的合作”。",
    )
    terms = {q.text: q.speaker for q in x.quotes if q.kind != "reported"}
    assert terms["修昔底德陷阱"] is None
    assert terms["新冷战"] is None
    assert terms["阵营对抗"] is None
    assert terms["安全困境"] is None
    assert terms["有边界的合作"] == "zhao-huasheng"


def test_ta_of_a_woman_the_text_does_not_name_or_of_a_transliterated_surname():
    """她: "一名女记者" unnamed before 她 is nobody named; a woman named as the owner of a
    thing ("王丽的报告") is no 她 who speaks. (A transliterated surname ending in 娃 is a
    woman's, 扎哈罗娃: test_review16b's 她 tests.)"""
    x = _x(
        "一名女记者采访了卡申。但她认为：“制裁有效。”",
        "谈到王丽的报告时，佩斯科夫不予置评。但她说：“报告值得一读。”",
    )
    assert _speaker(x, "制裁有效") is None
    assert _speaker(x, "报告值得") is None


def test_officials_the_registry_knows_in_object_and_list_slots_but_not_a_school_named_after_one():
    """PRC officials and leaders are registry facts, so a Chinese text that names them only
    as an object or in a list (由李辉率领, 会谈由李强主持, 蔡奇、王毅在座, 欢迎秦刚此访) still
    lists them, joined to their Latin and Cyrillic names; a school named after a leader
    (周恩来政府管理学院) is no person."""
    x = _x(
        "代表团由李辉率领，会谈由李强主持，蔡奇、王毅在座。",
        "俄方欢迎秦刚此访。论坛在南开大学周恩来政府管理学院举行。",
    )
    people = {p.native_name: p for p in x.people}
    assert {"李辉", "李强", "蔡奇", "王毅", "秦刚"} <= set(people)
    assert "周恩来" not in people
    assert people["李强"].name == "Li Qiang" and people["李强"].kind == "leader"
    assert people["李辉"].id == "li-hui"


def test_terms_negated_avoided_hyped_or_named_as_a_theory_are_nobody_s_words():
    """Short quotes after 不需要/不当/避免用/被/炒作, before 论 or 这样的说法, and inside
    someone's own quote are terms, not the speaker's words; a phrase the speaker uses
    (认为……“利大于弊”) is still theirs."""
    x = _x(
        "王毅说，亚洲不需要“小圈子”，也不需要针对第三方的军事同盟。",
        "冯玉军强调，中国既不做“跟班”，也不当“看客”。",
        "达巍提醒，学界应避免用“冷战重演”这样的说法。",
        "王义桅指出，欧洲担心自己被“边缘化”。",
        "吴心伯认为，美方之所以反复炒作“中俄同盟”，是为了转移视线。",
        "赵华胜写道，西方流行的“无底线”论把问题简单化了。",
        "阎学通说：“把今天的竞争叫作‘冷战二号’，是偷懒的比喻。”",
        "时殷弘认为，对中国而言，美俄缓和“利大于弊”。",
    )
    said = {q.text: q.speaker for q in x.quotes if q.kind != "reported"}
    for term in ("小圈子", "看客", "冷战重演", "边缘化", "中俄同盟", "无底线", "冷战二号"):
        assert said[term] is None, term
    assert said["利大于弊"] == "shi-yinhong"


def test_a_status_a_policy_a_path_a_role_or_a_proverb_in_marks_is_a_term():
    """ "作为“近北极国家”", "加快“向东看”", "走一条“新丝路”", "都想当“老大哥”" and a proverb
    after "古人讲" are terms or sayings, nobody's words;
    "他认为……“利大于弊”" is still the speaker's."""
    x = _x(
        "杨剑说，中国作为“北极攸关方”参与治理。",
        "崔珩指出，欧洲市场萎缩迫使俄罗斯加快“东转”。",
        "船员们觉得自己在走一条“冰上丝路”。",
        "拉琴科在书中说，双方都想当“带头大哥”。",
        "习近平说，中国古人讲“好邻居胜过金元宝”。",
        "时殷弘认为，美俄缓和对中国“利大于弊”。",
    )
    said = {q.text: q.speaker for q in x.quotes if q.kind != "reported"}
    for term in ("北极攸关方", "东转", "冰上丝路", "带头大哥", "好邻居胜过金元宝"):
        assert said[term] is None, term
    assert said["利大于弊"] == "shi-yinhong"


def test_he_opening_a_paragraph_goes_on_from_the_sentence_that_closed_the_one_before():
    """ "阎学通指出，拜登政府……。¶他强调，“…”": the one who opened the last sentence of the
    paragraph before (or the 他 that opened it), not a leader named inside what he said."""
    x = _x(
        "清华大学国际关系研究院院长阎学通则另有看法。阎学通指出，拜登政府的政策已经定型。",
        "他强调，北京的判断“不会因为华盛顿换人而改变”。",
        "复旦大学教授冯玉军谈到了朝鲜。他指出，韩国总统李在明调整了对朝政策。",
        "他认为，“这扇门开得越久，越需要各方耐心”。",
    )
    names = {p.id: p.native_name for p in x.people}
    said = {q.text: names.get(q.speaker) for q in x.quotes if q.kind != "reported"}
    assert said["不会因为华盛顿换人而改变"] == "阎学通"
    assert said["这扇门开得越久，越需要各方耐心"] == "冯玉军"


def test_surname_and_title_are_either_when_the_text_calls_two_people_so():
    """ "台上坐着两位王教授" …"王教授补充说": either of them; without the two, the one whose
    stated role is 教授."""
    first = (
        "中国人民大学国际关系学院研究员王义桅谈了欧洲。“欧洲在观望。”王义桅说。",
        "北京大学国际关系学院教授王缉思认为，中美关系仍是关键。",
    )
    x = _x(
        *first,
        "主持人笑称，今天请来了“两位王教授”。",
        "王教授随后补充说，“这场竞争不会很快结束”。",
    )
    assert _speaker(x, "这场竞争") is None
    x = _x(*first, "王教授随后补充说，“这场竞争不会很快结束”。")
    assert _speaker(x, "这场竞争") == "王缉思"


def test_a_name_that_begins_with_a_word_between_a_role_and_a_personal_title():
    """ "专访了…副院长王国强研究员": a name whose first two characters make a word (王国), in
    the slot between a role and a title; the interview's answers after 答： are his."""
    x = _x(
        "本刊近日专访了上海国际问题研究院副院长王国强研究员。",
        "问：中亚的铁路会改变什么？",
        "答：铁路会把内陆国家和港口连起来，这比任何口号都实在。",
    )
    assert "王国强" in [p.native_name for p in x.people]
    assert _speaker(x, "铁路会把内陆国家") == "王国强"


def test_as_someone_said_and_the_answerers_own_saying_inside_an_answer():
    """ "正如王毅外长此前所说：“…”" is Wang Yi's, in an answer or not; "冯玉军：……我常对学生
    说：“…”" is the answerer's own saying."""
    x = _x(
        "记者：中方怎么看半岛局势？",
        "毛宁：中方立场是一贯的。正如王毅外长此前所说：“对话是唯一出路。”我们愿同各方沟通。",
        "观察者网：冷战类比成立吗？",
        "冯玉军：这是懒惰的类比。我常对学生说：“旧地图上找不到新大陆。”需要新的概念。",
        "观察者网：谢谢。",
        "冯玉军：不客气。",
    )
    names = {p.id: p.native_name for p in x.people}
    said = {q.text: names.get(q.speaker) for q in x.quotes if q.kind != "reported"}
    assert said["对话是唯一出路。"] == "王毅"
    assert said["旧地图上找不到新大陆。"] == "冯玉军"


@pytest.mark.xfail(strict=True, reason="older: a friend's words in an answer go to the answerer")
def test_a_friends_words_inside_an_answer_are_the_friends():
    """ "冯玉军：有位企业界的朋友对我说：“…”": the friend's, whom the text does not name."""
    x = _x(
        "观察者网：企业怎么看？",
        "冯玉军：有位企业界的朋友对我说：“钱汇不出去，生意就做不成。”",
        "观察者网：谢谢。",
        "冯玉军：不客气。",
    )
    said = {q.text: q.speaker for q in x.quotes if q.kind != "reported"}
    assert said["钱汇不出去，生意就做不成。"] is None


def test_she_in_a_live_blog_after_a_man_with_a_name_of_no_known_sex():
    """A live blog: 毛宁 said, "她还指出", then an entry on 崔珩, then "她表示": the woman the
    text has called 她, not the man named last (whose name tells no sex); a 她 in the same
    paragraph as a newly named woman stays hers."""
    x = _x(
        "10:02 外交部发言人毛宁说，中方支持一切有利于和平的努力。",
        "10:05 她还指出，“对话谈判是唯一出路”。",
        "10:11 复旦大学学者冯岩补充说，特使的任务“重在听，而不在压”。",
        "10:15 回到记者会。她表示，中方希望各方“相向而行，早日停火”。",
    )
    names = {p.id: p.native_name for p in x.people}
    said = {q.text: names.get(q.speaker) for q in x.quotes if q.kind != "reported"}
    assert said["相向而行，早日停火"] == "毛宁"
    assert said["重在听，而不在压"] == "冯岩"


def test_a_quoted_name_before_a_word_for_a_group_is_nobodys():
    """ "…发起的“和平之友”小组" inside someone's view: the name of a group, not words."""
    x = _x("王文认为，中国与巴西等国共同发起的乌克兰危机“和平之友”小组，为全球南方提供了平台。")
    said = {q.text: q.speaker for q in x.quotes if q.kind != "reported"}
    assert said["和平之友"] is None


def test_in_the_words_of_someone_introduced_at_length():
    """ "用我的俄罗斯同行瓦西里·卡申（Vasily Kashin）的话说，“…”": Kashin's words, however
    long the introduction between 用 and 的话说."""
    x = _x(
        "答：乐观，但不急。用我的俄罗斯同行瓦西里·卡申（Vasily Kashin）的话说，“管道铺在地上，"
        "谈判却在天上”。意思是技术不难。",
    )
    names = {p.id: p.native_name for p in x.people}
    said = {q.text: names.get(q.speaker) for q in x.quotes if q.kind != "reported"}
    assert said["管道铺在地上，谈判却在天上"] == "瓦西里·卡申"
