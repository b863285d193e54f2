"""Claims checked against official results: a small table of our own for the readings, then MLCommons' table in
../shared/results for real rows (the seed's claims among them), the errors of a bad table, and the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from extractor import Claim, Results, ResultsError, load_results, verify
from extractor.models import Reading, Span
from extractor.verification.table import read_benchmark, submitter
from tests.conftest import shared_folder

HEADER = "suite,version,division,category,organization,system,model,scenario,result,units,availability,accelerator,location\n"
SMALL = HEADER + "".join(
    f"inference,9.0,closed,{row}\n"
    for row in (
        # resnet50 Offline: Acme's preview system tops all systems, Bolt tops the available ones
        "datacenter,Acme,A1 (8x X),resnet50,Offline,100,Samples/s,preview,X,acme/a1/resnet50/Offline",
        "datacenter,Bolt,B1 (8x Y),resnet50,Offline,90,Samples/s,available,Y,bolt/b1/resnet50/Offline",
        # bert-99 Server: Bolt's B2 tops
        "datacenter,Bolt,B2 (4x Y),bert-99,Server,50,Queries/s,available,Y,bolt/b2/bert-99/Server",
        "datacenter,Acme,A1 (8x X),bert-99,Server,40,Queries/s,preview,X,acme/a1/bert-99/Server",
        # a latency task, lower is better, listed in both categories: edge only, for SingleStream
        '"datacenter,edge",Acme,A2 (1x X),resnet50,SingleStream,0.5,Latency (ms),available,X,acme/a2/resnet50/SingleStream',
        "edge,Bolt,B3 (1x Y),resnet50,SingleStream,0.7,Latency (ms),available,Y,bolt/b3/resnet50/SingleStream",
        # a power result is no task of its own
        "datacenter,Bolt,B1 (8x Y),resnet50,Offline,3000,Watts,available,Y,bolt/b1/resnet50/Offline/power",
    )
)
SPAN = Span(start=0, end=1, text="x")


def claim(**fields: Any) -> Claim:
    return Claim(evidence=SPAN, sentence=SPAN, language="en", rule="test", **fields)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Results:
    path = tmp_path_factory.mktemp("results") / "small.csv"
    path.write_text(SMALL, encoding="utf-8")
    return load_results(path)


@pytest.fixture(scope="module")
def official() -> Results:
    return load_results(shared_folder("results", "MLCommons' results table") / "mlperf-results.csv")


def test_a_ranking_counts_first_places_under_each_reading(small: Results) -> None:
    (verdict,) = verify(
        [claim(kind="ranking", subject="Bolt", rank=1, count=2, total=2, suite="inference", version="9.0", category="datacenter")], small
    )
    assert verdict.verdict == "confirmed"
    assert verdict.reading == "available systems only, per submitter"
    assert verdict.readings == [
        Reading(reading="all systems, per submitter", count=1, total=2, entered=2),
        Reading(reading="available systems only, per submitter", count=2, total=2, entered=2),
    ]
    assert verdict.rows == ["bolt/b1/resnet50/Offline", "bolt/b2/bert-99/Server"]


def test_a_ranking_that_names_a_system_is_counted_for_it_first(small: Results) -> None:
    (verdict,) = verify(
        [claim(kind="ranking", subject="Bolt", system="B1", rank=1, count=2, suite="inference", version="9.0", category="datacenter")],
        small,
    )
    assert [(r.reading, r.count) for r in verdict.readings] == [
        ("all systems, per system", 0),
        ("available systems only, per system", 1),
        ("all systems, per submitter", 1),
        ("available systems only, per submitter", 2),
    ]
    assert (verdict.verdict, verdict.reading) == ("confirmed", "available systems only, per submitter")


def test_no_reading_gives_the_figure(small: Results) -> None:
    (verdict,) = verify(
        [claim(kind="ranking", subject="Acme", rank=1, count=2, suite="inference", version="9.0", category="datacenter")], small
    )
    assert verdict.verdict == "not_reproduced"
    assert verdict.reason == (
        "no reading of closed datacenter results in inference v9.0 (the claim names no division: closed) gives "
        "the claim's figures: all systems, per submitter: 1 of 2; available systems only, per submitter: 0 of 2"
    )


def test_latency_is_better_lower_and_singlestream_is_an_edge_task(small: Results) -> None:
    edge, datacenter = verify(
        [
            claim(kind="ranking", subject="Acme", rank=1, count=1, total=1, suite="inference", version="9.0", category="edge"),
            claim(
                kind="ranking", subject="Acme", rank=1, suite="inference", version="9.0", category="datacenter", scenario="single_stream"
            ),
        ],
        small,
    )
    assert (edge.verdict, edge.rows) == ("confirmed", ["acme/a2/resnet50/SingleStream"])
    assert (datacenter.verdict, datacenter.reason) == (
        "unverifiable",
        "the table has no closed datacenter single_stream results in inference v9.0",
    )


def test_scores(small: Results) -> None:
    found, off, no_task, other_round = verify(
        [
            claim(kind="score", subject="Bolt", suite="inference", version="9.0", model="resnet50", value=90.3, unit="samples/s"),
            claim(kind="score", subject="Bolt", suite="inference", version="9.0", model="resnet50", value=95, unit="samples/s"),
            claim(kind="score", subject="Bolt", suite="inference", version="9.0", model="retinanet", value=95, unit="samples/s"),
            claim(kind="score", subject="Bolt", suite="inference", version="8.0", model="resnet50", value=90, unit="samples/s"),
        ],
        small,
    )
    assert (found.verdict, found.figure, found.rows) == ("confirmed", 90.0, ["bolt/b1/resnet50/Offline"])
    assert (off.verdict, off.figure, off.rows) == ("not_reproduced", 90.0, ["bolt/b1/resnet50/Offline"])
    assert (no_task.verdict, no_task.reason) == ("unverifiable", "Bolt has no retinanet results in inference v9.0 in samples/s")
    assert (other_round.verdict, other_round.reason) == ("unverifiable", "round not in the table: inference v8.0 (it holds inference v9.0)")


def test_participation(small: Results) -> None:
    submitters, results, nothing, none_named = verify(
        [
            claim(kind="participation", count=2, suite="inference", version="9.0", unit="submitters"),
            claim(kind="participation", subject="Bolt", count=4, suite="inference", version="9.0", unit="results"),
            claim(kind="participation", subject="Cobalt", count=0, suite="inference", version="9.0", unit="submissions"),
            claim(kind="participation", subject="Acme", count=3, suite="inference", unit="results"),
        ],
        small,
    )
    assert (submitters.verdict, submitters.figure) == ("confirmed", 2.0)
    assert (results.verdict, results.figure) == ("confirmed", 4.0)  # a power result is a result too
    assert (nothing.verdict, nothing.figure) == ("confirmed", 0.0)
    assert (none_named.verdict, none_named.reason) == ("unverifiable", "the claim names no round (version)")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "no such file"),
        (
            "a,b\n1,2\n",
            (
                "not a results table: no column suite, version, division, category, organization, system, model, scenario, "
                "result, units, availability, accelerator, location (its columns: a, b)"
            ),
        ),
        (
            HEADER + "inference,9.0,closed,edge,Acme,A1,resnet50,Offline,fast,Samples/s,available,X,here\n",
            "line 2: result 'fast' is not a number",
        ),
    ],
)
def test_a_bad_table_is_an_error_naming_it(tmp_path: Path, content: str | None, reason: str) -> None:
    path = tmp_path / "table.csv"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ResultsError) as error:
        load_results(path)
    assert str(error.value) == f"{path}: {reason}"


@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [
        ("Nettrix", "Nettrix"),
        ("IEI", "Inspur"),
        ("cTuning", "CTuning"),
        ("Quanta_Cloud_Technology", "QCT"),
        ("RedHat-Supermicro", "Red Hat & Supermicro"),
        ("HabanaLabs", "Intel"),
        ("SUPERMICRO", "Supermicro"),
        ("kai_jiang", "kai_jiang"),
    ],
)
def test_submitters_are_read_as_claims_name_them(spelling: str, canonical: str) -> None:
    assert submitter(spelling) == canonical


@pytest.mark.parametrize(
    ("name", "read"),
    [
        ("bert-99.9", ("bert", 99.9)),
        ("resnet", ("resnet50", None)),
        ("dlrm-v2-99", ("dlrm", 99.0)),
        ("gptj-99", ("gpt-j", 99.0)),
        ("mobilenet-v1-0.25-128-quantized", ("mobilenet-v1-0.25-128-quantized", None)),
    ],
)
def test_benchmarks_are_read_as_claims_name_them(name: str, read: tuple[str, float | None]) -> None:
    assert read_benchmark(name) == read


def test_the_seed_score_is_confirmed_by_its_row(official: Results) -> None:
    (verdict,) = verify(
        [
            claim(
                kind="score",
                subject="Nettrix",
                system="X640 G40",
                suite="inference",
                version="2.1",
                division="closed",
                category="datacenter",
                model="resnet50",
                scenario="offline",
                value=679915,
                unit="samples/s",
            )
        ],
        official,
    )
    assert (verdict.verdict, verdict.figure) == ("confirmed", 679915.0)
    assert verdict.rows == ["closed/Nettrix/results/A100_PCIE_80GBx20_TRT/resnet50/Offline"]


def test_the_seed_rankings_under_each_reading(official: Results) -> None:
    edge, datacenter = verify(
        [
            claim(
                kind="ranking", subject="Nettrix", system="X660 G45 LP", rank=1, count=4, suite="inference", version="2.1", category="edge"
            ),
            claim(
                kind="ranking",
                subject="Nettrix",
                system="X660 G45 LP",
                rank=1,
                count=8,
                total=16,
                suite="inference",
                version="2.1",
                category="datacenter",
            ),
        ],
        official,
    )
    assert (edge.verdict, edge.reading) == ("confirmed", "all systems, per system")
    assert edge.rows == [
        "closed/Nettrix/results/A100_SXM4_80GBX1_CUSTOM_TRT/bert-99/SingleStream",
        "closed/Nettrix/results/A100_SXM4_80GBX1_CUSTOM_TRT/retinanet/MultiStream",
        "closed/Nettrix/results/A100_SXM4_80GBX1_CUSTOM_TRT/retinanet/Offline",
        "closed/Nettrix/results/A100_SXM4_80GBX1_CUSTOM_TRT/rnnt/SingleStream",
    ]
    assert datacenter.verdict == "not_reproduced"
    assert [(r.reading, r.count, r.total) for r in datacenter.readings] == [
        ("all systems, per system", 6, 16),
        ("available systems only, per system", 12, 16),
        ("all systems, per submitter", 15, 16),
        ("available systems only, per submitter", 12, 16),
    ]


def test_real_claims_that_the_table_cannot_check(official: Results) -> None:
    older, streak, beyond, first_round = verify(
        [
            claim(kind="ranking", subject="Inspur", rank=1, count=15, total=30, suite="inference", version="1.1", division="closed"),
            claim(kind="ranking", subject="NVIDIA", rank=1, count=3, suite="inference", version="2.1", unit="rounds"),
            claim(kind="ranking", subject="NVIDIA", system="H100", rank=1, count=8, total=8, suite="training", version="3.0"),
            claim(kind="participation", subject="Nettrix", count=1, suite="inference", version="2.0", unit="rounds"),
        ],
        official,
    )
    assert older.reason == "round not in the table: inference v1.1 (it holds inference v2.0, v2.1, v3.0, v3.1, v4.0, v4.1)"
    assert streak.reason == "the claim spans several rounds; the table is checked one round at a time"
    assert beyond.reason == (
        "the claim counts more tasks than the table holds of closed results in training v3.0 (the claim names no division: closed) (5)"
    )
    assert first_round.verdict == "not_reproduced"  # Nettrix has no result in the table's first inference round
    assert {v.verdict for v in (older, streak, beyond)} == {"unverifiable"}


def test_real_participation(official: Results) -> None:
    submitters, debut = verify(
        [
            claim(kind="participation", count=23, suite="inference", version="4.0", unit="submitters"),
            claim(kind="participation", subject="Wiwynn", count=1, suite="inference", version="4.0", unit="rounds"),
        ],
        official,
    )
    assert (submitters.verdict, submitters.figure) == ("confirmed", 23.0)
    assert (debut.verdict, debut.rows) == ("confirmed", ["closed/Wiwynn/results/1-node-1S-EMR-PyTorch/resnet50/Offline"])


def run_cli(*arguments: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "extractor", *arguments], capture_output=True, text=True, cwd=cwd, check=False)


def test_batch_with_results_adds_verdicts_and_sums_them_up(tmp_path: Path, seeds: Path, official: Results) -> None:
    out = tmp_path / "seeds.jsonl"
    done = run_cli("batch", str(seeds), "-o", str(out), "--results", official.path, "--jobs", "1", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[-4:] == [
        f"verified against {official.path}:",
        "ranking: 2 confirmed, 3 not reproduced, 4 unverifiable",
        "score: 1 confirmed, 0 not reproduced, 0 unverifiable",
        "participation: 0 confirmed, 0 not reproduced, 1 unverifiable",
    ]
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    score = next(c for r in records for c in r["claims"] if c["kind"] == "score")
    assert score["verification"]["verdict"] == "confirmed"
    assert score["verification"]["rows"] == ["closed/Nettrix/results/A100_PCIE_80GBx20_TRT/resnet50/Offline"]
    again = run_cli("verify", str(out), "--results", official.path, cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines() == out.read_text(encoding="utf-8").splitlines()


def test_a_bad_table_stops_batch_before_any_work(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("Inspur ranked first in 15 out of 30 tasks.", encoding="utf-8")
    done = run_cli("batch", "docs", "-o", "out.jsonl", "--results", "missing.csv", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (2, "extractor batch: missing.csv: no such file\n")
    assert not (tmp_path / "out.jsonl").exists()
