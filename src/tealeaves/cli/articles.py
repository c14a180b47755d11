"""Commands on articles: search, docs, add, rm, index, export."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, replace
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
    visible,
    warn,
    write_or_print,
)

if TYPE_CHECKING:
    from tealeaves.library import DocumentInfo
    from tealeaves.model import Hit, SearchResult, Snippet
    from tealeaves.views import PersonSummary


def cmd_search(args: argparse.Namespace) -> int:
    from tealeaves.views import phrase_snippet

    query = " ".join(args.query)
    with open_library(args) as lib:
        result = lib.search(query, limit=args.limit, per_document=args.per_article)
        if not args.json:  # the phrase marked, not each of its words
            hits = tuple(replace(h, snippet=phrase_snippet(h.snippet, query)) for h in result.hits)
            result = replace(result, hits=hits)
        people = {p.id: p for p in lib.people()} if _has_experts(result) and not args.json else {}
    if args.json:
        # Imported only here: the exporters take 60-80 ms to import, a tenth of a search
        # command at 50,000 articles.
        from tealeaves.export import search_to_json

        print_json(search_to_json(result))
        return EXIT_OK if result.hits else EXIT_NOT_FOUND
    if result.notice:
        warn(result.notice)
    if not result.hits:
        hint = f" Did you mean: {result.suggestion}?" if result.suggestion else ""
        warn(f"no results for {query!r}.{hint}")
        return EXIT_NOT_FOUND
    if is_tty(sys.stdout):
        _render_hits_table(result, people)
    else:
        for hit in result.hits:
            where = f"{hit.doc_id}:{hit.position}" if hit.position >= 0 else hit.doc_id
            print_line(where, hit.kind, hit.who, _found(hit, people).marked())
    return EXIT_OK


def _has_experts(result: SearchResult) -> bool:
    return any(hit.kind == "person" for hit in result.hits)


#: What each kind of hit is called in the table.
KINDS = {"para": "passage", "doc": "article", "person": "expert", "quote": "quote", "term": "term"}


def _found(hit: Hit, people: dict[str, PersonSummary]) -> Snippet:
    """What a hit shows: its snippet; for an expert, what the article says of them (the
    index puts their names first, and the name is shown anyway)."""
    if hit.kind != "person":
        return hit.snippet
    from tealeaves.views import name_forms, roles_of

    return roles_of(hit.snippet, name_forms(hit.who, people.get(hit.person)))


def _render_hits_table(result: SearchResult, people: dict[str, PersonSummary]) -> None:
    """One row a hit: its kind, then who (the speaker, the expert found) and what matched,
    then where it comes from; the text gets the width, so that rows stay a few lines."""
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=True, expand=True, title=f"{len(result.hits)} of {result.total}")
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("Kind", no_wrap=True)
    table.add_column("Found")
    for n, hit in enumerate(result.hits, start=1):
        cell = Text()
        if hit.who:
            cell.append(visible(hit.who), style="bold")
            cell.append(": " if hit.kind == "quote" else "\n")
        found = _found(hit, people)
        snippet = Text(visible(found.text))  # plain Text: article text is never markup
        for start, end in found.highlights:
            snippet.stylize("bold reverse", start, end)
        cell.append_text(snippet)
        source = [hit.title + (f" › {hit.section}" if hit.section else ""), ", ".join(hit.authors)]
        cell.append("\n" + " · ".join(visible(s) for s in (*source, hit.date) if s), style="dim")
        table.add_row(str(n), KINDS.get(hit.kind, hit.kind), shown(cell))
    console().print(table)


def cmd_docs(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        docs = lib.documents()
    if args.id:
        docs = [d for d in docs if d.id == args.id]
        if not docs:
            warn(f"no article with id '{args.id}'; `tealeaves docs` lists the ids")
            return EXIT_NOT_FOUND
    from tealeaves.export import document_to_json

    as_json = [document_to_json(d) for d in docs]
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
    from tealeaves.export import load_error_to_json
    from tealeaves.library import ClusterError

    if args.cluster and not args.rebuild:
        warn("--cluster builds the whole index anew: give --rebuild with it")
        return EXIT_USAGE
    try:
        lib = open_library(args, rebuild=args.rebuild, cluster=args.cluster)
    except ClusterError as exc:
        warn(str(exc))
        return EXIT_USAGE
    with lib:
        report = lib.report
        summary = {
            "index": str(lib.index_dir),
            "rebuilt": report.rebuilt,
            "added": report.added,
            "updated": report.updated,
            "removed": report.removed,
            "errors": [load_error_to_json(e) for e in report.errors],
            "notices": report.notices,
            "documents": lib.count("doc"),
            "passages": lib.count("para"),
        }
        if report.partitions:
            summary |= {"partitions": report.partitions, "workers": report.workers}
    if args.json:
        print_json(summary)
    else:
        action = "Rebuilt" if report.rebuilt else "Updated" if report.changed else "Up to date:"
        print(
            f"{action} {summary['index']}: {summary['documents']} articles, "
            f"{summary['passages']} passages "
            f"(+{len(report.added)} ~{len(report.updated)} -{len(report.removed)}, "
            f"{len(report.errors)} skipped)"
            + (
                f" in {report.partitions} partitions on {report.workers} workers"
                if report.partitions
                else ""
            )
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
        total = len(lib.documents())
    if args.json:
        from tealeaves.export import load_error_to_json

        print_json(
            {
                "library": where,
                "added": [asdict(a) for a in report.added],
                "errors": [load_error_to_json(e) for e in report.errors],
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
            warn(_added_summary([a.status for a in report.added], total, where))
    return EXIT_OK if report.ok else EXIT_NOT_FOUND


def _added_summary(statuses: list[str], total: int, where: str) -> str:
    """ "2 added, 1 unchanged; the library now has 5 articles (files kept in …)": what this
    run did, then the library's total, so that neither reads as the other."""
    said = [
        f"{statuses.count(status)} {word}"
        for status, word in (("added", "added"), ("updated", "updated"), ("unchanged", "unchanged"))
        if status in statuses
    ]
    articles = "article" if total == 1 else "articles"
    return f"{', '.join(said)}; the library now has {total} {articles} (files kept in {where})"


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
