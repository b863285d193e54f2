"""Hostile shapes of text stay bounded: over-long sentences are read in pieces and say so, every rule finishes on
its worst inputs, a pattern that runs out of time is a warning, and reading in blocks changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import extractor.rulebook.lexicon as lexicon_module
from extractor import DocumentReader, extract, pipeline
from extractor.claims.sentence import SentenceView, read_mentions, sentence_view
from extractor.pipeline import DocumentMentions, prefilter
from extractor.reading.document import read_document
from extractor.rulebook import rules
from extractor.rulebook.rules import rule_set
from extractor.text.language import MAX_SENTENCE_CHARS, split_sentences
from extractor.text.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]


def cut_warning(length: int, start: int = 0) -> str:
    return (
        f"a sentence of {length:,} characters with no end was read in pieces of at most {MAX_SENTENCE_CHARS:,}; "
        f"a claim across a cut is missed [{start}:{start + length}]"
    )


WORST_RUNS = [
    "1" * 100_000,
    "1,000," * 16_667,
    "1." * 50_000,
    "1 " * 50_000,
    "-–/,;:、，；" * 10_000,
    "一" * 100_000,
    "一十百千万亿两" * 14_286,
    "第一" * 50_000,
    "１２３４５６７８９０，" * 10_000,
    "v1.1 " * 20_000,
    "99% " * 25_000,
    "X660 G45 " * 11_112,
]


@pytest.mark.parametrize("run", WORST_RUNS, ids=lambda run: repr(run[:12]))
def test_a_100_kb_run_without_a_sentence_end_is_read_in_pieces_and_says_so(run: str) -> None:
    text = run.rstrip()
    result = extract(text)
    assert (result.claims, result.warnings) == ([], [cut_warning(len(text))])


@pytest.mark.parametrize(("clause", "language"), [("Inspur ranked first in {} tasks, ", "en"), ("浪潮获得{}项第一，", "zh")])
def test_every_claim_of_a_100_kb_sentence_is_kept_when_cuts_fall_between_clauses(clause: str, language: str) -> None:
    clauses = [clause.format(count) for count in range(1, 10_000)]
    kept = next(n for n in range(len(clauses)) if sum(map(len, clauses[: n + 1])) > 100_000)
    text = "".join(clauses[:kept]).rstrip(", ，")
    result = extract(text)
    assert [claim.count for claim in result.claims] == list(range(1, kept + 1))
    assert {claim.language for claim in result.claims} == {language}
    assert result.warnings == [cut_warning(len(text))]


def worst_sentences(example: str) -> dict[str, str]:
    """The inputs that make a rule work hardest in one sentence: its own example packed to the length limit, and its
    example amid long runs of digits, separators and numerals."""
    stem = example.rstrip("。.!！")
    packed = (stem + " ") * (MAX_SENTENCE_CHARS // (len(stem) + 1))
    half = MAX_SENTENCE_CHARS // 2 - len(stem)
    return {"packed": packed} | {f"amid {run[:6]!r}": run[:half] + " " + stem + " " + run[:half] for run in WORST_RUNS}


def sentence_views(text: str) -> Iterator[tuple[SentenceView, DocumentMentions]]:
    """Each sentence of `text` read for matching, each with its own scans (as a block of one sentence)."""
    normalized = normalize(text).text
    for sentence in split_sentences(normalized):
        named = DocumentMentions(normalized, [sentence])
        yield sentence_view(normalized, sentence, *read_mentions(normalized, sentence, named.within(sentence), named.cues)), named


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_rule_finishes_on_its_worst_sentences(language: str) -> None:
    compiled = rule_set(language)
    for name, rule in compiled.rules.items():
        for case, text in worst_sentences(rule.example).items():
            for view, named in sentence_views(text):
                timed_out: list[str] = []
                compiled.match(view.words, view.labels, tuple(compiled.rules), timed_out)
                assert timed_out == [], (name, case)
                assert named.timed_out == [], (name, case)


def rule_codes(language: str) -> list[tuple[int, str]]:
    """The token count and code of every sentence of the sample corpus in `language`, and of its rules' worst sentences."""
    compiled = rule_set(language)
    texts = [read_document(path).text for path in sorted((ROOT / "corpus" / language).iterdir()) if path.suffix in (".txt", ".md")]
    texts += [text for rule in compiled.rules.values() for text in worst_sentences(rule.example).values()]
    return [
        (len(view.words), compiled.encode(view.words, view.labels))
        for text in texts
        for view, _ in sentence_views(text)
        if view.sentence.language == language
    ]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_rule_run_untimed_by_stdlib_re_finds_what_regex_finds(language: str) -> None:
    """Within WORK_BUDGET a rule runs on stdlib re, without a time bound: the same matches, groups and all, as `regex`'s
    finditer(overlapped=True), on every sentence of the corpus and on the rules' worst sentences."""
    compiled = rule_set(language)
    checked = 0
    for tokens, code in rule_codes(language):
        for name in compiled.rules:
            if tokens <= compiled.untimed_up_to[name]:
                untimed = [match.regs for match in rules.overlapping(compiled.untimed_pattern(name), code)]
                assert untimed == [match.regs for match in compiled.pattern(name).finditer(code, overlapped=True)], name
                checked += len(untimed)
    assert checked > 100


def test_a_rule_that_runs_out_of_time_is_a_warning_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Inspur ranked first in 15 out of 30 tasks."
    sentence, named = split_sentences(text)[0], DocumentMentions(text, split_sentences(text))
    candidates = prefilter(text, sentence, named.within(sentence), named).rules
    monkeypatch.setattr(rules, "MATCH_TIMEOUT", 0.0)
    assert extract(text).warnings == []  # its rules' worst cases here are within WORK_BUDGET: they run untimed
    monkeypatch.setattr(rule_set("en"), "untimed_up_to", dict.fromkeys(rule_set("en").rules, 0))
    result = extract(text)
    assert result.claims == []
    assert result.warnings == [
        f"rule {name!r} ran out of time and was skipped here, so claims it would find may be missing [0:42]: {text!r}"
        for name in candidates
    ]
    assert "en-rank-in-count-out-of-total" in candidates


def test_a_shape_that_runs_out_of_time_is_a_warning_and_its_mentions_are_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "MLPerf Inference v3.1: Inspur ranked first in 15 out of 30 tasks."
    monkeypatch.setattr(lexicon_module, "SHAPE_TIMEOUT", 0.0)
    result = extract(text)
    assert [(c.suite, c.version, c.count, c.total) for c in result.claims] == [("inference", None, 15, 30)]
    names = [shape.name for shape, _ in lexicon_module.shapes().compiled]
    assert result.warnings == [
        f"shape {name!r} ran out of time and was skipped here, so claims it would find may be missing [0:65]: {text!r}" for name in names
    ]


def test_reading_in_small_blocks_gives_the_same_claims_as_one_block(monkeypatch: pytest.MonkeyPatch) -> None:
    documents = [read_document(path).text for path in sorted((ROOT / "corpus").rglob("*")) if path.suffix in (".txt", ".md")]
    text = "\n\n".join(documents)
    whole = extract(text)
    monkeypatch.setattr(pipeline, "MAX_BLOCK_CHARS", 300)
    assert extract(text) == whole
    assert len(whole.claims) > 80


@pytest.mark.parametrize(
    ("text", "gap", "expected"),
    [
        ("Inspur won 15 tasks. It was glad. NVIDIA won 2.", 300, [(0, 47)]),
        ("Inspur won 15 tasks. It was glad. NVIDIA won 2.", 10, [(0, 20), (34, 47)]),
        ("It was glad. Inspur won v3.1 tasks. It was glad.", 0, [(13, 35)]),
        ("No digit here. None here either.", 300, []),
        ("浪潮获得13项第一。十分高兴。宁畅获得２项。", 0, [(0, 10), (15, 22)]),  # a full-width digit is a digit (\d)
    ],
)
def test_shapes_are_searched_in_runs_of_sentences_that_hold_a_digit(
    text: str, gap: int, expected: list[tuple[int, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "STRETCH_GAP", gap)
    assert pipeline.digit_stretches(text, split_sentences(text)) == expected


def test_searching_shapes_only_in_sentences_with_a_digit_gives_the_same_claims(monkeypatch: pytest.MonkeyPatch) -> None:
    documents = [read_document(path).text for path in sorted((ROOT / "corpus").rglob("*")) if path.suffix in (".txt", ".md")]
    text = "\n\n".join(documents)
    stretched = extract(text)
    monkeypatch.setattr(pipeline, "digit_stretches", lambda text, sentences: [(sentences[0].start, sentences[-1].end)])
    assert extract(text) == stretched
    assert len({claim.system for claim in stretched.claims}) > 10


@pytest.mark.parametrize(
    ("text", "size", "expected"),
    [
        ("short", 10, [(0, 5, True)]),
        ("one two three\n\nfour five six seven", 20, [(0, 15, True), (15, 34, True)]),
        ("one two three\nfour five six seven", 20, [(0, 14, True), (14, 33, False)]),
        ("one two three four five six", 20, [(0, 19, True), (19, 27, False)]),
        ("Inspur won. NVIDIA won twice", 20, [(0, 12, True), (12, 28, False)]),
        ("<p>浪潮夺冠</p><p>宁畅夺冠</p>", 16, [(0, 14, True), (14, 22, False)]),
        ("浪潮夺冠。宁畅夺冠，英伟达也夺冠", 8, [(0, 5, True), (5, 13, False), (13, 16, False)]),
        ("一" * 25, 10, [(0, 10, True), (10, 20, False), (20, 25, False)]),
    ],
)
def test_a_long_text_is_cut_into_pieces_at_paragraph_breaks_first(text: str, size: int, expected: list[tuple[int, int, bool]]) -> None:
    assert list(pipeline.pieces(text, size)) == expected


def test_reading_in_pieces_gives_the_same_claims_as_one_read(monkeypatch: pytest.MonkeyPatch) -> None:
    documents = [read_document(path).text for path in sorted((ROOT / "corpus").rglob("*")) if path.suffix in (".txt", ".md")]
    text = "\n\n".join(documents)
    whole = extract(text)
    monkeypatch.setattr(pipeline, "MAX_PIECE_CHARS", 600)
    assert len(list(pipeline.pieces(text, 600))) > 15
    assert extract(text) == whole


def test_a_5_mb_single_line_document_is_read_whole() -> None:
    unit = " ".join(
        read_document(ROOT / "corpus" / name).text.replace("\n", " ")
        for name in ("en/inspur-style-release.txt", "zh/inspur-style-news.txt")
    )
    copies = 5_000_000 // len(unit.encode("utf-8")) + 1
    text = " ".join([unit] * copies)
    assert "\n" not in text and len(text.encode("utf-8")) > 5_000_000
    per_copy: list[list[tuple[object, ...]]] = [[] for _ in range(copies)]
    for claim in extract(text).claims:
        copy, offset = divmod(claim.evidence.start, len(unit) + 1)
        per_copy[copy].append((claim.kind, claim.subject, claim.rank, claim.count, claim.value, offset))
    assert len(per_copy[1]) > 5
    assert all(found == per_copy[1] for found in per_copy[2:])


def test_past_the_warning_limit_warnings_are_counted_not_listed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "MAX_WARNINGS", 2)
    paragraph = "一" * 2500
    result = extract("\n\n".join([paragraph] * 4))
    assert result.warnings == [cut_warning(2500), cut_warning(2500, 2502), "2 more warnings like these are not listed"]


def test_a_hundred_thousand_nested_tags_around_a_claim_are_read() -> None:
    sentence = "Inspur ranked first in 15 out of 30 tasks."
    text = "<div>" * 100_000 + sentence + "</div>" * 100_000
    result = extract(text)
    assert [(c.count, c.total, c.evidence.start, c.evidence.text) for c in result.claims] == [
        (15, 30, 500_007, "ranked first in 15 out of 30 tasks")
    ]
    assert result.warnings == []


def test_a_reader_yields_the_claims_of_extract_one_at_a_time_and_then_its_warnings() -> None:
    text = (
        "In MLPerf Inference v3.1, Inspur ranked first in 15 out of 30 tasks.\n\n" * 3
        + "No. 1 results went to Inspur 13 times.\n\n"
        + "在MLPerf推理V3.1中，宁畅共斩获13项第一。\n"
    )
    reader = DocumentReader(text)
    claims = reader.claims()
    first = next(claims)
    assert (first.subject, first.count, reader.warnings) == ("Inspur", 15, [])
    rest = list(claims)
    whole = extract(text)
    assert [first, *rest] == whole.claims
    assert (reader.language, reader.languages, reader.warnings) == (whole.language, whole.languages, whole.warnings)
    assert len(whole.claims) == 4 and len(whole.warnings) == 1
