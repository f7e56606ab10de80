"""Rulesets and lexicons → compiled rules and phrase indexes, built once and cached on disk.

Compiling is where spaCy is used: it tokenizes each phrase and expands each lemma into every
inflected form through its lookup tables. The result is pickled in the user cache directory,
keyed by the content of every ruleset and lexicon file and the versions involved, and written
atomically so that concurrent runs never read half a file. A warm run reads the pickle and
never imports spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .cache import Compiled, cache_key, load_cached, store_cached  # noqa: F401 (re-exported)
from .errors import RulesetError
from .matchgroup import GROUP_KEYS, MatchGroup
from .matching import PhraseIndex, Slots
from .model import LANGS
from .rules.base import ParamError, is_regex
from .tokens import fold
from .yamlload import mark_of

if TYPE_CHECKING:
    from .lexicons import Lexicon

TOKEN_KEYS = {"LOWER", "NORM", "ORTH", "TEXT", "LEMMA", "OP"}


class Compiler:
    """Build-time context handed to each rule type's ``build``."""

    def __init__(
        self, lexicon_roots: Sequence[Path], params: Mapping[str, Mapping[str, Any]] | None = None
    ) -> None:
        self.lexicon_roots = list(lexicon_roots)
        self.params = dict(params or {})  # per-rule parameter overrides from the config
        self.indexes = {lang: PhraseIndex() for lang in LANGS}
        self._lexicons: dict[tuple[str, str], Lexicon] = {}
        self._lexicon_slots: dict[tuple[str, str], list[Slots]] = {}
        self.used_files: set[str] = set()

    # ---------------------------------------------------------------- groups

    def group(self, spec: Any, langs: Iterable[str]) -> MatchGroup:
        """Compile a group mapping (terms, lemmas, patterns, lexicons, regex)."""
        try:
            return self._group(spec, langs)
        except ParamError as exc:
            if exc.mark is None:
                exc.mark = mark_of(spec, exc.key) if exc.key else mark_of(spec)
            raise

    def _group(self, spec: Any, langs: Iterable[str]) -> MatchGroup:
        if not isinstance(spec, Mapping):
            raise ParamError(
                "a match group is a mapping of terms, lemmas, patterns, lexicons, regex"
            )
        for key in spec:
            if key not in GROUP_KEYS:
                raise ParamError(f"unknown key {key!r} in match group", key)
        langs = tuple(langs)
        keys: list[tuple[str, int]] = []
        for lang in langs:
            index = self.indexes[lang]
            key = index.new_key()
            count = 0
            for slots in self._phrases(spec, lang):
                index.add(key, slots)
                count += 1
            if count:
                keys.append((lang, key))
        regexes: tuple[re.Pattern[str], ...] = ()
        by_lang: list[tuple[str, tuple[re.Pattern[str], ...]]] = []
        try:
            given = spec.get("regex")
            if isinstance(given, Mapping):  # per language: each list for its own posts
                _per_lang(given, None, "regex")  # validates the languages
                for lang in LANGS:
                    compiled = tuple(is_regex(r) for r in _per_lang(given, lang, "regex"))
                    if compiled and lang in langs:
                        by_lang.append((lang, compiled))
            else:
                regexes = tuple(is_regex(r) for r in _per_lang(given, None, "regex"))
        except ParamError as exc:
            exc.key = exc.key or "regex"
            raise
        by_lang = self._with_lexicon_regexes(spec, langs, by_lang)
        hashtags_only = bool(spec.get("hashtags_only", False))
        return MatchGroup(tuple(keys), regexes, hashtags_only, tuple(by_lang))

    def _with_lexicon_regexes(
        self,
        spec: Mapping[str, Any],
        langs: tuple[str, ...],
        by_lang: list[tuple[str, tuple[re.Pattern[str], ...]]],
    ) -> list[tuple[str, tuple[re.Pattern[str], ...]]]:
        """``by_lang`` plus the ``regex`` lists of the group's lexicons, each for its language."""
        merged = dict(by_lang)
        for lang in langs:
            for name in _per_lang(spec.get("lexicons"), lang, "lexicons"):
                lexicon = _keyed("lexicons", self.lexicon, lang, name)
                if lexicon.regexes:
                    extra = tuple(is_regex(r) for r in lexicon.regexes)
                    merged[lang] = merged.get(lang, ()) + extra
        return [(lang, merged[lang]) for lang in LANGS if lang in merged]

    def _phrases(self, spec: Mapping[str, Any], lang: str) -> Iterable[Slots]:
        makers = (("terms", self.term_slots), ("lemmas", self.lemma_slots))
        for key, make in makers:
            for phrase in _per_lang(spec.get(key), lang, key):
                if not isinstance(phrase, str):  # YAML reads 3919 or yes as a number or a bool
                    raise ParamError(f"{key}: {phrase!r} is not text; quote it", key)
                yield _keyed(key, make, lang, phrase)
        for pattern in _per_lang(spec.get("patterns"), lang, "patterns"):
            yield from _keyed("patterns", self.pattern_slots, lang, pattern)
        for name in _per_lang(spec.get("lexicons"), lang, "lexicons"):
            yield from self._lexicon_phrases(lang, _keyed("lexicons", self.lexicon, lang, name))

    def _lexicon_phrases(self, lang: str, lexicon: Lexicon) -> list[Slots]:
        """A lexicon's phrases, tokenized once however many rules use it (promotion: seven)."""
        key = (lang, lexicon.path)
        found = self._lexicon_slots.get(key)
        if found is None:
            found = [self.term_slots(lang, term) for term in lexicon.terms]
            found += [self.lemma_slots(lang, lemma) for lemma in lexicon.lemmas]
            for pattern in lexicon.patterns:
                found += self.pattern_slots(lang, pattern)
            self._lexicon_slots[key] = found
        return found

    def lexicon(self, lang: str, name: str) -> Lexicon:
        cached = self._lexicons.get((lang, name))
        if cached is not None:
            return cached
        for root in self.lexicon_roots:
            path = root / lang / f"{name}.yaml"
            if path.is_file():
                from .lexicons import load_lexicon

                self.used_files.add(str(path))
                lexicon = load_lexicon(path)
                self._lexicons[(lang, name)] = lexicon
                return lexicon
        raise ParamError(f"no lexicon {name!r} for language {lang!r}")

    # ---------------------------------------------------------------- phrases → slots

    def term_slots(self, lang: str, phrase: str) -> Slots:
        if phrase.startswith("#"):
            return (frozenset({fold(phrase[1:])}),)
        from . import nlp

        words = [w for w in nlp.tokenize(lang, phrase) if w.strip()]
        if not words:
            raise ParamError(f"empty phrase {phrase!r}")
        return tuple(frozenset({fold(w)}) for w in words)

    def lemma_slots(self, lang: str, phrase: str) -> Slots:
        from . import nlp

        words = [w for w in nlp.tokenize(lang, phrase) if w.strip()]
        if not words:
            raise ParamError(f"empty phrase {phrase!r}")
        return tuple(nlp.forms_of(lang, w) for w in words)

    def pattern_slots(self, lang: str, pattern: Any) -> list[Slots]:
        """A spaCy-style token pattern; ``OP: "?"`` tokens expand into both variants."""
        if not isinstance(pattern, list) or not pattern:
            raise ParamError("a token pattern is a non-empty list of token mappings")
        variants: list[list[frozenset[str]]] = [[]]
        for token in pattern:
            slot, optional = self._token_slot(lang, token)
            grown = [[*v, slot] for v in variants]
            variants = grown + variants if optional else grown
            if len(variants) > 16:
                raise ParamError("too many optional tokens in one pattern (at most 4)")
        return [tuple(v) for v in variants if v]

    def _token_slot(self, lang: str, token: Any) -> tuple[frozenset[str], bool]:
        from . import nlp

        if not isinstance(token, Mapping) or not token:
            raise ParamError("each token of a pattern is a mapping such as {LOWER: word}")
        unknown = set(token) - TOKEN_KEYS
        if unknown:
            raise ParamError(
                f"unsupported token attribute {sorted(unknown)[0]!r} "
                f"(supported: {', '.join(sorted(TOKEN_KEYS))})"
            )
        op = token.get("OP")
        if op not in (None, "?"):
            raise ParamError(f"unsupported OP {op!r}: only '?' (optional token) is supported")
        forms: set[str] = set()
        for attr, value in token.items():
            if attr == "OP":
                continue
            values = value.get("IN") if isinstance(value, Mapping) else [value]
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise ParamError(f"{attr} takes a string or {{IN: [strings]}}")
            for v in values:
                forms |= nlp.forms_of(lang, v) if attr == "LEMMA" else {fold(v)}
        if not forms:
            raise ParamError("a pattern token needs LOWER, NORM, ORTH, TEXT or LEMMA")
        return frozenset(forms), op == "?"


def _keyed(key: str, make: Any, lang: str, value: Any) -> Any:
    """Call ``make``; a ParamError it raises is located at the group's ``key``."""
    try:
        return make(lang, value)
    except ParamError as exc:
        exc.key = exc.key or key
        raise


def _per_lang(value: Any, lang: str | None, key: str) -> list[Any]:
    """A list, or a mapping from language to list; ``lang=None`` means every language."""
    if value is None:
        return []
    if isinstance(value, Mapping):
        unknown = set(value) - set(LANGS)
        if unknown:
            raise ParamError(f"{key}: unknown language {sorted(unknown)[0]!r}", key)
        if lang is None:
            return [v for lang_values in value.values() for v in (lang_values or [])]
        value = value.get(lang) or []
    if not isinstance(value, list):
        raise ParamError(f"{key} must be a list (or a mapping from language to list)", key)
    return list(value)


def raise_at(
    exc: ParamError, path: str, line: int | None, column: int | None, rule_id: str = ""
) -> RulesetError:
    what = f"rule {rule_id!r}: " if rule_id else ""
    return RulesetError(f"{what}{exc}", path, line, column)
