"""Kind-specific parts of claim assembly: one module per claim kind, language-neutral, each a `ClaimKind`."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from ..mentions import Mention
from ..rules import RuleMatch
from ..sentence import SentenceView


@dataclass
class ClaimContext:
    """The context fields of one match, which of them came from the document and which from elsewhere in its sentence
    than its clause, and the model mention used."""

    values: dict[str, Any]
    inherited: set[str]
    model: Mention | None
    sentence_wide: set[str]


class ClaimKind(Protocol):
    """What assembly asks of a claim kind's module."""

    READS_ON: bool
    """Context after the claim reaches on to the next claim (a score stated before what it measured)."""

    def fields(self, view: SentenceView, match: RuleMatch) -> dict[str, Any]: ...

    def clause_fields(self, match: RuleMatch) -> tuple[str, ...]: ...

    def variants(self, view: SentenceView, match: RuleMatch, found: ClaimContext) -> list[tuple[dict[str, Any], tuple[int, int] | None]]: ...

    def keep(self, view: SentenceView, claim: dict[str, Any], clause: tuple[int, int]) -> bool: ...

    def settle(self, claims: list[dict[str, Any]]) -> list[dict[str, Any]]: ...


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


def one_variant(view: SentenceView, match: RuleMatch, found: ClaimContext) -> list[tuple[dict[str, Any], tuple[int, int] | None]]:
    """The usual case: one claim with the context as found, no list to widen the evidence."""
    return [(found.values, None)]


def from_previous(claims: list[dict[str, Any]], taken: tuple[str, ...], gaps: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """Claims of rules marked from_previous with the fields `taken` from the claim of their kind before them in the
    sentence, and those of `gaps` where they have none; dropped where there is no claim before them."""
    kept: list[dict[str, Any]] = []
    for claim in claims:
        if claim.pop("from_previous", False):
            if not kept:
                continue
            claim.update({name: kept[-1][name] for name in taken})
            claim.update({name: kept[-1][name] for name in gaps if claim.get(name) is None})
        kept.append(claim)
    return kept
