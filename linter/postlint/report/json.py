"""``--format json``: one JSON document, schema ``postlint-report`` version 1 (docs/json.md).

Positions are 1-based; columns count Unicode code points; ``end_column`` is exclusive.
"""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..errors import PostlintError
from ..model import Finding
from .base import Formatter, Totals

SCHEMA_VERSION = 1


def finding_to_dict(f: Finding) -> dict[str, Any]:
    return {
        "rule": f.rule,
        "severity": str(f.severity),
        "message": f.message,
        "path": f.path,
        "line": f.span.line,
        "column": f.span.column,
        "end_line": f.span.end_line,
        "end_column": f.span.end_column,
        "post_id": f.post_id,
        "suggestion": f.suggestion,
        "help": f.help,
    }


class JsonFormatter(Formatter):
    def start(self) -> None:
        self.findings: list[dict[str, Any]] = []
        self.errors: list[dict[str, Any]] = []

    def file(self, path: str, findings: list[Finding]) -> None:
        self.findings.extend(finding_to_dict(f) for f in findings)

    def error(self, error: PostlintError) -> None:
        self.errors.append(
            {
                "path": error.path,
                "line": error.line,
                "column": error.column,
                "message": error.detail,
                "kind": type(error).__name__,
            }
        )

    def end(self, totals: Totals) -> None:
        report = {
            "schema": "postlint-report",
            "version": SCHEMA_VERSION,
            "tool": {"name": "postlint", "version": __version__},
            "positions": {"base": 1, "columns": "unicode-code-points", "end": "exclusive"},
            "findings": self.findings,
            "errors": self.errors,
            "summary": {
                "files": totals.files,
                "posts": totals.posts,
                "input_errors": totals.errors,
                **{str(s): n for s, n in totals.by_severity.items()},
            },
        }
        json.dump(report, self.stream, ensure_ascii=False, indent=1)
        self.stream.write("\n")
