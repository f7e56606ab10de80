"""JSON batches (``.json``: a list, or a mapping with ``posts:``) and JSON Lines.

The standard decoder gives no positions, so the two outer levels (the list and each record's
fields) are walked here, and only the values are handed to ``json.JSONDecoder.raw_decode``.
That is enough to know where each ``text`` string starts. A JSON string with no backslash is
verbatim in the file (exact positions); with escapes, positions fall back to its start.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from ..errors import SourceError
from ..model import Post
from ..positions import LineIndex
from .fastjson import fast_post
from .records import Located, build_post

_WS = re.compile(r"[ \t\n\r]*")
_BLANK_LINE = re.compile(r"[ \t]*")
_DECODER = json.JSONDecoder()


class _Walker:
    """Reads JSON values out of ``text`` from given offsets, reporting errors as path:line:col."""

    def __init__(self, text: str, path: str, first_line: int = 1) -> None:
        self.text = text
        self.path = path
        self.first_line = first_line  # JSON Lines: each line is walked on its own
        self.index = LineIndex(text)
        self.decoder = _DECODER
        self.end_name = "end of file"

    def position(self, offset: int) -> tuple[int, int]:
        line, column = self.index.position(offset)
        return line + self.first_line - 1, column

    def error(self, message: str, offset: int) -> SourceError:
        return SourceError(message, self.path, *self.position(offset))

    def skip(self, offset: int) -> int:
        return _WS.match(self.text, offset).end()  # type: ignore[union-attr]

    def expect(self, offset: int, chars: str, what: str) -> str:
        found = self.text[offset : offset + 1]
        if not found or found not in chars:
            shown = repr(found) if found else self.end_name
            raise self.error(f"invalid JSON: expected {what}, found {shown}", offset)
        return found

    def value(self, offset: int) -> tuple[Any, int]:
        try:
            return self.decoder.raw_decode(self.text, offset)
        except json.JSONDecodeError as exc:
            line = exc.lineno + self.first_line - 1
            raise SourceError(f"invalid JSON: {exc.msg}", self.path, line, exc.colno) from None
        except RecursionError:
            raise self.error("JSON nested too deeply", offset) from None

    def located(self, offset: int) -> tuple[Located, int]:
        value, end = self.value(offset)
        line, column = self.position(offset)
        if isinstance(value, str):
            escaped = "\\" in self.text[offset + 1 : end - 1]
            return Located(value, line, column + 1, escaped=escaped), end
        return Located(value, line, column), end

    def members(
        self, offset: int, read: Callable[[str, int], tuple[Any, int]]
    ) -> tuple[dict[str, Any], int]:
        """An object starting at ``offset`` ('{'), each value read by ``read(key, offset)``."""
        fields: dict[str, Any] = {}
        offset = self.skip(offset + 1)
        if self.text.startswith("}", offset):
            return fields, offset + 1
        while True:
            self.expect(offset, '"', "a field name in double quotes")
            key, end = self.value(offset)
            if key in fields:
                raise self.error(f"duplicate field '{key}'", offset)
            offset = self.skip(end)
            self.expect(offset, ":", "':'")
            fields[key], end = read(key, self.skip(offset + 1))
            offset = self.skip(end)
            if self.expect(offset, ",}", "',' or '}'") == "}":
                return fields, offset + 1
            offset = self.skip(offset + 1)

    def record(self, offset: int) -> tuple[dict[str, Located], int]:
        """One post: an object with a "text" field, or a bare string."""
        char = self.text[offset : offset + 1]
        if char == "{":
            return self.members(offset, lambda _key, at: self.located(at))
        if char == '"':
            text, end = self.located(offset)
            return {"text": text}, end
        raise self.error('each post must be an object with "text", or a string', offset)

    def records(self, offset: int) -> tuple[list[tuple[int, dict[str, Located]]], int]:
        """A list of posts starting at ``offset`` ('['): (start offset, record) pairs."""
        found: list[tuple[int, dict[str, Located]]] = []
        offset = self.skip(offset + 1)
        if self.text.startswith("]", offset):
            return found, offset + 1
        while True:
            record, end = self.record(offset)
            found.append((offset, record))
            offset = self.skip(end)
            if self.expect(offset, ",]", "',' or ']'") == "]":
                return found, offset + 1
            offset = self.skip(offset + 1)

    def post(self, start: int, record: dict[str, Located], name: str) -> Post:
        line, column = self.position(start)
        return build_post(
            record, path=self.path, line=line, column=column, default_id=f"{name}:{line}"
        )


def read_json(text: str, path: str, name: str) -> list[Post]:
    """Posts of a JSON document: a list of posts, or an object with a "posts" list."""
    walker = _Walker(text, path)
    offset = walker.skip(0)
    if offset == len(text):
        return []
    defaults: dict[str, Located] = {}
    if text[offset] == "[":
        records, end = walker.records(offset)
    elif text[offset] == "{":

        def read(key: str, at: int) -> tuple[Any, int]:
            if key == "posts":
                walker.expect(at, "[", 'a list of posts after "posts"')
                return walker.records(at)
            if key == "defaults":
                walker.expect(at, "{", 'an object after "defaults"')
                return walker.members(at, lambda _key, where: walker.located(where))
            return walker.value(at)

        top, end = walker.members(offset, read)
        if "posts" not in top:
            raise walker.error('expected a list of posts, or an object with a "posts" list', 0)
        records, defaults = top["posts"], top.get("defaults", {})
    else:
        raise walker.error('expected a list of posts, or an object with a "posts" list', offset)
    end = walker.skip(end)
    if end != len(text):
        raise walker.error("invalid JSON: extra data after the end of the document", end)
    return [walker.post(start, {**defaults, **record}, name) for start, record in records]


def read_jsonl(text: str, path: str, name: str) -> list[Post]:
    """One post per line; blank lines are skipped. The first bad line fails the whole file."""
    posts = []
    for number, line in enumerate(text.split("\n"), start=1):
        post = line_post(line, number, path, name)
        if post is not None:
            posts.append(post)
    return posts


def line_post(line: str, number: int, path: str, name: str) -> Post | None:
    """The post of one JSON Lines line (None for a blank line); fast path first."""
    start = _BLANK_LINE.match(line).end()  # type: ignore[union-attr]
    if start == len(line):
        return None
    if line[start] == "{":
        post = fast_post(line, start, number, path, name)
        if post is not None:
            return post
    walker = _Walker(line, path, first_line=number)
    walker.end_name = "end of line"
    record, end = walker.record(start)
    end = _BLANK_LINE.match(line, end).end()  # type: ignore[union-attr]
    if end != len(line):
        raise walker.error("invalid JSON Lines: each line must hold exactly one JSON value", end)
    return walker.post(start, record, name)


def stream_jsonl(data: bytes, path: str, name: str) -> Iterator[Post]:
    """``read_jsonl`` over the file's bytes, one line decoded at a time (no ``\\r`` in them:
    the caller reads such files whole). Same posts, same errors, found as lines are reached."""
    data = jsonl_body(data, path)
    yield from lines_posts(data, 0, len(data), 1, path, name)


def jsonl_body(data: bytes, path: str) -> bytes:
    """The checks made on a whole JSON Lines file before its first line; the bytes after a
    UTF-8 byte-order mark (line offsets and errors are relative to them)."""
    from .text import _UTF16_32_BOMS

    if data.startswith(_UTF16_32_BOMS) and not data.startswith(codecs.BOM_UTF8):
        raise SourceError("file is UTF-16 or UTF-32; save it as UTF-8", path)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if data.find(b"\0") != -1:
        raise SourceError("binary file (contains NUL bytes), not a text draft", path)
    return data


def lines_posts(
    data: bytes, offset: int, size: int, number: int, path: str, name: str
) -> Iterator[Post]:
    """Posts of the lines of ``jsonl_body`` bytes from ``offset`` (the start of line
    ``number``) to ``size`` (a line end, or the end of the data)."""
    from .text import _bad_utf8

    number -= 1
    while offset < size:
        end = data.find(b"\n", offset, size)
        if end == -1:
            end = size
        number += 1
        raw = data[offset:end]
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _bad_utf8(data, offset + exc.start, path) from None
        post = line_post(line, number, path, name)
        if post is not None:
            yield post
        offset = end + 1
