"""The output of `extract FILE` and `batch`: one record per document, or an error record naming the file."""
from __future__ import annotations

from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, TypeAdapter

from .document import Document, Format
from .models import Claim, Extraction, Language

OFFSETS: Final = "character (code point) offsets into the text that `extractor text <source>` prints"


class DocumentRecord(BaseModel):
    """The claims of one document, with what was read and how."""

    model_config = ConfigDict(extra="forbid")
    source: str
    format: Format
    encoding: str
    language: Language
    languages: list[Language]
    metadata: dict[str, str | list[str]]
    claims: list[Claim]
    warnings: list[str]
    offsets: Literal["character (code point) offsets into the text that `extractor text <source>` prints"] = OFFSETS
    text_length: int
    text: str | None = None
    """The document's text, with --include-text."""


class ErrorRecord(BaseModel):
    """A file that could not be read or extracted, and why; the batch went on without it."""

    model_config = ConfigDict(extra="forbid")
    source: str
    error: str


Record = DocumentRecord | ErrorRecord
RECORD = TypeAdapter(Record)


def document_record(source: str, document: Document, extraction: Extraction, include_text: bool) -> DocumentRecord:
    """The record of a document that was read and extracted."""
    return DocumentRecord(source=source, format=document.format, encoding=document.encoding, language=extraction.language,
                          languages=extraction.languages, metadata=document.metadata, claims=extraction.claims,
                          warnings=list(document.warnings) + extraction.warnings, text_length=len(document.text),
                          text=document.text if include_text else None)


def record_line(record: Record) -> str:
    """One JSON line (characters as written, not escaped); `text` only when it was asked for."""
    if isinstance(record, DocumentRecord) and record.text is None:
        return record.model_dump_json(exclude={"text"})
    return record.model_dump_json()


def output_schema() -> dict[str, Any]:
    """The JSON Schema of one output line."""
    return RECORD.json_schema()


SPANS = ("evidence", "sentence")
CSV_FIELDS = ("source", "error", *(name for name in Claim.model_fields if name not in SPANS),
              *(f"{span}_{part}" for span in SPANS for part in ("start", "end", "text")))
"""A claim's fields, its spans flattened; `error` for a file that failed."""


def csv_rows(record: Record) -> list[dict[str, Any]]:
    """One CSV row per claim (accuracy as `a;b`, spans as start/end/text); an error record is one row."""
    if isinstance(record, ErrorRecord):
        return [{"source": record.source, "error": record.error}]
    rows = []
    for claim in record.claims:
        row: dict[str, Any] = {"source": record.source} | claim.model_dump(exclude=set(SPANS))
        row["accuracy"] = ";".join(f"{value:g}" for value in claim.accuracy) if claim.accuracy else None
        for name in SPANS:
            span = getattr(claim, name)
            row |= {f"{name}_start": span.start, f"{name}_end": span.end, f"{name}_text": span.text}
        rows.append(row)
    return rows
