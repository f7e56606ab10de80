"""Gitignore-style path patterns, for ``ignore:`` and ``per-file:`` in ``.postlint.yaml``.

The rules are git's, so that a content team can copy lines from their ``.gitignore``:
a pattern without ``/`` matches a name at any depth (``*.draft.md``); a pattern with a ``/``
is anchored to the folder of the config file (``/archive``, ``drafts/old/*.md``); ``**``
crosses folders; a trailing ``/`` matches folders only (and so everything in them); ``!``
re-includes a path that an earlier pattern excluded; the last matching pattern wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath


@dataclass(frozen=True, slots=True)
class _Pattern:
    regex: re.Pattern[str]
    negated: bool
    dirs_only: bool


class PathGlobs:
    """A list of gitignore-style patterns relative to ``root``."""

    def __init__(self, patterns: Iterable[str], root: Path | None = None) -> None:
        self.root = root
        self.patterns = [p for p in (_compile(raw) for raw in patterns) if p is not None]

    def __bool__(self) -> bool:
        return bool(self.patterns)

    def matches(self, path: str | Path) -> bool:
        """True when ``path`` (a file) or one of its folders is matched."""
        if not self.patterns:
            return False
        parts = relative_parts(path, self.root)
        for depth in range(1, len(parts) + 1):
            candidate = "/".join(parts[:depth])
            is_dir = depth < len(parts)
            if self._decide(candidate, is_dir):
                return True
        return False

    def _decide(self, candidate: str, is_dir: bool) -> bool:
        matched = False
        for pattern in self.patterns:
            if pattern.dirs_only and not is_dir:
                continue
            if pattern.regex.fullmatch(candidate):
                matched = not pattern.negated
        return matched


def relative_parts(path: str | Path, root: Path | None) -> tuple[str, ...]:
    """``path`` relative to ``root`` when it lies below it, else as given, in parts."""
    given = Path(path)
    if root is not None:
        try:
            absolute = given if given.is_absolute() else Path.cwd() / given
            return PurePosixPath(absolute.resolve().relative_to(root.resolve()).as_posix()).parts
        except (ValueError, OSError):
            pass
    parts = PurePosixPath(given.as_posix()).parts
    return tuple(p for p in parts if p not in (".", "/"))


def _compile(raw: str) -> _Pattern | None:
    text = raw.strip()
    if not text or text.startswith("#"):
        return None
    negated = text.startswith("!")
    if negated:
        text = text[1:]
    dirs_only = text.endswith("/")
    text = text.rstrip("/")
    anchored = "/" in text
    text = text.lstrip("/")
    if not text:
        return None
    prefix = "" if anchored or text.startswith("**/") else "(?:.*/)?"
    return _Pattern(re.compile(prefix + _translate(text)), negated, dirs_only)


def _translate(pattern: str) -> str:
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        char = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif char == "*":
            out.append("[^/]*")
            i += 1
        elif char == "?":
            out.append("[^/]")
            i += 1
        elif char == "[" and "]" in pattern[i + 2 :]:
            end = pattern.index("]", i + 2)
            body = pattern[i + 1 : end]
            if body.startswith("!"):
                body = "^" + body[1:]
            out.append("[" + body.replace("\\", "\\\\") + "]")
            i = end + 1
        elif char == "\\" and i + 1 < n:
            out.append(re.escape(pattern[i + 1]))
            i += 2
        else:
            out.append(re.escape(char))
            i += 1
    return "".join(out)
