"""Extraction is bounded whatever the marks and the length of a paragraph (issue
"Hardening", finding 1): the output, and so the work, grows linearly with the text."""

from __future__ import annotations

from tealeaves.extract import MAX_PARAGRAPH_CHARS, _bounded, extract, load_registry
from tealeaves.extract.spans import MAX_NESTING, MAX_QUOTE_CHARS
from tealeaves.model import Block, Document


def _doc(*texts: str, language: str = "en") -> Document:
    blocks = [Block("body", t) for t in texts]
    return Document.build(id="t", title="T", blocks=blocks, language=language)


def test_thousands_of_nested_quotation_marks_give_bounded_quotes():
    pairs = 4000
    text = "Zhao Huasheng (赵华胜) spoke. " + "“a " * pairs + "” said Zhao. " * pairs
    x = extract(_doc(text), load_registry())
    # Before the bound every opener paired with a closer thousands of characters away:
    # 4,000 quotes holding 130 MB of text between them.
    assert sum(len(q.text) for q in x.quotes) <= len(text)
    assert all(len(q.text) <= MAX_QUOTE_CHARS for q in x.quotes)


def test_quotes_nested_three_deep_are_still_read():
    x = extract(_doc("He said: “They told me ‘she wrote «no» twice’ in the letter.”"))
    assert {q.text for q in x.quotes} >= {"no", "she wrote «no» twice"}
    assert MAX_NESTING >= 3


def test_a_quote_over_several_paragraphs_stays_whole_below_the_bound():
    first = "“" + "word " * 300
    x = extract(_doc("Yan Xuetong (阎学通) wrote:", first, "“" + "more " * 300 + "end.”"))
    assert any(q.text.startswith("word") and q.text.endswith("end.") for q in x.quotes)


def test_a_huge_paragraph_is_read_whole_in_bounded_pieces():
    body = "中国与俄罗斯的关系。" * 30_000  # 300,000 characters in one paragraph
    tail = "“这句话在很远的后面。”"
    d = _doc("Yan Xuetong (阎学通) spoke.", body + tail + " Yan Xuetong agreed.")
    pieces = _bounded(d)
    assert len(pieces.paragraphs) > 1 + len(body) // MAX_PARAGRAPH_CHARS
    assert all(len(p.text) <= MAX_PARAGRAPH_CHARS for p in pieces.paragraphs)
    assert "".join(p.text for p in pieces.paragraphs[1:]) == d.paragraphs[1].text
    x = extract(d, load_registry())
    assert "这句话在很远的后面。" in {q.text for q in x.quotes}  # read to the very end
    assert len([m for m in x.mentions if m.person == "yan-xuetong"]) == 2
    # The same paragraph read as Chinese: the Chinese extractor is bounded the same way.
    x = extract(_doc("阎学通说：“开始。”", body + tail, language="zh"), load_registry())
    assert "这句话在很远的后面。" in {q.text for q in x.quotes}


def test_spans_still_point_into_the_original_text():
    long = "Yan Xuetong (阎学通) said “this is fine” today. " + "x " * MAX_PARAGRAPH_CHARS
    d = _doc(long, "Later, “a second quote here,” Yan said.")
    x = extract(d, load_registry())
    assert [d.text[q.span.start : q.span.end] for q in x.quotes] == [q.text for q in x.quotes]
    assert "a second quote here," in {q.text for q in x.quotes}
