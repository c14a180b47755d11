"""The one headless API that the CLI and the TUI both use, and the types they receive.

Front ends import from here (and from :mod:`tealeaves.model`), never from ``search``,
``corpus`` or ``extract``: a test keeps it so (tests/unit/test_boundaries.py).

Importing this is cheap: Whoosh, the article readers and the extractor are imported when a
library is opened (or one of the names below that needs them is first used), so that the
explorer draws its first screen before loading them (tests/unit/test_first_paint.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tealeaves.library.config import LibraryConfig
from tealeaves.library.core import Library
from tealeaves.library.folders import CorpusFolder
from tealeaves.library.people import match_rank, person_matches
from tealeaves.locations import default_config_dir
from tealeaves.userdata import Annotations, Flag, Note, UserDataError, append_line
from tealeaves.views import (
    Added,
    AddReport,
    Citation,
    ClusterError,
    CompareColumn,
    CompareEntry,
    Comparison,
    Counts,
    DocumentInfo,
    GlossaryEntry,
    Matrix,
    MatrixCell,
    MatrixRow,
    NameMark,
    NotFound,
    Page,
    PersonSummary,
    Profile,
    Progress,
    TopicSummary,
    UpdateReport,
)

if TYPE_CHECKING:
    from tealeaves.corpus.clean import show_controls, show_line

#: The kinds of article file the library reads (``tealeaves.corpus.loader.ARTICLE_SUFFIXES``,
#: which a test keeps equal: the readers themselves are imported only when needed).
ARTICLE_SUFFIXES: frozenset[str] = frozenset({".md", ".markdown", ".txt", ".html", ".htm", ".pdf"})

#: Names imported from the article readers when first used.
_LAZY = {"show_controls": "tealeaves.corpus.clean", "show_line": "tealeaves.corpus.clean"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ARTICLE_SUFFIXES",
    "AddReport",
    "Added",
    "Annotations",
    "Citation",
    "ClusterError",
    "CompareColumn",
    "CompareEntry",
    "Comparison",
    "CorpusFolder",
    "Counts",
    "DocumentInfo",
    "Flag",
    "GlossaryEntry",
    "Library",
    "LibraryConfig",
    "Matrix",
    "MatrixCell",
    "MatrixRow",
    "NameMark",
    "NotFound",
    "Note",
    "Page",
    "PersonSummary",
    "Profile",
    "Progress",
    "TopicSummary",
    "UpdateReport",
    "UserDataError",
    "append_line",
    "default_config_dir",
    "match_rank",
    "person_matches",
    "show_controls",
    "show_line",
]
