"""A regex as a gate atom: when its literals are weak (a space, '%'), the regex itself.

``\\b\\d{1,2}\\s?%`` or a card number (``(?:\\d{4}[ -]){3}\\d{4}``) hold no literal worth
scanning for, and "any digit" lets through half the posts (prices, times, dates). Such a
regex is then searched for, behind two cheaper tests that every match passes: the post holds
enough digits (``min_digits``), and one of its weak literals when they are plain marks that
no other character folds to ('%', '-').
"""

from __future__ import annotations

import re
from typing import Any

_DIGIT = re.compile(r"\d")
# characters ``str in`` finds wherever a folded literal of them comes from: no case, no
# accent, and no other character folds to them (unlike "'" from "’", ";" from U+037E, "="
# from "≠")
_PLAIN_MARKS = frozenset(' !"#$%&()*+,-./:?@[\\]^_{|}~')

SearchAtom = tuple[str, str, int, tuple[str, ...], int]


def search_atom(regex: re.Pattern[str], lits: Any) -> SearchAtom | None:
    """("search", pattern, flags, needles, least digits) for a regex every match of which
    holds a digit (None when not), ``lits`` being its weak literals (or None)."""
    least = min_digits(regex)
    if least < 1:
        return None
    texts = sorted({text for text, _ in lits or ()})
    needles = tuple(texts) if texts and all(t in _PLAIN_MARKS for t in texts) else ()
    return ("search", regex.pattern, regex.flags, needles, least)


def search_holds(atom: tuple[Any, ...], text: str) -> bool:
    """Whether ``text`` could hold a match of the atom's regex (exactly: it does)."""
    _, pattern, flags, needles, least = atom
    if needles and not any(needle in text for needle in needles):
        return False
    if least == 1:
        if _DIGIT.search(text) is None:
            return False
    elif _digits_in(text) < least:
        return False
    return compiled(pattern, flags).search(text) is not None


def _digits_in(text: str) -> int:
    """How many ``\\d`` characters ``text`` holds; the last text's count is kept (the
    searched regexes of one post ask in turn). One tuple, replaced whole: thread-safe."""
    global _LAST
    last = _LAST
    if last[0] is text:
        return last[1]
    count = len(_DIGIT.findall(text))
    _LAST = (text, count)
    return count


_LAST: tuple[str | None, int] = (None, 0)


def compiled(pattern: str, flags: int) -> re.Pattern[str]:
    """The regex, compiled once per process."""
    regex = _COMPILED.get((pattern, flags))
    if regex is None:
        regex = _COMPILED[(pattern, flags)] = re.compile(pattern, flags)
    return regex


_COMPILED: dict[tuple[str, int], re.Pattern[str]] = {}


def min_digits(regex: re.Pattern[str]) -> int:
    """How many ``\\d`` items every match consumes at least (0 when unknown)."""
    from re import _parser  # type: ignore[attr-defined]

    try:
        return _digits(list(_parser.parse(regex.pattern, regex.flags).data))
    except Exception:
        return 0


def _digits(items: list[Any]) -> int:
    from re import _constants as c  # type: ignore[attr-defined]

    total = 0
    for op, arg in items:
        if op is c.IN and arg == [(c.CATEGORY, c.CATEGORY_DIGIT)]:
            total += 1
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if arg[0] >= 1:
                total += min(arg[0], 64) * _digits(list(arg[2]))
        elif op is c.BRANCH:
            total += min(_digits(list(branch)) for branch in arg[1])
        elif op is c.SUBPATTERN:
            total += _digits(list(arg[-1]))
        elif op is c.ATOMIC_GROUP:
            total += _digits(list(arg))
    return total
