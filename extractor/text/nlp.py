"""The tokenizers, each loaded once per process: spaCy's blank English pipeline and jieba."""

from __future__ import annotations

import logging
from bisect import bisect_left, bisect_right
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING

from extractor.models import Language
from extractor.rulebook.lexicon import lexicon
from extractor.text import word_cache
from extractor.text.imports import import_jieba, import_spacy
from extractor.text.mentions import Mention

if TYPE_CHECKING:
    import jieba
    from spacy.language import Language as SpacyPipeline

Token = tuple[int, int]


@cache
def english() -> SpacyPipeline:
    """A blank English pipeline: rule-based tokenizer only, nothing downloaded. spaCy is imported here, on the
    first English sentence: its import is most of a cold start, and Chinese text never needs it."""
    import_spacy()
    import spacy

    return spacy.blank("en")


@cache
def chinese() -> jieba.Tokenizer:
    """jieba with its bundled dictionary and every Chinese term of the lexicon and rules as user words, imported on
    the first Chinese sentence; the prefix dictionary comes from our cache (`word_cache`) once one run has built it."""
    from extractor.rulebook.rules import rule_words

    import_jieba()
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    aliases = {alias for alias in lexicon().by_alias if not alias.isascii()} | rule_words("zh")
    words = sorted(word for word in aliases if " " not in word)
    cache = word_cache.cache_path(Path(str(jieba.__file__)).with_name("dict.txt"), jieba.__version__, words)
    saved = word_cache.load(cache)
    if saved is not None:
        tokenizer.FREQ, tokenizer.total = saved
        tokenizer.initialized = True
        return tokenizer
    tokenizer.initialize()
    for word in words:
        tokenizer.add_word(word, freq=100000)
    word_cache.save(cache, (tokenizer.FREQ, tokenizer.total))
    return tokenizer


@cache
def token_attributes() -> list[int | str]:
    """spaCy's ids of a token's offset, length and whether it is white space (ids, not names: to_array reads them
    as they are)."""
    from spacy.attrs import IDX, IS_SPACE, LENGTH

    return [IDX, LENGTH, IS_SPACE]


def tokenize(text: str, start: int, end: int, language: Language) -> list[Token]:
    """Word ranges of text[start:end] (white space dropped), by spaCy for en and jieba for zh."""
    tokens: list[Token] = []
    if language == "en":
        # The token attributes as one array: no Token object per word.
        for offset, length, space in english().tokenizer(text[start:end]).to_array(token_attributes()).tolist():
            if not space:
                tokens.append((start + offset, start + offset + length))
        return tokens
    for word, word_start, word_end in chinese().tokenize(text[start:end], HMM=False):
        if not word.isspace():
            tokens.append((start + word_start, start + word_end))
    return tokens


def align(tokens: list[Token], mentions: list[Mention]) -> tuple[list[Token], dict[int, Mention]]:
    """Re-cut tokens so that each mention is exactly one token and no token crosses a mention edge: in token order,
    the stretches of tokens that lie in a mention are that mention (once), any other stretch is cut at mention edges.
    The mentions do not overlap. Tokens are found around each mention by bisection and the ones between copied whole.
    Returns the tokens and the mention of each token that is one (a mention over white space alone is none)."""
    starts, ends = [start for start, _ in tokens], [end for _, end in tokens]
    aligned: list[Token] = []
    token_mention: dict[int, Mention] = {}
    index = 0
    rest: Token | None = None  # what is left of a token a mention ended inside
    for mention in sorted(mentions, key=attrgetter("start")):
        mention_start, mention_end = mention.start, mention.end
        covered = False
        if rest is not None:
            if rest[1] <= mention_start:
                aligned.append(rest)
                rest = None
            else:
                if rest[0] < mention_start:
                    aligned.append((rest[0], mention_start))
                covered = rest[0] < mention_end
                rest = (mention_end, rest[1]) if rest[1] > mention_end else None
        before = bisect_right(ends, mention_start, index)  # tokens[index:before] end before the mention
        aligned.extend(tokens[index:before])
        if before < len(tokens) and starts[before] < mention_start:
            aligned.append((starts[before], mention_start))
        index = bisect_left(starts, mention_end, before)  # tokens[before:index] overlap the mention
        if index > before:
            covered = True
            if ends[index - 1] > mention_end:
                rest = (mention_end, ends[index - 1])
        if covered:
            token_mention[len(aligned)] = mention
            aligned.append((mention_start, mention_end))
    if rest is not None:
        aligned.append(rest)
    aligned.extend(tokens[index:])
    return aligned, token_mention
