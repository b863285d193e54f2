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

    model_config = ConfigDict(frozen=True, extra="forbid")
    kind: Kind
    subject: str | None = None
    system: str | None = None
    rank: int | None = None
    count: int | None = None
    total: int | None = None
    qualifier: Qualifier | None = None
    suite: Suite | None = None
    version: str | None = None
    division: Division | None = None
    category: Category | None = None
    model: str | None = None
    accuracy: list[float] | None = None
    scenario: Scenario | None = None
    value: float | None = None
    unit: Unit | None = None
    metric: Metric | None = None
    evidence: Span
    sentence: Span
    language: Language
    rule: str
    """The name of the rule in patterns/ that produced this claim."""


class Extraction(BaseModel):
    """Everything extracted from one text."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    language: Language
    languages: list[Language]
    claims: list[Claim]
    warnings: list[str] = []
