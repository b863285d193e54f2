"""The pydantic models: frozen, strict, and their JSON Schema is available."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

import pydantic
import pytest

from extractor import Claim, Extraction, Span, extract, fields, schema_doc
from extractor.fields import FieldRegistry
from extractor.models import FieldRole
from extractor.rulebook import rule_syntax
from tests.conftest import shared_folder


def test_json_schema_holds_every_field_the_specification_names() -> None:
    specification = shared_folder("", "the claim specification").joinpath("CLAIMS.md").read_text(encoding="utf-8")
    table = specification[specification.index("| field | type |") :]
    specified = re.findall(r"^\| `(\w+)` \|", table[: table.index("\n\n")], flags=re.M)
    assert len(specified) >= 20
    assert set(specified) <= set(Claim.model_json_schema()["properties"])
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
    assert result.warnings == [
        f"no rule read this sentence that states a rank and a number [8:{len(text)}]: 'No. 1 results went to Inspur 13 times.'"
    ]


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


class ClaimWithFormat(Claim):
    """A claim model with one field more, as a new field is declared: its type and its role."""

    numeric_format: Annotated[str | None, FieldRole("FORMAT", scopes=("heading", "section"), inherited=True, sole=True, compared=True)] = (
        None
    )


def test_a_field_declared_with_its_role_reaches_every_stage_s_list() -> None:
    registry = FieldRegistry.of(ClaimWithFormat)
    assert registry.labels["numeric_format"] == "FORMAT"
    assert ("numeric_format", "FORMAT") in registry.mentioned
    assert "numeric_format" in registry.inherited
    assert registry.sole["numeric_format"] == "FORMAT"
    assert "numeric_format" in registry.compared
    assert "numeric_format" not in registry.shown
    scopes = ("document", "heading", "section", "paragraph")
    assert [scope for scope in scopes if "numeric_format" in registry.in_scope(scope)] == ["heading", "section"]


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        (FieldRole(), (False, False, False)),
        (FieldRole("X", learned=False), (False, True, False)),
        (FieldRole("X"), (True, True, False)),
        (FieldRole(inherited=True), (False, False, True)),
    ],
)
def test_a_field_s_role_says_whether_it_is_learnt_read_from_mentions_and_inherited(role: FieldRole, expected: tuple[bool, ...]) -> None:
    class Extended(Claim):
        extra: Annotated[str | None, role] = None

    registry = FieldRegistry.of(Extended)
    assert ("extra" in registry.labels, ("extra", "X") in registry.mentioned, "extra" in registry.inherited) == expected


def test_the_rule_language_knows_every_field_s_label_and_role() -> None:
    assert set(fields.FIELD_LABELS.values()) <= rule_syntax.LABELS
    assert {name for name, _ in fields.CONTEXT_FIELDS} <= rule_syntax.ROLES
