"""The compiled rules of one language and their matcher.

Each rule (see rule_syntax for the language) compiles to one regular expression over the sentence's tokens written as
codes, two characters a token (its mention label, and its lower-cased text if a rule names that word), so a rule sees
mentions and words alike and a match attempt costs a few character tests per token. An index of what each rule requires
(labels, words) tells which rules a sentence can match before any is tried.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import regex

from extractor.models import Language
from extractor.rulebook.loader import PatternError, patterns_dir, read_toml, validate
from extractor.rulebook.rule_syntax import (
    ATOM,
    GAPS,
    LABELS,
    ROLES,
    WORK_BUDGET,
    Requirement,
    Rule,
    RuleFile,
    TokenClass,
    check_linear,
    most_tokens_within,
    repetitions,
)
from extractor.rulebook.trie import trie_pattern
from extractor.rulebook.word_lists import read_word_lists, word_lists
from extractor.text.numbers import number_reader

# Token codes, from the private use area (they stand for tokens, never for text): a label character, then a word
# character, the one of a word some rule names or OTHER_WORD.
LABEL_BASE, WORD_BASE, WORD_LIMIT = 0xE000, 0xE100, 0xF900
LABEL_CODES = {label: chr(LABEL_BASE + index) for index, label in enumerate(sorted(LABELS | {""}))}
OTHER_LABEL, OTHER_WORD = chr(WORD_BASE - 1), chr(WORD_BASE)
ANY_LABEL, ANY_WORD = f"[{chr(LABEL_BASE)}-{OTHER_LABEL}]", f"[{OTHER_WORD}-{chr(WORD_LIMIT - 1)}]"
MATCH_TIMEOUT = 1.0
"""Seconds one rule may take over one sentence (at most language.MAX_SENTENCE_CHARS) before it is skipped, where its
worst case there is over WORK_BUDGET."""
LATIN_LETTERS = frozenset(string.ascii_lowercase)
"""The letters of a lower-cased Latin word: a rule word is found only where none of them goes on from its edge."""


@dataclass(frozen=True)
class RuleMatch:
    """One rule matched over tokens [start, end) of a sentence; roles maps role -> token indexes."""

    rule: Rule
    start: int
    end: int
    roles: dict[str, list[int]]


class RuleSet:
    """The compiled rules of one language: each a regular expression over per-token codes."""

    def __init__(self, folder: Path, words: dict[str, list[str]] | None = None) -> None:
        """The rules of `folder`, with the word lists `words` where the caller has read them (else its words.toml)."""
        words_path = folder / "words.toml"
        self.words = words if words is not None else read_word_lists(words_path)
        self.vocabulary: set[str] = {word for words in self.words.values() for word in words}
        self.word_codes: dict[str, str] = {}
        """The code character of each (lower-cased) word a rule names; any other word is OTHER_WORD."""
        not_a_break = f"(?!{self.word_class(words_path, [w.lower() for w in self.words.get('clause_breaks', [])])}){ANY_WORD}"
        self.gap = f"(?!{LABEL_CODES['NUM']}){ANY_LABEL}{not_a_break}"
        """Any one token that is not a number or a clause break: the `_` atom."""
        self.wide_gap = f"{ANY_LABEL}{not_a_break}"
        """Any one token that is not a clause break: the `~` atom."""
        self.rules: dict[str, Rule] = {}
        self.sources: dict[str, str] = {}
        """Per rule, its regex over token codes, compiled on the rule's first use (`pattern`): compiling all of them
        is a third of a second, most of it for rules a short document never reaches."""
        self.compiled: dict[str, regex.Pattern[str]] = {}
        self.compiled_untimed: dict[str, re.Pattern[str]] = {}
        """The same regexes compiled by stdlib re, which matches them in about half the time but has no timeout: used
        where a rule's worst case is within WORK_BUDGET (see `untimed_up_to`)."""
        self.roles: dict[str, dict[str, list[str]]] = {}
        self.untimed_up_to: dict[str, int] = {}
        """Per rule, the most tokens a sentence may have for the rule to run on it without MATCH_TIMEOUT."""
        self.requirements: dict[str, int] = {}
        """Per rule, its required atoms as a bit mask over `shared`."""
        self.named_anchors: dict[str, Requirement] = {}
        """Per rule that names its `anchor`, that atom's requirement."""
        self.shared: dict[Requirement, int] = {}
        """Each distinct requirement once, with its index (its bit in the masks), so that a sentence tests it once
        however many rules share it."""
        self.label_bits: dict[str, int] = {}
        """Per mention label, the requirements a mention with that label meets."""
        for path in sorted(folder.glob("*.toml")):
            if path.name == "words.toml":
                continue
            for rule in validate(path, RuleFile, read_toml(path)).rule:
                self._add(path, rule)
        self.word_bits: dict[str, int] = {}
        """Per word of any requirement, the requirements met where it stands: its own and those of the words that
        stand whole at its start (a scan finds the longest word at each position, "time-to-train" for "time" too)."""
        own_bits: dict[str, int] = {}
        """Per word of any requirement, the requirements that name it."""
        for requirement, index in self.shared.items():
            for word in requirement.words:
                own_bits[word] = own_bits.get(word, 0) | 1 << index
        for word in own_bits:
            bits = 0
            for length in range(1, len(word) + 1):
                if (other := word[:length]) in own_bits and whole_at_start(other, word):
                    bits |= own_bits[other]
            self.word_bits[word] = bits
        self.word_scan = whole_word_scan(self.word_bits)
        self.code_bits: dict[str, int] = {LABEL_CODES[label]: bits for label, bits in self.label_bits.items()}
        """Per token code character, the requirements a token with it meets: once the tokens are known, this tells
        exactly which rules can match (the text scan of `candidates` also takes a word that a mention swallows, "first"
        in "first place", and a number cue that reads as no number, a year)."""
        self.code_bits |= {self.word_codes[word]: bits for word, bits in own_bits.items()}
        self.rules_within = lru_cache(maxsize=4096)(self._rules_within)
        self.anchor_labels, self.anchor_word_list = self._anchors()
        anchor_words = self.anchor_word_list
        self.anchor_words = re.compile(trie_pattern(cased(anchor_words))) if anchor_words else None
        """See `may_match`: the labels, and the words (lower-case, capitalized or upper-case: a literal trie, which stdlib
        re scans several times faster than one that ignores case), of which a sentence must hold one."""

    def _anchors(self) -> tuple[frozenset[str], list[str]]:
        """A required atom of each rule, its labels and words; chosen so that they are few: the rule's own `anchor` where
        it names one, else one met by labels alone where the rule has one (a label costs nothing to test; a number word
        or ordinal word is one, as the number cue it is), else the one with fewest choices; one already chosen for
        another rule where it can (rules with fewer options choose first)."""
        labels: set[str] = set()
        words: set[str] = set()
        options = [
            [as_labels(self.named_anchors[name])]
            if name in self.named_anchors
            else [as_labels(requirement) for requirement, index in self.shared.items() if needed >> index & 1]
            for name, needed in self.requirements.items()
        ]
        for required in sorted(options, key=len):
            label_only = [requirement for requirement in required if not requirement.words]
            choices = label_only or required
            if any(requirement.labels <= labels and requirement.words <= words for requirement in choices):
                continue
            anchor = min(choices, key=lambda requirement: len(requirement.labels) + len(requirement.words))
            labels |= anchor.labels
            words |= anchor.words
        return frozenset(labels), sorted(words)

    def may_match(self, labels: set[str], text: str, start: int, end: int) -> bool:
        """Whether any rule can match text[start:end], whose mentions have these labels: every rule requires one of
        `anchor_labels`, or one of the words of `anchor_words` (a superset test: a word inside a longer one counts), so a
        sentence with neither is passed over before its words are scanned."""
        return bool(labels & self.anchor_labels) or (
            self.anchor_words is not None and self.anchor_words.search(text, start, end) is not None
        )

    def _add(self, path: Path, rule: Rule) -> None:
        if rule.name in self.rules:
            raise PatternError(path, f"rule {rule.name!r}", "name used twice")
        fragments, roles, requirements, classes = [], {}, [], []
        if rule.anchor is not None and rule.anchor not in rule.pattern.split():
            raise PatternError(path, f"rule {rule.name!r}", f"its anchor {rule.anchor!r} is no atom of its pattern")
        for index, piece in enumerate(rule.pattern.split()):
            fragment, atom_roles, requirement, token_class = self._compile_atom(path, rule, piece)
            if piece == rule.anchor:
                if requirement is None:
                    raise PatternError(path, f"rule {rule.name!r}", f"its anchor {piece!r} is optional")
                self.named_anchors[rule.name] = requirement
            classes.append((piece, token_class))
            if atom_roles:
                group = f"a{index}"
                roles[group] = atom_roles
                fragment = f"(?P<{group}>{fragment})"
            fragments.append(fragment)
            if requirement is not None:
                if requirement not in self.shared:
                    bit = 1 << len(self.shared)
                    self.shared[requirement] = len(self.shared)
                    for label in requirement.labels:
                        self.label_bits[label] = self.label_bits.get(label, 0) | bit
                requirements.append(self.shared[requirement])
        if not requirements:
            raise PatternError(path, f"rule {rule.name!r}", "every atom is optional, so it would match anywhere")
        check_linear(path, rule, classes)
        self.untimed_up_to[rule.name] = most_tokens_within(WORK_BUDGET, [(atom.least, atom.most) for _, atom in classes])
        self.sources[rule.name] = "".join(fragments)
        self.rules[rule.name] = rule
        self.roles[rule.name] = roles
        self.requirements[rule.name] = sum({1 << index for index in requirements})

    def _compile_atom(self, path: Path, rule: Rule, piece: str) -> tuple[str, list[str], Requirement | None, TokenClass]:
        """One atom as a regex over one token code, its roles, what a sentence must hold for it (if required), and the
        tokens it can take."""
        parsed = ATOM.match(piece)
        if parsed is None:
            raise PatternError(path, f"rule {rule.name!r}", f"cannot read pattern atom {piece!r}")
        atom, op = parsed.group("atom"), parsed.group("op") or ""
        roles = parsed.group("role").split("&") if parsed.group("role") else []
        for role in roles:
            if role not in ROLES:
                raise PatternError(path, f"rule {rule.name!r}", f"unknown role {role!r} in {piece!r}")
        least, most = repetitions(op)
        if atom in GAPS:
            gap = self.gap if atom == "_" else self.wide_gap
            # lazy: the nearest token that fits
            return f"(?:{gap}){op}{'?' if op else ''}", roles, None, TokenClass(frozenset(), frozenset(), True, least, most)
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
        choices = []
        label_class = f"[{''.join(LABEL_CODES[label] for label in labels)}]"
        if labels:
            choices.append(f"{label_class}{ANY_WORD}")
        if words:  # only where the label's way fails: a token is taken one way (see work_bound)
            choices.append(f"{f'(?!{label_class})' if labels else ''}{ANY_LABEL}{self.word_class(path, words)}")
        fragment = f"(?:{'|'.join(choices)}){op}"
        requirement = Requirement(frozenset(labels), frozenset(words)) if least > 0 else None
        return fragment, roles, requirement, TokenClass(frozenset(labels), frozenset(words), False, least, most)

    def word_class(self, path: Path, words: list[str]) -> str:
        """A character class of the codes of these words, each given a code when first named."""
        for word in words:
            if word not in self.word_codes:
                if WORD_BASE + 1 + len(self.word_codes) >= WORD_LIMIT:
                    raise PatternError(
                        path, f"word {word!r}", f"more than {WORD_LIMIT - WORD_BASE - 1:,} distinct words in one language's rules"
                    )
                self.word_codes[word] = chr(WORD_BASE + 1 + len(self.word_codes))
        return f"[{''.join(sorted({self.word_codes[word] for word in words}))}]" if words else "(?!)"

    def encode(self, words: list[str], labels: list[str]) -> str:
        """Two code characters a token: its label's and its word's (OTHER_WORD for a word no rule names)."""
        label_code, word_code = LABEL_CODES.get, self.word_codes.get
        return "".join([label_code(label, OTHER_LABEL) + word_code(word.lower(), OTHER_WORD) for word, label in zip(words, labels)])

    def pattern(self, name: str) -> regex.Pattern[str]:
        """The compiled regex of a rule. Its fragments are escaped words and checked atoms, so it always compiles
        (tests compile every rule)."""
        if (compiled := self.compiled.get(name)) is None:
            compiled = self.compiled[name] = regex.compile(self.sources[name])
        return compiled

    def untimed_pattern(self, name: str) -> re.Pattern[str]:
        """The regex of a rule compiled by stdlib re (the same syntax: groups, classes, look-aheads, counted repeats)."""
        if (compiled := self.compiled_untimed.get(name)) is None:
            compiled = self.compiled_untimed[name] = re.compile(self.sources[name])
        return compiled

    def candidates(self, labels: set[str], lowered: str) -> tuple[str, ...]:
        """The rules that could match a sentence with these mention labels and this lower-cased text: those whose
        every required atom is present (a label, or one of its words standing whole in the text)."""
        return self.candidates_with(labels, self.words_present(lowered))

    def words_present(self, lowered: str) -> int:
        """The requirements that the rule words standing whole in a lower-cased text meet (a bit mask over `shared`),
        found in one scan: kept, so that the candidates can be narrowed as the sentence's mentions become known."""
        present = 0
        for word in self.word_scan.findall(lowered):
            present |= self.word_bits[word]
        return present

    def candidates_with(self, labels: Iterable[str], words: int) -> tuple[str, ...]:
        """The candidates (see `candidates`) of a sentence with these mention labels, whose words meet `words`."""
        present = words
        for label in labels:
            present |= self.label_bits.get(label, 0)
        return self.rules_within(present)

    def _rules_within(self, present: int) -> tuple[str, ...]:
        """The rules all of whose requirements are among `present` (a bit mask over `shared`), but a rule marked
        from_previous only with a rule of its kind that is not: its match stands only after one of theirs."""
        within = [self.rules[name] for name, needed in self.requirements.items() if not needed & ~present]
        leading = {rule.kind for rule in within if not rule.from_previous}
        return tuple(rule.name for rule in within if not rule.from_previous or rule.kind in leading)

    def match(self, words: list[str], labels: list[str], names: tuple[str, ...], timed_out: list[str]) -> list[RuleMatch]:
        """Every match of the rules `names` over tokens given as their text and mention label ('' for none); a rule
        that runs out of time (MATCH_TIMEOUT) gives no match and its name is added to `timed_out`. A rule is tried only
        if the tokens meet its every requirement, and by stdlib re where its worst case is within WORK_BUDGET."""
        code = self.encode(words, labels)
        present = present_bits(code, self.code_bits)
        found: list[RuleMatch] = []
        for name in names:
            if self.requirements[name] & ~present:
                continue
            matches: list[re.Match[str]] | list[regex.Match[str]]
            if len(words) <= self.untimed_up_to[name]:
                matches = overlapping(self.untimed_pattern(name), code)
            else:
                try:
                    matches = list(self.pattern(name).finditer(code, overlapped=True, timeout=MATCH_TIMEOUT))
                except TimeoutError:
                    timed_out.append(name)
                    continue
            group_roles = list(self.roles[name].items())
            for match in matches:
                if match.end() == match.start():
                    continue
                found.append(RuleMatch(self.rules[name], match.start() // 2, match.end() // 2, match_roles(match, group_roles)))
        return found


def overlapping(pattern: re.Pattern[str], code: str) -> list[re.Match[str]]:
    """A match from each position where one starts, as `regex`'s finditer(overlapped=True) finds them: each search
    starts one past the start of the match before."""
    found = []
    position = 0
    while (match := pattern.search(code, position)) is not None:
        found.append(match)
        position = match.start() + 1
    return found


def present_bits(code: str, code_bits: dict[str, int]) -> int:
    """The requirements the tokens of a code meet (a bit mask over the rule set's requirements)."""
    present = 0
    for char in set(code):
        present |= code_bits.get(char, 0)
    return present


def match_roles(match: re.Match[str] | regex.Match[str], group_roles: Iterable[tuple[str, list[str]]]) -> dict[str, list[int]]:
    """The token indexes each role of a match fills (each token is two code characters)."""
    roles: dict[str, list[int]] = {}
    for group, names in group_roles:
        group_start, group_end = match.span(group)
        if group_end > group_start:
            indexes = list(range(group_start // 2, group_end // 2))
            for role in names:
                roles.setdefault(role, []).extend(indexes)
    return roles


def as_labels(requirement: Requirement) -> Requirement:
    """A requirement whose every word is a number cue (see NumberReader.cue_labels) as the labels those cues give, which
    a sentence holds wherever one of the words stands whole; any other requirement as it is."""
    cued = [number_reader().cue_labels(word) for word in requirement.words]
    if not cued or not all(cued):
        return requirement
    return Requirement(requirement.labels | frozenset.intersection(*cued), frozenset())


def whole_at_start(word: str, longer: str) -> bool:
    """Whether `word`, which `longer` begins with, stands whole there: no Latin letter goes on from its last one."""
    return not (word[-1] in LATIN_LETTERS and longer[len(word) : len(word) + 1] in LATIN_LETTERS)


def whole_word_scan(words: Iterable[str]) -> re.Pattern[str]:
    """Every one of these lower-cased words at every position of a lower-cased text where it stands whole, in one pass
    (words may overlap): not inside a longer Latin word at a side where it has a Latin letter ("on" is no word of
    "institutions", "top" none of "topped"), while punctuation and digits beside it are cut off ("won,", "10km").
    Tokens seldom cut a Latin word between two letters (a contraction, "hasn't"; a mention inside a word), and a rule
    word that stands only so does not make its rules tried."""
    groups: dict[tuple[bool, bool], list[str]] = {}
    for word in words:
        groups.setdefault((word[0] in LATIN_LETTERS, word[-1] in LATIN_LETTERS), []).append(word)
    branches = [
        ("(?<![a-z])" if led else "") + f"(?:{trie_pattern(group)})" + ("(?![a-z])" if ended else "")
        for (led, ended), group in sorted(groups.items())
    ]
    return re.compile(f"(?=({'|'.join(branches) or '(?!)'}))")


def languages() -> list[Language]:
    """The languages that have a rules folder in patterns/ (a new language is a new folder)."""
    return sorted(p.name for p in patterns_dir().iterdir() if (p / "words.toml").is_file())  # type: ignore[misc]


@cache
def rule_set(language: Language) -> RuleSet:
    """The compiled rules of one language, once per process."""
    return RuleSet(patterns_dir() / language, word_lists(language))


def rule_words(language: Language) -> set[str]:
    """Every word of a language's word lists and literal atoms (the Chinese user dictionary takes them)."""
    return rule_set(language).vocabulary


def cased(words: list[str]) -> list[str]:
    """Each word as written in running text: lower-case, capitalized (a sentence's first word) and upper-case."""
    return sorted({form for word in words for form in (word, word.capitalize(), word.upper())})
