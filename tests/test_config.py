"""Config files: discovery, every key, extends, errors at path:line:col, CLI overrides."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from postlint import cli
from postlint.config import Config
from postlint.configcheck import check_against_rules
from postlint.configfile import discover, load_config, resolve
from postlint.errors import ConfigError
from postlint.model import Post, Severity

SHOUT = "WE NEVER SAID THAT AND WE NEVER WILL, READ IT AGAIN"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def error_of(folder: Path, text: str, name: str = ".postlint.yaml") -> str:
    with pytest.raises(ConfigError) as caught:
        load_config(write(folder, name, text))
    return str(caught.value)


@pytest.fixture
def shared_compiled(monkeypatch, linter):  # type: ignore[no-untyped-def]
    """CLI runs reuse the session's compiled rules when only levels differ (no recompiling)."""
    import postlint.loader

    real = postlint.loader.load_compiled

    def load(config, cache_dir, use_cache):  # type: ignore[no-untyped-def]
        if config.params or config.extra_rules:
            return real(config, cache_dir, use_cache)
        return linter.compiled

    monkeypatch.setattr(postlint.loader, "load_compiled", load)


# -------------------------------------------------------------------- discovery


def test_discovery_walks_up_to_the_repository_root(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    write(tmp_path, ".postlint.yaml", "lang: fr\n")  # above the repository: never read
    deep = repo / "drafts" / "2025"
    deep.mkdir(parents=True)
    assert discover(deep) is None
    config = write(repo, ".postlint.yml", "lang: fr\n")
    assert discover(deep) == config.resolve()
    nearer = write(repo / "drafts", ".postlint.yaml", "lang: en\n")
    assert discover(deep) == nearer.resolve()


def test_pyproject_tool_table(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    write(tmp_path, "pyproject.toml", "[project]\nname = 'x'\n")
    assert discover(tmp_path) is None  # a pyproject without [tool.postlint] is not a config
    path = write(
        tmp_path,
        "pyproject.toml",
        '[tool.postlint]\nlang = "fr"\nfail-level = "warning"\n\n'
        '[tool.postlint.rules]\ntone = "off"\n',
    )
    assert discover(tmp_path) == path.resolve()
    config = load_config(path)
    assert config.default_lang == "fr"
    assert config.fail_level is Severity.WARNING
    assert config.levels == {"tone": None}
    bad = write(tmp_path, "pyproject.toml", '[tool.postlint]\nlang = "fr"\nfail_level = "x"\n')
    with pytest.raises(ConfigError, match=r"pyproject.toml:3:1: unknown setting 'fail_level'"):
        load_config(bad)


def test_isolated_ignores_config_files(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".git").mkdir()
    write(tmp_path, ".postlint.yaml", "lang: fr\n")
    monkeypatch.chdir(tmp_path)
    assert resolve().default_lang == "fr"
    assert resolve(isolated=True) == Config()
    other = write(tmp_path, "other.yaml", "fail-level: never\n")
    assert resolve(str(other)).fail_level is None
    with pytest.raises(ConfigError, match="--isolated and --config"):
        resolve(str(other), isolated=True)


# -------------------------------------------------------------------- keys and errors


def test_rules_levels_and_prefixes(tmp_path: Path) -> None:
    config = load_config(
        write(
            tmp_path,
            ".postlint.yaml",
            "rules:\n  all: info\n  tone: off\n  crisis: {level: error}\n"
            "  tone.shouting: warning\n",
        )
    )
    assert config.level_for("tone.shouting", Severity.ERROR) is Severity.WARNING
    assert config.level_for("tone.other", Severity.ERROR) is None
    assert config.level_for("crisis.promotion", Severity.WARNING) is Severity.ERROR
    assert config.level_for("automation.placeholder", Severity.ERROR) is Severity.INFO


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ("rulez: {}\n", "1:1", "unknown setting 'rulez'"),
        ("rules:\n  tone: loud\n", "2:3", "'loud' is not a level"),
        ("rules:\n  Tone!: off\n", "2:3", "is not a rule id or prefix"),
        (
            "rules:\n  tone: {level: warning, maxx: 3}\n",
            "2:26",
            "unknown rule parameter 'maxx'; did you mean 'max'",
        ),
        ("rules:\n  tone: {max: -1}\n", "2:10", "'max' must be a number"),
        ("lang: de\n", "1:1", "'lang' must be en or fr"),
        ("fail-level: fatal\n", "1:1", "'fail-level' must be"),
        ("ignore: 3\n", "1:1", "'ignore' must be a list of strings"),
        ("per-file:\n  - files: [a/*]\n    rules: {tone: {max: 2}}\n", "3:13", "levels only"),
        ("per-file:\n  - rules: {tone: off}\n", "2:5", "no 'files' globs"),
        ("extends: postlint:lenient\n", "1:1", "unknown preset"),
        ("extends: missing.yaml\n", "1:1", "no such file"),
        ("rulesets: [nowhere.yaml]\n", "1:1", "no such file or folder"),
        ("tone:\n  emoji: lots\n", "2:3", "tone: emoji takes a number"),
        ("tone:\n  voice: royal\n", "2:3", "voice must be one or more of"),
        ("tone:\n  shouting: 1\n", "2:3", "unknown key 'shouting'"),
        ("report-unused-suppressions: maybe\n", "1:1", "must be true or false"),
        ("rules: [tone]\n", "1:8", "'rules' maps rule ids"),
        ("rules:\n  tone: [off\n", "3:1", "invalid YAML"),
    ],
)
def test_bad_config_is_an_error_at_path_line_col(
    tmp_path: Path, text: str, where: str, message: str
) -> None:
    error = error_of(tmp_path, text)
    assert error.startswith(f"{tmp_path / '.postlint.yaml'}:{where}: "), error
    assert message in error


def test_unknown_rule_ids_and_parameters_are_errors_after_compiling(tmp_path: Path, linter) -> None:  # type: ignore[no-untyped-def]
    ok = load_config(write(tmp_path, "a.yaml", "rules:\n  tone: {max: 0.9}\n  all: warning\n"))
    check_against_rules(ok, linter.rules)
    typo = load_config(write(tmp_path, "b.yaml", "rules:\n  tnoe.shouting: off\n"))
    with pytest.raises(ConfigError, match=r"b.yaml:2:3: no rule 'tnoe.shouting'"):
        check_against_rules(typo, linter.rules)
    wrong = load_config(write(tmp_path, "c.yaml", "rules:\n  tone.shouting: {swap: {a: b}}\n"))
    with pytest.raises(ConfigError, match=r"no rule under 'tone\.shouting' has a parameter"):
        check_against_rules(wrong, linter.rules)


# -------------------------------------------------------------------- extends and presets


def test_extends_merges_parent_first_and_paths_are_relative(tmp_path: Path) -> None:
    write(
        tmp_path,
        "team/base.yaml",
        "lang: fr\nrules:\n  tone: off\n  crisis: info\nignore: [old/]\n",
    )
    child = write(
        tmp_path,
        ".postlint.yaml",
        "extends: team/base.yaml\nrules:\n  crisis: error\nignore: [x.md]\n",
    )
    config = load_config(child)
    assert config.default_lang == "fr"
    assert config.levels == {"tone": None, "crisis": Severity.ERROR}
    assert config.ignore == ("old/", "x.md")


def test_extends_cycle_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", "extends: b.yaml\n")
    write(tmp_path, "b.yaml", "extends: a.yaml\n")
    with pytest.raises(ConfigError, match="'extends' makes a cycle"):
        load_config(tmp_path / "a.yaml")


def test_presets(tmp_path: Path) -> None:
    default = load_config(write(tmp_path, "d.yaml", "extends: postlint:default\n"))
    assert (default.levels, default.fail_level, default.default_lang) == ({}, Severity.ERROR, "en")
    strict = load_config(write(tmp_path, "s.yaml", "extends: postlint:strict\n"))
    assert strict.fail_level is Severity.WARNING
    assert strict.report_unused_suppressions
    assert {r["id"] for r in strict.extra_rules} == {
        "brand.emoji",
        "brand.exclamations",
        "brand.hashtags",
    }
    relaxed = load_config(
        write(tmp_path, "r.yaml", "extends: postlint:strict\nfail-level: error\n")
    )
    assert relaxed.fail_level is Severity.ERROR


# -------------------------------------------------------------------- ignore and per-file


def test_ignore_globs_are_gitignore_style(tmp_path: Path) -> None:
    config = load_config(
        write(
            tmp_path,
            ".postlint.yaml",
            "ignore:\n  - archive/\n  - '*.draft.md'\n  - /notes.txt\n  - '!keep.draft.md'\n",
        )
    )
    ignored = config.is_ignored
    assert ignored(tmp_path / "archive" / "2019" / "a.md")
    assert ignored(tmp_path / "posts" / "x.draft.md")
    assert not ignored(tmp_path / "posts" / "keep.draft.md")
    assert ignored(tmp_path / "notes.txt")
    assert not ignored(tmp_path / "posts" / "notes.txt")  # anchored to the config's folder
    assert not ignored(tmp_path / "posts" / "archive.md")


def test_per_file_overrides_replace_more_specific_levels(tmp_path: Path, linter) -> None:  # type: ignore[no-untyped-def]
    config = load_config(
        write(
            tmp_path,
            ".postlint.yaml",
            "rules:\n  tone.shouting: error\n"
            "per-file:\n  - files: ['press/**']\n    rules: {tone: off}\n",
        )
    )
    post = Post(text=SHOUT, lang="en")
    base = linter.with_config(config)
    assert [f.severity for f in base.lint(post)] == [Severity.ERROR]
    press = linter.with_config(config.for_path(tmp_path / "press" / "2025" / "q1.md"))
    assert press.lint(post) == []
    assert config.for_path(tmp_path / "blog" / "a.md") is config


# -------------------------------------------------------------------- through the command


def test_cli_uses_discovered_config_and_flags_override_it(
    tmp_path: Path, monkeypatch, capsys, shared_compiled
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".git").mkdir()
    write(tmp_path, "drafts/a.md", SHOUT + "\n")
    write(tmp_path, "drafts/old/b.md", SHOUT + "\n")
    write(tmp_path, ".postlint.yaml", "rules:\n  tone: error\nignore: [old/]\n")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["drafts"]) == 1
    out = capsys.readouterr().out
    assert "drafts/a.md:1:1: error tone.shouting" in out
    assert "b.md" not in out  # ignored, even inside a folder given on the command line
    assert cli.main(["drafts/old/b.md"]) == 0  # and when named explicitly (pre-commit does)
    assert cli.main(["--fail-level", "never", "drafts"]) == 0
    assert cli.main(["--isolated", "drafts/a.md"]) == 0  # back to warning level
    assert "warning tone.shouting" in capsys.readouterr().out


def test_cli_config_error_exits_2_with_position(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    write(tmp_path, "a.md", "Hello\n")
    bad = write(tmp_path, "bad.yaml", "rules:\n  tone: loud\n")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["--config", str(bad), "a.md"]) == 2
    assert "error: bad.yaml:2:3: 'loud' is not a level" in capsys.readouterr().err


def test_relative_paths_resolve_from_the_config_folder(tmp_path: Path) -> None:
    write(tmp_path, "house/rules.yaml", "ruleset: house\nrules: []\n")
    write(tmp_path, "house/lexicons/en/x.yaml", "lexicon: x\nlang: en\nterms: [a]\n")
    config = load_config(
        write(
            tmp_path,
            "cfg/.postlint.yaml",
            "rulesets: [../house/rules.yaml]\nlexicons: ../house/lexicons\n",
        )
    )
    assert config.extra_rulesets == ((tmp_path / "house" / "rules.yaml").resolve(),)
    assert config.extra_lexicon_roots == ((tmp_path / "house" / "lexicons").resolve(),)
    assert os.path.samefile(config.root, tmp_path / "cfg")  # type: ignore[arg-type]
