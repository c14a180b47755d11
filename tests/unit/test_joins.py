"""One person named from two scripts is one profile: Майкл Кофман in a Russian article and
Michael Kofman in an English one (issue 18, item 5), and an ambiguous join is not made."""

from __future__ import annotations

import pytest

from helpers import write_article
from tealeaves.extract import extract, load_registry
from tealeaves.library import Library
from tealeaves.library.han_sounds import coarse_key, may_be
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
        [("jan-smit", "Jan Smit", ""), ("jan-smitt", "Jan Smitt", "")],
        # nor two surnames that differ by their ending's y and i
        [("sergei-lavrov", "Sergei Lavrov", ""), ("sergei-lavrovy", "Sergei Lavrovy", "")],
        # namesakes kept apart on purpose (王毅, 王义) are not joined as two spellings, nor
        # is a third spelling joined to either of them
        [("wang-yi", "Wang Yi", "王毅"), ("wang-yi-王义", "Wang Yi", "王义"),
         ("wang-yiy", "Wang Yiy", "")],
        # English first names that end in y or i are not romanisations of one name
        [("tony-morrison", "Tony Morrison", ""), ("toni-morrison", "Toni Morrison", ""),
         ("terry-lewis", "Terry Lewis", ""), ("terri-lewis", "Terri Lewis", "")],
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


def test_two_romanisations_of_one_russian_first_name_are_one_person_across_articles():
    """ "Sergei Lavrov" in an English article, "Sergey Lavrov" in a Chinese one's brackets and
    a Russian one's reading: one person, as the two spellings are within one article. A
    join made already (the Cyrillic reading to its Latin name) goes on to the one shown."""
    records = [
        ("sergei-lavrov", "Sergei Lavrov", ""),
        ("sergey-lavrov", "Sergey Lavrov", ""),
        ("yury-trutnev", "Yury Trutnev", ""),
        ("yuri-trutnev", "Yuri Trutnev", "Юрий Трутнев"),
        ("alexey-miller", "Alexey Miller", ""),
        ("aleksey-miller", "Aleksey Miller", "Алексей Миллер"),
        ("alexei-miller", "Alexei Miller", ""),
        ("dmitry-medvedev", "Dmitry Medvedev", ""),
        ("dmitri-medvedeva", "Dmitri Medvedeva", ""),  # another surname: apart
    ]
    assert join_ids(records) == {
        "sergey-lavrov": "sergei-lavrov",
        "yuri-trutnev": "yury-trutnev",  # the reading to the Latin name that sounds the same
        "aleksey-miller": "alexei-miller",  # two sound the same: by spelling, to Latin script
        "alexey-miller": "alexei-miller",
    }


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


def test_a_foreign_name_in_chinese_characters_joins_the_one_name_it_can_spell():
    """A Chinese article without the Latin original gives 安德烈·维诺格拉多夫 no Latin name; its
    characters spell the consonants of Andrei Vinogradov, and he is the one person they fit."""
    records = [
        ("andrei-vinogradov", "Andrei Vinogradov", ""),
        ("安德烈-维诺格拉多夫", "安德烈·维诺格拉多夫", "安德烈·维诺格拉多夫"),
        # read from Cyrillic and itself joined to the English name: joined to where it goes
        ("timofei-bordachev", "Timofei Bordachev", ""),
        ("timofey-bordachev", "Timofey Bordachev", "Тимофей Бордачёв"),
        ("季莫费·博尔达切夫", "季莫费·博尔达切夫", "季莫费·博尔达切夫"),
        # only a Russian article names him: joined to its reading
        ("aleksandr-lukin", "Aleksandr Lukin", "Александр Лукин"),
        ("亚历山大-卢金", "亚历山大·卢金", "亚历山大·卢金"),
    ]
    assert join_ids(records) == {
        "安德烈-维诺格拉多夫": "andrei-vinogradov",
        "timofey-bordachev": "timofei-bordachev",
        "季莫费·博尔达切夫": "timofei-bordachev",
        "亚历山大-卢金": "aleksandr-lukin",
    }


@pytest.mark.parametrize(
    "records",
    [
        # a surname alone is never enough
        [("alexander-novak", "Alexander Novak", ""), ("诺瓦克", "诺瓦克", "诺瓦克")],
        # two people it can spell: nobody
        [("andrei-kortunov", "Andrei Kortunov", ""), ("andrei-kartunov", "Andrei Kartunov", ""),
         ("安德烈-科尔图诺夫", "安德烈·科尔图诺夫", "安德烈·科尔图诺夫")],
        # her surname, his transliteration
        [("sergey-lavrova", "Sergey Lavrova", ""),
         ("谢尔盖-拉夫罗夫", "谢尔盖·拉夫罗夫", "谢尔盖·拉夫罗夫")],
        # the consonants fit, the vowels do not (卢 is lu, 金 jin)
        [("alexander-logan", "Alexander Logan", ""), ("alexander-lakin", "Alexander Lakin", ""),
         ("亚历山大-卢金", "亚历山大·卢金", "亚历山大·卢金")],
        # another given name
        [("ivan-lukin", "Ivan Lukin", ""), ("亚历山大-卢金", "亚历山大·卢金", "亚历山大·卢金")],
        # a Chinese person's pinyin name is no transliteration of it
        [("lu-jin", "Lu Jin", "卢金"), ("亚历山大-卢金", "亚历山大·卢金", "亚历山大·卢金")],
    ],
)  # fmt: skip
def test_no_join_of_a_name_in_characters_that_its_sounds_do_not_settle(records):
    assert join_ids(records) == {}


@pytest.mark.parametrize(
    ("characters", "latin"),
    [
        ("亚历山大·卢金", "Alexander Lukin"), ("亚历山大·卢金", "Aleksandr Lukin"),
        ("弗拉基米尔·普京", "Vladimir Putin"), ("费奥多尔·卢基扬诺夫", "Fyodor Lukyanov"),
        ("安东尼·布林肯", "Antony Blinken"), ("杰克·沙利文", "Jake Sullivan"),
        ("亨利·基辛格", "Henry Kissinger"), ("德米特里·特列宁", "Dmitry Trenin"),
        ("迈克尔·科夫曼", "Michael Kofman"), ("卡娅·卡拉斯", "Kaja Kallas"),
        ("弗拉基米尔·日里诺夫斯基", "Vladimir Zhirinovsky"), ("玛丽亚·扎哈罗娃", "Maria Zakharova"),
        ("安娜·基列耶娃", "Anna Kireeva"), ("米哈伊尔·米舒斯京", "Mikhail Mishustin"),
        ("罗伯特·凯根", "Robert Kagan"), ("哈坎·菲丹", "Hakan Fidan"),
    ],
)  # fmt: skip
def test_characters_spell_the_latin_name_they_transliterate(characters, latin):
    assert may_be(characters, latin)
    assert coarse_key(characters) == coarse_key(latin)  # so the join is decided among them


@pytest.fixture
def han_library(tmp_path):
    corpus = tmp_path / "corpus"
    write_article(
        corpus, "en.md",
        "Andrei Vinogradov, a sinologist at the Russian Academy of Sciences, said: “The "
        "partnership has no ceiling and no alliance either.”",
        title="Moscow", language="en",
    )  # fmt: skip
    write_article(
        corpus, "zh.md", "俄罗斯汉学家安德烈·维诺格拉多夫认为：“两国关系不针对第三方。”",
        title="莫斯科", language="zh",
    )  # fmt: skip
    lib = Library.open(
        index_dir=tmp_path / "index", library_dir=tmp_path / "lib", corpus_dirs=[corpus],
        bundled=False,
    )  # fmt: skip
    yield lib
    lib.close()


def test_the_library_shows_a_name_in_characters_as_the_english_articles_person(han_library):
    found = [p for p in han_library.people() if "Vinogradov" in p.name or "维诺" in p.name]
    assert [p.id for p in found] == ["andrei-vinogradov"]
    assert set(found[0].documents) == {"en", "zh"}
    profile = han_library.person("安德烈·维诺格拉多夫")
    assert profile.person.id == "andrei-vinogradov"
    assert {q.span.document: q.speaker for q in profile.quotes} == {
        "en": "andrei-vinogradov",
        "zh": "andrei-vinogradov",
    }


def test_a_name_an_english_article_gives_with_its_cyrillic_is_named_in_latin_script():
    """An English article's "Alexey Maslov (Алексей Маслов)" is a Latin name with
    its original; a Russian article's Алексей Маслов, read "Alexei Maslov", joins it."""
    records = [
        ("alexey-maslov", "Alexey Maslov", "Алексей Маслов"),
        ("alexei-maslov", "Alexei Maslov", "Алексей Маслов"),
    ]
    assert join_ids(records) == {"alexei-maslov": "alexey-maslov"}
    found = extract(_doc("ru", "Востоковед Алексей Маслов считает, что торговля растёт."), None)
    assert {(p.id, p.name) for p in found.people} == {("alexei-maslov", "Alexei Maslov")}
