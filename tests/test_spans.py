"""Offsets are sacred: every span of every claim of every test text indexes the caller's string."""

from __future__ import annotations

from pathlib import Path

from extractor import extract

MARKUP = [
    '<p style="a">宁畅&amp;浪潮在Inference V２．１中共斩获１３项第一。</p>'
    "<p>MLCommons™ said Inspur ranked first in 15 out of 30 tasks.</p>",
    "---\ntitle: 'MLPerf测试冠军'\nexcerpt: \"Inspur won 12 tests\"\nurl: x\n---\n\r\n浪潮获得８项冠军。\r\n",
    "ﬁrst ㎏ Ｘ６６０　Ｇ４５ ＬＰ共获１２项测试第一",
]
"""Texts whose normalized form differs from the original; extract itself checks every span (tests/conftest.py)."""


def test_spans_in_the_markup_texts_are_found() -> None:
    assert [len(extract(t).claims) for t in MARKUP] == [2, 2, 1]


def test_spans_in_the_seed_articles(seeds: Path) -> None:
    assert sum(len(extract(path.read_text(encoding="utf-8")).claims) for path in sorted(seeds.glob("*.txt"))) == 11
