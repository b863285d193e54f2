"""Lexicon matching: text -> (label, value, span text) of each alias found, in text order."""
from __future__ import annotations

import pytest

from extractor.lexicon import lexicon

FOUND: list[tuple[str, list[tuple[str, str | int, str]]]] = [
    ("NVIDIA A100", [("ORG", "NVIDIA", "NVIDIA"), ("ACCEL", "accelerator", "A100")]),
    ("英伟达A100", [("ORG", "NVIDIA", "英伟达"), ("ACCEL", "accelerator", "A100")]),
    ("(A100)", [("ACCEL", "accelerator", "A100")]),
    ("700W", [("POWER", "W", "W")]),  # after a digit
    ("Arm-based", [("ORG", "Arm", "Arm")]),
    ("the BERT-99.9 model", [("MODEL", "bert", "BERT-99.9")]),
    ("Farm", []),  # not inside a word
    ("xBERT", []),
    ("MI-A100", []),  # nor after a word's hyphen
    ("8-A100", []),
    ("NVIDIAs", []),  # nor ending inside one
    ("UntetherAI's speedAI240", [("ORG", "Untether AI", "UntetherAI")]),
    ("創鑫智慧與NEUCHIPS", [("ORG", "NEUCHIPS", "創鑫智慧"), ("ORG", "NEUCHIPS", "NEUCHIPS")]),
    ("Connect Tech, EdgeCortix, Xilinx and Ampere Computing", [("ORG", "Connect Tech", "Connect Tech"), ("ORG", "EdgeCortix", "EdgeCortix"),
                                                               ("ORG", "Xilinx", "Xilinx"), ("ORG", "Ampere Computing", "Ampere Computing")]),
    ("NVIDIA Ampere GPUs", [("ORG", "NVIDIA", "NVIDIA"), ("ACCEL", "accelerator", "Ampere"), ("ACCEL", "accelerator", "GPUs")]),  # no organisation
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_aliases_found_as_words(text: str, expected: list[tuple[str, str | int, str]]) -> None:
    found = lexicon().find(text, 0, len(text))
    assert [(m.label, m.value, text[m.start:m.end]) for m in found] == expected
