"""A Markdown draft: optional YAML front matter between ``---`` lines, then one post.

The body is kept verbatim (``<!-- postlint-disable -->`` comments included: suppressions are
handled later) and its origin is its first non-blank line, so positions are exact.
"""

from __future__ import annotations

import re

from ..errors import SourceError
from ..model import Post
from .records import STRING_FIELDS, Located, build_post, trim_verbatim

_FENCE = re.compile(r"---[ \t]*")
_CLOSE = re.compile(r"(?:---|\.\.\.)[ \t]*")
# `key: value` with a plain scalar that YAML would read as the same string (no flow or block
# indicators, no ": " or " #" inside), or a quoted one with no escapes. Anything else goes
# through PyYAML.
_SIMPLE_LINE = re.compile(
    r"(?P<key>[a-z_]+):[ \t]+(?:"
    r"(?P<plain>(?![-?:,\[\]{}#&*!|>'\"%@`])(?:(?!: | #)[^\t\n])*?)"
    r"|\"(?P<double>[^\"\\\n]*)\""
    r"|'(?P<single>[^'\n]*)'"
    r")[ \t]*"
)
_NULLS = frozenset({"null", "Null", "NULL", "~"})


def split_front_matter(text: str, path: str) -> tuple[str | None, int]:
    """The front matter's YAML (or None) and the offset where the body starts."""
    first_end = text.find("\n")
    first = text if first_end == -1 else text[:first_end]
    if not _FENCE.fullmatch(first):
        return None, 0
    start = first_end + 1 if first_end != -1 else len(text)
    position = start
    while position < len(text):
        end = text.find("\n", position)
        line = text[position:] if end == -1 else text[position:end]
        if _CLOSE.fullmatch(line):
            body = len(text) if end == -1 else end + 1
            return text[start:position], body
        if end == -1:
            break
        position = end + 1
    raise SourceError("front matter opened by '---' on line 1 is never closed by '---'", path, 1)


def read_markdown(text: str, path: str, name: str) -> list[Post]:
    """One post per file; front matter fields (id, lang, kind, platform...) describe it."""
    front, body_start = split_front_matter(text, path)
    record: dict[str, Located] = {}
    if front is not None:
        simple = _simple_front_matter(front)
        if simple is not None:
            record = simple
        else:
            from .batch_yaml import compose, mapping_record

            node = compose(front, path, line_offset=1)
            if node is not None:
                record = mapping_record(node, front, path, line_offset=1, what="front matter")
        if "text" in record:
            field = record["text"]
            raise SourceError(
                "front matter cannot set 'text': the body below it is the post",
                path,
                field.line,
                field.column,
            )
    body_line = text.count("\n", 0, body_start) + 1
    body, line, column = trim_verbatim(text[body_start:], body_line, 1)
    if not body:
        return []
    record["text"] = Located(body, line, column)
    return [build_post(record, path=path, line=line, column=column, default_id=name)]


def _simple_front_matter(front: str) -> dict[str, Located] | None:
    """The usual front matter (``lang: fr``, ``id: launch``...) read without PyYAML, which
    costs a draft's whole start-up budget to import; None when YAML is needed."""
    record: dict[str, Located] = {}
    for number, line in enumerate(front.split("\n")):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        match = _SIMPLE_LINE.fullmatch(line)
        if match is None:
            return None
        key = match.group("key")
        if key not in STRING_FIELDS or key in record:
            return None
        plain = match.group("plain")
        if plain is not None:
            if not plain:
                return None
            value: str | None = None if plain in _NULLS else plain
            column = match.start("plain")
        else:
            quoted = "double" if match.group("double") is not None else "single"
            value = match.group(quoted)
            column = match.start(quoted) - 1  # YAML places a quoted value at its quote
        record[key] = Located(value, number + 2, column + 1)
    return record
