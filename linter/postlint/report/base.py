"""The formatter lifecycle shared by every output format."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TextIO

from ..errors import PostlintError
from ..model import Finding, Severity


@dataclass
class Totals:
    """Counts of a run, for the summary line and the exit code."""

    files: int = 0
    posts: int = 0
    errors: int = 0  # input errors
    by_severity: dict[Severity, int] = field(default_factory=lambda: dict.fromkeys(Severity, 0))

    @property
    def findings(self) -> int:
        return sum(self.by_severity.values())


class Formatter:
    # True when ``file`` may be called several times per file (a post's findings at a time),
    # so that a big batch is reported as it is linted instead of kept in memory
    incremental = False

    def __init__(self, stream: TextIO, **options: Any) -> None:
        self.stream = stream
        self.options = options

    def start(self) -> None:
        """Called once before any file."""

    def file(self, path: str, findings: list[Finding]) -> None:
        """Called once per input file that could be read, with its findings in order."""

    def error(self, error: PostlintError) -> None:
        """Called for each input error (unreadable file, bad record...)."""

    def end(self, totals: Totals) -> None:
        """Called once at the end."""
