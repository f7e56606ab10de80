"""``occurrence``: limits on how much of something a post has (emoji, ``!``, hashtags, capitals)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .base import Hit, Param, ParamError, Rule, RuleMeta, is_int, is_ratio, one_of

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..compile import Compiler
    from ..gatebuild import Alternative, GateBuilder

MEASURES = (
    "emoji",
    "exclamations",
    "exclamation_run",
    "hashtags",
    "mentions",
    "links",
    "caps_ratio",
    "caps_words",
    "characters",
)


class OccurrenceRule(Rule):
    TYPE = "occurrence"
    PARAMS = {
        "measure": Param(one_of(*MEASURES), required=True, doc="what to count"),
        "max": Param(lambda v: v, doc="fire above this (a count, or a ratio for caps_ratio)"),
        "min_letters": Param(is_int, doc="caps_ratio: ignore posts with fewer letters"),
    }

    def __init__(self, meta: RuleMeta, measure: str, limit: float, min_letters: int) -> None:
        super().__init__(meta)
        self.measure = measure
        self.limit = limit
        self.min_letters = min_letters

    @classmethod
    def build(cls, meta: RuleMeta, params: Mapping[str, Any], compiler: Compiler) -> Rule:
        measure = params["measure"]
        if "max" not in params:
            raise ParamError("missing field 'max'")
        check = is_ratio if measure == "caps_ratio" else is_int
        try:
            limit = check(params["max"])
        except ParamError as exc:
            raise ParamError(f"'max' {exc}", "max") from None
        return cls(meta, measure, limit, params.get("min_letters", 12))

    def gate(self, b: GateBuilder) -> list[Alternative] | None:
        """Counts read on the raw text that bound the measure from above."""
        measure, limit = self.measure, self.limit
        atoms = {
            "caps_ratio": ("capitals", limit * self.min_letters),
            "exclamations": ("count", "!", limit),
            "exclamation_run": ("has", "!" * (int(limit) + 1)),
            "hashtags": ("count", "#", limit),
            "mentions": ("count", "@", limit),
            "links": ("links", limit),
            "emoji": ("emoji", limit),
            "characters": ("length", limit),
        }
        atom = atoms.get(measure)
        return None if atom is None else [[b.atom(*atom)]]

    def check(self, analysis: Analysis) -> Iterator[Hit]:
        if self.measure == "caps_ratio":
            yield from self._caps(analysis)
            return
        spans = analysis.occurrences(self.measure)
        if self.measure in ("exclamation_run", "characters"):
            count = spans[0][1] - spans[0][0] if spans else 0
            if count > self.limit:
                yield Hit(spans[0][0], spans[0][1], {"count": str(count), "max": str(self.limit)})
            return
        if len(spans) > self.limit:
            start, end = spans[int(self.limit)]
            yield Hit(start, end, {"count": str(len(spans)), "max": str(self.limit)})

    def _caps(self, analysis: Analysis) -> Iterator[Hit]:
        upper, letters, span = analysis.capitals()
        if letters >= self.min_letters and upper / letters > self.limit:
            ratio = f"{100 * upper / letters:.0f}%"
            yield Hit(span[0], span[1], {"count": ratio, "max": f"{100 * self.limit:.0f}%"})
