"""The rule language of patterns/<language>/*.toml: the schema of a rule file, the syntax of its patterns, and the
checks that keep every rule quick to match (rules.RuleSet compiles and runs them).

Each rule compiles to one regular expression over the sentence's tokens written as codes, two
characters a token (its mention label, and its lower-cased text if a rule names that word), so a rule
sees mentions and words alike and a match attempt costs a few character tests per token.

A rule's pattern is a space-separated list of token atoms, each optionally followed by
`:role` and a quantifier (`?`, `*`, `+`, `{m,n}`):
  ORG, NUM|ORD      a mention of that label (patterns/lexicon, numbers, shapes)
  @name             any word of the list `name` in words.toml
  in|on, 项         a literal word (lower-cased)
  _                 any token that is not a clause break or a number
  ~                 any token that is not a clause break (numbers too: "swept all 8 tests … for the 4th straight round")
A token can fill two roles: `NUM:count&total` ("all 8 tests": 8 of 8).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict

from extractor.fields import CONTEXT_FIELDS, FIELD_LABELS
from extractor.models import Kind, Unit
from extractor.rulebook.loader import PatternError
from extractor.text.language import MAX_SENTENCE_CHARS
from extractor.text.mentions import LABEL_PRIORITY

ROLES = {"count", "total", "rank", "value", "unit", "subject"} | {name for name, _ in CONTEXT_FIELDS}
"""The roles a token of a match can fill: a ranking's, score's or participation's own numbers and unit, its subject, and
every claim field a mention names (models.FieldRole)."""
LABELS = (set(LABEL_PRIORITY) - {"OTHER"}) | set(FIELD_LABELS.values())
"""The mention labels a rule can name: every label a mention can have (mentions.LABEL_PRIORITY) but OTHER, which marks words
that make no claim, and that of every claim field (models.FieldRole)."""
WORK_BUDGET = 1_000_000
"""Token steps a rule may take at worst over a sentence (work_bound) and run without MATCH_TIMEOUT, on stdlib re: about
20 ms at the 20 ns or so a backtracking step takes, a fiftieth of the timeout. Untimed, a rule matches in about half the
time: a time bound costs about as much as an ordinary sentence's matching (1 µs a call, and the clock read as it goes),
and stdlib re, which has none, runs these patterns faster than `regex`."""
MAX_TOKENS = MAX_SENTENCE_CHARS
"""No sentence has more tokens than characters."""
GAPS = ("_", "~")
MAX_GAP = 12
"""The most tokens one `_` or `~` atom may span: gaps are always bounded, so no rule can scan a sentence from every start."""
ATOM = regex.compile(r"^(?P<atom>[^:?*+{}\s]+)(?::(?P<role>[a-z]+(?:&[a-z]+)*))?(?P<op>[?*+]|\{\d+\}|\{\d*,\d*\})?$")


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
    from_previous: bool = False
    """The claim goes on from the one of its kind before it in the sentence, and is dropped where there is none: a ranking
    takes its rank ("…冠军，其中…获得13项"), a participation its subject ("saw 23 submitters and 8,500 results"), a score
    only its context ("… on RetinaNet Offline and 12,500 in Server")."""
    subject: Literal["inherit", "sentence", "each", "none"] = "inherit"
    """Where the subject comes from: also the document ("inherit"), only this sentence, each organisation of a list on
    its own ("each": "A, B and C were first-time submitters"), or nowhere (a whole round)."""
    anchor: str | None = None
    """The atom of the pattern that a sentence must hold before the rule is tried (see RuleSet.may_match), where the
    one with fewest choices is a word too common to gate on ("all", "new")."""
    every: bool = False
    """The claim covers every benchmark ("在所有项目中都提交结果"): with no count of its own, it takes the N of an "all N"
    that another claim of its sentence states ("全部七项测试中…第一"), as count and total."""


class RuleFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    rule: list[Rule]


@dataclass(frozen=True)
class Requirement:
    """One required atom of a rule: present when a mention has one of the labels or the text has one of the words."""

    labels: frozenset[str]
    words: frozenset[str]


@dataclass(frozen=True)
class TokenClass:
    """What one atom can take: tokens with one of the labels or words (any token but a number or break for a gap),
    between `least` and `most` times (None: no limit)."""

    labels: frozenset[str]
    words: frozenset[str]
    gap: bool
    least: int
    most: int | None

    def overlaps(self, other: TokenClass) -> bool:
        """Some token could be taken by either atom (a labelled mention has a word too, so a label and a word may meet)."""
        if self.gap or other.gap:
            return True
        return bool(
            self.labels & other.labels or self.words & other.words or (self.labels and other.words) or (self.words and other.labels)
        )


def check_linear(path: Path, rule: Rule, atoms: list[tuple[str, TokenClass]]) -> None:
    """Refuse what could make matching backtrack badly: an unbounded or overlong gap, and two unbounded atoms that
    could take the same tokens with only optional atoms between them (a run splits between them in quadratically
    many ways at each start). What passes matches in time linear in the sentence."""
    for index, (piece, atom) in enumerate(atoms):
        if atom.gap and (atom.most is None or atom.most > MAX_GAP):
            bound = "unbounded" if atom.most is None else f"up to {atom.most} tokens"
            raise PatternError(path, f"rule {rule.name!r}", f"gap {piece!r} is {bound}; bound it to at most {MAX_GAP} (as _{{0,6}})")
        if atom.most is not None:
            continue
        for later_piece, later in atoms[index + 1 :]:
            if later.most is None and atom.overlaps(later):
                raise PatternError(
                    path,
                    f"rule {rule.name!r}",
                    f"{piece!r} and {later_piece!r} can take the same tokens with nothing required between them, so matching backtracks",
                )
            if later.least > 0:
                break


def repetitions(op: str) -> tuple[int, int | None]:
    """How many tokens a quantifier allows: '' one, '?' 0-1, '*' any, '+' at least one, '{m,n}' as written."""
    if op in ("", "?", "*", "+"):
        return {"": (1, 1), "?": (0, 1), "*": (0, None), "+": (1, None)}[op]
    low, comma, high = op[1:-1].partition(",")
    if not comma:
        return int(low), int(low)
    return int(low or 0), int(high) if high else None


def work_bound(repeats: list[tuple[int, int | None]], tokens: int) -> int:
    """The most token steps a rule whose atoms repeat (least, most) times (None: no limit) can take over a sentence of
    `tokens` tokens, tried from each of its 2 * tokens + 1 code positions. An atom takes a token one way only, so a try
    is fixed by how many tokens each atom takes: entering atom k, which has c_k counts to choose from, costs at most
    least_k + c_k steps, once for each choice of counts before it (a backtracking match's whole tree, no memo)."""
    steps, paths = 0, 1
    for least, most in repeats:
        choices = max((tokens if most is None else min(most, tokens)) - least + 1, 1)
        steps += paths * (least + choices)
        paths *= choices
    return (2 * tokens + 1) * steps


def most_tokens_within(budget: int, repeats: list[tuple[int, int | None]]) -> int:
    """The most tokens a sentence may have for work_bound to stay within `budget` (it grows with the tokens); -1 if
    none, at most MAX_TOKENS."""
    low, high = -1, MAX_TOKENS
    while low < high:
        middle = (low + high + 1) // 2
        if work_bound(repeats, middle) <= budget:
            low = middle
        else:
            high = middle - 1
    return low
