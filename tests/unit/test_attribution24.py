"""Rules of the twenty-fourth session, each for a kind of sentence (never for one test
article): a Russian role with no name that the text itself makes someone else — another of
the trade ("другой эксперт", "ещё один экономист") or one from a country the one named
before is not from ("экономист из Китая"). Each first test fails on the code before
(492d9ee); the guards keep what was right. The sentences are written for these tests; the
quotations are invented."""

from __future__ import annotations

import pytest

from helpers import credited as _credited
from helpers import extracted as _x

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
