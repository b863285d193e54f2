"""The claim fields by what they are to each stage, read from the roles declared on the model (models.FieldRole): a field
added to Claim with its role is taken up by context, assembly, evaluation and the command line without more code."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from extractor.models import Claim, FieldRole, Scope


@dataclass(frozen=True)
class FieldRegistry:
    """What each field of a claim model is to the stages, gathered from its FieldRole annotations."""

    roles: dict[str, FieldRole]

    @classmethod
    def of(cls, model: type[BaseModel]) -> FieldRegistry:
        """The registry of a claim model: each field's declared role, the default role where it declares none."""
        return cls(
            {
                name: next((item for item in field.metadata if isinstance(item, FieldRole)), FieldRole())
                for name, field in model.model_fields.items()
            }
        )

    @property
    def labels(self) -> dict[str, str]:
        """Per field a later sentence can take from an earlier one, the mention label that names it."""
        return {name: role.label for name, role in self.roles.items() if role.label is not None and role.learned}

    @property
    def mentioned(self) -> tuple[tuple[str, str], ...]:
        """The fields a claim takes from its sentence's mentions (the subject has subjects.py), with their labels."""
        return tuple((name, role.label) for name, role in self.roles.items() if role.label is not None and name != "subject")

    @property
    def inherited(self) -> frozenset[str]:
        """The fields a claim whose sentence names none takes from the context in force."""
        return frozenset(name for name, role in self.roles.items() if role.inherited)

    @property
    def sole(self) -> dict[str, str]:
        """Per field taken from the one value a whole document names, the label that names it."""
        return {name: role.label for name, role in self.roles.items() if role.sole and role.label is not None}

    @property
    def compared(self) -> tuple[str, ...]:
        """The fields `extractor eval` compares with gold, beside the kind."""
        return tuple(name for name, role in self.roles.items() if role.compared)

    @property
    def shown(self) -> tuple[str, ...]:
        """The fields the table of `extractor extract` shows."""
        return tuple(name for name, role in self.roles.items() if role.shown)

    def in_scope(self, scope: Scope) -> tuple[str, ...]:
        """The fields a value named once holds for, in that scope."""
        return tuple(name for name, role in self.roles.items() if scope in role.scopes)


CLAIM_FIELDS = FieldRegistry.of(Claim)
FIELD_LABELS = CLAIM_FIELDS.labels
CONTEXT_FIELDS = CLAIM_FIELDS.mentioned
INHERITED = CLAIM_FIELDS.inherited
SOLE_FIELDS = CLAIM_FIELDS.sole
COMPARED_FIELDS = CLAIM_FIELDS.compared
SHOWN_FIELDS = CLAIM_FIELDS.shown
in_scope = CLAIM_FIELDS.in_scope
