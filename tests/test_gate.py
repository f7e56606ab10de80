"""The gate (postlint/gate.py) only saves time: findings with it equal findings without it.

Posts: every rule case (``cases:`` of the shipped rulesets, with their kinds, replies and
schedules), and a few thousand generated EN/FR posts made of fragments of those cases mixed
with noise the gate's folding and boundary checks must survive (accents, capitals, ’ « »,
non-breaking spaces, hashtags, mentions, URLs, emoji, digits glued to words, decomposed
accents, "!!!"), as posts, replies to other generated posts, and scheduled posts.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import replace
from typing import Any

import pytest

from conftest import SHARED_LINTER
from postlint import Linter, Post
from postlint.gate import GateSet
from postlint.tokens import fold

RULES = SHARED_LINTER.rules
NOISE = [
    "#RIP",
    "#Soldes",
    "#BlackFriday",
    "#JeSuisCharlie",
    "#MeToo",
    "#susanalbumparty",
    "@brand",
    "@Marie_L",
    "@GasAllJewss",
    "https://shop.example.com/collections/new",
    "www.example.fr/promo",
    "🎉",
    "😂",
    "❤️",
    "🙏🏽",
    "🕯️",
    "!!!",
    "?!",
    "...",
    "«",
    "»",
    "\u00a0!",
    "\u202f?",
    "’",
    "3days",
    "20%",
    "-30 %",
    "2024",
    "1 RT = 1 don",
    "l’équipe",
    "aujourd'hui",
    "don't",
    "gonna",
    "CANNOT",
    "a-t-il",
    "dit-il",
    "WOW",
    "HUGE SALE",
    "Cafe\u0301",
    "e\u0301te\u0301",
    "İstanbul",
    "ŒUVRE",
    "cœur",
    "ß",
    "x_x",
    "{first_name}",
    "[PRÉNOM]",
    "Dear NULL,",
    "lorem ipsum",
    "4111 1111 1111 1111",
    "a@gmail.com",
    "\n",
]


def _case_posts() -> list[tuple[Post, str]]:
    from test_rule_cases import _post

    posts = []
    for rule in RULES:
        for lang, groups in (rule.meta.cases or {}).items():
            for outcome in ("fail", "pass"):
                for case in (groups or {}).get(outcome) or []:
                    posts.append((_post(case, lang), lang))
    return posts


def _generated(seed: int, count: int) -> list[Post]:
    cases = _case_posts()
    words = {lang: [] for lang in ("en", "fr")}  # type: dict[str, list[str]]
    for post, lang in cases:
        words[lang].extend(post.text.split())
        if post.in_reply_to:
            words[lang].extend(post.in_reply_to.split())
    rng = random.Random(seed)
    posts: list[Post] = []
    for number in range(count):
        lang = rng.choice(("en", "fr"))
        pieces = []
        for _ in range(rng.randint(3, 30)):
            if rng.random() < 0.15:
                pieces.append(rng.choice(NOISE))
            else:
                word = rng.choice(words[lang])
                if rng.random() < 0.1:
                    word = word.upper()
                pieces.append(word)
        sep = rng.choice([" ", " ", "  ", "\n", ""]) if rng.random() < 0.1 else " "
        text = sep.join(pieces)
        kind = rng.choice(("post", "post", "reply", "comment", "dm"))
        answered = posts[rng.randrange(len(posts))].text if kind != "post" and posts else None
        if answered and rng.random() < 0.2:
            text = answered + " " + text  # a reply that echoes the message it answers
        scheduled = f"20{rng.randint(15, 26)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        posts.append(
            Post(
                text=text,
                id=f"g{number}",
                lang=lang,
                kind=kind,
                in_reply_to=answered,
                scheduled_at=scheduled + "T10:00:00+00:00" if rng.random() < 0.3 else None,
            )
        )
    return posts


def _rules_and_spans(findings: list[Any]) -> list[tuple[str, int, int, str]]:
    return [(f.rule, f.start, f.end, str(f.severity)) for f in findings]


@pytest.fixture(scope="module")
def gated(linter: Linter) -> Linter:
    other = linter.with_config(linter.config)
    other.gate_after = 0  # from the first post (a run uses it from the 17th)
    return other


@pytest.fixture(scope="module")
def ungated(linter: Linter) -> Linter:
    other = linter.with_config(linter.config)
    other.gate = False
    return other


def test_gate_changes_no_finding_on_rule_cases(gated: Linter, ungated: Linter) -> None:
    assert gated.gate, "the session linter runs with the gate on"
    posts = [post for post, _ in _case_posts()]
    assert len(posts) > 200
    fired = 0
    for post in posts:
        with_gate = _rules_and_spans(gated.lint(post))
        assert with_gate == _rules_and_spans(ungated.lint(post)), post.text
        fired += bool(with_gate)
    assert fired > 100  # the cases do fire: the comparison is not between empty lists


def test_gate_changes_no_finding_on_generated_posts(gated: Linter, ungated: Linter) -> None:
    posts = _generated(seed=3, count=2000)
    with_gate = [_rules_and_spans(f) for _, f in gated.lint_many(posts)]
    without = [_rules_and_spans(f) for _, f in ungated.lint_many(posts)]
    for post, a, b in zip(posts, with_gate, without, strict=True):
        assert a == b, (post.text, post.in_reply_to)
    rules_fired = {rule for found in with_gate for rule, *_ in found}
    assert len(rules_fired) >= 15, rules_fired


def test_gate_changes_no_finding_when_white_space_varies(gated: Linter, ungated: Linter) -> None:
    """The rule cases with their spaces turned into runs of other white space (new lines,
    tabs, non-breaking and thin spaces, as pasted drafts have) fire exactly as without the
    gate: no literal it scans for spans white space a rule's ``\\s+`` would match."""
    rng = random.Random(11)
    white = ["  ", "\n", " \t", "\u00a0", "\u202f", "\u2009 ", " \n "]
    fired = 0
    for post, _ in _case_posts():
        text = "".join(
            c if c != " " or rng.random() < 0.5 else rng.choice(white) for c in post.text
        )
        varied = replace(post, text=text)
        with_gate = _rules_and_spans(gated.lint(varied))
        assert with_gate == _rules_and_spans(ungated.lint(varied)), text
        fired += bool(with_gate)
    assert fired > 100


def test_gate_skips_benign_posts(linter: Linter) -> None:
    """The gate is not vacuous: a plain post reaches no rule that needs its words."""
    gate = linter._scope_gate("en", "post")
    assert gate is not None
    post = Post(text="We had a lovely walk by the river this morning.", lang="en")
    selected = gate.select(post.text, post, linter._tokenizers["en"])
    assert not selected, [rule.meta.id for rule, _ in selected]


def _gateset(linter: Linter) -> GateSet:
    gate = linter._scope_gate("en", "post")
    assert gate is not None
    return gate.gates


def test_folded_text_holds_every_token_norm(linter: Linter) -> None:
    gates = _gateset(linter)
    for post in _generated(seed=5, count=500):
        folded, _ = gates.fold_text(post.text)
        for token in linter._tokenizers[post.lang or "en"].tokenize(post.text):
            if token.kind in ("word", "hashtag", "number", "emoji"):
                assert token.norm in folded, (token, folded)


def test_folding_keeps_what_boundary_checks_read(linter: Linter) -> None:
    """A character that is not a letter (not alphanumeric) never folds into one, and the
    letters re's IGNORECASE matches with an ASCII or Latin-1 letter fold like it."""
    gates = _gateset(linter)
    for cp in range(0x20, 0x3000):
        char = chr(cp)
        if 0xD800 <= cp < 0xE000:
            continue
        folded, _ = gates.fold_text(" " + char + " ")
        inner = folded[1:-1]
        if not char.isalpha():
            assert not any(c.isalpha() for c in inner), (hex(cp), inner)
        if not (char.isalnum() or char == "_"):
            assert not any(c.isalnum() or c == "_" for c in inner), (hex(cp), inner)
    every = "".join(chr(cp) for cp in range(0x20, 0x30000) if not 0xD800 <= cp < 0xE000)
    for cp in [*range(0x41, 0x5B), *range(0xC0, 0x100)]:
        char = chr(cp)
        if not char.isalpha():
            continue
        expected = gates.fold_text(char)[0]
        for other in re.findall("(?i)" + re.escape(char), every):
            assert gates.fold_text(other)[0] == expected, (char, other)


def test_fold_text_agrees_with_fold_on_words() -> None:
    gates = _gateset(SHARED_LINTER)
    for word in ["Été", "CŒUR", "l’Équipe", "naïve", "İstanbul", "ÆSIR", "Utøya", "straße"]:
        folded, _ = gates.fold_text(word)
        assert folded == fold(word).replace("ı", "i"), word
    # a decomposed accent of the post's own makes boundaries inexact, not the text wrong
    folded, exact = gates.fold_text(unicodedata.normalize("NFD", "Été"))
    assert folded == "ete" and not exact


def test_a_gated_batch_rule_still_sees_every_post(gated: Linter) -> None:
    text = "Thanks for your message, our team will get back to you within two days."
    first = Post(text=text, lang="en", kind="reply", id="a", in_reply_to="Where is my parcel?")
    second = replace(first, id="b", in_reply_to="My order never arrived.")
    found = [f.rule for _, fs in gated.lint_many([first, second]) for f in fs]
    assert "automation.copy-paste" in found


def _fold_whole(low: str) -> tuple[str, bool]:
    """The gate's folding done on the whole lower-cased text at once (NFD of the text, then
    every combining mark removed): what the per-character table must reproduce."""
    exact = not any(unicodedata.combining(c) for c in low)
    low = unicodedata.normalize("NFD", low.replace("’", "'"))
    low = "".join(c for c in low if not unicodedata.combining(c))
    return low.replace("œ", "oe").replace("ı", "i").replace("ſ", "s"), exact


def test_fold_text_per_character_equals_folding_the_whole_text() -> None:
    gates = _gateset(SHARED_LINTER)
    chars = [chr(cp) for cp in range(0x80, 0x30000) if not 0xD800 <= cp < 0xE000]
    for i in range(0, len(chars), 64):
        chunk = "".join(chars[i : i + 64])
        # alone, between letters, after a letter it may combine with, and repeated
        for text in (chunk, "a" + "b".join(chunk) + "c", "e" + "e".join(chunk), chunk * 2):
            assert gates.fold_text(text) == _fold_whole(text.lower()), hex(ord(chunk[0]))
    mixed = "Ça m’ÉNERVE: cœur, İstanbul, ſ, e\u0301te\u0301, 한국어, ﬁn, Ⅻ, 🎉 " * 3
    assert gates.fold_text(mixed) == _fold_whole(mixed.lower())


def test_fold_scan_equals_scanning_the_folded_text() -> None:
    """``fold_scan`` passes on whether every folded letter is ASCII (known from the fold
    table) instead of looking again: same bits, post side and answered side."""
    gates = _gateset(SHARED_LINTER)
    texts = [post.text for post in _generated(seed=9, count=300)]
    texts += ["Ça m’énerve ! ΟΔΟΣ 한국어 e\u0301te\u0301 ﬁn Ⅻ 🎉 İstanbul", "", "plain ascii"]
    chars = [chr(cp) for cp in range(0x80, 0x3000) if not 0xD800 <= cp < 0xE000]
    texts += ["sale " + "".join(chars[i : i + 32]) + " now" for i in range(0, len(chars), 32)]
    for text in texts:
        folded, exact = gates.fold_text(text)
        ascii_letters = not any(c.isalpha() and not c.isascii() for c in folded)
        assert gates._fold(text) == (folded, exact, ascii_letters), text
        for parent in (False, True):
            assert gates.fold_scan(text, parent) == gates.scan(folded, exact, parent), text
