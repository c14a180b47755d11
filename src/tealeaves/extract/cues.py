"""Attribution cues shared by the extractors: the English verbs of saying.

A verb here marks a speaker slot in both directions: "X said", "said X", "“…,” X argues".
"""

from __future__ import annotations

import re


def _top_level(alternation: str) -> list[str]:
    """The alternatives of ``alternation`` ("a|b(?:c|d)|e" -> a, b(?:c|d), e)."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(alternation):
        ch = alternation[i]
        if ch == "\\":
            i += 2
            continue
        depth += (ch in "([") - (ch in ")]")
        if ch == "|" and depth == 0:
            parts.append(alternation[start:i])
            start = i + 1
        i += 1
    return [*parts, alternation[start:]]


#: First letters whose case-insensitive matches are the letter's two cases and nothing
#: that another first letter also matches (Latin and basic Cyrillic).
_PLAIN_LETTER = re.compile(r"[A-Za-zА-яЁё]")


def gathered(parts: list[str], folded: bool = False) -> str | None:
    """The alternation of ``parts`` (patterns) with them gathered by their first letter, in
    their order within each letter: ["says", "asked", "said"] -> "s(?:ays|aid)|a(?:sked)".

    It matches exactly what the parts joined by "|" match, and at a position the same part
    wins: parts that begin with different letters never both match at one position, and
    those that begin with the same one keep their order. Python's regular expressions try
    every alternative in turn at every position they look at; gathered, a position is passed
    over after one comparison per letter instead of one per word (the verbs of saying are
    150 words: a pattern that starts with them scans three times as fast). ``folded``: the
    parts are matched in any case, so "War" and "war" are gathered under "w". None when a
    part does not begin with a letter (with ``folded``, a Latin or basic Cyrillic one)."""
    groups: dict[str, list[str]] = {}
    for part in parts:
        first = part[:1]
        if not (_PLAIN_LETTER.fullmatch(first) if folded else first.isalpha()):
            return None
        groups.setdefault(first.lower() if folded else first, []).append(part[1:])
    return "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in groups.items())


def by_first_letter(alternation: str) -> str:
    """``alternation`` with its alternatives gathered by first letter (:func:`gathered`):
    "says|asked|said" -> "s(?:ays|aid)|a(?:sked)". Raises ValueError when an alternative
    does not begin with a letter."""
    parts = _top_level(alternation)
    found = gathered(parts)
    if found is None:
        bad = next(p for p in parts if not p[:1].isalpha())
        raise ValueError(f"an alternative that does not begin with a letter: {bad!r}")
    return found


VERBS = by_first_letter(
    r"told reporters|told journalists|points out|pointed out|puts it|put it|"
    r"says|said|say|argues|argued|argue|notes|noted|note|writes|wrote|write|adds|added|"
    r"stresses|stressed|remarks|remarked|explains|explained|acknowledges|acknowledged|"
    r"concludes|concluded|asks|asked|continues|continued|tells|told|warns|warned|maintains|"
    r"maintained|insists|insisted|claims|claimed|observes|observed|"
    r"suggests|suggested|states|stated|declares|declared|recalls|recalled|emphasi[sz]es|"
    r"emphasi[sz]ed|contends|contended|comments|commented|replies|replied|"
    r"answers|answered|admits|admitted|reminds (?:his|her|their) readers|reminded|wonders|"
    r"wondered|predicts|predicted|cautions|cautioned|urges|urged|responds|responded|"
    r"recounts|recounted|affirms|affirmed|asserts|asserted|posits|posited|laments|lamented|"
    r"quipped|quips|mused|muses|elaborated|elaborates|summarised|summarized|summarises|"
    r"summarizes|saying|noting|arguing|adding|writing|interjected|countered|retorted|"
    r"pressed|repeated|repeats|reiterated|reiterates|shot back|fired back|joked|jokes|"
    r"stressing|explaining|warning|insisting|acknowledging|concluding|asking|observing|add|"
    r"remarking|declaring|claiming|stating|pointing out|suggesting|emphasi[sz]ing|recalling"
)

# Verbs of thinking, which frame someone's view as verbs of saying frame their words.
THINKING = by_first_letter(
    r"believes|believed|thinks|thought|expects|expected|fears|feared|hopes|hoped|doubts|"
    r"doubted|predicted|predicts|estimates|estimated|reckons|reckoned|concedes|conceded|written|"
    r"agrees|agreed|disagrees|disagreed|accepts|accepted|denies|denied|argued|argues"
)
# What may stand between a subject and its verb: auxiliaries and adverbs ("has long argued",
# "later wrote", "then added", "repeatedly warned"), none or several.
SUBJECT_ADVERBS = r"has|have|had|also|thus|then|once|later|again|long|now|still|often|even|\w+ly"
BEFORE_VERB = rf"(?:(?:{SUBJECT_ADVERBS})\s+)*"
