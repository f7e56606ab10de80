"""Rulesets are data, guarded like code: well-formed, sorted, de-duplicated, sourced."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from postlint.tokens import fold

ROOT = Path(__file__).resolve().parents[1] / "rulesets"
LEXICONS = sorted((ROOT / "lexicons").glob("*/*.yaml"))


def _key(entry: object) -> str:
    text = entry["term"] if isinstance(entry, dict) else str(entry)
    return fold(text)


@pytest.mark.parametrize("path", LEXICONS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_lexicon_is_sorted_and_unique(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["lexicon"] == path.stem
    assert data["lang"] == path.parent.name
    assert data.get("description"), "say what the list is for"
    for key in ("terms", "lemmas"):
        keys = [_key(e) for e in data.get(key) or []]
        assert keys == sorted(keys), f"{key} not sorted (case and accents ignored)"
        duplicates = {k for k in keys if keys.count(k) > 1}
        assert not duplicates, f"{key} repeats {sorted(duplicates)}"


def test_no_term_is_in_both_lists_of_a_lexicon() -> None:
    for path in LEXICONS:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        terms = {_key(e) for e in data.get("terms") or []}
        lemmas = {_key(e) for e in data.get("lemmas") or []}
        assert not terms & lemmas, f"{path}: in both terms and lemmas: {sorted(terms & lemmas)}"


def test_every_rule_is_documented(linter) -> None:  # type: ignore[no-untyped-def]
    for rule in linter.rules:
        meta = rule.meta
        assert meta.hint and len(meta.hint) > 20, f"{meta.id}: hint too short to help"
        assert meta.source or meta.description, f"{meta.id}: no source or rationale"


def test_presets_name_existing_rules(linter) -> None:  # type: ignore[no-untyped-def]
    ids = {rule.meta.id for rule in linter.rules}
    prefixes = {rule_id.split(".")[0] for rule_id in ids} | {"all"}
    for path in sorted((ROOT / "presets").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for name in data.get("rules") or {}:
            assert name in ids or name in prefixes or any(i.startswith(name + ".") for i in ids), (
                f"{path.name}: {name!r} names no rule"
            )


def test_no_emoji_variation_selector_inside_a_character_class() -> None:
    """'[🏖️]' holds U+FE0F, which follows ⚠️, ❤️ and most emoji: the class would match them all."""
    bad = []
    for path in sorted(ROOT.rglob("*.yaml")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for klass in re.findall(r"\[[^\]\n]*\]", line):
                if "\ufe0f" in klass:
                    bad.append(f"{path.name}:{number}: {klass}")
    assert bad == []
