"""The verbs of saying gathered by first letter (``cues.by_first_letter``): the same matches,
the same alternative winning at each position, only faster."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tealeaves.extract import cues
from tealeaves.extract.cues import by_first_letter

# Alternatives whose order decides what is matched: "say" before "says" stops at "say",
# "told" and "told reporters" differ in length, and a group inside an alternative.
ALTERNATION = (
    r"told|says|told reporters|say|said|asked|reminds (?:his|her) readers|reminded|"
    r"ask|emphasi[sz]ed|a|s"
)


def test_gathered_by_first_letter_in_order() -> None:
    assert by_first_letter("says|asked|said|a") == "s(?:ays|aid)|a(?:sked|)"
    assert by_first_letter(r"reminds (?:his|her) readers|told|reminded") == (
        r"r(?:eminds (?:his|her) readers|eminded)|t(?:old)"
    )


def test_an_alternative_without_a_first_letter_is_refused() -> None:
    with pytest.raises(ValueError, match="does not begin with a letter"):
        by_first_letter(r"said|\w+ly")
    with pytest.raises(ValueError, match="does not begin with a letter"):
        by_first_letter("said|[sz]aid")


def test_the_shared_verbs_are_gathered() -> None:
    for alternation in (cues.VERBS, cues.THINKING):
        firsts = [part[0] for part in cues._top_level(alternation)]
        assert len(firsts) == len(set(firsts))  # one alternative per first letter
        assert all(part[1:3] == "(?" for part in cues._top_level(alternation))


WORDS = ["told", "reporters", "says", "say", "said", "asked", "ask", "reminds", "his",
         "readers", "reminded", "emphasised", "emphasized", "a", "s", "that", "Zhao"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*WORDS, " ", ", ", "."]), max_size=30))
def test_the_same_matches_as_the_alternation_as_written(pieces: list[str]) -> None:
    text = " ".join(pieces)
    for wrap in (r"\b(?:{})", r"\b(?:{})\s+that\b", r"(?i:\b(?:{})\b)", r"(?:{})(?:\s+\w+)?"):
        written = re.compile(wrap.format(ALTERNATION))
        gathered = re.compile(wrap.format(by_first_letter(ALTERNATION)))
        assert [m.span() for m in written.finditer(text)] == [
            m.span() for m in gathered.finditer(text)
        ]


def test_the_same_matches_on_the_verbs_of_saying() -> None:
    text = (
        "Zhao said that the war, Lukyanov argued, told reporters that ties were strong. "
        "She reminds her readers that Feng says so; he was asked and answered, adding "
        "that it emphasised a point, then summarized it and shot back that they had agreed."
    )
    assert len(cues._top_level(_as_written(cues.VERBS))) > len(cues._top_level(cues.VERBS)) > 10
    for wrap in (r"\b(?:{})\b", r"\b(?:{})\s+that\b", r"(?:{})(?:\s+\w+){{1,3}}?\s+that"):
        written = [m.span() for m in re.finditer(wrap.format(_as_written(cues.VERBS)), text)]
        gathered = [m.span() for m in re.finditer(wrap.format(cues.VERBS), text)]
        assert written == gathered
        assert written  # the text holds some


def _as_written(gathered: str) -> str:
    """The gathered alternation spread out again: each letter put back on its words."""
    out = []
    for part in cues._top_level(gathered):
        first, inner = part[0], part[4:-1]
        out += [first + rest for rest in cues._top_level(inner)]
    return "|".join(out)
