"""The one core: a Linter runs the compiled rules over posts and turns hits into findings.

A Linter is built once and reused: rules are compiled (or read from the disk cache) on first
use, then every call only tokenizes and matches. Nothing in it changes after loading, so one
Linter can serve several threads.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from .compile import Compiled
from .config import Config, matches_prefix
from .langid import guess_lang
from .model import Finding, Origin, Post, Severity, Span
from .positions import locate
from .rules.base import Hit, Rule
from .tokens import Tokenizer


class _Args(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class Linter:
    """``Linter().lint(Post(text=...))`` → findings. See README, "Library"."""

    def __init__(
        self,
        config: Config | None = None,
        *,
        cache_dir: str | Path | None = None,
        use_cache: bool = True,
    ) -> None:
        self.config = config or Config()
        self._cache_dir = Path(cache_dir) if cache_dir is not None else None
        self._use_cache = use_cache
        self._lock = threading.Lock()
        self._compiled: Compiled | None = None
        self._tokenizers: dict[str, Tokenizer] = {}
        self._by_scope: dict[tuple[str, str], list[tuple[Rule, Severity]]] = {}

    # ---------------------------------------------------------------- loading

    @property
    def compiled(self) -> Compiled:
        if self._compiled is None:
            with self._lock:
                if self._compiled is None:
                    from .loader import load_compiled

                    compiled = load_compiled(self.config, self._cache_dir, self._use_cache)
                    self._tokenizers = {
                        lang: Tokenizer(cases) for lang, cases in compiled.special_cases.items()
                    }
                    self._by_scope = self._scopes(compiled)
                    self._compiled = compiled
        return self._compiled

    def _scopes(self, compiled: Compiled) -> dict[tuple[str, str], list[tuple[Rule, Severity]]]:
        from .model import KINDS, LANGS

        scopes: dict[tuple[str, str], list[tuple[Rule, Severity]]] = {}
        for lang in LANGS:
            for kind in KINDS:
                active = []
                for rule in compiled.rules:
                    level = self.config.level_for(rule.meta.id, rule.meta.level)
                    if level is not None and lang in rule.meta.langs and kind in rule.meta.kinds:
                        active.append((rule, level))
                scopes[(lang, kind)] = active
        return scopes

    @property
    def rules(self) -> list[Rule]:
        return self.compiled.rules

    # ---------------------------------------------------------------- linting

    def lint(self, post: Post) -> list[Finding]:
        """Findings for one post, in text order."""
        compiled = self.compiled
        lang = post.lang or guess_lang(post.text, self.config.default_lang)
        from .analysis import Analysis

        text = post.text
        analysis = Analysis(post, text, lang, compiled, self._tokenizers[lang])
        findings: list[Finding] = []
        for rule, level in self._by_scope.get((lang, post.kind), ()):
            meta = rule.meta
            if meta.platforms and post.platform and post.platform.lower() not in meta.platforms:
                continue
            if post.disabled and any(matches_prefix(meta.id, p) for p in post.disabled):
                continue
            for hit in rule.check(analysis):
                findings.append(self._finding(rule, hit, hit.level or level, post))
        findings.sort(key=lambda f: (f.span.line, f.span.column, f.rule))
        return findings

    def lint_many(self, posts: Iterable[Post]) -> Iterator[tuple[Post, list[Finding]]]:
        """Each post with its findings, one at a time (memory stays flat on long batches)."""
        for post in posts:
            yield post, self.lint(post)

    def _finding(self, rule: Rule, hit: Hit, level: Severity, post: Post) -> Finding:
        meta = rule.meta
        origin = post.origin
        text = post.text
        if origin is None:
            line, col = locate(text, hit.start, 1, 1)
            end_line, end_col = locate(text, hit.end, 1, 1)
            path = ""
        elif origin.escaped:
            line, col = origin.line, origin.column
            end_line, end_col = line, col + 1
            path = origin.path
        else:
            line, col = locate(text, hit.start, origin.line, origin.column, origin.line_map)
            end_line, end_col = locate(text, hit.end, origin.line, origin.column, origin.line_map)
            path = origin.path
        message = meta.message.format_map(_Args(hit.args))
        return Finding(
            rule=meta.id,
            severity=level,
            message=message,
            span=Span(line, col, end_line, end_col),
            post_id=post.id,
            path=path,
            suggestion=hit.suggestion,
            help=meta.hint,
            start=hit.start,
            end=hit.end,
            fix=_fix(hit, origin),
            matched=text[hit.start : hit.end],
        )


def _fix(hit: Hit, origin: Origin | None) -> tuple[int, int, str] | None:
    """A fix is safe only where the post text is the file text (not decoded from escapes)."""
    if hit.suggestion is None or (origin is not None and origin.escaped):
        return None
    return hit.start, hit.end, hit.suggestion
