"""Times for the schedule rules: a post's ``scheduled_at``, and blackout windows.

A blackout window is written in ``.postlint.yaml`` (``blackout:``) or in a ruleset rule's
``windows:``. Both go through :func:`parse_windows`, which reports a mistake through the
caller's ``fail(message, node, key)`` so that the config names ``path:line:col``.

Comparison: when both the window bound and the post time carry an offset, instants are
compared; otherwise wall-clock times are (a team writing ``2026-11-13`` means that day where
its posts go out). A bare date as ``to`` covers that whole day.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

WINDOW_KEYS = ("from", "to", "reason", "accounts", "langs")
Fail = Callable[[str, Any, Any], Exception]


def parse_time(value: Any) -> datetime | date | None:
    """An ISO 8601 date or date-time (``Z`` accepted); None when it is not one."""
    if isinstance(value, datetime | date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text[-1:] in ("Z", "z"):
        text = text[:-1] + "+00:00"
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def post_time(scheduled_at: str | None) -> datetime | None:
    """The post's scheduled time (a bare date is midnight), or None."""
    found = parse_time(scheduled_at)
    if found is None:
        return None
    if not isinstance(found, datetime):
        return datetime(found.year, found.month, found.day)
    return found


def _before(a: datetime, b: datetime) -> bool:
    """a < b, by instant when both have an offset, else by wall clock."""
    if (a.tzinfo is None) != (b.tzinfo is None):
        a, b = a.replace(tzinfo=None), b.replace(tzinfo=None)
    return a < b


@dataclass(frozen=True, slots=True)
class Window:
    """[start, end) — ``end`` is the day after a bare ``to`` date, or the ``to`` time + 1 s."""

    start: datetime
    end: datetime
    reason: str
    accounts: tuple[str, ...] = ()  # folded handles; empty = every account
    langs: tuple[str, ...] = ()  # empty = every language

    def covers(self, when: datetime, account: str | None, lang: str) -> bool:
        if self.accounts and _account(account) not in self.accounts:
            return False
        if self.langs and lang not in self.langs:
            return False
        return not _before(when, self.start) and _before(when, self.end)


def _account(name: str | None) -> str:
    return (name or "").strip().lstrip("@").lower()


def _bound(value: Any, is_end: bool) -> datetime | None:
    found = parse_time(value)
    if found is None:
        return None
    if isinstance(found, datetime):
        return found + timedelta(seconds=1) if is_end else found
    start = datetime(found.year, found.month, found.day)
    return start + timedelta(days=1) if is_end else start


def parse_windows(raw: Any, fail: Fail) -> tuple[Window, ...]:
    """A list of {from, to, reason, accounts?, langs?} → windows; mistakes go to ``fail``."""
    if not isinstance(raw, list):
        raise fail("'blackout' is a list of windows {from, to, reason, accounts}", raw, None)
    windows = []
    for entry in raw:
        if not isinstance(entry, dict):
            raise fail("each blackout window is a mapping with from, to and reason", entry, None)
        for key in entry:
            if key not in WINDOW_KEYS:
                raise fail(
                    f"unknown key {key!r} in a blackout window (expected: "
                    f"{', '.join(WINDOW_KEYS)})",
                    entry,
                    key,
                )
        for key in ("from", "to", "reason"):
            if key not in entry:
                raise fail(f"this blackout window has no {key!r}", entry, None)
        start = _bound(entry["from"], is_end=False)
        end = _bound(entry["to"], is_end=True)
        for key, found in (("from", start), ("to", end)):
            if found is None:
                raise fail(
                    f"{key!r}: {entry[key]!r} is not an ISO 8601 date or time "
                    "(e.g. 2026-11-13 or 2026-11-13T18:00+01:00)",
                    entry,
                    key,
                )
        assert start is not None and end is not None
        if not _before(start, end):
            raise fail("'from' is after 'to'", entry, "from")
        reason = entry["reason"]
        if not isinstance(reason, str) or not reason.strip():
            raise fail("'reason' says why the window exists (a sentence)", entry, "reason")
        accounts = _names(entry, "accounts", fail)
        langs = _names(entry, "langs", fail)
        if any(lang not in ("en", "fr") for lang in langs):
            raise fail("'langs' must be a list of: en, fr", entry, "langs")
        windows.append(
            Window(start, end, reason.strip(), tuple(_account(a) for a in accounts), langs)
        )
    return tuple(windows)


def _names(entry: dict[str, Any], key: str, fail: Fail) -> tuple[str, ...]:
    value = entry.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise fail(f"{key!r} must be a list of names", entry, key)
    return tuple(value)


def plain_windows(raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Windows as plain strings and lists (what the config hands to the rule, and hashes)."""
    plain = []
    for entry in raw:
        item = {}
        for key, value in entry.items():
            if isinstance(value, datetime | date):
                value = value.isoformat()
            elif isinstance(value, list):
                value = list(value)
            item[str(key)] = value
        plain.append(item)
    return plain
