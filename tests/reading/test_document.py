"""Files as documents: front matter and HTML head become metadata, HTML becomes text, bad files say why."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from extractor.reading.document import (
    Document,
    ReadError,
    front_matter,
    parse_document,
    read_document,
)
from extractor.reading.html_text import html_to_text

FRONT_MATTER = [
    ("---\ntitle: Inspur tops MLPerf\ndate: 2023-09-12\n---\nBody.", {"title": "Inspur tops MLPerf", "date": "2023-09-12"}),
    ("---\ntitle: \"浪潮: 13项第一\"\nurl: 'https://example.com/a'\n---\n", {"title": "浪潮: 13项第一", "url": "https://example.com/a"}),
    (
        "---\ntags: [mlperf, inference]\nauthors:\n  - Li Lei\n  - Han Meimei\n---\n",
        {"tags": ["mlperf", "inference"], "authors": ["Li Lei", "Han Meimei"]},
    ),
    (
        "---\nexcerpt: >\n  Dell won 8 first places\n  in the round.\n# a comment\nsource:\n  name: wire\n---\n",
        {"excerpt": "Dell won 8 first places in the round.", "source": ""},
    ),
    ("No front matter: starts with text.\n---\n", {}),
]


@pytest.mark.parametrize(("text", "metadata"), FRONT_MATTER)
def test_front_matter_fields_are_metadata(text: str, metadata: dict[str, object]) -> None:
    assert front_matter(text) == metadata


MALFORMED = [
    ("---\ntitle: no end\n\nBody text.", "front matter opened on line 1 is never closed by a '---' line"),
    ("---\ntitle: ok\nthis line is prose\n---\n", "front matter line 3 is not 'key: value': 'this line is prose'"),
]


@pytest.mark.parametrize(("text", "reason"), MALFORMED)
def test_malformed_front_matter_is_an_error_naming_the_line(text: str, reason: str) -> None:
    with pytest.raises(ReadError) as raised:
        front_matter(text)
    assert str(raised.value) == reason


HTML = [
    (
        "<html><head><title>MLPerf &amp; you</title><meta name='date' content='2024-04-01'>"
        "<meta property='og:url' content='https://x.test/a'><style>p {color: red}</style></head>"
        "<body><script>var s = '<p>13项第一</p>';</script><h1>Dell wins</h1><p>It ranked <b>first</b> in 8&nbsp;tests.</p></body></html>",
        "Dell wins\n\nIt ranked first in 8\u00a0tests.\n",
        {"title": "MLPerf & you", "date": "2024-04-01", "og:url": "https://x.test/a"},
    ),
    (
        "<p>第一行<br>第二行</p><div>A<div>B</div>C</div><ul><li>one</li><li>two</li></ul>",
        "第一行\n第二行\n\nA\n\nB\n\nC\n\n- one\n\n- two\n",
        {},
    ),
    # the mark before an item's first text, and none for an empty item
    ("<ol><li> <p>first</p> </li><li></li><li>second <b>item</b></li></ol><p>after</p>", "- first\n\n- second item\n\nafter\n", {}),
    ("<pre>line 1\n  line 2</pre><p>  spaced\n  out  </p><!-- 13项第一 -->", "line 1\nline 2\n\nspaced out\n", {}),
    ('<html lang="zh-CN"><body>&#x5B81;&#30021; &lt;b&gt;</body></html>', "宁畅 <b>\n", {"lang": "zh-CN"}),
    ("<div>" * 20000 + "deep" + "</div>" * 20000, "deep\n", {}),
    (
        "<table><tr><th>Benchmark</th><th>Result</th></tr><tr><td> ResNet-50 </td><td></td><td>702,000 <b>samples/s</b></td></tr></table>",
        "Benchmark | Result\n\nResNet-50 | 702,000 samples/s\n",
        {},
    ),
]


@pytest.mark.parametrize(("markup", "text", "metadata"), HTML)
def test_html_is_reduced_to_the_text_a_reader_sees(markup: str, text: str, metadata: dict[str, str]) -> None:
    assert html_to_text(markup) == (text, metadata)


def test_documents_keep_their_text_whole_and_their_format() -> None:
    markdown = "---\ntitle: 宁畅夺得13项第一\n---\n# 正文\n".encode("gb18030")
    assert parse_document(markdown, "markdown") == Document(
        "markdown", "gb18030", "---\ntitle: 宁畅夺得13项第一\n---\n# 正文\n", {"title": "宁畅夺得13项第一"}
    )
    assert parse_document(b"\xef\xbb\xbfplain", "text") == Document("text", "utf-8 with BOM", "plain", {})


def test_reading_a_file_picks_the_format_from_its_name(tmp_path: Path) -> None:
    page = tmp_path / "page.HTM"
    page.write_bytes("<p>華碩奪得12項第一</p>".encode("big5"))
    assert read_document(page) == Document("html", "big5", "華碩奪得12項第一\n", {})
    assert read_document(page, form="text").text == "<p>華碩奪得12項第一</p>"


def test_files_that_cannot_be_documents_say_why(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 1001)
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    cases = [
        (big, "1,001 bytes is over the limit of 1,000 bytes (raise it with --max-bytes)"),
        (tmp_path / "missing.txt", "No such file or directory"),
        (folder, "is a folder, not a file"),
        (fifo, "not a regular file (a FIFO, device or socket)"),
        (empty, "empty: 0 bytes, nothing to read"),
    ]
    for path, reason in cases:
        with pytest.raises(ReadError) as raised:
            read_document(path, max_bytes=1000)
        assert str(raised.value) == reason, path
