"""Score claims: a value, its unit and the metric that unit measures."""
from __future__ import annotations

from typing import Any

from ..lexicon import lexicon
from ..numbers import number_reader
from ..rules import RuleMatch
from ..sentence import SentenceView
from ..settings import context_settings
from . import from_previous, one_variant, role_number, role_value

READS_ON = True
variants = one_variant


def fields(view: SentenceView, match: RuleMatch) -> dict[str, Any]:
    """Value and qualifier from the number (or from a qualifier word right after its unit: "30秒之内"), unit from the
    text (the scenario's default otherwise)."""
    found: dict[str, Any] = {"unit": role_value(view, match, "unit") or match.rule.set.unit}
    value = role_number(view, match, "value")
    if value is not None:
        found["value"], found["qualifier"] = value
        if found["qualifier"] is None and match.end < len(view.tokens):
            found["qualifier"] = number_reader().suffix_qualifier.get(view.token_text(match.end))
    return found


def clause_fields(match: RuleMatch) -> tuple[str, ...]:
    """A score takes its context from the whole sentence."""
    return ()


def keep(view: SentenceView, claim: dict[str, Any], clause: tuple[int, int]) -> bool:
    """Fill the unit (the scenario's default where the text gives none) and the metric; without a unit a score says
    nothing, and a time to train is one only in a training or HPC round ("部署过程用时不到10分钟" is none)."""
    complete(claim)
    if claim.get("metric") == "time_to_train" and claim.get("suite") not in context_settings().time_suites:
        return False
    return claim.get("unit") is not None


def complete(claim: dict[str, Any]) -> None:
    """Fill the unit from the scenario's default and the metric from the unit."""
    if claim.get("unit") is None and claim.get("scenario"):
        scenario = lexicon().entry("SCENARIO", claim["scenario"])
        claim["unit"] = scenario.default_unit if scenario else None
    if claim.get("unit") is not None:
        unit = lexicon().unit(claim["unit"])
        claim["metric"] = unit.metric if unit else "throughput"


def settle(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claims of rules marked from_previous ("13,015 samples per second on RetinaNet Offline and 12,500 in Server") stand
    only after a score: they take its context as any claim does, and their unit from their own scenario."""
    return from_previous(claims, ())
