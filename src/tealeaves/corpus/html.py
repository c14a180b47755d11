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
        _captions_as_paragraphs(html),
        output_format="xml",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
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


_FIGURE_TAGS = re.compile(r"<(/?)(?:figcaption|figure)\b", re.IGNORECASE)


def _captions_as_paragraphs(html: str) -> str:
    """Photo captions name people and quote them ("…," says X, pictured in Moscow), but
    trafilatura drops figures whole: make each caption a paragraph of its own."""
    return _FIGURE_TAGS.sub(
        lambda m: f"<{m.group(1)}{'p' if 'cap' in m.group().lower() else 'div'}", html
    )


def _collect(element: ET.Element, blocks: list[Block]) -> None:
    tag = element.tag
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
        blocks.append(Block("body", text))
