"""PDF reports: the text layer and the document's metadata (pypdf, pure Python).

A PDF of a few kilobytes can hold streams that unpack to gigabytes, or one big page shared
by thousands of others, and pypdf reads each in pure Python (about a second per megabyte of
drawing instructions). Every PDF is therefore read within bounds: at most
:data:`MAX_PDF_PAGES` pages, :data:`MAX_PAGE_CONTENT_BYTES` of unpacked drawing instructions
per page (a bigger page is a picture drawn in vectors; it is skipped and said so), and
:data:`MAX_PDF_CONTENT_BYTES` and :data:`MAX_PDF_SECONDS` for the whole file; past those the
PDF is refused with a reason.

pypdf reports what it repaired through :mod:`logging`, quoting bytes of the file (a font
named ``/F#1b#5d0;…`` printed ESC ] 0; to the terminal). Its messages are caught here, made
safe with :func:`~tealeaves.corpus.clean.show_line` and handed to the caller's ``warn``,
never printed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from tealeaves.corpus.clean import fold_space, is_furniture, show_line
from tealeaves.model import Block

FROM_PDF = "the PDF's metadata"

MAX_PDF_PAGES = 2000
#: Unpacked drawing instructions of one page: a page of text holds 5-100 KB.
MAX_PAGE_CONTENT_BYTES = 2 * 2**20
#: ... of all pages together (a page shared by many counts each time it is read).
MAX_PDF_CONTENT_BYTES = 64 * 2**20
MAX_PDF_SECONDS = 60.0
#: What one stream may unpack to (pypdf's own limit is 75 MB).
MAX_STREAM_BYTES = 16 * 2**20
#: pypdf's warnings kept per file; the rest are counted.
MAX_WARNINGS_PER_PDF = 5

Warn = Callable[[str], None]


class PdfError(ValueError):
    """A PDF that cannot be read or has no text layer; the message says what to do."""


class _OverBudget(Exception):
    """The time for one PDF ran out in the middle of a page."""


def parse_pdf(source: Path | bytes, warn: Warn | None = None) -> tuple[dict[str, str], list[Block]]:
    """The PDF's metadata (title, authors, date) and its text as paragraphs. ``source`` is
    the file or its bytes; pypdf's warnings, and pages skipped, go to ``warn`` (one safe
    line each). Raises :class:`PdfError`."""
    budget = _Budget(time.monotonic() + MAX_PDF_SECONDS)
    pages, found = _read(source, budget, warn)
    _check_text(pages, budget, warn)
    meta = {
        "title": fold_space(found["/Title"]),
        "authors": fold_space(found["/Author"]),
        "date": _pdf_date(found["/CreationDate"]),
        "publication": "",
        "url": "",
    }
    blocks = [Block("body", p) for p in _paragraphs(pages)]
    return meta, blocks


def _read(
    source: Path | bytes, budget: _Budget, warn: Warn | None
) -> tuple[list[str], dict[str, str]]:
    """Every page's text and the raw metadata, read within the limits."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    with _warnings_to(warn), _pypdf_limits():
        try:
            stream = io.BytesIO(source) if isinstance(source, bytes) else str(source)
            reader = PdfReader(stream)
            if reader.is_encrypted and not reader.decrypt(""):
                raise PdfError(
                    "the PDF is password-protected; save an unprotected copy and add that"
                )
            count = len(reader.pages)
            if count > MAX_PDF_PAGES:
                raise PdfError(
                    f"the PDF has {count:,} pages, over the limit of {MAX_PDF_PAGES:,}; "
                    "split it, e.g. `qpdf in.pdf --pages . 1-500 -- part1.pdf`, and add the parts"
                )
            pages = [budget.page_text(page, n, count) for n, page in enumerate(reader.pages, 1)]
            info = reader.metadata or {}
            # read here, within the limits: a value can be an object still to be read
            found = {
                key: str(info.get(key) or "") for key in ("/Title", "/Author", "/CreationDate")
            }
        except PdfError:
            raise
        except _OverBudget:
            raise PdfError(budget.too_slow()) from None
        except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
            raise PdfError(f"not a readable PDF ({type(exc).__name__}: {exc})") from None
        except RecursionError:
            raise PdfError("not a readable PDF (its objects nest too deeply)") from None
        except Exception as exc:  # pypdf raises many kinds on broken files
            raise PdfError(f"not a readable PDF ({type(exc).__name__})") from None
    return pages, found


def _check_text(pages: list[str], budget: _Budget, warn: Warn | None) -> None:
    """Raises :class:`PdfError` when no page has text; warns of the pages skipped."""
    if not "".join(pages).strip():
        if budget.skipped:
            raise PdfError(
                f"no text found in the pages that could be read; {len(budget.skipped)} "
                f"page(s) hold over {MAX_PAGE_CONTENT_BYTES // 2**20} MB of drawing "
                "instructions each and were not read"
            )
        raise PdfError(
            "the PDF has no text layer (a scan?); run it through OCR first, e.g. "
            "`ocrmypdf in.pdf out.pdf`, and add the result"
        )
    if budget.skipped and warn is not None:
        warn(
            f"page(s) {_ranges(budget.skipped)} not read: each holds over "
            f"{MAX_PAGE_CONTENT_BYTES // 2**20} MB of drawing instructions, a picture "
            "rather than text"
        )


class _Budget:
    """What one PDF may still cost: time, and unpacked drawing instructions."""

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.content = 0
        self.skipped: list[int] = []
        self.at = (0, 0)  # the page being read, of how many

    def too_slow(self) -> str:
        page, count = self.at
        return (
            f"reading its text took over {MAX_PDF_SECONDS:.0f} s (stopped at page {page} of "
            f"{count}); the PDF is built in a way that is very slow to read"
        )

    def page_text(self, page: object, n: int, count: int) -> str:
        """The page's text with its layout kept, so that the space between paragraphs shows
        as blank lines; the plain extraction when the layout one fails. "" for a page over
        its size, which is remembered in ``skipped``."""
        self.at = (n, count)
        if time.monotonic() > self.deadline:
            raise _OverBudget
        size = _content_size(page)
        self.content += size
        if self.content > MAX_PDF_CONTENT_BYTES:
            raise PdfError(
                f"its pages hold over {MAX_PDF_CONTENT_BYTES // 2**20} MB of drawing "
                f"instructions once unpacked (by page {n} of {count}), more than any "
                "report needs; it is not read"
            )
        if size > MAX_PAGE_CONTENT_BYTES:
            self.skipped.append(n)
            return ""
        try:
            return page.extract_text(extraction_mode="layout") or ""  # type: ignore[attr-defined]
        except (_OverBudget, PdfError, RecursionError):
            raise
        except Exception:
            return page.extract_text(visitor_operand_before=self._tick) or ""  # type: ignore[attr-defined]

    def _tick(self, *_: object) -> None:
        """Called by pypdf's plain extraction before each operator: stop when time is up
        (it follows form XObjects, which the size of the page does not count)."""
        if time.monotonic() > self.deadline:
            raise _OverBudget


def _content_size(page: object) -> int:
    """The page's drawing instructions, unpacked, in bytes; over the page limit when they
    cannot even be unpacked within pypdf's limit."""
    try:
        contents = page.get_contents()  # type: ignore[attr-defined]
        return 0 if contents is None else len(contents.get_data())
    except Exception as exc:
        if type(exc).__name__ == "LimitReachedError":
            return MAX_STREAM_BYTES
        raise


def _ranges(numbers: list[int]) -> str:
    """[1, 2, 3, 7] -> "1-3, 7"."""
    parts: list[str] = []
    start = prev = numbers[0]
    for n in [*numbers[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        parts.append(str(start) if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(parts)


def _pypdf_limits() -> contextlib.AbstractContextManager[object]:
    """pypdf's own limits, tighter (pypdf 6.1 and later have them; older ones only our
    limits above)."""
    try:
        from pypdf import apply_configuration, get_configuration
    except ImportError:
        return contextlib.nullcontext()
    wanted = {
        "zlib_maximum_output_length": MAX_STREAM_BYTES,
        "lzw_maximum_output_length": MAX_STREAM_BYTES,
        "run_length_maximum_output_length": MAX_STREAM_BYTES,
        "brotli_maximum_output_length": MAX_STREAM_BYTES,
        "array_based_stream_maximum_output_length": MAX_STREAM_BYTES,
        "stream_decoding_work_maximum_length": 4 * MAX_STREAM_BYTES,
        "xform_maximum_invocations_per_extraction": 200,
    }
    current = get_configuration()
    known = {f.name for f in dataclasses.fields(current)}
    return apply_configuration(**{k: v for k, v in wanted.items() if k in known})


# -- pypdf's warnings ------------------------------------------------------------------------

_local = threading.local()


class _ToCaller(logging.Handler):
    """pypdf's log records, to the ``warn`` of the PDF being read in this thread."""

    def emit(self, record: logging.LogRecord) -> None:
        seen: dict[str, int] | None = getattr(_local, "seen", None)
        if seen is None:  # pypdf used outside parse_pdf: drop, never print raw
            return
        try:
            message = record.getMessage()
        except Exception:
            message = str(record.msg)
        message = show_line(message)[:300]
        seen[message] = seen.get(message, 0) + 1


def _install_handler() -> None:
    logger = logging.getLogger("pypdf")
    if not any(isinstance(h, _ToCaller) for h in logger.handlers):
        logger.addHandler(_ToCaller())
    logger.propagate = False  # nothing of pypdf's reaches stderr or the app's handlers


@contextlib.contextmanager
def _warnings_to(warn: Warn | None) -> Iterator[None]:
    _install_handler()
    previous = getattr(_local, "seen", None)
    _local.seen = seen = {}
    try:
        yield
    finally:
        _local.seen = previous
        if warn is not None and seen:
            shown = list(seen.items())[:MAX_WARNINGS_PER_PDF]
            for message, times in shown:
                warn(
                    f"the PDF reader warned: {message}" + (f" ({times} times)" if times > 1 else "")
                )
            rest = sum(seen.values()) - sum(t for _, t in shown)
            if rest:
                warn(f"the PDF reader warned {rest} more time(s)")


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
