"""YAML rulesets → validated, built rule objects; every error names file, line and rule.

A ruleset file has ``ruleset`` (its name), an optional ``description`` and ``rules``. A rule
has the common fields below plus its type's parameters (see ``postlint.rules``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .compile import Compiler, raise_at
from .config import matches_prefix
from .errors import RulesetError
from .model import KINDS, LANGS, Severity
from .rules import rule_types
from .rules.base import ParamError, Rule, RuleMeta
from .yamlload import MarkedDict, load_data_mapping, mark_of

RULESET_KEYS = {"ruleset", "description", "rules"}
COMMON_KEYS = {
    "id",
    "type",
    "level",
    "message",
    "hint",
    "source",
    "description",
    "langs",
    "kinds",
    "platforms",
    "cases",
}
REQUIRED_KEYS = ("id", "type", "level", "message", "hint")


def ruleset_files(root: Path) -> list[Path]:
    """Every ruleset file below ``root``, lexicons, registry, presets and calendar excepted."""
    skip = {"lexicons", "hashtags", "presets", "calendar"}
    return sorted(
        p for p in root.rglob("*.yaml") if not skip.intersection(p.relative_to(root).parts[:-1])
    )


def load_rulesets(files: Iterable[Path], compiler: Compiler) -> list[Rule]:
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in files:
        for rule in load_ruleset(path, compiler):
            if rule.meta.id in seen:
                raise RulesetError(
                    f"rule id {rule.meta.id!r} is already defined in {seen[rule.meta.id]}",
                    str(path),
                    rule.meta.line,
                )
            seen[rule.meta.id] = str(path)
            rules.append(rule)
    return rules


def load_ruleset(path: Path, compiler: Compiler) -> list[Rule]:
    where = str(path)
    shape = "a ruleset is a mapping with a 'rules' list"
    data = load_data_mapping(path, "ruleset", RULESET_KEYS, shape)
    if not isinstance(data.get("rules"), list):
        raise RulesetError(shape, where, 1, 1)
    return [build_rule(raw, where, compiler) for raw in data["rules"]]


def build_rule(raw: Any, where: str, compiler: Compiler) -> Rule:
    line, column = mark_of(raw)
    if not isinstance(raw, dict):
        raise RulesetError("each rule is a mapping", where, line, column)
    rule_id = raw.get("id", "")
    for key in REQUIRED_KEYS:
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise RulesetError(f"rule {rule_id!r}: missing field {key!r}", where, line, column)
    types = rule_types()
    rule_type = types.get(raw["type"])
    if rule_type is None:
        raise RulesetError(
            f"rule {rule_id!r}: unknown type {raw['type']!r} (known: {', '.join(sorted(types))})",
            where,
            *mark_of(raw, "type"),
        )
    for key in raw:
        if key not in COMMON_KEYS and key not in rule_type.PARAMS:
            raise RulesetError(
                f"rule {rule_id!r}: unknown key {key!r} for type {raw['type']!r}",
                where,
                *mark_of(raw, key),
            )
    if compiler.params:
        raw = _with_config_params(raw, rule_type, compiler.params)
    try:
        meta = _meta(raw, where, line or 0)
        params = {}
        for key, param in rule_type.PARAMS.items():
            if key in raw:
                params[key] = param.validate(raw[key])
            elif param.required:
                raise ParamError(f"missing field {key!r} for type {raw['type']!r}")
        return rule_type.build(meta, {**params, "_raw": raw}, compiler)
    except ParamError as exc:
        if exc.mark is not None and exc.mark[0] is not None:
            key_line, key_col = exc.mark
        else:
            key_line, key_col = mark_of(raw, exc.key) if exc.key in raw else (line, column)
        raise raise_at(exc, where, key_line, key_col, rule_id) from None


def _with_config_params(
    raw: dict[str, Any], rule_type: type[Rule], overrides: Mapping[str, Mapping[str, Any]]
) -> dict[str, Any]:
    """The rule with the config's parameters for its id or prefixes (longest prefix last, so
    it wins); a prefix only sets the parameters that this rule's type has."""
    prefixes = sorted((p for p in overrides if matches_prefix(raw["id"], p)), key=len)
    changes = {
        key: value
        for prefix in prefixes
        for key, value in overrides[prefix].items()
        if key in rule_type.PARAMS
    }
    if not changes:
        return raw
    merged = type(raw)(raw)
    if isinstance(raw, MarkedDict) and isinstance(merged, MarkedDict):
        merged.line, merged.column = raw.line, raw.column
        merged.key_marks = {k: v for k, v in raw.key_marks.items() if k not in changes}
    merged.update(changes)
    return merged


def _meta(raw: dict[str, Any], where: str, line: int) -> RuleMeta:
    if "." not in raw["id"] or raw["id"] != raw["id"].strip().lower():
        raise ParamError("id must look like '<theme>.<name>' in lower case", "id")
    try:
        level = Severity.parse(raw["level"])
    except ValueError as exc:
        raise ParamError(str(exc), "level") from None
    return RuleMeta(
        id=raw["id"],
        type=raw["type"],
        level=level,
        message=raw["message"],
        hint=raw["hint"],
        source=str(raw.get("source", "")),
        description=str(raw.get("description", "")),
        langs=_subset(raw, "langs", LANGS),
        kinds=_subset(raw, "kinds", KINDS),
        platforms=tuple(p.lower() for p in _list(raw, "platforms")),
        path=where,
        line=line,
        cases=raw.get("cases") or {},
    )


def _list(raw: dict[str, Any], key: str) -> list[str]:
    value = raw.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ParamError(f"{key!r} must be a list of strings", key)
    return value


def _subset(raw: dict[str, Any], key: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
    if key not in raw:
        return allowed
    values = _list(raw, key)
    for value in values:
        if value not in allowed:
            raise ParamError(f"{key!r}: {value!r} is not one of {', '.join(allowed)}", key)
    return tuple(values)
