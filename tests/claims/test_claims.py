"""One runner for the claim tables of every language: exact claims per row, none for negative rows."""
from __future__ import annotations

from typing import Any

import pytest

from extractor import extract
from tests.claims import chinese, english
from tests.conftest import project

TABLE = english.TABLE + chinese.TABLE
NEGATIVE = english.NEGATIVE + chinese.NEGATIVE


@pytest.mark.parametrize(("text", "expected"), TABLE, ids=[t[:40] for t, _ in TABLE])
def test_claims(text: str, expected: list[dict[str, Any]]) -> None:
    assert [project(c) for c in extract(text).claims] == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_claims(text: str) -> None:
    assert extract(text).claims == []
