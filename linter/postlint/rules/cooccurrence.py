"""``cooccurrence``: every group is present in one post (tragedy *and* promotion)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .base import Hit, Param, ParamError, Rule, RuleMeta
from .named_groups import NamedGroupsRule, compile_groups

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..compile import Compiler
    from ..matchgroup import MatchGroup


def _groups(value: Any) -> Mapping[str, Any]:
    if not isinstance(value, Mapping) or len(value) < 2:
        raise ParamError("'groups' must map two or more names to match groups", "groups")
    return value


class CooccurrenceRule(NamedGroupsRule):
    TYPE = "cooccurrence"
    PARAMS = {
        "groups": Param(_groups, required=True, doc="named match groups that must all be present"),
        "unless": Param(lambda v: v, doc="stay quiet when the post also contains this group"),
        "report_at": Param(lambda v: v, doc="the group whose first match is reported"),
    }

    def __init__(
        self,
        meta: RuleMeta,
        groups: dict[str, MatchGroup],
        unless: MatchGroup | None,
        report_at: str,
    ) -> None:
        super().__init__(meta)
        self.groups = groups
        self.unless = unless
        self.report_at = report_at

    @classmethod
    def build(cls, meta: RuleMeta, params: Mapping[str, Any], compiler: Compiler) -> Rule:
        return cls(meta, *compile_groups(params, meta, compiler))

    def check(self, analysis: Analysis) -> Iterator[Hit]:
        firsts: dict[str, tuple[int, int]] = {}
        for name, group in self.groups.items():
            span = group.first(analysis)
            if span is None:
                return
            firsts[name] = span
        if self.unless is not None and self.unless.first(analysis):
            return
        text = analysis.text
        args = {name: text[s:e] for name, (s, e) in firsts.items()}
        start, end = firsts[self.report_at]
        yield Hit(start, end, args)
