"""Review of e92c82f (Russian and Chinese kinds from tune54/tune55): present-tense tags and
"пошёл дальше:", "он" after an opening phrase or before an adverb, a second verb after "и"
following words in guillemets, "— коротко ответил он", "— приводит его слова X", several
people as the subject, "одна из" inside a quote, О'Нил; the Chinese 秉持/打击/以…身份 terms,
a reported clause stopping at another's cue, 在他看来/据他介绍, a name named again, 常说,
曾公开, 他/她 describing with 形容/把, 用他自己的话说, 我的同事X, 区 and 已成…心态.
Every sentence is written for its test; quotations are invented. A strict xfail whose
reason starts with "older" was wrong before e92c82f too; the others are losses of it."""

from __future__ import annotations

import pytest

from helpers import credited, extracted, people_of, speaker_of

_speaker = speaker_of


def _ru(*paragraphs: str):
    return extracted("ru", *paragraphs)


def _zh(*paragraphs: str):
    return extracted("zh", *paragraphs)


_credited = credited

_people = people_of


# -- Russian: present-tense tags and "пошёл дальше" ------------------------------------------


def test_ru_guard_present_tag_replying_to_someone_named_before():
    x = _ru(
        "Госсекретарь Марко Рубио обвинил Москву в затягивании переговоров. «Это не так», — "
        "парирует ему Мария Захарова."
    )
    assert _speaker(x, "Это не так") == "maria-zakharova"


def test_ru_guard_present_tag_of_an_outlet_or_an_unnamed_source_is_nobodys():
    x = _ru(
        "Глава МИД Сергей Лавров провёл переговоры в Пекине.",
        "«Министр вернулся без новых контрактов», — иронизирует газета «Коммерсантъ».",
        "«Визит прошёл без сюрпризов», — резюмирует агентство Bloomberg.",
    )
    assert _speaker(x, "Министр вернулся") is None
    assert _speaker(x, "Визит прошёл") is None


def test_ru_present_tag_verb_with_a_term_as_its_object():
    x = _ru(
        "Глава МИД Сергей Лавров прилетел в Пекин. Ван И продолжает «челночную дипломатию» "
        "по Украине.",
        "Политолог Алексей Маслов рассуждает о «китайской мечте» в новой книге.",
    )
    assert _speaker(x, "челночную дипломатию") is None
    assert _speaker(x, "китайской мечте") is None


def test_ru_present_tag_she_after_a_man():
    x = _ru(
        "Эксперт РСМД Иван Тимофеев выступил на круглом столе.",
        "«Санкции никуда не денутся», — продолжает она.",
    )
    assert _speaker(x, "Санкции никуда") is None


def test_ru_present_tags_worded_a_little_differently():
    x = _ru(
        "Политолог Василий Кашин говорил о Пекине.",
        "«Китай не спешит», — удивляется Кашин.",
        "«Время на их стороне», — усмехается он.",
        "«Они умеют ждать», — размышлял он.",
    )
    assert _speaker(x, "Китай не спешит") == "vasily-kashin"
    assert _speaker(x, "Время на их") == "vasily-kashin"
    assert _speaker(x, "Они умеют") == "vasily-kashin"


def test_ru_going_further_by_a_country():
    x = _ru(
        "Глава МИД Сергей Лавров раскритиковал пошлины Вашингтона.",
        "Пекин ответил зеркальными пошлинами. Затем он пошёл ещё дальше: «Мы будем бороться "
        "до конца».",
    )
    assert _speaker(x, "Мы будем бороться") is None


def test_ru_guard_going_further_by_a_paper_a_ministry_or_a_source():
    x = _ru(
        "Министр иностранных дел КНР Ван И выступил в Мюнхене.",
        "Газета «Жэньминь жибао» пошла ещё дальше: «Европа должна сама отвечать за свою "
        "безопасность».",
        "МИД КНР пошёл ещё дальше: «Это экономический терроризм».",
        "Источник в правительстве КНР пошёл ещё дальше: «Пошлины никого не пугают».",
    )
    assert _speaker(x, "Европа должна") is None
    assert _speaker(x, "Это экономический") is None
    assert _speaker(x, "Пошлины никого") is None


# -- Russian: "он" after an opening phrase, or before an adverb ------------------------------


def test_ru_guard_he_after_a_gerund_and_after_a_question_put_by_another():
    x = _ru(
        "Замминистра Андрей Руденко провёл в Пекине два дня. Выступая в посольстве, он "
        "заявил, что «новых договорённостей не будет».",
        "Посол России в КНР Игорь Моргулов говорил коротко. На вопрос Лаврова о сроках он "
        "ответил, что «всё решат компании».",
    )
    assert _speaker(x, "новых договорённостей") == "andrey-rudenko"
    assert _speaker(x, "всё решат") == "igor-morgulov"


def test_ru_guard_he_after_an_opening_phrase_is_a_report_or_a_bank():
    x = _ru(
        "Политолог Андрей Кортунов давно пишет о Китае.",
        "Новый доклад Всемирного банка вышел в понедельник. В главе о Центральной Азии он "
        "предупреждает, что «рост замедлится».",
        "Крупнейший китайский банк ICBC сократил операции с Россией. Опасаясь вторичных "
        "санкций, он заявил, что «будет соблюдать все применимые правила».",
    )
    assert _speaker(x, "рост замедлится") is None
    assert _speaker(x, "будет соблюдать") is None


def test_ru_guard_she_after_an_opening_phrase_when_a_man_was_named():
    x = _ru(
        "Посол России в КНР Игорь Моргулов провёл брифинг. На вопрос о сроках она ответила, "
        "что «всё решат компании».",
    )
    assert _speaker(x, "всё решат") is None


def test_ru_he_after_a_though_clause_is_the_country():
    x = _ru(
        "Политолог Василий Кашин выступил в Валдайском клубе.",
        "Хотя Пекин официально сохраняет нейтралитет, он давно называет конфликт «украинским "
        "кризисом».",
    )
    assert _speaker(x, "украинским кризисом") is None


def test_ru_he_after_an_opening_phrase_is_an_unnamed_opponent():
    x = _ru(
        "Политолог Василий Кашин уверен, что союз невозможен.",
        "Его американский оппонент не согласен. В своей колонке он пишет, что «союз уже сложился».",
    )
    assert _speaker(x, "союз уже") is None


@pytest.mark.xfail(
    strict=True,
    reason="older: 'Отвечая Сергею Лаврову, он заявил, что «…»' credits Lavrov, the one "
    "answered (the new opening-phrase rule stands back when someone is named in it)",
)
def test_ru_he_after_a_gerund_naming_the_one_answered():
    x = _ru(
        "Госсекретарь Марко Рубио прилетел в Эр-Рияд. Отвечая Сергею Лаврову, он заявил, что "
        "«санкции останутся».",
    )
    assert _speaker(x, "санкции останутся") == "marco-rubio"


def test_ru_guard_he_or_she_before_an_adverb_that_is_no_person():
    x = _ru(
        "Экономист Яков Миркин много пишет о санкциях.",
        "Банк России опубликовал обзор рисков. Главной угрозой он по-прежнему считает "
        "инфляцию: «Цены растут быстрее зарплат».",
        "Экономист Яков Миркин выступил снова. Главной угрозой она по-прежнему считает отток "
        "капитала: «Деньги уходят туда, где им спокойнее».",
    )
    assert _speaker(x, "Цены растут") is None
    assert _speaker(x, "Деньги уходят") is None


# -- Russian: several people as the subject -------------------------------------------------


def test_ru_he_after_the_leaders_of_two_countries():
    x = _ru(
        "Владимир Путин прилетел в Пекин на переговоры с Си Цзиньпином.",
        "После встречи лидеры двух стран ответили на вопросы журналистов. Отвечая на вопрос о "
        "санкциях, он сказал, что «давление не работает».",
        "Делегации обсудили и Украину. В заключение он сказал, что «мир возможен».",
    )
    assert _speaker(x, "давление не") is None
    assert _speaker(x, "мир возможен") is None


@pytest.mark.xfail(
    strict=True,
    reason="older: 'Стороны провели пресс-конференцию. «…», — сказал он.' credits Wang Yi, "
    "the one Lavrov met",
)
def test_ru_he_after_the_sides_held_a_press_conference():
    x = _ru(
        "Сергей Лавров прилетел в Пекин на переговоры с Ван И.",
        "Стороны провели пресс-конференцию. «Давление не работает», — сказал он.",
    )
    assert _speaker(x, "Давление не") is None


def test_ru_he_after_a_sentence_about_western_politicians():
    x = _ru(
        "Политолог Василий Кашин давно спорит с западными коллегами.",
        "Западные политики недооценили Пекин. «Они ждали раскола, а получили союз», — говорит он.",
    )
    assert _speaker(x, "Они ждали") == "vasily-kashin"


def test_ru_he_after_both_visits():
    x = _ru(
        "Политолог Василий Кашин дважды ездил в Синьцзян.",
        "Оба визита проходили под присмотром. «Они показывали только то, что хотели», — "
        "говорит он.",
    )
    assert _speaker(x, "Они показывали") == "vasily-kashin"


@pytest.mark.xfail(
    strict=True,
    reason="older: 'Лавров встретился в Пекине с Ван И. ¶ «…», — сказал он.' credits Wang "
    "Yi, named after 'с' (the new _governed check is not used across paragraphs)",
)
def test_ru_he_in_the_next_paragraph_after_one_met_with():
    x = _ru(
        "Сергей Лавров встретился в Пекине с Ван И.",
        "«Мы готовы», — сказал он.",
    )
    assert _speaker(x, "Мы готовы") in (None, "sergey-lavrov")


def test_ru_guard_one_named_after_a_preposition_then_the_subject():
    x = _ru("Вслед за Ван И в Москву прилетел Ли Цян. «Мы готовы», — сказал он.")
    assert _speaker(x, "Мы готовы") == "li-qiang"


def test_ru_guard_an_unnamed_one_outside_the_quote_still_stops_he():
    x = _ru(
        "Посол КНР Чжан Ханьхуэй выступил в МГИМО. «Энергетика — одна из опор», — сказал "
        "дипломат. Один из его заместителей был откровеннее. На вопрос о визите он ответил, "
        "что «всё решат лидеры».",
    )
    assert _speaker(x, "Энергетика") == "zhang-hanhui"
    assert _speaker(x, "всё решат") is None


# -- Russian: "и" and a second verb; an aside; short tags -----------------------------------


def test_ru_and_then_a_verb_in_a_second_clause_with_its_own_subject():
    x = _ru(
        "Сергей Лавров прилетел в Пекин, а китайский министр назвал визит «историческим» и "
        "заявил, что связи «крепнут с каждым годом».",
    )
    assert _speaker(x, "крепнут с каждым") is None


def test_ru_guard_and_then_with_two_subjects_or_an_unnamed_one():
    x = _ru(
        "Сергей Лавров и Ван И назвали переговоры «продуктивными» и заявили, что связи "
        "«крепнут с каждым годом».",
        "Китайский дипломат назвал встречу «полезной» и добавил, что стороны «понимают друг "
        "друга».",
    )
    assert _speaker(x, "крепнут с каждым") is None
    assert _speaker(x, "понимают друг") is None


@pytest.mark.xfail(
    strict=True,
    reason="older: the second verb after 'и' is not attributed when another is named in the "
    "object ('слова Марко Рубио о «…»'), after 'и тут же', or when 'Она' is the subject",
)
def test_ru_and_then_worded_a_little_differently():
    x = _ru(
        "Пресс-секретарь президента Дмитрий Песков назвал слова Марко Рубио о «китайской "
        "угрозе» выдумкой и заявил, что такие обвинения «не заслуживают внимания».",
        "Мария Захарова назвала доклад о «российском следе» фальшивкой и тут же заявила, что "
        "его авторы «ничего не понимают в Азии».",
    )
    assert _speaker(x, "не заслуживают") == "dmitry-peskov"
    assert _speaker(x, "ничего не понимают") == "maria-zakharova"


@pytest.mark.xfail(
    strict=True,
    reason="older: 'Караганов рассказывает, как ответил ему китайский генерал, услышав …: «…»' "
    "credits Karaganov, not the unnamed general",
)
def test_ru_an_as_clause_whose_subject_is_an_unnamed_general():
    x = _ru(
        "Сергей Караганов рассказывает, как ответил ему китайский генерал, услышав вопрос о "
        "Тайване: «Это наша внутренняя кухня».",
    )
    assert _speaker(x, "Это наша внутренняя") is None


def test_ru_guard_an_aside_naming_an_outlet():
    x = _ru(
        "Посол Игорь Моргулов, как напоминает «Коммерсантъ», позднее сказал на приёме: «Мы не "
        "торопимся».",
    )
    assert _speaker(x, "Мы не торопимся") == "igor-morgulov"


def test_ru_short_tag_with_an_adverb_and_a_pronoun_of_the_other_sex():
    x = _ru(
        "Официальный представитель МИД Мария Захарова вышла к журналистам. «Это решать "
        "Киеву», — коротко ответил он.",
    )
    assert _speaker(x, "Это решать") is None


@pytest.mark.xfail(
    strict=True,
    reason="older: a tag with more than one word before the verb ('— с улыбкой ответил он', "
    "'— не без иронии заметил он') is not attributed",
)
def test_ru_short_tag_with_a_longer_adverbial():
    x = _ru(
        "Глава МИД Сергей Лавров вышел к журналистам. «Это решать Киеву», — с улыбкой ответил "
        "он. «Мы подождём», — не без иронии заметил он.",
    )
    assert _speaker(x, "Это решать") == "sergey-lavrov"
    assert _speaker(x, "Мы подождём") == "sergey-lavrov"


def test_ru_she_tag_in_the_paragraph_after_a_man():
    x = _ru(
        "Глава МИД Сергей Лавров вышел к журналистам.",
        "«Это решать Киеву», — ответила она.",
    )
    assert _speaker(x, "Это решать") is None


def test_ru_guard_cites_her_or_his_words_when_it_cannot_be_the_one_named():
    x = _ru(
        "Помощник президента Юрий Ушаков вышел к журналистам. «Мы готовы продолжать», — "
        "приводит её слова агентство Bloomberg.",
        "Сергей Лавров встретился в Пекине с Ван И. «Мы подпишем всё», — приводит его слова "
        "агентство Синьхуа.",
    )
    assert _speaker(x, "Мы готовы") is None
    assert _speaker(x, "Мы подпишем") is None


def test_ru_guard_names_with_an_apostrophe_declined_and_curly():
    x = _ru(
        "Экономист Джим О’Нил разочарован. «Клуб так и не понял, чего он хочет», — сказал О’Нил.",
        "Посол Франции Пьер Д'Арко заявил: «Мы внимательно следим за Пекином».",
    )
    assert _speaker(x, "Клуб так") == "dzhim-o-nil"
    assert _speaker(x, "Мы внимательно") == "pyer-d-arko"


# -- Chinese: terms, sayings --------------------------------------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="older: the commit's term verbs miss 弘扬/恪守 and 以“…”名义: 弘扬“上海精神” and "
    "以“对话伙伴”名义 are credited to the speaker as his phrase",
)
def test_zh_terms_held_to_worded_a_little_differently():
    x = _zh(
        "外交部长王毅表示，各方应弘扬“上海精神”，中国将以“对话伙伴”名义参加会议。",
    )
    assert _speaker(x, "上海精神") is None
    assert _speaker(x, "对话伙伴") is None


def test_zh_guard_a_whole_sentence_after_daji_stays_the_speakers():
    x = _zh("普京说，俄方将坚决打击“一切恐怖分子，不管他们藏在哪里”。")
    assert _speaker(x, "一切恐怖分子") == "vladimir-putin"


@pytest.mark.xfail(
    strict=True,
    reason="older: a saying that '已成为业内流行的说法' (说法, not 心态/共识) is credited to the "
    "one whose account it stands in",
)
def test_zh_a_saying_that_became_the_trades_byword():
    x = _zh(
        "复旦大学教授赵华胜表示，企业的心态正在改变。据他介绍，“宁可错过，不可做错”已成为"
        "业内流行的说法。",
    )
    assert _speaker(x, "宁可错过") is None


def test_zh_guard_a_leaders_words_later_called_a_motto():
    x = _zh("普京总统表示，“我们不是盟友，但胜似盟友”，这已成为两国关系的座右铭。")
    assert _speaker(x, "我们不是盟友") == "vladimir-putin"


# -- Chinese: reported clauses and openers ------------------------------------------------------


def test_zh_reported_clause_naming_anothers_claim_it_rebuts():
    x = _zh(
        "复旦大学教授赵华胜认为，美国的政策自相矛盾，布林肯上周称要管控分歧，实际上华盛顿却在"
        "不断加码制裁。",
    )
    assert "antony-blinken" not in _credited(x, "加码制裁")


def test_zh_guard_in_his_view_after_an_interview_and_by_his_account_after_an_unnamed():
    x = _zh(
        "记者日前专访了俄罗斯国际事务委员会总干事科尔图诺夫。在他看来，中俄关系不会因美国的"
        "压力而改变。",
        "上海国际问题研究院研究员杨剑介绍了北极合作的进展。一位不愿具名的俄方官员也出席了"
        "会议。据他介绍，今年的科考航次比去年多了一倍。",
    )
    assert _credited(x, "美国的压力") == {"andrey-kortunov"}
    assert "yang-jian" not in _credited(x, "科考航次")


def test_zh_in_his_words_after_a_question_about_another():
    x = _zh(
        "记者问拉夫罗夫如何看待布林肯的表态。用他的话说，美国人的做法就是“极限施压”。",
    )
    assert _speaker(x, "极限施压") in (None, "sergey-lavrov")


@pytest.mark.xfail(
    strict=True,
    reason="older: 用他自己的话讲 (讲 for 说), or a comma in the few words before the quote, "
    "leaves his words nobody's",
)
def test_zh_in_his_own_words_worded_a_little_differently():
    x = _zh(
        "中国政府欧亚事务特别代表李辉多次访问欧洲。用他自己的话讲，特使的任务就是“多听、"
        "多看、多沟通”。",
        "俄罗斯外长拉夫罗夫也谈到了调解。用他自己的话说，调解人的工作，就是“少说、多做”。",
    )
    assert _speaker(x, "多听") == "li-hui"
    assert _speaker(x, "少说") == "sergey-lavrov"


# -- Chinese: describing with 形容/把 -------------------------------------------------------------


def test_zh_he_then_a_cleft_naming_the_describer_after():
    x = _zh(
        "华东师范大学教授冯绍雷谈到了冷战。他回顾道，在冷战最紧张的年代，把苏联形容为“邪恶"
        "帝国”的，正是美国总统里根。",
    )
    assert _speaker(x, "邪恶帝国") in (None, "ronald-reagan")


def test_zh_he_then_a_relative_clause_on_others_who_described():
    x = _zh(
        "华东师范大学教授冯绍雷谈到了冷战。他认为，那些年，把苏联形容为“邪恶帝国”的政客并不"
        "真正了解莫斯科。",
    )
    assert _speaker(x, "邪恶帝国") is None


@pytest.mark.xfail(
    strict=True,
    reason="older: '冯绍雷指出，冷战时期，美国总统里根把苏联形容为“…”' credits Feng (the "
    "reported clause wins over the one named right before 把)",
)
def test_zh_describer_named_right_before_ba_inside_anothers_statement():
    x = _zh("华东师范大学教授冯绍雷指出，冷战时期，美国总统里根把苏联形容为“邪恶帝国”。")
    assert _speaker(x, "邪恶帝国") == "ronald-reagan"


def test_zh_guard_she_accuses_him_of_describing_and_the_latter_describes():
    x = _zh(
        "俄罗斯外交部发言人扎哈罗娃谈到了北约秘书长吕特。她指责他把俄罗斯形容为“欧洲最大的威胁”。",
        "外交部长王毅会见了美国国务卿，后者把中美关系形容为“世界上最重要的双边关系”。",
    )
    assert _speaker(x, "欧洲最大的") == "mark-rutte"
    assert _speaker(x, "世界上最重要") is None


# -- Chinese: names ---------------------------------------------------------------------------


def test_zh_once_warned_is_no_surname():
    x = _zh("普京总统曾警告说，西方的做法“是在玩火”。")
    assert _people(x) == {"vladimir-putin"}


def test_zh_guard_once_then_highly_and_a_real_zeng():
    x = _zh(
        "普京总统曾高度评价两国合作，称其“是互补的”。",
        "中国前驻美大使崔天凯和曾庆红的看法不同。曾庆红说：“合作是唯一选择。”",
    )
    assert _people(x) == {"vladimir-putin", "cui-tiankai", "zeng-qinghong"}
    assert _speaker(x, "合作是唯一") == "zeng-qinghong"


def test_zh_guard_words_with_a_surname_first_named_twice_are_no_people():
    x = _zh(
        "经济学家林毅夫出席了论坛。金融界认为，人民币结算还会扩大。金融界普遍表示，“制裁风险"
        "仍然很高”。",
        "区域国家普遍认为，“中亚不应成为大国博弈的棋盘”。区政府表示，“口岸的货运量翻了一番”。",
    )
    assert _people(x) == {"lin-yifu"}
    assert _speaker(x, "制裁风险") is None


@pytest.mark.xfail(
    strict=True,
    reason="older: 莫斯科 named twice ('莫斯科认为，…莫斯科表示，“…”') becomes a person Mo Sike "
    "and is credited",
)
def test_zh_moscow_named_twice_is_no_person():
    x = _zh(
        "俄罗斯外长拉夫罗夫访问北京。莫斯科认为，西方的制裁已经失败。莫斯科表示，“两国合作"
        "没有上限”。",
    )
    assert _people(x) == {"sergey-lavrov"}
    assert _speaker(x, "两国合作") is None


@pytest.mark.xfail(
    strict=True,
    reason="older: '我的朋友对卢基扬诺夫说，制裁“…”' credits Lukyanov, the one spoken to",
)
def test_zh_my_friend_said_to_someone_named():
    x = _zh("我的朋友对卢基扬诺夫说，制裁“比战争更难结束”。")
    assert _speaker(x, "比战争") is None


@pytest.mark.xfail(
    strict=True,
    reason="older: '我的俄罗斯同事X常说' (a word between 我的 and 同事) is not attributed",
)
def test_zh_my_colleague_with_a_country_between():
    x = _zh("我的俄罗斯同事费奥多尔·卢基扬诺夫常说，制裁“比战争更难结束”。")
    assert _speaker(x, "比战争") == "fyodor-lukyanov"
