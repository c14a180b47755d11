"""Attribution rules of the twenty-third session, one kind of sentence per test. Every
sentence is written for its test (not taken from a tuning article)."""

from __future__ import annotations

from helpers import credited as _credited
from helpers import extracted as _x
from helpers import people_of as _people
from helpers import speaker_of as _speaker

# ---- Russian: two Chinese people who share a surname ------------------------------------------


def _mentioned(x, form: str) -> set[tuple[str, bool]]:
    return {(m.person, m.ambiguous) for m in x.mentions if m.surface == form}


def test_ru_a_shared_chinese_surname_is_settled_by_the_given_name_in_any_case():
    """ "Ли Хуэя", "с Ли Синем": with Ли Синь and Ли Хуэй both named, the given name after the
    surname says who, declined or not; "Ли" alone is still either of them."""
    x = _x(
        "ru",
        "Ли Синь открыл сессию докладом о торговле.",
        "По словам Ли Хуэя, «переговоры похожи на трудное восхождение в тумане». С Ли Синем "
        "согласился и Ли Хуэй. Ли тоже выступил.",
    )
    assert _mentioned(x, "Ли Хуэя") == {("li-hui", False)}
    assert _mentioned(x, "Ли Синем") == {("li-xin", False)}
    assert all(ambiguous for _, ambiguous in _mentioned(x, "Ли"))
    assert _speaker(x, "переговоры похожи") == "li-hui"


def test_ru_a_shared_chinese_surname_before_another_word_stays_ambiguous():
    """ "Ли Пекин …" is no given name of either: the surname alone says nothing."""
    x = _x(
        "ru",
        "Ли Синь и Ли Хуэй приехали вместе. По мнению Ли, переговоры затянутся.",
    )
    assert all(ambiguous for _, ambiguous in _mentioned(x, "Ли"))


def test_ru_two_chinese_names_side_by_side_are_two_people():
    """ "предшественник Фу Цуна Чжан Цзюнь": a name in the genitive and the next one in the
    nominative, each of two words, not one name of three words (Fu Congzhang)."""
    x = _x(
        "ru",
        "Постпред КНР Фу Цун выступил первым.",
        "Ещё весной предшественник Фу Цуна Чжан Цзюнь предупреждал Совет об эскалации.",
    )
    people = _people(x)
    assert {"fu-cong", "zhang-jun"} <= people
    assert not any(p.startswith("fu-cong") and p != "fu-cong" for p in people)


def test_ru_the_floor_given_to_his_colleague_is_not_the_one_named_before():
    """ "Когда X закончил, слово взял его коллега. «…», — сказал он.": "он" is the colleague,
    unnamed, not X."""
    x = _x(
        "ru",
        "Представитель КНР Фу Цун говорил двадцать минут.",
        "Когда Фу Цун закончил, слово снова взял его американский коллега. «Мы слышим "
        "Пекин, но ждём от него дел, а не слов», — сказал он.",
    )
    assert _credited(x, "Мы слышим") <= {None}


# ---- Russian: a tag after the quote that refers back by trade --------------------------------


def test_ru_a_tag_with_a_trade_refers_back_to_the_one_the_paragraph_is_about():
    """ "— рассказывает предпринимательница", "— вздыхает водитель", "— сказал губернатор":
    people of any trade, the one person the paragraph named before the quote."""
    x = _x(
        "ru",
        "Ольга Лесникова пятнадцать лет держит лавку у моста. «Покупателей стало вдвое "
        "меньше, а аренда выросла», — рассказывает предпринимательница.",
        "Андрей Пахомов возит лес через границу с две тысячи десятого. «Очередь теперь "
        "короче, но досмотр дольше», — вздыхает водитель.",
        "Глава края Игорь Седых побывал на стройке. «Терминал откроем к осени», — сказал "
        "губернатор.",
    )
    assert _speaker(x, "Покупателей стало") == "olga-lesnikova"
    assert _speaker(x, "Очередь теперь") == "andrey-pakhomov"
    assert _speaker(x, "Терминал откроем") == "igor-sedykh"


def test_ru_a_trade_tag_is_not_the_one_the_words_speak_of():
    """ "«Нина Петровна учила нас …», — вспоминает академик": the woman named inside the
    words is not who says them, though the paragraph names her first."""
    x = _x(
        "ru",
        "Его первым учителем была Нина Петровна Карева, которую Игнатьев вспоминает до сих "
        "пор. «Нина Петровна учила нас читать газеты между строк», — вспоминает академик.",
    )
    assert _credited(x, "Нина Петровна учила") <= {None}
    y = _x(
        "ru",
        "Академик Пётр Игнатьев начинал в Ленинграде.",
        "Его первым учителем была Нина Петровна Карева, которую Игнатьев вспоминает до сих "
        "пор. «Нина Петровна учила нас читать газеты между строк», — вспоминает академик.",
    )
    assert _speaker(y, "Нина Петровна учила") == "pyotr-ignatyev"


def test_ru_a_tag_with_an_initial_before_the_surname():
    """ "— сказал С. Лавров": the initial's stop does not end the tag."""
    x = _x(
        "ru",
        "Министр иностранных дел России Сергей Лавров выступил перед студентами. «Мы ни у "
        "кого не просим разрешения дружить», — сказал С. Лавров.",
    )
    assert _speaker(x, "Мы ни у") == "sergey-lavrov"
