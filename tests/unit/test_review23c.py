"""Third review of the twenty-third session's last rules (2cc3fc0, b744080): a Russian trade
tag after a quote goes back only to one named in its own paragraph, of the nationality its
adjective states; "он/она" after a sentence that opens with a word pymorphy does not know and
a verb is nobody (_someone_unknown); a Chinese inner quote after 用X的话说, 正如X所说, X那句…话
is X's (_NESTED_INTRO); a surname after a role whose given name jieba glued to 同 before
笔者/作者/本报/本刊 (_word_surname_then_name). It does not repeat test_attribution23.py,
test_review23.py or test_review23b.py. Wrong credits first, then lost right answers and close
variants. Every sentence is written for its test; the quotations are invented."""

from __future__ import annotations

import pytest

from helpers import credited as _credited
from helpers import extracted as _x
from helpers import people_of as _people
from helpers import speaker_of as _speaker

# ==== Wrong credits ============================================================================

# ---- Russian: a trade or role tag after a quote -----------------------------------------------


def test_ru_another_economist_is_not_the_one_named_before():
    for tag in ("возразил другой экономист", "добавил второй экономист"):
        x = _x(
            "ru",
            "Экономист Тимофей Бордачёв долго говорил о долгах регионов. «Деньги в Азии "
            f"дешевле, чем кажется из Москвы», — {tag}.",
        )
        assert _credited(x, "Деньги в Азии") <= {None}, tag


def test_ru_another_expert_is_not_the_political_scientist_named_before():
    x = _x(
        "ru",
        "Политолог Фёдор Лукьянов открыл дискуссию о Центральной Азии. «Регион давно выбирает "
        "сам», — возразил другой эксперт.",
    )
    assert _credited(x, "Регион давно") <= {None}


def test_ru_an_economist_from_china_is_not_the_russian_named_before():
    for origin in ("из Китая", "из КНР", "из Пекина"):
        x = _x(
            "ru",
            "Экономист Тимофей Бордачёв рассказал о торговле через Казахстан. «Транзит "
            f"окупится лет через десять», — заметил экономист {origin}.",
        )
        assert _credited(x, "Транзит окупится") <= {None}, origin


def test_ru_a_chinese_political_scientist_is_not_the_russian_named_before():
    for tag, lead in (
        ("китайский политолог", "Политолог Фёдор Лукьянов"),
        ("китайский эксперт", "Китаевед Алексей Маслов"),
    ):
        x = _x(
            "ru",
            f"{lead} выступил на открытии форума. «Пекину спешить некуда», — заявил {tag}.",
        )
        assert _credited(x, "Пекину спешить") <= {None}, tag


# ---- Russian: "она" after a sentence about a woman nobody found --------------------------------


def test_ru_she_after_a_name_nobody_found_with_a_reflexive_verb():
    x = _x(
        "ru",
        "Преподаватель Елена Зотова третий год учит китайских стажёров.",
        "Юйхань призналась, что борщ поначалу казался ей супом из свёклы. «Теперь варю его "
        "сама по субботам», — смеётся она.",
    )
    assert _credited(x, "Теперь варю") <= {None}


@pytest.mark.xfail(
    strict=True,
    reason="'В Казани Юйхань прожила три года.' (the name not first in its sentence) then "
    "'— смеётся она': the teacher named before credited (so before too)",
)
def test_ru_she_after_a_name_nobody_found_inside_its_sentence():
    x = _x(
        "ru",
        "Преподаватель Елена Зотова третий год учит китайских стажёров.",
        "В Казани Юйхань прожила три года. «Теперь варю борщ сама по субботам», — смеётся она.",
    )
    assert _credited(x, "Теперь варю") <= {None}


@pytest.mark.xfail(
    strict=True,
    reason="'Юйхань, студентка из Харбина, рассказывает …' (an apposition before the verb) "
    "then '— смеётся она': the teacher named before credited (so before too)",
)
def test_ru_she_after_a_name_nobody_found_with_an_apposition():
    x = _x(
        "ru",
        "Преподаватель Елена Зотова третий год учит китайских стажёров.",
        "Юйхань, студентка из Харбина, рассказывает, что боялась метро. «Теперь езжу без "
        "карты», — смеётся она.",
    )
    assert _credited(x, "Теперь езжу") <= {None}


@pytest.mark.xfail(
    strict=True,
    reason="'Стажёрка Юйхань рассказывает …' (a role word first) then '— смеётся она': the "
    "teacher named before credited (so before too)",
)
def test_ru_she_after_a_role_and_a_name_nobody_found():
    x = _x(
        "ru",
        "Преподаватель Елена Зотова третий год учит китайских стажёров.",
        "Стажёрка Юйхань рассказывает, что боялась метро. «Теперь езжу без карты», — смеётся она.",
    )
    assert _credited(x, "Теперь езжу") <= {None}


def test_ru_she_after_a_name_nobody_found_with_a_short_adjective():
    x = _x(
        "ru",
        "Преподаватель Елена Зотова третий год учит китайских стажёров.",
        "Юйхань уверена, что зима в Казани короче харбинской. «Снег тут мягче», — смеётся она.",
    )
    assert _credited(x, "Снег тут") <= {None}


# ---- Chinese: an inner quote after X的话 / X所说 inside someone's words ----------------------


def test_zh_the_words_i_reminded_someone_with_are_not_his():
    x = _x(
        "zh",
        "北京大学教授王缉思说：“欧洲还在犹豫。用我当年提醒布林肯的话说：‘盟友不是下属。’"
        "今天依然适用。”",
    )
    assert _speaker(x, "盟友不是下属") in (None, "wang-jisi")


def test_zh_my_answer_to_someone_is_not_his():
    x = _x(
        "zh",
        "复旦大学教授赵华胜说：“我当时回答布林肯的话：‘中国不替任何人站队。’这一点没有变。”",
    )
    assert _speaker(x, "中国不替任何人") in (None, "zhao-huasheng")


def test_zh_what_critics_of_someone_said_is_not_his():
    x = _x(
        "zh",
        "复旦大学教授赵华胜说：“正如美国媒体批评王毅外长所说：‘北京的外交越来越硬。’"
        "这种看法很片面。”",
    )
    assert _speaker(x, "北京的外交") is None


@pytest.mark.xfail(
    strict=True,
    reason="'我当年提醒布林肯说：‘…’': the outer speaker's own reminder, credited to Blinken, "
    "the one spoken to (so before these commits too)",
)
def test_zh_what_i_reminded_someone_of_is_not_his():
    x = _x(
        "zh",
        "北京大学教授王缉思说：“我当年提醒布林肯说：‘盟友不是下属。’今天依然适用。”",
    )
    assert _speaker(x, "盟友不是下属") in (None, "wang-jisi")


# ==== Right answers lost by "он/она after an unknown word" ======================================


def test_ru_he_after_a_sentence_opening_with_a_brand():
    x = _x(
        "ru",
        "Глава Минпромторга Антон Алиханов осмотрел выставку в Шанхае. Хуавэй показала там "
        "складной ноутбук. «Наши заводы так пока не умеют», — признался он.",
    )
    assert _speaker(x, "Наши заводы") == "anton-alikhanov"


def test_ru_he_after_a_sentence_opening_with_a_chinese_city():
    x = _x(
        "ru",
        "Посол Игорь Моргулов прилетел на юг Китая. Шэньчжэнь удивил его тишиной улиц. «Здесь "
        "даже стройки не шумят», — сказал он.",
    )
    assert _speaker(x, "Здесь даже") == "igor-morgulov"


def test_ru_he_after_a_paragraph_opening_with_a_border_town():
    x = _x(
        "ru",
        "Губернатор Василий Орлов приехал на набережную Амура.",
        "Хэйхэ зависит от покупателей из Благовещенска. «Мост окупился за два года», — сказал он.",
    )
    assert _speaker(x, "Мост окупился") == "vasily-orlov"


def test_ru_he_after_a_sentence_opening_with_a_russian_company():
    x = _x(
        "ru",
        "Глава Росатома Алексей Лихачёв прилетел в Пекин. Росатом подписал там контракт на "
        "два энергоблока. «Это работа на полвека вперёд», — сказал он.",
    )
    assert _speaker(x, "Это работа на") == "alexey-likhachev"


def test_ru_he_after_a_woman_nobody_found_is_still_the_man_named_before():
    x = _x(
        "ru",
        "Профессор Алексей Маслов ведёт семинар для стажёров. Юйхань рассказала, что первый "
        "месяц молчала на занятиях. «Так начинают почти все», — добавил он.",
    )
    assert _speaker(x, "Так начинают") == "alexei-maslov"


def test_ru_a_trade_tag_after_a_paragraph_about_the_one_economist():
    x = _x(
        "ru",
        "Экономист Тимофей Бордачёв полчаса разбирал торговлю через Казахстан.",
        "«Транзит окупится лет через десять», — заявил экономист.",
    )
    assert _speaker(x, "Транзит окупится") == "timofei-bordachev"


# ---- kept right answers ---------------------------------------------------------------------


def test_ru_he_after_a_latin_brand_a_known_city_or_a_chinese_surname():
    x = _x(
        "ru",
        "Глава Минпромторга Антон Алиханов осмотрел выставку в Шанхае. Huawei показала там "
        "складной ноутбук. «Наши заводы так пока не умеют», — признался он.",
    )
    assert _speaker(x, "Наши заводы") == "anton-alikhanov"
    x = _x(
        "ru",
        "Посол Игорь Моргулов прилетел на восток Китая. Циндао встретил его туманом. «Здесь "
        "даже порт не шумит», — сказал он.",
    )
    assert _speaker(x, "Здесь даже") == "igor-morgulov"
    x = _x(
        "ru",
        "Посол Чжан Ханьхуэй выступил перед студентами МГИМО. Чжан вспомнил свою первую "
        "командировку. «Москва тогда была серой», — сказал он.",
    )
    assert _speaker(x, "Москва тогда") == "zhang-hanhui"


def test_ru_he_said_that_after_a_city_stays_the_one_named():
    x = _x(
        "ru",
        "Посол Игорь Моргулов прилетел на юг Китая. Шэньчжэнь удивил его тишиной улиц. Он "
        "сказал, что даже стройки там не шумят.",
    )
    assert _credited(x, "стройки там") == {"igor-morgulov"}


def test_ru_she_after_a_name_nobody_found_in_the_past_or_saying_it_herself():
    x = _x(
        "ru",
        "Преподаватель Елена Зотова третий год учит китайских стажёров.",
        "Юйхань рассказывала, что боялась метро. «Теперь езжу без карты», — смеётся она.",
    )
    assert _credited(x, "Теперь езжу") <= {None}
    x = _x(
        "ru",
        "Преподаватель Елена Зотова третий год учит китайских стажёров.",
        "Юйхань вспоминает, что боялась метро. Она добавляет: «Теперь езжу без карты».",
    )
    assert _credited(x, "Теперь езжу") <= {None}


def test_ru_a_trade_tag_of_the_right_nationality_is_the_one_named():
    x = _x(
        "ru",
        "Экономист Ху Аньган выступил на открытии форума. «Юань станет валютой соседей», — "
        "заявил китайский экономист.",
    )
    assert _speaker(x, "Юань станет") == "hu-angang"
    x = _x(
        "ru",
        "Экономист Тимофей Бордачёв выступил на открытии форума. «Рубль станет валютой "
        "соседей», — заявил российский экономист.",
    )
    assert _speaker(x, "Рубль станет") == "timofei-bordachev"


def test_ru_a_trade_tag_of_another_nationality_is_someone_else():
    x = _x(
        "ru",
        "Экономист Ху Аньган выступил на открытии форума. «Юань станет валютой соседей», — "
        "возразил российский экономист.",
    )
    assert _credited(x, "Юань станет") <= {None}
    x = _x(
        "ru",
        "Экономист Тимофей Бордачёв выступил на открытии форума. «Рубль станет валютой "
        "соседей», — возразил известный китайский экономист.",
    )
    assert _credited(x, "Рубль станет") <= {None}


# ==== Chinese: inner quotes after X的话 / X所说 ===============================================


def test_zh_inner_words_after_borrowing_or_as_someone_said():
    x = _x(
        "zh",
        "复旦大学教授赵华胜说：“借用王毅外长的话：‘两国关系不针对第三方。’这一点没有变。”",
        "清华大学教授阎学通说：“诚如普京所言：‘俄中合作没有上限。’但现实有边界。”",
        "北京大学教授王缉思说：“用王毅外长的话来说：‘邻居搬不走。’这是常识。”",
        "中国人民大学教授时殷弘说：“正如布林肯在国会所说：‘竞争不等于冲突。’可惜做不到。”",
    )
    assert _speaker(x, "两国关系不针对") == "wang-yi"
    assert _speaker(x, "俄中合作没有") == "vladimir-putin"
    assert _speaker(x, "邻居搬不走") == "wang-yi"
    assert _speaker(x, "竞争不等于") == "antony-blinken"


def test_zh_inner_words_after_what_someone_said_that_i_disagree_with():
    x = _x(
        "zh",
        "复旦大学教授赵华胜说：“我不同意布林肯所说：‘中国是头号威胁。’这种说法站不住。”",
    )
    assert _speaker(x, "中国是头号威胁") in (None, "antony-blinken")


def test_zh_inner_words_in_a_phrase_after_someones_words():
    x = _x(
        "zh",
        "复旦大学教授赵华胜说：“用王毅外长的话说，‘邻居搬不走’。这一点没有变。”",
    )
    assert _speaker(x, "邻居搬不走") == "wang-yi"


def test_zh_inner_words_after_no_one_named_or_my_own_stay_nobodys():
    x = _x(
        "zh",
        "复旦大学教授赵华胜说：“正如外界所说：‘两国关系不针对第三方。’这一点没有变。”",
        "清华大学教授阎学通说：“用我自己的话说：‘合作没有上限。’但现实有边界。”",
        "北京大学教授王缉思说：“用中国人那句老话：‘远亲不如近邻。’这是常识。”",
        "中国人民大学教授时殷弘说：“用我写给布林肯的信里的话说：‘竞争不等于冲突。’可惜做不到。”",
    )
    assert _speaker(x, "两国关系不针对") is None
    assert _speaker(x, "合作没有上限") in (None, "yan-xuetong")
    assert _speaker(x, "远亲不如近邻") is None
    assert _speaker(x, "竞争不等于") in (None, "shi-yinhong")


@pytest.mark.xfail(
    strict=True,
    reason="'套用王毅外长的一句话：', '用王毅外长的话讲：', '按照王毅外长的说法：' before an inner "
    "quote: nobody credited (so before these commits too)",
)
def test_zh_inner_words_after_someones_one_line_or_way_of_putting_it():
    x = _x(
        "zh",
        "复旦大学教授赵华胜说：“套用王毅外长的一句话：‘两国关系不针对第三方。’这一点没有变。”",
        "清华大学教授阎学通说：“用王毅外长的话讲：‘邻居搬不走。’这是常识。”",
        "北京大学教授王缉思说：“按照王毅外长的说法：‘合作没有禁区。’但现实有边界。”",
    )
    assert _speaker(x, "两国关系不针对") == "wang-yi"
    assert _speaker(x, "邻居搬不走") == "wang-yi"
    assert _speaker(x, "合作没有禁区") == "wang-yi"


# ==== Chinese people: a given name jieba glued to 同 ==============================================


def test_zh_a_name_glued_to_with_before_the_paper_or_the_author():
    for partner in ("本报记者", "作者"):
        x = _x(
            "zh",
            f"今年春天，中国人民大学国际关系学院教授时殷弘同{partner}谈起朝鲜半岛。"
            "“半岛的钥匙不在北京，”他说。",
        )
        assert "shi-yinhong" in _people(x), partner
        assert _speaker(x, "半岛的钥匙") == "shi-yinhong", partner


def test_zh_a_three_character_name_ending_in_tong_before_with_the_author():
    x = _x(
        "zh",
        "今年春天，南京大学历史学院教授王大同同笔者谈起朝鲜半岛。“半岛的钥匙不在北京，”他说。",
    )
    assert _people(x) == {"wang-datong"}
    assert _speaker(x, "半岛的钥匙") == "wang-datong"


def test_zh_a_surname_that_is_a_preposition_before_a_given_name_and_with():
    x = _x(
        "zh",
        "今年春天，中国国际问题研究基金会研究员于洪君同笔者谈起朝鲜半岛。“半岛的钥匙不在北京，”"
        "他说。",
    )
    assert _speaker(x, "半岛的钥匙") == "yu-hongjun"


def test_zh_often_or_thereupon_before_with_the_author_is_no_name():
    for lead in ("南京大学的一位教授时常", "那位大使时隔多年", "那位教授于是"):
        x = _x(
            "zh",
            f"{lead}同笔者谈起朝鲜半岛。“半岛的钥匙不在北京，”他说。",
        )
        assert _people(x) == set(), lead
        assert _credited(x, "半岛的钥匙") <= {None}, lead


@pytest.mark.xfail(
    strict=True,
    reason="'教授时大同同笔者谈起': a given name that is a word (大同) after the surname 时: "
    "nobody found, 他说 nobody's (so before these commits too)",
)
def test_zh_a_given_name_that_is_a_word_after_shi_before_with_the_author():
    x = _x(
        "zh",
        "今年春天，南京大学历史学院教授时大同同笔者谈起朝鲜半岛。“半岛的钥匙不在北京，”他说。",
    )
    assert _speaker(x, "半岛的钥匙") == "shi-datong"
