"""Commands on viewpoints: compare, matrix, stances, notes, flags, marked, cite."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from tealeaves.cli.output import (
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_USAGE,
    console,
    is_tty,
    open_library,
    output_format,
    plain,
    print_json,
    print_line,
    refused,
    shown,
    visible,
    warn,
    write_or_print,
)

if TYPE_CHECKING:
    from tealeaves.library import Comparison, Matrix


def cmd_compare(args: argparse.Namespace) -> int:
    from tealeaves import export
    from tealeaves.library import NotFound

    if len(args.subjects) < 2:
        warn(
            "compare needs at least two people or articles, e.g. "
            'tealeaves compare "Yan Xuetong" "Ding Xiaoxing" --topic alliance'
        )
        return EXIT_USAGE
    with open_library(args) as lib:
        try:
            comparison = lib.compare(args.subjects, args.topic, contains=args.filter or "")
        except NotFound as exc:
            return refused(exc)
        titles = lib.titles(comparison.documents())
        speakers = export.speaker_names(lib, comparison)
    chosen = output_format(args)
    if chosen == "json":
        print_json(export.comparison_to_json(comparison))
    elif chosen == "csv":
        write_or_print(export.rows_to_csv(export.comparison_rows(comparison)), args.output)
    elif chosen == "markdown" or args.output:
        write_or_print(export.comparison_to_markdown(comparison, titles, speakers), args.output)
    else:
        _print_comparison(comparison, titles, speakers)
    return EXIT_OK


def _print_comparison(
    comparison: Comparison, titles: dict[str, str], speakers: dict[str, str]
) -> None:
    from rich.table import Table
    from rich.text import Text

    from tealeaves import export

    out = console()
    for n, topic in enumerate(comparison.topics):
        entries = [c.entries[n] for c in comparison.columns]
        if len(comparison.topics) > 1 and not any(e.stance or e.quotes for e in entries):
            continue  # all topics: leave out those on which everyone is silent
        title = topic.label + ("  — they differ" if comparison.differs(topic.id) else "")
        table = Table(title=plain(title, "bold"), expand=True, show_lines=False)
        for column in comparison.columns:
            head = Text(column.title, style="bold")
            head.append("\n" + column.subtitle, style="dim")
            table.add_column(shown(head), ratio=1, overflow="fold")
        cells = []
        for column, entry in zip(comparison.columns, entries, strict=True):
            cell = Text()
            if entry.stance is not None:
                s = entry.stance
                cell.append(f" {s.position} ", style="reverse bold")
                cell.append(f"  {s.source}\n", style="dim")
                if s.summary:
                    cell.append(s.summary + "\n")
                if s.evidence and not s.quote:
                    cell.append(f"“{s.evidence}”\n", style="italic")
            elif not entry.quotes:
                cell.append("nothing on this topic", style="dim")
            for q in entry.quotes:
                cell.append(f"\n“{q.text}”", style="italic")
                source = export.quote_source(column.kind, q, titles, speakers)
                cell.append(f"\n  {source} · {q.id}\n", style="dim")
            cells.append(shown(cell))
        table.add_row(*cells)
        out.print(table)


def cmd_matrix(args: argparse.Namespace) -> int:
    from tealeaves import export

    with open_library(args) as lib:
        matrix = lib.matrix()
    chosen = output_format(args)
    if chosen == "json":
        print_json(export.matrix_to_json(matrix))
    elif chosen == "csv":
        write_or_print(export.rows_to_csv(export.matrix_rows(matrix)), args.output)
    elif chosen == "markdown" or args.output or not is_tty(sys.stdout):
        write_or_print(export.matrix_to_markdown(matrix), args.output)
    else:
        _print_matrix(matrix)
    return EXIT_OK


#: The cells a topic's column needs in the full table ("against (2)" and a border).
MATRIX_CELL = 14


def _print_matrix(matrix: Matrix) -> None:
    """The matrix on a terminal: a table of people against topics when it fits, else one
    row per person listing where they stand, topics by number, and the legend below."""
    from rich.table import Table
    from rich.text import Text

    from tealeaves import export

    out = console()
    name_width = max((len(r.person.name) for r in matrix.rows), default=6)
    if out.width >= name_width + 4 + MATRIX_CELL * len(matrix.topics):
        table = Table(title="Who stands where: position (quotes on the topic)", expand=True)
        table.add_column("Person", no_wrap=True)
        for t in matrix.topics:
            table.add_column(plain(t.id), overflow="fold")
        for row in matrix.rows:
            cells = [
                plain(export.cell_text(c) or "·", "" if c.stance else "dim") for c in row.cells
            ]
            table.add_row(plain(row.person.name), *cells)
        out.print(table)
        return
    table = Table(
        title="Who stands where: topic number, position (quotes on the topic)", expand=True
    )
    table.add_column("Person", no_wrap=True)
    table.add_column("Where they stand", ratio=1)
    for row in matrix.rows:
        cell = Text()
        for n, c in enumerate(row.cells, 1):
            said = export.cell_text(c)
            if not said:
                continue
            if cell:
                cell.append("  ")
            cell.append(f"{n}", style="bold")
            cell.append(f" {said}", style="" if c.stance else "dim")
        table.add_row(plain(row.person.name), shown(cell) if cell else plain("·", "dim"))
    out.print(table)
    legend = Text("Topics: ", style="bold")
    for n, t in enumerate(matrix.topics, 1):
        legend.append(f"{n} ", style="bold")
        legend.append(t.label + ("; " if n < len(matrix.topics) else ""))
    out.print(shown(legend))


def cmd_stance(args: argparse.Namespace) -> int:
    from tealeaves import export
    from tealeaves.library import NotFound, UserDataError

    with open_library(args) as lib:
        try:
            if args.action == "set":
                stance = lib.set_stance(
                    " ".join(args.person.split()),
                    args.topic,
                    args.position,
                    summary=args.summary or "",
                    evidence=args.evidence or "",
                    document=args.document or "",
                )
                warn(f"saved: {lib.said(stance.person, stance.topic)}: {stance.position}")
                return EXIT_OK
            if args.action == "rm":
                stance = lib.remove_stance(args.person, args.topic)
                warn(f"removed: {lib.said(stance.person, stance.topic)} ({stance.source})")
                return EXIT_OK
            person = lib.find_person(args.person) if args.person else None
            topic = lib.topic(args.topic).id if args.topic else None
            stances = lib.stances(person=person, topic=topic)
        except (NotFound, ValueError, UserDataError) as exc:
            return refused(exc)
    if args.json:
        print_json([export.stance_to_json(s) for s in stances])
    else:
        for s in stances:
            print_line(s.person, s.topic, s.position, s.source, s.summary)
    return EXIT_OK if stances else EXIT_NOT_FOUND


def cmd_note(args: argparse.Namespace) -> int:
    from tealeaves.library import NotFound, UserDataError

    with open_library(args) as lib:
        try:
            if not args.text and not args.clear:
                note = lib.annotations().notes.get(args.quote)
                lib.quote(args.quote)  # says so if there is no such quote
                if note is None:
                    warn(f"no note on {args.quote}")
                    return EXIT_NOT_FOUND
                print(visible(note.text))
                return EXIT_OK
            lib.set_note(args.quote, "" if args.clear else " ".join(args.text))
        except (NotFound, UserDataError) as exc:
            return refused(exc)
    warn("note removed" if args.clear else "note saved")
    return EXIT_OK


def cmd_flag(args: argparse.Namespace) -> int:
    from tealeaves.library import NotFound, UserDataError

    with open_library(args) as lib:
        try:
            for quote in args.quotes:
                lib.set_flag(quote, not args.off)
        except (NotFound, UserDataError) as exc:
            return refused(exc)
    warn(("unflagged " if args.off else "flagged ") + ", ".join(args.quotes))
    return EXIT_OK


def cmd_marked(args: argparse.Namespace) -> int:
    """The quotes the user flagged or wrote a note on, with the notes."""
    from tealeaves import export
    from tealeaves.library import NotFound

    with open_library(args) as lib:
        data = lib.annotations()
        rows = []
        for qid in sorted(set(data.flags) | set(data.notes)):
            note = data.notes.get(qid)
            try:
                c = lib.citation(qid)
                text, doc, cite = c.quote.text, c.quote.span.document, export.cite_text(c)
            except NotFound:  # the article changed or left the library: keep what we saved
                kept = note or data.flags[qid]
                text, doc, cite = kept.quoted, kept.document, ""
            rows.append(
                {
                    "quote_id": qid,
                    "flagged": qid in data.flags,
                    "note": note.text if note else "",
                    "text": text,
                    "document": doc,
                    "citation": cite,
                }
            )
    chosen = output_format(args)
    if chosen == "json":
        print_json(rows)
    elif chosen == "csv":
        write_or_print(export.rows_to_csv(rows), args.output)
    else:
        lines = ["# Marked quotes", ""]
        for r in rows:
            flag = "⚑ " if r["flagged"] else ""
            lines.append(f"- {flag}{r['citation'] or '“' + r['text'] + '”'} `{r['quote_id']}`")
            if r["note"]:
                lines.append(f"  - Note: {r['note']}")
        write_or_print("\n".join(lines) + "\n", args.output)
    return EXIT_OK if rows else EXIT_NOT_FOUND


def cmd_cite(args: argparse.Namespace) -> int:
    from tealeaves import export
    from tealeaves.library import NotFound

    with open_library(args) as lib:
        try:
            citation = lib.citation(args.quote)
        except NotFound as exc:
            return refused(exc)
    if args.json:
        print_json(export.cite_json(citation))
    else:
        write_or_print(export.cite_text(citation) + "\n", args.output)
    return EXIT_OK
