"""The only module that imports spaCy: tokenizers and lemma lookup tables, built on demand.

spaCy defines what a token and a lemma are. postlint asks it only when compiling rulesets (to
tokenize phrases and expand lemmas into every inflected form) and in the differential test;
a run with a warm cache never imports this module.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from .tokens import fold

if TYPE_CHECKING:
    from spacy.language import Language


@cache
def blank(lang: str) -> Language:
    """A blank spaCy pipeline for ``lang`` (tokenizer only)."""
    import spacy

    return spacy.blank(lang)


@cache
def lemma_table(lang: str) -> dict[str, str]:
    """spaCy's lookup lemmatizer table for ``lang`` (from spacy-lookups-data)."""
    from spacy.util import load_language_data, registry

    # The raw table (string keys); spaCy's Lookups object keeps only key hashes.
    tables = registry.lookups.get(lang)
    table: dict[str, str] = {}
    for form, lemma in load_language_data(tables["lemma_lookup"]).items():
        table[form] = lemma[0] if isinstance(lemma, list) else lemma
    return table


def lemmatize(lang: str, word: str) -> str:
    """What spaCy's lookup lemmatizer gives for ``word``."""
    return lemma_table(lang).get(word, word)


@cache
def forms_by_lemma(lang: str) -> dict[str, frozenset[str]]:
    """Inverse of the lemma table on folded keys: a lemma → every folded form that has it."""
    inverse: dict[str, set[str]] = {}
    for form, lemma in lemma_table(lang).items():
        inverse.setdefault(fold(lemma), set()).add(fold(form))
    return {lemma: frozenset(forms | {lemma}) for lemma, forms in inverse.items()}


def forms_of(lang: str, word: str) -> frozenset[str]:
    """Every folded form whose spaCy lemma is the lemma of ``word`` (the word itself included)."""
    key = fold(lemmatize(lang, word.lower()))
    return forms_by_lemma(lang).get(key, frozenset({key})) | {fold(word)}


def tokenize(lang: str, text: str) -> list[str]:
    """spaCy's token texts for ``text``."""
    return [t.text for t in blank(lang).tokenizer(text)]


def special_cases(lang: str) -> dict[str, tuple[str, ...]]:
    """spaCy's tokenizer exceptions that split one word into several (e.g. "don't")."""
    from spacy.attrs import ORTH

    rules: dict[str, Any] = blank(lang).tokenizer.rules or {}
    cases: dict[str, tuple[str, ...]] = {}
    for word, pieces in rules.items():
        parts = tuple(p.get(ORTH, p.get("ORTH", "")) for p in pieces)
        if len(parts) > 1 and "".join(parts) == word and word.replace("'", "").isalpha():
            cases[fold(word)] = parts
    return cases
