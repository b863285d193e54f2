"""The review page: its text pieces and chart as data, and the page itself in headless Chromium, where the DOM must show
each claim's evidence highlighted, filter the rows, draw one bar per subject, and stay usable with 20,000 documents."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from extractor.corpus.report import build_page, chart, pieces, render

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


@pytest.mark.parametrize(
    ("text", "claims", "warnings", "expected"),
    [
        ("won 3 of 5.", [(0, 10, 0)], [], [["won 3 of 5", [0], []], [".", [], []]]),
        ("A and B won 8, 5.", [(6, 16, 0), (6, 16, 1)], [], [["A and ", [], []], ["B won 8, 5", [0, 1], []], [".", [], []]]),
        ("x 12 first. y", [(2, 10, 0)], [(0, 11, 0)], [["x ", [], [0]], ["12 first", [0], [0]], [".", [], [0]], [" y", [], []]]),
        ("浪潮获得13项第一。", [(4, 9, 0)], [], [["浪潮获得", [], []], ["13项第一", [0], []], ["。", [], []]]),
        ("😀 won 2 of 3", [(2, 12, 0)], [], [["😀 ", [], []], ["won 2 of 3", [0], []]]),
        ("", [], [], []),
    ],
)
def test_text_is_cut_into_pieces_that_name_the_claims_and_warnings_covering_them(
    text: str, claims: list[tuple[int, int, int]], warnings: list[tuple[int, int, int]], expected: list[list[Any]]
) -> None:
    assert pieces(text, claims, warnings) == expected


def record(source: str, text: str, claims: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {"source": source, "text": text, "claims": claims, "warnings": [], **extra}


def claim(
    subject: str | None, start: int, end: int, text: str, suite: str = "training", version: str | None = "4.0", verdict: str | None = None
) -> dict[str, Any]:
    found = {
        "kind": "ranking",
        "subject": subject,
        "suite": suite,
        "version": version,
        "rank": 1,
        "count": 3,
        "total": 5,
        "evidence": {"start": start, "end": end, "text": text},
        "rule": "r",
    }
    return found | ({"verification": {"verdict": verdict, "reason": "why", "rows": ["closed/X/results/a"]}} if verdict else {})


def test_the_chart_draws_one_bar_per_subject_with_a_segment_per_round_and_verdict() -> None:
    page = build_page(
        [
            record(
                "a.txt",
                "won 3 of 5",
                [
                    claim("NVIDIA", 0, 10, "won 3 of 5", verdict="confirmed"),
                    claim("NVIDIA", 0, 10, "won 3 of 5", version="3.1", verdict="not_reproduced"),
                    claim(None, 0, 10, "won 3 of 5", suite="inference", version=None),
                ],
            ),
            {"source": "b.txt", "error": "not text: NUL byte at offset 0"},
        ],
        Path(),
    )
    svg = chart(page.claims)
    assert svg.count('<g class="bar"') == 2
    assert svg.index('data-subject="NVIDIA"') < svg.index('data-subject="(no subject)"')
    assert [(c["subject"], c["round"], c["verdict"]) for c in page.claims] == [
        ("NVIDIA", "training v4.0", "confirmed"),
        ("NVIDIA", "training v3.1", "not_reproduced"),
        ("(no subject)", "inference", "unverified"),
    ]
    assert svg.count('data-round="training v3.1" data-verdict="not_reproduced"') == 1
    assert [d.get("pieces") for d in page.documents] == [[["won 3 of 5", [0, 1, 2], []]], None]


def test_text_that_closes_a_script_stays_data() -> None:
    text = "</script><script>alert(1)</script> won 3 of 5"
    page = render(build_page([record("a.txt", text, [claim("Intel", 36, 46, "won 3 of 5")])], Path()), "t")
    assert page.count("</script>") == 2 and "<\\/script><script>alert(1)<\\/script>" in page


def test_warnings_sit_at_the_span_they_name_and_a_missing_file_is_said(tmp_path: Path) -> None:
    warning = "no rule read this sentence that states a rank and a number [4:15]: 'first in 12'"
    page = build_page(
        [
            record("a.txt", "One first in 12 tests.", [], warnings=[warning]),
            {"source": "gone.txt", "claims": [], "warnings": []},
        ],
        tmp_path,
    )
    assert page.documents[0]["pieces"] == [["One ", [], []], ["first in 12", [], [0]], [" tests.", [], []]]
    assert page.documents[1]["warnings"] == [f"text not shown: {tmp_path / 'gone.txt'}: No such file or directory"]


# In the browser.

CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait
except ImportError:
    webdriver = None  # type: ignore[assignment]
browser_missing = (
    "needs selenium (pip install selenium) and Debian's chromium and chromium-driver, which .ci/run installs"
    if webdriver is None or not CHROMIUM or not DRIVER
    else ""
)
in_browser = pytest.mark.skipif(bool(browser_missing), reason=browser_missing)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM  # type: ignore[assignment]
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1000",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium')}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(300)
    try:
        yield driver
    finally:
        driver.quit()


def open_page(driver: Any, page: Path) -> float:
    """Load the page from its file and wait until its script has drawn it; the seconds that took."""
    started = time.monotonic()
    driver.get(page.as_uri())
    WebDriverWait(driver, 300).until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "true")
    return time.monotonic() - started


def batch_output(folder: Path, output: Path, *extra: str) -> list[dict[str, Any]]:
    done = subprocess.run(
        [sys.executable, "-m", "extractor", "batch", str(folder), "-o", str(output), "-q", *extra],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]


def report(output: Path, page: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "extractor", "report", str(output), "-o", str(page)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


def highlighted(driver: Any, document: int) -> dict[int, str]:
    """Per claim id, the text of the marks that name it, with the document picked in the page's own selector."""
    Select(driver.find_element(By.ID, "doc-select")).select_by_value(str(document))
    found: dict[int, str] = {}
    for mark in driver.find_elements(By.CSS_SELECTOR, "#text mark"):
        for identity in mark.get_attribute("data-claims").split():
            found[int(identity)] = found.get(int(identity), "") + mark.text
    return found


def evidence_by_document(records: list[dict[str, Any]]) -> list[dict[int, str]]:
    """Per document, the evidence of each claim by the id the page gives it (claims numbered in output order)."""
    numbered, identity = [], 0
    for one in records:
        numbered.append({identity + index: c["evidence"]["text"] for index, c in enumerate(one.get("claims") or [])})
        identity += len(one.get("claims") or [])
    return numbered


@in_browser
def test_the_corpus_page_highlights_every_evidence_filters_rows_and_draws_a_bar_per_subject(browser: Any, tmp_path: Path) -> None:
    records = batch_output(ROOT / "corpus", tmp_path / "claims.jsonl")
    report(tmp_path / "claims.jsonl", tmp_path / "report.html")
    open_page(browser, tmp_path / "report.html")
    assert [highlighted(browser, number) for number in range(len(records))] == evidence_by_document(records)
    subjects = {c["subject"] or "(no subject)" for one in records for c in one["claims"]}
    bars = browser.find_elements(By.CSS_SELECTOR, "#chart g.bar")
    assert sorted(bar.get_attribute("data-subject") for bar in bars) == sorted(subjects)
    assert browser.find_element(By.ID, "count").text == "143 of 143 claims, page 1 of 2"
    Select(browser.find_element(By.ID, "filter-subject")).select_by_value("Inspur")
    rows = browser.find_elements(By.CSS_SELECTOR, "#rows tr")
    inspur = sum(c["subject"] == "Inspur" for one in records for c in one["claims"])
    assert len(rows) == inspur and {row.get_attribute("data-subject") for row in rows} == {"Inspur"}
    assert browser.find_element(By.ID, "count").text == f"{inspur} of 143 claims, page 1 of 1"
    identity = int(rows[0].get_attribute("data-claim"))
    rows[0].click()
    assert browser.find_element(By.ID, f"claim-{identity}").get_attribute("class") == "focus"
    focused = browser.find_elements(By.CSS_SELECTOR, "#text mark.focus")
    assert focused and all(str(identity) in mark.get_attribute("data-claims").split() for mark in focused)
    Select(browser.find_element(By.ID, "filter-subject")).select_by_value("")
    Select(browser.find_element(By.ID, "filter-kind")).select_by_value("score")
    assert {row.find_elements(By.TAG_NAME, "td")[1].text for row in browser.find_elements(By.CSS_SELECTOR, "#rows tr")} == {"score"}
    assert browser.save_screenshot(str(tmp_path / "corpus-report.png"))
    assert (tmp_path / "corpus-report.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    print(f"screenshot: {tmp_path / 'corpus-report.png'}")


@in_browser
def test_the_verified_realdev_page_shows_verdicts_and_every_evidence(browser: Any, tmp_path: Path) -> None:
    realdev, results = SHARED / "realdev", SHARED / "results" / "mlperf-results.csv"
    if not realdev.is_dir() or not results.is_file():
        pytest.skip(f"needs {realdev} and {results} (third-party text, kept outside the project)")
    records = batch_output(realdev, tmp_path / "claims.jsonl", "--results", str(results))
    report(tmp_path / "claims.jsonl", tmp_path / "report.html")
    open_page(browser, tmp_path / "report.html")
    assert [highlighted(browser, number) for number in range(len(records))] == evidence_by_document(records)
    Select(browser.find_element(By.ID, "filter-verdict")).select_by_value("confirmed")
    confirmed = sum(c["verification"]["verdict"] == "confirmed" for one in records for c in one.get("claims", []))
    shown = browser.find_elements(By.CSS_SELECTOR, "#rows tr")
    assert len(shown) == confirmed and {row.get_attribute("data-verdict") for row in shown} == {"confirmed"}
    assert browser.save_screenshot(str(tmp_path / "realdev-report.png"))


@in_browser
def test_a_page_of_twenty_thousand_documents_opens_and_filters(browser: Any, tmp_path: Path) -> None:
    subjects = ["NVIDIA", "Intel", "Google", "AMD", "Inspur"]
    with (tmp_path / "claims.jsonl").open("w", encoding="utf-8") as output:
        for number in range(20_000):
            subject = subjects[number % 5]
            text = f"In MLPerf Training v4.0, {subject} won 3 of 5 tests. Document {number} says more here."
            start = text.index("won")
            output.write(
                json.dumps(record(f"docs/{number:05}.txt", text, [claim(subject, start, start + 16, text[start : start + 16])])) + "\n"
            )
    report(tmp_path / "claims.jsonl", tmp_path / "report.html")
    seconds = open_page(browser, tmp_path / "report.html")
    assert browser.find_element(By.ID, "count").text == "20000 of 20000 claims, page 1 of 200"
    assert len(browser.find_elements(By.CSS_SELECTOR, "#rows tr")) == 100
    started = time.monotonic()
    Select(browser.find_element(By.ID, "filter-subject")).select_by_value("Intel")
    assert browser.find_element(By.ID, "count").text == "4000 of 20000 claims, page 1 of 40"
    assert {row.get_attribute("data-subject") for row in browser.find_elements(By.CSS_SELECTOR, "#rows tr")} == {"Intel"}
    assert highlighted(browser, 19_999) == {19_999: "won 3 of 5 tests"}
    print(
        f"20,000 documents: page ready in {seconds:.1f} s, a filter and a document in {time.monotonic() - started:.2f} s "
        f"({os.path.getsize(tmp_path / 'report.html') / 1e6:.1f} MB)"
    )
