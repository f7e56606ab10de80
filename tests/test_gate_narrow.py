"""Gate conditions narrower than "one literal is there", each held sound on generated posts:
whenever the plain computation finds something, the narrower condition holds.

- a regex with weak literals that needs digits is searched for (``gatesearch``);
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from conftest import SHARED_LINTER
from postlint.gatebuild import GateBuilder
from postlint.gatesearch import _PLAIN_MARKS, min_digits, search_atom, search_holds
from postlint.matchgroup import MatchGroup
from postlint.tokens import fold

PIECES = [
    "4111",
    "1111",
    "12",
    "3",
    "50",
    "%",
    " %",
    "-",
    "−",
    "–",
    " ",
    "  ",
    "\n",
    "off",
    "OFF",
    "save up to ",
    "FR76",
    "3000",
    "6000",
    "0112",
    "GB",
    "a",
    "Z",
    "١٢",
    "remise",
    "réduction",
    ".",
    "’",
]


def _regexes() -> Iterator[re.Pattern[str]]:
    """Every regex of the compiled rules (plain ``regex`` rules and match groups)."""
    seen = set()
    for rule in SHARED_LINTER.rules:
        found = [v for v in vars(rule).values() if isinstance(v, re.Pattern)]
        for value in vars(rule).values():
            groups = value.values() if isinstance(value, dict) else [value]
            for group in groups:
                if isinstance(group, MatchGroup):
                    found += group.all_regexes()
        for regex in found:
            if (regex.pattern, regex.flags) not in seen:
                seen.add((regex.pattern, regex.flags))
                yield regex


def _texts(rng: random.Random, count: int) -> Iterator[str]:
    for _ in range(count):
        yield "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 14)))


def test_searched_regexes_hold_wherever_they_match() -> None:
    builder = GateBuilder({}, frozenset())
    searched = []
    for regex in _regexes():
        clause = builder.regex(regex)
        atoms = [a for a in (clause.atoms if clause else ()) if a[0] == "search"]
        searched += [(regex, atom) for atom in atoms]
    assert len(searched) >= 5, "the bundled rulesets have such regexes (card numbers, '20 %')"
    rng = random.Random(5)
    matched = 0
    for text in _texts(rng, 6000):
        for regex, atom in searched:
            if any(m.end() > m.start() for m in regex.finditer(text)):
                matched += 1
                assert search_holds(atom, text), (regex.pattern, text)
    assert matched > 200


def test_min_digits_is_a_lower_bound() -> None:
    cases = {
        r"\d": 1,
        r"\b(?:\d{4}[ -]){3}\d{4}\b": 16,
        r"\d{1,3}\s?%|x\d\d": 1,
        r"(?:\d\d)?x": 0,
        r"a(?>\d\d)": 2,
        r"[\d,]+": 0,
        r"(?=\d)\w": 0,
    }
    for pattern, least in cases.items():
        assert min_digits(re.compile(pattern)) == least, pattern
    rng = random.Random(8)
    for regex in _regexes():
        least = min_digits(regex)
        if not least:
            continue
        for text in _texts(rng, 300):
            for m in regex.finditer(text):
                assert len(re.findall(r"\d", m.group())) >= least, (regex.pattern, m.group())


def test_needles_are_marks_nothing_else_folds_to() -> None:
    import sys
    import unicodedata

    for cp in range(sys.maxunicode + 1):
        char = chr(cp)
        if char in _PLAIN_MARKS or 0xD800 <= cp < 0xE000:
            continue
        assert not set(fold.__wrapped__(char)) & _PLAIN_MARKS, hex(cp)
        assert not set(unicodedata.normalize("NFD", char.lower())) & _PLAIN_MARKS, hex(cp)
    atom = search_atom(re.compile(r"\b\d{1,2}\s?%", re.I), frozenset({("%", 0)}))
    assert atom is not None and atom[3] == ("%",) and atom[4] == 1
    assert not search_holds(atom, "12 percent") and search_holds(atom, "Save 12 % today")
