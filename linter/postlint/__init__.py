"""postlint: a pre-publication risk linter for social-media posts, in English and French.

The public API is ``Linter``, ``Post``, ``Finding``, ``Severity`` and ``Config``; importing
this package is cheap (everything is loaded on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Config", "Finding", "Linter", "Post", "Severity", "__version__"]

if TYPE_CHECKING:
    from .config import Config
    from .engine import Linter
    from .model import Finding, Post, Severity

_LAZY = {
    "Linter": "postlint.engine",
    "Config": "postlint.config",
    "Post": "postlint.model",
    "Finding": "postlint.model",
    "Severity": "postlint.model",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'postlint' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(module), name)
