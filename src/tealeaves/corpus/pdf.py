"""PDF reports: the text layer and the document's metadata (pypdf, pure Python)."""

from __future__ import annotations

import re
from pathlib import Path

from tealeaves.corpus.clean import fold_space, is_furniture
from tealeaves.model import Block

FROM_PDF = "the PDF's metadata"


class PdfError(ValueError):
    """A PDF that cannot be read or has no text layer; the message says what to do."""


def parse_pdf(path: Path) -> tuple[dict[str, str], list[Block]]:
    """The PDF's metadata (title, authors, date) and its text as paragraphs."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise PdfError("the PDF is password-protected; save an unprotected copy and add that")
        pages = [_page_text(page) for page in reader.pages]
        info = reader.metadata or {}
    except PdfError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise PdfError(f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    except Exception as exc:  # pypdf raises many kinds on broken files
        raise PdfError(f"not a readable PDF ({type(exc).__name__})") from None
    if not "".join(pages).strip():
        raise PdfError(
            "the PDF has no text layer (a scan?); run it through OCR first, e.g. "
            "`ocrmypdf in.pdf out.pdf`, and add the result"
        )
    meta = {
        "title": fold_space(str(info.get("/Title") or "")),
        "authors": fold_space(str(info.get("/Author") or "")),
        "date": _pdf_date(str(info.get("/CreationDate") or "")),
        "publication": "",
        "url": "",
    }
    blocks = [Block("body", p) for p in _paragraphs(pages)]
    return meta, blocks


def _page_text(page: object) -> str:
    """The page's text with its layout kept, so that the space between paragraphs shows as
    blank lines; the plain extraction when the layout one fails."""
    try:
        return page.extract_text(extraction_mode="layout") or ""  # type: ignore[attr-defined]
    except Exception:
        return page.extract_text() or ""  # type: ignore[attr-defined]


def _pdf_date(raw: str) -> str:
    """ "D:20240305101500Z" -> "2024-03-05"."""
    m = re.match(r"D?:?(\d{4})(\d{2})?(\d{2})?", raw)
    if not m:
        return ""
    return "-".join(part for part in m.groups() if part)


def _paragraphs(pages: list[str]) -> list[str]:
    """Lines joined into paragraphs: a blank line ends one, and so does a short line that
    ends a sentence; a word broken by a hyphen at a line end is joined again."""
    lines = [line.rstrip() for page in pages for line in page.splitlines()]
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    full = lengths[int(len(lengths) * 0.9)] if lengths else 0  # a full line, near the longest
    paragraphs: list[str] = []
    current: list[str] = []

    def close() -> None:
        text = fold_space(" ".join(current))
        if text and not is_furniture(text) and not re.fullmatch(r"\d{1,4}", text):
            paragraphs.append(text)
        current.clear()

    for line in lines:
        if not line.strip():
            close()
            continue
        if current and current[-1].endswith("-") and not current[-1].endswith(" -"):
            current[-1] = current[-1][:-1] + line.strip()  # "co-\noperation" -> "cooperation"
        else:
            current.append(line.strip())
        if re.search(r"[.!?”\"’:]$", line) and len(line.strip()) < 0.8 * full:
            close()
    close()
    return paragraphs
