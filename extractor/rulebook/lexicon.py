"""Loads patterns/lexicon/*.toml (aliases -> canonical ids) and patterns/shapes.toml, and finds them in text."""

from __future__ import annotations

import re
import string
import time
from functools import cache
from pathlib import Path
from typing import Literal, get_args

import regex
from pydantic import BaseModel, ConfigDict, field_validator

from extractor import models
from extractor.rulebook.alias_scan import Found, scan
from extractor.rulebook.loader import (
    PatternError,
    load,
    patterns_dir,
    read_toml,
    validate,
)
from extractor.rulebook.trie import trie_pattern
from extractor.text.mentions import Mention

CLOSED_VOCABULARIES: dict[str, object] = {
    "SCENARIO": models.Scenario,
    "DIVISION": models.Division,
    "CATEGORY": models.Category,
    "SUITE": models.Suite,
    "UNIT": models.Unit,
    "TIME": models.Unit,
    "POWER": models.Unit,
    "COUNTED": models.Unit,
    "PERSEC": models.Unit,
}
SCORE_UNIT_LABELS = ("UNIT", "TIME", "POWER")
PROBE_LENGTH, PROBE_TIMEOUT = 2000, 0.25
PROBE_CHARACTERS = "1aA .,-%一"
"""Characters run long against every shape at load (with those of its example) to catch catastrophic backtracking."""
SHAPE_TIMEOUT = 1.0
"""Seconds one shape may take over one block of sentences (pipeline.MAX_BLOCK_CHARS) before it is skipped."""
DIGIT = re.compile(r"\d")
"""What every shape mention holds (versions, system codes, accuracy targets all have numbers), so shapes are searched
only where a sentence holds one (see Shapes.find)."""
LATIN_ALNUM = frozenset(string.ascii_letters + string.digits)
ACCURACY = r"99(?:\.9)?(?![\d.]*\d)"
ACCURACY_SUFFIX = re.compile(rf"[-\s]?(?P<acc>{ACCURACY})")
LATIN_RUN = re.compile(r"(?<![A-Za-z])[A-Za-z]{2,}")
"""Where a Latin name can start: scanned for as a character class, far faster than the names' trie at every position."""
WORD_END = "(?![A-Za-z0-9])"
"""The guard of an alias that ends in a Latin letter or digit: it must end a word..."""
MODEL_END = f"(?:{WORD_END}|(?={ACCURACY}))"
"""...or, for a model, go on with its accuracy target ("BERT99")."""


class Entry(BaseModel):
    """One canonical id and the ways texts write it."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    aliases: list[str]
    role: Literal["body"] | None = None
    default_unit: models.Unit | None = None
    metric: models.Metric | None = None
    value: int | None = None
    maker: str | None = None
    """For a system: the organisation (an ORG id) that makes it."""
    training_id: str | None = None
    """For a benchmark: the id the same name stands for in a training round."""
    measures: models.Unit | None = None
    """For a unit that claims do not use: the canonical unit it is given in ("hours" in minutes)..."""
    scale: float | None = None
    """...and how many of those one of it is (60)."""

    @field_validator("aliases")
    @classmethod
    def not_empty(cls, aliases: list[str]) -> list[str]:
        if not aliases or any(not a.strip() for a in aliases):
            raise ValueError("aliases must be a non-empty list of non-empty strings")
        return aliases


class TermFile(BaseModel):
    """A lexicon file: one label and its entries."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    label: str
    entry: list[Entry]


class Shape(BaseModel):
    """A mention found by a regular expression; group `value` holds its meaning."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    label: str
    example: str
    pattern: str


class ShapeFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    shape: list[Shape]


class Lexicon:
    """Every alias of every term file, compiled into one matcher over normalized text."""

    def __init__(self, files: dict[Path, TermFile]) -> None:
        self.entries: dict[tuple[str, str], Entry] = {}
        self.by_alias: dict[str, tuple[str, Entry]] = {}
        for path, term_file in files.items():
            for entry in term_file.entry:
                self._check_id(path, term_file.label, entry)
                self.entries[(term_file.label, entry.id)] = entry
                for alias in entry.aliases:
                    self._add_alias(path, term_file.label, entry, alias)
        self._check_makers(files)
        self.ids: dict[str, frozenset[str]] = {
            label: frozenset(identifier for entry_label, identifier in self.entries if entry_label == label)
            for label in {label for label, _ in self.entries}
        }
        """Each label's canonical ids."""
        for alias, known in list(self.by_alias.items()):  # "top results" also opens a sentence or a bullet: "Top results"
            if alias[0].isascii() and alias[0].islower():
                self.by_alias.setdefault(alias[0].upper() + alias[1:], known)
        guards = {
            alias: MODEL_END if label == "MODEL" else WORD_END for alias, (label, _) in self.by_alias.items() if alias[-1] in LATIN_ALNUM
        }
        self.latin, self.other = self._compile(list(self.by_alias), guards)
        self.glued = self._compile_glued(guards)
        self.organisation = re.compile(trie_pattern((alias for alias, (label, _) in self.by_alias.items() if label == "ORG"), guards))
        """Any organisation's alias, anchored where it is tried (see `joint`)."""
        scenarios = {alias.lower(): entry.id for alias, (label, entry) in self.by_alias.items() if label == "SCENARIO"}
        self.found_as: dict[str, Found] = {
            alias: (label, entry.id if entry.value is None else entry.value, entry.role, scenario_led(alias, label, scenarios))
            for alias, (label, entry) in self.by_alias.items()
        }
        """Per alias, what its mention says: label, canonical value, role; and for a unit whose alias opens with a scenario
        ("server queries per watt"), how long the scenario is and which it is (the alias is found as both)."""

    def _check_id(self, path: Path, label: str, entry: Entry) -> None:
        vocabulary = CLOSED_VOCABULARIES.get(label)
        if (entry.measures is None) != (entry.scale is None):
            raise PatternError(path, f"entry {entry.id!r}", "a unit given in another needs both `measures` and `scale`")
        if vocabulary is not None and entry.id not in get_args(vocabulary) and entry.measures is None:
            raise PatternError(path, f"entry {entry.id!r}", f"not a canonical {label.lower()} of CLAIMS.md")
        if (label, entry.id) in self.entries:
            raise PatternError(path, f"entry {entry.id!r}", "id defined twice")

    def _check_makers(self, files: dict[Path, TermFile]) -> None:
        """Every maker named is an organisation of the lexicon."""
        for path, term_file in files.items():
            for entry in term_file.entry:
                if entry.maker is not None and ("ORG", entry.maker) not in self.entries:
                    raise PatternError(path, f"entry {entry.id!r}", f"maker {entry.maker!r} is no organisation of the lexicon")

    def _add_alias(self, path: Path, label: str, entry: Entry, alias: str) -> None:
        known = self.by_alias.get(alias)
        if known is not None and known != (label, entry):
            raise PatternError(path, f"entry {entry.id!r}", f"alias {alias!r} already maps to {known[0]} {known[1].id!r}")
        self.by_alias[alias] = (label, entry)

    @staticmethod
    def _compile(aliases: list[str], guards: dict[str, str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """Two tries, aliases led by a Latin letter or digit and the others (stdlib re scans a trie that starts
        with literal characters fast, and loses that when the two are joined). A Latin-led alias must not start inside
        a word ("Farm" holds no "Arm", "MI-A100" no "A100") but may follow a digit ("700W"): look-behinds, which also
        spare the scan a trie attempt inside every word. An alias given a guard must end a word: where it does not, the
        match backs off to a shorter alias, or to one further on ("the top performers" holds "top performers")."""
        latin = trie_pattern((a for a in aliases if a[0] in LATIN_ALNUM), guards)
        other = trie_pattern((a for a in aliases if a[0] not in LATIN_ALNUM), guards)
        return re.compile(f"(?<![A-Za-z])(?<![A-Za-z0-9]-)(?:{latin})"), re.compile(other)

    def _compile_glued(self, guards: dict[str, str]) -> re.Pattern[str]:
        """An organisation's Latin name run into its product's with no space between ("NVIDIAH100", "HabanaGaudi2"), as
        pages in Chinese often write them: neither alias is found alone there, since neither ends or starts a word."""
        latin = [(alias, label) for alias, (label, _) in self.by_alias.items() if alias[0] in LATIN_ALNUM]
        organisations = trie_pattern(alias for alias, label in latin if label == "ORG")
        systems = trie_pattern((alias for alias, label in latin if label == "SYSTEM"), guards)
        return re.compile(f"(?<![A-Za-z])(?P<org>{organisations})(?P<system>{systems})")

    def entry(self, label: str, canonical: str) -> Entry | None:
        """The lexicon entry for a canonical id, if any."""
        return self.entries.get((label, canonical))

    def model_in_suite(self, model: str, suite: str | None) -> str:
        """A benchmark id as the claim's suite reads it: a name that Training gives to another benchmark maps to it."""
        entry = self.entries.get(("MODEL", model))
        return entry.training_id if suite == "training" and entry is not None and entry.training_id else model

    def unit(self, unit: str) -> Entry | None:
        """The lexicon entry of a score unit, whichever unit label it is filed under."""
        return next((entry for label in SCORE_UNIT_LABELS if (entry := self.entries.get((label, unit)))), None)

    def find(self, text: str, start: int, end: int) -> list[Mention]:
        """Every alias in text[start:end], as mentions with canonical values, in text order; with a model's accuracy
        suffix ("BERT-99.9"); none where an alias ends inside a Latin word ("NVIDIAs"), but a shorter or later one that ends
        the word ("the top performers": "top performers"). See alias_scan.scan."""
        return scan((self.latin, self.other), self.glued, LATIN_RUN, ACCURACY_SUFFIX, self.found_as, text, start, end)

    def bare_ids(self, text: str, mentions: list[Mention], openers: frozenset[str]) -> list[Mention]:
        """Canonical ids written bare, as a word of any case, where only their place says what they are (BARE_PLACES):
        a division right after its suite, as MLCommons' result notes write it ("MLPerf v4.1 training closed"); a
        scenario after a rate or a benchmark and one of `openers`, ending its clause ("10.96 queries per second in
        server"; a lower-case "server" elsewhere is the machine). None where the lexicon already reads a word there."""
        taken = {mention.start for mention in mentions}
        found = []
        for mention in mentions:
            for label, after, pattern in BARE_PLACES:
                word = pattern.match(text, mention.end) if mention.label in after else None
                if word is None or word.start("word") in taken or word.group("word").lower() not in self.ids[label]:
                    continue
                if "opener" in pattern.groupindex and word.group("opener").lower() not in openers:
                    continue
                found.append(Mention(word.start("word"), word.end("word"), label, word.group("word").lower()))
        return found

    def joint(self, text: str, mentions: list[Mention], marks: frozenset[str]) -> list[Mention]:
        """Organisations joined by one of `marks` with no space ("Red Hat-Supermicro", "NVIDIA+CoreWeave") as one joint
        submitter, "Red Hat & Supermicro" (two names of one organisation as it); `mentions` in text order. The second
        name is looked for here: an alias right after a hyphen is not found alone ("MI-A100" holds no A100)."""
        joined: list[Mention] = []
        for mention in mentions:
            joined.append(mention)
            while (
                mention.label == "ORG"
                and mention.end < len(text)
                and text[mention.end] in marks
                and (found := self.organisation.match(text, mention.end + 1)) is not None
            ):
                names = str(mention.value).split(" & ")
                value = self.found_as[found.group()][1]
                mention = mention._replace(end=found.end(), value=mention.value if value in names else " & ".join([*names, str(value)]))
                joined[-1] = mention
        return joined


def scenario_led(alias: str, label: str, scenarios: dict[str, str]) -> tuple[int, str] | None:
    """For a unit's alias that opens with a scenario's ("server queries per watt"), how long that scenario is, and which."""
    first = alias.split(" ", 1)[0]
    if label in SCORE_UNIT_LABELS and first != alias and first.lower() in scenarios:
        return len(first), scenarios[first.lower()]
    return None


class Shapes:
    """The compiled shape patterns of patterns/shapes.toml."""

    def __init__(self, path: Path, shape_file: ShapeFile) -> None:
        self.compiled: list[tuple[Shape, regex.Pattern[str]]] = []
        for shape in shape_file.shape:
            try:
                compiled = regex.compile(shape.pattern)
            except regex.error as error:
                raise PatternError(path, f"shape {shape.name!r}", f"bad pattern: {error}") from error
            if "value" not in compiled.groupindex:
                raise PatternError(path, f"shape {shape.name!r}", "pattern has no group named 'value'")
            if (example := compiled.search(shape.example)) is None:
                raise PatternError(path, f"shape {shape.name!r}", f"pattern does not match its example {shape.example!r}")
            if DIGIT.search(example.group()) is None:
                raise PatternError(
                    path,
                    f"shape {shape.name!r}",
                    f"its example's match {example.group()!r} holds no digit, and a shape mention must hold one",
                )
            if (slow := backtracking_probe(compiled, shape.example)) is not None:
                raise PatternError(path, f"shape {shape.name!r}", f"pattern backtracks badly: it ran out of time on {slow}")
            self.compiled.append((shape, compiled))

    def find(self, text: str, stretches: list[tuple[int, int]], timed_out: list[str]) -> list[Mention]:
        """Every shape mention (versions, systems, accuracy targets) that holds a digit, in the stretches of text given
        (the runs of sentences that hold a digit: the other sentences can hold no mention); a shape that runs out of
        time (SHAPE_TIMEOUT over all the stretches) gives none and its name is added to `timed_out`."""
        found: list[Mention] = []
        for shape, compiled in self.compiled:
            deadline = time.perf_counter() + SHAPE_TIMEOUT
            try:
                matches = []
                for start, end in stretches:
                    if (left := deadline - time.perf_counter()) <= 0:
                        raise TimeoutError
                    matches.extend(compiled.finditer(text, start, end, timeout=left))
            except TimeoutError:
                timed_out.append(shape.name)
                continue
            for match in matches:
                if DIGIT.search(text, match.start(), match.end()) is None:
                    continue
                raw = match.group("value")
                value: str | tuple[float, ...] = raw
                if shape.label == "ACCURACY":
                    value = tuple(float(x) for x in regex.findall(r"\d+(?:\.\d+)?", raw))
                found.append(Mention(match.start(), match.end(), shape.label, value))
        return found


def backtracking_probe(compiled: regex.Pattern[str], example: str) -> str | None:
    """Run a pattern over the inputs that make bad patterns backtrack (long runs of each character of its example
    and of common classes, the example repeated); describe the first it cannot finish in PROBE_TIMEOUT, else None."""
    characters = sorted(set(example) | set(PROBE_CHARACTERS))
    probes = [(f"{PROBE_LENGTH:,} × {char!r}", char * PROBE_LENGTH) for char in characters]
    for unit in (example, example + " "):
        times = PROBE_LENGTH // max(len(unit), 1)
        probes.append((f"its example {times:,} times", unit * times))
    for name, probe in probes:
        try:
            for _ in compiled.finditer(probe, timeout=PROBE_TIMEOUT):
                pass
        except TimeoutError:
            return name
    return None


BARE_PLACES = (
    ("DIVISION", frozenset({"SUITE"}), re.compile(r"[ \t]+(?P<word>[A-Za-z]+)(?![A-Za-z0-9-])")),
    (
        "SCENARIO",
        frozenset({"UNIT", "MODEL"}),
        re.compile(r"[ \t]+(?P<opener>[A-Za-z]+)[ \t]+(?P<word>[A-Za-z]+)(?=[ \t]*(?:$|[\n.,;:!?)]))", re.MULTILINE),
    ),
)
"""Where a label's canonical id stands bare (Lexicon.bare_ids): right after a mention of one of the labels, as the
pattern says (one whole word; an opener, then a word that ends its clause)."""


@cache
def lexicon() -> Lexicon:
    """The lexicon of patterns/lexicon/, loaded and validated once per process."""
    folder = patterns_dir() / "lexicon"
    files = {path: validate(path, TermFile, read_toml(path)) for path in sorted(folder.glob("*.toml"))}
    return Lexicon(files)


@cache
def shapes() -> Shapes:
    """The shape patterns of patterns/shapes.toml, loaded once per process."""
    return Shapes(patterns_dir() / "shapes.toml", load("shapes.toml", ShapeFile))
