"""Crisis family: selling slang is not a tragedy; tragedy lexicons avoid bare ambiguous words."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from postlint import Linter, Post
from postlint.tokens import fold

LEXICONS = Path(__file__).resolve().parents[1] / "rulesets" / "lexicons"

# Words whose everyday sense is not a death or a disaster: only phrases may carry them.
AMBIGUOUS = {
    "en": {
        "bomb",
        "dead",
        "die",
        "dying",
        "fire",
        "killer",
        "killing",
        "storm",
        "explosion",
        "war",
    },
    "fr": {"bombe", "explosion", "guerre", "mort", "mourir", "tue", "tuerie", "tempete", "victime"},
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_tragedy_terms_avoid_bare_ambiguous_words(lang: str) -> None:
    data = yaml.safe_load((LEXICONS / lang / "tragedy.yaml").read_text(encoding="utf-8"))
    terms = {fold(t if isinstance(t, str) else t["term"]) for t in data.get("terms") or []}
    assert not terms & AMBIGUOUS[lang]


QUIET = [
    ("en", "Killer deals all weekend: 30% off everything, dead simple to order."),
    ("en", "These boots are to die for. Shop now, free shipping!"),
    ("en", "This look is fire. New collection available now."),
    ("en", "A storm of deals: Black Friday starts at midnight, use code STORM."),
    ("en", "Star Wars day sale: 25% off all lightsabers!"),
    ("en", "Our thoughts are with the victims of the shooting and their families."),
    ("en", "We are donating to the Red Cross for the earthquake victims. Click here to give too."),
    ("fr", "Ce burger est une tuerie ! -20 % ce midi avec le code MIAM."),
    ("fr", "Une promo de la mort qui tue : -50 % sur tout le site !"),
    ("fr", "La guerre des prix est déclarée : -30 % sur tout le rayon !"),
    ("fr", "Une explosion de saveurs dans notre nouveau menu, à partir de 9 €."),
    ("fr", "Tempête de promos ce week-end : -40 % sur tout !"),
    ("fr", "Minute de silence à midi dans nos magasins, en hommage aux victimes."),
]

LOUD = [
    ("en", "RIP to a legend. His albums are 20% off all week."),
    ("en", "Hurricane coming? Stock up: free delivery on bottled water today!"),
    ("fr", "En hommage aux victimes, -11 % sur toute la boutique."),
    ("fr", "Attentat de Nice : nos condoléances. Et n'oubliez pas nos soldes !"),
]


def _crisis(linter: Linter, lang: str, text: str) -> list[str]:
    return [f.rule for f in linter.lint(Post(text=text, lang=lang)) if f.rule.startswith("crisis.")]


@pytest.mark.parametrize(("lang", "text"), QUIET)
def test_selling_slang_and_plain_condolences_stay_quiet(
    linter: Linter, lang: str, text: str
) -> None:
    assert _crisis(linter, lang, text) == []


@pytest.mark.parametrize(("lang", "text"), LOUD)
def test_promotion_on_a_tragedy_is_an_error(linter: Linter, lang: str, text: str) -> None:
    assert "crisis.promotion" in _crisis(linter, lang, text)
