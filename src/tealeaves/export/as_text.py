"""Markdown reports and plain-text lines: profiles, comparisons, the stance matrix, the
export, citations.

Article text is never taken as Markdown: every field goes through :func:`_md`.
"""

from __future__ import annotations

import re
from typing import Any

from tealeaves.library import Citation, Comparison, Library, Matrix, MatrixCell, Profile
from tealeaves.model import Quote


def to_markdown(data: dict[str, Any]) -> str:
    """A readable report: each person with roles and quotes, then the glossary."""
    titles = {d["id"]: d["title"] for d in data["documents"]}
    lines = ["# Who said what", ""]
    lines.append("## Articles")
    lines.append("")
    for d in data["documents"]:
        byline = ", ".join(d["authors"]) or "author not stated"
        extra = ", ".join(x for x in (d["publication"], d["date"]) if x)
        lines.append(
            f"- *{_md(d['title'])}* — {_md(byline)}" + (f" ({_md(extra)})" if extra else "")
        )
    lines.append("")
    lines.append("## People")
    by_speaker: dict[str, list[dict[str, Any]]] = {}
    for q in data["quotes"]:
        if q["speaker"]:
            by_speaker.setdefault(q["speaker"], []).append(q)
    for p in data["people"]:
        lines.append("")
        native = f" ({_md(p['native_name'])})" if p["native_name"] else ""
        lines.append(f"### {_md(p['name'])}{native}")
        lines.append("")
        lines.append(f"{p['kind']}; mentioned {p['mention_count']} times")
        for role in p["affiliations"]:
            lines.append(f"- {_md(role)}")
        for q in by_speaker.get(p["id"], []):
            lines.append("")
            lines.append(f"> “{_md(q['text'])}”")
            lines.append(f">\n> — in *{_md(titles.get(q['document'], q['document']))}*")
    if data["glossary"]:
        lines += [
            "",
            "## Glossary",
            "",
            "| Term | Pinyin | English | Article |",
            "|---|---|---|---|",
        ]
        for g in data["glossary"]:
            title = titles.get(g["document"], g["document"])
            lines.append(
                f"| {_md(g['term'])} | {_md(g['pinyin'])} | {_md(g['gloss'])} | {_md(title)} |"
            )
    return "\n".join(lines) + "\n"


#: What would change Markdown's structure inline, or start raw HTML or a link.
_MD_SPECIAL = re.compile(r"([\\|*_`\[\]<>])")


def _md(text: str) -> str:
    """Text as Markdown that shows it as written: every character that would change the
    structure inline (emphasis, a table cell), start raw HTML (``<img onerror=…>``) or a
    link (``[click](…)``) is backslash-escaped, and a line break is a space."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.splitlines()))


def speaker_names(library: Library, comparison: Comparison) -> dict[str, str]:
    """Person id -> name, for the quotes of articles compared (none when no column is an
    article: a person's column names its speaker at its head)."""
    if not any(column.kind == "article" for column in comparison.columns):
        return {}
    return {person.id: person.name for person in library.people()}


def quote_source(kind: str, quote: Quote, titles: dict[str, str], speakers: dict[str, str]) -> str:
    """What a compared quote is followed by: in an article's column (headed by the article)
    who says it; in a person's column (headed by the person) the article it is from."""
    if kind == "article":
        return speakers.get(quote.speaker or "", "") or "unattributed"
    return titles.get(quote.span.document, "")


def comparison_to_markdown(
    comparison: Comparison, titles: dict[str, str], speakers: dict[str, str] | None = None
) -> str:
    """Each topic as a section; in it each column's position, evidence and quotes (each
    with its article, or in an article's column its speaker: ``speakers``)."""
    lines = ["# " + " vs ".join(_md(c.title) for c in comparison.columns), ""]
    if comparison.contains:
        lines += [f"Quotes containing: {_md(comparison.contains)}", ""]
    for n, topic in enumerate(comparison.topics):
        differs = " (they differ)" if comparison.differs(topic.id) else ""
        lines += [f"## {_md(topic.label)}{differs}", ""]
        for c in comparison.columns:
            e = c.entries[n]
            lines.append(f"### {_md(c.title)}")
            lines.append("")
            if c.subtitle:
                lines += [f"*{_md(c.subtitle)}*", ""]
            if e.stance is not None:
                s = e.stance
                lines.append(f"**Position: {_md(s.position)}** ({s.source}). {_md(s.summary)}")
                if s.evidence:
                    where = titles.get(s.document, s.document)
                    lines += ["", f"> {_md(s.evidence)}", ">", f"> — *{_md(where)}*"]
                lines.append("")
            elif not e.quotes:
                lines += ["Nothing on this topic.", ""]
            for q in e.quotes:
                source = quote_source(c.kind, q, titles, speakers or {})
                lines.append(f"- “{_md(q.text)}” — *{_md(source)}*")
            if e.quotes:
                lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def matrix_to_markdown(matrix: Matrix) -> str:
    head = ["Person", *(_md(t.label) for t in matrix.topics)]
    lines = ["# Who stands where", "", "| " + " | ".join(head) + " |"]
    lines.append("|" + "---|" * len(head))
    for r in matrix.rows:
        cells = [cell_text(c) or "·" for c in r.cells]
        lines.append("| " + " | ".join([_md(r.person.name), *map(_md, cells)]) + " |")
    lines += ["", "A cell: the position where one is recorded, and (n) quotes on the topic."]
    return "\n".join(lines) + "\n"


def profile_to_markdown(profile: Profile, titles: dict[str, str]) -> str:
    person = profile.person
    native = f" ({_md(person.native_name)})" if person.native_name else ""
    lines = [
        f"# {_md(person.name)}{native}",
        "",
        f"{person.kind}; mentioned {profile.mention_count} times",
        "",
    ]
    if profile.roles:
        lines += ["## As the texts describe them", ""]
        for role in profile.roles:
            where = titles.get(role.span.document, "") if role.span else role.source
            lines.append(f"- {_md(role.text)}" + (f" — *{_md(where)}*" if where else ""))
        lines.append("")
    if profile.quotes:
        lines += [f"## Quotes ({len(profile.quotes)})", ""]
        for q in profile.quotes:
            lines += [
                f"> “{_md(q.text)}”",
                ">",
                f"> — *{_md(titles.get(q.span.document, ''))}*",
                "",
            ]
    lines += ["## Articles", ""]
    lines += [f"- *{_md(d.title)}*" for d in profile.documents]
    return "\n".join(lines) + "\n"


def cell_text(cell: MatrixCell) -> str:
    """A cell as plain text: "against (2)", "(1)" for quotes without a stance, "" when silent."""
    count = f"({len(cell.quotes)})" if cell.quotes else ""
    if cell.stance is None:
        return count
    return f"{cell.stance.position} {count}".strip()


def cite_text(citation: Citation) -> str:
    """One line that cites a quote with full attribution, e.g.
    “…” — Zhao Long (赵隆), a researcher at …; quoted in Thomas des Garets Geddes,
    “China–Russia Relations as Viewed from China”, The Republic of Agora, 2023-05-30."""
    q = citation.quote
    who = citation.speaker or "unattributed"
    if citation.native_name:
        who += f" ({citation.native_name})"
    if citation.role:
        who += f", {citation.role}"
    where = []
    if citation.authors:
        where.append(" and ".join(citation.authors))
    where.append(f"“{citation.title}”")
    where += [x for x in (citation.publication, citation.date or "undated") if x]
    return f"“{q.text}” — {who}; quoted in {', '.join(where)}."
