"""Readers: each format yields the right posts, and every position maps back to the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from postlint.positions import locate
from postlint.sources import SUPPORTED_SUFFIXES, iter_files, read_file

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def where(post, needle: str) -> tuple[int, int]:
    """File (line, column) of the first occurrence of ``needle`` in the post's text."""
    origin = post.origin
    offset = post.text.index(needle)
    return locate(post.text, offset, origin.line, origin.column, origin.line_map)


def file_at(path: Path, line: int, column: int) -> str:
    """What an editor shows from (line, column) onwards on that line."""
    text = path.read_bytes().decode("utf-8-sig")
    return text.splitlines()[line - 1][column - 1 :]


# (file name, content, needle, expected (line, column) of the needle)
POSITION_CASES = [
    ("a.txt", "Hello there.\nSecond line with a word.\n", "word", (2, 20)),
    ("b.txt", "\n\n  Indented start\n", "start", (3, 12)),
    (
        "c.md",
        "---\nid: one\nlang: en\n---\n\nFirst paragraph.\n\nLater, a sale begins.\n",
        "sale",
        (8, 10),
    ),
    ("d.md", "No front matter, just café talk.\n", "café", (1, 23)),
    ("e.yaml", "- text: plain words here\n", "words", (1, 15)),
    ("f.yaml", "- text: 'quoted words'\n", "words", (1, 17)),
    ("g.yaml", '- text: "double words"\n', "words", (1, 17)),
    ("h.yaml", "posts:\n  - text: |\n      one\n        two indented\n", "indented", (4, 13)),
    ("i.yaml", "- just a bare string\n", "bare", (1, 10)),
    ("j.json", '[{"id": "x", "text": "déjà vu here"}]', "here", (1, 31)),
    ("k.json", '{\n  "posts": [\n    {"text": "spread over lines"}\n  ]\n}\n', "over", (3, 22)),
    ("l.jsonl", '{"text": "first"}\n\n  {"text": "third line"}\n', "line", (3, 19)),
    ("m.csv", "id,text\n1,hello world\n", "world", (2, 9)),
    ("n.csv", 'id,text\n1,"a quoted\nmulti-line cell"\n', "cell", (3, 12)),
    ("o.tsv", "lang\ttext\nen\ttab separated\n", "separated", (2, 8)),
    ("p.md", "---\nlang: fr\n---\nÉmoji 🎉 puis texte\n", "texte", (4, 14)),
]


@pytest.mark.parametrize(("name", "content", "needle", "expected"), POSITION_CASES)
def test_positions_are_exact(tmp_path: Path, name, content, needle, expected) -> None:
    path = write(tmp_path, name, content)
    posts = read_file(path)
    post = next(p for p in posts if needle in p.text)
    assert not post.origin.escaped
    assert where(post, needle) == expected
    assert file_at(path, *expected).startswith(needle)


@pytest.mark.parametrize("name", ["crlf.md", "crlf.txt", "crlf.csv", "crlf.yaml"])
def test_crlf_and_bom_keep_positions(tmp_path: Path, name: str) -> None:
    bodies = {
        "crlf.md": "---\r\nlang: en\r\n---\r\nLine one.\r\nThe target word.\r\n",
        "crlf.txt": "Line one.\r\nThe target word.\r\n",
        "crlf.csv": 'text;lang\r\n"Line one.\r\nThe target word.";en\r\n',
        "crlf.yaml": "- text: |\r\n    Line one.\r\n    The target word.\r\n",
    }
    path = write(tmp_path, name, b"\xef\xbb\xbf" + bodies[name].encode())
    [post] = read_file(path)
    assert "\r" not in post.text
    line, column = where(post, "target")
    assert file_at(path, line, column).startswith("target")
    assert column == {"crlf.yaml": 9}.get(name, 5)


def test_bom_on_first_line_does_not_shift_columns(tmp_path: Path) -> None:
    path = write(tmp_path, "bom.txt", b"\xef\xbb\xbfword here")
    [post] = read_file(path)
    assert post.text == "word here"
    assert where(post, "here") == (1, 6)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("esc.json", '[{"text": "caf\\u00e9 and more"}]', (1, 12)),
        ("nl.json", '[\n  {"text": "two\\nlines"}\n]', (2, 13)),
        ("dq.yaml", '- text: "with \\t escape"\n', (1, 10)),
        ("sq.yaml", "- text: 'it''s doubled'\n", (1, 10)),
        ("fold.yaml", "- text: >\n    folded\n    lines\n", (2, 5)),
        ("multi.yaml", "- text: plain\n    continued\n", (1, 9)),
        ("dq.csv", 'text\n"She said ""hi"" there"\n', (2, 2)),
    ],
)
def test_escaped_values_fall_back_to_value_start(tmp_path: Path, name, content, expected):
    [post] = read_file(write(tmp_path, name, content))
    assert post.origin.escaped
    assert (post.origin.line, post.origin.column) == expected


def test_yaml_literal_block_maps_each_line(tmp_path: Path) -> None:
    content = "posts:\n  - id: lit\n    text: |\n      First line\n\n      Third: the end\n"
    [post] = read_file(write(tmp_path, "lit.yaml", content))
    assert post.text == "First line\n\nThird: the end"
    assert post.origin.line_map[:3] == ((4, 7), (5, 7), (6, 7))
    assert where(post, "end") == (6, 18)


def test_markdown_front_matter_fields(tmp_path: Path) -> None:
    content = (
        "---\nid: hello\nlang: FR-ca\nkind: Réponse\nplatform: LinkedIn\nauthor: Zoé\n"
        "scheduled_at: 2025-01-02T03:04:05Z\npostlint:\n  disable: [tone.shouting, hashtags]\n"
        "---\nBonjour <!-- postlint-disable tone -->\n"
    )
    [post] = read_file(write(tmp_path, "fm.md", content))
    assert (post.id, post.lang, post.kind, post.platform) == ("hello", "fr", "reply", "linkedin")
    assert post.scheduled_at == "2025-01-02T03:04:05Z"
    assert post.meta == {"author": "Zoé"}
    assert post.disabled == ("tone.shouting", "hashtags")
    assert post.text == "Bonjour <!-- postlint-disable tone -->"
    assert (post.origin.line, post.origin.column) == (11, 1)


def test_single_post_ids_default_to_file_name(tmp_path: Path) -> None:
    [post] = read_file(write(tmp_path, "draft.md", "Just a body.\n"))
    assert post.id == "draft.md" and post.kind == "post" and post.lang is None


def test_batch_ids_default_to_file_and_line(tmp_path: Path) -> None:
    posts = read_file(write(tmp_path, "b.yaml", "- one\n- id: 7\n  text: two\n- three\n"))
    assert [p.id for p in posts] == ["b.yaml:1", "7", "b.yaml:4"]


def test_yaml_batch_fields_defaults_and_meta(tmp_path: Path) -> None:
    content = (
        "defaults:\n  lang: en\n  platform: X\n  postlint: {disable: [promo]}\n"
        "campaign: spring\nposts:\n"
        "  - id: 0012\n    text: hi\n    in_reply_to: Where is my parcel?\n    priority: 3\n"
        "  - text: salut\n    lang: fr\n    tags: [a, b]\n    when: 2025-03-01\n"
    )
    first, second = read_file(write(tmp_path, "d.yaml", content))
    assert first.id == "0012" and first.lang == "en" and first.platform == "x"
    assert first.in_reply_to == "Where is my parcel?"
    assert first.meta == {"priority": 3}
    assert first.disabled == ("promo",)
    assert second.lang == "fr"
    assert second.meta == {"tags": ["a", "b"], "when": "2025-03-01"}


def test_json_batch_list_and_mapping(tmp_path: Path) -> None:
    listed = read_file(write(tmp_path, "l.json", '["bare text", {"text": "obj", "id": 5}]'))
    assert [(p.text, p.id) for p in listed] == [("bare text", "l.json:1"), ("obj", "5")]
    content = (
        '{"version": 1, "defaults": {"lang": "fr"},\n'
        ' "posts": [{"text": "un", "extra": {"k": [1]}}, {"text": "deux", "lang": "en"}]}'
    )
    one, two = read_file(write(tmp_path, "m.json", content))
    assert (one.lang, one.meta, two.lang) == ("fr", {"extra": {"k": [1]}}, "en")
    assert one.id == "m.json:2"


def test_jsonl_records(tmp_path: Path) -> None:
    content = (
        '{"text": "a", "kind": "dm"}\n\n"bare"\n{"text": "c", "postlint": {"disable": "x, y"}}'
    )
    posts = read_file(write(tmp_path, "r.ndjson", content))
    assert [(p.text, p.kind, p.id) for p in posts] == [
        ("a", "dm", "r.ndjson:1"),
        ("bare", "post", "r.ndjson:3"),
        ("c", "post", "r.ndjson:4"),
    ]
    assert posts[2].disabled == ("x", "y")


def test_csv_columns_by_name(tmp_path: Path) -> None:
    content = (
        "Date de publication,Réseau,LÉGENDE,Langue,Type,Campagne,Compte\n"
        "2025-05-01 09:00,Instagram,Bonjour à tous,Français,commentaire,printemps,@marque\n"
        ",,,,,,\n"
        "2025-05-02,Twitter,,fr,post,été,\n"
    )
    [post] = read_file(write(tmp_path, "cal.csv", content))
    assert post.text == "Bonjour à tous"
    assert (post.scheduled_at, post.platform, post.lang, post.kind, post.account) == (
        "2025-05-01 09:00",
        "instagram",
        "fr",
        "comment",
        "@marque",
    )
    assert post.meta == {"Campagne": "printemps"}
    assert post.id == "cal.csv:2"


def test_csv_text_column_priority_and_delimiters(tmp_path: Path) -> None:
    posts = read_file(write(tmp_path, "p.csv", "message|text\nnot this|this one\n"))
    assert posts[0].text == "this one" and posts[0].meta == {"message": "not this"}
    semi = read_file(write(tmp_path, "s.csv", 'texte;langue\n"Bonjour, le monde; oui";fr\n'))
    assert semi[0].text == "Bonjour, le monde; oui" and semi[0].lang == "fr"


@pytest.mark.parametrize(
    "name",
    ["empty.txt", "empty.md", "empty.yaml", "empty.json", "empty.jsonl", "empty.csv"],
)
@pytest.mark.parametrize("content", ["", "\n  \n"])
def test_empty_files_hold_no_posts(tmp_path: Path, name: str, content: str) -> None:
    assert read_file(write(tmp_path, name, content)) == []


def test_front_matter_without_body_holds_no_post(tmp_path: Path) -> None:
    assert read_file(write(tmp_path, "fm.md", "---\nlang: en\n---\n\n")) == []


def test_display_path_is_used_in_origin(tmp_path: Path) -> None:
    [post] = read_file(write(tmp_path, "x.txt", "hi"), display_path="drafts/x.txt")
    assert post.origin.path == "drafts/x.txt"


def test_iter_files_walks_sorted_and_skips_junk(tmp_path: Path) -> None:
    for name in [
        "b/two.md",
        "a.yaml",
        "b/one.csv",
        ".hidden/x.md",
        "b/.secret.md",
        "node_modules/y.md",
        "b/__pycache__/z.json",
        "b/image.png",
        "README.MD",
    ]:
        write(tmp_path, name, "x")
    explicit = write(tmp_path, "notes.docx", "x")
    found = list(iter_files([tmp_path, explicit, tmp_path / "b" / "one.csv", tmp_path / "nope"]))
    names = [p.relative_to(tmp_path).as_posix() for p in found if isinstance(p, Path)]
    assert names == ["README.MD", "a.yaml", "b/one.csv", "b/two.md", "notes.docx"]
    [error] = [p for p in found if not isinstance(p, Path)]
    assert "no such file or directory" in str(error) and error.path.endswith("nope")


def test_supported_suffixes() -> None:
    assert set(SUPPORTED_SUFFIXES) == {
        ".md", ".markdown", ".txt", ".yaml", ".yml", ".json", ".jsonl", ".ndjson", ".csv", ".tsv"
    }  # fmt: skip


def test_examples_read_cleanly() -> None:
    files = [f for f in iter_files([EXAMPLES]) if isinstance(f, Path)]
    assert {f.suffix for f in files} >= {".md", ".yaml", ".csv", ".jsonl", ".txt", ".json"}
    posts = [post for f in files for post in read_file(f)]
    assert {post.lang for post in posts} >= {"en", "fr"}
    for post in posts:
        if not post.origin.escaped:
            line, column = where(post, post.text[-8:])
            assert file_at(Path(post.origin.path), line, column).startswith(post.text[-8:])


def test_yaml_unicode_line_separator_does_not_shift_later_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "ls.yaml", "- text: 'odd\u2028break'\n- text: after it\n")
    first, second = read_file(path)
    assert first.text == "odd\u2028break"
    assert where(second, "it") == (2, 15)
