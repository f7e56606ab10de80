"""Errors that are the user's to fix: each becomes one line and exit code 2, never a traceback."""

from __future__ import annotations


class PostlintError(Exception):
    """Base class. ``str(error)`` is the whole one-line message shown to the user."""

    def __init__(
        self,
        message: str,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        self.path = path
        self.line = line
        self.column = column
        self.detail = message
        where = ""
        if path:
            where = path
            if line is not None:
                where += f":{line}"
                if column is not None:
                    where += f":{column}"
            where += ": "
        super().__init__(f"{where}{message}")


class ConfigError(PostlintError):
    """A bad ``.postlint.yaml`` or command-line setting."""


class RulesetError(PostlintError):
    """A ruleset or lexicon that does not validate."""


class SourceError(PostlintError):
    """A draft file that cannot be read as posts."""
