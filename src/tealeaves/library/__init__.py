"""The one headless API that the CLI and the TUI both use, and the types they receive.

Front ends import from here (and from :mod:`tealeaves.model`), never from ``search``,
``corpus`` or ``extract``: a test keeps it so (tests/unit/test_boundaries.py).
"""

from tealeaves.corpus.clean import show_controls, show_line
from tealeaves.corpus.loader import ARTICLE_SUFFIXES
from tealeaves.library.config import LibraryConfig
from tealeaves.library.core import Library
from tealeaves.library.folders import CorpusFolder
from tealeaves.library.people import person_matches
from tealeaves.locations import default_config_dir
from tealeaves.userdata import Annotations, Flag, Note, UserDataError
from tealeaves.views import (
    Added,
    AddReport,
    Citation,
    CompareColumn,
    CompareEntry,
    Comparison,
    DocumentInfo,
    GlossaryEntry,
    Matrix,
    MatrixCell,
    MatrixRow,
    NameMark,
    NotFound,
    PersonSummary,
    Profile,
    Progress,
    TopicSummary,
    UpdateReport,
)

__all__ = [
    "ARTICLE_SUFFIXES",
    "AddReport",
    "Added",
    "Annotations",
    "Citation",
    "CompareColumn",
    "CompareEntry",
    "Comparison",
    "CorpusFolder",
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
    "PersonSummary",
    "Profile",
    "Progress",
    "TopicSummary",
    "UpdateReport",
    "UserDataError",
    "default_config_dir",
    "person_matches",
    "show_controls",
    "show_line",
]
