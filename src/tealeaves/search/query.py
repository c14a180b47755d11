"""Parsing and running queries; turning Whoosh hits into :class:`~tealeaves.model.Hit` records.

Query syntax is Whoosh's (``AND``, ``OR``, ``NOT``, ``"phrases"``, ``wild*``, ``fuzzy~``,
``(groups)``) with reader-friendly field names: ``title:``, ``author:``, ``year:``,
``publication:``, ``section:``, and ``expert:``/``topic:`` for the extraction layer. Words
are ANDed. A query that does not parse is not an error: the plain words are searched
instead and the result says so.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from whoosh import highlight
from whoosh.matching import NullMatcher
from whoosh.qparser import (
    FieldAliasPlugin,
    FuzzyTermPlugin,
    GtLtPlugin,
    QueryParser,
)
from whoosh.query import And, Every, NullQuery, Or, Query, Term
from whoosh.searching import Searcher

from tealeaves.model import Hit, SearchResult, Snippet
from tealeaves.search.bounds import (
    UNLIMITED,
    Budget,
    Expanded,
    OutOfTime,
    cap_fuzzy,
    checked,
    expand,
)
from tealeaves.search.bulk import FastPath

#: What users type → the schema's field.
FIELD_ALIASES: dict[str, list[str]] = {
    "authors": ["author", "by"],
    "year": ["date"],
    "publication": ["pub", "in"],
    "kind": ["type"],
    "language": ["lang"],
}
DEFAULT_FIELD = "content"
SNIPPET_CHARS = 220

#: What the notice on a query naming an unsearchable field lists.
SEARCHABLE_FIELDS = "title, author, year, publication, section, expert, topic, kind, person, doc_id"

_WORD = re.compile(r"[^\W_]+")
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"}


@dataclass(frozen=True)
class ParsedQuery:
    query: Query
    notice: str = ""


def _with_fuzzy_capped(parsed: ParsedQuery, text: str) -> ParsedQuery:
    """``parsed`` with its fuzzy words held to MAX_EDITS edits, saying so."""
    if parsed.query is NullQuery:
        return parsed
    query, notices = cap_fuzzy(parsed.query, text.strip())
    if not notices:
        return parsed
    return ParsedQuery(query, " ".join(n for n in (parsed.notice, *notices) if n))


def make_parser(schema: Any) -> QueryParser:
    parser = QueryParser(DEFAULT_FIELD, schema)
    parser.add_plugin(FuzzyTermPlugin())
    parser.add_plugin(GtLtPlugin())
    parser.add_plugin(FieldAliasPlugin(FIELD_ALIASES))
    return parser


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0 and text.count('"') % 2 == 0


def _has_error(q: Query) -> bool:
    if getattr(q, "error", None):
        return True
    return any(_has_error(child) for child in q.children())


def _dangling_operator(text: str) -> bool:
    words = text.split()
    return bool(words) and (words[0] in _OPERATORS - {"NOT"} or words[-1] in _OPERATORS)


def _unsearchable_fields(query: Query, schema: Any) -> list[str]:
    """The fields ``query`` names that hold no indexed words (``path``, ``date`` …).

    Whoosh reads a range or a wildcard on such a field from its word list, which it does
    not have: it raises ``TermNotFound`` at search time. Such a query is refused instead."""
    names: list[str] = []
    for leaf in query.leaves():
        field = leaf.field()
        if not field or field in names:
            continue
        if field not in schema or not getattr(schema[field], "indexed", False):
            names.append(field)
    return names


def plain_words(text: str) -> list[str]:
    """The words of a query with its syntax stripped (what the fallback searches for)."""
    return [w for w in _WORD.findall(text) if w not in _OPERATORS]


def parse_query(parser: QueryParser, text: str) -> ParsedQuery:
    """Parse ``text``; on a syntax problem fall back to its plain words, with a notice.
    A fuzzy word allows at most ``bounds.MAX_EDITS`` edits (``word~5`` → ``word~2``)."""
    return _with_fuzzy_capped(_parse_query(parser, text), text)


def _parse_query(parser: QueryParser, text: str) -> ParsedQuery:
    text = text.strip()
    if not text:
        return ParsedQuery(NullQuery, "Type some words to search for.")
    problem = not _balanced(text) or _dangling_operator(text)
    query: Query | None = None
    if not problem:
        try:
            query = parser.parse(text)
            problem = _has_error(query)
        except Exception:
            problem = True
    if not problem and query is not None and query is not NullQuery:
        unsearchable = _unsearchable_fields(query, parser.schema)
        if unsearchable:
            named = ", ".join(f"{f}:" for f in unsearchable)
            return ParsedQuery(
                NullQuery,
                f"{named} cannot be searched (not an indexed field); nothing was searched. "
                f"Fields you can search: {SEARCHABLE_FIELDS}.",
            )
        return ParsedQuery(query)
    words = plain_words(text)
    parts = [parser.parse(word) for word in words]
    parts = [p for p in parts if p is not NullQuery]
    fallback: Query = And(parts).normalize() if parts else NullQuery
    if problem:
        shown = " ".join(words) if words else "nothing"
        return ParsedQuery(
            fallback,
            f"Could not read the query syntax; searched for the plain words instead: {shown}.",
        )
    return ParsedQuery(fallback, "" if parts else "Only very common words; nothing to search for.")


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


def matching_spans(
    searcher: Searcher,
    parser: QueryParser,
    text: str,
    document: str,
    budget: Budget | None = None,
) -> list[tuple[int, int]]:
    """Where the words a query matches occur in ``document`` (the full text). Wildcards
    stand for as many words as in :func:`search`; none when ``budget`` runs out."""
    parsed = parse_query(parser, text)
    if parsed.query is NullQuery:
        return []
    budget = budget if budget is not None else Budget()
    try:
        query, _ = expand(parsed.query, searcher, budget, DEFAULT_FIELD)
    except OutOfTime:
        return []
    return word_spans(
        document, _matched_words(searcher, query), searcher.schema[DEFAULT_FIELD].analyzer
    )


def search(
    searcher: Searcher,
    parser: QueryParser,
    text: str,
    *,
    limit: int = 10,
    per_document: int = 0,
    kinds: tuple[str, ...] = (),
    fast: FastPath | None = None,
    budget: Budget | None = None,
) -> SearchResult:
    """Run a query and return hits with snippets, best first.

    ``per_document`` caps the hits from one article (0: no cap) so that one long article
    cannot crowd the others out of the first page. ``kinds`` restricts record kinds.
    ``fast`` is the session's bulk scorer (a new one when None); a notice it has not given
    yet is added to the result's. ``budget`` bounds the time (a new
    :class:`~tealeaves.search.bounds.Budget` when None): when it runs out, the best
    records found so far are shown, with a notice; when it is cancelled,
    :class:`~tealeaves.search.bounds.Cancelled` is raised.
    """
    fast = fast if fast is not None else FastPath()
    budget = budget if budget is not None else Budget()
    parsed = parse_query(parser, text)
    query = parsed.query
    if query is NullQuery:
        return SearchResult(text, "", (), 0, parsed.notice)
    notices = [parsed.notice]
    try:
        query, cut = expand(query, searcher, budget, DEFAULT_FIELD)
    except OutOfTime:
        return _nothing_in_time(text, parsed, budget)
    notices.extend(cut)
    if kinds:
        query = And([query, Or([Term("kind", k) for k in kinds])])
    # A little more than asked: title matches beside their own passages are dropped below.
    wanted = limit + 5
    estimated, found = _top(searcher, query, wanted, per_document, fast, budget)
    terms = _matched_words(searcher, query)
    analyzer = searcher.schema[DEFAULT_FIELD].analyzer
    found = _listed_once(found)
    # Snippets are highlighted while time is left; then they are the passage's opening.
    hits = tuple(
        _hit(f, score, frozenset() if budget.spent() else terms, analyzer)
        for f, score in found[:limit]
    )
    suggestion = "" if hits else _suggestion(searcher, parser, parsed, query, text, budget)
    notices.append(budget.notice())
    notices.append(fast.take_notice())
    notice = " ".join(n for n in notices if n)
    return SearchResult(
        query=text,
        parsed=str(query if not kinds else parsed.query),
        hits=hits,
        total=estimated if hits else 0,
        notice=notice,
        suggestion=suggestion,
    )


def _nothing_in_time(text: str, parsed: ParsedQuery, budget: Budget) -> SearchResult:
    """The answer when the time ran out before the query was even expanded."""
    notice = " ".join(n for n in (parsed.notice, budget.notice()) if n)
    return SearchResult(text, str(parsed.query), (), 0, notice)


def _listed_once(
    found: list[tuple[dict[str, Any], float]],
) -> list[tuple[dict[str, Any], float]]:
    """The records found, without those that would repeat another's entry in the list."""
    # An article whose title matched is listed once: not again beside its own passages.
    with_passages = {f.get("doc_id") for f, _ in found if f.get("kind") != "doc"}
    # A person is stored once per article: list them once, at their best-scoring record.
    seen_people: set[str] = set()
    kept: list[tuple[dict[str, Any], float]] = []
    for f, score in found:
        kind = f.get("kind")
        if kind == "doc" and f["doc_id"] in with_passages:
            continue
        if kind == "person":
            if f.get("person") in seen_people:
                continue
            seen_people.add(f.get("person", ""))
        kept.append((f, score))
    return kept


def _suggestion(
    searcher: Searcher,
    parser: QueryParser,
    parsed: ParsedQuery,
    query: Query,
    text: str,
    budget: Budget,
) -> str:
    """ "Did you mean", for a query that found nothing, while time is left."""
    if budget.spent() or _expands(query):
        return ""
    # Suggestions correct plain words; each try is a search, held to the same budget.
    return _suggest(_Budgeted(searcher, budget), parser, parsed.query, text)


def _top(
    searcher: Searcher,
    query: Query,
    wanted: int,
    per_document: int,
    fast: FastPath,
    budget: Budget = UNLIMITED,
) -> tuple[int, list[tuple[dict[str, Any], float]]]:
    """How many records match (exact when every match was seen, else Whoosh's estimate),
    and the best ``wanted`` records, at most ``per_document`` (0: any) from one article.

    Whoosh's own ``collapse`` option scores every matching record, which at 10,000 articles
    is 20,000 records for a common word. The plain top N is asked for instead (from
    :mod:`tealeaves.search.bulk` for words and phrases, else from Whoosh), and the cap is
    applied here. Only when a few articles fill the top N is the search run again with
    ``collapse``.

    When ``budget`` runs out, the best records found by then are returned."""
    ask = wanted * 2 if per_document > 0 else wanted
    filters = frozenset(searcher.schema.names()) - {DEFAULT_FIELD}
    try:
        bulk = fast.top(searcher, query, ask, cached_fields=filters, budget=budget)
    except OutOfTime:
        return 0, []  # a conjunction keeps no best-so-far: nothing found in time
    if bulk is not None:
        estimated, complete = bulk.estimated, bulk.complete
        ranked: Iterable[tuple[dict[str, Any], float]] = (
            (searcher.stored_fields(docnum), score) for score, docnum in bulk.hits
        )
    else:
        results = _whoosh_top(searcher, query, budget, limit=ask)
        estimated, complete = results.estimated_length(), results.scored_length() < ask
        complete = complete and not budget.ran_out
        ranked = ((hit.fields(), hit.score) for hit in results)
    found: list[tuple[dict[str, Any], float]] = []
    per_doc: dict[str, int] = {}
    for fields, score in ranked:
        if per_document > 0:
            doc = fields.get("doc_id", "")
            per_doc[doc] = per_doc.get(doc, 0) + 1
            if per_doc[doc] > per_document:
                continue
        found.append((fields, score))
        if len(found) == wanted:
            return estimated, found
    if complete or budget.spent():  # every match was seen, or no time is left
        return estimated, found
    results = _whoosh_top(
        searcher, query, budget, limit=wanted, collapse="doc_id", collapse_limit=per_document
    )
    return estimated, [(hit.fields(), hit.score) for hit in results]


def _expands(query: Query) -> bool:
    """Whether ``query`` has a wildcard, prefix, fuzzy word, range or ``*``."""
    return any(isinstance(leaf, (Expanded, Every)) for leaf in query.leaves())


class _Budgeted:
    """A searcher whose ``search`` stops when ``budget`` runs out (for the suggestions,
    which search up to a dozen corrected queries)."""

    def __init__(self, searcher: Searcher, budget: Budget) -> None:
        self._searcher = searcher
        self._budget = budget

    def search(self, query: Query, **options: Any) -> Any:
        self._budget.check()
        return _whoosh_top(self._searcher, query, self._budget, **options)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._searcher, name)


def _whoosh_top(searcher: Searcher, query: Query, budget: Budget, **options: Any) -> Any:
    """Whoosh's own search (``Searcher.search`` with ``options``), checking ``budget`` as
    each segment starts and every 256 matches; the results found by then when it runs out."""
    collector = searcher.collector(**options)
    inner = collector
    while hasattr(inner, "child"):  # the collector that reads the matches
        inner = inner.child
    matches, start = inner.matches, inner.set_subsearcher

    def checked_matches() -> Any:
        for n, docnum in enumerate(matches()):
            if not n & 255:
                budget.check()
            yield docnum

    def checked_start(subsearcher: Any, offset: int) -> None:
        budget.check()
        start(subsearcher, offset)

    inner.matches, inner.set_subsearcher = checked_matches, checked_start
    try:
        searcher.search_with_collector(checked(query, budget), collector)
    except OutOfTime:
        if not hasattr(inner, "matcher"):  # out of time before the first segment
            inner.matcher = NullMatcher()
    return collector.results()


def _hit(fields: dict[str, Any], score: float, terms: frozenset[str], analyzer: Any) -> Hit:
    authors = tuple(a for a in fields.get("authors", "").split("; ") if a)
    return Hit(
        kind=fields.get("kind", ""),
        doc_id=fields.get("doc_id", ""),
        title=fields.get("title", ""),
        authors=authors,
        date=fields.get("date", ""),
        publication=fields.get("publication", ""),
        score=float(score or 0.0),
        snippet=make_snippet(fields.get("content", ""), terms, analyzer),
        position=int(fields.get("position", -1)),
        section=fields.get("section", ""),
        start=int(fields.get("start", -1)),
        end=int(fields.get("end", -1)),
        person=fields.get("person", ""),
        who=fields.get("who", ""),
    )


def _matched_words(searcher: Searcher, query: Query) -> frozenset[str]:
    """The indexed words of the passage field that ``query`` matches (wildcards expanded)."""
    # Query.existing_terms() reuses its ``fieldname`` argument as a loop variable and so
    # skips leaves after the first one of another field; walk the leaves here instead.
    reader = searcher.reader()
    words: set[str] = set()
    for leaf in query.leaves():
        if leaf.field() != DEFAULT_FIELD:
            continue
        for field, value in leaf.expanded_terms(reader, phrases=True):
            if field == DEFAULT_FIELD:
                words.add(value.decode("utf-8") if isinstance(value, bytes) else value)
    return frozenset(words)


def _suggest(searcher: Searcher, parser: QueryParser, query: Query, text: str) -> str:
    """A corrected query string when a query found nothing ("did you mean").

    Each plain word that is not in the index gets the closest indexed words as candidates
    (unstemmed forms, so the suggestion reads as words); field filters are left alone. The
    first combination of candidates that finds something is suggested.
    """
    reader = searcher.reader()
    analyzer = searcher.schema[DEFAULT_FIELD].analyzer
    pieces: list[list[str]] = []
    pos = 0
    try:
        for match in re.finditer(r"(\w+:)?([^\W_]+)", text):
            field, word = match.group(1), match.group(2)
            if field or word in _OPERATORS:
                continue
            if all((DEFAULT_FIELD, t.text) in reader for t in analyzer(word)):
                continue
            found = _closest(reader, word.lower())
            if found:
                pieces.append([text[pos : match.start(2)]])
                pieces.append(found)
                pos = match.end(2)
        if not pieces:
            return ""
        pieces.append([text[pos:]])
        for combo in itertools.islice(itertools.product(*pieces), 12):
            suggestion = "".join(combo)
            again = parse_query(parser, suggestion).query
            if again is not NullQuery and searcher.search(again, limit=1).scored_length():
                return suggestion
    except Exception:
        return ""
    return ""


def _closest(reader: Any, word: str, limit: int = 4) -> list[str]:
    """The indexed words nearest ``word``: fewest edits first (a swap of two letters is one
    edit), then the most frequent. Whoosh's corrector ranks every word within two edits
    alike, by rarity, so ``aliance`` got ``advance`` before ``alliance``."""
    field = reader.schema[DEFAULT_FIELD].spelling_fieldname(DEFAULT_FIELD)
    found = [w for w in reader.terms_within(field, word, 2, prefix=1) if w != word]
    ranked = sorted(
        found, key=lambda w: (_edit_distance(word, w), -(reader.frequency(field, w) or 0), w)
    )
    return ranked[:limit]


def _edit_distance(a: str, b: str) -> int:
    """Insertions, deletions, substitutions and swaps of two neighbours that make ``a``
    into ``b`` (optimal string alignment)."""
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], before[j - 2] + 1)
        before, row = row, current
    return row[-1]


__all__ = ["ParsedQuery", "make_parser", "make_snippet", "parse_query", "search"]
