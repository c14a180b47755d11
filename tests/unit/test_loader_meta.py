"""An article's metadata as its page or header writes it: the date of a date line or a
byline, a page's author meta tag, its byline element, and author fields with a desk, a
bureau or a city after the name."""

from __future__ import annotations

import pytest

from helpers import write_article
from tealeaves.corpus import load_article

_EN = (
    "Grain traders in the port said the new rail timetable had cut a day from the trip, "
    "though nobody at the terminal expected the saving to last into the winter season."
)

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
