"""Kind-specific parts of claim assembly: one module per claim kind, language-neutral."""
from __future__ import annotations

from ..rules import RuleMatch
from ..sentence import SentenceView


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
