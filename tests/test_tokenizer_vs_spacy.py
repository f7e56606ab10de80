"""The run-time tokenizer and lemma matching, held to spaCy's over generated EN and FR text.

Text: a seeded generator of social posts from word lists of our own (elisions l' qu' d' j'
jusqu', aujourd'hui, hyphenated words, contractions don't I'm we're can't, ’ and ', « » … ! ?,
numbers, percentages, prices, emoji with skin tones and ZWJ, hashtags, mentions, URLs,
non-breaking spaces before French punctuation).

Token boundaries. Both sides are lists of (start, end) character spans; spaCy's whitespace
tokens are dropped. Our hashtags, @mentions, URLs and emoji are kept whole on purpose, so
every spaCy token lying inside one of them is replaced by that one span ("#" + "tag" →
"#tag"; "👍" + "🏽" → "👍🏽"). A spaCy token that crosses such a span's edge is not merged,
so it shows up as a difference. Everything else (words, elisions, contractions, hyphens,
numbers, punctuation) must have exactly spaCy's spans. Excluded from the generator because
they are known, accepted differences: abbreviations with periods ("e.g.", "Mr.") and
emoticons, which spaCy keeps whole; words glued to digits ("3h").

Lemma matches. For every word token and every word W of the generator's vocabulary (as a
ruleset author would write it under ``lemmas:``), with spaCy's lemma taken from spaCy's own
lookup table (``spacy.lookups.load_lookups``) on the lower-cased token, lemmas compared after
folding (case and accents):
- no miss: the token is W, or spaCy's lemma of the token is spaCy's lemma of W ⇒
  fold(token) ∈ forms_of(lang, W);
- no extra: fold(token) ∈ forms_of(lang, W) ⇒ the token is W, or it (or a spelling of it
  that differs only by case or accents: we match accent-insensitively, "a" for "à") has
  spaCy's lemma of W.
On a mismatch the assertion names the first difference.
"""

from __future__ import annotations

import random

import pytest

from postlint import nlp
from postlint.tokens import EMOJI, HASHTAG, MENTION, URL, WORD, Tokenizer, fold

WHOLE = {HASHTAG, MENTION, URL, EMOJI}
POSTS = 300


def words(text: str) -> list[str]:
    return text.split()


COMMON = {
    "emoji": ["🎉", "🔥", "❤️", "👍🏽", "🙏", "😂", "👨‍👩‍👧", "🇫🇷", "✨", "💔"],
    "hashtag": ["#Launch", "#tbt", "#RIP", "#Sale2024", "#1", "#été", "#MondayMood"],
    "mention": ["@support", "@Marie_L", "@brand", "@team42"],
    "url": ["https://example.com/spring", "https://www.example.org/a/b", "www.example.net/x"],
    "number": ["3", "12", "2024", "3.5", "1,000", "12,5", "50 %", "20%", "$5", "10 €"],
    "punct": [",", ".", "!", "?", "!!", "?!", "...", "…", ":", ";", "(", ")", '"'],
}
VOCAB = {
    "en": {
        "word": words(
            "the a our new team store sale today we you they it this died dies dying die "
            "killed kills mourn mourned mourning tragedy tragedies victims victim launch launches "
            "launched shop shopping buy bought free deal deals amazing sorry apologize apologise "
            "offended feel feels felt people families family heart hearts city cities run ran "
            "running children child mice best better good well"
            ""
        ),
        "joined": words(
            "don't I'm we're can't won't isn't it's that's John's mother-in-law well-known "
            "don’t we’re it’s y'all gonna Rock'n'roll self-care e-mail you'll they've "
            "doesn't"
        ),
    },
    "fr": {
        "word": words(
            "le la les un une des notre nous vous ils elle est sont était meurt mort morts "
            "mourir mourra décès drame drames victimes victime soldes promo offre offres achetez "
            "acheter achète nouvelle nouveau équipe boutique aujourd merci désolés désolé cœur "
            "cœurs famille familles ville enfants enfant été être avoir a à où ou sur sûr très "
            "bien beaucoup"
        ),
        "joined": words(
            "l'équipe qu'il qu'elle d'accord j'ai jusqu'à aujourd'hui c'est n'est "
            "l’été d’accord J’ai L'offre quelqu'un presqu'île peut-être week-end bien-être "
            "anti-gaspi arc-en-ciel dit-il a-t-il est-ce Qu'est-ce sont-ils c'est-à-dire "
            "après-midi rendez-vous porte-monnaie"
        ),
    },
}
SPACES = [" ", " ", " ", " ", "  ", "\u00a0", "\u202f"]


def generate(lang: str, seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    vocab = {**COMMON, **VOCAB[lang]}
    kinds = ["word"] * 8 + ["joined"] * 3 + list(COMMON)
    posts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(3, 18)):
            kind = rng.choice(kinds)
            item = rng.choice(vocab[kind])
            if kind == "word" and rng.random() < 0.15:
                item = item.capitalize() if rng.random() < 0.7 else item.upper()
            if lang == "fr" and kind == "punct" and item in "!?:;":
                item = rng.choice(["\u00a0", "\u202f", " "]) + item
            parts.append(item)
            parts.append(rng.choice(SPACES))
        if rng.random() < 0.2:
            parts.insert(0, rng.choice(["«\u00a0", "« ", "“", "'"]))
            parts.append(rng.choice(["\u00a0»", " »", "”", "'"]))
        posts.append("".join(parts).strip())
    return posts


def merged_spacy_spans(
    text: str, lang: str, ours: list[tuple[int, int, str]]
) -> list[tuple[int, int]]:
    whole = [(s, e) for s, e, kind in ours if kind in WHOLE]
    spans = []
    for word, start in nlp.spacy_tokenize(lang, text):
        if word.isspace():
            continue
        end = start + len(word)
        if not any(s <= start and end <= e for s, e in whole):
            spans.append((start, end))
    return sorted(spans + whole)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_token_boundaries_match_spacy(lang: str) -> None:
    tokenizer = Tokenizer(nlp.tokenizer_tables(lang))
    for text in generate(lang, seed=7, count=POSTS):
        ours = [(t.start, t.end, t.kind) for t in tokenizer.tokenize(text, lang)]
        theirs = merged_spacy_spans(text, lang, ours)
        mine = [(s, e) for s, e, _ in ours]
        if mine != theirs:
            i = next(
                (k for k, (a, b) in enumerate(zip(mine, theirs, strict=False)) if a != b),
                min(len(mine), len(theirs)),
            )
            a = text[slice(*mine[i])] if i < len(mine) else "<end>"
            b = text[slice(*theirs[i])] if i < len(theirs) else "<end>"
            pytest.fail(f"{lang}: token {i} of {text!r}: ours {a!r}, spaCy {b!r}")


def spacy_lemma_table(lang: str):  # type: ignore[no-untyped-def]
    from spacy.lookups import load_lookups

    table = load_lookups(lang, ["lemma_lookup"]).get_table("lemma_lookup")

    def lemma(word: str) -> str:
        found = table.get(word, word)
        return found[0] if isinstance(found, list) else found

    return lemma


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_lemma_matches_match_spacy(lang: str) -> None:
    spacy_lemma = spacy_lemma_table(lang)
    words = sorted(set(VOCAB[lang]["word"]))
    targets = {w: fold(spacy_lemma(w)) for w in words}
    forms = {w: nlp.forms_of(lang, w) for w in words}
    spellings: dict[str, set[str]] = {}  # folded → spellings in the lookup table
    wanted = {fold(w) for w in words}
    for form in nlp.lemma_table(lang):
        key = fold(form)
        if key in wanted:
            spellings.setdefault(key, set()).add(form)
    tokenizer = Tokenizer(nlp.tokenizer_tables(lang))
    checked = 0
    for text in generate(lang, seed=11, count=POSTS):
        for token in tokenizer.tokenize(text, lang):
            if token.kind != WORD or token.norm not in wanted:
                continue
            theirs = fold(spacy_lemma(token.text.lower()))
            variants = {fold(spacy_lemma(s)) for s in spellings.get(token.norm, ())}
            for word in words:
                ours = token.norm in forms[word]
                target = targets[word]
                same_word = token.norm == fold(word)
                if (theirs == target or same_word) and not ours:
                    pytest.fail(
                        f"{lang}: {token.text!r} (spaCy lemma {theirs!r}) not in forms_of({word!r})"
                    )
                if ours and theirs != target and not same_word and target not in variants:
                    pytest.fail(
                        f"{lang}: {token.text!r} in forms_of({word!r}) (lemma {target!r}), "
                        f"spaCy lemma {theirs!r}"
                    )
                checked += 1
    assert checked > 1000
