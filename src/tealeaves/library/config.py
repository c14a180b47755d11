"""Where a library's articles, index and user files are, and what opening it loads.

The extractor and the index are imported when a library is opened, not with this module:
the explorer draws its first screen before they are loaded (see docs/benchmarks.md)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tealeaves.locations import bundled_articles, default_index_dir, default_library_dir

if TYPE_CHECKING:
    from tealeaves.extract import Registry, Topics
    from tealeaves.search.build import IndexStore


@dataclass
class LibraryConfig:
    index_dir: Path | None = None
    corpus_dirs: Sequence[Path] = ()
    bundled: bool = True
    library_dir: Path | None = None
    #: The folders remembered from earlier ``--corpus`` (see :mod:`.folders`) that are there.
    remembered: Sequence[Path] = ()

    def data_dir(self) -> Path:
        """The user's library folder: their articles, annotations, registry and topics."""
        return self.library_dir or default_library_dir()

    def topics_path(self) -> Path:
        """The user's own topics (optional): ``<library>/topics.toml``."""
        return self.data_dir() / "topics.toml"

    def registry_path(self) -> Path:
        """The user's own registry of people (optional): ``<library>/registry.toml``."""
        return self.data_dir() / "registry.toml"

    def articles_dir(self) -> Path:
        """Where added articles are kept: ``<library>/articles``."""
        return self.data_dir() / "articles"

    def sources(self) -> list[Path]:
        sources: list[Path] = []
        if self.bundled:
            sources.append(bundled_articles())
        sources.append(self.articles_dir())
        sources.extend(Path(p) for p in self.corpus_dirs)
        sources.extend(Path(p) for p in self.remembered if Path(p) not in sources)
        return sources


def load_user_files(config: LibraryConfig, notices: list[str]) -> tuple[Registry, Topics]:
    """The registry and topics, the user's own where they can be read (else ours, and a
    notice in ``notices``)."""
    from tealeaves.extract import RegistryError, TopicError, load_registry, load_topics

    try:
        registry = load_registry(config.registry_path())
    except RegistryError as exc:
        notices.append(f"Your registry was not used: {exc}. Fix the file and reload.")
        registry = load_registry()
    try:
        topics = load_topics(config.topics_path())
    except TopicError as exc:
        notices.append(f"Your topics were not used: {exc}. Fix the file and reload.")
        topics = load_topics()
    return registry, topics


def make_store(config: LibraryConfig, registry: Registry, topics: Topics) -> IndexStore:
    """The index of this library: rebuilt when the registry or the topics change."""
    from tealeaves.search.build import INDEX_VERSION, IndexStore
    from tealeaves.search.update import ExtractingRecords

    return IndexStore(
        config.index_dir or default_index_dir(),
        record_maker=ExtractingRecords(registry, topics),
        version=f"{INDEX_VERSION}-registry{registry.fingerprint()}-topics{topics.fingerprint()}",
    )
