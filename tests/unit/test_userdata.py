"""The user's annotations file: atomic saves, damaged and old files, concurrent writers."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from tealeaves.model import Stance
from tealeaves.userdata import FORMAT_VERSION, Note, UserData, UserDataError, append_line
from tealeaves.util import atomic_write_text


def _stance(position: str = "against") -> Stance:
    return Stance("zhou-bo", "alliance", position, "", "", "", "user")


def test_a_save_round_trips(tmp_path):
    store = UserData(tmp_path)
    store.update(lambda d: d.stances.update({("zhou-bo", "alliance"): _stance()}))
    store.update(lambda d: d.notes.update({"q1": Note("q1", "note 汉字", "doc", "words")}))
    store.update(lambda d: d.hidden.add(("ding-xiaoxing", "alliance")))
    data = UserData(tmp_path).load()
    assert data.stances[("zhou-bo", "alliance")] == _stance()
    assert data.notes["q1"].text == "note 汉字" and data.notes["q1"].quoted == "words"
    assert data.hidden == {("ding-xiaoxing", "alliance")}
    saved = json.loads((tmp_path / "annotations.json").read_text("utf-8"))
    assert saved["version"] == FORMAT_VERSION and saved["format"] == "tealeaves-annotations"


@pytest.mark.parametrize(
    "damage",
    [b"{not json", b"\xff\xfe\x00binary", b'["a list"]', b'{"notes": {"q": 3}}', b""],
)
def test_a_damaged_file_is_kept_aside_and_reported(tmp_path, damage):
    path = tmp_path / "annotations.json"
    path.write_bytes(damage)
    store = UserData(tmp_path)
    assert store.load().notes == {}
    (aside,) = tmp_path.glob("annotations.json.corrupt-*")
    assert aside.read_bytes() == damage  # nothing discarded
    assert any("damaged" in n and aside.name in n for n in store.notices)
    store.update(lambda d: d.notes.update({"q": Note("q", "fresh")}))
    assert UserData(tmp_path).load().notes["q"].text == "fresh"
    assert aside.read_bytes() == damage


def test_a_file_from_the_first_version_is_read_and_upgraded(tmp_path):
    (tmp_path / "annotations.json").write_text(json.dumps({"notes": {"q1": "old note"}}))
    store = UserData(tmp_path)
    assert store.load().notes["q1"].text == "old note"
    store.update(lambda d: d.flags.clear())
    saved = json.loads((tmp_path / "annotations.json").read_text())
    assert saved["version"] == FORMAT_VERSION and saved["notes"]["q1"]["text"] == "old note"


def test_a_file_from_a_newer_version_is_shown_but_never_written_over(tmp_path):
    newer = {"version": FORMAT_VERSION + 1, "notes": {"q1": {"text": "n"}}, "future": [1]}
    path = tmp_path / "annotations.json"
    path.write_text(json.dumps(newer))
    store = UserData(tmp_path)
    assert store.load().notes["q1"].text == "n"
    assert any("newer" in n for n in store.notices)
    with pytest.raises(UserDataError, match="upgrade"):
        store.update(lambda d: d.notes.clear())
    assert json.loads(path.read_text()) == newer


def test_an_unwritable_folder_gives_a_clear_error_and_keeps_the_file(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root can write to read-only folders")
    store = UserData(tmp_path)
    store.update(lambda d: d.notes.update({"q": Note("q", "kept")}))
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(UserDataError, match="nothing was changed"):
            store.update(lambda d: d.notes.clear())
    finally:
        tmp_path.chmod(0o755)
    assert UserData(tmp_path).load().notes["q"].text == "kept"


def test_a_failed_write_leaves_the_old_file(tmp_path, monkeypatch):
    store = UserData(tmp_path)
    store.update(lambda d: d.notes.update({"q": Note("q", "old")}))

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(UserDataError, match="No space left"):
        store.update(lambda d: d.notes.update({"q": Note("q", "new")}))
    monkeypatch.undo()
    assert UserData(tmp_path).load().notes["q"].text == "old"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_atomic_write_keeps_a_files_permissions(tmp_path):
    path = tmp_path / "out.txt"
    atomic_write_text(path, "a")
    assert path.stat().st_mode & 0o777 == 0o644
    path.chmod(0o600)
    atomic_write_text(path, "b")
    assert path.stat().st_mode & 0o777 == 0o600 and path.read_text() == "b"


SAVER = textwrap.dedent(
    """
    import sys
    from tealeaves.userdata import Note, UserData
    store = UserData(sys.argv[1])
    n = 0
    print("ready", flush=True)
    while True:
        n += 1
        text = f"version {n} " + "x" * 200_000  # big enough that a write takes a while
        store.update(lambda d: d.notes.update({"q": Note("q", text)}))
    """
)


def test_killing_the_process_while_it_saves_never_leaves_a_corrupt_file(tmp_path):
    """SIGKILL a process that saves in a loop, many times: the file is always whole."""
    versions = set()
    for round_ in range(12):
        proc = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(tmp_path)], stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(0.05 + 0.03 * round_)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        store = UserData(tmp_path)
        data = store.load()
        assert store.notices == []  # never damaged
        if data.notes:
            text = data.notes["q"].text
            assert text.startswith("version ") and text.endswith("x" * 200_000)
            versions.add(text.split()[1])
    assert versions  # some saves landed between kills
    assert list(tmp_path.glob("annotations.json.corrupt-*")) == []


def test_two_writers_lose_nothing(tmp_path):
    """The explorer and a `tealeaves note` saving at once: each change is kept."""
    script = textwrap.dedent(
        """
        import sys
        from tealeaves.userdata import Note, UserData
        store = UserData(sys.argv[1])
        for n in range(40):
            key = f"{sys.argv[2]}-{n}"
            store.update(lambda d: d.notes.update({key: Note(key, "t")}))
        """
    )
    procs = [subprocess.Popen([sys.executable, "-c", script, str(tmp_path), name]) for name in "ab"]
    assert [p.wait() for p in procs] == [0, 0]
    assert len(UserData(tmp_path).load().notes) == 80


def test_temporary_files_left_by_killed_saves_are_removed(tmp_path):
    """A save killed between writing its temporary file and the rename leaves the file
    (6 after 147 kills, up to 1.2 MB): the next save removes them."""
    leftovers = [tmp_path / f".annotations.json.{n}abc.tmp" for n in range(3)]
    for leftover in leftovers:
        leftover.write_text("half a save")
    other = tmp_path / ".other.json.x.tmp"  # not ours: kept
    other.write_text("x")
    UserData(tmp_path).update(lambda d: d.hidden.add(("a", "b")))
    assert not any(p.exists() for p in leftovers) and other.exists()
    assert UserData(tmp_path).load().hidden == {("a", "b")}


def test_a_symlinked_file_is_written_through(tmp_path):
    real = tmp_path / "synced" / "annotations.json"
    real.parent.mkdir()
    store = UserData(tmp_path / "library")
    store.path.parent.mkdir()
    store.path.symlink_to(real)
    store.update(lambda d: d.hidden.add(("a", "b")))
    store.update(lambda d: d.hidden.add(("c", "d")))
    assert store.path.is_symlink() and os.readlink(store.path) == str(real)
    assert json.loads(real.read_text("utf-8"))["hidden"] == [["a", "b"], ["c", "d"]]


APPENDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from tealeaves.userdata import append_line
    path, name, go = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    while not go.exists():  # all start together
        time.sleep(0.005)
    for n in range(30):
        append_line(path, f"- {name}-{n} " + "x" * 3000)
    """
)


def test_parallel_appends_to_citations_lose_no_line(tmp_path):
    """Y in two explorers at once (citations.md): each append reads the file and writes
    it again, so without the lock one process wrote over another's line."""
    path, go = tmp_path / "citations.md", tmp_path / "go"
    path.write_text("# Citations\n", encoding="utf-8")
    names = [f"p{k}" for k in range(6)]
    procs = [
        subprocess.Popen([sys.executable, "-c", APPENDER, str(path), name, str(go)])
        for name in names
    ]
    time.sleep(0.5)  # let them all start and wait
    go.touch()
    assert [p.wait(timeout=120) for p in procs] == [0] * len(procs)
    lines = path.read_text(encoding="utf-8").splitlines()
    expected = {f"- {name}-{n} " + "x" * 3000 for name in names for n in range(30)}
    assert lines[0] == "# Citations" and len(lines) == 1 + len(expected)
    assert set(lines[1:]) == expected  # none lost, none cut or run into another
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_an_append_adds_one_line_and_writes_through_a_link(tmp_path):
    real = tmp_path / "synced" / "citations.md"
    real.parent.mkdir()
    real.write_text("- first", encoding="utf-8")  # no newline at its end
    link = tmp_path / "citations.md"
    link.symlink_to(real)
    append_line(link, "- second")
    append_line(link, "- third\n")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "- first\n- second\n- third\n"


def test_an_append_removes_what_killed_appends_left(tmp_path):
    path = tmp_path / "citations.md"
    leftover = tmp_path / ".citations.md.x1y2.tmp"  # an append killed before its rename
    leftover.write_text("- half\n", encoding="utf-8")
    append_line(path, "- a")
    assert not leftover.exists() and path.read_text(encoding="utf-8") == "- a\n"


def test_an_append_that_cannot_write_says_so(tmp_path):
    path = tmp_path / "citations.md"
    path.write_bytes(b"\xff not UTF-8\n")
    with pytest.raises(UserDataError, match="could not add to"):
        append_line(path, "- a")
    assert path.read_bytes() == b"\xff not UTF-8\n"
