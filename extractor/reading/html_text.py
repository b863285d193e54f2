"""HTML to readable text: scripts and styles dropped, entities decoded, block elements as line breaks, a table row
as one line of cells, a list item as a paragraph opened by "- ".

The <title> and <meta> contents go to metadata; the text is what a reader sees in the body.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from extractor.rulebook.settings import text_settings

SPACES = re.compile(r"[ \t\r\n\f]+")
PARAGRAPH_BREAK = "\x00p"  # placeholders: resolved after whitespace is collapsed
LINE_BREAK = "\x00l"
CELL_BREAK = "\x00c"
CELL_JOINER = " | "
META_NAMES = ("name", "property", "itemprop", "http-equiv")


class TextCollector(HTMLParser):
    """Collects visible text and metadata from an HTML document in one pass; never recursive."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        markup = text_settings().markup
        self.block_tags = frozenset(markup.block_tags) - {"title"}
        self.line_tags = frozenset(markup.line_tags)
        self.cell_tags = frozenset(markup.cell_tags)
        self.item_tags, self.item_mark = frozenset(markup.item_tags), markup.item_mark
        self.item_pending = False
        """A list item has opened and its mark is written before its first text."""
        self.skipped_tags = frozenset(markup.skipped_tags)
        self.pieces: list[str] = []
        self.metadata: dict[str, str] = {}
        self.skipping: str | None = None
        self.in_title = False
        self.in_pre = 0
        self.title: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipping:
            return
        if tag in self.skipped_tags:
            self.skipping = tag
        elif tag == "title":
            self.in_title = True
        elif tag == "meta":
            self.read_meta(dict(attrs))
        elif tag == "html" and (language := dict(attrs).get("lang")):
            self.metadata.setdefault("lang", language)
        elif tag in self.line_tags:
            self.pieces.append(LINE_BREAK)
        elif tag in self.cell_tags:
            self.pieces.append(CELL_BREAK)
        elif tag in self.block_tags:
            self.pieces.append(PARAGRAPH_BREAK)
            self.in_pre += tag == "pre"
            self.item_pending = self.item_pending or tag in self.item_tags

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            self.skipping = None if tag == self.skipping else self.skipping
        elif tag == "title":
            self.in_title = False
        elif tag in self.block_tags:
            self.pieces.append(PARAGRAPH_BREAK)
            self.item_pending = self.item_pending and tag not in self.item_tags
            if tag == "pre" and self.in_pre:
                self.in_pre -= 1

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if self.in_title:
            self.title.append(data)
        elif self.in_pre:
            self.pieces.append(data.replace("\n", LINE_BREAK))
        else:
            if self.item_pending and data.strip():
                self.pieces.append(self.item_mark)
                self.item_pending = False
            self.pieces.append(data)

    def read_meta(self, attributes: dict[str, str | None]) -> None:
        name = next((attributes[key] for key in META_NAMES if attributes.get(key)), None)
        content = attributes.get("content")
        if name and content:
            self.metadata.setdefault(name.lower(), content.strip())


def html_to_text(markup: str) -> tuple[str, dict[str, str]]:
    """The visible text of an HTML document (paragraphs separated by a blank line) and its metadata."""
    collector = TextCollector()
    collector.feed(markup)
    collector.close()
    title = SPACES.sub(" ", "".join(collector.title)).strip()
    metadata = ({"title": title} if title else {}) | collector.metadata
    text = SPACES.sub(" ", "".join(collector.pieces))
    lines: list[str] = []
    for paragraph in text.split(PARAGRAPH_BREAK):
        paragraph_lines = [
            CELL_JOINER.join(cell for part in line.split(CELL_BREAK) if (cell := part.strip())) for line in paragraph.split(LINE_BREAK)
        ]
        if any(paragraph_lines):
            lines.append("\n".join(paragraph_lines).strip("\n"))
    return "\n\n".join(lines) + ("\n" if lines else ""), metadata
