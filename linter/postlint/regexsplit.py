"""The branches of a regex that is one top-level alternation (``a|b|c``), as regexes.

A long alternation (``automation.placeholder``: twenty kinds of placeholders) costs a scan of
every position for every branch that does not start with a literal, on every post that holds
any of the branches' literals ('%', '$'). Yet it matches somewhere exactly when one of its
branches does (nothing follows the alternation, so a branch matching at a position makes the
whole match there). So a post is first asked, branch by branch, whether any can match: the
gate rules most branches out by their literals, the few left are searched, and only when one
of them matches is the whole regex run, giving exactly the matches it always gave.

The branches are cut out of the source text and kept only when each parses to exactly the
branch it was cut from, with the same global flags and no group of its own (group numbers
would shift); else the regex is not split.
"""

from __future__ import annotations

import re
from typing import Any

MIN_BRANCHES = 4  # fewer: the whole regex is scanned as fast as its parts


def branches(regex: re.Pattern[str]) -> tuple[re.Pattern[str], ...] | None:
    """The top-level branches of ``regex`` as regexes (None: not split; see module doc)."""
    key = (regex.pattern, regex.flags)
    if key in _SPLIT:
        return _SPLIT[key]
    found = None
    try:
        found = _split(regex)
    except Exception:  # an unexpected parse: not split, never an error
        found = None
    _SPLIT[key] = found
    return found


_SPLIT: dict[tuple[str, int], tuple[re.Pattern[str], ...] | None] = {}


def _split(regex: re.Pattern[str]) -> tuple[re.Pattern[str], ...] | None:
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    pattern, flags = regex.pattern, regex.flags
    if not isinstance(pattern, str) or regex.groups:
        return None
    whole = _parser.parse(pattern, flags)
    items = list(whole.data)
    if not items or items[-1][0] is not c.BRANCH:
        return None
    # The parser moves a prefix every branch shares out of the alternation (``\ba|\bb``
    # parses as ``\b(?:a|b)``): each part must parse to that prefix and its branch.
    prefix = items[:-1]
    parsed_branches = items[-1][1][1]
    parts = _top_level_parts(pattern)
    if parts is None or len(parts) != len(parsed_branches) or len(parts) < MIN_BRANCHES:
        return None
    out = []
    for part, expected in zip(parts, parsed_branches, strict=True):
        parsed = _parser.parse(part, flags)
        if parsed.state.flags != whole.state.flags or parsed.state.groups != 1:
            return None
        if _shape(list(parsed.data)) != _shape(prefix + list(expected)):
            return None
        out.append(re.compile(part, flags))
    return tuple(out)


def _top_level_parts(pattern: str) -> list[str] | None:
    """``pattern`` cut at each '|' outside groups and classes (None: unbalanced)."""
    parts: list[str] = []
    depth = 0
    start = 0
    i = 0
    size = len(pattern)
    while i < size:
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(pattern, i)
            if i < 0:
                return None
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return None
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    if depth:
        return None
    parts.append(pattern[start:])
    return parts


def _class_end(pattern: str, i: int) -> int:
    """The index after the character class opening at ``i`` (-1: none)."""
    i += 1
    if i < len(pattern) and pattern[i] == "^":
        i += 1
    if i < len(pattern) and pattern[i] == "]":
        i += 1  # a ']' first is a member
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "]":
            return i + 1
        i += 1
    return -1


def _shape(value: Any) -> Any:
    """A parse tree as nested plain values, comparable with ``==``."""
    from re import _parser  # type: ignore[attr-defined]

    if isinstance(value, _parser.SubPattern):
        return ("sub", [_shape(item) for item in value.data])
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, [_shape(item) for item in value])
    return value
