"""`extractor batch`: every document under a folder to JSON Lines or CSV, in path order, in worker processes.

A file that fails becomes an error record and the batch goes on; each document's output is written in one
call, so a killed run leaves only complete lines and `--resume` carries on from them.
"""
from __future__ import annotations

import csv
import gc
import io
import json
import os
import sys
import tempfile
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO, TextIO

from .document import DEFAULT_MAX_BYTES, ReadError, read_document
from .models import Extraction
from .pipeline import DocumentReader, extract
from .records import CSV_FIELDS, ErrorRecord, OutputFormat, RecordWriter, error_output
from .walk import Entry, list_documents

WINDOW_PER_JOB = 4  # tasks in flight per worker: enough to keep each busy, few enough to keep memory low
MAX_CHUNK = 16  # documents per task at most: fewer round trips to the workers, and still an even spread


@dataclass(frozen=True)
class BatchOptions:
    """What `extractor batch` was asked to do."""

    root: Path
    output: Path
    output_format: OutputFormat = "jsonl"
    jobs: int = 1
    max_bytes: int = DEFAULT_MAX_BYTES
    include_text: bool = False
    resume: bool = False


@dataclass(frozen=True)
class Outcome:
    """One document's output, serialized in the worker (in `chunk`, or for a large one in the temporary file
    `spool`), and what the summary counts of it."""

    source: str
    chunk: str
    claims: int
    error: str | None
    spool: str | None = None


@dataclass
class Summary:
    """Counts for the closing line and the exit code."""

    documents: int = 0
    claims: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    resumed: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    def line(self, options: BatchOptions) -> str:
        rate = self.documents / self.seconds if self.seconds > 0 else 0.0
        parts = [counted(self.documents, "document"), counted(self.claims, "claim"), counted(len(self.errors), "error")]
        parts += [counted(len(self.skipped), "file") + " skipped"] if self.skipped else []
        parts += [f"{self.resumed} already in the output"] if options.resume else []
        return (f"extractor batch: {', '.join(parts)} in {self.seconds:.1f} s ({rate:.1f} documents/s, "
                f"{options.jobs} job{'s' if options.jobs > 1 else ''}) -> {options.output}")


def counted(number: int, noun: str) -> str:
    """"1 claim", "2 claims"."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def process(entry: Entry, max_bytes: int, include_text: bool, output_format: OutputFormat, spool_dir: str | None = None) -> Outcome:
    """Read and extract one document, writing its output as the claims come (a large one into a file in `spool_dir`);
    any failure becomes an error record naming the reason."""
    source = printable(entry.source)
    if entry.problem:
        return failed(source, entry.problem, output_format)
    writer: RecordWriter | None = None
    try:
        document = read_document(Path(entry.source), max_bytes)
        if source != entry.source:
            document = replace(document, warnings=(NOT_UTF8_PATH, *document.warnings))
        reader = DocumentReader(document.text)
        writer = RecordWriter(output_format, source, document, spool_dir)
        for claim in reader.claims():
            writer.add(claim)
        extraction = Extraction(language=reader.language, languages=reader.languages, claims=[], warnings=reader.warnings)
        chunk, spool = writer.finish(extraction, include_text)
        return Outcome(source, chunk, writer.claims, None, spool)
    except ReadError as error:
        return failed(source, str(error), output_format)
    except Exception as error:  # noqa: BLE001 - one document's failure must never stop the batch
        if writer is not None:
            writer.discard()
        return failed(source, f"internal error while extracting: {type(error).__name__}: {error}", output_format)


NOT_UTF8_PATH = "the path is not valid UTF-8: its undecodable bytes are written as \\xNN escapes in source"


def failed(source: str, reason: str, output_format: OutputFormat) -> Outcome:
    return Outcome(source, error_output(ErrorRecord(source=source, error=reason), output_format), 0, reason)


def printable(path: str) -> str:
    """A path as text: bytes that are not UTF-8 (kept by the OS as surrogates) shown as \\xNN escapes."""
    return os.fsencode(path).decode("utf-8", errors="backslashreplace")


def warm_up() -> None:
    """Load the tokenizers and patterns once per worker, before its first document."""
    extract("MLPerf Inference v4.0: ranked first in 2 of 3 tasks. 共获得13项第一。")


@contextmanager
def loaded_for_workers() -> Iterator[None]:
    """Load the tokenizers and patterns in this process, for the workers forked from it to inherit, and freeze what is
    loaded (gc.freeze): the workers' collections then leave the inherited objects, and the memory pages they share,
    untouched. With 2 jobs over 10 MB of English, the run took 3.2-3.3 s so, against 3.3-3.5 s with each worker
    loading its own. Workers that are not forked (spawn, forkserver) load their own, once: `warm_up` stays their
    initializer. Unfrozen at the end."""
    already_frozen = gc.get_freeze_count() > 0  # a caller's own freeze is theirs to undo
    warm_up()
    gc.freeze()
    try:
        yield
    finally:
        if not already_frozen:
            gc.unfreeze()


class Output:
    """The output file: opened fresh, or (with --resume) cut back to its last complete line and appended to."""

    def __init__(self, options: BatchOptions) -> None:
        self.path = options.output
        self.done: set[str] = set()
        if options.resume and self.path.exists():
            self.done = completed_sources(self.path, options.output_format)
            self.descriptor = os.open(self.path, os.O_WRONLY | os.O_APPEND)
        else:
            self.descriptor = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        if options.output_format == "csv" and os.fstat(self.descriptor).st_size == 0:
            self.write(",".join(CSV_FIELDS) + "\n")

    def write(self, chunk: str) -> None:
        """Write a whole chunk, retrying short writes, so that a document's lines go out together."""
        self.write_bytes(chunk.encode("utf-8"))

    def write_bytes(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            view = view[os.write(self.descriptor, view):]

    def write_outcomes(self, outcomes: list[Outcome]) -> None:
        """Write the outputs of several documents in order: those held in memory in one call (a system call per
        document was 0.05 s of a 10 MB batch), a spooled one copied from its file."""
        held: list[str] = []
        for outcome in outcomes:
            if outcome.spool is None:
                held.append(outcome.chunk)
            else:
                self.write("".join(held))
                held = []
                self.copy_spool(outcome.spool)
        self.write("".join(held))

    def copy_spool(self, spool_path: str) -> None:
        """Copy a spooled output a megabyte at a time, then remove its file."""
        with open(spool_path, "rb") as spool:
            while block := spool.read(1 << 20):
                self.write_bytes(block)
        os.unlink(spool_path)

    def close(self) -> None:
        os.close(self.descriptor)


def completed_sources(path: Path, output_format: OutputFormat) -> set[str]:
    """Sources already in an output file, read a line at a time (never the whole file at once); a last line cut short
    by a killed run is removed first. Lines end at "\\n" only: a record may hold U+2028 or U+0085 unescaped."""
    with open(path, "r+b") as stream:
        cut_after_last_line(stream)
        stream.seek(0)
        if output_format == "csv":
            rows = csv.DictReader(io.TextIOWrapper(stream, encoding="utf-8", errors="replace", newline=""))
            return {row["source"] for row in rows if row.get("source")}
        sources = set()
        for number, line in enumerate(stream, start=1):
            try:
                sources.add(json.loads(line)["source"])
            except (ValueError, KeyError, TypeError) as error:
                raise ValueError(f"{path}: line {number} is not an output record ({error}); cannot resume") from error
        return sources


def cut_after_last_line(stream: BinaryIO) -> None:
    """Truncate a file after its last newline, reading back from its end a block at a time."""
    end = position = stream.seek(0, os.SEEK_END)
    complete = 0
    while position > 0:
        start = max(0, position - (1 << 16))
        stream.seek(start)
        newline = stream.read(position - start).rfind(b"\n")
        if newline >= 0:
            complete = start + newline + 1
            break
        position = start
    if complete < end:
        stream.truncate(complete)


class Progress:
    """A one-line progress bar on stderr (files, claims, errors, rate), redrawn at most ten times a second."""

    def __init__(self, total: int, stream: TextIO | None) -> None:
        self.total, self.stream = total, stream
        self.started = self.drawn = time.monotonic()

    def update(self, summary: Summary, final: bool = False) -> None:
        now = time.monotonic()
        if self.stream is None or (now - self.drawn < 0.1 and not final):
            return
        self.drawn = now
        done = summary.documents
        width = 24
        filled = width * done // self.total if self.total else width
        rate = done / (now - self.started) if now > self.started else 0.0
        self.stream.write(f"\r\x1b[K[{'#' * filled}{'.' * (width - filled)}] {done}/{self.total} files, "
                          f"{counted(summary.claims, 'claim')}, {counted(len(summary.errors), 'error')}, {rate:.1f} files/s")
        if final:
            self.stream.write("\r\x1b[K")
        self.stream.flush()


Arguments = tuple[int, bool, OutputFormat, str]
"""What `process` takes besides the entry: size limit, include text, output format, spool folder."""


def process_chunk(entries: list[Entry], max_bytes: int, include_text: bool, output_format: OutputFormat, spool_dir: str) -> list[Outcome]:
    """A worker's task: several documents, so that the round trip to the worker is paid once for them."""
    return [process(entry, max_bytes, include_text, output_format, spool_dir) for entry in entries]


def outcomes(entries: list[Entry], options: BatchOptions, spool_dir: str) -> Iterator[list[Outcome]]:
    """The entries' outcomes in order, as they come: one at a time in this process for one job, else a task's
    documents at a time from a pool of worker processes."""
    arguments: Arguments = (options.max_bytes, options.include_text, options.output_format, spool_dir)
    if options.jobs <= 1:
        for entry in entries:
            yield [process(entry, *arguments)]
        return
    if not entries:
        return  # no workers to load for
    size = max(1, min(MAX_CHUNK, len(entries) // (options.jobs * WINDOW_PER_JOB * 4)))
    queue = deque(entries[i:i + size] for i in range(0, len(entries), size))
    with loaded_for_workers():
        yield from pooled(queue, options.jobs, arguments)


def pooled(queue: deque[list[Entry]], jobs: int, arguments: Arguments) -> Iterator[list[Outcome]]:
    """The outcomes of the queued chunks in order, from a pool of `jobs` worker processes, a few tasks in flight per
    worker; after a worker dies, from a new pool."""
    while queue:
        suspect: list[Entry] = []
        with ProcessPoolExecutor(jobs, initializer=warm_up) as pool:
            window: deque[tuple[list[Entry], Future[list[Outcome]]]] = deque()
            try:
                while queue or window:
                    while queue and len(window) < jobs * WINDOW_PER_JOB:
                        # A broken pool refuses a task: the chunk leaves the queue only once it is in flight.
                        future = pool.submit(process_chunk, queue[0], *arguments)
                        window.append((queue.popleft(), future))
                    yield window[0][1].result()
                    window.popleft()
            except BrokenProcessPool:
                # A worker died (killed, out of memory) and every task in flight failed with it, the culprit's or
                # not: the head chunk is read again a document at a time, alone, and the others are queued again.
                suspect, _ = window.popleft()
                queue.extendleft(reversed([waiting for waiting, _ in window]))
        yield from ([outcome] for outcome in isolated(suspect, arguments))


def isolated(chunk: list[Entry], arguments: Arguments) -> Iterator[Outcome]:
    """The documents of a chunk, each alone in a one-worker pool: one that kills its worker is then surely the
    culprit, and gets an error record; the others are read as usual."""
    pending = deque(chunk)
    while pending:
        with ProcessPoolExecutor(1, initializer=warm_up) as pool:
            try:
                while pending:
                    yield from pool.submit(process_chunk, [pending[0]], *arguments).result()
                    pending.popleft()
            except BrokenProcessPool:
                yield process(Entry(pending.popleft().source, "a worker process died while extracting this file"), *arguments)


def run_batch(options: BatchOptions, progress_stream: TextIO | None = None, log: TextIO | None = sys.stderr) -> Summary:
    """Extract every document under `options.root` into `options.output`; return the counts."""
    started = time.monotonic()
    listing = list_documents(options.root)
    output = Output(options)
    summary = Summary(skipped=listing.skipped)
    pending = [entry for entry in listing.entries if printable(entry.source) not in output.done]
    summary.resumed = len(listing.entries) - len(pending)
    progress = Progress(len(pending), progress_stream)
    # Large outputs are spooled in a folder of this run: removed at its end with whatever a killed worker left there.
    spool_dir = tempfile.TemporaryDirectory(prefix="extractor-batch-", ignore_cleanup_errors=True)
    try:
        for group in outcomes(pending, options, spool_dir.name):
            output.write_outcomes(group)
            for outcome in group:
                summary.documents += 1
                summary.claims += outcome.claims
                if outcome.error is not None:
                    summary.errors.append((outcome.source, outcome.error))
            progress.update(summary)
    finally:
        output.close()
        spool_dir.cleanup()
        progress.update(summary, final=True)
    summary.seconds = time.monotonic() - started
    if log is not None:
        for path, reason in summary.skipped:
            log.write(f"skipped {printable(path)}: {reason}\n")
        for source, error in summary.errors:
            log.write(f"error {source}: {error}\n")
    return summary
