"""After compiling: every rule id, prefix and parameter the config names exists."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .config import Config, matches_prefix
from .errors import ConfigError

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .rules.base import Rule


def check_against_rules(config: Config, rules: Iterable[Rule]) -> None:
    """Every id or prefix the config names matches a rule, and every parameter is one that a
    rule under it has: a typo is an error, not a silently ignored line."""
    from .rules import rule_types
    from .suppressions import UNUSED_ID

    types = rule_types()
    known = [(rule.meta.id, types.get(rule.meta.type)) for rule in rules]
    known.append((UNUSED_ID, None))
    named = list(config.levels) + [p for o in config.per_file for p in o.levels]
    for prefix in named:
        if not any(matches_prefix(rule_id, prefix) for rule_id, _ in known):
            where = config.origins.get(prefix, config.path or "")
            raise ConfigError(f"{where}: no rule {prefix!r} (see postlint --list-rules)")
    for prefix, params in config.params.items():
        for name in params:
            if not any(
                matches_prefix(rule_id, prefix)
                and rule_type is not None
                and name in rule_type.PARAMS
                for rule_id, rule_type in known
            ):
                where = config.origins.get(prefix, config.path or "")
                raise ConfigError(f"{where}: no rule under {prefix!r} has a parameter {name!r}")
