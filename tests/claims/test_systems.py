"""Who makes a system: the lexicon's maker, else a model number's prefix; a maker gives a claim its subject."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.claims.systems import maker_of, subject_by_maker
from extractor.rulebook.lexicon import Lexicon, TermFile
from extractor.rulebook.loader import PatternError

MAKERS: list[tuple[str, str | None]] = [
    ("H100", "NVIDIA"),
    ("TPU v4 Pod", "Google"),
    ("Gaudi2", "Intel"),
    ("MI300X", "AMD"),
    ("Fugaku", "Fujitsu"),
    ("PowerEdge XE9680", "Dell"),  # by prefix
    ("XE8545", "Dell"),
    ("NF5488A5", "Inspur"),
    ("X640 G40", "Nettrix"),
    ("SYS-821GE-TNHR", "Supermicro"),
    ("BM.GPU.H100.8", "Oracle"),
    ("R5300 G6", None),  # no prefix known
]


@pytest.mark.parametrize(("system", "maker"), MAKERS)
def test_maker_of_a_system(system: str, maker: str | None) -> None:
    assert maker_of(system) == maker


@pytest.mark.parametrize(
    ("maker", "in_force", "expected"),
    [
        ("NVIDIA", None, "NVIDIA"),
        ("NVIDIA", "Intel", "NVIDIA"),  # a chip maker does not claim another's chip
        ("NVIDIA", "CoreWeave", None),  # a cloud claims the GPUs it runs
        ("NVIDIA", "Dell", None),
        (None, "Dell", None),
    ],
)
def test_subject_by_maker(maker: str | None, in_force: str | None, expected: str | None) -> None:
    assert subject_by_maker(maker, in_force) == expected


def test_a_maker_that_is_no_organisation_is_refused(tmp_path: Path) -> None:
    files = {
        tmp_path / "orgs.toml": TermFile.model_validate({"label": "ORG", "entry": [{"id": "NVIDIA", "aliases": ["NVIDIA"]}]}),
        tmp_path / "systems.toml": TermFile.model_validate(
            {"label": "SYSTEM", "entry": [{"id": "X1", "aliases": ["X1"], "maker": "Nobody"}]}
        ),
    }
    with pytest.raises(PatternError, match="maker 'Nobody' is no organisation of the lexicon"):
        Lexicon(files)
