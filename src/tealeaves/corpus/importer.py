"""Adding a user's own articles to their library: ``tealeaves add``.

Each file is checked by loading it exactly as the index will, then copied untouched into
``<library>/articles/`` with a sidecar (``NAME.meta.json``) that records the metadata given
on the command line, the encoding, where it came from and a hash of its bytes. The hash
recognises the same article added twice; the original path recognises a changed file, whose
copy is then replaced. Nothing is ever written outside the library.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from tealeaves.corpus.clean import show_line
from tealeaves.corpus.loader import (
    ARTICLE_SUFFIXES,
    SIDECAR_SUFFIX,
    ArticleError,
    article_id,
    iter_article_files,
    load_article,
    read_bytes,
    sidecar_path,
    slugify,
)
from tealeaves.model import LoadError
from tealeaves.util import (
    STAGED_PREFIX,
    claim,
    fsync_folder,
    stage_bytes,
)
from tealeaves.views import Added, AddReport, Progress

OVERRIDABLE = ("title", "authors", "date", "publication", "url")
#: The longest stored name (UTF-8 bytes, before "-2" and the suffix): with ".meta.json" and
#: a temporary name around it, it stays well within the 255 bytes of most file systems.
MAX_NAME_BYTES = 120
#: Temporary files older than this in the articles folder are left from a crash.
STALE_SECONDS = 3600


def expand(paths: Iterable[Path | str], report: AddReport) -> list[Path]:
    """The article files named by ``paths`` (folders searched recursively); a missing path
    or a folder without articles is reported."""
    kinds = ", ".join(sorted(ARTICLE_SUFFIXES))
    files: list[Path] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if not path.exists():
            report.errors.append(LoadError(show_line(path), "no such file or folder"))
        elif path.is_dir():
            found = list(iter_article_files(path))
            if not found:
                report.errors.append(
                    LoadError(show_line(path), f"no articles in this folder (looked for {kinds})")
                )
            files.extend(found)
        elif path.suffix.lower() not in ARTICLE_SUFFIXES:
            report.errors.append(
                LoadError(
                    show_line(path),
                    f"unsupported file type '{show_line(path.suffix)}' (expected {kinds})",
                )
            )
        else:
            files.append(path)
    return list(dict.fromkeys(p.resolve() for p in files))


def _known(articles: Path) -> tuple[dict[str, Path], dict[str, Path]]:
    """The library's added articles by hash and by original path."""
    by_hash: dict[str, Path] = {}
    by_origin: dict[str, Path] = {}
    if not articles.is_dir():
        return by_hash, by_origin
    for side in articles.glob(f"*{SIDECAR_SUFFIX}"):
        try:
            data = json.loads(side.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        stored = side.with_name(side.name[: -len(SIDECAR_SUFFIX)])
        if isinstance(data, dict) and stored.exists():
            if isinstance(data.get("sha256"), str):
                by_hash[data["sha256"]] = stored
            if isinstance(data.get("original"), str):
                by_origin[data["original"]] = stored
    return by_hash, by_origin


def add_files(
    paths: Iterable[Path | str],
    library_dir: Path,
    *,
    overrides: dict[str, object] | None = None,
    encoding: str | None = None,
    progress: Progress | None = None,
    id_taken: Callable[[str], bool] = lambda doc_id: False,
) -> AddReport:
    """Copy the articles at ``paths`` into ``library_dir/articles``; see the module doc.
    ``id_taken`` says whether an article id is already in use (in the index)."""
    report = AddReport()
    files = expand(paths, report)
    articles = Path(library_dir) / "articles"
    _remove_stale(articles)
    by_hash, by_origin = _known(articles)
    taken = _Taken(
        {slugify(p.stem) for p in (articles.iterdir() if articles.is_dir() else ())}, id_taken
    )
    given = {k: v for k, v in (overrides or {}).items() if k in OVERRIDABLE and v}
    for n, path in enumerate(files, 1):
        if progress is not None:
            progress(n - 1, len(files), path.name)
        try:
            report.added.append(
                _add_one(path, articles, given, encoding, by_hash, by_origin, taken)
            )
        except ArticleError as exc:
            report.errors.append(exc.as_load_error())
        except OSError as exc:
            report.errors.append(
                LoadError(
                    show_line(path),
                    show_line(f"could not copy it into {articles} ({exc.strerror or exc})"),
                )
            )
    if progress is not None:
        progress(len(files), len(files), "")
    return report


class _Taken:
    """Ids in use: the library folder's file names, those added in this run, and whatever
    the index already holds (asked one id at a time, not listed)."""

    def __init__(self, names: set[str], id_taken: Callable[[str], bool]) -> None:
        self.names = names
        self.id_taken = id_taken

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self.names or (isinstance(doc_id, str) and self.id_taken(doc_id))

    def add(self, doc_id: str) -> None:
        self.names.add(doc_id)


def _add_one(
    path: Path,
    articles: Path,
    given: dict[str, object],
    encoding: str | None,
    by_hash: dict[str, Path],
    by_origin: dict[str, Path],
    taken: _Taken,
) -> Added:
    data = read_bytes(path)
    digest = hashlib.sha256(data).hexdigest()
    same = by_hash.get(digest)
    if same is not None and not given:
        doc = load_article(same)
        return Added(show_line(path), doc.id, doc.title, "unchanged", str(same))
    sidecar: dict[str, object] = {**given}
    if encoding:
        sidecar["encoding"] = encoding
    previous = by_origin.get(str(path)) or same
    if previous is not None:  # an update keeps what was given when it was added
        old = _read_json(sidecar_path(previous))
        sidecar = {**{k: v for k, v in old.items() if k in OVERRIDABLE}, **sidecar}
    doc = load_article(path, overrides=sidecar)  # checked exactly as the index will load it
    if previous is None and doc.id != slugify(path.stem) and doc.id in taken:
        raise ArticleError(
            path,
            f"an article with the id '{doc.id}' (from its front matter) is already in the "
            "library; if this is another article, give it another id",
        )
    sidecar |= {"original": str(path), "sha256": digest, "added": time.strftime("%Y-%m-%d")}
    meta = (json.dumps(sidecar, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if previous is not None:
        stored, status = previous, "updated"
        _replace_pair(stored, data, meta)
    else:
        stored, status = (
            _store_new(articles, stored_name(doc.id), path.suffix.lower(), data, meta, taken),
            "added",
        )
    by_hash[digest] = stored
    by_origin[str(path)] = stored
    # The copy has the same words as what was just loaded; only its name (the id) differs.
    doc_id = article_id(stored, encoding)
    return Added(show_line(path), doc_id, doc.title, status, str(stored))


def stored_name(doc_id: str) -> str:
    """The name of an article's copy: its id as a slug, cut to :data:`MAX_NAME_BYTES` with a
    hash of the whole for a long one (a 5,000-character id, or 100 Chinese characters, would
    be "File name too long")."""
    base = slugify(doc_id)
    raw = base.encode("utf-8")
    if len(raw) <= MAX_NAME_BYTES:
        return base
    digest = hashlib.sha256(raw).hexdigest()[:10]
    cut = raw[: MAX_NAME_BYTES - len(digest) - 1].decode("utf-8", "ignore").rstrip("-")
    return f"{cut}-{digest}"


def _store_new(
    articles: Path, base: str, suffix: str, data: bytes, meta: bytes, taken: _Taken
) -> Path:
    """Store a new article and its sidecar under the first free name: ``base``,
    ``base-2``, ... Both are written to temporary files first, so a full disk leaves
    neither; the name is then claimed atomically, so two processes adding different files
    of the same name at once get two names."""
    articles.mkdir(parents=True, exist_ok=True)
    staged = stage_bytes(articles, data)
    try:
        staged_meta = stage_bytes(articles, meta)
        try:
            name, k = base, 1
            while True:
                stored = articles / f"{name}{suffix}"
                if name not in taken and claim(staged, stored):
                    break
                k += 1
                name = f"{base}-{k}"
            try:
                os.replace(staged_meta, sidecar_path(stored))
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(stored)
                raise
            taken.add(name)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(staged_meta)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(staged)
    fsync_folder(articles)
    return stored


def _replace_pair(stored: Path, data: bytes, meta: bytes) -> None:
    """Replace an added article's copy and sidecar: both are staged before either is
    replaced, so a full disk leaves the old pair."""
    mode = stored.stat().st_mode & 0o777
    staged = stage_bytes(stored.parent, data, mode=mode)
    try:
        staged_meta = stage_bytes(stored.parent, meta)
        try:
            os.replace(staged, stored)
            os.replace(staged_meta, sidecar_path(stored))
        finally:
            with contextlib.suppress(OSError):
                os.unlink(staged_meta)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(staged)
    fsync_folder(stored.parent)


def _remove_stale(articles: Path) -> None:
    """Delete temporary files that a killed ``add`` left (those of a running one are new)."""
    with contextlib.suppress(OSError):
        for tmp in articles.glob(f"{STAGED_PREFIX}*.tmp"):
            with contextlib.suppress(OSError):
                if time.time() - tmp.lstat().st_mtime > STALE_SECONDS:
                    tmp.unlink()


def _read_json(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def remove_article(stored: Path) -> None:
    """Delete an added article's copy and its sidecar from the library."""
    for path in (stored, sidecar_path(stored)):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
