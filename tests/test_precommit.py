"""The pre-commit hooks, through the real ``git commit`` and ``pre-commit`` in a content repo.

A content repository points at a snapshot of this project's ``.pre-commit-hooks.yaml`` (a git
repository with a commit, ``rev:`` its sha), exactly as a user's config points at a release.
One deliberate difference: the hook's ``language`` is overridden to ``system`` so that it runs
the ``postlint`` of this checkout's environment instead of pip-installing the project and
spaCy from the network into a fresh virtualenv (tests stay offline and fast). Everything else —
entry, arguments, ``files``/``types``/``exclude``, ``require_serial`` — comes from the manifest.
The compiled-rules cache is seeded from the session's compiled rules, so the first commit is
as warm as any later one on a user's machine.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from postlint import Linter

ROOT = Path(__file__).resolve().parents[1]
RISKY = "Hi {first_name}, thanks for your order!\n"  # automation.placeholder (error)
LOUD = "WE NEVER SAID THAT AND WE NEVER WILL, READ IT AGAIN\n"  # tone.shouting (warning)
FINE = "Our new recipe book is out today. We hope you enjoy cooking from it.\n"


def git(cwd: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory, linter: Linter) -> dict[str, str]:
    home = tmp_path_factory.mktemp("home")
    cache = home / "postlint-cache"
    seed_cache(cache, linter)
    bin_dir = str(Path(sys.executable).parent)
    return {
        **os.environ,
        "PATH": bin_dir + os.pathsep + os.environ.get("PATH", ""),
        "HOME": str(home),
        "GIT_CONFIG_GLOBAL": str(home / "gitconfig"),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
        "PRE_COMMIT_HOME": str(home / "pre-commit"),
        "POSTLINT_CACHE_DIR": str(cache),
        "NO_COLOR": "1",
    }


def seed_cache(cache: Path, linter: Linter) -> None:
    """Store the session's compiled rules under the key a default run computes."""
    import postlint.loader

    compiled = linter.compiled  # before patching: the session linter may not be built yet
    real = postlint.loader.build
    postlint.loader.build = lambda *args, **kwargs: compiled  # type: ignore[assignment]
    try:
        Linter(cache_dir=cache).compiled  # noqa: B018 (loads, misses, stores)
    finally:
        postlint.loader.build = real
    assert list(cache.glob("*.pickle"))


@pytest.fixture(scope="module")
def hooks_repo(tmp_path_factory: pytest.TempPathFactory, env: dict[str, str]) -> tuple[Path, str]:
    repo = tmp_path_factory.mktemp("postlint-hooks")
    shutil.copy(ROOT / ".pre-commit-hooks.yaml", repo / ".pre-commit-hooks.yaml")
    assert git(repo, "init", "-q", env=env).returncode == 0
    git(repo, "add", ".pre-commit-hooks.yaml", env=env)
    assert git(repo, "commit", "-q", "-m", "hooks", env=env).returncode == 0
    sha = git(repo, "rev-parse", "HEAD", env=env).stdout.strip()
    return repo, sha


@pytest.fixture(scope="module")
def content(
    tmp_path_factory: pytest.TempPathFactory, env: dict[str, str], hooks_repo: tuple[Path, str]
) -> Iterator[Path]:
    repo = tmp_path_factory.mktemp("content")
    assert git(repo, "init", "-q", env=env).returncode == 0
    use_hook(repo, hooks_repo, "postlint", env)
    installed = subprocess.run(
        [sys.executable, "-m", "pre_commit", "install"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    yield repo


def use_hook(repo: Path, hooks_repo: tuple[Path, str], hook: str, env: dict[str, str]) -> None:
    path, sha = hooks_repo
    (repo / ".pre-commit-config.yaml").write_text(
        "repos:\n"
        f"  - repo: {path}\n"
        f"    rev: {sha}\n"
        "    hooks:\n"
        f"      - id: {hook}\n"
        "        language: system  # see the module docstring\n",
        encoding="utf-8",
    )
    git(repo, "add", ".pre-commit-config.yaml", env=env)
    done = git(repo, "commit", "-q", "-m", f"use {hook}", env=env)
    assert done.returncode == 0, done.stdout + done.stderr


def commit_draft(repo: Path, name: str, text: str, env: dict[str, str]) -> tuple[int, str, float]:
    draft = repo / "drafts" / name
    draft.parent.mkdir(exist_ok=True)
    draft.write_text(text, encoding="utf-8")
    git(repo, "add", str(draft), env=env)
    started = time.perf_counter()
    done = git(repo, "commit", "-m", f"draft {name}", env=env)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        git(repo, "reset", "-q", "--", str(draft), env=env)
        draft.unlink()
    return done.returncode, done.stdout + done.stderr, elapsed


def committed(repo: Path, env: dict[str, str]) -> str:
    return git(repo, "log", "--name-only", "--format=", env=env).stdout


def test_risky_draft_is_refused_and_fine_draft_commits(
    content: Path, env: dict[str, str], hooks_repo: tuple[Path, str]
) -> None:
    code, output, _ = commit_draft(content, "risky.md", RISKY, env)
    assert code != 0
    assert "automation.placeholder" in output
    assert "drafts/risky.md:1:" in output
    assert "drafts/risky.md" not in committed(content, env)

    code, output, elapsed = commit_draft(content, "fine.md", FINE, env)
    assert code == 0, output
    assert "drafts/fine.md" in committed(content, env)
    print(f"\nwarm commit of one fine draft through pre-commit: {elapsed:.2f} s")
    assert elapsed < 15

    code, output, _ = commit_draft(content, "loud.md", LOUD, env)
    assert code == 0, output  # a warning does not block the default hook

    use_hook(content, hooks_repo, "postlint-strict", env)
    code, output, _ = commit_draft(content, "loud-again.md", LOUD, env)
    assert code != 0
    assert "tone.shouting" in output
    code, output, _ = commit_draft(content, "fine-again.jsonl", '{"text": "Thank you all."}\n', env)
    assert code == 0, output
