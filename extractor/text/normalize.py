"""Folds full-width and compatibility forms to ASCII and masks markup, keeping a map to the original."""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

import regex

from extractor.rulebook.settings import text_settings

FULLWIDTH_FIRST, FULLWIDTH_LAST, FULLWIDTH_SHIFT = 0xFF01, 0xFF5E, 0xFEE0
PARAGRAPH_BREAK = "\n\n"


@dataclass(frozen=True)
class Normalized:
    """The analysed text and a map back to the original, as pieces: a piece either copies the original one
    character for one (`identity`), or stands, every character of it, for a whole original range."""

    text: str
    piece_starts: list[int]
    """Where each piece starts in the analysed text (ascending)."""
    pieces: list[tuple[int, int, bool]]
    """Per piece: original start, original end, identity."""
    original_length: int

    def original_range(self, position: int) -> tuple[int, int]:
        """The original range that the analysed character at `position` came from."""
        index = bisect_right(self.piece_starts, position) - 1
        start, end, identity = self.pieces[index]
        if identity:
            start += position - self.piece_starts[index]
            return start, start + 1
        return start, end

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized [start, end) to the original text."""
        if end <= start:
            position = self.original_range(start)[0] if start < len(self.text) else self.original_length
            return position, position
        return self.original_range(start)[0], self.original_range(end - 1)[1]


@dataclass(frozen=True)
class Edit:
    """Replace original[start:end] by `replacement` in the analysed text."""

    start: int
    end: int
    replacement: str


COMPATIBILITY_BLOCKS = (
    (0x00A0, 0x00FF),
    (0x2000, 0x33FF),
    (0xF900, 0xFAFF),
    (0xFB00, 0xFB4F),
    (0xFE10, 0xFE6F),
    (0xFF00, 0xFFEF),
    (0x1D400, 0x1D7FF),
    (0x1F100, 0x1F1FF),
)


@cache
def fold_table() -> dict[int, str]:
    """Each foldable character's analysed form: full-width ASCII, NFKC compatibility forms, dropped marks."""
    keep = set(text_settings().fold.keep)
    table: dict[int, str] = {}
    for first, last in COMPATIBILITY_BLOCKS:
        for code in range(first, last + 1):
            char = chr(code)
            folded = chr(code - FULLWIDTH_SHIFT) if FULLWIDTH_FIRST <= code <= FULLWIDTH_LAST else unicodedata.normalize("NFKC", char)
            if folded != char and char not in keep:
                table[code] = folded
    table[0x3000] = " "
    # Lone surrogates cannot be encoded (the tokenizers fail on them): they read as a replacement character.
    table.update({code: "\ufffd" for code in range(0xD800, 0xE000)})
    for char, replacement in text_settings().fold.map.items():
        table[ord(char)] = replacement
    for char in text_settings().fold.drop:
        table[ord(char)] = ""
    return table


@cache
def fold_scans(astral: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Runs of foldable characters, and the characters whose analysed form is not exactly one character long, for a
    text with or without characters past U+FFFF. Each is a character class of ranges: stdlib re tests a class of
    Basic Multilingual Plane characters against a bitmap, but one with any character past it range by range, several
    times slower, so that class is used only for a text that needs it."""
    table = fold_table()
    codes = [code for code in table if astral or code <= 0xFFFF]
    resizing = [code for code in codes if len(table[code]) != 1]
    return re.compile(f"(?:{character_class(codes)})+"), re.compile(character_class(resizing))


def character_class(codes: list[int]) -> str:
    """A regex character class of these code points, consecutive ones as ranges."""
    ranges: list[list[int]] = []
    for code in sorted(codes):
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    if not ranges:
        return "(?!)"
    return "[" + "".join(re.escape(chr(low)) + (f"-{re.escape(chr(high))}" if high > low else "") for low, high in ranges) + "]"


@cache
def markup_pattern() -> re.Pattern[str]:
    """Front matter aside, what normalize hides or decodes: skipped elements (scripts, styles), comments, tags,
    entities, URLs, Markdown images, link brackets and emphasis marks.

    Every alternative opens with one of a few characters, so the pattern first takes that character, and each
    alternative looks back at it: stdlib re then skips to where markup can start instead of trying every position.
    tests/test_normalize.py holds the same pattern written plainly and checks that both find the same.
    """
    skipped = "|".join(text_settings().markup.skipped_tags)
    return re.compile(
        r"[<&!\[\]*_hHwW](?:"
        rf"(?<=<)(?:(?P<skip>(?P<name>(?i:{skipped}))\b[^>]*>.*?</(?i:(?P=name))\s*>)"
        r"|(?P<comment>!--.*?-->)"
        r"|(?P<tag>/?(?P<tagname>[A-Za-z][A-Za-z0-9]*)\b[^<>]*>))"
        r"|(?<=&)(?P<entity>#\d{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)"
        r"|(?P<url>(?:(?<=[hH])(?i:ttps?://)|(?<=[wW])(?i:ww\.))[^\s<>\"'()（）]+)"
        r"|(?<=!)(?P<image>\[[^\]\n]*\]\([^)\s]*\))"
        r"|(?P<link>(?<=\[)(?=[^\]\n]*\]\()|(?<=\])\([^)\s]*\))"
        r"|(?P<emphasis>(?<=\*)\*|(?<=_)_)"
        r")",
        re.DOTALL,
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


FULLWIDTH_GROUPING = regex.compile(r"(?<=[０-９])，(?=[０-９]{3}(?![０-９]))")


def grouping_edits(text: str) -> list[Edit]:
    """A full-width comma between full-width digit groups ("６７９，９１５") is a thousands separator."""
    return [Edit(match.start(), match.end(), ",") for match in FULLWIDTH_GROUPING.finditer(text)]


TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
PINYIN_GLOSS = regex.compile(rf"(?<=\p{{Han}})\((?=[a-zü]*[{TONED}])[a-zü{TONED}]{{1,7}}\)")
"""A reading in toned pinyin that a converter left after a Chinese character ("訓(xùn)練"): hidden, so that the word
reads whole ("訓練")."""


def pinyin_edits(text: str) -> list[Edit]:
    """Edits that hide pinyin readings glossed inside Chinese words."""
    return [Edit(match.start(), match.end(), "") for match in PINYIN_GLOSS.finditer(text)]


def merged(edits: list[Edit], more: list[Edit]) -> list[Edit]:
    """`edits` with those of `more` that start outside every one of them, in text order."""
    if not more:
        return edits
    return sorted(edits + [e for e in more if not any(m.start <= e.start < m.end for m in edits)], key=lambda e: e.start)


def markup_edits(text: str) -> list[Edit]:
    """Edits that hide front matter, HTML tags, scripts, comments, URLs and Markdown marks and decode entities."""
    edits, position = front_matter_edits(text)
    markup = text_settings().markup
    block_tags, line_tags = set(markup.block_tags), set(markup.line_tags)
    for match in markup_pattern().finditer(text, position):
        if match.group("entity"):
            decoded = html.unescape(match.group())
            if decoded != match.group():
                edits.append(Edit(match.start(), match.end(), decoded))
        elif match.group("url"):
            edits.append(Edit(match.start(), match.end(), " "))
        elif match.group("tag") and match.group("tagname").lower() in line_tags:
            edits.append(Edit(match.start(), match.end(), "\n"))
        elif match.group("skip") or match.group("tag") and match.group("tagname").lower() in block_tags:
            edits.append(Edit(match.start(), match.end(), PARAGRAPH_BREAK))
        else:
            edits.append(Edit(match.start(), match.end(), ""))
    return edits


def normalize(text: str) -> Normalized:
    """Fold and unmask `text`; every character of the result maps back to the original."""
    output: list[str] = []
    piece_starts: list[int] = []
    pieces: list[tuple[int, int, bool]] = []
    length = 0

    def emit(analysed: str, start: int, end: int, identity: bool) -> None:
        nonlocal length
        if analysed:
            output.append(analysed)
            piece_starts.append(length)
            pieces.append((start, end, identity))
            length += len(analysed)

    def emit_folded(start: int, end: int) -> None:
        if all_ascii or text[start:end].isascii():  # nothing to fold
            emit(text[start:end], start, end, True)
            return
        position = start
        for resized in resizing.finditer(text, start, end):
            emit(folded_copy(position, resized.start()), position, resized.start(), True)
            emit(fold_table()[ord(resized.group())], resized.start(), resized.end(), False)
            position = resized.end()
        emit(folded_copy(position, end), position, end, True)

    def folded_copy(start: int, end: int) -> str:
        """text[start:end] folded character for character: only its runs of foldable characters are translated."""
        parts: list[str] = []
        position = start
        for run in foldable.finditer(text, start, end):
            parts += (text[position : run.start()], run.group().translate(fold_table()))
            position = run.end()
        return "".join(parts) + text[position:end] if parts else text[start:end]

    all_ascii = text.isascii()
    foldable, resizing = fold_scans(not all_ascii and max(text) > "\uffff")
    position = 0
    edits = markup_edits(text)
    if "，" in text:
        edits = merged(edits, grouping_edits(text))
    if "(" in text and not all_ascii:
        edits = merged(edits, pinyin_edits(text))
    for edit in edits:
        emit_folded(position, edit.start)
        emit(edit.replacement.translate(fold_table()), edit.start, edit.end, False)
        position = edit.end
    emit_folded(position, len(text))
    return Normalized("".join(output), piece_starts, pieces, len(text))
