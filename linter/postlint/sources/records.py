"""One record (a mapping of field → value, each with its position) to a validated :class:`Post`.

All batch readers and the Markdown front matter go through :func:`build_post`, so a field
means the same thing, and a bad value gets the same message, whatever the file format.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ..errors import SourceError
from ..model import KINDS, LANGS, Origin, Post

STRING_FIELDS = ("id", "lang", "kind", "platform", "in_reply_to", "scheduled_at", "account")
FIELDS = ("text", "postlint", *STRING_FIELDS)

# Words community managers write in a calendar's "type" or "langue" column.
KIND_ALIASES = {
    "publication": "post",
    "reponse": "reply",
    "réponse": "reply",
    "commentaire": "comment",
    "mp": "dm",
    "message prive": "dm",
    "message privé": "dm",
    "direct message": "dm",
}
LANG_ALIASES = {
    "english": "en",
    "anglais": "en",
    "french": "fr",
    "francais": "fr",
    "français": "fr",
}

_LEADING_BLANK_LINES = re.compile(r"(?:[ \t]*\n)+")


@dataclass(frozen=True, slots=True)
class Located:
    """A field value and where it was written (1-based). For ``text``, also how to map it."""

    value: Any
    line: int
    column: int
    escaped: bool = False
    line_map: tuple[tuple[int, int], ...] | None = None


Record = Mapping[str, Located]


def trim_verbatim(text: str, line: int, column: int) -> tuple[str, int, int]:
    """Drop leading blank lines and trailing whitespace of a verbatim text, keeping positions."""
    match = _LEADING_BLANK_LINES.match(text)
    if match:
        line += text.count("\n", 0, match.end())
        column = 1
        text = text[match.end() :]
    return text.rstrip(), line, column


def describe(value: Any) -> str:
    """A user's word for a parsed value's type: "a list", "a mapping", "a number"..."""
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    return f"a {type(value).__name__}"


def _string(name: str, field: Located, path: str) -> str | None:
    value = field.value
    if value is None:
        return None
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise SourceError(
            f"'{name}' must be a string, not {describe(value)}", path, field.line, field.column
        )
    text = str(value).strip()
    return text or None


def _kind(field: Located | None, path: str) -> str:
    value = _string("kind", field, path) if field is not None else None
    if field is None or value is None:
        return "post"
    kind = KIND_ALIASES.get(value.lower(), value.lower())
    if kind not in KINDS:
        raise SourceError(
            f"kind {value!r} is not one of {', '.join(KINDS)}", path, field.line, field.column
        )
    return kind


def _lang(field: Located | None, path: str) -> str | None:
    value = _string("lang", field, path) if field is not None else None
    if field is None or value is None:
        return None
    lowered = value.lower()
    lang = LANG_ALIASES.get(lowered) or re.split(r"[-_]", lowered, maxsplit=1)[0]
    if lang not in LANGS:
        raise SourceError(
            f"lang {value!r} is not supported (expected {' or '.join(LANGS)})",
            path,
            field.line,
            field.column,
        )
    return lang


def _scheduled_at(field: Located | None, path: str) -> str | None:
    value = _string("scheduled_at", field, path) if field is not None else None
    if field is None or value is None:
        return None
    candidate = value[:-1] + "+00:00" if value[-1:] in ("Z", "z") else value
    try:
        datetime.fromisoformat(candidate)
    except ValueError:
        raise SourceError(
            f"scheduled_at {value!r} is not an ISO 8601 date (e.g. 2025-06-01T09:30:00+02:00)",
            path,
            field.line,
            field.column,
        ) from None
    return value


def _disabled(field: Located | None, path: str) -> tuple[str, ...]:
    if field is None or field.value is None:
        return ()
    where = (path, field.line, field.column)
    settings = field.value
    if not isinstance(settings, Mapping):
        raise SourceError("'postlint' must be a mapping such as {disable: [rule-id]}", *where)
    unknown = sorted(str(key) for key in settings if key != "disable")
    if unknown:
        raise SourceError(f"unknown key under 'postlint': {unknown[0]} (expected disable)", *where)
    rules = settings.get("disable")
    if rules is None:
        return ()
    if isinstance(rules, str):
        rules = re.split(r"[\s,]+", rules)
    if not isinstance(rules, list) or not all(isinstance(rule, str) for rule in rules):
        raise SourceError("'postlint: disable' must be a list of rule ids", *where)
    return tuple(rule.strip() for rule in rules if rule.strip())


def _meta_value(value: Any) -> Any:
    """Dates become ISO strings so that ``meta`` stays JSON-serialisable."""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, list):
        return [_meta_value(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _meta_value(item) for key, item in value.items()}
    return value


def build_post(record: Record, *, path: str, line: int, column: int, default_id: str) -> Post:
    """Validate ``record`` (written at ``line``/``column`` of ``path``) and make its Post."""
    text_field = record.get("text")
    if text_field is None or text_field.value is None:
        raise SourceError("record has no 'text'", path, line, column)
    text = text_field.value
    if not isinstance(text, str):
        raise SourceError(
            f"'text' must be a string, not {describe(text)}",
            path,
            text_field.line,
            text_field.column,
        )
    # Trailing whitespace never changes positions, and platforms drop it anyway.
    text = text.rstrip()
    origin = Origin(
        path=path,
        line=text_field.line,
        column=text_field.column,
        escaped=text_field.escaped,
        line_map=None if text_field.escaped else text_field.line_map,
    )

    def string(name: str) -> str | None:
        field = record.get(name)
        return _string(name, field, path) if field is not None else None

    platform = string("platform")
    meta = {key: _meta_value(field.value) for key, field in record.items() if key not in FIELDS}
    return Post(
        text=text,
        id=string("id") or default_id,
        kind=_kind(record.get("kind"), path),
        lang=_lang(record.get("lang"), path),
        platform=platform.lower() if platform else None,
        in_reply_to=string("in_reply_to"),
        scheduled_at=_scheduled_at(record.get("scheduled_at"), path),
        account=string("account"),
        meta=meta,
        origin=origin,
        disabled=_disabled(record.get("postlint"), path),
    )
