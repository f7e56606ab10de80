"""Find the compiled rules for a configuration: from the disk cache, or build and store them."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .compile import Compiled, Compiler, cache_key, load_cached, store_cached
from .config import Config
from .model import LANGS
from .resources import rulesets_root
from .rulesets import load_rulesets, ruleset_files


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


def input_files(config: Config) -> tuple[list[Path], list[Path], list[Path]]:
    """(ruleset files, lexicon roots, every data file that the compiled result depends on)."""
    root = rulesets_root()
    rulesets = ruleset_files(root) + list(config.extra_rulesets)
    lexicon_roots = [*config.extra_lexicon_roots, root / "lexicons"]
    data = sorted(root.rglob("*.yaml"))
    for extra in config.extra_lexicon_roots:
        data += sorted(extra.rglob("*.yaml"))
    return rulesets, lexicon_roots, data + list(config.extra_rulesets)


def load_compiled(config: Config, cache_dir: Path | None, use_cache: bool) -> Compiled:
    rulesets, lexicon_roots, data_files = input_files(config)
    key = cache_key(data_files, extra=repr((sorted(config.params.items()), config.extra_rules)))
    directory = cache_dir or default_cache_dir()
    if use_cache:
        cached = load_cached(directory, key)
        if cached is not None:
            return cached
    compiled = build(rulesets, lexicon_roots, config)
    if use_cache:
        store_cached(directory, key, compiled)
    return compiled


def build(rulesets: list[Path], lexicon_roots: list[Path], config: Config) -> Compiled:
    from . import nlp

    compiler = Compiler(lexicon_roots, params=config.params)
    rules = load_rulesets(rulesets, compiler)
    if config.extra_rules:  # the tone guide's brand.* rules (see configfile, brand)
        from .rulesets import build_rule

        rules += [build_rule(raw, config.path or "config", compiler) for raw in config.extra_rules]
    cases = {lang: nlp.special_cases(lang) for lang in LANGS}
    return Compiled(rules, compiler.indexes, cases, [str(p) for p in rulesets])
