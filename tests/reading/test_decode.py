"""Bytes to text: each encoding users have is read as written, and what is not text is refused with the reason."""

from __future__ import annotations

import codecs

import pytest

from extractor.reading.decode import NotText, decode

SIMPLIFIED = "浪潮信息在MLPerf推理V3.1中共获得13项第一，离线分数679915。"
TRADITIONAL = "技嘉在MLPerf推論V3.1測試中，於資料中心類別奪得8項第一，成績領先。"
ENGLISH = "Inspur ranked first in 15 out of 30 tasks."

READ = [
    (ENGLISH.encode("utf-8"), "utf-8", ENGLISH),
    (SIMPLIFIED.encode("utf-8"), "utf-8", SIMPLIFIED),
    (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), "utf-8 with BOM", SIMPLIFIED),
    (codecs.BOM_UTF16_LE + TRADITIONAL.encode("utf-16-le"), "utf-16 with BOM", TRADITIONAL),
    (codecs.BOM_UTF16_BE + ENGLISH.encode("utf-16-be"), "utf-16 with BOM", ENGLISH),
    (SIMPLIFIED.encode("gb18030"), "gb18030", SIMPLIFIED),
    (SIMPLIFIED.encode("gbk"), "gb18030", SIMPLIFIED),
    (TRADITIONAL.encode("big5"), "big5", TRADITIONAL),
    (TRADITIONAL.encode("gb18030"), "gb18030", TRADITIONAL),
    ("宁畅共斩获13项第一。".encode("gb18030"), "gb18030", "宁畅共斩获13项第一。"),
    ("華碩奪得12項第一。".encode("big5"), "big5", "華碩奪得12項第一。"),
    (b"", "utf-8", ""),
]


@pytest.mark.parametrize(("data", "encoding", "text"), READ)
def test_each_encoding_is_read_as_written(data: bytes, encoding: str, text: str) -> None:
    decoded = decode(data)
    assert (decoded.encoding, decoded.text, decoded.warnings) == (encoding, text, ())


REFUSED = [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not text: the content is a PNG image"),
    (b"%PDF-1.7\n%\xe2\xe3", "not text: the content is a PDF document"),
    (b"PK\x03\x04\x14\x00", "not text: the content is a ZIP archive (or DOCX/XLSX)"),
    (b"MLPerf\x00\x01\x02", "not text: NUL byte at offset 6"),
    (bytes(range(0x80, 0x100)) * 4, "not UTF-8 (invalid start byte at byte 0), GB18030 or Big5 text"),
    (b"NVIDIA " + b"\x93Tops\x94" * 5 + b" and ranked first in 8 tests.", "not UTF-8 (invalid start byte at byte 7), GB18030 or Big5 text"),
    (codecs.BOM_UTF8 + b"ok \xff\xfe\xfd", "starts with a utf-8 byte-order mark but is not utf-8 (invalid start byte at byte 6)"),
]


@pytest.mark.parametrize(("data", "reason"), REFUSED)
def test_what_is_not_text_is_refused_with_the_reason(data: bytes, reason: str) -> None:
    with pytest.raises(NotText) as raised:
        decode(data)
    assert str(raised.value) == reason


def test_a_few_invalid_bytes_in_long_utf8_text_are_replaced_with_a_warning() -> None:
    data = (ENGLISH + " ").encode("utf-8") * 100 + b"\xff" + (" " + SIMPLIFIED).encode("utf-8") * 100
    decoded = decode(data)
    assert decoded.encoding == "utf-8"
    assert decoded.text == (ENGLISH + " ") * 100 + "\ufffd" + (" " + SIMPLIFIED) * 100
    assert decoded.warnings == ("1 invalid UTF-8 byte sequence(s) replaced with U+FFFD, the first at byte 4300",)


@pytest.mark.parametrize(
    ("data", "text", "warning"),
    [
        (
            "NVIDIA \u201cTops\u201d charts: ranked first in 8 tests.".encode("cp1252"),
            "NVIDIA \ufffdTops\ufffd charts: ranked first in 8 tests.",
            "2 invalid UTF-8 byte sequence(s) replaced with U+FFFD, the first at byte 7",
        ),
        (
            b"MLPerf \xc3 v3.1 \xff\xfe: " + "宁畅共斩获13项第一。".encode("utf-8"),
            "MLPerf \ufffd v3.1 \ufffd\ufffd: 宁畅共斩获13项第一。",
            "3 invalid UTF-8 byte sequence(s) replaced with U+FFFD, the first at byte 7",
        ),
    ],
)
def test_up_to_eight_stray_bytes_in_short_text_are_replaced_with_a_warning(data: bytes, text: str, warning: str) -> None:
    decoded = decode(data)
    assert (decoded.encoding, decoded.text, decoded.warnings) == ("utf-8", text, (warning,))
