"""Guess English or French from a post's own words.

Method: count the tokens that are frequent function words of each language (articles,
pronouns, prepositions, auxiliaries that the other language does not share), add one for
each accented letter or elided article (l', qu', d'), and take the larger side; a tie falls
back to the configured default language. tests/test_langid.py measures its accuracy.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+['’]?")

EN_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "of",
        "to",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "this",
        "that",
        "these",
        "those",
        "with",
        "for",
        "on",
        "at",
        "by",
        "from",
        "it",
        "its",
        "we",
        "our",
        "us",
        "you",
        "your",
        "they",
        "their",
        "he",
        "she",
        "his",
        "her",
        "i",
        "my",
        "me",
        "not",
        "no",
        "but",
        "or",
        "if",
        "so",
        "have",
        "has",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "should",
        "what",
        "which",
        "who",
        "when",
        "where",
        "how",
        "thank",
        "thanks",
        "please",
        "sorry",
        "all",
        "just",
        "about",
        "up",
        "out",
        "new",
        "get",
        "here",
        "there",
    ]
)
FR_WORDS = frozenset(
    [
        "le",
        "la",
        "les",
        "un",
        "une",
        "des",
        "du",
        "de",
        "et",
        "est",
        "sont",
        "était",
        "être",
        "avoir",
        "a",
        "ont",
        "au",
        "aux",
        "ce",
        "cette",
        "ces",
        "avec",
        "pour",
        "sur",
        "dans",
        "par",
        "pas",
        "ne",
        "nous",
        "vous",
        "ils",
        "elles",
        "il",
        "elle",
        "je",
        "tu",
        "mon",
        "ma",
        "mes",
        "notre",
        "nos",
        "votre",
        "vos",
        "leur",
        "leurs",
        "son",
        "sa",
        "ses",
        "qui",
        "que",
        "quoi",
        "où",
        "quand",
        "comment",
        "mais",
        "ou",
        "donc",
        "car",
        "si",
        "très",
        "merci",
        "bonjour",
        "tout",
        "tous",
        "toute",
        "toutes",
        "plus",
        "aussi",
        "bien",
        "chez",
        "on",
        "y",
        "en",
        "l'",
        "d'",
        "qu'",
        "c'",
        "j'",
        "n'",
        "s'",
    ]
)
FR_LETTERS = frozenset("éèêàâçùûîïôœë")


def guess_lang(text: str, default: str = "en") -> str:
    """``"en"`` or ``"fr"``; ``default`` when the words do not tell."""
    en = fr = 0
    lowered = text.lower()
    for match in _WORD.finditer(lowered):
        word = match.group().replace("’", "'")
        if word in FR_WORDS:
            fr += 1
        elif word in EN_WORDS:
            en += 1
    fr += sum(1 for c in lowered if c in FR_LETTERS) // 2
    if en == fr:
        return default
    return "fr" if fr > en else "en"
