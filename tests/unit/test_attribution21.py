"""Attribution rules of the twenty-first session, one kind of sentence per test. Every
sentence is written for its test (not taken from a tuning article)."""

from __future__ import annotations

from helpers import credited as _credited
from helpers import extracted as _x
from helpers import people_of as _people
from helpers import speaker_of as _speaker

# ---- Chinese: people -------------------------------------------------------------------


def test_zh_an_author_cited_by_year_is_a_person():
    """ "邢广程（2019）的研究", "在此基础上，孙壮志（2021b）": a review cites the literature."""
    x = _x(
        "zh",
        "关于边疆问题，邢广程（2019）的研究最为系统。他认为，历史记忆仍在影响两国社会。",
        "在此基础上，孙壮志（2021b）进一步讨论了上合组织的前景。",
    )
    assert {"xing-guangcheng", "sun-zhuangzhi"} <= _people(x)
    assert _credited(x, "历史记忆仍在影响两国社会") == {"xing-guangcheng"}


def test_zh_a_year_after_a_place_or_a_word_is_no_author():
    """ "中亚（2020）", "《报告》（2023）": a year after what is not a name."""
    x = _x("zh", "据统计，中亚（2020）的对华贸易额增长两成，研究报告（2023）也这样判断。")
    assert not _people(x)


def test_zh_headers_with_a_role_and_no_colon_head_answers():
    """A Q&A page: "回答一¶李兴（北京师范大学教授）¶…¶回答二¶…" — what follows each header is
    that writer's answer; the page's counts ("356 人赞同了该回答") are nobody's words."""
    x = _x(
        "zh",
        "问题：中俄在北极的合作前景如何？",
        "李兴（北京师范大学教授）",
        "356 人赞同了该回答",
        "北极航道的商业价值被高估了，但科考合作大有可为。",
        "回答二",
        "杨成（上海外国语大学教授）",
        "北极理事会的规则决定了合作的上限。",
    )
    assert _speaker(x, "北极航道的商业价值") == "li-xing"
    assert _speaker(x, "北极理事会的规则") == "yang-cheng"
    assert not [q for q in x.quotes if q.text.startswith(("356", "回答二"))]


def test_zh_one_header_with_a_role_after_an_editor_s_note_is_a_byline():
    """ "编者按：…¶王文（…院长）¶article": one such line is the author's, not an answer."""
    x = _x(
        "zh",
        "编者按：本文作者长期关注中俄经贸合作。",
        "王文（中国人民大学重阳金融研究院院长）",
        "两国贸易结构正在发生深刻变化。",
    )
    assert not [q for q in x.quotes if q.speaker]


def test_zh_a_header_with_a_role_at_the_top_is_the_byline():
    """ "孙芳（北京大学博士研究生）" opening a conference review: its author, no speaker."""
    x = _x(
        "zh",
        "孙芳（北京大学博士研究生）",
        "本次研讨会围绕欧亚地区的安全形势展开，与会者发言踊跃。",
    )
    assert "sun-fang" not in _people(x)
    assert not [q for q in x.quotes if q.speaker]


def test_zh_a_handle_heads_posts_until_the_next_handle():
    """A thread: "@张三" alone on its line, then the posts; another handle ("@某某官方账号")
    ends them, whoever it is."""
    x = _x(
        "zh",
        "以下是话题页的热门微博。",
        "@孙壮志",
        "上合组织的扩员考验的是协商一致的能力。",
        "9:15 转发 88 评论 41 赞 960",
        "@新华社国际",
        "中方代表团已抵达阿斯塔纳。",
    )
    assert _speaker(x, "上合组织的扩员") == "sun-zhuangzhi"
    assert not [q for q in x.quotes if q.text.startswith(("9:15", "中方代表团"))]


def test_zh_a_wire_dateline_credit_is_no_person():
    """ "（中央社记者林子翔台北3日电）": the reporter who filed, not a person of the story."""
    x = _x(
        "zh",
        "（中央社記者林子翔台北3日電）外交部長林佳龍今天表示，台灣會持續關注區域情勢。",
    )
    assert "lin-zixiang" not in _people(x)
    assert "lin-chia-lung" in _people(x)


def test_zh_full_and_taiwanese_forms_of_leaders_are_the_registry_s():
    """ "弗拉基米尔·普京" in full, "普丁" and "川普" as Taiwan writes them: the registry's
    Putin and Trump, not new people."""
    x = _x(
        "zh",
        "俄罗斯总统弗拉基米尔·普京表示，他愿意同特朗普会面。",
        "普丁與川普的通話持續兩個小時。",
    )
    assert {"vladimir-putin", "donald-trump"} == _people(x)


def test_zh_a_host_after_the_word_host():
    """ "本期主持人韩笑": the host, a person named after her role."""
    x = _x("zh", "欢迎收看本期节目，我是主持人韩笑。今天的话题是中亚天然气管道。")
    assert "han-xiao" in _people(x)


# ---- Chinese: reported speech and its phrases ----------------------------------------------


def test_zh_a_time_of_day_between_the_name_and_the_verb():
    """ "徐学渊下午在记者会上则称，……「…」": the phrase in his statement is his."""
    x = _x(
        "zh",
        "國防部發言人孫立方下午在例行記者會上則稱，共機的動態「盡在掌握」，請民眾放心。",
    )
    assert _speaker(x, "盡在掌握") == "sun-lifang"


def test_zh_written_claims_and_a_book_between_the_name_and_the_verb():
    """ "曾撰文指出", "在《…：…》一书中提出": in writing, and a title with a colon in it."""
    x = _x(
        "zh",
        "中国驻哈萨克斯坦大使张霄曾撰文指出，两国合作“经得起时间检验”，前景广阔。",
        "冯绍雷在《欧亚的重塑：大国与地区》一书中早就提出，中俄协作是“长期的战略选择”，"
        "并非权宜之计。",
    )
    assert _speaker(x, "经得起时间检验") == "zhang-xiao"
    assert _speaker(x, "长期的战略选择") == "feng-shaolei"


def test_zh_reminded_the_writer():
    """ "他还提醒我，……“…”": said to the writer, his statement."""
    x = _x(
        "zh",
        "我在阿斯塔纳采访了学者季莫费·博尔达切夫（Timofei Bordachev）。博尔达切夫还提醒我，"
        "中亚国家对大国竞争“比我们想象的更警惕”。",
    )
    assert _speaker(x, "比我们想象的更警惕") == "timofei-bordachev"


def test_zh_an_initiative_s_name_is_nobody_s_words():
    """ "推动“一带一路”与……对接": the name of an initiative, as of a treaty."""
    x = _x(
        "zh",
        "清华大学教授赵可金则提出，中俄应推动“一带一路”与欧亚经济联盟的对接落到实处。",
    )
    assert _speaker(x, "一带一路") is None


def test_zh_a_view_put_aside_as_understood_so_is_a_term():
    """ "不宜把……简单理解为“…”": a way of seeing it the speaker declines, not his words."""
    x = _x(
        "zh",
        "复旦大学教授吴心伯指出，不宜把中美俄关系简单理解为“零和游戏”，三方各有所需。",
    )
    assert _speaker(x, "零和游戏") is None


def test_zh_a_saying_character_inside_a_word_is_no_one_speaking():
    """ "……提醒我，俄方对北极航道的安全“…”": 航道 holds 道 and 问题 holds 问; neither is
    someone else speaking inside his statement."""
    x = _x(
        "zh",
        "我在莫斯科见到了学者瓦西里·卡申（Vasily Kashin）。卡申还提醒我，俄方对北极航道的安全"
        "问题“比外界想象的更敏感”。",
    )
    assert _speaker(x, "比外界想象的更敏感") == "vasily-kashin"


def test_zh_a_demand_reported_inside_a_statement_is_not_the_reporter_s():
    """ "X撰文称，华盛顿要求盟友“…”": Washington's demand, which X reports."""
    x = _x(
        "zh",
        "哈佛大学教授斯蒂芬·沃尔特（Stephen Walt）撰文称，华盛顿要求盟友在对华政策上“保持一致”，"
        "但欧洲另有打算。",
    )
    assert _speaker(x, "保持一致") is None


# ---- Russian ---------------------------------------------------------------------------


def test_ru_a_sentence_s_worth_owned_with_for_someone():
    """ "Для Хилл это «…»" holds a whole clause, not a short phrase: still hers."""
    x = _x(
        "ru",
        "Историк Ольга Захарова выступила на круглом столе в Хабаровске.",
        "Для Захаровой нынешний подъём торговли — «испытание, к которому приграничные города "
        "готовились целое десятилетие».",
    )
    assert _speaker(x, "испытание, к которому") == "olga-zakharova"


def test_ru_in_someone_s_assessment_with_a_dash():
    """ "В оценке Зуенко — «…»", "В оценке Лукьянова, эти переговоры — это «…»"."""
    x = _x(
        "ru",
        "Эксперт МГИМО Иван Зуенко прокомментировал итоги визита. В оценке Зуенко — «визит без "
        "сенсаций, но с длинным списком поручений».",
        "Главный редактор Фёдор Лукьянов тоже высказался. В оценке Лукьянова, эти переговоры — "
        "это «проверка того, насколько далеко готовы зайти обе стороны».",
    )
    assert _speaker(x, "визит без сенсаций") == "ivan-zuenko"
    assert _speaker(x, "проверка того") == "fyodor-lukyanov"


def test_ru_a_woman_s_surname_in_a_form_only_a_woman_s_takes():
    """ "Светлана Карпова" (read as Svetlan Karpov's genitive) is a woman when the text
    writes "Карповой" too; then her phrases are hers."""
    x = _x(
        "ru",
        "Доцент ВШЭ Светлана Карпова изучает китайские инвестиции в Сибири.",
        "В оценке Карповой, нынешний спад — это «пауза, а не разворот».",
    )
    (person,) = [p for p in x.people if "Карпов" in p.native_name]
    assert person.native_name == "Светлана Карпова"
    assert _speaker(x, "пауза, а не разворот") == person.id


def test_ru_a_formula_coined_by_someone_named_after_it():
    """ "напоминает формулу «…», которую Дэн Сяопин оставил …": Deng's words, not those of
    the author whose article the sentence cites before."""
    x = _x(
        "ru",
        "Автор статьи ссылается на работу Янь Сюэтуна «Мир и власть» и вспоминает слова "
        "«пересекать реку, нащупывая камни», которые Дэн Сяопин произнёс в начале реформ.",
        "«Китай меняется медленнее, чем нам кажется», — пишет автор.",
    )
    assert _speaker(x, "пересекать реку") == "deng-xiaoping"
    assert _speaker(x, "Китай меняется медленнее") is None


def test_ru_an_editor_in_chief_named_after_the_office_is_a_person():
    """ "главный редактор Фёдор Лукьянов" holds an office; "Редактор Анна Смирнова" alone on
    a line still credits the article's editor."""
    x = _x(
        "ru",
        "Вчера главный редактор Фёдор Лукьянов высказался о переговорах.",
        "Редактор Анна Смирнова",
    )
    assert _people(x) == {"fyodor-lukyanov"}


def test_ru_described_as_and_own_terms_are_the_subject_s():
    """ "характеризует отношения как «…»", "рассматривает сделку как «…»", "использует
    выражение «…»", "Позиция Кортунова — «…»": words the sentence gives as his."""
    x = _x(
        "ru",
        "Политолог Андрей Кортунов выступил в Москве. Кортунов характеризует отношения как "
        "«соседство без иллюзий».",
        "Он рассматривает новую сделку как «страховку на чёрный день».",
        "Кортунов использует выражение «вежливая дистанция».",
        "Позиция Кортунова — «осторожный оптимизм».",
    )
    for start in ("соседство без", "страховку на", "вежливая дистанция", "осторожный оптимизм"):
        assert _speaker(x, start) == "andrey-kortunov", start


def test_ru_according_to_someone_in_the_dative():
    """ "По Лукьянову, «…»": according to him, as "по словам Лукьянова"."""
    x = _x(
        "ru",
        "Главный редактор журнала Фёдор Лукьянов подвёл итоги года.",
        "По Лукьянову, «разговоры о зависимости от Китая сильно преувеличены в обеих столицах».",
    )
    assert _speaker(x, "разговоры о зависимости") == "fyodor-lukyanov"


def test_ru_an_aside_of_how_between_the_name_and_the_verb():
    """ "Лукьянов, как и в прошлые годы, подчеркнул: «…»", ", как обычно,": how he spoke, not
    someone else as its subject."""
    x = _x(
        "ru",
        "Главный редактор журнала Фёдор Лукьянов и политолог Василий Кашин выступили на форуме.",
        "Лукьянов, как и в прошлые годы, подчеркнул: «Отношения развиваются без лишнего шума».",
        "Кашин, как обычно, добавил: «Военные контакты важнее деклараций».",
    )
    assert _speaker(x, "Отношения развиваются") == "fyodor-lukyanov"
    assert _speaker(x, "Военные контакты") == "vasily-kashin"


def test_zh_a_two_character_name_before_a_word_that_never_ends_one():
    """ "研究员张冲早在…", "大使王庆跟记者说", "局长陈斌称，…", "主任刘洋同时表示": the name has
    two characters; 早, 跟, 称 and 同时 are the next words (named once, in no registry)."""
    x = _x(
        "zh",
        "中国社会科学院研究员张冲早在去年就提醒，中亚市场不可高估。",
        "驻哈萨克斯坦大使王庆跟记者说，两国合作前景广阔。",
        "商务局局长陈斌称，今年的贸易额将创新高。",
        "研究中心主任刘洋同时表示，能源合作仍是重点。",
    )
    assert {p.native_name for p in x.people} == {"张冲", "王庆", "陈斌", "刘洋"}


def test_zh_a_demand_in_a_clause_apart_leaves_the_quote_to_the_speaker():
    """ "X表示，政府一向要求企业守法，「…」": the demand has its own clause; the quoted words
    after it are still the speaker's."""
    x = _x(
        "zh",
        "商务局局长李志刚表示，政府一向要求企业遵守法律，「香港不会成为任何人规避制裁的渠道」。",
    )
    assert _speaker(x, "香港不会成为") == "li-zhigang"


def test_zh_a_two_character_name_opening_a_clause_before_a_one_character_verb():
    """ "王文说：“…”", "傅莹称，…", "王文则表示", "傅莹向记者表示": jieba reads 文说, 莹称 as
    words; the two characters opening the clause are the name. Not a word (文章称) nor a
    surname and a title (王副教授特别提到)."""
    x = _x(
        "zh",
        "王文说：“两国关系的基础比外界想象的牢固。”",
        "傅莹称，对话渠道始终畅通。",
        "此外，张冲则表示，北极合作刚刚起步。",
        "陈斌向记者表示，口岸通关时间缩短了一半。",
        "文章称，双边贸易仍在增长。",
        "王副教授特别提到，新疆的口岸经济仍有潜力。",
    )
    assert {p.native_name for p in x.people} == {"王文", "傅莹", "张冲", "陈斌"}
    assert _speaker(x, "两国关系的基础") == "wang-wen"


def test_zh_a_side_or_a_seat_of_government_is_no_person():
    """ "白宫称", "韩方称", "港府称": jieba tags them as names; a side or a seat of power."""
    x = _x("zh", "白宫称，制裁将继续。韩方称，会谈富有成果。港府称，本港不会成为避风港。")
    assert not _people(x)
    assert {q.speaker for q in x.quotes} <= {None}


def test_zh_the_registry_s_two_character_name_before_any_word():
    """ "外交部长王毅才说", "发言人毛宁作报告时说", "秦刚刚刚表示" — the registry's 王毅, 毛宁 and
    秦刚, then the next word (not 王毅才, 毛宁作); and a name never in the registry before 作报告
    and 刚刚 likewise."""
    x = _x(
        "zh",
        "外交部长王毅才说过，中方不会袖手旁观。",
        "外交部发言人毛宁作报告时说，中俄合作不针对第三方。",
        "前外长秦刚刚刚表示，双方保持沟通。",
        "研究员张冲作报告时指出，北极合作刚刚起步。",
    )
    assert {p.native_name for p in x.people} == {"王毅", "毛宁", "秦刚", "张冲"}


def test_ru_a_saying_someone_is_known_for():
    """ "Ставшее крылатым «…» Лаврова", "Лавров и его любимое «…»", "Лавров, автор выражения
    «…»": the sentence says whose saying it is; "Его «треугольник»" with no word of fame is
    the name of his idea, a term."""
    x = _x(
        "ru",
        "Министр иностранных дел Сергей Лавров выступил в Пекине. Ставшее крылатым «не союз, "
        "но больше чем союз» Лаврова цитируют все.",
        "Лавров и его любимое «время покажет» давно стали мемом.",
        "Лавров, автор выражения «азиатская НАТО», снова вспомнил его.",
        "Академик Евгений Примаков не любил громких слов. Его «треугольник» был попыткой "
        "уравновесить однополярный мир.",
    )
    for start in ("не союз, но", "время покажет", "азиатская НАТО"):
        assert _speaker(x, start) == "sergey-lavrov", start
    assert _speaker(x, "треугольник") is None


def test_ru_a_beat_with_the_name_last_or_a_gesture_before_the_words():
    """ "Слово взял Фёдор Лукьянов. «…»", "Иначе смотрит на ситуацию X. «…»" (the subject
    last, as Russian puts a new one), "Кашин пожал плечами. «…»" (a gesture)."""
    x = _x(
        "ru",
        "Слово взял Фёдор Лукьянов. «Китай не будет торопиться с решениями, и это нужно принять».",
        "Иначе смотрит на ситуацию Василий Кашин. «Военное сотрудничество растёт быстрее "
        "торговли».",
        "Тимофей Бордачёв пожал плечами. «Никто не обещал, что будет легко».",
        "Последним выступал посол. «Мы готовы к диалогу».",
    )
    assert _speaker(x, "Китай не будет") == "fyodor-lukyanov"
    assert _speaker(x, "Военное сотрудничество") == "vasily-kashin"
    assert _speaker(x, "Никто не обещал") == "timofei-bordachev"
    assert _speaker(x, "Мы готовы") is None
