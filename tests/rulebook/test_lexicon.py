"""Lexicon matching: text -> (label, value, span text) of each alias found, in text order."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.rulebook.lexicon import ShapeFile, Shapes, lexicon, shapes
from extractor.rulebook.loader import read_toml, validate
from extractor.rulebook.settings import context_settings
from extractor.text.mentions import resolve_overlaps

FOUND: list[tuple[str, list[tuple[str, str | int, str]]]] = [
    ("NVIDIA A100", [("ORG", "NVIDIA", "NVIDIA"), ("SYSTEM", "A100", "A100")]),
    ("英伟达A100", [("ORG", "NVIDIA", "英伟达"), ("SYSTEM", "A100", "A100")]),
    ("(A100)", [("SYSTEM", "A100", "A100")]),
    # products by their canonical names, the longest alias first
    ("Grace Hopper Superchip and TPU v4 Pods", [("SYSTEM", "GH200", "Grace Hopper Superchip"), ("SYSTEM", "TPU v4 Pod", "TPU v4 Pods")]),
    (
        "Habana Gaudi2, Gaudi 3 与 昇腾910",
        [("SYSTEM", "Gaudi2", "Habana Gaudi2"), ("SYSTEM", "Gaudi3", "Gaudi 3"), ("SYSTEM", "Ascend 910", "昇腾910")],
    ),
    ("700W", [("POWER", "W", "W")]),  # after a digit
    ("Arm-based", [("ORG", "Arm", "Arm")]),
    ("the BERT-99.9 model", [("MODEL", "bert", "BERT-99.9")]),
    ("焱融科技与YanRong Tech", [("ORG", "YanRong", "焱融科技"), ("ORG", "YanRong", "YanRong Tech")]),
    (
        "鹏城实验室 (Peng Cheng Laboratory), JuiceFS, Volumez, Simplyblock",
        [
            ("ORG", "Peng Cheng Laboratory", "鹏城实验室"),
            ("ORG", "Peng Cheng Laboratory", "Peng Cheng Laboratory"),
            ("ORG", "Juicedata", "JuiceFS"),
            ("ORG", "Volumez", "Volumez"),
            ("ORG", "Simplyblock", "Simplyblock"),
        ],
    ),
    ("DLRM-v2 and DLRMv2", [("MODEL", "dlrm", "DLRM-v2"), ("MODEL", "dlrm", "DLRMv2")]),
    ("Farm", []),  # not inside a word
    ("xBERT", []),
    ("MI-A100", []),  # nor after a word's hyphen
    ("8-A100", []),
    ("NVIDIAs", []),  # nor ending inside one
    ("DLRMs and ResNet50v1.5", []),
    ("BERT99 and DLRM-99.9", [("MODEL", "bert", "BERT99"), ("MODEL", "dlrm", "DLRM-99.9")]),  # but a model may go on with its accuracy
    # Where the longest alias ends inside a word, a shorter one or one further on may still stand there.
    ("the top performers", [("RANK", 1, "top performers")]),
    ("recordings of the top spots", [("RANK", 1, "top spots")]),
    ("UntetherAI's speedAI240", [("ORG", "Untether AI", "UntetherAI"), ("SYSTEM", "speedAI240", "speedAI240")]),
    ("創鑫智慧與NEUCHIPS", [("ORG", "NEUCHIPS", "創鑫智慧"), ("ORG", "NEUCHIPS", "NEUCHIPS")]),
    ("中兴通讯与ZTE", [("ORG", "ZTE", "中兴通讯"), ("ORG", "ZTE", "ZTE")]),
    (
        "永擎電子與ASRock Rack、Nebius",
        [("ORG", "ASRock Rack", "永擎電子"), ("ORG", "ASRock Rack", "ASRock Rack"), ("ORG", "Nebius", "Nebius")],
    ),
    ("95784 FPS", [("UNIT", "samples/s", "FPS")]),
    # MLCommons' benchmark ids as results tables and footnotes write them
    (
        "gpt3, llama2_70b_lora, llama2-70b-99 and dlrm-v2-99.9",
        [
            ("MODEL", "gpt3", "gpt3"),
            ("MODEL", "llama2-70b-lora", "llama2_70b_lora"),
            ("MODEL", "llama2-70b", "llama2-70b-99"),
            ("MODEL", "dlrm", "dlrm-v2-99.9"),
        ],
    ),
    (
        "Connect Tech, EdgeCortix, Xilinx and Ampere Computing",
        [
            ("ORG", "Connect Tech", "Connect Tech"),
            ("ORG", "EdgeCortix", "EdgeCortix"),
            ("ORG", "Xilinx", "Xilinx"),
            ("ORG", "Ampere Computing", "Ampere Computing"),
        ],
    ),
    (
        "NVIDIA Ampere GPUs",
        [("ORG", "NVIDIA", "NVIDIA"), ("SYSTEM", "Ampere", "Ampere"), ("ACCEL", "accelerator", "GPUs")],
    ),  # no organisation
    # An organisation run into its product is both.
    ("512个NVIDIAH100加速器", [("ORG", "NVIDIA", "NVIDIA"), ("SYSTEM", "H100", "H100")]),
    ("基于IntelXeon处理器", [("ORG", "Intel", "Intel"), ("SYSTEM", "Xeon", "Xeon"), ("ACCEL", "accelerator", "处理器")]),
    ("HabanaGaudi2的性能", [("ORG", "Intel", "Habana"), ("SYSTEM", "Gaudi2", "Gaudi2")]),
    ("NVIDIAs GPUs", [("ACCEL", "accelerator", "GPUs")]),  # no product follows: still no organisation inside a word
    # A unit that opens with a scenario is both.
    ("227.4 server queries per watt", [("SCENARIO", "server", "server"), ("UNIT", "samples/J", "queries per watt")]),
    ("Offline queries per watt", [("SCENARIO", "offline", "Offline"), ("UNIT", "samples/J", "queries per watt")]),
    ("server racks", []),  # a scenario is found inside a unit only
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_aliases_found_as_words(text: str, expected: list[tuple[str, str | int, str]]) -> None:
    found = lexicon().find(text, 0, len(text))
    assert [(m.label, m.value, text[m.start : m.end]) for m in found] == expected


SHAPES_IN_STRETCHES: list[tuple[str, list[tuple[int, int]], list[tuple[str, str | tuple[float, ...], str]]]] = [
    # each shape on its own: the code inside the family name too (mentions.resolve_overlaps keeps the longer)
    (
        "MLPerf Inference v3.1 and Dell PowerEdge XE9680.",
        [(0, 47)],
        [("VERSION", "3.1", "v3.1"), ("SYSTEM", "PowerEdge XE9680", "PowerEdge XE9680"), ("SYSTEM", "XE9680", "XE9680")],
    ),
    (
        "MLPerf Inference v3.1. Dell PowerEdge XE9680.",
        [(23, 46)],  # only where searched
        [("SYSTEM", "PowerEdge XE9680", "PowerEdge XE9680"), ("SYSTEM", "XE9680", "XE9680")],
    ),
    ("在99%和99.9%精度要求下", [(0, 15)], [("ACCURACY", (99.0, 99.9), "99%和99.9%精度")]),
    ("MLPerf Inference v3.1", [], []),
]


@pytest.mark.parametrize(("text", "stretches", "expected"), SHAPES_IN_STRETCHES)
def test_shapes_are_found_in_the_stretches_searched(
    text: str, stretches: list[tuple[int, int]], expected: list[tuple[str, str | tuple[float, ...], str]]
) -> None:
    found = shapes().find(text, stretches, [])
    assert [(m.label, m.value, text[m.start : m.end]) for m in found] == expected


def test_a_shape_match_without_a_digit_is_no_mention(tmp_path: Path) -> None:
    path = tmp_path / "shapes.toml"
    path.write_text(
        '[[shape]]\nname = "dgx"\nlabel = "SYSTEM"\nexample = "DGX 2"\npattern = \'(?P<value>DGX(?: \\d+)?)\'\n', encoding="utf-8"
    )
    text = "DGX H100 and DGX 2 systems"
    found = Shapes(path, validate(path, ShapeFile, read_toml(path))).find(text, [(0, len(text))], [])
    assert [(m.start, m.end, m.value) for m in found] == [(13, 18, "DGX 2")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Red Hat-Supermicro", [("Red Hat & Supermicro", "Red Hat-Supermicro")]),
        ("NVIDIA+CoreWeave+Dell", [("NVIDIA & CoreWeave & Dell", "NVIDIA+CoreWeave+Dell")]),
        ("Intel-Habana", [("Intel", "Intel-Habana")]),  # two names of one organisation
        ("AMD-based servers", [("AMD", "AMD")]),
        ("红帽/美超微", [("Red Hat & Supermicro", "红帽/美超微")]),
        ("Dell - Supermicro", [("Dell", "Dell"), ("Supermicro", "Supermicro")]),  # spaced: a dash between two statements
    ],
)
def test_organisations_joined_by_a_mark_are_one_joint_submitter(text: str, expected: list[tuple[str, str]]) -> None:
    found = lexicon().joint(text, lexicon().find(text, 0, len(text)), frozenset(context_settings().joint_marks))
    kept = [m for m in resolve_overlaps(found) if m.label == "ORG"]
    assert [(m.value, text[m.start : m.end]) for m in kept] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a division right after its suite
        ("MLPerf v4.1 training closed, entries 4.1-0013", [("closed", "closed")]),
        ("MLPerf Inference Open", [("Open", "open")]),
        ("training closed-loop control", []),  # a word that goes on is no division
        ("Training Closed division", []),  # the lexicon reads "Closed division" itself
        ("inference opens the round", []),
        # a scenario after a rate or a benchmark and "in", ending its clause
        ("10.96 queries per second in server", [("server", "server")]),
        ("5,100 queries per second on BERT in server.", [("server", "server")]),
        ("280 queries per second in interactive, the best", [("interactive", "interactive")]),
        ("300 samples per second in offline, the best", []),  # the lexicon reads "offline" itself
        ("5,100 queries per second in server racks", []),  # the machine, not the scenario
        ("5,100 queries per second at server.", []),  # "at" opens no scenario
        ("BERT in Server scenario", []),  # the lexicon reads "Server" itself
    ],
)
def test_an_id_written_bare_where_its_place_says_what_it_is(text: str, expected: list[tuple[str, str]]) -> None:
    found = lexicon().find(text, 0, len(text))
    assert [(text[m.start : m.end], m.value) for m in lexicon().bare_ids(text, found, frozenset({"in"}))] == expected
