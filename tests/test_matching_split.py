"""The phrase index splits a common first word's phrases by the next word: matches must equal
a plain scan of every phrase at every position, and adding phrases after a match is seen."""

from __future__ import annotations

import random

from postlint.matching import PhraseIndex, Slots
from postlint.tokens import Token

WORDS = ["the", "a", "we", "sale", "dead", "died", "now", "shop", "x"]


def _tokens(words: list[str]) -> list[Token]:
    return [Token(w, w, i, i + 1, "word") for i, w in enumerate(words)]


def _brute(phrases: list[tuple[int, Slots]], words: list[str]) -> dict[int, list[tuple[int, int]]]:
    found: dict[int, set[tuple[int, int]]] = {}
    for key, slots in phrases:
        for i in range(len(words) - len(slots) + 1):
            if all(words[i + k] in slot for k, slot in enumerate(slots)):
                found.setdefault(key, set()).add((i, i + len(slots)))
    return {k: sorted(v) for k, v in found.items()}


def test_matches_equal_a_plain_scan() -> None:
    rng = random.Random(7)
    index = PhraseIndex()
    phrases: list[tuple[int, Slots]] = []
    for _ in range(60):
        key = index.new_key()
        size = rng.choice([1, 1, 2, 3])
        slots = tuple(frozenset(rng.sample(WORDS, rng.choice([1, 2]))) for _ in range(size))
        index.add(key, slots)
        phrases.append((key, slots))
    for _ in range(300):
        words = [rng.choice(WORDS) for _ in range(rng.randint(0, 12))]
        got = {k: sorted(set(v)) for k, v in index.match(_tokens(words)).items()}
        assert got == _brute(phrases, words), words


def test_a_phrase_added_after_matching_is_found() -> None:
    index = PhraseIndex()
    first = index.new_key()
    index.add(first, (frozenset({"the"}), frozenset({"sale"})))
    assert index.match(_tokens(["the", "sale"])) == {first: [(0, 2)]}
    second = index.new_key()
    index.add(second, (frozenset({"the"}), frozenset({"dead"})))
    assert index.match(_tokens(["the", "dead"])) == {second: [(0, 2)]}
