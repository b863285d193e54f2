"""Which build of the package is running: setup.py compiles the modules on the hot path with mypyc where it can, so
an install is compiled or pure Python, and figures and test runs should say which."""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def compiled_modules() -> list[str]:
    """The package's modules that are compiled extensions in this install, as dotted names ([] when pure Python)."""
    found = set()
    for path in PACKAGE.rglob("*"):
        suffix = next((suffix for suffix in EXTENSION_SUFFIXES if path.name.endswith(suffix)), None)
        if suffix is not None:
            parts = path.relative_to(PACKAGE).parent.parts + (path.name.removesuffix(suffix),)
            found.add(".".join(part for part in parts if part != "__init__"))
    return sorted(found)


def build_description() -> str:
    """Where the package is, and whether it is compiled: "…/extractor (16 of its modules compiled with mypyc: …)"."""
    compiled = compiled_modules()
    return f"{PACKAGE} ({f'{len(compiled)} of its modules compiled with mypyc: ' + ', '.join(compiled) if compiled else 'pure Python'})"
