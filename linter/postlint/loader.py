"""Find the compiled rules for a configuration: from the disk cache, or build and store them.

The warm path (key, then one pickle) imports neither the compiler, nor YAML, nor spaCy; they
are imported only when the cache has to be (re)built.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import Compiled, cache_key, data_files, load_cached, store_cached
from .resources import rulesets_root

if TYPE_CHECKING:
    from .config import Config

PACKAGE_DIR = Path(__file__).resolve().parent


def default_cache_dir() -> Path:
    """``$POSTLINT_CACHE_DIR``, else the platform's user cache directory + ``postlint``."""
    env = os.environ.get("POSTLINT_CACHE_DIR")
    if env:
        return Path(env)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "postlint"


def dependencies(config: Config) -> list[str]:
    """Every file the compiled result depends on: data files, extra rulesets, our own code
    (so that a changed rule type never meets a stale pickle during development)."""
    roots = [rulesets_root(), *config.extra_lexicon_roots]
    code: list[str] = []
    for folder, dirs, files in os.walk(PACKAGE_DIR):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        code.extend(os.path.join(folder, name) for name in files if name.endswith(".py"))
    return [*data_files(roots), *map(str, config.extra_rulesets), *sorted(code)]


def config_fingerprint(config: Config) -> str:
    """The parts of the settings that change what is compiled."""
    extra_rules = getattr(config, "extra_rules", ())
    return repr((sorted(config.params.items()), extra_rules))


def load_compiled(config: Config, cache_dir: Path | None, use_cache: bool) -> Compiled:
    if use_cache:
        key = cache_key(dependencies(config), extra=config_fingerprint(config))
        directory = cache_dir or default_cache_dir()
        cached = load_cached(directory, key)
        if cached is not None:
            return cached
    compiled = build(config)
    if use_cache:
        store_cached(directory, key, compiled)
    return compiled


def build(config: Config) -> Compiled:
    """Compile every ruleset (this is where spaCy is imported)."""
    from . import nlp
    from .compile import Compiler
    from .model import LANGS
    from .rulesets import load_rulesets, ruleset_files

    root = rulesets_root()
    bundled = ruleset_files(root)
    if not bundled:  # a broken install would otherwise lint with no rule and report nothing
        from .errors import RulesetError

        raise RulesetError(
            "no bundled ruleset found: the installation is incomplete, reinstall postlint",
            str(root),
        )
    rulesets = bundled + list(config.extra_rulesets)
    lexicon_roots = [*config.extra_lexicon_roots, root / "lexicons"]
    compiler = Compiler(lexicon_roots, params=config.params)
    rules = load_rulesets(rulesets, compiler)
    if config.extra_rules:  # the tone guide's brand.* rules (see configfile, brand)
        from .rulesets import build_rule

        rules += [build_rule(raw, config.path or "config", compiler) for raw in config.extra_rules]
    from .gate import build_gates

    tables = {lang: nlp.tokenizer_tables(lang) for lang in LANGS}
    gates = build_gates(rules, compiler.indexes, tables)
    return Compiled(rules, compiler.indexes, tables, [str(p) for p in rulesets], gates)
