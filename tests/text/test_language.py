"""Sentence splitting and per-sentence language; document language and the languages present."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract
from extractor.reading.document import read_document
from extractor.text.language import sentence_end_pattern, sentence_ends, split_sentences
from extractor.text.normalize import normalize

ROOT = Path(__file__).resolve().parents[2]

SENTENCES = [
    (
        "Inspur won. NVIDIA ranked first in 15 out of 30 tasks.",
        [("Inspur won.", "en"), ("NVIDIA ranked first in 15 out of 30 tasks.", "en")],
    ),
    ("MLPerf v2.1 results are out. No. 1 again.", [("MLPerf v2.1 results are out.", "en"), ("No. 1 again.", "en")]),
    ("宁畅共斩获13项第一。MLPerf是AI性能基准测试之一！", [("宁畅共斩获13项第一。", "zh"), ("MLPerf是AI性能基准测试之一！", "zh")]),
    ("Inference V2.1包括Datacenter数据中心和Edge边缘两大赛道。", [("Inference V2.1包括Datacenter数据中心和Edge边缘两大赛道。", "zh")]),
    ("華碩在推論測試中獲得冠軍。", [("華碩在推論測試中獲得冠軍。", "zh")]),
    # product names outnumber the Chinese words, but a few Han characters at least half as many make it Chinese
    (
        "NVIDIA H200 Tensor Core GPU 和 NVIDIA TensorRT-LLM 创下 MLPerf LLM 最新推理记录。",
        [("NVIDIA H200 Tensor Core GPU 和 NVIDIA TensorRT-LLM 创下 MLPerf LLM 最新推理记录。", "zh")],
    ),
    (
        "Inspur Information (浪潮信息) ranked first in 15 of the 30 tasks of MLPerf Inference.",
        [("Inspur Information (浪潮信息) ranked first in 15 of the 30 tasks of MLPerf Inference.", "en")],
    ),
    ("浪潮获得13项第一。Inspur also won 13 tests.", [("浪潮获得13项第一。", "zh"), ("Inspur also won 13 tests.", "en")]),
    ("A heading\n\nA paragraph that\nwraps here.", [("A heading", "en"), ("A paragraph that\nwraps here.", "en")]),
    (
        "About Inspur Information\nInspur Information is a leading provider.",
        [("About Inspur Information", "en"), ("Inspur Information is a leading provider.", "en")],
    ),
    # A fragment with no language of its own opens the text: it takes the script most of the opening is in.
    ("ResNet50\n\n浪潮获得13项第一。", [("ResNet50", "zh"), ("浪潮获得13项第一。", "zh")]),
    ("ResNet50\n\nInspur won 13 tests.", [("ResNet50", "en"), ("Inspur won 13 tests.", "en")]),
    ("ResNet50\n\nInspur won 13 tests in Beijing (北京).", [("ResNet50", "en"), ("Inspur won 13 tests in Beijing (北京).", "en")]),
    # A heading's "#" goes, a rank's stays.
    ("## Results\n\n#1 in 3 of the 9 benchmarks", [("Results", "en"), ("#1 in 3 of the 9 benchmarks", "en")]),
    ("* #1 in 3 of the 9 benchmarks\n#\n", [("#1 in 3 of the 9 benchmarks", "en")]),
    # A line that opens a list item (text.toml list_marks, "2)") starts a sentence even after a comma; a number that
    # opens a line does not.
    (
        "We won on these,\n· #1 on GPT-J,\n2) #1 on BERT,\n2.5x faster",
        [("We won on these,", "en"), ("· #1 on GPT-J,", "en"), ("2) #1 on BERT,\n2.5x faster", "en")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentences(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[s.start : s.end], s.language) for s in split_sentences(text)] == expected


def test_heading_is_marked() -> None:
    sentences = split_sentences("X660 G45 LP夺冠\n\n宁畅获得12项第一。")
    assert [s.heading for s in sentences] == [True, False]


@pytest.mark.parametrize("item", ["- #1 on Mixtral 8x7B", "* #1 on Mixtral 8x7B", "• 边缘推理第一", "1. #1 on GPT-J", "  2) #1 on GPT-J"])
def test_list_item_is_no_heading(item: str) -> None:
    assert [s.heading for s in split_sentences(f"Results\n\n{item}")] == [True, False]


def test_bilingual_release_yields_claims_from_both_halves() -> None:
    result = extract("浪潮获得13项第一。\n\nInspur also ranked first in 15 out of 30 tasks.")
    assert (result.language, result.languages) == ("zh", ["en", "zh"])
    assert [(c.language, c.subject, c.count) for c in result.claims] == [("zh", "Inspur", 13), ("en", "Inspur", 15)]


def test_chinese_article_full_of_model_names_is_chinese() -> None:
    result = extract("本次测试覆盖ResNet、3D-UNet99、RNN-T、RetinaNet、BERT-99等模型，宁畅获得ResNet第一。")
    assert (result.language, result.languages) == ("zh", ["zh"])


def test_a_sentence_with_no_end_is_read_in_bounded_pieces_cut_at_clause_marks() -> None:
    clause = "Inspur ranked first in 3 tasks, "  # 32 characters: a cut falls after a comma
    text = clause * 130  # 4,160 characters with no sentence end
    sentences = split_sentences(text)
    assert [(s.start, s.end, s.cut_from, s.heading) for s in sentences] == [
        (0, 1983, (0, 4159), False),
        (1984, 3967, (0, 4159), False),
        (3968, 4159, (0, 4159), False),
    ]
    assert all(text[s.end - 1] == "," for s in sentences[:2])


def test_a_run_with_no_clause_mark_or_space_is_cut_at_the_limit() -> None:
    sentences = split_sentences("一" * 4500)
    assert [(s.start, s.end, s.cut_from) for s in sentences] == [(0, 2000, (0, 4500)), (2000, 4000, (0, 4500)), (4000, 4500, (0, 4500))]


def test_sentence_ends_are_those_of_the_full_pattern() -> None:
    """Trying the end pattern only where an end can begin finds exactly the ends a scan of every position finds."""
    texts = [
        normalize(read_document(path).text).text for path in sorted((ROOT / "corpus").rglob("*.*")) if not path.name.endswith(".gold.json")
    ]
    texts += [text for text, _ in SENTENCES] + [
        "Wow!!  \nNext. \t\n- item\n1. one\nv2.1 No. 3 e.g. this…\n  \n",
        "Hi!)  \nx",
        "。\n\n.\n",
        "end:  \nNext  \n  \nlast \t\n。 \n\n  \n",
    ]
    for text in texts:
        for start, end in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            assert list(sentence_ends(text, start, end)) == [m.end() for m in sentence_end_pattern().finditer(text, start, end)], text[
                start:end
            ]
