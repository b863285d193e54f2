"""The tokenizer libraries imported without what extraction never uses, which is much of a cold start: spaCy's
command line and jieba's pkg_resources lookup."""

from __future__ import annotations

import importlib
import sys
from types import ModuleType


def import_spacy() -> None:
    """Import spaCy without `spacy.cli` (typer, requests, weasel…: 0.3-0.7 s of its ~1 s import), which its package
    imports only to offer `spacy.info`. A spaCy that needs more of it is imported whole; `import spacy.cli` later
    still loads the real one."""
    if "spacy" in sys.modules:
        return
    info = ModuleType("spacy.cli.info")
    info.info = None  # type: ignore[attr-defined]  # the one name spacy/__init__ takes from it
    stubs = {"spacy.cli": ModuleType("spacy.cli"), "spacy.cli.info": info}
    added = [name for name in stubs if name not in sys.modules]
    sys.modules.update({name: stubs[name] for name in added})
    try:
        importlib.import_module("spacy")
    except ImportError:
        pass  # imported whole below
    finally:
        for name in added:
            if sys.modules.get(name) is stubs[name]:
                del sys.modules[name]
    importlib.import_module("spacy")


def import_jieba() -> None:
    """Import jieba without pkg_resources: its `_compat` imports that slow setuptools API (~0.13 s) only to find
    the bundled dictionary, and falls back to the file beside the module when the import fails."""
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        return
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # its import fails: the fallback is taken
    try:
        importlib.import_module("jieba")
    finally:
        del sys.modules["pkg_resources"]
