"""`tealeaves add`, `rm` and `docs ID`."""

from __future__ import annotations

import json

from helpers import REPO
from tealeaves.cli import EXIT_NOT_FOUND, EXIT_OK, EXIT_USAGE

DATA = REPO / "tests" / "data" / "add"


def test_add_then_experts_lists_who_the_new_article_quotes(run):
    code, out, err = run("add", str(DATA / "briefing.md"), str(DATA / "news.html"))
    assert code == EXIT_OK, err
    assert "added briefing" in out and "added news" in out
    # What this run did, then the library's total (it read like a total: "2 article(s) in").
    assert "2 added; the library now has 4 articles (files kept in " in err
    code, out, err = run("add", str(DATA / "briefing.md"))
    assert "1 unchanged; the library now has 4 articles" in err
    code, out, _ = run("expert", "Wang Wen", "--json")
    quotes = json.loads(out)["quotes"]
    assert any("no anti-Western bloc" in q["text"] and q["document"] == "briefing" for q in quotes)
    code, out, _ = run("experts")
    assert "Wang Wen" in out


def test_docs_id_says_where_each_field_came_from(run):
    run("add", str(DATA / "note.txt"), "--publication", "My notes")
    code, out, _ = run("docs", "note")
    assert code == EXIT_OK
    assert "Li Wei\t[from the byline]" in out
    assert "My notes\t[from given to tealeaves add]" in out
    assert "date         (not found)" in out
    code, out, _ = run("docs", "note", "--json")
    assert json.loads(out)["provenance"]["title"] == "the first line"
    assert run("docs", "nope")[0] == EXIT_NOT_FOUND


def test_add_reports_each_bad_file_and_the_exit_code_says_so(run, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out, _ = run("add", str(tmp_path / "empty.txt"), str(DATA / "note.txt"), "--json")
    data = json.loads(out)
    assert code == EXIT_NOT_FOUND
    assert [a["doc_id"] for a in data["added"]] == ["note"]
    assert data["errors"] == [{"path": str(tmp_path / "empty.txt"), "reason": "the file is empty"}]
    code, out, _ = run("add", str(DATA / "note.txt"))
    assert code == EXIT_OK and "already in the library, unchanged: note" in out


def test_one_article_options_need_one_file(run):
    code, _, err = run("add", str(DATA), "--title", "X")
    assert code == EXIT_USAGE and "--title" in err


def test_rm_removes_an_added_article_only(run):
    run("add", str(DATA / "note.txt"))
    code, _, err = run("rm", "note")
    assert code == EXIT_OK and "removed note" in err and (DATA / "note.txt").exists()
    code, _, err = run("rm", "sino-russian-military-relations")
    assert code == EXIT_NOT_FOUND and "--no-bundled" in err


def test_titles_with_markup_are_printed_literally(run, tmp_path, monkeypatch):
    from tealeaves import cli

    page = tmp_path / "markup.md"
    page.write_text("---\ntitle: '[bold red]Loud[/] [link=x]title'\n---\n\nBody text.\n", "utf-8")
    assert run("add", str(page))[0] == EXIT_OK
    monkeypatch.setattr(cli.output, "is_tty", lambda stream: True)  # the Rich table path
    monkeypatch.setenv("COLUMNS", "250")  # wide enough that no cell folds
    code, out, _ = run("docs")
    assert code == EXIT_OK and "[bold red]Loud[/] [link=x]title" in out


def test_a_txt_byline_right_under_the_title_is_not_part_of_it(run, tmp_path):
    """Issue 17: "Partners, not allies" then "By Li Wei" on the next line (no blank line)
    made the title "Partners, not allies By Li Wei"."""
    path = tmp_path / "glued.txt"
    path.write_text(
        "Partners, not allies\nBy Li Wei\n\nFeng Yujun says trust takes years.\n",
        encoding="utf-8",
    )
    code, out, err = run("add", str(path))
    assert code == EXIT_OK, err
    code, out, _ = run("docs", "glued", "--json")
    info = json.loads(out)
    assert info["title"] == "Partners, not allies"
    assert info["authors"] == ["Li Wei"]
