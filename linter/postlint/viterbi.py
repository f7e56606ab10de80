"""Viterbi over the pieces of a letters-only string, for any piece → cost function.

The forward pass gives the cheapest reading of every prefix, the backward pass of every
suffix; the segmenter joins the two around a chosen piece. Pieces are at most ``MAX_WORD``
letters long.
"""

from __future__ import annotations

import math
from collections.abc import Callable

INF = math.inf  # no reading (a piece that is not a word, or nothing reaches here)
MAX_WORD = 20


def forward(text: str, cost: Callable[[str], float]) -> tuple[list[float], list[int]]:
    """costs[j] = cheapest reading of text[:j]; back[j] = where its last piece starts."""
    n = len(text)
    costs = [0.0] + [INF] * n
    back = [0] * (n + 1)
    for j in range(1, n + 1):
        best, at = INF, 0
        for i in range(max(0, j - MAX_WORD), j):
            if costs[i] == INF:
                continue
            c = costs[i] + cost(text[i:j])
            if c < best:
                best, at = c, i
        costs[j], back[j] = best, at
    return costs, back


def backward(text: str, cost: Callable[[str], float]) -> tuple[list[float], list[int]]:
    """costs[i] = cheapest reading of text[i:]; nxt[i] = where its first piece ends."""
    n = len(text)
    costs = [INF] * n + [0.0]
    nxt = [n] * (n + 1)
    for i in range(n - 1, -1, -1):
        best, at = INF, n
        for j in range(i + 1, min(n, i + MAX_WORD) + 1):
            if costs[j] == INF:
                continue
            c = cost(text[i:j]) + costs[j]
            if c < best:
                best, at = c, j
        costs[i], nxt[i] = best, at
    return costs, nxt


def prefix_pieces(text: str, back: list[int], end: int) -> tuple[str, ...]:
    pieces: list[str] = []
    j = end
    while j > 0:
        i = back[j]
        pieces.append(text[i:j])
        j = i
    return tuple(reversed(pieces))


def suffix_pieces(text: str, nxt: list[int], start: int) -> tuple[str, ...]:
    pieces: list[str] = []
    i = start
    while i < len(text):
        j = nxt[i]
        pieces.append(text[i:j])
        i = j
    return tuple(pieces)
