"""Bilingual (English and Chinese) extractor of claims about AI benchmark results."""
from .loader import PatternError
from .models import Claim, Extraction, Span
from .pipeline import extract

__all__ = ["Claim", "Extraction", "PatternError", "Span", "extract"]
