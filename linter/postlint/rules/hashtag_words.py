"""``hashtag-words``: an insult or a slur spelled out in the words of a capitalised hashtag.

A tag such as ``#BandOfIdiots`` is read word by word, as its capitals show, but the phrase
and lexicon matchers see one hashtag token and never its words. This type splits each tag at
its capitals (leet digits read as letters, as for handles in ``echo``) and looks its words up
in the ``words`` lists. A tag written in one case is left alone: where its words begin is a
guess (``hashtag-misreading`` deals with risky readings of those).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ..memo import remember
from ..tokens import HASHTAG_RE
from .base import Hit, Param, Rule, RuleMeta
from .echo import insult_in_words, word_spellings, words_spec

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..compile import Compiler
    from ..gatebuild import Alternative, GateBuilder
    from ..model import Post
    from ..tokens import Tokenizer

MEMO_SIZE = 8192


# a hashtag with a capital (ASCII or Latin-1) after its first letter: its words are visible
_CAMEL_TAG = re.compile(r"#[^\W_]\w*?[A-ZÀ-ÖØ-Þ]")


class HashtagWordsRule(Rule):
    TYPE = "hashtag-words"
    PARAMS = {
        "words": Param(words_spec, required=True, doc="insults: terms and/or lexicons"),
    }

    def __init__(self, meta: RuleMeta, spellings: dict[str, dict[str, tuple[str, ...]]]) -> None:
        super().__init__(meta)
        self.spellings = spellings
        self.words = {lang: frozenset(entries) for lang, entries in spellings.items()}
        self._memo: dict[tuple[str, str], str] = {}

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_memo"] = {}
        return state

    @classmethod
    def build(cls, meta: RuleMeta, params: Mapping[str, Any], compiler: Compiler) -> Rule:
        return cls(meta, word_spellings(params["words"], meta.langs, compiler))

    def gate(self, b: GateBuilder) -> list[Alternative]:
        return [[b.atom("has", "#"), b.check()]]

    def gate_check(self, text: str, post: Post, tokenizer: Tokenizer) -> bool:
        """Some hashtag shows its words with capitals."""
        return _CAMEL_TAG.search(text) is not None

    def check(self, analysis: Analysis) -> Iterator[Hit]:
        lang = analysis.lang
        known = self.words.get(lang)
        if not known:
            return
        for found in HASHTAG_RE.finditer(analysis.text):
            tag = found.group()
            if not _CAMEL_TAG.match(tag):
                continue
            bad = self._memo.get((lang, tag))
            if bad is None:
                bad = insult_in_words(tag[1:], known, self.spellings[lang])
                remember(self._memo, (lang, tag), bad, MEMO_SIZE)
            if bad:
                yield Hit(found.start(), found.end(), {"match": tag, "word": bad})
