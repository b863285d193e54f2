"""The round a whole document votes for: what a claim takes where no earlier text names its round."""

from __future__ import annotations

import pytest

from extractor import extract

ROUNDS: list[tuple[str, list[tuple[str | None, str | None]]]] = [
    # a headline above the paragraph that names the round
    ("NVIDIA won 9 tests\n\nThe results of MLPerf Training v4.0 are out today.", [("training", "4.0")]),
    ("英伟达获得8项第一\n\n本轮MLPerf推理v3.1测试结果今日公布。", [("inference", "3.1")]),
    # a suite named only by cues, and no version invented
    ("Dell trained BERT in 2.1 minutes.", [("training", None)]),
    ("GIGABYTE reached 1,200 tokens per second in the Offline scenario.", [("inference", None)]),
    ("宁畅在离线场景中获得5项第一。", [("inference", None)]),
    ("浪潮在ResNet50离线场景获得第一。", [("inference", None)]),  # a Han cue right after Latin letters or digits
    # cues outvote a suite word said in passing; a round anchor outvotes cues
    (
        "Models are trained once and then used for inference. Google trained ResNet-50 in 13.4 seconds and BERT in 17 seconds.",
        [("training", None), ("training", None)],
    ),
    ("HPE ranked first in 3 tests of MLPerf Inference v2.1, with time to train and trained models compared.", [("inference", "2.1")]),
    # the round as writers put it: a word or a bracket between the suite and its version, a typo of the suite
    ("The latest MLPerf Inference benchmark (4.0) results were released. Dell won 5 tests.", [("inference", "4.0")]),
    ("Habana在MLPerf Traning 3.0中获得2项第一。", [("training", "3.0")]),
    ("NVIDIA公布最新MLPerf AI 2.0訓練成果，獲得8項第一。", [("training", "2.0")]),
    # a version where a run of rounds starts names no round
    ("Supermicro has won 5 tests since MLPerf Inference v1.0.", [("inference", None)]),
]


@pytest.mark.parametrize(("text", "rounds"), ROUNDS, ids=[text[:40] for text, _ in ROUNDS])
def test_claims_take_the_documents_round(text: str, rounds: list[tuple[str | None, str | None]]) -> None:
    assert [(claim.suite, claim.version) for claim in extract(text).claims] == rounds


DIVISIONS: list[tuple[str, list[str | None]]] = [
    # the one division a document names, after its claims or in a paragraph of its own
    ("Dell won 7 tests.\n\nEvery result above is from the Closed division.", ["closed"]),
    ("宁畅获得6项第一。\n\n以上成绩均来自开放分区。", ["open"]),
    # a document that names two divisions gives neither to a claim that names none
    ("Dell won 7 tests.\n\nResults of the closed division and the open division were published.", [None]),
    # a division its own sentence gives to another of its claims is not the whole document's
    ("Of its 12 wins, Dell took 8 in the closed division.", [None, "closed"]),
]


@pytest.mark.parametrize(("text", "divisions"), DIVISIONS, ids=[text[:40] for text, _ in DIVISIONS])
def test_claims_take_the_one_division_a_document_names(text: str, divisions: list[str | None]) -> None:
    assert [claim.division for claim in extract(text).claims] == divisions
