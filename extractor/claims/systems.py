"""Who makes a system: its lexicon entry's maker, else the maker of its model number's prefix (system_makers.toml)."""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict

from extractor.rulebook.lexicon import lexicon
from extractor.rulebook.loader import PatternError, load, patterns_dir


class MakerPrefix(BaseModel):
    """A model number's opening and the organisation whose servers are numbered so."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    prefix: str
    maker: str


class MakerFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    maker: list[MakerPrefix]


@cache
def maker_prefixes() -> tuple[MakerPrefix, ...]:
    """patterns/system_makers.toml, each maker checked against the lexicon's organisations."""
    loaded = load("system_makers.toml", MakerFile).maker
    for item in loaded:
        if lexicon().entry("ORG", item.maker) is None:
            raise PatternError(
                patterns_dir() / "system_makers.toml", f"prefix {item.prefix!r}", f"maker {item.maker!r} is no organisation of the lexicon"
            )
    return tuple(loaded)


@cache
def maker_of(system: str) -> str | None:
    """The organisation that makes a system, or None where neither the lexicon nor a prefix says."""
    entry = lexicon().entry("SYSTEM", system)
    if entry is not None:
        return entry.maker
    return next((item.maker for item in maker_prefixes() if system.startswith(item.prefix)), None)


@cache
def system_makers() -> frozenset[str]:
    """The organisations that make named products of the lexicon (chip and platform vendors)."""
    return frozenset(entry.maker for (label, _), entry in lexicon().entries.items() if label == "SYSTEM" and entry.maker)


def subject_by_maker(maker: str | None, in_force: str | None) -> str | None:
    """The subject a claim about a maker's product takes where its sentence names no organisation: the maker, unless
    the subject in force builds on others' products (a cloud or server vendor: "CoreWeave … it trained GPT-OSS-20B on
    B200"), which keeps it."""
    if maker is None or (in_force is not None and in_force not in system_makers()):
        return None
    return maker
