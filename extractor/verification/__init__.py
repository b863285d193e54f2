"""Claims checked against official MLPerf results: `verify(claims, load_results(TABLE))`, or the table's path."""

from __future__ import annotations

from extractor.verification.check import check, verify
from extractor.verification.table import Results, ResultsError, load_results

__all__ = ["Results", "ResultsError", "check", "load_results", "verify"]
