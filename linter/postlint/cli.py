"""The ``postlint`` command: lint draft files and report findings with CI exit codes."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .errors import PostlintError
from .exitcodes import ExitCode

if TYPE_CHECKING:
    from .config import Config
    from .engine import Linter
    from .model import Finding
    from .report.base import Formatter, Totals

FORMATS = ("text", "json", "sarif", "github", "auto")


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, given its width so that it does not import ``shutil`` (and
    ``bz2``, ``lzma``...) for ``get_terminal_size`` on every ``add_argument``: about 2 ms of a
    warm run on one draft, which never prints the help."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=_columns() - 2)


def _columns() -> int:
    """``shutil.get_terminal_size().columns``: $COLUMNS, else the terminal's, else 80."""
    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="postlint",
        formatter_class=_HelpFormatter,
        description="Check social-media drafts (EN/FR) for risks before they are published.",
        epilog="Exit codes: 0 nothing at or above the fail level, 1 findings at that level, "
        "2 usage, config or input error.",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="draft files or folders (.md, .txt, .yaml, .json, .jsonl, .csv)",
    )
    parser.add_argument(
        "--format", "-f", default="text", choices=FORMATS, help="output format (default: text)"
    )
    parser.add_argument(
        "--fail-level",
        choices=("error", "warning", "info", "never"),
        help="lowest level that makes the exit code 1 (default: error)",
    )
    parser.add_argument(
        "--lang",
        choices=("en", "fr"),
        help="language of posts that do not say (default: guessed, else en)",
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="compile the rulesets afresh and do not write the cache",
    )
    parser.add_argument(
        "--max-file-size",
        type=int,
        metavar="BYTES",
        help="skip files larger than this with an error (default: 5 MiB)",
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=_positive,
        metavar="N",
        help="processes for big JSON Lines files (default: $POSTLINT_JOBS, else up to 2 "
        "CPUs; 1 = one process)",
    )
    parser.add_argument("--hints", action="store_true", help="print each finding's hint")
    parser.add_argument(
        "--online",
        action="store_true",
        help="also ask the trends service in $POSTLINT_TRENDS_URL what each hashtag is about "
        "right now (off by default; see docs/network.md)",
    )
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="settings file (.postlint.yaml or pyproject.toml); default: the nearest "
        ".postlint.yaml, .postlint.yml or pyproject.toml [tool.postlint] from the current "
        "folder up to the repository root",
    )
    parser.add_argument(
        "--isolated", action="store_true", help="ignore every config file: built-in defaults only"
    )
    parser.add_argument(
        "--report-unused-suppressions",
        action="store_true",
        help="report postlint-disable directives that suppressed nothing",
    )
    parser.add_argument(
        "--fix", action="store_true", help="apply the safe suggestions, then report what remains"
    )
    parser.add_argument(
        "--diff", action="store_true", help="print the changes --fix would make; write nothing"
    )
    parser.add_argument(
        "--list-rules", action="store_true", help="list the rules (id, level, languages) and exit"
    )
    parser.add_argument(
        "--explain", metavar="RULE", help="explain a rule: why, what to do instead, examples"
    )
    parser.add_argument("--version", action="version", version=f"postlint {__version__}")
    return parser


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number ≥ 1, got {value!r}")
    return int(value)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    # Run as the program (not called with arguments from Python), the cyclic garbage
    # collector is paused until the rules are loaded (see ``_resume_gc``).
    program = argv is None
    collecting = gc.isenabled()
    if program:
        gc.disable()
    try:
        return run(args, parser, on_load=_resume_gc if program else None)
    except PostlintError as exc:
        sys.stderr.write(f"postlint: error: {exc}\n")
        return ExitCode.ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`postlint ... | head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return ExitCode.ERROR
    finally:
        if collecting:
            gc.enable()


def _resume_gc() -> None:
    """Resume the cyclic garbage collector once the compiled rules are loaded.

    Until then the program allocates tens of thousands of objects (modules, the rules) and
    none is garbage: the collections they would trigger, and the one at exit, each walking
    all of them, cost a run on one draft ~15 ms. Everything allocated so far is left out of
    every later collection (``gc.freeze``): it lives until the process ends."""
    gc.freeze()
    gc.enable()


def run(
    args: argparse.Namespace,
    parser: argparse.ArgumentParser,
    on_load: Callable[[], None] | None = None,
) -> int:
    """The command; ``on_load`` is called once the compiled rules are loaded."""
    from .engine import Linter
    from .model import Severity
    from .report import make
    from .report.base import Totals
    from .sources import DEFAULT_MAX_BYTES, iter_files, read_file

    if not args.paths and not (args.list_rules or args.explain):
        parser.print_usage(sys.stderr)
        sys.stderr.write("postlint: error: give one or more draft files or folders\n")
        return ExitCode.ERROR
    from .configcheck import check_against_rules
    from .configfile import resolve

    config: Config = resolve(args.config, args.isolated)
    overrides: dict[str, object] = {}
    if args.report_unused_suppressions:
        overrides["report_unused_suppressions"] = True
    if args.lang:
        overrides["default_lang"] = args.lang
    if args.fail_level:
        overrides["fail_level"] = (
            None if args.fail_level == "never" else Severity.parse(args.fail_level)
        )
    if overrides:
        from dataclasses import replace

        config = replace(config, **overrides)  # type: ignore[arg-type]
    online = None
    if args.online and args.paths:
        from .online import from_env

        online = from_env(lambda line: sys.stderr.write(f"postlint: note: {line}\n"))
    linter = Linter(config, use_cache=not args.no_cache, online=online, on_load=on_load)
    if config.path:
        from .online import RULES as ONLINE_RULES

        check_against_rules(config, [*linter.rules, *ONLINE_RULES])
    by_levels: dict[str, Linter] = {}  # per-file overrides: one linter per set of levels
    if args.list_rules or args.explain:
        from .ruledocs import run_info

        return run_info(args, linter, sys.stdout)
    from .report.auto import resolve as resolve_format

    name, color = resolve_format(args.format, os.environ, sys.stdout)
    formatter = make(name, sys.stdout, color=color, show_hints=args.hints, linter=linter)
    fixer = None
    if args.fix or args.diff:
        from .fixes import Fixer, QuietFormatter

        fixer = Fixer(linter, write=not args.diff, out=sys.stdout)
        formatter = QuietFormatter(sys.stdout) if args.diff else formatter
    totals = Totals()
    max_bytes = args.max_file_size or DEFAULT_MAX_BYTES
    failed = False
    jobs = args.jobs
    if jobs is None:
        from .pool import default_jobs

        jobs = default_jobs()
    formatter.start()
    for item in iter_files(args.paths):
        if isinstance(item, PostlintError):
            totals.errors += 1
            formatter.error(item)
            continue
        if config.ignore and config.is_ignored(item):
            continue
        file_linter = linter
        file_config = config.for_path(item)
        if file_config is not config:
            key = repr(sorted(file_config.levels.items()))
            if key not in by_levels:
                by_levels[key] = linter.with_config(file_config)
            file_linter = by_levels[key]
        if fixer is None and formatter.incremental:
            # Streamed: each post's findings are reported as soon as it is linted.
            failed |= _stream(item, file_linter, formatter, totals, config, max_bytes, jobs)
            continue
        try:
            posts = read_file(Path(item), max_bytes=max_bytes, display_path=str(item))
        except PostlintError as exc:
            totals.errors += 1
            formatter.error(exc)
            continue
        totals.files += 1
        findings = []
        for _post, post_findings in file_linter.lint_many(posts):
            totals.posts += 1
            findings.extend(post_findings)
        if fixer is not None:
            findings = fixer.process(Path(item), posts, findings, file_linter)
        failed |= _count(findings, totals, config)
        formatter.file(str(item), findings)
    formatter.end(totals)
    if online is not None:
        online.close()
    if fixer is not None:
        sys.stderr.write(fixer.summary())
    if totals.errors:
        return ExitCode.ERROR
    if args.diff:
        return ExitCode.FINDINGS if fixer and fixer.fixed else ExitCode.OK
    return ExitCode.FINDINGS if failed else ExitCode.OK


def _count(findings: Sequence[Finding], totals: Totals, config: Config) -> bool:
    """Add ``findings`` to the totals; True when one is at or above the fail level."""
    failed = False
    fail_level = config.fail_level
    for finding in findings:
        totals.by_severity[finding.severity] += 1
        if fail_level is not None and finding.severity >= fail_level:
            failed = True
    return failed


def _stream(
    item: Path,
    linter: Linter,
    formatter: Formatter,
    totals: Totals,
    config: Config,
    size: int,
    jobs: int = 1,
) -> bool:
    """Lint one file post by post (``stream_file``; big JSON Lines files over ``jobs``
    processes, see ``postlint.pool``), reporting as it goes. A file that cannot be read, or
    a bad record met on the way, is an input error; findings already reported for the posts
    before it stay reported."""
    from .pool import lint_file

    path = str(item)
    failed = False
    counted = False
    try:
        for findings in lint_file(Path(item), linter, size, path, jobs):
            if not counted:
                totals.files += 1
                counted = True
            totals.posts += 1
            if findings:
                failed |= _count(findings, totals, config)
                formatter.file(path, findings)
    except PostlintError as exc:
        totals.errors += 1
        formatter.error(exc)
        return failed
    if not counted:
        totals.files += 1
    formatter.file(path, [])  # every file read is announced, as in the non-streamed path
    return failed
