"""Property tests: text of any shape never makes `extract` raise, every span indexes the text given (checked by
conftest's `checked_extract` on every call), and the same text gives the same result every time.

The CI profile runs a fixed, derandomized sample; `python bench/fuzz.py` runs the same properties for minutes."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from extractor import Extraction, extract
from extractor.reading.document import read_document
from extractor.rulebook.rules import rule_set

ROOT = Path(__file__).resolve().parents[1]

HOSTILE = [
    *"０１２３４５６７８９，。％．：（）",
    "\u3000",  # full-width forms
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",  # zero-width
    "\u0301",
    "\u0308",
    "\u20dd",
    "e\u0301",  # combining marks
    "😀",
    "👍🏽",
    "🇨🇳",
    "👨\u200d👩\u200d👧",  # emoji, a modifier, a flag, a ZWJ sequence
    "\u200f",
    "\u202e",
    "\u2067",
    "\u061c",  # right-to-left marks and overrides
    "\x00",
    "\ud800",
    "\udfff",
    "\ud83d",  # NUL and lone surrogates
    "\r\n",
    "\r",
    "\t",
    "\n\n",
    "\x0b",
    "\x0c",
    "\u2028",
    "\u0085",  # line and paragraph breaks
    "<p>",
    "</div>",
    "&amp;",
    "&#x4e00;",
    "---\n",
    "**",
    "https://x.y/v1.1",  # markup
]
FRAGMENTS = [
    *"0123456789,.;:!?%()-–—",
    " 13 ",
    "第一",
    "冠军",
    "项",
    "一一一",
    "两",
    "万",
    "ranked",
    "first",
    "out of",
    "tasks",
    "won",
    "NVIDIA",
    "浪潮",
    "MLPerf",
    "v3.1",
    "BERT-99",
    "samples/s",
    "minutes",
    "和",
    "、",
    "respectively",
    "X660 G45",
    "W",
]


def base_texts() -> list[str]:
    """Realistic text: every sentence of the sample corpus and every rule example of both languages."""
    sentences = [
        line
        for path in sorted((ROOT / "corpus").rglob("*"))
        if path.suffix in (".txt", ".md", ".html")
        for line in read_document(path).text.splitlines()
        if line.strip()
    ]
    return sentences + [rule.example for language in ("en", "zh") for rule in rule_set(language).rules.values()]


def with_insertions(base: str, insertions: list[tuple[int, str]]) -> str:
    """`base` with each (position, piece) inserted, positions taken modulo the growing length."""
    text = base
    for position, piece in insertions:
        at = position % (len(text) + 1)
        text = text[:at] + piece + text[at:]
    return text


realistic = st.builds(
    with_insertions,
    st.sampled_from(base_texts()),
    st.lists(st.tuples(st.integers(min_value=0), st.sampled_from(HOSTILE)), max_size=12),
)
fragments = st.lists(st.sampled_from(FRAGMENTS + HOSTILE), max_size=120).map("".join)
documents = st.lists(realistic, min_size=1, max_size=6).map("\n\n".join)


def assert_stable(text: str) -> Extraction:
    """The properties themselves: no exception (spans are checked inside `extract`), and the same result twice."""
    result = extract(text)
    assert result.language in ("en", "zh")
    assert extract(text) == result
    return result


@given(st.text())
def test_any_unicode_text(text: str) -> None:
    assert_stable(text)


surrogates = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF, exclude_categories=())


@given(st.text(alphabet=st.one_of(st.characters(exclude_categories=()), surrogates)))
def test_any_code_points_including_lone_surrogates(text: str) -> None:
    assert_stable(text)


@given(realistic)
def test_realistic_sentences_with_hostile_insertions(text: str) -> None:
    assert_stable(text)


@given(documents)
def test_realistic_documents_with_hostile_insertions(text: str) -> None:
    assert_stable(text)


@given(fragments)
def test_claim_words_numbers_and_markup_in_any_order(text: str) -> None:
    assert_stable(text)


@given(st.sampled_from(base_texts()), st.sampled_from(["\u200b", "\u200d", "\ufeff", "\u00ad"]))
def test_zero_width_marks_between_every_character_keep_spans_exact(base: str, mark: str) -> None:
    assert_stable(mark.join(base))
