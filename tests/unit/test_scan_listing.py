"""A reload with nothing changed does not list the article folders again when their
modification times say no file was added, removed or renamed (search.manifest.scan, Round 11
of docs/benchmarks.md); every change is still found: a file added, removed, renamed, put in
a new or an empty subfolder, and a file changed in place."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from helpers import write_article
from tealeaves.library import Library
from tealeaves.search import manifest

OLD = time.time_ns() - 3600 * 10**9  # an hour ago: settled


def _age(root: Path) -> None:
    """Every folder under ``root`` last changed an hour ago (as a library long in place)."""
    for folder, dirs, _files in os.walk(root):
        for name in dirs:
            os.utime(Path(folder) / name, ns=(OLD, OLD))
    os.utime(root, ns=(OLD, OLD))


@pytest.fixture
def listings(monkeypatch):
    """How many times a folder tree was listed."""
    monkeypatch.setattr(manifest, "_listings", {})
    calls = []
    real = manifest.article_paths
    monkeypatch.setattr(
        manifest,
        "article_paths",
        lambda root, listed=None: calls.append(root) or real(root, listed),
    )
    return calls


def _corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    write_article(root, "a.md", "Alpha.")
    write_article(root / "sub", "b.md", "Beta.")
    (root / "empty").mkdir()
    _age(root)
    return root


def test_a_settled_tree_is_listed_once(tmp_path, listings):
    root = _corpus(tmp_path)
    first = manifest.scan([root])
    assert manifest.scan([root]) == first and len(first) == 2
    assert len(listings) == 1


def test_a_tree_changed_just_now_is_listed_again(tmp_path, listings):
    root = _corpus(tmp_path)
    os.utime(root, None)  # now: a change in the same tick as a listing would not show
    manifest.scan([root])
    manifest.scan([root])
    assert len(listings) == 2


@pytest.mark.parametrize(
    "change, expected",
    [
        (lambda root: write_article(root, "c.md", "Gamma."), {"a.md", "b.md", "c.md"}),
        (lambda root: write_article(root / "sub", "c.md", "Gamma."), {"a.md", "b.md", "c.md"}),
        (lambda root: write_article(root / "empty", "c.md", "Gamma."), {"a.md", "b.md", "c.md"}),
        (lambda root: write_article(root / "new" / "deep", "c.md", "G."), {"a.md", "b.md", "c.md"}),
        (lambda root: (root / "sub" / "b.md").unlink(), {"a.md"}),
        (lambda root: (root / "a.md").rename(root / "z.md"), {"z.md", "b.md"}),
        (lambda root: (root / "sub").rename(root / ".hidden"), {"a.md"}),
    ],
)
def test_every_change_of_the_tree_is_found(tmp_path, listings, change, expected):
    root = _corpus(tmp_path)
    manifest.scan([root])
    change(root)
    assert {Path(k).name for k in manifest.scan([root])} == expected
    assert len(listings) == 2


def test_a_tree_with_a_linked_file_is_listed_each_time(tmp_path, listings):
    """A link's target can move without any listed folder changing: its key (the target's
    real path) would go stale, so such a tree is not kept."""
    root = _corpus(tmp_path)
    elsewhere = write_article(tmp_path / "elsewhere", "x.md", "Elsewhere.")
    (root / "x.md").symlink_to(elsewhere)
    _age(root)
    first = manifest.scan([root])
    elsewhere.rename(tmp_path / "elsewhere" / "y.md")
    write_article(tmp_path / "elsewhere", "x.md", "Moved in.")
    (root / "x.md").unlink()
    (root / "x.md").symlink_to(tmp_path / "elsewhere" / "y.md")
    _age(root)
    second = manifest.scan([root])
    assert str(elsewhere) in first and str(tmp_path / "elsewhere" / "y.md") in second
    assert len(listings) == 2


def test_a_file_changed_in_place_is_reindexed_on_reload(tmp_path, listings):
    root = _corpus(tmp_path)
    lib = Library.open(
        index_dir=tmp_path / "index", library_dir=tmp_path / "library",
        corpus_dirs=[root], bundled=False,
    )  # fmt: skip
    try:
        _age(root)
        assert not lib.reload().changed  # listed again: the tree had changed (aged)
        assert not lib.reload().changed  # not listed again
        listed = len(listings)
        write_article(root / "sub", "b.md", "Beta, and a zebra now.")  # same folder times
        _age(root)
        report = lib.reload()
        assert len(listings) == listed  # the folders were not listed again, yet
        assert report.updated and lib.search("zebra").hits
    finally:
        lib.close()


def test_a_folder_whose_listing_failed_is_listed_again(tmp_path, listings, monkeypatch):
    """A listing that failed (permissions; a chmod changes no folder's time) is not kept:
    the next scan lists again and finds the files it missed."""
    root = _corpus(tmp_path)
    real = os.scandir
    sub = str(root / "sub")

    def refuse_sub(path):
        if str(path) == sub:
            raise PermissionError(path)
        return real(path)

    monkeypatch.setattr(os, "scandir", refuse_sub)
    assert len(manifest.scan([root])) == 1  # sub/b.md unreadable
    monkeypatch.setattr(os, "scandir", real)
    assert len(manifest.scan([root])) == 2
    assert len(listings) == 2


def test_a_broken_link_found_later_is_listed(tmp_path, listings):
    """A link whose target is absent (a drive not mounted) is skipped; the tree is listed
    again on the next scan, so the file is found once the target appears."""
    root = _corpus(tmp_path)
    target = tmp_path / "elsewhere" / "c.md"
    os.symlink(target, root / "c.md")
    _age(root)
    assert len(manifest.scan([root])) == 2
    write_article(target.parent, "c.md", "Gamma.")
    assert len(manifest.scan([root])) == 3


def test_files_are_kept_as_strings_by_their_real_paths(tmp_path, listings):
    """The listing keeps each path as a string (a ``Path`` costs 0.5 s at 50,000 files);
    a file reached through a linked folder or that is a link is still keyed by its real
    path, and only then is a file resolved on its own."""
    root = _corpus(tmp_path)
    found = manifest.scan([root])
    assert all(type(p) is str for p in found.values())
    assert found == {str(root.resolve() / "a.md"): str(root / "a.md"),
                     str(root.resolve() / "sub" / "b.md"): str(root / "sub" / "b.md")}  # fmt: skip
    through = tmp_path / "through"
    through.symlink_to(root, target_is_directory=True)
    assert set(manifest.scan([through])) == set(found)
    write_article(tmp_path / "elsewhere", "y.md", "Why.")
    (root / "x.md").symlink_to(tmp_path / "elsewhere" / "y.md")
    assert str((tmp_path / "elsewhere" / "y.md").resolve()) in manifest.scan([root])


def test_changes_stats_strings_and_hands_paths_to_read(tmp_path):
    """``changes`` compares each file's size and time with its entry; a file changed (or
    new) comes back as a ``Path`` to read, in the order of the keys, and the errors kept
    for unchanged files are reported in that order too."""
    from tealeaves.views import UpdateReport

    root = tmp_path / "c"
    for name in ("b.md", "a.md", "c.md"):
        write_article(root, name, "Text.")
    paths = {str(root / n): str(root / n) for n in ("c.md", "b.md", "a.md")}
    old = {k: manifest.entry_for(p, None, None) for k, p in paths.items()}
    old[str(root / "c.md")]["error"] = "bad"
    old[str(root / "b.md")]["error"] = "worse"
    write_article(root, "a.md", "Text changed.")
    new = str(root / "d.md")
    write_article(root, "d.md", "New.")
    report = UpdateReport()
    entries, todo = manifest.changes(paths | {new: new}, old, report, None)
    assert todo == [(str(root / "a.md"), root / "a.md"), (new, Path(new))]
    assert set(entries) == {str(root / "b.md"), str(root / "c.md")}
    assert [e.reason for e in report.errors] == ["worse", "bad"]


def test_the_listing_is_sorted_as_the_parts_of_each_path(tmp_path):
    """The listing sorts by the path's parts joined with NUL, which must give the order of
    the tuples of parts (a folder "a" before a sibling "a-b" or "a b", whose names sort
    after "a" and its separator would not)."""
    from tealeaves.corpus.loader import article_paths

    root = tmp_path / "corpus"
    for rel in ("a/z.md", "a-b/c.md", "a b/c.md", "a.md", "a/b/c.md", "ab.md", "A.md",
                "a/b.md", "é.md", "a0/x.txt", "b/README.md", "b/.hidden.md", "b/x.MD"):  # fmt: skip
        write_article((root / rel).parent, Path(rel).name, "Text.")
    got = article_paths(root)
    expected = sorted(
        (p for p in root.rglob("*") if p.is_file() and not p.name.startswith(".")
         and p.name != "README.md"),
        key=lambda p: p.relative_to(root).parts,
    )  # fmt: skip
    assert got == [str(p) for p in expected]
