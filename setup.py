"""Build: pure Python by default; with EXTRACTOR_COMPILE=1, the modules on the hot path of extract() compiled with mypyc
(about 20% faster end to end) where a C compiler and Python's headers are at hand (build_backend.py then asks for mypy).

Editable installs stay pure Python: a compiled module built in place would shadow later edits of its source.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext

COMPILED = (
    "extractor/pipeline.py",
    "extractor/claims/assemble.py",
    "extractor/text/numbers.py",
    "extractor/rulebook/trie.py",
    "extractor/claims/subjects.py",
    "extractor/claims/context.py",
    "extractor/text/mentions.py",
    "extractor/text/language.py",
    "extractor/text/normalize.py",
    "extractor/text/nlp.py",
    "extractor/claims/rounds.py",
    "extractor/text/word_cache.py",
    "extractor/claims/kinds/__init__.py",
    "extractor/claims/kinds/ranking.py",
    "extractor/claims/kinds/score.py",
    "extractor/claims/kinds/participation.py",
    "extractor/rulebook/alias_scan.py",
    "extractor/rulebook/rules.py",
    "extractor/claims/sentence.py",
    "extractor/claims/enumeration.py",
    "extractor/claims/draft.py",
    "extractor/claims/tables.py",
)
"""Modules mypyc compiles. Left out: modules holding pydantic schemas (their validators must stay Python functions)."""

TYPE_CHECK = ("--config-file", os.devnull, "--ignore-missing-imports", "--cache-dir", os.devnull)
"""mypy's options for the build: its defaults, not the project's --strict (the build environment holds mypy alone, so
pydantic, spaCy and regex are untyped there and strict mode refuses them; `mypy --strict extractor` is the project's
check), and no cache, so that every build reads the same sources the same way."""


FALLBACK = "installing pure Python, about 20% slower"


class OptionalBuildExt(build_ext):
    """build_ext that falls back to the pure-Python package when compiling fails, leaving no half-built module."""

    def run(self) -> None:
        if getattr(self, "editable_mode", False) or self.inplace:
            self.announce("extractor: editable install, modules left as pure Python", level=2)
            return
        try:
            super().run()
        except Exception as error:  # noqa: BLE001 - no compiler, no headers: the pure-Python package works the same
            for extension in self.extensions:
                Path(self.get_ext_fullpath(extension.name)).unlink(missing_ok=True)
            shutil.rmtree(self.build_temp, ignore_errors=True)
            self.warn(f"extractor: compiling with mypyc failed ({error}); {FALLBACK}")


def extensions() -> list[Any]:
    """mypyc's extensions for COMPILED where EXTRACTOR_COMPILE=1 asks for them, else none (or where mypyc is missing)."""
    if os.environ.get("EXTRACTOR_COMPILE", "") in ("", "0"):
        return []
    try:
        from mypyc.build import mypycify

        return list(mypycify([*TYPE_CHECK, *COMPILED], opt_level="3"))
    except (ImportError, SystemExit) as error:  # no mypyc, or mypy found an error: the package still installs
        print(f"extractor: not compiling with mypyc ({error!r}); {FALLBACK}")
        return []


if __name__ == "__main__":
    setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt})
