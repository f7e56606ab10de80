"""The gate's finer conditions: per-language gates, a group's options (one regex and all of
its literal sets), and the regexes an analysis skips on the gate's word."""

from __future__ import annotations

import re
from typing import Any

from postlint import Linter, Post
from postlint.analysis import Analysis
from postlint.gate import GateSet, ScopeGate
from postlint.gatebuild import LEFT_ALPHA, RIGHT_ALNUM, Clause

WORD = LEFT_ALPHA | RIGHT_ALNUM


class _Rule:
    """Just what ScopeGate reads of a rule."""

    def gate_check(self, text: str, post: Post, tokenizer: Any) -> bool:
        return True


def _lits(*words: str) -> frozenset[tuple[str, int]]:
    return frozenset((w, WORD) for w in words)


def test_options_make_the_condition_finer() -> None:
    # coarse: any of the four words; fine: (parcel and late) or (refund and never)
    coarse = Clause(
        lits=_lits("parcel", "late", "refund", "never"),
        options=(
            (Clause(lits=_lits("parcel")), Clause(lits=_lits("late"))),
            (Clause(lits=_lits("refund")), Clause(lits=_lits("never"))),
        ),
    )
    gates = GateSet([[[coarse]]], "")
    rule = _Rule()
    scope = ScopeGate(gates, [(rule, "warning", 0)])  # type: ignore[list-item]

    def selected(text: str) -> bool:
        return bool(scope.select(text, Post(text=text), None))  # type: ignore[arg-type]

    assert selected("Your parcel is late.")
    assert selected("The refund never came")
    assert not selected("Your parcel arrived")  # the coarse clause alone would let it through
    assert not selected("A late refund")
    assert not selected("Parcels are later")  # whole words only


def test_gates_are_per_language(linter: Linter) -> None:
    _ = linter.compiled
    gates = {lang: linter._scope_gate(lang, "post") for lang in ("en", "fr")}
    en, fr = (gates[lang].gates for lang in ("en", "fr"))  # type: ignore[union-attr]
    assert en is not fr
    # a regex listed for French only is never a condition of an English post
    assert set(en.regex_needs) != set(fr.regex_needs)


def test_an_analysis_skips_the_regexes_the_gate_rules_out(linter: Linter) -> None:
    compiled = linter.compiled
    regex = re.compile(r"\bparcel\s+late\b", re.IGNORECASE)
    post = Post(text="parcel late", lang="en")
    key = (regex.pattern, regex.flags)

    def spans(bits: int) -> list[tuple[int, int]]:
        analysis = Analysis(post, post.text, "en", compiled, linter._tokenizers["en"])
        analysis.gated({key: 0b11}, bits)
        return analysis.regex_spans(regex)

    assert spans(0b11) == [(0, 11)]
    assert spans(0b01) == []  # one needed bit missing: not run
