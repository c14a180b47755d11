"""Hostile input files (issue 21, findings 6-10 and the Minor ones of the article layer).

Files that are not files, names that drive the terminal, PDFs and pages built to be slow or
to lose their text, two `add` at once, a full disk, names too long for the file system, and
registry or topics files that are not UTF-8. Each test failed before its fix.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import threading
import time
import zlib
from pathlib import Path

import pytest

import tealeaves
from helpers import write_article
from tealeaves.corpus import ArticleError, importer, load_article, load_articles
from tealeaves.corpus import pdf as pdf_module
from tealeaves.corpus.importer import add_files

SRC = str(Path(tealeaves.__file__).parents[1])  # the code under test, also in a child
BODY = (
    "Zhao Huasheng, a professor at Fudan University, argues that the partnership between "
    "Beijing and Moscow is not an alliance and will not become one."
)
# The escapes of the red-team run: a window-title write, a clipboard write, clear screen.
HIJACK = "broken\x1b]0;TITLE-HIJACK\x07name\x1b]52;c;aGVsbG8=\x07\x1b[2J\nskipped: forged"
CONTROLS = {chr(c) for c in range(0x20)} | {"\x7f"} | {chr(c) for c in range(0x80, 0xA0)}


def _raw(text: str) -> set[str]:
    return set(text) & CONTROLS


# -- 9. escape sequences in file names and in the errors about them ---------------------------


def test_a_file_name_with_escapes_is_shown_not_run(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / f"{HIJACK}.md").write_bytes(b"")  # an error: the file is empty
    (corpus / f"{HIJACK}-ok.md").write_text(BODY + "\n", encoding="utf-8")  # no title
    docs, errors = load_articles(sorted(corpus.iterdir()))
    assert len(docs) == 1 and len(errors) == 1
    assert not _raw(str(errors[0])), str(errors[0])
    assert "␛]0;TITLE-HIJACK␇" in errors[0].path
    assert not _raw(docs[0].title) and docs[0].title.startswith("broken␛]0;")


def test_add_reports_a_hostile_name_safely(tmp_path):
    bad = tmp_path / f"{HIJACK}.md"
    bad.write_bytes(b"\x00\x01binary")
    good = tmp_path / f"{HIJACK}-ok.md"
    good.write_text(BODY + "\n", encoding="utf-8")
    missing = tmp_path / f"{HIJACK}-gone.md"
    report = add_files([bad, good, missing], tmp_path / "library")
    assert len(report.errors) == 2 and len(report.added) == 1
    for error in report.errors:
        assert not _raw(str(error)), str(error)
    added = report.added[0]
    assert not _raw(added.path) and not _raw(added.title)
    assert not _raw(Path(added.stored).name)


# -- 7. pipes and devices -----------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_adding_a_fifo_is_refused_at_once(tmp_path):
    fifo = tmp_path / "article.md"
    os.mkfifo(fifo)
    result: list[object] = []
    worker = threading.Thread(
        target=lambda: result.append(add_files([fifo], tmp_path / "library")), daemon=True
    )
    worker.start()
    worker.join(10)
    if worker.is_alive():  # let the blocked reader go before failing
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("add of a FIFO hung")
    (report,) = result
    assert not report.added
    assert "pipe" in report.errors[0].reason, report.errors[0]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_link_to_an_endless_device_is_refused_without_reading_it(tmp_path, device):
    link = tmp_path / "endless.md"
    link.symlink_to(device)
    # In a child with 1 GB of address space: before the fix it read until MemoryError.
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
        "from tealeaves.corpus import ArticleError, load_article\n"
        "try:\n"
        f"    load_article({str(link)!r})\n"
        "except ArticleError as exc:\n"
        "    print(exc)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": SRC},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert "device" in run.stdout


def test_at_most_the_limit_and_one_byte_is_read(tmp_path):
    from tealeaves.util import read_regular

    path = tmp_path / "big.md"
    path.write_bytes(b"x" * 5000)
    assert len(read_regular(path, 100)) == 101
    assert len(read_regular(path, 10_000)) == 5000


def _raised_within(call, fifo, seconds: float = 10) -> BaseException | None:
    """What ``call`` raised, run in a thread for at most ``seconds``; None when it hung on
    ``fifo`` (which is then opened for writing, so that the blocked reader is let go)."""
    raised: list[BaseException] = []

    def run() -> None:
        try:
            call()
        except BaseException as exc:
            raised.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        return None
    return raised[0] if raised else AssertionError("nothing was raised")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_sidecar_that_is_a_fifo_does_not_hang_the_loader(tmp_path):
    path = write_article(tmp_path, "a.md", BODY, title="A")
    os.mkfifo(tmp_path / "a.md.meta.json")
    result = _raised_within(lambda: load_article(path), tmp_path / "a.md.meta.json")
    assert result is not None, "a FIFO sidecar hung the loader"
    assert isinstance(result, ArticleError) and "pipe" in str(result)


# -- 8. PDFs built to be slow -------------------------------------------------------------------


def _pdf(contents: list[bytes], *, times: int = 1) -> bytes:
    """A PDF whose pages draw ``contents`` (each page its own stream), every stream shared
    by ``times`` pages. The streams are compressed, so the file stays small."""
    objs: list[bytes] = [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    streams = []
    for content in contents:
        data = zlib.compress(content, 9)
        objs.append(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(data), data)
        )
        streams.append(len(objs))
    parent = len(objs) + len(streams) * times + 1
    kids = []
    for stream in streams * times:
        objs.append(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 1 0 R >> >> /Contents %d 0 R >>" % (parent, stream)
        )
        kids.append(len(objs))
    refs = b" ".join(b"%d 0 R" % k for k in kids)
    objs.append(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (refs, len(kids)))
    objs.append(b"<< /Type /Catalog /Pages %d 0 R >>" % parent)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, obj)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1,
        len(objs),
        xref,
    )
    return bytes(out)


def _text(size: int, words: bytes = b"The minister said the talks went well.") -> bytes:
    line = b"BT /F1 12 Tf 72 712 Td (%s) Tj ET\n" % words
    return line * max(1, size // len(line))


def _load_in_child(path: Path, timeout: float = 60) -> str:
    """load_article in a child with 1.5 GB of address space: what it printed (the error, or
    "ok N" paragraphs). Before the fixes these ran for minutes to hours."""
    code = (
        "import resource\n"
        "resource.setrlimit(resource.RLIMIT_AS, (3 << 29, 3 << 29))\n"
        "from tealeaves.corpus import ArticleError, load_article\n"
        "try:\n"
        f"    print('ok', len(load_article({str(path)!r}).paragraphs))\n"
        "except ArticleError as exc:\n"
        "    print(exc)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": SRC},
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout


@pytest.mark.parametrize(
    ("contents", "times", "refused"),
    [
        ([_text(10 * 2**20)], 1, "over 2 MB of drawing instructions"),  # 27 s, 566 MB before
        ([_text(10 * 2**20)], 200, "over 64 MB"),  # 200 pages share it: ~90 min before
        ([b" " * (70 * 2**20)], 50, "over 64 MB"),  # 50 x 70 MB of spaces: 4 min before
    ],
    ids=["one-10MB-page", "200-pages-share-it", "50-pages-of-70MB-spaces"],
)
def test_a_small_pdf_that_unpacks_to_much_is_refused_quickly(tmp_path, contents, times, refused):
    path = tmp_path / "report.pdf"
    path.write_bytes(_pdf(contents, times=times))
    assert path.stat().st_size < 200_000
    started = time.monotonic()
    said = _load_in_child(path, timeout=60)
    assert refused in said, said
    assert time.monotonic() - started < 30


def test_a_big_page_among_text_pages_is_skipped_and_said_so(tmp_path):
    from tealeaves.corpus import take_notices

    take_notices()
    path = tmp_path / "report.pdf"
    path.write_bytes(_pdf([_text(2000), _text(3 * 2**20, b"a chart label")]))
    doc = load_article(path)
    assert "minister said" in doc.text and "chart label" not in doc.text
    assert take_notices() == [
        f"{path}: page(s) 2 not read: each holds over 2 MB of "
        "drawing instructions, a picture rather than text"
    ]


def test_pages_and_time_per_pdf_are_capped(tmp_path, monkeypatch):
    path = tmp_path / "report.pdf"
    path.write_bytes(_pdf([_text(300_000)], times=6))
    monkeypatch.setattr(pdf_module, "MAX_PDF_PAGES", 5)
    with pytest.raises(ArticleError, match="6 pages, over the limit of 5"):
        load_article(path)
    monkeypatch.setattr(pdf_module, "MAX_PDF_PAGES", 2000)
    monkeypatch.setattr(pdf_module, "MAX_PDF_SECONDS", 0.2)
    started = time.monotonic()
    with pytest.raises(ArticleError, match=r"took over 0 s \(stopped at page \d of 6\)"):
        load_article(path)
    assert time.monotonic() - started < 5


# -- 9. pypdf's warnings ---------------------------------------------------------------------


def test_pypdf_warnings_become_safe_notices_not_stderr(tmp_path, capfd):
    from tealeaves.corpus import take_notices

    path = tmp_path / "font.pdf"
    font = b"/F#1b#5d0;HIJACK#07#1b#5b2J"
    path.write_bytes(_pdf([b"BT %s 12 Tf 72 712 Td (Hello) Tj ET\n" % font, _text(2000)]))
    take_notices()
    doc = load_article(path)
    assert "minister said" in doc.text
    out, err = capfd.readouterr()
    assert "HIJACK" not in out + err
    notices = take_notices()
    assert any("Font /F␛]0;HIJACK␇␛[2J is not in the page resources" in n for n in notices)
    assert all(n.startswith(f"{path}: the PDF reader warned") and not _raw(n) for n in notices)


# -- 6. two `add` of different files with the same name at once --------------------------------


def _article(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True)
    return write_article(folder, "article.md", f"{BODY} Copy number {n}.", title=f"Copy {n}")


def test_two_adds_of_the_same_name_at_once_keep_both(tmp_path, monkeypatch):
    library = tmp_path / "library"
    files = [_article(tmp_path / f"from{n}", n) for n in (1, 2)]
    # Both runs have looked at the library and loaded their file before either stores it:
    # the race that lost a copy 20 times of 20.
    both_loaded = threading.Barrier(2, timeout=20)

    def load_then_wait(path, **kwargs):
        doc = load_article(path, **kwargs)
        both_loaded.wait()
        return doc

    monkeypatch.setattr(importer, "load_article", load_then_wait)
    reports: list[object] = []
    runs = [
        threading.Thread(target=lambda p=p: reports.append(add_files([p], library))) for p in files
    ]
    for run in runs:
        run.start()
    for run in runs:
        run.join(30)
    stored = sorted(a.stored for r in reports for a in r.added)  # type: ignore[attr-defined]
    assert [Path(s).name for s in stored] == ["article-2.md", "article.md"]
    kept = {load_article(s).title for s in stored}
    assert kept == {"Copy 1", "Copy 2"}


def test_eight_processes_adding_article_md_at_once_keep_eight(tmp_path):
    library = tmp_path / "library"
    files = [_article(tmp_path / f"from{n}", n) for n in range(8)]
    go = tmp_path / "go"
    code = (
        "import os, sys, time\n"
        "from tealeaves.corpus.importer import add_files\n"
        f"while not os.path.exists({str(go)!r}): time.sleep(0.005)\n"
        f"r = add_files([sys.argv[1]], {str(library)!r})\n"
        "print(len(r.added), len(r.errors))\n"
    )
    env = {**os.environ, "PYTHONPATH": SRC}
    children = [
        subprocess.Popen([sys.executable, "-c", code, str(f)], env=env, stdout=subprocess.PIPE)
        for f in files
    ]
    time.sleep(1.0)  # let them import
    go.touch()
    outputs = [c.communicate(timeout=120)[0] for c in children]
    assert all(o.strip() == b"1 0" for o in outputs), outputs
    stored = sorted((library / "articles").glob("article*.md"))
    assert len(stored) == 8
    assert {load_article(s).title for s in stored} == {f"Copy {n}" for n in range(8)}
    assert not list((library / "articles").glob(".*"))  # no temporary file left


# -- Minor: a full disk, names too long -------------------------------------------------------


def test_a_full_disk_leaves_neither_the_copy_nor_its_sidecar(tmp_path, monkeypatch):
    source = write_article(tmp_path / "in", "half.md", BODY, title="Half")
    library = tmp_path / "library"
    real_fsync = os.fsync
    calls = []

    def fsync_fails_second(fd):  # the article is written, then its sidecar hits ENOSPC
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync_fails_second)
    report = add_files([source], library)
    assert not report.added and "No space left" in report.errors[0].reason
    assert sorted(p.name for p in (library / "articles").iterdir()) == []
    monkeypatch.setattr(os, "fsync", real_fsync)
    again = add_files([source], library)  # the retry, once there is space
    assert [Path(a.stored).name for a in again.added] == ["half.md"]
    assert (library / "articles" / "half.md.meta.json").is_file()


@pytest.mark.parametrize(
    ("name", "meta_id"),
    [
        ("long-id.md", "x" * 5000),
        ("chinese-id.md", "中国与俄罗斯的关系" * 12),  # 108 characters, 324 bytes
        ("a" * 229 + ".md", None),  # a legal 232-byte name
    ],
    ids=["5000-char-id", "108-chinese-chars", "232-byte-file-name"],
)
def test_long_ids_and_names_are_cut_and_hashed(tmp_path, name, meta_id):
    meta = {"title": "Long", **({"id": meta_id} if meta_id else {})}
    source = write_article(tmp_path / "in", name, BODY, **meta)
    report = add_files([source], tmp_path / "library")
    assert not report.errors, report.errors
    (added,) = report.added
    stored = Path(added.stored)
    assert len(stored.name.encode()) <= 140 and stored.is_file()
    assert load_article(stored).title == "Long"
    # another article with a name as long that differs only at its end gets its own copy
    other = write_article(tmp_path / "in2", name, BODY + " Other.", title="Other")
    if meta_id:
        other.write_text(other.read_text().replace("title: Other", f"title: Other\nid: {meta_id}Z"))
    second = add_files([other], tmp_path / "library")
    assert not second.errors, second.errors
    assert second.added[0].stored != added.stored


# -- Minor: pages that lost all their text ----------------------------------------------------


def _page(inner: str) -> str:
    return (
        "<html><head><title>Talks</title></head><body><article><h1>Talks</h1>"
        f"{inner}<p>{BODY} {BODY}</p><p>A second paragraph, with more words, he said.</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("written", "shown"),
    [("&#27;", "␛"), ("&#8;", "␈"), ("&#xFFFE;", "\ufffd"), ("&#xffff;", "\ufffd"), ("\x1b", "␛")],
)
def test_one_character_xml_cannot_hold_keeps_the_page(tmp_path, written, shown):
    path = tmp_path / "page.html"
    path.write_text(_page(f"<p>Before {written} after, the minister said on Monday.</p>"))
    doc = load_article(path)
    assert f"Before {shown} after" in doc.text
    assert BODY in doc.text


def test_ten_thousand_nested_divs_keep_the_page(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(_page("<div>" * 10_000 + "<p>Deep inside, she said.</p>" + "</div>" * 10_000))
    doc = load_article(path)
    assert BODY in doc.text


def test_flattening_is_linear_in_hostile_tag_soup():
    from tealeaves.corpus.html import _shallow

    soup = "<div><span>" * 50_000 + "</b></i>" * 50_000 + "</div>" * 50_000
    started = time.monotonic()
    flat = _shallow(soup)
    assert time.monotonic() - started < 5
    assert flat.count("<div>") == 50 and flat.count("<span>") == 50


# -- 10. a registry or topics file that is not UTF-8 --------------------------------------------

TOML = {
    "registry.toml": b'[[person]]\nname = "Zhao Huasheng"\nsource = "Fudan \xc9ditions"\n',
    "topics.toml": b'[[topic]]\nid = "arctic"\nlabel = "Arctic \xe9"\ncues = ["ice"]\n',
}


@pytest.mark.parametrize("name", sorted(TOML))
def test_a_user_file_that_is_not_utf8_is_named_and_the_bundled_data_used(tmp_path, name):
    from tealeaves.library import Library

    library = tmp_path / "library"
    library.mkdir()
    (library / name).write_bytes(TOML[name])
    with Library.open(index_dir=tmp_path / "index", library_dir=library) as lib:
        (notice,) = [n for n in lib.notices if name in n]
        assert "line 3: not UTF-8 text" in notice and str(library / name) in notice
        assert lib.topics()  # the bundled topics


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_user_file_that_is_a_fifo_or_named_with_escapes_is_refused_safely(tmp_path):
    from tealeaves.extract.registry import RegistryError, load_registry
    from tealeaves.extract.topics import TopicError, load_topics

    fifo = tmp_path / "registry.toml"
    os.mkfifo(fifo)
    result = _raised_within(lambda: load_registry(fifo), fifo)
    assert result is not None, "a FIFO registry.toml hung the start"
    assert isinstance(result, RegistryError) and "pipe" in str(result)
    hostile = tmp_path / f"{HIJACK}.toml"
    hostile.write_bytes(b"\xff\xfe")
    with pytest.raises(TopicError) as error:
        load_topics(hostile)
    assert not _raw(str(error.value)) and "line 1" in str(error.value)


def test_a_byte_order_mark_is_not_an_error(tmp_path):
    from tealeaves.extract.topics import load_topics

    path = tmp_path / "topics.toml"
    path.write_bytes(b"\xef\xbb\xbf" + TOML["topics.toml"].replace(b" \xe9", b""))
    assert load_topics(path).get("arctic") is not None


def test_notices_from_reading_articles_reach_the_library(tmp_path, monkeypatch):
    """What the corpus layer queues (pypdf's warnings, skipped pages) is shown by the
    Library's notices, not lost."""
    from tealeaves.corpus import loader
    from tealeaves.library import Library

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text("---\ntitle: A\n---\n\nSome text here.\n", encoding="utf-8")
    lib = Library.open(
        index_dir=tmp_path / "index",
        library_dir=tmp_path / "lib",
        corpus_dirs=[corpus],
        bundled=False,
    )
    try:
        loader._notice(corpus / "a.md", "page 3 was skipped")
        assert any("page 3 was skipped" in n for n in lib.notices)
        assert any("page 3 was skipped" in n for n in lib.notices)  # kept, not drained away
    finally:
        lib.close()


def test_a_broken_file_with_escapes_in_its_name_stays_safe_on_later_starts(tmp_path):
    """The second start reports the file from the manifest, not by reading it again: the
    path it shows must be as safe as the first time."""
    from tealeaves.library import Library

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ok.md").write_text("---\ntitle: OK\n---\n\nSome text here.\n", encoding="utf-8")
    (corpus / "bad\x1b]0;HIJACK\x07.md").write_bytes(b"")  # empty: cannot be read
    for _ in range(2):
        lib = Library.open(
            index_dir=tmp_path / "index",
            library_dir=tmp_path / "lib",
            corpus_dirs=[corpus],
            bundled=False,
        )
        try:
            shown = [str(e) for e in lib.errors]
            assert shown and all("\x1b" not in s and "\x07" not in s for s in shown)
        finally:
            lib.close()
