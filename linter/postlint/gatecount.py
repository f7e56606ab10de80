"""Counted gate conditions: at least N matches, for rules that fire only from N matches.

``existence`` with ``min_matches: 4`` (``tone.hard-sell``: four distinct calls to buy) was let
through by a single promotional word, in most posts. Its accepted matches do not overlap, and
each holds one of its group's literals (``gatebuild.GateBuilder.group``) or is a match of a
regex searched for as an atom (``gatesearch``). So a post with fewer than N distinct
positions where a literal hits (boundary flags checked as the scan checks them), plus
matches of those regexes, cannot fire. The count runs only when the rest of the rule's
condition holds, and stops at N.
"""

from __future__ import annotations

from typing import Any

from .gatelits import LEFT_ALNUM, LEFT_ALPHA, LEFT_WORD, RIGHT_ALNUM, RIGHT_DIGIT, RIGHT_WORD
from .gatesearch import compiled, search_holds


class Counter:
    """At least ``least`` hits of some literals (distinct start positions in the folded text)
    and matches of some searched regexes, in one post."""

    __slots__ = ("automaton", "least", "searches")

    def __init__(
        self, lits: frozenset[tuple[str, int]], searches: tuple[tuple[Any, ...], ...], least: int
    ) -> None:
        self.least = least
        self.searches = searches
        by_text: dict[str, set[int]] = {}
        for text, flags in lits:
            by_text.setdefault(text, set()).add(flags)
        self.automaton = None
        if by_text:
            import ahocorasick

            automaton = ahocorasick.Automaton()
            for text, flagses in by_text.items():
                automaton.add_word(text, (len(text), tuple(sorted(flagses))))
            automaton.make_automaton()
            self.automaton = automaton

    def __getstate__(self) -> tuple[Any, int, tuple[tuple[Any, ...], ...]]:
        return self.automaton, self.least, self.searches

    def __setstate__(self, state: tuple[Any, int, tuple[tuple[Any, ...], ...]]) -> None:
        self.automaton, self.least, self.searches = state

    def reaches(self, folded: str, exact: bool, text: str) -> bool:
        """Whether ``folded`` (``text`` folded, boundaries ``exact``) holds ``least`` hits."""
        least = self.least
        starts: set[int] = set()
        if self.automaton is not None:
            size = len(folded)
            for end, (length, flagses) in self.automaton.iter(folded):
                start = end - length + 1
                if start in starts:
                    continue
                if exact and not any(
                    not flags or bounded(folded, start, end + 1, size, flags) for flags in flagses
                ):
                    continue
                starts.add(start)
                if len(starts) >= least:
                    return True
        found = len(starts)
        for atom in self.searches:
            if not search_holds(atom, text):
                continue
            for m in compiled(atom[1], atom[2]).finditer(text):
                if m.end() > m.start():
                    found += 1
                    if found >= least:
                        return True
        return False


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
