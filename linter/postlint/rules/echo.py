"""Rule types for text a template echoed back: handles and names, or the whole message answered.

``echoed-handle``: a thank-you, welcome or congratulation addressed to an @handle (or a name
right after the cue) whose words contain an insult or slur. Trolls pick such handles so that a
brand's automated reply repeats them (a kit launch that welcomed "@GasAllJewss"). Handles are
split into words at capitals, digits and underscores; repeated letters are collapsed on both
sides ("Jewss" ~ "jews") but a handle never matches with fewer letters than the entry ("Niger"
is not "nigger"), and multi-word entries also match glued ("killalljews"). A handle that a
report printed censored ("@IHATEN*GGERS") is read with the star standing for a letter.

``echoed-text``: a reply that repeats a long run of the message it answers word for word, the
mark of a bot that renders whatever users send (a drink brand's bot turned a hate slogan into
ASCII art).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ..memo import remember
from ..segment import Segmenter
from ..tokens import MENTION, WORD, fold, fold_long
from ..wordcosts import INF, build_costs
from .base import Hit, Param, ParamError, Rule, RuleMeta, is_int, is_ratio

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..compile import Compiler
    from ..gatebuild import Alternative, GateBuilder
    from ..matchgroup import MatchGroup
    from ..model import Post
    from ..tokens import Tokenizer

_PIECES = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[^\W\d_A-Za-z]+", re.UNICODE)
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a"})
_REPEATS = re.compile(r"(.)\1+")
ANSWERED_KEPT = 4096  # answered messages whose runs ``EchoedTextRule`` keeps
GLUED_RUN = 8  # letters of one case in a row from which a handle piece is cut into words
GLUED_WORD = 5  # fewest letters of an entry found in such a cut: a made-up name reads "liar in or"


def squash(word: str) -> str:
    """Folded word with runs of one letter collapsed: what handle words are compared by."""
    return _REPEATS.sub(r"\1", fold(word))


def _readable(handle: str) -> str:
    """The handle as read: leet digits inside letters as letters, a lower-case 'l' between
    capitals as the 'I' it imitates ('FUCKlNG')."""
    body = handle.lstrip("@")
    body = re.sub(r"(?<=[A-Za-z])[013457](?=[A-Za-z])", lambda m: m.group().translate(_LEET), body)
    return re.sub(r"(?<=[A-Z])l(?=[A-Z])", "I", body)


def handle_words(handle: str) -> list[str]:
    """'@GasAllJewss' → ['gas', 'all', 'jews']; digits inside letters read as leetspeak."""
    return _words_of(_readable(handle))


def _words_of(readable: str) -> list[str]:
    return [squash(p) for p in _PIECES.findall(readable)]


def _spelled(entry: str, stars: bool = False) -> re.Pattern[str]:
    """A pattern for an entry as written, letters repeated at will but never fewer than the
    entry has: 'nigger' is not found in 'Niger' (the country), 'jews' is in 'jewss'. With
    ``stars``, a '*' may stand for a letter, as in a censored handle ('N*GGERS')."""
    parts = []
    for word in entry.split():
        runs = [(m.group(1), len(m.group())) for m in re.finditer(r"(.)\1*", word)]
        if stars:
            parts.append("".join(f"(?:{re.escape(c)}|\\*){{{n},}}" for c, n in runs))
        else:
            parts.append("".join(f"{re.escape(c)}{{{n},}}" for c, n in runs))
    return re.compile(r"[\W\d_]*".join(parts))


def words_spec(value: Any) -> Mapping[str, Any]:
    if not isinstance(value, Mapping) or not set(value) <= {"terms", "lexicons"}:
        raise ParamError("'words' is a mapping with 'terms' and/or 'lexicons'", "words")
    return value


def _per_lang(value: Any, lang: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, Mapping):
        value = value.get(lang) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ParamError("'words' lists must be lists of strings", "words")
    return list(value)


def word_spellings(
    spec: Mapping[str, Any], langs: tuple[str, ...], compiler: Compiler
) -> dict[str, dict[str, tuple[str, ...]]]:
    """lang → squashed entry ("jews", "gas all jews", "gasalljews") → the entries as written,
    from a ``words`` spec (terms and/or lexicons)."""
    spellings: dict[str, dict[str, tuple[str, ...]]] = {}
    for lang in langs:
        entries = list(_per_lang(spec.get("terms"), lang))
        for name in _per_lang(spec.get("lexicons"), lang):
            lexicon = compiler.lexicon(lang, name)
            entries += [*lexicon.terms, *lexicon.lemmas]
        written: dict[str, set[str]] = {}
        for entry in entries:
            raw = [fold(p) for p in re.findall(r"[^\W\d_]+", entry)]
            parts = [squash(p) for p in raw]
            if parts:
                written.setdefault(" ".join(parts), set()).add(" ".join(raw))
                if len(parts) > 1:
                    written.setdefault("".join(parts), set()).add("".join(raw))
        spellings[lang] = {key: tuple(sorted(raws)) for key, raws in written.items()}
    return spellings


def insult_in_words(
    body: str, known: frozenset[str], spellings: Mapping[str, tuple[str, ...]]
) -> str:
    """The entry, as written, that the capitalised words of ``body`` hold ('BandOfIdiots'),
    else '': runs of up to three words, never glued, never only by collapsing letters."""
    readable = _readable(body)
    words = _words_of(readable)
    if len(words) < 2:
        return ""
    bad = _bad_words(words, known)
    return _written_in(fold(readable), spellings.get(bad, (bad,))) if bad else ""


class EchoedHandleRule(Rule):
    TYPE = "echoed-handle"
    PARAMS = {
        "cue": Param(lambda v: v, required=True, doc="thank/welcome words (a match group)"),
        "words": Param(words_spec, required=True, doc="insults: terms and/or lexicons"),
    }

    def __init__(
        self,
        meta: RuleMeta,
        cue: MatchGroup,
        spellings: dict[str, dict[str, tuple[str, ...]]],
        segmenters: dict[str, Segmenter],
    ) -> None:
        super().__init__(meta)
        self.cue = cue
        self.segmenters = segmenters
        # lang → squashed entry ("jews", "gas all jews", "gasalljews") → the entries as written
        self.spellings = spellings
        # the squashed entries as a set, for the word walk (and its cache of glued entries)
        self.words = {lang: frozenset(entries) for lang, entries in spellings.items()}
        # per language, the entries a glued run may hold, to skip segmenting runs that hold none
        self.glued_probes = {lang: _probe(entries) for lang, entries in self.words.items()}

    @classmethod
    def build(cls, meta: RuleMeta, params: Mapping[str, Any], compiler: Compiler) -> Rule:
        spellings = word_spellings(params["words"], meta.langs, compiler)
        segmenters = {lang: Segmenter(build_costs(lang)) for lang in meta.langs}
        return cls(meta, compiler.group(params["cue"], meta.langs), spellings, segmenters)

    def gate(self, b: GateBuilder) -> list[Alternative]:
        """The cue, and an addressee: an @mention or a greeting word."""
        return [[b.group(self.cue), b.any_of(b.atom("has", "@"), b.words(_GREETINGS))]]

    def check(self, analysis: Analysis) -> Iterator[Hit]:
        if self.cue.first(analysis) is None:
            return
        lang = analysis.lang
        known = self.words.get(lang, frozenset())
        spellings = self.spellings.get(lang, {})
        for start, end, text in _addressees(analysis):
            body = _readable(text)
            readable = fold(body)
            bad = _bad_words(_words_of(body), known, glued=text.lower())
            if not bad and lang in self.segmenters:
                bad = _in_glued_runs(body, known, self.segmenters[lang], self.glued_probes[lang])
            if bad:  # as written, not only by collapsing letters: 'Niger' is not 'nigger'
                bad = _written_in(readable, spellings.get(bad, (bad,)))
            if not bad and "*" in text:
                bad = _censored(readable, spellings)
            if bad:
                yield Hit(start, end, {"match": text, "word": bad})
                return


def _probe(entries: frozenset[str]) -> re.Pattern[str] | None:
    """One pattern for the one-word entries long enough to count in a glued run."""
    words = sorted((e for e in entries if " " not in e and len(e) >= GLUED_WORD), key=len)
    return re.compile("|".join(re.escape(w) for w in reversed(words))) if words else None


def _in_glued_runs(
    body: str, known: frozenset[str], segmenter: Segmenter, probe: re.Pattern[str] | None
) -> str:
    """An entry among the words a reader cuts a long one-case run into ('FUCKINGSLUR'). Only
    a sure reading counts: every piece a common word, a one-letter word only first ("I
    hate…"), and an entry of five letters or more, so a made-up name ('tholiari', "tho liar
    i"; 'liarinor', "liar in or") is not taken for an insult."""
    for piece in _PIECES.findall(body):
        if len(piece) >= GLUED_RUN and (piece.isupper() or piece.islower()):
            if probe is None or probe.search(squash(piece)) is None:
                continue  # no entry inside, however the run is cut
            words = _sure_reading(fold(piece), segmenter)
            if not words:
                continue
            bad = _bad_words(words, known)
            if len(bad) >= GLUED_WORD:
                return bad
    return ""


# (segmenter, folded run) → its words squashed, or () when no sure reading (see ``_in_glued_runs``)
_READINGS: dict[tuple[int, str], tuple[str, ...]] = {}


def _sure_reading(run: str, segmenter: Segmenter) -> tuple[str, ...]:
    key = (id(segmenter), run)
    found = _READINGS.get(key)
    if found is None:
        pieces = segmenter.best(run).pieces
        sure = not any(
            segmenter.real_cost(word) == INF or (len(word) == 1 and i > 0)
            for i, word in enumerate(pieces)
        )
        found = remember(_READINGS, key, tuple(squash(w) for w in pieces) if sure else (), 4096)
    return found


def _written_in(readable: str, spellings: tuple[str, ...]) -> str:
    """The first of an entry's spellings found in the handle as written, else ''."""
    return next((raw for raw in spellings if _pattern(raw).search(readable)), "")


def _censored(readable: str, spellings: Mapping[str, tuple[str, ...]]) -> str:
    """An entry of five letters or more with one or two letters starred out ('N*GGERS')."""
    for key, raws in spellings.items():
        for raw in raws:
            if " " in raw or len(raw) < 5:
                continue
            found = _pattern(raw, stars=True).search(readable)
            if found and 1 <= found.group().count("*") <= 2:
                return key
    return ""


_PATTERNS: dict[tuple[str, bool], re.Pattern[str]] = {}


def _pattern(raw: str, stars: bool = False) -> re.Pattern[str]:
    key = (raw, stars)
    found = _PATTERNS.get(key)
    if found is None:
        found = remember(_PATTERNS, key, _spelled(raw, stars), 4096)
    return found


def _addressees(analysis: Analysis) -> Iterator[tuple[int, int, str]]:
    """@mentions, and the capitalised words that directly follow a greeting word."""
    tokens = analysis.tokens
    for i, token in enumerate(tokens):
        if token.kind == MENTION:
            # a handle the source censored ('@IHATEN*GGERS') goes on past the star
            tail = _STARRED_TAIL.match(analysis.text, token.end)
            end = tail.end() if tail else token.end
            yield token.start, end, analysis.text[token.start : end]
        elif token.kind == WORD and token.norm in _GREETINGS:
            j = i + 1
            while j < len(tokens) and tokens[j].text in (",", ":"):
                j += 1
            k = j
            while k < len(tokens) and tokens[k].kind == WORD and tokens[k].text[:1].isupper():
                k += 1
            if k > j:
                start, end = tokens[j].start, tokens[k - 1].end
                yield start, end, analysis.text[start:end]


_STARRED_TAIL = re.compile(r"\*[\w*]*")
_GREETINGS = frozenset(
    [
        "thanks",
        "thank",
        "welcome",
        "congrats",
        "congratulations",
        "hi",
        "hello",
        "dear",
        "merci",
        "bienvenue",
        "bravo",
        "felicitations",
        "bonjour",
        "salut",
        "cher",
        "chere",
    ]
)


def _bad_words(
    words: list[str] | tuple[str, ...], known: frozenset[str], glued: str | None = None
) -> str:
    """The first entry found among the words (as a run), or glued inside the handle
    ``glued`` (lower-cased) when given."""
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            piece = " ".join(words[i : i + size])
            if piece in known:
                return piece
            if size == 1 and len(piece) > 3 and piece.endswith("s") and piece[:-1] in known:
                return piece[:-1]  # a plural the lists name in the singular ("F4gs")
    if glued is None:
        return ""
    flat = squash(_NOT_WORD.sub("", glued))
    for entry in _glued_entries(known):
        if entry in flat:
            return entry
    return ""


_NOT_WORD = re.compile(r"[^\w]")
# id of an entry set → (the set, its entries of 8 letters or more without a space, in the
# set's own order, so the first found is the one the full walk would find)
_GLUED: dict[int, tuple[frozenset[str], tuple[str, ...]]] = {}


def _glued_entries(known: frozenset[str]) -> tuple[str, ...]:
    found = _GLUED.get(id(known))
    if found is None or found[0] is not known:
        entries = tuple(e for e in known if " " not in e and len(e) >= 8)
        found = remember(_GLUED, id(known), (known, entries), 64)
    return found[1]


class _Answered:
    """The word norms of an answered message, as a set, and their runs of ``min_words``,
    listed on first use (``runs``): most replies share no streak that long with it."""

    __slots__ = ("_runs", "norms", "words")

    def __init__(self, norms: list[str]) -> None:
        self.norms = norms
        self.words = frozenset(norms)
        self._runs: frozenset[tuple[str, ...]] | None = None

    def runs(self, size: int) -> frozenset[tuple[str, ...]]:
        if self._runs is None:
            norms = self.norms
            self._runs = frozenset(tuple(norms[i : i + size]) for i in range(len(norms) - size + 1))
        return self._runs


def _may_share(mine: list[str], answered: str, size: int) -> bool:
    """Whether ``size`` words in a row of ``mine`` each occur in ``answered`` folded, as any
    substring: a necessary condition for sharing a run of ``size`` word norms with it, found
    without tokenizing it. A word norm of the answered message is ``fold`` of a slice of it,
    and ``fold`` maps each character on its own (``fold_long``), except that lower-casing
    picks the Greek final sigma by context: with a sigma in the text, no shortcut."""
    folded = fold_long(answered)
    if "σ" in folded or "ς" in folded:
        return True
    streak = 0
    for norm in mine:
        if norm in folded:
            streak += 1
            if streak >= size:
                return True
        else:
            streak = 0
    return False


class EchoedTextRule(Rule):
    TYPE = "echoed-text"
    PARAMS = {
        "min_words": Param(is_int, doc="shortest repeated run of words that counts (default 8)"),
        "min_share": Param(is_ratio, doc="share of the reply the run must cover (default 0.6)"),
    }

    def __init__(self, meta: RuleMeta, min_words: int, min_share: float) -> None:
        super().__init__(meta)
        self.min_words = min_words
        self.min_share = min_share

    @classmethod
    def build(cls, meta: RuleMeta, params: Mapping[str, Any], compiler: Compiler) -> Rule:
        return cls(meta, params.get("min_words", 8), params.get("min_share", 0.6))

    def gate(self, b: GateBuilder) -> list[Alternative]:
        return [[b.atom("reply"), b.check()]]

    def gate_check(self, text: str, post: Post, tokenizer: Tokenizer) -> bool:
        """Both texts have enough words and share a run of ``min_words`` of them."""
        size = self.min_words
        if not post.in_reply_to:
            return False
        if size == 0:
            return True
        # the post's tokens, not just its word norms: the analysis that follows for almost
        # every reply gets them from the tokenizer without tokenizing again
        mine = [token[1] for token in tokenizer.tokenize(text) if token[4] == WORD]
        if len(mine) < size:
            return False
        memo = self._answered_memo()
        answered = memo.get((tokenizer.tables.lang, post.in_reply_to))
        if answered is None:  # not tokenized yet: first rule it out without tokenizing
            if not _may_share(mine, post.in_reply_to, size):
                return False
            answered = self._answered_words(post.in_reply_to, tokenizer)
        words = answered.words
        if len(answered.norms) < size:
            return False
        # a shared run lies in a streak of ``size`` words that all occur in the answered
        # message: only the windows ending such a streak are looked up (most replies have
        # none, and the answered message's runs are then never listed)
        streak = 0
        for i, norm in enumerate(mine):
            if norm not in words:
                streak = 0
                continue
            streak += 1
            if streak >= size and tuple(mine[i - size + 1 : i + 1]) in answered.runs(size):
                return True
        return False

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state.pop("_answered", None)  # a run-time memo, never cached
        return state

    def _answered_memo(self) -> dict[tuple[str, str], _Answered]:
        """(language, answered message) → its words, for this process only."""
        memo: dict[tuple[str, str], _Answered] = self.__dict__.setdefault("_answered", {})
        return memo

    def _answered_words(self, answered: str, tokenizer: Tokenizer) -> _Answered:
        """The words of an answered message, kept for the last few thousand messages
        (several replies often answer one)."""
        memo = self._answered_memo()
        key = (tokenizer.tables.lang, answered)
        found = memo.get(key)
        if found is None:
            theirs = tokenizer.word_norms(answered)
            found = remember(memo, key, _Answered(theirs), ANSWERED_KEPT)
        return found

    def check(self, analysis: Analysis) -> Iterator[Hit]:
        parent = analysis.reply
        if parent is None:
            return
        mine = [t for t in analysis.tokens if t.kind == WORD]
        # both texts cut by the reply's tokenizer, as in ``gate_check``: an echo is the same
        # words, even when the message answered is in the other language
        tokens = parent.tokens if parent.lang == analysis.lang else analysis.tokens_of(parent.text)
        theirs = [t.norm for t in tokens if t.kind == WORD]
        if len(mine) < self.min_words or len(theirs) < self.min_words:
            return
        start, size = _longest_common_run([t.norm for t in mine], theirs)
        if size >= self.min_words and size >= self.min_share * len(mine):
            first, last = mine[start], mine[start + size - 1]
            yield Hit(first.start, last.end, {"count": str(size)})


def _longest_common_run(a: list[str], b: list[str]) -> tuple[int, int]:
    """(start in a, length) of the longest run of words a and b share (small inputs: O(n·m))."""
    best = (0, 0)
    previous = [0] * (len(b) + 1)
    for i, word in enumerate(a, 1):
        current = [0] * (len(b) + 1)
        for j, other in enumerate(b, 1):
            if word == other:
                current[j] = previous[j - 1] + 1
                if current[j] > best[1]:
                    best = (i - current[j], current[j])
        previous = current
    return best
