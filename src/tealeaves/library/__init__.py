"""The one headless API that the CLI and the TUI both use, and the types they receive.

Front ends import from here (and from :mod:`tealeaves.model`), never from ``search``,
``corpus`` or ``extract``: a test keeps it so (tests/unit/test_boundaries.py).

Importing this is cheap: Whoosh, the article readers and the extractor are imported when a
library is opened, and the types of its answers (:mod:`tealeaves.views`, the user's
annotations) when one of them is first named, so that the explorer draws its first screen
before loading them (tests/unit/test_first_paint.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tealeaves.library.core import Library
from tealeaves.locations import default_config_dir

if TYPE_CHECKING:
    from tealeaves.corpus.clean import show_controls, show_line
    from tealeaves.library.config import LibraryConfig
    from tealeaves.library.folders import CorpusFolder
    from tealeaves.library.people import match_rank, person_matches
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

#: The kinds of article file the library reads (``tealeaves.corpus.loader.ARTICLE_SUFFIXES``,
#: which a test keeps equal: the readers themselves are imported only when needed).
ARTICLE_SUFFIXES: frozenset[str] = frozenset({".md", ".markdown", ".txt", ".html", ".htm", ".pdf"})

#: The names below, from the module that defines them, imported when first asked for: the
#: explorer's first screen needs none of them (the types of the answers, in dataclasses,
#: cost as much to import as the screen's own modules; issue 20, item 3).
_LAZY = {
    "show_controls": "tealeaves.corpus.clean",
    "show_line": "tealeaves.corpus.clean",
    "LibraryConfig": "tealeaves.library.config",
    "CorpusFolder": "tealeaves.library.folders",
    "match_rank": "tealeaves.library.people",
    "person_matches": "tealeaves.library.people",
    **dict.fromkeys(["Annotations", "Flag", "Note", "UserDataError", "append_line"],
                    "tealeaves.userdata"),
    **dict.fromkeys(
        ["Added", "AddReport", "Citation", "ClusterError", "CompareColumn", "CompareEntry",
         "Comparison", "Counts", "DocumentInfo", "GlossaryEntry", "Matrix", "MatrixCell",
         "MatrixRow", "NameMark", "NotFound", "Page", "PersonSummary", "Profile", "Progress",
         "TopicSummary", "UpdateReport"],
        "tealeaves.views",
    ),
}  # fmt: skip


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)


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
