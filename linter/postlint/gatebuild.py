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
Regex literals come from ``gatelits``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .gatelits import (
    LEFT_ALNUM,
    LEFT_ALPHA,
    RIGHT_ALNUM,
    RIGHT_DIGIT,
    STRONG,
    WEAK,
    commonness,
    regex_literal_sets,
    regex_literals,
    safe_literal,
)
from .gatesearch import min_digits, search_atom
from .tokens import fold

if TYPE_CHECKING:
    from .matchgroup import MatchGroup
    from .matching import PhraseIndex


@dataclass(frozen=True)
class Clause:
    """An OR of literals (of the post, or of the answered message) and structural atoms."""

    lits: frozenset[tuple[str, int]] = frozenset()
    atoms: frozenset[tuple[Any, ...]] = frozenset()
    parent: bool = False
    check: bool = False  # the rule's own ``gate_check``
    count: int = 0  # at least this many hits of ``lits`` and ``atoms`` (see ``gatecount``)
    # A finer condition implying this one, when known: an OR of ANDs of plain clauses (a
    # group's regexes each need all their literal sets; its phrases need their literals).
    options: tuple[tuple[Clause, ...], ...] = ()


Alternative = list["Clause | None"]

# A digit anywhere in the post (``gatescope.atom_holds``): needed by a regex every match of
# which consumes a ``\d`` (``gatesearch.min_digits``).
DIGIT = Clause(atoms=frozenset({("digit",)}))


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

    def group(self, group: MatchGroup | None, any_lang: bool = False) -> Clause | None:
        """Literals one of which every match of ``group`` contains (None: not derivable), with
        a finer condition as ``options``: its phrases' literals, or all the literal sets of
        one of its regexes. ``any_lang``: in whichever language the text is written (an
        answered message need not be in the post's language)."""
        if group is None:
            return None
        lang = None if any_lang else self.lang
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
        for regex in self._regexes(group, lang):
            clause = self.regex(regex)
            if clause is None:
                return None
            lits |= clause.lits
            atoms |= clause.atoms
            options.append(self.regex_conditions(regex))
        if not lits and not atoms:
            return None
        return Clause(lits=frozenset(lits), atoms=frozenset(atoms), options=tuple(options))

    @staticmethod
    def _regexes(group: MatchGroup, lang: str | None) -> tuple[re.Pattern[str], ...]:
        if lang is None:
            return group.all_regexes()
        by_lang = tuple(r for key, rs in group.regexes_by_lang if key == lang for r in rs)
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
        """Several independent conditions of one regex (all must hold): its literal sets,
        and a digit in the post when every match consumes one (``DIGIT``; a street address,
        a date of birth, '-20%': about half the posts hold none)."""
        found = regex_literal_sets(regex, 3)
        first = self.regex(regex)
        clauses: list[Clause | None] = [first]
        clauses += [Clause(lits=frozenset(lits)) for lits in found[1:]]
        searched = first is not None and any(atom[0] == "search" for atom in first.atoms)
        if not searched and min_digits(regex) >= 1:  # a searched regex needs its digits already
            clauses.append(DIGIT)
        return clauses

    def regex(self, regex: re.Pattern[str]) -> Clause | None:
        """Literals every match holds. When those are weak (a space, a dash) and every match
        holds a digit, the regex itself searched for (see ``gatesearch``)."""
        found = regex_literals(regex)
        weak = found is None or all(len(text) == 1 and not text.isalnum() for text, _ in found)
        atom = search_atom(regex, found) if weak else None
        if atom is not None:
            return Clause(atoms=frozenset({atom}))
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
    def counted(clause: Clause | None, least: int) -> Clause | None:
        """At least ``least`` distinct hits of a group clause's literals and regex atoms:
        necessary when that many non-overlapping matches of the group are (None: not
        countable, i.e. an atom other than a searched regex)."""
        if clause is None or least < 2 or clause.parent or clause.check:
            return None
        if any(atom[0] != "search" for atom in clause.atoms):
            return None
        return Clause(lits=clause.lits, atoms=clause.atoms, count=least)

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


def clause_score(clause: Clause) -> float:
    """How common the clause's literals are (see ``commonness``); atoms count as rare."""
    if clause.atoms:
        return float("-inf")
    if not clause.lits:
        return float("inf")
    return max(commonness(t, f) for t, f in clause.lits)


def selective(parts: Iterable[Clause]) -> list[Clause]:
    """Of clauses that must all hold, those worth scanning for: the rare ones when there
    are some (a common one beside them mostly costs hits), else those not too common.
    ``DIGIT`` (one look at the post, no scan) is always kept, and is not counted as a rare
    clause: beside it, the literals kept are those kept without it."""
    parts = list(parts)
    scored = [(clause_score(part), part) for part in parts if part != DIGIT]
    kept = [p for s, p in scored if s < STRONG] or [p for s, p in scored if s < WEAK]
    return [*kept, DIGIT] if DIGIT in parts else kept


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


def exception_pieces(tables: Iterable[Any]) -> frozenset[str]:
    """Folded pieces of multi-piece tokenizer exceptions: tokens glued to other letters."""
    found: set[str] = set()
    for table in tables:
        for pieces in table.exceptions.values():
            if len(pieces) > 1:
                found.update(fold(p) for p in pieces)
    return frozenset(found)
