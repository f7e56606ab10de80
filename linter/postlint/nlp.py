"""The only module that reads spaCy: its tokenizer tables and lemma lookup tables.

spaCy defines what a token and a lemma are. postlint reads them when compiling rulesets:

- ``tokenizer_tables(lang)``: spaCy's tokenizer exceptions, French hyphen suffixes and French
  ``token_match`` pattern, exported as plain data for the run-time tokenizer (tokens.py);
  phrases are then tokenized by that same tokenizer, so a phrase and a post always agree;
  the differential test holds it equal to spaCy's tokenizer.
- ``lemma_table(lang)``: spaCy's lookup-lemmatizer table, read straight from the
  spacy-lookups-data file that ``spacy.util.registry.lookups`` points spaCy at (no spaCy
  pipeline needs to be built).

Cost control (first run ≤ 5 s): importing ``spacy.lang.fr`` compiles a 266-branch regex over
huge Unicode classes (~3 s). We import its tokenizer-exceptions module with that one compile
deferred (``_deferred_big_regexes``) and keep only its alternatives, rewritten over a compact
letter class; the run-time tokenizer compiles, per word with a hyphen or an apostrophe, only
the few alternatives whose literal prefix begins that word.

``spacy_tokenize`` (the real spaCy tokenizer) is for the differential test.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .tokens import _TOKEN_RE, WORD, Tokenizer, TokenizerTables, fold

if TYPE_CHECKING:
    from spacy.language import Language


@cache
def blank(lang: str) -> Language:
    """A blank spaCy pipeline for ``lang`` (tokenizer only); for tests."""
    import spacy

    return spacy.blank(lang)


def spacy_tokenize(lang: str, text: str) -> list[tuple[str, int]]:
    """spaCy's own tokens of ``text`` as (text, character offset)."""
    return [(t.text, t.idx) for t in blank(lang).tokenizer(text)]


# -------------------------------------------------------------------- tokenizer tables


@cache
def tokenizer_tables(lang: str) -> TokenizerTables:
    """spaCy's tokenizer data for ``lang`` that concerns word runs (see tokens.py)."""
    import importlib

    with _deferred_big_regexes():
        module = importlib.import_module(f"spacy.lang.{lang}.tokenizer_exceptions")
    exceptions: dict[str, tuple[str, ...]] = {}
    for word, pieces in module.TOKENIZER_EXCEPTIONS.items():
        m = _TOKEN_RE.fullmatch(word)
        if m is None or m.lastgroup != WORD:
            continue  # abbreviations, emoticons: never one word run of ours
        parts = tuple(_orth(p) for p in pieces)
        if "".join(parts) == word:
            exceptions[word] = parts
    if lang != "fr":
        return TokenizerTables(lang, exceptions)
    from spacy.lang.fr import punctuation

    suffixes = frozenset(punctuation._hyphen_suffixes.split())
    keep = tuple(_alternative(p) for p in module._regular_exp)
    return TokenizerTables(lang, exceptions, suffixes, keep)


def _orth(piece: dict[Any, Any]) -> str:
    from spacy.symbols import ORTH

    return str(piece.get(ORTH, piece.get("ORTH", "")))


def _compact_classes(pattern: str) -> str:
    """Replace spaCy's ALPHA / ALPHA_LOWER inside ``[...]`` classes by ``[^\\W\\d_]``
    (any letter; the pattern is case-insensitive): same matches on words, fast to compile."""
    from spacy.lang.char_classes import ALPHA, ALPHA_LOWER

    marked = pattern.replace(ALPHA_LOWER, "\x00").replace(ALPHA, "\x00")

    def letters(m: re.Match[str]) -> str:
        rest = m.group(1) + m.group(2)
        return r"[^\W\d_]" if not rest else rf"(?:[{rest}]|[^\W\d_])"

    compact = re.sub(r"\[([^\[\]\x00]*)\x00([^\[\]\x00]*)\]", letters, marked)
    if "\x00" in compact:
        raise ValueError("unexpected letter class in spaCy's French token_match")
    return compact


def _alternative(pattern: str) -> tuple[str, int, int, str]:
    """(literal prefix, hyphens needed, apostrophes needed, source) of one token_match branch;
    the source is matched against the lower-cased word, so it drops spaCy's ``(?i)``."""
    source = _compact_classes(pattern)
    unescaped = re.sub(r"\\.", "", source)
    if any(c.isupper() for c in unescaped):
        source = f"(?i:{source})"
    required = re.sub(r"\(\?:[^()]*\)[?*]", "", source)  # drop optional groups
    hyphens = len(re.findall(r"\[-–—‐‑\](?![?*])", required))
    apostrophes = len(re.findall(r"\['’\](?![?*])", required))
    return _literal_prefix(pattern), hyphens, apostrophes, source


def _literal_prefix(pattern: str) -> str:
    """The lower-case literal text every match of ``^...`` starts with ("" if none)."""
    m = re.match(r"\^([^\W\d_]*)", pattern)
    literal = m.group(1) if m else ""
    rest = pattern[len(literal) + 1 :] if m else ""
    if literal and rest[:1] in ("?", "*", "{"):
        literal = literal[:-1]  # the last letter is optional
    return literal.lower()


class _DeferredPattern:
    """Stands for a regex that is compiled only if something calls it."""

    def __init__(self, compile_: Any, pattern: str, flags: int) -> None:
        self._args = (compile_, pattern, flags)
        self._compiled: re.Pattern[str] | None = None
        self.pattern = pattern

    def __getattr__(self, name: str) -> Any:
        def method(*args: Any, **kwargs: Any) -> Any:  # e.g. ``re.compile(...).match``
            if self._compiled is None:
                compile_, pattern, flags = self._args
                self._compiled = compile_(pattern, flags)
            return getattr(self._compiled, name)(*args, **kwargs)

        return method


@contextmanager
def _deferred_big_regexes() -> Iterator[None]:
    """While importing spaCy's tables, defer compiling regexes longer than 20k characters."""
    real = re.compile

    def compile_(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str) and len(pattern) > 20000:
            return _DeferredPattern(real, pattern, flags)
        return real(pattern, flags)

    re.compile = compile_
    try:
        yield
    finally:
        re.compile = real


def tokenize(lang: str, text: str) -> list[str]:
    """Token texts of ``text`` by the run-time tokenizer built on spaCy's tables."""
    return [t.text for t in _tokenizer(lang).tokenize(text, lang)]


@cache
def _tokenizer(lang: str) -> Tokenizer:
    return Tokenizer(tokenizer_tables(lang))


def special_cases(lang: str) -> TokenizerTables:
    """Kept for callers of the first API: the tokenizer tables of ``lang``."""
    return tokenizer_tables(lang)


# -------------------------------------------------------------------- lemmas


@cache
def lemma_table(lang: str) -> dict[str, str]:
    """spaCy's lookup lemmatizer table for ``lang`` (spacy-lookups-data's ``lemma_lookup``)."""
    import spacy_lookups_data

    path = Path(str(getattr(spacy_lookups_data, lang)["lemma_lookup"]))
    gz = path.with_name(path.name + ".gz")
    if gz.exists():
        with gzip.open(gz, "rt", encoding="utf8") as fh:
            data = json.load(fh)
    else:
        data = json.loads(path.read_text(encoding="utf8"))
    return {form: (lemma[0] if isinstance(lemma, list) else lemma) for form, lemma in data.items()}


def lemmatize(lang: str, word: str) -> str:
    """What spaCy's lookup lemmatizer gives for ``word``."""
    return lemma_table(lang).get(word, word)


@cache
def _forms_by_raw_lemma(lang: str) -> dict[str, list[str]]:
    inverse: dict[str, list[str]] = {}
    for form, lemma in lemma_table(lang).items():
        inverse.setdefault(lemma, []).append(form)
    return inverse


@cache
def _lemmas_by_folded(lang: str) -> dict[str, list[str]]:
    by_folded: dict[str, list[str]] = {}
    for lemma in _forms_by_raw_lemma(lang):
        by_folded.setdefault(fold(lemma), []).append(lemma)
    return by_folded


@cache
def forms_of_lemma(lang: str, folded_lemma: str) -> frozenset[str]:
    """Every folded form whose (folded) spaCy lemma is ``folded_lemma``.

    The lemma's own spelling is one of them only when spaCy gives it that lemma too (the
    table is not idempotent: French "elle" → "lui", but "lui" → "luire")."""
    raw = _forms_by_raw_lemma(lang)
    table = lemma_table(lang)
    forms: set[str] = set()
    for lemma in _lemmas_by_folded(lang).get(folded_lemma, ()):
        if fold(table.get(lemma, lemma)) == folded_lemma:
            forms.add(fold(lemma))
        forms.update(fold(f) for f in raw[lemma])
    if folded_lemma not in table and not forms:
        forms.add(folded_lemma)
    return frozenset(forms)


def forms_of(lang: str, word: str) -> frozenset[str]:
    """Every folded form whose spaCy lemma is the lemma of ``word`` (the word itself included)."""
    key = fold(lemmatize(lang, word.lower()))
    return forms_of_lemma(lang, key) | {fold(word)}
