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
