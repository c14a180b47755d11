"""Hostile input files (issue 21, findings 6-10 and the Minor ones of the article layer).

Files that are not files, names that drive the terminal, PDFs and pages built to be slow or
to lose their text, two `add` at once, a full disk, names too long for the file system, and
registry or topics files that are not UTF-8. Each test failed before its fix.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import tealeaves
from helpers import write_article
from tealeaves.corpus import ArticleError, load_article, load_articles
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


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_sidecar_that_is_a_fifo_does_not_hang_the_loader(tmp_path):
    path = write_article(tmp_path, "a.md", BODY, title="A")
    os.mkfifo(tmp_path / "a.md.meta.json")
    result: list[object] = []

    def load() -> None:
        try:
            load_article(path)
        except ArticleError as exc:
            result.append(exc)

    worker = threading.Thread(target=load, daemon=True)
    worker.start()
    worker.join(10)
    if worker.is_alive():
        os.close(os.open(tmp_path / "a.md.meta.json", os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("a FIFO sidecar hung the loader")
    assert result and "pipe" in str(result[0])
