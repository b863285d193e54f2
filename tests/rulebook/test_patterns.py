"""Every pattern file loads and compiles; broken files are refused, naming the file and the entry."""

from __future__ import annotations

from pathlib import Path

import pytest

import extractor.claims.sentence as sentence_module
from extractor import PatternError, extract
from extractor.models import Language
from extractor.rulebook.lexicon import (
    Lexicon,
    ShapeFile,
    Shapes,
    TermFile,
    lexicon,
    shapes,
)
from extractor.rulebook.loader import patterns_dir, read_toml, validate
from extractor.rulebook.rule_syntax import (
    ATOM,
    MAX_TOKENS,
    WORK_BUDGET,
    RuleFile,
    repetitions,
    work_bound,
)
from extractor.rulebook.rules import RuleSet, languages, rule_set
from extractor.text.nlp import Token, tokenize


def test_every_language_folder_compiles() -> None:
    assert languages() == ["en", "zh"]
    for language in languages():
        rules = rule_set(language)
        assert rules.rules and all(rules.pattern(name).pattern == rules.sources[name] for name in rules.rules)


def test_lexicon_and_shapes_load() -> None:
    assert lexicon().by_alias["英伟达"][1].id == "NVIDIA"
    assert lexicon().by_alias["輝達"][1].id == "NVIDIA"
    assert len(shapes().compiled) >= 5


def test_at_least_forty_organisations_with_chinese_names() -> None:
    organisations = [e for (label, _), e in lexicon().entries.items() if label == "ORG" and e.role is None]
    with_chinese = [e for e in organisations if any(not alias.isascii() for alias in e.aliases)]
    assert len(organisations) >= 40 and len(with_chinese) >= 30


RULES = [(language, name) for language in ("en", "zh") for name in rule_set(language).rules]


@pytest.mark.parametrize(("language", "name"), RULES, ids=[name for _, name in RULES])
def test_the_rule_matches_its_example(language: str, name: str) -> None:
    example = rule_set(language).rules[name].example
    assert name in {c.rule for c in extract(example).claims}, example


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def rule(name: str, pattern: str, kind: str = "ranking", more: str = "") -> str:
    """One rule of a rules file as TOML; `more` holds further lines ('from_previous = true\n')."""
    return f'[[rule]]\nname = "{name}"\nkind = "{kind}"\nexample = "x"\npattern = "{pattern}"\n{more}'


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        (
            'label = "ORG"\n[[entry]]\nid = "A"\naliases = ["超微"]\n[[entry]]\nid = "B"\naliases = ["超微"]\n',
            r"terms\.toml: entry 'B': alias '超微' already maps to ORG 'A'",
        ),
        ('label = "SCENARIO"\n[[entry]]\nid = "batch"\naliases = ["Batch"]\n', r"terms\.toml: entry 'batch': not a canonical scenario"),
        (
            'label = "TIME"\n[[entry]]\nid = "days"\naliases = ["days"]\nmeasures = "minutes"\n',
            r"terms\.toml: entry 'days': a unit given in another needs both `measures` and `scale`",
        ),
        ('label = "TIME"\n[[entry]]\nid = "days"\naliases = ["days"]\n', r"terms\.toml: entry 'days': not a canonical time"),
    ],
)
def test_inconsistent_lexicon_is_refused(tmp_path: Path, toml: str, message: str) -> None:
    path = write(tmp_path, "terms.toml", toml)
    with pytest.raises(PatternError, match=message):
        Lexicon({path: validate(path, TermFile, read_toml(path))})


def test_unknown_key_names_file_and_entry(tmp_path: Path) -> None:
    path = write(tmp_path, "orgs.toml", 'label = "ORG"\n[[entry]]\nid = "A"\naliases = ["A"]\n[[entry]]\nid = "B"\nalias = ["B"]\n')
    with pytest.raises(PatternError, match=r"orgs\.toml: entry > #2 \('B'\) > aliases: Field required"):
        validate(path, TermFile, read_toml(path))


def test_bad_toml_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "broken.toml", "label = \n")
    with pytest.raises(PatternError, match=r"broken\.toml: file: not valid TOML"):
        read_toml(path)


def test_bad_shape_regex_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "shapes.toml", '[[shape]]\nname = "broken"\nlabel = "VERSION"\nexample = "v1"\npattern = \'(?P<value>[\'\n')
    with pytest.raises(PatternError, match=r"shapes\.toml: shape 'broken': bad pattern"):
        Shapes(path, validate(path, ShapeFile, read_toml(path)))


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("NUM:count @nowhere", "no word list 'nowhere'"),
        ("NUM:counted", "unknown role 'counted'"),
        ("NUMBER:count", "unknown label 'NUMBER'"),
        ("NUM:count{x}", "cannot read pattern atom"),
        ("NUM:count{}", "cannot read pattern atom"),
        ("NUM:count _* 项", r"gap '_\*' is unbounded; bound it to at most 12"),
        ("NUM:count _{2,} 项", r"gap '_\{2,\}' is unbounded"),
        ("NUM:count ~+ 项", r"gap '~\+' is unbounded"),
        ("NUM:count _{0,40} 项", r"gap '_\{0,40\}' is up to 40 tokens"),
        ("@measure+ _{0,2} @measure* NUM:count", r"'@measure\+' and '@measure\*' can take the same tokens"),
        ("ORG+ NUM? @measure+ NUM:count", r"'ORG\+' and '@measure\+' can take the same tokens"),
        ("NUM:count? @measure?", "every atom is optional, so it would match anywhere"),
    ],
)
def test_broken_rule_is_refused(tmp_path: Path, pattern: str, message: str) -> None:
    folder = tmp_path / "xx"
    write(folder, "words.toml", '[words]\nmeasure = ["项"]\n')
    write(folder, "ranking.toml", rule("broken-rule", pattern))
    with pytest.raises(PatternError, match=rf"ranking\.toml: rule 'broken-rule': .*{message}"):
        RuleSet(folder)


def test_word_with_a_space_must_be_a_lexicon_alias(tmp_path: Path) -> None:
    folder = tmp_path / "xx"
    write(folder, "words.toml", '[words]\ntask = ["benchmark tests", "use cases"]\n')
    with pytest.raises(PatternError, match=r"words\.toml: words 'task': 'use cases' has a space but is no lexicon alias"):
        RuleSet(folder)


def test_patterns_folder_is_found() -> None:
    assert (patterns_dir() / "lexicon" / "organisations.toml").is_file()


def test_unknown_key_in_a_rule_names_the_rule(tmp_path: Path) -> None:
    path = write(tmp_path, "ranking.toml", rule("r1", "NUM", more='exmaple = "y"\n'))
    with pytest.raises(PatternError, match=r"ranking\.toml: rule > #1 \('r1'\) > exmaple: Extra inputs are not permitted"):
        validate(path, RuleFile, read_toml(path))


@pytest.mark.parametrize("pattern", ["ORG+ NUM:count 项+", "@measure+ NUM:count @measure+", "NUM:count{1,3} _{0,12} 项"])
def test_unbounded_atoms_that_cannot_share_a_token_are_accepted(tmp_path: Path, pattern: str) -> None:
    folder = tmp_path / "xx"
    write(folder, "words.toml", '[words]\nmeasure = ["项"]\n')
    write(folder, "ranking.toml", rule("fine", pattern))
    assert list(RuleSet(folder).rules) == ["fine"]


@pytest.mark.parametrize(
    ("repeats", "tokens", "steps"),
    [
        ([(1, 1)], 3, 7 * 2),  # 7 code positions, each a step into the atom and one for its one count
        ([(0, 2), (1, None)], 4, 9 * (3 + 3 * (1 + 4))),  # 3 counts of the first, each entering the second: 1 + 4 counts
        ([(0, 12)], 5, 11 * 6),  # no more counts than tokens
        ([(3, 3)], 2, 5 * 4),  # more required than there are tokens: one (failing) way
    ],
)
def test_a_rules_worst_case_is_counted_in_token_steps(repeats: list[tuple[int, int | None]], tokens: int, steps: int) -> None:
    assert work_bound(repeats, tokens) == steps


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_rule_runs_without_a_time_bound_only_where_its_worst_case_is_within_the_budget(language: str) -> None:
    compiled = rule_set(language)
    for name, rule in compiled.rules.items():
        repeats = [repetitions(ATOM.match(piece).group("op") or "") for piece in rule.pattern.split()]
        limit = compiled.untimed_up_to[name]
        assert work_bound(repeats, limit) <= WORK_BUDGET, name
        assert limit == MAX_TOKENS or work_bound(repeats, limit + 1) > WORK_BUDGET, name


def test_shape_that_backtracks_badly_is_refused_at_load(tmp_path: Path) -> None:
    path = write(
        tmp_path, "shapes.toml", '[[shape]]\nname = "slow"\nlabel = "VERSION"\nexample = "aab1"\npattern = \'(?P<value>(?:a|aa)+b\\d)\'\n'
    )
    with pytest.raises(PatternError, match=r"shapes\.toml: shape 'slow': pattern backtracks badly: it ran out of time on 2,000 × 'a'"):
        Shapes(path, validate(path, ShapeFile, read_toml(path)))


def test_shape_whose_example_holds_no_digit_is_refused_at_load(tmp_path: Path) -> None:
    """Shapes are searched only in sentences that hold a digit, so a shape must name something with one."""
    path = write(
        tmp_path, "shapes.toml", '[[shape]]\nname = "pod"\nlabel = "SYSTEM"\nexample = "DGX SuperPOD"\npattern = \'(?P<value>DGX \\w+)\'\n'
    )
    with pytest.raises(
        PatternError,
        match=r"shapes\.toml: shape 'pod': its example's match 'DGX SuperPOD' holds no digit, and a shape mention must hold one",
    ):
        Shapes(path, validate(path, ShapeFile, read_toml(path)))


def test_pattern_files_are_data_only(tmp_path: Path) -> None:
    """TOML has no tags or code: a file full of what would run in a YAML or pickle loader is read as plain strings."""
    marker = tmp_path / "ran"
    hostile = f"__import__('os').system('touch {marker}')"
    path = write(tmp_path, "orgs.toml", f'label = "ORG"\n[[entry]]\nid = "A"\naliases = ["!!python/object/apply:os.system", "{hostile}"]\n')
    lexicon_from_file = Lexicon({path: validate(path, TermFile, read_toml(path))})
    assert lexicon_from_file.by_alias[hostile][1].id == "A"
    assert not marker.exists()


@pytest.mark.parametrize(
    ("labels", "lowered", "expected"),
    [
        ({"ORD", "NUM"}, "inspur ranked first in 15 out of 30 tasks", True),
        ({"RANK", "NUM"}, "inspur was top in 15 of 30 tasks", True),
        ({"NUM"}, "inspur ran in 15 out of 30 tasks", False),  # no rank
        ({"ORD", "NUM"}, "dell ranked first, 15 out of 30 tasks", False),  # no preposition anywhere in it
        ({"ORD", "NUM", "ORG"}, "inspur ranked first at 15 of 30 tasks", True),
    ],
)
def test_candidate_rules_are_those_whose_required_atoms_the_sentence_holds(labels: set[str], lowered: str, expected: bool) -> None:
    assert ("en-rank-in-count-out-of-total" in rule_set("en").candidates(labels, lowered)) is expected


PREFIX_RULES = rule("short", "@short NUM:count") + rule("long", "@long NUM:count")
WORD_RULES = PREFIX_RULES + rule("hyphened", "@hyphened NUM:count") + rule("listed", "NUM:count @listed")


@pytest.mark.parametrize(
    ("lowered", "expected"),
    [
        ("it topped 3 tests", ("long",)),  # "top" is no whole word of "topped"
        ("it was top in 3 tests", ("short",)),
        ("it stopped 3 times", ()),  # nor of "stopped", nor is "topped"
        ("it won 3 tests", ()),
        ("a top-3 finish", ("short",)),  # a hyphen ends a word
        ("3 top10 finishes", ("short",)),  # and so does a digit
        ("the time-to-train of 3 runs", ("short", "hyphened")),  # "time" stands whole at the start of "time-to-train"
        ("a timely 3 runs", ()),
        ("3 wins,and a tie", ("listed",)),  # a word that is no Latin word is found between letters
    ],
)
def test_candidate_rules_see_rule_words_that_stand_whole(tmp_path: Path, lowered: str, expected: tuple[str, ...]) -> None:
    folder = tmp_path / "xx"
    write(folder, "words.toml", '[words]\nshort = ["top", "time"]\nlong = ["topped"]\nhyphened = ["time-to-train"]\nlisted = [","]\n')
    write(folder, "ranking.toml", WORD_RULES)
    assert RuleSet(folder).candidates({"NUM"}, lowered) == expected


FOLLOWING_RULES = (
    rule("won", "won NUM:count") + rule("and", "and NUM:count", more="from_previous = true\n") + rule("ran", "ran NUM:value", kind="score")
)


@pytest.mark.parametrize(
    ("lowered", "expected"),
    [
        ("won 3 and 2", ("won", "and")),
        ("ran 3 and 2", ("ran",)),  # "and 2" goes on from a ranking, and no ranking rule can match
        ("and 2", ()),
    ],
)
def test_a_rule_that_goes_on_from_another_is_tried_only_with_a_rule_of_its_kind(
    tmp_path: Path, lowered: str, expected: tuple[str, ...]
) -> None:
    folder = tmp_path / "xx"
    write(folder, "words.toml", "[words]\n")
    write(folder, "ranking.toml", FOLLOWING_RULES)
    assert RuleSet(folder).candidates({"NUM"}, lowered) == expected


def test_every_rule_is_anchored_on_a_label_of_a_few() -> None:
    """A sentence with none of these labels (a number word or an ordinal word is a number cue) is passed over unread."""
    assert rule_set("en").anchor_labels == rule_set("zh").anchor_labels == {"MODEL", "NUM", "ORD", "RANK"}


@pytest.mark.parametrize(("language", "common"), [("en", "in at on of the a and to for with by"), ("zh", "在 的 了 和 是 中")])
def test_no_rule_is_anchored_on_a_word_most_sentences_hold(language: Language, common: str) -> None:
    """Such an anchor would send nearly every sentence past the first speed gate (a rule may name its `anchor`)."""
    assert set(common.split()) & set(rule_set(language).anchor_word_list) == set()


ANCHOR_RULES = (
    rule("debut", "debuted in mlperf", kind="participation")
    + rule("first", "first @time", kind="participation")
    + rule("won", "won MODEL:model")
)


@pytest.mark.parametrize(
    ("labels", "text", "expected"),
    [
        (set(), "It Debuted last year.", True),  # a rule of words only is anchored on a word, found whatever its case
        ({"SUITE"}, "It made its MLPerf training debut.", False),
        ({"MODEL"}, "It led on BERT.", True),
        ({"NUM", "ORD"}, "A first for the round.", True),  # "first" is an ordinal cue: its rule is anchored on the label
        (set(), "A first for the round.", False),
    ],
)
def test_a_sentence_may_match_only_where_a_rule_anchor_stands(tmp_path: Path, labels: set[str], text: str, expected: bool) -> None:
    folder = tmp_path / "xx"
    write(folder, "words.toml", '[words]\ntime = ["time", "times"]\n')
    write(folder, "rules.toml", ANCHOR_RULES)
    rules = RuleSet(folder)
    assert (rules.anchor_labels, rules.anchor_word_list) == ({"MODEL", "NUM", "ORD"}, ["debuted"])
    assert rules.may_match(labels, text, 0, len(text)) is expected


@pytest.mark.parametrize(
    ("text", "tokenized", "counts"),
    [
        ("Since its founding in 2018, NVIDIA has submitted results in each quarter.", [], []),  # a year is no count
        ("In 2018 NVIDIA opened 2 offices.", [], []),  # a count, but no rule reads it
        ("In 2018 NVIDIA ranked first.", ["In 2018 NVIDIA ranked first."], []),  # read for a scope, which it lacks
        ("NVIDIA has submitted 2018 results in this round.", ["NVIDIA has submitted 2018 results in this round."], [2018]),
        ("In 2024 NVIDIA ranked first in 5 tests.", ["In 2024 NVIDIA ranked first in 5 tests."], [5]),
    ],
)
def test_a_sentence_whose_numbers_leave_no_rule_to_try_is_not_tokenized(
    monkeypatch: pytest.MonkeyPatch, text: str, tokenized: list[str], counts: list[int]
) -> None:
    seen: list[str] = []

    def recording(text: str, start: int, end: int, language: Language) -> list[Token]:
        seen.append(text[start:end])
        return tokenize(text, start, end, language)

    monkeypatch.setattr(sentence_module, "tokenize", recording)
    assert [claim.count for claim in extract(text).claims] == counts
    assert seen == tokenized


def test_rule_words_are_one_token_code_each(tmp_path: Path) -> None:
    """Tokens are written two code characters each: a named word matches only that word, any other word none."""
    folder = tmp_path / "xx"
    write(folder, "words.toml", '[words]\nshort = ["top"]\nlong = ["topped"]\n')
    write(folder, "ranking.toml", PREFIX_RULES)
    rules = RuleSet(folder)
    assert len(rules.encode(["Topped", "3", "tests"], ["", "NUM", ""])) == 6
    found = rules.match(["Topped", "3", "tests", "top", "4"], ["", "NUM", "", "", "NUM"], ("short", "long"), [])
    assert [(m.rule.name, m.start, m.end, m.roles) for m in found] == [("short", 3, 5, {"count": [4]}), ("long", 0, 2, {"count": [1]})]


@pytest.mark.parametrize(
    ("words", "labels", "tried"),
    [
        (["it", "topped", "3", "tests"], ["", "", "NUM", ""], ["long"]),  # the text scan let "short" through on "top"
        (["top", "3"], ["", "NUM"], ["short"]),
        (["Top", "and", "topped", "3"], ["", "", "", "NUM"], ["short", "long"]),
        (["topped", "three"], ["", ""], []),  # no number token
    ],
)
def test_match_tries_only_the_rules_whose_requirements_the_tokens_meet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, words: list[str], labels: list[str], tried: list[str]
) -> None:
    folder = tmp_path / "xx"
    write(folder, "words.toml", '[words]\nshort = ["top"]\nlong = ["topped"]\n')
    write(folder, "ranking.toml", PREFIX_RULES)
    rules = RuleSet(folder)
    called: list[str] = []
    pattern = rules.untimed_pattern  # sentences this short run untimed
    monkeypatch.setattr(rules, "untimed_pattern", lambda name: called.append(name) or pattern(name))
    rules.match(words, labels, ("short", "long"), [])
    assert called == tried


def test_more_distinct_rule_words_than_codes_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "xx"
    words = ", ".join(f'"w{index}"' for index in range(7000))
    write(folder, "words.toml", f"[words]\nmany = [{words}]\n")
    write(folder, "ranking.toml", rule("r", "@many NUM:count"))
    with pytest.raises(PatternError, match=r"xx/ranking\.toml: word 'w6143': more than 6,143 distinct words in one language's rules"):
        RuleSet(folder)


@pytest.mark.parametrize(
    ("anchor", "anchor_words", "message"),
    [
        ("@win_verbs", ["led", "topped", "won"], None),  # not "all", the atom of fewest choices
        (None, ["all"], None),
        ("the?", None, "its anchor 'the\\?' is optional"),
        ("tests", None, "its anchor 'tests' is no atom of its pattern"),
    ],
)
def test_a_rule_may_name_its_anchor_among_its_required_atoms(
    tmp_path: Path, anchor: str | None, anchor_words: list[str] | None, message: str | None
) -> None:
    folder = tmp_path / "xx"
    write(folder, "words.toml", '[words]\nwin_verbs = ["won", "topped", "led"]\ntask = ["tests", "benchmarks"]\n')
    write(folder, "ranking.toml", rule("all-won", "@win_verbs all the? @task", more=f'anchor = "{anchor}"\n' if anchor else ""))
    if message is not None:
        with pytest.raises(PatternError, match=rf"ranking\.toml: rule 'all-won': {message}"):
            RuleSet(folder)
    else:
        assert RuleSet(folder).anchor_word_list == anchor_words
