"""--fix and --diff: exact bytes, atomic writes, no other file touched, unsafe fixes skipped."""

from __future__ import annotations

import codecs
import json
import os
import stat
from pathlib import Path

import pytest

from own_rules import use_own_rules
from postlint.cli import main
from postlint.fixes import apply_fixes
from postlint.model import Finding, Severity, Span

BOM = codecs.BOM_UTF8


@pytest.fixture
def own(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    use_own_rules(monkeypatch)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    return {
        p.name: (p.read_bytes(), p.stat().st_mtime_ns, stat.S_IMODE(p.stat().st_mode))
        for p in sorted(folder.iterdir())
    }


def test_fix_on_crlf_bom_file_changes_only_the_matched_bytes(own, capsys):
    raw = (
        BOM + b"Hello from acme corp.\r\n"
        b"The colours stay, nofix here.\r\n"
        b"\r\n"
        b"Last: \xc3\xa9t\xc3\xa9 colour.\r\n"
    )
    draft = own / "draft.md"
    draft.write_bytes(raw)
    os.chmod(draft, 0o640)
    untouched = own / "other.md"
    untouched.write_bytes(b"Only nofix in here.\n")
    before = snapshot(own)

    code, out, err = run(capsys, "--fix", "draft.md", "other.md")

    expected = (
        raw.replace(b"acme corp", b"ACME Corp")
        .replace(b"colours", b"colors")
        .replace(b"colour.", b"color.")
    )
    assert draft.read_bytes() == expected
    assert stat.S_IMODE(draft.stat().st_mode) == 0o640
    assert snapshot(own)["other.md"] == before["other.md"]
    assert sorted(p.name for p in own.iterdir()) == ["draft.md", "other.md"]  # no temp left
    # What remains is reported after re-linting: the unfixable findings only.
    assert "owntest.nofix" in out and "owntest.colour" not in out and "owntest.brand" not in out
    assert "draft.md:2:" in out
    assert "fixed 3 findings in 1 file" in err
    assert code == 0  # the error-level brand finding was fixed


def test_diff_prints_a_patch_and_writes_nothing(own, capsys):
    (own / "draft.txt").write_bytes(b"Our colours.\nAnd acme corp.\n")
    before = snapshot(own)

    code, out, err = run(capsys, "--diff", "draft.txt")

    assert snapshot(own) == before
    assert out.startswith("--- a/draft.txt\n+++ b/draft.txt\n")
    assert out.endswith(
        "@@ -1,2 +1,2 @@\n-Our colours.\n-And acme corp.\n+Our colors.\n+And ACME Corp.\n"
    )
    assert "would fix 2 findings in 1 file" in err
    assert code == 1


def test_diff_with_nothing_to_fix_exits_zero(own, capsys):
    (own / "draft.txt").write_text("Nothing here but nofix.\n", encoding="utf-8")
    code, out, _ = run(capsys, "--diff", "draft.txt")
    assert (code, out) == (0, "")


def test_fix_skips_a_replacement_that_would_break_json(own, capsys):
    content = json.dumps([{"id": "a", "text": "Please quoteme and our colours"}]) + "\n"
    path = own / "batch.json"
    path.write_text(content, encoding="utf-8")

    _, out, err = run(capsys, "--fix", "batch.json")

    # 'say "hi"' unescaped inside a JSON string would change the parse: the file is left alone.
    assert path.read_text(encoding="utf-8") == content
    assert "not applied" in err
    assert "owntest.colour" in out


def test_fix_never_touches_text_decoded_from_escapes(own, capsys):
    content = '[{"id": "a", "text": "caf\\u00e9 colours"}]\n'
    path = own / "batch.json"
    path.write_text(content, encoding="utf-8")
    run(capsys, "--fix", "batch.json")
    assert path.read_text(encoding="utf-8") == content


def test_fix_in_yaml_block_scalar_lands_on_the_right_line(own, capsys):
    content = "posts:\n  - id: p1\n    text: |\n      First line.\n      Our colours.\n"
    path = own / "batch.yaml"
    path.write_text(content, encoding="utf-8")
    run(capsys, "--fix", "batch.yaml")
    assert path.read_text(encoding="utf-8") == content.replace("colours", "colors")


def test_fix_replaces_a_symlinks_target_and_keeps_the_link(own, capsys):
    target = own / "real.txt"
    target.write_text("Our colours.\n", encoding="utf-8")
    link = own / "link.txt"
    link.symlink_to(target)
    run(capsys, "--fix", "link.txt")
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == "Our colors.\n"


def _finding(line: int, col: int, end_col: int, matched: str, replacement: str) -> Finding:
    return Finding(
        rule="x.y",
        severity=Severity.WARNING,
        message="m",
        span=Span(line, col, line, end_col),
        matched=matched,
        suggestion=replacement,
        fix=(0, len(matched), replacement),
    )


def test_apply_fixes_skips_a_span_whose_text_changed_since_linting():
    raw = b"one two\r\nthree four\r\n"
    stale = _finding(2, 1, 6, "THREE", "3")  # the file now says 'three'
    fresh = _finding(1, 5, 8, "two", "2")
    new, applied = apply_fixes(raw, [stale, fresh])
    assert new == b"one 2\r\nthree four\r\n"
    assert applied == [fresh]


def test_apply_fixes_keeps_line_ends_of_the_file_in_a_multiline_replacement():
    raw = BOM + b"a b\r\nc\r\n"
    new, _ = apply_fixes(raw, [_finding(1, 3, 4, "b", "x\ny")])
    assert new == BOM + b"a x\r\ny\r\nc\r\n"


def test_apply_fixes_skips_overlapping_and_out_of_range_spans():
    raw = b"abcdef\n"
    first = _finding(1, 1, 4, "abc", "X")
    overlapping = _finding(1, 3, 5, "cd", "Y")
    beyond = _finding(1, 9, 10, "z", "Z")
    new, applied = apply_fixes(raw, [overlapping, first, beyond])
    assert (new, applied) == (b"Xdef\n", [first])
