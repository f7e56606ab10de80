"""Where the words of a hashtag's body are: capital chunks, letter runs, and a reading
written back with capitals."""

from __future__ import annotations

from collections.abc import Iterable


def camel_chunks(body: str) -> list[tuple[int, int]]:
    """Spans of the words a tag's capitals show (``SusanBoyleAlbumParty`` → 4 spans).

    Digits and other non-letters separate chunks; an upper-case run followed by a lower-case
    letter gives its last capital to the next word (``NYPDStories`` → NYPD, Stories).
    """
    spans: list[tuple[int, int]] = []
    start = -1
    n = len(body)
    for k, char in enumerate(body):
        if not char.isalpha():
            if start >= 0:
                spans.append((start, k))
                start = -1
            continue
        if start < 0:
            start = k
            continue
        prev = body[k - 1]
        if char.isupper() and (
            prev.islower() or (prev.isupper() and k + 1 < n and body[k + 1].islower())
        ):
            spans.append((start, k))
            start = k
    if start >= 0:
        spans.append((start, n))
    return spans


def letter_runs(body: str) -> list[tuple[int, int]]:
    """Spans of the letter runs of a tag written without capitals (digits split them)."""
    spans: list[tuple[int, int]] = []
    start = -1
    for k, char in enumerate(body):
        if char.isalpha():
            if start < 0:
                start = k
        elif start >= 0:
            spans.append((start, k))
            start = -1
    if start >= 0:
        spans.append((start, len(body)))
    return spans


def capitalised(body: str, pieces: Iterable[str]) -> str:
    """``susanalbumparty`` + its pieces → ``SusanAlbumParty`` (original letters kept)."""
    out: list[str] = []
    k = 0
    for piece in pieces:
        chunk = body[k : k + len(piece)]
        out.append(chunk[:1].upper() + chunk[1:].lower())
        k += len(piece)
    out.append(body[k:])
    return "".join(out)
