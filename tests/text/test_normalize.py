"""Folding full-width and compatibility forms, masking markup, and the map back to the original."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from extractor.reading.decode import decode
from extractor.reading.document import read_document
from extractor.rulebook.settings import text_settings
from extractor.text.normalize import fold_table, markup_pattern, normalize

ROOT = Path(__file__).resolve().parents[2]

FOLDED = [
    ("V２．１", "V2.1"),
    ("99．9％", "99.9%"),
    ("3D－UNet99", "3D-UNet99"),
    ("（Closed）", "(Closed)"),
    ("MLCommons™", "MLCommons"),
    ("Ｘ６６０　Ｇ４５", "X660 G45"),
    ("1。2", "1。2"),
    ("1，200", "1，200"),
    ("６７９，９１５", "679,915"),
    ("8项，500项", "8项，500项"),
    ("ﬁrst", "first"),
    ("13\ud800项", "13\ufffd项"),
]


@pytest.mark.parametrize(("original", "expected"), FOLDED)
def test_folds(original: str, expected: str) -> None:
    assert normalize(original).text == expected


@pytest.mark.parametrize("original", [o for o, _ in FOLDED] + ["<p>宁畅&amp;浪潮</p>", "a&nbsp;b ™ ㎏ ｶ"])
def test_every_character_maps_back(original: str) -> None:
    normalized = normalize(original)
    assert normalized.piece_starts == sorted(set(normalized.piece_starts))
    assert normalized.piece_starts[:1] == ([0] if normalized.text else [])
    previous = 0
    for index, char in enumerate(normalized.text):
        start, end = normalized.original_span(index, index + 1)
        assert previous <= start < end <= len(original)
        previous = start


@pytest.mark.parametrize("tail", ["", "\U0001f600 \U0001d400 \U0001f100"])  # without and with characters past U+FFFF
def test_every_foldable_character_folds_as_the_table_says(tail: str) -> None:
    """The fold scans (runs of foldable characters, resizing characters) find what a plain per-character map finds."""
    text = "ab 汉字 " + "".join(chr(code) for code in fold_table() if code <= 0xFFFF) + " cd" + tail
    assert normalize(text).text == text.translate(fold_table())


def test_span_maps_to_original_slice() -> None:
    original = "版本V２．１，共１３项"
    normalized = normalize(original)
    start = normalized.text.index("V2.1")
    assert normalized.original_span(start, start + 4) == (2, 6)
    assert original[2:6] == "V２．１"


def test_html_tags_and_entities_are_masked() -> None:
    original = '<div><p style="x">宁畅&amp;浪潮 <b>X660</b></p><script>var a = "13项第一";</script><p>next</p></div>'
    text = normalize(original).text
    assert "宁畅&浪潮 X660" in text
    assert "script" not in text and "13项第一" not in text and "<" not in text
    assert "\n\n" in text


def test_front_matter_keeps_only_prose_fields() -> None:
    original = '---\ntitle: "MLPerf v1.1 results"\nurl: "https://example.com/v9.9"\nexcerpt: Inspur won 15 tasks\n---\nBody text.'
    text = normalize(original).text
    assert "MLPerf v1.1 results" in text and "Inspur won 15 tasks" in text and "Body text." in text
    assert "example.com" not in text and "title" not in text and '"' not in text


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("宁畅**共斩获13项第一**，详见[官网](https://x.com/a-v9.9)。", "宁畅共斩获13项第一，详见官网。"),
        ("See https://example.com/mlperf-v9.9 for details.", "See   for details."),
        ("![chart](a.png) __Dell__ won", " Dell won"),
        ("<p>共斩获<br>13项</p>", "\n\n共斩获\n13项\n\n"),
    ],
)
def test_urls_and_markdown_marks_are_masked(original: str, expected: str) -> None:
    assert normalize(original).text == expected


def test_markup_pattern_finds_what_its_plain_form_finds() -> None:
    """markup_pattern() opens every alternative with one character class for speed; written plainly, ignoring case:"""
    skipped = "|".join(text_settings().markup.skipped_tags)
    plain = regex.compile(
        rf"(?P<skip><(?P<name>{skipped})\b[^>]*>.*?</(?P=name)\s*>)"
        r"|(?P<comment><!--.*?-->)"
        r"|(?P<tag></?(?P<tagname>[A-Za-z][A-Za-z0-9]*)\b[^<>]*>)"
        r"|(?P<entity>&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
        r"|(?P<url>(?:https?://|www\.)[^\s<>\"'()（）]+)"
        r"|(?P<image>!\[[^\]\n]*\]\([^)\s]*\))"
        r"|(?P<link>\[(?=[^\]\n]*\]\()|\]\([^)\s]*\))"
        r"|(?P<emphasis>\*\*|__)",
        regex.DOTALL | regex.IGNORECASE,
    )
    texts = [read_document(p).text for p in sorted((ROOT / "corpus").rglob("*.*")) if not p.name.endswith(".gold.json")]
    texts += [decode(p.read_bytes()).text for p in sorted((ROOT / "corpus").rglob("*.htm*"))]
    texts += [
        "<SCRIPT type=x>var a = '<b>';</script> <Style>p {}</STYLE> <!-- a --> </P><br/> &AMP; &#x4E2D; &#20013; &bogus",
        "HTTPS://MLCommons.org/x?a=1 Www.inspur.com http:/no ![logo](a.png) [MLPerf](https://mlcommons.org) [x] ** __ * _ !",
        "<scripts>not skipped</scripts> <script>never closed",
        "h w & < ! [ ] * _ hhttp://a.b wwww.x",
    ]
    for text in texts:
        found = [(m.span(), m.lastgroup) for m in markup_pattern().finditer(text)]
        assert found == [(m.span(), m.lastgroup) for m in plain.finditer(text)], text[:80]


@pytest.mark.parametrize(
    ("text", "analysed", "word", "original"),
    [
        ("MLPerf訓(xùn)練結(jié)果", "MLPerf訓練結果", "訓練", "訓(xùn)練"),
        ("時(shí)間:2021", "時間:2021", "時間", "時(shí)間"),
        ("宁畅(Nettrix)与A100 (xùn)", "宁畅(Nettrix)与A100 (xùn)", "Nettrix", "Nettrix"),  # no tone mark, or no Chinese before: kept
    ],
)
def test_pinyin_glossed_inside_chinese_words_is_hidden(text: str, analysed: str, word: str, original: str) -> None:
    normalized = normalize(text)
    assert normalized.text == analysed
    at = normalized.text.index(word)
    start, end = normalized.original_span(at, at + len(word))
    assert text[start:end] == original


def test_hyphens_that_do_not_break_a_line_read_as_hyphens() -> None:
    text = "data\u2011center and co\u2010design"
    normalized = normalize(text)
    assert normalized.text == "data-center and co-design"
    assert normalized.original_span(0, 11) == (0, 11)
