"""``--fix`` and ``--diff``: write the safe suggestions back into the user's file, atomically.

A finding is fixable when it carries ``fix`` (the engine sets it only for a suggestion on text
that is not escaped in the file). Its ``span`` gives the line and column in the decoded file
(BOM dropped, line ends as ``\\n``); the raw file keeps its BOM and its line ends, so each span
is mapped onto the raw text, and the text there must still be the finding's ``matched`` text
(else the file changed since it was read and that fix is skipped). The result is parsed again
with the same reader: unless every post's text is exactly what the fixes promised (a quote
inserted into a JSON string would not be), the file is left alone. Writing goes through a
temporary file in the same folder and ``os.replace``, with the original file's mode.
"""

from __future__ import annotations

import codecs
import difflib
import os
import re
import stat
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from .errors import PostlintError, SourceError
from .model import Finding, Post
from .positions import locate
from .report.base import Formatter

if TYPE_CHECKING:
    from .engine import Linter

_EOL = re.compile(r"\r\n|\r|\n")


@dataclass
class Outcome:
    """What fixing one file would do (``new`` is None when nothing can be applied)."""

    new: bytes | None
    applied: list[Finding] = field(default_factory=list)
    skipped: list[Finding] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)  # the posts of the fixed file


def fixable(findings: Sequence[Finding]) -> list[Finding]:
    """Findings with a fix that changes something."""
    return [f for f in findings if f.fix is not None and f.fix[2] != f.matched]


def apply_fixes(raw: bytes, findings: Sequence[Finding]) -> tuple[bytes, list[Finding]]:
    """``raw`` with the fixes applied, and the findings whose fix was applied.

    A fix is applied only where the raw text still reads ``matched``; overlapping fixes after
    the first are skipped. BOM and line ends are kept; a replacement's ``\\n`` becomes the
    file's line end.
    """
    bom = codecs.BOM_UTF8 if raw.startswith(codecs.BOM_UTF8) else b""
    text = raw[len(bom) :].decode("utf-8")
    starts = [0]
    eol = "\n"
    for i, m in enumerate(_EOL.finditer(text)):
        if i == 0:
            eol = m.group()
        starts.append(m.end())
    pieces: list[str] = []
    applied: list[Finding] = []
    last = 0
    for f in sorted(fixable(findings), key=lambda f: (f.span.line, f.span.column)):
        start = _offset(text, starts, f.span.line, f.span.column)
        end = _offset(text, starts, f.span.end_line, f.span.end_column)
        if start is None or end is None or start < last or end < start:
            continue
        current = text[start:end].replace("\r\n", "\n").replace("\r", "\n")
        if current != f.matched:
            continue
        assert f.fix is not None
        pieces += [text[last:start], f.fix[2].replace("\n", eol)]
        last = end
        applied.append(f)
    pieces.append(text[last:])
    return bom + "".join(pieces).encode("utf-8"), applied


def _offset(text: str, starts: list[int], line: int, column: int) -> int | None:
    """Offset of (line, column) in ``text``, or None when the position is not in it."""
    if not 1 <= line <= len(starts) or column < 1:
        return None
    line_end = starts[line] if line < len(starts) else len(text)
    offset = starts[line - 1] + column - 1
    # A column may point just past the line's last character, never into its line end
    # (except for a span ending at the line end, which is the same offset).
    content_end = line_end
    while content_end > starts[line - 1] and text[content_end - 1] in "\r\n":
        content_end -= 1
    return offset if offset <= content_end else None


def expected_texts(posts: Sequence[Post], applied: Sequence[Finding]) -> list[str]:
    """Each post's text once the applied fixes are in: what the fixed file must parse to."""
    result = []
    for post in posts:
        mine = [f for f in applied if _belongs(f, post)]
        text = post.text
        for f in sorted(mine, key=lambda f: f.start, reverse=True):
            assert f.fix is not None
            start, end, replacement = f.fix
            text = text[:start] + replacement + text[end:]
        result.append(text)
    return result


def _belongs(finding: Finding, post: Post) -> bool:
    origin = post.origin
    if origin is None or origin.escaped or finding.post_id != post.id:
        return False
    if post.text[finding.start : finding.end] != finding.matched:
        return False
    start = locate(post.text, finding.start, origin.line, origin.column, origin.line_map)
    return start == (finding.span.line, finding.span.column)


def plan(path: Path, posts: Sequence[Post], findings: Sequence[Finding]) -> Outcome:
    """What ``--fix`` would write into ``path``; reads the file, writes nothing."""
    from .sources import READERS
    from .sources.text import decode

    candidates = fixable(findings)
    if not candidates:
        return Outcome(None)
    try:
        raw = path.read_bytes()
        new, applied = apply_fixes(raw, candidates)
    except (OSError, UnicodeDecodeError):
        return Outcome(None, skipped=candidates)
    skipped = [f for f in candidates if f not in applied]
    if not applied:
        return Outcome(None, skipped=skipped)
    where = posts[0].origin.path if posts and posts[0].origin else str(path)
    try:
        reparsed = READERS[path.suffix.lower()](decode(new, where), where, path.name)
    except (PostlintError, KeyError, RecursionError):
        return Outcome(None, skipped=candidates)
    if [p.text for p in reparsed] != expected_texts(posts, applied):
        return Outcome(None, skipped=candidates)
    return Outcome(new, applied, skipped, reparsed)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path``'s content in one step (a symlink's target is replaced, not the link)."""
    target = Path(os.path.realpath(path))
    mode = stat.S_IMODE(target.stat().st_mode)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".postlint", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def unified_diff(display: str, old: bytes, new: bytes) -> str:
    """A ``git diff``-style patch of the decoded texts (line ends shown as ``\\n``)."""
    a = _lines(old)
    b = _lines(new)
    return "".join(difflib.unified_diff(a, b, f"a/{display}", f"b/{display}"))


def _lines(data: bytes) -> list[str]:
    text = data.removeprefix(codecs.BOM_UTF8).decode("utf-8")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n\\ No newline at end of file\n"
    return lines


class Fixer:
    """Used by the CLI for each file: applies (``--fix``) or shows (``--diff``) the fixes and
    returns the findings to report (for ``--fix``, those left once the file is re-linted)."""

    def __init__(self, linter: Linter, *, write: bool, out: TextIO) -> None:
        self.linter = linter
        self.write = write
        self.out = out
        self.fixed = 0
        self.files = 0
        self.skipped = 0

    def process(
        self,
        path: Path,
        posts: Sequence[Post],
        findings: list[Finding],
        linter: Linter | None = None,
    ) -> list[Finding]:
        """The findings to report for ``path`` (``linter``: the one that linted it)."""
        outcome = plan(path, posts, findings)
        self.skipped += len(outcome.skipped)
        if outcome.new is None:
            return findings
        if not self.write:
            self.out.write(unified_diff(str(path), path.read_bytes(), outcome.new))
            self.fixed += len(outcome.applied)
            self.files += 1
            return findings
        try:
            write_atomic(path, outcome.new)
        except OSError as exc:
            raise SourceError(f"cannot write the fixes: {exc.strerror or exc}", str(path)) from None
        self.fixed += len(outcome.applied)
        self.files += 1
        remaining: list[Finding] = []
        for _post, post_findings in (linter or self.linter).lint_many(outcome.posts):
            remaining.extend(post_findings)
        return remaining

    def summary(self) -> str:
        verb = "fixed" if self.write else "would fix"
        plural = "s" if self.fixed != 1 else ""
        line = f"postlint: {verb} {self.fixed} finding{plural} in {self.files} file"
        line += "s" if self.files != 1 else ""
        if self.skipped:
            line += f"; {self.skipped} suggestion{'s' if self.skipped != 1 else ''} not applied"
            line += " (text changed, overlapping or unsafe in this file format)"
        return line + "\n"


class QuietFormatter(Formatter):
    """The report under ``--diff``: only input errors, on stderr (stdout holds the patch)."""

    def __init__(self, stream: TextIO, **options: Any) -> None:
        super().__init__(stream, **options)

    def error(self, error: PostlintError) -> None:
        sys.stderr.write(f"postlint: error: {error}\n")
