"""Web pages: the article's main text and its metadata, without menus, banners or comments.

The main text is found by trafilatura, which scores the page's blocks and keeps the article
(see README "Libraries we use"); we only turn its XML output into our blocks.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from tealeaves.corpus.clean import fold_space, is_furniture
from tealeaves.model import Block

#: Where each field of an HTML article comes from, as ``tealeaves docs ID`` says it.
FROM_HTML = "the page's metadata or byline"


class HtmlError(ValueError):
    """A page with no article text that can be found."""


def parse_html(html: str) -> tuple[dict[str, str], list[Block]]:
    """The page's metadata (title, authors, date, publication, url) and its article blocks.
    Raises :class:`HtmlError` when no article text can be found."""
    import trafilatura  # imported here: it is slow to import and only needed for HTML

    xml = trafilatura.extract(
        _quote_credits_as_paragraphs(_captions_as_paragraphs(_shallow(_xml_safe(html)))),
        output_format="xml",
        with_metadata=True,
        include_comments=False,
        include_tables=True,  # a row is a paragraph: "Name | place | “…”"
        include_images=False,
        include_formatting=True,  # a paragraph all in bold: an interview's question
        favor_precision=True,
    )
    if not xml:
        raise HtmlError("no article text found in the page (is it a menu, a login page, or empty?)")
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:  # pragma: no cover - trafilatura writes well-formed XML
        raise HtmlError(f"the page could not be read ({exc})") from None
    meta = {
        "title": fold_space(root.get("title", "")),
        "authors": fold_space(root.get("author", "")),
        "date": (root.get("date") or "")[:10],
        "publication": fold_space(root.get("sitename", "")),
        "url": root.get("url", "") or "",
        "language": _page_language(html),
    }
    blocks: list[Block] = []
    main = root.find("main")
    for element in main if main is not None else ():
        _collect(element, blocks)
    if blocks and blocks[0].kind == "heading" and blocks[0].text == meta["title"]:
        blocks.pop(0)  # the title, shown apart
    if not any(b.kind != "heading" for b in blocks):
        raise HtmlError("no article text found in the page (only headings)")
    return meta, blocks


# Characters XML cannot hold: trafilatura builds an XML tree, and one "&#27;" in a page made
# it find no text at all. They become what the loader shows for them anyway (ESC is "␛").
_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _picture(code: int) -> str:
    return chr(0x2400 + code) if code < 0x20 else "\ufffd"


def _not_xml(code: int) -> bool:
    return (
        (code < 0x20 and code not in (0x09, 0x0A, 0x0D))
        or 0xD800 <= code <= 0xDFFF
        or code in (0xFFFE, 0xFFFF)
        or code > 0x10FFFF
    )


def _xml_safe(html: str) -> str:
    """``html`` without characters, written or as references, that XML cannot hold."""

    def fix(m: re.Match[str]) -> str:
        code = int(m.group(1), 16) if m.group(1) else int(m.group(2))
        return _picture(code) if _not_xml(code) else m.group()

    html = _REFERENCE.sub(fix, html) if "&#" in html else html
    return _NOT_XML.sub(lambda m: _picture(ord(m.group())), html)


# Elements that only group others. The HTML parser under trafilatura stops at 256 levels, so a
# page of 10,000 nested divs lost all its text; past MAX_NESTING their tags are dropped (the
# text stays). Elements whose end tag is often left out (p, li, td) are not counted.
MAX_NESTING = 100
_GROUPING = re.compile(
    r"<(/?)(div|section|article|main|aside|header|footer|nav|span|font|center|blockquote"
    r"|table|ul|ol|dl|form|b|i|em|strong|small|u)\b[^>]*>",
    re.IGNORECASE,
)


def _shallow(html: str) -> str:
    """``html`` with grouping elements nested at most :data:`MAX_NESTING` deep. Linear: an
    end tag closes the nearest open element of its name, and those opened inside it."""
    if len(_GROUPING.findall(html)) <= MAX_NESTING:  # cannot nest deeper: the usual page
        return html
    out: list[str] = []
    stack: list[str] = []  # open elements, innermost last
    count: dict[str, int] = {}  # how many of each name are open
    at = 0
    for m in _GROUPING.finditer(html):
        closing, name = m.group(1), m.group(2).lower()
        keep = True
        if not closing:
            keep = len(stack) < MAX_NESTING
            stack.append(name)
            count[name] = count.get(name, 0) + 1
        elif count.get(name):
            while True:  # close it, and what was left open inside it
                depth = len(stack)
                inner = stack.pop()
                count[inner] -= 1
                if inner == name:
                    keep = depth <= MAX_NESTING
                    break
        if not keep:
            out.append(html[at : m.start()])
            at = m.end()
    if not out:
        return html
    out.append(html[at:])
    return "".join(out)


_FIGURE_TAGS = re.compile(r"<(/?)(?:figcaption|figure)\b", re.IGNORECASE)


def _captions_as_paragraphs(html: str) -> str:
    """Photo captions name people and quote them ("…," says X, pictured in Moscow), but
    trafilatura drops figures whole: make each caption a paragraph of its own."""
    return _FIGURE_TAGS.sub(
        lambda m: f"<{m.group(1)}{'p' if 'cap' in m.group().lower() else 'div'}", html
    )


def _quote_credits_as_paragraphs(html: str) -> str:
    """A block quote's credit (<blockquote>…<footer>Фёдор Лукьянов</footer></blockquote>)
    says whose the words are, but trafilatura drops footers: make it a paragraph, opening
    with a dash when it has none. The page's own footer (outside any block quote) stays."""
    if "<footer" not in html.lower() or "<blockquote" not in html.lower():
        return html
    out, depth, at = [], 0, 0
    for m in re.finditer(r"<(/?)(blockquote|footer)\b[^>]*>", html, re.IGNORECASE):
        closing, name = m.group(1), m.group(2).lower()
        if name == "blockquote":
            depth = max(0, depth - 1) if closing else depth + 1
        elif depth:
            # the credit after a dash, as a digest writes it: "“…” — Aliya Dzhaksybekova"
            dash = "" if closing or re.match(r"\s*(?:<[^>]*>\s*)*[—–-]", html[m.end() :]) else "— "
            out.append(html[at : m.start()] + f"<{closing}p>{dash}")
            at = m.end()
    return "".join(out) + html[at:] if out else html


_HTML_LANG = re.compile(
    r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)", re.IGNORECASE
)


def _page_language(html: str) -> str:
    """The page's own ``<html lang="zh-CN">``, or "" when it does not say."""
    m = _HTML_LANG.search(html[:5000])
    return m.group(1) if m else ""


def _collect(element: ET.Element, blocks: list[Block]) -> None:
    tag = element.tag
    if tag == "table":
        for row in element.iter("row"):
            cells = [fold_space(" ".join("".join(c.itertext()).split())) for c in row]
            if any(cells):
                blocks.append(Block("row", " | ".join(cells)))
        return
    if tag in ("list",):
        for item in element:
            _collect(item, blocks)
        return
    text = fold_space(" ".join("".join(element.itertext()).split()))
    if not text or is_furniture(text):
        return
    if tag == "head":
        blocks.append(Block("heading", text))
    elif tag == "quote":
        blocks.append(Block("blockquote", text))
    elif tag in ("p", "item"):
        blocks.append(Block("bold" if _all_bold(element) else "body", text))


def _all_bold(element: ET.Element) -> bool:
    """Whether a paragraph is one run of bold (trafilatura's <hi rend="#b">) and nothing else."""
    children = list(element)
    return (
        len(children) == 1
        and children[0].tag == "hi"
        and "#b" in (children[0].get("rend") or "")
        and not (element.text or "").strip()
        and not (children[0].tail or "").strip()
    )
