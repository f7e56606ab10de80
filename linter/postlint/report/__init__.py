"""Report formatters, one module each, chosen by name (``postlint.formatters`` entry points
add more). A formatter follows a small lifecycle: ``start``, ``file`` for each input file with
its findings, ``error`` for each input error, then ``end`` with the totals."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .base import Formatter

BUILTIN = {
    "text": "postlint.report.text:TextFormatter",
    "json": "postlint.report.json:JsonFormatter",
    "sarif": "postlint.report.sarif:SarifFormatter",
    "github": "postlint.report.github:GithubFormatter",
}


def names() -> list[str]:
    return sorted(BUILTIN) + sorted(_plugins())


def make(name: str, stream: Any, **options: Any) -> Formatter:
    target = BUILTIN.get(name)
    if target is not None:
        module, _, attr = target.partition(":")
        cls = getattr(import_module(module), attr)
    else:
        entry = _plugins().get(name)
        if entry is None:
            raise KeyError(name)
        cls = entry.load()
    return cls(stream, **options)  # type: ignore[no-any-return]


def _plugins() -> dict[str, Any]:
    from importlib.metadata import entry_points

    return {e.name: e for e in entry_points(group="postlint.formatters")}
