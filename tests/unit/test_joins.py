"""One person named from two scripts is one profile: Майкл Кофман in a Russian article and
Michael Kofman in an English one (issue 18, item 5), and an ambiguous join is not made."""

from __future__ import annotations

import pytest

from helpers import write_article
from tealeaves.extract import extract, load_registry
from tealeaves.library import Library
from tealeaves.library.joins import join_ids
from tealeaves.model import Block, Document

EN = (
    "Michael Kofman, a senior fellow at the Carnegie Endowment, said: “The front will not "
    "move before spring, and both sides know it.”"
)
RU = (
    "Военный аналитик Фонда Карнеги Майкл Кофман заявил: «Ни одна из сторон не готова к "
    "большому наступлению этой зимой»."
)


def test_a_name_read_from_cyrillic_joins_the_one_latin_name_that_sounds_the_same():
    records = [
        ("kaja-kallas", "Kaja Kallas", ""),
        ("kay-kallas", "Kay Kallas", "Кая Каллас"),
        ("michael-kofman", "Michael Kofman", ""),
        ("maykl-kofman", "Maykl Kofman", "Майкл Кофман"),
    ]
    assert join_ids(records) == {"kay-kallas": "kaja-kallas", "maykl-kofman": "michael-kofman"}


@pytest.mark.parametrize(
    "records",
    [
        # two people in Latin script sound like the one read from Cyrillic: nobody is joined
        [("jan-smit", "Jan Smit", ""), ("jan-smitt", "Jan Smitt", ""),
         ("yan-smit", "Yan Smit", "Ян Смит")],
        # two names in Latin script are never joined by sound (two articles' spellings)
        [("sergey-lavrov", "Sergey Lavrov", ""), ("sergei-lavrov", "Sergei Lavrov", "")],
        # his and her form of one surname
        [("s-lavrov", "S. Lavrov", ""), ("s-lavrova", "S. Lavrova", "С. Лаврова")],
        # an id that one article names in Latin script is not read from Cyrillic
        [("kaja-kallas", "Kaja Kallas", ""), ("kay-kallas", "Kay Kallas", "Кая Каллас"),
         ("kay-kallas", "Kay Kallas", "")],
    ],
)  # fmt: skip
def test_no_join_that_the_names_do_not_settle(records):
    assert join_ids(records) == {}


@pytest.fixture
def library(tmp_path):
    corpus = tmp_path / "corpus"
    write_article(corpus, "en.md", EN, title="Brussels", language="en")
    write_article(corpus, "ru.md", RU, title="Брюссель", language="ru")
    lib = Library.open(
        index_dir=tmp_path / "index",
        library_dir=tmp_path / "lib",
        corpus_dirs=[corpus],
        bundled=False,
    )
    yield lib
    lib.close()


def test_the_library_shows_one_profile_with_both_articles_quotes(library):
    kofman = [p for p in library.people() if "Kofman" in p.name]
    assert [(p.id, p.name) for p in kofman] == [("michael-kofman", "Michael Kofman")]
    assert set(kofman[0].documents) == {"en", "ru"}
    profile = library.person("Майкл Кофман")
    assert profile.person.id == "michael-kofman"
    assert {"Maykl Kofman", "Майкл Кофман"} <= {profile.person.native_name, *profile.person.aliases}
    said = {q.span.document: q.speaker for q in profile.quotes}
    assert said == {"en": "michael-kofman", "ru": "michael-kofman"}
    assert {q.speaker for q in library.quotes(document="ru")} == {"michael-kofman"}
    page = library.page("people", text="кофман")
    assert [p.id for p in page.items] == ["michael-kofman"]
    assert library.find_person("Maykl Kofman") == "michael-kofman"


@pytest.mark.parametrize(
    ("language", "paragraph", "who"),
    [
        ("zh", "法国总统马克龙在记者会上表示：“欧洲需要自己的防务。”", "emmanuel-macron"),
        ("zh", "北约秘书长吕特说：“我们不会退缩。”", "mark-rutte"),
        ("ru", "Президент Франции Эмманюэль Макрон заявил: «Европа должна защищать себя сама».",
         "emmanuel-macron"),
        ("ru", "Министр иностранных дел Венгрии Петер Сийярто сказал: «Мы выступаем за "
               "переговоры, а не за новые поставки оружия».",
         "peter-szijjarto"),
    ],
)  # fmt: skip
def test_a_world_figure_in_chinese_or_russian_transliteration_is_the_registrys_person(
    language, paragraph, who
):
    """Chinese and Russian articles write foreign leaders in their press's own
    transliterations; the registry's facts give them the id English articles give them."""
    found = extract(_doc(language, paragraph), load_registry())
    assert who in {p.id for p in found.people}
    assert {q.speaker for q in found.quotes} == {who}


def _doc(language: str, *paragraphs: str) -> Document:
    blocks = [Block("body", p) for p in paragraphs]
    return Document.build(id="t", title="T", blocks=blocks, language=language)


def test_the_lists_and_their_joins_are_made_from_one_pass_over_the_records(tmp_path, monkeypatch):
    """The joins need every stored person record, and so does the people list: one read of
    them serves both (at 5,000 articles a pass costs over a second)."""
    from tealeaves.search.catalog import Catalog

    passes = []
    stored = Catalog.person_records

    def counting(self, person=None):
        passes.append(person)
        return stored(self, person)

    monkeypatch.setattr(Catalog, "person_records", counting)
    corpus = tmp_path / "corpus"
    write_article(corpus, "en.md", EN, title="Brussels", language="en")
    write_article(corpus, "ru.md", RU, title="Брюссель", language="ru")
    lib = Library.open(
        index_dir=tmp_path / "index", library_dir=tmp_path / "lib", corpus_dirs=[corpus],
        bundled=False,
    )  # fmt: skip
    try:
        assert lib.lists.made == 1 and passes.count(None) == 1
        assert [p.id for p in lib.page("people").items if "kofman" in p.id] == ["michael-kofman"]
    finally:
        lib.close()


def test_a_joined_id_asked_for_directly_opens_the_one_profile(library):
    """A link or a note made before the join names the id read from Cyrillic: it still
    opens the one profile, which lists neither itself nor its other id beside it."""
    profile = library.person("maykl-kofman")
    assert profile.person.id == "michael-kofman"
    assert {q.span.document for q in profile.quotes} == {"en", "ru"}
    both = ("michael-kofman", "maykl-kofman")
    assert all(p.id not in both for p in (*profile.co_mentioned, *profile.namesakes))
    assert library.roster.documents_of("maykl-kofman") == ("en", "ru")
    assert library.roster.merged("maykl-kofman").id == "michael-kofman"


def test_a_stance_saved_under_an_id_later_joined_is_the_one_persons(library):
    """A stance saved on "maykl-kofman" (before an English article joined him to Michael
    Kofman) is his; setting one by that id saves it under the shown id; removing it by any
    name removes every copy."""
    from tealeaves.model import Stance

    topic = library.topic_set.topics[0].id
    old = Stance("maykl-kofman", topic, "sceptical", "", "", "", "user")
    library.userdata.update(lambda data: data.stances.__setitem__(("maykl-kofman", topic), old))
    (found,) = library.stances(person="michael-kofman", topic=topic)
    assert (found.person, found.position) == ("michael-kofman", "sceptical")
    again = library.set_stance("maykl-kofman", topic, "hopeful")
    assert again.person == "michael-kofman"
    assert [s.position for s in library.stances(person="maykl-kofman", topic=topic)] == ["hopeful"]
    assert set(library.annotations().stances) == {("michael-kofman", topic)}
    library.remove_stance("Maykl Kofman", topic)
    assert library.stances(person="michael-kofman", topic=topic) == []


def test_a_silent_h_and_a_short_surname_with_the_same_given_name_are_joined():
    records = [
        ("john-mearsheimer", "John Mearsheimer", ""),
        ("dzhon-mirshaymer", "Dzhon Mirshaymer", "Джон Миршаймер"),
        ("fiona-hill", "Fiona Hill", ""),
        ("fiona-khill", "Fiona Khill", "Фиона Хилл"),
        ("anna-li", "Anna Li", ""),
        ("anna-khill", "Anna Khill", "Анна Хилл"),  # another Hill: no join to Fiona
    ]
    assert join_ids(records) == {
        "dzhon-mirshaymer": "john-mearsheimer",
        "fiona-khill": "fiona-hill",
    }
