"""The values that flow through postlint: posts in, findings out. No logic lives here."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any


class Severity(IntEnum):
    """How bad a finding is; ordered so that ``>=`` compares against a fail level."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown level {value!r} (expected error, warning or info)") from None


KINDS = ("post", "reply", "comment", "dm")
LANGS = ("en", "fr")
LANG_NAMES = {"en": "English", "fr": "French"}


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a post's text sits in the user's file, so findings map back to line and column.

    ``line``/``column`` (1-based) locate the first character of the text. When the text was
    re-indented by the format (a YAML block scalar), ``line_map`` gives, for each line of the
    text, the file line and column of its first character. When the text was decoded from an
    escaped form (a JSON string with escapes), ``escaped`` is true and every position falls
    back to the start of the value.
    """

    path: str
    line: int = 1
    column: int = 1
    escaped: bool = False
    line_map: tuple[tuple[int, int], ...] | None = None


@dataclass(frozen=True, slots=True)
class Post:
    """One draft: a post, reply, comment or direct message."""

    text: str
    id: str = ""
    kind: str = "post"
    lang: str | None = None
    platform: str | None = None
    in_reply_to: str | None = None
    scheduled_at: str | None = None
    account: str | None = None
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    origin: Origin | None = None
    disabled: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Span:
    """A 1-based position range in the user's file; columns count code points, end exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem a rule found in a post, where it is and what to do."""

    rule: str
    severity: Severity
    message: str
    span: Span
    post_id: str = ""
    path: str = ""
    suggestion: str | None = None
    help: str = ""
    start: int = 0  # code-point offsets of the match in the post text
    end: int = 0
    # (start, end, replacement) in the post text, set only when the replacement is safe to
    # write back (a suggestion exists and the text is not escaped in the file): see fixes.py
    fix: tuple[int, int, str] | None = None
    matched: str = ""  # the post text at start:end (fingerprints, --fix verification)
