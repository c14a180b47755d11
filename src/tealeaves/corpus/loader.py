"""Load article files: Markdown with YAML front matter, plain text, web pages and PDFs.

An article added with ``tealeaves add`` has a sidecar file next to it (``NAME.meta.json``)
holding the metadata given on the command line, the text encoding if it is not UTF-8, and
where the file came from; the article file itself is an untouched copy.

Every failure is an :class:`ArticleError` whose message is one line naming what is wrong
and what to do; :func:`load_articles` reports such files and goes on with the rest.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from operator import itemgetter
from pathlib import Path

import yaml

from tealeaves.corpus.byline import clean_authors, credit_names
from tealeaves.corpus.clean import (
    fold_space,
    is_furniture,
    join_lines,
    show_controls,
    show_line,
    strip_bullet,
)
from tealeaves.corpus.dates import date_line, written_date
from tealeaves.corpus.markdown import parse_markdown
from tealeaves.model import Block, Document, LoadError
from tealeaves.util import NotRegularFile, read_regular

SIDECAR_SUFFIX = ".meta.json"
#: The encodings a guess may choose among: those articles about China and Russia come in.
#: Short texts fit exotic code pages by chance; these keep the guess sensible.
LIKELY_ENCODINGS = (
    "cp1252", "latin_1", "gb18030", "big5", "cp1251", "koi8_r",
    "shift_jis", "euc_jp", "euc_kr", "utf_16",
)  # fmt: skip
FROM_ADD = "given to tealeaves add"
MAX_ARTICLE_BYTES = 20 * 1024 * 1024
#: A sidecar holds a few fields; a bigger one is not ours.
MAX_SIDECAR_BYTES = 1024 * 1024

_FRONT_MATTER_FIELDS = {
    "id", "title", "authors", "author", "publication", "date", "language", "source", "url",
}  # fmt: skip


_NOTICES: deque[str] = deque(maxlen=500)
_NOTICES_LOCK = threading.Lock()


def take_notices() -> list[str]:
    """What reading articles had to say that is not an error (pypdf's warnings, PDF pages
    skipped), oldest first, since the last call; each a line that is safe to print. The
    caller shows them as notices; nothing of the corpus layer is printed to stderr."""
    with _NOTICES_LOCK:
        notices = list(_NOTICES)
        _NOTICES.clear()
    return notices


def _notice(path: Path, message: str) -> None:
    with _NOTICES_LOCK:
        _NOTICES.append(f"{show_line(path)}: {show_line(message)}")


class ArticleError(Exception):
    """An article file that cannot be read; ``str()`` is the one-line reason.

    ``path`` and ``reason`` are safe to print: a file name such as ``a\x1b]0;X\x07.md``,
    or a library's message quoting bytes of the file, has its control characters (newline
    and tab included) made visible as in article text, so that it is shown on one line and
    never drives the terminal."""

    def __init__(self, path: Path | str, reason: str) -> None:
        reason = show_line(reason)
        super().__init__(reason)
        self.path = show_line(path)
        self.reason = reason

    def as_load_error(self) -> LoadError:
        return LoadError(self.path, self.reason)


def slugify(text: str) -> str:
    """A lowercase id made of letters, digits and dashes (any script)."""
    slug = re.sub(r"[^\w]+", "-", text.lower(), flags=re.UNICODE).strip("-_")
    return re.sub(r"_+", "-", slug) or "article"


def iter_article_files(root: Path, listed: list[tuple[str, int]] | None = None) -> Iterator[Path]:
    """Article files under ``root`` (a file or a folder, searched recursively), sorted: the
    paths of :func:`article_paths` as ``Path`` objects."""
    for path in article_paths(root, listed):
        yield Path(path)


def article_paths(root: Path, listed: list[tuple[str, int]] | None = None) -> list[str]:
    """The paths of the article files under ``root`` (a file or a folder, searched
    recursively) as strings, sorted. A ``Path`` costs about 10 µs to make: 0.5 s for a
    library of 50,000 files, which the index's look at the corpus compares by string.

    Hidden files and folders and READMEs are left out; links to folders are not followed.
    One directory listing per folder: a library of 50,000 files is listed in a fraction of
    the time ``Path.rglob`` and a sort of ``Path`` objects take. ``listed`` receives every
    folder listed, with its modification time (ns) taken just before its listing, or -1 when
    its listing cannot be trusted to stay right while that time does not change: it failed
    (permissions change no folder's time), an entry could not be read, or it holds a link
    (whose target can appear or move without any folder here changing)."""
    if root.is_file():
        return [str(root)]
    # Sorted as the tuples of the path's parts would be, by one string a file: the parts
    # joined with NUL, which no name holds and which sorts before every other character
    # (sorting 50,000 tuples of parts took 0.24 s, by these strings 0.02 s).
    found: list[tuple[str, str]] = []
    folders: list[tuple[str, str]] = [("", str(root))]
    while folders:
        prefix, folder = folders.pop()
        try:
            mtime = os.stat(folder).st_mtime_ns
            entries = list(os.scandir(folder))
        except OSError:
            if listed is not None:
                listed.append((folder, -1))
            continue
        trusted = True
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            try:
                if entry.is_symlink():
                    trusted = False  # a link, perhaps broken now: its target may come later
                if entry.is_dir(follow_symlinks=False):
                    folders.append((f"{prefix}{name}\0", entry.path))
                elif (
                    name[name.rfind(".") :].lower() in ARTICLE_SUFFIXES  # the name's suffix
                    and "." in name
                    and name.lower() != "readme.md"
                    and entry.is_file()
                ):
                    found.append((prefix + name, entry.path))
            except OSError:
                trusted = False
                continue
        if listed is not None:
            listed.append((folder, mtime if trusted else -1))
    found.sort(key=itemgetter(0))
    return [path for _, path in found]


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or an ArticleError for a missing, unreadable, empty or huge file,
    and for anything but a regular file: a pipe would hang the reader and a device such as
    ``/dev/zero`` fill the memory. At most the size limit and one byte are read."""
    limit = MAX_ARTICLE_BYTES
    try:
        size = path.stat().st_size
        data = read_regular(path, limit) if size <= limit else b""
    except FileNotFoundError:
        raise ArticleError(path, "no such file") from None
    except NotRegularFile as exc:
        reason = f"this is {exc.kind}, not a regular file; only files can be read"
        raise ArticleError(path, reason) from None
    except OSError as exc:
        raise ArticleError(path, f"cannot read it ({exc.strerror or exc})") from None
    if size > limit or len(data) > limit:  # a file that grew while it was read is over too
        mb = f"{size / 2**20:.1f} MB, " if size > limit else ""
        raise ArticleError(path, f"file is {mb}over the {limit // 2**20} MB limit")
    if not data.strip():
        raise ArticleError(path, "the file is empty")
    return data


def decode(path: Path, data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was read in. UTF-8 is tried first; then the
    encoding is guessed (charset-normalizer), and refused when the guess is weak."""
    if b"\x00" in data[:8192] and not _utf16(data):
        raise ArticleError(path, "this is a binary file, not a text article")
    if encoding:
        try:
            text = data.decode(encoding)
        except (LookupError, UnicodeDecodeError) as exc:
            raise ArticleError(path, f"cannot be read as {encoding} ({exc})") from None
        return _newlines(text), encoding
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return _newlines(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as exc:
        bad = exc.start
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LIKELY_ENCODINGS)).best()
    if best is None or best.encoding is None or best.chaos > 0.2:
        raise ArticleError(
            path,
            f"not UTF-8 text (bad byte at position {bad}) and its encoding is unclear; "
            "add it again with --encoding (e.g. gb18030, big5, cp1251, latin-1)",
        )
    return _newlines(str(best)), best.encoding


def _utf16(data: bytes) -> bool:
    """UTF-16 text (with its byte-order mark) has NUL bytes but is not binary."""
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError:
        return False
    return sum(c.isprintable() or c.isspace() for c in text) > 0.95 * len(text)


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: Path, encoding: str | None = None) -> str:
    """The file's text, or an ArticleError saying why it is not a readable article."""
    return decode(path, read_bytes(path), encoding)[0]


def sidecar_path(path: Path) -> Path:
    """Where ``tealeaves add`` keeps an article's metadata: ``NAME.EXT.meta.json``."""
    return path.with_name(path.name + SIDECAR_SUFFIX)


def read_sidecar(path: Path) -> dict[str, object]:
    """The sidecar of ``path`` ({} when there is none). A broken one is an ArticleError."""
    side = sidecar_path(path)
    try:
        raw = read_regular(side, MAX_SIDECAR_BYTES)  # never a pipe: that would hang
        if len(raw) > MAX_SIDECAR_BYTES:
            raise ValueError(f"over {MAX_SIDECAR_BYTES // 2**20} MB")
        data = json.loads(raw.decode("utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise ArticleError(path, f"its metadata file {side.name} is damaged ({exc})") from None
    if not isinstance(data, dict):
        raise ArticleError(path, f"its metadata file {side.name} is damaged (not an object)")
    return data


#: libyaml's safe loader where PyYAML was built with it (six times faster, the same values:
#: the constructor is the same Python code), else PyYAML's own.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _front_matter(raw: str) -> object:
    """The YAML of a front matter. Front matter that does not parse is parsed again by
    PyYAML's own loader, whose messages name the character and the line that a user
    must mend (libyaml's say "found character that cannot start any token")."""
    try:
        return yaml.load(raw, Loader=_FAST_LOADER)
    except yaml.YAMLError:
        return yaml.safe_load(raw)


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
        meta = _front_matter(raw)
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
    # each read as a byline: "澎湃新闻记者 张三" is 张三, "A · Europe Desk · July" is A, and a
    # desk, a date or a dateline's city next to a person ("A; B; Пекин") is no author
    return clean_authors(show_controls(x) for x in names)


def _date(path: Path, meta: dict[str, object]) -> str:
    date = _as_text(path, meta, "date")
    if date and not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", date):
        # as a header writes it: "16 July 2026", "2026年7月16日", "16 июля 2026", "2026-7-16"
        date = written_date(date) if date_line(date) else date
    if date and not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", date):
        raise ArticleError(
            path, f"bad front matter: date {date!r} should look like 2023-05-30, 2023-05 or 2023"
        )
    return date


# A line that opens with a speaker's or a field's label: "Host: …", "(00:38) Bonnie Glaser: …".
# ("Вопрос: …", "问：…": Cyrillic capitals, and a Chinese label with its full-width colon)
_LABEL_LINE = re.compile(
    r"\s*(?:[(\[]?\d{1,2}(?::\d\d){1,2}[)\]]?\s*)?"
    r"(?:[A-ZА-ЯЁ][\w.’'-]*(?: [A-ZА-ЯЁ][\w.’'-]*){0,3}\s*:\s|[\u4e00-\u9fff]{1,6}[：:])"
)


def _text_blocks(text: str) -> tuple[str, list[Block]]:
    """Plain text: paragraphs are separated by blank lines; the first line is the title."""
    chunks = [chunk.splitlines() for chunk in re.split(r"\n\s*\n", text)]
    # A byline is a line of its own: right under the title without a blank line between, or
    # with a desk, a section or a dateline's city on the line under it ("By A and B¶World
    # Desk", "Текст: А¶Пекин"), it is never glued to the lines around it.
    full = [n for n, c in enumerate(chunks) if "".join(c).strip()]
    tail = set(full[-_TAIL_CHUNKS:])
    for n in sorted({*full[:_HEAD_CHUNKS], *tail}, reverse=True):
        chunks[n : n + 1] = _byline_apart(chunks[n], title=n == full[0], tail=n in tail)
    # "Host: Ruth Adler" / "Guests: …" on lines of their own: each its own paragraph
    chunks = [part for chunk in chunks for part in _apart_at_labels(chunk)]
    paragraphs = []
    above: list[str] = []
    for chunk in chunks:
        lines = _unbulleted(chunk)
        if above and len(chunk) == 1 and _credit_under_quote(above[-1], chunk[0]):
            lines = [chunk[0].strip()]  # '"…"', a blank line, '- Alexander Gabuev, Carnegie'
        paragraphs.append(fold_space(join_lines(lines)))
        above = chunk if "".join(chunk).strip() else above
    paragraphs = [p for p in paragraphs if p and not is_furniture(p)]
    if not paragraphs:
        return "", []
    return paragraphs[0], [Block("body", p) for p in paragraphs[1:]]


def _apart_at_labels(chunk: list[str]) -> list[list[str]]:
    """ "Host: Ruth Adler" / "Guests: …", "Q: …" / "A: …" on lines of their own: each label
    opens a paragraph of its own, and an unlabelled line under one goes on with it ("A: Only
    where it costs little." / "Beijing watches the price of everything."), when the chunk
    opens with a label and holds two or more."""
    labelled = [bool(_LABEL_LINE.match(line)) for line in chunk]
    if len(chunk) < 2 or not labelled[0] or sum(labelled) < 2:
        return [chunk]
    parts: list[list[str]] = []
    for line, label in zip(chunk, labelled, strict=True):
        if label or not parts:
            parts.append([line])
        else:
            parts[-1].append(line)
    return parts


_CLOSERS = ('"', "”", "»", "」", "』", "’")
_OPENERS = ('"', "“", "«", "「", "『", "‘", "„")


def _unbulleted(lines: list[str]) -> list[str]:
    """The lines of a paragraph without their bullets, but for a dash under a quotation: in
    a digest's '"…"' over '- Alexander Gabuev, Carnegie' the dash is the credit's, which
    says whose the words above are (a Markdown one-item list keeps it the same way). Only a
    bare credit under a line that is all quotation: a list of '- Wang Yi: "…"' keeps none."""
    return [
        line.strip() if n and _credit_under_quote(lines[n - 1], line) else strip_bullet(line)
        for n, line in enumerate(lines)
    ]


def _credit_under_quote(above: str, line: str) -> bool:
    above, line = above.strip(), line.strip()
    return (
        line.startswith("- ")
        and above.startswith(_OPENERS)
        and above.endswith(_CLOSERS)
        and not re.search('[:"“”«»]', line)
        and not line.endswith((".", "!", "?"))
    )


#: How many paragraphs at the top of a text, and at its end, a byline may stand in.
_HEAD_CHUNKS = 4
_TAIL_CHUNKS = 3


def _byline_apart(chunk: list[str], *, title: bool, tail: bool) -> list[list[str]]:
    """The lines of a paragraph with its byline as a paragraph of its own: a line under the
    title ("Headline¶By A"), the line opening a paragraph ("By A and B¶World Desk"), or a
    Chinese or Russian credit closing one at the end of the text ("…。¶（本报记者张三整理）").
    A byline broken over two lines ("By A and¶B") is put back on one. Lines inside a
    paragraph of prose are never looked at: "by Xi Jinping" there is no byline."""
    lines = [line.strip() for line in chunk]
    if len(lines) < 2:
        return [chunk]
    for n in range(1, min(len(lines), 6)) if title else (0,):
        if re.search(r"(?:\band|&|,)$", lines[n], re.IGNORECASE) and n + 1 < len(lines):
            joined = f"{lines[n]} {lines[n + 1]}"
            if credit_names(joined):
                return [part for part in (chunk[:n], [joined], chunk[n + 2 :]) if part]
        if credit_names(lines[n]):
            return [part for part in (chunk[:n], [lines[n]], chunk[n + 1 :]) if part]
    if tail and credit_names(lines[-1], english=False):
        return [chunk[:-1], [lines[-1]]]
    return [chunk]


def _article_id(path: Path, meta: dict[str, object]) -> str:
    return slugify(_as_text(path, meta, "id") or path.stem)


def article_id(path: Path, encoding: str | None = None) -> str:
    """The id :func:`load_article` gives the file at ``path`` without reading all of it:
    the front matter's ``id`` for Markdown, else the file name."""
    meta: dict[str, object] = {}
    if path.suffix.lower() in (".md", ".markdown"):
        meta, _ = split_front_matter(path, read_text(path, encoding))
    return _article_id(path, meta)


def load_article(
    path: Path | str, *, doc_id: str | None = None, overrides: dict[str, object] | None = None
) -> Document:
    """Load one article file. ``overrides`` (else the file's sidecar) set metadata fields.
    Raises :class:`ArticleError` with a one-line reason."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        kinds = ", ".join(sorted(ARTICLE_SUFFIXES))
        raise ArticleError(
            path, f"unsupported file type '{suffix or path.name}' (expected {kinds})"
        )
    side = read_sidecar(path) if overrides is None else overrides
    encoding = side.get("encoding") if isinstance(side.get("encoding"), str) else None
    meta, origin, title, blocks = _READERS[suffix](path, encoding)
    # Article text is shown in terminals: no control character in it may reach one.
    blocks = [Block(b.kind, show_controls(b.text), show_controls(b.label)) for b in blocks]
    title = show_controls(title)
    for key in ("title", "authors", "date", "publication", "url"):
        value = side.get(key)
        if value not in (None, "", []):
            meta[key] = value
            origin[key] = FROM_ADD
    meta = {k: show_controls(v) if isinstance(v, str) else v for k, v in meta.items()}
    if not any(b.kind != "heading" for b in blocks):
        raise ArticleError(path, "no article text found (only a title or headings)")
    if side.get("title"):
        title = _as_text(path, meta, "title")
    if not title:
        title = show_line(path.stem)  # a file name can hold escapes too
        origin["title"] = "the file name"
    source = _as_text(path, meta, "source")
    url = _as_text(path, meta, "url")
    if url and url not in source:
        source = f"{url} {source}".strip()
    if "url" in origin:
        origin["source"] = origin.pop("url")
    if "author" in origin:
        origin["authors"] = origin.pop("author")
    kept = ("title", "authors", "date", "publication", "source", "language")
    return Document.build(
        id=doc_id or _article_id(path, meta),
        title=title,
        blocks=blocks,
        authors=_authors(path, meta),
        publication=_as_text(path, meta, "publication"),
        date=_date(path, meta),
        language=_as_text(path, meta, "language"),
        source=source,
        path=str(path),
        provenance=tuple((k, origin[k]) for k in kept if k in origin),
    )


#: What each reader gives: metadata found, where each field came from, title, blocks.
_Read = tuple[dict[str, object], dict[str, str], str, list[Block]]


def _read_pdf(path: Path, encoding: str | None) -> _Read:
    from tealeaves.corpus.pdf import FROM_PDF, PdfError, parse_pdf

    data = read_bytes(path)  # the same checks of size and emptiness as any article
    try:
        found, blocks = parse_pdf(data, warn=lambda message: _notice(path, message))
    except PdfError as exc:
        raise ArticleError(path, str(exc)) from None
    meta, origin = _found(found, FROM_PDF)
    return meta, origin, str(meta.get("title", "")), blocks


def _read_html(path: Path, encoding: str | None) -> _Read:
    from tealeaves.corpus.html import FROM_HTML, HtmlError, parse_html

    try:
        found, blocks = parse_html(read_text(path, encoding))
    except HtmlError as exc:
        raise ArticleError(path, str(exc)) from None
    meta, origin = _found(found, FROM_HTML)
    return meta, origin, str(meta.get("title", "")), blocks


def _read_txt(path: Path, encoding: str | None) -> _Read:
    title, blocks = _text_blocks(read_text(path, encoding))
    meta: dict[str, object] = {}
    origin = {"title": "the first line"}
    if date := _header_date(blocks):
        meta["date"] = date
        origin["date"] = "the date line"
    authors: list[str] = []
    # the byline: the first paragraph, or one of the short lines under the title before the
    # text begins ("An interview with Temur Umarov¶By Nikhil Rao", "本报记者 张三 李四")
    for n, block in enumerate(blocks[:3]):
        if len(block.text) > 120:
            break  # the text has begun: a "By …" after it is no byline
        if names := credit_names(block.text):
            authors.extend(names)
            blocks = blocks[:n] + blocks[n + 1 :]
            break
    # a Chinese or Russian credit line at the end ("（本报记者张三整理）", "Беседовала А"); an
    # editor's credit ("责任编辑：李四") names no author and stays in the text
    for n in range(len(blocks) - 1, max(len(blocks) - 1 - _TAIL_CHUNKS, 0), -1):
        text = blocks[n].text
        if len(text) <= 120 and (names := credit_names(text, english=False)):
            authors.extend(names)
            blocks = blocks[:n] + blocks[n + 1 :]
            break
    if authors:
        meta["authors"] = list(dict.fromkeys(authors))
        origin["authors"] = "the byline"
    return meta, origin, title, blocks


def _header_date(blocks: list[Block]) -> str:
    """The date of a date line among the short lines under the title, before the text begins
    ("16 July 2026", "2026年7月16日 10:30", "By A | July 16, 2026"), or ""."""
    for block in blocks[:4]:
        if len(block.text) > 120:
            break  # the text has begun: a date in it is an event's
        if date := date_line(block.text):
            return date
    return ""


def _read_markdown(path: Path, encoding: str | None) -> _Read:
    meta, body = split_front_matter(path, read_text(path, encoding))
    origin = {k: "front matter" for k in meta}
    heading, blocks = parse_markdown(body)
    if not meta.get("date") and (date := _header_date(blocks)):
        meta["date"] = date
        origin["date"] = "the date line"
    title = _as_text(path, meta, "title")
    if not title:
        title = heading
        origin["title"] = "the first heading"
    elif heading and heading != title:
        blocks.insert(0, Block("heading", heading))
    return meta, origin, title, blocks


_READERS = {
    ".pdf": _read_pdf,
    ".html": _read_html,
    ".htm": _read_html,
    ".txt": _read_txt,
    ".md": _read_markdown,
    ".markdown": _read_markdown,
}
ARTICLE_SUFFIXES: frozenset[str] = frozenset(_READERS)


def _found(found: dict[str, str], where: str) -> tuple[dict[str, object], dict[str, str]]:
    """The non-empty fields a parser found, and where they came from."""
    meta: dict[str, object] = {k: v for k, v in found.items() if v}
    return meta, {k: where for k in meta}


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
