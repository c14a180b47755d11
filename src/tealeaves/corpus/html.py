"""Web pages: the article's main text and its metadata, without menus, banners or comments.

The main text is found by trafilatura, which scores the page's blocks and keeps the article
(see README "Libraries we use"); we only turn its XML output into our blocks.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

from tealeaves.corpus.byline import byline_authors, clean_authors
from tealeaves.corpus.clean import fold_space, is_furniture
from tealeaves.corpus.dates import date_line, find_dates, written_date
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
    facts = _PageFacts.of(html)
    meta = {
        "title": fold_space(root.get("title", "")),
        "authors": "; ".join(_authors(facts, root.get("author", ""))),
        "date": "",  # below: the page's visible date line may say more than the guess
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
    meta["date"] = _date(facts, (root.get("date") or "")[:10], blocks)
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


# -- authors and date: what the page declares, and what its byline and date line say -----

#: Meta tags naming the article's author (``name``, ``property`` or ``itemprop``).
_AUTHOR_META = frozenset(
    [
        "author",
        "authors",
        "article:author",
        "og:article:author",
        "og:author",
        "byl",
        "dc.creator",
        "dc:creator",
        "dcterms.creator",
        "citation_author",
        "parsely-author",
        "sailthru.author",
    ]
)
#: Class or id words of an element holding the visible byline.
_BYLINE_WORDS = frozenset(
    [
        "byline",
        "byline-author",
        "author",
        "authors",
        "author-name",
        "authorname",
        "article-author",
        "post-author",
        "entry-author",
        "writer",
        "zuozhe",
    ]
)
#: Class or id words of an element holding the visible date line (or the byline's, which
#: often carries the date).
_DATE_CLASS = re.compile(r"date|time|publish|pubdate|byline|dateline|meta|info|source", re.I)
#: Where another article's author or a commenter is named: never the article's byline.
_ELSEWHERE_TAGS = frozenset({"aside", "nav", "footer", "figure", "blockquote", "script", "style"})
_ELSEWHERE_CLASS = re.compile(r"comment|related|recommend|sidebar|more-|promo|teaser", re.I)
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
#: Longest text of a byline or date element that is read (an author's bio is no byline).
_SHORT = 160
#: How many byline and date elements are kept: the page's own come first.
_MOST = 20


class _PageFacts(HTMLParser):
    """One pass over the page for what trafilatura's metadata loses: author meta tags as
    written (it drops a name without a space, as every Chinese name is, and reads "Текст:"
    or "文/" as part of one), JSON-LD, the byline elements' text and the date elements'."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta_authors: list[str] = []
        self.ld_json: list[str] = []
        self.bylines: list[str] = []
        self.date_texts: list[str] = []
        self.rawtext = ""
        # open elements: (tag, what is collected inside: "byline", "date", "ld", "" or
        # "elsewhere"), and the text being collected for each open collecting element
        self._open: list[tuple[str, str]] = []
        self._count: dict[str, int] = {}  # how many of each tag and each role are open
        self._texts: list[tuple[int, str, list[str]]] = []

    @classmethod
    def of(cls, html: str) -> _PageFacts:
        facts = cls()
        facts.rawtext = html
        try:
            facts.feed(html)
            facts.close()
        except Exception:  # a page the parser gives up on: trafilatura's reading stands
            pass
        return facts

    def _inside(self, role: str) -> bool:
        return self._count.get(f"@{role}", 0) > 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): v or "" for k, v in attrs}
        if tag == "meta":
            key = (a.get("name") or a.get("property") or a.get("itemprop") or "").lower()
            content = fold_space(a.get("content", ""))
            if key in _AUTHOR_META and content and not re.match(r"https?:|www\.", content):
                self.meta_authors.append(content)
            return
        if tag in _VOID:
            return
        words = set(re.split(r"[\s_]+", f"{a.get('class', '')} {a.get('id', '')}".lower()))
        role = ""
        if tag == "script":
            role = "ld" if "ld+json" in a.get("type", "").lower() else "elsewhere"
        elif tag in _ELSEWHERE_TAGS or _ELSEWHERE_CLASS.search(a.get("class", "")):
            role = "elsewhere"
        elif self._inside("elsewhere"):
            role = ""
        elif (
            words & _BYLINE_WORDS
            or a.get("rel", "").lower() == "author"
            or "author" in a.get("itemprop", "").lower()
        ) and not self._inside("byline"):
            role = "byline"
        elif tag == "time" or (_DATE_CLASS.search(" ".join(words)) and tag != "body"):
            role = "date"
        self._open.append((tag, role))
        for key in (tag, f"@{role}"):
            self._count[key] = self._count.get(key, 0) + 1
        full = len(self.bylines) >= _MOST and len(self.date_texts) >= _MOST
        if role == "ld" or (role in ("byline", "date") and not full):
            self._texts.append((len(self._open), role, []))

    def handle_endtag(self, tag: str) -> None:
        if not self._count.get(tag):
            return
        while self._open:  # close it, and what was left open inside it
            open_tag, role = self._open.pop()
            for key in (open_tag, f"@{role}"):
                self._count[key] -= 1
            depth = len(self._open) + 1
            if self._texts and self._texts[-1][0] == depth:
                _, role, parts = self._texts.pop()
                text = fold_space("".join(parts))
                if role == "ld":
                    self.ld_json.append("".join(parts))
                elif text and len(text) <= _SHORT:
                    if role == "byline" and len(self.bylines) < _MOST:
                        self.bylines.append(text)
                    if len(self.date_texts) < _MOST:
                        self.date_texts.append(text)  # a byline often ends with the date
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        for _, _, parts in self._texts:
            parts.append(data)


def _ld_authors(scripts: list[str]) -> list[str]:
    """The names of the people JSON-LD gives as an article's author (not an organisation)."""
    names: list[str] = []

    def person(value: object) -> None:
        if isinstance(value, str):
            names.append(value)
        elif isinstance(value, list):
            for v in value:
                person(v)
        elif isinstance(value, dict):
            kind = value.get("@type", "Person")
            kinds = kind if isinstance(kind, list) else [kind]
            if "Person" in kinds and isinstance(value.get("name"), (str, list)):
                person(value["name"])

    def walk(node: object) -> None:
        if isinstance(node, list):
            for n in node:
                walk(n)
        elif isinstance(node, dict):
            if "author" in node:
                person(node["author"])
            for key in ("@graph", "mainEntity", "mainEntityOfPage"):
                walk(node.get(key))

    for script in scripts:
        try:
            walk(json.loads(script))
        except ValueError:
            continue
    return [n for n in (fold_space(n) for n in names) if n and not n.startswith("http")]


def _authors(facts: _PageFacts, found: str) -> list[str]:
    """The article's authors: what the page declares for machines (its author meta tags,
    then JSON-LD), else its visible byline, else what trafilatura's wider search found.
    Each value is read as a byline, so "Текст: Анна Петрова", "文/张三" or "A, Asia desk"
    give the names alone, and a desk alone stays what the byline says."""
    declared = _names(facts.meta_authors + _ld_authors(facts.ld_json))
    shown = _names(facts.bylines)
    if declared:
        # a Chinese byline naming the declared author names the co-reporters the meta tag
        # (of one name) leaves out: "记者 A 特约记者 B" under <meta name="author" content="A">.
        # Only names: an English byline's extra items are as often an affiliation
        # ("A, Graduate School of Public Policy") as a person.
        if set(declared) & set(shown):
            declared += [n for n in shown if _HAN_NAME.fullmatch(n)]
        return list(clean_authors(declared))
    if shown:
        return list(clean_authors(shown))
    return [fold_space(found)] if found.strip() else []


_HAN_NAME = re.compile("[\u3400-\u9fff]{2,4}(?:[·•・][\u3400-\u9fff]{1,8})?")


def _names(values: list[str]) -> list[str]:
    names = [n for v in values for n in byline_authors(v)]
    # "Lisowska" from one source and "Hana Lisowska" from another: the fuller form
    names = [n for n in dict.fromkeys(names) if not any(n != m and n in m for m in names)]
    # one word in an alphabet is a user name or a wire ("admin", "Reuters"), as trafilatura
    # holds too; a Chinese name is written without a space
    return [n for n in names if " " in n or re.search("[\u3400-\u9fff]", n)]


def _date(facts: _PageFacts, guess: str, blocks: list[Block]) -> str:
    """The article's date. trafilatura's (htmldate's) guess fills a missing day and month
    with 01 ("2026年7月16日" alone came out as 2026-01-01): a guess ending in 01 that the
    page does not write anywhere gives way to the date its date line or byline writes, and
    with none, to the year (or the year and month) it does support."""
    written = [written_date(t) for t in facts.date_texts]
    written += [date_line(b.text) for b in blocks[:4] if b.kind != "heading"]
    full = next((d for d in written if len(d) == 10), "")
    seen = full or next((d for d in written if d), "")
    if not guess:
        return seen
    if guess[8:] != "01" or any(d == guess for _, d in find_dates(facts.rawtext)):
        return guess
    if full:
        # the page writes a whole date where the guess filled in a day: the page's, even of
        # another year (htmldate passes over a date later than today and guesses from the
        # body's "2023年3月" instead)
        return full
    if seen.startswith(guess[:4]):
        return seen
    return guess[:4] if guess[5:7] == "01" else guess[:7]
