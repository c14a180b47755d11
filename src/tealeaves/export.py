"""Export what the library knows: JSON (the stable interchange format), CSV and Markdown.

The JSON object has four arrays (see README "Export format"):

* ``documents``: id, title, authors, publication, date
* ``people``: id, name, native_name, kind, affiliations, documents, mention_count
* ``quotes``: id, document, speaker (person id or null), text, kind, start, end, context
* ``glossary``: term, gloss, pinyin, document (one row per term and article)
"""

from __future__ import annotations

import csv
import errno
import io
import os
import re
import stat
from pathlib import Path
from typing import Any

from tealeaves.library import Citation, Comparison, Library, Matrix, MatrixCell, Profile
from tealeaves.model import Quote, SearchResult, Stance
from tealeaves.userdata import stance_fields
from tealeaves.util import atomic_write_text

FORMAT_VERSION = 1
#: The export's quotes table: :func:`quote_to_json`'s fields but topics, in the documented order.
EXPORT_QUOTE_FIELDS = ("id", "document", "speaker", "text", "kind", "start", "end", "context")


def export_data(lib: Library) -> dict[str, Any]:
    """Everything, as plain JSON-ready data."""
    documents = [
        {
            "id": d.id,
            "title": d.title,
            "authors": list(d.authors),
            "publication": d.publication,
            "date": d.date,
        }
        for d in lib.documents()
    ]
    people = [
        {
            "id": p.id,
            "name": p.name,
            "native_name": p.native_name,
            "kind": p.kind,
            "affiliations": list(p.affiliations),
            "documents": list(p.documents),
            "mention_count": p.mention_count,
        }
        for p in lib.people()
    ]
    quotes = [_export_quote(q) for q in lib.quotes()]
    glossary = []
    for entry in lib.glossary():
        for doc_id in dict.fromkeys(span.document for span in entry.occurrences):
            glossary.append(
                {
                    "term": entry.term,
                    "gloss": entry.gloss,
                    "pinyin": entry.pinyin,
                    "document": doc_id,
                }
            )
    return {
        "format": "tealeaves-export",
        "version": FORMAT_VERSION,
        "documents": documents,
        "people": people,
        "quotes": quotes,
        "glossary": glossary,
    }


def to_csv_tables(data: dict[str, Any]) -> dict[str, str]:
    """One CSV text per table (lists are joined with "; ")."""
    return {name: rows_to_csv(data[name]) for name in ("documents", "people", "quotes", "glossary")}


def write_csv_tables(data: dict[str, Any], folder: Path) -> list[Path]:
    """Write documents.csv, people.csv, quotes.csv and glossary.csv into ``folder`` (made
    when its parent exists; see :func:`write_output` for each file)."""
    folder = Path(folder)
    if not folder.is_dir():
        if not folder.parent.is_dir():
            raise FileNotFoundError(
                errno.ENOENT,
                "the folder to write into does not exist; create it first",
                str(folder.parent),
            )
        folder.mkdir()
    written = []
    for name, text in to_csv_tables(data).items():
        written.append(write_output(folder / f"{name}.csv", text))
    return written


def write_output(path: Path | str, text: str) -> Path:
    """Write ``text`` to the file a user named (``-o FILE``), and return where it went.

    A regular file (or none) is replaced atomically. A symbolic link is written through:
    the file it points to is replaced, the link stays. Anything else (a FIFO, a device, a
    socket, a folder) is refused, and so is a path whose folder does not exist: nothing is
    created but the file. Refusals are OSErrors naming the path."""
    path = Path(path)
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        if not target.parent.is_dir():
            raise FileNotFoundError(
                errno.ENOENT,
                "the folder to write into does not exist; create it first",
                str(target.parent),
            ) from None
    else:
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "is a folder; give a file name", str(path))
        if not stat.S_ISREG(mode):
            raise OSError(
                errno.EINVAL,
                "not a regular file (a FIFO, a device or a socket), so not written; give a "
                "file name",
                str(path),
            )
    atomic_write_text(target, text)
    return path


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


# -- viewpoints: comparisons, the stance matrix, profiles, marked quotes, citations ------------


def stance_to_json(stance: Stance | None) -> dict[str, Any] | None:
    if stance is None:
        return None
    return {
        **stance_fields(stance),
        "source": stance.source,
        "quote": stance.quote or None,
        "start": stance.span.start if stance.span else None,
        "end": stance.span.end if stance.span else None,
    }


def quote_to_json(quote: Quote) -> dict[str, Any]:
    """A quote as JSON: the one serializer of a Quote (the export's table takes its fields)."""
    return {
        "id": quote.id,
        "document": quote.span.document,
        "speaker": quote.speaker,
        "kind": quote.kind,
        "text": quote.text,
        "start": quote.span.start,
        "end": quote.span.end,
        "context": quote.context,
        "topics": list(quote.topics),
    }


def _export_quote(quote: Quote) -> dict[str, Any]:
    full = quote_to_json(quote)
    return {name: full[name] for name in EXPORT_QUOTE_FIELDS}


def comparison_to_json(comparison: Comparison) -> dict[str, Any]:
    return {
        "topics": [{"id": t.id, "label": t.label} for t in comparison.topics],
        "contains": comparison.contains,
        "differs": {t.id: comparison.differs(t.id) for t in comparison.topics},
        "columns": [
            {
                "kind": c.kind,
                "id": c.id,
                "title": c.title,
                "subtitle": c.subtitle,
                "topics": [
                    {
                        "topic": e.topic,
                        "stance": stance_to_json(e.stance),
                        "quotes": [quote_to_json(q) for q in e.quotes],
                    }
                    for e in c.entries
                ],
            }
            for c in comparison.columns
        ],
    }


def comparison_rows(comparison: Comparison) -> list[dict[str, Any]]:
    """A flat table: one row per column, topic and quote (one row for a stance alone)."""
    rows = []
    for c in comparison.columns:
        for e in c.entries:
            stance = e.stance
            base = {
                "column": c.id,
                "title": c.title,
                "topic": e.topic,
                "position": stance.position if stance else "",
                "summary": stance.summary if stance else "",
                "evidence": stance.evidence if stance else "",
            }
            if not e.quotes and stance is not None:
                rows.append({**base, "quote_id": "", "quote": "", "document": stance.document})
            for q in e.quotes:
                rows.append(
                    {**base, "quote_id": q.id, "quote": q.text, "document": q.span.document}
                )
    return rows


def speaker_names(library: Library, comparison: Comparison) -> dict[str, str]:
    """Person id -> name, for the quotes of articles compared (none when no column is an
    article: a person's column names its speaker at its head)."""
    if not any(column.kind == "article" for column in comparison.columns):
        return {}
    return {person.id: person.name for person in library.people()}


def quote_source(
    kind: str, quote: Quote, titles: dict[str, str], speakers: dict[str, str]
) -> str:
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


def matrix_to_json(matrix: Matrix) -> dict[str, Any]:
    return {
        "topics": [{"id": t.id, "label": t.label} for t in matrix.topics],
        "rows": [
            {
                "person": r.person.id,
                "name": r.person.name,
                "native_name": r.person.native_name,
                "kind": r.person.kind,
                "cells": {
                    t.id: {"stance": stance_to_json(c.stance), "quotes": list(c.quotes)}
                    for t, c in zip(matrix.topics, r.cells, strict=True)
                },
            }
            for r in matrix.rows
        ],
    }


def cell_text(cell: MatrixCell) -> str:
    """A cell as plain text: "against (2)", "(1)" for quotes without a stance, "" when silent."""
    count = f"({len(cell.quotes)})" if cell.quotes else ""
    if cell.stance is None:
        return count
    return f"{cell.stance.position} {count}".strip()


def matrix_rows(matrix: Matrix) -> list[dict[str, Any]]:
    return [
        {
            "person": r.person.id,
            "name": r.person.name,
            **{t.id: cell_text(c) for t, c in zip(matrix.topics, r.cells, strict=True)},
        }
        for r in matrix.rows
    ]


def matrix_to_markdown(matrix: Matrix) -> str:
    head = ["Person", *(_md(t.label) for t in matrix.topics)]
    lines = ["# Who stands where", "", "| " + " | ".join(head) + " |"]
    lines.append("|" + "---|" * len(head))
    for r in matrix.rows:
        cells = [cell_text(c) or "·" for c in r.cells]
        lines.append("| " + " | ".join([_md(r.person.name), *map(_md, cells)]) + " |")
    lines += ["", "A cell: the position where one is recorded, and (n) quotes on the topic."]
    return "\n".join(lines) + "\n"


#: What a spreadsheet reads as the start of a formula (CSV injection): a text cell that
#: starts with one of these gets a leading ``'``, which spreadsheets show as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A value as a CSV cell that no spreadsheet runs: lists joined with "; ", and text that
    starts like a formula (``=HYPERLINK(…)``, ``@SUM(…)``, ``+1+1``, ``-2+3+cmd|…``)
    prefixed with ``'``. Numbers stay numbers; JSON and Markdown keep the text exact."""
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def rows_to_csv(rows: list[dict[str, Any]]) -> str:
    """A list of flat dicts as CSV text (the first row's keys are the header); every cell
    through :func:`csv_cell`. Every CSV the project writes is made here."""
    out = io.StringIO()
    if rows:
        fields = list(rows[0])
        writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
        # The csv module quotes a field with a line break of the line terminator only
        # ("\n"): a row with a lone carriage return is quoted whole, or it would split.
        quoted = csv.DictWriter(out, fieldnames=fields, lineterminator="\n", quoting=csv.QUOTE_ALL)
        writer.writeheader()
        for row in rows:
            cells = {k: csv_cell(v) for k, v in row.items()}
            carriage = any(isinstance(v, str) and "\r" in v for v in cells.values())
            (quoted if carriage else writer).writerow(cells)
    return out.getvalue()


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


def cite_json(citation: Citation) -> dict[str, Any]:
    return {
        "text": cite_text(citation),
        "quote": quote_to_json(citation.quote),
        "speaker": citation.speaker,
        "native_name": citation.native_name,
        "role": citation.role,
        "title": citation.title,
        "authors": list(citation.authors),
        "publication": citation.publication,
        "date": citation.date,
    }


def search_to_json(result: SearchResult) -> dict[str, Any]:
    return {
        "query": result.query,
        "parsed": result.parsed,
        "notice": result.notice,
        "suggestion": result.suggestion,
        "total": result.total,
        "hits": [
            {
                "kind": hit.kind,
                "document": hit.doc_id,
                "title": hit.title,
                "authors": list(hit.authors),
                "date": hit.date,
                "publication": hit.publication,
                "section": hit.section,
                "position": hit.position,
                "start": hit.start,
                "end": hit.end,
                "person": hit.person,
                "who": hit.who,
                "score": round(hit.score, 4),
                "snippet": hit.snippet.text,
                "highlights": [list(span) for span in hit.snippet.highlights],
                "marked": hit.snippet.marked(),
            }
            for hit in result.hits
        ],
    }


def profile_to_json(profile: Profile) -> dict[str, Any]:
    person = profile.person
    return {
        "id": person.id,
        "name": person.name,
        "native_name": person.native_name,
        "kind": person.kind,
        "aliases": list(person.aliases),
        "roles": [
            {
                "text": r.text,
                "source": r.source,
                "document": r.span.document if r.span else None,
                "start": r.span.start if r.span else None,
                "end": r.span.end if r.span else None,
            }
            for r in profile.roles
        ],
        "mention_count": profile.mention_count,
        "ambiguous_mentions": profile.ambiguous_mentions,
        "documents": [d.id for d in profile.documents],
        "quotes": [quote_to_json(q) for q in profile.quotes],
        "co_mentioned": [{"id": p.id, "name": p.name} for p in profile.co_mentioned],
    }
