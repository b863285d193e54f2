"""A long fuzzing run of the property tests: `python bench/fuzz.py [--examples 20000]` (minutes, not for CI).

Runs every property of tests/test_robustness.py (arbitrary Unicode, lone surrogates, realistic sentences and
documents with hostile insertions, claim words in any order, zero-width marks everywhere) with `--examples`
random examples each under the "fuzz" Hypothesis profile, prints Hypothesis's statistics for each property (how
many examples ran, how long they took) and a summary line; exits 1 if any property failed (the failing example is
printed, shrunk).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=20_000, help="random examples per property (default 20000)")
    parser.add_argument("-k", default="", help="only the properties whose names contain this (pytest -k)")
    options = parser.parse_args()
    environment = os.environ | {"HYPOTHESIS_PROFILE": "fuzz", "FUZZ_EXAMPLES": str(options.examples)}
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "--hypothesis-show-statistics",
        str(ROOT / "tests" / "test_robustness.py"),
    ] + (["-k", options.k] if options.k else [])
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    print(result.stdout, end="")
    print(result.stderr, end="", file=sys.stderr)
    counts = [tuple(map(int, found)) for found in re.findall(r"(\d+) passing, (\d+) failing, and (\d+) invalid", result.stdout)]
    passing, failing, invalid = (sum(column) for column in zip(*counts)) if counts else (0, 0, 0)
    print(
        f"fuzz: {passing:,} passing, {failing:,} failing, {invalid:,} invalid examples in {len(counts)} phases of "
        f"{result.stdout.count('::test_')} properties, {elapsed:.0f} s ({passing / elapsed:.0f} examples/s); "
        f"pytest exit {result.returncode}"
    )
    return 0 if result.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
