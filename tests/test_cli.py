"""The command as users and CI meet it: output lines, JSON contract, exit codes, bad input."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from postlint.cli import main

RISKY_EN = "Our hearts go out to the flood victims. Use code RAIN15 for 15% off umbrellas!\n"
FINE_EN = "Our new autumn menu is here: pumpkin soup and warm bread, every day from noon.\n"


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_text_output_names_path_line_column_level_rule(tmp_path, capsys):
    path = write(tmp_path, "draft.txt", "Spring is here.\n" + RISKY_EN)
    code, out, _ = run(capsys, str(path))
    assert code == 1
    first = out.splitlines()[0]
    assert first.startswith(f"{path}:2:")
    assert " error crisis.promotion " in first
    assert out.splitlines()[-1].startswith("1 error, 0 warnings, 0 infos in 1 post")


def test_fine_draft_exits_zero(tmp_path, capsys):
    code, out, _ = run(capsys, str(write(tmp_path, "fine.txt", FINE_EN)))
    assert code == 0
    assert "0 errors" in out


def test_json_report_contract(tmp_path, capsys):
    path = write(tmp_path, "batch.jsonl", json.dumps({"id": "p1", "text": RISKY_EN}) + "\n")
    code, out, _ = run(capsys, "--format", "json", str(path))
    report = json.loads(out)
    assert code == 1
    assert report["schema"] == "postlint-report" and report["version"] == 1
    finding = next(f for f in report["findings"] if f["rule"] == "crisis.promotion")
    for key in (
        "rule",
        "severity",
        "message",
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "post_id",
    ):
        assert key in finding
    assert finding["post_id"] == "p1"
    assert finding["severity"] == "error"
    assert finding["line"] == 1
    # the column points at the matched text inside the JSON string value
    line = path.read_text(encoding="utf-8")
    start = finding["column"] - 1
    matched = line[start : finding["end_column"] - 1]
    assert matched and matched.lower() in RISKY_EN.lower()


@pytest.mark.parametrize(
    ("fail_level", "expected"),
    [("error", 0), ("warning", 1), ("info", 1), ("never", 0)],
)
def test_fail_level_decides_exit_code(tmp_path, capsys, fail_level, expected):
    shouting = write(tmp_path, "loud.txt", "THIS IS OUR BIGGEST NEWS OF THE YEAR, COME AND SEE\n")
    code, _, _ = run(capsys, "--fail-level", fail_level, str(shouting))
    assert code == expected


def test_never_fail_level_ignores_errors(tmp_path, capsys):
    code, out, _ = run(capsys, "--fail-level", "never", str(write(tmp_path, "r.txt", RISKY_EN)))
    assert code == 0 and "crisis.promotion" in out


def test_no_paths_is_a_usage_error(capsys):
    code, _, err = run(capsys)
    assert code == 2 and "postlint: error:" in err


BAD_INPUTS = {
    "missing": None,
    "binary.txt": b"\x00\x01\x02binary\x00",
    "latin1.txt": "Caf\u00e9 cr\u00e8me".encode("latin-1"),
    "broken-front-matter.md": "---\nlang: en\ntitle: [unclosed\n---\nHello\n",
    "not-a-list.yaml": "posts: 42\n",
    "no-text.jsonl": '{"id": "a", "lang": "en"}\n',
    "no-text-column.csv": "date;network\n2026-01-01;x\n",
    "bomb.yaml": "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n",
    "bad-kind.json": '[{"text": "hello", "kind": "story"}]',
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_one_line_exit_2_and_other_files_still_linted(tmp_path, capsys, name):
    good = write(tmp_path, "good.txt", RISKY_EN)
    content = BAD_INPUTS[name]
    bad = tmp_path / name if content is None else write(tmp_path, name, content)
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.iterdir()}
    code, out, err = run(capsys, str(bad), str(good))
    assert code == 2
    errors = [line for line in err.splitlines() if line]
    assert len(errors) == 1, err
    assert errors[0].startswith("postlint: error: ") and name in errors[0]
    assert "Traceback" not in err
    assert "crisis.promotion" in out  # the good file was still linted
    after = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.iterdir()}
    assert after == before


def test_file_over_size_limit_is_reported_and_flag_raises_it(tmp_path, capsys):
    big = write(tmp_path, "big.txt", "Lovely day at the market. " * 100)
    code, _, err = run(capsys, "--max-file-size", "100", str(big))
    assert code == 2 and "big.txt" in err
    code, _, _ = run(capsys, "--max-file-size", "100000", str(big))
    assert code == 0


def test_crlf_and_bom_keep_positions(tmp_path, capsys):
    text = "\ufeffFirst line\r\nSecond line\r\n" + RISKY_EN.replace("\n", "\r\n")
    path = write(tmp_path, "crlf.txt", text.encode("utf-8"))
    code, out, _ = run(capsys, "--format", "json", str(path))
    assert code == 1
    finding = json.loads(out)["findings"][0]
    assert finding["line"] == 3
    lf_line = RISKY_EN.splitlines()[0]
    column = finding["column"]
    assert lf_line[column - 1 : finding["end_column"] - 1].lower() in ("use code", "15% off")


def _run_module(*args: str) -> subprocess.CompletedProcess[str]:
    probe = (
        "import sys, runpy; sys.argv = ['postlint', *sys.argv[1:]];\n"
        "try:\n    runpy.run_module('postlint', run_name='__main__')\n"
        "except SystemExit as exc:\n"
        "    print('SPACY' if 'spacy' in sys.modules else 'NOSPACY', file=sys.stderr)\n"
        "    raise\n"
    )
    return subprocess.run(
        [sys.executable, "-c", probe, *args], capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize("flag", ["--version", "--help"])
def test_version_and_help_do_not_load_spacy(flag):
    proc = _run_module(flag)
    assert proc.returncode == 0
    assert "postlint" in proc.stdout
    assert proc.stderr.strip().endswith("NOSPACY")


def test_json_report_validates_against_documented_schema(tmp_path, capsys):
    import jsonschema

    schema_path = Path(__file__).resolve().parents[1] / "docs" / "postlint-report.schema.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    risky = write(tmp_path, "r.txt", RISKY_EN)
    broken = write(tmp_path, "broken.md", "---\nlang: [\n---\nHi\n")
    _, out, _ = run(capsys, "--format", "json", str(risky), str(broken))
    report = json.loads(out)
    jsonschema.validate(report, schema)
    assert report["findings"] and report["errors"]
