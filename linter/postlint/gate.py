"""The gate: which rules could fire on a post, decided before the post is analysed.

Most posts are benign, and analysing one (tokens, phrase matches, every regex) costs about a
millisecond. Each rule therefore carries a *necessary condition*, computed when rulesets are
compiled (``Rule.gate``, helpers in ``gatebuild``): literals one of which each of its match
groups needs, structural facts ('#' in the text, a reply, an exclamation count...), literals
of the answered message, or a cheap check of the rule's own. Per post, the text is folded
once (``fold_text``), scanned once by an Aho-Corasick automaton holding every literal of every
rule, atoms are evaluated, and only the rules whose condition holds are run, on an analysis
built only when at least one of them is left. A condition never rejects a post the rule would
fire on (tests/test_gate.py holds findings with and without the gate equal); it may let
through posts the rule then finds nothing in.

Literal hits. The folded text equals ``tokens.fold`` character by character, so a token whose
norm is a phrase form appears in it as that form; boundary flags reject a hit glued to letters
or digits a real token could not be glued to. When the post holds combining marks of its own
(not from a precomposed letter), folding deletes them and may glue words: boundary checks are
then skipped for that post.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Any

from .gatebuild import Alternative, Clause
from .gatebuild import clause_score as _score
from .gatebuild import selective as _selective
from .gatecount import ASCII_RUNS as _ASCII_RUNS
from .gatecount import LEFT as _LEFT
from .gatecount import RIGHT as _RIGHT
from .gatecount import Counter
from .gatecount import bounded as _bounded
from .gatefold import FOLDED_CHARS, fold_char, fold_unmarked
from .gatelits import (
    WEAK,
)

if TYPE_CHECKING:
    from .rules.base import Rule

# Runs of word characters that are not digits: runs of letters when they hold no "²", "Ⅷ"...
_LETTER_RUNS = re.compile(r"[^\W\d_]+")
_ASCII = frozenset(map(chr, range(128)))

# (need post bits, need parent bits, rule's own check, indexes of counters that must reach)
Need = tuple[int, int, bool, tuple[int, ...]]
MAX_FINE = 96  # most fine alternatives one rule's condition may expand to


class GateSet:
    """Every literal in one automaton, and per rule the bits its alternatives need.

    Per rule: ``needs``, the alternatives as rules state them (post bits, parent bits, own
    check), and ``fine``, post bits of a finer OR of ANDs in which each clause having
    ``options`` is replaced by one of them (e.g. by one regex and all its literal sets):
    both must hold. ``regex_needs``: bits each regex of the conditions needs (all of them),
    so that an analysis skips a regex the post cannot match."""

    def __init__(
        self,
        alternatives: list[list[Alternative] | None],
        marks: str,
        regex_clauses: dict[tuple[str, int], tuple[Clause, ...]] | None = None,
    ) -> None:
        self.marks = re.compile("[" + marks + "]") if marks else None
        self.atom_masks: dict[tuple[Any, ...], int] = {}
        self.needs: list[tuple[Need, ...] | None] = []
        self.counters: list[Counter] = []
        self.fine: list[tuple[int, ...] | None] = []
        self._literals: dict[str, dict[int, list[int]]] = {}  # text → flags → [post, parent]
        self._bit = 1
        self._clause_bits: dict[tuple[Any, ...], int] = {}
        for alts in alternatives:
            needs, fine = self._rule(alts)
            self.needs.append(needs)
            self.fine.append(fine if needs is not None else None)
        self.regex_needs: dict[tuple[str, int], int] = {}
        for key, clauses in (regex_clauses or {}).items():
            mask = 0
            for clause in _selective(clauses):
                mask |= self._add(clause, weak=False)
            if mask:
                self.regex_needs[key] = mask
        literals = self._literals
        # Literals of letters only that must stand between non-letters are whole runs of
        # letters: on a post with exact boundaries, they are looked up among its runs
        # instead of scanned for (they hit inside every longer word: "u", "it", "te").
        self.words: dict[str, tuple[int, int]] = {}
        others: dict[str, dict[int, list[int]]] = {}
        for text, by_flags in literals.items():
            for flags, (post, parent) in by_flags.items():
                if text.isalpha() and flags & _LEFT and flags & _RIGHT:
                    had = self.words.get(text, (0, 0))
                    self.words[text] = (had[0] | post, had[1] | parent)
                else:
                    others.setdefault(text, {})[flags] = [post, parent]
        # the same as bytes, for posts whose letters are all ASCII (``bytes.translate``)
        self.ascii_words = {k.encode(): v for k, v in self.words.items() if k.isascii()}
        self.automaton = _automaton(literals)  # every literal
        self.others = _automaton(others)  # the literals not in ``words``
        # The same two for answered messages: only literals with parent bits (a few hundred
        # of the thousands, and a handful outside ``words``): the others never set a bit there.
        self.parent_automaton = _automaton(_with_parent(literals))
        self.parent_others = _automaton(_with_parent(others))
        del self._literals, self._clause_bits

    def _add(self, clause: Clause, weak: bool = True) -> int:
        """A new bit for ``clause``: set by any of its literals or atoms (0: no condition; so
        too, unless ``weak``, for literals most posts hold: a finer condition made of them
        would cost more to scan for than it saves)."""
        if not (clause.atoms or clause.lits) or not (weak or self._strong(clause)):
            return 0
        # the same literals and atoms share one bit (a split regex's alternatives all
        # repeat the whole regex's clause)
        key = (clause.lits, clause.atoms, clause.parent)
        known = self._clause_bits.get(key)
        if known is not None:
            return known
        mask = self._clause_bits[key] = self._bit
        self._bit <<= 1
        for text, flags in clause.lits:
            pair = self._literals.setdefault(text, {}).setdefault(flags, [0, 0])
            pair[1 if clause.parent else 0] |= mask
        for atom in clause.atoms:
            self.atom_masks[atom] = self.atom_masks.get(atom, 0) | mask
        return mask

    def _choices(self, clause: Clause, partial: int) -> list[int] | None:
        """Bits of each of ``clause.options`` (which then replace the clause itself: its
        common literals are not scanned for); None when the clause has no options, too
        many, or an option only made of common literals."""
        options = clause.options
        if not options or partial * len(options) > MAX_FINE:
            return None
        kept = [_selective(option) for option in options]
        if not all(kept):
            return None
        choices = []
        for parts in kept:
            bits = 0
            for part in parts:
                bits |= self._add(part, weak=False)
            choices.append(bits)
        return choices

    def _counter(self, clause: Clause) -> int:
        """The index of a counter for ``clause`` (see ``gatecount``)."""
        counter = Counter(clause.lits, tuple(sorted(clause.atoms)), clause.count)
        self.counters.append(counter)
        return len(self.counters) - 1

    @staticmethod
    def _strong(clause: Clause) -> bool:
        """``_add(clause, weak=False)`` gives a bit."""
        return _score(clause) < WEAK

    def _rule(
        self, alts: list[Alternative] | None
    ) -> tuple[tuple[Need, ...] | None, tuple[int, ...] | None]:
        if alts is None:
            return None, None
        needs: list[Need] = []
        always = False
        fine: set[int] = set()
        refined = False
        for clauses in alts:
            post = parent = 0
            special = False
            counts: list[int] = []
            partial = {0}  # the fine post masks of this alternative so far
            for clause in clauses:
                if clause is None:
                    continue
                if clause.count:
                    counts.append(self._counter(clause))
                    continue
                if clause.check:
                    special = True
                    continue
                if clause.parent:
                    parent |= self._add(clause)
                    continue
                choices = self._choices(clause, len(partial))
                if choices is None:
                    mask = self._add(clause)
                    post |= mask
                    choices = [mask]
                else:
                    refined = True
                partial = {p | c for p in partial for c in choices}
            if not post and not parent and not special and not counts and 0 in partial:
                always = True
            needs.append((post, parent, special, tuple(counts)))
            fine |= partial
        if always or not needs:
            return None, None
        if not refined or 0 in fine:
            return tuple(needs), None
        return tuple(needs), tuple(sorted(fine))

    # ---------------------------------------------------------------- per post

    def fold_text(self, text: str) -> tuple[str, bool]:
        """(folded text, boundaries exact?): ``tokens.fold`` applied character by character,
        plus the two letters re's IGNORECASE matches beyond case (ı → i, ſ → s)."""
        return self._fold(text)[:2]

    def fold_scan(self, text: str, parent: bool = False) -> int:
        """``scan`` of the folded ``text``."""
        folded, exact, ascii_letters = self._fold(text)
        return self.scan(folded, exact, parent, ascii_letters)

    def fold_scan_text(self, text: str) -> tuple[int, str, bool, bool]:
        """``fold_scan`` of a post, with its folded text, whether boundaries are exact and
        whether its letters are all ASCII."""
        folded, exact, ascii_letters = self._fold(text)
        return self.scan(folded, exact, False, ascii_letters), folded, exact, ascii_letters

    def _fold(self, text: str) -> tuple[str, bool, bool]:
        """``fold_text``, and whether every letter of the folded text is ASCII.

        After lower-casing, every step is a function of one character (NFD's reordering
        only moves combining marks, which are all deleted), so each distinct non-ASCII
        character is folded once per process (``gatefold.fold_char``) and replaced in one pass."""
        low = text.lower()
        if low.isascii():
            return low, True, True
        if self.marks is None:
            folded = fold_unmarked(low)
            return folded, True, not any(c.isalpha() for c in set(folded) - _ASCII)
        exact = ascii_letters = True
        chars = FOLDED_CHARS
        for char in set(low) - _ASCII:
            found = chars.get(char)
            if found is None:
                found = chars[char] = fold_char(char)
            kept, mark, letter = found
            if mark:
                exact = False  # combining marks of its own (or İ): folding glues neighbours
            if letter:
                ascii_letters = False
            if kept != char:
                low = low.replace(char, kept)
        return low, exact, ascii_letters

    def scan(
        self, folded: str, exact: bool, parent: bool = False, ascii_letters: bool | None = None
    ) -> int:
        """Bits of the clauses whose literals occur in ``folded`` (boundary flags checked);
        ``ascii_letters``: whether every letter of ``folded`` is ASCII, when known."""
        side = 2 if parent else 1
        sat = 0
        automaton = self.parent_automaton if parent else self.automaton
        others = self.parent_others if parent else self.others
        if ascii_letters is None:
            ascii_letters = folded.isascii() or not any(c.isalpha() for c in set(folded) - _ASCII)
        if exact and ascii_letters:
            # every letter is ASCII (accents are folded away): runs cut in the UTF-8 bytes
            automaton = others
            ascii_words = self.ascii_words
            for run in ascii_words.keys() & folded.encode().translate(_ASCII_RUNS).split():
                sat |= ascii_words[run][side - 1]
        elif exact:
            runs = _LETTER_RUNS.findall(folded)
            if not runs:
                automaton = others
            elif "".join(runs).isalpha():  # runs of letters only (no "²" in them)
                automaton = others
                words = self.words
                for word in words.keys() & runs:
                    sat |= words[word][side - 1]
        if automaton is None:
            return sat
        size = len(folded)
        for end, (length, entries) in automaton.iter(folded):
            for entry in entries:
                mask = entry[side]
                if not mask or mask & sat == mask:
                    continue
                flags = entry[0]
                if flags and exact and not _bounded(folded, end - length + 1, end + 1, size, flags):
                    continue
                sat |= mask
        return sat


def _with_parent(literals: dict[str, dict[int, list[int]]]) -> dict[str, dict[int, list[int]]]:
    """The literals (text → flags → [post, parent] bits) that set a parent bit."""
    found: dict[str, dict[int, list[int]]] = {}
    for text, by_flags in literals.items():
        kept = {flags: pair for flags, pair in by_flags.items() if pair[1]}
        if kept:
            found[text] = kept
    return found


def _automaton(literals: dict[str, dict[int, list[int]]]) -> Any:
    """An Aho-Corasick automaton of ``literals`` (text → flags → [post, parent] bits)."""
    if not literals:
        return None
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for text, by_flags in literals.items():
        entries = tuple((flags, post, parent) for flags, (post, parent) in by_flags.items())
        automaton.add_word(text, (len(text), entries))
    automaton.make_automaton()
    return automaton


def build_gates(rules: list[Rule], indexes: Any, tables: Any) -> dict[str, bytes]:
    """Compile every rule's condition (at cache build time) into one pickled ``GateSet``
    per language: a run unpickles only the languages of its posts."""
    import pickle
    import sys

    from .gatebuild import GateBuilder, exception_pieces

    exempt = exception_pieces(tables.values())
    ranges: list[list[int]] = []
    for cp in range(0x300, sys.maxunicode + 1):
        if 0xD800 <= cp < 0xE000 or not unicodedata.combining(chr(cp)):
            continue
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    marks = "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )
    gates = {}
    for lang in tables:
        builder = GateBuilder(indexes, exempt, lang)
        alternatives = [rule.gate(builder) for rule in rules]
        gate_set = GateSet(alternatives, marks, builder.regex_clauses)
        gates[lang] = pickle.dumps(gate_set, protocol=pickle.HIGHEST_PROTOCOL)
    return gates


from .gatescope import ScopeGate, atom_holds  # noqa: E402  (the per-post side)

__all__ = ["Alternative", "Clause", "GateSet", "ScopeGate", "atom_holds", "build_gates"]
