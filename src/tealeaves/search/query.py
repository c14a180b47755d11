"""Running queries: the top records, at most a few per article, as :class:`~tealeaves.model.Hit`
records with snippets, within a time budget.

The syntax is parsed in :mod:`tealeaves.search.parse`; snippets are cut in
:mod:`tealeaves.search.snippets`; "did you mean" is :mod:`tealeaves.search.suggest`.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

from whoosh.matching import NullMatcher
from whoosh.qparser import QueryParser
from whoosh.query import And, Every, NullQuery, Or, Query, Term
from whoosh.searching import Searcher

from tealeaves.model import Hit, SearchResult
from tealeaves.search.analysis import for_highlighting
from tealeaves.search.bounds import UNLIMITED, Budget, Expanded, OutOfTime, checked, expand
from tealeaves.search.bulk import FastPath
from tealeaves.search.joined import ARTICLE_FIELDS, Joined, join_article_fields, tables_made
from tealeaves.search.parse import DEFAULT_FIELD, ParsedQuery, parse_query
from tealeaves.search.snippets import make_snippet, word_spans
from tealeaves.search.suggest import suggest


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


def has_words_to_mark(parser: QueryParser, text: str) -> bool:
    """Whether a query holds words of the passages (what a reader marks), not only filters
    ("topic:sanctions kind:quote" matches records but has no word to mark in their text)."""
    parsed = parse_query(parser, text)
    if parsed.query is NullQuery:
        return False
    return any(leaf.field() == DEFAULT_FIELD for leaf in parsed.query.leaves())


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
    # The first query naming an article field makes each segment's table of records by
    # article (0.4-0.8 s at 50,000 articles): that time is given back to the budget, so
    # the query is not cut short by work done once for the session.
    making = not tables_made(searcher)
    joining = time.monotonic()
    query = join_article_fields(query, searcher)
    if making:
        budget.allow(time.monotonic() - joining)
    if kinds:
        query = And([query, Or([Term("kind", k) for k in kinds])])
    # A little more than asked: title matches beside their own passages are dropped below.
    wanted = limit + 5
    estimated, found = _top(searcher, query, wanted, per_document, fast, budget)
    terms = _matched_words(searcher, query)
    analyzer = for_highlighting(searcher.schema[DEFAULT_FIELD].analyzer, terms)
    found = _with_articles(searcher, _listed_once(found)[:limit])
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


def _with_articles(
    searcher: Searcher, found: list[tuple[dict[str, Any], float]]
) -> list[tuple[dict[str, Any], float]]:
    """The records found, each with its article's metadata (title, authors …), which only
    the article's own record holds."""
    articles: dict[str, dict[str, Any]] = {}
    out: list[tuple[dict[str, Any], float]] = []
    for fields, score in found:
        doc_id = fields.get("doc_id", "")
        if fields.get("kind") == "doc" or not doc_id:
            out.append((fields, score))
            continue
        if doc_id not in articles:
            docnum = searcher.document_number(id=f"doc:{doc_id}")
            stored = searcher.stored_fields(docnum) if docnum is not None else {}
            articles[doc_id] = {k: stored[k] for k in ARTICLE_FIELDS if k in stored}
        out.append(({**fields, **articles[doc_id]}, score))
    return out


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
    return suggest(_Budgeted(searcher, budget), parser, parsed.query, text)


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
    return any(
        isinstance(leaf.child if isinstance(leaf, Joined) else leaf, (Expanded, Every))
        for leaf in query.leaves()
    )


class _Budgeted:
    """A searcher whose ``search`` stops when ``budget`` runs out (for the suggestions,
    which search up to a dozen corrected queries)."""

    def __init__(self, searcher: Searcher, budget: Budget) -> None:
        self._searcher = searcher
        self._budget = budget

    def search(self, query: Query, **options: Any) -> Any:
        self._budget.check()
        query = join_article_fields(query, self._searcher)
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


__all__ = ["has_words_to_mark", "matching_spans", "search"]
