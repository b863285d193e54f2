"""Finds numbers (Arabic, full-width after folding, Chinese numerals, English words) and ordinals."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Iterator
from functools import cache
from typing import NamedTuple

from extractor.rulebook.lexicon import LATIN_ALNUM
from extractor.rulebook.settings import NumberSettings, number_settings
from extractor.rulebook.trie import trie_pattern
from extractor.text.mentions import Mention

MAX_VALUE = 1e15
"""No figure of a benchmark result comes near this: a longer run of digits or numerals is no number (nor an overflow)."""
ARABIC = r"\d{1,3}(?:(?:,|[ \u00a0\u202f](?=\d{3}(?!\d)))\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
GLUED_BEFORE = LATIN_ALNUM | frozenset("._/-")
"""A digit right after one of these starts no number: it is inside a word, a code or a number ("v3.1", "NF5468M6")."""
LEFT_EDGE = "(?<![" + "".join(map(re.escape, sorted(GLUED_BEFORE))) + "])"
SPACE_ALLOWANCE = 8  # white space between a qualifier and its number that is still read as one (the patterns take no more)
SPACES = rf"\s{{0,{SPACE_ALLOWANCE}}}"
GROUPING = re.compile(r"[,\s\u00a0\u202f]")
RIGHT_EDGE = r"(?=(?:ms|[Ww]|min|s)\b|[^A-Za-z0-9]|$)(?!\.\d)"


class CasePair(NamedTuple):
    """A pattern of lower-case words compiled twice: for case-folded text (stdlib re scans it fastest without
    IGNORECASE) and, ignoring case, for text that folding would resize ("İ", "ß"). `folded` says which to use."""

    folded: re.Pattern[str]
    ignoring_case: re.Pattern[str]


FOLDED, IGNORING_CASE = 0, 1


def case_pair(source: str) -> CasePair:
    return CasePair(re.compile(source), re.compile(source, re.IGNORECASE))


def alternation(words: Collection[str]) -> str:
    """A regex alternation of literal words, lower-cased (as a trie: longest first, fast to scan)."""
    return trie_pattern(word.lower() for word in words)


class Cues(NamedTuple):
    """Where the number readers look in a text, each list in text order."""

    ranges: list[int]
    """The digits that a range can start from, where the range pattern is tried: those that go on from no digit or
    decimal point (a range may start inside a code, "v3-4")."""
    numbers: list[int]
    """The number cues that a number or ordinal can start from: no digit that goes on from a word, code or number
    ("v3.1", "NF5468M6", the "2" of "12"; see GLUED_BEFORE). The number pattern is tried only at these, and a text
    with none holds no NUM."""
    ordinals: list[int]
    """Ordinal cues (第, "1st", "first"): a text with none holds no ORD."""


class NumberReader:
    """Compiled number patterns and the parsers that turn matches into values."""

    def __init__(self, settings: NumberSettings) -> None:
        self.settings = settings
        zh, en = settings.zh, settings.en
        self.zh_values = {**zh.digits, **zh.small_units, **zh.large_units}
        self.prefix_qualifier = {w: q for q, words in settings.qualifiers.items() for w in words.prefix}
        self.suffix_qualifier = {w: q for q, words in settings.qualifiers.items() for w in words.suffix}
        self.qualifier_of = {w.casefold(): q for w, q in (self.prefix_qualifier | self.suffix_qualifier).items()}
        numeral = "[" + "".join(self.zh_values) + "]+"
        chinese_scale = alternation(zh.large_units)
        english_scale = alternation([s for s in en.scales if en.scales[s] >= 1000])
        ordinal_suffix = rf"(?:{alternation(en.ordinal_suffixes)})\b"
        english_cardinal = (
            rf"(?:{alternation(en.phrases)}|(?:{alternation(en.tens)})(?:-(?:{alternation(en.units)}))?|{alternation(en.units)})"
            rf"(?:\s+(?:{alternation(en.scales)}))?"
        )
        prefix = rf"(?:(?P<prefix>{alternation(self.prefix_qualifier)}){SPACES})?"
        suffix = rf"(?:\s*(?P<suffix>{alternation(self.suffix_qualifier)}))?"
        source = (
            rf"{prefix}(?:"
            rf"(?P<ordinal>{alternation(zh.ordinal_prefix)})(?P<ordvalue>{ARABIC}|{numeral})"
            rf"|(?P<first>{alternation(zh.first_words)})"
            rf"|{LEFT_EDGE}(?P<ordarabic>\d+){ordinal_suffix}"
            rf"|\b(?P<ordword>{alternation(en.ordinals)})\b"
            rf"|{LEFT_EDGE}(?P<arabic>{ARABIC})(?:\s?(?P<scale>{chinese_scale})|(?P<suffix_scale>{alternation(en.suffix_scales)})(?![A-Za-z0-9])"
            rf"|(?:\s(?P<english_scale>{english_scale}))?{RIGHT_EDGE})"
            rf"|\b(?P<english>{english_cardinal})\b"
            rf"|(?P<vague>{alternation(zh.vague_prefixes)})?(?P<chinese>{numeral})"
            rf"){suffix}"
        )
        # stdlib re scans this alternation over twice as fast as regex, and faster again over case-folded text.
        self.pattern = case_pair(source)
        self.blocked_suffix = re.compile(
            rf"\s*(?:{alternation(zh.blocked_suffixes)})"
            rf"|\s+(?i:{alternation(en.relative_after)})(?:\s+[\w-]+){{0,3}}?\s+(?i:{alternation(en.relative_then)})\b"
        )
        ranges = settings.ranges
        range_source = (
            rf"(?:{alternation(ranges.openers)}){SPACES}(?:{ARABIC})\s*(?:{alternation(ranges.joiners)})\s*(?:{ARABIC})"
            rf"|(?<![\d.])(?:{ARABIC})\s*(?:{alternation(ranges.connectors)})\s*(?:{ARABIC})(?![\d.])"
        )
        self.range = case_pair(range_source)
        self.range_marks = case_pair(rf"(?<=[\d\s])(?:{alternation([*ranges.connectors, *ranges.joiners])})\s*+\d")
        """What every range holds: a connector or joiner right after a number or the spaces after it, then a digit. A
        sentence without one is not searched for ranges."""
        # "one of the leaders" is no count, but "two of the four tests" is: another number after the words lifts the block.
        self.blocked_after = re.compile(
            rf"\s+(?:{alternation(en.blocked_after)})\b(?!\s+(?:\d|(?:{alternation([*en.units, *en.tens])})\b))", re.IGNORECASE
        )
        self.counted_after_block = re.compile(
            rf"\s+(?:{alternation(en.blocked_after)})(?:\s+[\w-]+){{0,3}}?\s+(?:{alternation(en.counted_after_block)})\b", re.IGNORECASE
        )
        self.article_before = re.compile(rf"\b(?:{alternation(en.ordinal_blocked_before)})\s+$", re.IGNORECASE)
        self.year_before = re.compile(rf"\b(?:{alternation(en.year_before)})\s+$", re.IGNORECASE)
        self.year_after = re.compile(rf"(?!\s*[^\W\d_])|\s*(?:{alternation(en.year_followers)})\b", re.IGNORECASE)
        # The cues, number and ordinal, in three scans that stdlib re runs fast: each pattern opens with one character
        # class or with literal characters, so the scan skips to where it can match. Runs of digits and numerals (each
        # a number cue; a digit before an ordinal suffix an ordinal cue too), the ordinal prefixes and first words, and the
        # English number words.
        digits = rf"[\d{''.join(self.zh_values)}]"
        self.cue_runs = case_pair(rf"(?P<digits>{digits}{digits}*)(?:{ordinal_suffix})?")
        self.cue_prefixes = case_pair(alternation([*zh.ordinal_prefix, *zh.first_words]))
        self.cue_first_words = case_pair(alternation(zh.first_words))
        number_words = [*en.units, *en.tens, *en.phrases, *en.ordinals]
        self.cue_words = case_pair(rf"\b(?:{alternation(number_words)})\b")
        self.ordinal_words = {word.lower() for word in en.ordinals}
        self.number_words = {word.lower() for word in number_words}
        """The English words that are number cues (cue_words), lower-cased; the ordinal ones are ordinal cues too."""
        widest = max(map(len, [*zh.ordinal_prefix, *zh.vague_prefixes, ""]))
        self.lead = max(map(len, [*self.prefix_qualifier, ""])) + widest + SPACE_ALLOWANCE
        """How far before its first cue a number match can start (qualifier, space, 第/数 prefix)."""
        self.range_lead = max(map(len, [*ranges.openers, ""])) + SPACE_ALLOWANCE
        self.openers = case_pair(alternation([*self.prefix_qualifier, *zh.ordinal_prefix, *zh.vague_prefixes]))
        """Where a number can start before its cue: a qualifier, an ordinal or a vague prefix (never part of a cue)."""
        self.range_openers = case_pair(alternation(ranges.openers))
        self.measure_tail = re.compile(rf"(?:{alternation([*zh.measure_words, *self.suffix_qualifier])})+")

    def cue_starts(self, text: str, start: int, end: int) -> Cues:
        """Where ranges, numbers and ordinals can start in text[start:end] (see Cues): every number starts at or
        shortly before a number cue, and a sentence with no number or ordinal cue holds no number."""
        searched, shift, side = folded(text, start, end)
        low, high = start - shift, end - shift
        ranges: list[int] = []
        numbers: list[int] = []
        ordinals: list[int] = []
        glued = GLUED_BEFORE
        for run in self.cue_runs[side].finditer(searched, low, high):
            run_start, digits_end = run.span("digits")
            before = searched[run_start - 1] if run_start else ""
            # Any numeral starts a number; a digit, only where it goes on from no word, code or number (a range: from
            # no digit or point; a run cut by the window's start may follow one). So in a run of digits alone only the
            # first can start anything, and it is the only one looked at.
            for at in (run_start,) if searched[run_start:digits_end].isdecimal() else range(run_start, digits_end):
                char = searched[at]
                if not char.isdecimal():
                    numbers.append(at + shift)
                else:
                    if before not in glued:
                        numbers.append(at + shift)
                    if not before.isdecimal() and before != ".":
                        ranges.append(at + shift)
                before = char
            if digits_end != run.end() and searched[digits_end - 1].isdecimal():  # "1st", not "三st"
                ordinals.append(digits_end - 1 + shift)
        first_words = self.cue_first_words[side]
        for prefix in self.cue_prefixes[side].finditer(searched, low, high):
            ordinals.append(prefix.start() + shift)
            if first_words.match(searched, prefix.start()):
                numbers.append(prefix.start() + shift)
        for word in self.cue_words[side].finditer(searched, low, high):
            numbers.append(word.start() + shift)
            if word.group().casefold() in self.ordinal_words:
                ordinals.append(word.start() + shift)
        return Cues(ranges, sorted(numbers), sorted(ordinals))

    def cue_labels(self, word: str) -> frozenset[str]:
        """The labels a sentence has as a candidate (see pipeline.prefilter) wherever this lower-cased word stands
        whole: an English number word or a Chinese first word is a number cue, and an ordinal word an ordinal cue too."""
        if word in self.ordinal_words or word in self.settings.zh.first_words:
            return frozenset({"NUM", "ORD"})
        return frozenset({"NUM"}) if word in self.number_words else frozenset()

    def chinese_value(self, numeral: str) -> int | None:
        """十三 -> 13, 一百零八 -> 108, 两 -> 2, 1.2万 handled by the caller; None if malformed."""
        zh = self.settings.zh
        total = section = digit = 0
        if not any(char in zh.digits or char in zh.small_units for char in numeral):
            return None
        for char in numeral:
            if char in zh.digits:
                digit = zh.digits[char]
            elif char in zh.small_units:
                section += (digit or 1) * zh.small_units[char]
                digit = 0
            elif char in zh.large_units:
                total = (total + section + digit) * zh.large_units[char]
                section = digit = 0
            else:
                return None
        return total + section + digit

    def english_value(self, words: str) -> int:
        """'twenty-three' -> 23, 'a dozen' -> 12, 'two hundred' -> 200."""
        en = self.settings.en
        lowered = " ".join(words.casefold().split())
        if lowered in en.phrases:
            return en.phrases[lowered]
        value = 0
        for part in re.split(r"[\s-]+", lowered):
            if part in en.scales:
                value = (value or 1) * en.scales[part]
            else:
                value += en.tens.get(part, 0) + en.units.get(part, 0)
        return value

    def arabic_value(self, digits: str, scale: str | None) -> float:
        value = float(GROUPING.sub("", digits))
        if scale:
            name = scale.strip().casefold()
            value *= self.settings.zh.large_units.get(name) or self.settings.en.scales.get(name) or self.settings.en.suffix_scales[name]
        return value

    def find(self, text: str, start: int, end: int, word_bounds: Collection[int] | None, cues: Cues | None = None) -> list[Mention]:
        """Numbers and ordinals in text[start:end]; Chinese numerals must sit on word bounds; ranges are no numbers.
        `cues` are where number cues start in the text (`cue_starts`): found once for a document, or here."""
        if cues is None:
            cues = self.cue_starts(text, start, end)
        found: list[Mention] = []
        searched, shift, side = folded(text, start, end)
        pattern, openers, ranges, range_openers = self.pattern[side], self.openers[side], self.range[side], self.range_openers[side]
        low, high = start - shift, end - shift
        spans = []
        if self.range_marks[side].search(searched, low, high):
            spans = [
                r.span()
                for r in near_cues(ranges, searched, low, high, within(cues.ranges, start, end, shift), self.range_lead, range_openers)
            ]
        for match in near_cues(pattern, searched, low, high, within(cues.numbers, start, end, shift), self.lead, openers):
            match_start, match_end = match.start(), match.end()
            if any(r_start < match_end and match_start < r_end for r_start, r_end in spans):
                continue
            mention = self.read(match, shift, text, word_bounds)
            if mention is not None:
                found.append(mention)
        return found

    def read(self, match: re.Match[str], shift: int, text: str, word_bounds: Collection[int] | None) -> Mention | None:
        """One match (found `shift` characters into `text`) as a NUM or ORD mention, or None where context says it is
        no number."""
        start, end = match.start() + shift, match.end() + shift
        if self.blocked_suffix.match(text, end):
            return None
        # The pattern ignores case ("More than 20" opens a sentence): so does the lookup.
        qualifier = self.qualifier_of.get((match.group("prefix") or "").casefold()) or self.qualifier_of.get(
            (match.group("suffix") or "").casefold()
        )
        if match.group("vague"):
            qualifier = "over"
        if match.group("ordinal"):
            raw = match.group("ordvalue")
            ordinal = self.arabic_value(raw, None) if raw[0].isdigit() else self.chinese_value(raw)
            if (
                ordinal is None
                or ordinal > MAX_VALUE
                or (
                    word_bounds is not None
                    and not self.on_word_bounds(match.start("ordinal") + shift, match.end("ordvalue") + shift, text, word_bounds)
                )
            ):
                return None
            return Mention(start, end, "ORD", int(ordinal))
        if match.group("first"):
            return Mention(start, end, "ORD", 1)
        if match.group("ordarabic"):
            ordinal = float(match.group("ordarabic"))
            return Mention(start, end, "ORD", int(ordinal)) if ordinal <= MAX_VALUE else None
        if match.group("ordword"):
            if self.article_before.search(text, max(0, start - 8), start):
                return None
            return Mention(start, end, "ORD", self.settings.en.ordinals[match.group("ordword").casefold()])
        number: int | float  # a float from digits, an int from words or numerals
        if match.group("arabic"):
            if self.is_year(match, start, end, text):
                return None
            number = self.arabic_value(
                match.group("arabic"), match.group("scale") or match.group("english_scale") or match.group("suffix_scale")
            )
        elif match.group("english"):
            number = self.english_value(match.group("english"))
            if self.blocked_after.match(text, end) and not (number >= 2 and self.counted_after_block.match(text, end)):
                return None
        else:
            chinese = self.chinese_value(match.group("chinese"))
            if chinese is None or word_bounds is None:
                return None
            first = start if match.group("prefix") or match.group("vague") else match.start("chinese") + shift
            if not self.on_word_bounds(first, match.end("chinese") + shift, text, word_bounds):
                return None
            number = chinese
        if not number <= MAX_VALUE:
            return None
        value: int | float = int(number) if float(number).is_integer() else number
        return Mention(start, end, "NUM", value, qualifier=qualifier)

    def is_year(self, match: re.Match[str], start: int, end: int, text: str) -> bool:
        """Four plain digits in the year range right after "in", "since"… and before no word they could count: a date
        ("ranked first in 2023", not "in 2023 tasks")."""
        digits, low_high = match.group("arabic"), self.settings.en.year_range
        if (
            len(digits) != 4
            or not digits.isdigit()
            or match.group("prefix")
            or match.group("scale")
            or match.group("english_scale")
            or match.group("suffix_scale")
            or match.group("suffix")
        ):
            return False
        return (
            low_high[0] <= int(digits) <= low_high[1]
            and self.year_before.search(text, max(0, start - 12), start) is not None
            and self.year_after.match(text, end) is not None
        )

    def on_word_bounds(self, start: int, end: int, text: str, word_bounds: Collection[int]) -> bool:
        """A numeral starts a word, and ends one or is followed in its word only by measure words."""
        if start not in word_bounds:
            return False
        if end in word_bounds:
            return True
        tail = self.measure_tail.match(text, end)
        return tail is not None and tail.end() in word_bounds


def folded(text: str, start: int, end: int) -> tuple[str, int, int]:
    """What to search for text[start:end] with a CasePair, where that copy starts in `text`, and which of the pair to
    use: the stretch case-folded, from one character before it (which look-behinds and \\b read), with `folded`; or,
    where folding changes a length ("İ", "ß"), the text itself with `ignoring_case`. Folding finds what IGNORECASE
    finds ("ſ" folds to "s" as IGNORECASE takes it)."""
    shift = max(start - 1, 0)
    window = text[shift:end]
    lowered = window.casefold()
    if len(lowered) == len(window):
        return lowered, shift, FOLDED
    return text, 0, IGNORING_CASE


def within(cues: list[int], start: int, end: int, shift: int) -> list[int]:
    """The cues in [start, end), as positions in a copy of the text that starts `shift` characters into it."""
    return [cue - shift for cue in cues[bisect_left(cues, start) : bisect_left(cues, end)]]


def near_cues(
    pattern: re.Pattern[str], text: str, start: int, end: int, cues: list[int], lead: int, openers: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text, start, end)`, found by trying the pattern only where one can start.

    Every match holds a cue and starts at it, or at most `lead` characters before it where one of its `openers`
    starts (a qualifier, 第). So the pattern is tried at each cue, from the first opener before it if there is one,
    and nowhere else: not in the stretches between cues (most of a text), nor past a cue where it fails (a search
    would go on to the end of the text, which is the cost in a sentence with a number and no range).
    """
    position = start
    index = bisect_left(cues, start)
    while index < len(cues) and cues[index] < end:
        cue = cues[index]
        low = max(position, cue - lead)
        opener = openers.search(text, low, cue) if low < cue else None
        for at in range(opener.start() if opener is not None else cue, cue + 1):
            if (match := pattern.match(text, at, end)) is not None:
                yield match
                position = match.end()
                index = bisect_left(cues, position, index)
                break
        else:
            position = cue + 1
            index += 1


@cache
def number_reader() -> NumberReader:
    """The number reader built from patterns/numbers.toml, once per process."""
    return NumberReader(number_settings())
