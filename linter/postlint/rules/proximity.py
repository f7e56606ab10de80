"""``proximity``: two match groups close together, in the same sentence.

Some risks are only risks when two things touch: an insult next to "you" or « vous » is aimed
at the reader ("you idiots", « vous êtes des abrutis », « t'es con »), while the same word
quoted or about oneself is not; "lol" next to a death is mockery. The distance is counted in
words between the two matches, and a sentence end (. ! ? or a line break) between them breaks
the link.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .base import Hit, Param, ParamError, Rule, RuleMeta, is_bool, is_int
from .named_groups import NamedGroupsRule, compile_groups

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..compile import Compiler
    from ..matchgroup import MatchGroup

SENTENCE_ENDS = frozenset(".!?…\n")


def _groups(value: Any) -> Mapping[str, Any]:
    if not isinstance(value, Mapping) or len(value) != 2:
        raise ParamError("'groups' must map exactly two names to match groups", "groups")
    return value


class ProximityRule(NamedGroupsRule):
    TYPE = "proximity"
    PARAMS = {
        "groups": Param(_groups, required=True, doc="two named match groups that must be close"),
        "window": Param(is_int, doc="at most this many words between the two (default 3)"),
        "ordered": Param(is_bool, doc="the first group must come before the second"),
        "same_sentence": Param(is_bool, doc="no sentence end between the two (default true)"),
        "unless": Param(lambda v: v, doc="stay quiet when the post also contains this group"),
        "report_at": Param(lambda v: v, doc="the group whose match is reported"),
    }

    def __init__(
        self,
        meta: RuleMeta,
        groups: dict[str, MatchGroup],
        window: int,
        ordered: bool,
        same_sentence: bool,
        unless: MatchGroup | None,
        report_at: str,
    ) -> None:
        super().__init__(meta)
        self.groups = groups
        self.window = window
        self.ordered = ordered
        self.same_sentence = same_sentence
        self.unless = unless
        self.report_at = report_at

    @classmethod
    def build(cls, meta: RuleMeta, params: Mapping[str, Any], compiler: Compiler) -> Rule:
        groups, unless, report_at = compile_groups(params, meta, compiler)
        return cls(
            meta,
            groups,
            params.get("window", 3),
            params.get("ordered", False),
            params.get("same_sentence", True),
            unless,
            report_at,
        )

    def check(self, analysis: Analysis) -> Iterator[Hit]:
        (first_name, first), (second_name, second) = self.groups.items()
        first_spans = first.spans(analysis)
        if not first_spans:
            return
        second_spans = second.spans(analysis)
        if not second_spans:
            return
        if self.unless is not None and self.unless.spans(analysis):
            return
        starts = [t.start for t in analysis.tokens if t.kind == "word"]
        text = analysis.text
        for a in first_spans:
            for b in second_spans:
                if self._close(a, b, starts, text):
                    spans = {first_name: a, second_name: b}
                    start, end = spans[self.report_at]
                    args = {name: text[s:e] for name, (s, e) in spans.items()}
                    yield Hit(start, end, args)
                    return

    def _close(self, a: tuple[int, int], b: tuple[int, int], starts: list[int], text: str) -> bool:
        if a[0] < b[1] and b[0] < a[1]:
            return False  # one match inside the other: the same words, not two things
        if self.ordered and b[0] < a[1]:
            return False
        left, right = (a, b) if a[0] < b[0] else (b, a)
        gap_start, gap_end = left[1], right[0]
        if self.same_sentence and any(c in SENTENCE_ENDS for c in text[gap_start:gap_end]):
            return False
        words_between = bisect.bisect_left(starts, gap_end) - bisect.bisect_left(starts, gap_start)
        return words_between <= self.window
