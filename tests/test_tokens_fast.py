"""The tokenizer's fast paths (white-space pieces, kept piece tokens) find exactly the tokens
the regular expression alone finds (``Tokenizer.tokenize_regex``)."""

from __future__ import annotations

import random

import pytest

from postlint import Linter
from postlint.tokens import PIECES_KEPT, WORD

PIECES = [
    *"abcXYZéèÉœŒßıſ'’-_.,!?:;)(\"…»«#@0123456789 \n\t\u00a0\u202f\x1c\u200d\ufe0f\u0301²➀ⅷ",
    *["😀", "👍🏽", "http://", "https://x.fr/a", "www.", "don't", "gonna", "aujourd'hui", "l'"],
    *["qu'", "-il", "peut-être", "...", "John's", "a-t-il", "🇫🇷", "❤️", "😂😂", "Can't,"],
]

TEXTS = [
    "Don't miss it, it's gonna be great... #Sale @shop https://x.example/a?b=1.",
    "Qu'il vienne aujourd'hui ! C'est l'été, dit-il : « week-end » à 19h, 50€.",
    "Rendez-vous à www.example.fr. Merci❤️ 👍🏽👍🏽 ...wait.. what?! (yes) «non»",
    "\u00a0Bonjour\u202f! l’été, j’ai dû… \x1cok\ttab\nnew line 3-5 24/7 Q&A",
]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_fast_tokenize_equals_the_regex(linter: Linter, lang: str) -> None:
    _ = linter.compiled
    tokenizer = linter._tokenizers[lang]
    rng = random.Random(7)
    texts = TEXTS + [
        "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 14))) for _ in range(3000)
    ]
    for text in texts:
        reference = tokenizer.tokenize_regex(text)
        assert tokenizer.tokenize(text) == reference, text
        assert tokenizer.tokenize(text) == reference, text  # pieces now kept
        assert tokenizer.word_norms(text) == [t.norm for t in reference if t.kind == WORD]


def test_kept_pieces_are_bounded(linter: Linter) -> None:
    _ = linter.compiled
    tokenizer = linter._tokenizers["en"]
    for i in range(PIECES_KEPT + 10):
        tokenizer.tokenize(f"#tag{i}")
    assert 0 < len(tokenizer._pieces) <= PIECES_KEPT
    assert tokenizer.tokenize("x #tag5 y") == tokenizer.tokenize_regex("x #tag5 y")


def test_kept_words_are_bounded(linter: Linter) -> None:
    _ = linter.compiled
    tokenizer = linter._tokenizers["fr"]
    words = [
        f"mot{'a' * (i % 7)}{chr(0x61 + i % 26)}{chr(0x61 + i // 26 % 26)}" for i in range(700)
    ]
    for i in range(PIECES_KEPT // 100 + 5):
        tokenizer.tokenize(" ".join(f"{w}x{chr(0x61 + i % 26)}{i // 26}" for w in words[:100]))
    assert 0 < len(tokenizer._words) <= PIECES_KEPT
    text = "Été, mot motif l'été !"
    assert tokenizer.tokenize(text) == tokenizer.tokenize_regex(text)


def test_the_last_text_is_tokenized_once(linter: Linter) -> None:
    """A second call with the very same text object gets the same tokens; an equal text built
    elsewhere, or another text in between, is tokenized again (to the same tokens)."""
    _ = linter.compiled
    tokenizer = linter._tokenizers["en"]
    text = "".join(["Thanks for ", "waiting, we're on it!"])
    first = tokenizer.tokenize(text)
    assert tokenizer.tokenize(text) is first
    copy = "".join(["Thanks for waiting, ", "we're on it!"])
    assert copy == text and copy is not text
    again = tokenizer.tokenize(copy)
    assert again is not first and again == first == tokenizer.tokenize_regex(text)
    tokenizer.tokenize("Something else entirely.")
    assert tokenizer.tokenize(text) is not first and tokenizer.tokenize(text) == first
