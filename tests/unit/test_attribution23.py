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
