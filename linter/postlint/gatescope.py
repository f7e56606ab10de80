"""The per-post side of the gate (see ``gate``): structural atoms and each scope's rules.

A scope (language, kind) holds its active rules in order with their needs. Per post, the text
is folded and scanned once (``GateSet``), atoms are evaluated, and only the rules whose
condition holds are kept, in scope order.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .gatesearch import search_holds
from .memo import remember
from .tokens import _EMOJI_CLASS

if TYPE_CHECKING:
    from .gate import GateSet, Need
    from .model import Post
    from .rules.base import Rule
    from .tokens import Tokenizer

ANSWERED_KEPT = 4096  # answered messages whose parent bits a scope keeps (then starts over)
_DIGIT = re.compile(r"\d")
_EMOJI_CHAR = re.compile("[" + _EMOJI_CLASS + "]")
# Runs of word characters that are not lower-case Latin letters: every upper-case word
# (``Analysis.capitals``) lies inside one, and holds at least two letters.
_UPPER_RUN = re.compile(r"[^\W_a-zß-öø-ÿ]{2,}")


def atom_holds(atom: tuple[Any, ...], text: str, post: Post) -> bool:
    """Structural facts rules state in ``gate`` (see ``gatebuild.GateBuilder.atom``)."""
    name = atom[0]
    if name == "has":
        return bool(atom[1] in text)
    if name == "count":
        return bool(text.count(atom[1]) > atom[2])
    if name == "reply":
        return bool(post.in_reply_to)
    if name == "noreply":
        return not post.in_reply_to
    if name == "scheduled":
        return bool(post.scheduled_at)
    if name == "emoji":
        if atom[1] == 0:
            return _EMOJI_CHAR.search(text) is not None
        return bool(len(_EMOJI_CHAR.findall(text)) > atom[1])
    if name == "links":
        links = text.count("http://") + text.count("https://") + text.count("www.")
        return bool(links > atom[1])
    if name == "digit":
        return _DIGIT.search(text) is not None
    if name == "search":  # the regex itself (see ``GateBuilder.regex``)
        return search_holds(atom, text)
    if name == "length":
        return bool(len(text) > atom[1])
    if name == "capitals":  # letters of upper-case words ≤ the length of these runs
        total = 0
        for run in _UPPER_RUN.findall(text):
            if not run.isdigit():
                total += len(run)
        return bool(total > atom[1])
    return True  # unknown atom: no condition


class ScopeGate:
    """The gate of one (language, kind) scope: its rules in order, with their needs.

    Most rules need some bit every one of their alternatives needs (a *key*): rules are
    filed by key, and a post only looks at the rules whose key it set, plus the others.
    Of the others, most need one of a few bits (``_any_key``: one bit of each way of meeting
    the condition): they are looked at only when the post set one of them (``masked``)."""

    __slots__ = (
        "answered",
        "atoms",
        "by_key",
        "entries",
        "gates",
        "keys",
        "lazy",
        "lazy_mask",
        "masked",
        "unkeyed",
    )

    def __init__(self, gates: GateSet, active: list[tuple[Rule, Any, int]]) -> None:
        self.gates = gates
        # answered message → its parent bits (several replies often answer one message)
        self.answered: dict[str, int] = {}
        # per rule: (rule, level, needs, fine, common, some, every post bit it reads)
        self.entries = [
            (
                rule,
                level,
                gates.needs[index],
                gates.fine[index],
                *_fine_test(gates.fine[index]),
                _bits(gates.needs[index], gates.fine[index]),
            )
            for rule, level, index in active
        ]
        used = 0
        self.by_key: dict[int, list[int]] = {}
        self.unkeyed: list[int] = []
        self.masked: list[tuple[int, int]] = []  # (index, bits of which it needs one)
        for i, (_, _, needs, fine, _, some, bits) in enumerate(self.entries):
            used |= bits
            key = _key(needs, fine)
            if key:
                self.by_key.setdefault(key, []).append(i)
                continue
            mask = _any_key(needs, some)
            if mask:
                self.masked.append((i, mask))
            else:
                self.unkeyed.append(i)
        self.keys = 0
        for key in self.by_key:
            self.keys |= key
        for bits in gates.regex_needs.values():
            used |= bits
        atoms = [(atom, mask) for atom, mask in gates.atom_masks.items() if mask & used]
        # Searched regexes (``gatesearch``) cost a few microseconds each: they are assumed to
        # hold, and looked at only when a rule that reads their bits would be selected.
        self.atoms = [(atom, mask) for atom, mask in atoms if atom[0] != "search"]
        self.lazy = [(atom, mask) for atom, mask in atoms if atom[0] == "search"]
        self.lazy_mask = 0
        for _, mask in self.lazy:
            self.lazy_mask |= mask

    def select(self, text: str, post: Post, tokenizer: Tokenizer) -> list[tuple[Rule, Any]]:
        """The rules (with levels) whose condition holds for ``post``, in scope order."""
        return self.select_bits(text, post, tokenizer)[0]

    def select_bits(
        self, text: str, post: Post, tokenizer: Tokenizer
    ) -> tuple[list[tuple[Rule, Any]], int]:
        """``select``, and bits the post may satisfy (for ``GateSet.regex_needs``): all it
        does, and maybe some of searched regexes that were never looked at."""
        gates = self.gates
        sat, folded, exact, ascii_letters = gates.fold_scan_text(text)
        shape = (folded, exact, ascii_letters)
        for atom, mask in self.atoms:
            if mask & sat != mask and atom_holds(atom, text, post):
                sat |= mask
        pending = self._pending(sat, text)  # bits only searched regexes could set: assumed
        sat |= pending
        candidates = self.unkeyed + [i for i, mask in self.masked if sat & mask]
        found = sat & self.keys
        if found:
            by_key = self.by_key
            while found:
                key = found & -found
                candidates += by_key[key]
                found ^= key
        candidates.sort()
        entries = self.entries
        reached: dict[int, bool] = {}  # counter → verdict, for this post
        selected = []
        for i in candidates:
            rule, level, needs, fine, common, some, bits_read = entries[i]
            if needs is None:
                selected.append((rule, level))
                continue
            if fine is not None:
                if sat & common != common or (some and not sat & some):
                    continue  # no fine alternative can hold (see ``_fine_test``)
                for bits in fine:
                    if sat & bits == bits:
                        break
                else:
                    continue
            for alternative in needs:
                need = alternative[0]
                if sat & need != need:  # the common, cheap refusal stays inline
                    continue
                if not self._holds(rule, alternative, sat, post, text, tokenizer, shape, reached):
                    continue
                if pending & bits_read:  # it holds if searched regexes match: look now
                    sat, pending = self._resolve(bits_read & pending, sat, pending, text)
                    if not self._passes(entries[i], sat, post, text, tokenizer, shape):
                        break
                selected.append((rule, level))
                break
        return selected, sat

    def _pending(self, sat: int, text: str) -> int:
        """The bits of searched regexes to assume (``_resolve`` looks at them when needed):
        none on a post without a digit, which none of them can match (``search_atom``)."""
        if not self.lazy_mask or _DIGIT.search(text) is None:
            return 0
        return self.lazy_mask & ~sat

    def _resolve(self, bits: int, sat: int, pending: int, text: str) -> tuple[int, int]:
        """(sat, pending) once every searched regex setting one of ``bits`` is looked at."""
        found = 0
        for atom, mask in self.lazy:
            if mask & bits and search_holds(atom, text):
                found |= mask
        done = bits | (found & pending)
        return (sat & ~bits) | (found & done), pending & ~done

    def _passes(
        self,
        entry: tuple[Any, ...],
        sat: int,
        post: Post,
        text: str,
        tokenizer: Tokenizer,
        shape: tuple[str, bool, bool],
    ) -> bool:
        """The loop of ``select_bits`` for one rule, on ``sat`` with searched regexes
        looked at (the rare case: a rule that would be selected on their assumed bits)."""
        rule, _, needs, fine, _, _, _ = entry
        if fine is not None and not any(sat & bits == bits for bits in fine):
            return False
        reached: dict[int, bool] = {}
        return any(
            self._holds(rule, alternative, sat, post, text, tokenizer, shape, reached)
            for alternative in needs
        )

    def _holds(
        self,
        rule: Rule,
        alternative: tuple[int, int, bool, tuple[int, ...]],
        sat: int,
        post: Post,
        text: str,
        tokenizer: Tokenizer,
        shape: tuple[str, bool, bool],
        reached: dict[int, bool],
    ) -> bool:
        """One alternative of a rule's condition: its bits, its counts, the message answered
        (memoised by ``_answered``) and the rule's own check."""
        need, parent_need, special, counts = alternative
        if sat & need != need:
            return False
        if counts and not all(self._reaches(c, shape, text, reached) for c in counts):
            return False
        if parent_need and self._answered(post.in_reply_to or "") & parent_need != parent_need:
            return False
        return not special or rule.gate_check(text, post, tokenizer)

    def _reaches(
        self, index: int, shape: tuple[str, bool, bool], text: str, reached: dict[int, bool]
    ) -> bool:
        """Whether counter ``index`` reaches its count on this post (``shape``: the folded
        text, exact boundaries?, ASCII letters?), asked once per post."""
        found = reached.get(index)
        if found is None:
            found = reached[index] = self.gates.counters[index].reaches(*shape, text)
        return found

    def _answered(self, text: str) -> int:
        known = self.answered.get(text)
        if known is None:
            scanned = self.gates.fold_scan(text, parent=True)
            known = remember(self.answered, text, scanned, ANSWERED_KEPT)
        return known


def _fine_test(fine: tuple[int, ...] | None) -> tuple[int, int]:
    """(common, some): bits every fine alternative needs, and bits of which each needs one
    (the lowest of its own beyond ``common``; 0, no such test, when one has none). An
    alternative holds only if ``sat`` has all of ``common`` and one of ``some``: most rules
    looked at fail this at once instead of trying each alternative."""
    if not fine:
        return 0, 0
    common = -1
    for bits in fine:
        common &= bits
    some = 0
    for bits in fine:
        own = bits & ~common
        if not own:
            return common, 0
        some |= own & -own
    return common, some


def _bits(needs: tuple[Need, ...] | None, fine: tuple[int, ...] | None) -> int:
    """Every post bit a rule's condition reads."""
    found = 0
    for post, *_ in needs or ():
        found |= post
    for bits in fine or ():
        found |= bits
    return found


def _any_key(needs: tuple[Need, ...] | None, some: int) -> int:
    """Bits of which every way of meeting the condition sets one (0: none known): the fine
    test's ``some`` (see ``_fine_test``), else the lowest post bit of each alternative."""
    if needs is None:
        return 0
    if some:
        return some
    mask = 0
    for post, *_ in needs:
        if not post:
            return 0
        mask |= post & -post
    return mask


def _key(needs: tuple[Need, ...] | None, fine: tuple[int, ...] | None) -> int:
    """One bit every way of meeting the condition sets (0: none); a fine one if possible."""
    if needs is None:
        return 0
    common = -1
    for bits in fine or ():
        common &= bits
    if common <= 0:
        common = -1
        for post, *_ in needs:
            common &= post
    if common <= 0:
        return 0
    return common & -common
