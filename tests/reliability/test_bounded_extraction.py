"""Extraction is bounded whatever the marks and the length of a paragraph (issue
"Hardening", finding 1): the output, and so the work, grows linearly with the text."""

from __future__ import annotations

from tealeaves.extract import MAX_PARAGRAPH_CHARS, extract, load_registry
from tealeaves.extract.quotes import MAX_NESTING, MAX_QUOTE_CHARS
from tealeaves.model import Block, Document


def _doc(*texts: str) -> Document:
    return Document.build(id="t", title="T", blocks=[Block("body", t) for t in texts])


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


def test_a_huge_paragraph_is_read_only_up_to_the_bound():
    body = "中国与俄罗斯的关系。" * 200_000  # 2 MB in one paragraph
    tail = "“这句话在界限之后，” 赵华胜说。"
    d = _doc("赵华胜（Zhao Huasheng）是复旦大学教授。", body + tail)
    x = extract(d, load_registry())
    limit = d.paragraphs[1].start + MAX_PARAGRAPH_CHARS
    assert all(q.span.end <= limit for q in x.quotes)
    assert all(t.span.end <= limit for t in x.terms)
    assert all(m.span.end <= limit for m in x.mentions)


def test_spans_still_point_into_the_original_text():
    long = "Yan Xuetong (阎学通) said “this is fine” today. " + "x " * MAX_PARAGRAPH_CHARS
    d = _doc(long, "Later, “a second quote here,” Yan said.")
    x = extract(d, load_registry())
    assert [d.text[q.span.start : q.span.end] for q in x.quotes] == [q.text for q in x.quotes]
    assert "a second quote here," in {q.text for q in x.quotes}
