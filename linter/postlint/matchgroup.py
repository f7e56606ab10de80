"""A match group: the terms, lemmas, token patterns, lexicons and regexes a rule looks for.

Groups are written in rulesets as a mapping (``terms``, ``lemmas``, ``patterns``, ``lexicons``,
``regex``); each list may instead be a mapping by language (``{en: [...], fr: [...]}``). The
compiler turns phrases into keys of the per-language phrase index; at run time a group asks
the post's analysis which of its keys matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analysis import Analysis

GROUP_KEYS = ("terms", "lemmas", "patterns", "lexicons", "regex", "hashtags_only")


@dataclass(frozen=True, slots=True)
class MatchGroup:
    """The compiled terms and regexes of one match group of a rule."""

    keys: tuple[tuple[str, int], ...]  # (lang, phrase-index key)
    regexes: tuple[re.Pattern[str], ...] = ()  # every language (a plain ``regex:`` list)
    hashtags_only: bool = False
    # ``regex: {en: [...], fr: [...]}``: each list runs on posts of its language only
    regexes_by_lang: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...] = ()

    def all_regexes(self) -> tuple[re.Pattern[str], ...]:
        """Every regex of the group, whatever its language (the gate takes their union)."""
        return self.regexes + tuple(r for _, regexes in self.regexes_by_lang for r in regexes)

    def spans(self, analysis: Analysis) -> list[tuple[int, int]]:
        """Character spans of every match in the post, in text order."""
        found: list[tuple[int, int]] = []
        lang = analysis.lang
        for key_lang, key in self.keys:
            if key_lang == lang:
                found.extend(analysis.phrase_spans(key, self.hashtags_only))
        if self.regexes:
            found += analysis.regexes_spans(self.regexes)
        for regex_lang, regexes in self.regexes_by_lang:
            if regex_lang == lang:
                found += analysis.regexes_spans(regexes)
        found.sort()
        return found

    def first(self, analysis: Analysis) -> tuple[int, int] | None:
        spans = self.spans(analysis)
        return spans[0] if spans else None
