"""Bad input: each problem is one SourceError naming the file (and line where known)."""

from __future__ import annotations

import builtins
import random
from pathlib import Path

import pytest

from postlint.errors import SourceError
from postlint.sources import DEFAULT_MAX_BYTES, read_file

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


# (file name, content, words the message must contain, expected line or None)
ERROR_CASES = [
    ("bin.txt", b"GIF89a\x00\x01\x02", "binary file", None),
    ("latin1.md", "ligne un\ncaf\xe9 cr\xe8me\n".encode("latin-1"), "invalid UTF-8", 2),
    ("utf16.txt", "hello".encode("utf-16"), "UTF-16", None),
    ("open.md", "---\nlang: en\nNo closing fence here.\n", "never closed", 1),
    ("badfm.md", "---\nlang: [en\n---\nBody\n", "invalid YAML", 3),
    ("listfm.md", "---\n- a\n- b\n---\nBody\n", "front matter must be a mapping", 2),
    ("textfm.md", "---\ntext: hi\n---\nBody\n", "cannot set 'text'", 2),
    ("kind.md", "---\nkind: tweet\n---\nBody\n", "kind 'tweet'", 2),
    ("lang.yaml", "- text: hi\n- text: hallo\n  lang: de\n", "lang 'de'", 3),
    ("norway.yaml", "- text: hei\n  lang: no\n", "lang 'no'", 2),
    ("when.yaml", "- text: hi\n  scheduled_at: next tuesday\n", "ISO 8601", 2),
    ("scalar.yaml", "just a sentence\n", "expected a list of posts", 1),
    ("noposts.yaml", "text: hi\n", "expected a list of posts", 1),
    ("notext.yaml", "- id: a\n  text: ok\n- id: b\n  lang: en\n", "no 'text'", 3),
    ("listtext.yaml", "- text: [a, b]\n", "'text' must be a string", 1),
    ("nulltext.yaml", "- text:\n", "no 'text'", 1),
    ("number.yaml", "- 12\n- [nested]\n", "each post must be", 2),
    ("dup.yaml", "- text: a\n  text: b\n", "duplicate field 'text'", 2),
    ("badyaml.yaml", "- text: 'unterminated\n", "invalid YAML", None),
    ("two.yaml", "- text: a\n---\n- text: b\n", "invalid YAML", 2),
    ("alias.yaml", "- &x {text: hi}\n- *x\n", "anchors and aliases", 1),
    ("tag.yaml", "- text: hi\n  extra: !!python/object:os.system x\n", "invalid YAML value", 2),
    ("deep.yaml", "- text: hi\n  x: " + "[" * 200 + "]" * 200 + "\n", "nested more than", 2),
    ("postlint.yaml", "- text: hi\n  postlint: {disabel: [a]}\n", "unknown key", 2),
    ("badid.yaml", "- text: hi\n  id: {a: 1}\n", "'id' must be a string", 2),
    ("obj.json", '{"text": "hi"}', "expected a list of posts", 1),
    ("num.json", "42", "expected a list of posts", 1),
    ("trailing.json", '[{"text": "a"}] x', "extra data", 1),
    ("comma.json", '[\n {"text": "a"}\n {"text": "b"}\n]', "expected ',' or ']'", 3),
    ("notext.json", '[{"text": "a"},\n {"lang": "en"}]', "no 'text'", 2),
    ("numtext.json", '[{"text": 5}]', "'text' must be a string", 1),
    ("badval.json", '[{"text": "a", "x": tru}]', "invalid JSON", 1),
    ("deep.json", '[{"text": "a", "x": ' + "[" * 100_000 + "]" * 100_000 + "}]", "", 1),
    ("posts.json", '{"posts": {"text": "a"}}', "a list of posts", 1),
    ("bad.jsonl", '{"text": "a"}\n{"text": "b"\n{"text": "c"}\n', "end of line", 2),
    ("two.jsonl", '{"text": "a"} {"text": "b"}\n', "exactly one JSON value", 1),
    ("arr.jsonl", '{"text": "a"}\n[1, 2]\n', "each post must be", 2),
    ("nocol.csv", "date;network;notes\n2025-01-01;x;hello\n", "no text column", 1),
    ("quote.csv", 'text\n"never closed\n', "never closed", 2),
    ("junk.csv", 'text,id\n"quoted"junk,1\n', "after a quoted cell", 2),
    ("extra.csv", "text,id\nhello,1,surprise\n", "row has 3 cells", 2),
    ("when.csv", "text,date\nhello,12/05/2025\n", "ISO 8601", 2),
    ("kind.csv", "text;type\nhello;story\n", "kind 'story'", 2),
    ("notes.docx", "hello", "unsupported file type '.docx'; supported: .csv", None),
    ("Makefile", "all:", "unsupported file type (no extension)", None),
]


@pytest.mark.parametrize(("name", "content", "words", "line"), ERROR_CASES)
def test_bad_input_is_one_source_error(tmp_path: Path, name, content, words, line) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(SourceError) as caught:
        read_file(path, display_path=f"drafts/{name}")
    error = caught.value
    message = str(error)
    assert words in message
    assert "\n" not in message
    assert error.path == f"drafts/{name}" and message.startswith(f"drafts/{name}")
    if line is not None:
        assert error.line == line


def test_invalid_utf8_names_line_and_byte(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.txt", b"ok line\nabc \xc3\xa9 \xff rest\n")
    with pytest.raises(SourceError) as caught:
        read_file(path)
    assert (caught.value.line, caught.value.column) == (2, 7)
    assert "byte 0xff at byte 8 of line 2" in str(caught.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no such file or directory"):
        read_file(tmp_path / "gone.md")


def test_directory_passed_to_read_file(tmp_path: Path) -> None:
    (tmp_path / "folder.md").mkdir()
    (tmp_path / "plain").mkdir()
    for name in ("folder.md", "plain"):
        with pytest.raises(SourceError, match="is a directory"):
            read_file(tmp_path / name)


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "locked.txt", "secret")

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    monkeypatch.setattr(builtins, "open", refuse)
    with pytest.raises(SourceError, match="permission denied"):
        read_file(path)


def test_size_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", "x" * 2048)
    with pytest.raises(SourceError) as caught:
        read_file(path, max_bytes=1024)
    assert "over the 1 KiB limit" in str(caught.value)
    assert "--max-file-size" in str(caught.value)
    assert read_file(path, max_bytes=4096)[0].text == "x" * 2048
    assert DEFAULT_MAX_BYTES == 5 * 1024 * 1024


def test_billion_laughs_is_refused_quickly(tmp_path: Path) -> None:
    lines = ['a0: &a0 "lol"']
    for level in range(1, 10):
        refs = ", ".join([f"*a{level - 1}"] * 10)
        lines.append(f"a{level}: &a{level} [{refs}]")
    bomb = "\n".join(lines) + "\nposts: [{text: hi, x: *a9}]\n"
    with pytest.raises(SourceError, match="anchors and aliases"):
        read_file(write(tmp_path, "bomb.yaml", bomb))
    front = "---\nbase: &b {lang: en}\nother: *b\n---\nBody\n"
    with pytest.raises(SourceError, match="anchors and aliases"):
        read_file(write(tmp_path, "bomb.md", front))


def _mutations(seed: bytes, rng: random.Random, count: int):
    alphabet = b"{}[]\",:;|>-'\n\r\t \\&*!#%\x00\xc3\xa9\xff0aZ"
    for _ in range(count):
        data = bytearray(seed)
        for _ in range(rng.randint(1, 6)):
            position = rng.randrange(len(data) + 1)
            action = rng.random()
            if action < 0.4 and data:
                del data[position : position + rng.randint(1, 8)]
            elif action < 0.8:
                data[position:position] = bytes(rng.choices(alphabet, k=rng.randint(1, 4)))
            else:
                data[position:position] = data[: rng.randint(0, 40)]
        yield bytes(data)


@pytest.mark.parametrize(
    "example",
    ["replies.yaml", "batch.json", "batch.jsonl", "calendar.csv", "en/launch-post.md"],
)
def test_mangled_files_raise_only_source_errors(tmp_path: Path, example: str) -> None:
    seed = (EXAMPLES / example).read_bytes()
    rng = random.Random(example)
    path = tmp_path / Path(example).name
    for data in _mutations(seed, rng, 150):
        path.write_bytes(data)
        try:
            read_file(path)
        except SourceError as error:
            assert "\n" not in str(error)


@pytest.mark.parametrize(
    "text",
    [
        "posts:\n- {text: 'Q&A at 5pm', id: a}\n- {text: x, id: b, meta: [&n 1, *n]}\n",
        "posts:\n- text: rock & roll\n  meta: {a: &n 1, b: *n}\n",
        "- text: 'R&D'\n-    &n {text: hi}\n- *n\n",
    ],
)
def test_an_anchor_is_refused_wherever_an_ampersand_also_stands(tmp_path: Path, text: str) -> None:
    """'&' inside words keeps the fast parser; an anchor anywhere is still refused."""
    with pytest.raises(SourceError, match="anchors and aliases"):
        read_file(write(tmp_path, "mixed.yaml", text))


def test_ampersands_in_text_are_read_as_text(tmp_path: Path) -> None:
    text = "posts:\n- text: 'Q&A with R&D, rock & roll'\n- text: \"M&S *sale* & more\"\n"
    posts = read_file(write(tmp_path, "amp.yaml", text))
    assert [p.text for p in posts] == ["Q&A with R&D, rock & roll", "M&S *sale* & more"]
