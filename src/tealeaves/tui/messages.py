"""What a screen asks the App for: typed messages, handled in one place (the App), instead
of screens calling into the App or reading its attributes."""

from __future__ import annotations

from pathlib import Path

from textual.message import Message


class OpenArticle(Message):
    """Read an article; ``at`` is a span to show first, ``query`` the words to highlight
    (None: the current search)."""

    def __init__(
        self, doc_id: str, *, at: tuple[int, int] | None = None, query: str | None = None
    ) -> None:
        super().__init__()
        self.doc_id = doc_id
        self.at = at
        self.query = query


class OpenPerson(Message):
    """A person's profile."""

    def __init__(self, person_id: str) -> None:
        super().__init__()
        self.person_id = person_id


class OpenTerm(Message):
    """A Chinese term: the first place an article uses it."""

    def __init__(self, term: str) -> None:
        super().__init__()
        self.term = term


#: The most columns a comparison shows; more would not be readable side by side.
MOST_COLUMNS = 4


class OpenComparison(Message):
    """Two to four people or articles side by side (one: a matrix cell's evidence)."""

    def __init__(self, subjects: list[str], topic: str | None = None) -> None:
        super().__init__()
        self.subjects = list(subjects)
        self.topic = topic


class AddArticles(Message):
    """Copy article files (or folders of them) into the library and index them."""

    def __init__(self, paths: list[Path]) -> None:
        super().__init__()
        self.paths = list(paths)
