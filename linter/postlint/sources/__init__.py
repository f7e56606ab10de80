"""Input readers: draft files in, :class:`~postlint.model.Post` objects out.

``read_file`` picks a reader by suffix; each reader parses text already decoded by
:mod:`.text` and builds posts through :mod:`.records`, so every format validates fields the
same way and every post knows where its text sits in the file. Any problem with the user's
file is a :class:`~postlint.errors.SourceError`, never another exception.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..errors import SourceError
from ..model import Post
from .text import DEFAULT_MAX_BYTES, read_text

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "iter_files",
    "read_file",
    "stream_file",
    "streamed_bytes",
]

Reader = Callable[[str, str, str], list[Post]]  # (text, display path, file name) → posts


class _Lazy:
    """A reader imported on first use: a run pays only for the formats it reads (YAML is
    imported by the YAML and Markdown readers only)."""

    def __init__(self, module: str, name: str) -> None:
        self.module, self.name = module, name
        self._reader: Reader | None = None

    def __call__(self, text: str, where: str, name: str) -> list[Post]:
        if self._reader is None:
            from importlib import import_module

            self._reader = getattr(import_module(self.module, __name__), self.name)
        return self._reader(text, where, name)


READERS: dict[str, Reader] = {
    ".md": _Lazy(".markdown", "read_markdown"),
    ".markdown": _Lazy(".markdown", "read_markdown"),
    ".txt": _Lazy(".plain", "read_plain"),
    ".yaml": _Lazy(".batch_yaml", "read_yaml"),
    ".yml": _Lazy(".batch_yaml", "read_yaml"),
    ".json": _Lazy(".batch_json", "read_json"),
    ".jsonl": _Lazy(".batch_json", "read_jsonl"),
    ".ndjson": _Lazy(".batch_json", "read_jsonl"),
    ".csv": _Lazy(".csv_calendar", "read_csv"),
    ".tsv": _Lazy(".csv_calendar", "read_tsv"),
}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(sorted(READERS))

# Folders never worth walking into for drafts (hidden ones are skipped as well).
SKIPPED_DIRS = frozenset({"node_modules", "__pycache__", "venv", "site-packages"})


def read_file(
    path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES, display_path: str | None = None
) -> list[Post]:
    """The posts of one draft file, in file order; an empty file has none."""
    path = Path(path)
    where = display_path or str(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        kind = f"'{path.suffix}'" if path.suffix else "(no extension)"
        if path.is_dir():
            raise SourceError("is a directory, not a file", where)
        raise SourceError(
            f"unsupported file type {kind}; supported: {', '.join(SUPPORTED_SUFFIXES)}", where
        )
    text = read_text(path, where, max_bytes)
    try:
        return reader(text, where, path.name)
    except RecursionError:
        raise SourceError("file is nested too deeply to read", where) from None


STREAMED = frozenset({".jsonl", ".ndjson"})
STREAM_FROM_BYTES = 1 << 20  # smaller files are read whole: an error then stops every post


def stream_file(
    path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES, display_path: str | None = None
) -> Iterator[Post]:
    """The posts of one file, one at a time: JSON Lines files of 1 MiB or more are decoded
    line by line, so memory does not grow with the file (a bad line raises SourceError when
    it is reached, after the posts before it); other files are read whole by ``read_file``."""
    path = Path(path)
    data = streamed_bytes(path, max_bytes=max_bytes, display_path=display_path)
    if data is None:
        yield from read_file(path, max_bytes=max_bytes, display_path=display_path)
        return
    from .batch_json import stream_jsonl

    yield from stream_jsonl(data, display_path or str(path), path.name)


def streamed_bytes(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, display_path: str | None = None
) -> bytes | None:
    """The raw bytes of a file ``stream_file`` decodes line by line; None for other files
    (read them with ``read_file``). Raises SourceError when the file cannot be read."""
    if path.suffix.lower() not in STREAMED:
        return None
    from .text import read_bytes

    data = read_bytes(path, display_path or str(path), max_bytes)
    if len(data) < STREAM_FROM_BYTES or b"\r" in data:
        return None
    return data


def _walk(directory: Path) -> Iterator[Path]:
    """Supported, non-hidden files under ``directory``, in a stable (sorted) order."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRS)
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in READERS:
                yield Path(root, name)


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | SourceError]:
    """Files to lint: files as given, directories walked. Problems are yielded, not raised,
    so that the caller goes on with the other paths. A file reached twice is yielded once."""
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            candidates: Iterable[Path] = _walk(path)
        elif path.exists() or path.is_symlink():
            candidates = (path,)
        else:
            yield SourceError("no such file or directory", str(given))
            continue
        for candidate in candidates:
            key = Path(os.path.abspath(candidate))
            if key not in seen:
                seen.add(key)
                yield candidate
