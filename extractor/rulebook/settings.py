"""Schemas of the single-file settings in patterns/ (text, numbers, context), loaded once."""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict

from extractor.models import Category, Scenario, Suite, Unit
from extractor.rulebook.loader import load


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Fold(Strict):
    keep: list[str]
    drop: list[str]
    map: dict[str, str]


class Markup(Strict):
    block_tags: list[str]
    line_tags: list[str]
    cell_tags: list[str]
    item_tags: list[str]
    item_mark: str
    skipped_tags: list[str]
    prose_keys: list[str]


class Sentences(Strict):
    terminals: list[str]
    closers: list[str]
    continuations: list[str]
    list_marks: list[str]
    abbreviations: list[str]


class TextSettings(Strict):
    """patterns/text.toml: how raw text is folded and read."""

    fold: Fold
    markup: Markup
    sentences: Sentences


class ChineseNumbers(Strict):
    digits: dict[str, int]
    small_units: dict[str, int]
    large_units: dict[str, int]
    ordinal_prefix: list[str]
    vague_prefixes: list[str]
    first_words: list[str]
    blocked_suffixes: list[str]
    measure_words: list[str]


class EnglishNumbers(Strict):
    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    suffix_scales: dict[str, int]
    phrases: dict[str, int]
    ordinals: dict[str, int]
    ordinal_suffixes: list[str]
    blocked_after: list[str]
    relative_after: list[str]
    relative_then: list[str]
    counted_after_block: list[str]
    ordinal_blocked_before: list[str]
    year_before: list[str]
    year_followers: list[str]
    year_range: tuple[int, int]


class QualifierWords(Strict):
    prefix: list[str]
    suffix: list[str]


class Ranges(Strict):
    connectors: list[str]
    openers: list[str]
    joiners: list[str]


class NumberSettings(Strict):
    """patterns/numbers.toml: number words, numerals, ranges and qualifiers."""

    zh: ChineseNumbers
    en: EnglishNumbers
    ranges: Ranges
    qualifiers: dict[str, QualifierWords]


class ContextSettings(Strict):
    """patterns/context.toml: words that decide how claims take their context."""

    component_before: list[str]
    component_with_quantity: list[str]
    org_component_before: list[str]
    compared_before: list[str]
    rivalry_openers: list[str]
    rivalry_words: list[str]
    component_measures: list[str]
    component_articles: list[str]
    own_before: list[str]
    modifiers_follow: list[str]
    named_before: list[str]
    fronted_openers: list[str]
    sentence_wide: list[str]
    cumulative: list[str]
    not_a_round_before: list[str]
    not_a_round_after: list[str]
    version_suffixes: list[str]
    round_version_openers: list[str]
    current_round: list[str]
    earlier_round: list[str]
    distributive: list[str]
    owner_before: list[str]
    separators: list[str]
    time_suites: list[Suite]
    duration_joiners: list[str]
    owner_after: list[str]
    conjunctions: list[str]
    joint_marks: list[str]
    heading_max_chars: int
    table_cell_marks: list[str]
    bare_scenario_openers: list[str]
    table_system_headers: list[str]
    table_organisation_headers: list[str]
    round_anchors: list[str]
    round_anchor_distance: int
    suite_cues: dict[Suite, list[str]]


@cache
def text_settings() -> TextSettings:
    """patterns/text.toml, validated."""
    return load("text.toml", TextSettings)


@cache
def number_settings() -> NumberSettings:
    """patterns/numbers.toml, validated."""
    return load("numbers.toml", NumberSettings)


@cache
def context_settings() -> ContextSettings:
    """patterns/context.toml, validated."""
    return load("context.toml", ContextSettings)


class TableUnit(Strict):
    claim_units: list[Unit]
    higher_is_better: bool
    performance: bool


class Availability(Strict):
    available: list[str]


class ResultsSettings(Strict):
    """patterns/results.toml: how an official results table reads against claims."""

    benchmarks: dict[str, list[str]]
    scenarios: dict[Scenario, str]
    category_scenarios: dict[Category, list[str]]
    units: dict[str, TableUnit]
    availability: Availability
    submitters: dict[str, list[str]]


@cache
def results_settings() -> ResultsSettings:
    """patterns/results.toml, validated."""
    return load("results.toml", ResultsSettings)
