"""The stage order: normalize, split and label sentences, read each, assemble claims with context."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache, partial
from operator import attrgetter
from typing import NamedTuple

from extractor.claims.assemble import Assembled, assemble, learn, teaches
from extractor.claims.context import DocumentContext
from extractor.claims.document_round import vote_round
from extractor.claims.draft import Fields, FieldValue
from extractor.claims.enumeration import counted_records, listed_records
from extractor.claims.rounds import names_no_round
from extractor.claims.sentence import context_view, read_mentions, sentence_view
from extractor.claims.tables import cell_marks, table_claims, tables
from extractor.fields import INHERITED, SOLE_FIELDS
from extractor.models import Claim, Extraction, Language, Span
from extractor.rulebook.lexicon import DIGIT, lexicon, shapes
from extractor.rulebook.rules import rule_set
from extractor.rulebook.settings import context_settings, text_settings
from extractor.text.language import MAX_SENTENCE_CHARS, Sentence, split_sentences
from extractor.text.mentions import Mention
from extractor.text.nlp import Token
from extractor.text.normalize import normalize
from extractor.text.numbers import number_reader

MAX_PIECE_CHARS = 1_000_000
"""A longer text is read a piece at a time, cut at a paragraph break where there is one (see piece_cuts), so the working
memory of a read stays bounded whatever the document's size (claims and offsets are those of one whole read on
ordinary text)."""
MAX_WARNINGS = 1000
"""At most this many warnings are listed for one document; the rest are counted in a last one."""
MAX_BLOCK_CHARS = 65_536
"""Sentences are read in blocks of about this many characters: the document-wide scans run per block, so no scan
(and no time bound on one) grows with the document."""
TABLE_CONTEXT = ("subject", *sorted(INHERITED - {"system"}))
"""What a table's scores take from the document context (their system is their row's)."""
VOTED_LABELS = frozenset({"SUITE", "VERSION", *SOLE_FIELDS.values()})
"""The mentions the whole document's vote counts (document_round.vote_round)."""
STRETCH_GAP = 300
"""Runs of sentences with digits closer than this are searched for shapes as one stretch: a search call costs about
what scanning 300 characters does."""


def extract(text: str) -> Extraction:
    """Every ranking, score and participation claim in `text`, with spans into `text` itself (the package's `extract`
    checks that `text` is a str first)."""
    reader = DocumentReader(text)
    claims = list(reader.claims())
    return Extraction(language=reader.language, languages=reader.languages, claims=claims, warnings=reader.warnings)


class DocumentReader:
    """Reads one document piece by piece (see MAX_PIECE_CHARS), yielding claims as it goes, so a caller can write them
    out without holding them all; the document's context, languages and warnings carry across pieces."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.context = DocumentContext()
        self.listed: list[str] = []
        self.unlisted = 0
        self.sizes: Counter[Language] = Counter()  # sentences per language; the first to lead wins a tie
        self.cut_warned: tuple[int, int] | None = None
        self.previous: Language | None = None
        self.paragraph = 0
        self.records: Fields | None = None
        """The ranking of the sentence just read that counts records without naming them (enumeration.py)."""

    @property
    def language(self) -> Language:
        """The language of most sentences read so far."""
        return max(self.sizes, key=lambda language: self.sizes[language]) if self.sizes else "en"

    @property
    def languages(self) -> list[Language]:
        return sorted(self.sizes)

    @property
    def warnings(self) -> list[str]:
        """What was not understood or not read, in text order; past MAX_WARNINGS only counted."""
        return self.listed + ([f"{self.unlisted:,} more warnings like these are not listed"] if self.unlisted else [])

    def warn(self, message: str) -> None:
        if len(self.listed) < MAX_WARNINGS:
            self.listed.append(message)
        else:
            self.unlisted += 1

    def claims(self) -> Iterator[Claim]:
        """Every claim of the document in text order."""
        for start, end, new_paragraph in pieces(self.text, MAX_PIECE_CHARS):
            yield from self.read_piece(start, end, new_paragraph)

    def read_piece(self, offset: int, end: int, new_paragraph: bool) -> Iterator[Claim]:
        """The claims of text[offset:end]: normalized, split and read on its own, in the document's context."""
        text = self.text
        normalized = normalize(text[offset:end])
        sentences = split_sentences(normalized.text, self.previous, self.paragraph + (1 if new_paragraph and offset else 0))
        if sentences:
            self.previous, self.paragraph = sentences[-1].language, sentences[-1].paragraph

        def span(start: int, end: int) -> Span:
            original_start, original_end = normalized.original_span(start, end)
            original_start, original_end = original_start + offset, original_end + offset
            return Span(start=original_start, end=original_end, text=text[original_start:original_end])

        named_blocks = [(block, DocumentMentions(normalized.text, block)) for block in blocks(sentences, MAX_BLOCK_CHARS)]
        if not offset:
            mentions = [m for _, named in named_blocks for m in named.mentions if m.label in VOTED_LABELS]
            self.context.votes = partial(vote_round, normalized.text, mentions)
        pending = tables(normalized.text, 0, len(normalized.text)) if any(mark in normalized.text for mark in cell_marks()) else []
        before_table: dict[str, FieldValue] | None = None  # the context in force where the next table starts
        for block, named in named_blocks:
            for name in named.timed_out:
                self.warn(timeout_warning(name, span(block[0].start, block[-1].end), "shape"))
            for sentence in block:
                if pending and before_table is None and sentence.end > pending[0].start:
                    before_table = {name: self.context.inherited(name) for name in TABLE_CONTEXT}
                yield from self.read_sentence(normalized.text, sentence, named, span)
                while pending and before_table is not None and sentence.end >= pending[0].end:
                    table = pending.pop(0)
                    drafts = table_claims(normalized.text, table, sentence.language, before_table)
                    yield from (draft.claim(span, span(*row)) for draft, row in drafts)
                    before_table = None

    def read_sentence(self, text: str, sentence: Sentence, named: DocumentMentions, span: Callable[[int, int], Span]) -> list[Claim]:
        """The claims of one sentence of the normalized `text` (`span` maps its ranges to the original), learning its
        context for the sentences after it: entered, prefiltered, matched and assembled, checked for what no rule read."""
        self.enter(sentence, span)
        mentions = named.within(sentence)
        listed = self.named_records(text, sentence, mentions, span)
        gate = prefilter(text, sentence, mentions, named)
        if not gate.read:
            if teaches(gate.mentions, sentence.heading):
                learn(context_view(text, sentence, gate.mentions), self.context)
            return listed
        sentence_span = span(sentence.start, sentence.end)
        if gate.rules:
            view = sentence_view(text, sentence, gate.mentions, gate.words)
            assembled = assemble(view, self.context, gate.rules)
        else:
            view, assembled = context_view(text, sentence, gate.mentions), Assembled([], [])
        for name in assembled.timed_out:
            self.warn(timeout_warning(name, sentence_span, "rule"))
        self.records = counted_records(assembled.claims)
        found = [draft.claim(span, sentence_span) for draft in assembled.claims]
        if not found and not assembled.timed_out and looks_like_a_claim(view.mentions):
            self.warn(
                f"no rule read this sentence that states a rank and a number "
                f"[{sentence_span.start}:{sentence_span.end}]: {shorten(sentence_span.text)!r}"
            )
        learn(view, self.context)
        return listed + found

    def enter(self, sentence: Sentence, span: Callable[[int, int], Span]) -> None:
        """Count the sentence's language, open its paragraph, and warn once of a sentence too long to read whole."""
        self.sizes[sentence.language] += 1
        self.context.enter(sentence.paragraph)
        if sentence.cut_from is not None and sentence.cut_from != self.cut_warned:
            self.cut_warned = sentence.cut_from
            whole = span(*sentence.cut_from)
            self.warn(
                f"a sentence of {len(whole.text):,} characters with no end was read in pieces of at most "
                f"{MAX_SENTENCE_CHARS:,}; a claim across a cut is missed [{whole.start}:{whole.end}]"
            )

    def named_records(self, text: str, sentence: Sentence, mentions: list[Mention], span: Callable[[int, int], Span]) -> list[Claim]:
        """The records this sentence names that the sentence before counted (enumeration.py); none if it counted none."""
        records, self.records = self.records, None
        if records is None:
            return []
        return [draft.claim(span, span(sentence.start, sentence.end)) for draft in listed_records(text, sentence, mentions, records)]


@cache
def scenario_openers() -> frozenset[str]:
    return frozenset(word.lower() for word in context_settings().bare_scenario_openers)


@cache
def joint_marks() -> frozenset[str]:
    return frozenset(context_settings().joint_marks)


@cache
def piece_cuts() -> tuple[tuple[str, ...], ...]:
    """Where a long text is cut into pieces, by preference: a blank line, a line break, a sentence end (text.toml's
    terminals, or a period and a space), the end of a tag (a page on one line), a space."""
    return ("\n\n",), ("\n",), (*text_settings().sentences.terminals, ". "), (">",), (" ",)


def pieces(text: str, size: int) -> Iterator[tuple[int, int, bool]]:
    """Cut a text into ranges of at most `size` characters, each cut after the best piece_cuts() mark in the second
    half of its window (at the limit if there is none); True where a piece starts a paragraph."""
    start, starts_paragraph = 0, True
    while len(text) - start > size:
        cut, blank = cut_point(text, start + size // 2, start + size)
        yield start, cut, starts_paragraph
        start, starts_paragraph = cut, blank
    yield start, len(text), starts_paragraph


def cut_point(text: str, low: int, high: int) -> tuple[int, bool]:
    """Just after the last mark of the most preferred kind found in text[low:high], and whether it is a blank line."""
    for level, marks in enumerate(piece_cuts()):
        ends = [at + len(mark) for mark in marks if (at := text.rfind(mark, low, high)) >= 0]
        if ends:
            return max(ends), level == 0
    return high, False


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
    return (
        f"{what} {name!r} ran out of time and was skipped here, so claims it would find may be missing "
        f"[{where.start}:{where.end}]: {shorten(where.text, 80)!r}"
    )


class DocumentMentions:
    """The lexicon and shape mentions and the number cues of a block of sentences, each scan run once per block
    (a scan per sentence costs more in calls than in scanning), handed out sentence by sentence."""

    def __init__(self, text: str, sentences: list[Sentence]) -> None:
        self.timed_out: list[str] = []
        """The shapes that ran out of time on this block (their mentions are missing)."""
        start, end = sentences[0].start, sentences[-1].end
        shaped = shapes().find(text, digit_stretches(text, sentences), self.timed_out)
        found = lexicon().find(text, start, end) + [m for m in shaped if m.label != "VERSION" or not names_no_round(text, m)]
        found += lexicon().bare_ids(text, found, scenario_openers())
        self.mentions = lexicon().joint(text, sorted(found, key=attrgetter("start")), joint_marks())
        self.starts = [mention.start for mention in self.mentions]
        self.cues = number_reader().cue_starts(text, start, end)

    def within(self, sentence: Sentence) -> list[Mention]:
        """The mentions that lie wholly inside a sentence."""
        first, last = bisect_left(self.starts, sentence.start), bisect_left(self.starts, sentence.end)
        return [mention for mention in self.mentions[first:last] if mention.end <= sentence.end]

    @staticmethod
    def any_within(positions: list[int], sentence: Sentence) -> bool:
        index = bisect_left(positions, sentence.start)
        return index < len(positions) and positions[index] < sentence.end


def digit_stretches(text: str, sentences: list[Sentence]) -> list[tuple[int, int]]:
    """The runs of sentences that hold a digit, where shapes are searched: a mention lies within one sentence and a
    shape mention holds a digit. Runs less than STRETCH_GAP characters apart are one stretch."""
    stretches: list[tuple[int, int]] = []
    for sentence in sentences:
        if DIGIT.search(text, sentence.start, sentence.end) is not None:
            if stretches and sentence.start - stretches[-1][1] < STRETCH_GAP:
                stretches[-1] = (stretches[-1][0], sentence.end)
            else:
                stretches.append((sentence.start, sentence.end))
    return stretches


def shorten(text: str, limit: int = 200) -> str:
    """At most `limit` characters of a sentence for a message (the offsets locate all of it)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def looks_like_a_claim(mentions: list[Mention]) -> bool:
    """A rank word and a count together: what a reader would take for a ranking claim."""
    labels = {m.label for m in mentions}
    return "RANK" in labels and "NUM" in labels


class Gate(NamedTuple):
    """What the prefilter let through of a sentence: the rules to match (none: no rule can), its mentions, its words
    where they were read, and whether its numbers were read at all."""

    rules: tuple[str, ...]
    mentions: list[Mention]
    words: list[Token] | None
    read: bool


def prefilter(text: str, sentence: Sentence, mentions: list[Mention], named: DocumentMentions) -> Gate:
    """The speed gates before matching. A sentence with no rule's anchor (RuleSet.may_match), or with no rule whose
    every required atom its named mentions, number cues and rule words hold, is passed over unread; else its numbers
    are read (and, for Chinese, its words), and the rules are narrowed again by what was read: a cue that is no number
    ("since 2018") leaves fewer. `mentions` are the sentence's of `named`."""
    labels = {m.label for m in mentions}
    if named.any_within(named.cues.numbers, sentence):
        labels.add("NUM")
    if named.any_within(named.cues.ordinals, sentence):
        labels.add("ORD")
    rules = rule_set(sentence.language)
    if not rules.may_match(labels, text, sentence.start, sentence.end):
        return Gate((), mentions, None, False)
    present = rules.words_present(text[sentence.start : sentence.end].lower())
    if not rules.candidates_with(labels, present):
        return Gate((), mentions, None, False)
    mentions, words = read_mentions(text, sentence, mentions, named.cues)
    return Gate(rules.candidates_with({mention.label for mention in mentions}, present), mentions, words, True)
