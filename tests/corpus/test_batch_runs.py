"""`batch` as a user runs it, with real processes and signals: resume however the folder is named, workers that end with
the batch process, Ctrl-C, links out of the input folder, errors across a resumed run, and a failed write."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extractor.corpus.batch import BatchOptions, run_batch
from extractor.corpus.walk import OUTSIDE

ENGLISH = "In MLPerf Inference v3.1, Inspur ranked first in 15 out of 30 tasks.\n"
SIMPLIFIED = "在MLPerf推理V3.1中，宁畅共斩获13项第一。\n"
COMMAND = [sys.executable, "-m", "extractor", "batch"]


def documents(root: Path, count: int, repeat: int = 1) -> Path:
    root.mkdir()
    for number in range(count):
        (root / f"doc{number:03}.txt").write_text(f"{ENGLISH}\n{SIMPLIFIED}" * repeat, encoding="utf-8")
    return root


def batch(*arguments: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*COMMAND, *arguments], cwd=cwd, capture_output=True, text=True, check=False, env=env)


def lines_of(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def wait_for_lines(path: Path, count: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and lines_of(path) < count:
        time.sleep(0.01)
    assert lines_of(path) >= count


def test_resume_knows_the_documents_however_the_folder_is_named(tmp_path: Path) -> None:
    documents(tmp_path / "corpus", 3)
    (tmp_path / "elsewhere").mkdir()
    first = batch("corpus", "-o", "out.jsonl", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    written = (tmp_path / "out.jsonl").read_bytes()
    for folder, cwd in ((str(tmp_path / "corpus"), tmp_path), ("../corpus", tmp_path / "elsewhere")):
        again = batch(folder, "-o", str(tmp_path / "out.jsonl"), "--resume", cwd=cwd)
        assert again.stderr.startswith("extractor batch: 0 documents, 0 claims, 0 errors, 3 already in the output in "), again.stderr
        assert (tmp_path / "out.jsonl").read_bytes() == written


def test_resume_refuses_the_output_of_another_folder(tmp_path: Path) -> None:
    documents(tmp_path / "corpus", 2)
    documents(tmp_path / "other", 2)
    assert batch("corpus", "-o", "out.jsonl", cwd=tmp_path).returncode == 0
    refused = batch("other", "-o", "out.jsonl", "--resume", cwd=tmp_path)
    assert refused.returncode == 2
    assert refused.stderr.splitlines()[-1] == (
        f"extractor: error: out.jsonl holds the output of another input folder ({tmp_path / 'corpus'}), not {tmp_path / 'other'}: "
        "write to another file, or leave out --resume to replace it"
    )


def children(pid: int) -> list[int]:
    """The processes whose parent is `pid`, from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def gone(pid: int) -> bool:
    """Ended: no such process, or a zombie that nothing has reaped yet."""
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers end with their parent by a Linux parent-death signal")
def test_workers_end_when_the_batch_process_is_killed_and_its_folder_is_removed_by_the_next_run(tmp_path: Path) -> None:
    root = documents(tmp_path / "corpus", 300, repeat=20)
    spool = tmp_path / "tmp"
    spool.mkdir()
    environment = {**os.environ, "TMPDIR": str(spool)}
    process = subprocess.Popen(
        [*COMMAND, str(root), "-o", str(tmp_path / "out.jsonl"), "--jobs", "2", "-q"], env=environment, start_new_session=True
    )
    wait_for_lines(tmp_path / "out.jsonl", 5)
    workers = children(process.pid)
    assert len(workers) >= 2
    process.kill()
    process.wait()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not all(gone(pid) for pid in workers):
        time.sleep(0.05)
    assert all(gone(pid) for pid in workers)
    assert [p.name.split("-")[2] for p in spool.glob("extractor-batch-*")] == [str(process.pid)]
    documents(tmp_path / "small", 1)
    assert batch(str(tmp_path / "small"), "-o", str(tmp_path / "small.jsonl"), cwd=tmp_path, env=environment).returncode == 0
    assert list(spool.glob("extractor-batch-*")) == []


def test_ctrl_c_stops_cleanly_and_resume_finishes_the_output(tmp_path: Path) -> None:
    root = documents(tmp_path / "corpus", 300, repeat=20)
    assert batch(str(root), "-o", "full.jsonl", "--jobs", "2", cwd=tmp_path).returncode == 0
    process = subprocess.Popen(
        [*COMMAND, str(root), "-o", "cut.jsonl", "--jobs", "2"], cwd=tmp_path, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    wait_for_lines(tmp_path / "cut.jsonl", 5)
    os.killpg(process.pid, signal.SIGINT)  # as Ctrl-C does: the whole foreground group
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert "Traceback" not in stderr
    assert (
        stderr.splitlines()[-1]
        == "extractor batch: interrupted; every document written is whole: run the same command with --resume to go on"
    )
    assert lines_of(tmp_path / "cut.jsonl") < 300
    assert batch(str(root), "-o", "cut.jsonl", "--jobs", "2", "--resume", cwd=tmp_path).returncode == 0
    assert (tmp_path / "cut.jsonl").read_bytes() == (tmp_path / "full.jsonl").read_bytes()


def test_links_out_of_the_input_folder_are_skipped_unless_asked_for(tmp_path: Path) -> None:
    root = documents(tmp_path / "corpus", 1)
    (tmp_path / "outside.txt").write_text(ENGLISH, encoding="utf-8")
    (root / "up").symlink_to(tmp_path)
    (root / "far.txt").symlink_to(tmp_path / "outside.txt")
    (root / "near.txt").symlink_to(root / "doc000.txt")
    summary = run_batch(BatchOptions(root, tmp_path / "out.jsonl"), log=None)
    assert summary.skipped == [(str(root / "far.txt"), OUTSIDE), (str(root / "up"), OUTSIDE)]
    assert summary.documents == 2  # doc000.txt and the link to it within the folder
    followed = run_batch(BatchOptions(root, tmp_path / "all.jsonl", follow_links=True), log=None)
    assert followed.documents == 5  # and far.txt, up/outside.txt, and up/corpus reported as a folder walked already
    assert (str(root / "up" / "corpus"), "folder already walked: a symbolic link loop or a second link to it") in followed.errors


def test_a_resumed_run_counts_the_errors_already_in_the_output(tmp_path: Path) -> None:
    root = documents(tmp_path / "corpus", 3)
    (root / "bad.txt").write_bytes(b"")
    full = batch("corpus", "-o", "out.jsonl", "--jobs", "1", cwd=tmp_path)
    assert full.returncode == 1
    lines = (tmp_path / "out.jsonl").read_bytes().splitlines(keepends=True)
    (tmp_path / "out.jsonl").write_bytes(b"".join(lines[:1]))  # bad.txt's error record, as a killed run left it
    resumed = batch("corpus", "-o", "out.jsonl", "--jobs", "1", "--resume", cwd=tmp_path)
    assert resumed.returncode == 1
    assert resumed.stderr.splitlines()[0] == "error corpus/bad.txt: empty: 0 bytes, nothing to read"
    assert resumed.stderr.splitlines()[1].startswith(
        "extractor batch: 3 documents, 6 claims, 1 error (1 from before), 1 already in the output"
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full, a device that is always full")
def test_a_failed_write_is_said_plainly(tmp_path: Path) -> None:
    documents(tmp_path / "corpus", 2)
    failed = batch("corpus", "-o", "/dev/full", cwd=tmp_path)
    assert (failed.returncode, failed.stderr) == (
        1,
        (
            "extractor batch: writing /dev/full: no space left on device; every document "
            "before it is written whole: run the same command with --resume to go on\n"
        ),
    )
