"""The round a whole document reports on, voted over all of its text: what a claim takes where nothing before it names
a round (a headline above the paragraph that names it; a text that gives its suite only by cues, "trained in 11 minutes")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache

from extractor.fields import SOLE_FIELDS
from extractor.rulebook.lexicon import LATIN_ALNUM
from extractor.rulebook.settings import context_settings
from extractor.rulebook.trie import trie_pattern
from extractor.text.mentions import Mention

ANCHORED_VOTES = 3
"""A suite word or version near a round anchor ("MLPerf Training v4.0") outweighs cues and words used in passing."""


@dataclass(frozen=True)
class DocumentRound:
    """The suite and version most of a document's mentions and cues point to (None where it states none), and per
    field taken from a document's sole value (fields.SOLE_FIELDS) the one value it names, where it names only one."""

    suite: str | None = None
    version: str | None = None
    sole: Mapping[str, str] = field(default_factory=dict)


@cache
def suite_cue_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One search for every suite cue of context.toml (over lower-cased text; Latin cues as whole words, Han cues
    wherever they stand: "ResNet50离线"), and the suite each cue votes for."""
    suite_of: dict[str, str] = {cue.lower(): suite for suite, cues in context_settings().suite_cues.items() for cue in cues}
    guards = {cue: "(?![a-z0-9])" for cue in suite_of if cue[-1] in LATIN_ALNUM}
    latin = [cue for cue in suite_of if cue[0] in LATIN_ALNUM]
    others = [cue for cue in suite_of if cue[0] not in LATIN_ALNUM]
    alternatives = [f"(?<![a-z0-9])(?:{trie_pattern(latin, guards)})"] + ([trie_pattern(others, guards)] if others else [])
    return re.compile("|".join(alternatives)), suite_of


def near_anchor(text: str, mention: Mention) -> bool:
    """A suite word or version within reach of a round anchor ("MLPerf", "MLCommons")."""
    settings = context_settings()
    reach = settings.round_anchor_distance
    window = text[max(0, mention.start - reach) : mention.end + reach]
    return any(anchor in window for anchor in settings.round_anchors)


def vote_round(text: str, mentions: Iterable[Mention]) -> DocumentRound:
    """Suite and version by votes: each suite word and version one (ANCHORED_VOTES near a round anchor), each suite cue
    one; a tie goes to the first named. Versions that name no round (rounds.names_no_round) are not among `mentions`.
    Where every suite word near a round anchor names one suite, that is the document's and cues are not counted."""
    suites: Counter[str] = Counter()
    anchored: set[str] = set()
    versions: Counter[str] = Counter()
    named: dict[str, set[str]] = {label: set() for label in SOLE_FIELDS.values()}
    for mention in mentions:
        if mention.label in named:
            named[mention.label].add(str(mention.value))
        if mention.label not in ("SUITE", "VERSION"):
            continue
        near = near_anchor(text, mention)
        if mention.label == "SUITE":
            suites[str(mention.value)] += ANCHORED_VOTES if near else 1
            if near:
                anchored.add(str(mention.value))
        else:
            versions[str(mention.value)] += ANCHORED_VOTES if near else 1
    sole = {name: next(iter(named[label])) for name, label in SOLE_FIELDS.items() if len(named[label]) == 1}
    if len(anchored) == 1:
        return DocumentRound(anchored.pop(), winner(versions), sole)
    pattern, suite_of = suite_cue_pattern()
    for cue in pattern.findall(text.lower()):
        suites[suite_of[cue]] += 1
    return DocumentRound(winner(suites), winner(versions), sole)


def winner(votes: Counter[str]) -> str | None:
    """The value with most votes, the first counted on a tie (Counter keeps insertion order)."""
    return votes.most_common(1)[0][0] if votes else None
