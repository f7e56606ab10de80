"""Bounded memos for per-run repeats (answered messages, hashtags, word pieces).

A batch repeats itself locally (replies answering one message, a campaign's tag), so a plain
dict that starts over when full keeps the hits without an LRU's bookkeeping on the hot path.
"""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


def remember(memo: dict[K, V], key: K, value: V, limit: int) -> V:
    """Store ``value`` under ``key`` and return it; a memo holding ``limit`` entries is
    emptied first."""
    if len(memo) >= limit:
        memo.clear()
    memo[key] = value
    return value
