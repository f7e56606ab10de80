"""A tiny ruleset of the tests' own, with suggestions, compiled without the bundled rulesets.

The fix, SARIF and --explain machinery is tested against these rules so that the tests do not
depend on what the bundled rules say this week. ``use_own_rules(monkeypatch)`` makes every
Linter built during the test (the CLI's included) load only these rules.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

import pytest

RULESET = """\
ruleset: owntest
description: Rules used by the tests only.
rules:
  - id: owntest.colour
    type: regex
    level: warning
    pattern: '\\bcolour(s?)\\b'
    replace: 'color\\1'
    message: "British spelling '{match}'"
    description: The British spelling of colour, in a US-English account.
    hint: Use the US spelling.
    source: https://example.org/house-style
    langs: [en]
    cases:
      en:
        fail: ["Pick a colour for the banner."]
        pass: ["Pick a color for the banner."]
  - id: owntest.brand
    type: existence
    level: error
    match: {terms: [acme corp]}
    replace: ACME Corp
    message: "Brand name written '{match}'"
    hint: Write the brand as ACME Corp | in capitals.
    source: The brand book, page 3.
    cases:
      en:
        fail: [{text: "Thanks for asking acme corp!", kind: reply, in_reply_to: "Who made this?"}]
        pass: ["Thanks from ACME Corp!"]
      fr:
        fail: ["Merci de la part de acme corp !"]
        pass: ["Merci de la part d'ACME Corp !"]
  - id: owntest.quote
    type: regex
    level: info
    pattern: '\\bquoteme\\b'
    replace: 'say "hi"'
    message: A word to quote
    hint: Quote it.
    source: tests
  - id: owntest.nofix
    type: regex
    level: warning
    pattern: '\\bnofix\\b'
    message: "No suggestion for '{match}'"
    hint: Rewrite by hand.
    source: tests
"""


@lru_cache(maxsize=1)
def own_compiled() -> object:
    """Compiled once per test session, in a temporary folder removed at exit."""
    from postlint import nlp
    from postlint.compile import Compiled, Compiler
    from postlint.model import LANGS
    from postlint.resources import rulesets_root
    from postlint.rulesets import load_ruleset

    directory = Path(tempfile.mkdtemp(prefix="postlint-owntest-"))
    atexit.register(shutil.rmtree, directory, True)
    path = directory / "owntest.yaml"
    path.write_text(RULESET, encoding="utf-8")
    compiler = Compiler([rulesets_root() / "lexicons"], params={})
    rules = load_ruleset(path, compiler)
    cases = {lang: nlp.special_cases(lang) for lang in LANGS}
    return Compiled(rules, compiler.indexes, cases, [str(path)])


def use_own_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every Linter created from now on in this test compiles to the rules above only."""
    compiled = own_compiled()
    monkeypatch.setattr("postlint.loader.load_compiled", lambda *args, **kwargs: compiled)
