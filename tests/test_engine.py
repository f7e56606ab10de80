"""The library: Linter and Post as scheduling tools use them."""

from __future__ import annotations

import itertools
from concurrent.futures import ThreadPoolExecutor

from postlint import Linter, Post, Severity

RISKY = "Thinking of the earthquake victims today. Flash sale: 30% off with code HOPE!"
FINE = "Thank you all for coming to the open house, see you next spring."


def test_lint_returns_findings_with_positions_in_the_text(linter: Linter) -> None:
    findings = linter.lint(Post(text="Line one\n" + RISKY, lang="en"))
    crisis = [f for f in findings if f.rule == "crisis.promotion"]
    assert crisis and crisis[0].severity is Severity.ERROR
    assert crisis[0].span.line == 2
    assert crisis[0].path == ""


def test_fine_post_has_no_findings(linter: Linter) -> None:
    assert linter.lint(Post(text=FINE, lang="en")) == []


def test_language_is_guessed_when_absent(linter: Linter) -> None:
    french = "Toutes nos pensées vont aux victimes de l'inondation. Profitez de -30 % avec le code."
    rules = {f.rule for f in linter.lint(Post(text=french))}
    assert "crisis.promotion" in rules


def test_disabled_prefix_silences_rules(linter: Linter) -> None:
    assert linter.lint(Post(text=RISKY, lang="en", disabled=("crisis",))) == []


def test_lint_many_streams(linter: Linter) -> None:
    consumed = 0

    def posts():  # type: ignore[no-untyped-def]
        nonlocal consumed
        for i in itertools.count():
            consumed += 1
            yield Post(text=RISKY if i % 2 else FINE, lang="en", id=str(i))

    stream = linter.lint_many(posts())
    first_two = [next(stream), next(stream)]
    assert consumed <= 3  # nothing read ahead beyond what was asked
    assert first_two[0][1] == [] and first_two[1][1]


def test_one_linter_shared_between_threads_gives_the_same_results(linter: Linter) -> None:
    posts = [Post(text=(RISKY if i % 3 == 0 else FINE) + f" #{i}", lang="en") for i in range(300)]
    expected = [[f.rule for f in linter.lint(p)] for p in posts]
    fresh = Linter(linter.config)
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda p: [f.rule for f in fresh.lint(p)], posts))
    assert got == expected
