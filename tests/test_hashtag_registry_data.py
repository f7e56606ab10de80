"""Data-integrity tests for the curated hashtag registry (rulesets/hashtags/*.yaml).

The registry is data that reviewers edit by hand, so these tests guard its shape and its
invariants (sorted, unique across files, sourced, patterns that do what they claim) without
importing postlint: the loader has its own tests.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
REGISTRY_DIR = REPO_ROOT / "rulesets" / "hashtags"

TOP_LEVEL_KEYS = {"registry", "description", "entries", "patterns"}
ENTRY_REQUIRED = {"tag", "category", "langs", "about", "source"}
ENTRY_OPTIONAL = {"date", "aliases", "names"}
PATTERN_KEYS = {"pattern", "category", "langs", "about", "source", "example", "counterexample"}
CATEGORIES = {
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
}
LANGS = {"en", "fr"}
TAG_RE = re.compile(r"^[A-Za-z0-9_À-ÿ]+$")
MIN_ENTRIES = 150
MIN_FRENCH_ENTRIES = 50


def fold(text: str) -> str:
    """Lower-case and strip accents, as the registry compares tags (é = e, É = e)."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold()


def registry_files() -> list[Path]:
    return sorted(REGISTRY_DIR.glob("*.yaml"))


def load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    assert isinstance(data, dict), f"{path.name}: top level must be a mapping"
    return data


@pytest.fixture(scope="module")
def registries() -> dict[str, dict[str, Any]]:
    """Every registry file, loaded once for the whole module."""
    return {path.name: load(path) for path in registry_files()}


def all_entries(registries: dict[str, dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    return [(name, entry) for name, data in registries.items() for entry in data["entries"]]


def all_patterns(registries: dict[str, dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    return [(name, p) for name, data in registries.items() for p in data.get("patterns") or []]


def test_registry_files_exist() -> None:
    names = {path.stem for path in registry_files()}
    expected = {
        "tragedies",
        "violence-and-movements",
        "deaths-and-trials",
        "misunderstood",
        "hijack-prone",
        "commemorations",
    }
    assert expected <= names


def test_top_level_shape(registries: dict[str, dict[str, Any]]) -> None:
    for name, data in registries.items():
        assert set(data) <= TOP_LEVEL_KEYS, f"{name}: unknown keys {set(data) - TOP_LEVEL_KEYS}"
        assert data.get("registry") == Path(name).stem, f"{name}: registry must equal file stem"
        assert isinstance(data.get("description"), str) and data["description"].strip()
        assert isinstance(data.get("entries"), list) and data["entries"], f"{name}: no entries"
        assert isinstance(data.get("patterns", []), list), f"{name}: patterns must be a list"


def check_langs(where: str, langs: Any) -> None:
    assert isinstance(langs, list) and langs, f"{where}: langs must be a non-empty list"
    assert set(langs) <= LANGS, f"{where}: unknown langs {set(langs) - LANGS}"
    assert len(langs) == len(set(langs)), f"{where}: duplicate langs"


def check_source(where: str, source: Any) -> None:
    assert isinstance(source, str), f"{where}: source must be a string"
    assert re.match(r"^https?://\S+$", source), f"{where}: source must be an http(s) URL"


def test_entries_shape(registries: dict[str, dict[str, Any]]) -> None:
    for name, entry in all_entries(registries):
        assert isinstance(entry, dict), f"{name}: entry must be a mapping"
        where = f"{name}: {entry.get('tag')!r}"
        keys = set(entry)
        assert keys >= ENTRY_REQUIRED, f"{where}: missing {ENTRY_REQUIRED - keys}"
        assert keys <= ENTRY_REQUIRED | ENTRY_OPTIONAL, f"{where}: unknown keys"
        assert isinstance(entry["tag"], str) and TAG_RE.match(entry["tag"]), f"{where}: bad tag"
        assert entry["category"] in CATEGORIES, f"{where}: bad category {entry['category']!r}"
        check_langs(where, entry["langs"])
        assert isinstance(entry["about"], str) and entry["about"].strip(), f"{where}: no about"
        check_source(where, entry["source"])
        if "date" in entry:
            date = entry["date"]
            if isinstance(date, str):
                date = datetime.date.fromisoformat(date)
            assert isinstance(date, datetime.date), f"{where}: date must be an ISO date"
        if "aliases" in entry:
            aliases = entry["aliases"]
            assert isinstance(aliases, list) and aliases, f"{where}: aliases must be a list"
            for alias in aliases:
                assert isinstance(alias, str) and TAG_RE.match(alias), f"{where}: bad alias"


def test_entries_sorted_by_tag(registries: dict[str, dict[str, Any]]) -> None:
    for name, data in registries.items():
        keys = [fold(entry["tag"]) for entry in data["entries"]]
        assert keys == sorted(keys), f"{name}: entries are not sorted by tag"


def test_tags_and_aliases_unique_across_files(registries: dict[str, dict[str, Any]]) -> None:
    seen: dict[str, str] = {}
    for name, entry in all_entries(registries):
        for tag in [entry["tag"], *entry.get("aliases", [])]:
            key = fold(tag)
            where = f"{name}: {tag}"
            assert key not in seen, f"{where} duplicates {seen[key]}"
            seen[key] = where


def test_counts(registries: dict[str, dict[str, Any]]) -> None:
    entries = [entry for _, entry in all_entries(registries)]
    french = [entry for entry in entries if "fr" in entry["langs"]]
    assert len(entries) >= MIN_ENTRIES
    assert len(french) >= MIN_FRENCH_ENTRIES


def test_patterns(registries: dict[str, dict[str, Any]]) -> None:
    for name, pattern in all_patterns(registries):
        where = f"{name}: {pattern.get('pattern')!r}"
        assert isinstance(pattern, dict) and set(pattern) == PATTERN_KEYS, f"{where}: bad keys"
        assert pattern["category"] in CATEGORIES, f"{where}: bad category"
        check_langs(where, pattern["langs"])
        check_source(where, pattern["source"])
        assert isinstance(pattern["about"], str) and pattern["about"].strip()
        compiled = re.compile(pattern["pattern"])
        assert compiled.search(fold(pattern["example"])), f"{where}: misses its example"
        counter = fold(pattern["counterexample"])
        assert not compiled.search(counter), f"{where}: matches its counterexample"


def test_patterns_leave_ordinary_words_alone(registries: dict[str, dict[str, Any]]) -> None:
    """Everyday tags that must never be taken for a tragedy or a hijack-prone campaign."""
    ordinary = [
        "asking",
        "asked",
        "askew",
        "mystory",
        "bedtimestories",
        "instastories",
        "childhoodmemories",
        "summermemories",
        "prayforme",
        "prayforrain",
        "ripped",
        "ripple",
        "ripoff",
        "riposte",
        "ripcurl",
        "justiceforall",
        "demandeasile",
        "messouvenirs",
        "confinement",
    ]
    compiled = [re.compile(p["pattern"]) for _, p in all_patterns(registries)]
    for word in ordinary:
        hits = [c.pattern for c in compiled if c.search(word)]
        assert not hits, f"{word!r} matched {hits}"
