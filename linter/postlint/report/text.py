"""``path:line:col: level rule message``, one finding a line, then a summary line."""

from __future__ import annotations

import sys
from typing import Any, TextIO

from ..errors import PostlintError
from ..model import Finding, Severity
from .base import Formatter, Totals

_COLOURS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_RESET = "\033[0m"


class TextFormatter(Formatter):
    incremental = True

    def __init__(self, stream: TextIO, color: bool = False, **options: Any) -> None:
        super().__init__(stream, **options)
        self.color = color

    def file(self, path: str, findings: list[Finding]) -> None:
        write = self.stream.write
        for f in findings:
            level = str(f.severity)
            if self.color:
                level = f"{_COLOURS[f.severity]}{level}{_RESET}"
            where = f"{path or '<text>'}:{f.span.line}:{f.span.column}"
            write(f"{where}: {level} {f.rule} {f.message}\n")
            if self.options.get("show_hints") and f.help:
                write(f"    hint: {f.help}\n")
            if f.suggestion is not None:
                write(f"    suggestion: {f.suggestion}\n")

    def error(self, error: PostlintError) -> None:
        sys.stderr.write(f"postlint: error: {error}\n")

    def end(self, totals: Totals) -> None:
        counts = totals.by_severity
        parts = [f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in reversed(Severity)]
        errors = f", {totals.errors} input error{'s' if totals.errors != 1 else ''}"
        files = f"{totals.files} file{'s' if totals.files != 1 else ''}"
        posts = f"{totals.posts} post{'s' if totals.posts != 1 else ''}"
        self.stream.write(
            f"{', '.join(parts)} in {posts} ({files} checked{errors if totals.errors else ''})\n"
        )
