"""`tealeaves compare`, `matrix`, `stance`, `note`, `flag`, `marked` and `cite`."""

from __future__ import annotations

import csv
import io
import json

import pytest

from helpers import GEDDES, SAUTIN
from tealeaves.cli import EXIT_NOT_FOUND, EXIT_OK, EXIT_USAGE


def test_compare_two_experts_on_a_topic(run):
    code, out, _ = run("compare", "Yan Xuetong", "Ding Xiaoxing", "--topic", "alliance")
    assert code == EXIT_OK
    assert "they differ" in out and "Yan Xuetong" in out and "Ding Xiaoxing" in out
    assert " for " in out and " against " in out
    assert "forging a partnership without" in out  # Ding's evidence quote


def test_compare_json_and_the_two_articles(run):
    code, out, _ = run("compare", GEDDES, SAUTIN, "-t", "alliance", "--json")
    assert code == EXIT_OK
    data = json.loads(out)
    assert data["differs"] == {"alliance": True}
    positions = [c["topics"][0]["stance"]["position"] for c in data["columns"]]
    assert positions == ["unlikely", "possible in time"]
    # Each quote with its speaker, not the article that heads its column again.
    code, out, _ = run("compare", GEDDES, SAUTIN, "-t", "alliance", "--markdown")
    quotes = [line for line in out.splitlines() if line.startswith("- “")]
    assert quotes and any(line.endswith("— *Wang Dong*") for line in quotes)
    assert not any("Viewed from China*" in line or "Resentment*" in line for line in quotes)


def test_compare_markdown_and_csv(run, tmp_path):
    code, out, _ = run("compare", "Yan Xuetong", "Ding Xiaoxing", "-t", "alliance", "--markdown")
    assert code == EXIT_OK and out.startswith("# Yan Xuetong 阎学通 vs Ding Xiaoxing 丁晓星")
    assert "**Position: against**" in out
    target = tmp_path / "c.csv"
    code, _, err = run("compare", "Yan Xuetong", "Ding Xiaoxing", "--csv", "-o", str(target))
    rows = list(csv.DictReader(io.StringIO(target.read_text("utf-8"))))
    assert code == EXIT_OK and "wrote" in err
    assert {r["column"] for r in rows} == {"yan-xuetong", "ding-xiaoxing"}
    assert any(r["position"] == "refusal is costly" for r in rows)


def test_compare_errors(run):
    code, _, err = run("compare", "Yan Xuetong")
    assert code == EXIT_USAGE and "at least two" in err
    code, _, err = run("compare", "Yan Xuetong", "Nobody Here", "-t", "alliance")
    assert code == EXIT_NOT_FOUND and "No one called 'Nobody Here'" in err


def test_matrix_json_csv_and_markdown(run):
    code, out, _ = run("matrix", "--json")
    data = json.loads(out)
    assert code == EXIT_OK and len(data["topics"]) == 10
    ding = next(r for r in data["rows"] if r["person"] == "ding-xiaoxing")
    assert ding["cells"]["alliance"]["stance"]["position"] == "against"
    code, out, _ = run("matrix", "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert next(r for r in rows if r["person"] == "ding-xiaoxing")["alliance"] == "against (2)"
    code, out, _ = run("matrix", "--markdown")
    assert "| Ding Xiaoxing | against (2) |" in out


def test_stance_set_list_rm(run):
    code, _, err = run("stance", "set", "Zhou Bo", "alliance", "against", "--summary", "mine")
    assert code == EXIT_OK and "saved" in err
    code, out, _ = run("stance", "list", "Zhou Bo", "--json")
    by_topic = {s["topic"]: s for s in json.loads(out)}
    assert by_topic["alliance"]["source"] == "user" and by_topic["alliance"]["summary"] == "mine"
    assert by_topic["ukraine-war"]["source"] == "curated"
    code, _, err = run("stance", "rm", "Zhou Bo", "alliance")
    assert code == EXIT_OK and "removed" in err
    code, out, _ = run("stance", "list", "--topic", "alliance")
    assert "zhou-bo" not in out and "ding-xiaoxing" in out
    code, _, err = run("stance", "set", "Zhou Bo", "alliance", "for", "--evidence", "no such words")
    assert code == EXIT_NOT_FOUND and "word for word" in err
    code, _, err = run("stance", "set", "Zhou Bo", "alliance", "x" * 50)
    assert code == EXIT_USAGE and "summary" in err


def _zhao_long_quote(run) -> str:
    _, out, _ = run("expert", "Zhao Long", "--json")
    return json.loads(out)["quotes"][0]["id"]


def test_note_flag_marked_and_cite(run, tmp_path):
    qid = _zhao_long_quote(run)
    assert run("note", qid, "compare", "with", "Huang", "Jing")[0] == EXIT_OK
    code, out, _ = run("note", qid)
    assert code == EXIT_OK and out.strip() == "compare with Huang Jing"
    assert run("flag", qid)[0] == EXIT_OK
    code, out, _ = run("marked", "--json")
    (row,) = json.loads(out)
    assert row["flagged"] and row["note"] == "compare with Huang Jing"
    assert row["citation"].startswith("“while China emphasises")
    code, out, _ = run("cite", qid)
    assert code == EXIT_OK
    assert "Zhao Long (赵隆), a researcher at one of China’s top think tanks (SIIS)" in out
    assert "Thomas des Garets Geddes, “China–Russia Relations as Viewed from China”" in out
    assert "The Republic of Agora, 2023-05-30." in out
    target = tmp_path / "cite.txt"
    assert run("cite", qid, "-o", str(target))[0] == EXIT_OK
    assert target.read_text("utf-8") == out
    assert run("note", qid, "--clear")[0] == EXIT_OK
    assert run("flag", qid, "--off")[0] == EXIT_OK
    assert run("marked")[0] == EXIT_NOT_FOUND


def test_notes_on_unknown_quotes_say_so(run):
    code, _, err = run("note", "qnothing", "text")
    assert code == EXIT_NOT_FOUND and "No quote with id 'qnothing'" in err
    assert run("cite", "qnothing")[0] == EXIT_NOT_FOUND


def test_a_profile_exports_as_markdown_and_csv(run):
    code, out, _ = run("expert", "Ding Xiaoxing", "--markdown")
    assert code == EXIT_OK and out.startswith("# Ding Xiaoxing (丁晓星)")
    assert "> “forging a partnership without forming an alliance" in out
    code, out, _ = run("expert", "Ding Xiaoxing", "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == EXIT_OK and len(rows) == 2
    assert {r["speaker"] for r in rows} == {"ding-xiaoxing"} and rows[0]["topics"]


def _topic_ids() -> list[str]:
    import tomllib
    from importlib import resources

    text = resources.files("tealeaves").joinpath("data", "topics.toml").read_text("utf-8")
    return [t["id"] for t in tomllib.loads(text)["topic"]]


@pytest.mark.parametrize("topic", _topic_ids())
def test_every_topic_id_reaches_compare_and_stance(run, topic):
    """A hyphenated id (ukraine-war) is found like any other, in every command."""
    code, out, err = run("compare", "Zhao Huasheng", "Yan Xuetong", "--topic", topic, "--json")
    assert code == EXIT_OK, err
    assert [t["id"] for t in json.loads(out)["topics"]] == [topic]
    code, _, err = run("stance", "set", "Zhou Bo", topic, "wary")
    assert code == EXIT_OK, err
    assert "Zhou Bo on “" in err and "zhou-bo" not in err  # names and labels, not ids
    code, _, err = run("stance", "rm", "Zhou Bo", topic)
    assert code == EXIT_OK, err


def test_compare_on_ukraine_war_shows_both(run):
    code, out, err = run("compare", "Zhao Huasheng", "Yan Xuetong", "--topic", "ukraine-war")
    assert code == EXIT_OK, err
    assert "Zhao Huasheng" in out and "Yan Xuetong" in out


def test_a_topic_by_label_or_prefix(run):
    code, out, _ = run("stance", "list", "--topic", "ukraine", "--json")
    assert code == EXIT_OK and {s["topic"] for s in json.loads(out)} == {"ukraine-war"}
    code, _, err = run("stance", "list", "--topic", "the war in ukraine")
    assert code == EXIT_OK, err
    code, _, err = run("stance", "list", "--topic", "arms")  # arms, and arms-competition: exact
    assert code == EXIT_OK, err
    code, _, err = run("stance", "list", "--topic", "r")  # reliability, Reverse engineering…
    assert code == EXIT_NOT_FOUND and "could be any of" in err


def test_matrix_on_a_narrow_terminal_lists_where_each_stands(run, monkeypatch):
    from tealeaves.cli import viewpoints

    monkeypatch.setattr(viewpoints, "is_tty", lambda stream: True)  # the Rich table path
    monkeypatch.setenv("COLUMNS", "80")
    code, out, _ = run("matrix")
    assert code == EXIT_OK
    lines = out.splitlines()
    assert all(len(line) <= 80 for line in lines)
    ding = next(line for line in lines if "Ding Xiaoxing" in line)
    assert "1 against (2)" in ding  # whole words, not "agai/nst"
    assert "Topics: 1 A formal alliance; 2 The war in Ukraine" in out
    monkeypatch.setenv("COLUMNS", "200")  # wide: people against topics, as before
    code, out, _ = run("matrix")
    assert "ukraine-war" in out and "Topics:" not in out
