"""The Dask engine against a real LocalCluster of worker processes: the same output file as the local engine (lines,
order, error records), --resume across engines, a worker killed mid-run, and extraction mapped over Dask bags."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed", reason="the Dask engine's tests need the extra dask: pip install '.[dask]'")
dask_bag = pytest.importorskip("dask.bag")

from extractor import extract  # noqa: E402 - after the skip when dask is missing
from extractor.corpus.batch import BatchOptions, run_batch  # noqa: E402 - after the skip when dask is missing
from extractor.corpus.cluster import extract_files, extract_texts  # noqa: E402 - after the skip when dask is missing

ROOT = Path(__file__).resolve().parents[2]
COMMAND = [sys.executable, "-m", "extractor", "batch"]


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of a local cluster of two worker processes, each under a nanny that restarts it when it dies."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def corpus_with_broken_files(folder: Path, copies: int = 1) -> Path:
    """The sample corpus `copies` times over, with a file that is no text and one that is gone when it is read."""
    for copy in range(copies):
        shutil.copytree(ROOT / "corpus", folder / f"copy{copy:03}")
    (folder / "copy000" / "binary.txt").write_bytes(b"\x00\x01\x02" * 200)
    (folder / "copy000" / "dangling.txt").symlink_to(folder / "nowhere.txt")
    return folder


def batch(*arguments: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*COMMAND, *arguments], cwd=cwd, capture_output=True, text=True, check=False)


def test_the_dask_engine_writes_the_local_engines_file_errors_included(tmp_path: Path, scheduler: str) -> None:
    corpus_with_broken_files(tmp_path / "docs")
    local = batch("docs", "-o", "local.jsonl", "--jobs", "2", cwd=tmp_path)
    on_dask = batch("docs", "-o", "dask.jsonl", "--engine", "dask", "--scheduler", scheduler, cwd=tmp_path)
    assert (local.returncode, on_dask.returncode) == (1, 1), on_dask.stderr
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    assert (
        on_dask.stderr.splitlines()[:2]
        == local.stderr.splitlines()[:2]
        == [
            "error docs/copy000/binary.txt: not text: NUL byte at offset 0",
            "error docs/copy000/dangling.txt: cannot stat: No such file or directory",
        ]
    )
    summary = on_dask.stderr.splitlines()[2]
    assert summary.startswith("extractor batch: 26 documents, 143 claims, 2 errors in ")
    assert summary.endswith(f"on the Dask cluster at {scheduler}) -> dask.jsonl")
    lines = (tmp_path / "dask.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 26 and sum('"error"' in line and '"claims"' not in line for line in lines) == 2


def test_the_csv_output_is_the_same_on_both_engines(tmp_path: Path, scheduler: str) -> None:
    shutil.copytree(ROOT / "corpus" / "zh", tmp_path / "docs")
    assert batch("docs", "-o", "local.csv", "--jobs", "1", cwd=tmp_path).returncode == 0
    assert batch("docs", "-o", "dask.csv", "--engine", "dask", "--scheduler", scheduler, cwd=tmp_path).returncode == 0
    assert (tmp_path / "dask.csv").read_bytes() == (tmp_path / "local.csv").read_bytes()


@pytest.mark.parametrize(("first", "then"), [("local", "dask"), ("dask", "local")])
def test_resume_goes_on_across_engines(tmp_path: Path, scheduler: str, first: str, then: str) -> None:
    corpus_with_broken_files(tmp_path / "docs")
    assert batch("docs", "-o", "whole.jsonl", cwd=tmp_path).returncode == 1
    whole = (tmp_path / "whole.jsonl").read_bytes()
    engine = {"local": ["--engine", "local"], "dask": ["--engine", "dask", "--scheduler", scheduler]}
    assert batch("docs", "-o", "out.jsonl", *engine[first], cwd=tmp_path).returncode == 1
    kept = whole.split(b"\n")[:11]
    (tmp_path / "out.jsonl").write_bytes(b"\n".join(kept) + b"\n" + b'{"source": "docs/cut sh')  # 11 whole lines, one cut short
    resumed = batch("docs", "-o", "out.jsonl", "--resume", *engine[then], cwd=tmp_path)
    assert resumed.returncode == 1
    assert resumed.stderr.splitlines()[-1].startswith(
        "extractor batch: 15 documents, 94 claims, 2 errors (2 from before), 11 already in the output in "
    )
    assert (tmp_path / "out.jsonl").read_bytes() == whole


def test_a_worker_killed_mid_run_loses_no_document(tmp_path: Path, scheduler: str) -> None:
    docs = corpus_with_broken_files(tmp_path / "docs", copies=40)
    local = BatchOptions(docs, tmp_path / "local.jsonl", jobs=2)
    run_batch(local, log=None)
    options = BatchOptions(docs, tmp_path / "dask.jsonl", engine="dask", scheduler=scheduler)
    with distributed.Client(scheduler) as client:
        before = client.run(os.getpid)
        running = threading.Thread(target=run_batch, args=(options,), kwargs={"log": None})
        running.start()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (options.output.exists() and options.output.stat().st_size > 0):
            time.sleep(0.005)
        victim = min(before.values())
        os.kill(victim, signal.SIGKILL)
        assert running.is_alive(), "the run ended before a worker could be killed"
        running.join(timeout=300)
        client.wait_for_workers(2, timeout=60)
        after = client.run(os.getpid)
    assert not running.is_alive()
    assert victim not in after.values() and len(after) == 2
    assert options.output.read_bytes() == local.output.read_bytes()
    assert options.output.read_bytes().count(b"\n") == 40 * 24 + 2


def test_extraction_maps_over_bags_of_texts_and_of_paths(tmp_path: Path, scheduler: str) -> None:
    texts = ["Intel won 3 of 5 tests in MLPerf Inference v3.1.", "浪潮在MLPerf训练v2.0中获得13项第一。", "No claim here at all."]
    (tmp_path / "a.txt").write_text(texts[0], encoding="utf-8")
    (tmp_path / "b.bin.txt").write_bytes(b"\x00" * 100)
    with distributed.Client(scheduler):
        extractions = extract_texts(dask_bag.from_sequence(texts, npartitions=2)).compute()
        records = extract_files(dask_bag.from_sequence([tmp_path / "a.txt", str(tmp_path / "b.bin.txt")])).compute()
    assert extractions == [extract(text) for text in texts]
    assert [len(e.claims) for e in extractions] == [1, 1, 0]
    first, second = (json.loads(record) for record in records)
    assert (first["source"], [(c["kind"], c["subject"], c["count"], c["total"]) for c in first["claims"]]) == (
        str(tmp_path / "a.txt"),
        [("ranking", "Intel", 3, 5)],
    )
    assert second["source"] == str(tmp_path / "b.bin.txt") and second["error"] == "not text: NUL byte at offset 0"


def test_scheduler_without_the_dask_engine_and_an_unreachable_scheduler_are_usage_errors(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    alone = batch("docs", "-o", "out.jsonl", "--scheduler", "tcp://127.0.0.1:9", cwd=tmp_path)
    assert alone.returncode == 2 and "--scheduler names a Dask scheduler; it goes with --engine dask" in alone.stderr
    (tmp_path / "docs" / "a.txt").write_text("text", encoding="utf-8")
    unreachable = batch("docs", "-o", "out.jsonl", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9", cwd=tmp_path)
    assert unreachable.returncode == 2
    assert unreachable.stderr.startswith("extractor batch: cannot reach the Dask scheduler at tcp://127.0.0.1:9: ")
