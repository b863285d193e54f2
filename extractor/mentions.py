"""The Mention: a labelled piece of a sentence (an organisation, a number, a model…) with its value."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the normalized text, what kind of thing it names and its canonical value."""

    start: int
    end: int
    label: str
    value: str | int | float | tuple[float, ...]
    qualifier: str | None = None
    accuracy: tuple[float, ...] | None = None
    role: str | None = None


LABEL_PRIORITY = ("VERSION", "ACCURACY", "RANK", "MODEL", "ORG", "ACCEL", "SYSTEM", "UNIT", "TIME", "POWER", "COUNTED", "PERSEC", "SCENARIO",
                  "DIVISION", "CATEGORY", "SUITE", "OTHER", "ORD", "NUM")


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions (ties by label priority), in text order."""
    def preference(m: Mention) -> tuple[int, int, int]:
        return (-(m.end - m.start), LABEL_PRIORITY.index(m.label), m.start)

    kept: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for mention in sorted(mentions, key=preference):
        if all(mention.end <= s or mention.start >= e for s, e in taken):
            kept.append(mention)
            taken.append((mention.start, mention.end))
    return sorted(kept, key=lambda m: m.start)
