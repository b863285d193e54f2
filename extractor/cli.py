"""The `extractor` command: extract, batch, text, schema and eval; exit 0 ok, 1 some input failed, 2 bad usage."""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import shutil
import sys
from importlib import metadata
from pathlib import Path
from typing import NoReturn, TextIO

from extractor import schema_doc
from extractor.corpus.batch import (
    BatchOptions,
    EngineError,
    OutputError,
    counted,
    printable,
    run_batch,
)
from extractor.corpus.evaluate import GoldError, report
from extractor.corpus.records import (
    DocumentRecord,
    RecordWriter,
    document_record,
    output_schema,
)
from extractor.corpus.report import write_report
from extractor.fields import SHOWN_FIELDS
from extractor.models import Claim, Extraction
from extractor.pipeline import DocumentReader, extract
from extractor.reading.document import (
    DEFAULT_MAX_BYTES,
    FORMATS,
    Document,
    Format,
    ReadError,
    read_document,
    read_stream,
)
from extractor.verification import Results, ResultsError, load_results
from extractor.verification.output import Tally, verified_lines, verify_file

EXIT_CODES = """exit codes:
  0  every file was read and extracted
  1  some file could not be read (each is named on stderr; batch writes an error record and goes on)
  2  bad usage (unknown option, missing folder, unusable output file)"""
SIZE = re.compile(r"(?i)^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?\s*$")
SIZE_FACTORS = {"": 1, "b": 1, "k": 1 << 10, "kb": 1 << 10, "m": 1 << 20, "mb": 1 << 20, "g": 1 << 30, "gb": 1 << 30}


def byte_size(text: str) -> int:
    """A size such as 20MB, 500k or 1048576 (binary multiples), for --max-bytes."""
    match = SIZE.match(text)
    if match is None:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (say 20MB, 500k or a number of bytes)")
    return int(float(match.group(1)) * SIZE_FACTORS[(match.group(2) or "").lower()])


def job_count(text: str) -> int:
    jobs = int(text) if text.isdigit() else 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"--jobs takes a whole number of at least 1, not {text!r}")
    return jobs


def default_jobs() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def package_version() -> str:
    """The installed distribution's version, or the checkout's where it is not installed."""
    try:
        return metadata.version("extractor")
    except metadata.PackageNotFoundError:
        return "(not installed)"


def parser() -> argparse.ArgumentParser:
    formatter = argparse.RawDescriptionHelpFormatter
    main = argparse.ArgumentParser(
        prog="extractor",
        formatter_class=formatter,
        epilog=EXIT_CODES,
        description="Extract claims about AI benchmark results (MLPerf above all) from English and Chinese text.",
    )
    main.add_argument("--version", action="version", version=f"%(prog)s {package_version()}")
    commands = main.add_subparsers(dest="command", required=True, metavar="COMMAND")
    size_help = f"refuse files larger than this (default {DEFAULT_MAX_BYTES >> 20}MB; accepts k, MB, GB)"
    formats = sorted(set(FORMATS.values()))

    one = commands.add_parser(
        "extract",
        formatter_class=formatter,
        epilog=EXIT_CODES,
        help="print the claims of one document",
        description=(
            "Print the claims of one document (.txt, .md, .html; UTF-8, UTF-16 with BOM, GB18030 or Big5): "
            "a table when stdout is a terminal, else the JSON record that batch writes. Offsets index the "
            "text that `extractor text FILE` prints."
        ),
    )
    one.add_argument("file", help="the document, or - to read standard input")
    shown = one.add_mutually_exclusive_group()
    shown.add_argument("--json", action="store_true", help="print the JSON record even on a terminal")
    shown.add_argument("--table", action="store_true", help="print the table even when stdout is not a terminal")
    one.add_argument("--as", dest="form", choices=formats, help="read the input as this format (default: from the file name; - is text)")
    one.add_argument("--include-text", action="store_true", help="put the document's text in the JSON record")
    one.add_argument("--max-bytes", type=byte_size, default=DEFAULT_MAX_BYTES, help=size_help)

    many = commands.add_parser(
        "batch",
        formatter_class=formatter,
        epilog=EXIT_CODES,
        help="extract every document under a folder to JSON Lines or CSV",
        description=(
            "Walk DIR recursively and write one JSON line per document (source, format, encoding, "
            "language, languages, metadata, claims, warnings, offsets, text_length) or, for a file that "
            "could not be read, {source, error}. Files are read in sorted path order and written in that "
            "order whatever --jobs is. Hidden files and NAME.gold.json are skipped, as are files that are not "
            f"{', '.join(FORMATS)} (each named on stderr). Each document is written whole, so a killed "
            "run leaves only complete lines; --resume carries on from them."
        ),
    )
    many.add_argument("folder", type=Path, metavar="DIR", help="the folder of documents")
    many.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT", help="the output file: JSON Lines, or CSV where its name ends in .csv"
    )
    many.add_argument(
        "--format",
        dest="output_format",
        choices=("jsonl", "csv"),
        help="jsonl: a record per document; csv: a row per claim, a row with no claim for a document without any, "
        "and a row per failed file (default: csv for OUT ending in .csv, else jsonl)",
    )
    many.add_argument(
        "--jobs", type=job_count, default=default_jobs(), help="worker processes (default: this machine's cores, %(default)s)"
    )
    many.add_argument("--max-bytes", type=byte_size, default=DEFAULT_MAX_BYTES, help=size_help)
    many.add_argument("--include-text", action="store_true", help="put each document's text in its record (jsonl)")
    many.add_argument("--resume", action="store_true", help="skip documents already in OUT and append the rest")
    many.add_argument("--follow-links", action="store_true", help="read what symbolic links to outside DIR point to (skipped otherwise)")
    many.add_argument("-q", "--quiet", action="store_true", help="print nothing on stderr: no progress bar, summary or file errors")
    many.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local: worker processes of this machine (--jobs); dask: a Dask cluster (needs extractor[dask]), the one at "
        "--scheduler or else a local one of --jobs workers; the output is the same",
    )
    many.add_argument("--scheduler", metavar="ADDRESS", help="the Dask scheduler for --engine dask, as tcp://host:8786")
    many.add_argument(
        "--results",
        type=Path,
        metavar="TABLE",
        help="check every claim against this official results table (CSV with MLCommons' columns) and add its verification (jsonl only)",
    )

    review = commands.add_parser(
        "report",
        formatter_class=formatter,
        epilog=EXIT_CODES,
        help="write a batch output as one HTML page to review its claims",
        description=(
            "Write one self-contained HTML file (no network, no server) from a `batch` output (JSON Lines, "
            "verified or not): per document its text with each claim's evidence highlighted and linked to "
            "its row, warnings where they sit, a claims table filtered by subject, kind, round and verdict, "
            "and a chart of claims per subject and round coloured by verdict. Each document's text is the "
            "record's own (--include-text) or is read again from its file."
        ),
    )
    review.add_argument("claims", type=Path, metavar="OUT.jsonl", help="the output of `extractor batch` or `extractor verify`")
    review.add_argument("-o", "--output", type=Path, required=True, metavar="REPORT.html", help="the page to write")
    check = commands.add_parser(
        "verify",
        formatter_class=formatter,
        epilog=EXIT_CODES,
        help="check the claims of batch output against official results",
        description=(
            "Check every claim of a `batch` output (JSON Lines) against an official results table (CSV "
            "with MLCommons' columns: suite, version, division, category, organization, system, model, "
            "scenario, result, units, availability, accelerator, location) and write each record again "
            "with a `verification` on each claim: confirmed, not_reproduced (the table covers the claim's "
            "scope and no reading of it gives the claim's figure) or unverifiable (with the reason), and "
            "the rows that decided it. A summary per kind ends the run on stderr."
        ),
    )
    check.add_argument("claims", type=Path, metavar="CLAIMS.jsonl", help="the output of `extractor batch`")
    check.add_argument("--results", type=Path, required=True, metavar="TABLE", help="the official results table (CSV)")
    check.add_argument("-o", "--output", type=Path, metavar="OUT", help="where to write the verified records (default: standard output)")

    text = commands.add_parser(
        "text",
        formatter_class=formatter,
        epilog=EXIT_CODES,
        help="print a document's text: what claims' offsets index",
        description="Print the text of a document as the extractor reads it (HTML reduced to text, "
        "decoded from its encoding): claims' offsets are character offsets into exactly this.",
    )
    text.add_argument("file", help="the document, or - to read standard input")
    text.add_argument("--as", dest="form", choices=formats, help="read the input as this format (default: from the file name; - is text)")
    text.add_argument("--max-bytes", type=byte_size, default=DEFAULT_MAX_BYTES, help=size_help)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of an output record",
        description="Print the JSON Schema of one line of `batch` output (a document record or an "
        "error record), or with --markdown the claim's fields and vocabulary as "
        "docs/schema.md gives them.",
    )
    schema.add_argument("--markdown", action="store_true", help="the claim's fields and vocabulary as Markdown")

    evaluate = commands.add_parser(
        "eval",
        formatter_class=formatter,
        epilog=EXIT_CODES,
        help="score the extractor on documents with NAME.gold.json beside them",
        description="Score the extractor on every NAME.gold.json under each GOLD_DIR (and its subfolders) "
        "against its document NAME.<ext>: precision, recall and F1 per language, and "
        "per-field accuracy; with several folders, each folder's figures and then the total.",
    )
    evaluate.add_argument("gold_dirs", type=Path, nargs="+", metavar="gold_dir", help="folder of documents with NAME.gold.json beside each")
    evaluate.add_argument("--show", action="store_true", help="list the missed and extra claims of each document")
    return main


def console() -> NoReturn:
    """The `extractor` script and `python -m extractor`: run the command, then exit with its code. What it loaded is
    frozen first (gc.freeze), so that the interpreter's last collections do not walk the tokenizers' objects."""
    code = main()
    gc.freeze()
    sys.exit(code)


def main(argv: list[str] | None = None) -> int:
    """Run one command and return its exit code; a reader that stops early (`| head`) is no error."""
    try:
        return run(argv)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so that the exit flush does not fail again
        return 0


def run(argv: list[str] | None) -> int:
    """Run one command and return its exit code."""
    command_line = parser()
    arguments = command_line.parse_args(argv)
    if arguments.command == "schema":
        print(
            schema_doc.document() if arguments.markdown else json.dumps(output_schema(), indent=2, ensure_ascii=False),
            end="" if arguments.markdown else "\n",
        )
        return 0
    if arguments.command == "eval":
        for folder in arguments.gold_dirs:
            if not folder.is_dir():
                command_line.error(f"{folder}: not a folder")
        try:
            print(report(arguments.gold_dirs, arguments.show))
        except (GoldError, FileNotFoundError, ReadError) as error:
            print(f"extractor eval: {error}", file=sys.stderr)
            return 1
        return 0
    if arguments.command == "batch":
        return batch(arguments, command_line)
    if arguments.command == "verify":
        return verify_command(arguments)
    if arguments.command == "report":
        return report_command(arguments)
    try:
        document = load(arguments.file, arguments.form, arguments.max_bytes)
    except ReadError as error:
        print(f"extractor {arguments.command}: {arguments.file}: {error}", file=sys.stderr)
        return 1
    if arguments.command == "text":
        sys.stdout.buffer.write(document.text.encode("utf-8"))
        return 0
    source = "-" if arguments.file == "-" else printable(arguments.file)
    if arguments.json or not (arguments.table or sys.stdout.isatty()):
        print_record(source, document, arguments.include_text)
    else:
        print_table(document_record(source, document, extract(document.text), arguments.include_text), sys.stdout)
    return 0


def print_record(source: str, document: Document, include_text: bool) -> None:
    """The JSON record of one document, written as batch writes it: serialized as the claims arrive (past a few
    megabytes in a temporary file), so that a huge document never has all its claims in memory at once."""
    reader = DocumentReader(document.text)
    writer = RecordWriter("jsonl", source, document)
    try:
        for claim in reader.claims():
            writer.add(claim)
    except BaseException:
        writer.discard()
        raise
    chunk, spool = writer.finish(
        Extraction(language=reader.language, languages=reader.languages, claims=[], warnings=reader.warnings), include_text
    )
    sys.stdout.write(chunk)
    if spool is not None:
        sys.stdout.flush()
        with open(spool, "rb") as spooled:
            shutil.copyfileobj(spooled, sys.stdout.buffer, 1 << 20)
        os.unlink(spool)
    sys.stdout.flush()


def load(file: str, form: Format | None, max_bytes: int) -> Document:
    """The document named on the command line (- is standard input)."""
    if file != "-":
        return read_document(Path(file), max_bytes, form)
    return read_stream(sys.stdin.buffer, max_bytes, form or "text")


def output_format(output: Path, asked: str | None, command_line: argparse.ArgumentParser) -> str:
    """The output format: as asked, else from OUT's suffix (.csv is CSV, anything else JSON Lines); a CSV suffix with
    --format jsonl, or --format csv with a .jsonl suffix, is refused as a contradiction."""
    suffix = output.suffix.lower()
    implied = "csv" if suffix == ".csv" else "jsonl" if suffix in (".jsonl", ".ndjson") else None
    if asked is not None and implied is not None and asked != implied:
        command_line.error(f"--format {asked} contradicts the output's name {output} (a {suffix} file)")
    return asked or implied or "jsonl"


def batch(arguments: argparse.Namespace, command_line: argparse.ArgumentParser) -> int:
    arguments.output_format = output_format(arguments.output, arguments.output_format, command_line)
    if not arguments.folder.is_dir():
        command_line.error(f"{arguments.folder}: not a folder")
    if arguments.output.is_dir():
        command_line.error(f"{arguments.output}: is a folder, not an output file")
    results: Results | None = None
    if arguments.results is not None:
        if arguments.output_format != "jsonl":
            command_line.error("--results adds a verification to each claim of a JSON Lines output; it takes no --format csv")
        try:
            results = load_results(arguments.results)
        except ResultsError as error:
            print(f"extractor batch: {error}", file=sys.stderr)
            return 2
    if arguments.scheduler is not None and arguments.engine != "dask":
        command_line.error("--scheduler names a Dask scheduler; it goes with --engine dask")
    options = BatchOptions(
        arguments.folder,
        arguments.output,
        arguments.output_format,
        arguments.jobs,
        arguments.max_bytes,
        arguments.include_text,
        arguments.resume,
        arguments.follow_links,
        arguments.engine,
        arguments.scheduler,
    )
    progress = sys.stderr if sys.stderr.isatty() and not arguments.quiet else None
    try:
        summary = run_batch(options, progress, None if arguments.quiet else sys.stderr)
    except OutputError as error:
        print(f"extractor batch: {error}; every document before it is written whole: {RESUME_HINT}", file=sys.stderr)
        return 1
    except EngineError as error:
        print(f"extractor batch: {error}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as error:
        command_line.error(str(error))
    if not arguments.quiet:
        print(summary.line(options), file=sys.stderr)
    if summary.interrupted:
        print(f"extractor batch: interrupted; every document written is whole: {RESUME_HINT}", file=sys.stderr)
        return 130
    if results is not None:
        tally = Tally()
        verify_file(arguments.output, results, tally)
        if not arguments.quiet:
            print("\n".join(["verified against " + results.path + ":", *tally.lines()]), file=sys.stderr)
    return 1 if summary.all_errors else 0


RESUME_HINT = "run the same command with --resume to go on"


def report_command(arguments: argparse.Namespace) -> int:
    """`extractor report`: the review page of a batch output; a document whose file cannot be read again shows its
    claims without text, and says why."""
    try:
        page = write_report(arguments.claims, arguments.output)
    except (OSError, ValueError) as error:
        print(f"extractor report: {error}", file=sys.stderr)
        return 1
    print(
        f"extractor report: {counted(len(page.documents), 'document')}, {counted(len(page.claims), 'claim')} -> {arguments.output}",
        file=sys.stderr,
    )
    return 0


def verify_command(arguments: argparse.Namespace) -> int:
    """`extractor verify`: the results table is read first, so that a bad one stops the run before any work."""
    try:
        results = load_results(arguments.results)
    except ResultsError as error:
        print(f"extractor verify: {error}", file=sys.stderr)
        return 2
    tally = Tally()
    try:
        if arguments.output is None:
            with arguments.claims.open(encoding="utf-8") as lines:
                sys.stdout.writelines(verified_lines(lines, results, tally))
        else:
            copy = arguments.output.resolve() != arguments.claims.resolve()
            if copy:
                arguments.output.write_bytes(arguments.claims.read_bytes())
            verify_file(arguments.output, results, tally)
    except (OSError, ValueError) as error:
        print(f"extractor verify: {arguments.claims}: {error}", file=sys.stderr)
        return 1
    print("\n".join(tally.lines()), file=sys.stderr)
    return 0


def print_table(record: DocumentRecord, stream: TextIO) -> None:
    """A readable listing: one block per claim with its fields and evidence."""
    stream.write(
        f"{record.source}: {record.format}, {record.encoding}, language {record.language}, {counted(len(record.claims), 'claim')}\n"
    )
    for number, claim in enumerate(record.claims, start=1):
        stream.write(f"{number:>3}. {claim.kind:<13} {fields_of(claim)}\n")
        stream.write(f"     [{claim.evidence.start}:{claim.evidence.end}] {claim.evidence.text!r}  ({claim.rule})\n")
    stream.writelines(f"warning: {warning}\n" for warning in record.warnings)


def fields_of(claim: Claim) -> str:
    return "  ".join(f"{name}={value}" for name in SHOWN_FIELDS if (value := getattr(claim, name)) is not None)
