"""Which versions name a round: text -> each version mention found, and whether it is no round."""

from __future__ import annotations

import pytest

from extractor.claims.rounds import names_no_round
from extractor.pipeline import digit_stretches
from extractor.rulebook.lexicon import shapes
from extractor.text.language import split_sentences

VERSIONS: list[tuple[str, list[tuple[str, bool]]]] = [
    ("MLPerf Inference v4.0", [("v4.0", False)]),
    ("In v4.0, Dell won", [("v4.0", False)]),
    ("the v4.1 round", [("v4.1", False)]),
    ("本次测试结果来自MLPerf推理V4.0", [("V4.0", False)]),
    ("MLPerf训练3.1", [("3.1", False)]),
    # where a run of rounds starts
    ("participated in MLPerf since v1.0", [("v1.0", True)]),
    ("自MLPerf V0.5以来", [("V0.5", True)]),
    ("从V1.0开始", [("V1.0", True)]),
    ("从V1.0到V4.0", [("V1.0", True), ("V4.0", False)]),
    # what is compared with
    ("Compared with MLPerf Inference v3.1", [("v3.1", True)]),
    ("与MLPerf推理V3.1相比", [("V3.1", True)]),
    ("与V3.0版本相比", [("V3.0", True), ("3.0版", True)]),  # two shapes, one mention after overlaps are resolved
    # a product's
    ("using TensorRT-LLM v0.9", [("v0.9", True)]),
    ("以Yosemite V3.5平台", [("V3.5", True)]),
    ("vLLM v0.5", [("v0.5", True)]),
]


@pytest.mark.parametrize(("text", "expected"), VERSIONS)
def test_a_version_names_no_round_after_since_a_comparison_or_a_product(text: str, expected: list[tuple[str, bool]]) -> None:
    found = [m for m in shapes().find(text, digit_stretches(text, split_sentences(text)), []) if m.label == "VERSION"]
    assert [(text[m.start : m.end], names_no_round(text, m)) for m in found] == expected
