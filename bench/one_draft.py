#!/usr/bin/env python3
"""One Markdown draft, EN and FR: postlint (warm cache) against proselint, side by side.

For each language: one warm-up run of each tool (postlint fills its cache), then N rounds
alternating the two tools in random order; prints the median wall time of each, the median
of the per-round ratios postlint/proselint, and each tool's peak RSS (max over runs, from
``resource.getrusage(RUSAGE_CHILDREN)`` read around each run in a fresh helper process).

Public tools only: python and the two installed commands. Bytecode is compiled first
(``compileall``) so that postlint is measured as installed from a wheel, as proselint is;
the cache goes to a temporary ``POSTLINT_CACHE_DIR``.

    python bench/one_draft.py [--runs 30] [--corpus /work/shared/bench/make_corpus.py]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
DEFAULT_CORPUS = "/work/shared/bench/make_corpus.py"

MEASURE = r"""
import resource, subprocess, sys, time
t = time.perf_counter()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
wall = time.perf_counter() - t
print(wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, peak RSS MiB) of one run of ``cmd``."""
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, *cmd], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    return float(out[0]), int(out[1]) / 1024


def compile_package() -> None:
    """Write postlint's bytecode (as a wheel install does), wherever it is imported from."""
    code = "import os, postlint; print(os.path.dirname(postlint.__file__))"
    where = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    subprocess.run([sys.executable, "-m", "compileall", "-q", where.stdout.strip()], check=True)


def draft(corpus: str, lang: str, folder: Path) -> Path:
    """One Markdown draft of the shared corpus generator in ``lang`` (else a fixed one)."""
    if Path(corpus).is_file():
        out = folder / f"md-{lang}"
        subprocess.run(
            [sys.executable, corpus, "--count", "40", "--format", "md-dir", "--out", str(out)],
            check=True,
            capture_output=True,
        )
        for path in sorted(out.glob("*.md")):
            if f"lang: {lang}" in path.read_text(encoding="utf-8"):
                return path
    path = folder / f"draft-{lang}.md"
    text = {
        "en": "Big news! Our new spring collection drops tomorrow 🎉 Thanks to the whole team "
        "for the amazing work. Shop now at https://example.com/spring #SpringDrop @friends",
        "fr": "Grande nouvelle ! Notre nouvelle collection arrive demain 🎉 Merci à toute "
        "l'équipe pour ce travail incroyable. C'est sur https://example.com/printemps #Printemps",
    }[lang]
    path.write_text(f"---\nlang: {lang}\nplatform: instagram\n---\n{text}\n", encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--corpus", default=DEFAULT_CORPUS, help="make_corpus.py path")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args()

    compile_package()
    rng = random.Random(1)
    results = {}
    with tempfile.TemporaryDirectory(prefix="postlint-bench-") as tmp:
        folder = Path(tmp)
        env = {**os.environ, "POSTLINT_CACHE_DIR": str(folder / "cache"), "NO_COLOR": "1"}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for lang in ("en", "fr"):
            path = draft(args.corpus, lang, folder)
            tools = {
                "postlint": [str(BIN / "postlint"), str(path)],
                "proselint": [str(BIN / "proselint"), "check", str(path)],
            }
            cold = run(tools["postlint"], env)[0] if lang == "en" else None
            for cmd in tools.values():
                run(cmd, env)  # warm-up (postlint's cache is filled by now)
            walls: dict[str, list[float]] = {name: [] for name in tools}
            peaks: dict[str, float] = dict.fromkeys(tools, 0.0)
            ratios = []
            for _ in range(args.runs):
                order = list(tools)
                rng.shuffle(order)
                got = {}
                for name in order:
                    wall, peak = run(tools[name], env)
                    got[name] = wall
                    walls[name].append(wall)
                    peaks[name] = max(peaks[name], peak)
                ratios.append(got["postlint"] / got["proselint"])
            results[lang] = {
                "draft": path.name,
                "postlint_median_s": statistics.median(walls["postlint"]),
                "proselint_median_s": statistics.median(walls["proselint"]),
                "median_paired_ratio": statistics.median(ratios),
                "postlint_peak_mib": peaks["postlint"],
                "proselint_peak_mib": peaks["proselint"],
            }
            if cold is not None:
                results["first_run_build_s"] = cold
    print(f"one draft, warm cache, {args.runs} alternating rounds ({time.strftime('%F %T')})")
    print(
        f"{'lang':4}  {'postlint':>9}  {'proselint':>9}  {'ratio':>6}  {'RSS pl':>7}  {'RSS pr':>7}"
    )
    for lang in ("en", "fr"):
        r = results[lang]
        print(
            f"{lang:4}  {r['postlint_median_s'] * 1000:7.1f}ms"
            f"  {r['proselint_median_s'] * 1000:7.1f}ms"
            f"  {r['median_paired_ratio']:5.2f}×  {r['postlint_peak_mib']:5.1f}Mi"
            f"  {r['proselint_peak_mib']:5.1f}Mi"
        )
    print(f"first run (builds the cache): {results['first_run_build_s']:.2f} s")
    if args.json:
        print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
