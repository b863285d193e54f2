"""Verdicts added to the output of `batch`: every claim of every document record gains its `verification`, and a tally
per kind and verdict sums up the run."""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import get_args

from extractor.models import Claim, Kind, Verdict
from extractor.verification.check import check
from extractor.verification.table import Results


class Tally:
    """Verdicts per claim kind."""

    def __init__(self) -> None:
        self.counts: Counter[tuple[str, str]] = Counter()

    def add(self, kind: str, verdict: str) -> None:
        self.counts[kind, verdict] += 1

    def lines(self) -> list[str]:
        """One line per kind: "ranking: 3 confirmed, 1 not reproduced, 5 unverifiable"."""
        return [
            f"{kind}: " + ", ".join(f"{self.counts[kind, verdict]} {verdict.replace('_', ' ')}" for verdict in get_args(Verdict))
            for kind in get_args(Kind)
        ]


def verified_lines(lines: Iterable[str], results: Results, tally: Tally) -> Iterator[str]:
    """Each JSON line of `batch` output with a verification on every claim (one made before is made again); error records
    and blank lines as they were."""
    for line in lines:
        if not line.strip():
            continue
        record = json.loads(line)
        for claim in record.get("claims", []):
            claim.pop("verification", None)
            verification = check(Claim.model_validate(claim), results)
            claim["verification"] = verification.model_dump()
            tally.add(claim["kind"], verification.verdict)
        yield json.dumps(record, ensure_ascii=False) + "\n"


def verify_file(path: Path, results: Results, tally: Tally) -> None:
    """Add verifications to a JSON Lines output in place: written to a file beside it, which then replaces it, so that an
    interrupted run leaves the output as it was."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".verifying")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out, path.open(encoding="utf-8") as lines:
            out.writelines(verified_lines(lines, results, tally))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
