"""The calendar of recurring sensitive days (``rulesets/calendar/*.yaml``).

Each file has ``calendar`` (its name, the file's stem), ``description`` and ``days``. A day is
``name`` ({en, fr}), ``langs``, ``about``, ``source`` and exactly one of:

- ``day: "MM-DD"`` — the same date every year (27 January);
- ``rule: "third monday of january"`` — a weekday rule (Martin Luther King Day);
- ``dates: [YYYY-MM-DD, ...]`` — a moving day listed year by year (the first day of Ramadan).

``warn_on`` (default ``[promotion, joke]``) says which posts the day turns into a warning; an
empty list keeps the day at info (14 July is a national celebration in France as well as the
anniversary of the Nice attack). Days are expanded at compile time into two dicts, by
(month, day) and by date, so a post costs one or two look-ups.
"""

from __future__ import annotations

import calendar as cal
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from .errors import RulesetError
from .model import LANGS
from .yamlload import load_data_mapping, mark_of

FILE_KEYS = {"calendar", "description", "days"}
DAY_KEYS = {"name", "langs", "about", "source", "day", "rule", "dates", "warn_on"}
TRIGGERS = ("promotion", "joke")
ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1}
WEEKDAYS = tuple(name.lower() for name in cal.day_name)
MONTHS = tuple(name.lower() for name in cal.month_name)
RULE = re.compile(r"^(first|second|third|fourth|last) (\w+) of (\w+)$")
RULE_YEARS = range(1990, 2051)  # years over which weekday rules are expanded


@dataclass(frozen=True, slots=True)
class SensitiveDay:
    """A day of mourning, remembrance or tragedy, from the calendar files."""

    name: dict[str, str]
    langs: tuple[str, ...]
    about: str
    source: str
    warn_on: tuple[str, ...]
    calendar: str = ""


@dataclass(slots=True)
class Calendar:
    """The sensitive days by (month, day), and moving days by date."""

    yearly: dict[tuple[int, int], list[SensitiveDay]]  # (month, day) → days
    dated: dict[date, list[SensitiveDay]]  # a moving day's date → days

    def on(self, when: date) -> list[SensitiveDay]:
        found = self.yearly.get((when.month, when.day))
        more = self.dated.get(when)
        if found and more:
            return found + more
        return found or more or []


def calendar_files(root: Path) -> list[Path]:
    return sorted(root.glob("*.yaml"))


def load_calendar(files: list[Path]) -> Calendar:
    result = Calendar({}, {})
    for path in files:
        _load_file(path, result)
    return result


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth (0-based; -1 = last) given weekday of a month."""
    days = [
        d
        for d in cal.Calendar().itermonthdates(year, month)
        if d.month == month and d.weekday() == weekday
    ]
    return days[nth]


def _load_file(path: Path, result: Calendar) -> None:
    where = str(path)
    data = load_data_mapping(
        path, "calendar", FILE_KEYS, "a calendar is a mapping with a 'days' list"
    )
    if data.get("calendar") != path.stem:
        raise RulesetError(f"'calendar' must be the file's name {path.stem!r}", where, 1, 1)
    days = data.get("days")
    if not isinstance(days, list):
        raise RulesetError("'days' must be a list", where, *mark_of(data, "days"))
    for raw in days:
        day = _day(raw, where, path.stem)
        if "day" in raw:
            result.yearly.setdefault(_month_day(raw, where), []).append(day)
        elif "rule" in raw:
            for when in _rule_dates(raw, where):
                result.dated.setdefault(when, []).append(day)
        else:
            for when in _dates(raw, where):
                result.dated.setdefault(when, []).append(day)


def _day(raw: Any, where: str, name: str) -> SensitiveDay:
    if not isinstance(raw, dict):
        raise RulesetError("each day is a mapping", where, *mark_of(raw))
    for key in raw:
        if key not in DAY_KEYS:
            raise RulesetError(f"unknown key {key!r} in a day", where, *mark_of(raw, key))
    for key in ("about", "source"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise RulesetError(f"a day needs a non-empty {key!r}", where, *mark_of(raw))
    names = raw.get("name")
    if not isinstance(names, dict) or not all(isinstance(names.get(k), str) for k in LANGS):
        raise RulesetError("'name' gives the day's name in en and fr", where, *mark_of(raw))
    langs = raw.get("langs")
    if not isinstance(langs, list) or not langs or any(lang not in LANGS for lang in langs):
        raise RulesetError("'langs' must be a list of: en, fr", where, *mark_of(raw, "langs"))
    if sum(key in raw for key in ("day", "rule", "dates")) != 1:
        raise RulesetError("a day has exactly one of: day, rule, dates", where, *mark_of(raw))
    warn_on = raw.get("warn_on", list(TRIGGERS))
    if not isinstance(warn_on, list) or any(t not in TRIGGERS for t in warn_on):
        raise RulesetError(
            "'warn_on' is a list of: promotion, joke", where, *mark_of(raw, "warn_on")
        )
    return SensitiveDay(
        {k: names[k] for k in LANGS},
        tuple(langs),
        raw["about"].strip(),
        raw["source"].strip(),
        tuple(warn_on),
        name,
    )


def _month_day(raw: dict[str, Any], where: str) -> tuple[int, int]:
    value = str(raw["day"])
    found = re.fullmatch(r"(\d\d)-(\d\d)", value)
    try:
        assert found is not None
        date(2000, int(found[1]), int(found[2]))  # a leap year: 02-29 is valid
    except (AssertionError, ValueError):
        raise RulesetError(
            f"'day': {value!r} is not a month-day like \"01-27\"", where, *mark_of(raw, "day")
        ) from None
    return int(found[1]), int(found[2])


def _rule_dates(raw: dict[str, Any], where: str) -> list[date]:
    found = RULE.fullmatch(str(raw["rule"]).strip().lower())
    if not found or found[2] not in WEEKDAYS or found[3] not in MONTHS:
        raise RulesetError(
            f"'rule': {raw['rule']!r} is not like 'third monday of january'",
            where,
            *mark_of(raw, "rule"),
        )
    nth, weekday, month = ORDINALS[found[1]], WEEKDAYS.index(found[2]), MONTHS.index(found[3])
    return [nth_weekday(year, month, weekday, nth) for year in RULE_YEARS]


def _dates(raw: dict[str, Any], where: str) -> list[date]:
    values = raw["dates"]
    if not isinstance(values, list) or not values:
        raise RulesetError("'dates' is a list of dates", where, *mark_of(raw, "dates"))
    found = []
    for value in values:
        if not isinstance(value, date):
            try:
                value = date.fromisoformat(str(value))
            except ValueError:
                raise RulesetError(
                    f"'dates': {value!r} is not a date", where, *mark_of(raw, "dates")
                ) from None
        found.append(value)
    if found != sorted(set(found)):
        raise RulesetError("'dates' must be sorted and unique", where, *mark_of(raw, "dates"))
    return found
