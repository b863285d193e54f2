"""The word lists of patterns/<language>/words.toml: the words a rule names as `@name`, and the lists other stages read
by name (clause breaks, measures, list openers)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from extractor.models import Language
from extractor.rulebook.lexicon import lexicon
from extractor.rulebook.loader import PatternError, patterns_dir, read_toml, validate


class WordFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    words: dict[str, list[str]]


def read_word_lists(path: Path) -> dict[str, list[str]]:
    """The lists of one words.toml, validated: a word with a space is one token only as a lexicon alias, so any other is
    refused."""
    words = validate(path, WordFile, read_toml(path)).words
    for name, listed in words.items():
        for word in listed:
            if " " in word and word not in lexicon().by_alias:
                raise PatternError(path, f"words {name!r}", f"{word!r} has a space but is no lexicon alias, so it is never one token")
    return words


@cache
def word_lists(language: Language) -> dict[str, list[str]]:
    """The word lists of one language, once per process."""
    return read_word_lists(patterns_dir() / language / "words.toml")


def word_list(language: Language, name: str) -> list[str]:
    """One list of a language by name; empty where the language has none."""
    return word_lists(language).get(name, [])
