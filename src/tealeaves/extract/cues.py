"""Attribution cues shared by the extractors: the English verbs of saying.

A verb here marks a speaker slot in both directions: "X said", "said X", "“…,” X argues".
"""

from __future__ import annotations


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


def by_first_letter(alternation: str) -> str:
    """The same alternation with its alternatives gathered by their first letter, in their
    order within each letter: "says|asked|said" -> "s(?:ays|aid)|a(?:sked)".

    It matches exactly what the original matches, and at a position the same alternative
    wins: alternatives that begin with different letters never both match at one position,
    and those that begin with the same one keep their order. Python's regular expressions
    try every alternative in turn at every position they look at; gathered, a position is
    passed over after one comparison per letter instead of one per word (the verbs of saying
    are 150 words: a pattern that starts with them scans three times as fast)."""
    groups: dict[str, list[str]] = {}
    for part in _top_level(alternation):
        if not part[:1].isalpha():
            raise ValueError(f"an alternative that does not begin with a letter: {part!r}")
        groups.setdefault(part[0], []).append(part[1:])
    return "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in groups.items())


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
