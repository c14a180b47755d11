"""Stances, the comparison and the stance matrix, read against the bundled articles."""

from __future__ import annotations

import pytest

from helpers import GEDDES, SAUTIN
from tealeaves.library import Library, NotFound
from tealeaves.stances import StanceError, curated_stances, parse_stances


@pytest.fixture
def lib(bundled_library, tmp_path):
    """The bundled articles with an empty library of the test's own (for writes)."""
    lib = Library.open(index_dir=bundled_library.index_dir, library_dir=tmp_path / "library")
    yield lib
    lib.close()


def test_every_curated_stance_has_its_evidence_in_the_text(bundled_library):
    stances = bundled_library.stances()
    assert len(stances) == len(curated_stances()) >= 20
    topics = {t.id for t in bundled_library.topic_set.topics}
    people = {p.id for p in bundled_library.people()}
    for s in stances:
        assert s.topic in topics and s.person in people, s
        assert s.span is not None, f"{s.person} on {s.topic}: evidence not found"
        text = bundled_library.document(s.document).text
        assert text[s.span.start : s.span.end] == s.evidence


def test_evidence_inside_a_quote_points_at_that_quote(bundled_library):
    (ding,) = bundled_library.stances(person="ding-xiaoxing", topic="alliance")
    quote = bundled_library.quote(ding.quote)
    assert quote.speaker == "ding-xiaoxing" and ding.evidence in quote.text
    # Reported, not quoted: no quote holds the evidence.
    (yan,) = bundled_library.stances(person="yan-xuetong", topic="alliance")
    assert yan.position == "for" and yan.quote == ""


def test_compare_two_experts_on_the_alliance(bundled_library):
    c = bundled_library.compare(["Yan Xuetong", "Ding Xiaoxing"], "alliance")
    assert [col.id for col in c.columns] == ["yan-xuetong", "ding-xiaoxing"]
    assert c.positions("alliance") == {"yan-xuetong": "for", "ding-xiaoxing": "against"}
    assert c.differs("alliance")
    yan, ding = (col.entries[0] for col in c.columns)
    assert yan.quotes == ()  # the text reports Yan's view but quotes him on other things
    assert ding.quotes[0].id == ding.stance.quote  # the evidence first
    assert all(q.speaker == "ding-xiaoxing" for q in ding.quotes)


def test_compare_the_two_bundled_articles_shows_they_differ(bundled_library):
    c = bundled_library.compare([GEDDES, SAUTIN], "alliance")
    assert [col.kind for col in c.columns] == ["article", "article"]
    assert c.positions("alliance") == {GEDDES: "unlikely", SAUTIN: "possible in time"}
    assert c.differs("alliance")
    sautin = c.columns[1].entries[0]
    assert {q.speaker for q in sautin.quotes} == {"wei-fenghe", "feng-zhongping"}
    assert "Sautin" in c.columns[1].subtitle


def test_compare_over_every_topic_and_with_a_keyword_filter(bundled_library):
    c = bundled_library.compare(["Zhao Huasheng", "Yan Xuetong"])
    assert [e.topic for e in c.columns[0].entries] == [t.id for t in c.topics]
    assert len(c.topics) == len(bundled_library.topic_set.topics)
    narrowed = bundled_library.compare(["Zhao Huasheng", "Yan Xuetong"], contains="energy")
    zhao = [q for e in narrowed.columns[0].entries for q in e.quotes]
    assert zhao and all("energy" in (q.text + q.context).lower() for q in zhao)
    assert len(zhao) < sum(len(e.quotes) for e in c.columns[0].entries)


def test_compare_says_what_it_cannot_find(bundled_library):
    with pytest.raises(NotFound, match="No one called"):
        bundled_library.compare(["Yan Xuetong", "Nobody Atall"], "alliance")
    with pytest.raises(NotFound, match="Topics: alliance"):
        bundled_library.compare(["Yan Xuetong", "Ding Xiaoxing"], "weather")


def test_matrix_has_everyone_quoted_and_every_topic_with_checkable_evidence(bundled_library):
    m = bundled_library.matrix()
    assert [t.id for t in m.topics] == [t.id for t in bundled_library.topic_set.topics]
    quoted = {q.speaker for q in bundled_library.quotes() if q.speaker}
    rows = {r.person.id for r in m.rows}
    assert quoted <= rows
    assert {s.person for s in bundled_library.stances()} <= rows
    filled = 0
    for row in m.rows:
        assert len(row.cells) == len(m.topics)
        for topic, cell in zip(m.topics, row.cells, strict=True):
            if cell.stance is not None:
                filled += 1
                doc = bundled_library.document(cell.stance.document)
                assert cell.stance.evidence in doc.text
            for qid in cell.quotes:
                q = bundled_library.quote(qid)
                assert q.speaker == row.person.id
                assert (
                    bundled_library.document(q.span.document).text[q.span.start : q.span.end]
                    == q.text
                )
                assert topic.id in q.topics or qid == cell.stance.quote
    assert filled == len(bundled_library.stances())
    silent = sum(1 for r in m.rows for c in r.cells if c.stance is None and not c.quotes)
    assert silent > 0  # who is silent on what shows as empty cells


def test_user_stances_replace_and_remove_curated_ones(lib):
    s = lib.set_stance(
        "Zhou Bo",
        "A formal alliance",  # a label works as well as an id
        " against ",
        summary="My reading.",
        evidence="The last thing   China wants",  # spaces need not match
    )
    assert (s.person, s.topic, s.position, s.source) == ("zhou-bo", "alliance", "against", "user")
    assert s.document == GEDDES and s.span is not None
    assert lib.stances(person="zhou-bo", topic="alliance") == [s]

    changed = lib.set_stance("ding-xiaoxing", "alliance", "wary")
    assert lib.stances(person="ding-xiaoxing", topic="alliance") == [changed]
    removed = lib.remove_stance("ding-xiaoxing", "alliance")
    assert removed.source == "user"
    assert lib.stances(person="ding-xiaoxing", topic="alliance") == []  # the curated one too
    assert lib.matrix().rows  # still builds
    lib.set_stance("ding-xiaoxing", "alliance", "against")
    assert lib.stances(person="ding-xiaoxing", topic="alliance")[0].source == "user"


def test_stance_input_is_checked(lib):
    with pytest.raises(NotFound, match="word for word"):
        lib.set_stance("Zhou Bo", "alliance", "for", evidence="words nobody wrote")
    with pytest.raises(ValueError, match="needs a position"):
        lib.set_stance("Zhou Bo", "alliance", "  ")
    with pytest.raises(ValueError, match="over 40"):
        lib.set_stance("Zhou Bo", "alliance", "x" * 41)
    with pytest.raises(NotFound, match="no stance"):
        lib.remove_stance("Zhou Bo", "taiwan")
    assert not (lib.config.data_dir() / "annotations.json").exists()  # nothing was written


def test_user_stances_survive_a_rebuild_and_a_new_session(lib, bundled_library, tmp_path):
    lib.set_stance("Zhou Bo", "alliance", "against")
    lib.set_note(lib.quotes(speaker="zhou-bo")[0].id, "check the Chinese original")
    lib.reload(rebuild=True)
    assert lib.stances(person="zhou-bo", topic="alliance")[0].position == "against"
    again = Library.open(index_dir=tmp_path / "other-index", library_dir=tmp_path / "library")
    try:
        assert again.stances(person="zhou-bo", topic="alliance")[0].position == "against"
        note = next(iter(again.annotations().notes.values()))
        assert note.text == "check the Chinese original"
    finally:
        again.close()


def test_stances_on_articles_not_in_the_library_are_left_out(tmp_path):
    lib = Library.open(index_dir=tmp_path / "i", library_dir=tmp_path / "l", bundled=False)
    try:
        assert lib.stances() == []
        assert lib.matrix().rows == ()
    finally:
        lib.close()


def test_citation_has_both_scripts_role_and_source(bundled_library):
    (q,) = bundled_library.quotes(speaker="zhao-long")
    c = bundled_library.citation(q.id)
    assert (c.speaker, c.native_name) == ("Zhao Long", "赵隆")
    assert c.role == "a researcher at one of China’s top think tanks (SIIS)"
    assert (c.title, c.authors, c.date) == (
        "China–Russia Relations as Viewed from China",
        ("Thomas des Garets Geddes",),
        "2023-05-30",
    )
    assert c.publication == "The Republic of Agora"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[[stance]\n", "not valid TOML"),
        ('[[stance]]\nperson = "a"\ntopic = "b"\nposition = "for"\n', "needs evidence"),
        ('[[stance]]\nperson = ""\ntopic = "b"\n', "needs a person id"),
        ('[[stance]]\nperson = "a"\ntopic = "b"\nposition = 3\n', "position must be text"),
        (
            '[[stance]]\nperson = "a"\ntopic = "b"\nposition = "for"\ndocument = "d"\n'
            'evidence = "e"\n' * 2,
            "appears twice",
        ),
    ],
)
def test_a_bad_stances_file_says_what_is_wrong(text, problem):
    with pytest.raises(StanceError, match=problem):
        parse_stances(text, "stances.toml")
