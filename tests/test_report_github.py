"""--format github and auto: workflow-command escaping, GitHub's annotation limits, the step
summary, and which format ``auto`` picks."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from own_rules import use_own_rules
from postlint.cli import main
from postlint.model import Finding, Severity, Span
from postlint.report.auto import resolve
from postlint.report.base import Totals
from postlint.report.github import GithubFormatter, escape_data, escape_property


def test_escaping_follows_the_runner():
    assert escape_data("100% sure\r\nnext: a,b") == "100%25 sure%0D%0Anext: a,b"
    assert escape_property("dir,x/a:b%.md\n") == "dir%2Cx/a%3Ab%25.md%0A"


def finding(severity: Severity, n: int, path: str = "a.md", line: int | None = None) -> Finding:
    line = line or n
    return Finding(
        rule=f"t.{severity}",
        severity=severity,
        message=f"{severity} number {n}",
        span=Span(line, 2, line, 5),
        path=path,
    )


def render(findings: list[Finding], summary: Path | None = None) -> str:
    stream = io.StringIO()
    formatter = GithubFormatter(stream, summary_path=str(summary) if summary else None)
    formatter.start()
    formatter.file("a.md", findings)
    totals = Totals(files=1, posts=1)
    for f in findings:
        totals.by_severity[f.severity] += 1
    formatter.end(totals)
    return stream.getvalue()


def test_annotations_stay_within_the_per_step_limits_most_severe_first():
    findings = (
        [finding(Severity.INFO, n) for n in range(12)]
        + [finding(Severity.WARNING, n) for n in range(3)]
        + [finding(Severity.ERROR, n) for n in range(25)]
    )
    out = render(findings)
    commands = [line for line in out.splitlines() if line.startswith("::")]
    kinds = [line.split(" ", 1)[0] for line in commands]
    assert kinds.count("::error") == 10
    assert kinds.count("::warning") == 3
    assert kinds.count("::notice") == 10  # 9 findings + the "more" notice
    assert kinds[:10] == ["::error"] * 10 and kinds[10:13] == ["::warning"] * 3
    more = commands[-1]
    assert more.startswith("::notice title=postlint::18 more postlint findings not annotated")
    # Every finding is still in the log.
    assert sum("number" in line for line in out.splitlines()) == 40


def test_no_more_notice_when_everything_fits():
    out = render([finding(Severity.INFO, n) for n in range(10)])
    assert out.count("::notice") == 10 and "not annotated" not in out


def test_command_properties_and_message_are_escaped():
    f = Finding(
        rule="t.x",
        severity=Severity.WARNING,
        message="50% off\nnow",
        span=Span(3, 4, 3, 9),
        path="drafts/a,b:c.md",
        help="Say it, calmly",
    )
    out = render([f])
    assert out.splitlines()[0] == (
        "::warning file=drafts/a%2Cb%3Ac.md,line=3,endLine=3,col=4,endColumn=9,"
        "title=postlint t.x::50%25 off%0Anow%0AHint: Say it, calmly"
    )


def test_multiline_span_has_no_columns():
    f = Finding(rule="t.x", severity=Severity.ERROR, message="m", span=Span(1, 3, 4, 2), path="a")
    first = render([f]).splitlines()[0]
    assert first.startswith("::error file=a,line=1,endLine=4,title=")
    assert "col=" not in first


def test_summary_is_appended_as_a_markdown_table(tmp_path):
    summary = tmp_path / "summary.md"
    summary.write_text("# Earlier step\n", encoding="utf-8")
    pipe = Finding(
        rule="t.x", severity=Severity.ERROR, message="a | b", span=Span(7, 1, 7, 2), path="d.md"
    )
    render([pipe, finding(Severity.INFO, 2)], summary)
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# Earlier step\n## postlint\n")
    assert "1 error, 0 warnings, 1 info in 1 post in 1 file." in text
    assert "| Level | Where | Rule | Message |" in text
    assert "| error | `d.md:7` | `t.x` | a \\| b |" in text
    assert re.search(r"\| info \| `a.md:2` \|", text)


class FakeStream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(
    ("env", "tty", "expected"),
    [
        ({"GITHUB_ACTIONS": "true"}, True, ("github", False)),
        ({"GITHUB_ACTIONS": "true", "NO_COLOR": "1"}, False, ("github", False)),
        ({}, True, ("text", True)),
        ({"NO_COLOR": "1"}, True, ("text", False)),
        ({"NO_COLOR": ""}, True, ("text", True)),  # no-color.org: set *and* not empty
        ({}, False, ("text", False)),
        ({"GITHUB_ACTIONS": "false"}, False, ("text", False)),
    ],
)
def test_auto_picks_the_format_from_the_environment(env, tty, expected):
    assert resolve("auto", env, FakeStream(tty)) == expected


def test_explicit_formats_ignore_github_actions():
    env = {"GITHUB_ACTIONS": "true"}
    assert resolve("json", env, FakeStream(True)) == ("json", False)
    assert resolve("text", env, FakeStream(True)) == ("text", True)


def test_cli_auto_under_github_actions_annotates_and_writes_the_summary(
    tmp_path, monkeypatch, capsys
):
    use_own_rules(monkeypatch)
    monkeypatch.chdir(tmp_path)
    summary = tmp_path / "step-summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    (tmp_path / "draft.txt").write_text("Hello.\nOur colours by acme corp.\n", encoding="utf-8")

    code = main(["--format", "auto", "draft.txt"])
    out = capsys.readouterr().out

    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith("::error file=draft.txt,line=2,endLine=2,col=16,endColumn=25,")
    assert lines[1].startswith("::warning file=draft.txt,line=2,endLine=2,col=5,endColumn=12,")
    assert "`owntest.brand`" in summary.read_text(encoding="utf-8")


def test_cli_text_has_colour_only_on_a_terminal_without_no_color(tmp_path, monkeypatch, capsys):
    use_own_rules(monkeypatch)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    (tmp_path / "draft.txt").write_text("Our colours.\n", encoding="utf-8")
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    main(["--format", "auto", "draft.txt"])
    assert "\033[" in capsys.readouterr().out
    monkeypatch.setenv("NO_COLOR", "1")
    main(["--format", "auto", "draft.txt"])
    assert "\033[" not in capsys.readouterr().out
