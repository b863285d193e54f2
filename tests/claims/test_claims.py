"""The claim tables: per language and kind a data file of texts and the exact claims each holds (`<language>/<kind>.toml`),
texts that hold none (`negative.toml`), and texts we do not read yet (`misses.toml`, strict expected failures: a row
that starts passing fails until it moves to its kind's file)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from extractor import extract
from tests.conftest import project, row

TABLES = Path(__file__).resolve().parent
ROW_KEYS = {"text", "claim", "reason"}


def rows(path: Path) -> list[Any]:
    """The rows of one table, each a pytest param with its expected claims; misses marked as strict expected failures."""
    table = tomllib.loads(path.read_text(encoding="utf-8"))
    assert set(table) == {"row"}, f"{path}: a table holds [[row]] entries only"
    params = []
    for number, entry in enumerate(table["row"], 1):
        assert set(entry) <= ROW_KEYS and "text" in entry, f"{path} row {number}: keys {sorted(entry)}"
        expected = [row(claim.pop("kind"), claim.pop("evidence"), **claim) for claim in entry.get("claim", [])]
        assert (path.stem == "negative") == (not expected), f"{path} row {number}: claims belong in a kind's file, none in negative.toml"
        assert (path.stem == "misses") == ("reason" in entry), f"{path} row {number}: a reason is what a known miss, and only one, has"
        marks = [pytest.mark.xfail(strict=True, reason=entry["reason"])] if "reason" in entry else []
        params.append(pytest.param(entry["text"], expected, marks=marks, id=f"{path.parent.name}/{path.stem}-{number}"))
    return params


TABLE = [param for path in sorted(TABLES.glob("*/*.toml")) for param in rows(path)]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_claims(text: str, expected: list[dict[str, Any]]) -> None:
    assert [project(c) for c in extract(text).claims] == expected
