"""The gate's finer conditions: per-language gates, a group's options (one regex and all of
its literal sets), and the regexes an analysis skips on the gate's word."""

from __future__ import annotations

import re
from typing import Any

from postlint import Linter, Post
from postlint.analysis import Analysis
from postlint.gate import GateSet, ScopeGate
from postlint.gatebuild import Clause
from postlint.gatelits import LEFT_ALPHA, RIGHT_ALNUM

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
        return analysis.regexes_spans((regex,))

    assert spans(0b11) == [(0, 11)]
    assert spans(0b01) == []  # one needed bit missing: not run


def _scan_all(gates: GateSet, folded: str, exact: bool) -> int:
    """The scan with every literal in the automaton (before whole words were looked up)."""
    from postlint.gate import _bounded

    sat = 0
    for end, (length, entries) in gates.automaton.iter(folded):
        for flags, post, _ in entries:
            if (
                flags
                and exact
                and not _bounded(folded, end - length + 1, end + 1, len(folded), flags)
            ):
                continue
            sat |= post
    return sat


def test_word_look_up_finds_what_the_full_scan_finds(linter: Linter) -> None:
    _ = linter.compiled
    texts = [
        "Thanks for the welcome! Merci, bravo, bienvenue à tous.",
        "straße ²welcome welcome² Ⅷthanks thanks3 3thanks _thanks thanks_ «merci»",
        "Félicitations\u00a0! l’équipe vous dit MERCI 😀 #merci @merci https://x.fr/merci",
        "déjà vu, naïve café, cœur, Utøya, İstanbul, ÆSIR",
    ]
    found = 0
    for lang in ("en", "fr"):
        gate = linter._scope_gate(lang, "post")
        assert gate is not None
        gates = gate.gates
        for text in texts:
            folded, exact = gates.fold_text(text)
            full = _scan_all(gates, folded, exact)
            assert full & gates.scan(folded, exact) == full, text
            found |= full
    assert found  # the texts do hold literals


def test_accented_literals_are_as_common_as_their_folded_words() -> None:
    """A regex's literals are scored before folding: "à" and "même" must count as common as
    "a" and "meme" (they are the same folded literals), so a rarer literal of the same regex
    ("comprendre", "clochards") is the one scanned for."""
    from postlint.gatelits import commonness, regex_literals

    assert commonness("à", WORD) == commonness("a", WORD) > 7
    assert commonness("même", WORD) == commonness("meme", WORD)
    found = regex_literals(re.compile(r"\bdu\s+mal\s+à\s+comprendre\s+leur\s+accent\b", re.I))
    assert found is not None and {text for text, _ in found} != {"a"}
