"""Bytes on disk to one clean ``str``: size limit, binary check, UTF-8 (with or without BOM).

Every reader parses the string returned here, so the rules about what counts as a readable
text file live in one place. Line ends are normalised to ``\\n`` ("\\r\\n" and a lone "\\r"
alike) before parsing: the line numbers stay those an editor shows, and columns never count
a ``\\r``. A UTF-8 BOM is dropped: editors do not show it, so it must not shift columns.
"""

from __future__ import annotations

import codecs
import stat
from pathlib import Path

from ..errors import SourceError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024

_UTF16_32_BOMS = (
    codecs.BOM_UTF32_LE,
    codecs.BOM_UTF32_BE,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
)


def human_size(size: int) -> str:
    """``5242880`` → ``"5 MiB"``; exact enough for an error message."""
    for unit, factor in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size >= factor:
            value = size / factor
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{size} bytes"


def _too_big(size: int, max_bytes: int, where: str) -> SourceError:
    return SourceError(
        f"file is {human_size(size)}, over the {human_size(max_bytes)} limit"
        " (raise it with --max-file-size)",
        where,
    )


def _os_error(exc: OSError, where: str) -> SourceError:
    if isinstance(exc, FileNotFoundError):
        return SourceError("no such file or directory", where)
    if isinstance(exc, PermissionError):
        return SourceError("permission denied", where)
    if isinstance(exc, IsADirectoryError):
        return SourceError("is a directory, not a file", where)
    return SourceError(f"cannot read file: {exc.strerror or exc}", where)


def read_bytes(path: Path, where: str, max_bytes: int) -> bytes:
    """The file's bytes, refusing directories, devices, pipes and files over ``max_bytes``."""
    try:
        info = path.stat()
    except OSError as exc:
        raise _os_error(exc, where) from None
    if stat.S_ISDIR(info.st_mode):
        raise SourceError("is a directory, not a file", where)
    if not stat.S_ISREG(info.st_mode):
        # A FIFO or a device would block or never end: not a draft.
        raise SourceError("not a regular file", where)
    if info.st_size > max_bytes:
        raise _too_big(info.st_size, max_bytes, where)
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # +1: the file may have grown since stat()
    except OSError as exc:
        raise _os_error(exc, where) from None
    if len(data) > max_bytes:
        raise _too_big(len(data), max_bytes, where)
    return data


def decode(data: bytes, where: str) -> str:
    """UTF-8 bytes to text with ``\\n`` line ends; anything else is a :class:`SourceError`."""
    if data.startswith(_UTF16_32_BOMS) and not data.startswith(codecs.BOM_UTF8):
        raise SourceError("file is UTF-16 or UTF-32; save it as UTF-8", where)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    nul = data.find(b"\0")
    if nul != -1:
        raise SourceError("binary file (contains NUL bytes), not a text draft", where)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _bad_utf8(data, exc.start, where) from None
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _bad_utf8(data: bytes, start: int, where: str) -> SourceError:
    line = data.count(b"\n", 0, start) + 1
    line_start = data.rfind(b"\n", 0, start) + 1
    column = len(data[line_start:start].decode("utf-8", "replace")) + 1
    byte = data[start]
    hint = " (is it Latin-1 or Windows-1252?)" if 0x80 <= byte <= 0xFF else ""
    return SourceError(
        f"invalid UTF-8: byte 0x{byte:02x} at byte {start - line_start + 1} of line {line};"
        f" save the file as UTF-8{hint}",
        where,
        line,
        column,
    )


def read_text(path: Path, where: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read and decode ``path``; ``where`` is the name used in error messages."""
    return decode(read_bytes(path, where, max_bytes), where)
