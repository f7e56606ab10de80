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
_STRING = json.encoder.encode_basestring  # what json.dumps(ensure_ascii=False) writes


def _item(item: dict[str, Any]) -> str:
    """``json.dumps(item, ensure_ascii=False, indent=1)`` indented by two more spaces, written
    directly for flat items of strings, whole numbers and nulls (json's indented encoder is
    pure Python); any other value goes through json."""
    parts = []
    for key, value in item.items():
        if isinstance(value, str):
            text = _STRING(value)
        elif value is None:
            text = "null"
        elif isinstance(value, int) and not isinstance(value, bool):
            text = int.__repr__(value)
        else:
            text = json.dumps(item, ensure_ascii=False, indent=1)
            return text.replace("\n", "\n  ")
        parts.append(_STRING(key) + ": " + text)
    if not parts:
        return "{}"
    return "{\n   " + ",\n   ".join(parts) + "\n  }"


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
    """Streams the ``findings`` array as findings come (memory stays flat on big batches);
    the output is the same document ``json.dump(report, indent=1)`` would write."""

    incremental = True

    def start(self) -> None:
        self.errors: list[dict[str, Any]] = []
        self.count = 0
        head = {
            "schema": "postlint-report",
            "version": SCHEMA_VERSION,
            "tool": {"name": "postlint", "version": __version__},
            "positions": {"base": 1, "columns": "unicode-code-points", "end": "exclusive"},
            "findings": [],
        }
        text = json.dumps(head, ensure_ascii=False, indent=1)
        self.stream.write(text[: text.rindex("[]")] + "[")

    def file(self, path: str, findings: list[Finding]) -> None:
        write = self.stream.write
        for f in findings:
            write(("," if self.count else "") + "\n  " + _item(finding_to_dict(f)))
            self.count += 1

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
        tail = {
            "errors": self.errors,
            "summary": {
                "files": totals.files,
                "posts": totals.posts,
                "input_errors": totals.errors,
                **{str(s): n for s, n in totals.by_severity.items()},
            },
        }
        text = json.dumps(tail, ensure_ascii=False, indent=1)
        self.stream.write(("\n ]" if self.count else "]") + "," + text[1:] + "\n")
