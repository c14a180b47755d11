"""Hostile text: articles and queries that try to style, click, beep, reorder or hang.

Everything must be shown literally and nothing may run: Rich/Textual markup stays brackets,
terminal control sequences become visible symbols, and extraction does not choke on quotes
that never close or on brackets around words that are not names.
"""

from __future__ import annotations

import io
import json
import unicodedata

import pytest
from rich.console import Console
from textual.widgets import OptionList

from helpers import settle, write_article
from tealeaves.cli import main
from tealeaves.corpus import load_article
from tealeaves.library import Library
from tealeaves.tui import TeaLeavesApp
from tealeaves.tui.reader import ReaderScreen

TITLE = "[bold red]Loud[/] title [@click=app.quit]quit[/]"
AUTHOR = "[link=https://example.com]Eve[/link]"
MARKUP = (
    "Zhao Huasheng (赵华胜), a professor at Fudan University, argues that “[bold]alliance[/] "
    "is [@click=app.quit]not[/] coming” and [link=https://example.com]this[/link] too."
)
ANSI = (
    "Colour \x1b[31mred\x1b[0m, a clipboard write \x1b]52;c;aGVsbG8=\x07, a bell \x07, "
    "a backspace \x08, a form feed \x0c and a one-byte CSI \x9b2J about sanctions."
)
INVISIBLE = (
    "Zero\u200bwidth\u200djoiner\ufeff, right-to-left \u202eevil\u202c, עברית and العربية "
    "on energy."
)
QUOTES = (
    'He said “this never closes and ‘nested “deeper’ marks” and «guillemets» and "straight, '
    "then ” a stray closer and ‘ a stray opener on the partnership."
)
PARENS = (
    "The treaty (签署) of 2001 (see Figure 3), the SCO (上海合作组织), Smith (2019), "
    "(Ret.) officers, (a b c) and (() on the alliance."
)
BRACKETS = "A lone [/] and an open [ and an escaped \\[tag\\] and [[double]] on the economy."
BODY = "\n\n".join([MARKUP, ANSI, INVISIBLE, QUOTES, PARENS, BRACKETS])


def _controls(text: str) -> list[str]:
    return [c for c in text if unicodedata.category(c) == "Cc" and c not in "\n\t"]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    corpus = base / "corpus"
    write_article(corpus, "hostile.md", BODY, title=json.dumps(TITLE), authors=json.dumps(AUTHOR))
    lib = Library.open(
        index_dir=base / "index", library_dir=base / "lib", corpus_dirs=[corpus], bundled=False
    )
    yield base, corpus, lib
    lib.close()


def test_control_characters_become_visible_symbols(hostile):
    _, corpus, _ = hostile
    doc = load_article(corpus / "hostile.md")
    assert doc.title == TITLE and doc.authors == (AUTHOR,)
    assert _controls(doc.text) == [] and _controls(doc.title) == []
    assert "␛[31mred␛[0m" in doc.text and "a bell ␇" in doc.text and "\ufffd2J" in doc.text
    # Invisible and right-to-left characters are text, not controls: they stay as written.
    assert "\u200b" in doc.text and "\u202e" in doc.text and "עברית" in doc.text


def test_hostile_article_is_indexed_searched_and_extracted(hostile):
    _, _, lib = hostile
    assert lib.errors == []
    hit = lib.search("alliance", per_document=0, limit=20).hits
    assert any("[bold]alliance[/]" in h.snippet.text for h in hit)
    zhao = lib.find_person("Zhao Huasheng")
    assert zhao is not None
    profile = lib.person(zhao)
    assert any("[@click=app.quit]not[/]" in q.text for q in profile.quotes)
    for query in ("[bold]", "[/]", "[@click=app.quit]", "\x1b[31m", "“ ‘ «", "(((", "\u202e"):
        result = lib.search(query)  # a result or a notice, never an exception
        assert result.hits or result.notice or result.total == 0


def test_cli_prints_markup_literally_and_no_control_characters(hostile, capsys):
    base, corpus, _ = hostile
    common = ["--index", str(base / "index"), "--library", str(base / "lib")]
    common += ["--corpus", str(corpus), "--no-bundled"]
    for argv in (["search", "alliance"], ["docs"], ["search", "\x1b[31m[bold]x"]):
        main([*common, *argv])
        out, err = capsys.readouterr()
        assert _controls(out) == [] and _controls(err) == [], argv
    main([*common, "search", "alliance"])
    assert "[bold]**alliance**[/] is [@click=app.quit]not[/]" in capsys.readouterr().out  # piped
    main([*common, "docs"])
    assert "[@click=app.quit]" in capsys.readouterr().out


def _shown(widget) -> str:
    console = Console(width=200, file=io.StringIO(), record=True)
    console.print(widget.content)
    return console.export_text()


async def test_explorer_shows_hostile_text_literally_and_nothing_runs(hostile):
    _, _, lib = hostile
    app = TeaLeavesApp(lambda progress: lib, close_library=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        docs = app.query_one("#doc-list", OptionList)
        assert "[@click=app.quit]quit[/]" in str(docs.get_option_at_index(0).prompt)
        docs.focus()
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        shown = "\n".join(_shown(p) for p in reader.query(".para, Paragraph"))
        assert "[@click=app.quit]not[/]" in shown and "[link=https://example.com]this" in shown
        assert "␛[31mred" in shown and _controls(shown) == []
        for paragraph in reader.query("Paragraph"):  # clicking anywhere runs nothing
            await pilot.click(paragraph)
        await pilot.press("slash", *"[@click=app.quit]", "enter")
        await settle(pilot)
        assert app.is_running
