"""Ranking claims: a rank, how many tasks it was won in, and out of how many."""
from __future__ import annotations

from typing import Any

from ..rules import RuleMatch
from ..sentence import SentenceView


def fields(view: SentenceView, match: RuleMatch) -> dict[str, Any]:
    """Rank (from a rank word, an ordinal or the rule), count and total."""
    found: dict[str, Any] = {"rank": match.rule.set.rank, "count": match.rule.set.count, "unit": match.rule.set.unit}
    for role in ("rank", "count", "total"):
        for index in match.roles.get(role, []):
            mention = view.token_mention.get(index)
            if mention is not None and isinstance(mention.value, int | float):
                found[role] = int(mention.value)
                if role == "count":
                    found["qualifier"] = mention.qualifier
    return found
