"""The tokenizer libraries load without their unused parts, and those parts still load when asked for."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from extractor.text.nlp import chinese, english
words = [t.text for t in english()("Inspur ranked first in 15 out of 30 tasks.")]
segments = [w for w, _, _ in chinese().tokenize("浪潮获得13项第一", HMM=False)]
skipped = sorted(name for name in ("spacy.cli", "pkg_resources", "typer", "requests") if name in sys.modules)
import spacy.cli
print(words, segments, skipped, hasattr(spacy.cli, "setup_cli"), "spacy.cli.info" in sys.modules)
"""


def test_spacy_and_jieba_load_without_their_command_line_and_pkg_resources() -> None:
    shown = subprocess.run([sys.executable, "-c", PROBE], check=True, capture_output=True, text=True).stdout.strip()
    assert shown == (
        "['Inspur', 'ranked', 'first', 'in', '15', 'out', 'of', '30', 'tasks', '.'] ['浪潮', '获得', '13', '项', '第一'] [] True True"
    )
