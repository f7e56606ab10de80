"""The common JSON Lines record, read without the position-tracking walker.

``json.loads`` decodes the line in C; the text value is then found in the line (exactly one
``"text"`` key, checked by decoding the string found there again), which gives its column
and whether it was written with escapes. Anything unusual (a duplicate field, a field of the
wrong type, a bad kind or date, ``postlint:`` settings, a bare string) returns None, and the
caller reads the line with the walker, which reports errors at their exact position. The
Post built here equals the walker's (tests/test_sources_stream.py).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import fields
from datetime import datetime
from typing import Any, TypeVar

from ..model import KINDS, LANGS, Origin, Post
from .records import FIELDS, KIND_ALIASES, LANG_ALIASES

_KEY = re.compile(r'"text"[ \t\r\n]*:[ \t\r\n]*"')
_LANG_SPLIT = re.compile(r"[-_]")
_scanstring = json.decoder.scanstring  # type: ignore[attr-defined]


class _SlowPathError(Exception):
    """This line needs the walker."""


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):
        raise _SlowPathError
    return found


_DECODER = json.JSONDecoder(object_pairs_hook=_pairs)
_FIELDS = frozenset(FIELDS)
T = TypeVar("T")


def _filler(cls: type[T], names: tuple[str, ...]) -> Callable[..., T]:
    """A maker of ``cls`` (a frozen dataclass with slots) from the values of every field,
    given in the order of ``names``: it sets the slots directly, about three times cheaper
    than the generated ``__init__`` (keyword parsing, one frozen ``__setattr__`` per field).
    Should the fields ever differ from ``names``, the class itself is called instead."""
    if tuple(f.name for f in fields(cls)) != names:  # type: ignore[arg-type]
        return lambda *values: cls(**dict(zip(names, values, strict=True)))
    setters = tuple(getattr(cls, name).__set__ for name in names)
    new = object.__new__

    def make(*values: Any) -> T:
        made = new(cls)
        for setter, value in zip(setters, values, strict=True):
            setter(made, value)
        return made

    return make


_POST_FIELDS = ("text", "id", "kind", "lang", "platform", "in_reply_to", "scheduled_at")
_new_post = _filler(Post, (*_POST_FIELDS, "account", "meta", "origin", "disabled"))
_new_origin = _filler(Origin, ("path", "line", "column", "escaped", "line_map"))


def fast_post(line: str, start: int, number: int, path: str, name: str) -> Post | None:
    """The line's post when it is a plain record, else None (see the module doc)."""
    try:
        return _fast(line, start, number, path, name)
    except (_SlowPathError, ValueError, RecursionError):
        return None


def _string(value: Any) -> str | None:
    if value is None:
        return None
    kind = type(value)
    if kind is str:
        return value.strip() or None
    if kind is int or kind is float:
        return str(value).strip() or None
    raise _SlowPathError


def _fast(line: str, start: int, number: int, path: str, name: str) -> Post | None:
    record, end = _DECODER.raw_decode(line, start)
    if type(record) is not dict or line[end:].strip(" \t") or "postlint" in record:
        return None
    text = record.get("text")
    if type(text) is not str or line.count('"text"') != 1:
        return None
    found = _KEY.search(line, start)
    if found is None:
        return None
    value_start = found.end()  # just after the opening quote
    value, value_end = _scanstring(line, value_start)
    if value != text:
        return None
    escaped = "\\" in line[value_start : value_end - 1]
    kind = _string(record.get("kind"))
    if kind is not None:
        kind = KIND_ALIASES.get(kind.lower(), kind.lower())
        if kind not in KINDS:
            return None
    lang = _string(record.get("lang"))
    if lang is not None:
        lowered = lang.lower()
        lang = LANG_ALIASES.get(lowered) or _LANG_SPLIT.split(lowered, maxsplit=1)[0]
        if lang not in LANGS:
            return None
    scheduled = _string(record.get("scheduled_at"))
    if scheduled is not None:
        candidate = scheduled[:-1] + "+00:00" if scheduled[-1:] in ("Z", "z") else scheduled
        datetime.fromisoformat(candidate)  # ValueError: the walker reports it
    platform = _string(record.get("platform"))
    # JSON values hold no dates and this record is new: its values are kept as they are
    meta = {key: v for key, v in record.items() if key not in _FIELDS}
    return _new_post(
        text.rstrip(),
        _string(record.get("id")) or f"{name}:{number}",
        kind or "post",
        lang,
        platform.lower() if platform else None,
        _string(record.get("in_reply_to")),
        scheduled,
        _string(record.get("account")),
        meta,
        _new_origin(path, number, value_start + 1, escaped, None),
        (),
    )
