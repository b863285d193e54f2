"""Bytes to text: a byte-order mark, else UTF-8, else GB18030 or Big5 by which reads as common Chinese.

A file that is not text (NUL bytes, a known binary signature) is refused rather than guessed.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from functools import lru_cache

BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)  # UTF-32 LE first: its mark begins with UTF-16 LE's
BINARY_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a RIFF media file"),
    (b"\xd0\xcf\x11\xe0", "an Office 97 document"),
)
CHINESE_ENCODINGS = ("gb18030", "big5")
CODEC = {"gb18030": "gb18030", "big5": "cp950"}  # cp950 is the Big5 that Windows writes
SAMPLE = 1 << 16  # characters scored to choose between the Chinese encodings
MIN_COMMONNESS = 0.5  # Chinese text read right scores ~0.9; Windows-1252 quotes read as GBK score ~0
MAX_REPLACED = 0.001  # share of bytes that may be invalid UTF-8 and still read as UTF-8 with a warning,
MAX_REPLACED_ANYWAY = 8  # or this many sequences whatever the size: a stray byte or two in a short page


class NotText(ValueError):
    """Bytes that are not text in any encoding we read."""


@dataclass(frozen=True)
class Decoded:
    """The text of a file, the encoding it was read in, and what was replaced on the way."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def decode(data: bytes) -> Decoded:
    """Read bytes as text, choosing the encoding; raise NotText with the reason when it is not text."""
    for mark, codec, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return Decoded(data[len(mark) :].decode(codec), encoding + " with BOM")
            except UnicodeDecodeError as error:
                where = error.start + len(mark)
                raise NotText(f"starts with a {encoding} byte-order mark but is not {encoding} ({error.reason} at byte {where})") from error
    for signature, what in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise NotText(f"not text: the content is {what}")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise NotText(f"not text: NUL byte at offset {nul}")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        first_error = error
    readings = [(commonness(text), encoding, text) for encoding in CHINESE_ENCODINGS if (text := strict(data, encoding)) is not None]
    if readings:
        score, encoding, text = max(readings, key=lambda reading: reading[0])
        if score >= MIN_COMMONNESS:
            return Decoded(text, encoding)
    replaced = data.decode("utf-8", errors="replace")
    invalid = replaced.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    if invalid <= max(MAX_REPLACED_ANYWAY, MAX_REPLACED * len(data)):
        return Decoded(
            replaced, "utf-8", (f"{invalid} invalid UTF-8 byte sequence(s) replaced with U+FFFD, the first at byte {first_error.start}",)
        )
    raise NotText(f"not UTF-8 ({first_error.reason} at byte {first_error.start}), GB18030 or Big5 text")


def strict(data: bytes, encoding: str) -> str | None:
    """The text if every byte is valid in `encoding`, else None."""
    try:
        return data.decode(CODEC[encoding])
    except UnicodeDecodeError:
        return None


def commonness(text: str) -> float:
    """Share of non-ASCII characters that are everyday Chinese characters (GB2312 level 1 or Big5 frequent).

    Text decoded in the wrong Chinese encoding is mostly rare characters and symbols, so it scores low.
    """
    wide = [char for char in text[:SAMPLE] if ord(char) > 0x7F]
    return sum(map(is_common, wide)) / len(wide) if wide else 0.0


@lru_cache(maxsize=1 << 14)
def is_common(char: str) -> bool:
    """A character in GB2312's level-1 hanzi (lead byte B0-D7) or Big5's frequent ones (lead A4-C6), or CJK punctuation."""
    if "\u3000" <= char <= "\u303f" or "\uff01" <= char <= "\uff5e":
        return True
    for codec, first, last in (("gb2312", 0xB0, 0xD7), ("cp950", 0xA4, 0xC6)):
        try:
            encoded = char.encode(codec)
        except UnicodeEncodeError:
            continue
        if len(encoded) == 2 and first <= encoded[0] <= last:
            return True
    return False
