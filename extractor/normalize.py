"""Folds full-width and compatibility forms to ASCII and masks markup, keeping a map to the original."""
from __future__ import annotations

import html
import unicodedata
from array import array
from dataclasses import dataclass
from functools import cache

import regex

from .settings import text_settings

FULLWIDTH_FIRST, FULLWIDTH_LAST, FULLWIDTH_SHIFT = 0xFF01, 0xFF5E, 0xFEE0
PARAGRAPH_BREAK = "\n\n"


@dataclass(frozen=True)
class Normalized:
    """The analysed text and, for each of its characters, the original range it came from."""

    text: str
    starts: array[int]
    ends: array[int]
    original_length: int

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized [start, end) to the original text."""
        if end <= start:
            position = self.starts[start] if start < len(self.text) else self.original_length
            return position, position
        return self.starts[start], self.ends[end - 1]


@dataclass(frozen=True)
class Edit:
    """Replace original[start:end] by `replacement` in the analysed text."""

    start: int
    end: int
    replacement: str


@cache
def fold_table() -> dict[int, str]:
    """The length-preserving map: full-width ASCII forms and the ideographic space."""
    keep = set(text_settings().fold.keep)
    table = {code: chr(code - FULLWIDTH_SHIFT) for code in range(FULLWIDTH_FIRST, FULLWIDTH_LAST + 1) if chr(code) not in keep}
    table[0x3000] = " "
    return table


@cache
def drop_pattern() -> regex.Pattern[str]:
    return regex.compile("[" + "".join(regex.escape(c) for c in text_settings().fold.drop) + "]")


@cache
def markup_pattern() -> regex.Pattern[str]:
    skipped = "|".join(text_settings().markup.skipped_tags)
    return regex.compile(
        rf"(?P<skip><(?P<name>{skipped})\b[^>]*>.*?</(?P=name)\s*>)"
        r"|(?P<comment><!--.*?-->)"
        r"|(?P<tag></?(?P<tagname>[A-Za-z][A-Za-z0-9]*)\b[^<>]*>)"
        r"|(?P<entity>&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)",
        regex.DOTALL | regex.IGNORECASE,
    )


FRONT_MATTER = regex.compile(r"\A\ufeff?\s*---[ \t]*\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", regex.DOTALL)
FRONT_MATTER_LINE = regex.compile(r"^[ \t]*(?:-[ \t]+)?(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*\r?$", regex.MULTILINE)


def front_matter_edits(text: str) -> tuple[list[Edit], int]:
    """Mask YAML front matter except the values of prose keys; return the edits and where it ends."""
    match = FRONT_MATTER.match(text)
    if match is None:
        return [], 0
    prose_keys = {key.lower() for key in text_settings().markup.prose_keys}
    edits: list[Edit] = []
    position = 0
    for line in FRONT_MATTER_LINE.finditer(text, match.start("body"), match.end("body")):
        if line.group("key").lower() not in prose_keys or not line.group("value"):
            continue
        start, end = line.span("value")
        if end - start >= 2 and text[start] in "'\"" and text[end - 1] == text[start]:
            start, end = start + 1, end - 1
        edits.append(Edit(position, start, PARAGRAPH_BREAK))
        position = end
    edits.append(Edit(position, match.end(), PARAGRAPH_BREAK))
    return edits, match.end()


def markup_edits(text: str) -> list[Edit]:
    """Edits that hide front matter, HTML tags, scripts and comments and decode entities."""
    edits, position = front_matter_edits(text)
    block_tags = set(text_settings().markup.block_tags)
    for match in markup_pattern().finditer(text, position):
        if match.group("entity"):
            decoded = html.unescape(match.group())
            if decoded != match.group():
                edits.append(Edit(match.start(), match.end(), decoded))
        elif match.group("tag") and match.group("tagname").lower() not in block_tags:
            edits.append(Edit(match.start(), match.end(), ""))
        else:
            edits.append(Edit(match.start(), match.end(), PARAGRAPH_BREAK))
    return edits


def fold_char(char: str) -> str:
    """One character in its analysed form ('' for marks that are dropped)."""
    if drop_pattern().match(char):
        return ""
    if char in text_settings().fold.keep:
        return char
    folded = char.translate(fold_table())
    return folded if folded.isascii() else unicodedata.normalize("NFKC", folded)


def normalize(text: str) -> Normalized:
    """Fold and unmask `text`; every character of the result maps back to the original."""
    pieces: list[str] = []
    starts: array[int] = array("q")
    ends: array[int] = array("q")

    def emit_folded(start: int, end: int) -> None:
        segment = text[start:end].translate(fold_table())
        if unicodedata.is_normalized("NFKC", segment) and not drop_pattern().search(segment):
            pieces.append(segment)
            starts.extend(range(start, end))
            ends.extend(range(start + 1, end + 1))
            return
        for index in range(start, end):
            folded = fold_char(text[index])
            pieces.append(folded)
            starts.extend([index] * len(folded))
            ends.extend([index + 1] * len(folded))

    position = 0
    for edit in markup_edits(text):
        emit_folded(position, edit.start)
        replacement = "".join(fold_char(c) for c in edit.replacement) if edit.replacement != PARAGRAPH_BREAK else edit.replacement
        pieces.append(replacement)
        starts.extend([edit.start] * len(replacement))
        ends.extend([edit.end] * len(replacement))
        position = edit.end
    emit_folded(position, len(text))
    return Normalized("".join(pieces), starts, ends, len(text))
