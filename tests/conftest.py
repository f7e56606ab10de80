"""Shared fixtures: one compiled Linter for the whole session (compiling is the slow part)."""

from __future__ import annotations

from pathlib import Path

import pytest

from postlint import Linter

ROOT = Path(__file__).resolve().parents[1]


# Compiled once per test session, without touching the user's cache; rule-case collection
# reads its rules too.
SHARED_LINTER = Linter(use_cache=False)


@pytest.fixture(scope="session")
def linter() -> Linter:
    return SHARED_LINTER
