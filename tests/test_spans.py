"""Offsets are sacred: every span of every claim of every test text indexes the caller's string."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract
from tests.claims.test_claims import NEGATIVE, TABLE

TEXTS = [text for text, _ in TABLE] + NEGATIVE + [
    '<p style="a">宁畅&amp;浪潮在Inference V２．１中共斩获１３项第一。</p><p>MLCommons™ said Inspur ranked first in 15 out of 30 tasks.</p>',
    "---\ntitle: 'MLPerf测试冠军'\nexcerpt: \"Inspur won 12 tests\"\nurl: x\n---\n\r\n浪潮获得８项冠军。\r\n",
    "ﬁrst ㎏ Ｘ６６０　Ｇ４５ ＬＰ共获１２项测试第一",
]


def check(text: str) -> int:
    claims = extract(text).claims
    for claim in claims:
        for span in (claim.evidence, claim.sentence):
            assert text[span.start:span.end] == span.text
        assert claim.sentence.start <= claim.evidence.start <= claim.evidence.end <= claim.sentence.end
    return len(claims)


@pytest.mark.parametrize("text", TEXTS)
def test_spans_index_the_original(text: str) -> None:
    check(text)


def test_spans_in_the_markup_texts_are_found() -> None:
    assert [check(t) for t in TEXTS[-3:]] == [2, 2, 1]


def test_spans_in_the_seed_articles(seeds: Path) -> None:
    assert sum(check(path.read_text(encoding="utf-8")) for path in sorted(seeds.glob("*.txt"))) == 11
