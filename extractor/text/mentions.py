"""The Mention: a labelled piece of a sentence (an organisation, a number, a model…) with its value."""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple


class Mention(NamedTuple):
    """A span of the normalized text, what kind of thing it names and its canonical value (a named tuple: made by the
    ten thousand a megabyte, and a tuple is made several times faster than a frozen dataclass)."""

    start: int
    end: int
    label: str
    value: str | int | float | tuple[float, ...]
    qualifier: str | None = None
    accuracy: tuple[float, ...] | None = None
    role: str | None = None


LABEL_PRIORITY = (
    "VERSION",
    "ACCURACY",
    "RANK",
    "MODEL",
    "ORG",
    "ACCEL",
    "SYSTEM",
    "UNIT",
    "TIME",
    "POWER",
    "COUNTED",
    "PERSEC",
    "SCENARIO",
    "DIVISION",
    "CATEGORY",
    "SUITE",
    "OTHER",
    "ORD",
    "NUM",
)
PRIORITY = {label: rank for rank, label in enumerate(LABEL_PRIORITY)}
"""Ties between overlapping mentions of one length; a label not listed (a new field's) comes after these."""


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions (ties by label priority), in text order."""

    def preference(m: Mention) -> tuple[int, int, int]:
        return (-(m.end - m.start), PRIORITY.get(m.label, len(PRIORITY)), m.start)

    starts: list[int] = []
    kept: list[Mention] = []
    for mention in sorted(mentions, key=preference):
        index = bisect_left(starts, mention.start)
        if index and kept[index - 1].end > mention.start:
            continue
        if index < len(kept) and kept[index].start < mention.end:
            continue
        starts.insert(index, mention.start)
        kept.insert(index, mention)
    return kept
