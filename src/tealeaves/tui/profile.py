"""An expert's profile: names, roles with their sources, quotes, articles, people."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from tealeaves.library import Annotations, Library, Profile
from tealeaves.model import Quote, Span, Stance
from tealeaves.text import display_name
from tealeaves.tui.footer import FittingFooter
from tealeaves.tui.keys import SEARCH_AT_ONCE
from tealeaves.tui.lists import Options, heading
from tealeaves.tui.messages import OpenArticle, OpenPerson
from tealeaves.tui.quote_actions import QuoteActions
from tealeaves.tui.render import byline, counted, language_label, quote_text, stance_badge
from tealeaves.tui.workers import ReportsWorkerFailures, in_thread


def _head(profile: Profile) -> Text:
    """Who they are: names, kind, how often the articles name and quote them."""
    person = profile.person
    head = Text()
    head.append(person.name, style="bold")
    if person.native_name:
        head.append(f"  {person.native_name}", style="bold")
    head.append(f"  ·  {person.kind}", style="italic")
    reported = sum(1 for q in profile.quotes if q.kind == "reported")
    counts = "\n" + " · ".join(
        counted(n, word)
        for n, word in (
            (profile.mention_count, "mention"),
            (len(profile.quotes) - reported, "quote"),
            (reported, "reported statement"),
            (len(profile.documents), "article"),
        )
        if n or word != "reported statement"
    )
    head.append(counts, style="dim")
    if profile.ambiguous_mentions:
        head.append(
            f" · {counted(profile.ambiguous_mentions, 'mention')} could also be someone else",
            style="dim",
        )
    if person.aliases:
        head.append(f"\nalso: {', '.join(person.aliases)}", style="dim")
    for sentence in profile.unsettled():
        head.append(f"\n{sentence}", style="yellow")
    return head


class ProfileScreen(ReportsWorkerFailures, QuoteActions, Screen[None]):
    """Everything the articles say about one person; enter opens an item."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="profile.back"),
        Binding("j", "cursor(1)", "Down", id="profile.down", show=False),
        Binding("k", "cursor(-1)", "Up", id="profile.up", show=False),
        Binding("g", "edge('top')", "Top", id="profile.top", show=False),
        Binding("G", "edge('bottom')", "Bottom", id="profile.bottom", show=False),
        *QuoteActions.QUOTE_BINDINGS,
        SEARCH_AT_ONCE,
    ]
    #: Left out of a narrow footer, first to go first: never escape, ``?`` or ``q``.
    FOOTER_DROP = ("matrix", "app.search", "cite", "note", "flag")

    def __init__(self, library: Library, person_id: str, *, at: int | None = None) -> None:
        """``at``: the item to start on (else the first quote)."""
        super().__init__()
        self.library = library
        self.person_id = person_id
        self._at = at
        self.profile: Profile | None = None
        self._targets: dict[str, tuple[str, object]] = {}

    def reopened(self) -> ProfileScreen:
        """This profile again, on the same item (for escape after ``/``)."""
        items = self.query_one("#profile-items", OptionList)
        return ProfileScreen(self.library, self.person_id, at=items.highlighted)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Loading…", id="profile-head")
        yield Options(id="profile-items")
        yield FittingFooter()

    def on_mount(self) -> None:
        self.load()

    def load(self) -> None:
        def fetch() -> tuple[Profile, dict[str, str], list[Stance], Annotations]:
            profile = self.library.person(self.person_id)
            titles = {
                d.id: d.title
                + (f" · {language_label(d.language)}" if d.language not in ("", "en") else "")
                for d in profile.documents
            }
            stances = self.library.stances(person=profile.person.id)
            return profile, titles, stances, self.library.annotations()

        in_thread(
            self,
            fetch,
            lambda found: self._show(*found),
            self._missing,
            exclusive=True,
            name="Reading the profile",
        )

    def _missing(self, problem: Exception) -> None:
        self.query_one("#profile-head", Static).update(Text(str(problem)))

    def _show(
        self, profile: Profile, titles: dict[str, str], stances: list[Stance], notes: Annotations
    ) -> None:
        self.profile = profile
        self._targets = {}
        self.title = profile.person.name
        self.query_one("#profile-head", Static).update(_head(profile))
        options = [
            *self._roles(profile, titles),
            *self._stances(stances),
            *self._quotes(profile, titles, notes),
            *self._documents(profile),
            *self._people(profile),
        ]
        items = self.query_one("#profile-items", OptionList)
        keep = items.highlighted if items.highlighted is not None else self._at
        items.clear_options()
        items.add_options(options)
        items.focus()
        if keep is not None and keep < items.option_count:
            items.highlighted = keep
        elif profile.quotes:
            items.highlighted = items.get_option_index("quote-0")

    def _roles(self, profile: Profile, titles: dict[str, str]) -> list[Option | None]:
        options: list[Option | None] = [heading("Roles as the texts state them")]
        if not profile.roles:
            options.append(Option(Text("None stated.", style="dim"), disabled=True))
        for n, role in enumerate(profile.roles):
            line = Text(role.text)
            if role.span is not None:
                line.append(
                    f"  — {titles.get(role.span.document, role.span.document)}", style="italic dim"
                )
                self._targets[f"role-{n}"] = ("span", role.span)
            else:
                line.append(f"  — registry: {role.source}", style="italic dim")
            options.append(Option(line, id=f"role-{n}", disabled=role.span is None))
        return options

    def _stances(self, stances: list[Stance]) -> list[Option | None]:
        if not stances:
            return []
        options: list[Option | None] = [None, heading(f"Stances ({len(stances)})")]
        labels = {t.id: t.label for t in self.library.topic_set.topics}
        for n, stance in enumerate(stances):
            line = Text(labels.get(stance.topic, stance.topic) + "  ", style="bold")
            line.append_text(stance_badge(stance))
            options.append(Option(line, id=f"stance-{n}", disabled=stance.span is None))
            if stance.span is not None:
                self._targets[f"stance-{n}"] = ("span", stance.span)
        return options

    def _quotes(
        self, profile: Profile, titles: dict[str, str], notes: Annotations
    ) -> list[Option | None]:
        options: list[Option | None] = [None, heading(f"Quotes ({len(profile.quotes)})")]
        if not profile.quotes:
            options.append(Option(Text("No quotes attributed.", style="dim"), disabled=True))
        flags, written = notes.flags, notes.notes
        for n, quote in enumerate(profile.quotes):
            title = titles.get(quote.span.document, quote.span.document)
            line = quote_text(quote, title=title)
            if quote.id in flags:
                line = Text("⚑ ", style="bold") + line
            if quote.id in written:
                line.append(f"\nNote: {written[quote.id].text}", style="bold dim")
            options.append(Option(line, id=f"quote-{n}"))
            self._targets[f"quote-{n}"] = ("span", quote.span)
        return options

    def _documents(self, profile: Profile) -> list[Option | None]:
        options: list[Option | None] = [None, heading(f"Articles ({len(profile.documents)})")]
        for n, doc in enumerate(profile.documents):
            line = Text(doc.title, style="bold")
            if byline(doc):
                line.append(f"\n{byline(doc)}", style="italic dim")
            options.append(Option(line, id=f"doc-{n}"))
            self._targets[f"doc-{n}"] = ("doc", doc.id)
        return options

    def _people(self, profile: Profile) -> list[Option | None]:
        options: list[Option | None] = []
        for title, people, key in (
            ("Not joined: another person with this Latin name", profile.namesakes, "namesake"),
            ("Named in the same articles", profile.co_mentioned, "person"),
        ):
            if not people:
                continue
            options += [None, heading(f"{title} ({len(people)})")]
            for n, other in enumerate(people):
                line = Text(display_name(other.name, other.native_name))
                line.append(f"  {other.kind}", style="dim")
                options.append(Option(line, id=f"{key}-{n}"))
                self._targets[f"{key}-{n}"] = ("person", other.id)
        return options

    def current_quote(self) -> Quote | None:
        items = self.query_one("#profile-items", OptionList)
        if self.profile is None or items.highlighted is None:
            return None
        key = items.get_option_at_index(items.highlighted).id or ""
        if not key.startswith("quote-"):
            return None
        return self.profile.quotes[int(key.split("-")[1])]

    def after_change(self) -> None:
        self.load()

    @on(OptionList.OptionSelected, "#profile-items")
    def _open(self, event: OptionList.OptionSelected) -> None:
        target = self._targets.get(event.option_id or "")
        if target is None:
            return
        what, value = target
        if what == "span":
            assert isinstance(value, Span)
            self.post_message(OpenArticle(value.document, at=(value.start, value.end), query=""))
        elif what == "doc":
            self.post_message(OpenArticle(str(value), query=""))
        else:
            self.post_message(OpenPerson(str(value)))

    def action_cursor(self, step: int) -> None:
        items = self.query_one("#profile-items", OptionList)
        if step > 0:
            items.action_cursor_down()
        else:
            items.action_cursor_up()

    def action_edge(self, edge: str) -> None:
        items = self.query_one("#profile-items", OptionList)
        if edge == "top":
            items.action_first()
        else:
            items.action_last()
