"""Counted gate conditions: at least N matches, for rules that fire only from N matches.

``existence`` with ``min_matches: 4`` (``tone.hard-sell``: four distinct calls to buy) was let
through by a single promotional word, in most posts. Its accepted matches do not overlap, and
each holds one of its group's literals (``gatebuild.GateBuilder.group``) or is a match of a
regex searched for as an atom (``gatesearch``), which holds one of that atom's needles ('%')
when it has some. So a post with fewer than N distinct positions where a literal hits
(boundary flags checked as the scan checks them), plus occurrences of those needles, plus
matches of the other searched regexes, cannot fire. The count runs only when the rest of the rule's
condition holds, and stops at N.
"""

from __future__ import annotations

from typing import Any

from .gatelits import LEFT_ALNUM, LEFT_ALPHA, LEFT_WORD, RIGHT_ALNUM, RIGHT_DIGIT, RIGHT_WORD
from .gatesearch import compiled, search_holds

# ASCII letters kept, every other byte a space: ``split`` then gives the runs of letters
ASCII_RUNS = bytes(c if chr(c).isalpha() and c < 128 else 32 for c in range(256))
LEFT = LEFT_ALPHA | LEFT_ALNUM | LEFT_WORD  # each: no letter right before
RIGHT = RIGHT_ALNUM | RIGHT_WORD  # each: no letter right after


class Counter:
    """At least ``least`` hits of some literals (distinct start positions in the folded text)
    and matches of some searched regexes, in one post.

    As in ``GateSet.scan``, literals of letters that must stand between non-letters are
    whole runs of letters: on a post whose letters are all ASCII and whose boundaries are
    exact, they are counted among its runs (a run failing a stricter flag, "2our", counts
    too: counting more is safe), the others scanned for."""

    __slots__ = ("automaton", "least", "needles", "others", "searches", "words")

    def __init__(
        self, lits: frozenset[tuple[str, int]], searches: tuple[tuple[Any, ...], ...], least: int
    ) -> None:
        self.least = least
        self.searches = searches
        self.needles = tuple(sorted({needle for atom in searches for needle in atom[3]}))
        by_text: dict[str, set[int]] = {}
        for text, flags in lits:
            by_text.setdefault(text, set()).add(flags)
        words = {
            text
            for text, flagses in by_text.items()
            if text.isascii() and text.isalpha() and all(f & LEFT and f & RIGHT for f in flagses)
        }
        self.words = frozenset(text.encode() for text in words)
        self.automaton = _automaton(by_text)
        self.others = _automaton({t: f for t, f in by_text.items() if t not in words})

    def __getstate__(self) -> tuple[Any, ...]:
        return self.automaton, self.others, self.words, self.least, self.searches, self.needles

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        self.automaton, self.others, self.words, self.least, self.searches, self.needles = state

    def reaches(self, folded: str, exact: bool, ascii_letters: bool, text: str) -> bool:
        """Whether ``folded`` (``text`` folded, boundaries ``exact``, letters all ASCII or
        not) holds ``least`` hits."""
        least = self.least
        starts: set[int] = set()
        automaton = self.automaton
        found = 0
        if exact and ascii_letters:
            automaton = self.others
            runs = folded.encode().translate(ASCII_RUNS).split()
            found = sum(map(self.words.__contains__, runs))
            if found >= least:
                return True
        if automaton is not None:
            size = len(folded)
            for end, (length, flagses) in automaton.iter(folded):
                start = end - length + 1
                if start in starts:
                    continue
                if exact and not any(
                    not flags or bounded(folded, start, end + 1, size, flags) for flags in flagses
                ):
                    continue
                starts.add(start)
                if found + len(starts) >= least:
                    return True
        found += len(starts)
        # Accepted matches of the searched regexes that have needles each hold one of those
        # marks at a position of their own: counting the marks bounds them without a search.
        for needle in self.needles:
            found += text.count(needle)
        if found >= least:
            return True
        for atom in self.searches:
            if atom[3] or not search_holds(atom, text):
                continue
            for m in compiled(atom[1], atom[2]).finditer(text):
                if m.end() > m.start():
                    found += 1
                    if found >= least:
                        return True
        return False


def _automaton(by_text: dict[str, set[int]]) -> Any:
    """An Aho-Corasick automaton: literal → (its length, its flags)."""
    if not by_text:
        return None
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for text, flagses in by_text.items():
        automaton.add_word(text, (len(text), tuple(sorted(flagses))))
    automaton.make_automaton()
    return automaton


def bounded(text: str, start: int, end: int, size: int, flags: int) -> bool:
    """False when the hit is glued to a character its token could not be glued to."""
    if start > 0:
        before = text[start - 1]
        if flags & LEFT_ALPHA and before.isalpha():
            return False
        if flags & LEFT_ALNUM and before.isalnum():
            return False
        if flags & LEFT_WORD and (before.isalnum() or before == "_"):
            return False
    if end < size:
        after = text[end]
        if flags & RIGHT_ALNUM and after.isalnum():
            return False
        if flags & RIGHT_DIGIT and after.isdigit():
            return False
        if flags & RIGHT_WORD and (after.isalnum() or after == "_"):
            return False
    return True
