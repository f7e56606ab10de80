#!/usr/bin/env python3
"""A big batch: postlint on a 100k-post JSON Lines file against proselint's best form.

postlint: ``postlint --format json --isolated --max-file-size ... batch.jsonl`` (built-in
defaults: every offline rule on, including the batch rules), cache warmed first.
proselint: one 10k-post text file (posts separated by blank lines, ``make_corpus --format
txt``) with ``max_errors`` raised through a ``--config`` file (proselint 0.16 reads
``{"max_errors": N}`` from the file given to ``--config``; the default 1000 would stop it
early). Its throughput is counted on those 10k posts.

Prints wall time, posts/s, the posts/s ratio and peak RSS (``resource.getrusage`` of the
finished child, measured in a helper process). Public tools only.

    python bench/batch.py [--count 100000] [--proselint-count 10000] [--corpus PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

BIN = Path(sys.executable).parent
DEFAULT_CORPUS = "/work/shared/bench/make_corpus.py"

MEASURE = r"""
import resource, subprocess, sys, time
t = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
wall = time.perf_counter() - t
sys.stderr.write(done.stderr.decode()[-2000:])
print(wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, done.returncode)
"""


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """(wall seconds, peak RSS MiB, exit code) of one run of ``cmd``."""
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, *cmd], env=env, capture_output=True, text=True, check=True
    )
    wall, rss, code = done.stdout.split()
    if int(code) not in (0, 1):
        sys.exit(f"{cmd[0]} failed ({code}): {done.stderr}")
    return float(wall), int(rss) / 1024, int(code)


def make(corpus: str, count: int, fmt: str, out: Path) -> Path:
    if not out.exists():
        subprocess.run(
            [sys.executable, corpus, "--count", str(count), "--format", fmt, "--out", str(out)],
            check=True,
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000, help="posts for postlint")
    parser.add_argument("--proselint-count", type=int, default=10_000)
    parser.add_argument("--corpus", default=DEFAULT_CORPUS, help="make_corpus.py path")
    parser.add_argument("--data", help="folder to keep the generated files in (reused)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="postlint-batch-") as tmp:
        data = Path(args.data) if args.data else Path(tmp)
        data.mkdir(parents=True, exist_ok=True)
        jsonl = make(args.corpus, args.count, "jsonl", data / f"batch-{args.count}.jsonl")
        txt = make(
            args.corpus, args.proselint_count, "txt", data / f"posts-{args.proselint_count}.txt"
        )
        config = Path(tmp) / "proselint.json"
        config.write_text(json.dumps({"max_errors": 10**9}), encoding="utf-8")
        env = {**os.environ, "POSTLINT_CACHE_DIR": str(Path(tmp) / "cache"), "NO_COLOR": "1"}
        env.pop("PYTHONDONTWRITEBYTECODE", None)

        warm = Path(tmp) / "warm.jsonl"
        warm.write_text('{"text": "hello", "lang": "en"}\n', encoding="utf-8")
        postlint = [str(BIN / "postlint"), "--format", "json", "--isolated"]
        run([*postlint, str(warm)], env)  # builds the cache
        size = str(jsonl.stat().st_size + 1)
        pl_wall, pl_rss, _ = run([*postlint, "--max-file-size", size, str(jsonl)], env)
        pr_cmd = [str(BIN / "proselint"), "--config", str(config), "check", str(txt)]
        pr_wall, pr_rss, _ = run(pr_cmd, env)

    pl_rate = args.count / pl_wall
    pr_rate = args.proselint_count / pr_wall
    print(f"batch: postlint {args.count} posts (JSON Lines, --format json, warm cache) vs")
    print(f"       proselint {args.proselint_count} posts (one text file, max_errors raised)")
    print(f"{'tool':9}  {'posts':>7}  {'wall':>8}  {'posts/s':>9}  {'peak RSS':>9}")
    print(f"{'postlint':9}  {args.count:7}  {pl_wall:7.1f}s  {pl_rate:9.0f}  {pl_rss:7.1f}Mi")
    print(
        f"{'proselint':9}  {args.proselint_count:7}  {pr_wall:7.1f}s"
        f"  {pr_rate:9.0f}  {pr_rss:7.1f}Mi"
    )
    print(f"ratio (posts/s postlint / proselint): {pl_rate / pr_rate:.1f}×")


if __name__ == "__main__":
    main()
