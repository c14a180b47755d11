"""Command palette (ctrl+p) providers: jump to any article, expert or Chinese term."""

from __future__ import annotations

from functools import partial

from textual.command import Hit, Hits, Provider

MAX_HITS = 40


class JumpProvider(Provider):
    """Articles by title, people by any name form, terms by characters, pinyin or English."""

    async def search(self, query: str) -> Hits:
        app = self.app
        catalog = getattr(app, "catalog", None)
        if catalog is None:
            return
        matcher = self.matcher(query)
        candidates = [
            (f"Article: {d.title}", partial(app.open_reader, d.id, query=""), ", ".join(d.authors))
            for d in catalog.documents
        ]
        candidates += [
            (
                f"Expert: {p.name} {p.native_name}".rstrip()
                if p.kind == "expert"
                else f"Person: {p.name} {p.native_name}".rstrip(),
                partial(app.open_profile, p.id),
                p.affiliations[0] if p.affiliations else p.kind,
            )
            for p in catalog.people
        ]
        candidates += [
            (f"Term: {t.term} {t.pinyin}", partial(app.open_term, t.term), t.gloss)
            for t in catalog.glossary
        ]
        scored = [
            (matcher.match(label), label, action, help_text)
            for label, action, help_text in candidates
        ]
        scored = [s for s in scored if s[0] > 0]
        scored.sort(key=lambda s: -s[0])
        for score, label, action, help_text in scored[:MAX_HITS]:
            yield Hit(score, matcher.highlight(label), action, help=help_text)
