"""``--format auto``: GitHub annotations under GitHub Actions, colour text on a terminal,
plain text otherwise. ``NO_COLOR`` (set and not empty, https://no-color.org) turns colour off.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TextIO


def wants_color(environ: Mapping[str, str], stream: TextIO) -> bool:
    if environ.get("NO_COLOR"):
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or fake stream
        return False


def resolve(name: str, environ: Mapping[str, str], stream: TextIO) -> tuple[str, bool]:
    """(format name, colour) for ``--format name``; only ``auto`` and ``text`` look around."""
    if name == "auto":
        if environ.get("GITHUB_ACTIONS") == "true":
            return "github", False
        name = "text"
    return name, name == "text" and wants_color(environ, stream)
