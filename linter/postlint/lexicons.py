"""Lexicon files: word lists kept as data (``rulesets/lexicons/<lang>/<name>.yaml``).

A lexicon has ``lexicon`` (its name), ``lang``, ``description``, ``source`` and up to three
sorted lists: ``terms`` (matched on the folded word form), ``lemmas`` (every inflection of each
word, through spaCy's lookup tables) and ``patterns`` (spaCy-style token patterns). An entry is
a string, or a mapping with the string under ``term`` and a ``note`` or ``source`` that says why
it is there. ``regex`` lists regular expressions (case-insensitive, like a rule's) for what no
word list can spell, such as "-20 %" or a discount code: every rule that uses the lexicon
shares them, instead of each repeating its own copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import RulesetError
from .yamlload import load_data_mapping, mark_of

LEXICON_KEYS = {"lexicon", "lang", "description", "source", "terms", "lemmas", "patterns", "regex"}
ENTRY_KEYS = {"term", "note", "source"}
REGEX_KEYS = {"regex", "note", "source"}


@dataclass(frozen=True, slots=True)
class Lexicon:
    name: str
    lang: str
    terms: tuple[str, ...]
    lemmas: tuple[str, ...]
    patterns: tuple[Any, ...]
    path: str
    regexes: tuple[str, ...] = ()


def load_lexicon(path: Path) -> Lexicon:
    where = str(path)
    data = load_data_mapping(path, "lexicon", LEXICON_KEYS, "a lexicon must be a mapping")
    for key in ("lexicon", "lang"):
        if not isinstance(data.get(key), str):
            raise RulesetError(f"lexicon needs a {key!r} string", where, 1, 1)
    lists = {}
    for key in ("terms", "lemmas"):
        entries = data.get(key) or []
        if not isinstance(entries, list):
            line, col = mark_of(data, key)
            raise RulesetError(f"{key!r} must be a list", where, line, col)
        lists[key] = tuple(_entry_text(e, entries, where) for e in entries)
    patterns = data.get("patterns") or []
    regexes = _regexes(data, where)
    return Lexicon(
        data["lexicon"],
        data["lang"],
        lists["terms"],
        lists["lemmas"],
        tuple(patterns),
        where,
        regexes,
    )


def _regexes(data: dict[str, Any], where: str) -> tuple[str, ...]:
    """The ``regex`` list: strings or ``{regex: ..., note: ...}``, each one a valid pattern."""
    entries = data.get("regex") or []
    if not isinstance(entries, list):
        line, col = mark_of(data, "regex")
        raise RulesetError("'regex' must be a list", where, line, col)
    found = []
    line, col = mark_of(entries)  # string entries carry no mark of their own
    for entry in entries:
        if isinstance(entry, dict) and set(entry) <= REGEX_KEYS:
            entry = entry.get("regex")
        if not isinstance(entry, str) or not entry:
            raise RulesetError(
                "a lexicon regex is a string or {regex: ..., note: ...}", where, line, col
            )
        try:
            re.compile(entry, re.IGNORECASE)
        except re.error as exc:
            problem = f"bad regular expression {entry!r}: {exc}"
            raise RulesetError(problem, where, line, col) from None
        found.append(entry)
    return tuple(found)


def _entry_text(entry: Any, parent: Any, where: str) -> str:
    if isinstance(entry, str) and entry.strip():
        return entry
    if isinstance(entry, dict) and isinstance(entry.get("term"), str) and set(entry) <= ENTRY_KEYS:
        return str(entry["term"])
    line, col = mark_of(entry) if isinstance(entry, dict) else mark_of(parent)
    problem = "a lexicon entry is a string or {term: ..., note: ...}"
    if isinstance(entry, (int, float, bool)):  # YAML reads 1488 or yes as a number or a bool
        problem = f"{problem}: {entry!r} is not text; quote it"
    raise RulesetError(problem, where, line, col)


def entry_key(entry: Any) -> str:
    """The text an entry is sorted and de-duplicated by."""
    return entry["term"] if isinstance(entry, dict) else str(entry)
