"""CSV: every table the project writes, with cells no spreadsheet runs."""

from __future__ import annotations

import csv
import io
from typing import Any

from tealeaves.export.as_text import cell_text
from tealeaves.library import Comparison, Matrix

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


def to_csv_tables(data: dict[str, Any]) -> dict[str, str]:
    """One CSV text per table (lists are joined with "; ")."""
    return {name: rows_to_csv(data[name]) for name in ("documents", "people", "quotes", "glossary")}


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


def matrix_rows(matrix: Matrix) -> list[dict[str, Any]]:
    return [
        {
            "person": r.person.id,
            "name": r.person.name,
            **{t.id: cell_text(c) for t, c in zip(matrix.topics, r.cells, strict=True)},
        }
        for r in matrix.rows
    ]
