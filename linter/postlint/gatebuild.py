"""Compile-time side of the gate (see ``gate``): each rule's necessary condition as literals.

A rule type states its condition in ``Rule.gate(builder)`` with the helpers below: the
literals a match group cannot match without (``group``), those a regex cannot match without
(``regex``), structural facts (``atom``), literals of the answered message (``parent``) or a
check of its own (``check``). Literals are folded the way ``gate.fold_text`` folds a post, so
that a post lacking every literal of a clause provably cannot satisfy it.

Phrase literals: for each phrase, the forms of its most selective slot (longest shortest form;
the first slot, as ``#form``, for hashtag-only groups). A phrase form is a whole token, so a hit
must sit at a token boundary (flags, checked at run time), except forms that spaCy's tokenizer
exceptions cut out of longer words ("do" in "don't", "gon" in "gonna").
Regex literals: the most selective run of literal text every match contains (a branch of
literals, a character class, an optional character, ``\\b`` around it), found by walking the
parsed pattern.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .tokens import fold

if TYPE_CHECKING:
    from .matchgroup import MatchGroup
    from .matching import PhraseIndex

# flags of a literal hit (see gate.GateSet.scan)
LEFT_ALPHA, LEFT_ALNUM, RIGHT_ALNUM, RIGHT_DIGIT, LEFT_WORD, RIGHT_WORD = 1, 2, 4, 8, 16, 32
MAX_SET = 64  # most strings one literal set may expand to
UNSAFE = frozenset("σςıſ")  # folded differently in context, or by re's IGNORECASE
WEAK = 7.0  # literals at least this common (see ``commonness``) make no condition
STRONG = 6.0  # beside literals rarer than this, a more common condition is not scanned for


@dataclass(frozen=True)
class Clause:
    """An OR of literals (of the post, or of the answered message) and structural atoms."""

    lits: frozenset[tuple[str, int]] = frozenset()
    atoms: frozenset[tuple[Any, ...]] = frozenset()
    parent: bool = False
    check: bool = False  # the rule's own ``gate_check``
    # A finer condition implying this one, when known: an OR of ANDs of plain clauses (a
    # group's regexes each need all their literal sets; its phrases need their literals).
    options: tuple[tuple[Clause, ...], ...] = ()


Alternative = list["Clause | None"]


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


class GateBuilder:
    """Helpers handed to ``Rule.gate``; ``exempt`` are the forms tokenizer exceptions cut out
    of longer words (no boundary check for them)."""

    def __init__(
        self, indexes: dict[str, PhraseIndex], exempt: frozenset[str], lang: str | None = None
    ) -> None:
        self.exempt = exempt
        self.lang = lang  # conditions for posts of this language only (None: any language)
        # every regex a condition was derived from, with its clauses (all must hold)
        self.regex_clauses: dict[tuple[str, int], tuple[Clause, ...]] = {}
        self._phrases: dict[tuple[str, int], list[tuple[frozenset[str], ...]]] = {}
        for lang, index in indexes.items():
            grouped: dict[tuple[int, tuple[frozenset[str], ...]], set[str]] = {}
            for form, bucket in index._index.items():
                for key, rest in bucket:
                    grouped.setdefault((key, rest), set()).add(form)
            for (key, rest), firsts in grouped.items():
                self._phrases.setdefault((lang, key), []).append((frozenset(firsts), *rest))

    # ---------------------------------------------------------------- clauses

    def group(self, group: MatchGroup | None) -> Clause | None:
        """Literals one of which every match of ``group`` contains (None: not derivable), with
        a finer condition as ``options``: its phrases' literals, or all the literal sets of
        one of its regexes."""
        if group is None:
            return None
        lang = self.lang
        lits: set[tuple[str, int]] = set()
        for lang_key in group.keys:
            if lang is not None and lang_key[0] != lang:
                continue
            for slots in self._phrases.get(lang_key, ()):
                found = self._phrase_literals(slots, group.hashtags_only)
                if found is None:
                    return None
                lits |= found
        options: list[tuple[Clause, ...]] = [(Clause(lits=frozenset(lits)),)] if lits else []
        atoms: set[tuple[Any, ...]] = set()
        for regex in self._regexes(group):
            clause = self.regex(regex)
            if clause is None:
                return None
            lits |= clause.lits
            atoms |= clause.atoms
            options.append(self.regex_conditions(regex))
        if not lits and not atoms:
            return None
        return Clause(lits=frozenset(lits), atoms=frozenset(atoms), options=tuple(options))

    def _regexes(self, group: MatchGroup) -> tuple[re.Pattern[str], ...]:
        if self.lang is None:
            return group.all_regexes()
        by_lang = tuple(r for lang, rs in group.regexes_by_lang if lang == self.lang for r in rs)
        return group.regexes + by_lang

    def regex_conditions(self, regex: re.Pattern[str]) -> tuple[Clause, ...]:
        """``regex_all`` without the conditions it could not derive (kept per regex)."""
        key = (regex.pattern, regex.flags)
        found = self.regex_clauses.get(key)
        if found is None:
            found = tuple(c for c in self.regex_all(regex) if c is not None and (c.lits or c.atoms))
            self.regex_clauses[key] = found
        return found

    def regex_all(self, regex: re.Pattern[str]) -> list[Clause | None]:
        """Several independent conditions of one regex (all must hold)."""
        found = regex_literal_sets(regex, 3)
        clauses: list[Clause | None] = [self.regex(regex)]
        clauses += [Clause(lits=frozenset(lits)) for lits in found[1:]]
        return clauses

    def regex(self, regex: re.Pattern[str]) -> Clause | None:
        """Literals every match holds; a digit when those are weak (a space, a dash)."""
        found = regex_literals(regex)
        weak = found is None or all(len(text) == 1 and not text.isalnum() for text, _ in found)
        if weak and _needs_digit(regex):
            return Clause(atoms=frozenset({("digit",)}))
        return Clause(lits=frozenset(found)) if found else None

    def words(self, words: Iterable[str]) -> Clause | None:
        """Whole-token folded words (e.g. greetings compared to ``token.norm``)."""
        lits = set()
        for word in words:
            lit = self._form(word)
            if lit is None:
                return None
            lits.add(lit)
        return Clause(lits=frozenset(lits)) if lits else None

    @staticmethod
    def atom(*atom: Any) -> Clause:
        return Clause(atoms=frozenset({atom}))

    @staticmethod
    def parent(clause: Clause | None) -> Clause | None:
        """The same literals, looked for in the answered message (``in_reply_to``)."""
        if clause is None or clause.atoms or clause.check:
            return None
        return Clause(lits=clause.lits, parent=True)

    @staticmethod
    def check() -> Clause:
        return Clause(check=True)

    @staticmethod
    def any_of(*clauses: Clause | None) -> Clause | None:
        if not clauses or any(c is None or c.parent or c.check for c in clauses):
            return None
        lits = frozenset().union(*(c.lits for c in clauses))  # type: ignore[union-attr]
        atoms = frozenset().union(*(c.atoms for c in clauses))  # type: ignore[union-attr]
        return Clause(lits=lits, atoms=atoms)

    # ---------------------------------------------------------------- phrases

    def _phrase_literals(
        self, slots: tuple[frozenset[str], ...], hashtags_only: bool
    ) -> set[tuple[str, int]] | None:
        if hashtags_only:
            out = set()
            for form in slots[0]:
                tag = "#" + form
                if not safe_literal(tag):
                    return None
                out.add((tag, _edge_flags(tag)))
            return out
        best: set[tuple[str, int]] | None = None
        best_score: tuple[float, int, int] | None = None
        for slot in slots:
            lits = {self._form(form) for form in slot}
            if None in lits:
                continue
            score = (
                -max(commonness(f, flags) for f, flags in lits),  # type: ignore[misc]
                -sum(1 for f in slot if f in self.exempt),
                -len(slot),
            )
            if best_score is None or score > best_score:
                best, best_score = lits, score  # type: ignore[assignment]
        return best

    def _form(self, form: str) -> tuple[str, int] | None:
        form = fold(form)
        if not safe_literal(form):
            return None
        return form, 0 if form in self.exempt else _edge_flags(form)


def _edge_flags(form: str) -> int:
    """Boundary checks a whole-token form allows (see the module doc of ``gate``)."""
    flags = 0
    first, last = form[0], form[-1]
    if first.isalpha():
        flags |= LEFT_ALPHA
    elif first.isdigit():
        flags |= LEFT_ALNUM
    if last.isalpha():
        flags |= RIGHT_ALNUM
    elif last.isdigit():
        flags |= RIGHT_DIGIT
    return flags


# -------------------------------------------------------------------- regexes


def regex_literals(regex: re.Pattern[str]) -> set[tuple[str, int]] | None:
    """Folded literals one of which every match of ``regex`` contains, with boundary flags."""
    found = regex_literal_sets(regex, 1)
    return found[0] if found else None


def regex_literal_sets(regex: re.Pattern[str], most: int) -> list[Lits]:
    """Up to ``most`` sets of folded literals, each a necessary condition, best first."""
    return [set(lits) for lits in _literal_sets(regex.pattern, regex.flags, most)]


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
        return max(short, 6.0) if common or text.isdigit() else 3.5
    found = min(_folded_zipf().get(w, 0.0) for w in words)
    return found if bounded else max(found, short)


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


def _needs_digit(regex: re.Pattern[str]) -> bool:
    """Every match holds a ``\\d`` (a digit item that is not optional)."""
    from re import _parser  # type: ignore[attr-defined]

    try:
        return _digit_items(list(_parser.parse(regex.pattern, regex.flags).data))
    except Exception:
        return False


def _digit_items(items: list[Any]) -> bool:
    from re import _constants as c  # type: ignore[attr-defined]

    for op, arg in _flatten(items):
        if op is c.IN and arg == [(c.CATEGORY, c.CATEGORY_DIGIT)]:
            return True
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if arg[0] >= 1 and _digit_items(list(arg[2])):
                return True
        elif op is c.BRANCH:
            if all(_digit_items(list(branch)) for branch in arg[1]):
                return True
        elif op is c.SUBPATTERN and _digit_items(list(arg[-1])):
            return True
    return False


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def exception_pieces(tables: Iterable[Any]) -> frozenset[str]:
    """Folded pieces of multi-piece tokenizer exceptions: tokens glued to other letters."""
    found: set[str] = set()
    for table in tables:
        for pieces in table.exceptions.values():
            if len(pieces) > 1:
                found.update(fold(p) for p in pieces)
    return frozenset(found)
