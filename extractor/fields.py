"""The claim fields by what they are to each stage, read from the roles declared on the model (models.FieldRole): a field
added to Claim with its role is taken up by context, assembly, evaluation and the command line without more code."""
from __future__ import annotations

from .models import Claim, FieldRole, Scope

ROLES: dict[str, FieldRole] = {
    name: next((item for item in field.metadata if isinstance(item, FieldRole)), FieldRole()) for name, field in Claim.model_fields.items()
}

FIELD_LABELS = {name: role.label for name, role in ROLES.items() if role.label is not None and role.learned}
"""Per field a later sentence can take from an earlier one, the mention label that names it."""

CONTEXT_FIELDS = tuple((name, role.label) for name, role in ROLES.items() if role.label is not None and name != "subject")
"""The fields a claim takes from its sentence's mentions (the subject has subjects.py), with their labels."""

INHERITED = frozenset(name for name, role in ROLES.items() if role.inherited)
"""The fields a claim whose sentence names none takes from the context in force."""

COMPARED_FIELDS = tuple(name for name, role in ROLES.items() if role.compared)
"""The fields `extractor eval` compares with gold, beside the kind."""

SHOWN_FIELDS = tuple(name for name, role in ROLES.items() if role.shown)
"""The fields the table of `extractor extract` shows."""


def in_scope(scope: Scope) -> tuple[str, ...]:
    """The fields a value named once holds for, in that scope."""
    return tuple(name for name, role in ROLES.items() if scope in role.scopes)
