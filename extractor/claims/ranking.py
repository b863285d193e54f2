"""Ranking claims: a rank, how many tasks it was won in, and out of how many."""
from __future__ import annotations

from typing import Any

from ..rules import RuleMatch
from ..sentence import SentenceView
from . import role_number


def fields(view: SentenceView, match: RuleMatch) -> dict[str, Any]:
    """Rank (from a rank word, an ordinal or the rule), count with its qualifier, and total."""
    found: dict[str, Any] = {"rank": match.rule.set.rank, "count": match.rule.set.count, "unit": match.rule.set.unit}
    for role in ("rank", "count", "total"):
        number = role_number(view, match, role)
        if number is not None:
            found[role] = int(number[0])
            if role == "count":
                found["qualifier"] = number[1]
    return found
