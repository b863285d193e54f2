"""The installed package works from any folder, and the README's commands are the ones CI runs."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import shared_folder

ROOT = Path(__file__).resolve().parents[1]


def test_installed_package_finds_its_patterns_from_another_folder(tmp_path: Path) -> None:
    code = "from extractor import extract; print(extract('宁畅共斩获13项第一。').claims[0].count)"
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "13"


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = [block.removeprefix("sh\n").strip() for block in readme.split("```") if block.startswith("sh\n")]
    assert len(commands) == 2 and commands[1].endswith("pytest -q")
    assert f"{commands[1]} || status=$?" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def compiled_modules() -> list[str]:
    """The paths setup.py's COMPILED lists."""
    setup = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    compiled = next(node.value for node in setup.body if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "COMPILED")
    return list(ast.literal_eval(compiled))


def test_every_module_the_build_compiles_is_a_module_of_the_package() -> None:
    assert all((ROOT / path).is_file() and path.startswith("extractor/") for path in compiled_modules())


SMOKE = """
import json, sys
from pathlib import Path
from extractor import extract
from extractor.build_info import build_description
from extractor.reading.document import read_document
print(build_description())
for path in sorted(Path(sys.argv[1]).rglob("*.*")):
    if not path.name.endswith(".gold.json"):
        print(json.dumps([claim.model_dump(mode="json") for claim in extract(read_document(path).text).claims], ensure_ascii=False))
"""


@pytest.mark.skipif(
    not os.environ.get("CI") and not os.environ.get("EXTRACTOR_TEST_COMPILED"),
    reason="builds the compiled package, about two minutes: runs in CI, or with EXTRACTOR_TEST_COMPILED=1",
)
def test_the_compiled_build_reads_the_corpus_as_the_source_does(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "wheel"), str(ROOT)],
        env={**os.environ, "EXTRACTOR_COMPILE": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    wheel = next((tmp_path / "wheel").glob("*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(tmp_path / "site"), str(wheel)], check=True)
    compiled = subprocess.run(
        [sys.executable, "-c", SMOKE, str(ROOT / "corpus")],
        env={**os.environ, "PYTHONPATH": str(tmp_path / "site")},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    source = subprocess.run(
        [sys.executable, "-c", SMOKE, str(ROOT / "corpus")],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert (
        compiled[0]
        == f"{tmp_path / 'site' / 'extractor'} ({len(compiled_modules())} of its modules compiled with mypyc: "
        + ", ".join(
            sorted(
                path.removeprefix("extractor/").removesuffix(".py").removesuffix("/__init__").replace("/", ".")
                for path in compiled_modules()
            )
        )
        + ")"
    )
    assert source[0] == f"{ROOT / 'extractor'} (pure Python)"
    assert compiled[1:] == source[1:] and len(source) == 25


def test_sample_corpus_scores_perfectly() -> None:
    result = subprocess.run([sys.executable, "-m", "extractor", "eval", str(ROOT / "corpus")], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines()[3].split() == ["all", "24", "143", "143", "143", "1.000", "1.000", "1.000"]


def test_readme_examples_print_what_they_say() -> None:
    blocks = [b.removeprefix("python\n") for b in (ROOT / "README.md").read_text(encoding="utf-8").split("```") if b.startswith("python\n")]
    assert blocks
    for block in blocks:
        if "../shared/results/" in block:
            shared_folder("results", "MLCommons' results table")
        expected = [line.split("# ", 1)[1] for line in block.splitlines() if "# " in line]
        result = subprocess.run([sys.executable, "-c", block], capture_output=True, text=True, check=True, cwd=ROOT)
        assert result.stdout.splitlines() == expected


def test_batch_over_the_sample_corpus_reads_every_document_and_skips_gold_files(tmp_path: Path) -> None:
    output = tmp_path / "claims.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "extractor", "batch", "corpus", "-o", str(output), "--jobs", "2"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("extractor batch: 24 documents, 143 claims, 0 errors in ")
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [r["source"] for r in records] == sorted(
        str(p.relative_to(ROOT)) for p in (ROOT / "corpus").rglob("*.*") if not p.name.endswith(".gold.json")
    )
    assert Counter((r["language"], r["format"]) for r in records) == {
        ("en", "text"): 7,
        ("en", "markdown"): 4,
        ("en", "html"): 1,
        ("zh", "text"): 5,
        ("zh", "markdown"): 3,
        ("zh", "html"): 4,
    }
    assert Counter(r["encoding"] for r in records) == {"utf-8": 19, "gb18030": 2, "big5": 2, "utf-8 with BOM": 1}
