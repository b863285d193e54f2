"""Scraped text of any shape never raises and never yields a span that misses its text (a fixed random sample)."""
from __future__ import annotations

import random

import pytest

from extractor import extract

PIECES = (
    list("0123456789０１２３４５６７８９，。、；：！？,.;:!? -–—%％()（）[]<>&#*_\n\t\r")
    + list("项个第一二三十百千万亿两余多近冠军最佳名测试任务中获得斩获连续次参加分数每秒张样本离线在线其中共计分别")
    + ["first", "ranked", "in", "out of", "tasks", "won", "NVIDIA", "浪潮", "MLPerf", "v2.1", "BERT-99", "samples/s", "<p>", "</p>",
       "&amp;", "---\n", "™", "\u200b", "\ud800", "\x00", "😀", " 13 first places ", "共获13项第一", " and ", "respectively", "、", "和",
       "X660 G45", "minutes", "trained", "W", "power", "**", "https://x.y/v1.1", "\u202e", "e\u0301"]
)


@pytest.mark.parametrize("seed", range(8))
def test_random_text_is_read_without_error(seed: int) -> None:
    generator = random.Random(seed)
    for _ in range(60):
        text = "".join(generator.choice(PIECES) for _ in range(generator.randint(0, 250)))
        result = extract(text)
        assert result.language in ("en", "zh")
        assert extract(text) == result
