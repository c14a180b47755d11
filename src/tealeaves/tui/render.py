"""Rich ``Text`` for what the screens show, built from the library's dataclasses.

Everything here makes ``Text`` objects from plain strings with explicit styles: article
text is never parsed as markup, so "[bold]" in an article shows as "[bold]".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text

if TYPE_CHECKING:
    from tealeaves.library import DocumentInfo, NameMark, PersonSummary
    from tealeaves.model import Document, Hit, Paragraph, Quote, Snippet, Stance

HIT = "reverse bold"  # a search hit in the reader or a snippet
CURRENT = "bold black on yellow"  # the hit or name the reader is on
NAME = "underline"  # a person the extractor knows
NAME_AMBIGUOUS = "underline dim"  # a mention nobody could resolve with certainty

KIND_LABEL = {
    "person": "expert",
    "quote": "quote",
    "para": "passage",
    "doc": "article",
    "term": "term",
}


def counted(n: int, word: str) -> str:
    """ "1 quote", "2 quotes"."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def snippet_text(snippet: Snippet, *, style: str = "") -> Text:
    """A snippet with its matches highlighted (offsets, not markup)."""
    text = Text(snippet.text.replace("\n", " "), style=style)
    for start, end in snippet.highlights:
        text.stylize(HIT, start, end)
    return text


def byline(info: DocumentInfo | Document | Hit) -> str:
    """ "Author · Publication · date", leaving out what is unknown."""
    parts = [", ".join(info.authors), info.publication, info.date]
    return " · ".join(p for p in parts if p)


def document_text(info: DocumentInfo) -> Text:
    """An article in a list: its title, then who wrote it, where and when."""
    out = Text(info.title, style="bold")
    line = byline(info)
    if line:
        out.append("\n" + line, style="italic dim")
    return out


def expert_line(person: PersonSummary) -> Text:
    """An expert in "Most quoted experts": the count first, so that a narrow column never
    wraps it onto a line of its own, then the name; one line, ending in "…" if need be."""
    out = Text(no_wrap=True, overflow="ellipsis")
    out.append(f"{person.quote_count:>2}  ", style="dim")
    out.append(person.name)
    if person.native_name:
        out.append(f" {person.native_name}")
    return out


def hit_text(hit: Hit, person: PersonSummary | None = None) -> Text:
    """One search result: what matched, then where it comes from. An expert is shown by
    name, then what the article says of them (``person``: their summary, when known)."""
    from tealeaves.views import name_forms, roles_of  # imported once the library is open

    out = Text()
    if hit.kind == "person":
        out.append(hit.who or hit.person, style="bold")
        roles = roles_of(hit.snippet, name_forms(hit.who, person))
        if roles.text:
            out.append("\n")
            out.append_text(snippet_text(roles, style="dim"))
    elif hit.kind == "quote":
        if hit.who:
            out.append(hit.who, style="bold")
            out.append(": ")
        out.append("“")
        out.append_text(snippet_text(hit.snippet))
        out.append("”")
    else:
        out.append_text(snippet_text(hit.snippet))
    source = hit.title + (f" › {hit.section}" if hit.section else "")
    out.append("\n")
    out.append(source, style="italic dim")
    return out


LANGUAGES = {"en": "English", "zh": "Chinese", "ru": "Russian"}


def language_label(code: str) -> str:
    """ "zh" -> "Chinese"; a code we do not name is shown as it is ("" stays "")."""
    return LANGUAGES.get(code.split("-")[0].casefold(), code)


def quote_text(quote: Quote, *, title: str = "", speaker: str = "") -> Text:
    out = Text()
    if speaker:
        out.append(speaker, style="bold")
        out.append(": ")
    if quote.kind == "reported":  # the writer's words about what they said: no marks
        out.append("reported: ", style="dim")
        out.append(quote.text)
    else:
        out.append(f"“{quote.text}”", style="italic")
        out.append(f"  [{quote.kind}]", style="dim")
    if quote.context and quote.context.strip() != f"“{quote.text}”":
        out.append("\n")
        out.append(quote.context, style="dim")
    if title:
        out.append("\n")
        out.append(f"— {title}", style="italic dim")
    return out


def paragraph_text(
    para: Paragraph,
    *,
    hits: Sequence[tuple[int, int]] = (),
    marks: Sequence[NameMark] = (),
    current: tuple[int, int] | None = None,
) -> Text:
    """A paragraph of an article; ``hits``, ``marks`` and ``current`` are document offsets."""
    body = para.text
    if para.kind == "heading":
        text = Text(body, style="bold underline")
    elif para.kind == "footnote":
        label = f"[{para.label}] " if para.label else ""
        text = Text(label + body, style="dim")
        offset = len(label)
        return _decorate(text, para.start - offset, hits, marks, current)
    elif para.kind in ("blockquote", "pullquote"):
        text = Text(body, style="italic")
    elif para.kind == "bold":
        text = Text(body, style="bold")
    else:
        text = Text(body)
    return _decorate(text, para.start, hits, marks, current)


def _decorate(
    text: Text,
    origin: int,
    hits: Sequence[tuple[int, int]],
    marks: Sequence[NameMark],
    current: tuple[int, int] | None,
) -> Text:
    size = len(text)
    for mark in marks:
        s, e = mark.start - origin, mark.end - origin
        if 0 <= s < e <= size:
            style = Style.parse(NAME_AMBIGUOUS if mark.ambiguous else NAME)
            click = f"screen.open_person({mark.person!r})"
            text.stylize(style + Style(meta={"@click": click, "person": mark.person}), s, e)
    for start, end in hits:
        s, e = start - origin, end - origin
        if 0 <= s < e <= size:
            text.stylize(HIT, s, e)
    if current is not None:
        s, e = max(0, current[0] - origin), min(size, current[1] - origin)
        if s < e:
            text.stylize(CURRENT, s, e)
    return text


def _stance_style(position: str) -> str:
    first = position.split()[0].strip(",.;").casefold() if position.split() else ""
    if first in ("for", "supports", "yes", "high", "positive"):
        return "bold black on green"
    if first in ("against", "opposes", "no", "negative", "low"):
        return "bold white on red"
    return "bold black on yellow"


def stance_badge(stance: Stance, *, short: bool = False) -> Text:
    """A stance as a coloured badge; in full with its summary and (reported) evidence."""
    label = (
        stance.position if not short or len(stance.position) <= 14 else stance.position[:13] + "…"
    )
    out = Text(f" {label} ", style=_stance_style(stance.position))
    if short:
        return out
    out.append(f"  {stance.source}", style="dim")
    if stance.summary:
        out.append(f"\n{stance.summary}")
    if stance.evidence and not stance.quote:
        out.append(f"\n“{stance.evidence}”", style="italic dim")
    return out
