"""Word costs for hashtag segmentation: folded word → cost, for one language.

Costs are ``9 - zipf`` (minus log10 of the word's frequency): a common word costs about 2,
a rare one 6 or more, an unknown one infinity. Word frequencies come from ``wordfreq`` once,
when rulesets are compiled, and are kept as one string and one byte array (cheap to
unpickle); the look-up table is built on first use.
"""

from __future__ import annotations

import functools
import math
import threading

from .memo import remember

INF = math.inf


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


def build_costs(lang: str, min_zipf: float = 2.5) -> WordCosts:
    """Word costs from ``wordfreq`` (build time only): folded, letters-only, frequencies summed.
    Built once per build: the rules that segment share one table, pickled once."""
    return _build_costs(lang, float(min_zipf))


@functools.cache
def _build_costs(lang: str, min_zipf: float) -> WordCosts:
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
