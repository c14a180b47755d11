"""The lists' table changed in place by an update (issue 20, scale) is the table made anew:
after any run of articles added, changed (another text, title, date or id) and removed, every
row of every list, every page, count, lookup, namesake and join is what a table made from
scratch holds, and the update changed the table in place rather than made it again."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import write_article
from tealeaves.library import Library
from tealeaves.library.listing import Lists, ListSources
from tealeaves.search.listing import ListingTable

# One person read from Cyrillic (Майкл Кофман, maykl-kofman) whose join to Michael Kofman
# comes and goes: a Latin namesake that sounds the same (Michael Kofmann) makes it
# ambiguous; an article naming maykl-kofman in Latin script makes the id not read from
# Cyrillic. Zhao Ming: one id, two native names, merged over articles. Terms shared by
# articles, so an entry's places come from several.
EN = [
    "Michael Kofman, a senior fellow at the Carnegie Endowment, said: “The front will not "
    "move before spring, and both sides know it.”",
    "Michael Kofmann, a researcher at the Institute of World Economy, said: “The sanctions "
    "will not stop the trade in grain this year.”",
    "Maykl Kofman, an analyst at the Carnegie Endowment, said: “Neither side is ready for a "
    "winter offensive.”",
    "Zhao Ming (赵明), a professor at Fudan University, argues that “the alliance is not what "
    "it seems”.",
    "Zhao Ming (赵鸣), a researcher at the Chinese Academy of Social Sciences, notes that "
    "“sanctions hurt the banks”.",
    "Officials speak of partnership without alliance (结伴不结盟).",
    "They also speak of the Belt and Road (一带一路) and of partnership without alliance "
    "(结伴不结盟).",
    "Nothing in this paragraph names anyone at all.",
]
RU = [
    "Военный аналитик Фонда Карнеги Майкл Кофман заявил: «Ни одна из сторон не готова к "
    "большому наступлению этой зимой».",
    "В этом абзаце никто не назван.",
]
# 迈克尔·科夫曼 in characters: joined to Michael Kofman while he is the one name it can spell
ZH = [
    "美国军事分析人士迈克尔·科夫曼认为：“双方都没有准备好在冬季发动攻势。”",
    "这一段没有提到任何人。",
]
SLOTS = 4

article = st.one_of(
    st.tuples(st.just("en"), st.lists(st.sampled_from(range(len(EN))), min_size=1, max_size=3)),
    st.tuples(st.just("ru"), st.lists(st.sampled_from(range(len(RU))), min_size=1, max_size=2)),
    st.tuples(st.just("zh"), st.lists(st.sampled_from(range(len(ZH))), min_size=1, max_size=2)),
)
content = st.tuples(
    article,
    st.sampled_from(["Alpha", "alpha", "Beta"]),  # ties of title and date: the id decides
    st.sampled_from(["2020-01-01", "2021-05-05", ""]),
    st.sampled_from([None, None, "given-id"]),  # an article whose file gives another id
)
step = st.tuples(st.integers(0, SLOTS - 1), st.none() | content)


def _write(corpus: Path, slot: int, what) -> None:
    path = corpus / f"a{slot}.md"
    if what is None:
        path.unlink(missing_ok=True)
        return
    (language, paragraphs), title, date, given_id = what
    texts = {"en": EN, "ru": RU, "zh": ZH}[language]
    meta = {"title": title, "language": language}
    if date:
        meta["date"] = date
    if given_id:
        meta["id"] = given_id
    write_article(corpus, path.name, "\n\n".join(texts[p] for p in paragraphs), **meta)


def _rows(path: Path) -> dict[str, list]:
    db = sqlite3.connect(path)
    try:
        tables = ["documents", "people", "glossary", "joins", "names", "uses"]
        rows = {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall()) for t in tables}
        rows["meta"] = sorted(db.execute("SELECT * FROM meta WHERE key != 'stamp'").fetchall())
        # the articles each names, as a set (the order written is the lookup's)
        rows["documents"] = [(*r[:5], sorted(json.loads(r[5]))) for r in rows["documents"]]
        return rows
    finally:
        db.close()


def _pages(table: ListingTable, what: str, **how) -> list:
    return table.page(what, 0, 10_000, **how)[:2]


def _same_as_made_anew(lib: Library, work: Path) -> None:
    in_place = lib.lists.table()
    assert in_place.path is not None
    anew = ListingTable(work / "anew.sqlite")
    other = Lists(lib.store, lib._lock, ListSources(lib.catalog, lib.roster, lib.documents))
    other._make(anew, "anew")
    assert _rows(in_place.path) == _rows(anew.path)
    for what in ("documents", "glossary"):
        assert _pages(in_place, what) == _pages(anew, what)
    for sort in ("name", "mentions", "quotes", "top"):
        for text in ("", "kofman", "zhao", "Кофман"):
            how = {"sort": sort, "text": text}
            assert _pages(in_place, "people", **how) == _pages(anew, "people", **how)
    assert in_place.counts()[:4] == anew.counts()[:4]
    assert sorted(in_place.joins()) == sorted(anew.joins())
    people = _pages(anew, "people")[0]
    for person in people:
        assert in_place.namesakes(person.name) == anew.namesakes(person.name)
    ids = [p.id for p in people] + ["maykl-kofman", "nobody"]
    assert in_place.lookup("people", ids) == anew.lookup("people", ids)
    # and what the library answers from its records agrees with both
    assert _pages(in_place, "people")[0] == lib.people()
    assert _pages(in_place, "documents")[0] == lib.documents()
    assert _pages(in_place, "glossary")[0] == lib.glossary()


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(steps=st.lists(step, min_size=1, max_size=5))
def test_a_table_changed_in_place_is_the_table_made_anew(steps):
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        _write(corpus, 0, (("en", [0]), "Alpha", "2020-01-01", None))
        _write(corpus, 1, (("ru", [0]), "Beta", "", None))
        lib = Library.open(
            index_dir=work / "index", library_dir=work / "lib", corpus_dirs=[corpus],
            bundled=False,
        )  # fmt: skip
        try:
            assert lib.lists.joins().to == {"maykl-kofman": "michael-kofman"}
            for slot, what in steps:
                made, edited = lib.lists.made, lib.lists.edited
                _write(corpus, slot, what)
                report = lib.reload()
                if report.changed:  # changed in place, not made anew
                    assert (lib.lists.made, lib.lists.edited) == (made, edited + 1)
                _same_as_made_anew(lib, work)
        finally:
            lib.close()


def test_a_join_undone_and_made_again_in_place(tmp_path):
    """The join of Майкл Кофман to Michael Kofman goes when a second Latin name sounds like
    him, and comes back when that article goes: the people's rows follow, in place."""
    corpus = tmp_path / "corpus"
    _write(corpus, 0, (("en", [0]), "Alpha", "2020-01-01", None))
    _write(corpus, 1, (("ru", [0]), "Beta", "", None))
    lib = Library.open(
        index_dir=tmp_path / "index", library_dir=tmp_path / "lib", corpus_dirs=[corpus],
        bundled=False,
    )  # fmt: skip
    try:
        kofmans = lambda: sorted(p.id for p in lib.page("people", text="kofman").items)  # noqa: E731
        assert kofmans() == ["michael-kofman"]
        _write(corpus, 2, (("en", [1]), "Gamma", "", None))
        lib.reload()
        assert kofmans() == ["maykl-kofman", "michael-kofman", "michael-kofmann"]
        assert lib.lists.joins().to == {}
        _write(corpus, 2, None)
        lib.reload()
        assert kofmans() == ["michael-kofman"]
        assert lib.lookup("people", ["michael-kofman"])["michael-kofman"].documents == (
            "a0",
            "a1",
        )
        assert (lib.lists.made, lib.lists.edited) == (1, 2)  # made with the build only
        _same_as_made_anew(lib, tmp_path)
    finally:
        lib.close()


def test_a_table_of_another_index_is_made_anew(tmp_path):
    """An update whose table is not the index it started from (made by another process, or
    an older table) makes the table anew."""
    corpus = tmp_path / "corpus"
    _write(corpus, 0, (("en", [0, 5]), "Alpha", "2020-01-01", None))
    opened = {"index_dir": tmp_path / "index", "library_dir": tmp_path / "lib",
              "corpus_dirs": [corpus], "bundled": False}  # fmt: skip
    lib = Library.open(**opened)
    try:
        db = sqlite3.connect(tmp_path / "index" / "lists.sqlite")
        db.execute("UPDATE meta SET value = 'elsewhere' WHERE key = 'stamp'")
        db.commit()
        db.close()
        _write(corpus, 1, (("en", [3]), "Beta", "", None))
        lib.reload()
        assert (lib.lists.made, lib.lists.edited) == (2, 0)
        _same_as_made_anew(lib, tmp_path)
    finally:
        lib.close()
