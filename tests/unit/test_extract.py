"""Unit tests of the extractors: each trap the articles set, on a few sentences of text."""

from __future__ import annotations

import re

import pytest

from tealeaves.extract import extract, load_registry
from tealeaves.extract.glossary import find_terms, to_pinyin
from tealeaves.extract.names import cyrillic_matches, looks_chinese_name, pinyin_matches
from tealeaves.extract.people import find_people
from tealeaves.extract.quotes import find_quotes
from tealeaves.extract.registry import RegistryError, parse_registry
from tealeaves.model import Block, Document


def doc(
    *paragraphs: str,
    authors: tuple[str, ...] = (),
    kinds: dict[int, str] | None = None,
    title: str = "T",
):
    kinds = kinds or {}
    blocks = [Block(kinds.get(n, "body"), text) for n, text in enumerate(paragraphs)]  # type: ignore[arg-type]
    return Document.build(id="t", title=title, blocks=blocks, authors=authors)


def people(d: Document) -> dict[str, object]:
    return {p.name: p for p in find_people(d, load_registry()).people}


def quotes(d: Document):
    return extract(d, load_registry()).quotes


def speaker_of(d: Document, start: str) -> str | None:
    found = [q for q in quotes(d) if q.text.startswith(start)]
    assert len(found) == 1, [q.text for q in quotes(d)]
    return found[0].speaker


# -- names ---------------------------------------------------------------------------------


def test_pinyin_must_spell_the_characters():
    assert pinyin_matches(["Zhao", "Huasheng"], "赵华胜")
    assert pinyin_matches(["Huasheng", "Zhao"], "赵华胜")  # Western order
    assert not pinyin_matches(["China", "Military", "Science"], "中国军事科学")
    assert not pinyin_matches(["Zhao", "Long"], "赵华胜")


def test_chinese_name_without_characters():
    assert looks_chinese_name(["Zhu", "Feng"])
    assert looks_chinese_name(["Feng", "Zhongping"])
    assert not looks_chinese_name(["Hong", "Kong"])
    assert not looks_chinese_name(["Han", "Chinese"])
    assert not looks_chinese_name(["Peking", "University"])


def test_cyrillic_name_must_resemble_the_latin_one():
    assert cyrillic_matches(["Alexander", "Shlyundov"], "Александр Шлындов")
    assert not cyrillic_matches(["Nezavisimoe", "Voennoe"], "независимое военное")
    assert not cyrillic_matches(["Pavel", "Sorokin"], "Александр Шлындов")


# -- people --------------------------------------------------------------------------------


def test_sentence_word_before_a_name_is_not_part_of_it():
    found = people(doc("As Yuan Gang (袁刚), then a professor at Peking University, noted it."))
    assert list(found) == ["Yuan Gang"]
    assert found["Yuan Gang"].native_name == "袁刚"
    assert [r.text for r in found["Yuan Gang"].roles] == ["a professor at Peking University"]


def test_title_and_possessive_are_not_part_of_the_name():
    text = "Chinese Ambassador to France Lu Shaye’s (卢沙野) recent comments. Lu’s words."
    found = people(doc(text))
    lu = found["Lu Shaye"]
    assert lu.native_name == "卢沙野" and lu.kind == "official"
    assert [r.text for r in lu.roles] == ["Chinese Ambassador to France"]


def test_minister_title_and_kind():
    found = people(
        doc("The visit of the Chinese Minister of Defense Wei Fenghe (魏凤和) to Moscow.")
    )
    assert found["Wei Fenghe"].kind == "official"
    assert found["Wei Fenghe"].roles[0].text == "Chinese Minister of Defense"


def test_journal_in_the_name_pattern_is_not_a_person():
    d = doc("Journals such as China Military Science (中国军事科学) covered it.")
    assert people(d) == {}
    terms = find_terms(d)
    assert [(t.term, t.gloss) for t in terms] == [("中国军事科学", "China Military Science")]


def test_cyrillic_name_and_role():
    d = doc(
        "Alexander Shlyundov (Александр Шлындов), a professor at the Russian Military "
        "Academy of Sciences, has warned about it. According to Shlyundov, China caught up."
    )
    found = people(d)
    assert found["Alexander Shlyundov"].native_name == "Александр Шлындов"
    assert found["Alexander Shlyundov"].kind == "expert"
    mentions = extract(d, load_registry()).mentions
    assert [m.surface for m in mentions] == ["Alexander Shlyundov", "Shlyundov"]


def test_names_without_characters_are_found():
    d = doc("“Ties will deepen,” said Zhu Feng, director of the Institute of Asian Studies.")
    found = people(d)
    assert found["Zhu Feng"].kind == "expert"
    assert found["Zhu Feng"].roles[0].text.startswith("director of the Institute")
    assert speaker_of(d, "Ties will deepen") == "zhu-feng"


def test_roles_joined_by_and_are_separate_and_kept_verbatim():
    d = doc(
        "Feng Yujun (冯玉军), one of China’s most outspoken critics of Moscow and the director "
        "of Fudan University’s Centre for Russian and Central Asian Studies, stresses it."
    )
    roles = [r.text for r in people(d)["Feng Yujun"].roles]
    assert roles == [
        "one of China’s most outspoken critics of Moscow",
        "the director of Fudan University’s Centre for Russian and Central Asian Studies",
    ]
    assert all(d.text[r.span.start : r.span.end] == r.text for r in people(d)["Feng Yujun"].roles)


def test_shared_surname_resolved_by_nearest_in_paragraph():
    d = doc(
        "Feng Yujun (冯玉军), a critic of Moscow, spoke. Feng adds that more is needed.",
        "Feng Shaolei (冯绍雷), another prominent Russia specialist, worries. Feng has called "
        "for peace talks.",
    )
    x = extract(d, load_registry())
    short = [(m.surface, m.person, m.ambiguous) for m in x.mentions if m.surface == "Feng"]
    assert short == [("Feng", "feng-yujun", False), ("Feng", "feng-shaolei", False)]


def test_shared_surname_resolved_by_who_the_article_is_about():
    d = doc(
        "Zhao Huasheng (赵华胜), a Russia expert, writes. Zhao argues. Zhao adds. Zhao says.",
        "Zhao Long (赵隆), a researcher, notes something else.",
        "The ministry did not comment.",
        "Zhao’s analysis remains compelling.",
    )
    last = extract(d, load_registry()).mentions[-1]
    assert (last.surface, last.person, last.ambiguous) == ("Zhao", "zhao-huasheng", False)
    # but not right after the namesake was named: a reader could not tell
    d = doc(*[p.text for p in d.paragraphs if not p.text.startswith("The ministry")])
    last = extract(d, load_registry()).mentions[-1]
    assert (last.surface, last.ambiguous) == ("Zhao", True)


def test_a_surname_a_reader_could_not_place_is_ambiguous():
    d = doc(
        "Wang Wen (王文), a director, spoke.",
        "Wang Dong (王栋), a professor, disagreed.",
        "Later, Wang said “the two views cannot both be right in the end”.",
    )
    x = extract(d, load_registry())
    wang = [m for m in x.mentions if m.surface == "Wang"]
    assert len(wang) == 1 and wang[0].ambiguous
    assert [q.speaker for q in x.quotes] == [None]  # never credit a guess


def test_a_different_person_with_the_same_surname_is_not_a_mention():
    d = doc("Wang Wen (王文), a director, spoke. Wang Jun disagreed.")
    x = extract(d, load_registry())
    assert [(m.surface, m.person) for m in x.mentions] == [
        ("Wang Wen", "wang-wen"),
        ("Wang Jun", "wang-jun"),
    ]


def test_authors_and_footnote_citations():
    d = doc(
        "Text.[^1]",
        "Gui Xiao (桂晓), “Composition and Future Development of Russia’s Missile Defense "
        "System” (俄罗斯反导系统的构成与未来发展趋势), Zhongguo Junshi Kexue, 2016.",
        "Jane Roe is the founder and editor of a newsletter on China.",
        authors=("Jane Roe",),
        kinds={1: "footnote"},
    )
    found = people(d)
    assert found["Gui Xiao"].kind == "author"
    assert found["Jane Roe"].kind == "author"
    assert found["Jane Roe"].roles[0].text == "the founder and editor of a newsletter on China"
    title = [q for q in quotes(d) if q.text.startswith("Composition")]
    assert title[0].kind == "title" and title[0].speaker is None


def test_registry_adds_sourced_facts():
    found = people(doc("A handshake between Xi Jinping and Vladimir Putin. President Xi smiled."))
    xi = found["Xi Jinping"]
    assert xi.kind == "leader" and xi.native_name == "习近平"
    registry_roles = [r for r in xi.roles if r.span is None]
    assert registry_roles and all(r.source.startswith("Public record") for r in registry_roles)
    assert "President" in [r.text for r in xi.roles if r.span is not None]


def test_registry_entries_must_name_their_source():
    with pytest.raises(RegistryError, match="source"):
        parse_registry('[[person]]\nname = "A B"\n')
    with pytest.raises(RegistryError, match="kind"):
        parse_registry('[[person]]\nname = "A B"\nsource = "x"\nkind = "wizard"\n')
    reg = parse_registry('[[not_person]]\nname = "Wang Fu"\nsource = "a restaurant"\n')
    assert people(doc("Wang Fu, a restaurant, said “hello there, everyone in the room”.")) != {}
    assert find_people(doc("Wang Fu, a restaurant, opened."), reg).people == ()


def test_registry_sieve_keeps_every_entry_the_text_may_name_in_order():
    reg = parse_registry(
        '[[person]]\nname = "Wang Yi"\nnative_name = "王毅"\nsource = "s"\n'
        '[[person]]\nname = "Sergey Lavrov"\naliases = ["Сергей Лавров"]\nsource = "s"\n'
        '[[person]]\nname = "Mao Ning"\nsource = "s"\n'
    )
    text = "Сергей Лавров встретился с 王毅 в Пекине."
    words = set(re.findall(r"\w+", text))
    assert [p.name for p in reg.may_be_named(words, text)] == ["Wang Yi", "Sergey Lavrov"]
    assert reg.may_be_named({"Mao"}, "Mao spoke.")[0].name == "Mao Ning"
    assert reg.may_be_named({"Ning"}, "Ning spoke.") == []  # only a form's first word counts


# -- quotes --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "As Xu Mingqi (徐明棋) noted last year: “The war has hurt the world economy badly.”",
        "“The war has hurt the world economy badly”, Xu Mingqi (徐明棋) argues.",
        "Xu Mingqi (徐明棋) writes, “The war has hurt the world economy badly.”",
        "“The war has hurt the world economy badly,” said Xu Mingqi (徐明棋), an economist.",
        "Xu Mingqi (徐明棋), an economist, remarks: “The war has hurt the world economy badly”.",
        "Xu Mingqi (徐明棋) is blunt. “The war has hurt the world economy badly”, he adds.",
        "Xu Mingqi (徐明棋) is blunt. In his words: “The war has hurt the world economy badly.”",
        "Xu Mingqi (徐明棋) spoke. The economy, according to Xu, “has been hurt by the war badly”.",
    ],
)
def test_attribution_patterns(sentence):
    d = doc(sentence)
    statements = [q for q in quotes(d) if q.kind == "statement"]
    assert [q.speaker for q in statements] == ["xu-mingqi"]


def test_inverted_verb_before_the_quote():
    d = doc("Ding Xiaoxing (丁晓星) spoke. But if it came, writes Ding, “a breakdown is possible”.")
    assert speaker_of(d, "a breakdown") == "ding-xiaoxing"


def test_pronoun_does_not_reach_into_quotes():
    d = doc(
        "Yuan Gang (袁刚) asked: “Was the land seized by Lenin ever returned to anyone?” "
        "He continued: “What is the difference between this and old empires?”"
    )
    assert speaker_of(d, "What is the difference") == "yuan-gang"


def test_a_phrase_nobody_said_has_no_speaker():
    d = doc("While – as Feng Yujun (冯玉军) points out – mentions of China’s “no limits” faded.")
    (q,) = quotes(d)
    assert q.text == "no limits" and q.kind in {"phrase", "scare"} and q.speaker is None


def test_scare_quotes_and_so_called():
    d = doc(
        "Huang Jing (黄靖), a well-known “returnee scholar” from the US, says so. The "
        "so-called “Tuvan Autonomous Republic” exists. Beijing has a “bottom line”."
    )
    kinds = {q.text: (q.kind, q.speaker) for q in quotes(d)}
    assert kinds["returnee scholar"] == ("scare", None)
    assert kinds["Tuvan Autonomous Republic"] == ("scare", None)
    assert kinds["bottom line"] == ("scare", None)


def test_nested_and_single_quotes():
    d = doc(
        "Wang Xiaoquan (王晓泉) remarks: “China and Russia are ‘half of the sky’ [半边天] for "
        "each other’s security”."
    )
    qs = quotes(d)
    outer = next(q for q in qs if q.text.startswith("China and Russia"))
    inner = next(q for q in qs if q.text == "half of the sky")
    assert outer.speaker == "wang-xiaoquan" and outer.kind == "statement"
    assert inner.speaker is None
    assert d.text[outer.span.start : outer.span.end] == outer.text


def test_straight_quotes():
    d = doc('"We will not join any bloc," said Li Wenbo (李文博), a professor in Beijing.')
    assert speaker_of(d, "We will not join") == "li-wenbo"


def test_quote_across_paragraphs():
    d = doc(
        "Chen Guoliang (陈国良), a professor, put it at length: “The first point is that the "
        "border is quiet.",
        "“The second point is that trade has grown every year since then.”",
        "That was all.",
    )
    (q,) = [q for q in quotes(d) if q.kind == "statement"]
    assert q.speaker == "chen-guoliang"
    assert q.text.startswith("The first point") and q.text.endswith("since then.")
    assert d.text[q.span.start : q.span.end] == q.text


def test_an_unclosed_quote_is_dropped_not_guessed():
    d = doc("Chen Guoliang (陈国良) said: “The border is quiet.", "A new paragraph.")
    assert quotes(d) == ()


def test_apostrophes_are_not_quotes():
    d = doc("China’s and Russia’s leaders’ meeting went well; the experts’ view differs.")
    assert quotes(d) == ()


def test_continuation_of_a_statement():
    d = doc(
        "Zhao Huasheng (赵华胜) writes. “Good relations keep half of Eurasia stable”, Zhao argues. "
        "Conversely, “a deterioration would plunge the whole continent into turmoil”."
    )
    assert speaker_of(d, "a deterioration") == "zhao-huasheng"


def test_no_continuation_over_a_sentence_of_the_writer():
    d = doc(
        "“Trust is easy to destroy and hard to build again”, Zhao Huasheng (赵华胜) says. "
        "Many experts agree with this view in general terms. Siding with the West would "
        "be akin to “giving a bride away on top of losing one’s soldiers” (赔了夫人又折兵)."
    )
    bride = next(q for q in quotes(d) if q.text.startswith("giving"))
    assert bride.speaker is None and bride.kind == "phrase"


def test_interview_lines():
    d = doc(
        "Chen Guoliang (陈国良) is a professor at the Institute of Eastern Studies.",
        "Q: Will the two countries form an alliance?",
        "Chen Guoliang: No. Both sides prefer a partnership without binding obligations.",
        "Chen: The history of the 1950s still weighs on both capitals today.",
    )
    qs = {q.text[:12]: q for q in quotes(d)}
    assert "Will the two" not in qs  # a question is nobody's quote
    assert qs["No. Both sid"].speaker == "chen-guoliang"
    assert qs["The history "].speaker == "chen-guoliang"


def test_block_quote_after_a_colon():
    d = doc(
        "Chen Guoliang (陈国良), a professor, wrote:",
        "The border has been quiet for thirty years, and that is no small thing.",
        kinds={1: "blockquote"},
    )
    (q,) = quotes(d)
    assert q.speaker == "chen-guoliang" and q.kind == "statement"


def test_framing_verb_credits_a_phrase_to_its_subject():
    d = doc(
        "Li Wenbo (李文博) is a professor. He describes the summit as an empty “talking shop”. "
        "What Li calls “the long game” is patience."
    )
    found = {q.text: (q.speaker, q.kind) for q in quotes(d)}
    assert found["talking shop"] == ("li-wenbo", "phrase")
    assert found["the long game"] == ("li-wenbo", "phrase")


def test_according_to_at_sentence_start_covers_the_whole_sentence():
    d = doc(
        "Li Wenbo (李文博) wrote a report.[v] According to Li, the army fought "
        "“an American style” campaign."
    )
    assert speaker_of(d, "an American style") == "li-wenbo"


@pytest.mark.parametrize(
    "sentence",
    [
        # the verb belongs to an aside, cut off by a dash
        "While – as Li points out – mentions of the “no limits” partnership have faded.",
        # the quote sits in a parenthesis opened after the verb
        "Li recently asked the philosopher (who is nicknamed “the brain” here) nothing.",
        # "he/she" is nobody in particular
        "A civil servant wrote a piece in which he/she warned “of a formal alliance structure”.",
    ],
)
def test_framing_verb_traps_credit_nobody(sentence):
    d = doc("Li Wenbo (李文博) is a professor at Fudan University.", sentence)
    assert [q.speaker for q in quotes(d)] == [None]


def test_pull_quotes_are_not_extracted_twice():
    d = doc(
        "“A repeated line, said once in the body”, Li Wenbo says.",
        "“A repeated line”",
        kinds={1: "pullquote"},
    )
    assert len(quotes(d)) == 1


def test_context_is_the_sentence():
    d = doc("First sentence. “Trade keeps growing every year”, Li Wenbo (李文博) says. Last one.")
    (q,) = quotes(d)
    assert q.context == "“Trade keeps growing every year”, Li Wenbo (李文博) says."


def test_quote_ids_are_stable_and_unique():
    d = doc("“Same words here today”, Li Wenbo says. “Same words here today”, he says.")
    ids = [q.id for q in find_quotes(d, list(extract(d, load_registry()).mentions))]
    assert len(set(ids)) == 2
    again = [q.id for q in quotes(d)]
    assert ids == again


# -- glossary ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "term", "gloss"),
    [
        ("faced with a major upheaval [变故] coming from abroad", "变故", "a major upheaval"),
        ("they are ‘half of the sky’ [半边天] for each other", "半边天", "half of the sky"),
        ("descend into outright confrontation (对峙), Moscow", "对峙", "outright confrontation"),
        (
            "he maintains that “forging a partnership without forming an alliance [结伴不结盟] "
            "is better”",
            "结伴不结盟",
            "forging a partnership without forming an alliance",
        ),
        ("the slogan 结伴不结盟 appears alone", "结伴不结盟", ""),
    ],
)
def test_glossary_terms_and_glosses(text, term, gloss):
    (found,) = find_terms(doc(text))
    assert (found.term, found.gloss) == (term, gloss)
    assert doc(text).text[found.span.start : found.span.end] == term


def test_glossary_skips_native_names_and_gives_pinyin():
    d = doc("Zhao Huasheng (赵华胜) spoke of 结伴不结盟.")
    assert [t.term for t in extract(d, load_registry()).terms] == ["结伴不结盟"]
    assert to_pinyin("结伴不结盟") == "jié bàn bù jié méng"


def test_a_place_spelled_like_a_surname_is_not_that_person():
    d = doc("Sun Yilin (孙逸林), a researcher, spoke in Xi’an. Xi’s speech was not mentioned.")
    found = people(d)
    assert "Sun Yilin" in found
    mentions = [m for m in extract(d, load_registry()).mentions if m.person == "xi-jinping"]
    assert [d.text[m.span.start : m.span.end + 2] for m in mentions] == ["Xi’s"]


def test_the_pinyin_syllable_list_matches_the_dictionary():
    from tealeaves.extract.names import pinyin_syllables, syllables_from_dictionary

    assert pinyin_syllables() == syllables_from_dictionary()
    assert {"zhao", "hua", "sheng", "lu", "nu"} <= pinyin_syllables()


def test_the_cheap_title_test_never_hides_a_title_the_pattern_finds():
    """roles._role_before skips its end-anchored searches when the text before a name cannot
    end with a title or a comma: on random texts it must find what the searches alone find."""
    import random

    from tealeaves.extract import roles

    def searched(head: str) -> list[tuple[str, int, int]]:
        title = roles._TITLE_BEFORE.search(head)
        if title:
            return [(title.group("title"), title.start("title"), title.end("title"))]
        pre = roles._ROLE_BEFORE.search(head)
        if pre and roles.ROLE_HEAD.search(pre.group("role")):
            return [(pre.group("role"), pre.start("role"), pre.end("role"))]
        return []

    words = re.split(
        "[|]",
        "the|a|former|Chinese|“President|(Dr.|x/President|ExMinister|Minister|of|“France|’s|"
        "Foreign|Ambassador|to|France|Vice-Premier|Vice|Premier|politburo|member|and|,|.|Dr|"
        "professor|at|Fudan|University|said|economist|think-tanker|Wang|Li|\n|\t",
    )
    rng = random.Random(7)
    titles = 0
    for _ in range(5_000):
        head = " ".join(rng.choice(words) for _ in range(rng.randint(0, 14)))
        head += rng.choice(["", " ", ", ", "\t", ",", " \n"])
        found = roles._role_before(head, len(head))
        assert found == searched(head), repr(head)
        titles += bool(found)
    assert titles > 250  # the texts do hold titles and descriptions
