"""Snippets: the part of a passage a hit shows, and where the matched words are in it.

Highlights are offsets, not markup: a :class:`~tealeaves.model.Snippet` carries its text
and ``(start, end)`` spans, and each front end styles them its own way.
"""

from __future__ import annotations

from typing import Any

from whoosh import highlight

from tealeaves.model import Snippet

#: About how long a snippet is, in characters.
SNIPPET_CHARS = 220


class _SnippetFormatter(highlight.Formatter):
    """Return the best fragment as a :class:`Snippet` with highlight offsets (no markup)."""

    def __call__(self, text: str, fragments: list[Any]) -> Snippet | None:  # type: ignore[override]
        if not fragments:
            return None
        frag = fragments[0]
        start, end = _widen(text, frag.startchar, frag.endchar)
        marks = _merge(
            (t.startchar - start, t.endchar - start)
            for t in frag.matches
            if start <= t.startchar and t.endchar <= end
        )
        body = text[start:end]
        prefix = "…" if start > 0 else ""
        suffix = "…" if end < len(text) else ""
        shift = len(prefix)
        return Snippet(prefix + body + suffix, tuple((s + shift, e + shift) for s, e in marks))


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a fragment to about SNIPPET_CHARS, on word boundaries."""
    spare = max(0, SNIPPET_CHARS - (end - start))
    start = max(0, start - spare // 3)
    end = min(len(text), end + spare - spare // 3)
    if start > 0:
        space = text.find(" ", start)
        if 0 <= space < start + 25:
            start = space + 1
    if end < len(text):
        space = text.rfind(" ", start, end)
        if space > end - 25:
            end = space
    return start, end


def _merge(spans: Any) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def make_snippet(text: str, terms: frozenset[str], analyzer: Any) -> Snippet:
    """A snippet of ``text`` around the words in ``terms``, or its opening when none match."""
    snippet = None
    if terms and text:
        snippet = highlight.highlight(
            text,
            terms,
            analyzer,
            highlight.ContextFragmenter(maxchars=SNIPPET_CHARS, surround=60),
            _SnippetFormatter(),
            top=1,
            order=highlight.SCORE,
        )
    if snippet is None:
        _, end = _widen(text, 0, 0)
        snippet = Snippet(text[:end] + ("…" if end < len(text) else ""))
    return snippet


def word_spans(text: str, terms: frozenset[str], analyzer: Any) -> list[tuple[int, int]]:
    """Where in ``text`` the indexed words ``terms`` occur, as merged character spans."""
    if not terms or not text:
        return []
    return _merge(
        (t.startchar, t.endchar)
        for t in analyzer(text, chars=True, mode="index")
        if t.text in terms
    )
