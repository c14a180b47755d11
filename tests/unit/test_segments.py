"""``zh.jieba_words`` gives jieba's own words: rjieba cuts the Han runs, jieba the rest.

Every test holds the two side by side on text of its own: a difference in one word boundary
would move a name's start, so the expected words are always jieba's ``cut`` itself."""

from __future__ import annotations

import random

import pytest

from tealeaves.extract import zh
from tealeaves.extract.zh import Segments, _jieba, jieba_words


def _jieba_cut(text: str) -> list[str]:
    return list(_jieba()[0].cut(text, HMM=True))


SENTENCES = [
    # Dates, numbers and Latin inside Chinese: rjieba keeps "2025-07-02" whole, jieba not.
    "环球时报 2025-07-02\n\n（记者 王晓梅）复旦大学俄罗斯中亚研究中心主任冯玉军表示，",
    "文章编号：1000-0000（2025）03-0012-15，第3期，约占GDP的2.5%左右。",
    "清华大学战略与安全研究中心主任达巍认为，中美关系“止跌企稳”的势头来之不易。",
    "上海国际问题研究院研究员赵隆（Zhao Long）说：“北极航道的开通是一个长期过程。”",
    "普京与习近平在克里姆林宫会谈，俄方发言人佩斯科夫称会谈“富有成效”。",
    "C919客机、5G网络和#一带一路#话题在X平台上被转发了1,234次。",
    "问：您怎么看？\r\n答：我认为……这很难说。",
    "",
    "   ",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_words_are_jiebas(text: str) -> None:
    assert jieba_words(text) == _jieba_cut(text)


def test_rjieba_is_used_and_keeps_what_jieba_splits_whole() -> None:
    """The case the re-cut is for: without it the date would be one word."""
    import rjieba

    text = "环球时报 2025-07-02 报道"
    assert "2025-07-02" in rjieba.cut(text, True)
    assert "2025-07-02" not in jieba_words(text)
    assert jieba_words(text) == _jieba_cut(text)


def test_characters_outside_jiebas_range_are_left_to_jieba() -> None:
    """鿖 (U+9FD6) and extension A's 㐀 are read by jieba one by one, and rjieba joins its
    neighbours differently; a text that has them is cut by jieba alone."""
    for text in ("交+鿖报人", "他说㐀报人", "报人鿖", "豈有此理"):
        assert jieba_words(text) == _jieba_cut(text)


def test_random_mixtures_of_scripts() -> None:
    rng = random.Random(20261205)
    han = "中国俄罗斯美国外交部长王毅拉夫罗夫表示认为指出会谈合作关系发展问题报人交又勉弘卢剑"
    other = "0123456789-.%#&+_ abcXYZ\n\t，。！？：；（）《》“”·ёжЖüé①Ⅱ＆％－鿖㐀"
    alphabet = list(han * 3 + other)
    for _ in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 50)))
        assert jieba_words(text) == _jieba_cut(text), text


def test_without_rjieba_jieba_cuts_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zh, "_fast_cut", lambda: None)
    text = SENTENCES[0]
    assert jieba_words(text) == _jieba_cut(text)
    at, starts = 0, set()
    for word in _jieba_cut(text):
        starts.add(at)
        at += len(word)
    assert Segments(text).starts == starts


def test_segments_find_names_at_jiebas_word_starts() -> None:
    text = "复旦大学俄罗斯中亚研究中心主任冯玉军表示，2025-07-02，赵华胜说。"
    seg = Segments(text)
    at = 0
    starts = set()
    for word in _jieba_cut(text):
        starts.add(at)
        at += len(word)
    assert seg.starts == starts
    assert any(name == "冯玉军" for _, name in seg.names.values())
