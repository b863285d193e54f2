"""Participation claims: how many rounds, results, submitters, systems or benchmarks."""

from __future__ import annotations

from extractor.claims.draft import Draft, FieldValue
from extractor.claims.kinds import (
    ClaimContext,
    Variant,
    as_found,
    from_previous,
    role_number,
    role_value,
)
from extractor.claims.sentence import SentenceView
from extractor.claims.subjects import listed
from extractor.rulebook.rules import RuleMatch
from extractor.rulebook.settings import context_settings

READS_ON = False
complete = as_found


def variants(view: SentenceView, match: RuleMatch, found: ClaimContext) -> list[Variant]:
    """A debut of several products listed after it ("the debut of two new GPUs from NVIDIA: A10 and A30") is one first
    round per product, each its system; benchmarks counted by naming them (two or more) are no one benchmark, and the
    evidence takes their list; any other participation is one claim."""
    if match.rule.set.unit == "benchmarks" and "model" in match.roles:
        models = listed(view, found.model, forward=True) if found.model is not None else []
        return [({**found.values, "model": None, "accuracy": None}, (models[0].start, models[-1].end))] if len(models) > 1 else []
    if match.rule.set.unit != "rounds" or match.rule.set.count != 1:
        return [(found.values, None)]
    end = view.char_span(match.start, match.end)[1]
    after = [m for m in view.by_label.get("SYSTEM", []) if m.start >= end]
    products = listed(view, after[0], forward=True) if after else []
    if len(products) < 2:
        return [(found.values, None)]
    span = (products[0].start, products[-1].end)
    return [({**found.values, "system": str(product.value)}, span) for product in products]


def fields(view: SentenceView, match: RuleMatch) -> dict[str, FieldValue]:
    """Count (with its qualifier), the total it is out of, and what is counted; benchmarks listed by name count
    themselves; a share ("90% of the submissions used NVIDIA") is a value."""
    found: dict[str, FieldValue] = {"count": match.rule.set.count, "unit": role_value(view, match, "unit") or match.rule.set.unit}
    count = role_number(view, match, "count")
    if count is not None:
        found["count"], found["qualifier"] = int(count[0]), count[1]
    total = role_number(view, match, "total")
    if total is not None:
        found["total"] = int(total[0])
    share = role_number(view, match, "value")
    if share is not None:
        found["value"], found["qualifier"] = share
    if found["count"] is None and "benchmarks" in (found["unit"], match.rule.set.unit) and "model" in match.roles:
        first = view.token_mention.get(match.roles["model"][0])
        found["count"] = len(listed(view, first, forward=True)) if first is not None else None  # "on ResNet50, BERT and GPT-J"
    return found


def clause_fields(match: RuleMatch) -> tuple[str, ...]:
    """A participation is a company's: a model, scenario or system counts only in its own clause."""
    return ("model", "accuracy", "scenario", "system")


ROUND_ONLY_UNITS = frozenset({"accelerators", "processors"})
"""Counted only of a whole round, beside its other figures ("24 organizations across 95 systems, using 13 different
hardware accelerators"): alone, such a count is the size of a cluster ("with one million accelerators")."""


def keep(view: SentenceView, claim: Draft, clause: tuple[int, int]) -> bool:
    """A participation stands unless it counts a cluster's parts or names where a span of rounds starts ("自Graphcore
    首次提交以来"); a product's debut ("首次提交Blackwell架构的B200", "debuted its H200") is its maker's first round with
    that product, the product as its system."""
    if view.text[claim.evidence[1] : clause[1]].lstrip().startswith(tuple(context_settings().not_a_round_after)):
        return False
    return claim.get("unit") not in ROUND_ONLY_UNITS or claim.from_previous


def settle(claims: list[Draft]) -> list[Draft | None]:
    """Claims of rules marked from_previous ("saw 23 submitters and 8,500 results") take the subject of the
    participation before them, and its unit where they name none ("25 submitters, up from 21"), and go where there is
    none. A sentence that counts a round's submitters speaks of the round: its participations have no subject, and a
    count of rounds then says nothing ("Six companies made their first submissions" is no one's first round)."""
    settled = from_previous(claims, ("subject",), ("unit",))
    if not any(c is not None and c.get("unit") == "submitters" and c.get("subject") is None for c in settled):
        return settled
    return [c.with_fields({"subject": None}) if c is not None and c.get("unit") != "rounds" else None for c in settled]
