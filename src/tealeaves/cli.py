"""The ``tealeaves`` command: subcommands over :class:`tealeaves.library.Library`.

Every read command has ``--json``. Tables are drawn with Rich on a terminal and printed as
plain lines when the output is piped. The TUI is imported only when it is launched.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from tealeaves import __version__
from tealeaves.model import SearchResult

EXIT_OK = 0
EXIT_NOT_FOUND = 1  # a search or lookup found nothing
EXIT_USAGE = 2
EXIT_ERROR = 3  # the library could not be opened, or a change could not be saved


# -- output helpers -----------------------------------------------------------------------


def _console(stderr: bool = False) -> Any:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def _is_tty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _warn(message: str) -> None:
    print(f"tealeaves: {message}", file=sys.stderr)


def _write_or_print(text: str, output: str | None) -> None:
    """``text`` to the file ``output`` (atomically, saying so on stderr), or to stdout."""
    from tealeaves.util import atomic_write_text

    if output:
        atomic_write_text(Path(output), text)
        _warn(f"wrote {output}")
    else:
        sys.stdout.write(text)


def _plain(text: str, style: str = "") -> Any:
    """Article text for a Rich table or line: a Text, so that it is never read as markup."""
    from rich.text import Text

    return Text(text, style=style)


def _print_table(
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    lines: Sequence[Sequence[str]] | None = None,
) -> None:
    """On a terminal, ``rows`` as a Rich table (every cell plain text); piped, as lines of
    tab-separated fields (``lines`` where they differ from the table)."""
    if _is_tty(sys.stdout):
        from rich.table import Table

        table = Table(title=title, expand=True)
        for header in headers:
            table.add_column(header, overflow="fold")
        for row in rows:
            table.add_row(*map(_plain, row))
        _console().print(table)
    else:
        for line in rows if lines is None else lines:
            print("\t".join(line))


class _ProgressBar:
    """A Rich progress bar on a terminal's stderr; silent when stderr is not a terminal."""

    def __init__(self, description: str) -> None:
        self.description = description
        self._progress: Any = None
        self._task: Any = None

    def __call__(self, done: int, total: int, message: str) -> None:
        if not _is_tty(sys.stderr) or total < 2:
            return
        if self._progress is None:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            self._progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=_console(stderr=True),
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task(self.description, total=total)
        self._progress.update(self._task, completed=done, total=total)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()


# -- opening the library ----------------------------------------------------------------------


def _where(args: argparse.Namespace) -> dict[str, Any]:
    """The global options as arguments of ``Library.open``."""
    return {
        "index_dir": args.index,
        "corpus_dirs": args.corpus or (),
        "bundled": not args.no_bundled,
        "library_dir": args.library,
    }


def open_library(args: argparse.Namespace, *, rebuild: bool = False) -> Any:
    """Open the library with the global options; report notices and bad articles on stderr."""
    from tealeaves.library import Library

    bar = _ProgressBar("Indexing articles")
    try:
        lib = Library.open(**_where(args), progress=bar, rebuild=rebuild)
    finally:
        bar.close()
    for notice in lib.notices:
        _warn(notice)
    for error in lib.errors:
        _warn(f"skipped {error}")
    return lib


# -- commands -----------------------------------------------------------------------------


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


def cmd_search(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    with open_library(args) as lib:
        result = lib.search(query, limit=args.limit, per_document=args.per_article)
    if args.json:
        _print_json(search_to_json(result))
        return EXIT_OK if result.hits else EXIT_NOT_FOUND
    if result.notice:
        _warn(result.notice)
    if not result.hits:
        hint = f" Did you mean: {result.suggestion}?" if result.suggestion else ""
        _warn(f"no results for {query!r}.{hint}")
        return EXIT_NOT_FOUND
    if _is_tty(sys.stdout):
        _render_hits_table(result)
    else:
        for hit in result.hits:
            where = f"{hit.doc_id}:{hit.position}" if hit.position >= 0 else hit.doc_id
            print(f"{where}\t{hit.kind}\t{hit.who}\t{hit.snippet.marked()}")
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
        table.add_row(str(n), source, snippet)
    _console().print(table)


def cmd_docs(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        docs = lib.documents()
    if args.id:
        docs = [d for d in docs if d.id == args.id]
        if not docs:
            _warn(f"no article with id '{args.id}'; `tealeaves docs` lists the ids")
            return EXIT_NOT_FOUND
    as_json = [
        {**asdict(d), "authors": list(d.authors), "provenance": dict(d.provenance)} for d in docs
    ]
    if args.json:
        _print_json(as_json[0] if args.id else as_json)
        return EXIT_OK
    if args.id:
        _print_document(docs[0])
        return EXIT_OK
    _print_table(
        f"{len(docs)} articles",
        ("Id", "Title", "Authors", "Date", "Publication"),
        [(d.id, d.title, ", ".join(d.authors), d.date, d.publication) for d in docs],
    )
    return EXIT_OK


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
        _print_json(summary)
    else:
        action = "Rebuilt" if report.rebuilt else "Updated" if report.changed else "Up to date:"
        print(
            f"{action} {summary['index']}: {summary['documents']} articles, "
            f"{summary['passages']} passages "
            f"(+{len(report.added)} ~{len(report.updated)} -{len(report.removed)}, "
            f"{len(report.errors)} skipped)"
        )
    return EXIT_OK if not report.errors else EXIT_NOT_FOUND


def cmd_experts(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        people = lib.people() if args.all else lib.people(kind="expert")
    if args.json:
        _print_json(
            [
                {**asdict(p), "affiliations": list(p.affiliations), "documents": list(p.documents)}
                for p in people
            ]
        )
        return EXIT_OK if people else EXIT_NOT_FOUND
    if not people:
        _warn("no people found in the articles")
        return EXIT_NOT_FOUND
    if _is_tty(sys.stdout):
        from rich.table import Table

        table = Table(title=f"{len(people)} {'people' if args.all else 'experts'}", expand=True)
        table.add_column("Name", no_wrap=True)
        table.add_column("Native", no_wrap=True)
        if args.all:
            table.add_column("Kind", no_wrap=True)
        table.add_column("As the texts describe them", ratio=1)
        table.add_column("Mentions", justify="right")
        table.add_column("Quotes", justify="right")
        for p in people:
            row = [p.name, p.native_name]
            if args.all:
                row.append(p.kind)
            row += ["; ".join(p.affiliations), str(p.mention_count), str(p.quote_count)]
            table.add_row(*map(_plain, row))
        _console().print(table)
    else:
        for p in people:
            print(
                "\t".join(
                    [
                        p.id,
                        p.name,
                        p.native_name,
                        p.kind,
                        "; ".join(p.affiliations),
                        str(p.mention_count),
                        str(p.quote_count),
                    ]
                )
            )
    return EXIT_OK


def profile_to_json(profile: Any) -> dict[str, Any]:
    from tealeaves.export import quote_to_json

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


def cmd_expert(args: argparse.Namespace) -> int:
    from tealeaves.library import NotFound

    name = " ".join(args.name)
    with open_library(args) as lib:
        try:
            profile = lib.person(name)
        except NotFound as exc:
            return _refused(exc)
        titles = {d.id: d.title for d in profile.documents}
    if args.json:
        _print_json(profile_to_json(profile))
        return EXIT_OK
    if args.csv:
        from tealeaves.export import quote_to_json, rows_to_csv

        rows = [
            {**quote_to_json(q), "title": titles.get(q.span.document, "")} for q in profile.quotes
        ]
        _write_or_print(rows_to_csv(rows), args.output)
        return EXIT_OK
    if args.markdown or args.output:
        from tealeaves.export import profile_to_markdown

        _write_or_print(profile_to_markdown(profile, titles), args.output)
        return EXIT_OK
    from rich.text import Text

    person = profile.person
    out = Text()
    out.append(person.name, style="bold")
    if person.native_name:
        out.append(f" ({person.native_name})")
    out.append(f"  {person.kind}, mentioned {profile.mention_count} times\n", style="dim")
    if profile.roles:
        out.append("\nAs the texts describe them\n", style="bold underline")
        for role in profile.roles:
            where = titles.get(role.span.document, role.span.document) if role.span else role.source
            out.append(f"  • {role.text}")
            out.append(f"  ({where})\n", style="dim")
    if profile.quotes:
        out.append(f"\nQuotes ({len(profile.quotes)})\n", style="bold underline")
        for q in profile.quotes:
            out.append(f"  “{q.text}”\n", style="italic")
            out.append(
                f"    {titles.get(q.span.document, q.span.document)} · {q.id}\n", style="dim"
            )
    out.append("\nArticles\n", style="bold underline")
    for d in profile.documents:
        out.append(f"  • {d.title}\n")
    if profile.co_mentioned:
        out.append("\nAppears with\n", style="bold underline")
        out.append("  " + ", ".join(p.name for p in profile.co_mentioned) + "\n")
    _console().print(out)
    return EXIT_OK


def cmd_topics(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        summaries = lib.topics()
        names = {p.id: p.name for p in lib.people()}
    if args.json:
        _print_json(
            [
                {
                    "id": s.topic.id,
                    "label": s.topic.label,
                    "description": s.topic.description,
                    "cues": list(s.topic.cues),
                    "cues_zh": list(s.topic.cues_zh),
                    "passages": s.passages,
                    "quotes": s.quotes,
                    "speakers": list(s.speakers),
                }
                for s in summaries
            ]
        )
        return EXIT_OK

    def who(s: Any, most: int | None = None) -> str:
        return ", ".join(names.get(p, p) for p in s.speakers[:most])

    _print_table(
        f"{len(summaries)} topics",
        ("Id", "Topic", "Passages", "Quotes", "Quoted on it"),
        [(s.topic.id, s.topic.label, str(s.passages), str(s.quotes), who(s, 5)) for s in summaries],
        lines=[
            (s.topic.id, str(s.passages), str(s.quotes), s.topic.label, who(s)) for s in summaries
        ],
    )
    return EXIT_OK


def cmd_glossary(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        entries = lib.glossary()
    if args.json:
        _print_json(
            [
                {
                    "term": e.term,
                    "pinyin": e.pinyin,
                    "gloss": e.gloss,
                    "glosses": list(e.glosses),
                    "occurrences": [
                        {"document": s.document, "start": s.start, "end": s.end}
                        for s in e.occurrences
                    ],
                }
                for e in entries
            ]
        )
        return EXIT_OK if entries else EXIT_NOT_FOUND
    if not entries:
        _warn("no Chinese terms found in the articles")
        return EXIT_NOT_FOUND
    _print_table(
        f"{len(entries)} terms",
        ("Term", "Pinyin", "English in the text", "Times"),
        [(e.term, e.pinyin, " / ".join(e.glosses), str(len(e.occurrences))) for e in entries],
    )
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from tealeaves import export

    if args.format == "csv" and not args.output:
        _warn(
            "CSV export writes four files (documents, people, quotes, glossary): "
            "give a folder with --output DIR"
        )
        return EXIT_USAGE
    with open_library(args) as lib:
        data = export.export_data(lib)
    if args.format == "csv":
        written = export.write_csv_tables(data, Path(args.output))
        _warn("wrote " + ", ".join(str(p) for p in written))
        return EXIT_OK
    if args.format == "json":
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    else:
        text = export.to_markdown(data)
    _write_or_print(text, args.output)
    return EXIT_OK


# -- bringing your own articles ---------------------------------------------------------------


def cmd_add(args: argparse.Namespace) -> int:
    one_file_only = {
        "--title": args.title,
        "--date": args.date,
        "--url": args.url,
    }
    given = [k for k, v in one_file_only.items() if v]
    if given and (len(args.paths) > 1 or Path(args.paths[0]).is_dir()):
        _warn(f"{', '.join(given)} describe one article: add that file on its own")
        return EXIT_USAGE
    with open_library(args) as lib:
        bar = _ProgressBar("Adding articles")
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
        _print_json(
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
            _warn(f"not added: {e}")
        if report.added:
            _warn(f"{len(report.added)} article(s) in {where}")
    return EXIT_OK if report.ok else EXIT_NOT_FOUND


def cmd_rm(args: argparse.Namespace) -> int:
    from tealeaves.library import NotFound

    code = EXIT_OK
    with open_library(args) as lib:
        for doc_id in args.ids:
            try:
                info = lib.remove(doc_id)
            except NotFound as exc:
                _warn(str(exc))
                code = EXIT_NOT_FOUND
                continue
            _warn(f"removed {info.id} ({info.title}); the original file was not touched")
    return code


def _print_document(info: Any) -> None:
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
        shown = value or "(not found)"
        print(f"{name:12} {shown}" + (f"\t[from {where}]" if value and where else ""))


# -- viewpoints: compare, matrix, stances, notes, flags, cite ---------------------------------


def _refused(exc: Exception) -> int:
    """Say why a lookup or a change was refused; the exit code says what kind of problem:
    1 not found, 3 could not save, 2 anything else the user gave wrong."""
    from tealeaves.library import NotFound, UserDataError

    _warn(str(exc))
    if isinstance(exc, NotFound):
        return EXIT_NOT_FOUND
    if isinstance(exc, UserDataError):
        return EXIT_ERROR
    return EXIT_USAGE


def _fmt(args: argparse.Namespace) -> str:
    """The output format chosen by --json / --markdown / --csv (else "text")."""
    for name in ("json", "markdown", "csv"):
        if getattr(args, name, False):
            return name
    return "text"


def cmd_compare(args: argparse.Namespace) -> int:
    from tealeaves import export
    from tealeaves.library import NotFound

    if len(args.subjects) < 2:
        _warn(
            "compare needs at least two people or articles, e.g. "
            'tealeaves compare "Yan Xuetong" "Ding Xiaoxing" --topic alliance'
        )
        return EXIT_USAGE
    with open_library(args) as lib:
        try:
            comparison = lib.compare(args.subjects, args.topic, contains=args.filter or "")
        except NotFound as exc:
            return _refused(exc)
        titles = lib.titles(comparison.documents())
    fmt = _fmt(args)
    if fmt == "json":
        _print_json(export.comparison_to_json(comparison))
    elif fmt == "csv":
        _write_or_print(export.rows_to_csv(export.comparison_rows(comparison)), args.output)
    elif fmt == "markdown" or args.output:
        _write_or_print(export.comparison_to_markdown(comparison, titles), args.output)
    else:
        _print_comparison(comparison, titles)
    return EXIT_OK


def _print_comparison(comparison: Any, titles: dict[str, str]) -> None:
    from rich.table import Table
    from rich.text import Text

    console = _console()
    for n, topic in enumerate(comparison.topics):
        entries = [c.entries[n] for c in comparison.columns]
        if len(comparison.topics) > 1 and not any(e.stance or e.quotes for e in entries):
            continue  # all topics: leave out those on which everyone is silent
        title = topic.label + ("  — they differ" if comparison.differs(topic.id) else "")
        table = Table(title=_plain(title, "bold"), expand=True, show_lines=False)
        for column in comparison.columns:
            head = Text(column.title, style="bold")
            head.append("\n" + column.subtitle, style="dim")
            table.add_column(head, ratio=1, overflow="fold")
        cells = []
        for entry in entries:
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
                cell.append(f"\n  {titles.get(q.span.document, '')} · {q.id}\n", style="dim")
            cells.append(cell)
        table.add_row(*cells)
        console.print(table)


def cmd_matrix(args: argparse.Namespace) -> int:
    from tealeaves import export

    with open_library(args) as lib:
        matrix = lib.matrix()
    fmt = _fmt(args)
    if fmt == "json":
        _print_json(export.matrix_to_json(matrix))
    elif fmt == "csv":
        _write_or_print(export.rows_to_csv(export.matrix_rows(matrix)), args.output)
    elif fmt == "markdown" or args.output or not _is_tty(sys.stdout):
        _write_or_print(export.matrix_to_markdown(matrix), args.output)
    else:
        from rich.table import Table

        table = Table(title="Who stands where: position (quotes on the topic)", expand=True)
        table.add_column("Person", no_wrap=True)
        for t in matrix.topics:
            table.add_column(t.id, overflow="fold")
        for row in matrix.rows:
            cells = [
                _plain(export.cell_text(c) or "·", "" if c.stance else "dim") for c in row.cells
            ]
            table.add_row(_plain(row.person.name), *cells)
        _console().print(table)
    return EXIT_OK


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
                _warn(f"saved: {stance.person} on {stance.topic}: {stance.position}")
                return EXIT_OK
            if args.action == "rm":
                stance = lib.remove_stance(args.person, args.topic)
                _warn(f"removed: {stance.person} on {stance.topic} ({stance.source})")
                return EXIT_OK
            person = lib.find_person(args.person) if args.person else None
            topic = lib.topic(args.topic).id if args.topic else None
            stances = lib.stances(person=person, topic=topic)
        except (NotFound, ValueError, UserDataError) as exc:
            return _refused(exc)
    if args.json:
        _print_json([export.stance_to_json(s) for s in stances])
    else:
        for s in stances:
            print("\t".join([s.person, s.topic, s.position, s.source, s.summary]))
    return EXIT_OK if stances else EXIT_NOT_FOUND


def cmd_note(args: argparse.Namespace) -> int:
    from tealeaves.library import NotFound, UserDataError

    with open_library(args) as lib:
        try:
            if not args.text and not args.clear:
                note = lib.annotations().notes.get(args.quote)
                lib.quote(args.quote)  # says so if there is no such quote
                if note is None:
                    _warn(f"no note on {args.quote}")
                    return EXIT_NOT_FOUND
                print(note.text)
                return EXIT_OK
            lib.set_note(args.quote, "" if args.clear else " ".join(args.text))
        except (NotFound, UserDataError) as exc:
            return _refused(exc)
    _warn("note removed" if args.clear else "note saved")
    return EXIT_OK


def cmd_flag(args: argparse.Namespace) -> int:
    from tealeaves.library import NotFound, UserDataError

    with open_library(args) as lib:
        try:
            for quote in args.quotes:
                lib.set_flag(quote, not args.off)
        except (NotFound, UserDataError) as exc:
            return _refused(exc)
    _warn(("unflagged " if args.off else "flagged ") + ", ".join(args.quotes))
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
    fmt = _fmt(args)
    if fmt == "json":
        _print_json(rows)
    elif fmt == "csv":
        _write_or_print(export.rows_to_csv(rows), args.output)
    else:
        lines = ["# Marked quotes", ""]
        for r in rows:
            flag = "⚑ " if r["flagged"] else ""
            lines.append(f"- {flag}{r['citation'] or '“' + r['text'] + '”'} `{r['quote_id']}`")
            if r["note"]:
                lines.append(f"  - Note: {r['note']}")
        _write_or_print("\n".join(lines) + "\n", args.output)
    return EXIT_OK if rows else EXIT_NOT_FOUND


def cmd_cite(args: argparse.Namespace) -> int:
    from tealeaves import export
    from tealeaves.library import NotFound

    with open_library(args) as lib:
        try:
            citation = lib.citation(args.quote)
        except NotFound as exc:
            return _refused(exc)
    if args.json:
        _print_json(export.cite_json(citation))
    else:
        _write_or_print(export.cite_text(citation) + "\n", args.output)
    return EXIT_OK


# -- argument parsing -------------------------------------------------------------------------


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default: Any = argparse.SUPPRESS if suppress else None
    group = parser.add_argument_group("where things are")
    group.add_argument(
        "--index",
        metavar="DIR",
        default=default,
        help="index directory (default: $TEALEAVES_INDEX, the checkout's index/, "
        "or the user cache directory)",
    )
    group.add_argument(
        "--corpus",
        metavar="DIR",
        action="append",
        default=default,
        help="an extra folder of articles (.md .txt .html .pdf); repeat for more",
    )
    group.add_argument(
        "--library",
        metavar="DIR",
        default=default,
        help="your own library (default: $TEALEAVES_LIBRARY or the user data directory)",
    )
    group.add_argument(
        "--no-bundled",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="leave out the two articles that ship with Tea Leaves",
    )


EXAMPLES = """\
examples:
  tealeaves search alliance
  tealeaves search '"strategic rear"'
  tealeaves search 'alliance NOT Ukraine'
  tealeaves search 'author:sautin alliance' --json
  tealeaves search 结盟
  tealeaves docs
  tealeaves add ~/Downloads/report.pdf --publication "CICIR"
  tealeaves add ~/clippings/
  tealeaves experts
  tealeaves expert "Feng Yujun"
  tealeaves glossary
  tealeaves topics
  tealeaves search 'topic:alliance kind:quote'
  tealeaves compare "Yan Xuetong" "Ding Xiaoxing" --topic alliance
  tealeaves matrix --csv -o matrix.csv
  tealeaves stance set "Zhou Bo" alliance against --summary "…"
  tealeaves export --format markdown -o report.md
  tealeaves index --rebuild
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tealeaves",
        description="Read what experts say about a foreign-policy question: search articles, "
        "see who said what.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"tealeaves {__version__}")
    _global_options(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, func: Callable[[argparse.Namespace], int], help: str) -> Any:
        p = sub.add_parser(name, help=help, description=help)
        _global_options(p, suppress=True)
        p.set_defaults(func=func)
        return p

    def formats(p: Any, *names: str) -> None:
        group = p.add_mutually_exclusive_group()
        for name in names:
            group.add_argument(f"--{name}", action="store_true", help=f"print {name.upper()}")
        if "markdown" in names or "csv" in names:
            p.add_argument("--output", "-o", metavar="PATH", help="write to a file instead")

    p = add("search", cmd_search, "search the articles (see README: query syntax)")
    p.add_argument("query", nargs="+", help='words, "phrases", AND/OR/NOT, field:value …')
    p.add_argument("--limit", "-n", type=int, default=10, help="how many hits (default 10)")
    p.add_argument(
        "--per-article",
        type=int,
        default=3,
        metavar="N",
        help="at most N hits from one article (default 3; 0 for no cap)",
    )
    p.add_argument("--json", action="store_true", help="print JSON for scripts")

    p = add(
        "docs", cmd_docs, "list the articles; with an id, its metadata and where each came from"
    )
    p.add_argument("id", nargs="?", help="one article's id")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")

    p = add(
        "add",
        cmd_add,
        "copy articles (.md .txt .html .pdf, or folders of them) into your library and index them",
    )
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help="files or folders (searched recursively)"
    )
    p.add_argument("--title", help="the article's title (one file only)")
    p.add_argument("--author", action="append", metavar="NAME", help="an author; repeat for more")
    p.add_argument("--date", help="2023-05-30, 2023-05 or 2023 (one file only)")
    p.add_argument("--publication", help="where it was published")
    p.add_argument("--url", help="where it came from (one file only)")
    p.add_argument("--encoding", help="the text encoding, when it is not UTF-8 and not guessed")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")

    p = add("rm", cmd_rm, "remove articles you added (by id); the original files are untouched")
    p.add_argument("ids", nargs="+", metavar="ID")

    p = add("index", cmd_index, "update the search index (or rebuild it)")
    p.add_argument("--rebuild", action="store_true", help="rebuild it from scratch")
    p.add_argument("--where", action="store_true", help="print where the index is and exit")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")

    p = add("experts", cmd_experts, "list the experts quoted or cited (--all: everyone named)")
    p.add_argument("--all", action="store_true", help="include officials, leaders and authors")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")

    p = add("expert", cmd_expert, "one person's profile: roles, quotes (with ids), articles")
    p.add_argument("name", nargs="+", help="any name form, native script, or a unique prefix")
    formats(p, "json", "markdown", "csv")

    p = add("glossary", cmd_glossary, "Chinese terms with pinyin and the English the texts give")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")

    p = add(
        "topics", cmd_topics, "the questions the articles argue about, and who is quoted on each"
    )
    p.add_argument("--json", action="store_true", help="print JSON for scripts")

    p = add(
        "compare",
        cmd_compare,
        "people (or articles) side by side on a topic: stances and quotes",
    )
    p.add_argument("subjects", nargs="+", metavar="NAME", help="a person's name, or an article id")
    p.add_argument("--topic", "-t", help="a topic id or label (default: every topic)")
    p.add_argument("--filter", "-f", metavar="WORDS", help="only quotes containing these words")
    formats(p, "json", "markdown", "csv")

    p = add("matrix", cmd_matrix, "who stands where: people against topics")
    formats(p, "json", "markdown", "csv")

    p = add("stance", cmd_stance, "list, set or remove stances (yours are kept in your library)")
    stance = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    s = stance.add_parser("list", help="list the stances in force")
    s.add_argument("person", nargs="?", help="only this person's")
    s.add_argument("--topic", "-t", help="only on this topic")
    s.add_argument("--json", action="store_true", help="print JSON for scripts")
    s = stance.add_parser("set", help="set a person's stance on a topic (replaces theirs)")
    s.add_argument("person")
    s.add_argument("topic")
    s.add_argument("position", help="a short label: for, against, costly to China …")
    s.add_argument("--summary", help="one sentence on what the evidence shows")
    s.add_argument("--evidence", help="words copied from the article, exactly")
    s.add_argument("--document", help="the article the evidence is in (default: theirs)")
    s = stance.add_parser("rm", help="remove a person's stance on a topic")
    s.add_argument("person")
    s.add_argument("topic")
    for s in stance.choices.values():
        _global_options(s, suppress=True)

    p = add("note", cmd_note, "show, write or clear your note on a quote")
    p.add_argument("quote", help="the quote's id (see `tealeaves expert NAME`)")
    p.add_argument("text", nargs="*", help="the note (none: show it)")
    p.add_argument("--clear", action="store_true", help="remove the note")

    p = add("flag", cmd_flag, "flag quotes as important (--off to clear)")
    p.add_argument("quotes", nargs="+", metavar="QUOTE", help="quote ids")
    p.add_argument("--off", action="store_true", help="clear the flags")

    p = add("marked", cmd_marked, "the quotes you flagged or noted, with citations")
    formats(p, "json", "markdown", "csv")

    p = add("cite", cmd_cite, "a quote with full attribution, to paste or save")
    p.add_argument("quote", help="the quote's id")
    p.add_argument("--output", "-o", metavar="PATH", help="write to a file instead")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")

    p = add("export", cmd_export, "export articles, people, quotes and terms")
    p.add_argument("--format", choices=("json", "csv", "markdown"), default="json")
    p.add_argument("--output", "-o", metavar="PATH", help="a file (a folder for csv)")
    return parser


def launch_explorer(args: argparse.Namespace) -> int:
    """Open the interactive explorer, which needs a terminal on both ends."""
    if not (_is_tty(sys.stdin) and _is_tty(sys.stdout)):
        _warn(
            "the explorer needs a terminal (input or output is redirected). "
            "For scripts use a subcommand, e.g. `tealeaves search alliance --json`; "
            "`tealeaves --help` lists them."
        )
        return EXIT_USAGE
    from tealeaves.library import Library
    from tealeaves.tui import TeaLeavesApp

    def opener(progress: Any) -> Library:
        return Library.open(**_where(args), progress=progress)

    TeaLeavesApp(opener).run()
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return launch_explorer(args)
    if getattr(args, "limit", 1) < 1:
        parser.error("--limit must be at least 1")
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        _warn("interrupted")
        return 130
    except BrokenPipeError:
        # Output piped into a program that stopped reading (e.g. `head`): not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        _warn(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
        return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
