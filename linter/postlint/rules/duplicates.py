"""``copy-paste``: the same reply sent to several different messages in one run (a batch rule).

One reply pasted under many different complaints reads as automated, and screenshots of the
series travel. Texts are compared after normalising (lower case, accents, @handles, URLs,
numbers and spacing removed); the 2nd and later copies are flagged when they answer a
different message than the first. The state is a dict of hashes, capped so memory stays flat.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ..digest import blake2b
from ..memo import remember
from ..tokens import fold_long
from .base import Hit, Param, Rule, RuleMeta, is_int

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..compile import Compiler

_NOISE = re.compile(r"(?:https?://|www\.)\S+|@\w+|#|\d+(?:[.,:/h]\d+)*")
_WORDS = re.compile(r"\w+")
MAX_SEEN = 100_000  # distinct reply texts remembered per run


def normalise(text: str) -> str:
    """Lower-case, unaccented words without handles, URLs or numbers, single-spaced (the
    runs of word characters: no white space is a word character)."""
    return " ".join(_WORDS.findall(fold_long(_NOISE.sub(" ", text))))


def _digest(text: str) -> bytes:
    return blake2b(text.encode(), digest_size=12).digest()


_ANSWERED: dict[str, bytes] = {}  # answered message → digest (replies often share one)
ANSWERED_KEPT = 4096


def _answered_digest(text: str) -> bytes:
    found = _ANSWERED.get(text)
    if found is None:
        found = remember(_ANSWERED, text, _digest(normalise(text)), ANSWERED_KEPT)
    return found


class CopyPasteState:
    """What one run remembers: normalised-text hash → (first post id, hash of what it answered)."""

    __slots__ = ("seen",)

    def __init__(self) -> None:
        self.seen: dict[bytes, tuple[str, bytes]] = {}


class CopyPasteRule(Rule):
    TYPE = "copy-paste"
    batch = True
    PARAMS = {
        "min_words": Param(is_int, doc="ignore replies shorter than this (default 6 words)"),
    }

    def __init__(self, meta: RuleMeta, min_words: int) -> None:
        super().__init__(meta)
        self.min_words = min_words

    @classmethod
    def build(cls, meta: RuleMeta, params: Mapping[str, Any], compiler: Compiler) -> Rule:
        return cls(meta, params.get("min_words", 6))

    def new_state(self) -> CopyPasteState:
        return CopyPasteState()

    def check(self, analysis: Analysis) -> Iterator[Hit]:
        return iter(())  # alone, a post has nothing to be a copy of

    def check_batch(self, analysis: Analysis, state: CopyPasteState) -> Iterator[Hit]:
        return self.check_prepared(analysis, state, self.prepare(analysis))

    def prepare(self, analysis: Analysis) -> tuple[bytes, bytes] | None:
        """What ``check_prepared`` needs of one post, computed without the run's state (a
        worker process computes it, see ``postlint.pool``); None: the post is too short to
        count, it neither hits nor changes the state."""
        text = normalise(analysis.text)
        if (text.count(" ") + 1 if text else 0) < self.min_words:  # single-spaced words
            return None
        return _digest(text), _answered_digest(analysis.post.in_reply_to or "")

    def check_prepared(
        self, analysis: Analysis, state: CopyPasteState, prepared: tuple[bytes, bytes] | None
    ) -> Iterator[Hit]:
        if prepared is None:
            return
        key, answered = prepared
        first = state.seen.get(key)
        if first is None:
            if len(state.seen) >= MAX_SEEN:
                state.seen.pop(next(iter(state.seen)))
            state.seen[key] = (analysis.post.id or "", answered)
            return
        if first[1] != answered or not analysis.post.in_reply_to:
            args = {"first": first[0] or "an earlier post"}
            yield Hit(0, len(analysis.text.rstrip()) or len(analysis.text), args)
