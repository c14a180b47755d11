"""Load article files: Markdown with YAML front matter, and plain text.

Every failure is an :class:`ArticleError` whose message is one line naming what is wrong
and what to do; :func:`load_articles` reports such files and goes on with the rest.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import yaml

from tealeaves.corpus.clean import fold_space, is_furniture, strip_bullet
from tealeaves.corpus.markdown import parse_markdown
from tealeaves.model import Block, Document, LoadError

ARTICLE_SUFFIXES: frozenset[str] = frozenset({".md", ".markdown", ".txt"})
MAX_ARTICLE_BYTES = 20 * 1024 * 1024

_FRONT_MATTER_FIELDS = {
    "id", "title", "authors", "author", "publication", "date", "language", "source", "url",
}  # fmt: skip


class ArticleError(Exception):
    """An article file that cannot be read; ``str()`` is the one-line reason."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(reason)
        self.path = str(path)
        self.reason = reason

    def as_load_error(self) -> LoadError:
        return LoadError(self.path, self.reason)


def slugify(text: str) -> str:
    """A lowercase id made of letters, digits and dashes (any script)."""
    slug = re.sub(r"[^\w]+", "-", text.lower(), flags=re.UNICODE).strip("-_")
    return re.sub(r"_+", "-", slug) or "article"


def iter_article_files(root: Path) -> Iterator[Path]:
    """Article files under ``root`` (a file or a folder, searched recursively), sorted."""
    if root.is_file():
        yield root
        return
    for path in sorted(root.rglob("*")):
        if (
            path.suffix.lower() in ARTICLE_SUFFIXES
            and path.is_file()
            and not any(part.startswith(".") for part in path.relative_to(root).parts)
            and path.name.lower() != "readme.md"
        ):
            yield path


def read_text(path: Path) -> str:
    """The file's text, or an ArticleError saying why it is not a readable article."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ArticleError(path, "no such file") from None
    except OSError as exc:
        raise ArticleError(path, f"cannot read it ({exc.strerror or exc})") from None
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(
            path, f"file is {size / 2**20:.1f} MB, over the {MAX_ARTICLE_BYTES // 2**20} MB limit"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(path, f"cannot read it ({exc.strerror or exc})") from None
    if not data.strip():
        raise ArticleError(path, "the file is empty")
    if b"\x00" in data[:8192]:
        raise ArticleError(path, "this is a binary file, not a text article")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            path,
            f"not UTF-8 text (bad byte at position {exc.start}); save it as UTF-8 and add it again",
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_front_matter(path: Path, text: str) -> tuple[dict[str, object], str]:
    """Split YAML front matter (between ``---`` lines at the top) from the body."""
    if not text.startswith("---"):
        return {}, text
    first, _, rest = text.partition("\n")
    if first.strip() != "---":
        return {}, text
    match = re.search(r"^(---|\.\.\.)[ \t]*$", rest, flags=re.MULTILINE)
    if match is None:
        raise ArticleError(path, "front matter starts with '---' but has no closing '---' line")
    raw, body = rest[: match.start()], rest[match.end() :]
    try:
        meta = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise ArticleError(path, f"bad front matter{where}: {problem}") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise ArticleError(path, "bad front matter: expected 'key: value' lines")
    return {str(k).lower(): v for k, v in meta.items()}, body


def _as_text(path: Path, meta: dict[str, object], key: str) -> str:
    value = meta.get(key)
    if value is None:
        return ""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, (str, int, float)):
        return fold_space(str(value))
    raise ArticleError(path, f"bad front matter: '{key}' should be a single value")


def _authors(path: Path, meta: dict[str, object]) -> tuple[str, ...]:
    value = meta.get("authors", meta.get("author"))
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        names = re.split(r"\s*(?:;|\band\b|&)\s*", value)
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        names = value
    else:
        raise ArticleError(path, "bad front matter: 'authors' should be a name or a list of names")
    return tuple(n for n in (fold_space(x) for x in names) if n)


def _date(path: Path, meta: dict[str, object]) -> str:
    date = _as_text(path, meta, "date")
    if date and not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", date):
        raise ArticleError(
            path, f"bad front matter: date {date!r} should look like 2023-05-30, 2023-05 or 2023"
        )
    return date


def _text_blocks(text: str) -> tuple[str, list[Block]]:
    """Plain text: paragraphs are separated by blank lines; the first line is the title."""
    paragraphs = [
        fold_space(" ".join(strip_bullet(line) for line in chunk.splitlines()))
        for chunk in re.split(r"\n\s*\n", text)
    ]
    paragraphs = [p for p in paragraphs if p and not is_furniture(p)]
    if not paragraphs:
        return "", []
    return paragraphs[0], [Block("body", p) for p in paragraphs[1:]]


def load_article(path: Path | str, *, doc_id: str | None = None) -> Document:
    """Load one article file. Raises :class:`ArticleError` with a one-line reason."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        kinds = ", ".join(sorted(ARTICLE_SUFFIXES))
        raise ArticleError(
            path, f"unsupported file type '{suffix or path.name}' (expected {kinds})"
        )
    text = read_text(path)
    if suffix == ".txt":
        meta: dict[str, object] = {}
        title, blocks = _text_blocks(text)
    else:
        meta, body = split_front_matter(path, text)
        heading, blocks = parse_markdown(body)
        title = _as_text(path, meta, "title")
        if not title:
            title = heading
        elif heading and heading != title:
            blocks.insert(0, Block("heading", heading))
    if not any(b.kind != "heading" for b in blocks):
        raise ArticleError(path, "no article text found (only a title or headings)")
    source = _as_text(path, meta, "source")
    url = _as_text(path, meta, "url")
    if url and url not in source:
        source = f"{url} {source}".strip()
    return Document.build(
        id=doc_id or slugify(_as_text(path, meta, "id") or path.stem),
        title=title or path.stem,
        blocks=blocks,
        authors=_authors(path, meta),
        publication=_as_text(path, meta, "publication"),
        date=_date(path, meta),
        language=_as_text(path, meta, "language"),
        source=source,
        path=str(path),
    )


def load_articles(
    paths: Iterable[Path],
    *,
    on_error: Callable[[LoadError], None] | None = None,
) -> tuple[list[Document], list[LoadError]]:
    """Load many files; a bad one is reported (and passed to ``on_error``) and skipped."""
    docs: list[Document] = []
    errors: list[LoadError] = []
    seen: dict[str, str] = {}
    for path in paths:
        try:
            doc = load_article(path)
            if doc.id in seen:
                raise ArticleError(
                    path, f"same id '{doc.id}' as {seen[doc.id]}; give it another id"
                )
        except ArticleError as exc:
            err = exc.as_load_error()
            errors.append(err)
            if on_error is not None:
                on_error(err)
            continue
        seen[doc.id] = str(path)
        docs.append(doc)
    return docs, errors
