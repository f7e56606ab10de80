"""Find and read ``.postlint.yaml`` (or ``[tool.postlint]`` in ``pyproject.toml``) → Config.

Discovery (see docs/configuration.md): from the working directory upwards, the first folder
holding ``.postlint.yaml``, ``.postlint.yml`` or a ``pyproject.toml`` with ``[tool.postlint]``
(in that order) wins; the search stops at the repository root (a folder with ``.git``). One
file applies to the whole run, as with yamllint, so a hook run from the repository root and a
run from the command line agree. ``extends`` chains are merged parent first; every mistake
is a ConfigError at ``path:line:col``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .config import Config, PerFile, matches_prefix
from .errors import ConfigError
from .model import Severity
from .resources import rulesets_root
from .yamlload import MarkedDict, load_marked, mark_of

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .rules.base import Rule

CONFIG_NAMES = (".postlint.yaml", ".postlint.yml")
PRESETS = ("default", "strict")
TOP_KEYS = (
    "extends",
    "rules",
    "ignore",
    "per-file",
    "overrides",
    "lang",
    "fail-level",
    "rulesets",
    "lexicons",
    "tone",
    "report-unused-suppressions",
    "blackout",
)
LEVELS = ("error", "warning", "info")
RULE_KEY = re.compile(r"^(?:all|\*|[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9][a-z0-9_-]*)*)$")
# Parameters checked here, where their position is known; others are checked by the rule type.
NUMBERS = {"max": float, "min_letters": int, "max_findings": int}
BLACKOUT_RULE = "schedule.blackout"  # the rule that reads ``blackout:`` (rulesets/common)


@dataclass
class _Layer:
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


class _Source:
    """One config file's text and how to find the position of its keys."""

    def __init__(self, path: Path, text: str, toml: bool) -> None:
        self.path = path
        self.name = str(path)
        self.text = text
        self.toml = toml

    def at(self, node: Any, key: Any = None) -> tuple[int | None, int | None]:
        if not self.toml:
            return mark_of(node, key)
        # tomllib keeps no positions: point at the key's first line after [tool.postlint].
        header = re.search(r"^\[tool\.postlint[\].]", self.text, re.MULTILINE)
        start = header.start() if header else 0
        if key is not None:
            pattern = rf"^[ \t]*[\"']?{re.escape(str(key))}[\"']?[ \t]*="
            found = re.compile(pattern, re.MULTILINE).search(self.text, start)
            if found:
                line = self.text.count("\n", 0, found.start()) + 1
                return line, found.start() - self.text.rfind("\n", 0, found.start())
        return self.text.count("\n", 0, start) + 1, 1

    def error(self, message: str, node: Any = None, key: Any = None) -> ConfigError:
        return ConfigError(message, self.name, *self.at(node, key))


# -------------------------------------------------------------------- discovery


def discover(start: Path | None = None) -> Path | None:
    """The config file that applies to a run started in ``start`` (default: the cwd)."""
    folder = (start or Path.cwd()).resolve()
    while True:
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return folder / name
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
        if (folder / ".git").exists() or folder.parent == folder:
            return None
        folder = folder.parent


def _has_tool_table(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return re.search(r"^\[tool\.postlint[\].]", text, re.MULTILINE) is not None


def resolve(config_file: str | None = None, isolated: bool = False) -> Config:
    """The settings for a run: ``--config FILE``, else the discovered file, else defaults."""
    if isolated:
        if config_file:
            raise ConfigError("--isolated and --config cannot be used together")
        return Config()
    path = Path(config_file) if config_file else discover()
    if path is None:
        return Config()
    if path.is_absolute() and path.is_relative_to(Path.cwd()):
        path = path.relative_to(Path.cwd())  # messages show it like the draft paths
    return load_config(path)


# -------------------------------------------------------------------- reading


def load_config(path: Path) -> Config:
    """Read one config file (and what it extends) into a Config."""
    layer = _Layer()
    _read(path, layer, chain=())
    from .brand import tone_rules

    extra_rules: tuple[dict[str, Any], ...] = ()
    if layer.tone and layer.tone_where is not None:
        name, where = layer.tone_where
        extra_rules = tuple(tone_rules(layer.tone, name, where))
    return Config(
        levels=layer.levels,
        params=layer.params,
        default_lang=layer.lang or "en",
        fail_level=Severity.ERROR if layer.fail_level == "unset" else layer.fail_level,  # type: ignore[arg-type]
        extra_rulesets=tuple(layer.rulesets),
        extra_lexicon_roots=tuple(layer.lexicons),
        path=str(path),
        extra_rules=extra_rules,
        ignore=tuple(layer.ignore),
        per_file=tuple(layer.per_file),
        root=path.resolve().parent,
        report_unused_suppressions=bool(layer.report_unused),
        origins=layer.origins,
    )


def _read(path: Path, layer: _Layer, chain: tuple[Path, ...]) -> None:
    resolved = path.resolve()
    if resolved in chain:
        cycle = " → ".join(str(p) for p in (*chain, resolved))
        raise ConfigError(f"'extends' makes a cycle: {cycle}", str(path))
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError("config file not found", str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config file: {exc}", str(path)) from None
    toml = path.suffix == ".toml"
    source = _Source(path, text, toml)
    data = _parse_toml(source) if toml else load_marked(text, str(path), ConfigError)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise source.error("a config file is a mapping of settings (rules, ignore, ...)", data)
    for key in data:
        if key not in TOP_KEYS:
            raise source.error(
                f"unknown setting {key!r} (expected one of: {', '.join(TOP_KEYS)})", data, key
            )
    if "extends" in data:
        _read(_extends_path(source, data), layer, (*chain, resolved))
    _apply(source, data, layer)


def _parse_toml(source: _Source) -> Any:
    import tomllib

    try:
        data = tomllib.loads(source.text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+), column (\d+)", str(exc))
        line, col = (int(found[1]), int(found[2])) if found else (None, None)
        raise ConfigError(f"invalid TOML: {exc}", source.name, line, col) from None
    table = data.get("tool", {}).get("postlint")
    if table is None:
        raise ConfigError("no [tool.postlint] table", source.name)
    return table


def _extends_path(source: _Source, data: dict[str, Any]) -> Path:
    value = data["extends"]
    if not isinstance(value, str) or not value.strip():
        raise source.error(
            "'extends' takes postlint:default, postlint:strict or a path", data, "extends"
        )
    if value.startswith("postlint:"):
        name = value.split(":", 1)[1]
        if name not in PRESETS:
            raise source.error(
                f"unknown preset {value!r} (expected postlint:default or postlint:strict)",
                data,
                "extends",
            )
        return rulesets_root() / "presets" / f"{name}.yaml"
    target = source.path.parent / value
    if not target.is_file():
        raise source.error(f"'extends': no such file {value!r}", data, "extends")
    return target


def _apply(source: _Source, data: dict[str, Any], layer: _Layer) -> None:
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


def _blackout(source: _Source, data: dict[str, Any], layer: _Layer) -> None:
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
    source: _Source, rules: Any, origins: dict[str, str], allow_params: bool
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


def _level(source: _Source, value: Any, node: Any, key: Any) -> Severity | None:
    if value is False or value == "off":  # YAML 1.1 reads a bare off as false
        return None
    if isinstance(value, str) and value in LEVELS:
        return Severity.parse(value)
    raise source.error(f"{value!r} is not a level: use off, error, warning or info", node, key)


def _check_param(source: _Source, node: Any, name: Any, value: Any) -> None:
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


def _strings(source: _Source, data: dict[str, Any], key: str) -> list[str]:
    value = data[key]
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise source.error(f"{key!r} must be a list of strings", data, key)
    return list(value)


def _globs(source: _Source, data: dict[str, Any], key: str) -> list[str]:
    globs = _strings(source, data, key)
    from .pathglob import PathGlobs

    PathGlobs(globs)  # a pattern that does not compile fails here, at its key
    return globs


def _per_file(source: _Source, data: dict[str, Any], key: str) -> list[PerFile]:
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


# -------------------------------------------------------------------- after compiling


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
