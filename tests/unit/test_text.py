"""Names as the front ends match them: one person's Latin names from two scripts."""

from __future__ import annotations

import pytest

from tealeaves.text import same_sounds


@pytest.mark.parametrize(
    ("english", "from_cyrillic"),
    [
        ("Kaja Kallas", "Kay Kallas"),  # Кая Каллас
        ("Andrea Kendall-Taylor", "Andrea Kendall-Teylor"),
        ("Péter Szijjártó", "Peter Siyyarto"),
        ("Fumio Kishida", "Fumio Kisida"),
        ("Kassym-Jomart Tokayev", "Kasym-Zhomart Tokaev"),
        ("S. Jaishankar", "Subramanyam Dzhayshankar"),
        ("Bonnie Glaser", "Bonni Gleyzer"),
        ("Michael Kofman", "Maykl Kofman"),
        ("Andrii Sybiha", "Andrey Sibiga"),
    ],
)
def test_one_persons_names_from_two_scripts_sound_the_same(english, from_cyrillic):
    assert same_sounds(english, from_cyrillic) and same_sounds(from_cyrillic, english)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Li Wei", "Lu Wei"),  # a surname of fewer than three sounds is never enough
        ("John Smith", "Jan Schmidt"),
        ("Anna Smirnova", "Ivan Smirnov"),
        ("Sergey Lavrov", "Sergei Lavrova"),  # his and her form of one surname
        ("Kallas", "Kaja Kallas"),  # a surname alone
    ],
)
def test_different_people_do_not(a, b):
    assert not same_sounds(a, b)
