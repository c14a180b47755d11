"""Review of the attribution rules of 5dc1fce (English: inner-capital names after
Di/De/Du/La/Le, "likes to/used to/tends to" before a verb of saying, "said the …
colonel/admiral/commander/officer/veteran", no "described … as" for an "as they/he/she"
clause), 23ee406 (Russian: a man's oblique-case name read as the man the text names in the
nominative; a note's number between a reported statement and the quote after it) and
0c09c5b (Chinese: "用X的话说，“…”" credits the last person named between 用 and 的话说).
Every sentence is written for its test and every quotation is invented. An xfail's reason
names the commit whose rule gives the wrong answer, or says "older" when the code before
these commits got it wrong too."""

from __future__ import annotations

import pytest
from test_extract import doc, speaker_of

from tealeaves.extract import extract, load_registry
from tealeaves.model import Block, Document


def _names(d: Document) -> set[str]:
    found = extract(d, load_registry()).people
    return {p.name for p in found} | {p.native_name for p in found if p.native_name}


def _x(language: str, *paragraphs: str):
    blocks = [Block("body", p) for p in paragraphs]
    d = Document.build(id="t", title="T", blocks=blocks, language=language)
    return extract(d, load_registry())


def _ru_speaker(x, start: str) -> str | None:
    found = [q for q in x.quotes if q.text.startswith(start)]
    assert len(found) == 1, [q.text for q in x.quotes]
    return found[0].speaker


def _zh_speaker(x, fragment: str) -> str | None:
    (q,) = [q for q in x.quotes if fragment in q.text]
    names = {p.id: p.native_name or p.name for p in x.people}
    return names.get(q.speaker) if q.speaker else None


# -- English: names with an inner capital (5dc1fce) -----------------------------------------


def test_a_company_whose_name_opens_with_du_and_a_capital_is_nobody():
    d = doc("DuPont de Nemours said the PFAS settlement was “fair to all parties.”")
    assert "DuPont de Nemours" not in _names(d)
    assert speaker_of(d, "fair to all") is None


def test_a_fund_whose_name_opens_with_la_and_a_capital_is_nobody():
    d = doc(
        "LaSalle Investment Management said Chinese property was “no longer cheap.” Li Qiang "
        "said growth would be “steady.”"
    )
    assert speaker_of(d, "no longer cheap") is None
    assert speaker_of(d, "steady") == "li-qiang"


def test_names_with_an_inner_capital_are_read_whole_and_their_surname_goes_on():
    """The rule's own kind, kept: DiCarlo, DeWine whole, and the surname alone after."""
    d = doc(
        "Rosemary DiCarlo briefed the council. DiCarlo said the ceasefire was “fragile.”",
        "Ohio Governor Mike DeWine met Xi Jinping. DeWine said the talks were “frank.”",
    )
    assert speaker_of(d, "fragile") == "rosemary-dicarlo"
    assert speaker_of(d, "frank") == "mike-dewine"


# -- English: "likes to / used to" before a verb of saying (5dc1fce) ------------------------


def test_a_place_that_likes_to_say_or_used_to_say_is_nobody():
    d = doc(
        "Silicon Valley likes to say that software is “eating the world.”",
        "Downing Street used to say that the golden era was “over.”",
    )
    assert not {"Silicon Valley", "Downing Street"} & _names(d)
    assert speaker_of(d, "eating the world") is None
    assert speaker_of(d, "over.") is None


def test_a_capital_that_used_to_believe_does_not_hide_the_he_who_speaks():
    """Near miss: "Washington used to believe …" is no unknown subject standing between
    Lavrov and "he said"."""
    d = doc(
        "Sergei Lavrov took questions for an hour in Moscow.",
        "Washington used to believe that sanctions would bring Russia to its knees. “They did "
        "not, and they will not,” he said.",
    )
    assert speaker_of(d, "They did not") == "sergei-lavrov"


# -- English: "the colonel/admiral/commander/officer/veteran said" (5dc1fce) ----------------


def test_an_unnamed_brigade_commander_after_a_visiting_president_is_nobody():
    d = doc(
        "Volodymyr Zelensky visited troops near Pokrovsk on Friday.",
        "“We need shells, not speeches,” the brigade commander said.",
    )
    assert speaker_of(d, "We need shells") is None


def test_an_unnamed_officer_after_a_guarded_minister_is_nobody():
    d = doc(
        "Wang Yi arrived in Islamabad on Sunday amid tight security.",
        "“Nobody gets within a mile of the motorcade,” the officer said.",
    )
    assert speaker_of(d, "Nobody gets within") is None


def test_an_unnamed_veteran_at_a_presidents_ceremony_is_nobody():
    d = doc(
        "Vladimir Putin laid a wreath at the Tomb of the Unknown Soldier on Friday.",
        "“My father fought here, and nobody thanked him,” the veteran said.",
    )
    assert speaker_of(d, "My father fought") is None


def test_a_retired_admiral_is_not_the_defence_secretary_named_before():
    d = doc(
        "Defense Secretary Lloyd Austin spoke first at the Shangri-La Dialogue.",
        "“The Pacific is not a Chinese lake,” the retired admiral said.",
    )
    assert speaker_of(d, "The Pacific is not") is None


def test_a_chief_financial_officer_is_not_the_chief_executive_named_before():
    d = doc(
        "Jensen Huang, Nvidia's founder and chief executive, spoke in Taipei on Monday.",
        "“Export controls have cost us billions,” said the chief financial officer.",
    )
    assert speaker_of(d, "Export controls") is None


def test_the_commander_of_the_command_a_leader_inspects_is_not_the_leader():
    d = doc(
        "Xi Jinping inspected the Eastern Theater Command in Nanjing. “We must be ready to "
        "fight,” the commander said."
    )
    assert speaker_of(d, "We must be ready") is None


def test_the_retired_colonel_named_before_still_speaks():
    """Near miss: the rule's own kind, the one whose stated role holds the title."""
    d = doc(
        "Zhou Bo, a retired PLA senior colonel, spoke at the Shangri-La Dialogue.",
        "“Nobody in Beijing wants a war over Taiwan,” said the retired PLA senior colonel.",
    )
    assert speaker_of(d, "Nobody in Beijing") == "zhou-bo"


# -- English: "as they/he/she/I" after a describing verb (5dc1fce) --------------------------


def test_the_term_described_as_she_always_does_or_as_i_expected_is_not_theirs():
    d = doc(
        "Mao Ning described the “one-China principle” as she always does, as the political "
        "foundation of ties.",
        "Wang Yi characterised the “Ukraine crisis” as I had expected, as a European problem.",
    )
    assert speaker_of(d, "one-China principle") is None
    assert speaker_of(d, "Ukraine crisis") is None


def test_what_he_calls_his_guest_as_they_walk_in_is_his_and_a_plain_as_is_not():
    """Near miss: the rule's own kind, and "described the “…” as the foundation" unchanged."""
    d = doc(
        "Xi Jinping called his guest an “old friend” as they walked into the Great Hall of "
        "the People.",
        "Mao Ning described the “one-China principle” as the political foundation of ties.",
    )
    assert speaker_of(d, "old friend") == "xi-jinping"
    assert speaker_of(d, "one-China principle") is None


# -- Russian: a man's name in an oblique case (23ee406) -------------------------------------


def test_a_woman_whose_name_is_a_mans_with_a_is_not_that_man():
    x = _x(
        "ru",
        "Валентин Иванов руководит фондом. Валентина Иванова заявила, что проект «закрыт "
        "навсегда».",
    )
    assert _ru_speaker(x, "проект") == "valentina-ivanova"


def test_a_daughter_named_after_her_father_is_a_second_person():
    x = _x(
        "ru",
        "Художник Александр Орлов двадцать лет живёт в Пекине.",
        "По словам Александры Орловой, его дочери, в Пекине «всё меняется слишком быстро».",
    )
    assert "Александра Орлова" in {p.native_name or p.name for p in x.people}
    assert _ru_speaker(x, "всё меняется") == "alexandra-orlova"


def test_a_man_named_in_the_genitive_is_the_man_named_in_the_nominative():
    """Near miss: the rule's own kind, one person."""
    x = _x(
        "ru",
        "Темур Умаров, эксперт Берлинского центра Карнеги, считает, что Ташкент ведёт свою игру.",
        "По мнению Темура Умарова, Китай «не торопится» в регионе.",
    )
    assert [p.id for p in x.people] == ["temur-umarov"]
    assert _ru_speaker(x, "Китай «не") == "temur-umarov"


# -- Russian and Chinese: a note's number before the next quote (23ee406) -------------------


def test_a_quote_after_a_note_that_its_own_words_give_to_a_document():
    x = _x(
        "ru",
        "Как отмечает Александр Габуев, Китай осторожен в отношениях с Россией.[4] «Китайская "
        "сторона выступает за политическое урегулирование кризиса», — указано в позиции МИД "
        "КНР.",
    )
    assert _ru_speaker(x, "Китайская сторона") is None


def test_a_quote_with_a_note_of_its_own_after_a_note_is_not_the_experts():
    x = _x(
        "ru",
        "Как отмечает Александр Габуев, Китай осторожен в отношениях с Россией.[4] «Китайская "
        "сторона выступает за политическое урегулирование кризиса».[5]",
    )
    assert _ru_speaker(x, "Китайская сторона") is None


def test_a_joint_statements_words_after_a_note_are_not_the_scholars():
    x = _x(
        "zh",
        "冯玉军指出，中俄贸易在2024年出现下滑。[3]“双方将继续深化全面战略协作，推动两国关系"
        "不断向前发展。”这段话出自两国元首签署的联合声明。",
    )
    assert _zh_speaker(x, "双方将继续") is None


# -- Chinese: 用X的话说 (0c09c5b) ------------------------------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="older (0c09c5b narrowed): '用拉夫罗夫回应布林肯的话来说' is nobody's, not "
    "Lavrov's; the words one used of another are no longer the other's",
)
def test_in_the_words_one_used_of_another_or_in_reply_are_the_first_ones():
    x = _x(
        "zh",
        "用特朗普评价普京的话来说，“他是个非常聪明的人。”",
        "用拉夫罗夫回应布林肯的话来说，“美国没有资格教训别人。”",
    )
    assert _zh_speaker(x, "非常聪明") == "特朗普"
    assert _zh_speaker(x, "没有资格") == "拉夫罗夫"


def test_in_the_words_the_media_use_of_a_leader_are_not_the_leaders():
    x = _x("zh", "用西方媒体形容习近平的话说，“他是毛泽东之后最强势的领导人。”")
    assert _zh_speaker(x, "最强势") is None


def test_one_who_adapts_anothers_words_says_them():
    x = _x("zh", "王毅套用普京的话说，“中俄关系不是权宜之计。”")
    assert _zh_speaker(x, "权宜之计") == "王毅"


@pytest.mark.xfail(
    strict=True,
    reason="older: '用普京身边一位顾问的话说' credits 普京, not the unnamed adviser (the new "
    "rule takes the same wrong turn)",
)
def test_in_the_words_of_an_unnamed_adviser_to_a_leader_are_nobodys():
    x = _x("zh", "用普京身边一位顾问的话说，“这次访问比任何一次都重要。”")
    assert _zh_speaker(x, "这次访问") is None


def test_in_the_words_of_a_colleague_introduced_at_length_and_of_a_proverb():
    """Near miss: the rule's own kind, and "用一句俗话说" nobody's."""
    x = _x(
        "zh",
        "用我的俄罗斯同行瓦西里·卡申（Vasily Kashin）的话说，“中国不会给俄罗斯提供武器。”",
        "王毅在记者会上回答了提问。用一句俗话说，“路遥知马力。”",
    )
    assert _zh_speaker(x, "中国不会给") == "瓦西里·卡申"
    assert _zh_speaker(x, "路遥知马力") is None
