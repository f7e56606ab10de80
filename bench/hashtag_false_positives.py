#!/usr/bin/env python3
"""False-positive rate of ``hashtag.misreading`` (and registry hits) on ordinary hashtags.

Every distinct hashtag of the given JSON Lines corpora (``text`` and ``lang`` fields; e.g. from
``make_corpus.py --count 10000 --format jsonl``) is linted alone, as written and lower-cased
(the form that needs segmenting), plus a built-in list of common EN and FR tags. Prints the
share of distinct tags flagged and lists them. Without arguments only the built-in list runs.

  .venv/bin/python bench/hashtag_false_positives.py /tmp/c10k.jsonl
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "linter"))

from postlint import Linter, Post

TAG = re.compile(r"#[^\W_]\w*")
COMMON = {
    "en": [
        "summersale",
        "blackfriday",
        "cybermonday",
        "mondaymotivation",
        "throwbackthursday",
        "tbt",
        "ootd",
        "foodporn",
        "instagood",
        "photooftheday",
        "smallbusiness",
        "shoplocal",
        "womenintech",
        "behindthescenes",
        "linkedintips",
        "startuplife",
        "sustainability",
        "giveaway",
        "contest",
        "newarrivals",
        "backtoschool",
        "motivationmonday",
        "wellnesswednesday",
        "fridayfeeling",
        "weekendvibes",
        "selfcare",
        "mentalhealthawareness",
        "earthday",
        "internationalwomensday",
        "worldbookday",
        "nationalpetday",
        "fathersday",
        "mothersday",
        "happyhour",
        "flashsale",
        "freeshipping",
        "limitededition",
        "customerappreciation",
        "teamwork",
        "hiring",
        "nowhiring",
        "workfromhome",
        "remotework",
        "techtalk",
        "datascience",
        "machinelearning",
        "cybersecurity",
        "coffeelover",
        "bookstagram",
        "booklover",
        "travelgram",
        "wanderlust",
        "foodie",
        "vegan",
        "glutenfree",
        "homedecor",
        "interiordesign",
        "diy",
        "handmade",
        "supportsmallbusiness",
        "shopsmall",
        "madeinusa",
        "fitnessmotivation",
        "gymlife",
        "running",
        "marathon",
        "yoga",
        "mindfulness",
        "skincare",
        "makeup",
        "beauty",
        "fashionweek",
        "streetstyle",
        "petsofinstagram",
        "dogsofinstagram",
        "catsofinstagram",
        "sunsetlovers",
        "christmasgifts",
        "holidayseason",
        "newyear",
        "valentinesday",
        "halloween",
        "thanksgiving",
        "superbowl",
        "worldcup",
        "olympics",
        "musicmonday",
        "newmusic",
        "livemusic",
        "concert",
        "festival",
        "expertadvice",
        "customerservice",
        "productlaunch",
        "comingsoon",
        "sneakpeek",
    ],
    "fr": [
        "rentreelitteraire",
        "soldesdete",
        "soldesdhiver",
        "jeudiconfession",
        "concoursnoel",
        "concours",
        "bonplan",
        "nouveaute",
        "coulisses",
        "madeinfrance",
        "fabriqueenfrance",
        "developpementdurable",
        "entrepreneuriat",
        "recrutement",
        "onrecrute",
        "teletravail",
        "mercredidesastuces",
        "lundimotivation",
        "vendredilecture",
        "bonweekend",
        "bonnesvacances",
        "fetedesmeres",
        "fetedesperes",
        "feteDeLaMusique",
        "journeedelafemme",
        "saintvalentin",
        "noel",
        "joyeuxnoel",
        "bonneannee",
        "galettedesrois",
        "chandeleur",
        "paques",
        "rentreescolaire",
        "cuisinefrancaise",
        "recettefacile",
        "faitmaison",
        "patisserie",
        "boulangerie",
        "vinfrancais",
        "degustation",
        "apero",
        "randonnee",
        "montagne",
        "plage",
        "vacances",
        "voyage",
        "tourisme",
        "patrimoine",
        "culture",
        "lecture",
        "livres",
        "bibliotheque",
        "musee",
        "exposition",
        "theatre",
        "cinema",
        "festivaldecannes",
        "tourdefrance",
        "rolandgarros",
        "coupedumonde",
        "jeuxolympiques",
        "football",
        "rugby",
        "sport",
        "bienetre",
        "sante",
        "beaute",
        "mode",
        "tendance",
        "deco",
        "jardinage",
        "bricolage",
        "artisanat",
        "commercedeproximite",
        "achatlocal",
        "consommerlocal",
        "economiesociale",
        "innovation",
        "numerique",
        "intelligenceartificielle",
        "cybersecurite",
        "formation",
        "emploi",
        "alternance",
        "stage",
    ],
}


def corpus_tags(paths: list[str]) -> dict[tuple[str, str], int]:
    tags: dict[tuple[str, str], int] = {}
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                lang = record.get("lang") or "en"
                for text in (record.get("text") or "", record.get("in_reply_to") or ""):
                    for tag in TAG.findall(text):
                        tags[(lang, tag)] = tags.get((lang, tag), 0) + 1
    return tags


def flagged(linter: Linter, tags: list[tuple[str, str]], rule: str) -> list[tuple[str, str, str]]:
    out = []
    for lang, tag in tags:
        for finding in linter.lint(Post(text=tag, lang=lang)):
            if finding.rule == rule and finding.severity >= 2:
                out.append((lang, tag, finding.message))
                break
    return out


def report(name: str, linter: Linter, tags: list[tuple[str, str]]) -> None:
    if not tags:
        return
    started = time.perf_counter()
    misread = flagged(linter, tags, "hashtag.misreading")
    registry = flagged(linter, tags, "hashtag.registry")
    took = time.perf_counter() - started
    print(
        f"{name}: {len(tags)} distinct tags; misreading flagged {len(misread)} "
        f"({len(misread) / len(tags):.2%}); registry warning/error {len(registry)} "
        f"({len(registry) / len(tags):.2%}); {took:.2f} s"
    )
    for lang, _tag, message in misread + registry:
        print(f"    [{lang}] {message[:140]}")


def main(argv: list[str]) -> int:
    linter = Linter()
    linter.compiled  # noqa: B018 - compile (or load the cache) before timing
    seen = corpus_tags(argv)
    written = sorted(seen)
    report("corpus tags as written", linter, written)
    report("corpus tags lower-cased", linter, sorted({(lang, t.lower()) for lang, t in written}))
    common = [(lang, "#" + t.lower()) for lang, words in COMMON.items() for t in words]
    report("common EN/FR tags (built-in list)", linter, sorted(set(common)))
    report("synthetic 2-3 word compounds (wordfreq top 3000)", linter, synthetic(2000))
    return 0


def synthetic(per_lang: int) -> list[tuple[str, str]]:
    """Random lower-case compounds of frequent words: a harsher test than real tags."""
    import random

    import wordfreq

    tags = []
    for lang in ("en", "fr"):
        words = [w for w in wordfreq.top_n_list(lang, 3000) if w.isalpha() and len(w) >= 3]
        rnd = random.Random(7)
        for _ in range(per_lang):
            tag = "".join(rnd.choice(words) for _ in range(rnd.choice((2, 2, 3))))
            tags.append((lang, "#" + tag))
    return sorted(set(tags))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
