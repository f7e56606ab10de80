"""Safe YAML loading that remembers where each value was written, for errors as path:line:col.

Aliases are refused outright (a content or rules file never needs them, and they are how
"billion laughs" documents blow up memory). PyYAML is imported on the first load only: a run
with no config file and no YAML draft (or a warm cache whose rule cases are MarkedDicts)
does not pay for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import PostlintError


class MarkedDict(dict):  # type: ignore[type-arg]
    """A mapping that knows the (line, column) of itself and of each of its keys."""

    line = 1
    column = 1
    key_marks: dict[Any, tuple[int, int]]


class MarkedList(list):  # type: ignore[type-arg]
    line = 1
    column = 1


@lru_cache(maxsize=2)
def _loader(fast: bool) -> Any:
    """The safe loader with marks, built on first use (imports PyYAML).

    ``fast`` uses libyaml's parser when PyYAML has it. Its composer is C code that our
    alias check cannot hook, so it is only used on texts that cannot hold an anchor (see
    ``_may_anchor``): with no anchor, any alias is an undefined-alias error anyway.
    """
    import yaml

    base = getattr(yaml, "CSafeLoader", None) if fast else None

    class _Loader(base or yaml.SafeLoader):  # type: ignore[misc]
        def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                raise yaml.MarkedYAMLError(
                    None, None, "aliases (*name) are not allowed", event.start_mark
                )
            return super().compose_node(parent, index)

        def construct_yaml_map(self, node):  # type: ignore[no-untyped-def]
            data = MarkedDict()
            data.line, data.column = node.start_mark.line + 1, node.start_mark.column + 1
            data.key_marks = {}
            yield data
            for key_node, value_node in node.value:
                key = self.construct_object(key_node, deep=True)
                data[key] = self.construct_object(value_node, deep=True)
                data.key_marks[key] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)

        def construct_yaml_timestamp(self, node):  # type: ignore[no-untyped-def]
            """A date-shaped value that is no date (2031-13-01) stays a string for the reader
            to reject at its place, instead of a traceback."""
            try:
                return super().construct_yaml_timestamp(node)
            except ValueError:
                return self.construct_scalar(node)

        def construct_yaml_seq(self, node):  # type: ignore[no-untyped-def]
            data = MarkedList()
            data.line, data.column = node.start_mark.line + 1, node.start_mark.column + 1
            yield data
            data.extend(self.construct_sequence(node, deep=True))

    _Loader.add_constructor("tag:yaml.org,2002:map", _Loader.construct_yaml_map)
    _Loader.add_constructor("tag:yaml.org,2002:seq", _Loader.construct_yaml_seq)
    _Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)

    return _Loader


_ANCHOR = re.compile(r"(?:^|[\s\[\]{},])&\S")  # "&name" where a YAML node can start


def _may_anchor(text: str) -> bool:
    """Whether ``text`` may hold a YAML anchor (``&name`` where a node starts: after white
    space or ``[ ] { } ,``). "Q&A", "R&D" or "rock & roll" cannot, and keep the fast parser."""
    return "&" in text and _ANCHOR.search(text) is not None


def load_marked(text: str, path: str, error: type[PostlintError]) -> Any:
    """Parse one YAML document; a syntax error becomes ``error`` at its line and column."""
    import yaml

    try:
        return yaml.load(text, Loader=_loader(not _may_anchor(text)))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or "invalid YAML"
        if mark is None:
            raise error(f"invalid YAML: {problem}", path) from None
        raise error(f"invalid YAML: {problem}", path, mark.line + 1, mark.column + 1) from None
    except yaml.YAMLError as exc:
        raise error(f"invalid YAML: {exc}", path) from None


def load_data_file(path: Path, what: str) -> Any:
    """Read and parse one rules data file (ruleset, lexicon, registry, calendar); an unreadable
    file or bad YAML is a RulesetError naming it, never a traceback."""
    from .errors import RulesetError

    where = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesetError(f"cannot read {what}: {exc}", where) from None
    return load_marked(text, where, RulesetError)


def load_data_mapping(path: Path, what: str, keys: Iterable[str], shape: str) -> dict[str, Any]:
    """``load_data_file`` for the files whose top level is a mapping: ``shape`` (how the file
    should look) when it is not one, an error at the first key not among ``keys``."""
    from .errors import RulesetError

    where = str(path)
    data = load_data_file(path, what)
    if not isinstance(data, dict):
        raise RulesetError(shape, where, 1, 1)
    allowed = frozenset(keys)
    for key in data:
        if key not in allowed:
            raise RulesetError(f"unknown key {key!r} in {what}", where, *mark_of(data, key))
    return data


def mark_of(node: Any, key: Any = None) -> tuple[int | None, int | None]:
    """(line, column) of ``node`` or of one of its keys, when known."""
    if key is not None and isinstance(node, MarkedDict) and key in node.key_marks:
        return node.key_marks[key]
    if isinstance(node, (MarkedDict, MarkedList)):
        return node.line, node.column
    return None, None
