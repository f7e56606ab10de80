"""``existence``: the post contains one of the terms (insults, non-apologies, placeholders)."""

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
    replace: str | None = None  # class default: rules pickled before the param still load
    PARAMS = {
        "match": Param(_group, required=True, doc="what to look for (a match group)"),
        "unless": Param(_group, doc="stay quiet when the post also contains this group"),
        "max_findings": Param(is_int, doc="report at most this many matches per post (default 1)"),
        "replace": Param(is_text, doc="suggested replacement for each match (for --fix)"),
    }

    def __init__(
        self,
        meta: RuleMeta,
        match: MatchGroup,
        unless: MatchGroup | None,
        max_findings: int,
        replace: str | None = None,
    ) -> None:
        super().__init__(meta)
        self.match = match
        self.unless = unless
        self.max_findings = max_findings
        self.replace = replace

    @classmethod
    def build(cls, meta: RuleMeta, params: Mapping[str, Any], compiler: Compiler) -> Rule:
        unless = params.get("unless")
        return cls(
            meta,
            compiler.group(params["match"], meta.langs),
            compiler.group(unless, meta.langs) if unless is not None else None,
            params.get("max_findings", 1),
            params.get("replace"),
        )

    def gate(self, b: GateBuilder) -> list[Alternative]:
        return [[b.group(self.match)]]

    def check(self, analysis: Analysis) -> Iterator[Hit]:
        spans = self.match.spans(analysis)
        if not spans or (self.unless is not None and self.unless.spans(analysis)):
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
