"""The run-time tokenizer: one regular expression and spaCy's own tables, no spaCy import.

It is held to spaCy's tokenizer by a differential test (tests/test_tokenizer_vs_spacy.py):
same token boundaries on words, numbers and punctuation, while hashtags, @mentions, URLs and
emoji (with skin tones and ZWJ sequences) are kept whole where spaCy may cut them further.
The language-specific behaviour is spaCy's, exported at compile time into the cache as
:class:`TokenizerTables` (see ``nlp.tokenizer_tables``):

- exceptions: exact word → pieces (English "don't" → "do" + "n't", "gonna", French
  "aujourd'hui" and "peut-être" kept whole, "a-t-il" → "a" + "-t" + "-il");
- English: the "'s" suffix is split ("John's" → "John" + "'s"), hyphens are split;
- French: elided d' l' n' are prefixes, hyphenated pronouns are suffixes ("dit-il" →
  "dit" + "-il"), any other apostrophe between letters splits after it ("qu'il", "jusqu'à"),
  hyphens split, except words spaCy keeps whole by its ``token_match`` ("anti-gaspi",
  "arc-en-ciel"), whose pattern is compiled only when a French word has a hyphen or
  apostrophe.

Differences kept on purpose: spaCy splits "#tag" into "#" + "tag" (we keep the hashtag),
and a word glued to digits ("3h") is split here; only "-" joins a hyphenated word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from .memo import remember

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
    r"|(?P<number>\d+(?:[.,]\d+)*)"
    r"|(?P<word>[^\W\d_](?:[^\W_]|['’](?=[^\W\d_])|-(?=[^\W\d_]))*)"
    r"|(?P<punct>\.\.\.|[^\s\w]|_)",
)
# Every hashtag token's text is one of these matches (a superset: tags inside URLs too).
HASHTAG_RE = re.compile(r"#[^\W_]\w*")
# Word runs that need more than one dict look-up: they hold an apostrophe or a hyphen.
_JOINERS = re.compile(r"['’-]")
PIECES_KEPT = 1 << 15  # pieces whose tokens ``Tokenizer.tokenize`` keeps (then starts over)
_EN_SUFFIX = re.compile(r"['’][sS]$")
_FR_PREFIX = re.compile(r"^[dlnDLN]['’](?=[^\W\d_])")
_FR_INFIX = re.compile(r"-|(?<=[^\W\d_]['’])(?=[^\W\d_])")


class Token(NamedTuple):
    text: str
    norm: str  # lower-cased, accents removed, ’ as ' ; a hashtag's norm has no '#'
    start: int
    end: int
    kind: str


@dataclass(slots=True)
class TokenizerTables:
    """spaCy's tokenizer data for one language, as plain picklable values."""

    lang: str
    exceptions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    hyphen_suffixes: frozenset[str] = frozenset()  # French "-il", "-moi", … (without "-")
    # French token_match, one (literal prefix, hyphens needed, apostrophes needed, regex
    # source) per alternative; matched against the lower-cased word
    keep_whole: tuple[tuple[str, int, int, str], ...] = ()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, strip accents and unify apostrophes: the key every match compares."""
    lowered = text.lower().replace("’", "'")
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFD", lowered)
    # combining marks deleted: each distinct character is tested once, not each position
    for mark in [c for c in set(decomposed) if unicodedata.combining(c)]:
        decomposed = decomposed.replace(mark, "")
    return decomposed.replace("œ", "oe")


def fold_long(text: str) -> str:
    """``fold`` for a whole text: not kept in ``fold``'s cache, which unique texts would
    fill, pushing out the words every post repeats. After lower-casing, folding is a function
    of each character (NFD's reordering only moves combining marks, which are all deleted):
    each distinct non-ASCII character is folded once per process and replaced."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    chars = _FOLDED_CHARS
    for char in set(lowered) - _ASCII:
        folded = chars.get(char)
        if folded is None:
            folded = chars[char] = fold.__wrapped__(char)
        if folded != char:
            lowered = lowered.replace(char, folded)
    return lowered


_ASCII = frozenset(map(chr, range(128)))
_FOLDED_CHARS: dict[str, str] = {}  # non-ASCII lower-case character → ``fold`` of it


class Tokenizer:
    """Splits a post into tokens the way spaCy does for ``tables.lang`` (see module doc)."""

    def __init__(self, tables: TokenizerTables | None = None) -> None:
        self.tables = tables or TokenizerTables("en")
        self._exceptions = self.tables.exceptions
        self._french = self.tables.lang == "fr"
        # literal prefix → alternatives; a word compiles only the few that could match it
        self._keep_index: dict[str, list[int]] = {}
        for i, (prefix, *_) in enumerate(self.tables.keep_whole):
            self._keep_index.setdefault(prefix, []).append(i)
        self._longest_prefix = max((len(alt[0]) for alt in self.tables.keep_whole), default=0)
        self._keep_regexes: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._pieces: dict[str, tuple[Token, ...]] = {}  # see ``tokenize``
        self._words: dict[str, str] = {}  # plain word → its norm (see ``tokenize``)
        # The last text tokenized (the very object) and its tokens: a gate check that needs
        # a post's tokens leaves them to the analysis that follows. One tuple, replaced
        # whole, so threads sharing the tokenizer never see a text with another's tokens.
        self._last: tuple[str | None, list[Token]] = (None, [])

    def tokenize(self, text: str, lang: str | None = None) -> list[Token]:
        """The tokens of ``text``. No token spans white space and every other character
        starts or continues one, so the text is cut at white space first: a run of letters
        (most pieces) is one word, whose norm one look-up finds once it has been seen; any
        other piece goes through the regular expression once and its tokens, relative to the
        piece, are kept (``it's``, ``d'un``, ``7pm,`` recur). ``tokenize_regex`` is the
        reference this must equal (tests/test_tokens_fast.py). The list may be handed to the
        next caller asking for the same text: it is never to be changed."""
        last = self._last
        if last[0] is text:  # a gate check asked first (see ``_last``)
            return last[1]
        tokens: list[Token] = []
        append = tokens.append
        words = self._words
        pieces = self._pieces
        new = tuple.__new__  # Token(...) without the NamedTuple's Python-level __new__
        find = text.find
        pos = 0
        for piece in text.split():
            start = find(piece, pos)
            pos = start + len(piece)
            norm = words.get(piece)
            known = pieces.get(piece) if norm is None else None
            if norm is None and known is None:
                norm, known = self._first_sight(piece)
            if norm is not None:
                append(new(Token, (piece, norm, start, pos, WORD)))
                continue
            assert known is not None
            if start:
                for part, norm, begin, stop, kind in known:
                    append(new(Token, (part, norm, start + begin, start + stop, kind)))
            else:
                tokens.extend(known)
        self._last = (text, tokens)
        return tokens

    def _first_sight(self, piece: str) -> tuple[str | None, tuple[Token, ...] | None]:
        """(norm, None) for a piece that is one plain word, else (None, its tokens); both
        kept for the next time the piece is seen (``_words``, ``_pieces``)."""
        norm = self._word(piece)
        return (norm, None) if norm is not None else (None, self._piece(piece))

    def _word(self, piece: str) -> str | None:
        """The norm of a piece that is one plain word (letters, no exception), kept; else
        None."""
        if piece.isalpha() and piece not in self._exceptions:
            return remember(self._words, piece, fold(piece), PIECES_KEPT)
        return None

    def _piece(self, piece: str) -> tuple[Token, ...]:
        """The tokens of one white-space-free piece, relative to it (kept, up to a bound)."""
        found: list[Token] = []
        self._regex_tokens(piece, 0, len(piece), found.append)
        return remember(self._pieces, piece, tuple(found), PIECES_KEPT)

    def tokenize_regex(self, text: str, lang: str | None = None) -> list[Token]:
        """``tokenize`` with every token found by the regular expression (the reference)."""
        tokens: list[Token] = []
        self._regex_tokens(text, 0, len(text), tokens.append)
        return tokens

    def _regex_tokens(
        self, text: str, begin: int, stop: int, append: Callable[[Token], None]
    ) -> None:
        exceptions = self._exceptions
        new = tuple.__new__
        for m in _TOKEN_RE.finditer(text, begin, stop):
            kind = m.lastgroup
            piece = m.group()
            start, end = m.span()
            if kind == WORD:
                if piece in exceptions or "'" in piece or "’" in piece or "-" in piece:
                    for part, offset in self.word_parts(piece):
                        begin = start + offset
                        kind = PUNCT if part == "-" else WORD
                        append(new(Token, (part, fold(part), begin, begin + len(part), kind)))
                    continue
                append(new(Token, (piece, fold(piece), start, end, WORD)))
            elif kind == HASHTAG:
                append(new(Token, (piece, fold(piece[1:]), start, end, HASHTAG)))
            elif kind in (URL, MENTION):
                append(new(Token, (piece, piece.lower(), start, end, kind)))
            else:
                append(new(Token, (piece, fold(piece), start, end, kind or PUNCT)))

    def word_norms(self, text: str) -> list[str]:
        """``[t.norm for t in self.tokenize(text) if t.kind == WORD]``, without token objects
        for the pieces made of letters."""
        out: list[str] = []
        append = out.append
        words = self._words
        pieces = self._pieces
        for piece in text.split():
            norm = words.get(piece)
            known = pieces.get(piece) if norm is None else None
            if norm is None and known is None:
                norm, known = self._first_sight(piece)
            if norm is not None:
                append(norm)
                continue
            assert known is not None
            for token in known:
                if token[4] == WORD:
                    append(token[1])
        return out

    # ---------------------------------------------------------------- words

    def word_parts(self, piece: str) -> list[tuple[str, int]]:
        """(part, offset) for one word run: exceptions, affixes, then infixes, as spaCy."""
        exceptions = self._exceptions
        prefixes: list[str] = []
        suffixes: list[str] = []
        rest = piece
        while rest and rest not in exceptions and not self._whole(rest):
            if self._french:
                m = _FR_PREFIX.match(rest)
                if m:
                    prefixes.append(m.group())
                    rest = rest[m.end() :]
                    continue
                cut = rest.rfind("-")
                if cut > 0 and rest[cut + 1 :] in self.tables.hyphen_suffixes:
                    suffixes.insert(0, rest[cut:])
                    rest = rest[:cut]
                    continue
            elif len(rest) > 2 and _EN_SUFFIX.search(rest):
                suffixes.insert(0, rest[-2:])
                rest = rest[:-2]
                continue
            break
        parts = prefixes + self._middle(rest) + suffixes
        out: list[tuple[str, int]] = []
        offset = 0
        for part in parts:
            out.append((piece[offset : offset + len(part)], offset))
            offset += len(part)
        return out

    def _middle(self, rest: str) -> list[str]:
        if not rest:
            return []
        pieces = self._exceptions.get(rest)
        if pieces is not None:
            return list(pieces)
        if self._whole(rest):
            return [rest]
        infix = _FR_INFIX if self._french else _HYPHEN
        parts: list[str] = []
        begin = 0
        for m in infix.finditer(rest):
            if m.start() > begin:
                parts.append(rest[begin : m.start()])
            if m.end() > m.start():
                parts.append(m.group())
            begin = m.end()
        if begin < len(rest):
            parts.append(rest[begin:])
        return parts

    def _whole(self, word: str) -> bool:
        """spaCy's French ``token_match``: hyphenated words it keeps as one token.

        Its ~270 alternatives take ~60 ms to compile together, so only those that could match
        this word (literal prefix, count of hyphens and apostrophes) are compiled, and kept."""
        index = self._keep_index
        if not index or not _JOINERS.search(word):
            return False
        lowered = word.lower()
        hyphens = lowered.count("-")
        apostrophes = len(lowered) - hyphens - len(_JOINERS.sub("", lowered))
        alternatives = self.tables.keep_whole
        candidates: list[int] = []
        for n in range(min(len(lowered), self._longest_prefix) + 1):
            for i in index.get(lowered[:n], ()):
                _, need_hyphens, need_apostrophes, _ = alternatives[i]
                if hyphens >= need_hyphens and apostrophes >= need_apostrophes:
                    candidates.append(i)
        if not candidates:
            return False
        key = tuple(candidates)
        regex = self._keep_regexes.get(key)
        if regex is None:
            regex = re.compile("|".join(f"(?:{alternatives[i][3]})" for i in key))
            self._keep_regexes[key] = regex
        return regex.match(lowered) is not None

    def __getstate__(self) -> TokenizerTables:
        return self.tables

    def __setstate__(self, tables: TokenizerTables) -> None:
        self.__init__(tables)  # type: ignore[misc]


_HYPHEN = re.compile("-")
