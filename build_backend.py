"""The build backend: setuptools', asking for mypy (whose mypyc compiles the hot path) only where the compiled build is
asked for with EXTRACTOR_COMPILE=1, so that the default install, pure Python, fetches and builds nothing more."""

from __future__ import annotations

import os
from typing import Any

from setuptools import build_meta
from setuptools.build_meta import *  # noqa: F403 - every hook but the one below is setuptools' own

COMPILER = ["mypy==2.4.1"]


def compiling() -> bool:
    """Whether the compiled build was asked for."""
    return os.environ.get("EXTRACTOR_COMPILE", "") not in ("", "0")


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    return list(build_meta.get_requires_for_build_wheel(config_settings)) + (COMPILER if compiling() else [])
