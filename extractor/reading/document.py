"""A file on disk as a document: its text (what `extractor text` prints and offsets index) and metadata."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Literal

from extractor.reading.decode import NotText, decode
from extractor.reading.html_text import html_to_text
from extractor.text.normalize import FRONT_MATTER

Format = Literal["text", "markdown", "html"]
FORMATS: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
Metadata = dict[str, str | list[str]]


class ReadError(Exception):
    """A file that cannot be read as a document; the message is the reason, the file is named by the caller."""


@dataclass(frozen=True)
class Document:
    """One document: `text` is what claims' offsets index; front matter and HTML head go to `metadata`."""

    format: Format
    encoding: str
    text: str
    metadata: Metadata = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


NOT_REGULAR = "not a regular file (a FIFO, device or socket)"


def document_format(path: Path) -> Format | None:
    """The format a file name says, or None for files that are not documents we read."""
    return FORMATS.get(path.suffix.lower())


def read_document(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, form: Format | None = None) -> Document:
    """Read, decode and (for HTML) reduce one file, in `form` or the format its name says; ReadError says why not."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO must not block the batch
    except OSError as error:
        raise ReadError(error.strerror or str(error)) from error
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise ReadError("is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise ReadError(NOT_REGULAR)
        if info.st_size > max_bytes:
            raise ReadError(over_limit(f"{info.st_size:,} bytes", max_bytes))
        data = read_at_most(descriptor, max_bytes + 1)
    except OSError as error:
        raise ReadError(error.strerror or str(error)) from error
    finally:
        os.close(descriptor)
    if len(data) > max_bytes:
        raise ReadError(over_limit("grew while being read and", max_bytes))
    return parse_document(data, form or document_format(path) or "text")


def read_stream(stream: BinaryIO, max_bytes: int, form: Format) -> Document:
    """A document from a stream such as standard input, read up to the size limit."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ReadError(over_limit("the input", max_bytes))
    return parse_document(data, form)


def over_limit(what: str, max_bytes: int) -> str:
    return f"{what} is over the limit of {max_bytes:,} bytes (raise it with --max-bytes)"


def read_at_most(descriptor: int, limit: int) -> bytes:
    """Up to `limit` bytes of an open file."""
    chunks: list[bytes] = []
    remaining = limit
    while remaining > 0 and (chunk := os.read(descriptor, min(remaining, 1 << 20))):
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def parse_document(data: bytes, form: Format) -> Document:
    """A document from a file's bytes in a known format."""
    if not data:
        raise ReadError("empty: 0 bytes, nothing to read")
    try:
        decoded = decode(data)
    except NotText as error:
        raise ReadError(str(error)) from error
    if form == "html":
        text, html_metadata = html_to_text(decoded.text)
        return Document(form, decoded.encoding, text, dict(html_metadata), decoded.warnings)
    text = decoded.text.removeprefix("\ufeff")
    return Document(form, decoded.encoding, text, front_matter(text), decoded.warnings)


def front_matter(text: str) -> Metadata:
    """The fields of YAML front matter (flat `key: value`, lists, block scalars); ReadError if it is malformed."""
    first_end = text.find("\n")
    if text[: first_end if first_end >= 0 else len(text)].strip() != "---":
        return {}
    if (matched := FRONT_MATTER.match(text)) is None:
        raise ReadError("front matter opened on line 1 is never closed by a '---' line")
    lines = text[: matched.end()].splitlines()  # only the front matter: a document may be hundreds of megabytes
    metadata: Metadata = {}
    key: str | None = None
    block: list[str] | None = None
    for number, line in enumerate(lines[1:], start=2):
        if line.strip() == "---":
            break
        stripped = line.strip()
        if block is not None and (line[:1].isspace() or not stripped):
            block.append(stripped)
            continue
        if block is not None and key:
            metadata[key] = " ".join(part for part in block if part)
            block = None
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("- ") and key:
            items = metadata.get(key)
            metadata[key] = (items if isinstance(items, list) else []) + [unquote(stripped[2:])]
        elif line[:1].isspace() and key:
            continue  # a nested mapping under `key`: kept out of the flat metadata
        elif ":" in stripped and not line[:1].isspace():
            key, _, value = stripped.partition(":")
            key, value = key.strip(), value.strip()
            if value in ("|", ">", "|-", ">-", "|+", ">+"):
                block = []
            elif value.startswith("[") and value.endswith("]"):
                metadata[key] = [unquote(item) for item in value[1:-1].split(",") if item.strip()]
            else:
                metadata[key] = unquote(value)
        else:
            raise ReadError(f"front matter line {number} is not 'key: value': {line.strip()[:80]!r}")
    if block is not None and key:
        metadata[key] = " ".join(part for part in block if part)
    return metadata


def unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] in "'\"" and value[-1] == value[0]:
        return value[1:-1]
    return value
