"""Bilingual (English and Chinese) extractor of claims about AI benchmark results."""

from extractor import pipeline
from extractor.models import Claim, Extraction, Span, Verification
from extractor.pipeline import DocumentReader
from extractor.rulebook.loader import PatternError
from extractor.verification import Results, ResultsError, load_results, verify

__all__ = [
    "Claim",
    "DocumentReader",
    "Extraction",
    "PatternError",
    "Results",
    "ResultsError",
    "Span",
    "Verification",
    "extract",
    "load_results",
    "verify",
]


def extract(text: str) -> Extraction:
    """Every ranking, score and participation claim in `text`, with spans into `text` itself.

    The type is checked here, outside the modules the build may compile, whose own check names no remedy."""
    if not isinstance(text, str):
        hint = " (decode bytes first)" if isinstance(text, bytes | bytearray) else ""
        raise TypeError(f"extract() takes a str, not {type(text).__name__}{hint}")
    return pipeline.extract(text)
