"""A broken ruleset is one error naming the file, the line and the rule; never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from postlint import Config, Linter
from postlint.errors import RulesetError

GOOD_RULE = """\
ruleset: mine
rules:
  - id: brand.no-cheap
    type: existence
    level: warning
    message: "Avoid '{match}'"
    hint: Say affordable instead.
    match:
      terms: [cheap]
"""


def compile_with(tmp_path: Path, text: str) -> Linter:
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    linter = Linter(Config(extra_rulesets=(path,)), use_cache=False)
    linter.compiled  # noqa: B018 - compiling is what is tested
    return linter


def test_a_valid_extra_ruleset_adds_its_rule(tmp_path: Path) -> None:
    from postlint import Post

    linter = compile_with(tmp_path, GOOD_RULE)
    findings = linter.lint(Post(text="Cheap flights to Lisbon", lang="en"))
    assert [f.rule for f in findings] == ["brand.no-cheap"]


@pytest.mark.parametrize(
    ("change", "line", "words"),
    [
        (
            ("    hint: Say affordable instead.\n", "    hint: x\n    colour: red\n"),
            8,
            ["unknown key 'colour'", "brand.no-cheap"],
        ),
        (
            ("      terms: [cheap]\n", "      regex: ['(unclosed']\n"),
            9,
            ["bad regular expression", "brand.no-cheap"],
        ),
        (
            ("      terms: [cheap]\n", "      patterns: [[{SHAPE: Xxx}]]\n"),
            9,
            ["unsupported token attribute 'SHAPE'", "brand.no-cheap"],
        ),
        (("    message: \"Avoid '{match}'\"\n", ""), 3, ["missing field 'message'"]),
        (("    type: existence\n", "    type: existance\n"), 4, ["unknown type 'existance'"]),
        (("    level: warning\n", "    level: loud\n"), 5, ["unknown level 'loud'"]),
        (
            ("      terms: [cheap]\n", "      lexicons: [no-such-list]\n"),
            9,
            ["no lexicon 'no-such-list'"],
        ),
        (
            ("      terms: [cheap]\n", "      terms: [cheap, 3919]\n"),
            9,
            ["3919 is not text; quote it", "brand.no-cheap"],
        ),
    ],
)
def test_errors_name_file_line_and_rule(tmp_path: Path, change, line, words) -> None:
    old, new = change
    assert old in GOOD_RULE
    with pytest.raises(RulesetError) as caught:
        compile_with(tmp_path, GOOD_RULE.replace(old, new))
    message = str(caught.value)
    assert message.startswith(f"{tmp_path / 'mine.yaml'}:{line}:")
    for word in words:
        assert word in message
    assert "\n" not in message


def test_yaml_syntax_error_has_position(tmp_path: Path) -> None:
    with pytest.raises(RulesetError, match=r"mine\.yaml:\d+:\d+: invalid YAML"):
        compile_with(tmp_path, "ruleset: x\nrules:\n  - [unclosed\n")


def test_duplicate_rule_id_is_an_error(tmp_path: Path) -> None:
    doubled = GOOD_RULE + GOOD_RULE.split("rules:\n", 1)[1]
    with pytest.raises(RulesetError, match="already defined"):
        compile_with(tmp_path, doubled)


def test_a_lexicon_that_is_not_utf8_is_an_error_naming_it(tmp_path: Path) -> None:
    lexicons = tmp_path / "lex" / "en"
    lexicons.mkdir(parents=True)
    (lexicons / "house.yaml").write_bytes(b"lexicon: house\nlang: en\nterms: [caf\xe9]\n")
    rules = GOOD_RULE.replace("      terms: [cheap]\n", "      lexicons: [house]\n")
    path = tmp_path / "mine.yaml"
    path.write_text(rules, encoding="utf-8")
    config = Config(extra_rulesets=(path,), extra_lexicon_roots=(tmp_path / "lex",))
    with pytest.raises(RulesetError, match=r"house\.yaml: cannot read lexicon"):
        Linter(config, use_cache=False).compiled  # noqa: B018 - compiling is what is tested


def _with_house_lexicon(tmp_path: Path, lexicon: str) -> Linter:
    lexicons = tmp_path / "lex" / "en"
    lexicons.mkdir(parents=True)
    (lexicons / "house.yaml").write_text(lexicon, encoding="utf-8")
    rules = GOOD_RULE.replace("      terms: [cheap]\n", "      lexicons: [house]\n")
    rules = rules.replace("    level: warning\n", "    level: warning\n    langs: [en]\n")
    path = tmp_path / "mine.yaml"
    path.write_text(rules, encoding="utf-8")
    config = Config(extra_rulesets=(path,), extra_lexicon_roots=(tmp_path / "lex",))
    return Linter(config, use_cache=False)


def test_a_lexicon_regex_is_shared_by_the_rules_that_use_the_lexicon(tmp_path: Path) -> None:
    from postlint import Post

    linter = _with_house_lexicon(
        tmp_path,
        "lexicon: house\nlang: en\ndescription: d\nterms: [bargain]\n"
        "regex:\n- '\\bhalf\\s+price\\b'\n- {regex: '\\bBOGO\\d\\b', note: a code}\n",
    )
    texts = ["Half price on Friday", "Use bogo2 today", "A bargain", "Full price"]
    found = [[f.rule for f in linter.lint(Post(text=t, lang="en"))] for t in texts]
    assert found == [["brand.no-cheap"], ["brand.no-cheap"], ["brand.no-cheap"], []]


@pytest.mark.parametrize(
    ("regex_part", "words", "line"),
    [
        ("regex:\n- '(unclosed'\n", "bad regular expression '(unclosed'", 6),
        ("regex: 'not a list'\n", "'regex' must be a list", 5),
        ("regex:\n- {pattern: x}\n", "a lexicon regex is a string", 6),
    ],
)
def test_a_bad_lexicon_regex_is_one_error_naming_the_file_and_line(
    tmp_path: Path, regex_part: str, words: str, line: int
) -> None:
    linter = _with_house_lexicon(
        tmp_path, "lexicon: house\nlang: en\ndescription: d\nterms: [bargain]\n" + regex_part
    )
    with pytest.raises(RulesetError) as raised:
        linter.compiled  # noqa: B018 - compiling is what is tested
    message = str(raised.value)
    assert words in message
    assert f"house.yaml:{line}:" in message


def test_a_lexicon_term_read_as_a_number_is_one_error_asking_to_quote_it(tmp_path: Path) -> None:
    linter = _with_house_lexicon(
        tmp_path, "lexicon: house\nlang: en\ndescription: d\nterms:\n- bargain\n- 1488\n"
    )
    with pytest.raises(RulesetError) as raised:
        linter.compiled  # noqa: B018 - compiling is what is tested
    message = str(raised.value)
    assert "1488 is not text; quote it" in message
    assert "house.yaml:" in message and "\n" not in message
