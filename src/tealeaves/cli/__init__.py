"""The ``tealeaves`` command (see :mod:`tealeaves.cli.main`)."""

from tealeaves.cli.main import build_parser, main
from tealeaves.cli.output import EXIT_ERROR, EXIT_NOT_FOUND, EXIT_OK, EXIT_USAGE

__all__ = ["EXIT_ERROR", "EXIT_NOT_FOUND", "EXIT_OK", "EXIT_USAGE", "build_parser", "main"]
