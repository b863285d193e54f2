"""Turns rule matches into claims: roles give the core fields, the sentence and the document the rest."""

from __future__ import annotations

import itertools
from bisect import bisect_left
from dataclasses import dataclass, replace

from extractor.claims.context import DocumentContext
from extractor.claims.draft import Draft, FieldValue
from extractor.claims.kinds import (
    ClaimContext,
    ClaimKind,
    participation,
    ranking,
    score,
)
from extractor.claims.sentence import SentenceView, context_markers, parenthesis_after
from extractor.claims.subjects import (
    conjunctions,
    distributive,
    is_component,
    is_round_marker,
    listed,
    separators,
    sibling_numbers,
    subject_mentions,
    subjects,
)
from extractor.claims.systems import maker_of, system_makers
from extractor.fields import CONTEXT_FIELDS, FIELD_LABELS, INHERITED
from extractor.rulebook.lexicon import LATIN_ALNUM, SCORE_UNIT_LABELS, lexicon
from extractor.rulebook.rules import RuleMatch, rule_set
from extractor.rulebook.settings import context_settings
from extractor.rulebook.word_lists import word_list
from extractor.text.mentions import Mention

KINDS: dict[str, ClaimKind] = {"ranking": ranking, "score": score, "participation": participation}

CENTRAL_ROLES = ("count", "value", "rank")
SHORT_OF_NEXT_CLAIM = frozenset({"division"})
"""Fields a claim takes from elsewhere in its sentence only short of the next claim and of any other number, which
they more likely describe ("Of its 12 wins, Dell took 8 in the closed division")."""


def central(match: RuleMatch) -> int:
    """The token a claim is about: its count or value, else its rank word."""
    for role in CENTRAL_ROLES:
        if role in match.roles:
            return match.roles[role][0]
    return match.start


def select(matches: list[RuleMatch]) -> list[RuleMatch]:
    """Keep the longest match for each central token; drop matches whose central token another of its kind uses, or
    another kind's match has as its own central token (a ranking's total may be a participation's count: "records in
    four of the six benchmarks Google entered"), and a match with no count, value or rank of its own that overlaps a
    kept one of its kind ("For the third consecutive round, NVIDIA swept every edge test" is one streak)."""
    kept: list[RuleMatch] = []
    used: dict[str, set[int]] = {}
    centrals: set[int] = set()
    for match in sorted(matches, key=lambda m: (-(m.end - m.start), -len(m.roles), m.start)):
        kind, token = match.rule.kind, central(match)
        if token in used.setdefault(kind, set()) or token in centrals:
            continue
        if not any(role in match.roles for role in CENTRAL_ROLES) and any(
            other.rule.kind == kind and other.start < match.end and match.start < other.end for other in kept
        ):
            continue
        kept.append(match)
        used[kind].update(i for indexes in match.roles.values() for i in indexes)
        used[kind].add(token)
        centrals.add(token)
    return sorted(kept, key=lambda m: m.start)


def nearest(view: SentenceView, label: str, start: int, end: int, lower: int, upper: int, after_first: bool) -> Mention | None:
    """A mention of `label` for the claim at [start, end): inside it; else the nearest before (from `lower`) or the
    first after (up to `upper`), the one after first if `after_first` ("… in the Server scenario")."""
    if label not in view.by_label:
        return None
    candidates, starts = (
        round_suites(view)
        if label == "SUITE"
        else claim_systems(view)
        if label == "SYSTEM"
        else (view.by_label[label], view.label_starts[label])
    )
    window = candidates[bisect_left(starts, lower) : bisect_left(starts, upper)]
    if label == "SYSTEM" and not window:  # GPUs a result ran on are its system where no other is in reach
        window = [m for m in view.by_label[label] if lower <= m.start < upper]
    within = view.by_label[label] if label == "SYSTEM" else window  # a system inside the claim's evidence is its own
    inside = [m for m in within if start <= m.start and m.end <= end]
    if inside:  # of two systems, the one named last is the more specific ("CDNA 4架构的MI350")
        return inside[-1] if label == "SYSTEM" else inside[0]
    before = [m for m in window if lower <= m.start and m.end <= start]
    after = [m for m in window if end <= m.start and m.end <= upper]
    if after and (not before or after_first):
        return None if listed_with_another(view, after[:2]) else after[0]
    if before:
        return None if listed_with_another(view, before[-2:]) else before[-1]
    return None


def number_between(view: SentenceView, span: tuple[int, int], mention: Mention) -> bool:
    """Whether a number stands between a claim's span and a mention outside it."""
    low, high = (span[1], mention.start) if mention.start >= span[1] else (mention.end, span[0])
    return any(m.label == "NUM" and low <= m.start < high for m in view.mentions)


def round_suites(view: SentenceView) -> tuple[list[Mention], list[int]]:
    """The suite words a claim may take, with their starts: where the sentence names a round ("MLPerf Storage v1.0"), only
    the words that do and those listed with them ("MLPerf training and inference"), not a workload it describes
    ("3D-UNet训练负载", "the training workload"); else all of them."""
    if view.round_suites is None:
        suites = view.by_label["SUITE"]
        rounds = {member for mention in suites if anchored(view, mention) for member in listed(view, mention, forward=True)}
        named = [mention for mention in suites if mention in rounds] or suites
        view.round_suites = named, [mention.start for mention in named]
    return view.round_suites


def claim_systems(view: SentenceView) -> tuple[list[Mention], list[int]]:
    """The systems a claim may take first, with their starts: those that are no part of another ("SR670 V2 with four
    NVIDIA H100 GPUs") nor what it is compared with (nearest falls back on the others where none of these is in reach:
    "trained in 2.02 minutes on 8,192 NVIDIA GB300 GPUs")."""
    if view.claim_systems is None:
        systems = [mention for mention in view.by_label["SYSTEM"] if not is_component(view, mention) or opens_sentence(view, mention)]
        view.claim_systems = systems, [mention.start for mention in systems]
    return view.claim_systems


def opens_sentence(view: SentenceView, mention: Mention) -> bool:
    """A system in a fronted phrase that opens its sentence ("With its NF5468M7, Inspur topped…"): the claim's own."""
    words = view.text[view.sentence.start : mention.start].lower().split()
    return 1 <= len(words) <= 2 and words[0] in context_settings().fronted_openers


def listed_with_another(view: SentenceView, pair: list[Mention]) -> bool:
    """Two mentions in text order joined by a conjunction with different values ("数据中心和边缘"): no single value applies."""
    if len(pair) < 2 or pair[0].value == pair[1].value:
        return False
    between = view.text[pair[0].end : pair[1].start].strip().lower()
    return between in conjunctions()


def cumulative(view: SentenceView, clause: tuple[int, int]) -> bool:
    """A claim about several rounds at once inherits no round: "to date/至今" stands before it or in its clause
    ("To date, Inspur has won…", not "…35 results, its largest submission to date"), and its clause does not say "this round"."""
    if not view.says("cumulative"):
        return False
    settings = context_settings()
    clause_start, clause_end = clause
    up_to_clause = view.text[view.sentence.start : clause_end].lower()
    clause_text = view.text[clause_start:clause_end].lower()
    return any(m.lower() in up_to_clause for m in settings.cumulative) and not any(m.lower() in clause_text for m in settings.current_round)


def context_fields(
    view: SentenceView,
    match: RuleMatch,
    span: tuple[int, int],
    clause: tuple[int, int],
    following: tuple[int, int],
    context: DocumentContext,
) -> ClaimContext:
    """Suite, version, division, category, model, scenario, system and accuracy for the match at `span`.

    A context word after the claim counts within its clause, up to the next claim's start in languages
    whose modifiers follow; a Chinese score also reads on to the next claim's end ("以每秒X个样本的成绩，获得ResNet50离线场景第一").
    """
    start, end = span
    kind = KINDS[match.rule.kind]
    found = ClaimContext({}, set(), None, set())
    clause_start, clause_end = clause
    several_rounds = cumulative(view, clause)
    settings = context_settings()
    follows = view.sentence.language in settings.modifiers_follow
    clause_fields = kind.clause_fields(match)
    roles, token_mention, by_label = match.roles, view.token_mention, view.by_label
    separator = separators().search(view.text, end, view.sentence.end)
    separated_at = separator.start() if separator else view.sentence.end  # what a dash or semicolon opens is another's
    own = parenthesis_after(view.text, end)  # "5,100 queries per second (BERT, Server)": the claim's own context
    for name, label in CONTEXT_FIELDS:
        in_clause = name in clause_fields
        indexes = roles.get(name)
        mention = token_mention.get(indexes[0]) if indexes else None
        if mention is None and own is not None and label in by_label:
            mention = next((m for m in by_label[label] if own[0] <= m.start and m.end <= own[1]), None)
        if mention is None and label in by_label:  # else nothing in the sentence can give it
            lower = clause_start if in_clause else view.sentence.start
            reaches_on = kind.READS_ON and not in_clause
            upper = min(clause_end, following[0]) if follows else following[1] if reaches_on else min(clause_end, following[1])
            upper = min(upper, separated_at)
            after_first = follows and name not in settings.named_before
            mention = nearest(view, label, start, end, lower, upper, after_first)
            if name == "system" and not in_clause:  # one in the claim's own clause before one outside it
                mention = nearest(view, label, start, end, clause_start, min(upper, clause_end), after_first) or mention
            if mention is None and name in settings.sentence_wide:
                reach = min(separated_at, following[0]) if name in SHORT_OF_NEXT_CLAIM else separated_at
                mention = nearest(view, label, start, end, view.sentence.start, max(reach, end), after_first)
                if mention is not None and name in SHORT_OF_NEXT_CLAIM and number_between(view, (start, end), mention):
                    mention = None
                if mention is not None:
                    found.sentence_wide.add(name)
            if name == "suite" and mention is not None and context.round.suite is not None and not anchored(view, mention):
                mention = None  # a workload it describes ("ML training workloads") in a text whose round is known
        if mention is not None:
            found.values[name] = list(mention.value) if isinstance(mention.value, tuple) else str(mention.value)
            if name == "model":
                found.model = mention
        elif name in INHERITED and not in_clause and not several_rounds:
            found.values[name] = context.inherited(name, sole=label not in by_label)  # not one its sentence gave another
            found.inherited.add(name)
    if found.values.get("accuracy") is None and found.model is not None and found.model.accuracy:
        found.values["accuracy"] = list(found.model.accuracy)
    if found.values.get("version") is not None and of_an_earlier_round(view, span, min(clause_end, following[0])):
        found.values["version"] = None  # "up from 21 last fall": not the text's round, and no version of its own
    return found


def of_an_earlier_round(view: SentenceView, span: tuple[int, int], reach: int) -> bool:
    """A claim that its clause puts in an earlier round ("up from 21 last fall", context.toml's `earlier_round`), with no
    version of its own in that clause ("up from 16 in v3.1 last year" keeps v3.1)."""
    start, end = span
    stop = max(reach, end)
    if not view.says("earlier_round") or any(start <= m.start and m.end <= stop for m in view.by_label.get("VERSION", [])):
        return False
    return context_markers("earlier_round").search(view.text[start:stop].lower()) is not None


def with_main_clause(view: SentenceView, clause: tuple[int, int]) -> tuple[int, int]:
    """A fronted phrase that opens its sentence ("With 13 of 16 wins, Nettrix led the data center category") widened
    to the clause after it, where what it is about is named; any other clause as it is."""
    clause_start, clause_end = clause
    if clause_start != view.sentence.start or clause_end >= view.sentence.end:
        return clause
    first_word = view.text[clause_start:clause_end].split(maxsplit=1)[0].lower() if clause_end > clause_start else ""
    openers = context_settings().fronted_openers
    if not any(first_word == opener or not opener.isascii() and first_word.startswith(opener) for opener in openers):
        return clause
    return clause_start, view.clause_of(clause_end + 1, clause_end + 1)[1]


def list_end(view: SentenceView, last: int, end: int) -> int:
    """Where a claim's clause must reach: past the list of benchmarks that its last token opens ("first on ResNet-50, BERT
    and DLRM in the Server scenario": the commas of a list end no clause)."""
    mention = view.token_mention.get(last - 1)
    if mention is None or mention.label != "MODEL":
        return end
    return max(end, listed(view, mention, forward=True)[-1].end)


def claims_for(view: SentenceView, match: RuleMatch, following: tuple[int, int], context: DocumentContext) -> list[Draft]:
    """The claims of one match (`following` is the next match's span), as drafts over normalized offsets; the
    evidence ends before any clause punctuation the rule matched after the claim ("其中数据中心8项，")."""
    last = match.end
    while last - 1 > match.start and view.token_text(last - 1) in view.clause_breaks:
        last -= 1
    start, end = view.char_span(match.start, last)
    kind = KINDS[match.rule.kind]
    core = kind.fields(view, match)
    clause = with_main_clause(view, view.clause_of(start, list_end(view, last, end)))
    found = context_fields(view, match, (start, end), clause, following, context)
    built = []
    for (subject, count, evidence_start), (shared, listed_span) in itertools.product(
        subjects(view, match, start, end, context, named_maker(found)), kind.variants(view, match, found)
    ):
        carried = own_system(found, subject, match.rule.kind, context)
        evidence_from, evidence_to = (
            (min(evidence_start, listed_span[0]), max(end, listed_span[1])) if listed_span else (evidence_start, end)
        )
        fields: dict[str, FieldValue] = {**shared, **carried, **core, "subject": subject}
        if count is not None:
            fields["count"] = count
        if isinstance(model := fields.get("model"), str):
            suite = fields.get("suite")
            fields["model"] = lexicon().model_in_suite(model, suite if isinstance(suite, str) else None)
        claim = kind.complete(
            Draft(
                kind=match.rule.kind,
                rule=match.rule.name,
                language=view.sentence.language,
                evidence=(whole_word_start(view.text, evidence_from), evidence_to),
                fields=fields,
                from_previous=match.rule.from_previous,
                model_inherited="model" in found.inherited,
            )
        )
        if kind.keep(view, claim, clause):
            built.extend(distribute(view, match, claim))
    return built


def named_maker(found: ClaimContext) -> str | None:
    """The maker of the system a claim's own sentence names (not one carried from before), if known."""
    system = found.values.get("system")
    return maker_of(system) if isinstance(system, str) and "system" not in found.inherited else None


def own_system(found: ClaimContext, subject: str | None, kind: str, context: DocumentContext) -> dict[str, FieldValue]:
    """The system a claim keeps: one carried from before is the last named for its own organisation; a system of another
    clause of its sentence made by a rival chip maker is the rival's ("训练时间仅为311.9分钟——512个NVIDIA H100需要64.3分钟"),
    and gives way to the organisation's own; none for a participation of no organisation (a round's size)."""
    if subject is None and kind == "participation":
        return {"system": None}
    system = found.values.get("system")
    if "system" in found.inherited:
        return {"system": context.system_of(subject)}
    if "system" in found.sentence_wide and isinstance(system, str):
        maker = maker_of(system)
        if maker != subject and {maker, subject} <= system_makers():
            return {"system": context.system_of(subject)}
    return {}


def whole_word_start(text: str, start: int) -> int:
    """An evidence start moved back to the start of the hyphened Latin word it falls inside: "time-to-train of 10.5
    minutes", not "train of 10.5 minutes"."""
    at = start
    while at > 1 and text[at - 1] == "-" and text[at - 2] in LATIN_ALNUM:
        at -= 1
        while at > 0 and text[at - 1] in LATIN_ALNUM:
            at -= 1
    return at


DISTRIBUTED_LABELS = {
    "count": {"category": "CATEGORY", "division": "DIVISION", "system": "SYSTEM"},
    "value": {"model": "MODEL", "scenario": "SCENARIO", "system": "SYSTEM"},
}
"""Per role, the context fields a sentence may pair with its counts or values one by one: "在数据中心和边缘赛道中分别获得13项和
10项冠军", "R5300 G6和R5500 G6分别获得5项和3项第一", "在BERT、DLRM和RetinaNet的训练中分别用时5.4分钟、3.8分钟和28.1分钟"."""


def distribute(view: SentenceView, match: RuleMatch, claim: Draft) -> list[Draft]:
    """One claim per count or score value when a distributive sentence lists as many categories, divisions or systems
    (for counts), benchmarks, scenarios or systems (for scores) before the numbers, else after them, as there are
    numbers: each takes its own of every such list ("X640 G40和X660 G45分别以48.43、28.64成绩…MASK R-CNN、U-NET3D");
    else the claim itself."""
    role = next((role for role in DISTRIBUTED_LABELS if role in match.roles and claim.get(role) is not None), None)
    if role is None or not distributive(view):
        return [claim]
    numbers = sibling_numbers(view, match.roles[role][0])
    if len(numbers) < 2:
        return [claim]
    first_number, last_number = view.tokens[numbers[0]][0], view.tokens[numbers[-1]][1]
    if role == "value" and (unit := view.token_mention.get(numbers[-1] + 1)) is not None and unit.label in SCORE_UNIT_LABELS:
        last_number = unit.end  # the evidence takes the last value's unit
    paired: dict[str, list[Mention]] = {}
    for name, label in DISTRIBUTED_LABELS[role].items():
        before = [m for m in view.mentions if m.label == label and m.end <= first_number]
        group = listed(view, before[-1]) if before else []
        if len(group) != len(numbers):  # "won 13 and 10 first places in the data center and edge categories, respectively"
            after = [m for m in view.mentions if m.label == label and m.start >= last_number]
            group = listed(view, after[0], forward=True) if after else []
        if len(group) == len(numbers):
            paired[name] = group
    if not paired:
        return [claim]
    evidence = (min(first_number, claim.evidence[0]), max(last_number, claim.evidence[1]) if role == "value" else claim.evidence[1])
    distributed = []
    for index, number in enumerate(numbers):
        fields: dict[str, FieldValue] = {name: str(group[index].value) for name, group in paired.items()}
        if "model" in paired:
            accuracy = paired["model"][index].accuracy
            fields["accuracy"] = list(accuracy) if accuracy else None
        fields[role] = number_value(view, number, role)
        distributed.append(replace(claim.with_fields(fields), evidence=evidence))
    return distributed


def number_value(view: SentenceView, token: int, role: str) -> int | float:
    """A count as an int, a score's value as a float."""
    value = view.token_mention[token].value
    assert isinstance(value, (int, float))
    return int(value) if role == "count" else float(value)


MERGED_BY = ("subject", "count", "value", "rank", "model", "category", "division", "system")
"""Claims of a sentence of one kind that agree on these fields are one claim."""


def merge_duplicates(claims: list[Draft]) -> list[Draft]:
    """One claim per kind and MERGED_BY in a sentence; later copies only fill gaps. Claims of one evidence that name
    systems stand apart (a debut of two products is two claims)."""
    merged: dict[tuple[object, ...], Draft] = {}
    for claim in claims:
        key = (claim.kind, *(claim.fields.get(name) for name in MERGED_BY))  # none of them a list
        merged[key] = merged[key].filled_from(claim) if key in merged else claim
    return list(merged.values())


@dataclass(frozen=True)
class Assembled:
    """The claims of one sentence (as fields), and the rules that ran out of time on it."""

    claims: list[Draft]
    timed_out: list[str]


def assemble(view: SentenceView, context: DocumentContext, rules: tuple[str, ...]) -> Assembled:
    """Every claim of one sentence by the rules named (those that may match it), given the document context before it."""
    timed_out: list[str] = []
    rule_matches = rule_set(view.sentence.language).match(view.words, view.labels, rules, timed_out)
    matches = select([match for match in rule_matches if not counts_a_rate(view, match) and follows_its_kind(match, rule_matches)])
    spans = [view.char_span(m.start, m.end) for m in matches[1:]] + [(view.sentence.end, view.sentence.end)]
    claims = [claim for match, following in zip(matches, spans) for claim in claims_for(view, match, following, context)]
    return Assembled(merge_duplicates(settle(claims, view.sentence.language)), timed_out)


def follows_its_kind(match: RuleMatch, matches: list[RuleMatch]) -> bool:
    """A match of a rule marked from_previous stands only after a match of its kind by a rule that is not: "and 3 in the
    Server scenario" is a ranking after "ranked first in 5 tests" and a score after "13,015 samples per second"."""
    return not match.rule.from_previous or any(
        other.rule.kind == match.rule.kind and not other.rule.from_previous and other.start < match.start for other in matches
    )


def counts_a_rate(view: SentenceView, match: RuleMatch) -> bool:
    """A count right after a per-second word (words.toml `per_second`: "以每秒1200个样本的成绩排名第一") is a rate, the
    value of a score, never how many tasks were won."""
    indexes = match.roles.get("count")
    if not indexes or indexes[0] == 0:
        return False
    return view.words[indexes[0] - 1].lower() in word_list(view.sentence.language, "per_second")


def settle(claims: list[Draft], language: str) -> list[Draft]:
    """Let each kind settle its claims of the sentence together (ranks taken from before, whole rounds), in text order; a
    claim of every benchmark takes the "all N" of another claim of the sentence with the same category and division."""
    settled_of: dict[int, Draft | None] = {}
    for name in {claim.kind for claim in claims}:
        own = [claim for claim in claims if claim.kind == name]
        settled_of.update((id(claim), outcome) for claim, outcome in zip(own, KINDS[name].settle(own)))
    settled = [outcome for claim in claims if (outcome := settled_of[id(claim)]) is not None]
    alls = [c for c in settled if c.get("count") is not None and c.get("count") == c.get("total")]
    rules = rule_set(language).rules
    return [every_of(claim, alls) if claim.get("count") is None and rules[claim.rule].every else claim for claim in settled]


def every_of(claim: Draft, alls: list[Draft]) -> Draft:
    """A claim of every benchmark with the count and total of an "all N" claim of its category and division."""
    scope = (claim.get("category"), claim.get("division"))
    same_scope = [c for c in alls if (c.get("category"), c.get("division")) == scope]
    return claim.with_fields({"count": same_scope[0].get("count"), "total": same_scope[0].get("count")}) if same_scope else claim


def anchored(view: SentenceView, mention: Mention) -> bool:
    """A suite word that names a round: near "MLPerf" or a version, not an ordinary word."""
    settings = context_settings()
    window = view.text[max(0, mention.start - settings.round_anchor_distance) : mention.end + settings.round_anchor_distance]
    near_version = any(m.label == "VERSION" and abs(m.start - mention.end) <= settings.round_anchor_distance for m in view.mentions)
    return near_version or any(anchor in window for anchor in settings.round_anchors)


LEARNED_LABELS = frozenset(FIELD_LABELS.values())


def teaches(mentions: list[Mention], heading: bool) -> bool:
    """Whether a sentence can change the document context: a heading opens a section, and only mentions of a context
    field's label are learnt (a sentence with neither need not be read for context)."""
    return heading or any(mention.label in LEARNED_LABELS for mention in mentions)


def learn(view: SentenceView, context: DocumentContext) -> None:
    """Let the document context take what this sentence names."""
    eligible = [m for m in subject_mentions(view) if m.label == "ORG" and not is_round_marker(m)]
    systems = set(claim_systems(view)[0] or view.by_label["SYSTEM"]) if "SYSTEM" in view.by_label else set()
    mentions = [m for m in view.mentions if (m.label != "SUITE" or anchored(view, m)) and (m.label != "SYSTEM" or m in systems)]
    context.learn(mentions, eligible, view.sentence.heading)
