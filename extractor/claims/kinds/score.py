"""Score claims: a value, its unit and the metric that unit measures."""

from __future__ import annotations

from functools import cache

from extractor.claims.draft import Draft, FieldValue
from extractor.claims.kinds import from_previous, one_variant, role_number, role_value
from extractor.claims.sentence import SentenceView
from extractor.rulebook.lexicon import lexicon
from extractor.rulebook.rules import RuleMatch
from extractor.rulebook.settings import context_settings
from extractor.text.numbers import number_reader

READS_ON = True
variants = one_variant


def fields(view: SentenceView, match: RuleMatch) -> dict[str, FieldValue]:
    """Value and qualifier from the number (or from a qualifier word right after its unit: "30秒之内"), unit from the
    text (the scenario's default otherwise)."""
    unit = role_value(view, match, "unit") or match.rule.set.unit
    number = role_number(view, match, "value")
    if number is None:
        value, qualifier = None, None
    else:
        value, qualifier = number
        if qualifier is None and match.end < len(view.tokens):
            qualifier = number_reader().suffix_qualifier.get(view.token_text(match.end))
        if unit is not None and unit in seconds_in():
            value, unit = with_parts(view, match, value, unit)
    if unit is not None and (entry := lexicon().unit(unit)) is not None and entry.measures is not None and entry.scale is not None:
        unit = entry.measures  # "20小时" is 1,200 minutes
        value = value * entry.scale if value is not None else None
    found: dict[str, FieldValue] = {"unit": unit}
    if number is not None:
        found["value"], found["qualifier"] = value, qualifier
    return found


@cache
def seconds_in() -> dict[str, float]:
    """Each duration unit in seconds, to add up a duration written in parts: the canonical seconds and minutes, and the
    units the lexicon gives in them ("hours": 60 minutes)."""
    found = {"seconds": 1.0, "minutes": 60.0}
    for (label, identifier), entry in lexicon().entries.items():
        if label == "TIME" and entry.measures in found and entry.scale is not None:
            found[identifier] = entry.scale * found[entry.measures]
    return found


@cache
def part_joiners() -> frozenset[str]:
    return frozenset(word.lower() for word in context_settings().duration_joiners)


def with_parts(view: SentenceView, match: RuleMatch, value: float, unit: str) -> tuple[float, str]:
    """A duration written in parts, the smaller after the larger ("1 minute and 12 seconds", "2 hours 5 minutes",
    "1小时30分钟", whichever part the rule took): their sum in the smallest unit (72 seconds); else the value as it is."""
    seconds, joiners = seconds_in(), part_joiners()
    values = match.roles.get("value", [])
    at = values[-1] - 1 if values else -1
    while at > 0:  # larger parts before the value: "1小时" before "30分钟"
        if view.token_text(at).lower() in joiners:
            at -= 1
        part = duration_part(view, at - 1, seconds)
        if part is None or seconds[part[1]] <= seconds[unit]:
            break
        value += part[0] * seconds[part[1]] / seconds[unit]
        at -= 2
    units = match.roles.get("unit", [])
    at = units[-1] + 1 if units else match.end
    while True:  # smaller parts after the unit: "and 12 seconds"
        if at < len(view.tokens) and view.token_text(at).lower() in joiners:
            at += 1
        part = duration_part(view, at, seconds)
        if part is None or seconds[part[1]] >= seconds[unit]:
            return value, unit
        value, unit = value * seconds[unit] / seconds[part[1]] + part[0], part[1]
        at += 2


def duration_part(view: SentenceView, number: int, seconds: dict[str, float]) -> tuple[float, str] | None:
    """The number at token `number` and the duration unit right after it ("12" "seconds"), if they are one."""
    value, unit = view.token_mention.get(number), view.token_mention.get(number + 1)
    if value is None or unit is None or not isinstance(value.value, int | float) or unit.label != "TIME" or str(unit.value) not in seconds:
        return None
    return float(value.value), str(unit.value)


def clause_fields(match: RuleMatch) -> tuple[str, ...]:
    """A score takes its context from the whole sentence."""
    return ()


def complete(claim: Draft) -> Draft:
    """The claim with its unit (the scenario's default where the text gives none) and the metric that unit measures."""
    unit, scenario = claim.text("unit"), claim.text("scenario")
    if unit is None and scenario:
        entry = lexicon().entry("SCENARIO", scenario)
        unit = entry.default_unit if entry else None
    if unit is None:
        return claim
    measured = lexicon().unit(unit)
    return claim.with_fields({"unit": unit, "metric": measured.metric if measured else "throughput"})


def keep(view: SentenceView, claim: Draft, clause: tuple[int, int]) -> bool:
    """A completed score stands where it says something (see `stands`)."""
    return stands(claim)


def stands(claim: Draft) -> bool:
    """Without a unit a score says nothing, and a time to train is one only in a training or HPC round
    ("部署过程用时不到10分钟" is none)."""
    if claim.get("metric") == "time_to_train" and claim.get("suite") not in context_settings().time_suites:
        return False
    return claim.get("unit") is not None


def settle(claims: list[Draft]) -> list[Draft | None]:
    """Claims of rules marked from_previous ("13,015 samples per second on RetinaNet Offline and 12,500 in Server") stand
    only after a score: they take its context as any claim does, and their unit from their own scenario."""
    return from_previous(claims, ())
