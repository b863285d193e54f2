"""Which version mentions name a round: not one where a run of rounds starts, one compared with, or a product's."""

from __future__ import annotations

import re
from functools import cache

from extractor.rulebook.lexicon import lexicon
from extractor.rulebook.settings import context_settings
from extractor.rulebook.trie import trie_pattern
from extractor.text.mentions import Mention

NO_ROUND_REACH = 40
"""How far before a version what makes it no round is looked for."""
PRODUCT_REACH = 24
"""How far before a version a product's name is looked for (a longer word, cut at the window's start, is none)."""
LATIN_WORD_BEFORE = re.compile(r"(?<![A-Za-z0-9+._-])[A-Za-z][A-Za-z0-9+._-]*(?=[ \t]*-?[ \t]*$)")
"""The Latin word right before a version ("TensorRT-LLM v0.9"), if one stands there."""


@cache
def no_round_marks() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Context.toml's `not_a_round_before` (a word before a version, at most two words between; searched in lower-cased
    text, which stdlib re scans faster than with IGNORECASE) and `not_a_round_after` (a word right after it or after its
    `version_suffixes` word)."""
    settings = context_settings()
    before, after, suffix = (
        trie_pattern(word.lower() for word in words)
        for words in (settings.not_a_round_before, settings.not_a_round_after, settings.version_suffixes)
    )
    return (
        re.compile(rf"(?<![a-z])(?:{before})(?:[ \t]*[^\s\d.,;:，。；：、]+){{0,2}}[ \t]*$"),
        re.compile(rf"[ \t)）]*(?:{suffix})?(?:{after})"),
    )


@cache
def round_words() -> frozenset[str]:
    """The capitalized words a round's version may follow (lower-cased): round anchors, suite names, `round_version_openers`."""
    settings = context_settings()
    suites = [alias for alias, (label, _) in lexicon().by_alias.items() if label == "SUITE"]
    return frozenset(word.lower() for word in [*settings.round_anchors, *suites, *settings.round_version_openers])


def names_no_round(text: str, version: Mention) -> bool:
    """A version where a run of rounds starts or that a claim is compared with ("since MLPerf v1.0", "与V3.1相比"), or a
    product's ("TensorRT-LLM v0.9"): neither a claim's round nor the document's."""
    before, after = no_round_marks()
    reach = max(0, version.start - NO_ROUND_REACH)
    if before.search(text[reach : version.start].lower()) is not None or after.match(text, version.end) is not None:
        return True
    word = LATIN_WORD_BEFORE.search(text, max(reach, version.start - PRODUCT_REACH), version.start)
    return word is not None and not word.group().islower() and word.group().lower() not in round_words()
