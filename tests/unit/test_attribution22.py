"""Attribution rules of the twenty-second session, one kind of sentence per test. Every
sentence is written for its test (not taken from a tuning article)."""

from __future__ import annotations

from helpers import credited as _credited
from helpers import extracted as _x
from helpers import speaker_of as _speaker

# ---- Russian: a saying someone is known for, with a word for words between ------------------


def test_ru_a_famous_phrase_with_its_owner_in_the_genitive():
    """ "Ставшая крылатой формула Фёдора Лукьянова «…»": the adjective of fame, a word for
    words and its owner in the genitive before the quote."""
    x = _x(
        "ru",
        "Ставшая хрестоматийной формула Фёдора Лукьянова «Россия не уходит из Европы, она "
        "приходит в Азию» снова звучала на форуме.",
        "Знаменитое выражение Тимофея Бордачёва «Азия больше не периферия» вынесли в "
        "заголовок доклада.",
    )
    assert _speaker(x, "Россия не уходит") == "fyodor-lukyanov"
    assert _speaker(x, "Азия больше не") == "timofei-bordachev"


def test_ru_his_famous_phrase_after_his_name():
    """ "Кашин и его любимая фраза «…»": the word for words between the adjective and the
    quote does not hide whose it is."""
    x = _x(
        "ru",
        "Василий Кашин и его любимая присказка «армии учатся друг у друга» стали темой "
        "отдельной дискуссии.",
    )
    assert _speaker(x, "армии учатся") == "vasily-kashin"


def test_ru_a_famous_phrase_of_a_country_or_of_no_one_is_nobody_s():
    """ "Знаменитая формула Пекина «…»", "крылатая фраза «…»": no person owns it."""
    x = _x(
        "ru",
        "Знаменитая формула Пекина «без ограничений» обсуждалась в Москве.",
        "Крылатая фраза «дружба без границ» давно стала штампом.",
    )
    assert _credited(x, "без ограничений") <= {None}
    assert _credited(x, "дружба без границ") <= {None}
