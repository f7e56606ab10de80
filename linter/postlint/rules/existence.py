"""``existence``: the post contains one of the terms (insults, non-apologies, placeholders).

With ``min_matches`` above 1 the rule counts instead: it fires once, at the first match, when the
post holds at least that many distinct matches (a post that is nothing but sales calls).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .base import Hit, Param, Rule, RuleMeta, is_int, is_text

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..compile import Compiler
    from ..gatebuild import Alternative, GateBuilder
    from ..matchgroup import MatchGroup


def _group(value: Any) -> Any:
    return value  # compiled in build(), where the compiler is at hand


class ExistenceRule(Rule):
    TYPE = "existence"
    replace: str | None = None  # class defaults: rules pickled before the params still load
    min_matches: int = 1
    PARAMS = {
        "match": Param(_group, required=True, doc="what to look for (a match group)"),
        "unless": Param(_group, doc="stay quiet when the post also contains this group"),
        "max_findings": Param(is_int, doc="report at most this many matches per post (default 1)"),
        "replace": Param(is_text, doc="suggested replacement for each match (for --fix)"),
        "min_matches": Param(
            is_int, doc="fire only from this many distinct matches in one post (default 1)"
        ),
    }

    def __init__(
        self,
        meta: RuleMeta,
        match: MatchGroup,
        unless: MatchGroup | None,
        max_findings: int,
        replace: str | None = None,
        min_matches: int = 1,
    ) -> None:
        super().__init__(meta)
        self.match = match
        self.unless = unless
        self.max_findings = max_findings
        self.replace = replace
        self.min_matches = min_matches

    @classmethod
    def build(cls, meta: RuleMeta, params: Mapping[str, Any], compiler: Compiler) -> Rule:
        unless = params.get("unless")
        return cls(
            meta,
            compiler.group(params["match"], meta.langs),
            compiler.group(unless, meta.langs) if unless is not None else None,
            params.get("max_findings", 1),
            params.get("replace"),
            params.get("min_matches", 1),
        )

    def gate(self, b: GateBuilder) -> list[Alternative]:
        group = b.group(self.match)
        if self.min_matches > 1:  # that many non-overlapping matches (see ``gatecount``)
            return [[group, b.counted(group, self.min_matches)]]
        return [[group]]

    def check(self, analysis: Analysis) -> Iterator[Hit]:
        spans = self.match.spans(analysis)
        if not spans or (self.unless is not None and self.unless.spans(analysis)):
            return
        if self.min_matches > 1:
            yield from self._counted(analysis, spans)
            return
        last_end = -1
        reported = 0
        for start, end in spans:
            if start < last_end or analysis.text[start:end] == self.replace:
                continue  # overlapping, or already written the way 'replace' asks
            yield Hit(start, end, {"match": analysis.text[start:end]}, self.replace)
            last_end = end
            reported += 1
            if reported >= self.max_findings:
                return

    def _counted(self, analysis: Analysis, spans: list[tuple[int, int]]) -> Iterator[Hit]:
        text = analysis.text
        distinct: dict[str, tuple[int, int]] = {}
        last_end = -1
        for start, end in spans:
            if start >= last_end:
                distinct.setdefault(text[start:end].casefold(), (start, end))
                last_end = end
        if len(distinct) < self.min_matches:
            return
        found = [" ".join(text[s:e].split()) for s, e in distinct.values()]
        start, end = next(iter(distinct.values()))
        yield Hit(start, end, {"match": "', '".join(found[:4]), "count": str(len(found))})
