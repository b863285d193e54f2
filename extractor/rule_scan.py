"""The inner loops of matching rules over a sentence's token code (rules.RuleSet.match), kept apart from the rule
language.s schemas so that the build can compile them."""
from __future__ import annotations

import re
from collections.abc import Iterable

import regex


def overlapping(pattern: re.Pattern[str], code: str) -> list[re.Match[str]]:
    """A match from each position where one starts, as `regex`'s finditer(overlapped=True) finds them: each search
    starts one past the start of the match before."""
    found = []
    position = 0
    while (match := pattern.search(code, position)) is not None:
        found.append(match)
        position = match.start() + 1
    return found


def present_bits(code: str, code_bits: dict[str, int]) -> int:
    """The requirements the tokens of a code meet (a bit mask over the rule set's requirements)."""
    present = 0
    for char in set(code):
        present |= code_bits.get(char, 0)
    return present


def match_roles(match: re.Match[str] | regex.Match[str], group_roles: Iterable[tuple[str, list[str]]]) -> dict[str, list[int]]:
    """The token indexes each role of a match fills (each token is two code characters)."""
    roles: dict[str, list[int]] = {}
    for group, names in group_roles:
        group_start, group_end = match.span(group)
        if group_end > group_start:
            indexes = list(range(group_start // 2, group_end // 2))
            for role in names:
                roles.setdefault(role, []).extend(indexes)
    return roles
