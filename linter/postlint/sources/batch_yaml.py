"""YAML batches (a list of records, or a mapping with ``posts:``), and the safe YAML parsing
that Markdown front matter shares.

Values are read from the composed node tree, not from ``yaml.safe_load``, for two reasons:
each node has a mark, so positions are exact; and the raw scalar is available, so ``id: 0012``
stays "0012" and ``lang: no`` stays "no" (then fails validation with a clear message).
Anchors and aliases are refused outright: drafts never need them, and they are how a
"billion laughs" document explodes memory. Node count and depth are capped too.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..errors import SourceError
from ..model import Post
from ..positions import LineIndex
from .records import STRING_FIELDS, Located, build_post

MAX_NODES = 500_000
MAX_DEPTH = 64
_NULL = "tag:yaml.org,2002:null"
# libyaml when available: composing a few MB of YAML is five times faster than pure Python.
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _RejectedError(Exception):
    def __init__(self, message: str, mark: Any) -> None:
        super().__init__(message)
        self.mark = mark


def _check_events(text: str) -> None:
    """Refuse aliases and anchors, too many nodes and deep nesting, before composing."""
    nodes = depth = 0
    for event in yaml.parse(text, Loader=_LOADER):
        problem = ""
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            problem = "YAML anchors and aliases (& and *) are not allowed"
        elif isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
            nodes += 1
            if nodes > MAX_NODES:
                problem = f"YAML document has more than {MAX_NODES} nodes"
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    problem = f"YAML nested more than {MAX_DEPTH} levels deep"
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        if problem:
            raise _RejectedError(problem, event.start_mark)


def compose(text: str, path: str, line_offset: int = 0) -> Node | None:
    """The single document's root node (None when empty); errors name path:line:column."""
    try:
        _check_events(text)
        return yaml.compose(text, Loader=_LOADER)
    except _RejectedError as exc:
        raise SourceError(str(exc), path, *_mark_position(text, exc.mark, line_offset)) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "syntax error"
        if exc.context and problem.startswith("but "):
            problem = f"{exc.context}, {problem}"
        if mark is None:
            raise SourceError(f"invalid YAML: {problem}", path) from None
        where = _mark_position(text, mark, line_offset)
        raise SourceError(f"invalid YAML: {problem}", path, *where) from None
    except yaml.YAMLError as exc:
        raise SourceError(f"invalid YAML: {exc}", path) from None


def _mark_position(text: str, mark: Any, line_offset: int) -> tuple[int, int]:
    """Where an error mark is, counting lines as editors do (see :class:`_Source`)."""
    index = getattr(mark, "index", None)
    if not isinstance(index, int) or not 0 <= index <= len(text):
        return mark.line + 1 + line_offset, mark.column + 1
    line, column = LineIndex(text).position(index)
    return line + line_offset, column


class _Source:
    """The YAML text being read, and its place in the file.

    Positions come from each mark's code-point ``index`` through a :class:`LineIndex`, not
    from the mark's own line count: YAML also breaks lines at U+2028 and U+0085, editors and
    the rest of postlint do not.
    """

    def __init__(self, text: str, path: str, line_offset: int) -> None:
        self.text = text
        self.path = path
        self.line_offset = line_offset
        self.index = LineIndex(text)
        self._lines: list[str] | None = None

    @property
    def lines(self) -> list[str]:
        if self._lines is None:
            self._lines = self.text.split("\n")
        return self._lines

    def at(self, mark: Any) -> tuple[int, int]:
        """File (line, column) of a mark."""
        line, column = self.index.position(mark.index)
        return line + self.line_offset, column

    def row(self, mark: Any) -> int:
        """0-based line of a mark within this text."""
        return self.index.position(mark.index)[0] - 1


def _construct(node: Node, doc: _Source) -> Any:
    try:
        return SafeConstructor().construct_document(node)
    except (yaml.YAMLError, ValueError, OverflowError) as exc:
        problem = getattr(exc, "problem", None) or str(exc)
        where = doc.at(node.start_mark)
        raise SourceError(f"invalid YAML value: {problem}", doc.path, *where) from None


def _block_map(node: ScalarNode, doc: _Source) -> Located:
    """A literal block (``|``): each text line sits on its own file line, de-indented."""
    lines = doc.lines
    first = doc.row(node.start_mark) + 1  # content starts on the line after the indicator
    value: str = node.value
    text_lines = value.split("\n")
    indent = 0
    for offset, text_line in enumerate(text_lines):
        row = first + offset
        if text_line and row < len(lines) and lines[row].endswith(text_line):
            indent = len(lines[row]) - len(text_line)
            break
    entries: list[tuple[int, int]] = []
    for offset, text_line in enumerate(text_lines):
        row = first + offset
        source = lines[row] if row < len(lines) else ""
        if text_line and not source.endswith(text_line):
            return _escaped(node, doc)  # a layout not understood: stay safe
        column = len(source) - len(text_line) if text_line else indent
        entries.append((row + 1 + doc.line_offset, column + 1))
    line, column = entries[0]
    return Located(value, line, column, line_map=tuple(entries))


def _escaped(node: ScalarNode, doc: _Source) -> Located:
    """Text that was folded or unescaped: every position falls back to the value's start."""
    line, column = doc.at(node.start_mark)
    if node.style in ("'", '"'):
        column += 1
    elif node.style in ("|", ">"):
        # Point at the first character of content rather than at the indicator.
        lines = doc.lines
        for row in range(doc.row(node.start_mark) + 1, min(doc.row(node.end_mark) + 1, len(lines))):
            stripped = lines[row].lstrip(" ")
            if stripped:
                line, column = row + 1 + doc.line_offset, len(lines[row]) - len(stripped) + 1
                break
    return Located(node.value, line, column, escaped=True)


def text_located(node: ScalarNode, doc: _Source) -> Located:
    """The post text of a scalar node, with exact positions whenever it is verbatim."""
    start, end = node.start_mark, node.end_mark
    if node.tag == _NULL:
        return Located(None, *doc.at(start))
    raw = doc.text[start.index : end.index]
    if node.style == "|":
        return _block_map(node, doc)
    if not node.style and "\n" not in raw and raw == node.value:  # plain: None or ""
        return Located(node.value, *doc.at(start))
    if node.style in ("'", '"') and raw[1:-1] == node.value:
        line, column = doc.at(start)
        return Located(node.value, line, column + 1)
    return _escaped(node, doc)


def _record(node: MappingNode, doc: _Source) -> dict[str, Located]:
    record: dict[str, Located] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, ScalarNode):
            raise SourceError("field names must be strings", doc.path, *doc.at(key_node.start_mark))
        key = key_node.value
        if key in record:
            raise SourceError(f"duplicate field '{key}'", doc.path, *doc.at(key_node.start_mark))
        if key == "text" and isinstance(value_node, ScalarNode):
            record[key] = text_located(value_node, doc)
            continue
        if key in STRING_FIELDS and isinstance(value_node, ScalarNode):
            value = None if value_node.tag == _NULL else value_node.value
        else:
            value = _construct(value_node, doc)
        record[key] = Located(value, *doc.at(value_node.start_mark))
    return record


def mapping_record(
    node: Node, text: str, path: str, line_offset: int = 0, what: str = "record"
) -> dict[str, Located]:
    """The fields of a mapping node (front matter, or a batch's ``defaults``)."""
    doc = _Source(text, path, line_offset)
    if not isinstance(node, MappingNode):
        raise SourceError(f"{what} must be a mapping", path, *doc.at(node.start_mark))
    return _record(node, doc)


def _is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == _NULL


def _batch(root: Node, doc: _Source) -> tuple[list[Node], dict[str, Located]]:
    """The record nodes of a batch, and the ``defaults`` applied to each."""
    if isinstance(root, SequenceNode):
        return root.value, {}
    if not isinstance(root, MappingNode) or not any(k.value == "posts" for k, _ in root.value):
        raise SourceError(
            "expected a list of posts, or a mapping with a 'posts:' list",
            doc.path,
            *doc.at(root.start_mark),
        )
    posts: list[Node] = []
    defaults: dict[str, Located] = {}
    for key_node, value_node in root.value:
        if key_node.value == "posts" and not _is_null(value_node):
            if not isinstance(value_node, SequenceNode):
                where = doc.at(value_node.start_mark)
                raise SourceError("'posts' must be a list of posts", doc.path, *where)
            posts = value_node.value
        elif key_node.value == "defaults" and not _is_null(value_node):
            if not isinstance(value_node, MappingNode):
                where = doc.at(value_node.start_mark)
                raise SourceError("'defaults' must be a mapping", doc.path, *where)
            defaults = _record(value_node, doc)
    return posts, defaults


def read_yaml(text: str, path: str, name: str) -> list[Post]:
    """Posts of a YAML batch; a record is a mapping with ``text``, or a bare string."""
    root = compose(text, path)
    if root is None:
        return []
    doc = _Source(text, path, 0)
    nodes, defaults = _batch(root, doc)
    posts = []
    for node in nodes:
        line, column = doc.at(node.start_mark)
        if isinstance(node, MappingNode):
            record = {**defaults, **_record(node, doc)}
        elif isinstance(node, ScalarNode) and node.tag != _NULL:
            record = {**defaults, "text": text_located(node, doc)}
        else:
            raise SourceError(
                "each post must be a mapping with 'text', or a string", path, line, column
            )
        default_id = f"{name}:{line}"
        posts.append(build_post(record, path=path, line=line, column=column, default_id=default_id))
    return posts
