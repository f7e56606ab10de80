"""Tone family: the proximity type, real apologies staying quiet, kinds, and the lexicons' notes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from postlint import Linter, Post
from postlint.analysis import Analysis
from postlint.matchgroup import MatchGroup
from postlint.model import Severity
from postlint.rules.base import RuleMeta
from postlint.rules.proximity import ProximityRule
from postlint.tokens import Tokenizer

LEXICONS = Path(__file__).resolve().parents[1] / "rulesets" / "lexicons"


def _rules(linter: Linter, text: str, lang: str = "en", kind: str = "post") -> set[str]:
    return {f.rule for f in linter.lint(Post(text=text, lang=lang, kind=kind, id="t"))}


# ------------------------------------------------------------------ the proximity type


def _rule(window: int = 2, ordered: bool = False, same_sentence: bool = True) -> ProximityRule:
    """Two regex-only groups: enough to test distances without compiling phrases."""
    meta = RuleMeta(id="t.near", type="proximity", level=Severity.ERROR, message="m")
    groups = {
        "a": MatchGroup((), (re.compile(r"\bfoo\b"),)),
        "b": MatchGroup((), (re.compile(r"\bbar\b"),)),
    }
    return ProximityRule(meta, groups, window, ordered, same_sentence, None, "b")


def _hits(linter: Linter, rule: ProximityRule, text: str) -> list[tuple[int, int]]:
    post = Post(text=text, lang="en", id="t")
    compiled = linter.compiled
    analysis = Analysis(post, text, "en", compiled, Tokenizer(compiled.tokenizers["en"]))
    return [(h.start, h.end) for h in rule.check(analysis)]


@pytest.mark.parametrize(
    ("text", "window", "ordered", "same_sentence", "fires"),
    [
        ("foo bar", 0, False, True, True),
        ("foo one two bar", 2, False, True, True),
        ("foo one two three bar", 2, False, True, False),
        ("bar then foo", 2, False, True, True),
        ("bar then foo", 2, True, True, False),
        ("foo. bar", 2, False, True, False),
        ("foo. bar", 2, False, False, True),
        ("foo, bar", 0, False, True, True),
    ],
)
def test_proximity_window_order_and_sentences(
    linter: Linter, text: str, window: int, ordered: bool, same_sentence: bool, fires: bool
) -> None:
    hits = _hits(linter, _rule(window, ordered, same_sentence), text)
    assert bool(hits) is fires
    if fires:
        start, end = hits[0]
        assert text[start:end] == "bar"  # report_at names the group reported


# ------------------------------------------------------------------ behaviour on whole posts

SINCERE = [
    ("en", "It was a terrible post. We are truly sorry we published it."),
    ("en", "It was shameful. I am so sorry I posted something that made light of this."),
    ("en", "I would never intentionally make light of this subject. A careless mistake."),
    ("en", "We got this wrong and we're sorry. The post is gone."),
    ("fr", "Nous avons eu tort et nous vous présentons nos excuses."),
    ("fr", "Ce tweet était déplacé. Nous l'avons supprimé et nous nous en excusons."),
]


@pytest.mark.parametrize(("lang", "text"), SINCERE)
def test_sincere_apologies_stay_quiet(linter: Linter, lang: str, text: str) -> None:
    assert not {r for r in _rules(linter, text, lang) if r.startswith("tone.")}


def test_customer_style_sorry_if_is_not_a_brand_non_apology(linter: Linter) -> None:
    assert "tone.non-apology" not in _rules(
        linter, "Sorry if this is a silly question, but do you ship to Canada?", kind="reply"
    )
    assert "tone.non-apology" in _rules(linter, "We are sorry if anyone felt hurt by our post.")


def test_intent_denial_is_quiet_only_with_an_apology(linter: Linter) -> None:
    bare = "We never meant to offend anyone with this ad."
    owned = "We never meant to offend anyone, and we are sorry we did."
    assert "tone.defensive.intent" in _rules(linter, bare)
    assert "tone.defensive.intent" not in _rules(linter, owned)


def test_insult_needs_a_target(linter: Linter) -> None:
    assert "tone.insult" in _rules(linter, "Read the menu, you idiot.")
    assert "tone.insult" not in _rules(linter, "I'm such an idiot, I forgot the winners.")
    assert "tone.insult" in _rules(linter, "Vous êtes des abrutis.", "fr")
    assert "tone.insult" not in _rules(linter, "Quelle idiote je fais !", "fr")


def test_retorts_are_only_flagged_in_replies(linter: Linter) -> None:
    text = "Guess what? The store was open all along."
    assert "tone.condescending.retort" in _rules(linter, text, kind="reply")
    assert "tone.condescending.retort" not in _rules(linter, text, kind="post")


def test_laughter_next_to_a_death_is_mockery_but_idioms_are_not(linter: Linter) -> None:
    assert "tone.mockery" in _rules(linter, "Encore un attentat mdr", "fr")
    assert "tone.mockery" not in _rules(linter, "Je suis mort de rire 😂", "fr")


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("name", ["insults", "slurs", "profanity"])
def test_offensive_lexicons_say_why_they_exist(lang: str, name: str) -> None:
    head = (LEXICONS / lang / f"{name}.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert head.startswith("# Why this list exists")


# ------------------------------------------------------------------ hard sell (counted matches)


def test_hard_sell_counts_distinct_calls_and_is_info_unless_strict(
    linter: Linter, tmp_path: Path
) -> None:
    from postlint.configfile import load_config

    pushy = Post(text="Shop now! Order today! Use code DEAL40 for 40% off!", lang="en", id="p")
    plain = Post(text="New linen shirts in six colours. Shop now!", lang="en", id="q")
    echo = Post(text="Shop now! Shop now! Shop now! Shop now!", lang="en", id="r")
    by_rule = {f.rule: f for f in linter.lint(pushy)}
    assert by_rule["tone.hard-sell"].severity is Severity.INFO
    assert "tone.hard-sell" not in {f.rule for f in linter.lint(plain)}
    assert "tone.hard-sell" not in {f.rule for f in linter.lint(echo)}  # one call, repeated

    strict_file = tmp_path / "strict.yaml"
    strict_file.write_text("extends: postlint:strict\n", encoding="utf-8")
    strict = linter.with_config(load_config(strict_file))
    levels = {f.rule: f.severity for f in strict.lint(pushy)}
    assert levels["tone.hard-sell"] is Severity.WARNING
