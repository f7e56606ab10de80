"""Phrase matching at run time: every phrase of every rule in one index, one pass per post.

A phrase is a sequence of *slots*; a slot is the set of folded forms a token may have there
(one form for a LOWER term, every inflection for a LEMMA). The index maps a first form to the
phrases that start with it, so a post costs one dict look-up per token plus the few checks
of the phrases that could start there. No regex alternation of thousands of terms.
"""

from __future__ import annotations

from collections.abc import Sequence

from .tokens import Token

Slots = tuple[frozenset[str], ...]


class PhraseIndex:
    """All phrases of one language; ``match`` returns, per key, the token spans that matched."""

    __slots__ = ("_index", "keys")

    def __init__(self) -> None:
        self._index: dict[str, list[tuple[int, Slots]]] = {}
        self.keys = 0

    def new_key(self) -> int:
        self.keys += 1
        return self.keys - 1

    def add(self, key: int, slots: Slots) -> None:
        rest = slots[1:]
        for form in slots[0]:
            bucket = self._index.setdefault(form, [])
            if (key, rest) not in bucket:
                bucket.append((key, rest))

    def match(self, tokens: Sequence[Token]) -> dict[int, list[tuple[int, int]]]:
        """Key → list of (first token index, end token index) of each match."""
        found: dict[int, list[tuple[int, int]]] = {}
        index = self._index
        norms = [token.norm for token in tokens]
        # most tokens start no phrase: find the forms that do with one set operation
        starts = index.keys() & set(norms)
        if not starts:
            return found
        count = len(norms)
        for i, norm in enumerate(norms):
            if norm not in starts:
                continue
            for key, rest in index[norm]:
                end = i + 1 + len(rest)
                if end > count:
                    continue
                j = i + 1
                for slot in rest:
                    if norms[j] not in slot:
                        break
                    j += 1
                else:
                    found.setdefault(key, []).append((i, end))
        return found
