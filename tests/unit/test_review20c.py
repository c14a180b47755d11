"""Review of 8de03cb, 04209ca and e38cb8f (Russian and Chinese): a woman's name with a
surname of no endings, the registry's three-word Cyrillic forms ("Ким Чен Ын"), the
Russian 'В трактовке/понимании X это «…»', 'По определению X, это «…»', 'видит в <noun>
«…»', 'определяет как «…»', and the Chinese two-character names before 称，/均/于. Every
sentence is written for its test; quotations are invented. A strict xfail whose reason
starts with "older" was wrong before 8de03cb too; the others are losses of the commit
named."""

from __future__ import annotations

import pytest

from helpers import extracted, people_of, speaker_of

_speaker = speaker_of


def _ru(*paragraphs: str):
    return extracted("ru", *paragraphs)


def _zh(*paragraphs: str):
    return extracted("zh", *paragraphs)


_people = people_of


def _names(x) -> set[str]:
    return {p.native_name for p in x.people}


# -- Russian: a woman's name with a surname of no endings (8de03cb) ---------------------------


def test_ru_a_feminine_noun_before_a_mans_genitive_with_a_participle():
    x = _ru(
        "Делегация Александра Шевченко, прибывшая в Пекин, провела переговоры. «Мы "
        "договорились о поставках», — сказал Шевченко.",
    )
    assert _names(x) == {"Александр Шевченко"}
    assert _speaker(x, "Мы договорились") == "alexander-shevchenko"


def test_ru_a_team_of_a_man_with_a_present_participle():
    x = _ru(
        "Команда Ивана Коваленко, работающая над докладом, закончила текст. «Доклад выйдет в "
        "мае», — пояснил Коваленко.",
    )
    assert _speaker(x, "Доклад выйдет") == "ivan-kovalenko"


def test_ru_a_womans_verb_before_a_mans_surname_in_the_dative():
    x = _ru(
        "Мария Захарова процитировала Александра Шевченко. Позже она ответила Шевченко: «Это "
        "не ваше дело».",
    )
    assert "Александр Шевченко" in _names(x)


def test_ru_guard_a_mans_book_with_a_participle_not_in_the_lists():
    x = _ru(
        "Книга Александра Прокопенко, вышедшая весной, вызвала споры. «Я писал её три года», "
        "— признался Прокопенко.",
    )
    assert _speaker(x, "Я писал") == "alexander-prokopenko"


def test_ru_guard_a_woman_with_a_short_adjective_and_a_declining_surname():
    x = _ru("Экономист Александра Прокопенко уверена: «Бюджет выдержит».")
    assert _speaker(x, "Бюджет выдержит") == "alexandra-prokopenko"
    x = _ru(
        "Экономист Наталья Зубаревич, много лет изучающая регионы, тоже высказалась. «Регионы "
        "выдержат», — считает Зубаревич.",
    )
    assert _speaker(x, "Регионы выдержат") == "natalia-zubarevich"


def test_ru_guard_a_foreign_womans_surname_after_a_longer_tag():
    x = _ru(
        "Аналитик Эрика Даунс выступила в Вашингтоне. «Пекин не спешит», — отметила "
        "американский эксперт Даунс.",
    )
    assert _speaker(x, "Пекин не спешит") == "erika-dauns"


def test_ru_guard_a_feminine_adjective_before_a_mans_namesake():
    x = _ru(
        "Эксперт Павел Шевченко выступил на форуме. С ним была согласна Шевченко: «Это так».",
    )
    assert _speaker(x, "Это так") is None


# -- Russian: the registry's three-word Cyrillic forms (8de03cb, 04209ca) ---------------------


def test_ru_guard_kim_jong_un_declined_and_his_foreign_minister():
    x = _ru(
        "Визит Ким Чен Ына в Россию обсуждали долго. «Мы готовы к сотрудничеству», — сказал "
        "лидер КНДР Ким Чен Ын.",
    )
    assert _speaker(x, "Мы готовы") == "kim-jong-un"
    x = _ru(
        "Лидер КНДР Ким Чен Ын прибыл в Москву. Глава МИД Ким Сон Нам заявил: «Мы будем "
        "расширять связи».",
    )
    assert _speaker(x, "Мы будем") is None


@pytest.mark.xfail(
    strict=True,
    reason="older: after 'Ким Чен Ын' named whole, '— сказал Ким' (his surname alone, nobody "
    "else of it named) is nobody's",
)
def test_ru_kim_jong_un_then_his_surname_alone():
    x = _ru(
        "Лидер КНДР Ким Чен Ын принял делегацию. «Мы готовы к сотрудничеству», — сказал Ким.",
    )
    assert _speaker(x, "Мы готовы") == "kim-jong-un"


@pytest.mark.xfail(
    strict=True,
    reason="older: 'Ли Чжэ Мён' also makes a person 'Ли Чжэ' (li-zhe), who gets '— сказал Ли'; "
    "8de03cb adds Lee Jae-myung beside him instead of in his place",
)
def test_ru_lee_jae_myung_is_one_person():
    x = _ru(
        "Президент Южной Кореи Ли Чжэ Мён прилетел в Пекин. «Мы хотим стабильности», — сказал Ли.",
    )
    assert _people(x) == {"lee-jae-myung"}
    assert _speaker(x, "Мы хотим") == "lee-jae-myung"


@pytest.mark.xfail(
    strict=True,
    reason="older: a three-word form only declined ('визит Ким Чен Ына') is not found: "
    "Kim Jong Un is no person of the article",
)
def test_ru_kim_jong_un_only_declined():
    x = _ru(
        "Визит Ким Чен Ына в Россию обсуждали долго. Его сестра Ким Ё Чжон написала: «Сеул "
        "ошибается».",
    )
    assert "kim-jong-un" in _people(x)
    assert _speaker(x, "Сеул ошибается") is None


# -- Russian: owned phrases and frame verbs (e38cb8f) -----------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="e38cb8f, narrowed: 'В понимании Лаврова это «…», считает Лукьянов' credited Lavrov; "
    "now nobody's (a tag without a dash after the quote stops the opening phrase), not yet "
    "Lukyanov's",
)
def test_ru_in_ones_understanding_then_a_tag_without_a_dash():
    x = _ru(
        "В понимании Сергея Лаврова это «вопрос принципа», считает Фёдор Лукьянов.",
    )
    assert _speaker(x, "вопрос принципа") == "fyodor-lukyanov"


def test_ru_guard_for_someone_then_a_dashed_tag():
    x = _ru("Для Сергея Лаврова это «вопрос принципа», — иронизирует Фёдор Лукьянов.")
    assert _speaker(x, "вопрос принципа") == "fyodor-lukyanov"
    x = _ru("В трактовке Дмитрия Тренина это «долгий развод», — пишет Тимофей Бордачёв.")
    assert _speaker(x, "долгий развод") == "timofei-bordachev"


def test_ru_guard_in_the_reading_of_a_country_an_agency_or_the_un():
    x = _ru(
        "Фёдор Лукьянов выступил на форуме. В понимании Вашингтона это «сдерживание», "
        "заметил он. В представлении Запада это «конец эпохи», и спорить бесполезно.",
    )
    assert _speaker(x, "конец эпохи") is None
    x = _ru("Сергей Лавров выступил в Думе. В изложении ТАСС это «конструктивный диалог».")
    assert _speaker(x, "конструктивный диалог") is None
    x = _ru(
        "Фёдор Лукьянов выступил на форуме. По определению ООН, это «гуманитарная катастрофа».",
    )
    assert _speaker(x, "гуманитарная катастрофа") is None


def test_ru_in_the_interpretation_and_wording_of_someone():
    x = _ru("В интерпретации Фёдора Лукьянова сделка — «передышка», а не мир.")
    assert _speaker(x, "передышка") == "fyodor-lukyanov"
    x = _ru("По формулировке Дмитрия Тренина, это «холодный мир».")
    assert _speaker(x, "холодный мир") == "dmitri-trenin"


def test_ru_guard_for_two_leaders_is_neither_alone():
    x = _ru("Для Си Цзиньпина и Владимира Путина это «новая эпоха».")
    assert _speaker(x, "новая эпоха") is None


@pytest.mark.xfail(
    strict=True,
    reason="older: 'По определению Лукьянова, это «…»' (a surname alone in the genitive) "
    "finds no person: the words are nobody's",
)
def test_ru_by_the_definition_of_a_surname_alone():
    x = _ru("По определению Лукьянова, это «союз без договора».")
    assert _speaker(x, "союз без договора") == "fyodor-lukyanov"


@pytest.mark.xfail(
    strict=True,
    reason="older: 'видел/увидел в сделке «…»' and 'видят в сделке' (past tense, plural) "
    "are not frame verbs; only 'видит' is",
)
def test_ru_sees_in_a_noun_in_the_past_tense():
    x = _ru(
        "Политолог Дмитрий Тренин выступил в Москве. Тренин увидел в сделке «ставку на время».",
    )
    assert _speaker(x, "ставку на время") == "dmitri-trenin"
    x = _ru(
        "Политолог Дмитрий Тренин выступил в Москве. Тренин видел в сделке «ставку на время».",
    )
    assert _speaker(x, "ставку на время") == "dmitri-trenin"


def test_ru_guard_sees_in_a_noun_without_a_named_subject_or_a_title():
    x = _ru(
        "Мало кто из экспертов видит в сделке «прорыв». Политолог Дмитрий Тренин выступил в "
        "Москве.",
    )
    assert _speaker(x, "прорыв") is None
    x = _ru("Сергей Лавров выступил в Думе. Кто видит в сделке «угрозу»? Запад.")
    assert _speaker(x, "угрозу") is None
    x = _ru("Мария Захарова видит в публикации «Коммерсанта» попытку давления.")
    assert all(q.speaker is None for q in x.quotes)


def test_ru_characterises_as():
    x = _ru("Отношения двух стран Тимофей Бордачёв характеризует как «зрелое соседство».")
    assert _speaker(x, "зрелое соседство") == "timofei-bordachev"


def test_ru_guard_defined_as_by_a_passive_a_country_or_a_decree():
    x = _ru(
        "Тимофей Бордачёв выступил в Валдае. Статус Тайваня в коммюнике определяется как "
        "«внутреннее дело Китая».",
    )
    assert _speaker(x, "внутреннее дело") is None
    x = _ru(
        "Василий Кашин выступил в Валдае. Пекин определяет свою позицию как «нейтральную».",
    )
    assert _speaker(x, "нейтральную") is None
    x = _ru(
        "Указ, который подписал Владимир Путин, определяет Арктику как «зону мира и "
        "сотрудничества».",
    )
    assert _speaker(x, "зону мира") is None


# -- Chinese: a two-character name before 称，/均/于 (8de03cb) -----------------------------------


def test_zh_a_three_character_name_ending_in_jun():
    x = _zh("中国社科院研究员赵海均表示，“两国关系稳定”。")
    assert _names(x) == {"赵海均"}


def test_zh_a_three_character_name_ending_in_dao_then_a_comma():
    x = _zh("俄罗斯问题专家郑永道，曾任驻俄外交官。他表示，“两国关系稳定”。")
    assert _names(x) == {"郑永道"}


def test_zh_guard_a_two_character_name_then_yi_ze_or_a_date():
    x = _zh("外交部发言人林剑亦表示，“中方坚决反对”。")
    assert _speaker(x, "中方坚决") == "lin-jian"
    x = _zh("外交部发言人林剑则表示，“中方坚决反对”。")
    assert _speaker(x, "中方坚决") == "lin-jian"
    x = _zh("驻俄大使张汉晖于5日表示，“合作不会停止”。")
    assert _speaker(x, "合作不会") == "zhang-hanhui"
    x = _zh("发言人毛宁于记者会上表示，“中方坚决反对”。")
    assert _speaker(x, "中方坚决") == "mao-ning"


def test_zh_guard_jun_inside_a_word_or_before_a_negation():
    x = _zh("副总理何立峰均衡地表示，“对话不会中断”。")
    assert _speaker(x, "对话不会") == "he-lifeng"
    x = _zh("中国驻美大使谢锋均未回应。“对话不会中断”，一位官员说。")
    assert _speaker(x, "对话不会") is None


def test_zh_cheng_straight_before_the_quote():
    x = _zh("外交部发言人毛宁称“中方坚决反对”。")
    assert _names(x) == {"毛宁"}
    assert _speaker(x, "中方坚决") == "mao-ning"


@pytest.mark.xfail(
    strict=True,
    reason="older: '谢锋于是表示' (于是, 'then') finds no person: the words are nobody's",
)
def test_zh_yushi_after_a_two_character_name():
    x = _zh("美方对此不满。谢锋于是回应说，“对话不会中断”。")
    assert _speaker(x, "对话不会") == "xie-feng"
