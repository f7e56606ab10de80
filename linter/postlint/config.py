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
    """The settings of a run: rule levels and parameters, paths, languages."""

    # rule id or id prefix → level, or None for off; the longest prefix wins
    levels: dict[str, Severity | None] = field(default_factory=dict)
    # rule id or prefix → parameters that replace the rule's own (tone guide, limits)
    params: dict[str, dict[str, Any]] = field(default_factory=dict)
    default_lang: str = "en"
    fail_level: Severity | None = Severity.ERROR  # None: never fail
    extra_rulesets: tuple[Path, ...] = ()
    extra_lexicon_roots: tuple[Path, ...] = ()
    path: str | None = None  # where the settings came from
    # rules generated from the config (the brand tone guide), as raw ruleset entries
    extra_rules: tuple[dict[str, Any], ...] = ()
    # gitignore-style globs of files not to lint, and per-file level overrides, both relative
    # to ``root`` (the folder of the config file)
    ignore: tuple[str, ...] = ()
    per_file: tuple[PerFile, ...] = ()
    root: Path | None = None
    report_unused_suppressions: bool = False
    # rule id or prefix → "path:line:col" where the config named it (for error messages)
    origins: dict[str, str] = field(default_factory=dict, compare=False)

    def level_for(self, rule_id: str, default: Severity) -> Severity | None:
        """The configured level of a rule (None = off), by the longest matching id prefix."""
        best = -1
        level: Severity | None = default
        for prefix, value in self.levels.items():
            if matches_prefix(rule_id, prefix) and len(prefix) > best:
                best = len(prefix)
                level = value
        return level

    def is_ignored(self, path: str | Path) -> bool:
        """True when ``path`` matches the ``ignore:`` globs."""
        if not self.ignore:
            return False
        from .pathglob import PathGlobs

        return PathGlobs(self.ignore, self.root).matches(path)

    def for_path(self, path: str | Path) -> Config:
        """These settings with the ``per-file:`` overrides that match ``path`` applied.

        An override's prefix replaces every more specific entry of the base settings, so that
        ``tone: off`` for a folder also silences a base ``tone.shouting: error``.
        """
        if not self.per_file:
            return self
        from dataclasses import replace

        from .pathglob import PathGlobs

        levels = dict(self.levels)
        changed = False
        for override in self.per_file:
            if not PathGlobs(override.files, self.root).matches(path):
                continue
            changed = True
            for prefix, level in override.levels.items():
                for key in [k for k in levels if matches_prefix(k, prefix)]:
                    del levels[key]
                levels[prefix] = level
        return replace(self, levels=levels, per_file=()) if changed else self


@dataclass(frozen=True)
class PerFile:
    """Levels that apply to files matching ``files`` (gitignore-style globs)."""

    files: tuple[str, ...]
    levels: dict[str, Severity | None]


def matches_prefix(rule_id: str, prefix: str) -> bool:
    """``tone`` covers ``tone.shouting`` and ``tone``, but not ``tonel.x``."""
    return prefix in ("all", "*") or rule_id == prefix or rule_id.startswith(prefix + ".")
