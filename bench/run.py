"""Speed and memory of the extractor, per language: `python bench/run.py [--mb 20]` prints a table of figures.

Builds a corpus of release-shaped documents (each sample-corpus document with the company profile, quotes and
disclaimers that real releases carry, see filler.py) of at least --mb megabytes over both languages, then measures:
extract() MB/s on one core (also on the claim-dense sample corpus alone), the bare tokenizers on the same text
(spaCy make_doc, jieba.lcut: the floor), `extractor batch` documents/s with one job and with every core (the faster
of two alternate runs each; with the extra `dask`, also on a local Dask cluster), cold start (process start to first
claims printed) and the peak RSS of a batch worker.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT))  # an installed extractor first (what users run, compiled where pip could), else this checkout
sys.path.insert(0, str(Path(__file__).resolve().parent))

from filler import CHINESE, ENGLISH  # noqa: E402

from extractor import extract  # noqa: E402
from extractor.build_info import build_description  # noqa: E402
from extractor.reading.decode import decode  # noqa: E402
from extractor.reading.document import read_document  # noqa: E402

FILLER = {"en": ENGLISH, "zh": CHINESE}
MB = 1_000_000


def build(work: Path, megabytes: float) -> dict[str, list[Path]]:
    """Write release-shaped documents for each language until the two together hold `megabytes` of text."""
    shutil.rmtree(work, ignore_errors=True)
    made: dict[str, list[Path]] = {}
    for language in ("en", "zh"):
        folder = work / language
        folder.mkdir(parents=True)
        bases = sorted(p for p in (ROOT / "corpus" / language).iterdir() if not p.name.endswith(".gold.json"))
        chooser = random.Random(language)
        size, number, paths = 0, 0, []
        while size < megabytes * MB / 2:
            base = bases[number % len(bases)]
            # Text as written (HTML keeps its markup, to be reduced by batch); written back as UTF-8.
            text = read_document(base).text if base.suffix != ".html" else decode(base.read_bytes()).text
            extra = chooser.sample(FILLER[language], chooser.randint(3, 6))
            if base.suffix == ".html":
                text = text.replace("</body>", "".join(f"<p>{p}</p>\n" for p in extra) + "</body>")
            else:
                text = text.rstrip("\n") + "\n\n" + "\n\n".join(extra) + "\n"
            path = folder / f"{number:05}-{base.name}"
            path.write_text(text, encoding="utf-8")
            size += path.stat().st_size
            paths.append(path)
            number += 1
        made[language] = paths
    return made


def throughput(function: Callable[[str], object], texts: list[str], runs: int = 3) -> float:
    """MB/s (UTF-8 bytes of the texts) of calling `function` on each text, on this one core: the best of `runs`
    passes (a shared machine's other tenants only ever slow a pass down)."""
    size = sum(len(t.encode("utf-8")) for t in texts)
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        for text in texts:
            function(text)
        best = min(best, time.perf_counter() - started)
    return size / MB / best


def sample(paths: list[Path], megabytes: float) -> list[str]:
    texts, size = [], 0
    for path in paths:
        texts.append(read_document(path).text)
        size += len(texts[-1].encode("utf-8"))
        if size >= megabytes * MB:
            break
    return texts


def timed_run(command: list[str], folder: Path) -> tuple[float, int]:
    """Wall seconds of a command, and the peak RSS (MB) of the largest process it ran (itself or a worker). It runs in
    `folder` (the built corpus), so that `python -m extractor` takes the package this process took, not a checkout."""
    probe = (
        "import resource, subprocess, sys, time; t = time.perf_counter(); subprocess.run(sys.argv[1:], check=True, "
        "stdout=subprocess.DEVNULL); print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    seconds, peak = subprocess.run(
        [sys.executable, "-c", probe, *command], check=True, capture_output=True, text=True, cwd=folder
    ).stdout.split()
    return float(seconds), int(peak) // 1024


def prose(language: str) -> list[str]:
    """Documents of the filler paragraphs alone, in every rotation: the speed of text that holds no claim."""
    paragraphs = FILLER[language]
    return ["\n\n".join(paragraphs[i:] + paragraphs[:i]) for i in range(len(paragraphs))] * 30


def cold_start(document: Path, folder: Path) -> float:
    """Median of three runs of `extractor extract DOCUMENT --json`: process start to its claims printed."""
    return statistics.median(
        timed_run([sys.executable, "-m", "extractor", "extract", str(document), "--json"], folder)[0] for _ in range(3)
    )


def dask_installed() -> bool:
    """Whether the optional Dask engine can run (the extra `dask`); its figure is left out where it cannot."""
    return importlib.util.find_spec("distributed") is not None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=20.0, help="size of the built corpus, both languages together (default 20)")
    parser.add_argument("--sample-mb", type=float, default=2.0, help="text per language timed in-process (default 2)")
    parser.add_argument("--work", type=Path, default=ROOT / "bench" / "data", help="where the corpus is built")
    arguments = parser.parse_args()
    cores = len(os.sched_getaffinity(0))
    work = arguments.work.resolve()
    made = build(work, arguments.mb)
    import jieba
    import spacy

    english = spacy.blank("en")
    jieba.initialize()
    extract("warm up: MLPerf Inference v4.0, ranked first in 2 of 3 tasks. 共获得13项第一。")
    floors = {"en": english.make_doc, "zh": jieba.lcut}
    rows = []
    for language, paths in made.items():
        size = sum(p.stat().st_size for p in paths) / MB
        texts = sample(paths, arguments.sample_mb)
        dense = [read_document(p).text for p in sorted((ROOT / "corpus" / language).iterdir()) if not p.name.endswith(".gold.json")]
        claims = sum(len(extract(t).claims) for t in texts)
        figures = {
            "corpus MB": size,
            "documents": len(paths),
            "claims per KB": claims / (sum(len(t.encode()) for t in texts) / 1000),
            "extract MB/s (1 core)": throughput(extract, texts),
            "extract MB/s, sample corpus only": throughput(extract, dense * 20),
            "extract MB/s, claim-free prose only": throughput(extract, prose(language)),
            "floor MB/s: make_doc (en), lcut (zh)": throughput(floors[language], texts),
        }
        # The VM's speed varies from day to day by 2-3x; the share of the floor is the steadier figure.
        figures["extract / floor"] = figures["extract MB/s (1 core)"] / figures["floor MB/s: make_doc (en), lcut (zh)"]
        command = [sys.executable, "-m", "extractor", "batch", str(work / language), "-o", str(work / f"{language}.jsonl"), "-q"]
        # Each timed twice, alternately, and the faster run kept (as for the in-process figures, a shared machine's
        # other tenants only ever slow a run down): a single run of each varied by 0.1 in the speed-up.
        runs = [timed_run(command + ["--jobs", str(jobs)], work) for _ in range(2) for jobs in (1, cores)]
        one, every, peak = min(runs[0][0], runs[2][0]), min(runs[1][0], runs[3][0]), max(runs[1][1], runs[3][1])
        figures |= {
            "batch docs/s, 1 job": len(paths) / one,
            f"batch docs/s, {cores} jobs": len(paths) / every,
            "speed-up": one / every,
            "peak RSS per worker MB": peak,
        }
        if dask_installed():
            # The Dask engine on a local cluster of as many workers, cluster start-up included: its cost against --jobs.
            on_dask = min(timed_run(command + ["--engine", "dask", "--jobs", str(cores)], work)[0] for _ in range(2))
            figures[f"batch docs/s, Dask, {cores} workers"] = len(paths) / on_dask
        document = next(
            p
            for p in sorted((ROOT / "corpus" / language).iterdir())
            if p.suffix == ".txt" and extract(read_document(p).text).languages == [language]
        )
        figures["cold start s, one-language document"] = cold_start(document, work)
        rows.append((language, figures))
    names = list(rows[0][1])
    print(f"{'':36}" + "".join(f"{language:>12}" for language, _ in rows))
    for name in names:
        print(
            f"{name:36}"
            + "".join(f"{figures[name]:>12.2f}" if isinstance(figures[name], float) else f"{figures[name]:>12}" for _, figures in rows)
        )
    bilingual = ROOT / "corpus" / "en" / "bilingual-round.txt"
    print(f"cold start s, a bilingual document (both tokenizers): {cold_start(bilingual, work):.2f} ({bilingual.name})")
    print(f"({cores} cores, Python {sys.version.split()[0]}, peak RSS from getrusage of the batch run with {cores} jobs)")
    print(f"self: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB peak in this process")
    print(f"extractor: {build_description()}")


if __name__ == "__main__":
    main()
