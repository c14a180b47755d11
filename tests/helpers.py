"""Helpers shared by the tests (importable as ``helpers`` thanks to pytest's pythonpath)."""

from __future__ import annotations

import contextlib
import functools
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
GEDDES = "china-russia-relations-as-viewed-from-china"  # the ids of the bundled articles
SAUTIN = "sino-russian-military-relations"


def write_article(folder: Path, name: str, body: str, **meta: str) -> Path:
    """Write a Markdown article with front matter into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["---"] + [f"{k}: {v}" for k, v in meta.items()] + ["---", "", body]
    path = folder / name
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


async def settle(pilot) -> None:
    """Let workers finish and the screen catch up (no timing guesses). A worker cancelled
    because its screen closed (a dialog that saved and went) has finished too: waiting for
    it raises WorkerCancelled, which is not the test's failure."""
    from textual.worker import WorkerCancelled

    await pilot.pause()
    for worker in list(pilot.app.workers):
        with contextlib.suppress(WorkerCancelled):
            await worker.wait()
    await pilot.pause()


@functools.cache
def bundled_paragraphs() -> tuple[str, ...]:
    """The longer paragraphs of the bundled articles, as the loader reads them: text to make
    corpora of many realistic articles from."""
    from tealeaves.corpus import load_article
    from tealeaves.locations import bundled_articles

    return tuple(
        para.text
        for name in (GEDDES, SAUTIN)
        for para in load_article(bundled_articles() / f"{name}.md").paragraphs
        if len(para.text.split()) > 12
    )


def write_var_bytes_column(folder: Path, values: dict[int, bytes], count: int):
    """A Whoosh var-bytes column of ``count`` documents holding ``values`` written to the
    file "col" in ``folder``: (its storage, the column's length in bytes)."""
    from whoosh.columns import VarBytesColumn
    from whoosh.filedb.filestore import FileStorage

    storage = FileStorage(str(folder))
    f = storage.create_file("col")
    writer = VarBytesColumn().writer(f)
    for n, value in values.items():
        writer.add(n, value)
    writer.finish(count)
    length = f.tell()
    f.close()
    return storage, length


def extracted(language: str, *paragraphs: str):
    """What the extractor finds in an article of ``paragraphs`` (body text) in ``language``:
    the attribution tests' sentences, one paragraph each."""
    from tealeaves.extract import extract, load_registry
    from tealeaves.model import Block, Document

    blocks = [Block("body", p) for p in paragraphs]
    doc = Document.build(id="t", title="T", blocks=blocks, language=language)
    return extract(doc, load_registry())


def speaker_of(x, start: str) -> str | None:
    """The speaker of the one quote of extraction ``x`` whose text starts with ``start``."""
    found = [q for q in x.quotes if q.text.startswith(start)]
    assert len(found) == 1, [q.text for q in x.quotes]
    return found[0].speaker


def credited(x, fragment: str) -> set[str | None]:
    """The speakers of every quote (reported ones too) whose text holds ``fragment``."""
    return {q.speaker for q in x.quotes if fragment in q.text}


def people_of(x) -> set[str]:
    """The ids of the people extraction ``x`` found."""
    return {p.id for p in x.people}


def natives_of(x) -> set[str]:
    """The native-script names of the people extraction ``x`` found."""
    return {p.native_name for p in x.people}


def in_chinese(*paragraphs: str):
    """What the extractor finds in a Chinese article of ``paragraphs``."""
    return extracted("zh", *paragraphs)


def in_russian(*paragraphs: str):
    """What the extractor finds in a Russian article of ``paragraphs``."""
    return extracted("ru", *paragraphs)
