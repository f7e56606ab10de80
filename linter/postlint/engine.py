"""The one core: a Linter runs the compiled rules over posts and turns hits into findings.

A Linter is built once and reused: rules are compiled (or read from the disk cache) on first
use, then every call only tokenizes and matches. Nothing in it changes after loading, so one
Linter can serve several threads.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .analysis import Analysis
from .cache import Compiled
from .config import Config
from .langid import guess_lang
from .model import Finding, Origin, Post, Severity, Span
from .positions import locate
from .rules.base import Hit, Rule
from .tokens import Tokenizer

if TYPE_CHECKING:
    from .gate import GateSet, ScopeGate
    from .online import OnlineCheck
    from .suppressions import Suppressions


GATE_AFTER = 16


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
        online: OnlineCheck | None = None,
        gate: bool | None = None,
        on_load: Callable[[], None] | None = None,
    ) -> None:
        self.config = config or Config()
        self._on_load = on_load  # called once the compiled rules are loaded (see ``compiled``)
        # The gate skips rules that cannot fire on a post (see gate.py); turning it off
        # (POSTLINT_NO_GATE=1) must never change the findings, only the time they take.
        self.gate = gate if gate is not None else os.environ.get("POSTLINT_NO_GATE") != "1"
        # A run on a draft or two does not pay for loading the gate (~5 ms): it is used
        # from this many posts on.
        self.gate_after = GATE_AFTER
        self._linted = 0
        self._gatesets: dict[str, GateSet | None] = {}  # per language, unpickled on use
        self._scope_gates: dict[tuple[str, str], ScopeGate | None] = {}
        self.online = online  # opt-in live hashtag look-up, run after the offline rules
        self._cache_dir = Path(cache_dir) if cache_dir is not None else None
        self._use_cache = use_cache
        self._lock = threading.Lock()
        self._compiled: Compiled | None = None
        self._tokenizers: dict[str, Tokenizer] = {}
        self._by_scope: dict[tuple[str, str], list[tuple[Rule, Severity]]] = {}
        # per scope: (position, rule) of its batch rules (see ``batch_prepare``)
        self._batch_rules: dict[tuple[str, str], list[tuple[int, Rule]]] = {}

    # ---------------------------------------------------------------- loading

    @property
    def compiled(self) -> Compiled:
        if self._compiled is None:
            with self._lock:
                if self._compiled is None:
                    from .loader import load_compiled

                    compiled = load_compiled(self.config, self._cache_dir, self._use_cache)
                    self._tokenizers = {
                        lang: Tokenizer(tables) for lang, tables in compiled.tokenizers.items()
                    }
                    self._by_scope = self._scopes(compiled)
                    self._compiled = compiled
                    if self._on_load is not None:
                        self._on_load()
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

    def with_config(self, config: Config) -> Linter:
        """A linter sharing these compiled rules under other levels (per-file overrides).

        Only levels may differ: parameters and extra rules change what is compiled.
        """
        compiled = self.compiled
        other = Linter(
            config, cache_dir=self._cache_dir, use_cache=self._use_cache, online=self.online
        )
        other._tokenizers = self._tokenizers
        other._by_scope = other._scopes(compiled)
        other._compiled = compiled
        other.gate = self.gate
        other.gate_after = self.gate_after
        other._gatesets = self._gatesets
        return other

    def _scope_gate(self, lang: str, kind: str) -> ScopeGate | None:
        """The gate of one scope, built on its first post (None: no gate in the cache)."""
        key = (lang, kind)
        if key in self._scope_gates:
            return self._scope_gates[key]
        compiled = self.compiled
        scope = None
        gates = self._gate_set(lang)
        if gates is not None:
            from .gate import ScopeGate

            index = {id(rule): i for i, rule in enumerate(compiled.rules)}
            active = [(r, level, index[id(r)]) for r, level in self._by_scope.get(key, ())]
            scope = ScopeGate(gates, active)
        self._scope_gates[key] = scope
        return scope

    def _gate_set(self, lang: str) -> GateSet | None:
        """The gate of ``lang``, unpickled on first use (None: none in the cache)."""
        if lang not in self._gatesets:
            packed = (self.compiled.gates or {}).get(lang)
            if packed is None:
                self._gatesets[lang] = None
            else:
                import pickle

                self._gatesets[lang] = pickle.loads(packed)
        return self._gatesets[lang]

    # ---------------------------------------------------------------- linting

    def lint(self, post: Post) -> list[Finding]:
        """Findings for one post, in text order (batch rules, which need a run, are skipped)."""
        return self._lint(post, None)

    def _lint(
        self, post: Post, states: dict[int, object] | None, lang: str | None = None
    ) -> list[Finding]:
        compiled = self.compiled
        lang = lang or post.lang or guess_lang(post.text, self.config.default_lang)
        text = post.text
        suppressions = None
        if post.disabled or "postlint-" in text:  # most posts carry no directive: no cost
            from .suppressions import Suppressions

            suppressions = Suppressions.parse(text, post.disabled)
            text = suppressions.masked  # rules never see the directives themselves
        report_unused = self.config.report_unused_suppressions
        tokenizer = self._tokenizers[lang]
        scope = self._by_scope.get((lang, post.kind), ())
        self._linted += 1
        gate = None
        if (
            self.gate
            and self._linted > self.gate_after
            and suppressions is None
            and self.online is None
        ):
            gate = self._scope_gate(lang, post.kind)
            if gate is not None:
                scope, bits = gate.select_bits(text, post, tokenizer)
                if not scope:
                    return []
        analysis = Analysis(post, text, lang, compiled, tokenizer)
        if gate is not None:
            analysis.gated(gate.gates.regex_needs, bits)
        findings: list[Finding] = []
        for rule, level in scope:
            meta = rule.meta
            if meta.platforms and post.platform and post.platform.lower() not in meta.platforms:
                continue
            if suppressions is not None and not report_unused and suppressions.covers_post(meta.id):
                continue
            if rule.batch:
                if states is None:
                    continue
                state = states.get(id(rule))
                if state is None:
                    state = states[id(rule)] = rule.new_state()  # type: ignore[attr-defined]
                hits = rule.check_batch(analysis, state)  # type: ignore[attr-defined]
            else:
                hits = rule.check(analysis)
            for hit in hits:
                if suppressions is not None and suppressions.suppresses(meta.id, hit.start):
                    continue
                findings.append(self._finding(rule, hit, hit.level or level, post))
        if self.online is not None:
            for rule, hit, level in self.online.check(post, analysis, findings, self.config):
                if suppressions is None or not suppressions.suppresses(rule.meta.id, hit.start):
                    findings.append(self._finding(rule, hit, level, post))
        if suppressions is not None and report_unused:
            findings.extend(self._unused(suppressions, post))
        findings.sort(key=sort_key)
        return findings

    def lint_many(self, posts: Iterable[Post]) -> Iterator[tuple[Post, list[Finding]]]:
        """Each post with its findings, one at a time (memory stays flat on long batches).

        Batch rules (``Rule.batch``) see every post of the run in order and keep a small state
        of their own (e.g. hashes of replies already sent) for the length of this call.

        Always one process: a library caller owns its parallelism (threads sharing this
        Linter, its own pool), and starting processes behind its back would fight it. The
        command spreads big JSON Lines files over processes itself (``postlint.pool``).
        """
        states: dict[int, object] = {}
        for post in posts:
            yield post, self._lint(post, states)

    def batch_prepare(self, post: Post, lang: str) -> tuple[tuple[int, object], ...]:
        """For a post without suppression directives: (position in the scope, prepared
        value) of each batch rule that applies to it and could count it (``Rule.batch``).
        Computed where the per-post rules run (a worker process, see ``postlint.pool``)."""
        compiled = self.compiled
        prepared: list[tuple[int, object]] = []
        analysis = None
        key = (lang, post.kind)
        batch = self._batch_rules.get(key)
        if batch is None:
            scope = self._by_scope.get(key, ())
            batch = self._batch_rules[key] = [(i, r) for i, (r, _) in enumerate(scope) if r.batch]
        for i, rule in batch:
            meta = rule.meta
            if meta.platforms and post.platform and post.platform.lower() not in meta.platforms:
                continue
            if analysis is None:
                tokenizer = self._tokenizers[lang]
                analysis = Analysis(post, post.text, lang, compiled, tokenizer)
            value = rule.prepare(analysis)  # type: ignore[attr-defined]
            if value is not None:
                prepared.append((i, value))
        return tuple(prepared)

    def batch_findings(
        self,
        post: Post,
        lang: str,
        prepared: tuple[tuple[int, object], ...],
        states: dict[int, object],
    ) -> list[Finding]:
        """The batch rules' findings from ``batch_prepare``'s values, in run order: exactly
        their share of ``_lint`` (batch rules have no gate condition)."""
        scope = self._by_scope[(lang, post.kind)]
        analysis = Analysis(post, post.text, lang, self.compiled, self._tokenizers[lang])
        findings: list[Finding] = []
        for i, value in prepared:
            rule, level = scope[i]
            state = states.get(id(rule))
            if state is None:
                state = states[id(rule)] = rule.new_state()  # type: ignore[attr-defined]
            for hit in rule.check_prepared(analysis, state, value):  # type: ignore[attr-defined]
                findings.append(self._finding(rule, hit, hit.level or level, post))
        return findings

    def _unused(self, suppressions: Suppressions, post: Post) -> Iterator[Finding]:
        """``--report-unused-suppressions``: directives that suppressed nothing."""
        from .suppressions import UNUSED_ID, UNUSED_RULE

        level = self.config.level_for(UNUSED_ID, UNUSED_RULE.meta.level)
        if level is not None:
            for hit in suppressions.unused():
                yield self._finding(UNUSED_RULE, hit, level, post)

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


def sort_key(finding: Finding) -> tuple[int, int, str]:
    """The order of a post's findings: position, then rule id."""
    return finding.span.line, finding.span.column, finding.rule


def _fix(hit: Hit, origin: Origin | None) -> tuple[int, int, str] | None:
    """A fix is safe only where the post text is the file text (not decoded from escapes)."""
    if hit.suggestion is None or (origin is not None and origin.escaped):
        return None
    return hit.start, hit.end, hit.suggestion
