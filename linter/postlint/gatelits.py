"""Literals of the gate: the boundary flags of a hit, which folded texts are safe to look up,
how common a literal is, and the literals every match of a regex must contain.

Regex literals: the most selective run of literal text every match contains (a branch of
literals, a character class, an optional character, ``\\b`` around it), found by walking the
parsed pattern. ``gatebuild`` turns them into each rule's condition; ``gate`` looks them up.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from .tokens import fold

# flags of a literal hit (see gate.GateSet.scan)
LEFT_ALPHA, LEFT_ALNUM, RIGHT_ALNUM, RIGHT_DIGIT, LEFT_WORD, RIGHT_WORD = 1, 2, 4, 8, 16, 32
MAX_SET = 64  # most strings one literal set may expand to
UNSAFE = frozenset("σςıſ")  # folded differently in context, or by re's IGNORECASE
WEAK = 7.0  # literals at least this common (see ``commonness``) make no condition
STRONG = 6.0  # beside literals rarer than this, a more common condition is not scanned for
SETS_KEPT = 3  # literal sets worked out per regex, whatever a caller asks for up to this


def safe_literal(text: str) -> bool:
    """A folded text ``gate.fold_text`` folds the same way wherever it stands."""
    return bool(text) and UNSAFE.isdisjoint(text)


def _stable(c: str) -> bool:
    return (
        c.lower() == c
        and c.upper() == c
        and unicodedata.normalize("NFD", c) == c
        and not unicodedata.combining(c)
    )


# -------------------------------------------------------------------- regexes


def regex_literals(regex: re.Pattern[str]) -> frozenset[tuple[str, int]] | None:
    """Folded literals one of which every match of ``regex`` contains, with boundary flags."""
    found = regex_literal_sets(regex, 1)
    return found[0] if found else None


def regex_literal_sets(regex: re.Pattern[str], most: int) -> tuple[frozenset[tuple[str, int]], ...]:
    """Up to ``most`` sets of folded literals, each a necessary condition, best first."""
    # one walk per pattern: the sets come best first, so fewer are a prefix of more (the gate
    # asks for 1 and for 3 of the same regex; two cache keys parsed every pattern twice)
    return _literal_sets(regex.pattern, regex.flags, max(most, SETS_KEPT))[:most]


@lru_cache(maxsize=4096)  # bounded: a long-lived process may compile several configs
def _literal_sets(pattern: str, flags: int, most: int) -> tuple[frozenset[tuple[str, int]], ...]:
    """``regex_literal_sets`` once per pattern: a lexicon's regexes serve many rules and both
    languages' gates."""
    from re import _parser  # type: ignore[attr-defined]

    try:
        parsed = _parser.parse(pattern, flags)
    except Exception:
        return ()
    out: list[frozenset[tuple[str, int]]] = []
    for candidate in _candidates(list(parsed.data)):
        folded_set = set()
        for text, edges in candidate:
            folded = fold(text).replace("ı", "i").replace("ſ", "s")
            if not all(_regex_char_ok(c) for c in text) or not safe_literal(folded):
                break
            folded_set.add((folded, edges))
        else:
            out.append(frozenset(folded_set))
            if len(out) >= most:
                break
    return tuple(out)


def _regex_char_ok(c: str) -> bool:
    """Characters whose case-insensitive matches all fold to the character's own fold."""
    return c.isascii() or 0xC0 <= ord(c) <= 0xFF or _stable(c)


Lits = set[tuple[str, int]]


def commonness(text: str, flags: int) -> float:
    """How often a literal may be expected in a post (a Zipf-like number; lower is rarer):
    its rarest word's frequency (``wordfreq``, EN or FR, when installed), and for a
    literal that may sit inside a longer word, at least a figure growing as it shortens."""
    words = re.findall(r"[^\W\d_]+", text)
    bounded = flags & (LEFT_ALPHA | LEFT_WORD) and flags & (RIGHT_ALNUM | RIGHT_WORD)
    short = 8.0 - len(text)
    if not words:
        common = sum(1 for c in text if c in COMMON_MARKS)
        if common or text.isdigit():
            return max(short, 6.0)
        # an emoji: social posts are full of 😂, 🎉 or ☕ (about as common as "great")
        return EMOJI_COMMONNESS if any(unicodedata.category(c) == "So" for c in text) else 3.5
    zipf = _folded_zipf()  # keyed by folded words: "même" and "à" are looked up folded
    found = min(zipf.get(fold(w), 0.0) for w in words)
    return found if bounded else max(found, short)


EMOJI_COMMONNESS = 5.0
COMMON_MARKS = frozenset(" \n\t,.;:!?'\"-()#@/&+…«»\u00a0\u202f")


@lru_cache(maxsize=1)
def _folded_zipf() -> dict[str, float]:
    """Folded word → highest Zipf frequency among the EN and FR words that fold to it
    (``wordfreq``, at build time only; without it, every word counts as rare)."""
    try:
        from wordfreq import get_frequency_dict, top_n_list
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        return {}
    import math

    table: dict[str, float] = {}
    for lang in ("en", "fr"):
        # The frequency table read once (zipf_frequency() re-tokenizes every word it is given).
        frequencies = get_frequency_dict(lang)
        for word in top_n_list(lang, 30000):
            frequency = frequencies.get(word, 0.0)
            if frequency <= 0.0:
                continue
            key = fold(word)
            zipf = round(math.log10(frequency) + 9.0, 2)
            if zipf > table.get(key, 0.0):
                table[key] = zipf
    return table


def _score(lits: Lits) -> tuple[float, int]:
    return -max(commonness(t, flags) for t, flags in lits), -len(lits)


def _required(items: list[Any]) -> Lits | None:
    """The most selective set of literal texts one of which every match of ``items`` holds."""
    found = _candidates(items)
    return found[0] if found else None


def _candidates(items: list[Any]) -> list[Lits]:
    """Sets of literal texts, each a necessary condition of ``items``, most selective first.

    Consecutive items of known text form runs (``colou?r`` → colour, color); a ``\\b`` or a
    required non-word character (``\\s``) next to a run sets its boundary flags."""
    from re import _constants as c  # type: ignore[attr-defined]

    candidates: list[Lits] = []
    run: set[str] | None = None
    left_word = False
    pending_boundary = False

    def close(right_word: bool) -> None:
        nonlocal run, left_word
        if run and all(run):
            lits = set()
            for text in run:
                flags = 0
                if left_word and _is_word(text[0]):
                    flags |= LEFT_WORD
                if right_word and _is_word(text[-1]):
                    flags |= RIGHT_WORD
                lits.add((text, flags))
            candidates.append(lits)
        run = None
        left_word = False

    for op, arg in _flatten(items):
        if op is c.AT:
            if arg is c.AT_BOUNDARY:
                close(True)
                pending_boundary = True
            else:
                close(False)
                pending_boundary = False
            continue
        exact = _exact(op, arg)
        if exact is not None:
            if run is not None and len(run) * len(exact) <= MAX_SET:
                run = {a + b for a in run for b in exact}
            else:
                close(False)
                run, left_word = set(exact), pending_boundary
            pending_boundary = False
            continue
        if _non_word(op, arg):
            close(True)
            pending_boundary = True
            continue
        repeat = op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and arg[0] >= 1
        inner = _exact_items(list(arg[2])) if repeat else None
        if repeat and inner is not None and all(inner):
            least = {""}
            for _ in range(min(arg[0], 8)):
                least = {a + b for a in least for b in inner}
                if len(least) > MAX_SET:
                    break
            if len(least) <= MAX_SET:
                if run is not None and len(run) * len(least) <= MAX_SET:
                    run = {a + b for a in run for b in least}
                else:
                    close(False)
                    run, left_word = least, pending_boundary
                close(False)
                pending_boundary = False
                continue
        close(False)
        pending_boundary = False
        if repeat:
            found = _required(list(arg[2]))
        elif op is c.BRANCH:
            found = _branch_required(arg[1])
        elif op is c.ASSERT:
            found = _required(list(arg[1]))
        elif op is c.SUBPATTERN:
            found = _required(list(arg[-1]))
        else:
            found = None
        if found:
            candidates.append(found)
    close(False)
    candidates = [lits for lits in candidates if lits and all(t for t, _ in lits)]
    candidates.sort(key=_score, reverse=True)
    return candidates


def _non_word(op: Any, arg: Any) -> bool:
    """An item that always matches at least one character, all of them non-word (``\\s+``)."""
    from re import _constants as c  # type: ignore[attr-defined]

    if op is c.IN:
        return bool(arg == [(c.CATEGORY, c.CATEGORY_SPACE)])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        return arg[0] >= 1 and len(arg[2]) == 1 and _non_word(*arg[2][0])
    return False


def _branch_required(branches: list[Any]) -> Lits | None:
    found: Lits = set()
    for branch in branches:
        got = _required(list(branch))
        if not got:
            return None
        found |= got
        if len(found) > 4 * MAX_SET:
            return None
    return found


def _flatten(items: list[Any]) -> Iterable[tuple[Any, Any]]:
    """Items of a sequence with non-capturing/capturing groups spliced in (not branches)."""
    from re import _constants as c  # type: ignore[attr-defined]

    for op, arg in items:
        if op is c.SUBPATTERN and not (len(arg[-1]) == 1 and arg[-1][0][0] is c.BRANCH):
            yield from _flatten(list(arg[-1]))
        else:
            yield op, arg


def _exact(op: Any, arg: Any) -> set[str] | None:
    """Every text one item can match, when that is a small finite set (else None)."""
    from re import _constants as c  # type: ignore[attr-defined]

    if op is c.LITERAL:
        return {chr(arg)}
    if op is c.IN:
        if all(member[0] is c.LITERAL for member in arg) and len(arg) <= MAX_SET:
            return {chr(member[1]) for member in arg}
        return None
    if op is c.BRANCH:
        out: set[str] = set()
        for branch in arg[1]:
            got = _exact_items(list(branch))
            if got is None:
                return None
            out |= got
        return out if len(out) <= MAX_SET else None
    if op is c.SUBPATTERN:
        return _exact_items(list(arg[-1]))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, sub = arg
        if high > 3:
            return None
        inner = _exact_items(list(sub))
        if inner is None:
            return None
        out = set()
        for n in range(low, high + 1):
            for combo in itertools.product(sorted(inner), repeat=n):
                out.add("".join(combo))
                if len(out) > MAX_SET:
                    return None
        return out
    return None


def _exact_items(items: list[Any]) -> set[str] | None:
    out = {""}
    for op, arg in items:
        got = _exact(op, arg)
        if got is None:
            return None
        out = {a + b for a in out for b in got}
        if len(out) > MAX_SET:
            return None
    return out


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"
