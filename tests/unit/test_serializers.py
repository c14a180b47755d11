"""One rule per concept: what users and scripts get is serialized in ``tealeaves.export``
only, once per concept; the index's own stored format is named for what it is."""

from __future__ import annotations

import ast
from pathlib import Path

from tealeaves import export

SRC = Path(__file__).resolve().parents[2] / "src" / "tealeaves"


def _functions(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]


def test_json_serializers_are_defined_in_export_only():
    outside = [
        f"{path.relative_to(SRC)}: {name}"
        for path in sorted(SRC.rglob("*.py"))
        if "export" not in path.relative_to(SRC).parts
        for name in _functions(path)
        if name.endswith(("_to_json", "_from_json"))
    ]
    assert outside == []


def test_the_export_tables_are_fields_of_each_concepts_serializer(bundled_library):
    lib = bundled_library
    data = export.export_data(lib)
    documents = [export.document_to_json(d) for d in lib.documents()]
    people = [export.person_to_json(p) for p in lib.people()]
    assert data["documents"] and data["people"] and data["quotes"] and data["glossary"]
    for table, full in (("documents", documents), ("people", people)):
        assert [{k: row[k] for k in data[table][0]} for row in full] == data[table]
    quotes = [export.quote_to_json(q) for q in lib.quotes()]
    assert [{k: q[k] for k in data["quotes"][0]} for q in quotes] == data["quotes"]
    terms = {(g["term"], g["document"]) for g in data["glossary"]}
    assert terms == {
        (entry["term"], where["document"])
        for entry in map(export.glossary_entry_to_json, lib.glossary())
        for where in entry["occurrences"]
    }
