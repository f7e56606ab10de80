"""What the types built on several named match groups share (cooccurrence, proximity).

Both read ``groups`` (name → match group, registry names allowed), an optional ``unless``
group and ``report_at`` (the group whose match the finding points at), and both can only fire
when every group has a match, which is their gate.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .base import ParamError, Rule
from .registry_names import with_registry_names

if TYPE_CHECKING:
    from ..compile import Compiler
    from ..gatebuild import Alternative, GateBuilder
    from ..matchgroup import MatchGroup
    from .base import RuleMeta


def compile_groups(
    params: Mapping[str, Any], meta: RuleMeta, compiler: Compiler
) -> tuple[dict[str, MatchGroup], MatchGroup | None, str]:
    """(groups, unless, report_at) of a rule, validated."""
    groups = {
        name: compiler.group(with_registry_names(spec), meta.langs)
        for name, spec in params["groups"].items()
    }
    report_at = params.get("report_at", next(iter(groups)))
    if report_at not in groups:
        raise ParamError(
            f"'report_at' must name one of the groups: {', '.join(groups)}", "report_at"
        )
    unless = params.get("unless")
    return groups, compiler.group(unless, meta.langs) if unless is not None else None, report_at


class NamedGroupsRule(Rule):
    groups: dict[str, MatchGroup]

    def gate(self, b: GateBuilder) -> list[Alternative]:
        return [[b.group(group) for group in self.groups.values()]]
