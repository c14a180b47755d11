"""Export what the library knows: JSON (the stable interchange format), CSV and Markdown.

One serializer per concept and format: JSON in :mod:`.as_json`, Markdown and plain text
in :mod:`.as_text`, CSV in :mod:`.as_csv`; :mod:`.files` writes them where a user asked.
The front ends use the names below (``from tealeaves import export``).
"""

from __future__ import annotations

from tealeaves.export.as_csv import (
    FORMULA_STARTS,
    comparison_rows,
    csv_cell,
    matrix_rows,
    rows_to_csv,
    to_csv_tables,
)
from tealeaves.export.as_json import (
    FORMAT_VERSION,
    cite_json,
    comparison_to_json,
    document_to_json,
    export_data,
    glossary_entry_to_json,
    load_error_to_json,
    matrix_to_json,
    person_to_json,
    profile_to_json,
    quote_to_json,
    search_to_json,
    stance_to_json,
)
from tealeaves.export.as_text import (
    cell_text,
    cite_text,
    comparison_to_markdown,
    matrix_to_markdown,
    profile_to_markdown,
    quote_source,
    speaker_names,
    to_markdown,
)
from tealeaves.export.files import write_csv_tables, write_output

__all__ = [
    "FORMAT_VERSION",
    "FORMULA_STARTS",
    "cell_text",
    "cite_json",
    "cite_text",
    "comparison_rows",
    "comparison_to_json",
    "comparison_to_markdown",
    "csv_cell",
    "document_to_json",
    "export_data",
    "glossary_entry_to_json",
    "load_error_to_json",
    "matrix_rows",
    "matrix_to_json",
    "matrix_to_markdown",
    "person_to_json",
    "profile_to_json",
    "profile_to_markdown",
    "quote_source",
    "quote_to_json",
    "rows_to_csv",
    "search_to_json",
    "speaker_names",
    "stance_to_json",
    "to_csv_tables",
    "to_markdown",
    "write_csv_tables",
    "write_output",
]
