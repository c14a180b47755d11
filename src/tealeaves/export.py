"""Export what the library knows: JSON (the stable interchange format), CSV and Markdown.

The JSON object has four arrays (see README "Export format"):

* ``documents``: id, title, authors, publication, date
* ``people``: id, name, native_name, kind, affiliations, documents, mention_count
* ``quotes``: id, document, speaker (person id or null), text, kind, start, end, context
* ``glossary``: term, gloss, pinyin, document (one row per term and article)
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from tealeaves.library import Library
from tealeaves.util import atomic_write_text

FORMAT_VERSION = 1


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
    quotes = [
        {
            "id": q.id,
            "document": q.span.document,
            "speaker": q.speaker,
            "text": q.text,
            "kind": q.kind,
            "start": q.span.start,
            "end": q.span.end,
            "context": q.context,
        }
        for q in lib.quotes()
    ]
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
    tables: dict[str, str] = {}
    for name in ("documents", "people", "quotes", "glossary"):
        rows = data[name]
        out = io.StringIO()
        if rows:
            writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            for row in rows:
                writer.writerow(
                    {k: "; ".join(v) if isinstance(v, list) else v for k, v in row.items()}
                )
        tables[name] = out.getvalue()
    return tables


def write_csv_tables(data: dict[str, Any], folder: Path) -> list[Path]:
    """Write documents.csv, people.csv, quotes.csv and glossary.csv into ``folder``."""
    written = []
    for name, text in to_csv_tables(data).items():
        path = Path(folder) / f"{name}.csv"
        atomic_write_text(path, text)
        written.append(path)
    return written


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
        native = f" ({p['native_name']})" if p["native_name"] else ""
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
            lines.append(f"| {g['term']} | {g['pinyin']} | {_md(g['gloss'])} | {_md(title)} |")
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    """Escape the characters that would change Markdown structure inline."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
