"""The stage order: normalize, split and label sentences, read each, assemble claims with context."""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from typing import Any

from .assemble import assemble, learn
from .context import DocumentContext
from .language import MAX_SENTENCE_CHARS, Sentence, split_sentences
from .lexicon import lexicon, shapes
from .mentions import Mention
from .models import Claim, Extraction, Language, Span
from .normalize import Normalized, normalize
from .numbers import number_reader
from .rules import rule_set
from .sentence import context_view, read_sentence

MAX_BLOCK_CHARS = 65_536
"""Sentences are read in blocks of about this many characters: the document-wide scans run per block, so no scan
(and no time bound on one) grows with the document."""


def extract(text: str) -> Extraction:
    """Every ranking, score and participation claim in `text`, with spans into `text` itself."""
    if not isinstance(text, str):
        hint = " (decode bytes first)" if isinstance(text, bytes | bytearray) else ""
        raise TypeError(f"extract() takes a str, not {type(text).__name__}{hint}")
    normalized = normalize(text)
    context = DocumentContext()
    claims: list[Claim] = []
    warnings: list[str] = []
    sizes: Counter[Language] = Counter()  # sentences per language; the first to lead wins a tie
    cut_warned: tuple[int, int] | None = None
    for block in blocks(split_sentences(normalized.text), MAX_BLOCK_CHARS):
        named = DocumentMentions(normalized.text, block[0].start, block[-1].end)
        warnings.extend(timeout_warning(name, span(text, normalized, block[0].start, block[-1].end), "shape")
                        for name in named.timed_out)
        for sentence in block:
            sizes[sentence.language] += 1
            context.enter(sentence.paragraph)
            if sentence.cut_from is not None and sentence.cut_from != cut_warned:
                cut_warned = sentence.cut_from
                whole = span(text, normalized, *sentence.cut_from)
                warnings.append(f"a sentence of {len(whole.text):,} characters with no end was read in pieces of at most "
                                f"{MAX_SENTENCE_CHARS:,}; a claim across a cut is missed [{whole.start}:{whole.end}]")
            mentions = named.within(sentence)
            rules = candidate_rules(normalized.text, sentence, mentions, named)
            if not rules:
                learn(context_view(normalized.text, sentence, mentions), context)
                continue
            view = read_sentence(normalized.text, sentence, mentions, named.numbers)
            sentence_span = span(text, normalized, sentence.start, sentence.end)
            assembled = assemble(view, context, rules)
            warnings.extend(timeout_warning(name, sentence_span, "rule") for name in assembled.timed_out)
            found = [to_claim(text, normalized, fields, sentence_span) for fields in assembled.claims]
            if not found and not assembled.timed_out and looks_like_a_claim(view.mentions):
                warnings.append(f"no rule read this sentence that states a rank and a number "
                                f"[{sentence_span.start}:{sentence_span.end}]: {shorten(sentence_span.text)!r}")
            claims.extend(found)
            learn(view, context)
    main = max(sizes, key=lambda language: sizes[language]) if sizes else "en"
    return Extraction(language=main, languages=sorted(sizes), claims=claims, warnings=warnings)


def blocks(sentences: list[Sentence], size: int) -> Iterator[list[Sentence]]:
    """Consecutive sentences in runs that span at most `size` characters (a longer sentence alone)."""
    block: list[Sentence] = []
    for sentence in sentences:
        if block and sentence.end - block[0].start > size:
            yield block
            block = []
        block.append(sentence)
    if block:
        yield block


def timeout_warning(name: str, where: Span, what: str) -> str:
    """The warning for a pattern that ran out of time: what was not read, and where."""
    return (f"{what} {name!r} ran out of time and was skipped here, so claims it would find may be missing "
            f"[{where.start}:{where.end}]: {shorten(where.text, 80)!r}")


class DocumentMentions:
    """The lexicon and shape mentions and the number cues of a block of text, each scan run once per block
    (a scan per sentence costs more in calls than in scanning), handed out sentence by sentence."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.timed_out: list[str] = []
        """The shapes that ran out of time on this block (their mentions are missing)."""
        found = lexicon().find(text, start, end) + shapes().find(text, start, end, self.timed_out)
        self.mentions = sorted(found, key=lambda m: m.start)
        self.starts = [mention.start for mention in self.mentions]
        reader = number_reader()
        self.numbers = reader.cue_starts(text, start, end)
        self.ordinals = reader.ordinal_cue_starts(text, start, end)

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
