"""Where the bundled rulesets are: inside the installed package, or in the source tree."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path


@lru_cache(maxsize=1)
def rulesets_root() -> Path:
    """The ``rulesets/`` folder: ``postlint/rulesets`` in a wheel, ``rulesets/`` in a checkout."""
    packaged = resources.files("postlint") / "rulesets"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "rulesets"
