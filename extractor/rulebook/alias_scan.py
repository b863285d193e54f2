"""The scan of a text for the lexicon's aliases (lexicon.Lexicon.find): the loop over every match of the tries, kept
apart from the lexicon's pydantic schemas so that the build can compile it."""

from __future__ import annotations

import re
from operator import attrgetter

from extractor.text.mentions import Mention

MentionValue = str | int | float | tuple[float, ...]
Found = tuple[str, MentionValue, str | None, tuple[int, str] | None]
"""What an alias says: label, canonical value, role, and a unit's leading scenario (its length and which it is)."""


def scan(
    patterns: tuple[re.Pattern[str], re.Pattern[str]],
    glued: re.Pattern[str],
    latin_run: re.Pattern[str],
    accuracy_suffix: re.Pattern[str],
    known: dict[str, Found],
    text: str,
    start: int,
    end: int,
) -> list[Mention]:
    """Every alias of `patterns` in text[start:end] as mentions, in text order: a model's with its accuracy suffix, a
    unit's that opens with a scenario as both; in text that is not ASCII, an organisation run into its product's name
    (`glued`, tried where a run of Latin letters starts) as both."""
    found: list[Mention] = []
    for pattern in patterns:
        for match in pattern.finditer(text, start, end):
            label, value, role, led = known[match.group()]
            begin, stop = match.span()
            accuracy: tuple[float, ...] | None = None
            if label == "MODEL" and (suffix := accuracy_suffix.match(text, stop, end)) is not None:
                accuracy, stop = (float(suffix.group("acc")),), suffix.end()
            if led is not None:
                width, scenario = led
                found.append(Mention(begin, begin + width, "SCENARIO", scenario))
                begin += width + 1
            found.append(Mention(begin, stop, label, value, None, accuracy, role))
    if not text.isascii():
        for run in latin_run.finditer(text, start, end):
            pair = glued.match(text, run.start(), end)
            if pair is None:
                continue
            for group in ("org", "system"):
                label, value, role, _ = known[pair.group(group)]
                found.append(Mention(pair.start(group), pair.end(group), label, value, None, None, role))
    found.sort(key=attrgetter("start"))
    return found
