"""The pydantic models: frozen, strict, and their JSON Schema is available."""
from __future__ import annotations

import re
from pathlib import Path

import pydantic
import pytest

from extractor import Claim, Extraction, Span, extract, fields, rule_syntax, schema_doc


def test_json_schema_lists_every_claims_md_field() -> None:
    schema = Claim.model_json_schema()
    assert set(schema["properties"]) == {
        "kind", "subject", "system", "rank", "count", "total", "qualifier", "suite", "version", "division", "category",
        "model", "accuracy", "scenario", "value", "unit", "metric", "evidence", "sentence", "language", "rule"}
    assert "Extraction" in str(Extraction.model_json_schema()["title"])


def test_closed_vocabularies_are_enforced() -> None:
    span = Span(start=0, end=1, text="x")
    with pytest.raises(pydantic.ValidationError):
        Claim(kind="ranking", scenario="batch", evidence=span, sentence=span, language="en", rule="r")  # type: ignore[arg-type]


def test_claims_are_frozen() -> None:
    claim = extract("宁畅共斩获13项第一。").claims[0]
    with pytest.raises(pydantic.ValidationError):
        claim.count = 14  # type: ignore[misc]


def test_claim_says_which_rule_made_it() -> None:
    assert [c.rule for c in extract("Inspur ranked first in 15 out of 30 tasks.").claims] == ["en-rank-in-count-out-of-total"]


def test_a_sentence_no_rule_reads_is_reported() -> None:
    text = "Intro.\n\nNo. 1 results went to Inspur 13 times."
    result = extract(text)
    assert result.claims == []
    assert result.warnings == [f"no rule read this sentence that states a rank and a number [8:{len(text)}]: 'No. 1 results went to Inspur 13 times.'"]


def test_sentences_read_by_a_rule_raise_no_warning() -> None:
    assert extract("NVIDIA won 8 first places. 浪潮的冠军数量达到了13个。").warnings == []


@pytest.mark.parametrize(("value", "message"), [(b"13\xe9\xa1\xb9", "not bytes (decode bytes first)"), (None, "not NoneType")])
def test_extract_refuses_what_is_not_text(value: object, message: str) -> None:
    with pytest.raises(TypeError, match=rf"extract\(\) takes a str, {re.escape(message)}"):
        extract(value)  # type: ignore[arg-type]


def test_the_schema_document_is_the_one_the_models_and_lexicon_generate() -> None:
    documented = (Path(__file__).resolve().parents[1] / "docs" / "schema.md").read_text(encoding="utf-8")
    assert documented == schema_doc.document(), "docs/schema.md is stale: regenerate it with `extractor schema --markdown`"
    assert all(f"| `{name}` |" in documented for name in Claim.model_fields)


def test_each_stage_takes_its_fields_from_the_roles_on_the_model() -> None:
    assert fields.FIELD_LABELS == {"subject": "ORG", "system": "SYSTEM", "suite": "SUITE", "version": "VERSION", "division": "DIVISION",
                                   "category": "CATEGORY", "model": "MODEL", "scenario": "SCENARIO"}
    assert fields.CONTEXT_FIELDS == (("system", "SYSTEM"), ("suite", "SUITE"), ("version", "VERSION"), ("division", "DIVISION"),
                                     ("category", "CATEGORY"), ("model", "MODEL"), ("accuracy", "ACCURACY"), ("scenario", "SCENARIO"))
    assert fields.INHERITED == {"system", "suite", "version", "division", "category", "model"}
    assert [fields.in_scope(scope) for scope in ("document", "heading", "section", "paragraph")] == [
        ("suite", "version"), ("subject", "division", "category", "model"), ("division", "category", "model"),
        ("subject", "division", "category", "model")]
    assert fields.COMPARED_FIELDS == ("subject", "system", "rank", "count", "total", "qualifier", "suite", "version", "division", "category",
                                      "model", "accuracy", "scenario", "value", "unit")
    assert fields.SHOWN_FIELDS == (*fields.COMPARED_FIELDS, "metric")
    assert set(fields.FIELD_LABELS.values()) <= rule_syntax.LABELS
