"""The command line: output formats, exit codes, errors, and a clean run under -W error."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from helpers import GEDDES, SAUTIN, write_article
from tealeaves import __version__
from tealeaves.cli import main


def test_search_json_has_hits_from_both_articles_with_highlights(run):
    code, out, _ = run("search", "alliance", "--json")
    assert code == 0
    data = json.loads(out)
    assert {h["document"] for h in data["hits"]} == {GEDDES, SAUTIN}
    for hit in data["hits"]:
        assert hit["highlights"]
        start, end = hit["highlights"][0]
        assert hit["snippet"][start:end].lower().startswith("allian")
        assert "**" in hit["marked"]


def test_search_chinese_json(run):
    code, out, _ = run("search", "结盟", "--json")
    docs = {h["document"]: h["snippet"] for h in json.loads(out)["hits"]}
    assert code == 0 and set(docs) == {GEDDES, SAUTIN}
    assert "结伴不结盟" in docs[GEDDES] and "不结盟" in docs[SAUTIN]


def test_search_plain_output_when_piped(run):
    code, out, _ = run("search", '"strategic rear"')
    rows = [line.split("\t") for line in out.strip().splitlines()]
    assert code == 0 and all(len(row) == 4 for row in rows)
    # The passage, and the quote inside it credited to the scholar who said it.
    assert {(r[0], r[1], r[2]) for r in rows} == {
        (f"{GEDDES}:4", "para", ""),
        (f"{GEDDES}:4", "quote", "Zhao Huasheng 赵华胜"),
    }
    assert all("**strategic rear**" in r[3] for r in rows)  # the phrase, as one


def test_search_options_after_the_subcommand(tmp_path, capsys):
    code = main(["search", "alliance", "--index", str(tmp_path / "ix"), "-n", "2", "--json"])
    assert code == 0 and len(json.loads(capsys.readouterr().out)["hits"]) == 2


def test_author_filter_and_not(run):
    _, out, _ = run("search", "author:sautin alliance", "--json", "--per-article", "0")
    assert {h["document"] for h in json.loads(out)["hits"]} == {SAUTIN}
    _, out, _ = run("search", "alliance NOT Ukraine", "--json")
    assert all("Ukrain" not in h["snippet"] for h in json.loads(out)["hits"])


def test_no_hits_exit_code_and_suggestion(run):
    code, out, err = run("search", "allaince")
    assert code == 1 and out == ""
    assert "Did you mean: alliance?" in err
    code, out, _ = run("search", "allaince", "--json")
    assert code == 1 and json.loads(out)["suggestion"] == "alliance"


def test_unparsable_query_notice(run):
    code, out, err = run("search", "(alliance")
    assert code == 0 and "Could not read the query syntax" in err and out


def test_docs(run):
    code, out, _ = run("docs", "--json")
    docs = {d["id"]: d for d in json.loads(out)}
    assert code == 0 and set(docs) == {GEDDES, SAUTIN}
    assert docs[SAUTIN]["date"] == "" and docs[GEDDES]["date"] == "2023-05-30"
    code, out, _ = run("docs")
    # Piped: a header line naming the fields (issue 17), then one article a line.
    assert out.splitlines()[0] == "#id\ttitle\tauthors\tdate\tpublication"
    assert out.splitlines()[1].startswith(GEDDES + "\t")


def test_index_and_rebuild(run):
    code, out, _ = run("index")
    assert code == 0 and out.startswith("Rebuilt ")
    code, out, _ = run("index")
    assert out.startswith("Up to date:")
    code, out, _ = run("index", "--rebuild", "--json")
    data = json.loads(out)
    assert data["rebuilt"] and data["documents"] == 2 and data["passages"] > 20


def test_extra_corpus_no_bundled_and_bad_article(run, tmp_path):
    corpus = tmp_path / "mine"
    write_article(corpus, "note.md", "Notes on the Arctic route.", title="Arctic")
    (corpus / "bad.md").write_bytes(b"")
    code, out, err = run("--corpus", str(corpus), "--no-bundled", "index", "--json")
    data = json.loads(out)
    assert code == 1 and data["documents"] == 1
    assert "skipped" in err and "bad.md: the file is empty" in err
    code, out, _ = run("--corpus", str(corpus), "--no-bundled", "search", "Arctic", "--json")
    assert [h["document"] for h in json.loads(out)["hits"]] == ["note"]


def test_where_and_env_index(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("TEALEAVES_INDEX", str(tmp_path / "envix"))
    assert main(["index", "--where"]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "envix")
    assert main(["--index", str(tmp_path / "flag"), "index", "--where"]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "flag")


def test_help_and_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    said = capsys.readouterr().out
    assert "search" in said
    assert "`tealeaves` with no command, on a terminal, opens the explorer" in said
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_bad_limit_is_a_usage_error(run):
    with pytest.raises(SystemExit) as exit_info:
        run("search", "x", "--limit", "0")
    assert exit_info.value.code == 2


def test_python_m_under_warnings_as_errors(tmp_path):
    """Importing the package and running the CLI raises no warning at all."""
    env = {**os.environ, "TEALEAVES_INDEX": str(tmp_path / "ix")}
    for argv in (["search", "alliance", "--json"], ["docs"], ["search", "结盟"]):
        proc = subprocess.run(
            [sys.executable, "-W", "error", "-m", "tealeaves", *argv],
            capture_output=True, text=True, env=env, timeout=120,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stderr
        assert proc.stderr == ""


def test_search_table_on_a_terminal_shows_kind_and_speaker_in_short_rows(run, monkeypatch):
    """Issue 17: the table dropped the speaker and the kind that piped lines have, and its
    24-column article cell made every row 8 lines tall at 80 columns."""
    from tealeaves.cli import articles

    monkeypatch.setattr(articles, "is_tty", lambda stream: True)
    monkeypatch.setenv("COLUMNS", "80")
    code, out, _ = run("search", "alliance", "--limit", "6")
    assert code == 0
    assert "Wang Dong 王栋:" in out and "│ quote " in out
    rows = out.split("┩")[1].split("├")
    assert len(rows) == 6
    tallest = max(sum(line.startswith("│") for line in row.splitlines()) for row in rows)
    assert tallest <= 6  # the text, then where it is from


def test_expert_hits_show_what_the_article_says_not_the_index_text(run, monkeypatch):
    """Issue 17: "Feng Zhongping | 冯仲平 | Feng deputy director of …"."""
    code, out, _ = run("search", "kind:person", "feng")
    assert code == 0
    feng = next(line for line in out.splitlines() if "\tFeng Zhongping 冯仲平\t" in line)
    assert feng.split("\t")[3].startswith("deputy director of the China Institutes")
    from tealeaves.cli import articles

    monkeypatch.setattr(articles, "is_tty", lambda stream: True)
    code, out, _ = run("search", "kind:person", "feng")
    assert " | " not in out


def test_a_phrase_search_marks_the_phrase_not_each_word(run):
    """Issue 17: '"strategic partnership"' marked "strategic" wherever it stood alone."""
    code, out, _ = run("search", '"strategic partnership"')
    assert code == 0
    assert "**strategic partnership**" in out
    assert "**strategic**" not in out and "**partnership**" not in out
    code, out, _ = run("search", "strategic partnership")  # two words: each is marked
    assert "**strategic**" in out


def test_a_plain_search_does_not_import_the_exporters(tmp_path):
    """`tealeaves search` without --json prints lines, and does not import
    ``tealeaves.export`` (60-80 ms of a search command)."""
    write_article(tmp_path / "corpus", "a.md", "Alpha talks about the alliance.", title="A")
    code = (
        "import sys\n"
        "from tealeaves.cli import main\n"
        "status = main(sys.argv[1:])\n"
        "print('exporters imported:', 'tealeaves.export' in sys.modules)\n"
        "sys.exit(status)\n"
    )
    args = [
        "--index", str(tmp_path / "index"), "--library", str(tmp_path / "library"),
        "--no-bundled", "--corpus", str(tmp_path / "corpus"), "search",
    ]  # fmt: skip
    plain = subprocess.run(
        [sys.executable, "-c", code, *args, "alliance"], capture_output=True, text=True
    )
    assert plain.returncode == 0, plain.stderr
    assert "exporters imported: False" in plain.stdout
    assert "alliance" in plain.stdout
    as_json = subprocess.run(
        [sys.executable, "-c", code, *args, "--json", "alliance"], capture_output=True, text=True
    )
    assert as_json.returncode == 0, as_json.stderr
    assert "exporters imported: True" in as_json.stdout
