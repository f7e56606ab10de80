"""``regex: {en: [...], fr: [...]}`` runs each list on posts of its own language only, and
the gate still holds every one of them (a union is a valid necessary condition)."""

from __future__ import annotations

from postlint.analysis import Analysis
from postlint.compile import Compiler
from postlint.gatebuild import GateBuilder
from postlint.model import Post

SPEC = {"regex": {"en": [r"\bsorry\s+if\b"], "fr": [r"\bd[ée]sol[ée]s\s+si\b"]}}
TEXT = "Sorry if. Désolés si."


def _spans(lang: str, langs: tuple[str, ...] = ("en", "fr")) -> list[tuple[int, int]]:
    group = Compiler([]).group(SPEC, langs)
    analysis = Analysis(Post(text=TEXT, lang=lang), TEXT, lang, None, None)  # type: ignore[arg-type]
    return group.spans(analysis)


def test_each_language_list_runs_on_its_own_posts() -> None:
    assert _spans("en") == [(0, 8)]
    assert _spans("fr") == [(10, 20)]


def test_a_list_for_a_language_the_rule_lacks_is_dropped() -> None:
    assert _spans("fr", langs=("en",)) == []
    assert Compiler([]).group(SPEC, ("en",)).regexes_by_lang[0][0] == "en"


def test_the_gate_takes_the_union() -> None:
    group = Compiler([]).group(SPEC, ("en", "fr"))
    clause = GateBuilder({}, frozenset()).group(group)
    assert clause is not None
    texts = {text for text, _ in clause.lits}
    assert any("sorry" in t for t in texts) and any("sol" in t for t in texts)
