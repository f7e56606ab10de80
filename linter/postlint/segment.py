"""Hashtag segmentation: how a tag written without capitals reads, and how else it could read.

A tag such as ``#susanalbumparty`` has no visible word boundaries, so readers segment it
themselves, and may find "anal" across the intended "susan|album". The segmenter finds the
most probable reading (Viterbi over word log-frequencies, from ``wordfreq`` at build time) and
the most probable reading that puts a risky word where the intended one has none.

Word costs are in ``wordcosts``, the Viterbi passes in ``viterbi``, and the spans of a tag's
words in ``hashtagparts``.
"""

from __future__ import annotations

from dataclasses import dataclass

from .viterbi import backward, forward, prefix_pieces, suffix_pieces
from .wordcosts import INF, WordCosts

POSSESSIVE = 0.7  # "thatchers" read as "thatcher's": a word + s costs a little more
TWO_LETTER_COST = 4.5  # two-letter pieces must be very common (of, in, le, de), not "mp"
AUXILIARIES = frozenset({"is", "was", "s", "est"})
SUBJECT_COST = 4.5  # a new subject must be an uncommon word (a name), not "get" or "where"
SHORT_WORDS = {"en": frozenset({"a", "i"}), "fr": frozenset({"a", "y"})}


@dataclass(frozen=True, slots=True)
class Reading:
    """One way to cut a run of letters into words, and its cost."""

    pieces: tuple[str, ...]
    cost: float

    @property
    def text(self) -> str:
        return " ".join(self.pieces)


@dataclass(frozen=True, slots=True)
class Misreading:
    """A tag's intended reading and the risky one close enough to be seen."""

    intended: Reading
    risky: Reading
    word: str  # the risky word of the risky reading


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
        costs, back = forward(text, self.intended_cost)
        return Reading(prefix_pieces(text, back, len(text)), costs[-1])

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
        fwd, fback = forward(text, self.real_cost)
        bwd, bnext = backward(text, self.real_cost)
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
                if i in bound_set and j in bound_set:
                    continue  # the intended reading has this word (or these pieces make it)
                if accented and any(k in accented for k in range(i, j)):
                    continue  # accents show other letters ("puté" is not "pute")
                if inner:
                    margin = margin_cross if len(word) >= 4 else margin_short
                else:
                    # hidden inside one intended word, or its first letters ("puteaux" → "pute aux")
                    margin = margin_inside
                cost = fwd[i] + self.real_cost(word) + bwd[j]
                if cost - intended.cost <= margin and (best is None or cost < best[0]):
                    best = (cost, i, j)
        if best is not None:
            cost, i, j = best
            pieces = (*prefix_pieces(text, fback, i), text[i:j], *suffix_pieces(text, bnext, j))
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

        costs, back = forward(text, innocent_cost)
        if costs[-1] - best.cost > margin:
            return None
        word = next(p for p in best.pieces if p in risky)
        return Misreading(Reading(prefix_pieces(text, back, len(text)), costs[-1]), best, word)

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
            fwd, back = forward(text[:end], self.real_cost)
            for cut in range(start + 1, end - 2):
                subject = text[cut:end]
                own = self.real_cost(subject)
                if own < SUBJECT_COST or fwd[cut] == INF:
                    continue
                cost = fwd[cut] + own + rest
                if cost - intended.cost <= margin:
                    alt = (*prefix_pieces(text, back, cut), subject, *pieces[s + 1 :])
                    return Misreading(intended, Reading(alt, cost), piece)
        return None
