"""The library's lists a page at a time (issue 20, item 1): the same items and order as the
full lists, totals, offsets past the end, filters, and a library that changes between
pages."""

from __future__ import annotations

import pytest

from helpers import write_article
from tealeaves.library import Library, match_rank, person_matches


def pages(library: Library, what: str, size: int, **how) -> list:
    """Every item of a list, read ``size`` at a time."""
    items: list = []
    while True:
        page = library.page(what, len(items), size, **how)
        items.extend(page.items)
        if not page.items:
            return items


@pytest.mark.parametrize("size", [1, 7, 1000])
def test_pages_together_are_the_full_lists_in_order(bundled_library, size):
    assert pages(bundled_library, "documents", size) == bundled_library.documents()
    assert pages(bundled_library, "people", size) == bundled_library.people()
    assert pages(bundled_library, "glossary", size) == bundled_library.glossary()


def test_totals_and_counts(bundled_library):
    counts = bundled_library.counts()
    people = bundled_library.people()
    assert counts.documents == len(bundled_library.documents()) == 2
    assert counts.people == len(people) > counts.experts > 0
    assert counts.experts == len([p for p in people if p.kind == "expert"])
    assert counts.terms == len(bundled_library.glossary()) > 0
    page = bundled_library.page("people", 0, 3)
    assert len(page.items) == 3 and page.total == counts.people and page.offset == 0
    assert page.stamp == counts.stamp


def test_offsets_past_the_end_give_nothing_and_keep_the_total(bundled_library):
    total = bundled_library.counts().people
    last = bundled_library.page("people", total - 1, 10)
    assert len(last.items) == 1 and last.total == total
    beyond = bundled_library.page("people", total + 5, 10)
    assert beyond.items == () and beyond.total == total
    assert bundled_library.page("glossary", 0, 0).items == ()


def test_people_sorted_as_the_explorer_sorted_them(bundled_library):
    experts = bundled_library.people(kind="expert")
    by_mentions = sorted(experts, key=lambda p: (-p.mention_count, p.name))
    by_quotes = sorted(experts, key=lambda p: (-p.quote_count, p.name))
    assert pages(bundled_library, "people", 4, kind="expert", sort="mentions") == by_mentions
    assert pages(bundled_library, "people", 4, kind="expert", sort="quotes") == by_quotes
    top = sorted(
        (p for p in experts if p.quote_count),
        key=lambda p: (-p.quote_count, -p.mention_count, p.name),
    )
    assert pages(bundled_library, "people", 5, kind="expert", sort="top", quoted=True) == top
    with pytest.raises(ValueError):
        bundled_library.page("people", sort="height")
    with pytest.raises(ValueError):
        bundled_library.page("quotes")


@pytest.mark.parametrize("typed", ["feng", "zhao hua", "Чжао", "赵华胜", "fudan", "yan", "e"])
def test_a_filter_keeps_whom_person_matches_keeps_best_fit_first(bundled_library, typed):
    everyone = bundled_library.people()
    wanted = [p for p in everyone if person_matches(p, typed)]
    wanted.sort(key=lambda p: match_rank(p, typed))  # stable: by name within a rank
    found = pages(bundled_library, "people", 2, text=typed)
    assert found == wanted and found
    assert bundled_library.page("people", 0, 1, text=typed).total == len(wanted)


def test_a_filter_over_articles_and_terms(bundled_library):
    doc = bundled_library.documents()[0]
    word = doc.title.split()[0]
    found = pages(bundled_library, "documents", 1, text=word.upper())
    assert doc in found
    term = bundled_library.glossary()[0]
    assert bundled_library.page("glossary", 0, 5, text=term.term).items[0] == term
    assert bundled_library.page("glossary", 0, 5, text="qqqqzzz").total == 0


def test_lookup_by_key(bundled_library):
    person = bundled_library.people()[3]
    term = bundled_library.glossary()[0]
    assert bundled_library.lookup("people", [person.id, "nobody"]) == {person.id: person}
    assert bundled_library.lookup("glossary", [term.term]) == {term.term: term}
    assert bundled_library.list_keys("documents") == {d.id for d in bundled_library.documents()}


def _article(n: int) -> str:
    return (
        f"Professor Expert{n} Person{n} of the Institute {n} said: "
        f"“the alliance number {n} matters a great deal to everyone here”."
    )


def test_a_library_that_changes_between_pages(tmp_path):
    corpus = tmp_path / "corpus"
    for n in range(3):
        write_article(
            corpus, f"a{n}.md", _article(n), title=f"Article {n}", date=f"2020-01-0{n + 1}"
        )
    lib = Library.open(
        index_dir=tmp_path / "index", library_dir=tmp_path / "lib", corpus_dirs=[corpus],
        bundled=False,
    )  # fmt: skip
    try:
        first = lib.page("documents", 0, 2)
        assert [d.title for d in first.items] == ["Article 2", "Article 1"] and first.total == 3
        write_article(corpus, "a9.md", _article(9), title="Article 9", date="2021-01-01")
        lib.reload()
        second = lib.page("documents", 2, 2)
        assert second.stamp != first.stamp  # the caller can tell, and start again
        assert second.total == 4 and [d.title for d in second.items] == ["Article 1", "Article 0"]
        again = lib.page("documents", 0, 10)
        assert again.items[0].title == "Article 9"
        assert again.items == tuple(lib.documents())
        assert lib.counts().documents == 4
    finally:
        lib.close()


def test_the_table_is_made_with_an_update_and_again_only_when_stale(tmp_path):
    corpus = tmp_path / "corpus"
    write_article(corpus, "a0.md", _article(0), title="Article 0")
    opened = {"index_dir": tmp_path / "index", "library_dir": tmp_path / "lib",
              "corpus_dirs": [corpus], "bundled": False}  # fmt: skip
    lib = Library.open(**opened)
    assert lib.lists.made == 1  # made as part of the build
    table = tmp_path / "index" / "lists.sqlite"
    assert table.exists()
    lib.close()
    lib = Library.open(**opened)  # nothing changed: the table is used as it is
    try:
        assert lib.counts().documents == 1 and lib.lists.made == 0
    finally:
        lib.close()
    table.write_bytes(b"not a database")  # damaged, or left by hand: made again
    lib = Library.open(**opened)
    try:
        assert lib.counts().documents == 1 and lib.lists.made == 1
    finally:
        lib.close()


def test_an_index_that_cannot_be_written_keeps_its_lists_in_memory(bundled_library, tmp_path):
    from tealeaves.search.listing import ListingTable

    people = bundled_library.people()
    table = ListingTable(tmp_path / "missing-folder" / "lists.sqlite")
    table.make("s1", bundled_library.documents(), people, bundled_library.glossary())
    assert table.stamp() == "s1"
    items, total, stamp = table.page("people", 0, 5)
    assert items == people[:5] and total == len(people) and stamp == "s1"


def test_namesakes_from_the_lists_are_those_found_in_every_record(bundled_library):
    """A profile's namesakes come from the lists' table (a lookup, not a pass over every
    person's records): the same people as the pass finds."""
    from tealeaves.library.people import People

    everyone = People(bundled_library.catalog, bundled_library.topic_set)  # reads them all
    for person in bundled_library.people():
        assert bundled_library.roster.namesakes(person.name) == everyone.namesakes(person.name)
    assert [p.id for p in bundled_library.roster.namesakes("zhao huasheng")] == ["zhao-huasheng"]


def test_rows_hold_the_json_of_asdict():
    """The table's JSON of an article and a person is what dataclasses.asdict gives."""
    import json
    from dataclasses import asdict

    from tealeaves.search.listing import _as_dict
    from tealeaves.views import DocumentInfo, PersonSummary

    doc = DocumentInfo(
        "a", "Title", ("Anna", "Zhao"), "Pub", "2024-01-02", "en", "md", "/x/a.md", 3,
        (("title", "front matter"), ("date", "file name")),
    )  # fmt: skip
    person = PersonSummary(
        "zhao-huasheng", "Zhao Huasheng", "赵华胜", "scholar", ("Fudan University",), 4, 2,
        ("a", "b"), ("Чжао Хуашэн",),
    )  # fmt: skip
    for item in (doc, person):
        assert json.dumps(_as_dict(item)) == json.dumps(asdict(item))
