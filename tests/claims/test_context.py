"""Document context: what earlier titles, headings and sentences said flows forward, never over the sentence."""

from __future__ import annotations

import pytest

from extractor import extract
from extractor.claims.assemble import teaches
from extractor.text.mentions import Mention


def fields(text: str, *names: str) -> list[tuple[object, ...]]:
    return [tuple(getattr(c, n) for n in names) for c in extract(text).claims]


def test_round_of_the_title_flows_to_every_later_claim() -> None:
    text = "MLPerf Inference v3.1 results\n\nSome intro.\n\nLater, Dell won 8 tests.\n\n戴尔获得8项第一。"
    assert fields(text, "suite", "version") == [("inference", "3.1"), ("inference", "3.1")]


def test_a_sentence_that_names_another_round_keeps_it() -> None:
    text = "MLPerf Inference v3.1 results\n\nIn MLPerf Training v3.0, Dell won 8 tests."
    assert fields(text, "suite", "version") == [("training", "3.0")]


def test_suite_word_without_mlperf_does_not_change_the_round() -> None:
    text = "MLPerf推理V2.1成绩公布。\n\n该平台专为深度学习训练开发。宁畅获得12项第一。"
    assert fields(text, "suite", "version") == [("inference", "2.1")]


def test_heading_sets_the_system_of_its_section_only() -> None:
    text = "Nettrix X660 G45 LP results\n\nNettrix won 12 tests.\n\nWhy liquid cooling matters\n\nNettrix won 3 tests."
    assert fields(text, "subject", "system", "count") == [("Nettrix", "X660 G45 LP", 12), ("Nettrix", None, 3)]


def test_system_of_one_vendor_is_not_given_to_another() -> None:
    text = "宁畅X640 G40服务器表现优异。浪潮获得8项第一。"
    assert fields(text, "subject", "system") == [("Inspur", None)]


def test_cumulative_claim_takes_no_round() -> None:
    text = "MLPerf Inference v3.1 results are out. To date, Inspur has won over 100 first places."
    assert fields(text, "suite", "version", "count", "qualifier") == [(None, None, 100, "over")]


def test_subject_flows_through_the_paragraph_then_from_the_document() -> None:
    text = "Inspur Tops MLPerf\n\nNVIDIA had a big day. The company won 7 tests.\n\nThe servers won 5 more tests."
    assert fields(text, "subject", "count") == [("NVIDIA", 7), ("Inspur", 5)]


@pytest.mark.parametrize(
    ("mentions", "heading", "expected"),
    [
        ([], True, True),  # a heading opens a section, even with nothing in it
        ([Mention(0, 6, "ORG", "Inspur")], False, True),
        ([Mention(0, 4, "VERSION", "3.1"), Mention(5, 7, "NUM", 2)], False, True),
        ([Mention(0, 2, "NUM", 15), Mention(3, 5, "UNIT", "ms")], False, False),  # nothing the context keeps
        ([], False, False),
    ],
)
def test_only_a_heading_or_a_context_mention_teaches_the_context(mentions: list[Mention], heading: bool, expected: bool) -> None:
    assert teaches(mentions, heading) is expected
