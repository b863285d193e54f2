"""Participation claims: how many rounds, results, submitters, systems or benchmarks."""
from __future__ import annotations

from typing import Any

from ..rules import RuleMatch
from ..sentence import SentenceView


def fields(view: SentenceView, match: RuleMatch) -> dict[str, Any]:
    """Count (with its qualifier) and what is counted."""
    found: dict[str, Any] = {"count": match.rule.set.count, "unit": match.rule.set.unit}
    for index in match.roles.get("count", []):
        mention = view.token_mention.get(index)
        if mention is not None and isinstance(mention.value, int | float):
            found["count"] = int(mention.value)
            found["qualifier"] = mention.qualifier
    for index in match.roles.get("unit", []):
        mention = view.token_mention.get(index)
        if mention is not None:
            found["unit"] = mention.value
    return found
