"""Big JSON Lines files are read line by line: the same posts (text, fields, positions) as
reading them whole, and a bad line is still an input error naming its line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from postlint.errors import SourceError
from postlint.sources import STREAM_FROM_BYTES, read_file, stream_file
from postlint.sources.batch_json import _Walker
from postlint.sources.fastjson import fast_post

RECORDS = [
    {"id": "a1", "text": "Plain text, nothing odd.", "lang": "en", "kind": "post"},
    {"text": 'Quote " and \\ and \u00e9 and 🎉', "lang": "fr", "kind": "réponse"},
    {"text": "  padded  ", "lang": "fr-FR", "platform": "X", "extra": {"a": [1, 2]}},
    {"platform": "text", "text": "the word text as a value", "in_reply_to": "Where is it?"},
    {"a": '"text": "hi"', "text": "hi", "kind": "reply"},
    {"text": "scheduled", "scheduled_at": "2025-06-01T09:30:00Z", "account": "main"},
    {"text": "number fields", "id": 7, "lang": None},
]


def _lines(count: int) -> list[str]:
    out = []
    for i in range(count):
        record = dict(RECORDS[i % len(RECORDS)])
        record["text"] = f"{record['text']} #{i}"
        out.append(json.dumps(record, ensure_ascii=i % 2 == 0))
        if i % 97 == 0:
            out.append("   ")
    return out


def _big(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "big.jsonl"
    body = "\n".join(lines) + "\n"
    while len(body.encode()) < STREAM_FROM_BYTES:
        lines = lines + lines
        body = "\n".join(lines) + "\n"
    path.write_text(body, encoding="utf-8")
    return path


def test_streamed_posts_equal_posts_read_whole(tmp_path: Path) -> None:
    path = _big(tmp_path, _lines(2000))
    streamed = list(stream_file(path, max_bytes=1 << 30))
    whole = read_file(path, max_bytes=1 << 30)
    assert len(streamed) == len(whole) > 2000
    for a, b in zip(streamed, whole, strict=True):
        assert a == b and a.origin == b.origin and a.meta == b.meta


@pytest.mark.parametrize(
    "line",
    [
        '{"text": "dup", "text": "again"}',
        '{"text": "x", "postlint": {"disable": ["tone"]}}',
        '{"text": 5}',
        '{"text": "bad kind", "kind": "tweet"}',
        '{"text": "bad date", "scheduled_at": "soon"}',
        '{"text": "x"} trailing',
    ],
)
def test_unusual_lines_leave_the_fast_path(line: str) -> None:
    assert fast_post(line, 0, 3, "p.jsonl", "p.jsonl") is None


def test_fast_path_gives_the_walkers_post() -> None:
    taken = 0
    for number, line in enumerate(_lines(60), 1):
        if not line.strip():
            continue
        walker = _Walker(line, "p.jsonl", first_line=number)
        record, _ = walker.record(0)
        slow = walker.post(0, record, "p.jsonl")
        fast = fast_post(line, 0, number, "p.jsonl", "p.jsonl")
        if fast is None:  # left to the walker ("text" written twice in the line)
            assert line.count('"text"') > 1, line
            continue
        taken += 1
        assert fast == slow and fast.origin == slow.origin, line
    assert taken >= 40


def test_bad_line_in_a_streamed_file_is_an_input_error(tmp_path: Path) -> None:
    lines = _lines(3000)
    lines[2500] = '{"text": "broken", '
    path = _big(tmp_path, lines)
    posts = stream_file(path, max_bytes=1 << 30)
    with pytest.raises(SourceError) as caught:
        for _ in posts:
            pass
    assert f"{path}:2501:" in str(caught.value)
    done = subprocess.run(
        [sys.executable, "-m", "postlint", "--isolated", "--max-file-size", "99999999", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2 and "invalid JSON" in done.stderr
