"""Offsets to 1-based (line, column) and back; columns count code points, not bytes."""

from __future__ import annotations

import bisect


class LineIndex:
    """Maps code-point offsets of a text to 1-based lines and columns.

    A line ends after ``\\n``; a ``\\r`` before it belongs to the line's end, so CRLF files get
    the same positions as LF files.
    """

    __slots__ = ("_starts",)

    def __init__(self, text: str) -> None:
        starts = [0]
        find = text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self._starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1

    def offset(self, line: int, column: int) -> int:
        return self._starts[line - 1] + column - 1


def locate(
    text: str,
    offset: int,
    line: int,
    column: int,
    line_map: tuple[tuple[int, int], ...] | None = None,
) -> tuple[int, int]:
    """File position of ``text[offset]`` for a text that starts at (``line``, ``column``)."""
    text_line = text.count("\n", 0, offset)
    line_start = text.rfind("\n", 0, offset) + 1
    within = offset - line_start
    if line_map is not None and text_line < len(line_map):
        file_line, file_column = line_map[text_line]
        return file_line, file_column + within
    if text_line == 0:
        return line, column + within
    return line + text_line, 1 + within
