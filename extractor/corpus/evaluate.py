"""Scores extraction against gold files with the matching rule of CLAIMS.md."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from extractor.fields import COMPARED_FIELDS
from extractor.models import Claim
from extractor.pipeline import extract
from extractor.reading.document import read_document
from extractor.text.normalize import Normalized, normalize

TOLERANCE = 0.005
SYSTEM_FOLD = re.compile(r"[\s\-]+")
"""What a system comparison leaves out besides case."""


class GoldError(ValueError):
    """A gold file that cannot be scored against: not JSON, no claims, or evidence not in its document."""


@dataclass
class GoldClaim:
    """A gold claim: its fields and where its evidence is in the document."""

    fields: dict[str, Any]
    start: int
    end: int


@dataclass
class DocumentScore:
    """How one document's predictions compare with its gold claims."""

    name: str
    language: str
    gold: list[GoldClaim]
    predicted: list[Claim]
    matched: list[tuple[GoldClaim, Claim]] = field(default_factory=list)
    missed: list[GoldClaim] = field(default_factory=list)
    extra: list[Claim] = field(default_factory=list)


def locate(text: str, evidence: str, occurrence: int = 0) -> tuple[int, int]:
    """The original span of a gold evidence string (its `occurrence`-th, counting from 0, for a string the document
    repeats), looked up as written, then after folding."""
    position = nth(text, evidence, occurrence)
    if position >= 0:
        return position, position + len(evidence)
    normalized, folded = normalized_once(text), normalize(evidence).text
    position = nth(normalized.text, folded, occurrence)
    if position < 0:
        raise ValueError(f"gold evidence not in the document: {evidence!r}")
    return normalized.original_span(position, position + len(folded))


def nth(text: str, part: str, occurrence: int) -> int:
    """Where the `occurrence`-th (from 0) appearance of `part` starts, or -1; a repeat past the last is the last."""
    position = text.find(part)
    for _ in range(occurrence):
        following = text.find(part, position + 1)
        if following < 0:
            break
        position = following
    return position


@lru_cache(maxsize=4)
def normalized_once(text: str) -> Normalized:
    """A document's normalized text, made once however many gold claims are looked up in it."""
    return normalize(text)


def equal(gold: Any, predicted: Any) -> bool:
    """Equality of one field; numbers within 0.5%, lists element by element."""
    if isinstance(gold, list):
        return isinstance(predicted, list) and len(gold) == len(predicted) and all(equal(g, p) for g, p in zip(gold, predicted))
    if isinstance(gold, int | float) and not isinstance(gold, bool):
        return isinstance(predicted, int | float) and abs(gold - predicted) <= TOLERANCE * max(abs(gold), 1e-9)
    return bool(gold == predicted)


def same_system(gold: str, predicted: str | None) -> bool:
    """CLAIMS.md: systems compare without case, spaces and hyphens, and match when either name holds the other
    ("H100" and "H100-SXM5-80GB")."""
    if predicted is None:
        return False
    folded_gold, folded_predicted = (SYSTEM_FOLD.sub("", name).casefold() for name in (gold, predicted))
    return folded_gold in folded_predicted or folded_predicted in folded_gold


def field_equal(name: str, gold: Any, predicted: Any) -> bool:
    """One compared field: systems by same_system, the rest by equal."""
    return same_system(gold, predicted) if name == "system" else equal(gold, predicted)


def overlaps(gold: GoldClaim, claim: Claim) -> bool:
    return gold.start < claim.evidence.end and claim.evidence.start < gold.end


def matches(gold: GoldClaim, claim: Claim) -> bool:
    """CLAIMS.md: same kind, every non-null gold field equal, evidence spans overlap."""
    if gold.fields["kind"] != claim.kind or not overlaps(gold, claim):
        return False
    return all(field_equal(name, gold.fields[name], getattr(claim, name)) for name in COMPARED_FIELDS if gold.fields.get(name) is not None)


def score_document(text_path: Path, gold_path: Path) -> DocumentScore:
    """Extract one document and pair its claims with the gold ones, one to one."""
    text = read_document(text_path).text
    try:
        gold_data = json.loads(gold_path.read_text(encoding="utf-8"))
        seen: Counter[str] = Counter()  # gold claims in document order: a repeated evidence is its next occurrence
        gold = []
        for claim in gold_data["claims"]:
            gold.append(GoldClaim(claim, *locate(text, claim["evidence"], seen[claim["evidence"]])))
            seen[claim["evidence"]] += 1
    except (ValueError, KeyError, TypeError) as error:
        raise GoldError(f"{gold_path}: {error}") from error
    result = extract(text)
    score = DocumentScore(text_path.name, gold_data.get("language") or result.language, gold, list(result.claims))
    remaining = list(result.claims)
    for gold_claim in gold:
        found = next((claim for claim in remaining if matches(gold_claim, claim)), None)
        if found is None:
            score.missed.append(gold_claim)
        else:
            score.matched.append((gold_claim, found))
            remaining.remove(found)
    score.extra = remaining
    return score


def gold_pairs(folder: Path) -> list[tuple[Path, Path]]:
    """(document, gold) pairs: NAME.gold.json beside NAME.<ext>."""
    pairs = []
    for gold_path in sorted(folder.rglob("*.gold.json")):
        stem = gold_path.name[: -len(".gold.json")]
        documents = [p for p in gold_path.parent.glob(stem + ".*") if p != gold_path and not p.name.endswith(".gold.json")]
        if not documents:
            raise FileNotFoundError(f"{gold_path}: no document named {stem}.* beside it")
        pairs.append((sorted(documents)[0], gold_path))
    return pairs


def prf(gold: int, predicted: int, matched: int) -> tuple[float, float, float]:
    precision = matched / predicted if predicted else 1.0 if not gold else 0.0
    recall = matched / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def field_accuracy(scores: list[DocumentScore]) -> dict[str, tuple[int, int]]:
    """Per field: (right, asked) over gold claims, each compared with its matched claim, else with a
    predicted claim of its kind whose evidence overlaps (so that a near miss shows which field missed)."""
    right: Counter[str] = Counter()
    asked: Counter[str] = Counter()
    for document in scores:
        partners = {id(gold_claim): claim for gold_claim, claim in document.matched}
        for gold_claim in document.gold:
            partner = partners.get(id(gold_claim)) or next(
                (c for c in document.extra if c.kind == gold_claim.fields["kind"] and overlaps(gold_claim, c)), None
            )
            for name in COMPARED_FIELDS:
                if gold_claim.fields.get(name) is not None:
                    asked[name] += 1
                    right[name] += partner is not None and field_equal(name, gold_claim.fields[name], getattr(partner, name))
    return {name: (right[name], asked[name]) for name in COMPARED_FIELDS if asked[name]}


def describe(claim: Claim | GoldClaim) -> str:
    fields = (
        claim.fields if isinstance(claim, GoldClaim) else claim.model_dump(exclude_none=True, exclude={"evidence", "sentence", "language"})
    )
    evidence = claim.fields["evidence"] if isinstance(claim, GoldClaim) else claim.evidence.text
    shown = {k: v for k, v in fields.items() if v is not None and k != "evidence"}
    return f"{evidence!r} {json.dumps(shown, ensure_ascii=False)}"


def score_folders(folders: list[Path]) -> dict[Path, list[DocumentScore]]:
    """Every gold document under each folder (subfolders included), scored; a folder with no gold file is a GoldError,
    not a perfect score."""
    scored = {}
    for folder in folders:
        pairs = gold_pairs(folder)
        if not pairs:
            raise GoldError(f"{folder}: no NAME.gold.json file in it or its subfolders, so there is nothing to score")
        scored[folder] = [score_document(text_path, gold_path) for text_path, gold_path in pairs]
    return scored


def figures(scores: list[DocumentScore]) -> dict[str, tuple[int, int, int, int]]:
    """Per language and "all": documents, gold claims, predicted claims and matches."""
    found = {}
    for group in sorted({s.language for s in scores}) + ["all"]:
        chosen = [s for s in scores if group in ("all", s.language)]
        found[group] = (
            len(chosen),
            sum(len(s.gold) for s in chosen),
            sum(len(s.predicted) for s in chosen),
            sum(len(s.matched) for s in chosen),
        )
    return found


def table(scores: list[DocumentScore]) -> list[str]:
    """The figures of `figures` as rows with precision, recall and F1."""
    lines = []
    for group, (documents, gold, predicted, matched) in figures(scores).items():
        precision, recall, f1 = prf(gold, predicted, matched)
        lines.append(f"{group:<10}{documents:>6}{gold:>6}{predicted:>6}{matched:>7}{precision:>11.3f}{recall:>8.3f}{f1:>8.3f}")
    return lines


def report(folders: list[Path], show: bool) -> str:
    """The evaluation table (per language and overall; per folder, then the total, for several folders), per-field
    accuracy, and misses/extras if asked."""
    by_folder = score_folders(folders)
    scores = [score for folder_scores in by_folder.values() for score in folder_scores]
    header = f"{'language':<10}{'docs':>6}{'gold':>6}{'pred':>6}{'match':>7}{'precision':>11}{'recall':>8}{'f1':>8}"
    lines = [header]
    if len(folders) > 1:
        for folder, folder_scores in by_folder.items():
            lines += [f"{folder}:", *table(folder_scores)]
        lines.append("total:")
    lines += table(scores)
    lines.append("field accuracy (each gold claim against its match, else an overlapping claim of its kind):")
    lines.append("  " + "  ".join(f"{name} {right}/{asked}" for name, (right, asked) in field_accuracy(scores).items()))
    if show:
        for document in scores:
            if document.missed or document.extra:
                lines.append(f"\n{document.name}")
                lines.extend(f"  missed {describe(c)}" for c in document.missed)
                lines.extend(f"  extra  {describe(c)}" for c in document.extra)
    return "\n".join(lines)
