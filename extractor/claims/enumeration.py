"""Records counted in one sentence and named in the next: "打破了6项记录。这6个模型分别是DLRM、BERT…" or "NVIDIA set
eight records. The eight benchmarks were ResNet-50, BERT and DLRM" is one ranking per benchmark named, besides the count.

The list must open the sentence right after the count ("这6个模型分别是", "The eight benchmarks were"), with the count
itself or a demonstrative before the opener, and name at least two benchmarks and no more than the count.
"""

from __future__ import annotations

from functools import cache

import regex

from extractor.claims.draft import Draft, Fields
from extractor.fields import CONTEXT_FIELDS
from extractor.rulebook.trie import trie_pattern
from extractor.rulebook.word_lists import word_lists
from extractor.text.language import Sentence
from extractor.text.mentions import Mention

OPENER_REACH = 24
"""How far into its sentence the opener of a list may stand ("这6个模型分别是", "The eight record-setting tests were")."""

LATIN_START = r"(?:(?<![A-Za-z])|(?![A-Za-z]))"
LATIN_END = r"(?:(?![A-Za-z])|(?<![A-Za-z]))"
"""A word's bounds where it meets Latin letters on both sides ("were" in "werewolf" is no word); Han text has none."""

CARRIED = ("subject", *(name for name, _ in CONTEXT_FIELDS if name not in ("model", "accuracy")))
"""What each record of the list takes from the counted ranking: every field a mention names but the benchmark, which
each record names for itself."""


def counted_records(claims: list[Draft]) -> Fields | None:
    """The last first-place ranking of a sentence that counts two or more benchmarks without naming one, whose
    benchmarks the next sentence may list."""
    found = [c for c in claims if c.kind == "ranking" and c.get("rank") == 1 and (c.number("count") or 0) >= 2 and c.get("model") is None]
    return {name: found[-1].get(name) for name in ("count", *CARRIED)} if found else None


@cache
def opener(language: str) -> regex.Pattern[str]:
    """A demonstrative or a number, then a list opener ("这6个模型分别是", "The eight benchmarks were"), from where a
    sentence starts (a Latin word stands whole)."""
    words = word_lists(language)
    demonstratives, openers = trie_pattern(words["list_demonstratives"]), trie_pattern(words["list_openers"])
    return regex.compile(
        rf"(?i)(?:{LATIN_START}(?:{demonstratives}){LATIN_END}|\d)(?P<between>[^,，;；。:：]{{0,{OPENER_REACH}}}?)"
        rf"{LATIN_START}(?:{openers}){LATIN_END}"
    )


@cache
def task_word(language: str) -> regex.Pattern[str]:
    """A word of the language's `task` list or `records`: what the words between demonstrative and opener must name."""
    words = word_lists(language)
    return regex.compile(rf"(?i){LATIN_START}(?:{trie_pattern(words['task'] + words['list_records'])}){LATIN_END}")


def listed_records(text: str, sentence: Sentence, mentions: list[Mention], records: Fields) -> list[Draft]:
    """One rank-1 ranking for each benchmark the sentence lists after its opener, with the counted ranking's context
    (the evidence is the benchmark's name); none where the sentence is no such list."""
    found = opener(sentence.language).match(text, sentence.start, min(sentence.end, sentence.start + 2 * OPENER_REACH))
    if found is None:
        return []
    between = found.group("between")
    if between.strip() and not task_word(sentence.language).search(between):
        return []  # "The rest were …": the sentence lists something other than the records
    stated = regex.findall(r"\d+", found.group())
    if stated and int(stated[0]) != records["count"]:
        return []
    models: list[Mention] = []
    for mention in mentions:
        if mention.label == "MODEL" and mention.start >= found.end() and not (models and models[-1].value == mention.value):
            models.append(mention)
    count = records["count"]
    if not isinstance(count, int) or not 2 <= len(models) <= count:
        return []
    carried = {name: records[name] for name in CARRIED if records[name] is not None}
    return [
        Draft(
            kind="ranking",
            rule=f"{sentence.language}-listed-records",
            language=sentence.language,
            evidence=(m.start, m.end),
            fields={"rank": 1, "model": str(m.value), "accuracy": list(m.accuracy) if m.accuracy else None, **carried},
        )
        for m in models
    ]
