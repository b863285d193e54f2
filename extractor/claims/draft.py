"""A claim under construction: what assembly knows of it before it becomes a `models.Claim`. Drafts are frozen and
their fields a read-only Mapping (mypy --strict holds every stage to it), so a check reads a draft and a step that
changes one returns a new one."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from extractor.models import Claim, Span

FieldValue = str | int | float | list[float] | None
"""The value of a claim field (see models.Claim)."""

Fields = Mapping[str, FieldValue]
"""Claim fields by their names on models.Claim."""


@dataclass(frozen=True)
class Draft:
    """A claim's kind, rule, language and evidence (over normalized offsets), its fields so far, and two marks assembly
    reads before the claim is settled."""

    kind: str
    rule: str
    language: str
    evidence: tuple[int, int]
    fields: Fields
    from_previous: bool = False
    """Made by a rule marked from_previous: it takes fields of the claim of its kind before it in its sentence."""
    model_inherited: bool = False
    """Its benchmark comes from the document context, not its own sentence."""

    def get(self, name: str) -> FieldValue:
        """A field's value, None where it has none."""
        return self.fields.get(name)

    def text(self, name: str) -> str | None:
        """A field whose value is a word (subject, model, unit…)."""
        value = self.fields.get(name)
        return value if isinstance(value, str) else None

    def number(self, name: str) -> float | None:
        """A field whose value is a number (count, total, rank, value)."""
        value = self.fields.get(name)
        return value if isinstance(value, int | float) else None

    def with_fields(self, fields: Fields) -> Draft:
        """This draft with `fields` set (over any it has)."""
        return replace(self, fields={**self.fields, **fields})

    def filled_from(self, other: Draft) -> Draft:
        """This draft with the fields it lacks taken from `other`."""
        gaps = {name: value for name, value in other.fields.items() if self.fields.get(name) is None}
        return self.with_fields(gaps) if gaps else self

    def claim(self, span: Callable[[int, int], Span], sentence: Span) -> Claim:
        """The pydantic Claim, its evidence mapped to the original text by `span`."""
        return Claim.model_validate(
            {
                **self.fields,
                "kind": self.kind,
                "rule": self.rule,
                "language": self.language,
                "evidence": span(*self.evidence),
                "sentence": sentence,
            }
        )
