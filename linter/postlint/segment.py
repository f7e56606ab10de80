"""Hashtag segmentation: how a tag written without capitals reads, and how else it could read.

A tag such as ``#susanalbumparty`` has no visible word boundaries, so readers segment it
themselves, and may find "anal" across the intended "susan|album". The segmenter finds the
most probable reading (Viterbi over word log-frequencies, from ``wordfreq`` at build time) and
the most probable reading that puts a risky word where the intended one has none.

Costs are ``9 - zipf`` (minus log10 of the word's frequency): a common word costs about 2,
a rare one 6 or more. Word frequencies are computed once when rulesets are compiled and kept
as one string and one byte array (cheap to unpickle); the look-up table is built on first use.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterable
from dataclasses import dataclass

from .memo import remember

INF = math.inf
MAX_WORD = 20
POSSESSIVE = 0.7  # "thatchers" read as "thatcher's": a word + s costs a little more
TWO_LETTER_COST = 4.5  # two-letter pieces must be very common (of, in, le, de), not "mp"
AUXILIARIES = frozenset({"is", "was", "s", "est"})
SUBJECT_COST = 4.5  # a new subject must be an uncommon word (a name), not "get" or "where"
SHORT_WORDS = {"en": frozenset({"a", "i"}), "fr": frozenset({"a", "y"})}


@dataclass(frozen=True, slots=True)
class Reading:
    pieces: tuple[str, ...]
    cost: float

    @property
    def text(self) -> str:
        return " ".join(self.pieces)


@dataclass(frozen=True, slots=True)
class Misreading:
    intended: Reading
    risky: Reading
    word: str  # the risky word of the risky reading


class WordCosts:
    """Folded word → cost, for one language, looked up without unpacking the whole list.

    Words of three letters or more are kept sorted in one string, with the offset where each
    three-letter prefix starts (and the index of its first word, for the frequency byte); a
    look-up searches only its prefix's block, so a run that segments one hashtag does not pay
    for turning ~50,000 words into a dict (~25 ms). Shorter words are a small dict.
    """

    def __init__(
        self,
        lang: str,
        words: str,
        zipfs: bytes,
        short: dict[str, int] | None = None,
        starts: bytes = b"",
        firsts: bytes = b"",
    ) -> None:
        self.lang = lang
        self._words = words
        self._zipfs = zipfs
        self._short = short or {}
        self._starts = memoryview(starts).cast("I") if starts else None
        self._firsts = memoryview(firsts).cast("I") if firsts else None
        self._packed = (lang, words, zipfs, self._short, starts, firsts)
        self._memo: dict[str, float] = {}
        self._table: dict[str, float] | None = None
        self._lock = threading.Lock()

    def __getstate__(self) -> tuple[object, ...]:
        return self._packed

    def __setstate__(self, state: tuple[object, ...]) -> None:
        self.__init__(*state)  # type: ignore[misc]

    @classmethod
    def from_frequencies(cls, lang: str, zipf: dict[str, float]) -> WordCosts:
        from array import array

        def level(word: str) -> int:
            return max(0, min(255, round(zipf[word] * 10)))

        short = {w: level(w) for w in zipf if len(w) <= 2}
        words = sorted(w for w in zipf if len(w) > 2 and _prefix_key(w) is not None)
        starts = array("I", [0] * (PREFIXES + 1))
        firsts = array("I", [0] * (PREFIXES + 1))
        packed: list[str] = []
        offset = 1  # the string starts with "\n": every word sits between two
        key = -1
        for index, word in enumerate(words):
            word_key = _prefix_key(word)
            assert word_key is not None
            while key < word_key:
                key += 1
                starts[key], firsts[key] = offset, index
            packed.append(word)
            offset += len(word) + 1
        while key < PREFIXES:
            key += 1
            starts[key], firsts[key] = offset, len(words)
        data = bytes(level(w) for w in words)
        text = "\n" + "\n".join(packed) + "\n" if packed else "\n"
        return cls(lang, text, data, short, starts.tobytes(), firsts.tobytes())

    def cost(self, word: str) -> float:
        """9 − zipf/10 for a known word, else infinity (memoised)."""
        memo = self._memo
        found = memo.get(word)
        if found is not None:
            return found
        level = self._level(word)
        return remember(memo, word, INF if level is None else 9.0 - level / 10, 65536)

    def _level(self, word: str) -> int | None:
        if len(word) <= 2:
            return self._short.get(word)
        key = _prefix_key(word)
        if key is None or self._starts is None or self._firsts is None:
            return None
        start, end = self._starts[key], self._starts[key + 1]
        if start == end:
            return None
        at = self._words.find("\n" + word + "\n", start - 1, end)
        if at < 0:
            return None
        return self._zipfs[self._firsts[key] + self._words.count("\n", start, at + 1)]

    @property
    def table(self) -> dict[str, float]:
        """Every word with its cost (built on first use; look-ups use ``cost``)."""
        table = self._table
        if table is None:
            with self._lock:
                if self._table is None:
                    words = self._words.strip("\n").split("\n") if self._words.strip() else []
                    built = {w: 9.0 - z / 10 for w, z in zip(words, self._zipfs, strict=True)}
                    built.update({w: 9.0 - z / 10 for w, z in self._short.items()})
                    self._table = built
                table = self._table
        return table

    def zipf(self, word: str) -> float:
        cost = self.cost(word)
        return 0.0 if cost == INF else 9.0 - cost

    def __len__(self) -> int:
        return len(self._zipfs) + len(self._short)


PREFIXES = 26 * 26 * 26


def _prefix_key(word: str) -> int | None:
    """0..26³−1 for a word starting with three letters a-z, else None."""
    a, b, c = (ord(ch) - 97 for ch in word[:3])
    if 0 <= a < 26 and 0 <= b < 26 and 0 <= c < 26:
        return (a * 26 + b) * 26 + c
    return None


class Segmenter:
    """Readings of a folded, letters-only string, for one language."""

    def __init__(self, costs: WordCosts, floor: float = 3.0, unknown: float = 8.0) -> None:
        self.costs = costs
        self.floor_cost = 9.0 - floor  # pieces of a risky reading must be at least this common
        self.unknown = unknown  # cost of an unknown piece, plus 1.5 per letter
        self.short = SHORT_WORDS.get(costs.lang, frozenset())
        self.possessive = costs.lang == "en"

    # ------------------------------------------------------------------ piece costs

    def word_cost(self, piece: str) -> float:
        lookup = self.costs.cost
        cost = lookup(piece)
        if self.possessive and len(piece) > 3 and piece[-1] == "s":
            cost = min(cost, lookup(piece[:-1]) + POSSESSIVE)
        return cost

    def intended_cost(self, piece: str) -> float:
        cost = self.word_cost(piece)
        if cost == INF:
            return self.unknown + 1.5 * len(piece)
        return cost

    def real_cost(self, piece: str) -> float:
        """Cost of a piece a reader would take as a real word, else infinity."""
        if len(piece) < 2 and piece not in self.short:
            return INF
        lookup = self.costs.cost
        floor = self.floor_cost if len(piece) > 2 else TWO_LETTER_COST
        cost = lookup(piece)
        if cost > floor:
            cost = INF
        if self.possessive and len(piece) > 3 and piece[-1] == "s":
            base = lookup(piece[:-1])
            if base <= floor:
                cost = min(cost, base + POSSESSIVE)
        return cost

    # ------------------------------------------------------------------ Viterbi

    def best(self, text: str) -> Reading:
        costs, back = _forward(text, self.intended_cost)
        return Reading(_pieces(text, back, len(text)), costs[-1])

    def misreading(
        self,
        text: str,
        risky: frozenset[str],
        death: frozenset[str] = frozenset(),
        margin_cross: float = 8.0,
        margin_short: float = 3.5,
        margin_inside: float = 2.5,
        min_pieces: int = 1,
        accented: frozenset[int] = frozenset(),
    ) -> Misreading | None:
        """The most probable plausible reading with a risky word the intended one lacks.

        A risky word that straddles a boundary of the intended reading ("susan|album" →
        "anal") is allowed ``margin_cross`` more cost than the intended reading (``margin_short``
        for words of three letters); one hidden inside a single intended word ("therapist" →
        "the rapist") only ``margin_inside``. When the intended reading itself names a death
        ("dead"), another reading of the rest within ``margin_inside`` changes who died
        ("now thatchers dead" → "now that chers dead"). An intended reading of fewer than
        ``min_pieces`` words is taken as shown (a capitalised word such as "Therapist").
        """
        if not any(word in text for word in risky) and not any(w in text for w in death):
            return None  # every reading below needs one of these words inside the letters
        intended = self.best(text)
        if len(intended.pieces) < min_pieces:
            return None
        if any(p in risky for p in intended.pieces):
            if accented:
                return None  # written with its accents: the word is deliberate
            return self._innocent(text, intended, risky, margin_inside)
        n = len(text)
        bounds: list[int] = [0]
        for piece in intended.pieces:
            bounds.append(bounds[-1] + len(piece))
        bound_set = set(bounds)
        starts = dict(zip(bounds, intended.pieces, strict=False))
        fwd, fback = _forward(text, self.real_cost)
        bwd, bnext = _backward(text, self.real_cost)
        best: tuple[float, int, int] | None = None
        longest = max((len(w) for w in risky | death), default=0)
        for i in range(n):
            if fwd[i] == INF:
                continue
            for j in range(i + 2, min(n, i + longest) + 1):
                word = text[i:j]
                if (word not in risky and word not in death) or bwd[j] == INF:
                    continue
                inner = [b for b in bounds if i < b < j]
                if (
                    i in bound_set
                    and (not inner or text.startswith(word, i))
                    and (j in bound_set or starts.get(i, "").startswith(word))
                ):
                    continue  # the intended reading has this word, or a longer form of it
                if accented and any(k in accented for k in range(i, j)):
                    continue  # accents show other letters ("puté" is not "pute")
                if inner:
                    margin = margin_cross if len(word) >= 4 else margin_short
                else:
                    margin = margin_inside
                cost = fwd[i] + self.real_cost(word) + bwd[j]
                if cost - intended.cost <= margin and (best is None or cost < best[0]):
                    best = (cost, i, j)
        if best is not None:
            cost, i, j = best
            pieces = (*_pieces(text, fback, i), text[i:j], *_suffix(text, bnext, j))
            return Misreading(intended, Reading(pieces, cost), text[i:j])
        if death:
            return self._who_died(text, intended, bounds, death, margin_inside)
        return None

    def _innocent(
        self, text: str, best: Reading, risky: frozenset[str], margin: float
    ) -> Misreading | None:
        """The most probable reading is the risky one ("la merde glace"): is there another?

        With a close innocent reading ("la mer de glace") the tag is ambiguous and the innocent
        one is what was meant; with none (#foodporn) the word is deliberate and stays quiet.
        """

        def innocent_cost(piece: str) -> float:
            return INF if piece in risky else self.real_cost(piece)

        costs, back = _forward(text, innocent_cost)
        if costs[-1] - best.cost > margin:
            return None
        word = next(p for p in best.pieces if p in risky)
        return Misreading(Reading(_pieces(text, back, len(text)), costs[-1]), best, word)

    def _who_died(
        self,
        text: str,
        intended: Reading,
        bounds: list[int],
        death: frozenset[str],
        margin: float,
    ) -> Misreading | None:
        """Another subject for an intended death word: "now thatchers dead" → "now that chers".

        The subject is the word before the death word (skipping "is", "was"); the other reading
        keeps only a tail of it that is itself an uncommon word (a name, not "get" or "where"),
        and reads the letters before it as real words.
        """
        pieces = intended.pieces
        for k, piece in enumerate(pieces):
            if piece not in death:
                continue
            s = k - 1
            while s >= 0 and pieces[s] in AUXILIARIES:
                s -= 1
            if s < 0:
                continue
            start, end = bounds[s], bounds[s + 1]
            rest = sum(self.real_cost(p) for p in pieces[s + 1 :])
            fwd, back = _forward(text[:end], self.real_cost)
            for cut in range(start + 1, end - 2):
                subject = text[cut:end]
                own = self.real_cost(subject)
                if own < SUBJECT_COST or fwd[cut] == INF:
                    continue
                cost = fwd[cut] + own + rest
                if cost - intended.cost <= margin:
                    alt = (*_pieces(text, back, cut), subject, *pieces[s + 1 :])
                    return Misreading(intended, Reading(alt, cost), piece)
        return None

    def best_real(self, text: str) -> Reading | None:
        if not text:
            return Reading((), 0.0)
        costs, back = _forward(text, self.real_cost)
        if costs[-1] == INF:
            return None
        return Reading(_pieces(text, back, len(text)), costs[-1])

    def _other_reading(self, text: str, bounds: list[int]) -> Reading | None:
        """The best all-real-words reading of ``text`` with a boundary the intended one lacks."""
        fwd, fback = _forward(text, self.real_cost)
        bwd, bnext = _backward(text, self.real_cost)
        keep = set(bounds)
        best: tuple[float, int] | None = None
        for k in range(1, len(text)):
            if k in keep or fwd[k] == INF or bwd[k] == INF:
                continue
            cost = fwd[k] + bwd[k]
            if best is None or cost < best[0]:
                best = (cost, k)
        if best is None:
            return None
        cost, k = best
        return Reading((*_pieces(text, fback, k), *_suffix(text, bnext, k)), cost)


def _forward(text: str, cost_of: object) -> tuple[list[float], list[int]]:
    """costs[j] = cheapest reading of text[:j]; back[j] = where its last piece starts."""
    cost = cost_of  # a callable piece → cost
    n = len(text)
    costs = [0.0] + [INF] * n
    back = [0] * (n + 1)
    for j in range(1, n + 1):
        best, at = INF, 0
        for i in range(max(0, j - MAX_WORD), j):
            if costs[i] == INF:
                continue
            c = costs[i] + cost(text[i:j])  # type: ignore[operator]
            if c < best:
                best, at = c, i
        costs[j], back[j] = best, at
    return costs, back


def _backward(text: str, cost_of: object) -> tuple[list[float], list[int]]:
    """costs[i] = cheapest reading of text[i:]; nxt[i] = where its first piece ends."""
    cost = cost_of
    n = len(text)
    costs = [INF] * n + [0.0]
    nxt = [n] * (n + 1)
    for i in range(n - 1, -1, -1):
        best, at = INF, n
        for j in range(i + 1, min(n, i + MAX_WORD) + 1):
            if costs[j] == INF:
                continue
            c = cost(text[i:j]) + costs[j]  # type: ignore[operator]
            if c < best:
                best, at = c, j
        costs[i], nxt[i] = best, at
    return costs, nxt


def _pieces(text: str, back: list[int], end: int) -> tuple[str, ...]:
    pieces: list[str] = []
    j = end
    while j > 0:
        i = back[j]
        pieces.append(text[i:j])
        j = i
    return tuple(reversed(pieces))


def _suffix(text: str, nxt: list[int], start: int) -> tuple[str, ...]:
    pieces: list[str] = []
    i = start
    while i < len(text):
        j = nxt[i]
        pieces.append(text[i:j])
        i = j
    return tuple(pieces)


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


def build_costs(lang: str, min_zipf: float = 2.5) -> WordCosts:
    """Word costs from ``wordfreq`` (build time only): folded, letters-only, frequencies summed."""
    import wordfreq

    from .tokens import fold

    summed: dict[str, float] = {}
    least = 10 ** (min_zipf - 9)
    for word, freq in wordfreq.get_frequency_dict(lang).items():  # most frequent first
        if freq < least:
            break
        key = word if word.isascii() else fold(word)
        key = key.replace("'", "").replace("-", "")
        if key.isalpha() and key.isascii():
            summed[key] = summed.get(key, 0.0) + freq
    return WordCosts.from_frequencies(lang, {w: math.log10(f) + 9 for w, f in summed.items()})
