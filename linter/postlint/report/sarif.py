"""``--format sarif``: one SARIF 2.1.0 log (OASIS), for GitHub code scanning and other viewers.

Columns count Unicode code points (``columnKind``) and ``endColumn`` is exclusive, as in
postlint's own positions. Artifact URIs are relative to the working directory (``%SRCROOT%``).
``partialFingerprints`` hash the rule, the file, the post id and the matched text, never the
line: a finding keeps its identity when lines are added above it.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO
from urllib.parse import quote

from .. import __version__
from ..errors import PostlintError
from ..model import Finding, Severity
from .base import Formatter, Totals

if TYPE_CHECKING:
    from ..engine import Linter
    from ..rules.base import RuleMeta

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
FINGERPRINT_KEY = "postlintFinding/v1"
SRCROOT = "%SRCROOT%"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(path: str, cwd: Path) -> tuple[str, bool]:
    """(uri, relative): a path under ``cwd`` as a relative URI, anything else as a file URI."""
    absolute = Path(os.path.abspath(path))
    try:
        return quote(absolute.relative_to(cwd).as_posix()), True
    except ValueError:
        return absolute.as_uri(), False


def fingerprint(rule: str, uri: str, post_id: str, matched: str, ordinal: int) -> str:
    """Stable across edits elsewhere in the file; ``ordinal`` tells apart repeats in one post."""
    key = "\0".join((rule, uri, post_id, matched, str(ordinal)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def exit_code(totals: Totals, fail_level: Severity | None) -> int:
    """The CLI's exit code for these totals (see exitcodes.py)."""
    if totals.errors:
        return 2
    if fail_level is None:
        return 0
    return int(any(n for s, n in totals.by_severity.items() if s >= fail_level))


def rule_descriptor(meta: RuleMeta, level: Severity | None) -> dict[str, Any]:
    from ..ruledocs import help_url, plain_message, source_path, summary, theme

    help_text = meta.hint.strip()
    markdown = f"**What to do instead:** {help_text}"
    if meta.source:
        help_text += f"\n\nWhy: {meta.source.strip()}"
        markdown += f"\n\n**Why:** {meta.source.strip()}"
    return {
        "id": meta.id,
        "shortDescription": {"text": summary(meta)},
        "fullDescription": {"text": meta.description.strip() or plain_message(meta)},
        "help": {"text": help_text, "markdown": markdown},
        "helpUri": help_url(meta.id),
        "defaultConfiguration": {
            "enabled": level is not None,
            "level": LEVELS[level or meta.level],
        },
        "properties": {
            "tags": [theme(meta.id), *meta.langs],
            "languages": list(meta.langs),
            "kinds": list(meta.kinds),
            "definedIn": source_path(meta),
        },
    }


class SarifFormatter(Formatter):
    incremental = True

    def __init__(
        self,
        stream: TextIO,
        linter: Linter | None = None,
        cwd: str | Path | None = None,
        **options: Any,
    ) -> None:
        super().__init__(stream, **options)
        self.linter = linter
        self.cwd = Path(os.path.abspath(cwd or os.getcwd()))

    def start(self) -> None:
        self.rules: list[dict[str, Any]] = []
        self.rule_index: dict[str, int] = {}
        if self.linter is not None:
            level_for = self.linter.config.level_for
            rules = list(self.linter.rules)
            if getattr(self.linter, "online", None) is not None:
                from ..ruledocs import with_online

                rules = with_online(rules)
            for rule in sorted(rules, key=lambda r: r.meta.id):
                meta = rule.meta
                self._add_rule(rule_descriptor(meta, level_for(meta.id, meta.level)))
        self.results: list[dict[str, Any]] = []
        self.notifications: list[dict[str, Any]] = []
        self.seen: dict[tuple[str, str, str, str], int] = {}

    def _add_rule(self, descriptor: dict[str, Any]) -> int:
        self.rule_index[descriptor["id"]] = len(self.rules)
        self.rules.append(descriptor)
        return len(self.rules) - 1

    def _location(self, path: str, region: dict[str, Any]) -> dict[str, Any]:
        uri, relative = artifact_uri(path, self.cwd)
        artifact = {"uri": uri, "uriBaseId": SRCROOT} if relative else {"uri": uri}
        physical: dict[str, Any] = {"artifactLocation": artifact}
        if region:
            physical["region"] = region
        return {"physicalLocation": physical}

    def file(self, path: str, findings: list[Finding]) -> None:
        for f in findings:
            self.results.append(self._result(f, f.path or path))

    def _result(self, f: Finding, path: str) -> dict[str, Any]:
        index = self.rule_index.get(f.rule)
        if index is None:  # a rule the driver list does not know (no linter given)
            index = self._add_rule({"id": f.rule, "helpUri": _help_url(f.rule)})
        region: dict[str, Any] = {
            "startLine": f.span.line,
            "startColumn": f.span.column,
            "endLine": f.span.end_line,
            "endColumn": f.span.end_column,
        }
        if f.matched:
            region["snippet"] = {"text": f.matched}
        uri = artifact_uri(path, self.cwd)[0]
        key = (f.rule, uri, f.post_id, f.matched)
        ordinal = self.seen.get(key, 0)
        self.seen[key] = ordinal + 1
        result: dict[str, Any] = {
            "ruleId": f.rule,
            "ruleIndex": index,
            "level": LEVELS[f.severity],
            "message": {"text": f.message},
            "locations": [self._location(path, region)],
            "partialFingerprints": {
                FINGERPRINT_KEY: fingerprint(f.rule, uri, f.post_id, f.matched, ordinal)
            },
        }
        if f.post_id:
            result["properties"] = {"postId": f.post_id}
        if f.fix is not None:
            result["fixes"] = [self._fix(f, path, region)]
        return result

    def _fix(self, f: Finding, path: str, region: dict[str, Any]) -> dict[str, Any]:
        assert f.fix is not None
        deleted = {k: v for k, v in region.items() if k != "snippet"}
        change = self._location(path, {})["physicalLocation"]
        change["replacements"] = [{"deletedRegion": deleted, "insertedContent": {"text": f.fix[2]}}]
        return {"description": {"text": f"Replace with “{f.fix[2]}”"}, "artifactChanges": [change]}

    def error(self, error: PostlintError) -> None:
        notification: dict[str, Any] = {
            "level": "error",
            "message": {"text": error.detail},
            "descriptor": {"id": type(error).__name__},
        }
        if error.path:
            region = {}
            if error.line:
                region = {"startLine": error.line, "startColumn": error.column or 1}
            notification["locations"] = [self._location(error.path, region)]
        self.notifications.append(notification)

    def end(self, totals: Totals) -> None:
        fail_level = self.linter.config.fail_level if self.linter else Severity.ERROR
        code = exit_code(totals, fail_level)
        invocation: dict[str, Any] = {"executionSuccessful": not totals.errors, "exitCode": code}
        if self.notifications:
            invocation["toolExecutionNotifications"] = self.notifications
        driver = {
            "name": "postlint",
            "version": __version__,
            "semanticVersion": __version__,
            "informationUri": _project_url(),
            "rules": self.rules,
        }
        log = {
            "$schema": SCHEMA_URI,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {"driver": driver},
                    "invocations": [invocation],
                    "originalUriBaseIds": {SRCROOT: {"uri": self.cwd.as_uri().rstrip("/") + "/"}},
                    "columnKind": "unicodeCodePoints",
                    "results": self.results,
                }
            ],
        }
        json.dump(log, self.stream, ensure_ascii=False, indent=1)
        self.stream.write("\n")


def _help_url(rule_id: str) -> str:
    from ..ruledocs import help_url

    return help_url(rule_id)


def _project_url() -> str:
    from ..ruledocs import PROJECT_URL

    return PROJECT_URL
