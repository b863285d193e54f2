"""Who a claim is about: the nearest organisation that is not a component, joint or distributive lists, or a whole round."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from extractor.claims.context import DocumentContext
from extractor.claims.sentence import CLOSING, OPENING, SentenceView
from extractor.claims.systems import subject_by_maker
from extractor.rulebook.lexicon import SCORE_UNIT_LABELS
from extractor.rulebook.rules import RuleMatch
from extractor.rulebook.settings import context_settings, number_settings
from extractor.rulebook.trie import trie_pattern
from extractor.rulebook.word_lists import word_list
from extractor.text.mentions import Mention

Subject = tuple[str | None, int | None, int]
"""A subject, the count it takes from a distributive list (or None), and where its evidence starts."""


@cache
def conjunctions() -> frozenset[str]:
    return frozenset(c.lower() for c in context_settings().conjunctions)


def is_component(view: SentenceView, mention: Mention) -> bool:
    """A product is judged by the organisation named right before it ("with four NVIDIA H100 GPUs"), and is no part
    after a possessive of the speaker ("with our Jetson Xavier"). An organisation named as a part of the system
    ("搭配NVIDIA GPU", "搭載8顆NVIDIA", "with 8 Intel", "with AMD EPYC processors and NVIDIA L40S GPUs") or as what is
    compared with ("compared to the NVIDIA DGX H100"), not as who claims."""
    if mention.label != "ORG":
        if (maker := maker_right_before(view, mention)) is not None:
            mention = maker
        elif own_product().search(view.text, max(view.sentence.start, mention.start - 24), mention.start):
            return False  # "with our Jetson Xavier platform": the speaker's own product
    before = component_article().sub("", view.text[max(view.sentence.start, mention.start - 24) : mention.start].lower())
    compared, parts, joins = component_words(mention.label == "ORG")
    if before.rstrip().endswith(compared) or rival(view, mention):
        return True
    before = before.rstrip()
    if before and (before[-1].isdecimal() or before[-1] in quantity_ends()):  # else no quantity ends it
        counted = component_quantity().sub("", before).rstrip()
        if counted != before and counted.endswith(with_quantity_words()):
            return True
        before = counted
    if before.endswith(parts):
        return True
    if not before.endswith(joins):
        return False
    # the next part of a list of parts: the organisation before it in the same clause is a component
    earlier = [m for m in view.by_label.get("ORG", []) if m.end <= mention.start]
    return (
        bool(earlier) and not any(view.breaks_clause(i) for i in range(earlier[-1].end, mention.start)) and is_component(view, earlier[-1])
    )


def maker_right_before(view: SentenceView, mention: Mention) -> Mention | None:
    """The organisation that stands right before a mention, nothing but space between ("NVIDIA H100")."""
    earlier = [m for m in view.by_label.get("ORG", []) if m.end <= mention.start]
    return earlier[-1] if earlier and not view.text[earlier[-1].end : mention.start].strip() else None


@cache
def component_words(organisation: bool) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Lower-cased, as str.endswith takes them: the comparison words, the component words (with those that make only
    an organisation a component, for one) and the conjunctions."""
    settings = context_settings()
    parts = settings.component_before + (settings.org_component_before if organisation else [])
    return tuple(w.lower() for w in settings.compared_before), tuple(w.lower() for w in parts), tuple(conjunctions())


@cache
def rivalry_openers() -> tuple[str, ...]:
    return tuple(context_settings().rivalry_openers)


@cache
def rivalry() -> re.Pattern[str]:
    """A word of rivalry ahead in the clause ("、AMD等巨头的较量")."""
    return re.compile(rf"[^,，。;；:：!！?？]{{0,20}}?(?:{trie_pattern(context_settings().rivalry_words)})")


def rival(view: SentenceView, mention: Mention) -> bool:
    """Whether an organisation is named as a rival: its list opens with a rivalry opener and a word of rivalry follows it
    in its clause ("与谷歌、AMD等巨头的较量")."""
    if not view.says("rivalry_words") or rivalry().match(view.text, mention.end, view.sentence.end) is None:
        return False
    first = mention
    for earlier in reversed([m for m in view.by_label.get("ORG", []) if m.end <= mention.start]):
        if view.text[earlier.end : first.start].strip().lower() not in conjunctions():
            break
        first = earlier
    return view.text[max(view.sentence.start, first.start - 4) : first.start].rstrip().endswith(rivalry_openers())


@cache
def separators() -> re.Pattern[str]:
    """context.toml's `separators`: what follows one is another statement."""
    return re.compile(trie_pattern(context_settings().separators))


@cache
def with_quantity_words() -> tuple[str, ...]:
    """Lower-cased: the words that make an organisation a component only with a number of parts between."""
    return tuple(word.lower() for word in context_settings().component_with_quantity)


@cache
def own_product() -> re.Pattern[str]:
    """A possessive of the speaker right before a product ("with our", "搭载自家"): the product is its own, no part."""
    return re.compile(rf"(?i:\b(?:{trie_pattern(context_settings().own_before)}))\s*$")


@cache
def component_article() -> re.Pattern[str]:
    """An article between a component or comparison word and the organisation ("compared to the NVIDIA DGX H100")."""
    return re.compile(rf"\b(?:{trie_pattern(context_settings().component_articles)})\s*$")


def quantity_words() -> tuple[list[str], list[str]]:
    """The number words and the measure words of a component quantity."""
    numbers = number_settings()
    return [*numbers.en.units, *numbers.en.tens, *numbers.zh.digits, *numbers.zh.small_units], context_settings().component_measures


@cache
def component_quantity() -> re.Pattern[str]:
    """A quantity between a component verb and the organisation ("8顆", "8x", "eight")."""
    words, measures = quantity_words()
    return re.compile(rf"\s*(?:\d[\d,.]*|(?:{trie_pattern(words)})+)\s*(?:{trie_pattern(measures)})?\s*$")


@cache
def quantity_ends() -> frozenset[str]:
    """The characters other than digits that a component quantity can end with (the last of a word or measure)."""
    words, measures = quantity_words()
    return frozenset(word[-1].lower() for word in [*words, *measures])


def subject_mentions(view: SentenceView) -> list[Mention]:
    """Organisations that can be the subject of a claim, and round-level markers (role body, submitters), in text order."""
    return subject_index(view)[0]


def subject_index(view: SentenceView) -> tuple[list[Mention], list[int]]:
    """subject_mentions with their starts, for bisecting; read once per sentence."""
    if view.subjects is None:
        found = [
            m
            for index, m in enumerate(view.mentions)
            if (m.label == "ORG" and not is_component(view, m))
            or (m.label == "COUNTED" and m.value == "submitters" and counted(view, index))
        ]
        view.subjects = found, [m.start for m in found]
    return view.subjects


def counted(view: SentenceView, index: int) -> bool:
    """Submitters with their number right before them ("23家厂商", "23 companies") mark a whole round;
    "唯一提交CPU结果的厂商" does not."""
    if index == 0:
        return False
    before = view.mentions[index - 1]
    return before.label == "NUM" and not view.text[before.end : view.mentions[index].start].strip()


def is_round_marker(mention: Mention) -> bool:
    return mention.role == "body" or mention.label == "COUNTED"


def listed(view: SentenceView, mention: Mention, forward: bool = False) -> list[Mention]:
    """The mentions of the same label joined by conjunctions that end at `mention` ("戴尔、高通、英伟达"),
    and, with `forward`, that go on after it ("ResNet-50, BERT and DLRM")."""
    group = [mention]
    index = view.token_of.get((mention.start, mention.end))
    if index is None:
        return group
    first = last = index
    while (before := joined(view, first, -1, mention)) is not None:
        first = before
        group.insert(0, view.token_mention[first])
    while forward and (after := joined(view, last, 1, mention)) is not None:
        last = after
        group.append(view.token_mention[last])
    return group


def joined(view: SentenceView, index: int, step: int, mention: Mention) -> int | None:
    """The token of a mention like `mention` joined to token `index` by one conjunction, or two (the serial comma:
    "Cisco, Dell, and HPE"), on the side `step` (-1 before, 1 after); None if there is none. A benchmark's list item
    may carry its scenario right after it ("RetinaNet (Server) and 3D-UNet (Offline)", "BERT服务器场景和ResNet50离线场景")."""
    words, joins = view.words, conjunctions()
    if step == 1 and (scenario := attached_scenario(view, index)) is not None:
        index = scenario[1]
    for width in (1, 2):
        other = index + step * (width + 1)
        if not 0 <= other < len(words) or words[index + step * width].lower() not in joins:
            return None
        if same_kind(view, view.token_mention.get(other), mention):
            return other
        if step == -1 and mention.label == "MODEL":  # a benchmark whose scenario ends at `other`
            for model in (other - 1, other - 3):
                attached = attached_scenario(view, model) if model >= 0 else None
                if attached is not None and attached[1] == other and same_kind(view, view.token_mention.get(model), mention):
                    return model
    return None


def attached_scenario(view: SentenceView, index: int) -> tuple[int, int] | None:
    """The scenario written right after the benchmark at token `index`, bare or in parentheses ("BERT服务器场景",
    "RetinaNet (Offline)"): its token and the last token it takes; None if there is none."""
    model = view.token_mention.get(index)
    if model is None or model.label != "MODEL":
        return None
    after = view.token_mention.get(index + 1)
    if after is not None and after.label == "SCENARIO":
        return index + 1, index + 1
    if index + 3 < len(view.words) and view.words[index + 1] in OPENING and view.words[index + 3] in CLOSING:
        inside = view.token_mention.get(index + 2)
        if inside is not None and inside.label == "SCENARIO":
            return index + 2, index + 3
    return None


def same_kind(view: SentenceView, other: Mention | None, mention: Mention) -> bool:
    """A mention that can join `mention` in a list: same label, no round marker, no part of the system ("In
    collaboration with NVIDIA, Lenovo…" lists no NVIDIA & Lenovo)."""
    return (
        other is not None
        and other.label == mention.label
        and not is_round_marker(other)
        and not (other.label == "ORG" and is_component(view, other))
    )


def sibling_numbers(view: SentenceView, token: int) -> list[int]:
    """The number tokens of a list that holds `token`, each with or without its measure word or unit ("8项、5项和4项",
    "8, 5, and 4", "5.4分钟、3.8分钟和28.1分钟")."""
    measures = set(word_list(view.sentence.language, "measure"))

    def inside(index: int) -> bool:
        return 0 <= index < len(view.tokens)

    def is_number(index: int) -> bool:
        return inside(index) and (mention := view.token_mention.get(index)) is not None and mention.label == "NUM"

    def is_joiner(index: int) -> bool:
        return inside(index) and view.token_text(index).lower() in conjunctions()

    def attached(index: int) -> bool:
        mention = view.token_mention.get(index)
        return inside(index) and (view.token_text(index) in measures or mention is not None and mention.label in SCORE_UNIT_LABELS)

    numbers = [token]
    index = token + 1 + attached(token + 1)
    while is_joiner(index):
        index += 1 + is_joiner(index + 1)  # the serial comma: "8, 5, and 4"
        if not is_number(index):
            break
        numbers.append(index)
        index += 1 + attached(index + 1)
    index = token - 1
    while is_joiner(index):
        index -= 1 + is_joiner(index - 1)
        index -= attached(index)
        if not is_number(index):
            break
        numbers.insert(0, index)
        index -= 1
    return numbers


def subjects(
    view: SentenceView, match: RuleMatch, start: int, end: int, context: DocumentContext, maker: str | None = None
) -> list[Subject]:
    """The subject of each claim a match yields: one, one per organisation of a distributive list (as many counts as
    organisations, "respectively" or not; one count with "each/分别"; a rule whose subject is "each"), or a joint "A & B".

    The nearest organisation before the claim, else the maker of the system the sentence names for it ("TPU v4 Pods
    set records", see subject_by_maker), else the first organisation after it in the sentence ("With 10 first places,
    Inspur led"), else the document's. An organisation the rule itself names as the subject (`ORG:subject`: "90% of
    the submissions used NVIDIA") is the subject, whatever words stand before it.
    """
    if match.rule.subject == "none":
        return [(None, None, start)]
    if (indexes := match.roles.get("subject")) and (named := view.token_mention.get(indexes[0])) is not None and named.label == "ORG":
        return [(str(named.value), None, start)]
    if match.rule.subject != "each" and (owner := owner_beside(view, start, end)) is not None:
        return [(str(owner.value), None, start)]
    eligible, starts = subject_index(view)
    split = bisect_left(starts, end)
    if not split:
        if (by_maker := subject_by_maker(maker, context.inherited("subject"))) is not None:
            return [(by_maker, None, start)]
        after = next(
            (
                m
                for m in eligible[split:]
                if m.label == "ORG" and not is_round_marker(m) and not separators().search(view.text, end, m.start)
            ),
            None,
        )
        if after is not None:  # a rule for each organisation takes the list it opens ("first-time submitters, including A and B")
            group = listed(view, after, forward=True) if match.rule.subject == "each" else [after]
            return [(str(m.value), None, start) for m in group]
        return [(context.inherited("subject") if match.rule.subject in ("inherit", "each") else None, None, start)]
    last = eligible[split - 1]
    if is_round_marker(last):
        return [(None, None, start)]
    group = listed(view, last)
    evidence_start = min(start, group[0].start) if len(group) > 1 else start
    if len(group) > 1:
        counts = sibling_numbers(view, match.roles["count"][0]) if "count" in match.roles else []
        if len(counts) == len(group):
            return [(str(m.value), int(view.token_mention[c].value), evidence_start) for m, c in zip(group, counts)]  # type: ignore[arg-type]
        if (len(counts) == 1 and distributive(view)) or match.rule.subject == "each":
            return [(str(m.value), None, evidence_start) for m in group]
    if len(group) > 1:
        return [(" & ".join(str(m.value) for m in group), None, evidence_start)]
    return [(str(last.value), None, start)]


def owner_beside(view: SentenceView, start: int, end: int) -> Mention | None:
    """The organisation whose figure a claim at [start, end) states by standing right beside it: before it with a
    possessive ("Nvidia's 2.4 queries per watt"), or after it with "for"/"by" ("108.4 queries per watt for Nvidia")."""
    settings = context_settings()
    for mention in view.by_label.get("ORG", []):
        if mention.end <= start and view.text[mention.end : start].strip() in settings.owner_before:
            return mention
        if mention.start >= end and view.text[end : mention.start].strip().lower() in settings.owner_after:
            return mention
    return None


def distributive(view: SentenceView) -> bool:
    """A sentence that pairs each subject with its own count ("分别", "respectively")."""
    return view.says("distributive")
