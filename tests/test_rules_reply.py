"""The reply-context rules: when the answered message counts as a complaint, grief or distress,
and when a reply to it is cheerful, selling, silent on the problem or made of stock formulas."""

from __future__ import annotations

import pytest

from conftest import SHARED_LINTER
from postlint import Post
from postlint.analysis import Analysis
from postlint.model import Severity
from postlint.rules.reply import ReplyContextRule

RULES = {r.meta.id: r for r in SHARED_LINTER.rules if r.meta.id.startswith("replies.")}


def _analysis(text: str, lang: str, answered: str | None = None) -> Analysis:
    post = Post(text=text, lang=lang, kind="reply", in_reply_to=answered, id="t")
    compiled = SHARED_LINTER.compiled
    return Analysis(post, text, lang, compiled, SHARED_LINTER._tokenizers[lang])


def _trouble(answered: str, lang: str) -> tuple[str, bool] | None:
    rule = RULES["replies.cheerful-to-complaint"]
    assert isinstance(rule, ReplyContextRule)
    parent = _analysis("ok", lang, answered).reply
    assert parent is not None
    return rule.trouble(parent)


def _rules_fired(text: str, lang: str, answered: str | None, kind: str = "reply") -> set[str]:
    post = Post(text=text, lang=lang, kind=kind, in_reply_to=answered, id="t")
    return {f.rule for f in SHARED_LINTER.lint(post) if f.rule.startswith("replies.")}


@pytest.mark.parametrize(
    ("answered", "lang"),
    [
        ("You lost my luggage on the way to Rome.", "en"),
        ("Where's my parcel? Ordered three weeks ago.", "en"),
        ("Mon colis n'a jamais été livré.", "fr"),  # the negation is the complaint itself
        ("Où est mon colis\u202f? Commandé il y a un mois.", "fr"),
        ("Produit reçu CASSÉ, c'est scandaleux", "fr"),
    ],
)
def test_complaints_are_recognised(answered: str, lang: str) -> None:
    assert _trouble(answered, lang) is not None


@pytest.mark.parametrize(
    ("answered", "lang"),
    [
        ("Parcel came early and not damaged at all, thank you!", "en"),
        ("No complaints here, the crew was lovely.", "en"),
        ("Colis reçu, pas abîmé du tout, merci !", "fr"),
        ("Vous publiez des recettes pour quelles fêtes ?", "fr"),
        ("Thanks for the refund, that was quick!", "en"),  # thanks outweigh the topic
    ],
)
def test_praise_and_negated_complaints_are_not(answered: str, lang: str) -> None:
    assert _trouble(answered, lang) is None


def test_sarcasm_with_more_complaints_than_thanks_stays_a_complaint() -> None:
    assert _trouble("Thanks for losing my bag. Worst airline, never again.", "en") is not None


@pytest.mark.parametrize(
    ("answered", "lang"),
    [
        ("My parcel arrived smashed. Great job…", "en"),
        ("The order went missing again, well done 🙄", "en"),
        ("Mon colis est arrivé écrasé, bravo…", "fr"),
        ("Ma commande a été perdue, merci 🙃", "fr"),
    ],
)
def test_praise_trailed_by_an_ellipsis_or_eye_roll_is_sarcasm(answered: str, lang: str) -> None:
    assert _trouble(answered, lang) is not None


def test_praise_with_an_ordinary_ending_still_cancels_a_complaint() -> None:
    assert _trouble("The parcel was late but the driver was lovely, thanks!", "en") is None


@pytest.mark.parametrize(
    ("answered", "lang"),
    [
        ("Thank you for the lovely flowers at my mother's funeral ❤️", "en"),
        ("I can't go on anymore, thanks for nothing", "en"),
        ("Merci pour tout, le décès de mon père reste dur à vivre.", "fr"),
        ("Je suis à bout, merci quand même", "fr"),
    ],
)
def test_grief_and_distress_are_serious_whatever_the_thanks(answered: str, lang: str) -> None:
    trouble = _trouble(answered, lang)
    assert trouble is not None and trouble[1] is True


def test_cheerful_reply_is_reported_at_the_cheer() -> None:
    post = Post(
        text="Hi! Glad you enjoyed it 🎉",
        lang="en",
        kind="reply",
        in_reply_to="Flight cancelled and my bag is lost.",
        id="t",
    )
    found = [f for f in SHARED_LINTER.lint(post) if f.rule == "replies.cheerful-to-complaint"]
    assert found and found[0].severity == Severity.ERROR
    assert found[0].span.column == 5  # "Glad", not the greeting


def test_sales_push_is_an_error_under_distress_and_a_warning_under_a_complaint() -> None:
    reply = "Check out our new range with code SAVE20!"
    levels = {}
    for name, answered in (
        ("complaint", "My order arrived broken."),
        ("distress", "I want to die, nothing helps."),
    ):
        post = Post(text=reply, lang="en", kind="reply", in_reply_to=answered, id="t")
        found = [f for f in SHARED_LINTER.lint(post) if f.rule == "replies.sales-push"]
        assert found, name
        levels[name] = found[0].severity
    assert levels == {"complaint": Severity.WARNING, "distress": Severity.ERROR}


def test_context_rules_are_quiet_without_in_reply_to() -> None:
    assert _rules_fired("So glad you enjoyed it! Use code FUN10 🎉", "en", None) == set()
    assert (
        _rules_fired("Merci pour votre message, nous restons à votre disposition.", "fr", None)
        == set()
    )


def test_posts_are_out_of_scope() -> None:
    fired = _rules_fired("Awesome! 🎉", "en", "My parcel never arrived.", kind="post")
    assert fired == set()


@pytest.mark.parametrize(
    ("reply", "lang", "answered"),
    [
        ("Please DM us.", "en", "My parcel never arrived."),
        ("On it!", "en", "My parcel never arrived."),
        ("Désolés ! On regarde ça.", "fr", "Colis perdu, aucune réponse."),
        ("Écrivez-nous en MP.", "fr", "Colis perdu, aucune réponse."),
    ],
)
def test_short_good_replies_pass(reply: str, lang: str, answered: str) -> None:
    assert _rules_fired(reply, lang, answered) == set()


def test_canned_reply_that_picks_up_the_message_is_not_canned() -> None:
    answered = "Your app logs me out every morning."
    generic = "Thank you for reaching out! We value your feedback and are here to help."
    specific = "Thank you for reaching out! The app logout bug is fixed in today's update."
    assert "replies.canned" in _rules_fired(generic, "en", answered)
    assert "replies.canned" not in _rules_fired(specific, "en", answered)


def test_french_elision_and_accents_fold() -> None:
    # "deces" without accents and "l'hopital" with an elision still read as grief/distress.
    assert _trouble("Le deces de ma grand-mere hier", "fr") is not None
    assert _trouble("Mon fils est à l'hôpital depuis hier", "fr") is not None
