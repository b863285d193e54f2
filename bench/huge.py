"""Memory on one huge document: `python bench/huge.py [--mb 100]` prints the peak RSS of each way to read it.

Joins release-shaped documents of both languages (built as bench/run.py builds them) into a single UTF-8 file of
`--mb` megabytes, runs `extractor batch --jobs 1 --max-bytes` raised above it, and prints the file size, claims
written, time, MB/s and the batch process's peak RSS; a bounded reader keeps that peak near the text's own size. Then
the peak RSS of `extractor extract --json` on the same file, of the library's `DocumentReader(text).claims()` (claims
as they are found) and of `extract(text)` (every claim held at once).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import MB, ROOT, build  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=100.0, help="size of the one document (default 100)")
    parser.add_argument("--work", type=Path, default=ROOT / "bench" / "data" / "huge", help="where it is built")
    arguments = parser.parse_args()
    made = build(arguments.work / "parts", 4.0)
    parts = [path.read_text(encoding="utf-8") for language in ("en", "zh") for path in made[language] if path.suffix != ".html"]
    folder = arguments.work / "document"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "huge.txt"
    written = 0
    with target.open("w", encoding="utf-8") as stream:
        while written < arguments.mb * MB:
            for part in parts:
                stream.write(part + "\n\n")
                written += len(part.encode("utf-8")) + 2
    small = arguments.work / "small"
    small.mkdir(exist_ok=True)
    (small / "one.txt").write_text(parts[0], encoding="utf-8")
    output = arguments.work / "huge.jsonl"
    batch = [sys.executable, "-m", "extractor", "batch", "-o", str(output), "--jobs", "1", "-q"]
    subprocess.run(batch + [str(small)], check=True)
    baseline = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the largest child so far: this one
    started = time.perf_counter()
    subprocess.run(batch + [str(folder), "--max-bytes", str(int(written * 1.1))], check=True)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    with output.open(encoding="utf-8") as stream:
        record = json.loads(stream.readline())
    print(
        f"one document of {written / MB:.0f} MB: {len(record['claims']):,} claims, {len(record['warnings']):,} warnings listed, "
        f"{elapsed:.0f} s ({written / MB / elapsed:.2f} MB/s); peak RSS {peak:.0f} MB, {baseline:.0f} MB on one small "
        f"document: {(peak - baseline) / (written / MB):.1f} MB per MB of file"
    )
    limit = str(int(written * 1.1))
    library = "import sys; from extractor import DocumentReader, extract; text = open(sys.argv[1], encoding='utf-8').read(); "
    for name, command in (
        ("extractor extract --json", [sys.executable, "-m", "extractor", "extract", str(target), "--json", "--max-bytes", limit]),
        ("DocumentReader(text).claims()", [sys.executable, "-c", library + "sum(1 for _ in DocumentReader(text).claims())", str(target)]),
        ("extract(text)", [sys.executable, "-c", library + "extract(text)", str(target)]),
    ):
        print(f"peak RSS of {name}: {peak_of(command):.0f} MB")


def peak_of(command: list[str]) -> float:
    """The peak RSS (MB) of a command, measured in a fresh process of its own, its output discarded."""
    probe = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    return int(subprocess.run([sys.executable, "-c", probe, *command], check=True, capture_output=True, text=True).stdout) / 1024


if __name__ == "__main__":
    main()
