"""Scores read out of tables whose header names what a column measures: "| System | ResNet-50 Offline (samples/s) |"
over "| Dell PowerEdge XE9680 | 41,200 |" is a score of 41,200 samples/s on ResNet-50 Offline by that system.

A table is a run of lines of cells split by a cell mark (context.toml's `table_cell_marks`): one row a line
("| a | b |", or "a | b" as the HTML reader writes a row), or a row whose cells stand a line each, each line
ending in the mark and the row's first line opening with it. Its first row is the header. A body cell that is a
bare number, in a column whose header names a unit, a scenario or a benchmark, is a score with what its header and its
row name; a cell that states its own unit is left to the rules, and a row with more or fewer cells than the header is
not read (a writer that drops empty cells leaves its numbers under the wrong columns).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache

from extractor.claims.draft import Draft, FieldValue
from extractor.claims.kinds import score
from extractor.rulebook.lexicon import SCORE_UNIT_LABELS, lexicon
from extractor.rulebook.settings import context_settings
from extractor.text.mentions import Mention

BARE_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
BLANK_LINE = re.compile(r"\n[^\S\n]*\n")

Cell = tuple[int, int]


@dataclass(frozen=True)
class Table:
    """A table of the text: its header's cells and its body rows' cells (trimmed spans), and where it starts and ends."""

    header: list[Cell]
    rows: list[tuple[Cell, list[Cell]]]
    """Each body row's span and its cells."""
    start: int
    end: int


@dataclass(frozen=True)
class Column:
    """What a header cell says its column holds."""

    fields: dict[str, FieldValue]
    measured: bool
    """It names a unit, a scenario or a benchmark: its bare numbers are scores."""
    system: bool
    organisation: bool


@cache
def cell_marks() -> tuple[str, ...]:
    return tuple(context_settings().table_cell_marks)


@cache
def separator_row() -> re.Pattern[str]:
    """What may stand between two rows of one table, and makes a row of its own no row: cell marks, rules of dashes
    and colons ("|---|:---:|"), space."""
    return re.compile("(?:" + "|".join(re.escape(mark) for mark in cell_marks()) + r"|[\s:\-—–])*")


@cache
def headers() -> tuple[frozenset[str], frozenset[str]]:
    """The header words of a column of systems and of a column of organisations (context.toml)."""
    settings = context_settings()
    return frozenset(w.lower() for w in settings.table_system_headers), frozenset(w.lower() for w in settings.table_organisation_headers)


def tables(text: str, start: int, end: int) -> list[Table]:
    """The tables of text[start:end] with a header and at least one body row."""
    found: list[Table] = []
    rows: list[tuple[Cell, list[Cell]]] = []
    for row in table_rows(text, start, end):
        gap = (rows[-1][0][1], row[0][0]) if rows else (0, 0)
        if rows and (BLANK_LINE.search(text, *gap) or not separator_row().fullmatch(text, *gap)):  # a blank line or text
            found.extend(whole(rows))
            rows = []
        rows.append(row)
    found.extend(whole(rows))
    return found


def whole(rows: list[tuple[Cell, list[Cell]]]) -> list[Table]:
    return [Table(rows[0][1], rows[1:], rows[0][0][0], rows[-1][0][1])] if len(rows) > 1 else []


def table_rows(text: str, start: int, end: int) -> Iterator[tuple[Cell, list[Cell]]]:
    """Each row of cells in text[start:end], separator rows ("|---|---|") left out."""
    marks = cell_marks()
    row: list[Cell] = []
    row_start = at = start
    while at < end:
        line_end = text.find("\n", at, end)
        line_end = end if line_end < 0 else line_end
        line = text[at:line_end].strip()
        opens, closes = line.startswith(marks), line.endswith(marks)
        if line in marks and row:  # an empty cell of a row of a cell a line
            row.append((line_end, line_end))
        elif line and closes and not opens and row:  # the next cell of a row of a cell a line
            row.extend(split_cells(text, at, line_end, marks))
        else:
            if row:
                yield (row_start, row[-1][1]), row
                row = []
            cells = split_cells(text, at, line_end, marks) if line and not separator_row().fullmatch(line) else []
            if opens and closes and len(cells) == 1:  # the first cell of a row of a cell a line
                row, row_start = cells, at
            elif len(cells) > 1:
                yield (at, line_end), cells
        at = line_end + 1
    if row:
        yield (row_start, row[-1][1]), row


def split_cells(text: str, start: int, end: int, marks: tuple[str, ...]) -> list[Cell]:
    """The trimmed spans between cell marks on one line, the empty ones kept (they hold their column's place), those
    before the first mark and after the last left out where the line opens or ends with one."""
    pattern = "|".join(re.escape(mark) for mark in marks)
    edges = [start - 1, *(start + m.start() for m in re.finditer(pattern, text[start:end])), end]
    cells = []
    for left, right in zip(edges, edges[1:]):
        cell_start, cell_end = left + 1, right
        while cell_start < cell_end and text[cell_start].isspace():
            cell_start += 1
        while cell_end > cell_start and text[cell_end - 1].isspace():
            cell_end -= 1
        cells.append((cell_start, cell_end))
    line = text[start:end].strip()
    if line.startswith(marks):
        cells = cells[1:]
    if line.endswith(marks):
        cells = cells[:-1]
    return cells


def column(text: str, cell: Cell) -> Column:
    """What a header cell names: a benchmark, a scenario, a unit; or that its column lists systems or organisations."""
    mentions = lexicon().find(text, cell[0], cell[1])
    fields: dict[str, FieldValue] = {}
    for mention in mentions:
        if mention.label == "MODEL":
            fields["model"] = str(mention.value)
            fields["accuracy"] = list(mention.accuracy) if mention.accuracy else None
        elif mention.label == "SCENARIO":
            fields["scenario"] = str(mention.value)
        elif mention.label in SCORE_UNIT_LABELS:
            fields["unit"] = str(mention.value)
    words = text[cell[0] : cell[1]].strip().lower()
    systems, organisations = headers()
    return Column(fields, bool(fields), words in systems, words in organisations)


def table_claims(text: str, table: Table, language: str, context_fields: Mapping[str, FieldValue]) -> list[tuple[Draft, Cell]]:
    """The scores of one table's bare numbers, each with its column's and its row's fields over `context_fields` (what
    the document context gives: subject, round, division…), and the span of its row."""
    columns = [column(text, cell) for cell in table.header]
    drafts = []
    for row, cells in table.rows:
        if len(cells) != len(columns):  # a cell missing or one too many: which column a number is in is not known
            continue
        own = row_fields(text, cells, columns)
        for cell, meaning in zip(cells, columns):
            number = BARE_NUMBER.fullmatch(text, cell[0], cell[1])
            if not meaning.measured or number is None:
                continue
            fields: dict[str, FieldValue] = {**context_fields, **own, **meaning.fields, "value": float(number.group().replace(",", ""))}
            if isinstance(model := fields.get("model"), str):
                suite = fields.get("suite")
                fields["model"] = lexicon().model_in_suite(model, suite if isinstance(suite, str) else None)
            draft = score.complete(Draft("score", f"{language}-table-cell", language, cell, fields))
            if score.stands(draft):
                drafts.append((draft, row))
    return drafts


def row_fields(text: str, cells: list[Cell], columns: list[Column]) -> dict[str, FieldValue]:
    """The system and organisation a row names: in its column of organisations; in its column of systems (the cell's
    words after its maker's name, up to a parenthesis), else the system the lexicon knows in its first cell; the maker
    that opens that cell is the organisation where no column names one. Components named in other cells ("NVIDIA
    H100") are not the row's."""
    fields: dict[str, FieldValue] = {}
    for (cell_start, cell_end), meaning in zip(cells, columns):
        if meaning.organisation and cell_end > cell_start:
            fields["subject"] = label_of(lexicon().find(text, cell_start, cell_end), "ORG") or text[cell_start:cell_end]
    in_column = [cell for cell, meaning in zip(cells, columns) if meaning.system]
    if not in_column and not cells:
        return fields
    cell_start, cell_end = in_column[0] if in_column else cells[0]
    mentions = lexicon().find(text, cell_start, cell_end)
    maker = next((m for m in mentions if m.label == "ORG" and m.start == cell_start), None)
    named = text[maker.end if maker else cell_start : cell_end].split("(")[0].strip()
    system = (named or None) if in_column else label_of(mentions, "SYSTEM")
    if system is not None:
        fields["system"] = system
    if maker is not None:
        fields.setdefault("subject", str(maker.value))
    return fields


def label_of(mentions: list[Mention], label: str) -> str | None:
    """The value of the first mention of `label`."""
    return next((str(m.value) for m in mentions if m.label == label), None)
