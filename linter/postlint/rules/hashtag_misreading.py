"""``hashtag-misreading``: a tag without capitals that reads as something vulgar or morbid.

Only the letters a reader must segment are checked: a tag written all in lower case or all in
capitals (``#susanalbumparty``), or, in a tag with internal capitals, a chunk between capitals
that is itself a long lower-case run (``#Susanalbumparty``). ``#SusanBoyleAlbumParty`` shows its
reading and stays quiet. See ``postlint.segment`` for the readings and their margins.

Word frequencies come from ``wordfreq`` when rulesets are compiled and travel in the cache with
the rule; a warm run never imports wordfreq, and builds its look-up table only for the first
post that has a long lower-case tag. Results are memoised per tag.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ..hashtagparts import camel_chunks, capitalised, letter_runs
from ..memo import remember
from ..segment import Misreading, Segmenter
from ..tokens import HASHTAG_RE, fold
from ..wordcosts import build_costs
from .base import Hit, Param, ParamError, Rule, RuleMeta, is_int, number_at_least, str_list

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..compile import Compiler
    from ..gatebuild import Alternative, GateBuilder
    from ..model import Post
    from ..tokens import Tokenizer

MEMO_SIZE = 4096
ZIPF = number_at_least(0)  # frequencies and costs


class HashtagMisreadingRule(Rule):
    TYPE = "hashtag-misreading"
    PARAMS = {
        "risky": Param(str_list, doc="lexicons of words a misreading must not reveal"),
        "death": Param(str_list, doc="lexicons of death words (who died must stay clear)"),
        "min_length": Param(is_int, doc="letters a run needs to be checked (default 8)"),
        "floor": Param(ZIPF, doc="zipf frequency every piece of a misreading needs (3.0)"),
        "vocabulary": Param(ZIPF, doc="zipf frequency of the rarest word known (2.5)"),
        "margin_cross": Param(ZIPF, doc="extra cost allowed across boundaries (8.0)"),
        "margin_short": Param(ZIPF, doc="same, for three-letter risky words (3.5)"),
        "margin_inside": Param(ZIPF, doc="extra cost allowed inside one word (2.5)"),
    }

    def __init__(
        self,
        meta: RuleMeta,
        segmenters: dict[str, Segmenter],
        risky: dict[str, frozenset[str]],
        death: dict[str, frozenset[str]],
        min_length: int,
        margins: tuple[float, float, float],
    ) -> None:
        super().__init__(meta)
        self.segmenters = segmenters
        self.risky = risky
        self.death = death
        self.min_length = min_length
        self.margins = margins
        self._memo: dict[tuple[str, str, bool], Misreading | None] = {}
        self._quiet: set[tuple[str, str]] = set()  # tag bodies already found harmless

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_memo"] = {}
        state["_quiet"] = set()
        return state

    @classmethod
    def build(cls, meta: RuleMeta, params: Mapping[str, Any], compiler: Compiler) -> Rule:
        segmenters, risky, death = {}, {}, {}
        for lang in meta.langs:
            costs = build_costs(lang, params.get("vocabulary", 2.5))
            segmenters[lang] = Segmenter(costs, floor=params.get("floor", 3.0))
            risky[lang] = _words(compiler, lang, params.get("risky", ("risky-words",)))
            death[lang] = _words(compiler, lang, params.get("death", ("death-words",)))
        margins = (
            params.get("margin_cross", 8.0),
            params.get("margin_short", 3.5),
            params.get("margin_inside", 2.5),
        )
        return cls(meta, segmenters, risky, death, params.get("min_length", 8), margins)

    def gate(self, b: GateBuilder) -> list[Alternative]:
        return [[b.atom("has", "#"), b.check()]]

    def gate_check(self, text: str, post: Post, tokenizer: Tokenizer) -> bool:
        """Some hashtag is long enough and not already known to be harmless."""
        quiet, lang, minimum = self._quiet, tokenizer.tables.lang, self.min_length
        for tag in HASHTAG_RE.findall(text):
            body = tag[1:]
            if len(body) >= minimum and (lang, body) not in quiet:
                return True
        return False

    def check(self, analysis: Analysis) -> Iterator[Hit]:
        if "#" not in analysis.text:
            return
        minimum = self.min_length
        quiet = self._quiet
        lang = analysis.lang
        for token in analysis.hashtags:
            body = token.text[1:]
            if len(body) < minimum or (lang, body) in quiet:
                continue
            hit = self._hit(lang, body)
            if hit is None:
                if len(quiet) >= MEMO_SIZE:
                    quiet.clear()
                quiet.add((lang, body))
                continue
            args, fixed = hit
            yield Hit(token.start, token.end, {"tag": token.text, **args}, suggestion=fixed)

    def _hit(self, lang: str, body: str) -> tuple[dict[str, str], str] | None:
        minimum = self.min_length
        camel = not (body.islower() or body.isupper())
        if camel:
            spans = [(a, b) for a, b in camel_chunks(body) if body[a + 1 : b].islower()]
        else:
            spans = letter_runs(body)
        for start, end in spans:
            if end - start < minimum:
                continue
            found = self.misreading(lang, body[start:end], camel)
            if found is None:
                continue
            fixed = "#" + body[:start] + capitalised(body[start:end], found.intended.pieces)
            fixed += body[end:]
            args = {
                "intended": found.intended.text,
                "risky": found.risky.text,
                "word": found.word,
                "fixed": fixed,
            }
            return args, fixed
        return None

    def misreading(self, lang: str, chunk: str, camel: bool = False) -> Misreading | None:
        """The risky reading of one run of letters, memoised.

        A chunk between capitals (``camel``) that reads as one word is taken as written.
        """
        segmenter = self.segmenters.get(lang)
        if segmenter is None:
            return None
        folded = fold(chunk)
        lowered = chunk.lower()
        if len(folded) != len(chunk) or len(lowered) != len(chunk):
            return None  # a letter whose case or accent folding changes the length (İ, ß)
        if not folded.isalpha() or not folded.isascii():
            return None
        key = (lang, lowered, camel)
        memo = self._memo
        if key in memo:
            return memo[key]
        cross, short, inside = self.margins
        accented = frozenset(k for k, c in enumerate(lowered) if c != folded[k])
        found = segmenter.misreading(
            folded,
            self.risky[lang],
            self.death[lang],
            cross,
            short,
            inside,
            2 if camel else 1,
            accented,
        )
        return remember(memo, key, found, MEMO_SIZE)


def _words(compiler: Compiler, lang: str, names: tuple[str, ...]) -> frozenset[str]:
    words: set[str] = set()
    for name in names:
        for term in compiler.lexicon(lang, name).terms:
            word = fold(term)
            if not word.isalpha():
                raise ParamError(f"lexicon {name!r} ({lang}): {term!r} is not a single word")
            words.add(word)
    return frozenset(words)
