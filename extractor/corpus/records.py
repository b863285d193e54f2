"""The output of `extract FILE` and `batch`: one record per document, or an error record naming the file."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, BinaryIO, Final, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, TypeAdapter

from extractor.models import Claim, Extraction, Language, VerifiedClaim
from extractor.reading.document import Document, Format

OFFSETS: Final = "character (code point) offsets into the text that `extractor text <source>` prints"


class Origin(NamedTuple):
    """Where `batch` found a document: its path relative to the input folder (what --resume keys it by, however the
    folder was typed) and the input folder, resolved."""

    document: str
    root: str


class SourceRecord(BaseModel):
    """Where a record's document came from: what every output record starts with."""

    model_config = ConfigDict(extra="forbid")
    source: str
    document: str | None = None
    """In `batch` output: the path relative to the input folder."""
    root: str | None = None
    """In `batch` output: the input folder, resolved."""


class DocumentRecord(SourceRecord):
    """The claims of one document, with what was read and how."""

    format: Format
    encoding: str
    metadata: dict[str, str | list[str]]
    claims: list[Claim]
    """Before the fields known only once every claim is found, so a record can be written as its claims arrive."""
    language: Language
    languages: list[Language]
    warnings: list[str]
    offsets: Literal["character (code point) offsets into the text that `extractor text <source>` prints"] = OFFSETS
    text_length: int
    text: str | None = None
    """The document's text, with --include-text."""


class ErrorRecord(SourceRecord):
    """A file that could not be read or extracted, and why; the batch went on without it."""

    error: str


class VerifiedRecord(DocumentRecord):
    """A document record whose claims were checked against official results (`batch --results`, `verify`)."""

    claims: list[VerifiedClaim]  # type: ignore[assignment]


Record = VerifiedRecord | DocumentRecord | ErrorRecord
RECORD = TypeAdapter(Record)


def document_record(
    source: str, document: Document, extraction: Extraction, include_text: bool, origin: Origin | None = None
) -> DocumentRecord:
    """The record of a document that was read and extracted."""
    return DocumentRecord(
        source=source,
        document=origin.document if origin else None,
        root=origin.root if origin else None,
        format=document.format,
        encoding=document.encoding,
        language=extraction.language,
        languages=extraction.languages,
        metadata=document.metadata,
        claims=extraction.claims,
        warnings=list(document.warnings) + extraction.warnings,
        text_length=len(document.text),
        text=document.text if include_text else None,
    )


def record_line(record: Record) -> str:
    """One JSON line (characters as written, not escaped); `text` only when it was asked for, `document` and `root` only
    in `batch` output."""
    unset = {name for name in ("document", "root") if getattr(record, name) is None}
    if isinstance(record, DocumentRecord) and record.text is None:
        unset.add("text")
    return record.model_dump_json(exclude=unset)


def output_schema() -> dict[str, Any]:
    """The JSON Schema of one output line."""
    return RECORD.json_schema()


SPANS = ("evidence", "sentence")
CSV_FIELDS = (
    "source",
    "error",
    *(name for name in Claim.model_fields if name not in SPANS),
    *(f"{span}_{part}" for span in SPANS for part in ("start", "end", "text")),
    *Origin._fields,
)
"""A claim's fields, its spans flattened; `error` for a file that failed; where `batch` found the document."""


OutputFormat = Literal["jsonl", "csv"]
SPOOL_CHARS = 1 << 22
"""A record that grows past this many characters goes on in a temporary file rather than in memory."""


def csv_row(source: str, claim: Claim, origin: Origin | None) -> dict[str, Any]:
    """One claim as a CSV row: accuracy as `a;b`, spans as start/end/text."""
    row: dict[str, Any] = {"source": source} | claim.model_dump(exclude=set(SPANS)) | (origin._asdict() if origin else {})
    row["accuracy"] = ";".join(f"{value:g}" for value in claim.accuracy) if claim.accuracy else None
    for name in SPANS:
        span = getattr(claim, name)
        row |= {f"{name}_start": span.start, f"{name}_end": span.end, f"{name}_text": span.text}
    return row


def csv_lines(rows: list[dict[str, Any]]) -> str:
    """Rows as CSV text in the columns of CSV_FIELDS (the header is written once, by the output file)."""
    buffer = io.StringIO()
    csv.DictWriter(buffer, CSV_FIELDS, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def error_output(record: ErrorRecord, output_format: OutputFormat) -> str:
    """An error record as its JSON line or its one CSV row."""
    if output_format == "jsonl":
        return record_line(record) + "\n"
    return csv_lines([record.model_dump()])


EMPTY_CLAIMS = '"claims":[]'


def around_claims(record: DocumentRecord) -> tuple[str, str]:
    """A record with no claims as its JSON line cut where the claims go: before them, and after them. The last
    `"claims":[]` is the record's own (a metadata key may say "claims" first; strings never hold it unescaped)."""
    line = record_line(record)
    cut = line.rindex(EMPTY_CLAIMS) + len(EMPTY_CLAIMS) - 1
    return line[:cut], line[cut:] + "\n"


class RecordWriter:
    """Writes one document's output as its claims arrive (a JSON line, or a CSV row per claim): in memory, then in a
    temporary file once it passes SPOOL_CHARS, so the claims of a huge document are never all held at once."""

    def __init__(
        self, output_format: OutputFormat, source: str, document: Document, spool_dir: str | None = None, origin: Origin | None = None
    ) -> None:
        self.output_format, self.source, self.document, self.spool_dir, self.origin = output_format, source, document, spool_dir, origin
        self.parts: list[str] = []
        self.size = 0
        self.spool: IO[str] | None = None
        self.claims = 0
        if output_format == "jsonl":  # the fields before the claims are known now (the record puts them first)
            self.put(around_claims(document_record(source, document, Extraction(language="en", languages=[], claims=[]), False, origin))[0])

    def put(self, chunk: str) -> None:
        """Append output, moving it all to the temporary file when it grows past SPOOL_CHARS."""
        if self.spool is None and self.size + len(chunk) > SPOOL_CHARS:
            self.spool = tempfile.NamedTemporaryFile(
                "w", encoding="utf-8", dir=self.spool_dir, prefix="extractor-", suffix=".part", delete=False
            )
            self.spool.writelines(self.parts)
            self.parts = []
        if self.spool is not None:
            self.spool.write(chunk)
        else:
            self.parts.append(chunk)
            self.size += len(chunk)

    def add(self, claim: Claim) -> None:
        """Write one more claim of the document."""
        if self.output_format == "jsonl":
            self.put(("," if self.claims else "") + claim.model_dump_json())
        else:
            self.put(csv_lines([csv_row(self.source, claim, self.origin)]))
        self.claims += 1

    def finish(self, extraction: Extraction, include_text: bool) -> tuple[str, str | None]:
        """The output, given the document's language and warnings (its claims were added), as text or as the path
        of the temporary file that holds it (the caller removes it)."""
        if self.output_format == "jsonl":
            self.put(around_claims(document_record(self.source, self.document, extraction, include_text, self.origin))[1])
        elif not self.claims:  # a row that says the document was read and holds no claim (so --resume skips it)
            self.put(csv_lines([{"source": self.source, "language": extraction.language} | (self.origin._asdict() if self.origin else {})]))
        if self.spool is None:
            return "".join(self.parts), None
        self.spool.close()
        return "", self.spool.name

    def discard(self) -> None:
        """Remove the temporary file of an output that will not be used."""
        if self.spool is not None:
            self.spool.close()
            os.unlink(self.spool.name)


def output_records(path: Path, stream: BinaryIO) -> Iterator[dict[str, Any]]:
    """The records of a JSON Lines output, a line at a time (lines end at "\\n" only: a record may hold U+2028 or U+0085
    unescaped); a line that is no record is named by its number."""
    for number, line in enumerate(stream, start=1):
        try:
            record = json.loads(line)
            if not isinstance(record, dict) or "source" not in record:
                raise ValueError("no source")
        except ValueError as error:
            raise ValueError(f"{path}: line {number} is not an output record ({error})") from error
        yield record
