"""Numbers and ordinals: text -> (label, value, qualifier, span text); greedy false positives find nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractor.reading.document import read_document
from extractor.rulebook.settings import number_settings
from extractor.rulebook.trie import trie_pattern
from extractor.text.nlp import tokenize
from extractor.text.numbers import FOLDED, IGNORING_CASE, near_cues, number_reader

ROOT = Path(__file__).resolve().parents[2]

Row = tuple[str, float, str | None, str]

CHINESE: list[tuple[str, list[Row]]] = [
    ("共获13项第一", [("NUM", 13, None, "13"), ("ORD", 1, None, "第一")]),
    ("十三项", [("NUM", 13, None, "十三")]),
    ("三十个任务", [("NUM", 30, None, "三十")]),
    ("两项测试", [("NUM", 2, None, "两")]),
    ("一百零八项", [("NUM", 108, None, "一百零八")]),
    ("规模达1.2万", [("NUM", 12000, None, "1.2万")]),
    ("百余项", [("NUM", 100, "over", "百余")]),
    ("8500多项结果", [("NUM", 8500, "over", "8500多")]),
    ("近百家企业", [("NUM", 100, "about", "近百")]),
    ("用时30之内", [("NUM", 30, "under", "30之内")]),
    ("首次参加", [("ORD", 1, None, "首次")]),
    ("第3名", [("ORD", 3, None, "第3")]),
    ("十三項冠軍", [("NUM", 13, None, "十三")]),
    ("达到5.2万QPS", [("NUM", 52000, None, "5.2万")]),
    ("达到71.4 万张", [("NUM", 714000, None, "71.4 万")]),
    ("万众瞩目", []),
    ("数十项第一", [("NUM", 10, "over", "数十"), ("ORD", 1, None, "第一")]),
    ("数据中心", []),
    ("10至20项", []),
    ("位列第一梯队", []),
    ("统一", []),
    ("全国两会", []),
    ("一些", []),
    ("第一季度", []),
    ("2020年至今", []),
    ("9月9日", []),
    ("性能为上一代的3倍", []),  # a ratio, no score
]

ENGLISH: list[tuple[str, list[Row]]] = [
    ("679,915 samples", [("NUM", 679915, None, "679,915")]),
    # a thousands suffix and "~" for about, as summaries write them; "within" for under
    ("DeepSeek R1 at ~420k tokens/s", [("NUM", 420000, "about", "~420k")]),
    ("up to ~45K samples/s", [("NUM", 45000, "about", "~45K")]),
    ("16k tokens", [("NUM", 16000, None, "16k")]),
    ("trained within 30 seconds", [("NUM", 30, "under", "within 30")]),
    ("the 4kW rack", []),  # no scale inside a word
    ("won 5 more tests than before", []),  # a difference
    ("3 fewer than in v3.1", []),
    ("second in 4 more", [("ORD", 2, None, "second"), ("NUM", 4, None, "4")]),  # four more benchmarks: a count
    ("ranked first in 2023", [("ORD", 1, None, "first")]),  # a year after "in" is a date
    ("since early 2021", []),
    ("in 2,023 tests", [("NUM", 2023, None, "2,023")]),
    ("won 2023 tests", [("NUM", 2023, None, "2023")]),
    ("in 1200 tests", [("NUM", 1200, None, "1200")]),
    ("first in 2023 tasks", [("ORD", 1, None, "first"), ("NUM", 2023, None, "2023")]),
    ("in 2023 and in 2024", []),
    ("in 2024, Dell", []),
    ("679 915 samples", [("NUM", 679915, None, "679 915")]),
    ("1.26 ms", [("NUM", 1.26, None, "1.26")]),
    ("fifteen tasks", [("NUM", 15, None, "fifteen")]),
    ("twenty-three companies", [("NUM", 23, None, "twenty-three")]),
    ("a dozen tests", [("NUM", 12, None, "a dozen")]),
    ("over 100 results", [("NUM", 100, "over", "over 100")]),
    ("more than 5,000 results", [("NUM", 5000, "over", "more than 5,000")]),
    ("more than        8 results", [("NUM", 8, "over", "more than        8")]),  # eight spaces: SPACE_ALLOWANCE
    ("more than         9 results", [("NUM", 9, None, "9")]),
    ("nearly 40 systems", [("NUM", 40, "about", "nearly 40")]),
    ("More than 20 organizations", [("NUM", 20, "over", "More than 20")]),
    ("Nearly 40 systems", [("NUM", 40, "about", "Nearly 40")]),
    ("at least 3 rounds", [("NUM", 3, "at_least", "at least 3")]),
    ("1.2 million samples", [("NUM", 1200000, None, "1.2 million")]),
    ("the third time", [("ORD", 3, None, "third")]),
    ("its 15th win", [("ORD", 15, None, "15th")]),
    ("latency of 10-20 ms", []),
    ("between 10 and 20 ms", []),
    ("on 2021-09-27", []),
    ("one of the best", []),
    ("three of the edge benchmarks", [("NUM", 3, None, "three")]),
    ("one of the most important benchmarks", []),
    ("two of them", []),
    ("two of the four tests", [("NUM", 2, None, "two"), ("NUM", 4, None, "four")]),
    ("three of the 8 tests", [("NUM", 3, None, "three"), ("NUM", 8, None, "8")]),
    ("a first look", []),
    ("4x faster", []),
    ("X660 G45 and V2.1", []),
]


def read(text: str, language: str) -> list[Row]:
    bounds = {edge for word in tokenize(text, 0, len(text), "zh") for edge in word} if language == "zh" else None
    return [(m.label, m.value, m.qualifier, text[m.start : m.end]) for m in number_reader().find(text, 0, len(text), bounds)]  # type: ignore[misc]


@pytest.mark.parametrize(("text", "expected"), CHINESE)
def test_chinese(text: str, expected: list[Row]) -> None:
    assert read(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english(text: str, expected: list[Row]) -> None:
    assert read(text, "en") == expected


def test_searching_near_cues_finds_exactly_what_a_full_scan_finds() -> None:
    reader = number_reader()
    texts = [text for text, _ in CHINESE + ENGLISH] + [
        read_document(p).text for p in sorted((ROOT / "corpus").rglob("*.*")) if not p.name.endswith(".gold.json")
    ]
    texts += [
        "more than        15 results, 从10到20项, between 3 and 4 ms, 第十三, 数十家, twenty-three",
        "awesome 5, over over 6, over v4 12, no fewer than 9, 第 第十 数数十 More Than 7, in excess of 8, 约约3项, between between 2 and 3,"
        " 1.5.6 v2.1 3-4, more than                          25 results, Over 3 and BETWEEN 4 and 5",
        "more than                          25 results",
        "H100 v4 A100 then over 7 and from 1 to  2, 3-4 and v5 between 9 and 10",
        "v3-4 x1.5-2.5 between 3.5 and 4, 十3-4 从10到20, NF5468M6-7 and 2.1.3-4",
    ]
    ranges_seen = 0
    for text in texts:
        found = reader.cue_starts(text, 0, len(text))
        searches = [
            (pair[side], lead, openers[side], text if side == IGNORING_CASE else text.casefold(), cues)
            for side in (FOLDED, IGNORING_CASE)
            for pair, lead, openers, cues in (
                (reader.pattern, reader.lead, reader.openers, found.numbers),
                (reader.range, reader.range_lead, reader.range_openers, found.ranges),
            )
        ]
        for pattern, lead, openers, searched, cues in searches:
            for start, end in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
                expected = [m.span() for m in pattern.finditer(searched, start, end)]
                assert [m.span() for m in near_cues(pattern, searched, start, end, cues, lead, openers)] == expected, text[start:end]
        # The sentence case-folded and searched without IGNORECASE (what find does) gives the same numbers.
        for pair in (reader.pattern, reader.range):
            assert [m.span() for m in pair.folded.finditer(text.casefold())] == [m.span() for m in pair.ignoring_case.finditer(text)]
        # Every range holds a range mark, so find need not look for one in a sentence without a mark.
        for side in (FOLDED, IGNORING_CASE):
            searched = text if side == IGNORING_CASE else text.casefold()
            for found_range in reader.range[side].finditer(searched):
                assert reader.range_marks[side].search(searched, found_range.start(), found_range.end()) is not None, found_range.group()
                ranges_seen += 1
    assert ranges_seen > 10


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("MLPerf Inference v3.1 on the NF5468M6 and x86", []),  # digits inside a version, a code, a word
        ("won 13 of 15 tasks", [4, 10]),
        ("1.5x and 2,000", [0, 9, 11]),  # the first digit of a run only ("5" goes on from "1."); a comma glues nothing
        ("A_1 a/2 b-3 (4)", [13]),
        ("十3 v3十", [0, 1, 5]),  # any numeral, and a digit after one
        ("one of two", [0, 7]),
    ],
)
def test_number_cues_where_a_number_can_stand(text: str, numbers: list[int]) -> None:
    assert number_reader().cue_starts(text, 0, len(text)).numbers == numbers


def test_every_number_holds_a_cue_where_a_number_can_stand() -> None:
    """A text with no such cue holds no NUM (the pipeline reads no further for a rule that needs one)."""
    reader = number_reader()
    texts = [(text, "zh") for text, _ in CHINESE] + [(text, "en") for text, _ in ENGLISH]
    texts += [
        (read_document(p).text, "zh" if "zh" in p.parts else "en")
        for p in sorted((ROOT / "corpus").rglob("*.*"))
        if not p.name.endswith(".gold.json")
    ]
    texts += [("v3.1 over 5 NF5468M6 x86, 1.5x, more than 2,000 and 4 (5) and 3-4, 十3 v十3 about v3 25 results", "en")]
    checked = 0
    for text, language in texts:
        bounds = {edge for word in tokenize(text, 0, len(text), "zh") for edge in word} if language == "zh" else None
        numbers = reader.cue_starts(text, 0, len(text)).numbers
        for mention in reader.find(text, 0, len(text), bounds):
            if mention.label == "NUM":
                assert any(mention.start <= at < mention.end for at in numbers), (text[mention.start : mention.end], text)
                checked += 1
    assert checked > 200


def test_cue_scans_find_the_number_cues_and_the_ordinal_cues() -> None:
    """Number and ordinal cues come from scans of the text case-folded for runs, prefixes and words; each list is
    what its own plain scan finds."""
    reader, settings = number_reader(), number_settings()
    zh, en = settings.zh, settings.en
    numeral_class = "".join([*zh.digits, *zh.small_units, *zh.large_units])
    words = rf"{trie_pattern(zh.first_words)}|\b(?:{trie_pattern([*en.units, *en.tens, *en.phrases, *en.ordinals])})\b"
    range_cue = re.compile(r"(?<![\d.])\d")
    free_number_cue = re.compile(rf"(?<![A-Za-z0-9._/\-])\d|[{numeral_class}]|{words}", re.IGNORECASE)
    ordinal_cue = re.compile(
        rf"{trie_pattern([*zh.ordinal_prefix, *zh.first_words])}|\d(?:{trie_pattern(en.ordinal_suffixes)})\b"
        rf"|\b(?:{trie_pattern(en.ordinals)})\b",
        re.IGNORECASE,
    )
    texts = [text for text, _ in CHINESE + ENGLISH] + [
        read_document(p).text for p in sorted((ROOT / "corpus").rglob("*.*")) if not p.name.endswith(".gold.json")
    ]
    texts += [
        "21st, 2nd, 1sts, First and Twenty-First, 第一、第十三名，首次参加，数十家",
        "İ 3rd İnspur won First",
        "the firſt of ſeven",
        "三st 十3rd 1ST ２nd 12,345th 第1st 首届3th 4thly",
        "v3.1 NF5468M6 x86 1.5 2,000 A_1 a/2 b-3 (4) 十3 v十3 v3十 V3 ＶⅣ",
        "v3-4 x1.5-2.5 十3-4 2.1.3-4",
    ]
    # İ case-folds to two characters (the text itself is searched); ſ folds to s, as IGNORECASE reads it
    for text in texts:
        for start, end in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            expected = (
                [m.start() for m in range_cue.finditer(text, start, end)],
                [m.start() for m in free_number_cue.finditer(text, start, end)],
                [m.start() for m in ordinal_cue.finditer(text, start, end)],
            )
            assert reader.cue_starts(text, start, end) == expected, text[start:end]
