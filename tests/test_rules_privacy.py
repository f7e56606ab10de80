"""Privacy family: asking for data in public warns; moving the conversation to private is fine."""

from __future__ import annotations

import pytest

from postlint import Linter, Post


def _privacy(linter: Linter, lang: str, text: str, kind: str = "reply") -> list[str]:
    post = Post(text=text, lang=lang, kind=kind)
    return [f.rule for f in linter.lint(post) if f.rule.startswith("privacy.")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Sorry! Could you DM us your order number and email?"),
        ("en", "We'll reply with an email confirmation shortly."),
        ("en", "Share your pin with #DIYWeekend!"),
        ("en", "Call us on 0800 123 4567, we're open until 8 pm."),
        ("fr", "Désolés ! Pouvez-vous nous communiquer votre numéro de commande en MP ?"),
        ("fr", "Partagez en commentaire votre adresse préférée à Lyon !"),
        ("fr", "Écrivez-nous à serviceclient@exemple.fr, nous regardons ça."),
    ],
)
def test_private_channels_and_ordinary_words_stay_quiet(
    linter: Linter, lang: str, text: str
) -> None:
    assert _privacy(linter, lang, text) == []


@pytest.mark.parametrize(
    ("lang", "text", "rule"),
    [
        ("en", "Reply with your email and order number, we'll sort it.", "privacy.asks-public"),
        ("en", "Done: the account for jo.bloggs@hotmail.com is unlocked.", "privacy.shows-data"),
        (
            "fr",
            "Bonjour, pouvez-vous nous donner votre numéro de commande ?",
            "privacy.asks-public",
        ),
        ("fr", "La commande n° 4455667 part au 3 rue des Lilas.", "privacy.order-and-contact"),
    ],
)
def test_public_requests_and_exposed_data_warn(
    linter: Linter, lang: str, text: str, rule: str
) -> None:
    assert rule in _privacy(linter, lang, text)


def test_a_dm_is_out_of_scope(linter: Linter) -> None:
    assert _privacy(linter, "en", "Reply with your email and order number.", kind="dm") == []
