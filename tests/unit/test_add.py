"""`Library.add` and `remove`: every format, metadata and its sources, duplicates, bad input."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

import pytest
from fpdf import FPDF

from helpers import REPO
from tealeaves.corpus import load_article
from tealeaves.library import Library, NotFound

DATA = REPO / "tests" / "data" / "add"


def make_pdf(path: Path, paragraphs: list[str], *, title: str = "", author: str = "") -> Path:
    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"  # curly quotes; the core fonts have no Han
    if title:
        pdf.set_title(title)
    if author:
        pdf.set_author(author)
    pdf.set_creation_date(datetime.datetime(2024, 3, 5, 10, 0, 0))
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for text in paragraphs:
        pdf.multi_cell(0, 6, text)
        pdf.ln(6)
    pdf.output(str(path))
    return path


def scanned_pdf(path: Path) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")  # a picture of a page, no text
    pdf.output(str(path))
    return path


@pytest.fixture
def lib(tmp_path):
    lib = Library.open(index_dir=tmp_path / "index", library_dir=tmp_path / "library")
    yield lib
    lib.close()


def test_a_news_page_yields_only_the_article_and_its_metadata(tmp_path):
    doc = load_article(DATA / "news.html")
    assert doc.title == "Beijing weighs its Moscow ties"
    assert doc.authors == ("Jane Roe",)
    assert (doc.date, doc.publication) == ("2024-03-05", "The Diplomat Weekly")
    assert doc.source.startswith("https://example.org/beijing-moscow")
    text = doc.text
    assert "Zhao Huasheng (赵华胜)" in text and "Others disagree." in text
    assert [p.text for p in doc.paragraphs if p.kind == "heading"] == [
        "A partnership, not an alliance"
    ]
    for cruft in ("cookies", "Subscribe", "Home", "cheap watches", "Comments", "Related",
                  "Belt and Road", "rights reserved", "Privacy"):  # fmt: skip
        assert cruft not in text, cruft
    assert dict(doc.provenance)["date"] == "the page's metadata or byline"


def test_a_pdf_yields_its_text_and_metadata(tmp_path):
    path = make_pdf(
        tmp_path / "report.pdf",
        [
            "Yan Xuetong, a professor at Tsinghua University, argues that the war has "
            "strained China's relations with its neighbours and with many developing "
            "nations, and that the cost of standing by Moscow keeps rising.",
            "A second paragraph follows here.",
        ],
        title="The Cost of Neutrality",
        author="Maria Ortiz",
    )
    doc = load_article(path)
    assert (doc.title, doc.authors, doc.date) == (
        "The Cost of Neutrality",
        ("Maria Ortiz",),
        "2024-03-05",
    )
    assert len(doc.paragraphs) == 2
    assert doc.paragraphs[0].text.startswith("Yan Xuetong, a professor at Tsinghua University")
    assert doc.paragraphs[0].text.endswith("keeps rising.")
    assert dict(doc.provenance) == {
        "title": "the PDF's metadata",
        "authors": "the PDF's metadata",
        "date": "the PDF's metadata",
    }


def test_add_every_format_then_extraction_works_on_them(lib, tmp_path):
    pdf = make_pdf(
        tmp_path / "report.pdf",
        ["Zhou Bo, a former PLA colonel, says “China does not want a new Cold War”."],
        title="Neutral, not silent",
    )
    report = lib.add([DATA / "news.html", DATA / "briefing.md", DATA / "note.txt", pdf])
    assert report.ok, report.errors
    assert [a.status for a in report.added] == ["added"] * 4
    ids = {d.id for d in lib.documents()}
    assert {"news", "briefing", "note", "report"} <= ids
    stored = lib.articles_dir()
    assert (stored / "news.html").read_bytes() == (DATA / "news.html").read_bytes()  # a copy
    assert (stored / "news.html.meta.json").exists()
    people = {p.id: p for p in lib.people()}
    assert "news" in people["ding-xiaoxing"].documents
    wang = lib.person("Wang Wen")
    assert any("no anti-Western bloc" in q.text for q in wang.quotes)
    zhou = lib.person("Zhou Bo")
    assert any(q.span.document == "report" for q in zhou.quotes)


def test_overrides_win_and_say_where_they_came_from(lib):
    report = lib.add(
        [DATA / "note.txt"], title="Partners", authors=["Li Wei", "Chen Yu"], date="2024-02"
    )
    assert report.ok
    (info,) = [d for d in lib.documents() if d.id == "note"]
    assert (info.title, info.authors, info.date) == ("Partners", ("Li Wei", "Chen Yu"), "2024-02")
    assert dict(info.provenance)["title"] == "given to tealeaves add"


def test_the_same_article_twice_is_recognised_and_a_changed_one_updated(lib, tmp_path):
    source = tmp_path / "mine.md"
    shutil.copy(DATA / "briefing.md", source)
    assert [a.status for a in lib.add([source]).added] == ["added"]
    copy = tmp_path / "elsewhere.md"
    shutil.copy(source, copy)
    again = lib.add([source, copy])
    assert [a.status for a in again.added] == ["unchanged", "unchanged"]
    source.write_text(source.read_text("utf-8") + "\nA new last paragraph.\n", "utf-8")
    changed = lib.add([source])
    assert [a.status for a in changed.added] == ["updated"]
    docs = [d for d in lib.documents() if d.title.startswith("Briefing")]
    assert len(docs) == 1
    assert "A new last paragraph." in lib.document(docs[0].id).text


def test_adding_one_article_updates_the_index_incrementally(lib, tmp_path):
    lib.add([DATA / "briefing.md"])
    report = lib.add([DATA / "note.txt"])
    assert report.ok
    assert lib.report.added == ["note"] and not lib.report.rebuilt


def test_bad_input_is_reported_one_line_each_and_the_rest_is_added(lib, tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.md").write_bytes(b"")
    (bad / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (bad / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ntrailer\n%%EOF")
    (bad / "soup.txt").write_bytes(bytes(range(128, 256)) * 4)
    scanned_pdf(bad / "scan.pdf")
    shutil.copy(DATA / "login.html", bad / "login.html")
    big = bad / "huge.md"
    big.write_bytes(b"x" * (21 * 1024 * 1024))
    (bad / "russian.txt").write_bytes(
        "Заголовок\n\nАлександр Шлындов предупреждает о рисках.\n".encode("cp1251")
    )
    report = lib.add([bad, tmp_path / "missing.md", DATA / "empty-folder", DATA / "note.txt"])
    reasons = {Path(e.path).name: e.reason for e in report.errors}
    assert reasons["empty.md"] == "the file is empty"
    assert "binary" in reasons["image.txt"]
    assert "not a readable PDF" in reasons["broken.pdf"]
    assert "--encoding" in reasons["soup.txt"]
    assert "no text layer" in reasons["scan.pdf"] and "OCR" in reasons["scan.pdf"]
    assert "no article text" in reasons["login.html"]
    assert "over the 20 MB limit" in reasons["huge.md"]
    assert reasons["missing.md"] == "no such file or folder"
    assert "no articles in this folder" in reasons["empty-folder"]
    assert all("\n" not in r for r in reasons.values())
    assert {a.doc_id for a in report.added} == {"note", "russian"}  # detected as cp1251
    assert not report.ok
    assert "Шлындов" in lib.document("russian").text


def test_a_given_encoding_is_kept_for_reindexing(lib, tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Title\n\nSoupçon of naïveté.\n".encode("latin-1"))
    assert lib.add([path], encoding="latin-1").ok
    lib.reload(rebuild=True)
    assert lib.document("latin").text == "Soupçon of naïveté."


def test_an_id_taken_by_another_source_is_refused_with_a_way_out(lib, tmp_path):
    bundled = next(d for d in lib.documents())
    clash = tmp_path / "clash.md"
    clash.write_text(f"---\nid: {bundled.id}\ntitle: Other\n---\n\nText.\n", "utf-8")
    (error,) = lib.add([clash]).errors
    assert "already in the library" in error.reason and "another id" in error.reason
    plain = tmp_path / f"{bundled.id}.md"  # an id from the file name is made unique
    plain.write_text("# Another one\n\nText.\n", "utf-8")
    (added,) = lib.add([plain]).added
    assert added.doc_id == f"{bundled.id}-2"


def test_remove_deletes_the_copy_not_the_original(lib, tmp_path):
    source = tmp_path / "mine.md"
    shutil.copy(DATA / "briefing.md", source)
    (added,) = lib.add([source]).added
    info = lib.remove(added.doc_id)
    assert info.id == added.doc_id and not lib.has_document(added.doc_id)
    assert source.exists() and not Path(added.stored).exists()
    assert not Path(added.stored + ".meta.json").exists()
    with pytest.raises(NotFound, match="not added to your library"):
        lib.remove(lib.documents()[0].id)
    with pytest.raises(NotFound, match="No article"):
        lib.remove("nothing-here")


def test_a_page_read_twice_in_one_process_keeps_all_its_text():
    """Re-indexing must not lose paragraphs to an extractor's cache of seen text."""
    assert load_article(DATA / "news.html").text == load_article(DATA / "news.html").text
    assert "Others disagree." in load_article(DATA / "news.html").text


def test_adding_one_article_looks_at_no_other_file(lib, tmp_path, monkeypatch):
    """A large library: add indexes the new file without checking all the others."""
    from tealeaves.search import manifest as manifest_module
    from tealeaves.search import update as update_module

    lib.add([DATA / "briefing.md"])
    loaded, stat_calls = [], []
    real_load, real_fingerprint = update_module.load_article, manifest_module.fingerprint
    monkeypatch.setattr(
        update_module, "load_article", lambda p, **kw: loaded.append(p.name) or real_load(p, **kw)
    )
    monkeypatch.setattr(
        manifest_module, "fingerprint", lambda p: stat_calls.append(p.name) or real_fingerprint(p)
    )
    assert lib.add([DATA / "note.txt"]).ok
    assert loaded == ["note.txt"] and set(stat_calls) <= {"note.txt"}
    assert {"note", "briefing"} <= {d.id for d in lib.documents()}
    assert lib.report.added == ["note"]


def test_a_page_is_read_once_to_check_it_and_once_to_index_it(lib, monkeypatch):
    """Extracting a page's text is the slow part of adding it: no third reading."""
    from tealeaves.corpus import html

    calls = []
    real = html.parse_html
    monkeypatch.setattr(html, "parse_html", lambda text: calls.append(1) or real(text))
    (added,) = lib.add([DATA / "news.html"]).added
    assert (added.doc_id, added.title) == ("news", "Beijing weighs its Moscow ties")
    assert len(calls) == 2
