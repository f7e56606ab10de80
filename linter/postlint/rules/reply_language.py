"""``reply-language``: a reply written in another language than the message it answers.

An English macro sent to a customer who wrote in French (or the reverse) tells them nobody
read their message. Both texts are judged by their own words (``langid.evidence``), not by
the post's ``lang`` field, which describes the draft and is often a default: the answered
message must be plainly in one language (``least`` points, ``dominance`` times the other's),
the reply plainly in the other (``least`` points) with at most ``stray`` words of the
customer's language ("Merci" in an English reply). A short message ("Merci !", "?") does not
tell, a bilingual reply ("Hi Sam! / Bonjour Sam !") answers in both, and a message that names
the reply's language (``asked``: « vous pouvez me répondre en anglais ? ») asked for it: all
three stay quiet.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ..langid import clear_lang, evidence
from ..model import LANG_NAMES, LANGS
from .base import Hit, Param, Rule, RuleMeta, is_int, number_at_least, per_lang_words

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..compile import Compiler
    from ..gatebuild import Alternative, GateBuilder


class ReplyLanguageRule(Rule):
    TYPE = "reply-language"
    PARAMS = {
        "least": Param(is_int, doc="fewest language points each text needs to tell (3)"),
        "dominance": Param(
            number_at_least(1),
            doc="the answered message: how many times the other language's points (3)",
        ),
        "stray": Param(is_int, doc="most points of the answered language the reply may hold (1)"),
        "asked": Param(
            per_lang_words,
            doc="per reply language: its names; quiet when the answered message names it",
        ),
    }

    def __init__(
        self,
        meta: RuleMeta,
        least: int,
        dominance: float,
        stray: int,
        asked: dict[str, frozenset[str]],
    ) -> None:
        super().__init__(meta)
        self.least = least
        self.dominance = dominance
        self.stray = stray
        self.asked = asked

    @classmethod
    def build(cls, meta: RuleMeta, params: Mapping[str, Any], compiler: Compiler) -> Rule:
        return cls(
            meta,
            params.get("least", 3),
            params.get("dominance", 3.0),
            params.get("stray", 1),
            params.get("asked", {}),
        )

    def gate(self, b: GateBuilder) -> list[Alternative]:
        return [[b.atom("reply")]]

    def check(self, analysis: Analysis) -> Iterator[Hit]:
        answered = analysis.post.in_reply_to
        if not answered:
            return
        theirs = clear_lang(answered, self.least, self.dominance)
        if theirs is None:
            return
        text = analysis.text
        points = dict(zip(LANGS, evidence(text), strict=True))  # evidence is (en, fr)
        mine = next(lang for lang in LANGS if lang != theirs)
        if points[mine] < self.least or points[theirs] > self.stray:
            return
        if self._asked_for(mine, analysis):
            return
        end = len(text.rstrip())
        args = {
            "match": text[:end],
            "reply_lang": LANG_NAMES[mine],
            "answered_lang": LANG_NAMES[theirs],
        }
        yield Hit(0, end, args)

    def _asked_for(self, lang: str, analysis: Analysis) -> bool:
        """Whether the answered message names the reply's language ("can you answer in
        English?", « je suis anglophone »): then answering in it is what was asked."""
        names = self.asked.get(lang, frozenset())
        answered = analysis.reply
        return answered is not None and any(t.norm in names for t in answered.tokens)
