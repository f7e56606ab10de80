"""``substitution``: a term the brand avoids, with the term it prefers as the suggestion.

``swap`` maps each avoided term to its preferred form (``{utilise: use}``), or maps each
language to such a mapping (``{en: {...}, fr: {...}}``). Terms match on folded word forms,
like ``terms`` in a match group; the suggestion keeps the capital of the matched word.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .base import Hit, Param, ParamError, Rule, RuleMeta, is_int

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..compile import Compiler
    from ..gatebuild import Alternative, GateBuilder
    from ..matchgroup import MatchGroup


def _swap(value: Any) -> Any:
    if not isinstance(value, Mapping) or not value:
        raise ParamError("must map each avoided term to the preferred one")
    return value


class SubstitutionRule(Rule):
    TYPE = "substitution"
    PARAMS = {
        "swap": Param(_swap, required=True, doc="avoided term → preferred term (or per language)"),
        "max_findings": Param(is_int, doc="report at most this many matches per post (default 3)"),
    }

    def __init__(
        self, meta: RuleMeta, swaps: list[tuple[MatchGroup, str]], max_findings: int
    ) -> None:
        super().__init__(meta)
        self.swaps = swaps
        self.max_findings = max_findings

    @classmethod
    def build(cls, meta: RuleMeta, params: Mapping[str, Any], compiler: Compiler) -> Rule:
        swap = params["swap"]
        per_lang = set(swap) <= {"en", "fr"} and all(isinstance(v, Mapping) for v in swap.values())
        tables = {lang: swap.get(lang) or {} for lang in meta.langs} if per_lang else None
        swaps: list[tuple[MatchGroup, str]] = []
        for lang in meta.langs:
            table = tables[lang] if tables is not None else swap
            for avoided, preferred in table.items():
                if not isinstance(avoided, str) or not isinstance(preferred, str):
                    raise ParamError("swap: terms and their replacements are strings", "swap")
                swaps.append((compiler.group({"terms": [avoided]}, [lang]), preferred))
        return cls(meta, swaps, params.get("max_findings", 3))

    def gate(self, b: GateBuilder) -> list[Alternative]:
        return [[b.any_of(*(b.group(group) for group, _ in self.swaps))]]

    def check(self, analysis: Analysis) -> Iterator[Hit]:
        hits: list[tuple[int, int, str]] = []
        for group, preferred in self.swaps:
            hits.extend((start, end, preferred) for start, end in group.spans(analysis))
        hits.sort()
        last_end = -1
        reported = 0
        for start, end, preferred in hits:
            if start < last_end or reported >= self.max_findings:
                continue
            matched = analysis.text[start:end]
            suggestion = _same_case(matched, preferred)
            yield Hit(start, end, {"match": matched, "suggestion": suggestion}, suggestion)
            last_end = end
            reported += 1


def _same_case(matched: str, preferred: str) -> str:
    """``Utilise`` → ``Use``; anything else keeps the preferred term as written."""
    if matched[:1].isupper() and not matched.isupper() and preferred[:1].islower():
        return preferred[:1].upper() + preferred[1:]
    return preferred
