"""Topics: parsing the topics files and tagging text with them."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tealeaves.cli import main
from tealeaves.extract import TopicError, load_topics
from tealeaves.extract.topics import parse_topics
from tealeaves.library import Library

ISSUE_TOPICS = {
    "alliance",
    "ukraine-war",
    "sanctions",
    "strategic-value",
    "taiwan",
    "world-order",
    "reliability",
    "arms",
    "arms-competition",
    "central-asia",
}


def test_bundled_topics_cover_the_questions_of_the_articles():
    topics = load_topics()
    assert {t.id for t in topics.topics} >= ISSUE_TOPICS
    assert all(t.label and t.description for t in topics.topics)
    assert {"结盟", "不结盟", "结伴不结盟"} <= set(topics.get("alliance").cues_zh)


@pytest.mark.parametrize(
    ("text", "topic", "tagged"),
    [
        ("they avoid entering an outright alliance", "alliance", True),
        ("alliances with some of its neighbours", "alliance", True),  # allian* prefix
        ("forging a partnership [结伴不结盟]", "alliance", True),
        ("reallied voters", "alliance", False),  # cues match at word starts only
        ("a permanent member of the UN Security Council", "strategic-value", True),
        ("an unusual argument", "strategic-value", False),  # "UN" matches in capitals only
        ("China will soon copy the S-400 system", "arms-competition", True),
        ("the weather in Beijing", "taiwan", False),
    ],
)
def test_tagging(text, topic, tagged):
    assert (topic in load_topics().tag(text)) is tagged


def test_a_user_topic_adds_to_and_overrides_the_bundled_ones(tmp_path):
    extra = tmp_path / "topics.toml"
    extra.write_text(
        '[[topic]]\nid = "arctic"\nlabel = "The Arctic"\ncues = ["Arctic", "Northern Sea Route"]\n'
        '[[topic]]\nid = "taiwan"\nlabel = "Taiwan (mine)"\ncues = ["Formosa"]\n',
        encoding="utf-8",
    )
    topics = load_topics(extra)
    assert topics.tag("the Northern Sea Route opens") == ("arctic",)
    assert topics.get("taiwan").label == "Taiwan (mine)"
    assert "taiwan" not in topics.tag("Taiwan")  # the user's cues replace ours
    assert topics.fingerprint() != load_topics().fingerprint()


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[[topic]]\nid = 'x'\n", "needs a label"),
        ("[[topic]]\nid = 'Bad Id'\nlabel = 'x'\ncues = ['a']\n", "lowercase"),
        ("[[topic]]\nid = 'x'\nlabel = 'x'\n", "at least one cue"),
        ("[[topic]]\nid = 'x'\nlabel = 'x'\ncues = 'a'\n", "list of non-empty strings"),
        ("[[topic]\n", "not valid TOML"),
    ],
)
def test_bad_topics_files_say_what_is_wrong(text, problem):
    with pytest.raises(TopicError, match=problem):
        parse_topics(text, "mine.toml")


def test_quotes_and_passages_are_searchable_by_topic(bundled_library):
    hits = bundled_library.search("topic:alliance kind:quote", limit=50, per_document=0).hits
    speakers = {h.person for h in hits}
    assert {"ding-xiaoxing", "wang-dong", "feng-zhongping"} <= speakers
    summary = {s.topic.id: s for s in bundled_library.topics()}
    assert summary["alliance"].passages > 0 and "ding-xiaoxing" in summary["alliance"].speakers
    first = next(iter(bundled_library.quotes(speaker="ding-xiaoxing")))
    assert "alliance" in first.topics


def test_a_broken_user_topics_file_is_reported_and_the_bundled_ones_used(tmp_path):
    library = tmp_path / "library"
    library.mkdir()
    (library / "topics.toml").write_text("[[topic]\n", encoding="utf-8")
    with Library.open(index_dir=tmp_path / "index", library_dir=library) as lib:
        assert any("topics were not used" in n for n in lib.notices)
        assert {s.topic.id for s in lib.topics()} >= ISSUE_TOPICS


def test_topics_command_json(capsys):
    assert main(["topics", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    alliance = next(t for t in data if t["id"] == "alliance")
    assert alliance["quotes"] > 0 and "ding-xiaoxing" in alliance["speakers"]


def test_cue_spans_mark_where_a_topic_is_named():
    topics = load_topics()
    text = "No alliance (不结盟), and the UN is not un-important."
    spans = topics.cue_spans("alliance", text)
    assert [text[a:b] for a, b in spans] == ["alliance", "不结盟"]
    assert [text[a:b] for a, b in topics.cue_spans("strategic-value", text)] == ["UN"]
    assert topics.cue_spans("no-such-topic", text) == []


def test_the_quick_first_look_never_changes_a_tag(bundled_library):
    """tag() skips a topic's pattern when no cue word occurs (an acronym's as written,
    any other's folded): it must agree with running every pattern on every passage."""
    topics = bundled_library.topic_set
    texts = [*_EDGES, *_CASES]
    for doc in bundled_library.documents():
        texts += [p.text for p in bundled_library.document(doc.id).paragraphs]
    for text in texts:
        full = tuple(t.id for t in topics.topics if topics._compiled[t.id].search(text))
        assert topics.tag(text) == full, text
    tagged = {t for text in _CASES for t in topics.tag(text)}
    assert {"strategic-value", "central-asia", "ukraine-war"} <= tagged


#: Acronyms and cues of two words in other cases than their cues'.
_CASES = [
    "the UN said; the un said; Un Secretary; UNITED",
    "the SCO summit; the Sco summit; scores",
    "СВО идёт; Сво; свой путь; свобода",
    "THE WAR; The War; the warlords; war in the east",
    "Peace Talks; PEACE TALKS; talks of peace",
]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Новые санкции против России обсуждали весь день.", "sanctions"),
        ("Военного союза между Москвой и Пекином не будет.", "alliance"),
        ("Разговор шёл о многополярном мире и роли Запада.", "world-order"),
        ("Поставки вооружений продолжаются, как и совместные учения.", "arms"),
        ("俄乌冲突爆发后，北京一直强调和谈。", "ukraine-war"),
        ("两国在上海合作组织框架内协调中亚事务。", "central-asia"),
    ],
)
def test_russian_and_chinese_cues_tag_their_topics(text, topic):
    assert topic in load_topics().tag(text)


def test_a_russian_cue_stem_does_not_match_another_word():
    # "газопровод*" and "природн* газ*", not "газ*": a newspaper (газета) is no energy topic
    assert "strategic-value" not in load_topics().tag("Об этом пишет газета «Ведомости».")


def test_a_topics_file_may_have_only_russian_cues():
    topics = parse_topics('[[topic]]\nid = "x"\nlabel = "X"\ncues_ru = ["санкци*"]\n', "t.toml")
    assert topics.tag("санкциями") == ("x",)


_EDGES = [
    "the UN-led talks; un-important; UN. Un sommet",
    "allied-forces allies-in-name ally-ship ally",  # a cue followed by a hyphen is no word
    "non-aligned non-alignment non-aligned-ness",  # the longer cue after a shorter one fails
    "S-400s and the S-400; Su-35 su-35 SU-35",
    "the warlords, the war-torn, the  war",  # "the war" across two spaces
    "военного  союза, военно-политического союза, ШОС, шос",
    "结伴不结盟 与 联盟; SCO-style SCO",
    "Sanctions-busting; sanctioned; condemnation-free",
]


def test_tagging_searches_the_same_cues_as_the_spans(bundled_library):
    """tag() searches each topic with its word boundaries checked once around all its cues
    (faster); the first match must be the one found with a boundary around each cue."""
    user = parse_topics(
        '[[topic]]\nid = "mixed"\nlabel = "M"\ncues = ["UN", "allian*", "a b*", "NATO*"]\n'
        'cues_zh = ["联盟"]\ncues_ru = ["ООН", "союз*"]\n'
        '[[topic]]\nid = "exact"\nlabel = "E"\ncues = ["UN", "SCO"]\n'
        '[[topic]]\nid = "zh"\nlabel = "Z"\ncues_zh = ["结伴不结盟", "盟"]\n',
        "t.toml",
    )
    texts = [*_EDGES, "a bb, a-b c, NATOs, союзники, ООН-овский"]
    for doc in bundled_library.documents():
        texts += [p.text for p in bundled_library.document(doc.id).paragraphs]
    for topics in (bundled_library.topic_set, load_topics().merged(user)):
        for topic in topics.topics:
            searched, spans = topics._searched[topic.id], topics._compiled[topic.id]
            for text in texts:
                first, again = searched.search(text), spans.search(text)
                assert (first and first.span()) == (again and again.span()), (topic.id, text)


def _hints_found_by_search(topics, text: str) -> set[str]:
    """The first look as a search of every hint in the whole text (what it stands for)."""
    folded = text.casefold()
    return {
        topic
        for topic, (hints, acronyms) in topics._hints.items()
        if any(h in folded for h in hints) or any(h in text for h in acronyms)
    }


def test_the_first_look_by_words_finds_every_hint_a_search_finds(monkeypatch):
    """_FirstLook looks at each word of the folded text once (cut at spaces) and remembers
    its hints; it must name the same topics as searching every hint in the text: hints
    inside words ("war" in "software"), across hyphens, in Chinese, acronyms, and after the
    words it remembers are forgotten."""
    topics = load_topics()
    look = topics._first_look
    monkeypatch.setattr(type(look), "WORDS", 5)
    texts = [*_EDGES, *_CASES, "software warfare; Taiwanese; 台湾问题; ТАЙВАНЬ", "", "-- ,"]
    for text in texts * 2:  # the second time from remembered words
        assert look.topics(text) == _hints_found_by_search(topics, text), text
    assert len(look._words) <= 5
    assert {"taiwan", "ukraine-war", "alliance", "arms"} <= look.topics(" ".join(texts))


def test_a_hint_with_a_space_is_searched_in_the_text():
    """A user's Chinese cue is its own hint, and may hold a space: it cannot lie inside one
    word, so it is searched for in the whole text."""
    from tealeaves.extract.topics import _FirstLook

    look = _FirstLook({"t": (("上海 合作", "war"), ()), "u": (("cold\u3000war",), ("UN",))})
    assert look.topics("他说上海 合作组织") == {"t"}
    assert look.topics("a cold\u3000war") == {"t", "u"}
    assert look.topics("the UN and un") == {"u"}
    assert look.topics("上海合作") == set()


_TOPICS = load_topics()
#: Hints and pieces of them, cases and marks: a text made of these holds hints inside words,
#: across runs and at their edges.
_PIECES = sorted(
    {h for hints, acronyms in _TOPICS._hints.values() for h in (*hints, *acronyms)}
    | {h[: len(h) // 2] for hints, _ in _TOPICS._hints.values() for h in hints}
    | {"-", " ", ", ", "soft", "WAR", "Ally", "不", "Su", "35", "é", "\n", "\u3000", "\x1c"}
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_the_first_look_agrees_with_a_search_on_any_text(pieces):
    topics = _TOPICS
    text = "".join(pieces)
    assert topics._first_look.topics(text) == _hints_found_by_search(topics, text)


def test_cues_are_gathered_by_first_letter_and_match_as_written():
    """The searched pattern gathers a topic's cues by first letter (in any case for the
    cues matched in any case, as written for acronyms); a cue that begins with a mark or a
    letter of another script leaves the alternation as written."""
    from tealeaves.extract.topics import _cue_body, _gathered

    bodies = [_cue_body(c) for c in ("War", "war crimes", "the war", "Talks", "warlord*")]
    assert _gathered(bodies, folded=True) == (r"w(?:ar|ar\s+crimes|arlord\w*)|t(?:he\s+war|alks)")
    assert _gathered([_cue_body("UN"), _cue_body("un-x")], folded=False) == "U(?:N)|u(?:n\\-x)"
    odd = [_cue_body(c) for c in ("war", "-ism", "Éclat")]
    assert _gathered(odd, folded=True) == "|".join(odd)
    topics = parse_topics(
        '[[topic]]\nid = "t"\nlabel = "T"\ncues = ["War", "the war*", "Wars of", "UN", "Uno"]\n',
        "test",
    )
    text = "the Uno war; wars of old; UN and un; the warriors; Warsaw"
    spans = [text[a:b] for a, b in topics.cue_spans("t", text)]
    searched = topics._searched["t"]
    assert [text[m.start() : m.end()] for m in searched.finditer(text)] == spans
    assert spans == ["Uno", "war", "wars of", "UN", "the warriors"]
