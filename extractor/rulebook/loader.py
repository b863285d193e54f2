"""The one loader of patterns/: reads a TOML file and validates it, naming file and entry on error."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

T = TypeVar("T", bound=BaseModel)


class PatternError(ValueError):
    """A pattern or lexicon file that cannot be used; the message names the file and the entry."""

    def __init__(self, path: Path, entry: str, reason: str) -> None:
        super().__init__(f"{path}: {entry}: {reason}")
        self.path = path
        self.entry = entry
        self.reason = reason


def patterns_dir() -> Path:
    """The patterns/ folder: shipped inside the installed package, or beside it in a checkout."""
    package = Path(__file__).resolve().parents[1]
    for candidate in (package / "patterns", package.parent / "patterns"):
        if (candidate / "lexicon").is_dir():
            return candidate
    raise FileNotFoundError(f"no patterns/ folder in or beside {package}")


def read_toml(path: Path) -> dict[str, object]:
    """Parse one TOML file, turning syntax errors into a PatternError."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise PatternError(path, "file", f"not valid TOML: {error}") from error


def validate(path: Path, schema: type[T], data: object) -> T:
    """Validate parsed data against a schema; the error names the first entry at fault."""
    try:
        return schema.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        location = describe_location(data, first["loc"])
        raise PatternError(path, location, first["msg"]) from error


def describe_location(data: object, loc: tuple[int | str, ...]) -> str:
    """Turn a pydantic error location into words a person can find in the file."""
    parts: list[str] = []
    node = data
    for step in loc:
        if isinstance(node, list) and isinstance(step, int) and step < len(node):
            node = node[step]
            label = node.get("name") or node.get("id") if isinstance(node, dict) else None
            parts.append(f"#{step + 1}" + (f" ({label!r})" if label else ""))
        elif isinstance(node, dict) and step in node:
            node = node[step]
            parts.append(str(step))
        else:
            parts.append(str(step))
    return " > ".join(parts) if parts else "file"


def load(relative: str, schema: type[T]) -> T:
    """Load and validate patterns/<relative> (callers cache what they build from it)."""
    path = patterns_dir() / relative
    return validate(path, schema, read_toml(path))
