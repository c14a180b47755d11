"""Whether two versions of the extractor extract the same, article by article (run by hand).

    .venv/bin/python tests/same_extraction.py save OUT.json [--src OTHER/src] [--dir DIR]
    .venv/bin/python tests/same_extraction.py compare A.json B.json

``save`` writes the ``repr`` of every article's extraction (people, mentions, quotes with
their topics, terms, paragraph topics) for the annotated articles (bundled, tuning and
held-out) or, with ``--dir``, for every Markdown file under DIR (a corpus of
``benchmarks/corpus.py``, say); ``--src`` extracts with another version (``git archive REV
src | tar -x -C /tmp/old``, then ``--src /tmp/old/src``). ``compare`` prints how many
articles differ and where the first differences are. A change meant to keep behaviour (a
speed-up, a clean-up) should compare equal on all of them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def save(out: Path, src: str | None, folder: str | None) -> int:
    if src:
        sys.path.insert(0, str(Path(src).resolve()))
    sys.path.insert(0, str(REPO / "tests"))
    from tealeaves.corpus import load_article
    from tealeaves.extract import extract, load_registry
    from tealeaves.extract.topics import load_topics

    if folder:
        paths = sorted(Path(folder).rglob("*.md"))
    else:
        from scoring import sets

        paths = sorted({case.article for cases in sets().values() for case in cases})
    registry, topics = load_registry(), load_topics()
    # (keyed by the path's last three parts: the bundled articles live in the package, so
    # under another --src their full path is another)
    found = {
        "/".join(p.parts[-3:]): repr(extract(load_article(p), registry, topics)) for p in paths
    }
    out.write_text(json.dumps(found, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(found)} articles -> {out}")
    return 0


def compare(a: Path, b: Path) -> int:
    old = json.loads(a.read_text(encoding="utf-8"))
    new = json.loads(b.read_text(encoding="utf-8"))
    differ = sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
    print(f"{len(differ)} of {len(old.keys() | new.keys())} articles differ")
    for key in differ[:5]:
        x, y = old.get(key, ""), new.get(key, "")
        at = next((i for i, (c, d) in enumerate(zip(x, y, strict=False)) if c != d), 0)
        print(f"{key}\n  before: …{x[max(0, at - 150) : at + 150]}…")
        print(f"  after:  …{y[max(0, at - 150) : at + 150]}…")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    s = sub.add_parser("save")
    s.add_argument("out", type=Path)
    s.add_argument("--src")
    s.add_argument("--dir")
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = parser.parse_args()
    if args.what == "save":
        return save(args.out, args.src, args.dir)
    return compare(args.a, args.b)


if __name__ == "__main__":
    sys.exit(main())
