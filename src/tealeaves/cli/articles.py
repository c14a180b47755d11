"""Commands on articles: search, docs, add, rm, index, export."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from tealeaves.cli.output import (
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_USAGE,
    ProgressBar,
    console,
    is_tty,
    one_cell,
    open_library,
    print_json,
    print_line,
    print_table,
    shown,
    warn,
    write_or_print,
)
from tealeaves.model import SearchResult

if TYPE_CHECKING:
    from tealeaves.library import DocumentInfo


def cmd_search(args: argparse.Namespace) -> int:
    from tealeaves.export import search_to_json

    query = " ".join(args.query)
    with open_library(args) as lib:
        result = lib.search(query, limit=args.limit, per_document=args.per_article)
    if args.json:
        print_json(search_to_json(result))
        return EXIT_OK if result.hits else EXIT_NOT_FOUND
    if result.notice:
        warn(result.notice)
    if not result.hits:
        hint = f" Did you mean: {result.suggestion}?" if result.suggestion else ""
        warn(f"no results for {query!r}.{hint}")
        return EXIT_NOT_FOUND
    if is_tty(sys.stdout):
        _render_hits_table(result)
    else:
        for hit in result.hits:
            where = f"{hit.doc_id}:{hit.position}" if hit.position >= 0 else hit.doc_id
            print_line(where, hit.kind, hit.who, hit.snippet.marked())
    return EXIT_OK


def _render_hits_table(result: SearchResult) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=True, expand=True, title=f"{len(result.hits)} of {result.total}")
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("Article", ratio=1)
    table.add_column("Passage", ratio=3)
    for n, hit in enumerate(result.hits, start=1):
        source = Text(hit.title, style="bold")
        byline = ", ".join(hit.authors)
        if hit.date:
            byline = f"{byline} · {hit.date}" if byline else hit.date
        if byline:
            source.append("\n" + byline, style="dim")
        if hit.section:
            source.append("\n§ " + hit.section, style="italic")
        snippet = Text(hit.snippet.text)  # plain Text: article text is never markup
        for start, end in hit.snippet.highlights:
            snippet.stylize("bold reverse", start, end)
        table.add_row(str(n), shown(source), shown(snippet))
    console().print(table)


def cmd_docs(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        docs = lib.documents()
    if args.id:
        docs = [d for d in docs if d.id == args.id]
        if not docs:
            warn(f"no article with id '{args.id}'; `tealeaves docs` lists the ids")
            return EXIT_NOT_FOUND
    as_json = [
        {**asdict(d), "authors": list(d.authors), "provenance": dict(d.provenance)} for d in docs
    ]
    if args.json:
        print_json(as_json[0] if args.id else as_json)
        return EXIT_OK
    if args.id:
        _print_document(docs[0])
        return EXIT_OK
    print_table(
        f"{len(docs)} articles",
        ("Id", "Title", "Authors", "Date", "Publication"),
        [(d.id, d.title, ", ".join(d.authors), d.date, d.publication) for d in docs],
    )
    return EXIT_OK


def _print_document(info: DocumentInfo) -> None:
    origin = dict(info.provenance)
    rows = [
        ("id", info.id, ""),
        ("title", info.title, origin.get("title", "")),
        ("authors", "; ".join(info.authors), origin.get("authors", "")),
        ("date", info.date, origin.get("date", "")),
        ("publication", info.publication, origin.get("publication", "")),
        ("source", info.source, origin.get("source", "")),
        ("file", info.path, ""),
        ("paragraphs", str(info.paragraphs), ""),
    ]
    for name, value, where in rows:
        value_shown = one_cell(value or "(not found)")
        origin_shown = f"\t[from {one_cell(where)}]" if value and where else ""
        print(f"{name:12} {value_shown}{origin_shown}")


def cmd_index(args: argparse.Namespace) -> int:
    if args.where:
        from tealeaves.locations import default_index_dir

        print(Path(args.index) if args.index else default_index_dir())
        return EXIT_OK
    with open_library(args, rebuild=args.rebuild) as lib:
        report = lib.report
        summary = {
            "index": str(lib.index_dir),
            "rebuilt": report.rebuilt,
            "added": report.added,
            "updated": report.updated,
            "removed": report.removed,
            "errors": [{"path": e.path, "reason": e.reason} for e in report.errors],
            "notices": report.notices,
            "documents": lib.count("doc"),
            "passages": lib.count("para"),
        }
    if args.json:
        print_json(summary)
    else:
        action = "Rebuilt" if report.rebuilt else "Updated" if report.changed else "Up to date:"
        print(
            f"{action} {summary['index']}: {summary['documents']} articles, "
            f"{summary['passages']} passages "
            f"(+{len(report.added)} ~{len(report.updated)} -{len(report.removed)}, "
            f"{len(report.errors)} skipped)"
        )
    return EXIT_OK if not report.errors else EXIT_NOT_FOUND


def cmd_add(args: argparse.Namespace) -> int:
    one_file_only = {
        "--title": args.title,
        "--date": args.date,
        "--url": args.url,
    }
    given = [k for k, v in one_file_only.items() if v]
    if given and (len(args.paths) > 1 or Path(args.paths[0]).is_dir()):
        warn(f"{', '.join(given)} describe one article: add that file on its own")
        return EXIT_USAGE
    with open_library(args) as lib:
        bar = ProgressBar("Adding articles")
        try:
            report = lib.add(
                args.paths,
                title=args.title or "",
                authors=args.author or (),
                date=args.date or "",
                publication=args.publication or "",
                url=args.url or "",
                encoding=args.encoding or "",
                progress=bar,
            )
        finally:
            bar.close()
        where = str(lib.articles_dir())
    if args.json:
        print_json(
            {
                "library": where,
                "added": [asdict(a) for a in report.added],
                "errors": [{"path": e.path, "reason": e.reason} for e in report.errors],
            }
        )
    else:
        for a in report.added:
            what = {
                "added": "added",
                "updated": "updated",
                "unchanged": "already in the library, unchanged:",
            }[a.status]
            print(f"{what} {a.doc_id}\t{a.title}")
        for e in report.errors:
            warn(f"not added: {e}")
        if report.added:
            warn(f"{len(report.added)} article(s) in {where}")
    return EXIT_OK if report.ok else EXIT_NOT_FOUND


def cmd_rm(args: argparse.Namespace) -> int:
    from tealeaves.library import NotFound

    code = EXIT_OK
    with open_library(args) as lib:
        for doc_id in args.ids:
            try:
                info = lib.remove(doc_id)
            except NotFound as exc:
                warn(str(exc))
                code = EXIT_NOT_FOUND
                continue
            warn(f"removed {info.id} ({info.title}); the original file was not touched")
    return code


def cmd_export(args: argparse.Namespace) -> int:
    from tealeaves import export

    if args.format == "csv" and not args.output:
        warn(
            "CSV export writes four files (documents, people, quotes, glossary): "
            "give a folder with --output DIR"
        )
        return EXIT_USAGE
    with open_library(args) as lib:
        data = export.export_data(lib)
    if args.format == "csv":
        written = export.write_csv_tables(data, Path(args.output))
        warn("wrote " + ", ".join(str(p) for p in written))
        return EXIT_OK
    if args.format == "json":
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    else:
        text = export.to_markdown(data)
    write_or_print(text, args.output)
    return EXIT_OK
