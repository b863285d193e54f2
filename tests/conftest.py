"""Shared helpers: project a claim onto the compared fields so tables can state exact rows.

Every call of `extract` in the test suite goes through `checked_extract`, so every span of every
claim of every test text is checked against the text it came from.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings


def import_installed() -> None:
    """Import `extractor` as pip installed it (compiled where the build could compile it), not from this checkout: with
    the checkout off sys.path for the import, every later `extractor.*` import follows the package's own path."""
    checkout = Path(__file__).resolve().parents[1]
    saved = sys.path[:]
    sys.path[:] = [entry for entry in sys.path if Path(entry or os.getcwd()).resolve() != checkout]
    try:
        import extractor
    finally:
        sys.path[:] = saved
    if Path(extractor.__file__).resolve().parent == checkout / "extractor":  # an editable install
        raise RuntimeError(f"EXTRACTOR_UNDER_TEST=installed, but the extractor installed is the source in {checkout}")


# The checkout's source by default; EXTRACTOR_UNDER_TEST=installed tests the installed build (README, .ci/run).
UNDER_TEST = os.environ.get("EXTRACTOR_UNDER_TEST", "source")
if UNDER_TEST not in ("source", "installed"):
    raise RuntimeError(f"EXTRACTOR_UNDER_TEST={UNDER_TEST!r}: 'source' or 'installed'")
if UNDER_TEST == "installed":
    import_installed()

import extractor  # noqa: E402
from extractor import Claim, Extraction  # noqa: E402
from extractor.build_info import build_description  # noqa: E402

unchecked_extract = extractor.extract


def checked_extract(text: str) -> Extraction:
    """extract(), asserting that evidence and sentence spans index `text` and nest."""
    result = unchecked_extract(text)
    for claim in result.claims:
        for span in (claim.evidence, claim.sentence):
            assert text[span.start : span.end] == span.text, (span, text)
        assert claim.sentence.start <= claim.evidence.start <= claim.evidence.end <= claim.sentence.end
    return result


extractor.extract = checked_extract


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Say which extractor was under test, and which of its modules are compiled (shown with -q too)."""
    terminalreporter.write_line(f"extractor under test: {build_description()}")


# Property tests: a fixed sample in CI (same examples every run, nothing stored); bench/fuzz.py selects "fuzz".
UNHURRIED = {"deadline": None, "database": None, "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large]}
settings.register_profile("ci", max_examples=150, derandomize=True, **UNHURRIED)
settings.register_profile("fuzz", max_examples=int(os.environ.get("FUZZ_EXAMPLES", "20000")), **UNHURRIED)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

FIELDS = tuple(name for name in Claim.model_fields if name not in ("evidence", "sentence", "language", "rule"))
"""What a claim says, as the tables state it: every field but where it was found and by which rule."""


def row(kind: str, evidence: str, **fields: Any) -> dict[str, Any]:
    """An expected claim: every compared field, None unless given, and its evidence text."""
    unknown = set(fields) - set(FIELDS)
    assert not unknown, f"not claim fields: {unknown}"
    return {name: fields.get(name) for name in FIELDS} | {"kind": kind, "evidence": evidence}


def project(claim: Claim) -> dict[str, Any]:
    """The compared fields of an extracted claim and its evidence text."""
    return {name: getattr(claim, name) for name in FIELDS} | {"evidence": claim.evidence.text}


def shared_folder(name: str, what: str) -> Path:
    """A folder of third-party text in ../shared. CI always has it beside the clone (a missing folder fails there); a
    checkout elsewhere has no such folder, and the tests that read it say so and skip."""
    folder = Path(__file__).resolve().parents[2] / "shared" / name
    if not folder.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{what} are missing: no folder {folder}")
        pytest.skip(f"{what} are not beside this checkout ({folder})")
    return folder


@pytest.fixture
def seeds() -> Path:
    """The two seed articles of ../shared/seeds."""
    return shared_folder("seeds", "the seed articles")


@pytest.fixture
def realdev() -> Path:
    """The real published texts with gold claims of ../shared/realdev."""
    return shared_folder("realdev", "the real-text gold documents")
