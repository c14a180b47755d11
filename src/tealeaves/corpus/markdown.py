"""Markdown articles (CommonMark + footnotes + block attributes) into blocks of plain text.

A blockquote marked ``{.pullquote}`` on the line before it is a pull quote: it repeats the
body, so it is shown in the reader but not indexed as a passage. Footnote definitions
(``[^iv]: …``) become footnote blocks; references to them stay in the text as ``[iv]``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.attrs import attrs_block_plugin
from mdit_py_plugins.footnote import footnote_plugin

from tealeaves.corpus.clean import fold_space, is_furniture, join_lines
from tealeaves.model import Block, ParagraphKind

_parser: MarkdownIt | None = None


def _md() -> MarkdownIt:
    global _parser
    if _parser is None:
        _parser = (
            MarkdownIt("commonmark").enable("table").use(footnote_plugin).use(attrs_block_plugin)
        )
    return _parser


# "**问：**很多": CommonMark does not close strong emphasis after CJK punctuation before a
# letter, so the markers stay in the text; a pair of them around a few words is dropped.
_UNCLOSED_STRONG = re.compile(r"(?:\*\*|__)(?=\S)([^*_\n]{1,60}?)(?<=\S)(?:\*\*|__)")


def _inline_text(children: Sequence[Token]) -> str:
    lines: list[str] = []
    parts: list[str] = []
    for tok in children:
        if tok.type == "text":
            parts.append(_UNCLOSED_STRONG.sub(r"\1", tok.content))
        elif tok.type in ("code_inline", "html_inline"):
            parts.append(tok.content)
        elif tok.type in ("softbreak", "hardbreak"):
            lines.append("".join(parts))
            parts = []
        elif tok.type == "footnote_ref":
            parts.append(f"[{tok.meta.get('label', '')}]")
        elif tok.type == "image":
            parts.append(tok.content)
    return fold_space(join_lines([*lines, "".join(parts)]))


def parse_markdown(body: str) -> tuple[str, list[Block]]:
    """Return (the first level-1 heading or "", the article's blocks in reading order)."""
    tokens = _md().parse(body)
    title = ""
    blocks: list[Block] = []
    notes: list[Block] = []
    for kind, label, text in _walk(tokens):
        if not text or is_furniture(text):
            continue
        if kind == "title":
            if not title:
                title = text
                continue
            kind = "heading"
        block = Block(kind=kind, text=text, label=label)
        (notes if kind == "footnote" else blocks).append(block)
    return title, blocks + notes


def _walk(tokens: Sequence[Token]) -> Iterator[tuple[ParagraphKind | str, str, str]]:
    """Yield (kind, footnote label, plain text) for each leaf block."""
    quote_kind: list[ParagraphKind] = []
    footnote_label = ""
    heading_level = 0
    dash = ""  # the marker of a one-item bullet list, kept as the writer typed it
    cells: list[str] | None = None  # a table row's cells, read so far
    for n, tok in enumerate(tokens):
        if tok.type == "tr_open":
            cells = []
        elif tok.type == "tr_close":
            if cells is not None and any(cells):
                yield "row", "", " | ".join(cells)  # one paragraph a row, its cells in order
            cells = None
        elif tok.type == "inline" and cells is not None:
            cells.append(_inline_text(tok.children or []))
        elif tok.type == "bullet_list_open":
            dash = f"{tok.markup} " if tok.markup == "-" and _one_item(tokens, n) else ""
        elif tok.type == "bullet_list_close":
            dash = ""
        elif tok.type == "blockquote_open":
            cls = str(tok.attrs.get("class", ""))
            quote_kind.append("pullquote" if "pullquote" in cls.split() else "blockquote")
        elif tok.type == "blockquote_close":
            quote_kind.pop()
        elif tok.type == "footnote_open":
            footnote_label = str(tok.meta.get("label", ""))
        elif tok.type == "footnote_close":
            footnote_label = ""
        elif tok.type == "heading_open":
            heading_level = int(tok.tag[1:])
        elif tok.type == "heading_close":
            heading_level = 0
        elif tok.type == "inline":
            text = _inline_text(tok.children or [])
            if heading_level:
                yield ("title" if heading_level == 1 else "heading"), "", text
            elif footnote_label:
                yield "footnote", footnote_label, text
            elif quote_kind:
                yield quote_kind[-1], "", text
            elif _all_strong(tok.children or []):
                yield "bold", "", dash + text  # "**Is that how Beijing sees it?**"
            else:
                yield "body", "", dash + text
        elif tok.type in ("fence", "code_block"):
            yield "body", "", fold_space(tok.content)


def _all_strong(children: Sequence[Token]) -> bool:
    """Whether an inline run is all strong emphasis: "**…**" from first to last word."""
    shown = [t for t in children if not (t.type == "text" and not t.content.strip())]
    if len(shown) < 3 or shown[0].type != "strong_open" or shown[-1].type != "strong_close":
        return False
    depth = 0
    for tok in shown[:-1]:  # the first "**" stays open until the last
        depth += {"strong_open": 1, "strong_close": -1}.get(tok.type, 0)
        if depth == 0:
            return False
    return True


def _one_item(tokens: Sequence[Token], at: int) -> bool:
    """Whether the bullet list opened at ``tokens[at]`` has one item of one paragraph: a
    digest's "- Shen Dingli (沈丁立), Fudan University" under a quote is a dash credit, not a
    list, and keeps its dash."""
    depth, items, inlines = 0, 0, 0
    for tok in tokens[at:]:
        depth += tok.nesting if tok.type in ("bullet_list_open", "bullet_list_close") else 0
        if depth == 1 and tok.type == "list_item_open":
            items += 1
        if tok.type == "inline":
            inlines += 1
        if depth == 0:
            break
    return items == 1 and inlines == 1
