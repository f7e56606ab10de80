"""Shared fixtures: one compiled Linter for the whole session (compiling is the slow part)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# Tests never write to the user's cache directory.
os.environ["POSTLINT_CACHE_DIR"] = tempfile.mkdtemp(prefix="postlint-test-cache-")

from postlint import Linter

ROOT = Path(__file__).resolve().parents[1]


# Compiled once per test session, without touching the user's cache; rule-case collection
# reads its rules too.
SHARED_LINTER = Linter(use_cache=False)


@pytest.fixture(scope="session")
def linter() -> Linter:
    return SHARED_LINTER
