"""Every shipped rule's own cases, written in its ruleset under ``cases:``, run as tests.

A case is a text, or a mapping with ``text`` and optional ``kind``, ``in_reply_to``,
``platform``, ``scheduled_at``, ``account`` and ``at: [line, column]`` (where the first
finding of the rule must start). ``fail`` cases must make the rule fire; ``pass`` cases must
not. The meta-test demands a firing and a quiet case for each language a rule declares.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import SHARED_LINTER
from postlint import Linter, Post

CASE_FIELDS = {"text", "kind", "in_reply_to", "platform", "scheduled_at", "account", "at", "note"}


def _collect() -> list[Any]:
    params = []
    for rule in RULES:
        for lang, groups in (rule.meta.cases or {}).items():
            for outcome in ("fail", "pass"):
                for number, case in enumerate((groups or {}).get(outcome) or [], 1):
                    case_id = f"{rule.meta.id}-{lang}-{outcome}-{number}"
                    params.append(pytest.param(rule.meta.id, lang, outcome, case, id=case_id))
    return params


RULES = SHARED_LINTER.rules


def _post(case: Any, lang: str) -> Post:
    if isinstance(case, str):
        return Post(text=case, lang=lang, id="case")
    unknown = set(case) - CASE_FIELDS
    assert not unknown, f"unknown case fields {unknown}"
    return Post(
        text=case["text"],
        lang=lang,
        id="case",
        kind=case.get("kind", "post"),
        in_reply_to=case.get("in_reply_to"),
        platform=case.get("platform"),
        scheduled_at=case.get("scheduled_at"),
        account=case.get("account"),
    )


@pytest.mark.parametrize(("rule_id", "lang", "outcome", "case"), _collect())
def test_rule_case(linter: Linter, rule_id: str, lang: str, outcome: str, case: Any) -> None:
    post = _post(case, lang)
    if any(r.batch for r in RULES if r.meta.id == rule_id):
        # A batch rule needs a run: the case is sent twice, answering two different messages.
        from dataclasses import replace

        again = replace(post, id="case-2", in_reply_to=f"{post.in_reply_to or ''} (another)")
        post_findings = list(linter.lint_many([post, again]))[1][1]
    else:
        post_findings = linter.lint(post)
    findings = [f for f in post_findings if f.rule == rule_id]
    if outcome == "fail":
        assert findings, f"{rule_id} should fire on: {case}"
        if isinstance(case, dict) and "at" in case:
            first = findings[0].span
            assert [first.line, first.column] == case["at"]
    else:
        assert not findings, f"{rule_id} should stay quiet on: {case}\n{findings}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.meta.id)
def test_every_rule_has_cases_in_each_language(rule: Any) -> None:
    cases = rule.meta.cases or {}
    for lang in rule.meta.langs:
        groups = cases.get(lang) or {}
        assert groups.get("fail"), f"{rule.meta.id}: no firing case in {lang}"
        assert groups.get("pass"), f"{rule.meta.id}: no quiet case in {lang}"
    assert rule.meta.source or rule.meta.description, f"{rule.meta.id}: no source or rationale"
