"""Phrase matching at run time: every phrase of every rule in one index, one pass per post.

A phrase is a sequence of *slots*; a slot is the set of folded forms a token may have there
(one form for a LOWER term, every inflection for a LEMMA). The index maps a first form to the
phrases that start with it, so a post costs one dict look-up per token plus the few checks
of the phrases that could start there. No regex alternation of thousands of terms.
"""

from __future__ import annotations

import pickle
from collections.abc import KeysView, Sequence

from .tokens import Token

Slots = tuple[frozenset[str], ...]
# a first form's phrases: keys of one-token phrases, second form → (key, slots after it)
_Split = tuple[tuple[int, ...], dict[str, list[tuple[int, Slots]]]]


class PhraseIndex:
    """All phrases of one language; ``match`` returns, per key, the token spans that matched.

    Pickled, each first form's phrases are one bytes object, and the map of them is one more,
    unpickled on first use: a run pays only for the forms its posts hold (unpickling a whole
    table of phrases, frozensets of forms, cost a warm run on one draft 5 to 19 ms), and
    nothing for the other language."""

    __slots__ = ("_buckets", "_packed", "_split", "_table", "keys")

    def __init__(self) -> None:
        self._table: dict[str, list[tuple[int, Slots]]] | None = {}  # while compiling
        self._buckets: dict[str, bytes] | None = None  # first form → pickled phrases
        self._packed = b""
        self.keys = 0
        self._split: dict[str, _Split] = {}

    def __getstate__(self) -> tuple[bytes, int]:
        # the split buckets are rebuilt on use
        top = pickle.HIGHEST_PROTOCOL
        buckets = {form: pickle.dumps(phrases, top) for form, phrases in self._index.items()}
        return pickle.dumps(buckets, top), self.keys

    def __setstate__(self, state: tuple[bytes, int]) -> None:
        self._packed, self.keys = state
        self._table = None
        self._buckets = None
        self._split = {}

    @property
    def _forms(self) -> dict[str, bytes]:
        """First form → its pickled phrases (unpickled on first use)."""
        buckets = self._buckets
        if buckets is None:  # threads that race here each unpickle an equal map: no lock
            buckets = self._buckets = pickle.loads(self._packed)
        return buckets

    @property
    def _index(self) -> dict[str, list[tuple[int, Slots]]]:
        """First form → phrases starting with it, every form decoded (compiling, gate)."""
        table = self._table
        if table is None:
            table = {form: pickle.loads(packed) for form, packed in self._forms.items()}
            self._table = table
        return table

    def _phrases(self, form: str) -> list[tuple[int, Slots]]:
        table = self._table
        return table[form] if table is not None else pickle.loads(self._forms[form])

    def _first_forms(self) -> KeysView[str]:
        table = self._table
        return table.keys() if table is not None else self._forms.keys()

    def new_key(self) -> int:
        self.keys += 1
        return self.keys - 1

    def add(self, key: int, slots: Slots) -> None:
        rest = slots[1:]
        for form in slots[0]:
            bucket = self._index.setdefault(form, [])
            if (key, rest) not in bucket:
                bucket.append((key, rest))
        for form in slots[0]:
            self._split.pop(form, None)

    def _split_bucket(self, form: str) -> _Split:
        """A first form's phrases as (keys of one-token phrases, second form → (key, slots
        after the second) of longer ones): a common first word ("the", "nous") starts
        hundreds of phrases, and the next token rules out all but a few at once."""
        singles: list[int] = []
        by_next: dict[str, list[tuple[int, Slots]]] = {}
        for key, rest in self._phrases(form):
            if not rest:
                singles.append(key)
                continue
            after = rest[1:]
            for second in rest[0]:
                by_next.setdefault(second, []).append((key, after))
        split = (tuple(singles), by_next)
        self._split[form] = split
        return split

    def match(self, tokens: Sequence[Token]) -> dict[int, list[tuple[int, int]]]:
        """Key → list of (first token index, end token index) of each match (in no set
        order: callers sort)."""
        found: dict[int, list[tuple[int, int]]] = {}
        norms = [token.norm for token in tokens]
        # most tokens start no phrase: find the forms that do with one set operation
        starts = self._first_forms() & set(norms)
        if not starts:
            return found
        split = self._split
        count = len(norms)
        for i, norm in enumerate(norms):
            if norm not in starts:
                continue
            entry = split.get(norm)
            if entry is None:
                entry = self._split_bucket(norm)
            singles, by_next = entry
            for key in singles:
                found.setdefault(key, []).append((i, i + 1))
            if i + 1 == count:
                continue
            candidates = by_next.get(norms[i + 1])
            if candidates is None:
                continue
            for key, rest in candidates:
                end = i + 2 + len(rest)
                if end > count:
                    continue
                j = i + 2
                for slot in rest:
                    if norms[j] not in slot:
                        break
                    j += 1
                else:
                    found.setdefault(key, []).append((i, end))
        return found
