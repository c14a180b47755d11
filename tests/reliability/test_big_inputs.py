"""Big inputs: a 5 MB single paragraph and 100,000 short paragraphs.

Both must be indexed, searched and extracted without hanging (extraction used to be
quadratic in a paragraph's length), and the reader must open them at once: it shows a long
article one part at a time and moves between parts with the hits, g/G and [ ].
"""

from __future__ import annotations

import random

import pytest

from helpers import settle, write_article
from tealeaves.library import Library
from tealeaves.tui import TeaLeavesApp
from tealeaves.tui.reader import PART_CHARS, PART_PARAGRAPHS, Paragraph, ReaderScreen

SENTENCES = [
    "Zhao Huasheng (赵华胜), a professor at Fudan University, argues that “the alliance is "
    "[bold]not[/] coming”.",
    "The treaty (签署) was signed (see Figure 3) in 2001 (SCO).",
    "He says “an unbalanced quote and ‘nested “marks” here.",
    "Plain words about sanctions, energy and the [@click=app.quit]partnership[/].",
]
BIG = 5 * 2**20
MANY = 100_000


@pytest.fixture(scope="module")
def big_library(tmp_path_factory):
    base = tmp_path_factory.mktemp("big")
    corpus = base / "corpus"
    rng = random.Random(5)
    words: list[str] = []
    size = 0
    while size < BIG:
        words.append(rng.choice(SENTENCES))
        size += len(words[-1].encode()) + 1
    words.append("The very last words are zyzzyva.")
    write_article(corpus, "huge.md", " ".join(words), title="One huge paragraph")
    body = "\n\n".join(f"Paragraph {n} is about energy." for n in range(MANY))
    write_article(corpus, "many.md", body, title="Many paragraphs")
    lib = Library.open(
        index_dir=base / "index", library_dir=base / "lib", corpus_dirs=[corpus], bundled=False
    )
    yield lib
    lib.close()


def test_big_articles_are_indexed_searched_and_extracted(big_library):
    lib = big_library
    assert lib.errors == [] and {d.id for d in lib.documents()} == {"huge", "many"}
    huge = lib.document("huge")
    assert len(huge.paragraphs) == 1 and len(huge.text.encode()) > BIG
    assert {h.doc_id for h in lib.search("zyzzyva").hits} == {"huge"}
    assert {h.doc_id for h in lib.search('"Paragraph 99999"').hits} == {"many"}
    assert lib.person(lib.find_person("Zhao Huasheng")).mention_count > 1000
    assert {h.doc_id for h in lib.search("kind:quote alliance").hits} == {"huge"}
    assert len(lib.document("many").paragraphs) == MANY


def _reader(lib: Library, doc_id: str, query: str = "") -> tuple[TeaLeavesApp, ReaderScreen]:
    app = TeaLeavesApp(lambda progress: lib, close_library=False)
    return app, ReaderScreen(lib, doc_id, query=query)


def _shown_text(reader: ReaderScreen) -> str:
    return "\n".join(p.text for p in reader._shown.values())


async def test_reader_shows_100000_paragraphs_a_part_at_a_time(big_library):
    app, reader = _reader(big_library, "many", query="energy")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await app.push_screen(reader)
        await settle(pilot)
        assert 0 < len(reader._widgets) <= PART_PARAGRAPHS
        assert len(reader.query(Paragraph)) == len(reader._widgets)
        assert "Paragraph 0 is" in _shown_text(reader)
        await pilot.press("G")
        await settle(pilot)
        assert "Paragraph 99999 is" in _shown_text(reader)
        last_part = reader.part
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert reader.part[1] <= last_part[0] + 40 and reader.part != last_part
        await pilot.press("g", "N")  # the previous hit from the top wraps to the last one
        await settle(pilot)
        assert reader.hit_index == len(reader.hits) - 1 == MANY - 1
        assert "Paragraph 99999 is" in _shown_text(reader)
        assert len(reader._widgets) <= PART_PARAGRAPHS


async def test_reader_shows_a_5mb_paragraph_a_part_at_a_time(big_library):
    app, reader = _reader(big_library, "huge", query="zyzzyva")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await app.push_screen(reader)
        await settle(pilot)
        assert len(_shown_text(reader)) <= PART_CHARS + 80
        await pilot.press("n")  # the only hit is at the very end
        await settle(pilot)
        assert "zyzzyva" in _shown_text(reader) and reader.part[1] == len(reader.doc.text)
        assert "[@click=app.quit]partnership[/]" in _shown_text(reader)
        await pilot.press("right_square_bracket")  # already the last part: says so
        await settle(pilot)
        assert app.is_running
