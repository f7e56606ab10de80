"""The compiled-rules cache: reused when nothing changed, rebuilt when a ruleset changes,
``POSTLINT_CACHE_DIR`` and ``--no-cache`` honoured, corrupt files and concurrent builds safe.

Building is replaced by a cheap stand-in that counts its calls (the real build is tested by
every other test through the session linter)."""

from __future__ import annotations

import os
import pickle
import random
import re
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

import postlint.loader as loader
from postlint.cache import Compiled, LazyRegex, cache_key, load_cached, store_cached
from postlint.config import Config
from postlint.matching import PhraseIndex
from postlint.tokens import TokenizerTables

RULESET = """\
ruleset: extra
description: a test ruleset
rules:
  - id: test.word
    type: existence
    level: warning
    message: "found {match}"
    match: {terms: [%s]}
"""


def small_compiled() -> Compiled:
    tables = {lang: TokenizerTables(lang) for lang in ("en", "fr")}
    return Compiled([], {"en": PhraseIndex(), "fr": PhraseIndex()}, tables, ["fake"])


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[Config]:
    calls: list[Config] = []

    def fake_build(config: Config) -> Compiled:
        calls.append(config)
        return small_compiled()

    monkeypatch.setattr(loader, "build", fake_build)
    return calls


def pickles(directory: Path) -> list[Path]:
    return sorted(directory.glob("compiled-*.pickle"))


def test_reused_when_nothing_changed_and_not_rewritten(tmp_path: Path, builds: list) -> None:
    config = Config()
    loader.load_compiled(config, tmp_path, use_cache=True)
    [path] = pickles(tmp_path)
    before = path.stat().st_mtime_ns
    again = loader.load_compiled(config, tmp_path, use_cache=True)
    assert len(builds) == 1 and isinstance(again, Compiled)
    assert pickles(tmp_path) == [path] and path.stat().st_mtime_ns == before


def test_rebuilt_when_a_ruleset_file_changes(tmp_path: Path, builds: list) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text(RULESET % "alpha", encoding="utf-8")
    config = Config(extra_rulesets=(extra,))
    cache = tmp_path / "cache"
    loader.load_compiled(config, cache, use_cache=True)
    extra.write_text(RULESET % "alphabet", encoding="utf-8")
    loader.load_compiled(config, cache, use_cache=True)
    assert len(builds) == 2 and len(pickles(cache)) == 2
    loader.load_compiled(config, cache, use_cache=True)
    assert len(builds) == 2


def test_rebuilt_when_the_config_parameters_change(tmp_path: Path, builds: list) -> None:
    loader.load_compiled(Config(), tmp_path, use_cache=True)
    tuned = replace(Config(), params={"tone.shouting": {"max": 0.5}})
    loader.load_compiled(tuned, tmp_path, use_cache=True)
    assert len(builds) == 2


def test_key_changes_with_size_or_mtime_of_a_file(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("x: 1\n", encoding="utf-8")
    first = cache_key([path])
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    assert cache_key([path]) != first
    assert cache_key([path]) == cache_key([path])


def test_postlint_cache_dir_is_honoured(
    tmp_path: Path, builds: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POSTLINT_CACHE_DIR", str(tmp_path / "mine"))
    assert loader.default_cache_dir() == tmp_path / "mine"
    loader.load_compiled(Config(), None, use_cache=True)
    assert len(pickles(tmp_path / "mine")) == 1


def test_no_cache_flag_writes_nothing(
    tmp_path: Path, builds: list, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    from postlint.cli import main

    cache = tmp_path / "cache"
    monkeypatch.setenv("POSTLINT_CACHE_DIR", str(cache))
    draft = tmp_path / "draft.txt"
    draft.write_text("Hello there\n", encoding="utf-8")
    assert main(["--no-cache", str(draft)]) == 0
    assert builds and not cache.exists()
    capsys.readouterr()


def test_corrupt_cache_file_is_rebuilt_silently(tmp_path: Path, builds: list) -> None:
    loader.load_compiled(Config(), tmp_path, use_cache=True)
    [path] = pickles(tmp_path)
    for garbage in (b"", b"not a pickle", pickle.dumps({"other": "object"}), b"\x80\x05K"):
        path.write_bytes(garbage)
        compiled = loader.load_compiled(Config(), tmp_path, use_cache=True)
        assert isinstance(compiled, Compiled)
        assert isinstance(load_cached(tmp_path, path.name[9:-7]), Compiled)
    assert len(builds) == 5


def test_unwritable_cache_directory_is_not_an_error(tmp_path: Path, builds: list) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    compiled = loader.load_compiled(Config(), blocker / "cache", use_cache=True)
    assert isinstance(compiled, Compiled)


def test_regexes_come_back_compiled_and_equal(tmp_path: Path) -> None:
    compiled = small_compiled()
    patterns = [re.compile(r"(?P<w>\bdie[sd]?\b)", re.I), re.compile("«\u00a0?x"), re.compile("a+")]
    compiled.files = patterns  # any picklable payload travels the same way
    store_cached(tmp_path, "k", compiled)
    back = load_cached(tmp_path, "k")
    assert back is not None
    # rebuilt only when first used: a run on one draft touches few of them
    assert not any("_real" in vars(regex) for regex in back.files)
    assert back.files[0].search("He DIED").group("w") == "DIED"
    assert "_real" in vars(back.files[0]) and "_real" not in vars(back.files[1])
    assert back.files == patterns
    assert [r.sub("-", "« x aa") for r in back.files] == [r.sub("-", "« x aa") for r in patterns]
    assert back.files[0].groupindex == {"w": 1} and back.files[2].pattern == "a+"
    assert pickle.loads(pickle.dumps(back.files[1])) == patterns[1]


def test_old_entries_are_pruned(tmp_path: Path) -> None:
    for i in range(12):
        store_cached(tmp_path, f"k{i}", small_compiled())
    assert len(pickles(tmp_path)) == 8


CONCURRENT = textwrap.dedent(
    """
    import sys, time
    import postlint.loader as loader
    from postlint.cache import Compiled
    from postlint.config import Config
    from postlint.matching import PhraseIndex
    from postlint.tokens import TokenizerTables

    def slow_build(config):
        time.sleep(0.5)
        big = PhraseIndex()
        for i in range(20000):
            big.add(0, (frozenset({f"w{i}"}),))
        tables = {lang: TokenizerTables(lang) for lang in ("en", "fr")}
        return Compiled([], {"en": big, "fr": PhraseIndex()}, tables, [])

    loader.build = slow_build
    compiled = loader.load_compiled(Config(), None, use_cache=True)
    assert len(compiled.indexes["en"]._index) == 20000
    print("ok")
    """
)


def test_concurrent_builds_both_succeed(tmp_path: Path) -> None:
    env = {**os.environ, "POSTLINT_CACHE_DIR": str(tmp_path)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CONCURRENT], env=env, stdout=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=60)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0] and outs == ["ok\n", "ok\n"]
    [path] = pickles(tmp_path)
    assert not list(tmp_path.glob(".compiled-*"))  # no temporary file left behind
    with path.open("rb") as fh:
        assert len(pickle.load(fh).indexes["en"]._index) == 20000


def patterns_in(obj: object, seen: set[int] | None = None) -> list[re.Pattern[str]]:
    """Every compiled regex reachable from ``obj`` (rules keep them in attributes; loaded
    from the cache, they are ``LazyRegex`` objects)."""
    seen = set() if seen is None else seen
    if id(obj) in seen or isinstance(obj, (str, bytes, int, float, type(None))):
        return []
    seen.add(id(obj))
    if isinstance(obj, (re.Pattern, LazyRegex)):
        return [obj]  # type: ignore[list-item]
    if isinstance(obj, dict):
        children: list[object] = [*obj.keys(), *obj.values()]
    elif isinstance(obj, (list, tuple, set, frozenset)):
        children = list(obj)
    else:
        children = [getattr(obj, s) for s in getattr(type(obj), "__slots__", ()) if hasattr(obj, s)]
        children += list(getattr(obj, "__dict__", {}).values())
    return [p for child in children for p in patterns_in(child, seen)]


def test_regex_gates_never_hide_a_match(tmp_path: Path, linter) -> None:  # type: ignore[no-untyped-def]
    """A gated regex (skipped when the post lacks its prefixes) finds what a full scan finds."""
    from tests.test_tokenizer_vs_spacy import generate

    from postlint.analysis import Analysis
    from postlint.cache import REGEX_GATES
    from postlint.model import Post

    store_cached(tmp_path, "gates", linter.compiled)
    loaded = load_cached(tmp_path, "gates")
    assert loaded is not None
    regexes = {(p.pattern, p.flags): p for p in patterns_in(loaded.rules)}
    assert sum(key in REGEX_GATES for key in regexes) > 10
    texts = generate("en", 3, 60) + generate("fr", 3, 60)
    # texts close to what the rules look for: a fixed sample of the patterns themselves (every
    # pattern against every other grows as the square of the rulesets: 38 s at 2,000 regexes;
    # the cost is texts × regexes, so the sample stays fixed as the rulesets grow)
    patterns = sorted(p.pattern for p in regexes.values())
    texts += random.Random(7).sample(patterns, min(200, len(patterns)))
    for text in texts:
        analysis = Analysis(Post(text=text), text, "en", loaded, None)  # type: ignore[arg-type]
        for regex in regexes.values():
            full = [m.span() for m in regex.finditer(text) if m.end() > m.start()]
            assert analysis.regexes_spans((regex,)) == full, (regex.pattern, text)


def test_a_missing_rulesets_folder_is_an_error_not_an_empty_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A broken install (the package without its rulesets) must not lint with zero rules."""
    from postlint.errors import RulesetError

    monkeypatch.setattr(loader, "rulesets_root", lambda: tmp_path)
    with pytest.raises(RulesetError, match="no bundled ruleset found"):
        loader.build(Config())
