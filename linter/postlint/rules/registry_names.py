"""Tragedies written as words ("Sandy Hook", « Charlie Hebdo »), taken from the hashtag registry.

A registry entry may list ``names``: the event as people write it in a sentence. A match group
with ``registry_names: true`` gets them as extra ``terms`` (in every language: a name is the
same in an English or a French post), so the registry stays the one list of named events and
crisis rules need no second copy. Only names that point at the event itself belong there (not
a venue still in business, a common first name or a bare date).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from .base import ParamError

KEY = "registry_names"


@lru_cache(maxsize=4)
def _names(folder: Path) -> tuple[str, ...]:
    from ..hashtags import load_registry, registry_files

    registry = load_registry(registry_files(folder))
    found = {name for info in registry.entries.values() for name in info.names}
    return tuple(sorted(found))


def registry_names() -> tuple[str, ...]:
    """Every name of every registry entry, sorted (the registry is read once per process)."""
    from ..resources import rulesets_root

    return _names(rulesets_root() / "hashtags")


def with_registry_names(spec: Any) -> Any:
    """The group mapping with ``registry_names: true`` replaced by the names, as ``terms``."""
    if not isinstance(spec, Mapping) or KEY not in spec:
        return spec
    flag = spec[KEY]
    if not isinstance(flag, bool):
        raise ParamError(f"'{KEY}' must be true or false", KEY)
    out = {k: v for k, v in spec.items() if k != KEY}
    if not flag:
        return out
    names = list(registry_names())
    terms = out.get("terms")
    if terms is None:
        out["terms"] = names
    elif isinstance(terms, Mapping):
        out["terms"] = {lang: [*(words or []), *names] for lang, words in terms.items()}
    else:
        out["terms"] = [*terms, *names]
    return out
