"""The spaCy component: found by name through the entry point, inside pipelines with other components, across
processes with nlp.pipe(n_process=2); doc._.claims is what extract() returns and doc.spans holds their evidence."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from extractor import extract

ENGLISH = (
    "Lenovo ranked first in 7 of 11 tests of MLPerf Inference v4.1. "
    "Its ThinkSystem SR680a V3 reached 41,200 queries per second offline on ResNet-50."
)
CHINESE = "在MLPerf推理v4.1中，浪潮信息共获得9项第一。"


def english_pipeline() -> Language:
    """A blank English pipeline with a sentencizer and an entity ruler around the component."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("mlperf_claims")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "ORG", "pattern": "Lenovo"}])  # type: ignore[attr-defined]
    return nlp


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", ENGLISH, [("ranking", "Lenovo", "ranked first in 7 of 11 tests"), ("score", "Lenovo", "41,200 queries per second")]),
        ("zh", CHINESE, [("ranking", "Inspur", "9项第一")]),
        ("en", "The weather was fine on the day of the launch.", []),
    ],
)
def test_doc_claims_are_the_claims_of_extract_and_spans_are_their_evidence(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    nlp = english_pipeline() if language == "en" else spacy.blank("zh")
    if language == "zh":
        nlp.add_pipe("mlperf_claims")
    doc = nlp(text)
    assert [(c.kind, c.subject, c.evidence.text) for c in doc._.claims] == expected
    assert doc._.claims == extract(text).claims
    assert [(span.label_, span.text) for span in doc.spans["mlperf_claims"]] == [(kind, evidence) for kind, _, evidence in expected]
    assert all(doc.text[c.evidence.start : c.evidence.end] == c.evidence.text for c in doc._.claims)


def test_other_components_keep_their_output() -> None:
    doc = english_pipeline()(ENGLISH)
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("Lenovo", "ORG")]
    assert len(list(doc.sents)) == 2


def test_evidence_inside_a_token_is_widened_to_whole_tokens_in_the_span_group() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("mlperf_claims")
    text = "浪潮在MLPerf训练v2.0中获得13项第一。"  # one English token ("Chinese" text has no spaces) holds the evidence
    doc = nlp(text)
    assert [c.evidence.text for c in doc._.claims] == ["13项第一"]
    assert [token.text for token in doc] == ["浪潮在MLPerf训练v2.0中获得13项第一", "。"]
    assert [span.text for span in doc.spans["mlperf_claims"]] == [doc[0].text]


def test_nlp_pipe_with_worker_processes_returns_the_same_claims() -> None:
    nlp = english_pipeline()
    texts = [ENGLISH, CHINESE, "Intel won 3 of 5 tests in MLPerf Inference v3.1.", ""] * 3
    alone = [doc._.claims for doc in nlp.pipe(texts)]
    pooled = [doc._.claims for doc in nlp.pipe(texts, n_process=2, batch_size=2)]
    assert pooled == alone == [extract(text).claims for text in texts]
    assert [len(claims) for claims in pooled[:4]] == [2, 1, 1, 0]


def test_a_new_process_finds_the_component_by_name_through_the_entry_point(tmp_path: Path) -> None:
    script = (
        "import spacy, sys\n"
        "nlp = spacy.blank('en'); nlp.add_pipe('mlperf_claims')\n"
        "assert 'extractor.spacy_component' in sys.modules\n"
        "doc = nlp('NVIDIA won 6 of 8 tests in MLPerf Training v3.0.')\n"
        "print([(s.label_, s.text) for s in doc.spans['mlperf_claims']])\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "[('ranking', 'won 6 of 8 tests')]\n"
