"""--list-rules and --explain: what a community manager sees when asking about the rules."""

from __future__ import annotations

import json

import pytest

from conftest import SHARED_LINTER
from own_rules import use_own_rules
from postlint.cli import main
from postlint.ruledocs import with_online


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_rules_names_every_bundled_rule_with_its_level_and_languages(capsys):
    code, out, _ = run(capsys, "--list-rules")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["RULE", "LEVEL", "LANGS", "SUMMARY"]
    rows = {line.split()[0]: line.split()[1:3] for line in lines[1:-1]}
    expected = with_online(SHARED_LINTER.rules)
    assert len(rows) == len(expected) and "hashtag.trending" in rows
    for rule in expected:
        assert rows[rule.meta.id] == [str(rule.meta.level), ",".join(rule.meta.langs)]
    assert lines[-1].startswith(f"{len(expected)} rules")


def test_list_rules_as_json(monkeypatch, capsys):
    use_own_rules(monkeypatch)
    code, out, _ = run(capsys, "--list-rules", "--format", "json")
    rows = json.loads(out)
    assert code == 0
    brand = next(r for r in rows if r["id"] == "owntest.brand")
    assert brand == {
        "id": "owntest.brand",
        "level": "error",
        "langs": "en,fr",
        "summary": "Brand name written '…'",
    }
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)


def test_explain_gives_what_why_what_instead_examples_and_source(monkeypatch, capsys):
    use_own_rules(monkeypatch)
    code, out, _ = run(capsys, "--explain", "owntest.brand")
    assert code == 0
    assert out.startswith("owntest.brand — error; languages en, fr; for post, reply")
    sections = [line for line in out.splitlines() if line and not line.startswith(" ")]
    assert sections[1:] == [
        "What it finds",
        "Why",
        "What to do instead",
        "Fires (en) — reply, replying to “Who made this?”",
        "Does not fire (en)",
        "Fires (fr)",
        "Does not fire (fr)",
        "Source",
    ]
    assert "\n    Brand name written '…'\n" in out
    assert "\nWhy\n    The brand book, page 3.\n" in out
    assert "\nWhat to do instead\n    Write the brand as ACME Corp | in capitals.\n" in out
    assert "\nFires (fr)\n    Merci de la part de acme corp !\n" in out
    assert "\nDoes not fire (en)\n    Thanks from ACME Corp!\n" in out
    assert "owntest.yaml:" in out and "/docs/rules/owntest.md#owntestbrand" in out


def test_explain_is_case_insensitive_and_needs_no_paths(monkeypatch, capsys):
    use_own_rules(monkeypatch)
    code, out, _ = run(capsys, "--explain", "OwnTest.Colour")
    assert code == 0 and out.startswith("owntest.colour — warning; languages en;")


@pytest.mark.parametrize(
    ("asked", "suggested"),
    [("owntest.color", "owntest.colour"), ("owntest", "owntest.brand, owntest.colour")],
)
def test_explain_unknown_rule_exits_2_with_close_ids(monkeypatch, capsys, asked, suggested):
    use_own_rules(monkeypatch)
    code, out, err = run(capsys, "--explain", asked)
    assert code == 2 and out == ""
    assert f"unknown rule '{asked}'; did you mean {suggested}" in err


def test_explain_far_from_any_rule_points_to_list_rules(monkeypatch, capsys):
    use_own_rules(monkeypatch)
    code, _, err = run(capsys, "--explain", "zzz")
    assert code == 2 and "see postlint --list-rules" in err


def test_explain_a_bundled_rule(capsys):
    rule = SHARED_LINTER.rules[0].meta
    code, out, _ = run(capsys, "--explain", rule.id)
    assert code == 0
    assert rule.hint.split()[0] in out and "Fires (" in out and "Does not fire (" in out
