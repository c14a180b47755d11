"""What the project writes: CSV that no spreadsheet runs, and ``-o FILE`` that writes a
file without replacing what else is at the path (issue 21, findings 11 and 12)."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
from pathlib import Path

import pytest

from helpers import write_article
from tealeaves.cli import main
from tealeaves.export import rows_to_csv, write_output  # write_output: see the -o tests

SRC = Path(__file__).resolve().parents[2] / "src" / "tealeaves"
FORMULAS = [
    '=HYPERLINK("http://evil.example","click")',
    "@SUM(1+1)",
    "+1+1",
    "-2+3+cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


def _cells(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


# -- CSV injection (finding 11) --------------------------------------------------------------


def test_a_cell_that_starts_like_a_formula_is_prefixed_with_a_quote():
    rows = [{"text": f, "list": [f, "plain"], "number": -3} for f in FORMULAS]
    rows.append({"text": "plain = text", "list": ["a"], "number": 4})
    read = _cells(rows_to_csv(rows))
    assert [r["text"] for r in read] == ["'" + f for f in FORMULAS] + ["plain = text"]
    assert read[0]["list"] == "'" + FORMULAS[0] + "; plain"
    assert [r["number"] for r in read] == ["-3"] * len(FORMULAS) + ["4"]


def test_every_csv_the_project_writes_goes_through_rows_to_csv():
    writers = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if re.search(r"csv\.(writer|DictWriter)\(", path.read_text("utf-8"))
    ]
    assert writers == ["export/as_csv.py"]


@pytest.fixture
def hostile(tmp_path):
    write_article(
        tmp_path / "corpus",
        "hostile.md",
        "Zhao Huasheng (赵华胜), a professor at Fudan University, said "
        "“-2+3+cmd|' /C calc'!A0 is what a spreadsheet would run”.",
        title=f"'{FORMULAS[0]}'",  # YAML quotes: @ cannot start a plain value
        authors="'@SUM(1+1)'",
    )
    return ["--index", str(tmp_path / "ix"), "--corpus", str(tmp_path / "corpus"), "--no-bundled"]


def test_export_csv_is_inert_and_json_stays_exact(hostile, tmp_path, capsys):
    assert main([*hostile, "export", "--format", "csv", "-o", str(tmp_path / "out")]) == 0
    docs = _cells((tmp_path / "out" / "documents.csv").read_text("utf-8"))
    assert docs[0]["title"] == "'" + FORMULAS[0] and docs[0]["authors"] == "'@SUM(1+1)"
    quotes = _cells((tmp_path / "out" / "quotes.csv").read_text("utf-8"))
    assert quotes and all(q["text"].startswith("'-2+3+cmd") for q in quotes)
    capsys.readouterr()
    assert main([*hostile, "export", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"][0]["title"] == FORMULAS[0]
    assert data["quotes"][0]["text"].startswith("-2+3+cmd")


def test_marked_and_expert_csv_are_inert(hostile, capsys):
    assert main([*hostile, "expert", "Zhao Huasheng", "--csv"]) == 0
    rows = _cells(capsys.readouterr().out)
    assert rows and rows[0]["title"] == "'" + FORMULAS[0] and rows[0]["text"].startswith("'-2")
    assert main([*hostile, "flag", rows[0]["id"]]) == 0
    capsys.readouterr()
    assert main([*hostile, "marked", "--csv"]) == 0
    marked = _cells(capsys.readouterr().out)
    texts = [v for row in marked for v in row.values()]
    assert any(v.startswith("'-2+3+cmd") for v in texts)
    assert not any(v.startswith(("=", "@", "+", "-")) for v in texts)


# -- -o FILE (finding 12) --------------------------------------------------------------------


def _export(tmp_path, target, capsys) -> tuple[int, str]:
    code = main(["--index", str(tmp_path / "ix"), "export", "--format", "json", "-o", str(target)])
    return code, capsys.readouterr().err


def test_a_regular_file_is_replaced(tmp_path, capsys):
    target = tmp_path / "out.json"
    target.write_text("old")
    assert _export(tmp_path, target, capsys)[0] == 0
    assert json.loads(target.read_text())["format"] == "tealeaves-export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


@pytest.mark.parametrize("existing", [True, False])
def test_a_symlink_is_written_through(tmp_path, capsys, existing):
    real = tmp_path / "real" / "data.json"
    real.parent.mkdir()
    if existing:
        real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert _export(tmp_path, link, capsys)[0] == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert json.loads(real.read_text())["format"] == "tealeaves-export"


def test_a_fifo_is_refused_and_stays_a_fifo(tmp_path, capsys):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    code, err = _export(tmp_path, fifo, capsys)
    assert code == 3 and "not a regular file" in err and str(fifo) in err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_device_is_refused_and_stays_a_device():
    before = os.stat(os.devnull)
    assert stat.S_ISCHR(before.st_mode)
    with pytest.raises(OSError, match="not a regular file"):
        write_output(os.devnull, "text")
    after = os.stat(os.devnull)
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


def test_a_folder_is_refused(tmp_path, capsys):
    code, err = _export(tmp_path, tmp_path, capsys)
    assert code == 3 and "is a folder" in err


def test_missing_folders_are_not_created(tmp_path, capsys):
    target = tmp_path / "no" / "such" / "out.json"
    code, err = _export(tmp_path, target, capsys)
    assert code == 3 and "does not exist" in err
    assert not (tmp_path / "no").exists()
    folder = tmp_path / "none" / "csv"
    code = main(["--index", str(tmp_path / "ix"), "export", "--format", "csv", "-o", str(folder)])
    assert code == 3 and not (tmp_path / "none").exists()
    code = main(
        ["--index", str(tmp_path / "ix"), "export", "--format", "csv", "-o", str(tmp_path / "c")]
    )
    assert code == 0 and (tmp_path / "c" / "quotes.csv").is_file()  # one new folder is fine


# -- Markdown exports (minor) ----------------------------------------------------------------


def test_markdown_shows_html_and_links_from_titles_as_text(tmp_path, capsys):
    write_article(
        tmp_path / "corpus",
        "html.md",
        "Zhao Huasheng (赵华胜), a professor at Fudan University, said “it is so”.",
        title="'<img src=x onerror=alert(1)> [click](https://evil.example) *bold*'",
    )
    where = ["--index", str(tmp_path / "ix"), "--corpus", str(tmp_path / "corpus")]
    assert main([*where, "--no-bundled", "export", "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert "<img" not in out.replace("\\<img", "") and "\\<img src=x onerror=alert(1)\\>" in out
    assert "[click](" not in out.replace("\\[click\\](", "")
    assert "\\*bold\\*" in out


# -- piped and terminal lines (minor) -------------------------------------------------------


def test_a_title_with_a_newline_stays_one_row_of_piped_docs(tmp_path, capsys):
    write_article(
        tmp_path / "corpus",
        "forged.md",
        "Text of the article.",
        title='"First line\\nforged-id\\tfake\\e]0;HIJACK\\a"',  # YAML double quotes
    )
    where = ["--index", str(tmp_path / "ix"), "--corpus", str(tmp_path / "corpus")]
    capsys.readouterr()
    assert main([*where, "--no-bundled", "docs"]) == 0
    out = capsys.readouterr().out
    rows = out.splitlines()[1:]  # after the header line
    assert len(rows) == 1 and "\x1b" not in out and "\x07" not in out
    assert "First line\u2424forged-id" in rows[0] and "\u241b]0;HIJACK\u2407" in rows[0]


def test_table_cells_show_control_characters(monkeypatch, capsys):
    from tealeaves.cli import output

    monkeypatch.setattr(output, "is_tty", lambda stream: True)
    output.print_table("t", ["a"], [["note \x1b]52;c;ZXZpbA==\x07 \x1b[2J end"]])
    out = capsys.readouterr().out
    assert "\x1b]52" not in out and "\x1b[2J" not in out and "\u241b]52;c;" in out


# -- what the user typed, and the registry and topics, on a terminal or piped (minor) ---------

ESC = "\x1b]0;HIJACK\x07\x1b[2J"  # retitles the terminal window, then clears the screen
LINE_COMMANDS = ["note", "stance", "experts", "experts-all", "topics", "docs", "search"]


@pytest.fixture(scope="module")
def typed(tmp_path_factory):
    """A library whose registry, topics, note, stance and one title carry escapes (and
    newlines and tabs where they could forge a row); ``(global arguments, quote id)``."""
    from tealeaves.library import Library

    base = tmp_path_factory.mktemp("typed")
    library = base / "lib"
    library.mkdir()
    esc = ESC.replace("\x1b", "\\u001b").replace("\x07", "\\u0007")
    (library / "registry.toml").write_text(
        '[[person]]\nname = "Zhao Huasheng"\nnative_name = "赵华胜"\nkind = "expert"\n'
        f'affiliations = ["Hostileaff {esc}\\nforged\\trow"]\nsource = "src {esc}"\n',
        encoding="utf-8",
    )
    (library / "topics.toml").write_text(
        f'[[topic]]\nid = "alliance"\nlabel = "Alliances {esc}\\nforged\\trow"\n'
        'cues = ["allian*"]\n',
        encoding="utf-8",
    )
    write_article(
        base / "corpus",
        "hostile.md",
        "Zhao Huasheng (赵华胜), a professor, said “the alliance is over”. Forgedword here.",
        title='"Forgedword title\\nforged-id\\tfake\\e]0;HIJACK\\a"',
    )
    where = ["--index", str(base / "ix"), "--library", str(library)]
    where += ["--corpus", str(base / "corpus")]
    with Library.open(
        index_dir=base / "ix", library_dir=library, corpus_dirs=[base / "corpus"]
    ) as lib:
        quote = lib.quotes(speaker=lib.find_person("Zhao Huasheng"))[0].id
        lib.set_note(quote, f"my note {ESC}\nsecond line")
        lib.set_stance("Zhao Huasheng", "alliance", "against", summary=f"sum {ESC}\nforged\trow")
    return where, quote


def _argv(command: str, quote: str) -> list[str]:
    return {
        "note": ["note", quote],
        "marked": ["marked"],
        "stance": ["stance", "list"],
        "compare": ["compare", "Zhao Huasheng", "Yan Xuetong", "--topic", "alliance"],
        "compare-all": ["compare", "Zhao Huasheng", "Yan Xuetong"],
        "matrix": ["matrix"],
        "experts": ["experts"],
        "experts-all": ["experts", "--all"],
        "expert": ["expert", "Zhao Huasheng"],
        "topics": ["topics"],
        "docs": ["docs"],
        "doc": ["docs", "hostile"],
        "search": ["search", "forgedword"],
    }[command]


COMMANDS = ["marked", "compare", "compare-all", "matrix", "expert", "doc", *LINE_COMMANDS]


@pytest.mark.parametrize("tty", [True, False], ids=["tty", "piped"])
@pytest.mark.parametrize("command", COMMANDS)
def test_no_raw_escape_from_what_the_user_typed(typed, command, tty, monkeypatch, capsys):
    """Notes, stances, registry and topics values and a hostile title, through every
    command that prints them, on a terminal (the Rich path) and piped."""
    from tealeaves.cli import articles, output, people, viewpoints

    for module in (output, articles, people, viewpoints):
        monkeypatch.setattr(module, "is_tty", lambda stream: tty)
    monkeypatch.setenv("COLUMNS", "120")  # the matrix lists its topics' labels below
    where, quote = typed
    capsys.readouterr()
    assert main([*where, *_argv(command, quote)]) == 0
    out = capsys.readouterr().out
    assert out.strip()
    assert "\x1b" not in out and "\x07" not in out, out
    if command != "search" or tty:  # piped, a hit shows its passage, not its title
        assert "\u241b" in out and "HIJACK" in out  # shown, not dropped


def _rows(out: str, command: str) -> list[str]:
    """The piped lines of ``command`` that hold the hostile values."""
    marker = {"note": "my note", "stance": "sum ", "topics": "Alliances"}.get(command, "")
    marker = marker or ("Hostileaff" if command.startswith("experts") else "Forgedword")
    return [line for line in out.splitlines() if marker.lower() in line.lower()]


@pytest.mark.parametrize("command", LINE_COMMANDS)
def test_a_newline_or_tab_in_a_value_forges_no_piped_row(typed, command, monkeypatch, capsys):
    """Piped, each record is one line of tab-separated fields: a newline or a tab in a
    note, a stance, an affiliation, a topic's label or a title is shown as ␤ or ␉."""
    from tealeaves.cli import articles, output, people, viewpoints

    for module in (output, articles, people, viewpoints):
        monkeypatch.setattr(module, "is_tty", lambda stream: False)
    where, quote = typed
    capsys.readouterr()
    assert main([*where, *_argv(command, quote)]) == 0
    out = capsys.readouterr().out
    assert "forged" not in "".join(line[:6] for line in out.splitlines())  # no row starts so
    rows = _rows(out, command)
    assert len(rows) == 1, out
    if command == "note":  # the note is the whole output: its lines stay lines
        return
    fields = {
        "stance": 5, "experts": 7, "experts-all": 7, "topics": 5, "docs": 5, "search": 4,
    }[command]  # fmt: skip
    assert rows[0].count("\t") == fields - 1, rows[0]
