"""Rules of the twenty-fourth session, each for a kind of sentence (never for one test
article): a Russian role with no name that the text itself makes someone else — another of
the trade ("другой эксперт", "ещё один экономист") or one from a country the one named
before is not from ("экономист из Китая"); and Chinese adverbs of how often before a verb
of saying (普京总统常说), which made a person 常说. Most of the first tests of each kind
fail on the code before (492d9ee: 10 of the 19); the guards keep what was right. The
sentences are written for these tests; the quotations are invented."""

from __future__ import annotations

import pytest

from helpers import credited as _credited
from helpers import extracted as _x
from helpers import people_of as _people

_LUKYANOV = "Политолог Фёдор Лукьянов открыл дискуссию о Центральной Азии. "
_BORDACHEV = "Экономист Тимофей Бордачёв рассказал о торговле через Казахстан. "


@pytest.mark.parametrize(
    "text",
    [
        _LUKYANOV + "Другой эксперт возразил: «Регион давно выбирает сам».",
        _LUKYANOV + "Второй политолог заметил: «Регион давно выбирает сам».",
        _LUKYANOV + "Ещё один аналитик добавил: «Регион давно выбирает сам».",
    ],
)
def test_another_of_the_trade_as_the_subject_is_nobody_named(text: str) -> None:
    assert _credited(_x("ru", text), "Регион давно") <= {None}


@pytest.mark.parametrize(
    "tag",
    ["возразил другой экономист", "добавил ещё один экономист", "продолжила другая экономист"],
)
def test_another_of_the_trade_in_the_tag_is_nobody_named(tag: str) -> None:
    x = _x("ru", _BORDACHEV + f"«Транзит окупится лет через десять», — {tag}.")
    assert _credited(x, "Транзит окупится") <= {None}


@pytest.mark.parametrize("origin", ["из Китая", "из КНР", "из Вашингтона", "из Японии"])
def test_a_role_from_a_country_the_one_named_before_is_not_from_is_nobody(origin: str) -> None:
    x = _x("ru", _BORDACHEV + f"«Транзит окупится лет через десять», — заметил экономист {origin}.")
    assert _credited(x, "Транзит окупится") <= {None}


# ---- guards ------------------------------------------------------------------------------


def test_another_expert_with_a_name_is_that_one() -> None:
    x = _x(
        "ru",
        _LUKYANOV + "«Регион давно выбирает сам», — возразил другой эксперт Иван Сафранчук.",
    )
    assert _credited(x, "Регион давно") == {"ivan-safranchuk"}


def test_a_role_from_his_own_country_is_still_the_one_named_before() -> None:
    x = _x("ru", _BORDACHEV + "«Транзит окупится лет через десять», — заметил экономист из Москвы.")
    assert _credited(x, "Транзит окупится") == {"timofei-bordachev"}


def test_the_role_alone_is_still_the_one_named_before() -> None:
    x = _x("ru", _LUKYANOV + "Политолог заметил: «Регион давно выбирает сам».")
    assert _credited(x, "Регион давно") == {"fyodor-lukyanov"}
    x = _x("ru", _BORDACHEV + "«Транзит окупится лет через десять», — заметил экономист.")
    assert _credited(x, "Транзит окупится") == {"timofei-bordachev"}


def test_a_chinese_economist_from_china_after_a_chinese_name_is_still_his() -> None:
    x = _x(
        "ru",
        "Экономист Ван Вэнь рассказал о торговле через Казахстан. «Транзит окупится лет через "
        "десять», — заметил экономист из Китая.",
    )
    assert _credited(x, "Транзит окупится") == {"wang-wen"}


# ---- Chinese: how often someone says it ---------------------------------------------------


@pytest.mark.parametrize("often", ["常说", "经常说", "时常说", "总是说"])
def test_zh_someone_who_often_says_it_is_the_speaker_and_often_is_no_name(often: str) -> None:
    x = _x("zh", f"王毅外长{often}：“中方的立场是一贯的，也是明确的。”")
    assert _credited(x, "中方的立场") == {"wang-yi"}
    assert not {"chang-shuo", "jing-chang", "shi-chang"} & _people(x)


def test_zh_a_verb_of_saying_is_never_a_given_name() -> None:
    x = _x("zh", "俄罗斯总统普京曾称：“俄中关系不针对第三方。”当时在场的人都记得。")
    assert "zeng-cheng" not in _people(x)
    assert _credited(x, "俄中关系不针对") == {"vladimir-putin"}
