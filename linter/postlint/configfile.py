"""Find and read ``.postlint.yaml`` (or ``[tool.postlint]`` in ``pyproject.toml``) → Config.

Discovery (see docs/configuration.md): from the working directory upwards, the first folder
holding ``.postlint.yaml``, ``.postlint.yml`` or a ``pyproject.toml`` with ``[tool.postlint]``
(in that order) wins; the search stops at the repository root (a folder with ``.git``). One
file applies to the whole run, as with yamllint, so a hook run from the repository root and a
run from the command line agree. ``extends`` chains are merged parent first; every mistake
is a ConfigError at ``path:line:col``. Each file's sections are checked and merged by
``configsections``; the names the config gives are checked against the compiled rules by
``configcheck``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .config import Config
from .errors import ConfigError
from .model import Severity
from .resources import rulesets_root

if TYPE_CHECKING:
    from .configsections import Layer
    from .configsource import ConfigSource

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
    """Read one config file (and what it extends) into a Config (the readers are imported
    here: a run without a config file does not need them)."""
    from .configsections import Layer

    layer = Layer()
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


def _read(path: Path, layer: Layer, chain: tuple[Path, ...]) -> None:
    from .configsections import apply_sections
    from .configsource import ConfigSource
    from .yamlload import load_marked

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
    source = ConfigSource(path, text, toml)
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
    apply_sections(source, data, layer)


def _parse_toml(source: ConfigSource) -> Any:
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


def _extends_path(source: ConfigSource, data: dict[str, Any]) -> Path:
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
