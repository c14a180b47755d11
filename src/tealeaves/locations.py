"""Where things live: the bundled articles, the user's library and the index."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_path, user_config_path, user_data_path

APP = "tealeaves"


def bundled_articles() -> Path:
    """The folder of articles shipped with the package."""
    from importlib import resources  # not with this module: the explorer's first screen

    return Path(str(resources.files("tealeaves") / "data" / "articles"))


def checkout_root() -> Path | None:
    """The repository root when running from a checkout (editable install), else None."""
    root = Path(__file__).resolve().parents[2]
    if (root / "pyproject.toml").is_file() and (root / "index" / "README.md").is_file():
        return root
    return None


def default_index_dir() -> Path:
    """``TEALEAVES_INDEX`` > the checkout's ``index/`` > the user cache directory."""
    env = os.environ.get("TEALEAVES_INDEX")
    if env:
        return Path(env).expanduser()
    root = checkout_root()
    if root is not None:
        return root / "index"
    return user_cache_path(APP, appauthor=False) / "index"


def default_config_dir() -> Path:
    """The user's settings (the explorer's keymap.toml): ``TEALEAVES_CONFIG`` or the user
    config directory (``~/.config/tealeaves`` on Linux)."""
    env = os.environ.get("TEALEAVES_CONFIG")
    if env:
        return Path(env).expanduser()
    return user_config_path(APP, appauthor=False)


def default_library_dir() -> Path:
    """The user's own articles and data: ``TEALEAVES_LIBRARY`` or the user data directory."""
    env = os.environ.get("TEALEAVES_LIBRARY")
    if env:
        return Path(env).expanduser()
    return user_data_path(APP, appauthor=False)
