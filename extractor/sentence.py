"""One sentence made ready for matching: its mentions and its tokens, each mention one token."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from .language import Sentence
from .lexicon import lexicon, shapes
from .mentions import Mention, resolve_overlaps
from .nlp import Token, align, tokenize
from .numbers import number_reader
from .rules import rule_set


@dataclass
class SentenceView:
    """A sentence of the normalized text with its tokens and labelled mentions."""

    text: str
    sentence: Sentence
    tokens: list[Token]
    mentions: list[Mention]
    token_mention: dict[int, Mention] = field(init=False)

    def __post_init__(self) -> None:
        by_span = {(m.start, m.end): m for m in self.mentions}
        self.token_mention = {i: by_span[t] for i, t in enumerate(self.tokens) if t in by_span}

    @cached_property
    def words(self) -> list[str]:
        """The text of each token."""
        return [self.text[start:end] for start, end in self.tokens]

    @cached_property
    def labels(self) -> list[str]:
        """The mention label of each token, '' where it is no mention."""
        return [self.token_mention[i].label if i in self.token_mention else "" for i in range(len(self.tokens))]

    @cached_property
    def clause_breaks(self) -> set[str]:
        return set(rule_set(self.sentence.language).words.get("clause_breaks", []))

    def clause_of(self, start: int, end: int) -> tuple[int, int]:
        """The character range of the clause around [start, end): bounded by clause punctuation."""
        left, right = start, end
        while left > self.sentence.start and not self.breaks_clause(left - 1):
            left -= 1
        while right < self.sentence.end and not self.breaks_clause(right):
            right += 1
        return left, right

    def breaks_clause(self, index: int) -> bool:
        """Clause punctuation, but not the point or comma inside a number or version ("v2.0", "1,234")."""
        char = self.text[index]
        if char not in self.clause_breaks:
            return False
        if not char.isascii() or not 0 < index < len(self.text) - 1:
            return True
        before, after = self.text[index - 1], self.text[index + 1]
        return not (before.isascii() and before.isalnum() and after.isascii() and after.isalnum())

    def token_text(self, index: int) -> str:
        start, end = self.tokens[index]
        return self.text[start:end]


def named_mentions(text: str, sentence: Sentence) -> list[Mention]:
    """The lexicon and shape mentions of a sentence, found without tokenizing it."""
    return lexicon().find(text, sentence.start, sentence.end) + shapes().find(text, sentence.start, sentence.end)


def context_view(text: str, sentence: Sentence, named: list[Mention]) -> SentenceView:
    """A sentence with nothing to count still names context (rounds, organisations, systems)."""
    mentions = resolve_overlaps(named)
    return SentenceView(text, sentence, [(m.start, m.end) for m in mentions], mentions)


def read_sentence(text: str, sentence: Sentence, named: list[Mention]) -> SentenceView:
    """Add the numbers of a sentence to its named mentions and cut its tokens so each mention is one token."""
    words = tokenize(text, sentence.start, sentence.end, sentence.language)
    bounds = {edge for word in words for edge in word} if sentence.language == "zh" else None
    mentions = resolve_overlaps(named + number_reader().find(text, sentence.start, sentence.end, bounds))
    return SentenceView(text, sentence, align(words, mentions), mentions)
