"""The hashtag registry (``rulesets/hashtags/*.yaml``): curated tags and tag patterns.

Each file has ``registry`` (its name, the file's stem), ``description``, ``entries`` (tag,
category, langs, about, source, optional date, aliases and names — the event written as words,
e.g. "Sandy Hook", which crisis rules count as tragedy vocabulary) and optional ``patterns``
(a Python regex on the folded tag body, with an example that must match and a counterexample
that must not). Tags are looked up by their folded form (lower case, no accents), so
``#PrayForParis``, ``#prayforparis`` and ``#PRAYFORPARIS`` are one entry. Every error names
file, line and column.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import RulesetError
from .model import LANGS
from .tokens import fold
from .yamlload import load_data_mapping, mark_of

CATEGORIES = (
    "tragedy",
    "attack",
    "disaster",
    "violence",
    "movement",
    "death",
    "trial",
    "commemoration",
    "hijack-prone",
    "misunderstood",
)
FILE_KEYS = {"registry", "description", "entries", "patterns"}
ENTRY_KEYS = {"tag", "category", "langs", "about", "source", "date", "aliases", "names"}
ENTRY_REQUIRED = ("tag", "category", "langs", "about", "source")
PATTERN_KEYS = {"pattern", "category", "langs", "about", "source", "example", "counterexample"}
PATTERN_REQUIRED = ("pattern", "category", "langs", "about", "source", "example")


@dataclass(frozen=True, slots=True)
class TagInfo:
    """What a registry says about a tag (an entry, or the pattern that matched it)."""

    tag: str  # as written in the registry (or the pattern's example form)
    category: str
    langs: tuple[str, ...]
    about: str
    source: str
    date: str = ""
    registry: str = ""
    names: tuple[str, ...] = ()  # the event written as words ("Sandy Hook", "Charlie Hebdo")


@dataclass(frozen=True, slots=True)
class TagPattern:
    """A registry pattern: tags matching ``regex`` share ``info``."""

    regex: re.Pattern[str]
    info: TagInfo


# Tags this long or longer also match with one typo (#JeSuisCharile): a short tag one letter
# away from an entry is too often another word (#Sandy, #Santy).
TYPO_MIN_LENGTH = 10


@dataclass(slots=True)
class Registry:
    """The hashtag registry: entries by folded tag or alias, then patterns."""

    entries: dict[str, TagInfo]  # folded tag or alias → entry
    patterns: tuple[TagPattern, ...]
    # each long entry with one letter left out → the entry (built on first use)
    _shortened: dict[str, TagInfo] | None = None

    def lookup(self, folded: str, lang: str) -> TagInfo | None:
        """The entry for a folded tag body; patterns are tried only for their languages;
        then a long entry written with one typo: a letter missing, added or swapped.

        Exact entries apply whatever the post's language: a tag means the same thing in a
        French post as in an English one.
        """
        info = self.entries.get(folded)
        if info is not None:
            return info
        for pattern in self.patterns:
            if lang in pattern.info.langs and pattern.regex.search(folded):
                return pattern.info
        if len(folded) >= TYPO_MIN_LENGTH - 1:
            return self._with_typo(folded)
        return None

    def _with_typo(self, folded: str) -> TagInfo | None:
        """The long entry that ``folded`` misspells by one missing, extra or swapped letter
        (not a changed letter: #PlayForParis is not #PrayForParis)."""
        missing = self._one_letter_short().get(folded)
        if missing is not None:
            return missing
        entries, size = self.entries, len(folded)
        for i in range(size):
            if size > TYPO_MIN_LENGTH:  # a letter added to an entry of the minimum length
                found = entries.get(folded[:i] + folded[i + 1 :])
                if found is not None:
                    return found
            if size >= TYPO_MIN_LENGTH and i + 1 < size and folded[i] != folded[i + 1]:
                found = entries.get(folded[:i] + folded[i + 1] + folded[i] + folded[i + 2 :])
                if found is not None:
                    return found
        return None

    def _one_letter_short(self) -> dict[str, TagInfo]:
        """Each long entry with one letter left out (built on first use)."""
        if self._shortened is None:
            self._shortened = {
                key[:i] + key[i + 1 :]: info
                for key, info in self.entries.items()
                if len(key) >= TYPO_MIN_LENGTH
                for i in range(len(key))
            }
        return self._shortened


def tag_key(tag: str) -> str:
    return fold(tag.lstrip("#"))


def load_registry(files: Iterable[Path]) -> Registry:
    entries: dict[str, TagInfo] = {}
    where_defined: dict[str, str] = {}
    patterns: list[TagPattern] = []
    for path in files:
        _load_file(path, entries, where_defined, patterns)
    return Registry(entries, tuple(patterns))


def registry_files(root: Path) -> list[Path]:
    return sorted(root.glob("*.yaml"))


def _load_file(
    path: Path,
    entries: dict[str, TagInfo],
    where_defined: dict[str, str],
    patterns: list[TagPattern],
) -> None:
    where = str(path)
    shape = "a hashtag registry is a mapping with an 'entries' list"
    data = load_data_mapping(path, "hashtag registry", FILE_KEYS, shape)
    name = data.get("registry")
    if name != path.stem:
        line, col = mark_of(data, "registry") if "registry" in data else (1, 1)
        raise RulesetError(f"'registry' must be the file's name {path.stem!r}", where, line, col)
    raw_entries = data.get("entries")
    if not isinstance(raw_entries, list):
        raise RulesetError("'entries' must be a list", where, *mark_of(data, "entries"))
    for raw in raw_entries:
        info, aliases = _entry(raw, where, name)
        for tag in (info.tag, *aliases):
            key = tag_key(tag)
            if key in where_defined:
                raise RulesetError(
                    f"tag #{tag} is already in the registry ({where_defined[key]})",
                    where,
                    *mark_of(raw, "tag"),
                )
            line, _ = mark_of(raw)
            where_defined[key] = f"{where}:{line}"
            entries[key] = info
    raw_patterns = data.get("patterns") or []
    if not isinstance(raw_patterns, list):
        raise RulesetError("'patterns' must be a list", where, *mark_of(data, "patterns"))
    patterns.extend(_pattern(raw, where, name) for raw in raw_patterns)


def _check_fields(
    raw: Any, where: str, allowed: set[str], required: tuple[str, ...], what: str
) -> None:
    if not isinstance(raw, dict):
        raise RulesetError(f"each {what} is a mapping", where, *mark_of(raw))
    for key in raw:
        if key not in allowed:
            raise RulesetError(f"unknown key {key!r} in {what}", where, *mark_of(raw, key))
    for key in required:
        value = raw.get(key)
        if key == "langs":
            continue
        if not isinstance(value, str) or not value.strip():
            raise RulesetError(f"{what} needs a non-empty {key!r}", where, *mark_of(raw))
    category = raw["category"]
    if category not in CATEGORIES:
        raise RulesetError(
            f"unknown category {category!r} (known: {', '.join(CATEGORIES)})",
            where,
            *mark_of(raw, "category"),
        )


def _langs(raw: dict[str, Any], where: str) -> tuple[str, ...]:
    langs = raw.get("langs")
    if isinstance(langs, str):
        langs = [langs]
    if not isinstance(langs, list) or not langs or any(lang not in LANGS for lang in langs):
        raise RulesetError(
            f"'langs' must be a list of: {', '.join(LANGS)}", where, *mark_of(raw, "langs")
        )
    return tuple(langs)


def _entry(raw: Any, where: str, name: str) -> tuple[TagInfo, tuple[str, ...]]:
    if isinstance(raw, dict) and not isinstance(raw.get("tag"), str):
        raw["tag"] = str(raw["tag"]) if raw.get("tag") is not None else ""  # e.g. a tag of digits
    _check_fields(raw, where, ENTRY_KEYS, ENTRY_REQUIRED, "registry entry")
    tag = raw["tag"].lstrip("#")
    if not re.fullmatch(r"[^\W_]\w*", tag):
        raise RulesetError(f"{tag!r} is not a hashtag body", where, *mark_of(raw, "tag"))
    aliases = raw.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
        raise RulesetError("'aliases' must be a list of tags", where, *mark_of(raw, "aliases"))
    names = raw.get("names") or []
    if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
        raise RulesetError("'names' must be a list of words", where, *mark_of(raw, "names"))
    date = raw.get("date")
    info = TagInfo(
        tag=tag,
        category=raw["category"],
        langs=_langs(raw, where),
        about=raw["about"].strip(),
        source=raw["source"].strip(),
        date=str(date) if date is not None else "",
        registry=name,
        names=tuple(n.strip() for n in names),
    )
    return info, tuple(a.lstrip("#") for a in aliases)


def _pattern(raw: Any, where: str, name: str) -> TagPattern:
    _check_fields(raw, where, PATTERN_KEYS, PATTERN_REQUIRED, "registry pattern")
    try:
        regex = re.compile(raw["pattern"])
    except re.error as exc:
        raise RulesetError(
            f"bad pattern {raw['pattern']!r}: {exc}", where, *mark_of(raw, "pattern")
        ) from None
    example = raw["example"].lstrip("#")
    if not regex.search(fold(example)):
        raise RulesetError(
            f"pattern does not match its example #{example}", where, *mark_of(raw, "example")
        )
    counter = raw.get("counterexample")
    if isinstance(counter, str) and regex.search(fold(counter.lstrip("#"))):
        raise RulesetError(
            f"pattern matches its counterexample #{counter}",
            where,
            *mark_of(raw, "counterexample"),
        )
    info = TagInfo(
        tag=example,
        category=raw["category"],
        langs=_langs(raw, where),
        about=raw["about"].strip(),
        source=raw["source"].strip(),
        registry=name,
    )
    return TagPattern(regex, info)
