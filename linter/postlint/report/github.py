"""``--format github``: GitHub Actions workflow commands, one annotation per finding.

GitHub shows at most 10 error, 10 warning and 10 notice annotations per step and 50 per job
(actions/toolkit, docs/problem-matchers.md, "Limitations":
https://github.com/actions/toolkit/blob/main/docs/problem-matchers.md#limitations); the rest
are silently dropped. So the findings are sorted most severe first, each level gets at most
its 10, and one last notice says how many more are only in the log (every finding is still
printed there) and in the step summary. Escaping follows the runner's rules (actions/toolkit
``command.ts``): data escapes ``%``, CR, LF; property values also ``:`` and ``,``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, TextIO

from ..errors import PostlintError
from ..model import Finding, Severity
from .base import Formatter, Totals

PER_LEVEL = 10  # annotations per level and step that GitHub keeps
COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
SUMMARY_ROWS = 200  # the step summary is capped at 1 MiB per step; a table this long is enough


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def workflow_command(name: str, message: str, **props: Any) -> str:
    shown = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{name}{' ' + shown if shown else ''}::{escape_data(message)}\n"


def relative(path: str, cwd: Path | None = None) -> str:
    """``path`` relative to the working directory (the checkout, in Actions), POSIX style."""
    base = cwd or Path.cwd()
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(base).as_posix()
    except ValueError:
        return absolute.as_posix()


class _Item:
    """A finding or input error waiting to be annotated."""

    __slots__ = ("command", "level", "line", "message", "path", "props", "rule")

    def __init__(self, level: Severity, path: str, line: int, rule: str, message: str) -> None:
        self.level, self.path, self.line, self.rule, self.message = level, path, line, rule, message
        self.props: dict[str, Any] = {}
        self.command = COMMANDS[level]


class GithubFormatter(Formatter):
    incremental = True

    def __init__(self, stream: TextIO, cwd: str | Path | None = None, **options: Any) -> None:
        super().__init__(stream, **options)
        self.cwd = Path(os.path.abspath(cwd)) if cwd else None
        self.summary_path = options.get("summary_path", os.environ.get("GITHUB_STEP_SUMMARY"))

    def start(self) -> None:
        self.items: list[_Item] = []

    def file(self, path: str, findings: list[Finding]) -> None:
        for f in findings:
            where = relative(f.path or path, self.cwd)
            message = f.message
            if f.help:
                message += f"\nHint: {f.help}"
            if f.suggestion is not None:
                message += f"\nSuggestion: {f.suggestion}"
            item = _Item(f.severity, where, f.span.line, f.rule, message)
            item.props = {"file": where, "line": f.span.line, "endLine": f.span.end_line}
            if f.span.line == f.span.end_line:  # GitHub takes columns on one line only
                item.props["col"] = f.span.column
                item.props["endColumn"] = f.span.end_column
            item.props["title"] = f"postlint {f.rule}"
            self.items.append(item)

    def error(self, error: PostlintError) -> None:
        where = relative(error.path, self.cwd) if error.path else ""
        item = _Item(Severity.ERROR, where, error.line or 0, "input-error", error.detail)
        item.props = {"file": where or None, "line": error.line, "col": error.column}
        item.props["title"] = "postlint input error"
        self.items.insert(0, item)  # an unreadable file outranks any finding

    def end(self, totals: Totals) -> None:
        order = sorted(self.items, key=lambda i: -i.level)  # stable: file order within a level
        shown, rest = select(order)
        write = self.stream.write
        for item in shown:
            write(workflow_command(item.command, item.message, **item.props))
        for item in rest:  # still in the log, as plain lines
            first = item.message.splitlines()[0]
            write(f"{item.path}:{item.line}: {item.level} {item.rule} {first}\n")
        if rest:
            more = f"{len(rest)} more postlint finding{'s' if len(rest) != 1 else ''}"
            note = (
                f"{more} not annotated (GitHub shows {PER_LEVEL} per level and step); see the log"
            )
            write(
                workflow_command(
                    "notice",
                    note + (" or the job summary" if self.summary_path else ""),
                    title="postlint",
                )
            )
        write(f"postlint: {counts_line(totals)}\n")
        if self.summary_path:
            with open(self.summary_path, "a", encoding="utf-8") as handle:
                handle.write(step_summary(order, totals))


def select(order: list[_Item]) -> tuple[list[_Item], list[_Item]]:
    """The items GitHub will show (≤ 10 per level) and the rest; one notice slot is kept for
    the "N more" notice when anything is left over."""
    budget = dict.fromkeys(Severity, PER_LEVEL)
    shown, rest = [], []
    for item in order:
        if budget[item.level] > 0:
            budget[item.level] -= 1
            shown.append(item)
        else:
            rest.append(item)
    if rest:
        notices = [i for i in shown if i.level == Severity.INFO]
        if len(notices) == PER_LEVEL:
            shown.remove(notices[-1])
            rest.insert(0, notices[-1])
    return shown, rest


def step_summary(order: list[_Item], totals: Totals) -> str:
    """A Markdown table for ``$GITHUB_STEP_SUMMARY`` (appended: other steps write there too)."""
    lines = ["## postlint", "", counts_line(totals) + ".", ""]
    if order:
        lines += ["| Level | Where | Rule | Message |", "|---|---|---|---|"]
        for item in order[:SUMMARY_ROWS]:
            message = item.message.splitlines()[0]
            where = f"{item.path}:{item.line}" if item.line else item.path
            lines.append(f"| {item.level} | `{_cell(where)}` | `{item.rule}` | {_cell(message)} |")
        if len(order) > SUMMARY_ROWS:
            lines += ["", f"… and {len(order) - SUMMARY_ROWS} more in the log."]
    return "\n".join(lines) + "\n\n"


def counts_line(totals: Totals) -> str:
    counts = totals.by_severity
    parts = [_n(counts[s], str(s)) for s in reversed(Severity)]
    where = f"{_n(totals.posts, 'post')} in {_n(totals.files, 'file')}"
    errors = f", {_n(totals.errors, 'input error')}" if totals.errors else ""
    return f"{', '.join(parts)} in {where}{errors}"


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' if count != 1 else ''}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ").replace("`", "'")
