"""``regex``: a regular expression over the post text (placeholders, formats)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .base import Hit, Param, Rule, RuleMeta, is_bool, is_int, is_regex

if TYPE_CHECKING:
    import re

    from ..analysis import Analysis
    from ..compile import Compiler


class RegexRule(Rule):
    TYPE = "regex"
    PARAMS = {
        "pattern": Param(
            is_regex, required=True, doc="Python regular expression, case-insensitive"
        ),
        "case_sensitive": Param(is_bool, doc="match case exactly (default false)"),
        "max_findings": Param(is_int, doc="report at most this many matches per post (default 3)"),
    }

    def __init__(self, meta: RuleMeta, pattern: re.Pattern[str], max_findings: int) -> None:
        super().__init__(meta)
        self.pattern = pattern
        self.max_findings = max_findings

    @classmethod
    def build(cls, meta: RuleMeta, params: Mapping[str, Any], compiler: Compiler) -> Rule:
        pattern = params["pattern"]
        if params.get("case_sensitive"):
            import re

            pattern = re.compile(pattern.pattern)
        return cls(meta, pattern, params.get("max_findings", 3))

    def check(self, analysis: Analysis) -> Iterator[Hit]:
        for count, m in enumerate(self.pattern.finditer(analysis.text)):
            if count >= self.max_findings:
                return
            if m.end() > m.start():
                yield Hit(m.start(), m.end(), {"match": m.group()})
