"""The sections of one config file (``rules``, ``ignore``, ``per-file``, ``lang``, ``tone``,
``blackout``, ...): each is checked, every mistake reported at its key, and merged into the
settings read so far (a ``Layer``, parent first over ``extends``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import PerFile
from .configsource import ConfigSource
from .errors import ConfigError
from .model import Severity
from .yamlload import MarkedDict

LEVELS = ("error", "warning", "info")
RULE_KEY = re.compile(r"^(?:all|\*|[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9][a-z0-9_-]*)*)$")
# Parameters checked here, where their position is known; others are checked by the rule type.
NUMBERS = {"max": float, "min_letters": int, "max_findings": int}
BLACKOUT_RULE = "schedule.blackout"  # the rule that reads ``blackout:`` (rulesets/common)


@dataclass
class Layer:
    """Settings read so far, merged over ``extends`` (parent first)."""

    levels: dict[str, Severity | None] = field(default_factory=dict)
    params: dict[str, dict[str, Any]] = field(default_factory=dict)
    origins: dict[str, str] = field(default_factory=dict)
    ignore: list[str] = field(default_factory=list)
    per_file: list[PerFile] = field(default_factory=list)
    lang: str | None = None
    fail_level: Severity | str | None = "unset"
    rulesets: list[Path] = field(default_factory=list)
    lexicons: list[Path] = field(default_factory=list)
    tone: dict[str, Any] = field(default_factory=dict)
    tone_where: tuple[str, Any] | None = None
    report_unused: bool | None = None


def apply_sections(source: ConfigSource, data: dict[str, Any], layer: Layer) -> None:
    """Check each section of one file's ``data`` and merge it over ``layer``."""
    base = source.path.parent
    if "rules" in data:
        levels, params = _rules(source, data["rules"], layer.origins, allow_params=True)
        layer.levels.update(levels)
        for prefix, values in params.items():
            layer.params[prefix] = {**layer.params.get(prefix, {}), **values}
    if "ignore" in data:
        layer.ignore.extend(_globs(source, data, "ignore"))
    for key in ("per-file", "overrides"):
        if key in data:
            layer.per_file.extend(_per_file(source, data, key))
    if "lang" in data:
        if data["lang"] not in ("en", "fr"):
            raise source.error("'lang' must be en or fr", data, "lang")
        layer.lang = data["lang"]
    if "fail-level" in data:
        value = data["fail-level"]
        if value not in (*LEVELS, "never"):
            raise source.error(
                "'fail-level' must be error, warning, info or never", data, "fail-level"
            )
        layer.fail_level = None if value == "never" else Severity.parse(value)
    for key, target in (("rulesets", layer.rulesets), ("lexicons", layer.lexicons)):
        if key in data:
            for item in _strings(source, data, key):
                path = (base / item).resolve()
                if not path.exists():
                    raise source.error(f"{key!r}: no such file or folder {item!r}", data, key)
                target.append(path)
    if "tone" in data:
        tone = data["tone"]
        if not isinstance(tone, dict):
            raise source.error("'tone' must be a mapping (see docs/configuration.md)", data, "tone")
        layer.tone.update(tone)
        merged = type(tone)(layer.tone)
        if isinstance(tone, MarkedDict) and isinstance(merged, MarkedDict):
            merged.line, merged.column, merged.key_marks = tone.line, tone.column, tone.key_marks
        layer.tone = merged
        layer.tone_where = (source.name, source.at)
    if "blackout" in data:
        _blackout(source, data, layer)
    if "report-unused-suppressions" in data:
        value = data["report-unused-suppressions"]
        if not isinstance(value, bool):
            raise source.error("must be true or false", data, "report-unused-suppressions")
        layer.report_unused = value


def _blackout(source: ConfigSource, data: dict[str, Any], layer: Layer) -> None:
    """``blackout:`` windows → the ``blackout`` parameter of ``schedule.blackout`` (appended
    over ``extends``); each mistake is reported at its key."""
    from .when import parse_windows, plain_windows

    raw = data["blackout"]
    node = raw if isinstance(raw, list) else data

    def fail(message: str, where: Any, key: Any) -> ConfigError:
        if where is raw and not isinstance(raw, list):
            return source.error(message, data, "blackout")
        return source.error(message, where if isinstance(where, dict) else node, key)

    parse_windows(raw, fail)
    params = layer.params.setdefault(BLACKOUT_RULE, {})
    params["blackout"] = [*params.get("blackout", []), *plain_windows(raw)]
    line, col = source.at(data, "blackout")
    layer.origins.setdefault(BLACKOUT_RULE, f"{source.name}:{line}:{col}")


def _rules(
    source: ConfigSource, rules: Any, origins: dict[str, str], allow_params: bool
) -> tuple[dict[str, Severity | None], dict[str, dict[str, Any]]]:
    """``rules:`` → (levels, params). A value is off, a level, or {level: ..., params}."""
    if not isinstance(rules, dict):
        raise source.error("'rules' maps rule ids or prefixes to off, a level or settings", rules)
    levels: dict[str, Severity | None] = {}
    params: dict[str, dict[str, Any]] = {}
    for key, value in rules.items():
        if not isinstance(key, str) or not RULE_KEY.match(key):
            raise source.error(
                f"{key!r} is not a rule id or prefix (such as tone or tone.shouting)", rules, key
            )
        line, col = source.at(rules, key)
        origins[key] = f"{source.name}:{line}:{col}"
        if isinstance(value, dict):
            settings = dict(value)
            if "level" in settings:
                levels[key] = _level(source, settings.pop("level"), value, "level")
            if settings and not allow_params:
                raise source.error(
                    "per-file settings change levels only, not parameters", rules, key
                )
            for name, param in settings.items():
                _check_param(source, value, name, param)
            if settings:
                params[key] = settings
        else:
            levels[key] = _level(source, value, rules, key)
    return levels, params


def _level(source: ConfigSource, value: Any, node: Any, key: Any) -> Severity | None:
    if value is False or value == "off":  # YAML 1.1 reads a bare off as false
        return None
    if isinstance(value, str) and value in LEVELS:
        return Severity.parse(value)
    raise source.error(f"{value!r} is not a level: use off, error, warning or info", node, key)


def _check_param(source: ConfigSource, node: Any, name: Any, value: Any) -> None:
    from .rules import rule_types

    known = {p for rule_type in rule_types().values() for p in rule_type.PARAMS}
    if name not in known:
        import difflib

        close = difflib.get_close_matches(str(name), sorted(known), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise source.error(f"unknown rule parameter {name!r}{hint}", node, name)
    kind = NUMBERS.get(name)
    if kind is not None and (
        isinstance(value, bool) or not isinstance(value, (int, kind)) or value < 0  # type: ignore[operator]
    ):
        raise source.error(f"{name!r} must be a number ≥ 0", node, name)


def _strings(source: ConfigSource, data: dict[str, Any], key: str) -> list[str]:
    value = data[key]
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise source.error(f"{key!r} must be a list of strings", data, key)
    return list(value)


def _globs(source: ConfigSource, data: dict[str, Any], key: str) -> list[str]:
    globs = _strings(source, data, key)
    from .pathglob import PathGlobs

    PathGlobs(globs)  # a pattern that does not compile fails here, at its key
    return globs


def _per_file(source: ConfigSource, data: dict[str, Any], key: str) -> list[PerFile]:
    entries = data[key]
    if not isinstance(entries, list):
        raise source.error(f"{key!r} is a list of {{files: [globs], rules: {{...}}}}", data, key)
    found = []
    for entry in entries:
        if not isinstance(entry, dict):
            raise source.error(f"each {key!r} entry is a mapping with files and rules", data, key)
        if "files" not in entry:
            raise source.error(f"this {key!r} entry has no 'files' globs", entry)
        for sub in entry:
            if sub not in ("files", "rules"):
                raise source.error(
                    f"unknown key {sub!r} in {key!r} (expected files, rules)", entry, sub
                )
        files = _globs(source, entry, "files")
        levels, _ = _rules(source, entry.get("rules") or {}, {}, allow_params=False)
        found.append(PerFile(tuple(files), levels))
    return found
