"""Loads patterns/<language>/*.toml: word lists and claim rules in a compact token syntax.

A rule's pattern is a space-separated list of token atoms, each optionally followed by
`:role` and a quantifier (`?`, `*`, `+`, `{m,n}`):
  ORG, NUM|ORD      a mention of that label (patterns/lexicon, numbers, shapes)
  @name             any word of the list `name` in words.toml
  in|on, 项         a literal word (lower-cased)
  _                 any token that is not a clause break or a number
A token can fill two roles: `NUM:count&total` ("all 8 tests": 8 of 8).
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

import regex
from pydantic import BaseModel, ConfigDict
from spacy.errors import MatchPatternError
from spacy.matcher import Matcher
from spacy.tokens import Doc

from .lexicon import lexicon
from .loader import PatternError, patterns_dir, read_toml, validate
from .models import Kind, Language, Unit

ROLES = {"count", "total", "rank", "value", "unit", "model", "scenario", "category", "division", "accuracy", "system", "subject"}
LABELS = {"ORG", "NUM", "ORD", "RANK", "MODEL", "SYSTEM", "ACCEL", "UNIT", "TIME", "POWER", "COUNTED", "PERSEC", "SCENARIO", "DIVISION",
          "CATEGORY", "SUITE", "VERSION", "ACCURACY"}
MAX_PATTERN_VARIANTS = 16
ATOM = regex.compile(r"^(?P<atom>[^:?*+{}\s]+)(?::(?P<role>[a-z]+(?:&[a-z]+)*))?(?P<op>[?*+]|\{\d*,?\d*\})?$")


class Preset(BaseModel):
    """Fixed values a rule gives its claims."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    rank: int | None = None
    unit: Unit | None = None
    count: int | None = None


class Rule(BaseModel):
    """A named claim shape with an example that it must match."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    kind: Kind
    example: str
    pattern: str
    set: Preset = Preset()
    rank_from_previous: bool = False
    """The rank is not stated here but by the ranking before it in the sentence ("…冠军，其中…获得13项")."""
    subject: Literal["inherit", "sentence", "none"] = "inherit"
    """Where the subject comes from: also the document ("inherit"), only this sentence, or nowhere (a whole round)."""


class RuleFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    rule: list[Rule]


class WordFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    words: dict[str, list[str]]


@dataclass(frozen=True)
class Requirement:
    """One required atom of a rule: present when a mention has one of the labels or the text has one of the words."""

    labels: frozenset[str]
    words: frozenset[str]


@dataclass(frozen=True)
class RuleMatch:
    """One rule matched over tokens [start, end) of a Doc; roles maps role -> token indexes."""

    rule: Rule
    start: int
    end: int
    roles: dict[str, list[int]]


class RuleSet:
    """The compiled rules of one language."""

    def __init__(self, language: Language, folder: Path) -> None:
        words_path = folder / "words.toml"
        self.words = validate(words_path, WordFile, read_toml(words_path)).words
        self.vocabulary: set[str] = {word for words in self.words.values() for word in words}
        for name, words in self.words.items():
            for word in words:
                if " " in word and word not in lexicon().by_alias:
                    raise PatternError(words_path, f"words {name!r}", f"{word!r} has a space but is no lexicon alias, so it is never one token")
        self.rules: dict[str, Rule] = {}
        self.roles: dict[str, list[list[str]]] = {}
        self.requirements: dict[str, list[Requirement]] = {}
        self.matcher = Matcher(_vocab(), validate=True)
        for path in sorted(folder.glob("*.toml")):
            if path.name == "words.toml":
                continue
            for rule in validate(path, RuleFile, read_toml(path)).rule:
                self._add(path, rule)
        self.language = language

    def _add(self, path: Path, rule: Rule) -> None:
        if rule.name in self.rules:
            raise PatternError(path, f"rule {rule.name!r}", "name used twice")
        alternatives, roles, requirements = [], [], []
        for piece in rule.pattern.split():
            tokens, role = self._compile_atom(path, rule, piece)
            alternatives.append(tokens)
            roles.append(role)
            if tokens and "OP" not in tokens[0] and piece != "_":
                labels = frozenset(label for t in tokens for label in values(t, "ENT_TYPE"))
                words = frozenset(word for t in tokens for word in values(t, "LOWER"))
                requirements.append(Requirement(labels, words))
        patterns = [list(choice) for choice in itertools.product(*alternatives)]
        if len(patterns) > MAX_PATTERN_VARIANTS:
            raise PatternError(path, f"rule {rule.name!r}", f"mixes labels and words in too many atoms ({len(patterns)} variants)")
        try:
            self.matcher.add(rule.name, patterns)
        except MatchPatternError as error:
            raise PatternError(path, f"rule {rule.name!r}", str(error)) from error
        self.rules[rule.name] = rule
        self.roles[rule.name] = roles
        self.requirements[rule.name] = requirements

    def _compile_atom(self, path: Path, rule: Rule, piece: str) -> tuple[list[dict[str, Any]], list[str]]:
        """One atom as Matcher token dicts: one for its labels, one for its words (either may be absent)."""
        parsed = ATOM.match(piece)
        if parsed is None:
            raise PatternError(path, f"rule {rule.name!r}", f"cannot read pattern atom {piece!r}")
        atom, op = parsed.group("atom"), parsed.group("op")
        roles = parsed.group("role").split("&") if parsed.group("role") else []
        for role in roles:
            if role not in ROLES:
                raise PatternError(path, f"rule {rule.name!r}", f"unknown role {role!r} in {piece!r}")
        tokens: list[dict[str, Any]]
        if atom == "_":
            tokens = [{"LOWER": {"NOT_IN": self.words.get("clause_breaks", [])}, "ENT_TYPE": {"NOT_IN": ["NUM"]}}]
        else:
            labels: list[str] = []
            words: list[str] = []
            for alternative in atom.split("|"):
                if alternative.startswith("@"):
                    if alternative[1:] not in self.words:
                        raise PatternError(path, f"rule {rule.name!r}", f"no word list {alternative[1:]!r} in words.toml")
                    words.extend(w.lower() for w in self.words[alternative[1:]])
                elif alternative in LABELS:
                    labels.append(alternative)
                elif alternative.isupper() and alternative.isascii():
                    raise PatternError(path, f"rule {rule.name!r}", f"unknown label {alternative!r}")
                else:
                    words.append(alternative.lower())
                    self.vocabulary.add(alternative)
            # Plain equality where one value will do: spaCy evaluates it without a set predicate.
            label_token: dict[str, Any] = {"ENT_TYPE": labels[0] if len(labels) == 1 else {"IN": labels}}
            word_token: dict[str, Any] = {"LOWER": words[0] if len(words) == 1 else {"IN": words}}
            tokens = ([label_token] if labels else []) + ([word_token] if words else [])
        for token in tokens:
            if op:
                token["OP"] = op
        return tokens, roles

    def may_match(self, labels: set[str], lowered: str) -> bool:
        """Whether some rule could match a sentence with these mention labels and this lower-cased text."""
        return any(
            all(requirement.labels & labels or any(word in lowered for word in requirement.words) for requirement in requirements)
            for requirements in self.requirements.values()
        )

    def match(self, doc: Doc) -> list[RuleMatch]:
        """Every match of every rule in the Doc, with the token indexes of each role."""
        found: list[RuleMatch] = []
        # spaCy's type stubs do not know that with_alignments adds a fourth item.
        for match_id, start, end, alignment in self.matcher(doc, with_alignments=True):  # type: ignore[misc]
            name = doc.vocab.strings[match_id]
            roles: dict[str, list[int]] = {}
            for offset, element in enumerate(alignment):
                for role in self.roles[name][element]:
                    roles.setdefault(role, []).append(start + offset)
            found.append(RuleMatch(self.rules[name], start, end, roles))
        return found


def values(token: dict[str, Any], attribute: str) -> list[str]:
    """The values a token pattern accepts for one attribute (equality or IN)."""
    spec = token.get(attribute)
    if spec is None:
        return []
    return [spec] if isinstance(spec, str) else list(spec.get("IN", []))


def _vocab() -> Any:
    from .nlp import vocab

    return vocab()


def languages() -> list[Language]:
    """The languages that have a rules folder in patterns/ (a new language is a new folder)."""
    return sorted(p.name for p in patterns_dir().iterdir() if (p / "words.toml").is_file())  # type: ignore[misc]


@cache
def rule_set(language: Language) -> RuleSet:
    """The compiled rules of one language, once per process."""
    return RuleSet(language, patterns_dir() / language)


def rule_words(language: Language) -> set[str]:
    """Every word of a language's word lists and literal atoms (the Chinese user dictionary takes them)."""
    return rule_set(language).vocabulary
