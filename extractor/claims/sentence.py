"""One sentence made ready for matching: its mentions and its tokens, each mention one token."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import Literal

from extractor.models import Language
from extractor.rulebook.settings import context_settings
from extractor.rulebook.trie import trie_pattern
from extractor.rulebook.word_lists import word_list
from extractor.text.language import Sentence
from extractor.text.mentions import Mention, resolve_overlaps
from extractor.text.nlp import Token, align, tokenize
from extractor.text.numbers import Cues, number_reader

MarkerList = Literal["cumulative", "distributive", "rivalry_words", "earlier_round"]
"""The context.toml word lists a sentence is asked about as a whole: several rounds at once, one count each, a rival,
an earlier round."""


class SentenceView:
    """A sentence of the normalized text with its tokens and labelled mentions. What is derived from them is computed on
    first use and kept (a view is read by one thread, and its properties by the thousand a megabyte)."""

    def __init__(
        self, text: str, sentence: Sentence, tokens: list[Token], mentions: list[Mention], token_mention: dict[int, Mention]
    ) -> None:
        self.text = text
        self.sentence = sentence
        self.tokens = tokens
        self.mentions = mentions
        self.token_mention = token_mention
        """The mention of each token that is one, by token index."""
        self.said: dict[str, bool] = {}
        """Per marker list (see `says`), whether the sentence contains one of its words."""
        self.subjects: tuple[list[Mention], list[int]] | None = None
        """The mentions that can be a claim's subject and their starts, once subjects.subject_index has read them."""
        self.round_suites: tuple[list[Mention], list[int]] | None = None
        """The suite words a claim may take and their starts, once assemble.round_suites has read them."""
        self.claim_systems: tuple[list[Mention], list[int]] | None = None
        """The systems a claim may take first and their starts, once assemble.claim_systems has read them."""
        self._words: list[str] | None = None
        self._labels: list[str] | None = None
        self._break_positions: list[int] | None = None
        self._lowered: str | None = None
        self._by_label: dict[str, list[Mention]] | None = None
        self._label_starts: dict[str, list[int]] | None = None
        self._token_of: dict[tuple[int, int], int] | None = None

    @property
    def words(self) -> list[str]:
        """The text of each token."""
        if self._words is None:
            self._words = [self.text[start:end] for start, end in self.tokens]
        return self._words

    @property
    def labels(self) -> list[str]:
        """The mention label of each token, '' where it is no mention."""
        if self._labels is None:
            token_mention = self.token_mention
            self._labels = [token_mention[i].label if i in token_mention else "" for i in range(len(self.tokens))]
        return self._labels

    @property
    def clause_breaks(self) -> frozenset[str]:
        return clause_breaks(self.sentence.language)

    @property
    def break_positions(self) -> list[int]:
        """Where the sentence's clause punctuation stands, in order; none inside a short parenthesis, which belongs to
        what it follows ("5,100 queries per second (BERT, Server)")."""
        if self._break_positions is None:
            marks = clause_mark_pattern(self.sentence.language)
            start, end = self.sentence.start, self.sentence.end
            enclosed = [(m.start(), m.end()) for m in PARENTHESIS.finditer(self.text, start, end)]
            self._break_positions = [
                m.start()
                for m in marks.finditer(self.text, start, end)
                if self.breaks_clause(m.start()) and not any(left < m.start() < right for left, right in enclosed)
            ]
        return self._break_positions

    @property
    def lowered(self) -> str:
        if self._lowered is None:
            self._lowered = self.text[self.sentence.start : self.sentence.end].lower()
        return self._lowered

    @property
    def by_label(self) -> dict[str, list[Mention]]:
        """The mentions of each label, in text order."""
        if self._by_label is None:
            grouped: dict[str, list[Mention]] = {}
            for mention in self.mentions:
                grouped.setdefault(mention.label, []).append(mention)
            self._by_label = grouped
        return self._by_label

    @property
    def label_starts(self) -> dict[str, list[int]]:
        """Where each label's mentions start, for bisecting."""
        if self._label_starts is None:
            self._label_starts = {label: [m.start for m in found] for label, found in self.by_label.items()}
        return self._label_starts

    @property
    def token_of(self) -> dict[tuple[int, int], int]:
        """The token index of each mention, by its span."""
        if self._token_of is None:
            self._token_of = {(m.start, m.end): i for i, m in self.token_mention.items()}
        return self._token_of

    def says(self, markers: MarkerList) -> bool:
        """Whether the sentence contains a word of context.toml's list `markers`, computed once per list."""
        said = self.said.get(markers)
        if said is None:
            said = self.said[markers] = context_markers(markers).search(self.lowered) is not None
        return said

    def clause_of(self, start: int, end: int) -> tuple[int, int]:
        """The character range of the clause around [start, end): bounded by clause punctuation."""
        breaks = self.break_positions
        before = bisect_left(breaks, start)
        after = bisect_left(breaks, end)
        left = breaks[before - 1] + 1 if before else self.sentence.start
        right = breaks[after] if after < len(breaks) else self.sentence.end
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
        return self.words[index]

    def char_span(self, first: int, end: int) -> tuple[int, int]:
        """The character range of tokens [first, end)."""
        return self.tokens[first][0], self.tokens[end - 1][1]


@cache
def context_markers(name: MarkerList) -> re.Pattern[str]:
    """Any word of context.toml's list `name`, lower-cased, anywhere in a lower-cased text (one scan instead of a test
    per word)."""
    return re.compile(trie_pattern(marker.lower() for marker in getattr(context_settings(), name)))


@cache
def clause_breaks(language: Language) -> frozenset[str]:
    """The words that break a clause (words.toml `clause_breaks`)."""
    return frozenset(word_list(language, "clause_breaks"))


OPENING, CLOSING = frozenset("(（"), frozenset(")）")
"""The parentheses, half- and full-width."""
_OPEN, _CLOSE = re.escape("".join(sorted(OPENING))), re.escape("".join(sorted(CLOSING)))
PARENTHESIS = re.compile(f"[{_OPEN}][^{_OPEN}{_CLOSE}]{{1,40}}[{_CLOSE}]")
"""A short parenthesis: its commas end no clause."""
PARENTHESIS_AFTER = re.compile(r"\s*(" + PARENTHESIS.pattern + ")")


def parenthesis_after(text: str, end: int) -> tuple[int, int] | None:
    """The short parenthesis that follows `end` directly ("5,100 queries per second (BERT, Server)"), if there is one."""
    found = PARENTHESIS_AFTER.match(text, end)
    return found.span(1) if found else None


@cache
def clause_mark_pattern(language: Language) -> re.Pattern[str]:
    """Any one character that is a clause break."""
    marks = "".join(re.escape(mark) for mark in sorted(clause_breaks(language)) if len(mark) == 1)
    return re.compile(f"[{marks}]" if marks else "(?!)")


def context_view(text: str, sentence: Sentence, named: list[Mention]) -> SentenceView:
    """A sentence with nothing to count still names context (rounds, organisations, systems)."""
    mentions = resolve_overlaps(named)
    return SentenceView(text, sentence, [(m.start, m.end) for m in mentions], mentions, dict(enumerate(mentions)))


def read_mentions(text: str, sentence: Sentence, named: list[Mention], cues: Cues) -> tuple[list[Mention], list[Token] | None]:
    """A sentence's named mentions with its numbers (`cues`: where the number reader's cues occur in the text), overlaps
    resolved; and its words where finding the numbers took them: Chinese numerals must sit on word bounds, while English
    numbers need no tokens, so an English sentence whose numbers leave no rule to try is never tokenized."""
    words = tokenize(text, sentence.start, sentence.end, sentence.language) if sentence.language == "zh" else None
    bounds = {edge for word in words for edge in word} if words is not None else None
    return resolve_overlaps(named + number_reader().find(text, sentence.start, sentence.end, bounds, cues)), words


def sentence_view(text: str, sentence: Sentence, mentions: list[Mention], words: list[Token] | None) -> SentenceView:
    """A sentence ready for matching: its tokens (`words`, or tokenized here) cut so that each mention is one token."""
    if words is None:
        words = tokenize(text, sentence.start, sentence.end, sentence.language)
    tokens, token_mention = align(words, mentions)
    return SentenceView(text, sentence, tokens, mentions, token_mention)
