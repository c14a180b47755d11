"""A library on a read-only disk: it opens, it searches, and every refused save says so.

The index and library folders are made really read-only: as root (CI), a read-only bind
mount, since root writes through file permissions; otherwise by taking away write
permission. Nothing is simulated, so the errors are the ones a user meets.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import settle, write_article
from tealeaves.library import Library
from tealeaves.tui import TeaLeavesApp
from tealeaves.tui.profile import ProfileScreen
from tealeaves.userdata import UserDataError

BODY = "Zhao Huasheng (赵华胜), a professor, argues that “the partnership has limits”."


def _make_read_only(folder: Path) -> None:
    if os.geteuid() == 0:
        mounted = subprocess.run(
            ["mount", "--bind", "-o", "ro", str(folder), str(folder)], capture_output=True
        )
        if mounted.returncode == 0:
            return
        pytest.skip(f"cannot mount read-only here: {mounted.stderr.decode().strip()}")
    for path in [folder, *folder.rglob("*")]:
        path.chmod(path.stat().st_mode & ~0o222)


def _make_writable(folder: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["umount", str(folder)], capture_output=True)
        return
    for path in [folder, *folder.rglob("*")]:
        path.chmod(path.stat().st_mode | 0o200)


@pytest.fixture
def read_only(tmp_path):
    """A library with one article, one saved note and a built index, all on a read-only
    disk; yields the folders and the annotations file as it was."""
    disk = tmp_path / "disk"
    corpus, index, lib_dir = disk / "corpus", disk / "index", disk / "lib"
    write_article(corpus, "zhao.md", BODY, title="On limits")
    with Library.open(
        index_dir=index, library_dir=lib_dir, corpus_dirs=[corpus], bundled=False
    ) as lib:
        quote = lib.person(lib.find_person("Zhao Huasheng")).quotes[0]
        lib.set_note(quote.id, "kept")
    before = (lib_dir / "annotations.json").read_bytes()
    write_article(corpus, "late.md", "A later word on energy.", title="Late")  # needs indexing
    _make_read_only(disk)
    try:
        with pytest.raises(OSError):
            (lib_dir / "probe").write_text("x")
        yield {"corpus": corpus, "index": index, "lib": lib_dir, "quote": quote.id}
    finally:
        _make_writable(disk)
    assert (lib_dir / "annotations.json").read_bytes() == before, "the annotations changed"
    shutil.rmtree(disk)


def _open(where: dict) -> Library:
    return Library.open(
        index_dir=where["index"], library_dir=where["lib"], corpus_dirs=[where["corpus"]],
        bundled=False,
    )  # fmt: skip


def test_the_library_opens_searches_and_refuses_saves_clearly(read_only):
    with _open(read_only) as lib:
        assert lib.report.read_only
        # The index is shown as it was, and the notice says what it lacks.
        assert any("1 article file changed since" in n for n in lib.notices), lib.notices
        assert {h.doc_id for h in lib.search("partnership").hits} == {"zhao"}
        assert lib.search("energy").hits == ()
        assert lib.annotations().notes[read_only["quote"]].text == "kept"
        with pytest.raises(UserDataError, match="writable --library"):
            lib.set_note(read_only["quote"], "lost?")
        with pytest.raises(UserDataError, match="writable --library"):
            lib.set_flag(read_only["quote"], True)


def _cli(where: dict, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "tealeaves", "--index", str(where["index"])]
    cmd += ["--library", str(where["lib"]), "--corpus", str(where["corpus"]), "--no-bundled"]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, timeout=120)


def test_the_cli_searches_and_a_refused_note_is_one_clear_line(read_only):
    found = _cli(read_only, "search", "--json", "partnership")
    assert found.returncode == 0, found.stderr
    assert {h["document"] for h in json.loads(found.stdout)["hits"]} == {"zhao"}
    assert "not writable" in found.stderr
    refused = _cli(read_only, "note", read_only["quote"], "lost?")
    assert refused.returncode == 3, refused.stderr  # could not save
    assert "writable --library" in refused.stderr and "Traceback" not in refused.stderr
    shown = _cli(read_only, "note", read_only["quote"])
    assert shown.returncode == 0 and "kept" in shown.stdout


async def test_the_explorer_opens_and_a_refused_flag_is_a_notice(read_only):
    lib = _open(read_only)
    app = TeaLeavesApp(lambda progress: lib, close_library=False)
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            assert any("not writable" in str(n.message) for n in app._notifications)
            app.push_screen(ProfileScreen(lib, lib.find_person("Zhao Huasheng")))
            await settle(pilot)
            for key in ("f", "e"):  # flag, then write a note
                await pilot.press(key)
                await settle(pilot)
            await pilot.press(*"lost?", "enter")
            await settle(pilot)
            refused = [n for n in app._notifications if n.title == "Not done"]
            assert len(refused) == 2 and all("writable" in str(n.message) for n in refused)
            assert app.is_running and isinstance(app.screen, ProfileScreen)
    finally:
        lib.close()
