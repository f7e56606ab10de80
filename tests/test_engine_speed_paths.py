"""What a warm run pays for: with the compiled rules cached, linting one draft imports neither
spaCy nor the compiler, and finds the same things as the session linter."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from postlint import Linter, Post
from postlint.cache import store_cached
from postlint.config import Config
from postlint.loader import cache_key, config_fingerprint, dependencies

PROBE = """
import json, sys
from postlint.cli import main
code = main(sys.argv[1:])
heavy = ["spacy", "postlint.nlp", "postlint.compile", "postlint.rulesets", "postlint.lexicons",
         "importlib.metadata", "wordfreq"]
loaded = [m for m in heavy if m in sys.modules]
print(json.dumps({"code": code, "loaded": loaded, "engine": "postlint.engine" in sys.modules}))
"""


def seed(cache: Path, linter: Linter) -> None:
    """Store the session's compiled rules under the key a default run computes."""
    config = Config()
    store_cached(
        cache, cache_key(dependencies(config), config_fingerprint(config)), linter.compiled
    )


def probe(tmp_path: Path, *args: str) -> dict:  # type: ignore[type-arg]
    env = {**os.environ, "POSTLINT_CACHE_DIR": str(tmp_path / "cache"), "NO_COLOR": "1"}
    out = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_warm_run_does_not_import_spacy_or_the_compiler(tmp_path: Path, linter: Linter) -> None:
    seed(tmp_path / "cache", linter)
    before = sorted((tmp_path / "cache").iterdir())
    for name, text in [
        ("en.txt", "Our thoughts are with the victims. Shop the sale now! 🎉 #deal\n"),
        ("fr.txt", "Nos pensées vont aux victimes. Profitez des soldes ! 🎉 #promo\n"),
    ]:
        (tmp_path / name).write_text(text, encoding="utf-8")
        result = probe(tmp_path, "--format", "json", name)
        assert result["loaded"] == [] and result["engine"], result
        assert result["code"] in (0, 1)
    assert sorted((tmp_path / "cache").iterdir()) == before  # nothing rebuilt


def test_cached_rules_find_the_same_as_freshly_compiled(tmp_path: Path, linter: Linter) -> None:
    seed(tmp_path, linter)
    warm = Linter(cache_dir=tmp_path)
    posts = [
        Post(text="RIP to all the victims. Use code SALE20 for 20% off! {first_name}", lang="en"),
        Post(
            text="Hommage aux victimes. Profitez de -20 % avec le code PROMO ! [PRÉNOM]", lang="fr"
        ),
    ]
    for post in posts:
        assert [f.rule for f in warm.lint(post)] == [f.rule for f in linter.lint(post)]
