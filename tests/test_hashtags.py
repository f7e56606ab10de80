"""The hashtag registry: loading and validation (errors with line), look-ups, and the levels
the registry rule gives by category and context; the shipped registry's integrity."""

from __future__ import annotations

from pathlib import Path

import pytest

from postlint import Linter, Post
from postlint.errors import RulesetError
from postlint.hashtags import CATEGORIES, load_registry, registry_files, tag_key
from postlint.model import Severity

ROOT = Path(__file__).resolve().parents[1]

GOOD = """\
registry: sample
description: Test entries.
entries:
  - tag: PrayForTestville
    category: tragedy
    langs: [en, fr]
    about: A made-up flood.
    source: https://example.org/flood
    date: 2020-01-01
    aliases: [TestvilleFlood]
  - tag: ÉtéSolidaire
    category: movement
    langs: [fr]
    about: Un mouvement inventé.
    source: https://example.org/ete
patterns:
  - pattern: ^ask[a-z]{3,}$
    category: hijack-prone
    langs: [en]
    about: An open Q&A.
    source: https://example.org/ask
    example: AskAcme
    counterexample: Ask
"""


def write(tmp_path: Path, text: str, name: str = "sample") -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_lookup_ignores_case_accents_and_aliases(tmp_path: Path) -> None:
    registry = load_registry([write(tmp_path, GOOD)])
    assert registry.lookup(tag_key("#PRAYFORTESTVILLE"), "en").category == "tragedy"
    assert registry.lookup(tag_key("testvilleflood"), "fr").tag == "PrayForTestville"
    assert registry.lookup(tag_key("#EteSolidaire"), "en").category == "movement"
    assert registry.lookup(tag_key("AskNorthwind"), "en").category == "hijack-prone"
    assert registry.lookup(tag_key("AskNorthwind"), "fr") is None  # pattern language
    assert registry.lookup(tag_key("Testville"), "en") is None


@pytest.mark.parametrize(
    ("written", "found"),
    [
        ("PrayForTestvile", True),  # a letter missing
        ("PrayForTestvillle", True),  # a letter added
        ("PrayFroTestville", True),  # two letters swapped
        ("PlayForTestville", False),  # a changed letter is another word
        ("PrayForTestvilleNow", False),  # more than one typo away
        ("Testvile", False),  # too short to guess at
    ],
)
def test_long_tags_match_with_one_typo(tmp_path: Path, written: str, found: bool) -> None:
    registry = load_registry([write(tmp_path, GOOD)])
    info = registry.lookup(tag_key(written), "en")
    assert (info.tag if info else None) == ("PrayForTestville" if found else None)


@pytest.mark.parametrize(
    ("old", "new", "line", "words"),
    [
        ("    category: tragedy\n", "    category: sad\n", 5, "unknown category"),
        ("    date: 2020-01-01\n", "    dated: 2020\n", 9, "unknown key 'dated'"),
        ("    about: A made-up flood.\n", "", 4, "'about'"),
        ("    langs: [fr]\n", "    langs: [de]\n", 13, "'langs'"),
        ("^ask[a-z]{3,}$", "^ask[a-z{3,}$", 17, "bad pattern"),
        ("    example: AskAcme\n", "    example: Acme\n", 22, "does not match its example"),
        ("    counterexample: Ask\n", "    counterexample: AskBob\n", 23, "counterexample"),
        ("registry: sample\n", "registry: other\n", 1, "file's name"),
        ("[TestvilleFlood]", "[prayfortestville]", 4, "already in the registry"),
        ("    langs: [fr]\n", "    langs: [fr]\n  oops\n", 15, "invalid YAML"),
    ],
)
def test_bad_registry_names_line(tmp_path: Path, old: str, new: str, line: int, words: str) -> None:
    assert old in GOOD
    path = write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(RulesetError) as caught:
        load_registry([path])
    message = str(caught.value)
    assert words in message
    assert f"{path}:{line}:" in message


def test_duplicate_across_files(tmp_path: Path) -> None:
    first = write(tmp_path, GOOD)
    second = write(tmp_path, GOOD.replace("registry: sample", "registry: copy"), "copy")
    with pytest.raises(RulesetError, match="already in the registry"):
        load_registry([first, second])


def test_shipped_registry_is_complete() -> None:
    files = registry_files(ROOT / "rulesets" / "hashtags")
    registry = load_registry(files)  # validates every entry and pattern
    infos = set(registry.entries.values())
    assert len(infos) >= 150
    assert {i.category for i in infos} <= set(CATEGORIES)
    assert all(i.about and i.source and i.langs for i in infos)


# ---------------------------------------------------------------- the rule's levels


def registry_findings(linter: Linter, text: str, lang: str = "en") -> list[Severity]:
    findings = linter.lint(Post(text=text, lang=lang))
    return [f.severity for f in findings if f.rule == "hashtag.registry"]


@pytest.mark.parametrize(
    ("text", "lang", "level"),
    [
        ("Huge discounts on umbrellas, shop now! #Sandy", "en", Severity.ERROR),
        ("This storm cannot stop our party lol #Sandy", "en", Severity.ERROR),
        ("Nos pensées vont aux victimes de cette nuit. #PrayForParis", "fr", Severity.INFO),
        ("Ce soir, pas de match. #PrayForParis", "fr", Severity.INFO),
        ("Sharing this story from a friend. #WhyIStayed", "en", Severity.WARNING),
        ("Pizza night, who is in? 🍕 #WhyIStayed", "en", Severity.ERROR),
        ("Ask our chef anything tonight! #AskAcmeKitchen", "en", Severity.WARNING),
        ("Racontez-nous vos meilleurs moments #MonAcmeSouvenir", "fr", Severity.WARNING),
        # a cause tag among the post's own tags, in a post about something else: stuffing
        (
            "Good vibes this Friday, see you there #BlackLivesMatter #FridayFun",
            "en",
            Severity.WARNING,
        ),
        ("Portes ouvertes samedi au campus #JeSuisCharlie #Rentrée", "fr", Severity.WARNING),
        # the same tags with words about the cause or the event stay at info
        ("We stand with you against racism. #BlackLivesMatter #Community", "en", Severity.INFO),
        ("Hommage ce soir aux victimes de l'attentat #JeSuisCharlie #Paris", "fr", Severity.INFO),
        # no tag of the post's own beside it: not stuffing
        ("Good vibes this Friday, see you there #BlackLivesMatter", "en", Severity.INFO),
    ],
)
def test_levels_by_category_and_context(
    linter: Linter, text: str, lang: str, level: Severity
) -> None:
    assert registry_findings(linter, text, lang) == [level]


def test_message_says_what_the_tag_is_about(linter: Linter) -> None:
    findings = linter.lint(Post(text="Lovely day for a sale! 20% off #WhyIStayed", lang="en"))
    found = [f for f in findings if f.rule == "hashtag.registry"]
    assert found and "domestic" in found[0].message.lower() and "source:" in found[0].message


def test_no_hashtag_no_finding(linter: Linter) -> None:
    assert registry_findings(linter, "Twenty percent off this weekend, shop now") == []


def test_misreading_suggests_capitals(linter: Linter) -> None:
    findings = linter.lint(Post(text="Party time #susanalbumparty", lang="en"))
    found = [f for f in findings if f.rule == "hashtag.misreading"]
    assert found and found[0].suggestion == "#SusanAlbumParty"
    assert "anal" in found[0].message and "susan album party" in found[0].message


def test_letters_whose_lower_case_is_longer_do_not_crash_the_segmenter(linter: Linter) -> None:
    # "İ".lower() is two code points: the chunk is skipped, not indexed past its end.
    for lang in ("en", "fr"):
        assert linter.lint(Post(text="#RIPİstanbul #İstanbulsale", lang=lang, id="t")) is not None
