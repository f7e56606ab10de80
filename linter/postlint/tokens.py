"""The run-time tokenizer: one regular expression, no spaCy.

It is held to spaCy's tokenizer by a differential test (tests/test_tokenizer_vs_spacy.py):
same token boundaries on words, and hashtags, @mentions, URLs and emoji kept whole. The
special cases that spaCy's tables define (English contractions such as "don't" → "do" + "n't")
come from the compiled ruleset cache, so a warm run never imports spaCy.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

WORD, HASHTAG, MENTION, URL, EMOJI, NUMBER, PUNCT = (
    "word",
    "hashtag",
    "mention",
    "url",
    "emoji",
    "number",
    "punct",
)

_EMOJI_CLASS = (
    "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff\ufe0f\u200d\U0001f1e6-\U0001f1ff"
)
_TOKEN_RE = re.compile(
    r"(?P<url>(?:https?://|www\.)[^\s<>\"«»]+[^\s<>\"«».,;:!?)\]'’])"
    r"|(?P<hashtag>#[^\W_]\w*)"
    r"|(?P<mention>@\w+)"
    r"|(?P<emoji>[" + _EMOJI_CLASS + r"](?:[\U0001f3fb-\U0001f3ff\ufe0f\u200d]"
    r"|(?<=\u200d)[" + _EMOJI_CLASS + r"])*)"
    r"|(?P<number>\d+(?:[.,]\d+)*(?:%|€|\$|£)?)"
    r"|(?P<word>[^\W\d_](?:[^\W_]|['’](?=[^\W\d_])|-(?=[^\W\d_]))*)"
    r"|(?P<punct>[^\s\w]|_)",
)

# French elided articles and pronouns: spaCy splits "l'homme" into "l'" + "homme".
_FR_ELISION = re.compile(
    r"^(?:jusqu|lorsqu|puisqu|quoiqu|presqu|qu|[cdjlmnst])['’](?=[^\W\d_])", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    norm: str  # lower-cased, accents removed, ’ as ' ; a hashtag's norm has no '#'
    start: int
    end: int
    kind: str


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, strip accents and unify apostrophes: the key every match compares."""
    lowered = text.lower().replace("’", "'")
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFD", lowered)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("œ", "oe")


class Tokenizer:
    """Splits a post into tokens; ``special_cases`` maps a folded word to its spaCy split."""

    def __init__(self, special_cases: dict[str, tuple[str, ...]] | None = None) -> None:
        self.special_cases = special_cases or {}

    def tokenize(self, text: str, lang: str) -> list[Token]:
        tokens: list[Token] = []
        append = tokens.append
        special = self.special_cases
        for m in _TOKEN_RE.finditer(text):
            kind = m.lastgroup or PUNCT
            piece = m.group()
            start = m.start()
            if kind == HASHTAG:
                append(Token(piece, fold(piece[1:]), start, m.end(), HASHTAG))
            elif kind == WORD:
                self._split_word(piece, start, lang, special, append)
            elif kind in (URL, MENTION):
                append(Token(piece, piece.lower(), start, m.end(), kind))
            else:
                append(Token(piece, fold(piece), start, m.end(), kind))
        return tokens

    @staticmethod
    def _split_word(piece: str, start: int, lang: str, special, append) -> None:  # type: ignore[no-untyped-def]
        for part, offset in _word_parts(piece, lang, special):
            kind = PUNCT if part == "-" else WORD
            append(Token(part, fold(part), start + offset, start + offset + len(part), kind))


def _word_parts(piece: str, lang: str, special: dict[str, tuple[str, ...]]):  # type: ignore[no-untyped-def]
    """Yield (part, offset) for a word run, splitting elisions, hyphens and spaCy's cases."""
    folded = fold(piece)
    parts = special.get(folded)
    if parts is not None:
        offset = 0
        for part in parts:
            yield piece[offset : offset + len(part)], offset
            offset += len(part)
        return
    offset = 0
    if lang == "fr":
        m = _FR_ELISION.match(piece)
        if m:
            yield piece[: m.end()], 0
            offset = m.end()
    rest = piece[offset:]
    if "-" not in rest:
        if rest:
            yield rest, offset
        return
    for i, chunk in enumerate(rest.split("-")):
        if i:
            yield "-", offset
            offset += 1
        if chunk:
            yield chunk, offset
            offset += len(chunk)
