"""The gate's folding of one character (see ``gate.GateSet.fold_text``), kept per process.

After lower-casing, folding a post for the gate is a function of each character: NFD (whose
reordering only moves combining marks, all deleted), marks deleted, œ → oe, ı → i, ſ → s, ’ →
'. So each distinct non-ASCII character is folded once and then replaced wherever it stands.
"""

from __future__ import annotations

import unicodedata

# each non-ASCII character seen → (its fold, is it a combining mark?, does its fold hold a
# letter that is not ASCII?); at most one entry per code point, so the table stays small (a
# few hundred in practice)
FOLDED_CHARS: dict[str, tuple[str, bool, bool]] = {}


def fold_char(char: str) -> tuple[str, bool, bool]:
    """``GateSet.fold_text`` of one lower-case character (NFD, combining marks deleted),
    and the two facts ``GateSet._fold`` reads about it. A fold is folded already (its
    characters are NFD base characters), so replacing one never creates work for another."""
    combining = unicodedata.combining
    decomposed = unicodedata.normalize("NFD", char.replace("’", "'"))
    kept = "".join(c for c in decomposed if not combining(c))
    kept = kept.replace("œ", "oe").replace("ı", "i").replace("ſ", "s")
    letter = any(c.isalpha() and not c.isascii() for c in kept)
    return kept, bool(combining(char)), letter


def fold_unmarked(low: str) -> str:
    """``fold_text`` when no character is a combining mark (a table without marks)."""
    low = unicodedata.normalize("NFD", low.replace("’", "'"))
    return low.replace("œ", "oe").replace("ı", "i").replace("ſ", "s")
