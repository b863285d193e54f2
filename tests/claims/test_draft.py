"""Claims under construction are frozen drafts: a step that changes one returns a new one."""

from __future__ import annotations

import dataclasses

import pytest

from extractor.claims.draft import Draft
from extractor.claims.kinds import from_previous, score
from extractor.models import Span

DRAFT = Draft("score", "en-value-with-unit", "en", (7, 31), {"value": 5000.0, "scenario": "server"})


def test_a_draft_cannot_be_changed_in_place() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        DRAFT.kind = "ranking"  # type: ignore[misc]


def test_with_fields_and_filled_from_return_new_drafts() -> None:
    changed = DRAFT.with_fields({"value": 6000.0})
    filled = DRAFT.filled_from(Draft("score", "other", "en", (0, 1), {"value": 7.0, "model": "bert"}))
    assert (DRAFT.get("value"), changed.get("value")) == (5000.0, 6000.0)
    assert (filled.get("value"), filled.get("model"), DRAFT.get("model")) == (5000.0, "bert", None)


def test_completing_a_score_leaves_the_draft_it_read() -> None:
    completed = score.complete(DRAFT)
    assert (completed.get("unit"), completed.get("metric")) == ("queries/s", "throughput")
    assert (DRAFT.get("unit"), DRAFT.get("metric")) == (None, None)


def test_settling_takes_from_the_claim_before_without_changing_either() -> None:
    first = Draft("ranking", "a", "en", (0, 5), {"rank": 1, "count": 25})
    following = Draft("ranking", "b", "en", (6, 9), {"count": 13}, from_previous=True)
    assert from_previous([following], ("rank",)) == [None]
    settled = from_previous([first, following], ("rank",))
    assert settled[1] is not None and (settled[1].get("rank"), settled[1].from_previous) == (1, False)
    assert (following.get("rank"), following.from_previous) == (None, True)


def test_a_draft_becomes_a_claim_with_its_evidence_in_the_original_text() -> None:
    text = "It hit 5,000 queries per second."
    claim = score.complete(DRAFT).claim(
        lambda start, end: Span(start=start, end=end, text=text[start:end]), Span(start=0, end=32, text=text)
    )
    assert (claim.kind, claim.value, claim.unit, claim.evidence.text) == ("score", 5000.0, "queries/s", "5,000 queries per second")
    assert (claim.sentence.text, claim.rule, claim.language) == (text, "en-value-with-unit", "en")
