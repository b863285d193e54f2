"""An official results table (MLCommons' columns), loaded once into indexes that answer a claim in microseconds.

A row is one result of one system on one benchmark and scenario; a task is one benchmark (with its accuracy target) in
one scenario within a round, division and category, and its first place is its best performance result.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from extractor.rulebook.lexicon import lexicon
from extractor.rulebook.settings import results_settings

COLUMNS = (
    "suite",
    "version",
    "division",
    "category",
    "organization",
    "system",
    "model",
    "scenario",
    "result",
    "units",
    "availability",
    "accelerator",
    "location",
)
"""The columns a results table must have."""

ACCURACY_SUFFIX = re.compile(r"-(\d+(?:\.\d+)?)$")
CAMEL = re.compile(r"(?<=[a-z]{2})(?=[A-Z])")
NOT_A_KEY = re.compile(r"[\s\-_]+")


class ResultsError(ValueError):
    """A results table that cannot be used; the message names the file and the reason."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")


@dataclass(frozen=True)
class Row:
    """One official result, its names read as claims write them."""

    suite: str
    version: str
    division: str
    categories: tuple[str, ...]
    submitter: str
    """The canonical organisation ("Inspur", "Red Hat & Supermicro"), or the table's spelling where none is known."""
    system: str
    system_key: str
    """The system's name before its parenthesised configuration, then the accelerator's, compared as keys (see key())."""
    benchmark: str
    """The claim model id of the benchmark ("bert"), or the table's name where it has none."""
    accuracy: float | None
    scenario: str | None
    """The claim scenario ("offline"), None for training."""
    table_scenario: str
    result: float
    units: str
    available: bool
    location: str

    @property
    def task(self) -> tuple[str, str, str, str | None, float | None, str | None, str]:
        """What a first place is counted over, but for the category: round, division, benchmark and target, scenario, units."""
        return self.suite, self.version, self.division, self.benchmark, self.accuracy, self.scenario, self.units


def key(name: str) -> str:
    """A system name as compared: lower case, without spaces, hyphens or underscores ("X660 G45 LP" → "x660g45lp")."""
    return NOT_A_KEY.sub("", name.lower())


@cache
def submitter(organization: str) -> str:
    """The canonical name of a table's submitter: results.toml's own list, else the lexicon's reading of the name with its
    separators and CamelCase spaced ("RedHat-Supermicro" → "Red Hat & Supermicro"), else the table's spelling."""
    for canonical, spellings in results_settings().submitters.items():
        if organization in spellings:
            return canonical
    spaced = CAMEL.sub(" ", re.sub(r"[_+\-]+", " ", organization))
    for text in (spaced, spaced.title()):
        names = list(dict.fromkeys(str(m.value) for m in lexicon().find(text, 0, len(text)) if m.label == "ORG"))
        if names:
            return " & ".join(names)
    return organization


@cache
def benchmark_names() -> dict[str, str]:
    """Per table benchmark name (its accuracy suffix off), the claim model id."""
    return {name: model for model, names in results_settings().benchmarks.items() for name in names}


def read_benchmark(model: str) -> tuple[str, float | None]:
    """A table benchmark as a claim model id and accuracy target ("bert-99.9" → ("bert", 99.9), "resnet" → ("resnet50", None))."""
    suffix = ACCURACY_SUFFIX.search(model)
    base, accuracy = (model[: suffix.start()], float(suffix.group(1))) if suffix and float(suffix.group(1)) >= 90 else (model, None)
    return benchmark_names().get(base, base), accuracy


@dataclass
class Results:
    """The rows of a results table and the indexes a check reads."""

    path: str
    rows: list[Row]
    rounds: set[tuple[str, str]] = field(default_factory=set)
    by_submitter: dict[tuple[str, str, str], list[Row]] = field(default_factory=dict)
    """Per (suite, version, submitter), its rows."""
    by_round: dict[tuple[str, str], list[Row]] = field(default_factory=dict)
    tasks: dict[tuple[str, str, str, str], dict[tuple[str, str, str, str | None, float | None, str | None, str], list[Row]]] = field(
        default_factory=dict
    )
    """Per (suite, version, division, category), its performance tasks and their rows."""
    first_round: dict[tuple[str, str], str] = field(default_factory=dict)
    """Per (suite, submitter), the earliest round it has results in."""

    def __post_init__(self) -> None:
        by_submitter: dict[tuple[str, str, str], list[Row]] = defaultdict(list)
        by_round: dict[tuple[str, str], list[Row]] = defaultdict(list)
        tasks: dict[tuple[str, str, str, str], dict[tuple[str, str, str, str | None, float | None, str | None, str], list[Row]]] = (
            defaultdict(lambda: defaultdict(list))
        )
        units, scenarios = results_settings().units, results_settings().category_scenarios
        for row in self.rows:
            self.rounds.add((row.suite, row.version))
            by_submitter[row.suite, row.version, row.submitter].append(row)
            by_round[row.suite, row.version].append(row)
            if row.units in units and units[row.units].performance:
                for category in row.categories:
                    if category in scenarios and row.table_scenario not in scenarios[category]:
                        continue  # a system listed in both categories: its SingleStream results are edge results
                    tasks[row.suite, row.version, row.division, category][row.task].append(row)
            earliest = self.first_round.get((row.suite, row.submitter))
            if earliest is None or version_order(row.version) < version_order(earliest):
                self.first_round[row.suite, row.submitter] = row.version
        self.by_submitter, self.by_round = dict(by_submitter), dict(by_round)
        self.tasks = {scope: dict(found) for scope, found in tasks.items()}

    def versions(self, suite: str) -> list[str]:
        """The rounds of a suite the table holds, oldest first."""
        return sorted({version for s, version in self.rounds if s == suite}, key=version_order)

    def categories(self, suite: str, version: str, division: str) -> list[str]:
        return sorted(category for s, v, d, category in self.tasks if (s, v, d) == (suite, version, division))


def version_order(version: str) -> tuple[int, ...]:
    return tuple(int(part) if part.isdigit() else 0 for part in version.split("."))


def load_results(path: str | Path) -> Results:
    """Read a results table (CSV with MLCommons' columns, see COLUMNS); a missing, unreadable or malformed file, or one
    that lacks a column, is a ResultsError naming it."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [column for column in COLUMNS if column not in (reader.fieldnames or [])]
            if missing:
                raise ResultsError(
                    path,
                    f"not a results table: no column {', '.join(missing)} (its columns: {', '.join(reader.fieldnames or []) or 'none'})",
                )
            return Results(str(path), list(read_rows(path, reader)))
    except FileNotFoundError as error:
        raise ResultsError(path, "no such file") from error
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise ResultsError(path, f"cannot be read: {error}") from error


def read_rows(path: Path, reader: Iterable[dict[str, str]]) -> Iterable[Row]:
    """The table's rows; a row whose result is not a number is a ResultsError naming its line (a row with no result,
    as power-only rows of some rounds have, is skipped)."""
    scenarios = {table: claim for claim, table in results_settings().scenarios.items()}
    available = set(results_settings().availability.available)
    for line, record in enumerate(reader, start=2):
        if not record["result"]:
            continue
        try:
            result = float(record["result"])
        except ValueError as error:
            raise ResultsError(path, f"line {line}: result {record['result']!r} is not a number") from error
        benchmark, accuracy = read_benchmark(record["model"])
        name = record["system"].split(" (")[0]
        yield Row(
            suite=record["suite"],
            version=record["version"],
            division=record["division"],
            categories=tuple(c for c in record["category"].split(",") if c) or ("",),
            submitter=submitter(record["organization"]),
            system=record["system"],
            system_key=f"{key(name)} {key(record['accelerator'])}",
            benchmark=benchmark,
            accuracy=accuracy,
            scenario=scenarios.get(record["scenario"]),
            table_scenario=record["scenario"],
            result=result,
            units=record["units"],
            available=record["availability"].lower() in available,
            location=record["location"],
        )
