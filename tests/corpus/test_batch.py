"""`batch`: every document of a folder in path order, error records for what cannot be read, resume after a kill."""

from __future__ import annotations

import codecs
import csv
import gc
import io
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest

from extractor import Claim, extract
from extractor.corpus import batch as batch_module
from extractor.corpus import records as records_module
from extractor.corpus.batch import BatchOptions, run_batch
from extractor.corpus.records import Origin, OutputFormat, document_record, record_line
from extractor.pipeline import DocumentReader
from extractor.reading.document import read_document

ENGLISH = "In MLPerf Inference v3.1, Inspur ranked first in 15 out of 30 tasks.\n"
SIMPLIFIED = "在MLPerf推理V3.1中，宁畅共斩获13项第一。\n"
TRADITIONAL = "<html><body><p>華碩在MLPerf推論V3.1中奪得12項第一。</p></body></html>"
FRONT = "---\ntitle: Dell wins 8 first places in MLPerf Inference v4.0\ndate: 2024-03-27\n---\nThe full story.\n"


def corpus(root: Path) -> Path:
    """A folder with a document in each format and encoding and a file for each failure."""
    files: dict[str, bytes] = {
        "en/release.txt": ENGLISH.encode("utf-8"),
        "en/story.md": FRONT.encode("utf-8"),
        "en/story.gold.json": b"{}",
        "zh/gb.txt": SIMPLIFIED.encode("gb18030"),
        "zh/big5.html": TRADITIONAL.encode("big5"),
        "zh/utf16.txt": codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"),
        "bad/image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "bad/large.txt": b"MLPerf " * 200,
        "bad/front.md": b"---\ntitle: never closed\n\nBody.\n",
        "bad/empty.txt": b"",
        "bad/latin.txt": bytes(range(0x80, 0x100)) * 4,
        "notes.json": b"{}",
        ".hidden.txt": ENGLISH.encode("utf-8"),
    }
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    return root


def records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def brief(record: dict[str, Any]) -> tuple[Any, ...]:
    """A record as (source relative to the corpus, encoding or error, claims as (subject, rank, count, evidence))."""
    source = record["source"].split("corpus/", 1)[1]
    if "error" in record:
        return source, record["error"]
    return source, record["encoding"], [(c["subject"], c["rank"], c["count"], c["evidence"]["text"]) for c in record["claims"]]


EXPECTED = [
    ("bad/empty.txt", "empty: 0 bytes, nothing to read"),
    ("bad/front.md", "front matter opened on line 1 is never closed by a '---' line"),
    ("bad/image.txt", "not text: the content is a PNG image"),
    ("bad/large.txt", "1,400 bytes is over the limit of 1,024 bytes (raise it with --max-bytes)"),
    ("bad/latin.txt", "not UTF-8 (invalid start byte at byte 0), GB18030 or Big5 text"),
    ("en/release.txt", "utf-8", [("Inspur", 1, 15, "ranked first in 15 out of 30 tasks")]),
    ("en/story.md", "utf-8", [("Dell", 1, 8, "8 first places")]),
    ("zh/big5.html", "big5", [("ASUS", 1, 12, "12項第一")]),
    ("zh/gb.txt", "gb18030", [("Nettrix", 1, 13, "13项第一")]),
    ("zh/utf16.txt", "utf-16 with BOM", [("Nettrix", 1, 13, "13项第一")]),
]


def run(root: Path, output: Path, **options: Any) -> batch_module.Summary:
    return run_batch(BatchOptions(root, output, max_bytes=1024, **options), log=None)


def test_every_document_is_written_in_path_order_and_failures_are_records(tmp_path: Path) -> None:
    root = corpus(tmp_path / "corpus")
    summary = run(root, tmp_path / "out.jsonl")
    written = records(tmp_path / "out.jsonl")
    assert [brief(record) for record in written] == EXPECTED
    assert (summary.documents, summary.claims, len(summary.errors)) == (10, 5, 5)
    assert summary.skipped == [(str(root / "notes.json"), "not a document type we read (.txt, .text, .md, .markdown, .html, .htm, .xhtml)")]
    story = next(record for record in written if record["source"].endswith("story.md"))
    assert story["metadata"] == {"title": "Dell wins 8 first places in MLPerf Inference v4.0", "date": "2024-03-27"}
    assert (story["format"], story["language"], story["languages"], story["warnings"], story["text_length"]) == (
        "markdown",
        "en",
        ["en"],
        [],
        len(FRONT),
    )


def test_offsets_index_the_text_that_extractor_text_prints(tmp_path: Path) -> None:
    root = corpus(tmp_path / "corpus")
    run(root, tmp_path / "out.jsonl", include_text=True)
    for record in records(tmp_path / "out.jsonl"):
        if "error" in record:
            continue
        text = read_document(Path(record["source"])).text
        assert record["text"] == text
        for claim in record["claims"]:
            for span in (claim["evidence"], claim["sentence"]):
                assert text[span["start"] : span["end"]] == span["text"]


def test_the_output_is_the_same_whatever_the_number_of_jobs(tmp_path: Path) -> None:
    root = corpus(tmp_path / "corpus")
    run(root, tmp_path / "one.jsonl", jobs=1)
    run(root, tmp_path / "two.jsonl", jobs=2)
    assert (tmp_path / "two.jsonl").read_bytes() == (tmp_path / "one.jsonl").read_bytes()


def test_csv_has_a_row_per_claim_and_per_failed_file(tmp_path: Path) -> None:
    root = corpus(tmp_path / "corpus")
    run(root, tmp_path / "out.csv", output_format="csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out.csv").read_text(encoding="utf-8"))))
    assert [(row["source"].split("corpus/")[1], row["error"], row["subject"], row["count"], row["evidence_text"]) for row in rows] == [
        ("bad/empty.txt", "empty: 0 bytes, nothing to read", "", "", ""),
        ("bad/front.md", "front matter opened on line 1 is never closed by a '---' line", "", "", ""),
        ("bad/image.txt", "not text: the content is a PNG image", "", "", ""),
        ("bad/large.txt", "1,400 bytes is over the limit of 1,024 bytes (raise it with --max-bytes)", "", "", ""),
        ("bad/latin.txt", "not UTF-8 (invalid start byte at byte 0), GB18030 or Big5 text", "", "", ""),
        ("en/release.txt", "", "Inspur", "15", "ranked first in 15 out of 30 tasks"),
        ("en/story.md", "", "Dell", "8", "8 first places"),
        ("zh/big5.html", "", "ASUS", "12", "12項第一"),
        ("zh/gb.txt", "", "Nettrix", "13", "13项第一"),
        ("zh/utf16.txt", "", "Nettrix", "13", "13项第一"),
    ]


def test_resume_cuts_a_partial_last_line_and_appends_only_the_rest(tmp_path: Path) -> None:
    root = corpus(tmp_path / "corpus")
    run(root, tmp_path / "full.jsonl")
    full = (tmp_path / "full.jsonl").read_bytes()
    lines = full.splitlines(keepends=True)
    interrupted = tmp_path / "interrupted.jsonl"
    interrupted.write_bytes(b"".join(lines[:4]) + lines[4][:30])
    summary = run(root, interrupted, resume=True)
    assert (summary.resumed, summary.documents) == (4, 6)
    assert interrupted.read_bytes() == full


@pytest.mark.parametrize("output_format", ["jsonl", "csv"])
def test_resume_reads_records_that_hold_unicode_line_separators(tmp_path: Path, output_format: OutputFormat) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a\u2028b.txt").write_text("Dell\u0085ranked first in 8 tests.\n", encoding="utf-8")
    (root / "c.txt").write_text(ENGLISH, encoding="utf-8")
    run(root, tmp_path / f"full.{output_format}", output_format=output_format)
    full = (tmp_path / f"full.{output_format}").read_bytes()
    cut = tmp_path / f"cut.{output_format}"
    cut.write_bytes(full[: full.index(b"c.txt") - 3])  # the second record cut short, as by a killed run
    summary = run(root, cut, output_format=output_format, resume=True)
    assert (summary.resumed, summary.documents) == (1, 1)
    assert cut.read_bytes() == full


def test_resume_refuses_an_output_that_is_not_ours(tmp_path: Path) -> None:
    root = corpus(tmp_path / "corpus")
    output = tmp_path / "other.jsonl"
    output.write_text("not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 1 is not an output record"):
        run(root, output, resume=True)


def test_a_batch_killed_halfway_resumes_to_the_output_of_an_uninterrupted_run(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    for number in range(80):
        (root / f"doc{number:03}.txt").write_text(f"{ENGLISH}\n{SIMPLIFIED}" * 8, encoding="utf-8")
    command = [sys.executable, "-m", "extractor", "batch", str(root), "--jobs", "1", "--quiet"]
    subprocess.run(command + ["-o", str(tmp_path / "full.jsonl")], check=True)
    killed = tmp_path / "killed.jsonl"
    # A killed run cannot remove its spool folder: it goes in this test's folder, not the machine's temporary one.
    process = subprocess.Popen(command + ["-o", str(killed)], env={**os.environ, "TMPDIR": str(tmp_path)})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not killed.exists() or killed.read_bytes().count(b"\n") < 10):
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    written = killed.read_bytes().count(b"\n")
    assert 10 <= written < 80
    subprocess.run(command + ["-o", str(killed), "--resume"], check=True)
    assert killed.read_bytes() == (tmp_path / "full.jsonl").read_bytes()


def test_folders_that_cannot_be_listed_and_symlink_loops_are_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = corpus(tmp_path / "corpus")
    (root / "en" / "loop").symlink_to(root / "en")
    (root / "en" / "dangling.txt").symlink_to(root / "nowhere.txt")
    (root / "locked").mkdir()
    scandir, open_file = os.scandir, os.open

    def refusing(path: Any) -> Any:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return scandir(path)

    def unreadable(path: Any, flags: int, *rest: Any, **options: Any) -> int:  # rmtree passes dir_fd=
        if str(path).endswith("gb.txt"):
            raise PermissionError(13, "Permission denied")
        return open_file(path, flags, *rest, **options)

    monkeypatch.setattr(batch_module.list_documents.__globals__["os"], "scandir", refusing)
    monkeypatch.setattr(batch_module.read_document.__globals__["os"], "open", unreadable)
    run(root, tmp_path / "out.jsonl")
    errors = [brief(record) for record in records(tmp_path / "out.jsonl") if "error" in record]
    assert errors == [
        ("bad/empty.txt", "empty: 0 bytes, nothing to read"),
        ("bad/front.md", "front matter opened on line 1 is never closed by a '---' line"),
        ("bad/image.txt", "not text: the content is a PNG image"),
        ("bad/large.txt", "1,400 bytes is over the limit of 1,024 bytes (raise it with --max-bytes)"),
        ("bad/latin.txt", "not UTF-8 (invalid start byte at byte 0), GB18030 or Big5 text"),
        ("en/dangling.txt", "cannot stat: No such file or directory"),
        ("en/loop", "folder already walked: a symbolic link loop or a second link to it"),
        ("locked", "cannot list folder: Permission denied"),
        ("zh/gb.txt", "Permission denied"),
    ]


def sabotaged(act: Callable[[], None], after_first_claim: bool = False) -> Callable[[str], Any]:
    """A stand-in for DocumentReader whose claims() calls `act` on a document naming Inspur, before its first claim or
    just after it. It wraps a reader rather than subclassing one: a compiled class takes no Python subclass."""

    class Sabotaged:
        def __init__(self, text: str) -> None:
            self.reader = DocumentReader(text)

        def __getattr__(self, name: str) -> Any:
            return getattr(self.reader, name)

        def claims(self) -> Iterator[Claim]:
            doomed = "Inspur" in self.reader.text
            if doomed and not after_first_claim:
                act()
            for claim in self.reader.claims():
                yield claim
                if doomed and after_first_claim:
                    act()

    return Sabotaged


def die() -> None:
    os._exit(1)


def test_an_exception_inside_extraction_is_an_error_record_and_the_batch_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = corpus(tmp_path / "corpus")

    def boom() -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(batch_module, "DocumentReader", sabotaged(boom))
    run(root, tmp_path / "out.jsonl")
    written = [brief(record) for record in records(tmp_path / "out.jsonl")]
    assert written[5] == ("en/release.txt", "internal error while extracting: RuntimeError: boom")
    assert written[:5] + written[6:] == EXPECTED[:5] + EXPECTED[6:]


def test_the_progress_bar_shows_files_claims_errors_and_rate() -> None:
    stream = io.StringIO()
    progress = batch_module.Progress(4, stream)
    summary = batch_module.Summary(documents=1, claims=2, errors=[("a.txt", "not text")])
    progress.update(summary, final=True)
    drawn = stream.getvalue()
    assert drawn.startswith("\r\x1b[K[######..................] 1/4 files, 2 claims, 1 error, ")
    assert drawn.endswith(" files/s\r\x1b[K")


def test_a_worker_that_dies_costs_only_its_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = corpus(tmp_path / "corpus")
    (root / "more").mkdir()
    for number in range(70):  # enough documents for the workers to take them several at a time
        (root / "more" / f"{number:02}.txt").write_text(SIMPLIFIED, encoding="utf-8")

    # As if the worker were killed for memory; the workers are forked after this, so they inherit it.
    monkeypatch.setattr(batch_module, "DocumentReader", sabotaged(die))
    run(root, tmp_path / "out.jsonl", jobs=2)
    written = [brief(record) for record in records(tmp_path / "out.jsonl")]
    assert written[5] == ("en/release.txt", "a worker process died while extracting this file")
    assert (
        written[:5] + written[6:]
        == EXPECTED[:5]
        + EXPECTED[6:7]
        + [(f"more/{number:02}.txt", "utf-8", [("Nettrix", 1, 13, "13项第一")]) for number in range(70)]
        + EXPECTED[7:]
    )


class BreakingPool:
    """A worker pool in this process that breaks as a real one does when a worker dies on a document named "culprit":
    that task fails, and the pool refuses every task submitted after it (a race the real pool loses now and then)."""

    def __init__(self, jobs: int, initializer: Any = None, initargs: tuple[Any, ...] = ()) -> None:
        self.broken = False

    def __enter__(self) -> BreakingPool:
        return self

    def __exit__(self, *exception: object) -> None:
        return None

    def submit(self, function: Any, chunk: list[Any], *arguments: Any) -> Future[Any]:
        if self.broken:
            raise BrokenProcessPool("a child process terminated abruptly")
        future: Future[Any] = Future()
        if any("culprit" in entry.source for entry in chunk):
            self.broken = True
            future.set_exception(BrokenProcessPool("a child process terminated abruptly"))
        else:
            future.set_result(function(chunk, *arguments))
        return future


def test_workers_are_forked_with_what_is_loaded_frozen_and_the_collector_is_left_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = corpus(tmp_path / "corpus")
    frozen_when_forked: list[int] = []

    class RecordingPool(BreakingPool):
        def __init__(self, jobs: int, initializer: Any = None, initargs: tuple[Any, ...] = ()) -> None:
            super().__init__(jobs, initializer, initargs)
            frozen_when_forked.append(gc.get_freeze_count())

    monkeypatch.setattr(batch_module, "ProcessPoolExecutor", RecordingPool)
    run(root, tmp_path / "out.jsonl", jobs=2)
    assert [brief(record) for record in records(tmp_path / "out.jsonl")] == EXPECTED
    assert len(frozen_when_forked) == 1 and frozen_when_forked[0] > 0
    assert gc.get_freeze_count() == 0
    gc.freeze()  # a caller's own freeze is the caller's to undo
    try:
        run(root, tmp_path / "again.jsonl", jobs=2)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_a_pool_that_refuses_tasks_once_broken_loses_no_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    names = [f"{number:02}.txt" for number in range(40)]
    names[5] = "05-culprit.txt"
    for name in names:
        (root / name).write_text(SIMPLIFIED, encoding="utf-8")
    monkeypatch.setattr(batch_module, "ProcessPoolExecutor", BreakingPool)
    run(root, tmp_path / "out.jsonl", jobs=2)
    written = [brief(record) for record in records(tmp_path / "out.jsonl")]
    assert written == [
        (name, "a worker process died while extracting this file")
        if "culprit" in name
        else (name, "utf-8", [("Nettrix", 1, 13, "13项第一")])
        for name in names
    ]


def test_hostile_files_each_become_an_error_or_a_warning_and_every_neighbour_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (root / "png-renamed.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(1, 200)))
    (root / "nested.html").write_text("<div>" * 100_000 + ENGLISH + "</div>" * 100_000, encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "folder.txt").mkdir()
    (root / "folder.txt" / "inside.txt").write_text(SIMPLIFIED, encoding="utf-8")
    os.mkfifo(root / "pipe.txt")
    (root / "deleted.txt").write_text(ENGLISH, encoding="utf-8")
    (Path(os.fsdecode(bytes(root)) + os.fsdecode(b"/caf\xe9.txt"))).write_text(ENGLISH, encoding="utf-8")
    (root / "stray-bytes.txt").write_bytes(ENGLISH.encode() * 20 + b"\n\xff\xfe broken \xc3 here\n\n" + SIMPLIFIED.encode())
    list_documents = batch_module.list_documents

    def deleting_after_listing(folder: Path, follow_links: bool) -> Any:
        listing = list_documents(folder, follow_links)
        (root / "deleted.txt").unlink()
        return listing

    monkeypatch.setattr(batch_module, "list_documents", deleting_after_listing)
    summary = run_batch(BatchOptions(root, tmp_path / "out.jsonl", jobs=2), log=None)
    written = records(tmp_path / "out.jsonl")
    assert [brief(record) for record in written] == [
        ("binary.txt", "not text: NUL byte at offset 0"),
        ("caf\\xe9.txt", "utf-8", [("Inspur", 1, 15, "ranked first in 15 out of 30 tasks")]),
        ("deleted.txt", "No such file or directory"),
        ("empty.txt", "empty: 0 bytes, nothing to read"),
        ("folder.txt/inside.txt", "utf-8", [("Nettrix", 1, 13, "13项第一")]),
        ("nested.html", "utf-8", [("Inspur", 1, 15, "ranked first in 15 out of 30 tasks")]),
        ("pipe.txt", "not a regular file (a FIFO, device or socket)"),
        ("png-renamed.txt", "not text: the content is a PNG image"),
        ("stray-bytes.txt", "utf-8", [("Inspur", 1, 15, "ranked first in 15 out of 30 tasks")] * 20 + [("Nettrix", 1, 13, "13项第一")]),
    ]
    warnings = {brief(record)[0]: record["warnings"] for record in written if "error" not in record}
    assert warnings["caf\\xe9.txt"] == ["the path is not valid UTF-8: its undecodable bytes are written as \\xNN escapes in source"]
    assert warnings["stray-bytes.txt"] == ["3 invalid UTF-8 byte sequence(s) replaced with U+FFFD, the first at byte 1381"]
    assert (summary.documents, summary.claims, len(summary.errors)) == (9, 24, 5)


@pytest.mark.parametrize("include_text", [False, True])
def test_records_written_as_claims_arrive_equal_the_pydantic_record(tmp_path: Path, include_text: bool) -> None:
    root = corpus(tmp_path / "corpus")
    run(root, tmp_path / "out.jsonl", include_text=include_text)
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    documents = [line for line in lines if '"error"' not in line]
    for line in documents:
        record = json.loads(line)
        document = read_document(Path(record["source"]))
        origin = Origin(record["document"], str(root.resolve()))
        assert line == record_line(document_record(record["source"], document, extract(document.text), include_text, origin))
    assert len(documents) == 5


def test_a_record_past_the_spool_size_goes_through_a_temporary_file_that_is_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = corpus(tmp_path / "corpus")
    for output_format in ("jsonl", "csv"):
        run(root, tmp_path / f"memory.{output_format}", output_format=output_format, include_text=True)
        spool = tmp_path / f"spool-{output_format}"
        spool.mkdir()
        monkeypatch.setattr(tempfile, "tempdir", str(spool))
        monkeypatch.setattr(records_module, "SPOOL_CHARS", 50)
        spooled: list[str] = []
        copy_spool = batch_module.Output.copy_spool

        def noting(output: batch_module.Output, spool_path: str) -> None:
            spooled.append(spool_path)
            copy_spool(output, spool_path)

        monkeypatch.setattr(batch_module.Output, "copy_spool", noting)
        run(root, tmp_path / f"spooled.{output_format}", output_format=output_format, include_text=True, jobs=2)
        monkeypatch.undo()
        assert len(spooled) == 5  # every document (each has a claim, and every CSV row of one is over 50 characters)
        assert (tmp_path / f"spooled.{output_format}").read_bytes() == (tmp_path / f"memory.{output_format}").read_bytes()
        assert list(spool.iterdir()) == []


def test_outputs_held_in_memory_and_spooled_are_written_in_the_order_of_their_documents(tmp_path: Path) -> None:
    spool = tmp_path / "b.spool"
    spool.write_text('{"source": "b"}\n', encoding="utf-8")
    output = batch_module.Output(BatchOptions(tmp_path, tmp_path / "out.jsonl"))
    held = {name: batch_module.Outcome(name, f'{{"source": "{name}"}}\n', 0, None) for name in "acd"}
    output.write_outcomes([held["a"], batch_module.Outcome("b", "", 1, None, str(spool)), held["c"], held["d"]])
    output.close()
    assert [record["source"] for record in records(tmp_path / "out.jsonl")] == ["a", "b", "c", "d"]
    assert not spool.exists()


def test_a_worker_killed_while_spooling_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = corpus(tmp_path / "corpus")
    spool = tmp_path / "temp"
    spool.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spool))
    monkeypatch.setattr(records_module, "SPOOL_CHARS", 50)

    # Killed with its first claim already in a spool file; the workers are forked after this, so they inherit it.
    monkeypatch.setattr(batch_module, "DocumentReader", sabotaged(die, after_first_claim=True))
    run(root, tmp_path / "out.jsonl", jobs=2)
    assert brief(records(tmp_path / "out.jsonl")[5]) == ("en/release.txt", "a worker process died while extracting this file")
    assert list(spool.iterdir()) == []


def test_documents_read_alone_after_a_worker_died_blame_only_the_one_that_kills(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, text in (("a.txt", SIMPLIFIED), ("b.txt", ENGLISH), ("c.txt", SIMPLIFIED)):
        (tmp_path / name).write_text(text, encoding="utf-8")

    monkeypatch.setattr(batch_module, "DocumentReader", sabotaged(die))
    entries = [batch_module.Entry(str(tmp_path / name)) for name in ("a.txt", "b.txt", "c.txt")]
    found = [
        (Path(o.source).name, o.claims, o.error)
        for o in batch_module.isolated(entries, (1024, False, "jsonl", str(tmp_path), (str(tmp_path), str(tmp_path))))
    ]
    assert found == [("a.txt", 1, None), ("b.txt", 0, "a worker process died while extracting this file"), ("c.txt", 1, None)]
