"""Kind-specific parts of claim assembly: one module per claim kind, language-neutral, each a `ClaimKind`."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Protocol

from extractor.claims.draft import Draft, Fields, FieldValue
from extractor.claims.sentence import SentenceView
from extractor.rulebook.rules import RuleMatch
from extractor.text.mentions import Mention


@dataclass
class ClaimContext:
    """The context fields of one match, which of them came from the document and which from elsewhere in its sentence
    than its clause, and the model mention used."""

    values: dict[str, FieldValue]
    inherited: set[str]
    model: Mention | None
    sentence_wide: set[str]


class ClaimKind(Protocol):
    """What assembly asks of a claim kind's module."""

    READS_ON: bool
    """Context after the claim reaches on to the next claim (a score stated before what it measured)."""

    def fields(self, view: SentenceView, match: RuleMatch) -> dict[str, FieldValue]: ...

    def clause_fields(self, match: RuleMatch) -> tuple[str, ...]: ...

    def variants(self, view: SentenceView, match: RuleMatch, found: ClaimContext) -> list[Variant]: ...

    def complete(self, claim: Draft) -> Draft: ...

    def keep(self, view: SentenceView, claim: Draft, clause: tuple[int, int]) -> bool: ...

    def settle(self, claims: list[Draft]) -> list[Draft | None]: ...

    """Each claim of the kind in a sentence, settled with the others: as it is, changed, or None where it goes."""


Variant = tuple[Fields, tuple[int, int] | None]
"""The context fields of one claim of a match, and the span of the list it was taken from (None if none)."""


def role_number(view: SentenceView, match: RuleMatch, role: str) -> tuple[float, str | None] | None:
    """The value and qualifier of the last number or ordinal that fills `role` in a match."""
    found = None
    for index in match.roles.get(role, []):
        mention = view.token_mention.get(index)
        if mention is not None and isinstance(mention.value, int | float):
            found = (float(mention.value), mention.qualifier)
    return found


def role_value(view: SentenceView, match: RuleMatch, role: str) -> str | None:
    """The canonical value of the last mention that fills `role` (a unit, say)."""
    found = None
    for index in match.roles.get(role, []):
        mention = view.token_mention.get(index)
        if mention is not None:
            found = str(mention.value)
    return found


def one_variant(view: SentenceView, match: RuleMatch, found: ClaimContext) -> list[Variant]:
    """The usual case: one claim with the context as found, no list to widen the evidence."""
    return [(found.values, None)]


def as_found(claim: Draft) -> Draft:
    """A kind whose claims need nothing filled in."""
    return claim


def from_previous(claims: list[Draft], taken: tuple[str, ...], gaps: tuple[str, ...] = ()) -> list[Draft | None]:
    """Claims of rules marked from_previous with the fields `taken` from the claim of their kind before them in the
    sentence, and those of `gaps` where they have none; None where there is no claim before them."""
    settled: list[Draft | None] = []
    previous: Draft | None = None
    for claim in claims:
        if claim.from_previous:
            if previous is None:
                settled.append(None)
                continue
            taken_fields = {name: previous.get(name) for name in taken}
            gap_fields = {name: previous.get(name) for name in gaps if claim.get(name) is None}
            claim = replace(claim.with_fields({**taken_fields, **gap_fields}), from_previous=False)
        settled.append(claim)
        previous = claim
    return settled
