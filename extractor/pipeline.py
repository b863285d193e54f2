"""The stage order: normalize, split and label sentences, read each, assemble claims with context."""
from __future__ import annotations

from collections import Counter
from typing import Any

from .assemble import assemble, learn
from .context import DocumentContext
from .language import Sentence, split_sentences
from .mentions import Mention
from .models import Claim, Extraction, Language, Span
from .normalize import Normalized, normalize
from .numbers import number_reader
from .rules import rule_set
from .sentence import context_view, named_mentions, read_sentence


def extract(text: str) -> Extraction:
    """Every ranking, score and participation claim in `text`, with spans into `text` itself."""
    if not isinstance(text, str):
        hint = " (decode bytes first)" if isinstance(text, bytes | bytearray) else ""
        raise TypeError(f"extract() takes a str, not {type(text).__name__}{hint}")
    normalized = normalize(text)
    sentences = split_sentences(normalized.text)
    context = DocumentContext()
    claims: list[Claim] = []
    warnings: list[str] = []
    sizes: Counter[Language] = Counter()  # sentences per language; the first to lead wins a tie
    for sentence in sentences:
        sizes[sentence.language] += 1
        context.enter(sentence.paragraph)
        named = named_mentions(normalized.text, sentence)
        if not may_hold_claims(normalized.text, sentence, named):
            learn(context_view(normalized.text, sentence, named), context)
            continue
        view = read_sentence(normalized.text, sentence, named)
        sentence_span = span(text, normalized, sentence.start, sentence.end)
        found = [to_claim(text, normalized, fields, sentence_span) for fields in assemble(view, context)]
        if not found and looks_like_a_claim(view.mentions):
            warnings.append(f"no rule read this sentence that states a rank and a number [{sentence_span.start}:{sentence_span.end}]: "
                            f"{shorten(sentence_span.text)!r}")
        claims.extend(found)
        learn(view, context)
    main = max(sizes, key=lambda language: sizes[language]) if sizes else "en"
    return Extraction(language=main, languages=sorted(sizes), claims=claims, warnings=warnings)


def shorten(text: str, limit: int = 200) -> str:
    """At most `limit` characters of a sentence for a message (the offsets locate all of it)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def looks_like_a_claim(mentions: list[Mention]) -> bool:
    """A rank word and a count together: what a reader would take for a ranking claim."""
    labels = {m.label for m in mentions}
    return "RANK" in labels and "NUM" in labels


def may_hold_claims(text: str, sentence: Sentence, named: list[Mention]) -> bool:
    """Cheap test before segmenting: a number-like word and all that some rule needs are present."""
    labels = {m.label for m in named}
    if number_reader().cue.search(text, sentence.start, sentence.end):
        labels.add("NUM")
    if number_reader().ordinal_cue.search(text, sentence.start, sentence.end):
        labels.add("ORD")
    if not labels & {"NUM", "ORD", "RANK"}:
        return False
    return rule_set(sentence.language).may_match(labels, text[sentence.start:sentence.end].lower())


def span(original: str, normalized: Normalized, start: int, end: int) -> Span:
    """A Span of the original text for a normalized range."""
    original_start, original_end = normalized.original_span(start, end)
    return Span(start=original_start, end=original_end, text=original[original_start:original_end])


def to_claim(original: str, normalized: Normalized, fields: dict[str, Any], sentence: Span) -> Claim:
    """Build the pydantic Claim, mapping the evidence back to the original text."""
    evidence_start, evidence_end = fields.pop("evidence")
    return Claim(**fields, evidence=span(original, normalized, evidence_start, evidence_end), sentence=sentence)
