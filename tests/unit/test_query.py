"""Querying the bundled articles: the acceptance queries and the query language."""

from __future__ import annotations

import pytest

GEDDES = "china-russia-relations-as-viewed-from-china"
SAUTIN = "sino-russian-military-relations"


def marked_words(hit):
    return [hit.snippet.text[s:e] for s, e in hit.snippet.highlights]


def test_alliance_finds_both_articles_with_highlights(bundled_library):
    result = bundled_library.search("alliance")
    assert {h.doc_id for h in result.hits} == {GEDDES, SAUTIN}
    for hit in result.hits:
        words = marked_words(hit)
        assert words, hit
        assert all(w.lower().startswith("allian") for w in words)
        assert hit.section or hit.position >= 0


def test_per_document_cap_and_limit(bundled_library):
    result = bundled_library.search("China", limit=5, per_document=2)
    assert len(result.hits) <= 4  # two articles, two each
    assert max(sum(h.doc_id == d for h in result.hits) for d in (GEDDES, SAUTIN)) <= 2
    uncapped = bundled_library.search("China", limit=5, per_document=0)
    assert len(uncapped.hits) == 5


def test_chinese_part_of_a_phrase_finds_both_articles(bundled_library):
    result = bundled_library.search("结盟")
    assert {h.doc_id for h in result.hits} == {GEDDES, SAUTIN}
    texts = {h.doc_id: h.snippet.text for h in result.hits}
    assert "结伴不结盟" in texts[GEDDES]
    assert "不结盟" in texts[SAUTIN]
    assert all(marked_words(h) == ["结盟"] for h in result.hits)


def test_chinese_name_finds_the_person_and_the_paragraph(bundled_library):
    result = bundled_library.search("赵华胜")
    by_kind = {h.kind: h for h in result.hits}
    assert sorted(by_kind) == ["para", "person"]
    assert by_kind["person"].person == "zhao-huasheng"
    assert by_kind["person"].who == "Zhao Huasheng 赵华胜"
    assert "Zhao Huasheng (赵华胜)" in by_kind["para"].snippet.text
    assert marked_words(by_kind["para"]) == ["赵华胜"]


def test_chinese_substring_not_in_text_finds_nothing(bundled_library):
    assert bundled_library.search("赵胜").hits == ()  # characters present, but not adjacent


def test_phrase(bundled_library):
    result = bundled_library.search('"strategic rear"', kinds=["para"])
    assert len(result.hits) == 1
    hit = result.hits[0]
    assert hit.doc_id == GEDDES
    doc = bundled_library.document(GEDDES)
    paragraph = doc.paragraphs[hit.position]
    assert "relatively stable strategic rear" in paragraph.text
    assert doc.text[hit.start : hit.end] == paragraph.text
    assert hit.section == "Security as China’s Main Driver"
    # the same words apart do not make the phrase
    assert bundled_library.search('"rear strategic"').hits == ()


def test_not(bundled_library):
    result = bundled_library.search("alliance NOT Ukraine", limit=50, per_document=0)
    assert result.hits
    for hit in result.hits:
        doc = bundled_library.document(hit.doc_id)
        assert "ukrain" not in doc.text[hit.start : hit.end].lower()
    everything = bundled_library.search("alliance", limit=50, per_document=0)
    assert len(result.hits) < len(everything.hits)


def test_or_and_grouping(bundled_library):
    either = bundled_library.search("Shlyundov OR Dugin", limit=20, kinds=["para"]).hits
    both = bundled_library.search("Shlyundov Dugin").hits
    either = {h.position for h in either}
    assert len(either) == 2 and both == ()


def test_author_filter(bundled_library):
    result = bundled_library.search("author:sautin alliance", per_document=0, limit=50)
    assert result.hits and {h.doc_id for h in result.hits} == {SAUTIN}
    assert bundled_library.search("author:geddes alliance").hits
    assert {h.doc_id for h in bundled_library.search("author:geddes alliance").hits} == {GEDDES}


def test_title_and_year_filters(bundled_library):
    assert {h.doc_id for h in bundled_library.search("title:gratitude", limit=50).hits} == {SAUTIN}
    assert {h.doc_id for h in bundled_library.search("year:2023 Taiwan").hits} == {GEDDES}
    assert bundled_library.search("year:1999 Taiwan").hits == ()


def test_wildcard_and_fuzzy(bundled_library):
    assert bundled_library.search("Shlyund*").hits
    fuzzy = bundled_library.search("Shlyundof~")
    assert fuzzy.hits and "Shlyundov" in fuzzy.hits[0].snippet.text


def test_cyrillic(bundled_library):
    result = bundled_library.search("Шлындов")
    assert {(h.kind, h.doc_id) for h in result.hits} == {("para", SAUTIN), ("person", SAUTIN)}


def test_footnotes_are_searchable_and_pull_quotes_not_twice(bundled_library):
    notes = bundled_library.search("Zhongguo Junshi Kexue", per_document=0).hits
    assert {h.section for h in notes} == {"Notes"}
    # the pull quote repeats a sentence; only the body paragraph is indexed
    hits = bundled_library.search('"dragged further into"', per_document=0).hits
    assert len(hits) == 1


@pytest.mark.parametrize("query", ["(alliance", '"strategic rear', "alliance AND", ")) NOT"])
def test_unparsable_query_falls_back_with_notice(bundled_library, query):
    result = bundled_library.search(query)
    assert result.notice.startswith("Could not read the query syntax")
    if "alliance" in query or "strategic" in query:
        assert result.hits


def test_empty_query(bundled_library):
    result = bundled_library.search("   ")
    assert result.hits == () and result.notice


def test_no_hits_gives_a_suggestion(bundled_library):
    result = bundled_library.search("allaince")
    assert result.hits == ()
    assert result.suggestion == "alliance"
    assert bundled_library.search("strategc rear").suggestion == "strategic rear"
    assert bundled_library.search("zzqqxxj").suggestion == ""


def test_did_you_mean_is_the_closest_word_not_the_rarest(bundled_library):
    """One edit (a missing letter) beats two, whatever the words' frequencies."""
    assert bundled_library.search("aliance").suggestion == "alliance"
    assert bundled_library.search("sanctoins").suggestion == "sanctions"  # a swap: one edit


def test_markup_in_a_query_is_just_text(bundled_library):
    result = bundled_library.search("[bold] alliance [/]")
    assert result.query == "[bold] alliance [/]"
    assert "allianc" in result.parsed  # searched as words; nothing was interpreted


def test_metadata_filters_combine_with_words_kinds_and_not(bundled_library):
    quotes = bundled_library.search("author:sautin kind:quote", limit=50).hits
    assert quotes and {h.doc_id for h in quotes} == {SAUTIN}
    assert all(h.authors == ("Yevgen Sautin",) for h in quotes)
    others = bundled_library.search("alliance NOT author:sautin", limit=50).hits
    assert others and {h.doc_id for h in others} == {GEDDES}
    either = bundled_library.search("(author:sautin OR year:2023) alliance", limit=50).hits
    assert {h.doc_id for h in either} == {SAUTIN, GEDDES}
    assert bundled_library.search("author:nobody alliance").hits == ()


def test_a_superseded_search_does_not_run(bundled_library):
    result = bundled_library.search("alliance", stale=lambda: True)
    assert result.hits == () and "superseded" in result.notice
    assert bundled_library.search("alliance", stale=lambda: False).hits


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("alliance", True),
        ('"strategic rear" kind:quote', True),
        ("allian* NOT sanctions", True),
        ("topic:ukraine-war kind:quote", False),
        ("kind:quote", False),
        ("expert:zhao", False),
        ("", False),
    ],
)
def test_words_to_mark_or_only_filters(bundled_library, query, words):
    """A reader opened from a search says "no hits in this article" only when the search
    had words of the text to find; a search of fields and filters has none to mark."""
    assert bundled_library.has_words_to_mark(query) is words
    if query:
        assert bundled_library.search(query).hits  # every one of them matches records
