"""The walk of a corpus folder: which files are documents, in what order, and what is skipped."""

from __future__ import annotations

from pathlib import Path

from extractor.corpus.walk import list_documents

FILES = [
    "a/b.txt",
    "a-c.txt",
    "a.b/c.md",
    "UPPER.TXT",
    "page.Html",
    "trailing.",
    "notes.json",
    "a/b.gold.json",
    ".hidden.txt",
    ".cache/d.txt",
]


def test_documents_come_in_the_order_of_their_path_components_and_other_files_are_skipped(tmp_path: Path) -> None:
    for name in FILES:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("MLPerf", encoding="utf-8")
    listing = list_documents(tmp_path)
    # "a" sorts before "a-c.txt" and "a.b", so a folder's files stay together ("a/b.txt" is not after "a-c.txt");
    # capitals sort before small letters; a suffix is matched in any case.
    assert [(Path(entry.source).relative_to(tmp_path).as_posix(), entry.problem) for entry in listing.entries] == [
        ("UPPER.TXT", None),
        ("a/b.txt", None),
        ("a-c.txt", None),
        ("a.b/c.md", None),
        ("page.Html", None),
    ]
    reason = "not a document type we read (.txt, .text, .md, .markdown, .html, .htm, .xhtml)"
    assert [(Path(path).relative_to(tmp_path).as_posix(), why) for path, why in listing.skipped] == [
        ("notes.json", reason),
        ("trailing.", reason),
    ]
