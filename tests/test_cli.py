"""The `extractor` command: each subcommand's output and exit code (0 ok, 1 some input failed, 2 bad usage)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import pytest

from extractor.cli import main
from extractor.corpus import records as records_module

ENGLISH = "In MLPerf Inference v3.1, Inspur ranked first in 15 out of 30 tasks.\n"


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


Command = Callable[..., Ran]


@pytest.fixture
def extractor(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Command:
    """Run `extractor ARGUMENTS` in this process (argparse's exit included) and capture what it printed."""

    def run(*arguments: str, stdin: bytes = b"", cwd: Path | None = None) -> Ran:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        if cwd is not None:
            monkeypatch.chdir(cwd)
        try:
            code = main(list(arguments))
        except SystemExit as exit:
            code = int(exit.code or 0)
        captured = capsys.readouterr()
        return Ran(code, captured.out, captured.err)

    return run


def test_the_console_script_and_python_m_run_the_same_command(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    script = Path(sys.executable).with_name("extractor")
    for command in ([sys.executable, "-m", "extractor"], [str(script)]):
        result = subprocess.run([*command, "extract", "a.txt", "--json"], cwd=tmp_path, capture_output=True, text=True, env=os.environ)
        assert (result.returncode, json.loads(result.stdout)["claims"][0]["count"]) == (0, 15), command
        missing = subprocess.run([*command, "extract", "b.txt"], cwd=tmp_path, capture_output=True, text=True, env=os.environ)
        assert (missing.returncode, missing.stdout) == (1, ""), command


def test_extract_prints_the_json_record_when_stdout_is_not_a_terminal(tmp_path: Path, extractor: Command) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    result = extractor("extract", str(tmp_path / "a.txt"))
    record = json.loads(result.stdout)
    assert result.returncode == 0
    assert [(c["subject"], c["rank"], c["count"], c["total"], c["evidence"]) for c in record["claims"]] == [
        ("Inspur", 1, 15, 30, {"start": 33, "end": 67, "text": "ranked first in 15 out of 30 tasks"})
    ]
    assert "text" not in record


def test_extract_prints_a_table_when_asked(tmp_path: Path, extractor: Command) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    result = extractor("extract", str(tmp_path / "a.txt"), "--table")
    assert result.stdout.splitlines() == [
        f"{tmp_path / 'a.txt'}: text, utf-8, language en, 1 claim",
        "  1. ranking       subject=Inspur  rank=1  count=15  total=30  suite=inference  version=3.1",
        "     [33:67] 'ranked first in 15 out of 30 tasks'  (en-rank-in-count-out-of-total)",
    ]


def test_extract_reads_standard_input_in_the_format_asked(extractor: Command) -> None:
    result = extractor("extract", "-", "--as", "html", "--json", "--include-text", stdin="<p>宁畅共斩获<b>13</b>项第一</p>".encode())
    record = json.loads(result.stdout)
    assert (record["source"], record["format"], record["text"]) == ("-", "html", "宁畅共斩获13项第一\n")
    assert [c["evidence"]["text"] for c in record["claims"]] == ["13项第一"]


def test_text_prints_what_offsets_index(tmp_path: Path, extractor: Command) -> None:
    (tmp_path / "a.html").write_bytes("<title>t</title><p>華碩奪得&nbsp;12項第一</p>".encode("big5"))
    assert extractor("text", str(tmp_path / "a.html")).stdout == "華碩奪得\u00a012項第一\n"


def test_schema_describes_every_kind_of_record(extractor: Command) -> None:
    schema = json.loads(extractor("schema").stdout)
    assert sorted(variant["$ref"] for variant in schema["anyOf"]) == [
        "#/$defs/DocumentRecord",
        "#/$defs/ErrorRecord",
        "#/$defs/VerifiedRecord",
    ]
    assert schema["$defs"]["ErrorRecord"]["required"] == ["source", "error"]
    assert schema["$defs"]["VerifiedClaim"]["properties"]["verification"] == {"$ref": "#/$defs/Verification"}


def test_batch_prints_a_summary_and_exits_1_when_a_file_failed(tmp_path: Path, extractor: Command) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (corpus / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    result = extractor("batch", str(corpus), "-o", str(tmp_path / "out.jsonl"), "--jobs", "1")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0] == f"error {corpus / 'b.txt'}: not text: the content is a PNG image"
    assert lines[1].startswith("extractor batch: 2 documents, 1 claim, 1 error in ")
    assert lines[1].endswith(f"documents/s, 1 job) -> {tmp_path / 'out.jsonl'}")
    assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_batch_is_silent_with_quiet_and_exits_0_when_all_is_read(tmp_path: Path, extractor: Command) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ENGLISH, encoding="utf-8")
    result = extractor("batch", str(corpus), "-o", str(tmp_path / "out.csv"), "--format", "csv", "--quiet")
    assert (result.returncode, result.stderr) == (0, "")
    assert (tmp_path / "out.csv").read_text(encoding="utf-8").splitlines()[1].startswith(f"{corpus / 'a.txt'},,ranking,Inspur,,1,15,30")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("batch", "no-such-folder", "-o", "out.jsonl"), "no-such-folder: not a folder"),
        (("batch", ".", "-o", "out.jsonl", "--jobs", "0"), "--jobs takes a whole number of at least 1, not '0'"),
        (("extract", "a.txt", "--max-bytes", "lots"), "not a size: 'lots' (say 20MB, 500k or a number of bytes)"),
        (("frobnicate",), "invalid choice: 'frobnicate'"),
        (("eval", "no-such-folder"), "no-such-folder: not a folder"),
    ],
)
def test_bad_usage_exits_2_naming_the_problem(tmp_path: Path, arguments: tuple[str, ...], message: str, extractor: Command) -> None:
    result = extractor(*arguments, cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr


def test_an_unreadable_document_exits_1_naming_it(tmp_path: Path, extractor: Command) -> None:
    result = extractor("extract", str(tmp_path / "missing.txt"))
    assert (result.returncode, result.stderr) == (1, f"extractor extract: {tmp_path / 'missing.txt'}: No such file or directory\n")


@pytest.mark.parametrize("command", ["extract", "batch", "text", "schema", "eval"])
def test_every_command_has_help_and_those_that_read_files_list_the_exit_codes(command: str, extractor: Command) -> None:
    result = extractor(command, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith(f"usage: extractor {command}")
    assert ("exit codes:" in result.stdout) == (command != "schema")


def test_standard_input_over_the_size_limit_is_refused(extractor: Command) -> None:
    result = extractor("extract", "-", "--max-bytes", "10", stdin=b"Inspur ranked first in 15 tasks.")
    assert (result.returncode, result.stderr) == (
        1,
        "extractor extract: -: the input is over the limit of 10 bytes (raise it with --max-bytes)\n",
    )


def test_version(extractor: Command) -> None:
    assert extractor("--version") == Ran(0, f"extractor {metadata.version('extractor')}\n", "")


def test_eval_of_a_folder_without_gold_files_is_an_error(tmp_path: Path, extractor: Command) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    assert extractor("eval", str(tmp_path)) == Ran(
        1, "", f"extractor eval: {tmp_path}: no NAME.gold.json file in it or its subfolders, so there is nothing to score\n"
    )


def test_batch_takes_its_format_from_the_output_name_and_refuses_a_contradiction(tmp_path: Path, extractor: Command) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ENGLISH, encoding="utf-8")
    assert extractor("batch", "in", "-o", "out.csv", "-q", cwd=tmp_path).returncode == 0
    assert (tmp_path / "out.csv").read_text(encoding="utf-8").startswith("source,error,kind,")
    refused = extractor("batch", "in", "-o", "other.csv", "--format", "jsonl", cwd=tmp_path)
    assert (refused.returncode, refused.stderr.splitlines()[-1]) == (
        2,
        "extractor: error: --format jsonl contradicts the output's name other.csv (a .csv file)",
    )
    assert not (tmp_path / "other.csv").exists()


def test_csv_has_a_row_for_a_document_without_claims_so_resume_skips_it(tmp_path: Path, extractor: Command) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Nothing here is a claim.", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(ENGLISH, encoding="utf-8")
    first = extractor("batch", "in", "-o", "out.csv", "--jobs", "1", cwd=tmp_path)
    assert first.stderr.startswith("extractor batch: 2 documents, 1 claim, 0 errors in ")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out.csv").read_text(encoding="utf-8"))))
    assert [(row["source"], row["kind"], row["language"]) for row in rows] == [("in/a.txt", "", "en"), ("in/b.txt", "ranking", "en")]
    again = extractor("batch", "in", "-o", "out.csv", "--resume", "--jobs", "1", cwd=tmp_path)
    assert again.stderr.startswith("extractor batch: 0 documents, 0 claims, 0 errors, 2 already in the output in ")


def test_extract_writes_a_large_record_as_its_claims_arrive_through_a_temporary_file(
    tmp_path: Path, extractor: Command, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH * 50, encoding="utf-8")
    expected = extractor("extract", str(tmp_path / "a.txt"), "--json").stdout
    spools = tmp_path / "spools"
    spools.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spools))
    monkeypatch.setattr(records_module, "SPOOL_CHARS", 1000)  # the record passes it after a few claims
    made: list[str] = []
    named_file = tempfile.NamedTemporaryFile
    monkeypatch.setattr(tempfile, "NamedTemporaryFile", lambda *a, **k: made.append("spool") or named_file(*a, **k))
    streamed = extractor("extract", str(tmp_path / "a.txt"), "--json")
    assert (streamed.returncode, streamed.stdout) == (0, expected)
    assert len(json.loads(streamed.stdout)["claims"]) == 50
    assert made == ["spool"] and list(spools.iterdir()) == []
