"""The parts of the home screen a reader would look for by name: searching, marking
experts or articles for a comparison, and the way back through the panes (escape).

Each is a Screen so that its message handlers (``@on``) are its own; :class:`HomeScreen`
is made of them and keeps their state."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on, work
from textual.screen import Screen
from textual.widgets import DataTable, Input, Label, OptionList, TabbedContent
from textual.worker import get_current_worker

from tealeaves.tui import panes
from tealeaves.tui.messages import MOST_COLUMNS, OpenArticle, OpenComparison, OpenPerson
from tealeaves.tui.paging import OptionPager, TablePager
from tealeaves.tui.panes import PANE_FOCUS, Catalog, hit_options, mark_cell, search_status
from tealeaves.tui.render import document_text

if TYPE_CHECKING:
    from tealeaves.library import DocumentInfo, Library, PersonSummary
    from tealeaves.model import Hit, SearchResult


class Searching(Screen[None]):
    """The search pane: results as the user types, never older ones over newer; enter
    opens a hit in the reader, or an expert's profile.

    A keystroke asks the library for the first screenful of hits (their snippets made for
    those alone); moving down near the end of them, by the cursor or the scroll, asks for
    the same search again with more hits, shown in their place with the cursor kept on
    its hit (``panes.SEARCH_FIRST``, ``SEARCH_MORE``, ``SEARCH_MOST``)."""

    library: Library | None
    catalog: Catalog | None
    query_text: str
    _search_seq: int
    _hits: dict[str, Hit]
    _hit_people: dict[int, dict[str, PersonSummary]]  # by search: the people among its hits
    _enter_for: int  # the search enter was pressed for before its results came in (0: none)
    _shown_seq: int  # the search whose results are shown
    _first: int = 0  # how many hits make a screenful (the first request of a search)
    _asked: int = 0  # how many hits the latest request (a search or its next page) asked for
    _more: bool = False  # the results shown are not all: moving down asks for more
    _paging: bool = False  # the next page of the results shown is on its way
    _filling: bool = False  # the results are being put in the list: its moves ask nothing

    def _watch_results(self) -> None:
        """The cursor or the scroll near the end of the results asks for the next page."""
        results = self.query_one("#search-results", OptionList)
        self.watch(results, "scroll_y", self._near_end, init=False)
        self.watch(results, "highlighted", self._near_end, init=False)

    def _start_search(self, text: str, seq: int) -> None:
        """Search for ``text`` (search ``seq``): its first screenful of hits."""
        height = self.query_one("#search-results", OptionList).size.height
        self._paging = False
        self._first = max(panes.SEARCH_FIRST, height // 2 + 1)
        self._search(text, seq, self._first)

    def _search(self, text: str, seq: int, limit: int) -> None:
        self._asked = limit
        self.run_search(text, seq, limit)

    @on(Input.Changed, "#search-input")
    def _query_changed(self, event: Input.Changed) -> None:
        self._search_seq += 1
        self._start_search(event.value, self._search_seq)

    @on(Input.Submitted, "#search-input")
    def _query_submitted(self) -> None:
        results = self.query_one("#search-results", OptionList)
        if results.option_count and self._shown_seq == self._search_seq:
            self._to_results(results)
        else:  # typed faster than the search: go to its results when they come in
            self._enter_for = self._search_seq

    def _to_results(self, results: OptionList) -> None:
        results.focus()
        if results.highlighted is None:
            results.action_first()

    @work(thread=True, exclusive=True, group="search", exit_on_error=False, name="Searching")
    def run_search(self, text: str, seq: int, limit: int = panes.SEARCH_FIRST) -> None:
        if self.library is None:
            return
        try:
            result = self.library.search(
                text,
                limit=limit,
                per_document=0,
                stale=lambda: seq != self._search_seq,  # typed on since: skip this one
            )
        except Exception as exc:  # shown where the results would be
            from tealeaves.model import SearchResult

            result = SearchResult(text, "", (), 0, notice=f"Search failed: {exc}")
        self._hit_people[seq] = self._people_of(result)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_results, result, seq)

    def _people_of(self, result: SearchResult) -> dict[str, PersonSummary]:
        """The summaries of the people among the hits (their other names are marked)."""
        wanted = {hit.person for hit in result.hits if hit.kind == "person" and hit.person}
        if not wanted or self.library is None or self.catalog is None:
            return {}
        try:
            return self.library.lookup("people", wanted)
        except Exception:  # the names are shown without their other forms
            return {}

    def _show_results(self, result: SearchResult, seq: int) -> None:
        people = self._hit_people.pop(seq, {})
        for older in [s for s in self._hit_people if s < seq]:
            del self._hit_people[older]
        if seq != self._search_seq:
            return  # a newer search is on its way: never show stale results over it
        from tealeaves.views import phrase_snippet

        results = self.query_one("#search-results", OptionList)
        # The next page of the results shown: the cursor stays on its hit, the scroll where
        # it was (the hits come again, grouped by kind, the new ones among them).
        page = seq == self._shown_seq and self._paging
        at = _hit_key(self._hits.get(_highlighted_id(results) or "")) if page else None
        scrolled = results.scroll_y
        self.query_text = result.query
        self._shown_seq = seq
        self._paging = False
        shown = len(result.hits)
        # More to ask for: fewer shown than match, and either as many as asked, or fewer
        # though more records match than were asked for (some were repeats: a person is
        # listed once, not in each article) and this request brought new ones.
        grew = shown > (len(self._hits) if page else 0)
        self._more = shown < min(result.total, panes.SEARCH_MOST) and (
            shown >= self._asked or (grew and result.total > self._asked)
        )
        self._hits = {
            f"hit-{n}": dataclasses.replace(hit, snippet=phrase_snippet(hit.snippet, result.query))
            for n, hit in enumerate(result.hits)
        }
        self._filling = True
        try:
            results.clear_options()
            results.add_options(hit_options(self._hits, people))
            if page:  # the cursor's hit stays in view (new hits may come above it) …
                keys = {_hit_key(hit): key for key, hit in self._hits.items()}
                if at is not None and at in keys:
                    results.highlighted = results.get_option_index(keys[at])
                else:  # … or, scrolled without it, the list stays where it was
                    results.scroll_to(y=scrolled, animate=False, immediate=True)
        finally:
            self._filling = False
        self.query_one("#search-status", Label).update(Text(search_status(result, self._more)))
        if self._more and shown < self._first and not result.notice:
            # Less than a screenful though more match: an expert's records in many articles
            # are listed once, so a page can shrink to a few hits; the next comes at once.
            self._next_page()
        if self._enter_for == seq:
            self._enter_for = 0
            if results.option_count and self.focused is self.query_one("#search-input", Input):
                self._to_results(results)

    def _near_end(self, *_: object) -> None:
        """The cursor within a few options of the last, or the list scrolled to its last
        lines: the next page of hits, unless it is on its way or all are shown."""
        if self._filling or self._paging or not self._more:
            return
        if self._shown_seq != self._search_seq or self.library is None:
            return  # a newer search is on its way
        results = self.query_one("#search-results", OptionList)
        margin = panes.SEARCH_MARGIN
        at = results.highlighted
        bottom = results.scroll_y + results.size.height
        if (at is not None and at >= results.option_count - margin) or (
            results.scroll_y > 0 and bottom >= results.virtual_size.height - margin
        ):
            self._next_page()

    def _next_page(self) -> None:
        """The search shown again with SEARCH_MORE more hits (in a worker)."""
        self._paging = True
        more = min(max(len(self._hits), self._asked) + panes.SEARCH_MORE, panes.SEARCH_MOST)
        self._search(self.query_text, self._shown_seq, more)

    @on(OptionList.OptionSelected, "#search-results")
    def _open_hit(self, event: OptionList.OptionSelected) -> None:
        hit = self._hits.get(event.option_id or "")
        if hit is None:
            return
        if hit.kind == "person":
            self.post_message(OpenPerson(hit.person))
        else:
            at = (hit.start, hit.end) if hit.start >= 0 else None
            self.post_message(OpenArticle(hit.doc_id, at=at, query=self.query_text))


def _highlighted_id(results: OptionList) -> str | None:
    option = results.highlighted_option
    return option.id if option is not None else None


def _hit_key(hit: Hit | None) -> tuple[object, ...] | None:
    """What tells a hit from the others when the same search comes again with more hits."""
    if hit is None:
        return None
    return (hit.kind, hit.doc_id, hit.position, hit.start, hit.end, hit.person)


class Marking(Screen[None]):
    """Space marks two to four experts or articles (on the experts pane, the articles pane
    or its "Most quoted experts"); c compares them side by side."""

    catalog: Catalog | None
    library: Library | None
    marked: dict[str, list[str]]
    doc_pager: OptionPager
    top_pager: OptionPager
    expert_pager: TablePager

    def _expert_status(self, count: int) -> None:  # pragma: no cover - the HomeScreen's
        raise NotImplementedError

    def _doc_prompt(self, info: DocumentInfo) -> Text:
        text = document_text(info)
        if info.id in self.marked["documents"]:
            text = Text("● ", style="bold") + text
        return text

    def action_mark(self) -> None:
        """Mark (or unmark) the highlighted expert or article for comparison."""
        pane = self.query_one("#tabs", TabbedContent).active
        top = self.query_one("#top-experts", OptionList)
        if pane == "documents" and self.focused is top:
            self._mark_top_expert(top)
            return
        if pane == "experts":
            table = self.query_one("#expert-table", DataTable)
            if not table.row_count:
                return
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
            item = str(key.value)
        else:
            docs = self.query_one("#doc-list", OptionList)
            if docs.highlighted is None:
                return
            item = str(docs.get_option_at_index(docs.highlighted).id)
        marked = self.marked[pane]
        if not self._toggle(marked, item):
            return
        if pane == "experts":
            table.update_cell(key, "mark", mark_cell(item in marked))
            self._expert_status(self.expert_pager.total or table.row_count)
            if item in self.top_pager.items:  # "Most quoted experts" shows the same marks
                self.top_pager.replace(self.top_pager.items[item])
            table.action_cursor_down()
        else:
            self.doc_pager.replace(self.doc_pager.items[item])
            docs.action_cursor_down()

    def _toggle(self, marked: list[str], item: str) -> bool:
        """Mark or unmark ``item``; False (and a word why) when four are marked already."""
        if item in marked:
            marked.remove(item)
        elif len(marked) >= MOST_COLUMNS:
            self.app.notify(f"At most {MOST_COLUMNS} side by side; unmark one first.", timeout=4)
            return False
        else:
            marked.append(item)
        return True

    def _mark_top_expert(self, top: OptionList) -> None:
        """Space on "Most quoted experts" marks that expert, not an article."""
        if top.highlighted is None or self.catalog is None:
            return
        item = str(top.get_option_at_index(top.highlighted).id)
        marked = self.marked["experts"]
        if not self._toggle(marked, item):
            return
        self.top_pager.replace(self.top_pager.items[item])
        if item in self.expert_pager.items:  # the experts pane shows the same marks
            self.expert_pager.replace(self.expert_pager.items[item])
            self._expert_status(self.expert_pager.total or 0)
        top.action_cursor_down()

    def action_compare(self) -> None:
        pane = self.query_one("#tabs", TabbedContent).active
        if pane == "documents" and self.focused is self.query_one("#top-experts", OptionList):
            pane = "experts"  # on "Most quoted experts": the experts marked there
        marked = self.marked[pane]
        what = "experts" if pane == "experts" else "articles"
        if len(marked) < 2 or self.library is None:
            self.app.notify(f"Mark two to four {what} with space, then press c.", timeout=4)
            return
        self.post_message(OpenComparison(list(marked)))


#: How many steps back escape on the panes remembers.
HISTORY_LIMIT = 50


@dataclass
class Back:
    """A step back for escape on the panes: the pane the user was on, the id of what had
    focus there, and the screens that were open over the panes when a pane key (or ``/``)
    left them, opened again as they were."""

    pane: str
    focus: str
    screens: list[Screen[Any]]


class PaneHistory(Screen[None]):
    """Escape on the panes: out of an input box onto its list, then back through the panes
    and the screens that were open over them (a pane key or ``/`` from a reader)."""

    history: list[Back]

    #: Each input box and the list it fills: down or escape leaves the box for its list.
    INPUT_LISTS = {"expert-filter": "#expert-table", "search-input": "#search-results"}

    def _box(self) -> str | None:
        """The list that the focused input box fills, when an input box has focus."""
        focused = self.focused
        return self.INPUT_LISTS.get(focused.id or "") if isinstance(focused, Input) else None

    def action_leave_box(self) -> None:
        target = self._box()
        if target is not None:
            self.query_one(target).focus()

    def show_pane(self, pane: str, over: Sequence[Screen[Any]] = ()) -> None:
        """Show ``pane``, remembering where the user was for escape: the pane before and
        ``over``, the screens that were open over the panes (to be opened again)."""
        tabs = self.query_one("#tabs", TabbedContent)
        if tabs.active != pane or over:
            focused = self.focused.id if self.focused is not None else None
            self.history.append(Back(tabs.active, focused or "", list(over)))
            del self.history[:-HISTORY_LIMIT]
        tabs.active = pane
        self.set_focus(self.query_one(PANE_FOCUS[pane]))  # now: keys typed next land there
        self.refresh_bindings()

    def action_back(self) -> None:
        """Escape on a list: the pane before, and the screens that were over it."""
        if not self.history:
            return
        back = self.history.pop()
        self.query_one("#tabs", TabbedContent).active = back.pane
        focus = self.INPUT_LISTS.get(back.focus, f"#{back.focus}" if back.focus else "")
        found = self.query(focus) if focus else None
        (found.first() if found else self.query_one(PANE_FOCUS[back.pane])).focus()
        for screen in back.screens:
            self.app.push_screen(screen)
        self.refresh_bindings()
