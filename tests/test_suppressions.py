"""Suppressions: Markdown directives, front matter and batch records, unused reports."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from postlint import Linter
from postlint.model import Post
from postlint.sources import read_file
from postlint.suppressions import Suppressions

SHOUT = "WE NEVER SAID THAT AND WE NEVER WILL, READ IT AGAIN"
PLACE = "Hi {first_name}, thanks for your order."


@pytest.fixture(scope="module")
def reporting(linter: Linter) -> Linter:
    return linter.with_config(replace(linter.config, report_unused_suppressions=True))


def rules_of(linter: Linter, text: str) -> list[str]:
    return [f.rule for f in linter.lint(Post(text=text, lang="en"))]


def lint_file(linter: Linter, folder: Path, name: str, text: str) -> list[tuple[str, int]]:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return [(f.rule, f.span.line) for _, fs in linter.lint_many(read_file(path)) for f in fs]


def test_the_draft_fires_without_directives(linter: Linter) -> None:
    assert rules_of(linter, SHOUT) == ["tone.shouting"]


@pytest.mark.parametrize(
    "directive",
    [
        "<!-- postlint-disable tone.shouting -- approved by the editor -->",
        "<!-- postlint-disable tone -->",  # a prefix covers its rules
        "<!-- postlint-disable crisis, tone -->",
        "<!-- postlint-disable -->",  # every rule
        "<!-- postlint-disable-next-line tone.shouting -->",
    ],
)
def test_directive_forms(linter: Linter, directive: str) -> None:
    assert rules_of(linter, f"{directive}\n{SHOUT}") == []


def test_other_rules_stay_on(linter: Linter) -> None:
    assert rules_of(linter, f"<!-- postlint-disable crisis -->\n{SHOUT}") == ["tone.shouting"]
    assert rules_of(linter, f"<!-- postlint-disable tonel -->\n{SHOUT}") == ["tone.shouting"]


def test_enable_ends_the_region(linter: Linter, tmp_path: Path) -> None:
    text = (
        f"<!-- postlint-disable automation -- the template is shown on purpose -->\n{PLACE}\n"
        f"<!-- postlint-enable automation -->\n\n{PLACE}\n"
    )
    assert lint_file(linter, tmp_path, "a.md", text) == [("automation.placeholder", 5)]
    bare = f"<!-- postlint-disable -->\n{PLACE}\n<!-- postlint-enable -->\n{PLACE}\n"
    assert lint_file(linter, tmp_path, "b.md", bare) == [("automation.placeholder", 4)]


def test_next_line_covers_one_line_only(linter: Linter, tmp_path: Path) -> None:
    text = f"<!-- postlint-disable-next-line automation.placeholder -->\n\n{PLACE}\n{PLACE}\n"
    regions = Suppressions.parse(text).regions
    assert [text[r.start : r.end] for r in regions] == [PLACE]  # blank lines are skipped
    assert lint_file(linter, tmp_path, "c.md", text) == [("automation.placeholder", 4)]


def test_directives_never_trigger_rules(linter: Linter) -> None:
    loud = "<!-- postlint-disable NOTHING MATCHES THESE CAPITAL WORDS AT ALL -->\nCalm words here."
    assert Suppressions.parse(loud).masked.startswith(" " * 10)
    assert len(Suppressions.parse(loud).masked) == len(loud)
    assert rules_of(linter, loud) == []


def test_front_matter_and_batch_record(linter: Linter, tmp_path: Path) -> None:
    md = f"---\nid: p1\npostlint:\n  disable: [tone]\n---\n{SHOUT}\n"
    assert lint_file(linter, tmp_path, "c.md", md) == []
    batch = "- text: " + SHOUT + "\n  postlint: {disable: [tone.shouting]}\n- text: " + SHOUT + "\n"
    assert lint_file(linter, tmp_path, "batch.yaml", batch) == [("tone.shouting", 3)]


def test_unused_suppressions_are_reported_on_request(
    linter: Linter, reporting: Linter, tmp_path: Path
) -> None:
    text = "<!-- postlint-disable crisis.promotion -->\nA calm, kind note for our readers."
    assert rules_of(linter, text) == []
    found = reporting.lint(Post(text=text, lang="en"))
    assert [f.rule for f in found] == ["postlint.unused-suppression"]
    assert "crisis.promotion" in found[0].message
    assert (found[0].span.line, found[0].span.column) == (1, 1)
    # a directive that did suppress something is not reported
    assert rules_of(reporting, f"<!-- postlint-disable tone -->\n{SHOUT}") == []
    md = "---\npostlint: {disable: [tone]}\n---\nA calm, kind note.\n"
    assert lint_file(reporting, tmp_path, "d.md", md) == [("postlint.unused-suppression", 4)]
    off = reporting.with_config(
        replace(reporting.config, levels={"postlint.unused-suppression": None})
    )
    assert rules_of(off, text) == []
