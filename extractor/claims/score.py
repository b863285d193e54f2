"""Score claims: a value, its unit and the metric that unit measures."""
from __future__ import annotations

from typing import Any

from ..lexicon import lexicon
from ..rules import RuleMatch
from ..sentence import SentenceView


def fields(view: SentenceView, match: RuleMatch) -> dict[str, Any]:
    """Value and qualifier from the number, unit from the text (the scenario's default otherwise)."""
    found: dict[str, Any] = {"unit": match.rule.set.unit}
    for index in match.roles.get("value", []):
        mention = view.token_mention.get(index)
        if mention is not None and isinstance(mention.value, int | float):
            found["value"] = float(mention.value)
            found["qualifier"] = mention.qualifier
    for index in match.roles.get("unit", []):
        mention = view.token_mention.get(index)
        if mention is not None:
            found["unit"] = mention.value
    return found


def complete(claim: dict[str, Any]) -> None:
    """Fill the unit from the scenario's default and the metric from the unit."""
    if claim.get("unit") is None and claim.get("scenario"):
        scenario = lexicon().entry("SCENARIO", claim["scenario"])
        claim["unit"] = scenario.default_unit if scenario else None
    if claim.get("unit") is not None:
        unit = lexicon().unit(claim["unit"])
        claim["metric"] = unit.metric if unit else "throughput"
