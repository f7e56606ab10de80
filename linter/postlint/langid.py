"""Guess English or French from a post's own words.

Method: count the tokens that are frequent function words of each language (articles,
pronouns, prepositions, auxiliaries that the other language does not share), add one for
each accented letter or elided article (l', qu', d'), and take the larger side; a tie falls
back to the configured default language. Words that both languages use often ("a", "on")
count for neither.

Accuracy (tests/test_langid.py, 64 EN + 64 FR short social posts of our own, with hashtags,
emoji, mentions, one- and two-word posts, and a few borrowed words such as "Merci" in an
English post): 100 % with the default set to the wrong language, so that every tie is a miss
(the word lists were extended while looking at that set). On 40 further posts written
afterwards and not used for tuning: 97.5 % (39/40; the miss is a one-word post, "Oui !",
which falls back to the default).
"""

from __future__ import annotations

import re

from .memo import remember

# Lower-case Latin words, with an elided article's apostrophe (after ’ became '): the only
# words the two lists hold (a narrower class than \w, and faster to scan)
_WORD = re.compile(r"[a-zß-öø-ÿœ]+'?")

EN_WORDS = frozenset(
    [
        "about",
        "after",
        "again",
        "all",
        "always",
        "an",
        "and",
        "any",
        "are",
        "at",
        "back",
        "be",
        "because",
        "been",
        "before",
        "being",
        "best",
        "but",
        "by",
        "can",
        "check",
        "coming",
        "could",
        "day",
        "did",
        "do",
        "does",
        "every",
        "everyone",
        "for",
        "free",
        "friends",
        "from",
        "get",
        "go",
        "good",
        "great",
        "had",
        "happy",
        "has",
        "have",
        "he",
        "her",
        "here",
        "hey",
        "hi",
        "him",
        "his",
        "how",
        "i",
        "if",
        "into",
        "is",
        "it",
        "its",
        "join",
        "just",
        "know",
        "let",
        "link",
        "look",
        "love",
        "make",
        "me",
        "more",
        "morning",
        "my",
        "never",
        "new",
        "news",
        "night",
        "no",
        "not",
        "now",
        "of",
        "only",
        "or",
        "our",
        "out",
        "over",
        "please",
        "ready",
        "right",
        "said",
        "see",
        "she",
        "shop",
        "should",
        "so",
        "some",
        "soon",
        "sorry",
        "stay",
        "still",
        "than",
        "thank",
        "thanks",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "time",
        "to",
        "today",
        "tonight",
        "up",
        "us",
        "was",
        "we",
        "weekend",
        "well",
        "were",
        "what",
        "when",
        "where",
        "which",
        "who",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
    ]
)
FR_WORDS = frozenset(
    [
        "alors",
        "amis",
        "après",
        "au",
        "aujourd'hui",
        "aussi",
        "aux",
        "avant",
        "avec",
        "avez",
        "avoir",
        "avons",
        "bien",
        "bon",
        "bonjour",
        "bonne",
        "bonsoir",
        "c'",
        "car",
        "ce",
        "ces",
        "cet",
        "cette",
        "chez",
        "comme",
        "comment",
        "d'",
        "dans",
        "de",
        "demain",
        "depuis",
        "des",
        "donc",
        "du",
        "déjà",
        "elle",
        "elles",
        "en",
        "encore",
        "entre",
        "es",
        "est",
        "et",
        "faire",
        "fait",
        "hier",
        "ici",
        "il",
        "ils",
        "j'",
        "jamais",
        "je",
        "journée",
        "l'",
        "la",
        "le",
        "les",
        "leur",
        "leurs",
        "lui",
        "là",
        "ma",
        "mais",
        "merci",
        "mes",
        "moi",
        "mon",
        "n'",
        "ne",
        "nos",
        "notre",
        "nous",
        "nouveau",
        "nouvelle",
        "ont",
        "ou",
        "où",
        "par",
        "pas",
        "pendant",
        "peu",
        "peut",
        "plus",
        "pour",
        "qu'",
        "quand",
        "que",
        "qui",
        "quoi",
        "rien",
        "s'",
        "sa",
        "salut",
        "sans",
        "semaine",
        "sera",
        "serait",
        "ses",
        "si",
        "soirée",
        "sommes",
        "son",
        "sont",
        "suis",
        "sur",
        "toi",
        "toujours",
        "tous",
        "tout",
        "toute",
        "toutes",
        "trop",
        "très",
        "tu",
        "un",
        "une",
        "vais",
        "veux",
        "vite",
        "voici",
        "voilà",
        "vos",
        "votre",
        "vous",
        "y",
        "ça",
        "équipe",
        "étaient",
        "était",
        "êtes",
        "être",
    ]
)
FR_LETTERS = frozenset("éèêàâçùûîïôœë")
# word → 1 for French, 0 for English (a word in both lists counts as French, as it always has)
_SIDE = {**dict.fromkeys(EN_WORDS, 0), **dict.fromkeys(FR_WORDS, 1)}
_KEPT = 4096  # texts whose evidence is remembered (a message answered by several replies)
_memo: dict[str, tuple[int, int]] = {}


def evidence(text: str) -> tuple[int, int]:
    """(English points, French points) of ``text``: its function words of each language,
    plus one French point per two accented letters (remembered per text: the guess of an
    answered message and the reply-language rule ask for the same one)."""
    found = _memo.get(text)
    if found is not None:
        return found
    lowered = text.lower().replace("’", "'")
    sides = list(map(_SIDE.get, _WORD.findall(lowered)))  # None: a word of neither list
    fr = sides.count(1)
    en = sides.count(0)
    if not lowered.isascii():
        fr += sum(lowered.count(c) for c in FR_LETTERS) // 2
    found = (en, fr)
    return remember(_memo, text, found, _KEPT)


def guess_lang(text: str, default: str = "en") -> str:
    """``"en"`` or ``"fr"``; ``default`` when the words do not tell."""
    en, fr = evidence(text)
    if en == fr:
        return default
    return "fr" if fr > en else "en"


def clear_lang(text: str, least: int, dominance: float) -> str | None:
    """The language ``text`` is plainly written in: at least ``least`` points for it and
    ``dominance`` times the other's (None: too short to tell, or a mix of both)."""
    en, fr = evidence(text)
    if en >= least and en >= dominance * fr:
        return "en"
    if fr >= least and fr >= dominance * en:
        return "fr"
    return None
