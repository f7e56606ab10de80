"""Rule parameters from the config and the brand tone guide: one real compile for the module."""

from __future__ import annotations

from pathlib import Path

import pytest

from postlint import Linter
from postlint.configfile import load_config
from postlint.model import Post, Severity

CONFIG = """\
rules:
  tone.shouting: {max: 1}        # a parameter: capitals never exceed 100 %
tone:
  level: error
  emoji: {max: 1, allow: ["🎉"]}
  exclamations: 1
  hashtags: {max: 2, allow: ["#Launch", "rentrée"]}
  banned: {en: [cheap], fr: [pas cher]}
  preferred: {en: {utilise: use}, fr: {mail: courriel}}
  voice: {en: we, fr: nous}
"""


@pytest.fixture(scope="module")
def brand(tmp_path_factory: pytest.TempPathFactory) -> Linter:
    folder = tmp_path_factory.mktemp("brand")
    path = folder / ".postlint.yaml"
    path.write_text(CONFIG, encoding="utf-8")
    return Linter(load_config(path), use_cache=False)


def rules_of(linter: Linter, text: str, lang: str = "en") -> list[str]:
    return [f.rule for f in linter.lint(Post(text=text, lang=lang))]


def test_a_parameter_changes_the_compiled_rule(brand: Linter, linter: Linter) -> None:
    shout = "WE NEVER SAID THAT AND WE NEVER WILL, READ IT AGAIN"
    assert rules_of(linter, shout) == ["tone.shouting"]
    assert rules_of(brand, shout) == []


def test_tone_guide_limits(brand: Linter, linter: Linter) -> None:
    text = "We are proud!! Our team did it 🎉🎉 #Launch #launch #rentrée"
    assert rules_of(linter, text) == []  # off unless configured
    found = brand.lint(Post(text=text, lang="en"))
    assert {f.rule for f in found} == {"brand.exclamations", "brand.emoji", "brand.hashtags"}
    assert {f.severity for f in found} == {Severity.ERROR}
    assert rules_of(brand, "We are proud! Our team did it 🎉 #Launch #rentree") == []


def test_tone_guide_allow_lists(brand: Linter) -> None:
    found = brand.lint(Post(text="Big news 🔥 today #Sale", lang="en"))
    assert [(f.rule, f.matched) for f in found] == [
        ("brand.emoji.unlisted", "🔥"),
        ("brand.hashtags.unlisted", "#Sale"),
    ]


def test_banned_and_preferred_terms_per_language(brand: Linter) -> None:
    found = brand.lint(Post(text="Utilise our cheap plan.", lang="en"))
    assert [(f.rule, f.suggestion) for f in found] == [
        ("brand.preferred-term", "Use"),
        ("brand.banned-term", None),
    ]
    assert rules_of(brand, "Envoyez-nous un mail, c'est pas cher.", "fr") == [
        "brand.preferred-term",
        "brand.banned-term",
    ]
    assert rules_of(brand, "Use our affordable plan.") == []


def test_voice(brand: Linter) -> None:
    assert rules_of(brand, "I think my team will love it.") == ["brand.voice"]
    assert rules_of(brand, "Je pense que c'est prêt.", "fr") == ["brand.voice"]
    assert rules_of(brand, "We think our team will love it.") == []
    assert rules_of(brand, "Nous pensons que c'est prêt.", "fr") == []


def test_generated_rules_point_at_the_config(brand: Linter) -> None:
    rule = next(r for r in brand.rules if r.meta.id == "brand.voice")
    assert Path(rule.meta.path).name == ".postlint.yaml"
    assert rule.meta.line == 10  # the line of "voice:"
