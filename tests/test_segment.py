"""The hashtag segmenter: intended readings, risky readings, capital chunks, suggestions."""

from __future__ import annotations

import pickle

import pytest

from postlint.hashtagparts import camel_chunks, capitalised, letter_runs
from postlint.segment import Segmenter
from postlint.wordcosts import WordCosts, build_costs

RISKY = {
    "en": frozenset({"anal", "penis", "rapist", "sex", "bum"}),
    "fr": frozenset({"merde", "con", "cul", "pute"}),
}
DEATH = {"en": frozenset({"dead", "died"}), "fr": frozenset({"mort"})}


@pytest.fixture(scope="module")
def seg() -> dict[str, Segmenter]:
    return {lang: Segmenter(build_costs(lang)) for lang in ("en", "fr")}


def risky(seg: dict[str, Segmenter], lang: str, tag: str) -> str | None:
    found = seg[lang].misreading(tag, RISKY[lang], DEATH[lang])
    return found.risky.text if found else None


@pytest.mark.parametrize(
    ("lang", "tag", "reading"),
    [
        ("en", "susanalbumparty", "susan album party"),
        ("en", "expertsexchange", "experts exchange"),
        ("en", "mondaymotivation", "monday motivation"),
        ("fr", "rentreelitteraire", "rentree litteraire"),
        ("fr", "jeudiconfession", "jeudi confession"),
    ],
)
def test_most_probable_reading(
    seg: dict[str, Segmenter], lang: str, tag: str, reading: str
) -> None:
    assert seg[lang].best(tag).text == reading


@pytest.mark.parametrize(
    ("lang", "tag", "expected"),
    [
        ("en", "susanalbumparty", "anal"),  # across susan|album
        ("en", "expertsexchange", "sex"),  # three letters across experts|exchange
        ("en", "therapistfinder", "rapist"),  # inside one intended word
        ("en", "penisland", "penis"),
        ("fr", "lamerdeglace", "merde"),  # the risky reading is the likeliest one
        ("fr", "jobdatingputeaux", "pute"),  # the first letters of one intended word
    ],
)
def test_risky_reading_found(seg: dict[str, Segmenter], lang: str, tag: str, expected: str) -> None:
    found = seg[lang].misreading(tag, RISKY[lang], DEATH[lang])
    assert found is not None and found.word == expected
    assert expected in found.risky.pieces


def test_who_died_changes(seg: dict[str, Segmenter]) -> None:
    found = seg["en"].misreading("nowthatchersdead", RISKY["en"], DEATH["en"])
    assert found is not None
    assert found.intended.text == "now thatchers dead"
    assert found.risky.text == "now that chers dead"


@pytest.mark.parametrize(
    ("lang", "tag"),
    [
        ("en", "summersale"),
        ("en", "blackfriday"),
        ("en", "foodporn"),  # the risky word is the intended one: deliberate, quiet
        ("en", "securitybutton"),
        ("fr", "concoursnoel"),  # "con" hidden in one common word is not a reading
        ("fr", "soldesdete"),
        ("fr", "merdunord"),
        ("fr", "conseildeclasse"),  # "con" starting a common word, and no close other reading
        ("fr", "concoursphoto"),
    ],
)
def test_ordinary_tags_quiet(seg: dict[str, Segmenter], lang: str, tag: str) -> None:
    assert risky(seg, lang, tag) is None


def test_single_word_chunk_taken_as_written(seg: dict[str, Segmenter]) -> None:
    assert seg["en"].misreading("therapist", RISKY["en"], min_pieces=2) is None
    assert seg["en"].misreading("therapist", RISKY["en"]) is not None


def test_tiny_vocabulary_and_pickle() -> None:
    costs = WordCosts.from_frequencies("en", {"pen": 4.4, "island": 5.0, "penis": 4.0, "land": 5.2})
    restored = pickle.loads(pickle.dumps(Segmenter(costs)))
    assert restored.costs._table is None  # the table is rebuilt lazily, not pickled
    assert restored.best("penisland").pieces in {("pen", "island"), ("penis", "land")}
    found = restored.misreading("penisland", frozenset({"penis"}))
    assert found is not None and found.risky.text == "penis land"
    assert restored.misreading("islandpen", frozenset({"penis"})) is None


def test_camel_chunks_and_runs() -> None:
    body = "SusanBoyleAlbumParty"
    assert [body[a:b] for a, b in camel_chunks(body)] == ["Susan", "Boyle", "Album", "Party"]
    body = "NYPDStories2024x"
    assert [body[a:b] for a, b in camel_chunks(body)] == ["NYPD", "Stories", "x"]
    assert [("paris2024jo")[a:b] for a, b in letter_runs("paris2024jo")] == ["paris", "jo"]


def test_capitalised_keeps_letters() -> None:
    assert capitalised("susanalbumparty", ("susan", "album", "party")) == "SusanAlbumParty"
    assert capitalised("rentréelittéraire", ("rentree", "litteraire")) == "RentréeLittéraire"
    assert capitalised("LAMERDEGLACE", ("la", "mer", "de", "glace")) == "LaMerDeGlace"
