"""Each claim against official results: confirmed, not reproduced (the table covers its scope and no reading of it gives
the claim's figure), or unverifiable (with the reason), with the rows that decided it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from extractor.models import Claim, Reading, Verdict, Verification
from extractor.rulebook.settings import results_settings
from extractor.verification.table import Results, Row, key, load_results

TOLERANCE = 0.005
"""A score matches a result within this share of it (MLCommons' tables round; vendors round further)."""

ABOUT = 0.1
"""How far "about N" may be from the table's figure."""

CROSS_ROUND_UNITS = frozenset({"rounds"})
"""A ranking in these units spans rounds ("the third consecutive time"): one round's results cannot check it."""


def verify(claims: Iterable[Claim], results: Results | str | Path) -> list[Verification]:
    """The verification of every claim, in order, against a results table (loaded, or the path of one to load)."""
    table = results if isinstance(results, Results) else load_results(results)
    return [check(claim, table) for claim in claims]


def check(claim: Claim, results: Results) -> Verification:
    """One claim's verification."""
    if (problem := round_problem(claim, results)) is not None:
        return unverifiable(problem)
    if claim.kind == "score":
        return check_score(claim, results)
    if claim.kind == "ranking":
        return check_ranking(claim, results)
    return check_participation(claim, results)


def unverifiable(reason: str) -> Verification:
    return Verification(verdict="unverifiable", reason=reason)


def round_name(claim: Claim) -> str:
    return f"{claim.suite} v{claim.version}"


def round_problem(claim: Claim, results: Results) -> str | None:
    """Why the table cannot hold the claim's round, if it cannot."""
    if claim.suite is None:
        return "the claim names no suite"
    if claim.version is None:
        return "the claim names no round (version)"
    if (claim.suite, claim.version) not in results.rounds:
        held = ", ".join(f"v{v}" for v in results.versions(claim.suite)) or "none"
        return f"round not in the table: {round_name(claim)} (it holds {claim.suite} {held})"
    return None


def within(claimed: float, found: float, tolerance: float = TOLERANCE) -> bool:
    return abs(claimed - found) <= tolerance * abs(found)


def as_table_value(claim: Claim, units: str) -> float:
    """The claim's value in the table's units: seconds as minutes, samples per joule as millijoules per sample."""
    assert claim.value is not None
    if claim.unit == "seconds" and units == "min.":
        return claim.value / 60
    if claim.unit == "samples/J" and units == "millijoules":
        return 1000 / claim.value if claim.value else float("inf")
    return claim.value


def system_matches(system: str, row: Row) -> bool:
    """A claim's system names the row's system or accelerator, or one names the other ("X660 G45 LP" ↔ "X660G45L", "H100" ↔
    "NVIDIA H100-SXM5-80GB")."""
    wanted = key(system)
    return any(part and (wanted in part or part in wanted) for part in row.system_key.split(" "))


def fits(row: Row, claim: Claim) -> bool:
    """A row in the claim's scope: the division, category, benchmark, accuracy target and scenario it names."""
    return (
        (claim.division is None or row.division == claim.division)
        and (claim.category is None or claim.category in row.categories)
        and (claim.model is None or row.benchmark == claim.model)
        and (not claim.accuracy or row.accuracy in claim.accuracy)
        and (claim.scenario is None or row.scenario == claim.scenario)
    )


def describe(claim: Claim) -> str:
    """The scope a claim names, as a reason says it."""
    parts = [claim.division, claim.category, claim.model, "/".join(f"{a:g}" for a in claim.accuracy or []) or None, claim.scenario]
    named = " ".join(part for part in parts if part)
    return f"{named} results in {round_name(claim)}" if named else f"results in {round_name(claim)}"


def check_score(claim: Claim, results: Results) -> Verification:
    """Found when a result of the same round, organisation, benchmark and scenario is within 0.5% of the value; not
    reproduced when the organisation has results in that task and none is; else unverifiable."""
    if claim.subject is None:
        return unverifiable("the claim names no organisation")
    if claim.value is None or claim.unit is None:
        return unverifiable("the claim states no value with a unit")
    units = [name for name, unit in results_settings().units.items() if claim.unit in unit.claim_units]
    own = results.by_submitter.get((str(claim.suite), str(claim.version), claim.subject), [])
    if not own:
        return unverifiable(f"{claim.subject} has no results in {round_name(claim)}")
    task = [row for row in own if row.units in units and fits(row, claim)]
    if not task:
        return unverifiable(f"{claim.subject} has no {describe(claim)} in {claim.unit}")
    matched = [row for row in task if within(as_table_value(claim, row.units), row.result)]
    if claim.system is not None and any(system_matches(claim.system, row) for row in matched):
        matched = [row for row in matched if system_matches(claim.system, row)]
    if matched:
        return Verification(
            verdict="confirmed",
            reason=f"{len(matched)} result{'s' * (len(matched) > 1)} of {claim.subject} within 0.5% of {claim.value:g} {claim.unit}",
            figure=matched[0].result,
            rows=[r.location for r in matched],
        )
    nearest = min(task, key=lambda row: abs(as_table_value(claim, row.units) - row.result))
    if claim.model is None:
        return Verification(
            verdict="unverifiable",
            reason=f"the claim names no benchmark, and no result of {claim.subject} in "
            f"{round_name(claim)} is within 0.5% of {claim.value:g} {claim.unit}",
            figure=nearest.result,
        )
    return Verification(
        verdict="not_reproduced",
        reason=f"none of {len(task)} {describe(claim)} of {claim.subject} is within 0.5% "
        f"of {claim.value:g} {claim.unit}; the nearest is {nearest.result:g} {nearest.units}",
        figure=nearest.result,
        rows=[row.location for row in task],
    )


@dataclass(frozen=True)
class Counted:
    """One reading of a ranking claim: its figures and the rows of the tasks counted for the claim."""

    reading: Reading
    rows: list[str]


def best(rows: list[Row]) -> list[Row]:
    """The first place of a task: every row with its best result."""
    higher = results_settings().units[rows[0].units].higher_is_better
    top = max(r.result for r in rows) if higher else min(r.result for r in rows)
    return [row for row in rows if row.result == top]


def count_first_places(claim: Claim, tasks: list[list[Row]], available_only: bool, per_system: bool) -> Counted:
    """The tasks the claim's subject (its system, per_system) tops, of those with a result in the reading."""
    count, total, entered, rows = 0, 0, 0, []

    def credited(row: Row) -> bool:
        return row.submitter == claim.subject and not (per_system and claim.system is not None and not system_matches(claim.system, row))

    for task in tasks:
        pool = [row for row in task if row.available] if available_only else task
        if not pool:
            continue
        total += 1
        entered += any(credited(row) for row in pool)
        mine = [row for row in best(pool) if credited(row)]
        if mine:
            count += 1
            rows.append(mine[0].location)
    systems = "available systems only" if available_only else "all systems"
    reading = Reading(reading=f"{systems}, per {'system' if per_system else 'submitter'}", count=count, total=total, entered=entered)
    return Counted(reading, rows)


def gives(claim: Claim, reading: Reading) -> bool:
    """Whether a reading's figures are the claim's: its count (as its qualifier reads) and its total where stated (the
    tasks of the scope, or those the subject entered); a first place with no count needs one task topped."""
    if claim.total is not None and claim.total not in (reading.total, reading.entered):
        return False
    if claim.count is None:
        return reading.count >= 1
    return counts_agree(claim.count, reading.count, claim.qualifier)


def counts_agree(claimed: int, found: float, qualifier: str | None) -> bool:
    if qualifier == "over":
        return found > claimed
    if qualifier == "at_least":
        return found >= claimed
    if qualifier == "under":
        return found < claimed
    if qualifier == "about":
        return abs(found - claimed) <= max(1.0, ABOUT * claimed)
    return found == claimed


def check_ranking(claim: Claim, results: Results) -> Verification:
    """Count the tasks the subject tops within the claim's scope (its division, else the closed division; its category,
    else every category; its benchmark and scenario) under each reading: all systems or available systems only, per
    system where the claim names one (first), and per submitter."""
    if claim.rank != 1:
        return unverifiable("only first places are checked")
    if claim.unit in CROSS_ROUND_UNITS:
        return unverifiable("the claim spans several rounds; the table is checked one round at a time")
    if claim.subject is None:
        return unverifiable("the claim names no organisation")
    suite, version = str(claim.suite), str(claim.version)
    division = claim.division or "closed"
    categories = [claim.category] if claim.category else results.categories(suite, version, division)
    scoped = claim.model_copy(update={"division": division})
    tasks = [
        rows
        for category in categories
        for rows in results.tasks.get((suite, version, division, category), {}).values()
        if fits(rows[0], scoped)
    ]
    if not tasks:
        return unverifiable(f"the table has no {describe(scoped)}")
    if not any(row.submitter == claim.subject for task in tasks for row in task):
        return unverifiable(f"{claim.subject} has no {describe(scoped)}")
    counted = [
        count_first_places(claim, tasks, available_only, per_system)
        for per_system in ((True, False) if claim.system is not None else (False,))
        for available_only in (False, True)
    ]
    readings = [c.reading for c in counted]
    scope = describe(scoped) + ("" if claim.division else " (the claim names no division: closed)")
    if max(claim.total or 0, claim.count or 0) > len(tasks):
        return Verification(
            verdict="unverifiable", reason=f"the claim counts more tasks than the table holds of {scope} ({len(tasks)})", readings=readings
        )
    for found in counted:
        if gives(claim, found.reading):
            of = found.reading.total if claim.total in (None, found.reading.total) else f"{found.reading.entered} entered"
            return Verification(
                verdict="confirmed",
                reason=f"{found.reading.count} of {of} tasks of {scope} topped, reading {found.reading.reading}",
                reading=found.reading.reading,
                readings=readings,
                rows=found.rows,
            )
    return Verification(
        verdict="not_reproduced",
        reason=f"no reading of {scope} gives the claim's figures: " + "; ".join(f"{r.reading}: {r.count} of {r.total}" for r in readings),
        readings=readings,
        rows=counted[0].rows,
    )


def check_participation(claim: Claim, results: Results) -> Verification:
    """Counts the table can make: a round's submitters, results, power results and systems; a subject's (or its named
    system's) results, systems and benchmarks; a first round and no submission."""
    suite, version = str(claim.suite), str(claim.version)
    rows = [row for row in results.by_round[suite, version] if claim.division is None or row.division == claim.division]
    if claim.subject is not None:
        rows = [row for row in rows if row.submitter == claim.subject]
    if claim.subject is not None and claim.system is not None:
        if not any(
            system_matches(claim.system, row)
            for version in results.versions(suite)
            for row in results.by_submitter.get((suite, version, claim.subject), [])
        ):
            return unverifiable(f"{claim.subject}'s {claim.system} is not found in the table")
        rows = [row for row in rows if system_matches(claim.system, row)]
    if claim.unit == "rounds":
        return check_debut(claim, results, bool(rows))
    if claim.count is None:
        return unverifiable("the claim states no count")
    if claim.unit == "submissions" and claim.count == 0:
        figure = len(rows)
        verdict: Verdict = "confirmed" if figure == 0 else "not_reproduced"
        return Verification(
            verdict=verdict,
            reason=f"{claim.subject} has {figure} results in {round_name(claim)}",
            figure=figure,
            rows=[row.location for row in rows[:20]],
        )
    power = {name for name, unit in results_settings().units.items() if not unit.performance}
    counters = {
        "submitters": lambda: len({row.submitter for row in rows}),
        "results": lambda: len(rows),
        "power results": lambda: sum(row.units in power for row in rows),
        "systems": lambda: len({(row.submitter, row.system) for row in rows}),
        "benchmarks": lambda: len({(row.benchmark, row.accuracy) for row in rows if row.units not in power}),
    }
    if claim.unit not in counters or (claim.unit == "submitters") != (claim.subject is None):
        return unverifiable(f"the table does not count {claim.unit or 'this'}" + (f" of {claim.subject}" if claim.subject else ""))
    if claim.subject is not None and not rows:
        return unverifiable(f"{claim.subject} has no {describe(claim)}")
    if claim.unit == "benchmarks":
        held = len({(row.benchmark, row.accuracy) for row in results.by_round[suite, version] if row.units not in power})
        if claim.count > held:
            return unverifiable(f"the claim counts {claim.count} benchmarks; the table holds {held} of {round_name(claim)}")
    figure = counters[claim.unit]()
    whose = (f"{claim.subject}'s {claim.system}" if claim.system else f"{claim.subject}'s") if claim.subject else "the round's"
    reason = f"the table counts {figure} for {whose} {claim.unit} in {describe(claim)}"
    agreed: Verdict = "confirmed" if counts_agree(claim.count, figure, claim.qualifier) else "not_reproduced"
    return Verification(verdict=agreed, reason=reason, figure=figure)


def check_debut(claim: Claim, results: Results, present: bool) -> Verification:
    """A first round (count 1): the subject's earliest round in the table is the claim's, and the table holds an earlier
    round it could have been in."""
    if claim.count != 1 or claim.subject is None:
        return unverifiable("the table holds some rounds, not all: only a first round can be checked")
    held = results.versions(str(claim.suite))
    rounds = [
        (
            version,
            [
                row
                for row in results.by_submitter.get((str(claim.suite), version, claim.subject), [])
                if claim.system is None or system_matches(claim.system, row)
            ],
        )
        for version in held
    ]
    entered = [(version, rows) for version, rows in rounds if rows]
    who = f"{claim.subject}'s {claim.system}" if claim.system else claim.subject
    if not present or not entered:
        return Verification(verdict="not_reproduced", reason=f"{who} has no results in {round_name(claim)}")
    first, rows = entered[0]
    if first == claim.version and held[0] == claim.version:
        return unverifiable(f"{round_name(claim)} is the table's first {claim.suite} round; earlier rounds are not in it")
    debut: Verdict = "confirmed" if first == claim.version else "not_reproduced"
    return Verification(verdict=debut, reason=f"{who}'s first {claim.suite} round in the table is v{first}", rows=[rows[0].location])
