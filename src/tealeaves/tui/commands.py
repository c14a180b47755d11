"""Command palette (ctrl+p) providers: jump to any article, expert or Chinese term, and add
an article file by typing its path."""

from __future__ import annotations

import asyncio
import contextlib
import inspect
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import textual.command
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.css.query import NoMatches
from textual.timer import Timer

from tealeaves.library import ARTICLE_SUFFIXES
from tealeaves.tui.messages import AddArticles, OpenArticle, OpenPerson, OpenTerm

if TYPE_CHECKING:
    from tealeaves.tui.app import TeaLeavesApp

MAX_HITS = 40
#: The lists the palette jumps into.
JUMP_LISTS = ("documents", "people", "glossary")


class JumpProvider(Provider):
    """Articles by title, people by any name form, terms by characters, pinyin or English:
    the library's lists filtered by what was typed (a page of each, read in a thread), then
    scored by the palette's matcher."""

    async def search(self, query: str) -> Hits:
        app = cast("TeaLeavesApp", self.app)
        library = app.library
        if app.catalog is None or library is None or not query.strip():
            return
        pages = await asyncio.to_thread(
            lambda: [library.page(what, 0, MAX_HITS, text=query) for what in JUMP_LISTS]
        )
        documents, people, glossary = (page.items for page in pages)
        matcher = self.matcher(query)
        post = app.post_message
        candidates = [
            (
                f"Article: {d.title}",
                partial(post, OpenArticle(d.id, query="")),
                ", ".join(d.authors),
            )
            for d in documents
        ]
        candidates += [
            (
                f"Expert: {p.name} {p.native_name}".rstrip()
                if p.kind == "expert"
                else f"Person: {p.name} {p.native_name}".rstrip(),
                partial(post, OpenPerson(p.id)),
                p.affiliations[0] if p.affiliations else p.kind,
            )
            for p in people
        ]
        candidates += [
            (f"Term: {t.term} {t.pinyin}", partial(post, OpenTerm(t.term)), t.gloss)
            for t in glossary
        ]
        scored = [
            (max(matcher.match(label), 0.01), label, action, help_text)
            for label, action, help_text in candidates
        ]
        scored.sort(key=lambda s: -s[0])
        for score, label, action, help_text in scored[:MAX_HITS]:
            yield Hit(score, matcher.highlight(label), action, help=help_text)


class AddFileProvider(Provider):
    """Type the path of an article file (or a folder of them) to add it to the library."""

    async def discover(self) -> Hits:
        yield DiscoveryHit(
            "Add an article: type the path of a file or folder",
            self._explain,
            help=".md .txt .html .pdf; it is copied into your library and indexed",
        )

    def _explain(self) -> None:
        self.app.notify("Press ctrl+p and type the path of an article file, e.g. ~/report.pdf")

    async def search(self, query: str) -> Hits:
        text = query.strip()
        if not text or not any(c in text for c in "/~.\\"):
            return
        path = Path(text).expanduser()
        if not path.exists():
            return
        if path.is_file() and path.suffix.lower() not in ARTICLE_SUFFIXES:
            return
        add = partial(self.app.post_message, AddArticles([path]))
        yield Hit(1.0, f"Add to the library: {path}", add, help=str(path))


class CommandPalette(textual.command.CommandPalette):
    """Textual's palette, less one race: a search that finishes while the palette is being
    taken down refreshed a list that was no longer there and stopped the explorer
    (NoMatches 'CommandList', found by the monkey test: ctrl+p, keys, then a quick close)."""

    def _watch__list_visible(self) -> None:
        with contextlib.suppress(NoMatches):  # closing: nothing left to show
            super()._watch__list_visible()

    def _refresh_command_list(self, *args: object, **kwargs: object) -> None:
        with contextlib.suppress(NoMatches):
            super()._refresh_command_list(*args, **kwargs)  # type: ignore[arg-type]

    def set_timer(self, delay: float, callback: Any = None, **kwargs: Any) -> Timer:
        """The palette's timers (its "No matches found" countdown) can fire while it is
        being taken down, its list already gone (seed 41 of the monkey, after 1,399 keys):
        what they would show is then nothing."""
        if callback is None or inspect.iscoroutinefunction(callback):
            return super().set_timer(delay, callback, **kwargs)

        def guarded(*args: Any) -> Any:
            with contextlib.suppress(NoMatches):
                return callback(*args)

        return super().set_timer(delay, guarded, **kwargs)
