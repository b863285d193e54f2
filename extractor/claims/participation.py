"""Participation claims: how many rounds, results, submitters, systems or benchmarks."""
from __future__ import annotations

from typing import Any

from ..rules import RuleMatch
from ..sentence import SentenceView
from . import role_number, role_value


def fields(view: SentenceView, match: RuleMatch) -> dict[str, Any]:
    """Count (with its qualifier) and what is counted."""
    found: dict[str, Any] = {"count": match.rule.set.count, "unit": role_value(view, match, "unit") or match.rule.set.unit}
    count = role_number(view, match, "count")
    if count is not None:
        found["count"], found["qualifier"] = int(count[0]), count[1]
    return found


def is_product_debut(view: SentenceView, claim: dict[str, Any], clause: tuple[int, int]) -> bool:
    """"First time" said of a product ("首次提交Blackwell架构的B200", "debuted its H200") is no company's first round."""
    if claim["kind"] != "participation" or claim.get("unit") != "rounds" or claim.get("count") != 1:
        return False
    return any(m.label in ("ACCEL", "SYSTEM") and clause[0] <= m.start < clause[1] for m in view.mentions)
