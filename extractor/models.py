"""The pydantic models: the only schema of what the extractor returns, and of what each claim field is to the stages
that fill, carry, compare and show it (FieldRole, read by fields.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict

Kind = Literal["ranking", "score", "participation"]
Qualifier = Literal["over", "under", "at_least", "about"]
Suite = Literal["inference", "training", "hpc", "tiny", "mobile", "storage", "automotive"]
Division = Literal["closed", "open", "network"]
Category = Literal["datacenter", "edge"]
Scenario = Literal["offline", "server", "single_stream", "multi_stream", "interactive"]
Unit = Literal[
    "samples/s",
    "queries/s",
    "tokens/s",
    "ms",
    "seconds",
    "minutes",
    "W",
    "samples/J",
    "percent",
    "rounds",
    "results",
    "power results",
    "submissions",
    "submitters",
    "systems",
    "accelerators",
    "processors",
    "benchmarks",
]
Metric = Literal["throughput", "latency", "time_to_train", "energy"]
Language = Literal["en", "zh"]
Scope = Literal["document", "heading", "section", "paragraph"]


@dataclass(frozen=True)
class FieldRole:
    """What a claim field is to the stages (declared on the field with Annotated; fields.py gathers them)."""

    label: str | None = None
    """The mention label that names the field in text ("ORG"), where a claim takes it from its words or its sentence."""
    learned: bool = True
    """Whether a sentence's last mention of that label is remembered for later sentences (see scopes)."""
    scopes: tuple[Scope, ...] = ()
    """How far a value named once holds: the whole document, the section a heading opens (set by the heading), the
    section (set by any sentence in it), the paragraph."""
    inherited: bool = False
    """A claim whose sentence names none takes the value in force."""
    sole: bool = False
    """Where no value is in force, an inherited field takes the one value the whole document names, if it names only
    one ("All nine came in the closed division" after the claims): a document that names one division reports in it."""
    compared: bool = False
    """`extractor eval` compares it with the gold claim's."""
    shown: bool = False
    """The table of `extractor extract` shows it."""


SHOWN = FieldRole(compared=True, shown=True)
CARRIED = ("heading", "section", "paragraph")


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
    subject: Annotated[str | None, FieldRole("ORG", scopes=("heading", "paragraph"), compared=True, shown=True)] = None
    """The organisation the claim is about, by its canonical name ("Inspur"); a joint submission is "A & B"; none for a
    round's size."""
    system: Annotated[str | None, FieldRole("SYSTEM", inherited=True, compared=True, shown=True)] = None
    """The product the result is of ("X640 G40", "H100", "TPU v4 Pod"), as the text names it."""
    rank: Annotated[int | None, SHOWN] = None
    """The place claimed (1 for first)."""
    count: Annotated[int | None, SHOWN] = None
    """How many: first places, benchmarks, rounds, submitters, results…"""
    total: Annotated[int | None, SHOWN] = None
    """Out of how many ("15 out of 30 tasks")."""
    qualifier: Annotated[Qualifier | None, SHOWN] = None
    """How the count or value is hedged ("over 100", "about 20 hours")."""
    suite: Annotated[Suite | None, FieldRole("SUITE", scopes=("document",), inherited=True, compared=True, shown=True)] = None
    """The MLPerf suite of the round."""
    version: Annotated[str | None, FieldRole("VERSION", scopes=("document",), inherited=True, compared=True, shown=True)] = None
    """The round's version, major.minor ("3.1"); only where the text states it."""
    division: Annotated[Division | None, FieldRole("DIVISION", scopes=CARRIED, inherited=True, sole=True, compared=True, shown=True)] = None
    """The division of the results: closed (the reference model), open (any), network."""
    category: Annotated[Category | None, FieldRole("CATEGORY", scopes=CARRIED, inherited=True, compared=True, shown=True)] = None
    """Inference's category of systems."""
    model: Annotated[str | None, FieldRole("MODEL", scopes=CARRIED, inherited=True, compared=True, shown=True)] = None
    """The benchmark, by MLCommons' id ("resnet50", "llama2-70b")."""
    accuracy: Annotated[list[float] | None, FieldRole("ACCURACY", learned=False, compared=True, shown=True)] = None
    """The accuracy targets named with the benchmark (99.0, 99.9)."""
    scenario: Annotated[Scenario | None, FieldRole("SCENARIO", compared=True, shown=True)] = None
    """Inference's scenario, how queries arrive."""
    value: Annotated[float | None, SHOWN] = None
    """A score's value, in `unit`."""
    unit: Annotated[Unit | None, SHOWN] = None
    """The unit of a score, or what a participation or ranking counts."""
    metric: Annotated[Metric | None, FieldRole(shown=True)] = None
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
