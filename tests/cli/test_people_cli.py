"""People, quotes and terms through the Library and the CLI, on the bundled articles."""

from __future__ import annotations

import csv
import json

import pytest

from helpers import GEDDES, SAUTIN
from tealeaves.library import NotFound


def test_search_finds_person_and_quote_by_name_native_name_and_words(bundled_library):
    for query in ("Feng Yujun", "冯玉军"):
        hits = bundled_library.search(query).hits
        assert ("person", "feng-yujun") in {(h.kind, h.person) for h in hits}, query
    quote = [h for h in bundled_library.search('"imperial logic"').hits if h.kind == "quote"]
    assert [(h.person, h.who) for h in quote] == [("feng-yujun", "Feng Yujun 冯玉军")]


def test_profile_has_roles_with_sources_quotes_and_documents(bundled_library):
    profile = bundled_library.person("冯玉军")
    assert profile.person.name == "Feng Yujun" and profile.person.kind == "expert"
    doc = bundled_library.document(GEDDES)
    for role in profile.roles:
        assert role.span is not None and doc.text[role.span.start : role.span.end] == role.text
    own = [q.text[:21] for q in profile.quotes if q.kind != "reported"]
    assert own == ["the imperial logic un", "discursive bubble"]
    reported = [q for q in profile.quotes if q.kind == "reported"]
    assert [q.text[:21] for q in reported] == ["if Putin does indeed "]  # "Feng argues that …"
    assert profile.quotes[0].context.startswith("Feng Yujun (冯玉军), one of China’s")
    assert [d.id for d in profile.documents] == [GEDDES]
    assert profile.mention_count >= 4
    assert "zhao-huasheng" in {p.id for p in profile.co_mentioned}


def test_people_by_kind_and_quotes_filters(bundled_library):
    experts = {p.name for p in bundled_library.people(kind="expert")}
    assert {"Zhao Huasheng", "Feng Zhongping", "Alexander Shlyundov"} <= experts
    assert "Xi Jinping" not in experts
    assert {"Xi Jinping", "Vladimir Putin"} <= {p.name for p in bundled_library.people("leader")}
    assert {q.span.document for q in bundled_library.quotes(document=SAUTIN)} == {SAUTIN}
    by_ding = bundled_library.quotes(speaker="ding-xiaoxing")
    assert by_ding and all(q.speaker == "ding-xiaoxing" for q in by_ding)


def test_find_person_by_prefix_and_with_close_matches(bundled_library):
    assert bundled_library.find_person("feng y") == "feng-yujun"
    with pytest.raises(NotFound, match="Feng Shaolei, Feng Yujun, Feng Zhongping"):
        bundled_library.find_person("Feng")
    with pytest.raises(NotFound, match="Closest: Zhao Huasheng"):
        bundled_library.find_person("Zaho Huasheng")


def test_glossary_has_terms_with_pinyin_and_glosses(bundled_library):
    entries = {e.term: e for e in bundled_library.glossary()}
    assert entries["结伴不结盟"].pinyin == "jié bàn bù jié méng"
    assert entries["结伴不结盟"].gloss == "forging a partnership without forming an alliance"
    assert entries["半边天"].gloss == "half of the sky"
    assert "赵华胜" not in entries  # a name, not a term


def test_glossary_sorts_on_pinyin_without_tone_marks(bundled_library):
    """Issue 17: "é luó sī …" came after "zhōng …" (é sorts after every plain letter)."""
    from tealeaves.text import fold

    pinyin = [e.pinyin for e in bundled_library.glossary()]
    assert any(p.startswith("é") for p in pinyin)
    assert pinyin == sorted(pinyin, key=fold)
    assert pinyin.index(next(p for p in pinyin if p.startswith("é"))) < pinyin.index(
        next(p for p in pinyin if p.startswith("zh"))
    )


def test_experts_command(run):
    code, out, _ = run("experts", "--json")
    people = {p["name"]: p for p in json.loads(out)}
    assert code == 0 and "Zhao Huasheng" in people and "Xi Jinping" not in people
    assert people["Zhao Huasheng"]["native_name"] == "赵华胜"
    code, out, _ = run("experts", "--all", "--json")
    kinds = {p["name"]: p["kind"] for p in json.loads(out)}
    assert kinds["Xi Jinping"] == "leader"
    code, out, _ = run("experts")
    rows = [line.split("\t") for line in out.splitlines()]
    assert rows[0] == ["#id", "name", "native", "kind", "affiliations", "mentions", "quotes"]
    assert ["feng-yujun", "Feng Yujun", "冯玉军", "expert"] in [r[:4] for r in rows]


def test_piped_expert_lines_are_whole(run):
    """Issue 17: piped, a profile was cut into lines of 80 columns (a quote over three)."""
    code, out, _ = run("expert", "Feng Yujun")
    assert code == 0
    quotes = [line for line in out.splitlines() if line.startswith("  “")]
    assert quotes and any(len(line) > 80 for line in quotes)
    assert all(line.endswith("”") for line in quotes)
    code, out, _ = run("expert", "Wang Wen")
    assert "mentioned 1 times" not in out


def test_expert_command(run):
    code, out, _ = run("expert", "冯玉军", "--json")
    data = json.loads(out)
    assert code == 0 and data["name"] == "Feng Yujun" and data["quotes"]
    code, _, err = run("expert", "Feng")
    assert code == 1 and "could be any of" in err
    code, _, err = run("expert", "Nobody Atall")
    assert code == 1 and "No one called" in err


def test_glossary_command(run):
    code, out, _ = run("glossary", "--json")
    terms = {e["term"]: e for e in json.loads(out)}
    assert code == 0 and terms["变故"]["gloss"] == "a major upheaval"
    assert terms["变故"]["occurrences"][0]["document"] == GEDDES


def test_export_json_is_the_documented_format(run, tmp_path):
    target = tmp_path / "out.json"
    code, _, _ = run("export", "--format", "json", "--output", str(target))
    data = json.loads(target.read_text(encoding="utf-8"))
    assert code == 0 and data["format"] == "tealeaves-export"
    assert {d["id"] for d in data["documents"]} == {GEDDES, SAUTIN}
    assert set(data["people"][0]) == {
        "id", "name", "native_name", "kind", "affiliations", "documents", "mention_count",
    }  # fmt: skip
    ids = {p["id"] for p in data["people"]}
    assert set(data["quotes"][0]) == {
        "id", "document", "speaker", "text", "kind", "start", "end", "context",
    }  # fmt: skip
    assert all(q["speaker"] is None or q["speaker"] in ids for q in data["quotes"])
    assert set(data["glossary"][0]) == {"term", "gloss", "pinyin", "document"}
    # Every quote's offsets point at its words in the article.
    from tealeaves.corpus import load_article
    from tealeaves.locations import bundled_articles

    texts = {GEDDES: None, SAUTIN: None}
    for path in bundled_articles().glob("*.md"):
        doc = load_article(path)
        texts[doc.id] = doc.text
    for q in data["quotes"]:
        assert texts[q["document"]][q["start"] : q["end"]] == q["text"]


def test_export_csv_and_markdown(run, tmp_path):
    folder = tmp_path / "tables"
    code, _, _ = run("export", "--format", "csv", "--output", str(folder))
    assert code == 0
    with (folder / "quotes.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert any(r["speaker"] == "feng-yujun" for r in rows)
    code, out, _ = run("export", "--format", "markdown")
    assert code == 0 and "Feng Yujun" in out and "imperial logic" in out


def test_user_registry_corrects_the_extractor_and_rebuilds_the_index(tmp_path):
    from tealeaves.library import Library

    library = tmp_path / "lib"
    library.mkdir()
    kwargs = {"index_dir": tmp_path / "ix", "library_dir": library}
    with Library.open(**kwargs) as lib:
        assert "feng-shaolei" in {p.id for p in lib.people()}
    (library / "registry.toml").write_text(
        '[[not_person]]\nname = "Feng Shaolei"\nsource = "a test correction"\n'
        '[[person]]\nname = "Zhou Bo"\nkind = "official"\nsource = "a test fact"\n',
        encoding="utf-8",
    )
    said: list[str] = []
    with Library.open(**kwargs, progress=lambda done, total, msg: said.append(msg)) as lib:
        assert lib.report.rebuilt
        # the user is told why every article is read again, before and after
        why = "The people registry changed since the index was built"
        assert said and said[0].startswith(why)
        assert any(n.startswith(why) for n in lib.notices)
        people = {p.id: p for p in lib.people()}
        assert "feng-shaolei" not in people and people["zhou-bo"].kind == "official"
    (library / "registry.toml").write_text('[[person]]\nname = "No Source"\n', encoding="utf-8")
    with Library.open(**kwargs) as lib:
        assert any("registry was not used" in n and "source" in n for n in lib.notices)
        assert "feng-shaolei" in {p.id for p in lib.people()}


def test_highlights_are_the_matched_words_in_the_article(bundled_library):
    text = bundled_library.document(GEDDES).text
    spans = bundled_library.highlights(GEDDES, "alliance")
    assert spans and spans == sorted(spans)
    assert {text[s:e].lower() for s, e in spans} <= {"alliance", "alliances"}
    assert bundled_library.highlights(GEDDES, "") == []
    assert bundled_library.highlights(GEDDES, "zzzqqq") == []


def test_name_marks_point_at_names_of_known_people(bundled_library):
    text = bundled_library.document(GEDDES).text
    marks = bundled_library.name_marks(GEDDES)
    assert marks == sorted(marks, key=lambda m: m.start)
    zhao = [m for m in marks if m.person == "zhao-huasheng"]
    assert text[zhao[0].start : zhao[0].end] == "Zhao Huasheng"
    assert all(text[m.start : m.end] in ("Zhao Huasheng", "Zhao") for m in zhao)


def test_person_filter_matches_any_script_and_affiliation(bundled_library):
    from tealeaves.library import person_matches

    people = {p.id: p for p in bundled_library.people()}
    feng = people["feng-yujun"]
    assert person_matches(feng, "feng") and person_matches(feng, "冯玉")
    assert person_matches(feng, "FUDAN centre") and person_matches(feng, "")
    assert not person_matches(feng, "zhao")


def test_namesakes_are_kept_apart_and_said_so_in_the_profile(run, tmp_path):
    from helpers import write_article

    corpus = tmp_path / "corpus"
    write_article(
        corpus, "a.md", "外交部长王毅表示：“中俄关系不针对第三方。”", title="甲", language="zh"
    )
    write_article(
        corpus, "b.md", "北京大学研究员王义表示：“合作仍有很大空间。”", title="乙", language="zh"
    )
    code, out, _ = run("--corpus", str(corpus), "--no-bundled", "expert", "王毅")
    assert code == 0 and "Not joined: another Wang Yi (王义)" in out
    code, out, _ = run("--corpus", str(corpus), "--no-bundled", "expert", "王义", "--json")
    data = json.loads(out)
    assert data["native_name"] == "王义" and data["id"] != "wang-yi"
    assert [p["id"] for p in data["namesakes"]] == ["wang-yi"]


def test_reported_statements_are_marked_in_the_profile(run):
    code, out, _ = run("expert", "Feng Yujun")
    assert code == 0 and "reported: if Putin does indeed" in out
