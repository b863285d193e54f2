"""The stage order: normalize, split and label sentences, read each, assemble claims with context."""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from typing import Any

from .assemble import assemble, learn
from .context import DocumentContext
from .language import Sentence, split_sentences
from .lexicon import lexicon, shapes
from .mentions import Mention
from .models import Claim, Extraction, Language, Span
from .normalize import Normalized, normalize
from .numbers import number_reader
from .rules import rule_set
from .sentence import context_view, read_sentence


def extract(text: str) -> Extraction:
    """Every ranking, score and participation claim in `text`, with spans into `text` itself."""
    if not isinstance(text, str):
        hint = " (decode bytes first)" if isinstance(text, bytes | bytearray) else ""
        raise TypeError(f"extract() takes a str, not {type(text).__name__}{hint}")
    normalized = normalize(text)
    sentences = split_sentences(normalized.text)
    named = DocumentMentions(normalized.text)
    context = DocumentContext()
    claims: list[Claim] = []
    warnings: list[str] = []
    sizes: Counter[Language] = Counter()  # sentences per language; the first to lead wins a tie
    for sentence in sentences:
        sizes[sentence.language] += 1
        context.enter(sentence.paragraph)
        mentions = named.within(sentence)
        rules = candidate_rules(normalized.text, sentence, mentions, named)
        if not rules:
            learn(context_view(normalized.text, sentence, mentions), context)
            continue
        view = read_sentence(normalized.text, sentence, mentions, named.numbers)
        sentence_span = span(text, normalized, sentence.start, sentence.end)
        found = [to_claim(text, normalized, fields, sentence_span) for fields in assemble(view, context, rules)]
        if not found and looks_like_a_claim(view.mentions):
            warnings.append(f"no rule read this sentence that states a rank and a number [{sentence_span.start}:{sentence_span.end}]: "
                            f"{shorten(sentence_span.text)!r}")
        claims.extend(found)
        learn(view, context)
    main = max(sizes, key=lambda language: sizes[language]) if sizes else "en"
    return Extraction(language=main, languages=sorted(sizes), claims=claims, warnings=warnings)


class DocumentMentions:
    """The lexicon and shape mentions and the number cues of a whole text, each scan run once per document
    (a scan per sentence costs more in calls than in scanning), handed out sentence by sentence."""

    def __init__(self, text: str) -> None:
        self.mentions = sorted(lexicon().find(text, 0, len(text)) + shapes().find(text, 0, len(text)), key=lambda m: m.start)
        self.starts = [mention.start for mention in self.mentions]
        reader = number_reader()
        self.numbers = reader.cue_starts(text)
        self.ordinals = reader.ordinal_cue_starts(text)

    def within(self, sentence: Sentence) -> list[Mention]:
        """The mentions that lie wholly inside a sentence."""
        first, last = bisect_left(self.starts, sentence.start), bisect_left(self.starts, sentence.end)
        return [mention for mention in self.mentions[first:last] if mention.end <= sentence.end]

    @staticmethod
    def any_within(positions: list[int], sentence: Sentence) -> bool:
        index = bisect_left(positions, sentence.start)
        return index < len(positions) and positions[index] < sentence.end


def shorten(text: str, limit: int = 200) -> str:
    """At most `limit` characters of a sentence for a message (the offsets locate all of it)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def looks_like_a_claim(mentions: list[Mention]) -> bool:
    """A rank word and a count together: what a reader would take for a ranking claim."""
    labels = {m.label for m in mentions}
    return "RANK" in labels and "NUM" in labels


def candidate_rules(text: str, sentence: Sentence, named: list[Mention], document: DocumentMentions) -> tuple[str, ...]:
    """Cheap test before segmenting: the rules whose every required atom the sentence holds (none without a
    number-like word or a rank)."""
    labels = {m.label for m in named}
    if document.any_within(document.numbers, sentence):
        labels.add("NUM")
    if document.any_within(document.ordinals, sentence):
        labels.add("ORD")
    if not labels & {"NUM", "ORD", "RANK"}:
        return ()
    return rule_set(sentence.language).candidates(labels, text[sentence.start:sentence.end].lower())


def span(original: str, normalized: Normalized, start: int, end: int) -> Span:
    """A Span of the original text for a normalized range."""
    original_start, original_end = normalized.original_span(start, end)
    return Span(start=original_start, end=original_end, text=original[original_start:original_end])


def to_claim(original: str, normalized: Normalized, fields: dict[str, Any], sentence: Span) -> Claim:
    """Build the pydantic Claim, mapping the evidence back to the original text."""
    evidence_start, evidence_end = fields.pop("evidence")
    return Claim(**fields, evidence=span(original, normalized, evidence_start, evidence_end), sentence=sentence)
