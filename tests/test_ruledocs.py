"""docs/rules is generated from the rulesets and stays in sync; the pages carry what a
community manager needs (what, why, what to do instead, examples, where it is defined)."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT, SHARED_LINTER
from own_rules import own_compiled
from postlint.ruledocs import (
    REGENERATE,
    anchor,
    first_sentence,
    render_docs,
    with_online,
    write_docs,
)

DOCS = ROOT / "docs" / "rules"


def test_committed_rule_docs_match_the_rulesets(tmp_path):
    write_docs(tmp_path, with_online(SHARED_LINTER.rules))
    fresh = {p.name: p.read_text(encoding="utf-8") for p in sorted(tmp_path.glob("*.md"))}
    committed = {p.name: p.read_text(encoding="utf-8") for p in sorted(DOCS.glob("*.md"))}
    stale = sorted(
        name for name in fresh.keys() | committed.keys() if fresh.get(name) != committed.get(name)
    )
    assert not stale, f"docs/rules is out of date ({', '.join(stale)}); run: {REGENERATE}"


def own_pages() -> dict[str, str]:
    return render_docs(own_compiled().rules)  # type: ignore[attr-defined]


def test_a_page_per_theme_and_an_index_linking_every_rule():
    pages = own_pages()
    assert sorted(pages) == ["README.md", "owntest.md"]
    for rule_id in ("owntest.brand", "owntest.colour", "owntest.nofix", "owntest.quote"):
        assert f"[`{rule_id}`](owntest.md#{anchor(rule_id)})" in pages["README.md"]
        assert f"\n## `{rule_id}`\n" in pages["owntest.md"]


def test_rule_section_has_why_what_to_do_examples_and_source():
    page = own_pages()["owntest.md"]
    section = page[page.index("## `owntest.brand`") : page.index("## `owntest.colour`")]
    assert "**Level:** error · **Languages:** en, fr" in section
    assert "**Why:** The brand book, page 3." in section
    assert "**What to do instead:** Write the brand as ACME Corp | in capitals." in section
    assert (
        "English, fires (reply, replying to “Who made this?”):\n\n```text\n"
        "Thanks for asking acme corp!\n```" in section
    )
    assert "French, does not fire:\n\n```text\nMerci de la part d'ACME Corp !\n```" in section
    # A ruleset outside the bundled folder is named by its file name only.
    assert section.rstrip().endswith("Defined in `owntest.yaml`.")
    colour = page[page.index("## `owntest.colour`") :]
    assert "**Why:** <https://example.org/house-style>" in colour
    # A pipe in a table cell is escaped; the summary is the description's first sentence.
    assert "| The British spelling of colour, in a US-English account. |" in page


def test_anchor_matches_githubs_heading_slug():
    assert anchor("tone.shouting") == "toneshouting"
    assert anchor("automation.copy-paste") == "automationcopy-paste"


def test_first_sentence_ignores_stops_inside_quotes_and_brackets():
    text = 'Retorts ("Guess what? No.", « Devinez quoi ? ») read as sarcasm. Second one.'
    assert (
        first_sentence(text) == 'Retorts ("Guess what? No.", « Devinez quoi ? ») read as sarcasm.'
    )
    assert first_sentence("No stop here") == "No stop here"


def test_write_docs_removes_pages_of_themes_that_no_longer_exist(tmp_path: Path):
    (tmp_path / "gone.md").write_text("old", encoding="utf-8")
    (tmp_path / "keep.txt").write_text("not a page", encoding="utf-8")
    write_docs(tmp_path, own_compiled().rules)  # type: ignore[attr-defined]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["README.md", "keep.txt", "owntest.md"]
