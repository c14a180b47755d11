"""Commands on people and what they say: experts, expert, topics, glossary."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from tealeaves.cli.output import (
    EXIT_NOT_FOUND,
    EXIT_OK,
    console,
    header_line,
    is_tty,
    open_library,
    plain,
    print_json,
    print_line,
    print_table,
    refused,
    shown,
    warn,
    write_or_print,
)

if TYPE_CHECKING:
    from rich.text import Text

    from tealeaves.library import Profile, TopicSummary


def cmd_experts(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        people = lib.people() if args.all else lib.people(kind="expert")
    if args.json:
        from tealeaves.export import person_to_json

        print_json([person_to_json(p) for p in people])
        return EXIT_OK if people else EXIT_NOT_FOUND
    if not people:
        warn("no people found in the articles")
        return EXIT_NOT_FOUND
    if is_tty(sys.stdout):
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
            table.add_row(*map(plain, row))
        console().print(table)
    else:
        print(header_line(("Id", "Name", "Native", "Kind", "Affiliations", "Mentions", "Quotes")))
        for p in people:
            print_line(
                p.id,
                p.name,
                p.native_name,
                p.kind,
                "; ".join(p.affiliations),
                str(p.mention_count),
                str(p.quote_count),
            )
    return EXIT_OK


def cmd_expert(args: argparse.Namespace) -> int:
    from tealeaves.export import profile_to_json
    from tealeaves.library import NotFound

    name = " ".join(args.name)
    with open_library(args) as lib:
        try:
            profile = lib.person(name)
        except NotFound as exc:
            return refused(exc)
        titles = {d.id: d.title for d in profile.documents}
    if args.json:
        print_json(profile_to_json(profile))
        return EXIT_OK
    if args.csv:
        from tealeaves.export import quote_to_json, rows_to_csv

        rows = [
            {**quote_to_json(q), "title": titles.get(q.span.document, "")} for q in profile.quotes
        ]
        write_or_print(rows_to_csv(rows), args.output)
        return EXIT_OK
    if args.markdown or args.output:
        from tealeaves.export import profile_to_markdown

        write_or_print(profile_to_markdown(profile, titles), args.output)
        return EXIT_OK
    out = _profile_text(profile, titles)
    # Piped, each line whole (a script or a pager wraps it), not cut at 80 columns.
    console().print(shown(out), soft_wrap=not is_tty(sys.stdout))
    return EXIT_OK


def _profile_text(profile: Profile, titles: dict[str, str]) -> Text:
    """A profile for a terminal: names, joins not made, roles with their sources, quotes
    (reported statements marked as such), articles, who appears with them."""
    from rich.text import Text

    person = profile.person
    out = Text()
    out.append(person.name, style="bold")
    if person.native_name:
        out.append(f" ({person.native_name})")
    times = "once" if profile.mention_count == 1 else f"{profile.mention_count} times"
    out.append(f"  {person.kind}, mentioned {times}\n", style="dim")
    for sentence in profile.unsettled():
        out.append(f"  {sentence}\n", style="yellow")
    if profile.roles:
        out.append("\nAs the texts describe them\n", style="bold underline")
        for role in profile.roles:
            where = titles.get(role.span.document, role.span.document) if role.span else role.source
            out.append(f"  • {role.text}")
            out.append(f"  ({where})\n", style="dim")
    if profile.quotes:
        out.append(f"\nQuotes ({len(profile.quotes)})\n", style="bold underline")
        for q in profile.quotes:
            if q.kind == "reported":  # the writer's words, not the person's own
                out.append(f"  reported: {q.text}\n")
            else:
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
    return out


def cmd_topics(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        summaries = lib.topics()
        names = {p.id: p.name for p in lib.people()}
    if args.json:
        print_json(
            [
                {
                    "id": s.topic.id,
                    "label": s.topic.label,
                    "description": s.topic.description,
                    "cues": list(s.topic.cues),
                    "cues_zh": list(s.topic.cues_zh),
                    "cues_ru": list(s.topic.cues_ru),
                    "passages": s.passages,
                    "quotes": s.quotes,
                    "speakers": list(s.speakers),
                }
                for s in summaries
            ]
        )
        return EXIT_OK

    def who(s: TopicSummary, most: int | None = None) -> str:
        return ", ".join(names.get(p, p) for p in s.speakers[:most])

    print_table(
        f"{len(summaries)} topics",
        ("Id", "Topic", "Passages", "Quotes", "Quoted on it"),
        [(s.topic.id, s.topic.label, str(s.passages), str(s.quotes), who(s, 5)) for s in summaries],
        lines=[
            (s.topic.id, str(s.passages), str(s.quotes), s.topic.label, who(s)) for s in summaries
        ],
        line_headers=("Id", "Passages", "Quotes", "Topic", "Quoted on it"),
    )
    return EXIT_OK


def cmd_glossary(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        entries = lib.glossary()
    if args.json:
        from tealeaves.export import glossary_entry_to_json

        print_json([glossary_entry_to_json(e) for e in entries])
        return EXIT_OK if entries else EXIT_NOT_FOUND
    if not entries:
        warn("no Chinese terms found in the articles")
        return EXIT_NOT_FOUND
    print_table(
        f"{len(entries)} terms",
        ("Term", "Pinyin", "English in the text", "Times"),
        [(e.term, e.pinyin, " / ".join(e.glosses), str(len(e.occurrences))) for e in entries],
    )
    return EXIT_OK
