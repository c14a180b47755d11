"""Loading articles: good files, each kind of bad file, and the bundled corpus."""

from __future__ import annotations

import re

import pytest

from helpers import REPO, SEEDS, write_article
from tealeaves.corpus import ArticleError, iter_article_files, load_article, load_articles
from tealeaves.corpus import loader as loader_module
from tealeaves.locations import bundled_articles

GOOD = """# Heading One

First paragraph with *emphasis* and a [link](https://example.org) and a note[^a].

## A Section

Second paragraph, in the section.

{.pullquote}
> A pull quote that repeats the body.

> A real block quotation.

top of page

[^a]: The footnote text.
"""


def test_markdown_with_front_matter(tmp_path):
    path = write_article(
        tmp_path,
        "x.md",
        GOOD,
        id="my-article",
        title='"The Title"',
        authors='["Ann Author", "Bo Writer"]',
        publication="Some Review",
        date="2024-02-03",
        language="en",
    )
    doc = load_article(path)
    assert doc.id == "my-article"
    assert doc.title == "The Title"
    assert doc.authors == ("Ann Author", "Bo Writer")
    assert doc.publication == "Some Review"
    assert doc.date == "2024-02-03" and doc.year == "2024"
    kinds = [(p.kind, p.text) for p in doc.paragraphs]
    assert kinds[0] == ("heading", "Heading One")  # differs from the title: kept as a heading
    assert (
        "body",
        "First paragraph with emphasis and a link and a note[a].",
    ) in kinds
    assert ("pullquote", "A pull quote that repeats the body.") in kinds
    assert ("blockquote", "A real block quotation.") in kinds
    assert ("footnote", "The footnote text.") in kinds
    assert all("top of page" not in text for _, text in kinds)
    second = next(p for p in doc.paragraphs if p.text.startswith("Second"))
    assert second.section == "A Section"
    # offsets point into Document.text
    for para in doc.paragraphs:
        assert doc.text[para.start : para.end] == para.text
        assert doc.paragraph_at(para.start + 1) == para


def test_title_from_first_heading_and_id_from_filename(tmp_path):
    path = tmp_path / "My Notes 2024.md"
    path.write_text("# Only Heading\n\nSome text.\n", encoding="utf-8")
    doc = load_article(path)
    assert doc.title == "Only Heading"
    assert doc.id == "my-notes-2024"
    assert [p.kind for p in doc.paragraphs] == ["body"]
    assert doc.date == "" and doc.authors == () and doc.publication == ""


def test_plain_text(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text(
        "A Plain Title\n\ntop of page\n\nFirst line\ncontinues here.\n\nSecond.\n", "utf-8"
    )
    doc = load_article(path)
    assert doc.title == "A Plain Title"
    assert [p.text for p in doc.paragraphs] == ["First line continues here.", "Second."]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(128, 256)) * 3, "encoding is unclear; add it again with --encoding"),
        (b"---\ntitle: [unclosed\n---\nBody\n", "bad front matter"),
        (b"---\ntitle: x\nBody without an end\n", "no closing '---'"),
        (b"---\n- a\n- b\n---\nBody\n", "expected 'key: value'"),
        (b"---\ndate: last tuesday\n---\nBody\n", "date"),
        (b"---\nauthors: {a: 1}\n---\nBody\n", "authors"),
        (b"---\ntitle: Only a title\n---\n# Heading\n", "no article text"),
    ],
)
def test_bad_files_give_one_line_reasons(tmp_path, content, reason):
    path = tmp_path / "bad.md"
    path.write_bytes(content)
    with pytest.raises(ArticleError) as err:
        load_article(path)
    message = str(err.value)
    assert reason in message
    assert "\n" not in message
    assert err.value.path == str(path)


def test_front_matter_errors_name_the_character_and_line(tmp_path):
    # Parsed by libyaml where PyYAML has it; a failure is parsed again by PyYAML's own
    # loader, whose message names what to mend (libyaml's does not name the character).
    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: A\nkey: @x\n---\nBody\n", "utf-8")
    with pytest.raises(ArticleError) as err:
        load_article(path)
    assert "bad front matter at line 3" in str(err.value)
    assert "'@'" in str(err.value)


@pytest.mark.parametrize(
    "raw",
    [
        "title: 是\nauthors:\n  - 赵华胜\n  - Zhao\ndate: 2020-01-02\n",
        "date: 2020-01-02 10:30\nyear: 2020\nflag: yes\nnone: ~\nx: 1e3\n",
        "title: |\n  line one\n  line two\ntags: {a: 1}\nq: 'it''s'\n",
    ],
)
def test_front_matter_values_are_pyyamls_own(raw):
    import yaml

    assert loader_module._front_matter(raw) == yaml.safe_load(raw)


def test_unsupported_missing_and_oversized(tmp_path, monkeypatch):
    with pytest.raises(ArticleError, match="unsupported file type"):
        load_article(tmp_path / "scan.docx")
    with pytest.raises(ArticleError, match="no such file"):
        load_article(tmp_path / "gone.md")
    big = tmp_path / "big.md"
    big.write_text("x" * 200, encoding="utf-8")
    monkeypatch.setattr(loader_module, "MAX_ARTICLE_BYTES", 100)
    with pytest.raises(ArticleError, match="over the"):
        load_article(big)


def test_bad_file_is_reported_and_the_rest_still_load(tmp_path):
    write_article(tmp_path, "a.md", "Alpha text.", title="A")
    (tmp_path / "b.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00bad")
    write_article(tmp_path, "c.md", "Gamma text.", title="C")
    write_article(tmp_path, "d.md", "Same id as a.", title="D", id="a")
    seen = []
    docs, errors = load_articles(iter_article_files(tmp_path), on_error=seen.append)
    assert [d.id for d in docs] == ["a", "c"]
    assert [e.path.rsplit("/", 1)[-1] for e in errors] == ["b.md", "d.md"]
    assert "same id 'a'" in errors[1].reason
    assert seen == errors


def test_iter_article_files_skips_hidden_and_readme(tmp_path):
    write_article(tmp_path, "README.md", "About this folder.")
    write_article(tmp_path / ".git", "x.md", "hidden")
    write_article(tmp_path / "sub", "deep.md", "Deep.")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    names = [p.name for p in iter_article_files(tmp_path)]
    assert names == ["deep.md"]


def test_iter_article_files_lists_what_rglob_did_in_the_same_order(tmp_path):
    """The walk replaced a sorted ``Path.rglob``: same files, same order, links to folders
    not followed, linked files listed."""
    for folder, name in [("", "b.md"), ("", "A.txt"), ("a", "z.html"), ("a/b", "c.pdf"),
                         ("a-b", "x.md"), ("a.d", "y.md"), ("", "a b.md"), (".hid/den", "h.md"),
                         ("sub", ".dot.md"), ("sub", "README.MD")]:  # fmt: skip
        write_article(tmp_path / folder, name, "Text.")
    (tmp_path / "linked-folder").symlink_to(tmp_path / "a", target_is_directory=True)
    (tmp_path / "linked.md").symlink_to(tmp_path / "b.md")
    (tmp_path / "broken.md").symlink_to(tmp_path / "missing.md")
    before = [
        path
        for path in sorted(tmp_path.rglob("*"))
        if path.suffix.lower() in {".md", ".txt", ".html", ".htm", ".pdf"}
        and path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(tmp_path).parts)
        and path.name.lower() != "readme.md"
    ]
    assert list(iter_article_files(tmp_path)) == before
    assert "linked.md" in {p.name for p in before} and len(before) == 8


def test_a_library_is_keyed_by_real_paths_however_it_is_named(tmp_path):
    """The index keys files by their real path; the quick way of making it (the folder
    resolved once) must agree with resolving each file, links and all."""
    from tealeaves.search.manifest import scan

    real = tmp_path / "real"
    write_article(real / "sub", "one.md", "One.")
    write_article(real, "two.md", "Two.")
    (real / "three.md").symlink_to(real / "sub" / "one.md")
    (tmp_path / "alias").symlink_to(real, target_is_directory=True)
    for given in (real, tmp_path / "alias", tmp_path / "alias" / ".." / "real"):
        keys = scan([given])
        assert sorted(keys) == sorted({str(p.resolve()) for p in iter_article_files(given)})
        assert len(keys) == 2  # three.md is one.md


# -- the bundled articles -------------------------------------------------------------------


def _bundled(doc_id):
    return load_article(bundled_articles() / f"{doc_id}.md")


def test_bundled_metadata_states_only_what_the_text_supports():
    geddes = _bundled("china-russia-relations-as-viewed-from-china")
    assert geddes.title == "China–Russia Relations as Viewed from China"
    assert geddes.authors == ("Thomas des Garets Geddes",)
    assert geddes.date == "2023-05-30"
    assert geddes.publication == "The Republic of Agora"
    sautin = _bundled("sino-russian-military-relations")
    assert sautin.title == "Sino-Russian Military Relations: Gratitude and Resentment"
    assert sautin.authors == ("Yevgen Sautin",)
    assert sautin.date == "" and sautin.publication == ""  # not stated: not invented


def test_bundled_structure():
    geddes = _bundled("china-russia-relations-as-viewed-from-china")
    headings = [p.text for p in geddes.paragraphs if p.kind == "heading"]
    assert headings == [
        "Security as China’s Main Driver",
        "The Positive and Negative Impact of the War in Ukraine on China",
        "An Imperialistic, Messianic and Reckless Partner",
        "China–Russia Relations Through the Lens of a Chinese Realist",
    ]
    assert sum(p.kind == "pullquote" for p in geddes.paragraphs) == 3
    assert "Made with" not in geddes.text
    sautin = _bundled("sino-russian-military-relations")
    notes = [p for p in sautin.paragraphs if p.kind == "footnote"]
    assert [n.label for n in notes] == ["i", "ii", "iii", "iv", "v", "vi"]
    assert "top of page" not in sautin.text and "bottom of page" not in sautin.text
    assert "[vi]" in sautin.text  # the reference stays readable in the body


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the shared seeds are not beside the checkout")
def test_bundled_text_is_the_seed_text():
    """Every content paragraph of the seeds is in the bundled article, word for word."""
    furniture = {"The Republic of Agora", "The Art Of Tasseography", "Made with by Agora",
                 "top of page", "bottom of page"}  # fmt: skip
    for seed, doc_id in [
        ("000_a861f474fe7f994a.txt", "china-russia-relations-as-viewed-from-china"),
        ("004_9fc4c08a9ad7b7bb.txt", "sino-russian-military-relations"),
    ]:
        doc = _bundled(doc_id)
        texts = {p.text for p in doc.paragraphs}
        for para in (SEEDS / seed).read_text("utf-8").split("\n\n"):
            para = " ".join(para.split())
            para = re.sub(r"^\[([ivx]+)\] ", "", para)  # endnote labels become footnotes
            if not para or para in furniture or para.startswith(("top of page", "Thomas des")):
                continue
            if para in (doc.title,):
                continue
            assert para in texts, para[:80]


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Zhao Huasheng (赵华胜) argues that 中俄关系是重要的战略伙伴关系。", "gb18030"),
        ("Александр Шлындов, профессор Академии военных наук, предупреждает.", "cp1251"),
        ("台灣與中國大陸的關係，是兩岸學者長期討論的問題。", "big5"),
        ("Café society in Zürich, naïve coöperation.", "cp1252"),
    ],
)
def test_text_in_another_encoding_is_detected(tmp_path, text, encoding):
    path = tmp_path / "article.txt"
    path.write_bytes(f"A title\n\n{text}\n".encode(encoding))
    doc = load_article(path)
    assert doc.paragraphs[0].text == text


def test_a_given_encoding_wins_and_a_wrong_one_says_so(tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes("Title\n\nCafé".encode("latin-1"))
    assert load_article(path, overrides={"encoding": "latin-1"}).text == "Café"
    with pytest.raises(ArticleError, match="cannot be read as utf-8"):
        load_article(path, overrides={"encoding": "utf-8"})


def test_bold_around_cjk_punctuation_leaves_no_asterisks():
    # CommonMark does not close "**问：**很多" (a closing run after punctuation and before a
    # letter), so the markers came through as text; a literal pair elsewhere stays.
    from tealeaves.corpus.markdown import parse_markdown

    text = "**问：**很多评论认为如此。\n\n**答：**我不同意。\n\nA ** B stays.\n"
    _, blocks = parse_markdown(text)
    assert [b.text for b in blocks] == ["问：很多评论认为如此。", "答：我不同意。", "A ** B stays."]


def test_plain_text_lines_that_each_open_with_a_label_are_paragraphs_of_their_own(tmp_path):
    path = tmp_path / "show.txt"
    path.write_text(
        "Episode 9\n\nHost: Ruth Adler\nGuests: Bonnie Glaser; Alexander Korolev\n\n"
        "A line that runs on\nover two lines.\n",
        encoding="utf-8",
    )
    doc = load_article(path)
    assert [p.text for p in doc.paragraphs] == [
        "Host: Ruth Adler",
        "Guests: Bonnie Glaser; Alexander Korolev",
        "A line that runs on over two lines.",
    ]


def test_plain_text_q_and_a_lines_with_an_answer_over_two_lines(tmp_path):
    """ "Q: …" / "A: …" / an unlabelled line under the answer, with no blank line between:
    the question and the answer are paragraphs of their own, and the line under the answer
    goes on with it (the chunk was one paragraph, its answer lost in the question's)."""
    path = tmp_path / "qa.txt"
    path.write_text(
        "Umarov on the region\n\nQ: Will Astana pick a side?\nA: No, and it will not have "
        "to.\nBoth capitals need it more than it needs them.\n\nA closing line.\n",
        encoding="utf-8",
    )
    doc = load_article(path)
    assert [p.text for p in doc.paragraphs] == [
        "Q: Will Astana pick a side?",
        "A: No, and it will not have to. Both capitals need it more than it needs them.",
        "A closing line.",
    ]


def test_a_text_byline_under_a_subtitle_is_the_author(tmp_path):
    from tealeaves.corpus import load_article

    path = tmp_path / "q.txt"
    path.write_text(
        "A headline\n\nAn interview with Temur Umarov\n\nBy Nikhil Rao\n\n"
        + "Temur Umarov follows how the five republics manage their neighbours. " * 3
        + "\n\nLater on, By then nobody cared.\n",
        encoding="utf-8",
    )
    doc = load_article(path)
    assert doc.authors == ("Nikhil Rao",)
    assert doc.paragraphs[0].text == "An interview with Temur Umarov"
    assert not any(p.text == "By Nikhil Rao" for p in doc.paragraphs)


# -- bylines: who wrote the article (its metadata, never a person quoted in it) ---------------

_BODY_EN = (
    "Officials in both capitals said the talks had gone well, though neither side published "
    "a statement and the customs figures told a more cautious story than the speeches did."
)


def _text_article(tmp_path, head: str, body: str = _BODY_EN, tail: str = ""):
    path = tmp_path / "a.txt"
    path.write_text("\n\n".join(p for p in ("A headline", head, body, tail) if p), "utf-8")
    return load_article(path)


@pytest.mark.parametrize(
    "desk", ["World Desk", "Asia desk · Updated", "Staff reporters", "Moscow bureau",
             "Our correspondent", "Warsaw"],
)  # fmt: skip
def test_a_desk_line_under_a_byline_is_never_glued_to_an_author(tmp_path, desk):
    """ "By A and B¶World Desk": the line under the byline is a desk, a section, a bureau or
    the city of the dateline, not the end of the last author's name."""
    from tealeaves.extract import extract, load_registry

    doc = _text_article(tmp_path, f"By Hana Lisowska and Tomasz Zielinski\n{desk}")
    assert doc.authors == ("Hana Lisowska", "Tomasz Zielinski")
    assert [p.text for p in doc.paragraphs] == [desk, _BODY_EN]  # kept, as a line of its own
    authors = {p.name for p in extract(doc, load_registry()).people if p.kind == "author"}
    assert authors == {"Hana Lisowska", "Tomasz Zielinski"}


@pytest.mark.parametrize(
    "authors",
    [
        '["Hana Lisowska", "Moscow bureau"]',
        '"Hana Lisowska · Asia desk · Updated"',
        '"Hana Lisowska | Opinion | 14 May 2026"',
        '["Hana Lisowska", "October 2"]',
    ],
)
def test_a_desk_or_a_date_listed_next_to_an_author_is_not_an_author(tmp_path, authors):
    doc = load_article(write_article(tmp_path, "a.md", _BODY_EN, title="T", authors=authors))
    assert doc.authors == ("Hana Lisowska",)


def test_a_page_author_field_with_a_desk_after_the_name(tmp_path):
    page = (REPO / "tests" / "data" / "add" / "news.html").read_text(encoding="utf-8")
    page = page.replace('content="Jane Roe"', 'content="Hana Lisowska · Europe Desk · July"')
    (tmp_path / "news.html").write_text(page, encoding="utf-8")
    assert load_article(tmp_path / "news.html").authors == ("Hana Lisowska",)


def test_a_desk_alone_stays_the_byline(tmp_path):
    """ "By Staff reporters": no person wrote it, and the desk is what the byline says."""
    assert _text_article(tmp_path, "By Staff reporters").authors == ("Staff reporters",)


@pytest.mark.parametrize(
    "credit", ["Interview by", "Interviewed by", "Reporting by", "Text by", "Words by",
               "Written by"],
)  # fmt: skip
def test_a_credit_before_a_name_is_a_byline(tmp_path, credit):
    doc = _text_article(tmp_path, f"An interview with Temur Umarov\n\n{credit} Harriet Vale")
    assert doc.authors == ("Harriet Vale",)
    assert [p.text for p in doc.paragraphs] == ["An interview with Temur Umarov", _BODY_EN]


@pytest.mark.parametrize(
    "head",
    [
        "Words by then meant little.",
        "By Friday, Moscow had agreed to the terms.",
        "The statement was signed on Friday in the Great Hall\nby Xi Jinping and Vladimir Putin\n"
        "after three hours of talks.",
    ],
)
def test_a_sentence_opening_with_a_credit_word_is_no_byline(tmp_path, head):
    """ "By" opening a sentence, or a line of a paragraph of prose, names no author."""
    doc = _text_article(tmp_path, head)
    assert doc.authors == ()
    assert doc.paragraphs[0].text == " ".join(head.split())


_BODY_ZH = (
    "外交部发言人毛宁表示，中方愿同各方保持沟通，推动局势降温。双方就共同关心的问题交换了意见。"
)
_BODY_RU = "Официальный представитель МИД Мария Захарова заявила, что переговоры идут трудно."


@pytest.mark.parametrize(
    ("head", "tail", "authors"),
    [
        ("记者 张明远", "", ("张明远",)),
        ("本报记者 张明远 李晓华", "", ("张明远", "李晓华")),
        ("文/张明远", "", ("张明远",)),
        ("作者：张明远", "", ("张明远",)),
        ("环球时报记者 张明远 环球时报特约记者 李晓华", "", ("张明远", "李晓华")),
        ("【明鑒新聞】記者黃嘉晴報道", "", ("黃嘉晴",)),
        ("", "（本报记者张明远整理）", ("张明远",)),
        ("本报记者 张明远", "（本报记者张明远整理）", ("张明远",)),
        ("Автор: Иван Петров", "", ("Иван Петров",)),
        ("Текст: Иван Петров", "", ("Иван Петров",)),
        ("Беседовал Иван Петров", "", ("Иван Петров",)),
        ("", "Беседовала Анна Смирнова", ("Анна Смирнова",)),
    ],
)
def test_chinese_and_russian_credit_lines_at_the_top_or_the_end(tmp_path, head, tail, authors):
    from tealeaves.extract import extract, load_registry

    body = _BODY_ZH if re.search("[\u4e00-\u9fff]", head + tail) else _BODY_RU
    doc = _text_article(tmp_path, head, body, tail)
    assert doc.authors == authors
    assert [p.text for p in doc.paragraphs] == [body]  # the credit line is metadata
    found = {p.native_name or p.name for p in extract(doc, load_registry()).people}
    assert not found & set(authors)


def test_an_editor_credit_is_no_author_and_no_person(tmp_path):
    """ "责任编辑：李四" credits the editor: not the author, and (as the extractor reads it
    today) no person in the story; the line stays in the text."""
    from tealeaves.extract import extract, load_registry

    doc = _text_article(tmp_path, "本报记者 张明远", _BODY_ZH, "责任编辑：李晓华")
    assert doc.authors == ("张明远",)
    assert [p.text for p in doc.paragraphs] == [_BODY_ZH, "责任编辑：李晓华"]
    assert {p.native_name for p in extract(doc, load_registry()).people} == {"毛宁"}


@pytest.mark.parametrize("credit", ["（新华社记者 张明远 摄）", "文／本报记者"])
def test_a_photo_credit_or_a_credit_without_a_name_names_no_author(tmp_path, credit):
    doc = _text_article(tmp_path, "作者：李晓华", _BODY_ZH, credit)
    assert doc.authors == ("李晓华",)
    assert credit in [p.text for p in doc.paragraphs]


@pytest.mark.parametrize(
    "head",
    ["Текст: Ксения Дроздова, Артем Ляхов\nПекин", "Текст: Ксения Дроздова, Артем Ляхов, Пекин"],
)
def test_the_city_of_a_dateline_under_a_byline_is_no_author(tmp_path, head):
    """The Коммерсантъ style: the names, then the city they report from."""
    doc = _text_article(tmp_path, head, _BODY_RU)
    assert doc.authors == ("Ксения Дроздова", "Артем Ляхов")


@pytest.mark.parametrize(
    ("given", "authors"),
    [
        ('"澎湃新闻记者 程若溪"', ("程若溪",)),
        ('"观察者网 整理/章远帆"', ("章远帆",)),
        ('"Беседовала Дарья Светлова"', ("Дарья Светлова",)),
        ('["Ксения Дроздова", "Артем Ляхов", "Пекин"]', ("Ксения Дроздова", "Артем Ляхов")),
        ('"本刊编辑部"', ("本刊编辑部",)),
    ],
)
def test_credit_words_and_dateline_cities_in_front_matter_authors(tmp_path, given, authors):
    doc = load_article(write_article(tmp_path, "a.md", _BODY_ZH, title="T", authors=given))
    assert doc.authors == authors


LETTERS = """# Letters

I served in Beijing for four years, and the diplomats there said so.

Robert Ingle
Former first secretary, British Embassy Beijing; Chipping Norton

Kateryna Moroz
Kyiv and London

The sanctions debate, he wrote, had
Moved on since the summer of 2024.

Evening talks were held
in Astana on Monday.
"""


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_signature_under_a_letter_is_a_name_and_its_apposition(tmp_path, suffix):
    path = tmp_path / f"letters{suffix}"
    path.write_text(LETTERS.replace("# ", "") if suffix == ".txt" else LETTERS, "utf-8")
    lines = load_article(path).text.split("\n")
    assert "Robert Ingle, Former first secretary, British Embassy Beijing; Chipping Norton" in lines
    assert "Kateryna Moroz, Kyiv and London" in lines
    # a hard-wrapped sentence keeps its space, whatever case the next line opens with
    assert "The sanctions debate, he wrote, had Moved on since the summer of 2024." in lines
    assert "Evening talks were held in Astana on Monday." in lines


def test_a_dash_credit_under_a_quotation_keeps_its_dash_and_a_list_loses_its_bullets(tmp_path):
    path = tmp_path / "digest.txt"
    path.write_text(
        "Digest\n\n"
        '"The visit was about reassurance, not novelty."\n- Alexander Gabuev, Carnegie\n\n'
        "What we read:\n- a wire story\n- a think-tank brief\n",
        "utf-8",
    )
    lines = load_article(path).text.split("\n")
    assert '"The visit was about reassurance, not novelty." - Alexander Gabuev, Carnegie' in lines
    assert "What we read: a wire story a think-tank brief" in lines


def test_a_dash_credit_a_blank_line_under_a_quotation_keeps_its_dash(tmp_path):
    """A digest that leaves a blank line between the quotation and its credit: the credit
    is its own paragraph, its dash kept (the extractor reads it as the quote's credit);
    a one-item list after ordinary text still loses its bullet."""
    path = tmp_path / "digest.txt"
    path.write_text(
        "Digest\n\n"
        '"Moscow needs Beijing more than the reverse."\n\n- Alexander Gabuev, Carnegie\n\n'
        "We also read one brief:\n\n- a think-tank brief on ports\n",
        "utf-8",
    )
    lines = load_article(path).text.split("\n")
    assert "- Alexander Gabuev, Carnegie" in lines
    assert "a think-tank brief on ports" in lines


def test_a_list_of_quotes_and_a_subheading_are_no_credits_and_no_signatures(tmp_path):
    path = tmp_path / "week.txt"
    path.write_text(
        "The week\n\n"
        'What the ministers said this week:\n- Sergei Lavrov: "We will respond."\n'
        '- Wang Yi: "China is ready to mediate."\n\n'
        'Sergei Lavrov told reporters the West "is playing with fire."\n'
        "- Wang Yi, meanwhile, urged calm.\n\n"
        "Key Dates\nThe summit opens on Monday.\n",
        "utf-8",
    )
    text = load_article(path).text
    assert '- Wang Yi: "China' not in text and "- Wang Yi, meanwhile" not in text
    assert "Key Dates The summit opens on Monday." in text.split("\n")


def test_a_paragraph_wholly_in_bold_is_marked_so_in_markdown_and_html(tmp_path):
    """An interview's questions printed in bold: the loaders mark a paragraph that is all
    bold ("bold", indexed like body text); a paragraph with a bold word in it stays body."""
    md = write_article(
        tmp_path,
        "q.md",
        "**Is the corridor worth the money?**\n\nYes. It pays for itself, **eventually**.\n\n"
        "__And the risks?__\n\n**Bold start** and then plain words.",
        title="Q",
    )
    kinds = [p.kind for p in load_article(md).paragraphs]
    assert kinds == ["bold", "body", "bold", "body"]
    page = tmp_path / "q.html"
    page.write_text(
        "<html><head><title>Q</title></head><body><article><h1>Q</h1>"
        "<p>Zhao Huasheng of Fudan University answered our questions about the region.</p>"
        "<p><strong>Is the corridor worth the money?</strong></p>"
        "<p>Yes. It pays for itself in the end, <b>eventually</b>, as ports and roads do.</p>"
        "<p><b>And the risks that come with it?</b></p>"
        "<p>They are real, and nobody in Beijing pretends otherwise when asked.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    kinds = [p.kind for p in load_article(page).paragraphs]
    assert kinds == ["body", "bold", "body", "bold", "body"]


def test_a_table_is_kept_one_paragraph_a_row_in_markdown_and_html(tmp_path):
    """A table of who said what: Markdown (GitHub's pipes) and HTML tables are kept, each
    row a paragraph of kind "row" with its cells joined by " | " (HTML tables were dropped,
    Markdown ones read as one run-on paragraph of pipes)."""
    md = write_article(
        tmp_path,
        "t.md",
        "Three voices on the yuan.\n\n| Who | What they said |\n|---|---|\n"
        "| Elvira Nabiullina | “We have learned to live with friction.” |\n"
        "| A bank clerk | “We stopped answering calls.” |\n\nAfter the table.",
        title="T",
    )
    paras = [(p.kind, p.text) for p in load_article(md).paragraphs]
    assert paras == [
        ("body", "Three voices on the yuan."),
        ("row", "Who | What they said"),
        ("row", "Elvira Nabiullina | “We have learned to live with friction.”"),
        ("row", "A bank clerk | “We stopped answering calls.”"),
        ("body", "After the table."),
    ]
    page = tmp_path / "t.html"
    page.write_text(
        "<html><head><title>T</title></head><body><article><h1>T</h1>"
        "<p>Officials were asked about the yuan this week, and answered in different terms.</p>"
        "<table><tr><th>Who</th><th>What they said</th></tr>"
        "<tr><td>Elvira Nabiullina</td><td>“We have learned to live with friction.”</td></tr>"
        "</table><p>Nobody expects the problem to go away soon, the banks least of all.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    rows = [p.text for p in load_article(page).paragraphs if p.kind == "row"]
    assert rows == [
        "Who | What they said",
        "Elvira Nabiullina | “We have learned to live with friction.”",
    ]
