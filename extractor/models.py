"""The pydantic models of CLAIMS.md: the only schema of what the extractor returns."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

Kind = Literal["ranking", "score", "participation"]
Qualifier = Literal["over", "under", "at_least", "about"]
Suite = Literal["inference", "training", "hpc", "tiny", "mobile", "storage", "automotive"]
Division = Literal["closed", "open", "network"]
Category = Literal["datacenter", "edge"]
Scenario = Literal["offline", "server", "single_stream", "multi_stream", "interactive"]
Unit = Literal[
    "samples/s", "queries/s", "tokens/s", "ms", "seconds", "minutes", "W", "samples/J", "percent",
    "rounds", "results", "power results", "submissions", "submitters", "systems", "accelerators", "processors", "benchmarks",
]
Metric = Literal["throughput", "latency", "time_to_train", "energy"]
Language = Literal["en", "zh"]


class Span(BaseModel):
    """A slice of the caller's original text: `original[start:end] == text`."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    start: int
    end: int
    text: str


class Claim(BaseModel):
    """One checkable statement: a ranking, a score or a participation."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)
    kind: Kind
    """ranking: a place or a count of first places; score: a measured value; participation: who took part, and in what."""
    subject: str | None = None
    """The organisation the claim is about, by its canonical name ("Inspur"); a joint submission is "A & B"; none for a
    round's size."""
    system: str | None = None
    """The product the result is of ("X640 G40", "H100", "TPU v4 Pod"), as the text names it."""
    rank: int | None = None
    """The place claimed (1 for first)."""
    count: int | None = None
    """How many: first places, benchmarks, rounds, submitters, results…"""
    total: int | None = None
    """Out of how many ("15 out of 30 tasks")."""
    qualifier: Qualifier | None = None
    """How the count or value is hedged ("over 100", "about 20 hours")."""
    suite: Suite | None = None
    """The MLPerf suite of the round."""
    version: str | None = None
    """The round's version, major.minor ("3.1"); only where the text states it."""
    division: Division | None = None
    """The division of the results: closed (the reference model), open (any), network."""
    category: Category | None = None
    """Inference's category of systems."""
    model: str | None = None
    """The benchmark, by MLCommons' id ("resnet50", "llama2-70b")."""
    accuracy: list[float] | None = None
    """The accuracy targets named with the benchmark (99.0, 99.9)."""
    scenario: Scenario | None = None
    """Inference's scenario, how queries arrive."""
    value: float | None = None
    """A score's value, in `unit`."""
    unit: Unit | None = None
    """The unit of a score, or what a participation or ranking counts."""
    metric: Metric | None = None
    """What a score measures, from its unit."""
    evidence: Span
    """The words that state the claim, in the text given."""
    sentence: Span
    """The sentence the claim is in."""
    language: Language
    """The language of that sentence."""
    rule: str
    """The name of the rule in patterns/ that produced this claim."""


class Extraction(BaseModel):
    """Everything extracted from one text."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    language: Language
    languages: list[Language]
    claims: list[Claim]
    warnings: list[str] = []


Verdict = Literal["confirmed", "not_reproduced", "unverifiable"]


class Reading(BaseModel):
    """One way of counting a ranking claim's first places in a results table, and the figure it gives."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    reading: str
    """Which systems compete and who is credited: "all systems, per submitter", "available systems only, per system"."""
    count: int
    """The tasks of the claim's scope that the claim's subject (or system) tops."""
    total: int
    """The tasks of the claim's scope."""
    entered: int
    """The tasks of the claim's scope that the subject (or system) has a result in ("four of the six benchmarks it entered")."""


class Verification(BaseModel):
    """A claim checked against official results: the verdict, why, and the rows that decided it."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    verdict: Verdict
    reason: str
    """What was found, or why the table cannot say."""
    reading: str | None = None
    """The reading of a ranking that gives its figures, when one does."""
    readings: list[Reading] = []
    """Every reading of a ranking, with the count and total it gives."""
    figure: float | None = None
    """What the table gives where the claim states a number: a score's nearest result, a participation's count."""
    rows: list[str] = []
    """The deciding rows, by their `location` in the table (the result's folder in MLCommons' repository)."""


class VerifiedClaim(Claim):
    """A claim with its verification (the output of `batch --results` and `verify`)."""

    verification: Verification
