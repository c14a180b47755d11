"""The front ends use the Library only: nothing under ``tui/`` or the CLI imports Whoosh,
the index, the corpus readers or the extractor (issue "One room per job", item 3).

Every module's syntax tree is walked, so an import inside a function counts too."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "tealeaves"
FORBIDDEN = ("whoosh", "tealeaves.search", "tealeaves.corpus", "tealeaves.extract")


def _front_end_modules() -> list[Path]:
    found = sorted((SRC / "tui").rglob("*.py"))
    cli = SRC / "cli"
    found += sorted(cli.rglob("*.py")) if cli.is_dir() else [SRC / "cli.py"]
    return found


def _imports(path: Path, root: Path = SRC) -> list[tuple[int, str]]:
    """(line, module) of every import in ``path`` (a module of the package at ``root``),
    relative ones made absolute."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = ".".join(path.relative_to(root.parent).with_suffix("").parts[:-1])
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, module] if module else base)
            found.append((node.lineno, module))
            found += [(node.lineno, f"{module}.{alias.name}") for alias in node.names]
    return found


def _forbidden(module: str) -> bool:
    return any(module == f or module.startswith(f + ".") for f in FORBIDDEN)


@pytest.mark.parametrize("path", _front_end_modules(), ids=lambda p: p.name)
def test_front_ends_import_only_the_library_and_its_types(path):
    bad = [f"{path.name}:{line} imports {m}" for line, m in _imports(path) if _forbidden(m)]
    assert not bad, "\n".join(bad)


def test_the_check_sees_imports_inside_functions_and_relative_ones(tmp_path):
    fake = tmp_path / "tealeaves" / "tui" / "example.py"
    fake.parent.mkdir(parents=True)
    fake.write_text(
        "def f():\n    from whoosh.query import Term\n"
        "from ..search import build\nimport tealeaves.extract.people\n"
        "from tealeaves.library import Library\n"
    )
    found = {m for _, m in _imports(fake, tmp_path / "tealeaves") if _forbidden(m)}
    assert found >= {"whoosh.query", "tealeaves.search", "tealeaves.extract.people"}
    assert not _forbidden("tealeaves.library") and not _forbidden("tealeaves.searching")
