"""A library of articles in three languages: one profile per person across scripts, search
that matches Russian cases and traditional characters, and the `language:` filter."""

from __future__ import annotations

import shutil

import pytest

from helpers import REPO
from tealeaves.library import Library

FIXTURES = REPO / "tests" / "data" / "languages"


@pytest.fixture(scope="module")
def lib(tmp_path_factory):
    base = tmp_path_factory.mktemp("langs")
    corpus = base / "corpus"
    shutil.copytree(FIXTURES, corpus)
    library = Library.open(index_dir=base / "index", library_dir=base / "lib", corpus_dirs=[corpus])
    yield library
    library.close()


def test_one_profile_across_english_chinese_and_russian(lib):
    pid = lib.find_person("Zhao Huasheng")
    assert pid == lib.find_person("赵华胜") == "zhao-huasheng"
    profile = lib.person(pid)
    docs = {d.id for d in profile.documents}
    # the bundled English article, the Chinese round table and the Russian notes
    assert {"china-russia-relations-as-viewed-from-china", "zh-fudan-roundtable",
            "ru-valdai-notes"} <= docs  # fmt: skip


def test_russian_expert_joined_to_the_english_spelling(lib):
    assert lib.find_person("Фёдор Лукьянов") == lib.find_person("Fyodor Lukyanov")


def test_search_matches_russian_cases_and_the_language_filter(lib):
    hits = lib.search("Лукьяновым").hits
    assert {h.doc_id for h in hits} == {"ru-valdai-notes"}
    assert {h.doc_id for h in lib.search("language:ru союза").hits} == {"ru-valdai-notes"}
    assert not lib.search("language:zh alliance").hits
    assert {h.doc_id for h in lib.search("lang:en alliance").hits} <= {
        "china-russia-relations-as-viewed-from-china",
        "sino-russian-military-relations",
    }


def test_reported_statements_are_kept_apart_from_quotes(lib):
    pid = lib.find_person("阎学通")
    summary = next(p for p in lib.people() if p.id == pid)
    quotes = lib.quotes(speaker=pid)
    said = [q for q in quotes if q.span.document == "zh-fudan-roundtable"]
    assert [q.kind for q in said] == ["reported"]
    # a reported statement is not the person's own words: it is not counted as a quote
    assert summary.quote_count == len([q for q in quotes if q.kind != "reported"])
