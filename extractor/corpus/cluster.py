"""The Dask engine: the batch's documents read on a Dask cluster (`extractor batch --engine dask`), and extraction
mapped over a Dask bag of texts or files. Needs the optional extra `dask` (dask[distributed]).

A worker reads each file by its path, so the files must be at the same path on every worker (one machine, or a shared
filesystem). The output is the local engine's: the same records in the same order, written by the process that runs
the batch. A worker that dies has its tasks run again on another (Dask's own retry); a document that keeps killing the
workers it runs on is read alone and gets an error record, as in the local engine.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from extractor.corpus.batch import (
    Arguments,
    BatchOptions,
    EngineError,
    Outcome,
    input_root,
    process,
)
from extractor.corpus.walk import Entry
from extractor.pipeline import extract
from extractor.reading.document import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from dask.bag import Bag
    from distributed import Client

TASKS_PER_THREAD = 4
"""Tasks in flight per worker thread: enough to keep each busy, few enough that the results waiting to be written in
order stay few."""
CHUNK = 8
"""Documents per task at most: a round trip to the scheduler costs a few milliseconds, a document about one."""
INSTALL_HINT = "the dask engine needs dask[distributed]: pip install 'extractor[dask]'"


def connect(scheduler: str | None, jobs: int) -> Client:
    """A client of the scheduler at `scheduler` (as `tcp://host:8786`), else of a new local cluster of `jobs` worker
    processes, one thread each (extraction holds the GIL)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:
        raise EngineError(INSTALL_HINT) from error
    if scheduler is None:
        return Client(LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None))
    try:
        return Client(scheduler, timeout="10s")
    except OSError as error:
        raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from error


def read_inline(entries: list[Entry], arguments: Arguments, base: str) -> list[Outcome]:
    """A task on a worker: the documents' outcomes, their relative paths read from `base` (the batch's working folder),
    with every output in the result itself, none left in a temporary file (the worker's files are not the batch's)."""
    return [inline(process(entry, *arguments, base=base)) for entry in entries]


def inline(outcome: Outcome) -> Outcome:
    """An outcome whose output went to a temporary file, with that output read back and the file removed."""
    if outcome.spool is None:
        return outcome
    with open(outcome.spool, encoding="utf-8") as spooled:
        chunk = spooled.read()
    os.unlink(outcome.spool)
    return Outcome(outcome.source, chunk, outcome.claims, outcome.error)


def dask_outcomes(entries: list[Entry], options: BatchOptions) -> Iterator[list[Outcome]]:
    """The entries' outcomes in order, a task's documents at a time, read on the Dask cluster at `options.scheduler`
    (or a local one of `options.jobs` workers)."""
    from distributed import KilledWorker

    if not entries:
        return
    arguments: Arguments = (options.max_bytes, options.include_text, options.output_format, None, input_root(options.root))
    base = os.getcwd()
    client = connect(options.scheduler, options.jobs)
    try:
        threads = sum(worker.get("nthreads", 1) for worker in client.scheduler_info()["workers"].values()) or 1
        size = max(1, min(CHUNK, len(entries) // (threads * TASKS_PER_THREAD * 4)))
        queue = deque(entries[i : i + size] for i in range(0, len(entries), size))
        window: deque[tuple[list[Entry], Any]] = deque()
        while queue or window:
            while queue and len(window) < threads * TASKS_PER_THREAD:
                chunk = queue.popleft()
                window.append((chunk, client.submit(read_inline, chunk, arguments, base, pure=False)))
            chunk, future = window.popleft()
            try:
                yield future.result()
            except KilledWorker:
                yield from ([outcome] for outcome in isolated(client, chunk, arguments, base))
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None and options.scheduler is None:
            cluster.close()


def isolated(client: Client, chunk: list[Entry], arguments: Arguments, base: str) -> Iterator[Outcome]:
    """The documents of a task that killed the workers it ran on, each in a task of its own: the one that still kills
    them gets an error record, the others are read as usual."""
    from distributed import KilledWorker

    for entry in chunk:
        try:
            yield from client.submit(read_inline, [entry], arguments, base, pure=False).result()
        except KilledWorker:
            yield process(Entry(entry.source, "a worker process died while extracting this file"), *arguments)


def extract_texts(texts: Bag) -> Bag:
    """A bag of the Extraction of each text of a Dask bag (`extract` on every item, on the bag's scheduler)."""
    return texts.map(extract)


def extract_files(paths: Bag, max_bytes: int = DEFAULT_MAX_BYTES) -> Bag:
    """A bag of the JSON line `extractor batch` writes for each file of a Dask bag of paths (an error record for a file
    that cannot be read)."""
    return paths.map(file_record, max_bytes)


def file_record(path: str | os.PathLike[str], max_bytes: int) -> str:
    """The JSON line of one file, as `extractor batch` writes it (without its folder's relative path)."""
    outcome = inline(process(Entry(os.fspath(path), None), max_bytes, False, "jsonl"))
    return outcome.chunk.rstrip("\n")
