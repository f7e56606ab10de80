"""Big JSON Lines files over several processes: the same bytes out, the same exit code, the
same error for a bad line, as one process."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import postlint.sources
from postlint import pool
from postlint.cli import main

TEXTS = [
    ("en", "post", "Our hearts go out to the victims. Shop the sale now, 40% off!", None),
    ("fr", "post", "Pensées aux victimes du drame. Profitez de nos soldes dès maintenant !", None),
    ("en", "reply", "We are sorry to hear this, please send us a DM so we can look into it.", "Q"),
    ("fr", "reply", "Merci pour votre message, nous transmettons à l'équipe concernée.", "Q"),
    ("en", "post", "THIS IS THE BEST DAY EVER!!! Join us at {{venue}}", None),
    ("en", "post", "A quiet update on our opening hours this week.", None),
    (None, "post", "Nous ouvrons une nouvelle boutique à Lyon la semaine prochaine.", None),
    ("en", "post", "SHOUTING <!-- postlint-disable-next-line tone --> AGAIN!!!", None),
    ("en", "reply", 'Escaped "quote" text, sorry to hear this, please DM us now.', "Q"),
]
WHAT = ["parcel", "refund", "colis", "order", "remboursement", "invoice"]


def _lines(count: int) -> list[str]:
    lines = []
    for i in range(count):
        lang, kind, text, answered = TEXTS[i % len(TEXTS)]
        record: dict[str, object] = {"id": f"p{i}", "text": text, "kind": kind}
        if lang:
            record["lang"] = lang
        if answered:
            record["in_reply_to"] = f"Where is my {WHAT[i // len(TEXTS) % len(WHAT)]}?"
        lines.append(json.dumps(record, ensure_ascii=i % 2 == 0))
        if i % 50 == 0:
            lines.append("")
    return lines


@pytest.fixture
def pooled(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every JSON Lines file streamed and pooled; counts the pooled runs."""
    monkeypatch.setattr(postlint.sources, "STREAM_FROM_BYTES", 0)
    monkeypatch.setenv("POSTLINT_POOL_MIN_LINES", "0")
    monkeypatch.setattr(pool, "CHUNK_LINES", 16)
    runs: list[int] = []
    real = pool._pooled

    def counted(*args: object, **kwargs: object) -> object:
        runs.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pool, "_pooled", counted)
    return runs


def _both(capsys: pytest.CaptureFixture[str], path: Path) -> tuple[tuple[int, str, str], ...]:
    results = []
    for jobs in ("1", "2"):
        code = main(["--format", "json", "--isolated", "--jobs", jobs, str(path)])
        out, err = capsys.readouterr()
        results.append((code, out, err))
    return tuple(results)


def test_two_processes_give_the_same_bytes(tmp_path, capsys, pooled) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(_lines(300)) + "\n", encoding="utf-8")
    one, two = _both(capsys, path)
    assert pooled == [1]  # jobs=1 never pools
    assert one == two
    report = json.loads(one[1])
    rules = {f["rule"] for f in report["findings"]}
    assert "automation.copy-paste" in rules  # the batch rule saw posts from every chunk
    assert len(rules) > 3 and report["summary"]["posts"] == 300
    assert one[0] == 1


@pytest.mark.parametrize(
    "bad", [b'{"text": "no end"', b'{"lang": "en"}', b'{"text": "caf\xe9 latin-1"}']
)
def test_a_bad_line_stops_both_at_the_same_place(tmp_path, capsys, pooled, bad) -> None:
    lines = [line.encode() for line in _lines(200)]
    lines.insert(150, bad)
    path = tmp_path / "batch.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    one, two = _both(capsys, path)
    assert pooled == [1]
    assert one == two
    report = json.loads(one[1])
    assert one[0] == 2 and report["errors"][0]["line"] == 151
    assert 0 < report["summary"]["posts"] < 200


def test_one_draft_or_a_small_file_never_starts_processes(tmp_path, capsys, monkeypatch):
    calls: list[int] = []
    monkeypatch.setattr(pool, "_pooled", lambda *a, **k: calls.append(1) or iter(()))
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(_lines(40)) + "\n", encoding="utf-8")
    code = main(["--format", "json", "--isolated", "--jobs", "2", str(path)])
    capsys.readouterr()
    assert calls == [] and code == 1


def test_jobs_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("POSTLINT_JOBS", "1")
    assert pool.default_jobs() == 1
    monkeypatch.setenv("POSTLINT_JOBS", "3")
    assert pool.default_jobs() == 3
    monkeypatch.delenv("POSTLINT_JOBS")
    assert 1 <= pool.default_jobs() <= 2


_PARENT = os.getpid()
_real_lint_chunk = pool._lint_chunk


def _dies_in_workers(task: tuple[int, int, int]) -> object:
    """A worker process that dies on its second chunk, as one killed by the system would."""
    if os.getpid() != _PARENT and task[2] > 1:
        os._exit(1)
    return _real_lint_chunk(task)


@pytest.mark.skipif(
    "fork" not in __import__("multiprocessing").get_all_start_methods(), reason="fork only"
)
def test_a_dead_worker_does_not_hang_the_run(tmp_path, capsys, pooled, monkeypatch) -> None:
    monkeypatch.setattr(pool, "_lint_chunk", _dies_in_workers)
    monkeypatch.setenv("POSTLINT_POOL_TIMEOUT", "3")
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(_lines(120)) + "\n", encoding="utf-8")
    one, two = _both(capsys, path)
    assert pooled == [1]
    assert one == two  # the parent finished what the dead workers left, in the same order
    assert json.loads(two[1])["summary"]["posts"] == 120
