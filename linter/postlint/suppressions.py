"""Suppression directives: "this finding is fine here, and here is why".

In a draft's text (Markdown comments, invisible once published)::

    <!-- postlint-disable tone.shouting, crisis -- approved by legal, ticket 1234 -->
    <!-- postlint-enable tone.shouting -->
    <!-- postlint-disable-next-line automation.placeholder -->
    <!-- postlint-disable -->            (every rule, until postlint-enable or the end)

and, for a whole post, ``postlint: {disable: [...]}`` in front matter or a batch record
(``Post.disabled``). Ids are prefixes: ``tone`` covers ``tone.shouting``. Rules read a masked
copy of the text where each directive is blanked out (same length, newlines kept), so a
directive never triggers a rule and offsets stay those of the real text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .config import matches_prefix
from .model import Severity
from .rules.base import Hit, Rule, RuleMeta

UNUSED_ID = "postlint.unused-suppression"
ALL = "*"
DIRECTIVE = re.compile(
    r"<!--[ \t]*postlint-(?P<kind>disable-next-line|disable|enable)\b(?P<body>.*?)-->", re.DOTALL
)


class _UnusedRule(Rule):
    """Stands for the suppression checker in findings (its id, message and hint)."""

    TYPE = "builtin"


UNUSED_RULE = _UnusedRule(
    RuleMeta(
        id=UNUSED_ID,
        type="builtin",
        level=Severity.WARNING,
        message="{message}",
        hint="Remove the directive, or correct the rule id it names.",
        source="Suppressions that match nothing hide nothing but later mistakes.",
    )
)


@dataclass
class Directive:
    kind: str  # disable, disable-next-line, enable, or "record" (front matter / batch record)
    rules: tuple[str, ...]  # ids or prefixes; (ALL,) for every rule
    start: int  # the comment's offsets in the text
    end: int
    reason: str = ""
    used: set[str] = field(default_factory=set)


@dataclass
class _Region:
    rule: str
    start: int
    end: int
    directive: Directive


class Suppressions:
    """The directives of one post, and the regions of text each one covers."""

    def __init__(self, text: str, directives: list[Directive], regions: list[_Region]) -> None:
        self.text = text
        self.directives = directives
        self.regions = regions
        self.masked = _mask(text)

    @classmethod
    def parse(cls, text: str, disabled: tuple[str, ...] = ()) -> Suppressions:
        directives: list[Directive] = []
        regions: list[_Region] = []
        if disabled:
            record = Directive("record", tuple(disabled), 0, 0)
            directives.append(record)
            regions.extend(_Region(rule, 0, len(text) + 1, record) for rule in disabled)
        opened: dict[str, _Region] = {}
        for match in DIRECTIVE.finditer(text):
            kind = match["kind"]
            names, _, reason = match["body"].partition("--")
            rules = tuple(r for r in re.split(r"[\s,]+", names.strip()) if r) or (ALL,)
            directive = Directive(kind, rules, match.start(), match.end(), reason.strip())
            if kind == "enable":
                # a bare enable closes every region; "enable tone" closes "tone.shouting" too
                for rule in list(opened):
                    if ALL in rules or any(matches_prefix(rule, r) for r in rules):
                        opened.pop(rule).end = match.start()
                continue
            directives.append(directive)
            if kind == "disable":
                for rule in rules:
                    if rule not in opened:
                        opened[rule] = _Region(rule, match.start(), len(text) + 1, directive)
                        regions.append(opened[rule])
            else:
                start, end = _next_line(text, match.end())
                regions.extend(_Region(rule, start, end, directive) for rule in rules)
        return cls(text, directives, regions)

    def covers_post(self, rule_id: str) -> bool:
        """True when the front matter or record switches ``rule_id`` off for the whole post."""
        return any(
            r.directive.kind == "record" and matches_prefix(rule_id, r.rule) for r in self.regions
        )

    def suppresses(self, rule_id: str, offset: int) -> bool:
        """True when a finding of ``rule_id`` at ``offset`` is suppressed (and notes the use)."""
        found = False
        for region in self.regions:
            if region.start <= offset < region.end and (
                region.rule == ALL or matches_prefix(rule_id, region.rule)
            ):
                region.directive.used.add(region.rule)
                found = True
        return found

    def unused(self) -> Iterator[Hit]:
        """One hit per directive that suppressed nothing (or named ids that matched nothing)."""
        for directive in self.directives:
            idle = [rule for rule in directive.rules if rule not in directive.used]
            if not idle:
                continue
            names = "every rule" if idle == [ALL] else ", ".join(idle)
            if directive.kind == "record":
                message = f"'postlint: disable' lists {names}, but no such finding was suppressed"
                end = min(1, len(self.text))
            else:
                message = f"postlint-{directive.kind} {names}: no such finding here to suppress"
                end = directive.end
            yield Hit(directive.start, end, {"message": message})


def _next_line(text: str, offset: int) -> tuple[int, int]:
    """The span of the first non-blank line after the one holding ``offset``."""
    position = text.find("\n", offset)
    while position != -1:
        start = position + 1
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        if text[start:end].strip():
            return start, end
        if end == len(text):
            break
        position = end
    return len(text), len(text)


def _mask(text: str) -> str:
    """The text with every directive comment blanked (same length, newlines kept)."""
    spans = [m.span() for m in DIRECTIVE.finditer(text)]
    if not spans:
        return text
    out: list[str] = []
    last = 0
    for start, end in spans:
        out.append(text[last:start])
        out.append(re.sub(r"[^\n]", " ", text[start:end]))
        last = end
    out.append(text[last:])
    return "".join(out)
