"""``allowlist``: only the listed emoji (or hashtags) may appear; each other one is reported.

Brand tone guides often say "these emoji and no others" or "only our campaign hashtags";
``measure`` says which kind of token is checked, ``allow`` lists the accepted ones (hashtags
with or without ``#``, compared case- and accent-insensitively).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ..tokens import EMOJI, HASHTAG, fold
from .base import Hit, Param, Rule, RuleMeta, is_int, one_of, str_list

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..compile import Compiler
    from ..gatebuild import Alternative, GateBuilder

_KINDS = {"emoji": EMOJI, "hashtags": HASHTAG}
_VARIATION = "\ufe0f"


class AllowlistRule(Rule):
    TYPE = "allowlist"
    PARAMS = {
        "measure": Param(one_of(*_KINDS), required=True, doc="emoji or hashtags"),
        "allow": Param(str_list, required=True, doc="the accepted emoji or hashtags"),
        "max_findings": Param(is_int, doc="report at most this many per post (default 3)"),
    }

    def __init__(
        self, meta: RuleMeta, kind: str, allowed: frozenset[str], max_findings: int
    ) -> None:
        super().__init__(meta)
        self.kind = kind
        self.allowed = allowed
        self.max_findings = max_findings

    @classmethod
    def build(cls, meta: RuleMeta, params: Mapping[str, Any], compiler: Compiler) -> Rule:
        kind = _KINDS[params["measure"]]
        allowed = frozenset(_key(kind, item) for item in params["allow"])
        return cls(meta, kind, allowed, params.get("max_findings", 3))

    def gate(self, b: GateBuilder) -> list[Alternative]:
        return [[b.atom("emoji", 0) if self.kind == EMOJI else b.atom("has", "#")]]

    def check(self, analysis: Analysis) -> Iterator[Hit]:
        reported = 0
        for token in analysis.tokens:
            if token.kind != self.kind or _key(self.kind, token.text) in self.allowed:
                continue
            yield Hit(token.start, token.end, {"match": token.text})
            reported += 1
            if reported >= self.max_findings:
                return


def _key(kind: str, text: str) -> str:
    if kind == HASHTAG:
        return fold(text.strip().lstrip("#"))
    return text.strip().replace(_VARIATION, "")
