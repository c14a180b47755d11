"""Text analysis: Chinese bigrams, Cyrillic words, English stems, exact character offsets."""

from __future__ import annotations

from tealeaves.search.analysis import name_analyzer, prose_analyzer


def tokens(text, analyzer=None, **kw):
    analyzer = analyzer or prose_analyzer()
    return [t.text for t in analyzer(text, **kw)]


def test_han_runs_become_overlapping_bigrams():
    assert tokens("结伴不结盟") == ["结伴", "伴不", "不结", "结盟"]
    assert "结盟" in tokens("不结盟,不对抗")
    assert tokens("赵华胜") == ["赵华", "华胜"]


def test_single_han_character_is_kept():
    assert tokens("盟") == ["盟"]


def test_han_next_to_latin_and_punctuation():
    assert tokens("Zhao Huasheng (赵华胜), one", name_analyzer()) == [
        "zhao", "huasheng", "赵华", "华胜", "one",
    ]  # fmt: skip


def test_russian_words_match_across_cases():
    assert tokens("Александр Шлындов") == ["александр", "шлындов"]
    assert tokens("Лукьянова") == tokens("Лукьянов") == tokens("Лукьяновым")
    assert tokens("отношений") == tokens("отношения")


def test_traditional_characters_are_indexed_as_simplified():
    assert tokens("閻學通") == tokens("阎学通")


def test_english_is_stemmed_and_stop_words_dropped():
    assert tokens("The alliances of the states") == ["allianc", "state"]
    assert tokens("alliance") == tokens("alliances")


def test_possessive_is_not_a_separate_token():
    assert tokens("Russia’s Russia's") == ["russia", "russia"]


def test_names_are_not_stemmed_or_stopped():
    assert tokens("Yevgen Sautin and The Others", name_analyzer()) == [
        "yevgen", "sautin", "and", "the", "others",
    ]  # fmt: skip


def test_character_offsets_are_exact():
    text = "Zhao (赵华胜) says “alliances”"
    seen = []
    for tok in name_analyzer()(text, chars=True):
        assert text[tok.startchar : tok.endchar].lower() == tok.text
        seen.append(tok.text)
    assert seen == ["zhao", "赵华", "华胜", "says", "alliances"]


def test_positions_are_consecutive_for_bigrams():
    positions = [t.pos for t in prose_analyzer()("结伴不结盟", positions=True)]
    assert positions == [0, 1, 2, 3]
