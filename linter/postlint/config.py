"""Run settings: which rules are on and at what level, default language, fail level.

This module holds the settings as values; discovery and parsing of ``.postlint.yaml`` live in
``configfile.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model import Severity


@dataclass(frozen=True)
class Config:
    # rule id or id prefix → level, or None for off; the longest prefix wins
    levels: dict[str, Severity | None] = field(default_factory=dict)
    # rule id or prefix → parameters that replace the rule's own (tone guide, limits)
    params: dict[str, dict[str, Any]] = field(default_factory=dict)
    default_lang: str = "en"
    fail_level: Severity | None = Severity.ERROR  # None: never fail
    extra_rulesets: tuple[Path, ...] = ()
    extra_lexicon_roots: tuple[Path, ...] = ()
    path: str | None = None  # where the settings came from

    def level_for(self, rule_id: str, default: Severity) -> Severity | None:
        """The configured level of a rule (None = off), by the longest matching id prefix."""
        best = -1
        level: Severity | None = default
        for prefix, value in self.levels.items():
            if matches_prefix(rule_id, prefix) and len(prefix) > best:
                best = len(prefix)
                level = value
        return level


def matches_prefix(rule_id: str, prefix: str) -> bool:
    """``tone`` covers ``tone.shouting`` and ``tone``, but not ``tonel.x``."""
    return prefix in ("all", "*") or rule_id == prefix or rule_id.startswith(prefix + ".")
