"""`extractor batch`: every document under a folder to JSON Lines or CSV, in path order, in worker processes.

A file that fails becomes an error record and the batch goes on; each document's output is written in one
call, so a killed run leaves only complete lines and `--resume` carries on from them.
"""

from __future__ import annotations

import csv
import ctypes
import gc
import io
import os
import shutil
import signal
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
from typing import Any, BinaryIO, Literal, TextIO

from extractor.corpus.records import (
    CSV_FIELDS,
    ErrorRecord,
    Origin,
    OutputFormat,
    RecordWriter,
    error_output,
    output_records,
)
from extractor.corpus.walk import Entry, list_documents
from extractor.models import Extraction
from extractor.pipeline import DocumentReader, extract
from extractor.reading.document import DEFAULT_MAX_BYTES, ReadError, read_document

Root = tuple[str, str]
"""The input folder as typed (the documents' paths start with it) and resolved (what the output records)."""

Engine = Literal["local", "dask"]
"""Where documents are read: worker processes of this machine, or a Dask cluster (cluster.py)."""
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
    follow_links: bool = False
    engine: Engine = "local"
    scheduler: str | None = None
    """The Dask scheduler's address for the dask engine; None: a local cluster of `jobs` workers."""


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
    earlier_errors: list[tuple[str, str]] = field(default_factory=list)
    """The error records already in the output that a resumed run carries on."""
    skipped: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def all_errors(self) -> list[tuple[str, str]]:
        """The errors of the whole output: those before a resumed run, then its own."""
        return self.earlier_errors + self.errors

    def line(self, options: BatchOptions) -> str:
        rate = self.documents / self.seconds if self.seconds > 0 else 0.0
        errors = counted(len(self.all_errors), "error") + (f" ({len(self.earlier_errors)} from before)" if self.earlier_errors else "")
        parts = [counted(self.documents, "document"), counted(self.claims, "claim"), errors]
        parts += [counted(len(self.skipped), "file") + " skipped"] if self.skipped else []
        parts += [f"{self.resumed} already in the output"] if options.resume else []
        if options.engine == "dask":
            where = (
                f"on the Dask cluster at {options.scheduler}"
                if options.scheduler
                else f"on a local Dask cluster of {counted(options.jobs, 'worker')}"
            )
        else:
            where = counted(options.jobs, "job")
        return f"extractor batch: {', '.join(parts)} in {self.seconds:.1f} s ({rate:.1f} documents/s, {where}) -> {options.output}"


def counted(number: int, noun: str) -> str:
    """ "1 claim", "2 claims"."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def process(
    entry: Entry,
    max_bytes: int,
    include_text: bool,
    output_format: OutputFormat,
    spool_dir: str | None = None,
    root: Root | None = None,
    base: str | None = None,
) -> Outcome:
    """Read and extract one document, writing its output as the claims come (a large one into a file in `spool_dir`);
    any failure becomes an error record naming the reason. `root` is the input folder as typed and resolved; `base` the
    folder that a relative path starts from where it is not this process's working folder (a Dask worker's)."""
    source = printable(entry.source)
    origin = Origin(printable(Path(os.path.relpath(entry.source, root[0])).as_posix()), root[1]) if root else None
    if entry.problem:
        return failed(source, entry.problem, output_format, origin)
    writer: RecordWriter | None = None
    try:
        document = read_document(Path(base or "", entry.source), max_bytes)
        if source != entry.source:
            document = replace(document, warnings=(NOT_UTF8_PATH, *document.warnings))
        reader = DocumentReader(document.text)
        writer = RecordWriter(output_format, source, document, spool_dir, origin)
        for claim in reader.claims():
            writer.add(claim)
        extraction = Extraction(language=reader.language, languages=reader.languages, claims=[], warnings=reader.warnings)
        chunk, spool = writer.finish(extraction, include_text)
        return Outcome(source, chunk, writer.claims, None, spool)
    except ReadError as error:
        return failed(source, str(error), output_format, origin)
    except Exception as error:  # noqa: BLE001 - one document's failure must never stop the batch
        if writer is not None:
            writer.discard()
        return failed(source, f"internal error while extracting: {type(error).__name__}: {error}", output_format, origin)


NOT_UTF8_PATH = "the path is not valid UTF-8: its undecodable bytes are written as \\xNN escapes in source"


def failed(source: str, reason: str, output_format: OutputFormat, origin: Origin | None = None) -> Outcome:
    record = ErrorRecord(source=source, document=origin.document if origin else None, root=origin.root if origin else None, error=reason)
    return Outcome(source, error_output(record, output_format), 0, reason)


def printable(path: str) -> str:
    """A path as text: bytes that are not UTF-8 (kept by the OS as surrogates) shown as \\xNN escapes."""
    return os.fsencode(path).decode("utf-8", errors="backslashreplace")


def warm_up() -> None:
    """Load the tokenizers and patterns once per worker, before its first document."""
    extract("MLPerf Inference v4.0: ranked first in 2 of 3 tasks. 共获得13项第一。")


PR_SET_PDEATHSIG = 1


def start_worker(parent: int) -> None:
    """A worker's set-up: it leaves Ctrl-C to the batch process (which stops the run and says so), ends when the batch
    process dies, however it dies (on Linux, by a parent-death signal; a parent already gone ends it at once), and
    loads the tokenizers and patterns."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:
        os._exit(1)
    warm_up()


@contextmanager
def loaded_for_workers() -> Iterator[None]:
    """Load the tokenizers and patterns in this process, for the workers forked from it to inherit, and freeze what is
    loaded (gc.freeze): the workers' collections then leave the inherited objects, and the memory pages they share,
    untouched. Workers that are not forked (spawn, forkserver) load their own, once (see start_worker). Unfrozen at
    the end."""
    already_frozen = gc.get_freeze_count() > 0  # a caller's own freeze is theirs to undo
    warm_up()
    gc.freeze()
    try:
        yield
    finally:
        if not already_frozen:
            gc.unfreeze()


@dataclass
class Written:
    """What an output file already holds: its documents (by path relative to the input folder; by source in an output
    written before records named it) and its error records."""

    documents: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    errors: list[tuple[str, str]] = field(default_factory=list)

    def holds(self, entry: Entry, root: Root) -> bool:
        return (
            printable(Path(os.path.relpath(entry.source, root[0])).as_posix()) in self.documents or printable(entry.source) in self.sources
        )


class Output:
    """The output file: opened fresh, or (with --resume) cut back to its last complete line and appended to."""

    def __init__(self, options: BatchOptions) -> None:
        self.path = options.output
        self.written = Written()
        if options.resume and self.path.exists():
            self.written = written(self.path, options.output_format, input_root(options.root)[1])
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
        try:
            while view:
                view = view[os.write(self.descriptor, view) :]
        except OSError as error:
            raise OutputError(f"writing {self.path}: {(error.strerror or str(error)).lower()}") from error

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


class OutputError(Exception):
    """Writing the output failed during the run (a full disk, a lost volume): what was written is whole up to its last
    line, and --resume goes on from there."""


class EngineError(Exception):
    """The engine asked for cannot run: dask is not installed, or its scheduler cannot be reached."""


def written(path: Path, output_format: OutputFormat, root: str) -> Written:
    """What an output file holds, read a line at a time (never the whole file at once); a last line cut short by a
    killed run is removed first. Lines end at "\\n" only: a record may hold U+2028 or U+0085 unescaped. An output of
    another input folder is refused."""
    found = Written()
    with open(path, "r+b") as stream:
        cut_after_last_line(stream)
        stream.seek(0)
        if output_format == "csv":
            records: Iterator[dict[str, Any]] = csv.DictReader(io.TextIOWrapper(stream, encoding="utf-8", errors="replace", newline=""))
        else:
            records = output_records(path, stream)
        for record in records:
            if not record.get("source"):
                continue
            if record.get("root") and record["root"] != root:
                raise ValueError(
                    f"{path} holds the output of another input folder ({record['root']}), not {root}: write to "
                    "another file, or leave out --resume to replace it"
                )
            if record.get("document"):
                found.documents.add(record["document"])
            else:
                found.sources.add(record["source"])
            if record.get("error"):
                found.errors.append((record["source"], record["error"]))
    return found


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
        self.stream.write(
            f"\r\x1b[K[{'#' * filled}{'.' * (width - filled)}] {done}/{self.total} files, "
            f"{counted(summary.claims, 'claim')}, {counted(len(summary.errors), 'error')}, {rate:.1f} files/s"
        )
        if final:
            self.stream.write("\r\x1b[K")
        self.stream.flush()


Arguments = tuple[int, bool, OutputFormat, "str | None", "Root"]
"""What `process` takes besides the entry: size limit, include text, output format, spool folder (None: the system's
temporary folder), input folder."""


def process_chunk(
    entries: list[Entry], max_bytes: int, include_text: bool, output_format: OutputFormat, spool_dir: str | None, root: Root
) -> list[Outcome]:
    """A worker's task: several documents, so that the round trip to the worker is paid once for them."""
    return [process(entry, max_bytes, include_text, output_format, spool_dir, root) for entry in entries]


def input_root(root: Path) -> Root:
    return str(root), os.path.realpath(root)


def outcomes(entries: list[Entry], options: BatchOptions, spool_dir: str) -> Iterator[list[Outcome]]:
    """The entries' outcomes in order, as they come: one at a time in this process for one job, else a task's
    documents at a time from a pool of worker processes."""
    arguments: Arguments = (options.max_bytes, options.include_text, options.output_format, spool_dir, input_root(options.root))
    if options.jobs <= 1:
        for entry in entries:
            yield [process(entry, *arguments)]
        return
    if not entries:
        return  # no workers to load for
    size = max(1, min(MAX_CHUNK, len(entries) // (options.jobs * WINDOW_PER_JOB * 4)))
    queue = deque(entries[i : i + size] for i in range(0, len(entries), size))
    with loaded_for_workers():
        yield from pooled(queue, options.jobs, arguments)


def pooled(queue: deque[list[Entry]], jobs: int, arguments: Arguments) -> Iterator[list[Outcome]]:
    """The outcomes of the queued chunks in order, from a pool of `jobs` worker processes, a few tasks in flight per
    worker; after a worker dies, from a new pool."""
    while queue:
        suspect: list[Entry] = []
        with ProcessPoolExecutor(jobs, initializer=start_worker, initargs=(os.getpid(),)) as pool:
            window: deque[tuple[list[Entry], Future[list[Outcome]]]] = deque()
            try:
                while queue or window:
                    while queue and len(window) < jobs * WINDOW_PER_JOB:
                        # A broken pool refuses a task: the chunk leaves the queue only once it is in flight.
                        future = pool.submit(process_chunk, queue[0], *arguments)
                        window.append((queue.popleft(), future))
                    yield window[0][1].result()
                    window.popleft()
            except KeyboardInterrupt:
                pool.shutdown(wait=False, cancel_futures=True)  # only the tasks under way are waited for
                raise
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
        with ProcessPoolExecutor(1, initializer=start_worker, initargs=(os.getpid(),)) as pool:
            try:
                while pending:
                    yield from pool.submit(process_chunk, [pending[0]], *arguments).result()
                    pending.popleft()
            except BrokenProcessPool:
                yield process(Entry(pending.popleft().source, "a worker process died while extracting this file"), *arguments)


def run_batch(options: BatchOptions, progress_stream: TextIO | None = None, log: TextIO | None = sys.stderr) -> Summary:
    """Extract every document under `options.root` into `options.output`; return the counts. Ctrl-C stops the run
    with every document written so far whole (the summary says it was interrupted); a failed write raises OutputError."""
    started = time.monotonic()
    listing = list_documents(options.root, options.follow_links)
    output = Output(options)
    root = input_root(options.root)
    summary = Summary(skipped=listing.skipped, earlier_errors=output.written.errors)
    pending = [entry for entry in listing.entries if not output.written.holds(entry, root)]
    summary.resumed = len(listing.entries) - len(pending)
    progress = Progress(len(pending), progress_stream)
    remove_stale_run_folders()
    # Large outputs are spooled in a folder of this run: removed at its end with whatever a killed worker left there, and
    # by a later run if this one is killed (the folder's name holds this process's id).
    spool_dir = tempfile.TemporaryDirectory(prefix=f"{RUN_FOLDER_PREFIX}{os.getpid()}-", ignore_cleanup_errors=True)
    try:
        if options.engine == "dask":
            from extractor.corpus.cluster import dask_outcomes

            groups = dask_outcomes(pending, options)
        else:
            groups = outcomes(pending, options, spool_dir.name)
        for group in groups:
            output.write_outcomes(group)
            for outcome in group:
                summary.documents += 1
                summary.claims += outcome.claims
                if outcome.error is not None:
                    summary.errors.append((outcome.source, outcome.error))
            progress.update(summary)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        output.close()
        spool_dir.cleanup()
        progress.update(summary, final=True)
    summary.seconds = time.monotonic() - started
    if log is not None:
        for path, reason in summary.skipped:
            log.write(f"skipped {printable(path)}: {reason}\n")
        for source, error in summary.all_errors:
            log.write(f"error {source}: {error}\n")
    return summary


RUN_FOLDER_PREFIX = "extractor-batch-"


def remove_stale_run_folders() -> None:
    """Remove the spool folders of runs whose process is gone (killed before it could remove its own)."""
    for folder in Path(tempfile.gettempdir()).glob(f"{RUN_FOLDER_PREFIX}*"):
        pid = folder.name[len(RUN_FOLDER_PREFIX) :].split("-", 1)[0]
        if pid.isdigit() and not alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True
