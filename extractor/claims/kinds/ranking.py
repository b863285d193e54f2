"""Ranking claims: a rank, how many tasks it was won in, and out of how many."""

from __future__ import annotations

from extractor.claims.draft import Draft, FieldValue
from extractor.claims.kinds import (
    ClaimContext,
    Variant,
    as_found,
    from_previous,
    role_number,
)
from extractor.claims.sentence import SentenceView
from extractor.claims.subjects import attached_scenario, listed
from extractor.rulebook.rules import RuleMatch
from extractor.rulebook.word_lists import word_lists
from extractor.text.mentions import Mention

READS_ON = False
complete = as_found


def fields(view: SentenceView, match: RuleMatch) -> dict[str, FieldValue]:
    """Rank (from a rank word, an ordinal or the rule), count with its qualifier, and total."""
    found: dict[str, FieldValue] = {"rank": match.rule.set.rank, "count": match.rule.set.count, "unit": match.rule.set.unit}
    for role in ("rank", "count", "total"):
        number = role_number(view, match, role)
        if number is not None:
            found[role] = int(number[0])
            if role == "count":
                found["qualifier"] = number[1]
    return found


def clause_fields(match: RuleMatch) -> tuple[str, ...]:
    """A ranking with a count covers several benchmarks: "ResNet第一，…共获8项第一" is not 8 on ResNet. A streak
    ("连续第三次夺冠") is the company's over rounds: a system, model or scenario counts only in its own clause."""
    if match.rule.set.unit == "rounds":
        return ("model", "accuracy", "scenario", "system")
    return ("model", "accuracy") if "count" in match.roles else ()


def variants(view: SentenceView, match: RuleMatch, found: ClaimContext) -> list[Variant]:
    """A ranking with no count on a list of benchmarks ("first on ResNet-50, BERT and DLRM") is one claim per
    benchmark, each with its own accuracy suffix; with each claim's context comes the list's span (None if no list).
    A count over a list ("在ResNet50、RetinaNet两项测试中取得最佳成绩") is one claim on no single benchmark."""
    if found.model is None:
        return [(found.values, None)]
    models = listed(view, found.model, forward=True)
    if len(models) < 2:
        return [(found.values, None)]
    suffix = list(found.model.accuracy) if found.model.accuracy else None
    stated = found.values.get("accuracy") if found.values.get("accuracy") != suffix else None
    if "count" in match.roles:
        return [({**found.values, "model": None, "accuracy": stated}, None)]
    scenarios = [own_scenario(view, m) for m in models]
    attached = attached_scenario(view, view.token_of[(models[-1].start, models[-1].end)])
    span = (models[0].start, view.tokens[attached[1]][1] if attached else models[-1].end)
    return [
        (
            {**found.values, "model": str(m.value), "accuracy": list(m.accuracy) if m.accuracy else stated}
            | ({"scenario": scenario} if any(scenarios[:-1]) else {}),
            span,
        )
        for m, scenario in zip(models, scenarios)
    ]


def own_scenario(view: SentenceView, model: Mention) -> str | None:
    """The scenario written right after a benchmark of a list ("BERT服务器场景和ResNet50离线场景"), if any; one after only
    the last of the list is taken for all of it ("BERT和ResNet50离线场景")."""
    attached = attached_scenario(view, view.token_of[(model.start, model.end)])
    return str(view.token_mention[attached[0]].value) if attached is not None else None


SCOPE_LABELS = frozenset({"CATEGORY", "DIVISION", "SCENARIO", "UNIT", "TIME", "POWER"})
"""Mentions that give a rank without a count its scope: a category, division or scenario, or the measured value it
ranks ("ranked second at 8.9 queries per watt")."""


def keep(view: SentenceView, claim: Draft, clause: tuple[int, int]) -> bool:
    """A ranking says something checkable with a count or a benchmark (or a rank to take from before it), or with a
    scope its clause names: a category, a division, a scenario or a measured value, or a word of the language's `scope`
    list ("all tests", "多项", "各项", "LLM"). A bare superlative ("the industry's best") is none, and so is a record
    scoped only by its round ("在MLPerf中刷新了记录")."""
    if claim.get("count") is not None or claim.get("model") is not None or claim.from_previous:
        return True
    start, end = clause
    if any(start <= m.start < end and m.label in SCOPE_LABELS for m in view.mentions):
        return True
    words = word_lists(view.sentence.language)
    scope = set(words.get("scope", []))
    return any(view.token_text(i).lower() in scope for i, (token_start, _) in enumerate(view.tokens) if start <= token_start < end)


def settle(claims: list[Draft]) -> list[Draft | None]:
    """Claims of rules marked from_previous ("共获25项冠军，其中数据中心获得13项") take the rank of the ranking before
    them in the sentence, and go where there is none. A rank with neither count nor a benchmark of its own
    sentence restates a count of the same sentence ("Krai was No. 1 in the edge category with 15 winning results",
    "横扫八项测试，全部创下新纪录") and goes; beside records of single benchmarks and no count, a rank scoped otherwise
    ("全面刷新记录，其中GPT-3纪录…") says more than they do and stays."""
    settled = from_previous(claims, ("rank",))
    present = [c for c in settled if c is not None]
    if not any(own_scope(c) for c in present) or not any(c.get("count") is not None for c in present):
        return settled
    return [c if c is not None and own_scope(c) else None for c in settled]


def own_scope(claim: Draft) -> bool:
    """A count, or a benchmark the claim's own sentence names."""
    return claim.get("count") is not None or (claim.get("model") is not None and not claim.model_inherited)
