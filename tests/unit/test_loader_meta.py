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


def _page(tmp_path, top: str, body: str, *, head: str = "", lang: str = "en"):
    path = tmp_path / "page.html"
    paragraphs = "".join(f"<p>{body}</p>" for _ in range(3))
    path.write_text(
        f"<html lang='{lang}'><head><title>A harbour report</title>{head}</head><body>"
        f"<article><h1>A harbour report</h1>{top}{paragraphs}</article></body></html>",
        encoding="utf-8",
    )
    return load_article(path)


# -- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "body", "lang"),
    [
        ("<p class='date'>2026年7月16日</p>", _ZH, "zh"),
        ("<p class='date'>2026年07月16日 10:30</p>", _ZH, "zh"),
        ("<p class='info'>来源：本报　2026年7月16日</p>", _ZH, "zh"),
        ("<div class='byline'>本报评论员　钟岚清　2026年7月16日</div>", _ZH, "zh"),
        ("<p class='date'>16 июля 2026 г.</p>", _RU, "ru"),
        ("<p class='date'>16 July 2026</p>", _EN, "en"),
        ("<p class='byline'>By Maren Ostby | July 16, 2026</p>", _EN, "en"),
    ],
)
def test_a_page_date_line_without_date_meta_gives_the_full_date(tmp_path, line, body, lang):
    """A page without a machine-readable date: htmldate read "2026年7月16日" as 2026 and
    made it 2026-01-01; the page's date line (or byline) gives the day."""
    assert _page(tmp_path, line, body, lang=lang).date == "2026-07-16"


def test_a_page_that_gives_only_a_year_says_only_the_year(tmp_path):
    doc = _page(tmp_path, "<p class='date'>Filed in 2026</p>", _EN)
    assert doc.date == "2026"  # not an invented 2026-01-01


@pytest.mark.parametrize(
    ("line", "body", "lang"),
    [
        # a body that names another year: htmldate guessed it and filled in 01-01
        ("<p class='date'>2025年10月14日</p>", "回顾2023年，" + _ZH, "zh"),
        # a date later than today, which htmldate passes over for the body's year
        ("<p class='date'>2027年7月2日</p>", "2023年3月，" + _ZH, "zh"),
    ],
)
def test_a_page_date_line_beats_a_guess_of_another_year(tmp_path, line, body, lang):
    """The page writes a whole date; a guess that the page writes nowhere (a day filled in
    as 01) gives way to it even when their years differ."""
    doc = _page(tmp_path, line, body, lang=lang)
    assert doc.date == written_date(line.split(">")[1].split("<")[0])


def test_a_page_declaring_the_first_of_january_keeps_it(tmp_path):
    head = "<meta property='article:published_time' content='2026-01-01T08:15:00+00:00'>"
    assert _page(tmp_path, "", _EN, head=head).date == "2026-01-01"


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


# -- authors of a web page ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("meta", "authors"),
    [
        ("钟岚清", ("钟岚清",)),
        ("钟岚清、梁晓川", ("钟岚清", "梁晓川")),
        ("本报记者 钟岚清", ("钟岚清",)),
        ("Maren Ostby", ("Maren Ostby",)),
        ("Maren Ostby, Tromsø bureau", ("Maren Ostby",)),
    ],
)
def test_the_author_meta_tag_is_the_author(tmp_path, meta, authors):
    """trafilatura drops an author without a space in it, as every Chinese name is."""
    body = _ZH if "\u4e00" <= meta[0] <= "\u9fff" else _EN
    doc = _page(tmp_path, "", body, head=f'<meta name="author" content="{meta}">')
    assert doc.authors == authors


def test_the_author_meta_tag_comes_before_the_visible_byline(tmp_path):
    doc = _page(
        tmp_path,
        "<p class='byline'>By Ivo Lind</p>",
        _EN,
        head='<meta name="author" content="Maren Ostby">',
    )
    assert doc.authors == ("Maren Ostby",)


def test_a_chinese_byline_naming_the_meta_author_adds_the_co_reporter(tmp_path):
    doc = _page(
        tmp_path,
        "<div class='byline'>本报记者 钟岚清　本报特约记者 梁晓川</div>",
        _ZH,
        head='<meta name="author" content="钟岚清">',
        lang="zh",
    )
    assert doc.authors == ("钟岚清", "梁晓川")


def test_the_meta_tag_and_json_ld_authors_are_both_authors(tmp_path):
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '[{"@type": "Person", "name": "Ivo Lind"}, {"@type": "Organization", '
        '"name": "Harbour Wire"}]}</script>'
    )
    head = f'<meta name="author" content="Maren Ostby">{ld}'
    assert _page(tmp_path, "", _EN, head=head).authors == ("Maren Ostby", "Ivo Lind")


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("<p class='byline'>Текст: Мария Белова</p>", ("Мария Белова",)),
        ("<p class='author'>Мария Белова, Пекин; Олег Сомов</p>", ("Мария Белова", "Олег Сомов")),
        ("<p class='byline'>文/钟岚清 梁晓川</p>", ("钟岚清", "梁晓川")),
        ("<p class='byline'>来源：本报　作者：钟岚清　2026年7月16日</p>", ("钟岚清",)),
        # where it was filed from is no author
        ("<p class='byline'>财新记者 钟岚清 发自北京、莫斯科</p>", ("钟岚清",)),
        ("<p class='byline'>Moderated by Maren Ostby</p>", ("Maren Ostby",)),
        ("<p class='byline'>By Maren Ostby and Ivo Lind, Asia desk</p>",
         ("Maren Ostby", "Ivo Lind")),
        ("<p><a rel='author' href='/ostby'>Maren Ostby</a></p>", ("Maren Ostby",)),
        ("<p class='byline'>Asia desk</p>", ("Asia desk",)),
    ],
)  # fmt: skip
def test_a_byline_element_is_read_as_a_byline(tmp_path, byline, authors):
    """The byline element is dropped from the text; its names are the authors, read by the
    byline parser (trafilatura's own reading kept "Текст" and "文" as names)."""
    chinese = any(w in byline for w in ("文", "来源", "记者"))
    body = _ZH if chinese else _RU if "Мария" in byline else _EN
    doc = _page(tmp_path, byline, body)
    assert doc.authors == authors
    assert all(a not in doc.text for a in authors)


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
