"""Splits normalized text into paragraphs and sentences and labels each sentence en or zh."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

import regex

from extractor.models import Language
from extractor.rulebook.settings import context_settings, text_settings

HAN = regex.compile(r"\p{Han}")
LATIN_WORD = re.compile(r"[A-Za-z]+")
PARAGRAPH = regex.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")
NUMBERED_ITEM = r"\d{1,3}[.)]"
"""The number that opens an item of a numbered list ("1.", "2)"), before a space."""


class Sentence(NamedTuple):
    """A sentence of the normalized text: its range, paragraph number, language and heading flag (a named tuple, like
    Mention: cheap to make)."""

    start: int
    end: int
    paragraph: int
    language: Language
    heading: bool
    cut_from: tuple[int, int] | None = None
    """The range of the over-long sentence this piece was cut from (see MAX_SENTENCE_CHARS), None for a whole one."""


@cache
def sentence_end_pattern() -> regex.Pattern[str]:
    settings = text_settings().sentences
    abbreviations = "|".join(regex.escape(a) for a in settings.abbreviations)
    terminals, closers, continuations = (
        regex.escape("".join(marks)) for marks in (settings.terminals, settings.closers, settings.continuations)
    )
    return regex.compile(
        rf"[{terminals}]+[{closers}]*"
        rf"|(?<!\b(?:{abbreviations}|[A-Z]))\.[{closers}]*(?=\s+[\p{{Lu}}\p{{Han}}\d\"'“‘(]|\s*$)"
        rf"|\n(?=\s*(?:#|{list_marks()}|{NUMBERED_ITEM}\s))"
        rf"|(?<=[{terminals}.:：…])[ \t]*\n"
        rf"|(?<![{continuations}])\n(?![ \t]*[a-z])"
    )


@cache
def sentence_end_starts() -> re.Pattern[str]:
    """Where a match of sentence_end_pattern() can begin: a terminal mark, a point or a line break (or the spaces
    before a line break, which sentence_ends finds from the break). Scanning for one class of characters with stdlib
    re and trying the full pattern only there is several times faster than letting it try every position, and finds
    the same ends."""
    return re.compile(rf"[{re.escape(''.join(text_settings().sentences.terminals))}.\n]")


def sentence_ends(text: str, start: int, end: int) -> Iterator[int]:
    """Where each sentence of text[start:end] ends: the ends of the matches of sentence_end_pattern().finditer."""
    pattern, position = sentence_end_pattern(), start
    for candidate in sentence_end_starts().finditer(text, start, end):
        at = candidate.start()
        if at < position:
            continue
        begins: tuple[int, ...] = (at,)
        if text[at] == "\n":  # a match can also begin at the spaces before a line break ("done.  \n")
            blank = at
            while blank > position and text[blank - 1] in " \t":
                blank -= 1
            if blank < at:
                begins = (blank, at)
        for begin in begins:
            if (found := pattern.match(text, begin, end)) is not None:
                position = found.end()
                yield position
                break


HEADING_GOES_ON = frozenset(["", "#", " ", "\t", "\n"])
"""What follows a markdown heading's "#" (nothing, when it ends the text)."""
MIN_ENGLISH_WORDS = 3
ENOUGH_LATIN_WORDS = re.compile(r"(?<![A-Za-z])[A-Za-z]++(?:[^A-Za-z]++[A-Za-z]++){%d}" % (MIN_ENGLISH_WORDS - 1))
"""As many Latin words as make a sentence English (a word starts only after a non-letter: linear in the text)."""
MAX_SENTENCE_CHARS = 2000
"""A "sentence" longer than this (no real one comes near it) is read in pieces cut at clause marks or spaces,
so that the work and the rules' time on any one sentence stay bounded."""


MIN_HAN_AMONG_NAMES = 4
"""Han characters enough to make a sentence Chinese where Latin names outnumber them."""


def sentence_language(text: str, previous: Language) -> Language | None:
    """zh when Han characters outnumber Latin words, or a few Han characters are at least half as many as the Latin
    words (a Chinese sentence full of product names: "NVIDIA H200 Tensor Core GPU 和 NVIDIA TensorRT-LLM 创下 MLPerf
    LLM 最新推理记录"); en when there are a few Latin words; a fragment (a table cell "ResNet50", a lone "Han") takes the
    language before it; None when it has no letters."""
    if text.isascii():  # no Han: only whether it has a few Latin words matters, so count no further
        if ENOUGH_LATIN_WORDS.search(text):
            return "en"
        return previous if LATIN_WORD.search(text) else None
    han = len(HAN.findall(text))
    latin_words = len(LATIN_WORD.findall(text))
    if han >= 2 and han >= latin_words or han >= MIN_HAN_AMONG_NAMES and 2 * han >= latin_words:
        return "zh"
    if latin_words >= MIN_ENGLISH_WORDS:
        return "en"
    return previous if han or latin_words else None


def split_sentences(text: str, previous: Language | None = None, first_paragraph: int = 0) -> list[Sentence]:
    """Paragraphs are blank-line separated; sentences end at terminal punctuation or a hard line break. A text read
    in pieces passes the language of the last sentence before and the number of its first paragraph."""
    sentences: list[Sentence] = []
    if previous is None:  # the opening's script: an ASCII opening has no Han, so need not be counted
        opening = text[:2000]
        previous = "zh" if not opening.isascii() and len(HAN.findall(opening)) > len(LATIN_WORD.findall(opening)) else "en"
    heading_max, cell_marks = context_settings().heading_max_chars, context_settings().table_cell_marks
    marks = text_settings().sentences
    unfinished = set(marks.terminals) | set(marks.continuations) | {".", "…", ":", "："}
    for number, paragraph in enumerate(PARAGRAPH.finditer(text)):
        pieces: list[tuple[int, int]] = []
        position = paragraph.start()
        for end in sentence_ends(text, paragraph.start(), paragraph.end()):
            pieces.append((position, end))
            position = end
        pieces.append((position, paragraph.end()))
        pieces = [trimmed for piece in pieces if (trimmed := trim(text, *piece))]
        for start, end, cut_from in cut_long(text, pieces):
            language = sentence_language(text[start:end], previous)
            if language is None:
                language = previous
            previous = language
            heading = (
                cut_from is None
                and len(pieces) == 1
                and end - start <= heading_max
                and text[end - 1] not in unfinished
                and not any(mark in text[start:end] for mark in cell_marks)
                and not list_item().match(text, paragraph.start())
            )
            sentences.append(Sentence(start, end, first_paragraph + number, language, heading, cut_from))
    return sentences


@cache
def list_marks() -> str:
    """A regex of any of text.toml's list marks."""
    return "(?:" + "|".join(re.escape(mark) for mark in text_settings().sentences.list_marks) + ")"


@cache
def list_item() -> re.Pattern[str]:
    """The opening of a list item ("- ", "• ", "1. ", "2) "), which is never a heading."""
    return re.compile(rf"\s*(?:{list_marks()}|{NUMBERED_ITEM})\s")


@cache
def cut_marks() -> tuple[frozenset[str], frozenset[str]]:
    """Where an over-long sentence is cut, by preference: after a clause mark (text.toml's continuations), else after
    a space."""
    return frozenset(text_settings().sentences.continuations), frozenset(" \t\n")


def cut_long(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int, tuple[int, int] | None]]:
    """The pieces as they are, except those over MAX_SENTENCE_CHARS: cut after the last clause mark (else space) in the
    second half of each window (at its end if there is none), each part tagged with the range it was cut from."""
    result: list[tuple[int, int, tuple[int, int] | None]] = []
    for start, end in pieces:
        if end - start <= MAX_SENTENCE_CHARS:
            result.append((start, end, None))
            continue
        position = start
        while position < end:
            stop = min(position + MAX_SENTENCE_CHARS, end)
            if stop < end:
                stop = next(
                    (i + 1 for marks in cut_marks() for i in range(stop - 1, position + MAX_SENTENCE_CHARS // 2, -1) if text[i] in marks),
                    stop,
                )
            if (trimmed := trim(text, position, stop)) is not None:
                result.append((*trimmed, (start, end)))
            position = stop
    return result


def trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Strip surrounding white space and markdown markers (a heading's "#" only before a space or another "#": "#1 in 3
    of the 9 benchmarks" keeps its rank); None if nothing is left."""
    while start < end and (
        text[start].isspace() or text[start] in ">*" or text[start] == "#" and text[start + 1 : start + 2] in HEADING_GOES_ON
    ):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
