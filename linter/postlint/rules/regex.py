"""``regex``: a regular expression over the post text (placeholders, formats)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ..regexsplit import branches
from .base import Hit, Param, ParamError, Rule, RuleMeta, is_bool, is_int, is_regex, is_text

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..compile import Compiler
    from ..gatebuild import Alternative, GateBuilder


class RegexRule(Rule):
    TYPE = "regex"
    replace: str | None = None  # class defaults: rules pickled before the params still load
    skip_code: bool = False
    PARAMS = {
        "pattern": Param(
            is_regex, required=True, doc="Python regular expression, case-insensitive"
        ),
        "case_sensitive": Param(is_bool, doc="match case exactly (default false)"),
        "max_findings": Param(is_int, doc="report at most this many matches per post (default 3)"),
        "replace": Param(is_text, doc="suggested replacement (\\1, \\g<name> expand groups)"),
        "skip_code": Param(
            is_bool,
            doc='ignore matches inside `code` spans and f"…" string literals, and syntax shown'
            ' as an example ("merge tags like {{first_name}} or {{company}}")',
        ),
    }

    def __init__(
        self,
        meta: RuleMeta,
        pattern: re.Pattern[str],
        max_findings: int,
        replace: str | None = None,
        skip_code: bool = False,
    ) -> None:
        super().__init__(meta)
        self.pattern = pattern
        self.max_findings = max_findings
        self.replace = replace
        self.skip_code = skip_code

    @classmethod
    def build(cls, meta: RuleMeta, params: Mapping[str, Any], compiler: Compiler) -> Rule:
        pattern = params["pattern"]
        if params.get("case_sensitive"):
            pattern = re.compile(pattern.pattern)
        replace = params.get("replace")
        if replace is not None:
            _check_template(pattern, replace)
        return cls(
            meta, pattern, params.get("max_findings", 3), replace, params.get("skip_code", False)
        )

    def gate(self, b: GateBuilder) -> list[Alternative]:
        """The regex's conditions, and those of one of its branches when it is split (see
        ``regexsplit``; the branches' conditions also tell ``check`` which to search)."""
        from ..gatebuild import selective

        whole = b.regex_all(self.pattern)
        parts = branches(self.pattern)
        if parts is None:
            return [whole]
        return [[*whole, *selective(b.regex_conditions(part))] for part in parts]

    def check(self, analysis: Analysis) -> Iterator[Hit]:
        text = analysis.text
        # only behind the gate: a run on a draft or two does not compile the branches
        parts = branches(self.pattern) if analysis.is_gated else None
        if parts is not None:
            for part in analysis.allowed(parts):
                if part.search(text) is not None:
                    break
            else:
                return  # no branch matches anywhere: neither does the whole regex
        code: list[tuple[int, int]] | None = None
        example_end = -1  # end of the last match shown as an example
        found: list[re.Match[str]] = []
        for m in self.pattern.finditer(text):
            if len(found) >= self.max_findings:
                break
            if self.skip_code:
                if code is None:
                    code = [c.span() for c in _CODE.finditer(text)]
                if any(s <= m.start() and m.end() <= e for s, e in code):
                    continue
                if _shown_as_example(text, m.start(), m.end(), example_end):
                    example_end = m.end()
                    continue
                if _quoted_from(analysis.post.in_reply_to, m.group()):
                    continue
            found.append(m)
        if example_end >= 0:
            # a post that shows one field as an example is about the syntax: its other fields
            # ("… and {eta} your delivery estimate") are examples too
            return
        for m in found:
            if m.end() > m.start():
                fix = m.expand(self.replace) if self.replace is not None else None
                yield Hit(m.start(), m.end(), {"match": m.group()}, fix)


# A `code span`, or a Python f-string literal: text about templates, not a template.
_CODE = re.compile(r"`[^`\n]+`|\b[fF]\"[^\"\n]*\"|\b[fF]'[^'\n]*'")
# Syntax introduced as an example: "merge tags like …", « des variables comme … », "e.g. …",
# « le champ … ».
_EXAMPLE_BEFORE = re.compile(
    r"(?:\b(?:tags?|fields?|placeholders?|variables?|syntax|balises?|champs?|syntaxe)\s*"
    r"(?:like|such\s+as|as|comme|tel(?:le)?s?\s+que|:)|\be\.g\.|\bpar\s+exemple\s*:?|\bex\.)"
    r"\s*$"
    # or named just before it: "insert the field {first_name}", « insérez le champ {prénom} »
    r"|\b(?:the|a|le|la|un|une|ce|cette)\s+(?:merge\s+)?"
    r"(?:tag|field|placeholder|variable|balise|champ)\s*$",
    re.IGNORECASE,
)
# Syntax named for what it is: "{first_name} is a merge tag", « [PRENOM] est une variable »,
# or for what it does.
_EXAMPLE_AFTER = re.compile(
    r"\s*(?:is|are|est|sont)\s+(?:(?:a|an|the|une?|la|le|les|des)\s+)?(?:merge\s+)?"
    r"(?:tags?|fields?|placeholders?|variables?|balises?|champs?)\b"
    # or explained by what it does: "{first_name} becomes the name on your account",
    # "{{link}} pulls in your shop URL", « {prénom} est remplacé par le prénom »
    r"|\s*(?:becomes|is\s+replaced\s+(?:by|with)|gets\s+replaced|pulls\s+in|inserts|fills\s+in|"
    r"turns\s+into|(?:est|sera)\s+remplacée?\s+par|insère|devient)\b",
    re.IGNORECASE,
)
# The next item of the same list of examples: "{{first_name}} or {{company}}".
_EXAMPLE_NEXT = re.compile(r"\s*(?:,|/|or|and|ou|et)\s*", re.IGNORECASE)


def _shown_as_example(text: str, start: int, end: int, example_end: int) -> bool:
    """Whether the match at ``start`` is syntax a post shows as an example, not a leftover."""
    if example_end >= 0 and _EXAMPLE_NEXT.fullmatch(text, example_end, start):
        return True
    if _EXAMPLE_AFTER.match(text, end) is not None:
        return True
    return _EXAMPLE_BEFORE.search(text, max(0, start - 40), start) is not None


def _quoted_from(answered: str | None, syntax: str) -> bool:
    """Whether the message answered holds the same syntax: the customer asked about it, and
    the reply explains it (a template that failed would not echo the customer's own text)."""
    return answered is not None and syntax in answered


def _check_template(pattern: re.Pattern[str], replace: str) -> None:
    """Refuse group references the pattern does not define, at build time, not per post."""
    for number, name in re.findall(r"\\(\d+)|\\g<([^>]*)>", replace):
        ref = number or name
        known = int(ref) <= pattern.groups if ref.isdigit() else ref in pattern.groupindex
        if not known:
            raise ParamError(f"'replace' refers to group {ref!r}, not in the pattern", "replace")
