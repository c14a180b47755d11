"""Chinese names: who is named in an article written in Chinese, simplified or traditional
(quotes: `zh_quotes`).

Chinese journalism names a speaker in a few fixed slots: an affiliation and a role, the name,
then a verb of saying (复旦大学国际问题研究院教授赵华胜表示), the name after a quotation
(“……”赵华胜说), a surname and a title later (赵教授), or a pronoun (他指出). A name is accepted
only in such a slot, beginning with a known surname and not with a common word (许多人认为 is
not a person). Its Latin name is its pinyin, surname first and given name joined
(赵华胜 -> Zhao Huasheng, with the surnames that read differently as names: 单 Shan, 曾 Zeng,
区 Ou …), which is the key that makes it one person with English mentions of Zhao Huasheng.

Traditional characters are read through a simplified view of the same length (OpenCC, one
character at a time), so 趙華勝 and 赵华胜 are one person; the native name keeps the text's
own characters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence
from functools import lru_cache

from tealeaves.extract.names import HAN, HAN_RUN
from tealeaves.model import Paragraph
from tealeaves.scripts import simplified

#: Single-character surnames: the common ones of the Hundred Family Surnames and today's
#: registers (a fact list).
SURNAMES_1 = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎"
    "贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申"
    "欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴"
    "蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席"
    "卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟"
    "邝习达楚庚赖洪丘萧笪区"  # (区 Ou, 區嘉恒)
    "朴"  # 朴 (Piao; the Korean Park)
)
#: Two-character surnames.
SURNAMES_2 = frozenset(
    "欧阳 司马 诸葛 上官 司徒 东方 皇甫 慕容 令狐 公孙 夏侯 尉迟 长孙 宇文 端木 万俟".split()  # noqa: SIM905
)
#: Surnames read otherwise as a surname than as a word (pypinyin reads the word).
SURNAME_READINGS = {
    "单": "Shan", "曾": "Zeng", "区": "Ou", "仇": "Qiu", "解": "Xie", "查": "Zha", "朴": "Piao",
    "盖": "Ge", "乐": "Yue", "覃": "Qin", "召": "Shao", "缪": "Miao", "员": "Yun", "翟": "Zhai",
    "种": "Chong", "秘": "Bi", "句": "Gou", "折": "She", "隗": "Wei", "尉迟": "Yuchi",
    "万俟": "Moqi", "长孙": "Zhangsun", "繁": "Po", "华": "Hua", "任": "Ren", "沈": "Shen",
    "柏": "Bai", "尉": "Yu", "那": "Na", "哈": "Ha", "燕": "Yan",
}  # fmt: skip

#: Characters foreign names are transliterated with (the standard tables' syllables, in
#: simplified form): a transliteration ends at the first character not among them
#: ("普里马科夫接替", "亚当·斯密活到", "卡尔·蔡司眼镜店").
TRANSLITERATION = frozenset(
    "阿埃艾爱安昂奥敖巴拜班邦包保鲍贝本比彼毕宾波玻伯勃博布卜蔡查柴昌楚茨达大代戴丹当道得德登"
    "邓狄迪蒂丁东杜敦多厄恩尔法范菲费芬丰冯弗伏福富盖甘冈高戈哥格根贡古瓜圭哈海汉翰豪好赫黑亨"
    "洪侯胡华怀惠霍基吉季济加贾嘉简杰捷金津久居卡开凯坎康考柯科可克肯孔库夸奎昆拉腊莱赖兰朗劳"
    "勒雷蕾累黎里理丽利莉立连列林琳刘柳龙隆娄卢鲁陆路露吕伦罗洛马玛迈麦曼芒梅美门蒙孟米密缅明"
    "摩莫墨默姆木穆纳娜乃奈南内尼妮年涅宁纽努诺女欧帕潘庞佩彭皮珀普奇齐恰乔切钦琴青琼丘秋屈热"
    "任荣若萨塞赛桑瑟森沙莎山杉善尚绍舍申什施史士舒斯松苏索塔泰坦汤唐特滕提天廷通图托瓦万旺威"
    "韦维温文翁沃乌伍武西希锡席夏肖谢辛休许雅亚燕扬杨耶叶伊依因英尤于宇约悦泽扎詹张朱卓兹宗佐"
    "祖夫娃娅黛芭柏珊薇苗日义白历汗铁烈延那呼治逊顿契诃斐策采措琪璐岑蓓凡汀贞瑞缇芙尧乐盛司哲"
    "京晓思撒蓬朔生罕茹葛瑙赞灵丝芝颂迦锦娥绮鸠毛桂别"
)


#: Verbs of saying, longest first so that 进一步指出 is not read as 指.
SPEECH_VERBS = (
    # 曾说过, 多次表示过: the verb with 过, which tells it was said before
    "说过|讲过|写过|表示过|指出过|提到过|强调过|谈到过|"
    "进一步指出|进一步表示|接受采访时表示|表示|指出|认为|强调|坦言|直言|介绍|提到|透露|分析|补充|"
    "回答|告诉|写道|撰文|呼吁|警告|预测|解释|承认|坚称|声称|谈到|评论|总结|重申|宣布|回应|感叹|"
    "建议|主张|相信|判断|说道|问道|答道|提醒|提出|说明|阐述|批评|质疑|反驳|表态|发言|谈道|笑称|"
    # 说得很清楚, 讲得更直接: how plainly it was said
    "(?:说|讲)得(?:很|更|非常|十分|最|相当)?(?:清楚|直接|明白|透彻|坦率|直白|干脆|尖锐|形象|好)|"
    "直指|断言|估计|坦承|补充道|说|称|道|问|指(?=[，,])"  # 他又指，: Hong Kong papers' 指出
)
VERB = f"(?:{SPEECH_VERBS})"
#: Words between a name and its verb: adverbs, "在……上", "对记者".
BETWEEN = (
    r"(?:[（(][^（）()]{1,40}[）)]|主席|总统|总理|外长|部长|大使|教授|院长|所长|发言人|先生|女士|老师|"
    r"也|还|则|更|又|曾|亦|均|都|就此|就(?=向|对)|本人(?=在|也|则|还|亲自|曾|对|向|说|表示|称|指出|强调)|对此|随后|此前|同时|再次|当天|日前|上周|本周|上个月|上月|昨天|今天|昨日|"
    r"今年|去年|近年来|近几年|这些年|多年来|多年前|早年|当年|一直|此后|早前|早些时候|不久前|近来|最近|多次|一再|曾经|已经|私下|公开|事后|会后|"
    r"近日|此外|特别|专门|明确|坦率地|直接|反复|特意|进一步|回忆|回想|只是|只|仅|仅仅|不过|"
    # "顾立雄上午在…时表示", "赵华胜早就指出", "冯玉军曾撰文提醒": when, how long, in writing
    r"上午|下午|中午|晚上|晚间|早上|凌晨|早就|早已|一向|始终|向来|撰文|发文|著文|"
    # "普京总统常说", "他经常说": how often
    r"常常|经常|时常|常|总是|"
    # "于海涛笑着说", "他摇摇头说": how they said it
    r"笑着|苦笑着|感慨地|无奈地|半开玩笑地|开玩笑地|摇摇头|摇着头|耸耸肩|"
    r"在(?:[^，。；：“”「」《]|《[^《》\n]{1,30}》){1,24}?(?:上|中|时|里|后|前)|对[^，。；：“”「」]{1,12}?|"
    r"向(?:记者|媒体|本报|本刊|笔者|外界)|"
    # "王毅在巴黎还表示": a place after 在, then an adverb or the verb
    + f"在[{HAN}]{{1,6}}?(?=(?:还|也|又|再次|则|就|曾|都)?{VERB})|"
    + r"接受[^，。]{1,16}?(?:采访|访问|专访)时|如是|如此|"
    r"(?:致辞|发言|讲话|答记者问|回答提问|会见[^，。；：“”「」]{0,12}?|回应[^，。；：“”「」]{0,12}?)时)*"
)

#: Role words that end a description of a person ("…教授", "外交部发言人").
ROLE_WORDS = (
    "教授|副教授|研究员|副研究员|助理研究员|主任|副主任|院长|副院长|所长|副所长|学者|专家|"
    "发言人|部长|副部长|外长|大使|总统|主席|总理|副总理|国务委员|书记|司长|局长|秘书长|编辑|"
    "主编|记者|讲师|博士|研究生|顾问|理事长|会长|执行院长|创始人|评论员|分析师|经济学家|"
    "首席经济学家|总编辑|董事长|参赞|代表|特使|官员|议员|将军|上将|中将|少将|大校|校长|负责人|"
    "国务卿|新闻秘书|高级代表|召集人|院士|学家|行政长官|特首|市长|县长|省长|区长|州长|立委|行长|团长|"
    "大臣|首相|外相|总裁|总经理|副总经理|经理|工程师|律师|船长|机长|调度员|企业家|厂长|总监|"
    # (海关总署署长俞建华, 总领事, 议长, 司令员)
    "署长|处长|厅长|总干事|领事|议长|司令员|司令|政委|"
    "主持人"  # 本期节目主持人郑欣然
)
#: Roles of a trade, not of expertise or office: the people who hold them are "other".
TRADE_END = re.compile(
    "(?:总裁|总经理|副总经理|经理|工程师|律师|船长|机长|调度员|企业家|厂长|总监)$"
)
ROLE_END = re.compile(f"(?:{ROLE_WORDS})$")
_A_ROLE = re.compile(f"(?:{ROLE_WORDS})")
LEADER = re.compile(r"(?:国家主席|总统|总理|首相|主席|总书记)$")
OFFICIAL = re.compile(
    r"(?:发言人|部长|外长|大使|副总理|国务委员|司长|局长|秘书长|参赞|特使|官员|议员|将军|上将|市长|县长|"
    r"省长|区长|州长|行政长官|特首|立委|行长|"
    r"中将|少将|代表|团长|署长|处长|厅长|总干事|领事|议长|司令员|司令|政委)$"
)
TITLES_AFTER_SURNAME = (
    "教授|院长|所长|主任|部长|大使|先生|女士|研究员|博士|主席|总统|总理|外长|发言人|老师|将军|"
    "局长|司长|处长|厅长|署长|次长|院士|委员|议员|立委|主委|总裁|董事长|行长|市长|会长|理事长|"
    "秘书长|校长|主编|总编|社长|馆长|书记|副院长|副所长|副主任|副部长|副教授|太太|太|氏"
)
#: Characters a name's character is never one of (punctuation, particles, pronouns).
NOT_GIVEN = set(
    "的了是在和与及或对向把被给为从于将也还都就又很最这那其他她它们我你您之而以等多能否次经已要会"
    "可应须仍再并且即便虽但若如因所此各每该本某另媒体面家一二三四五六七八九十百千万两几"
)
#: Characters of NOT_GIVEN that given names often use: read as a name's only in a slot
#: that settles it (right after a role word, before a verb).
_NAME_TOO = set("家及一二三四五六七八九十万千百和如可若以为应再")  # 张五岳, 李四光
#: What stands before a person who is spoken to, not who speaks (对王毅说).
PREPOSITIONS = set("对向跟和与同给为替把被让叫请令使")
LABEL = re.compile(
    rf"^(?P<who>[{HAN}]{{1,4}})(?:[（(](?P<role>[^（）()]{{1,60}})[）)])?[：:]\s*(?P<body>\S)"
)
#: A credit after a quote, the way digests and WeChat posts write it: "”—— 达巍（清华大学…）",
#: "”——崔洪建，北京外国语大学教授" (the role to the end of the line).
DASH_CREDIT = re.compile(
    rf"[”」』][ \t\n]*(?:——|—|－－|--)[ \t]*(?P<who>[{HAN}]{{2,4}}?)"
    rf"(?:[（(](?P<role>[^（）()\n]{{2,60}})[）)]|[，,](?P<tail>[^。\n“”]{{2,60}}))?[ \t]*(?=\n|$)"
)
#: A speaker's label alone on its line, the round-table way: "金灿荣（中国人民大学教授）：".
LABEL_LINE = re.compile(
    rf"^(?P<at>@)?(?P<who>[{HAN}]{{2,5}})(?:[（(](?P<role>[^（）()]{{1,60}})[）)])?"
    # the colon may go where a role in brackets or a handle's @ says who writes what follows
    # (an answer's or a post's header: "冯玉军（北京大学教授）", "@胡锡进")
    r"\s*(?(role)[：:]?|(?(at)[：:]?|[：:]))\s*$"
)


def label_line(text: str, headers: Container[int], at: int) -> re.Match[str] | None:
    """A label alone on its line (:data:`LABEL_LINE`) of the paragraph starting at ``at``;
    one with no colon ("冯玉军（北京大学教授）", "@胡锡进") only where :func:`headers` found
    it."""
    m = LABEL_LINE.match(text)
    if m is not None and not m.group(0).rstrip().endswith(("：", ":")) and at not in headers:
        return None
    return m


#: A role or a body in a header's brackets (not "资料图", "右"): who the writer is.
_A_WRITER = re.compile(f"(?:{ROLE_WORDS})|大学|学院|研究|中心|大使馆|委员会|公司|集团|[部院所局社]")
#: A line of a page's furniture: short, no sentence in it ("回答二", "2,146 人赞同了该回答",
#: "16:05 转发 1203 评论 856 赞 2.1万").
PAGE_FURNITURE = re.compile(r"[^。！？!?；;…“”「」]{1,30}")


def headers(paragraphs: Sequence[Paragraph], simple: str) -> frozenset[int]:
    """Where the labels with no colon that head what follows stand (the paragraphs' starts):
    a page of answers or a thread of posts, where two or more such lines ("冯玉军（北京大学
    教授）", "@胡锡进") each come after some text and before text of their own. One alone is
    a byline, a caption or a post quoted once; lines one after another are a list."""
    found = []
    seen_text = False
    for k, para in enumerate(paragraphs):
        text = simple[para.start : para.end]
        m = LABEL_LINE.match(text)
        colon = m is not None and m.group(0).rstrip().endswith(("：", ":"))
        if m is None or colon:
            seen_text = seen_text or para.kind == "body"
            continue
        role = m.group("role")
        if not seen_text or (role and not _A_WRITER.search(role)) or not (role or m.group("at")):
            continue  # (at the top: the byline; "王毅（资料图）": a caption)
        nxt = next(
            (
                p
                for p in paragraphs[k + 1 :]
                if not PAGE_FURNITURE.fullmatch(simple[p.start : p.end].strip())
                or LABEL_LINE.match(simple[p.start : p.end])  # (a list: the next name)
            ),
            None,
        )
        if (
            nxt is not None
            and nxt.kind == "body"
            and not LABEL_LINE.match(simple[nxt.start : nxt.end])
        ):
            found.append(para.start)
    return frozenset(found) if len(found) >= 2 else frozenset()


#: A post's header, a handle alone on its line ("@外交部发言人办公室"): whoever it is, the
#: paragraphs after it are no longer the one before's.
HANDLE_LINE = re.compile(r"^@\S{1,40}\s*$")
FOREIGN = re.compile(
    rf"[{HAN}]{{1,12}}(?:[·•‧・](?:[A-Z]\.\s?)?[{HAN}]{{1,8}})+"  # 约翰·J. 米尔斯海默
    r"(?:[（(](?:(?P<latin>[A-Z][A-Za-z'’.-]+(?:\s+[A-Za-z'’.-]+){0,3})"
    r"|(?P<cyrillic>[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){1,2}))[)）])?"  # (Алексей Лихачёв)
)


@lru_cache(maxsize=4096)
def romanise(native: str) -> str:
    """赵华胜 -> "Zhao Huasheng": the surname's reading as a surname, the given name joined."""
    from pypinyin import Style, lazy_pinyin

    name = simplified(native)
    if married_name(name):  # 叶刘淑仪 -> "Ye Liu Shuyi": both surnames read as surnames
        return f"{romanise(name[0])} {romanise(name[1:])}"
    surname = name[:2] if name[:2] in SURNAMES_2 else name[:1]
    given = name[len(surname) :]
    family = (
        SURNAME_READINGS.get(surname)
        or "".join(lazy_pinyin(surname, style=Style.NORMAL)).capitalize()
    )
    rest = "".join(lazy_pinyin(given, style=Style.NORMAL)).replace("ü", "u").replace("v", "u")
    return f"{family} {rest.capitalize()}".strip()


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Two-character words of pypinyin's phrase dictionary: 许多, 高度, 时间 — what a name
    never begins with."""
    from pypinyin.phrases_dict import phrases_dict

    return frozenset(w for w in phrases_dict if len(w) == 2)


@lru_cache(maxsize=1)
def _longer_words() -> frozenset[str]:
    """Three- and four-character words of the phrase dictionary (俄罗斯, 华盛顿)."""
    from pypinyin.phrases_dict import phrases_dict

    return frozenset(w for w in phrases_dict if 3 <= len(w) <= 4)


#: Countries, capitals and blocs whose names begin with a surname character (俄罗斯, 罗马).
_PLACE_TEXT = (
    "俄罗斯 白俄罗斯 罗马尼亚 马来西亚 华盛顿 伊朗 阿富汗 乌克兰 哈萨克斯坦 "
    "吉尔吉斯斯坦 乌兹别克斯坦 塔吉克斯坦 土库曼斯坦 蒙古 朝鲜 韩国 日本 越南 "
    "印度 巴基斯坦 叙利亚 以色列 巴勒斯坦 黎巴嫩 格鲁吉亚 亚美尼亚 阿塞拜疆 "
    "摩尔多瓦 立陶宛 拉脱维亚 爱沙尼亚 芬兰 瑞典 挪威 丹麦 波兰 匈牙利 捷克 "
    "斯洛伐克 塞尔维亚 克罗地亚 希腊 土耳其 伊拉克 沙特 埃及 南非 巴西 "
    "阿根廷 墨西哥 加拿大 澳大利亚 新西兰 新加坡 印尼 菲律宾 泰国 缅甸 老挝 "
    "柬埔寨 尼泊尔 孟加拉 斯里兰卡 莫斯科 圣彼得堡 海参崴 符拉迪沃斯托克 伯力 "
    "哈巴罗夫斯克 明斯克 基辅 阿斯塔纳 塔什干 比什凯克 杜尚别 乌兰巴托 平壤 "
    "首尔 东京 新德里 伊斯兰堡 德黑兰 安卡拉 柏林 巴黎 伦敦 罗马 布鲁塞尔 "
    "日内瓦 维也纳 华沙 布拉格 布达佩斯 雅典 马德里 里斯本 纽约 洛杉矶 香港 "
    "澳门 台湾 台北 上海 北京 天津 重庆 广州 深圳 南京 武汉 西安 成都 "
    "杭州 哈尔滨 乌鲁木齐 拉萨 欧洲 亚洲 非洲 美洲 中亚 东亚 南亚 西亚 "
    "东南亚 欧亚 北约 欧盟 联合国 上合 金砖 "
)
_PLACES = frozenset(_PLACE_TEXT.split())


def inside_word(text: str, start: int, end: int, floor: int = 0) -> bool:
    """Whether the candidate name at [start, end) begins inside a longer word or place:
    罗斯 in 俄罗斯, 余方 in 其余方面; only words that begin at ``floor`` or after count (a
    role word that ends right before the name is whole: 所长 + 孙壮志, not 长孙)."""
    for k in (1, 2, 3):
        if start - k < floor:
            break
        for size in range(k + 1, k + 5):
            word = text[max(0, start - k) : start - k + size]
            if (
                start - k >= 0
                and len(word) == size
                and (
                    word in _PLACES
                    or word in _longer_words()
                    or (size == 2 and word in common_words())
                )
            ):
                return True
    return False


def surname_len(name: str) -> int:
    if name[:2] in SURNAMES_2:
        return 2
    return 1 if name[:1] in SURNAMES_1 else 0


_ALL_HAN = re.compile(f"[{HAN}]+")


def is_han_name(name: str, *, word_start: bool = False) -> bool:
    """Whether 2-4 Han characters can be a person's name: a surname, a given name of one or
    two characters that are not particles, and not a common word at its start (unless
    ``word_start``: a slot that settles it, where 庞大鹏 is a name)."""
    if not _ALL_HAN.fullmatch(name):
        return False  # 解读：, not a name
    n = surname_len(name)
    given = name[n:]
    # in a slot that settles it, characters names often use though they are words too may
    # stand in a given name (陈家豪, 张登及, 王一鸣)
    not_given = (c for c in given if not (word_start and c in _NAME_TOO))
    if not n or not 1 <= len(given) <= 2 or any(c in NOT_GIVEN for c in not_given):
        return False
    if given in _SAYING:
        return False  # 普京总统常说, 他曾称: an adverb and a verb of saying, no Mr Chang
    if re.fullmatch(f"(?:{TITLES_AFTER_SURNAME})", given) or (
        len(name) == 2 and given in "总局处董"
    ):
        return False  # 赵教授, 马局, 王总: a surname and a title, not a name
    if name[:2] in _NEVER_NAMES:
        return False  # 委员会荣誉主席, 企业高管对记者说: words of a role, even in a name's slot
    if _A_ROLE.fullmatch(name):
        return False  # 总统顾问委员会: 顾问 is a role, not a Mr Gu
    if len(name) == 2 and name[1] in "方宫府" and known_word(name):
        return False  # 韩方称, 白宫称, 港府称: a side, a seat of government (words jieba tags nr)
    return word_start or name[:2] not in common_words() or name[:2] in SURNAMES_2


#: Verbs of saying, never a given name of one character (常说, 曾称, 王说).
_SAYING = frozenset("说称讲曰")
#: Words that open with a surname and stand where names do, before a title or a verb.
_NEVER_NAMES = frozenset(
    {"荣誉", "名誉", "常务", "高管", "高级", "高层", "时任", "现任", "前任", "首任", "首席"}
    | {"资深", "常驻", "曾任", "历任", "石油"}
    # "被问及……时只回答了一句": 时 (when) and an adverb, no surname and a name
    | {"时只", "时也", "时还", "时就", "时便", "时又", "时曾", "时都", "时再", "时则", "时却"}
)


def known_word(word: str) -> bool:
    """Whether jieba's dictionary has ``word`` (prefixes it keeps with a count of 0 do not
    count)."""
    return _jieba()[0].FREQ.get(word, 0) > 0


def a_name_word(word: str) -> bool:
    """Whether jieba's dictionary has ``word`` as a full name (杨成, 习近平: nrfg; its "nr" is
    loose: 华为, 白皮书)."""
    return _jieba()[1].get(word, "") == "nrfg"


def word_tags(text: str) -> list[str]:
    """The dictionary's part-of-speech tags of the words of ``text`` (jieba's cut, without its
    hidden Markov model; "" for a word it has no tag of): "加快推进" ends in a verb (v), "稳步"
    is an adverb (d), "金砖桥" ends in a noun."""
    tokenizer, tags = _jieba()
    return [tags.get(w, "") for w in tokenizer.lcut(text, HMM=False)]


def word_count(word: str) -> int:
    """How often jieba's dictionary counts ``word`` (0 for a word it does not have): 宏观 1673,
    立言 24; a rare word may well be someone's given name."""
    return int(_jieba()[0].FREQ.get(word, 0))


def married_name(name: str) -> bool:
    """范徐丽泰, 叶刘淑仪: a husband's surname, her own and a given name of two characters, the
    way Hong Kong writes a married woman's name."""
    return (
        len(name) == 4
        and name[0] in SURNAMES_1
        and name[:2] not in SURNAMES_2
        and name[-1] not in PREPOSITIONS  # 丁薛祥同俄方…: 同 is "with", not her name
        and is_han_name(name[1:])
    )


@lru_cache(maxsize=1)
def _jieba():
    """jieba's tokenizer and its dictionary's part-of-speech tags, loaded once (about a
    second, the first time it builds its cache)."""
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba.dt, jieba.posseg.dt.word_tag_tab


@lru_cache(maxsize=1)
def _fast_cut() -> Callable[[str, bool], list[str]] | None:
    """rjieba's ``cut`` (jieba's algorithm, dictionary and hidden Markov model in Rust, five
    times faster on a Chinese article), or None where it cannot be imported."""
    try:
        import rjieba
    except ImportError:
        return None
    return rjieba.cut


def jieba_words(text: str) -> list[str]:
    """jieba's words of ``text`` (``cut`` with its hidden Markov model), the same words
    jieba gives. rjieba cuts the Han runs; what it keeps whole outside them ("2025-07-02",
    where jieba has "2025", "-", "07", …) is cut again by jieba itself, so every word
    boundary is jieba's (tests/unit/test_segments.py holds the two side by side)."""
    tokenizer = _jieba()[0]
    fast = _fast_cut()
    if fast is None or _OTHER_HAN.search(text):
        # (characters jieba reads outside its dictionary's range, which rjieba joins
        # differently to their neighbours: jieba alone)
        return list(tokenizer.cut(text, HMM=True))
    words: list[str] = []
    for word in fast(text, True):
        if _JIEBA_HAN.fullmatch(word):
            words.append(word)
        else:
            words.extend(tokenizer.cut(word, HMM=True))
    return words


#: The characters jieba cuts by its dictionary and model (its own ``re_han_default``
#: without the Latin letters and digits); any other word of rjieba's is cut again.
_JIEBA_HAN = re.compile("[\u4e00-\u9fd5]+")
#: Han characters and radicals outside that range (extension A, the newest unified ones,
#: compatibility ideographs, the supplementary planes).
_OTHER_HAN = re.compile(
    "[\u2e80-\u2fdf\u3400-\u4dbf\u9fd6-\u9fff\uf900-\ufaff\U00020000-\U0003134f]"
)


class Segments:
    """jieba's words of a text: where each word starts and ends, and which are person
    names: a word its dictionary tags as a name (nr, nrfg, nrt), or a new word its hidden
    Markov model finds that reads as a Han name (赵华胜). jieba tells a name from a word
    (明确, 许多) and where a word begins (罗斯 is inside 俄罗斯). Plain segmentation, not
    jieba's part-of-speech tagger, which is eight times slower."""

    def __init__(self, text: str) -> None:
        tokenizer, tags = _jieba()
        self.starts: set[int] = set()
        self.words: dict[int, str] = {}
        self.names: dict[int, tuple[int, str]] = {}  # end -> (start, name)
        at = 0
        for word in jieba_words(text):
            self.starts.add(at)
            self.words[at] = word
            if 2 <= len(word) <= 4 and HAN_RUN.fullmatch(word):
                tag = tags.get(word)
                known = tokenizer.FREQ.get(word, 0) > 0  # prefixes are kept with 0
                if (tag or "").startswith("nr") or (not known and is_han_name(word)):
                    self.names[at + len(word)] = (at, word)
            at += len(word)

    def is_word(self, start: int, end: int, text: str) -> bool:
        """Whether [start, end) is one dictionary word of jieba's that is not a name."""
        word = text[start:end]
        return self.words.get(start) == word and end not in self.names and known_word(word)


#: A byline paragraph: "本报记者 周雨桐", "新华社驻莫斯科记者 张三 李四", "文/王五",
#: "（本报记者周雨桐整理）".
BYLINE = re.compile(
    f"(?:【[^【】]{{1,16}}】\\s*)?"  # "【明鉴新闻】记者黄嘉晴报道": the outlet first
    f"[（(]?(?:(?:本报|本刊|新华社|中新社)?(?:特约|驻[{HAN}]{{1,6}})?记者\\s*[{HAN}]{{2,4}}"
    f"(?:[\\s、，,]+[{HAN}]{{2,4}})*|(?:文|作者)\\s*[/／|｜:：]\\s*[{HAN}]{{2,4}})"
    f"(?:整理|报道|采写|撰稿|编辑|摄)?[）)]?"
)


#: Transliterated given names of women (安娜, 伊琳娜) and of men (瓦西里, 谢尔盖), and the
#: endings of Russian women's surnames as Chinese writes them (-ова 娃, -ая 娅, -ина 娜).
_WOMEN_GIVEN = frozenset(
    {
        "安娜",
        "伊琳娜",
        "玛丽亚",
        "玛利亚",
        "叶卡捷琳娜",
        "娜塔莉亚",
        "娜塔利娅",
        "奥尔加",
        "塔季扬娜",
        "柳德米拉",
        "斯维特兰娜",
        "埃琳娜",
        "叶莲娜",
        "伊丽莎白",
        "玛丽",
        "索菲亚",
        "达丽娅",
        "阿纳斯塔西娅",
        "克谢尼娅",
        "瓦莲京娜",
        "加琳娜",
        "尤利娅",
    }
)
_MEN_GIVEN = frozenset(
    {
        "瓦西里",
        "谢尔盖",
        "亚历山大",
        "弗拉基米尔",
        "德米特里",
        "安德烈",
        "伊万",
        "阿列克谢",
        "米哈伊尔",
        "尼古拉",
        "费奥多尔",
        "鲍里斯",
        "尤里",
        "维克多",
        "康斯坦丁",
        "伊戈尔",
        "帕维尔",
        "彼得",
        "根纳季",
        "季莫费",
        "阿尔乔姆",
        "马克西姆",
        "奥列格",
    }
)
#: Characters of Chinese given names that are women's far more often than men's.
_WOMEN_CHARS = frozenset("娟婷娜芳丽梅燕霞玲琳萍静雪婉娇媛嫣妍莉蓉琴瑶慧婧姗娅妮")


def name_sex(name: str) -> str:
    """ "f" or "m" when a name as written tells a person's sex (安娜·别洛娃, 瓦西里·卡申, 李勇慧),
    else "?". A guess from the name alone, for telling 她 from 他 when the text does not."""
    parts = re.split("[·•‧・]", simplified(name))
    if len(parts) > 1:
        if parts[0] in _WOMEN_GIVEN or parts[-1].endswith(("娃", "娅")):
            return "f"
        if parts[0] in _MEN_GIVEN or parts[-1].endswith(("夫", "斯基")):
            return "m"
        return "?"
    if _ALL_HAN.fullmatch(name) and 2 <= len(name) <= 4 and name[-1] in _WOMEN_CHARS:
        return "f"
    if _ALL_HAN.fullmatch(name) and len(name) >= 3 and not is_han_name(name):
        # a transliterated surname alone: 扎哈罗娃 (a woman's ending), 佩斯科夫 (a man's)
        if name.endswith(("娃", "娅")):
            return "f"
        if name.endswith(("夫", "斯基")):
            return "m"
    return "?"
