"""``tealeaves folders``: the folders remembered from ``--corpus``, listed and forgotten."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from tealeaves.cli.output import EXIT_OK, open_library, print_json, print_table, refused, warn


def cmd_folders(args: argparse.Namespace) -> int:
    from tealeaves.library import NotFound, UserDataError

    with open_library(args) as lib:
        if args.action == "rm":
            forgotten = []
            for folder in args.folders:
                try:
                    forgotten.append(lib.forget_folder(folder))
                except (NotFound, UserDataError) as exc:
                    return refused(exc)
                removed = len(lib.report.removed)
                warn(
                    f"forgot {forgotten[-1].path}; {removed} article{'' if removed == 1 else 's'} "
                    "left the index (the files are untouched)"
                )
            if args.json:
                print_json([asdict(f) for f in forgotten])
            return EXIT_OK
        folders = lib.folders()
    if args.json:
        print_json([asdict(f) for f in folders])
        return EXIT_OK
    if not folders:
        warn("no remembered folders: a folder given with --corpus DIR is remembered")
        return EXIT_OK
    print_table(
        f"{len(folders)} remembered folders",
        ("Folder", "There", "Articles"),
        [(f.path, "yes" if f.exists else "gone", str(f.articles)) for f in folders],
    )
    return EXIT_OK
