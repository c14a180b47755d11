"""The interactive explorer (Textual). Only this package imports Textual."""

from __future__ import annotations

from tealeaves.tui.app import TeaLeavesApp

__all__ = ["TeaLeavesApp"]
