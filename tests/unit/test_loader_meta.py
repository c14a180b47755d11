"""An article's metadata as its page or header writes it: the date of a date line or a
byline, a page's author meta tag, its byline element, and author fields with a desk, a
bureau or a city after the name."""

from __future__ import annotations

import pytest

from helpers import write_article
from tealeaves.corpus import load_article
from tealeaves.corpus.dates import date_line, written_date

_EN = (
    "Grain traders in the port said the new rail timetable had cut a day from the trip, "
    "though nobody at the terminal expected the saving to last into the winter season."
)
_ZH = "口岸管理部门的工作人员介绍，今年夏季通关的货车数量明显增加，不少企业提前备好了过冬的库存。"
_RU = (
    "Сотрудники таможни на переходе рассказали, что очередь из грузовиков стала короче, "
    "хотя зимой, по их словам, ожидание снова растянется на несколько суток."
)


# -- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "body", "date"),
    [
        ("By Maren Ostby\n16 July 2026", _EN, "2026-07-16"),
        ("By Maren Ostby · July 16, 2026", _EN, "2026-07-16"),
        ("本报记者 钟岚清\n\n2026年7月16日 10:30", _ZH, "2026-07-16"),
        ("Текст: Мария Белова\n\n16 июля 2026", _RU, "2026-07-16"),
        ("July 2026", _EN, "2026-07"),
        ("On 16 July 2026 the terminal opened a second gate for trucks coming from Khorgos.",
         _EN, ""),
    ],
)  # fmt: skip
def test_a_text_header_date_line_is_the_date(tmp_path, head, body, date):
    path = tmp_path / "a.txt"
    path.write_text(f"A harbour report\n\n{head}\n\n{body}\n", encoding="utf-8")
    doc = load_article(path)
    assert doc.date == date
    assert body in doc.text  # the date line is read, the text left as it was


@pytest.mark.parametrize(
    ("given", "date"),
    [("16 July 2026", "2026-07-16"), ("2026年7月16日", "2026-07-16"),
     ("16 июля 2026", "2026-07-16"), ("2026-7-6", "2026-07-06"), ("2026-07-16", "2026-07-16")],
)  # fmt: skip
def test_a_front_matter_date_as_people_write_it(tmp_path, given, date):
    doc = load_article(write_article(tmp_path, "a.md", _EN, title="T", date=given))
    assert doc.date == date


def test_a_markdown_date_line_under_the_heading_when_front_matter_has_none(tmp_path):
    doc = load_article(write_article(tmp_path, "a.md", f"# Report\n\n2026年7月16日\n\n{_ZH}"))
    assert doc.date == "2026-07-16"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2026年7月16日", "2026-07-16"), ("2026年07月16日 10:30", "2026-07-16"),
        ("16 июля 2026 г.", "2026-07-16"), ("16 July 2026", "2026-07-16"),
        ("July 16, 2026", "2026-07-16"), ("Jul. 16th, 2026", "2026-07-16"),
        ("16.07.2026", "2026-07-16"), ("2026/7/16", "2026-07-16"), ("2026年7月", "2026-07"),
        ("июль 2026", "2026-07"), ("2026年2月30日", ""), ("in 2026", ""),
    ],
)  # fmt: skip
def test_written_dates(text, date):
    assert written_date(text) == date


def test_a_sentence_mentioning_a_date_is_no_date_line():
    assert date_line("Published 16 July 2026") == "2026-07-16"
    assert date_line("发布时间：2026年7月16日 09:05") == "2026-07-16"
    sentence = "The two ministers met on 16 July 2026 to sign the transit accord in Astana."
    assert date_line(sentence) == ""


# -- author fields with a desk, a bureau or a city after the name --------------------------


@pytest.mark.parametrize(
    ("given", "authors"),
    [
        ('"Anna Petrova, Almaty bureau"', ("Anna Petrova",)),
        ('"Anna Petrova, Asia desk"', ("Anna Petrova",)),
        ('"Anna Petrova · Almaty bureau"', ("Anna Petrova",)),
        ('"Anna Petrova, 16 July 2026"', ("Anna Petrova",)),
        ('"Мария Белова, Пекин"', ("Мария Белова",)),
        ('"Petrova, Anna"', ("Petrova, Anna",)),
    ],
)
def test_a_desk_after_a_comma_in_an_author_field_is_no_part_of_the_name(tmp_path, given, authors):
    """ "A · Europe Desk" gave A but "A, Almaty bureau" was kept whole as one name."""
    doc = load_article(write_article(tmp_path, "a.md", _EN, title="T", author=given))
    assert doc.authors == authors


def test_a_text_byline_with_a_bureau_after_a_comma(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(f"A harbour report\n\nBy Anna Petrova, Almaty bureau\n\n{_EN}\n", "utf-8")
    assert load_article(path).authors == ("Anna Petrova",)
