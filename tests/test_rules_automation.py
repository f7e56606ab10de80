"""Automation rule types: handle splitting, echoed text, and the copy-paste batch rule."""

from __future__ import annotations

from postlint import Linter, Post
from postlint.rules.duplicates import normalise
from postlint.rules.echo import _longest_common_run, handle_words


def _rules(findings: list) -> set[str]:  # type: ignore[type-arg]
    return {f.rule for f in findings}


def test_handle_words_split_at_capitals_digits_and_underscores() -> None:
    assert handle_words("@GasAllJewss") == ["gas", "al", "jews"]
    assert handle_words("@sam_jones_88") == ["sam", "jones"]
    assert handle_words("@H1tlerFan") == ["hitler", "fan"]


def test_longest_common_run_finds_the_shared_words() -> None:
    assert _longest_common_run(["a", "b", "c", "d"], ["x", "b", "c", "y"]) == (1, 2)
    assert _longest_common_run(["a"], ["b"]) == (0, 0)


def test_normalise_drops_handles_urls_numbers_and_case() -> None:
    a = normalise("@Sam Sorry!  Order 12345 — see https://x.co/a")
    b = normalise("@jo sorry! order 999 — see https://x.co/b")
    assert a == b == "sorry order see"


def test_copy_paste_fires_on_the_second_copy_only_in_a_batch(linter: Linter) -> None:
    text = "We are sorry to hear this, please send us a DM so we can help."
    posts = [
        Post(text=f"@ann {text}", lang="en", kind="reply", id="1", in_reply_to="My bag is lost"),
        Post(text=f"@bob {text}", lang="en", kind="reply", id="2", in_reply_to="Train late again"),
        Post(text="Thanks Bob, enjoy the trip and see you soon!", lang="en", kind="reply", id="3"),
    ]
    results = {post.id: _rules(found) for post, found in linter.lint_many(posts)}
    assert "automation.copy-paste" not in results["1"]
    assert "automation.copy-paste" in results["2"]
    assert "automation.copy-paste" not in results["3"]
    # Linting one post alone never runs batch rules.
    assert "automation.copy-paste" not in _rules(linter.lint(posts[1]))


def test_copy_paste_state_does_not_leak_between_runs(linter: Linter) -> None:
    post = Post(
        text="Thanks for your patience, the team is on it right now.",
        lang="en",
        kind="reply",
        id="a",
        in_reply_to="Where is my order?",
    )
    for _ in range(2):
        [(_, found)] = list(linter.lint_many([post]))
        assert "automation.copy-paste" not in _rules(found)


def test_echoed_handle_reads_glued_multiword_entries(linter: Linter) -> None:
    post = Post(text="@killalljews welcome to the family!", lang="en", kind="reply")
    assert "automation.echoed-handle" in _rules(linter.lint(post))


def test_echoed_handle_never_reads_fewer_letters_than_the_entry(linter: Linter) -> None:
    """Collapsing repeated letters finds 'Jewss', but must not turn Niger into a slur."""
    for handle in ("@VisitNiger", "@NigerTourismBoard"):
        post = Post(text=f"Thanks {handle} for the travel tips!", lang="en", kind="reply")
        assert "automation.echoed-handle" not in _rules(linter.lint(post)), handle
    loud = Post(text="Thanks @TheNiggerss for the follow!", lang="en", kind="reply")
    assert "automation.echoed-handle" in _rules(linter.lint(loud))


def test_echoed_handle_reads_a_handle_the_source_censored(linter: Linter) -> None:
    """Reports print the troll's handle with a star; the draft quoted from them must still fire."""
    loud = Post(text="@IHATEF*GGOTS thanks for helping us reach 1M fans!", lang="en", kind="reply")
    found = [f for f in linter.lint(loud) if f.rule == "automation.echoed-handle"]
    assert found and found[0].message.startswith(
        "A thank-you or welcome addressed to '@IHATEF*GGOTS'"
    )
    quiet = Post(text="@Sam**Bakes thanks for the follow!", lang="en", kind="reply")
    assert "automation.echoed-handle" not in _rules(linter.lint(quiet))


def test_handle_reads_an_l_between_capitals_as_an_i() -> None:
    assert handle_words("@HATEFUL_NlGGER") == handle_words("@HATEFUL_NIGGER")
    assert handle_words("@Hello_World") == ["helo", "world"]


def test_echoed_handle_needs_a_greeting(linter: Linter) -> None:
    post = Post(text="@HitlerWasRight reported and blocked.", lang="en", kind="reply")
    assert "automation.echoed-handle" not in _rules(linter.lint(post))


def test_placeholder_none_only_as_a_value(linter: Linter) -> None:
    quiet = Post(text="Hello None of the above applies to you.", lang="en", kind="reply")
    loud = Post(text="Hello None, your parcel is ready.", lang="en", kind="reply")
    assert "automation.placeholder" not in _rules(linter.lint(quiet))
    assert "automation.placeholder" in _rules(linter.lint(loud))
