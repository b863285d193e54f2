"""Tokenizers load once; tokens are re-cut so that every mention is exactly one token."""

from __future__ import annotations

import pytest

from extractor.text.mentions import Mention
from extractor.text.nlp import align, chinese, english, tokenize


def test_each_tokenizer_is_loaded_once() -> None:
    assert english() is english() and chinese() is chinese()


def words(text: str, language: str) -> list[str]:
    return [text[s:e] for s, e in tokenize(text, 0, len(text), language)]  # type: ignore[arg-type]


def test_chinese_lexicon_terms_are_single_words() -> None:
    assert words("華碩在推論測試中獲得十三項冠軍", "zh")[:1] == ["華碩"]
    assert "冠軍" in words("華碩在推論測試中獲得十三項冠軍", "zh")


def test_english_white_space_is_no_token() -> None:
    assert words("ranked  first\n in 15", "en") == ["ranked", "first", "in", "15"]


@pytest.mark.parametrize(
    ("tokens", "mention", "expected"),
    [
        ([(0, 4), (5, 8), (9, 11)], (0, 11), [(0, 11)]),
        ([(0, 3)], (1, 2), [(0, 1), (1, 2), (2, 3)]),
        ([(0, 2), (2, 6)], (1, 4), [(0, 1), (1, 4), (4, 6)]),
    ],
)
def test_align_makes_each_mention_one_token(
    tokens: list[tuple[int, int]], mention: tuple[int, int], expected: list[tuple[int, int]]
) -> None:
    one = Mention(mention[0], mention[1], "NUM", 1)
    assert align(tokens, [one]) == (expected, {expected.index(mention): one})


@pytest.mark.parametrize(
    ("tokens", "mentions", "expected"),
    [
        ([(0, 10)], [(2, 4), (6, 8)], [(0, 2), (2, 4), (4, 6), (6, 8), (8, 10)]),  # two mentions inside one token
        ([(0, 3), (4, 6), (7, 9)], [(1, 5), (5, 8)], [(0, 1), (1, 5), (5, 8), (8, 9)]),  # mentions across tokens, side by side
        ([(0, 2), (5, 7)], [(2, 5)], [(0, 2), (5, 7)]),  # a mention over white space only is no token
    ],
)
def test_align_cuts_at_the_edges_of_several_mentions(
    tokens: list[tuple[int, int]], mentions: list[tuple[int, int]], expected: list[tuple[int, int]]
) -> None:
    aligned, token_mention = align(tokens, [Mention(start, end, "NUM", 1) for start, end in mentions])
    assert aligned == expected
    assert {aligned[index]: (mention.start, mention.end) for index, mention in token_mention.items()} == {
        span: span for span in mentions if span in expected
    }
