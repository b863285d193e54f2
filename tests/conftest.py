"""Shared helpers: project a claim onto the compared fields so tables can state exact rows."""
from __future__ import annotations

from typing import Any

from extractor import Claim

FIELDS = ("kind", "subject", "system", "rank", "count", "total", "qualifier", "suite", "version", "division", "category",
          "model", "accuracy", "scenario", "value", "unit", "metric")


def row(kind: str, evidence: str, **fields: Any) -> dict[str, Any]:
    """An expected claim: every compared field, None unless given, and its evidence text."""
    unknown = set(fields) - set(FIELDS)
    assert not unknown, f"not claim fields: {unknown}"
    return {name: fields.get(name) for name in FIELDS} | {"kind": kind, "evidence": evidence}


def project(claim: Claim) -> dict[str, Any]:
    """The compared fields of an extracted claim and its evidence text."""
    return {name: getattr(claim, name) for name in FIELDS} | {"evidence": claim.evidence.text}
