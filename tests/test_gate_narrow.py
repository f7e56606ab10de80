"""Gate conditions narrower than "one literal is there", each held sound on generated posts:
whenever the plain computation finds something, the narrower condition holds.

- a regex with weak literals that needs digits is searched for (``gatesearch``);
- a ``regex`` rule whose pattern is one long alternation is considered only when one of its
  branches' conditions holds, and run only when one of the branches matches (``regexsplit``);
- an ``existence`` rule with ``min_matches`` N is considered only when N distinct positions
  hold one of its literals or a match of its searched regexes (``gatecount``);
- searched regexes are looked at only for rules that would be selected on them: the rules
  selected are exactly those selected when every regex is searched first.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from conftest import SHARED_LINTER
from postlint.gatebuild import GateBuilder
from postlint.gatesearch import _PLAIN_MARKS, min_digits, search_atom, search_holds
from postlint.matchgroup import MatchGroup
from postlint.tokens import fold

PIECES = [
    "4111",
    "1111",
    "12",
    "3",
    "50",
    "%",
    " %",
    "-",
    "−",
    "–",
    " ",
    "  ",
    "\n",
    "off",
    "OFF",
    "save up to ",
    "FR76",
    "3000",
    "6000",
    "0112",
    "GB",
    "a",
    "Z",
    "١٢",
    "remise",
    ":",
    "21:40",
    "9.03 am",
    " on all",
    "réduction",
    ".",
    "’",
]


def _regexes() -> Iterator[re.Pattern[str]]:
    """Every regex of the compiled rules (plain ``regex`` rules and match groups)."""
    seen = set()
    for rule in SHARED_LINTER.rules:
        found = [v for v in vars(rule).values() if isinstance(v, re.Pattern)]
        for value in vars(rule).values():
            groups = value.values() if isinstance(value, dict) else [value]
            for group in groups:
                if isinstance(group, MatchGroup):
                    found += group.all_regexes()
        for regex in found:
            if (regex.pattern, regex.flags) not in seen:
                seen.add((regex.pattern, regex.flags))
                yield regex


def _texts(rng: random.Random, count: int) -> Iterator[str]:
    for _ in range(count):
        yield "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 14)))


def test_searched_regexes_hold_wherever_they_match() -> None:
    builder = GateBuilder({}, frozenset())
    searched = []
    for regex in _regexes():
        clause = builder.regex(regex)
        atoms = [a for a in (clause.atoms if clause else ()) if a[0] == "search"]
        searched += [(regex, atom) for atom in atoms]
    assert len(searched) >= 5, "the bundled rulesets have such regexes (card numbers, '20 %')"
    rng = random.Random(5)
    matched = 0
    for text in _texts(rng, 15000):
        for regex, atom in searched:
            if any(m.end() > m.start() for m in regex.finditer(text)):
                matched += 1
                assert search_holds(atom, text), (regex.pattern, text)
    assert matched > 200


def test_min_digits_is_a_lower_bound() -> None:
    cases = {
        r"\d": 1,
        r"\b(?:\d{4}[ -]){3}\d{4}\b": 16,
        r"\d{1,3}\s?%|x\d\d": 1,
        r"(?:\d\d)?x": 0,
        r"a(?>\d\d)": 2,
        r"[\d,]+": 0,
        r"(?=\d)\w": 0,
    }
    for pattern, least in cases.items():
        assert min_digits(re.compile(pattern)) == least, pattern
    rng = random.Random(8)
    for regex in _regexes():
        least = min_digits(regex)
        if not least:
            continue
        for text in _texts(rng, 300):
            for m in regex.finditer(text):
                assert len(re.findall(r"\d", m.group())) >= least, (regex.pattern, m.group())


def test_needles_are_marks_nothing_else_folds_to() -> None:
    import sys
    import unicodedata

    for cp in range(sys.maxunicode + 1):
        char = chr(cp)
        if char in _PLAIN_MARKS or 0xD800 <= cp < 0xE000:
            continue
        assert not set(fold.__wrapped__(char)) & _PLAIN_MARKS, hex(cp)
        assert not set(unicodedata.normalize("NFD", char.lower())) & _PLAIN_MARKS, hex(cp)
    atom = search_atom(re.compile(r"\b\d{1,2}\s?%", re.I), frozenset({("%", 0)}))
    assert atom is not None and atom[3] == ("%",) and atom[4] == 1
    assert not search_holds(atom, "12 percent") and search_holds(atom, "Save 12 % today")


PLACEHOLDER_PIECES = [
    "Hi",
    "Hi ",
    "Hey ",
    "Dear",
    "Bonjour ",
    "Chère ",
    "NAME",
    "FIRST NAME",
    "NOM",
    "PRÉNOM",
    "null",
    "NULL",
    "None",
    "nil",
    "NaN",
    "undefined",
    "{",
    "}",
    "{{",
    "}}",
    "{%",
    "%}",
    "%",
    "%s",
    "%(name)s",
    "$",
    "${x}",
    "$first_name",
    "€",
    "[",
    "]",
    "[NAME]",
    "[Customer Full Name]",
    "[object Object]",
    "<<",
    ">>",
    "<name>",
    "*|FNAME|*",
    "FNAME",
    "insert name here",
    "first_name",
    "50",
    " ",
    ", ",
    ",",
    "\n",
    "!",
    ".",
    "euros",
    "thanks",
    "customer",
    "%FIRSTNAME%",
    "20%",
    "x",
]


def _placeholder_texts(rng: random.Random, count: int) -> list[str]:
    return [
        "".join(rng.choice(PLACEHOLDER_PIECES) for _ in range(rng.randint(1, 12)))
        for _ in range(count)
    ]


def test_split_regexes_match_where_one_branch_does() -> None:
    from postlint.regexsplit import branches

    split = [(regex, branches(regex)) for regex in _regexes()]
    split = [(regex, parts) for regex, parts in split if parts is not None]
    assert len(split) >= 2, "automation.placeholder and automation.filler are split"
    rng = random.Random(13)
    matched = 0
    for text in _placeholder_texts(rng, 4000):
        for regex, parts in split:
            whole = regex.search(text) is not None
            assert whole == any(part.search(text) for part in parts), (regex.pattern, text)
            matched += whole
    assert matched > 300


def test_regexes_that_cannot_be_cut_exactly_are_not_split() -> None:
    from postlint.regexsplit import branches

    assert branches(re.compile(r"ab|(cd)|ef|gh")) is None  # group numbers would shift
    verbose = branches(re.compile(r"(?x) ab | cd | ef | g\ h  # no"))
    assert verbose is not None and [p.search("xg h") is not None for p in verbose] == [
        False,
        False,
        False,
        True,
    ]  # the global flag kept: each part compiled with the whole regex's flags
    assert branches(re.compile(r"(?x) ab | cd | ef  # |no\n | gh")) is None  # cut in a comment
    assert branches(re.compile(r"ab|cd")) is None  # too few branches to gain
    assert branches(re.compile(r"xy(?:ab|cd|ef|gh)")) is None  # not one alternation
    parts = branches(re.compile(r"[|]x|\|y|[]|]z|(?:u|v)w", re.I))
    assert parts is not None
    assert [p.pattern for p in parts] == ["[|]x", "\\|y", "[]|]z", "(?:u|v)w"]
    assert all(p.flags == re.compile("", re.I).flags for p in parts)


def test_alternations_whose_branches_share_a_prefix_are_split() -> None:
    """The parser moves a prefix all branches share (``\\b``) out of the alternation: each
    part is that prefix and its branch, and matches where the whole regex does."""
    from postlint.regexsplit import branches

    regex = re.compile(r"\bfoo\s+bar|\bfoo\s+baz|\bqux\b|\bzap(?:py)?", re.I)
    parts = branches(regex)
    assert parts is not None
    assert [p.pattern for p in parts] == [
        r"\bfoo\s+bar",
        r"\bfoo\s+baz",
        r"\bqux\b",
        r"\bzap(?:py)?",
    ]
    for text in ["foo bar", "xfoo bar", "a qux", "quxx", "zappy", "azap", "FOO  BAZ", ""]:
        assert (regex.search(text) is not None) == any(p.search(text) for p in parts), text
    # the shared prefix swallows the branches into one character set: not split
    assert branches(re.compile(r"\bab|\bac|\bad|\bae")) is None


def test_split_regex_rules_give_what_the_ungated_rules_give() -> None:
    from postlint import Post
    from postlint.regexsplit import branches
    from postlint.rules.regex import RegexRule

    ids = {
        rule.meta.id
        for rule in SHARED_LINTER.rules
        if isinstance(rule, RegexRule) and branches(rule.pattern) is not None
    }
    assert "automation.placeholder" in ids
    gated = SHARED_LINTER.with_config(SHARED_LINTER.config)
    gated.gate_after = 0
    ungated = SHARED_LINTER.with_config(SHARED_LINTER.config)
    ungated.gate = False
    rng = random.Random(17)
    posts = [
        Post(
            text=text, id=f"p{i}", lang=rng.choice(("en", "fr")), kind=rng.choice(("post", "reply"))
        )
        for i, text in enumerate(_placeholder_texts(rng, 3000))
    ]
    fired = 0
    for (post, with_gate), (_, without) in zip(
        gated.lint_many(posts), ungated.lint_many(posts), strict=True
    ):
        mine = [(f.rule, f.start, f.end, f.message) for f in with_gate if f.rule in ids]
        assert mine == [(f.rule, f.start, f.end, f.message) for f in without if f.rule in ids], (
            post.text
        )
        fired += bool(mine)
    assert fired > 300


def _lexicon_terms(lang: str, names: tuple[str, ...]) -> list[str]:
    import yaml

    from postlint.resources import rulesets_root

    terms: list[str] = []
    for name in names:
        data = yaml.safe_load((rulesets_root() / "lexicons" / lang / f"{name}.yaml").read_text())
        terms += [t for t in data.get("terms") or [] if isinstance(t, str)]
        terms += [t for t in data.get("lemmas") or [] if isinstance(t, str)]
    return terms


COUNT_NOISE = [
    "our",
    "new",
    "the",
    "shopping",
    "20% off",
    "-30 %",
    "save up to 50%",
    "15 % de remise",
    "50% off on all",
    "don't miss out",
    "limited time only",
    "achetez maintenant",
    "offre limitée",
    "!",
    ",",
    ".",
    "🔥",
    "#Soldes",
    "https://shop.example.com",
    "Code",
    "CODE FLASH50",
]


def test_counted_rules_give_what_the_ungated_rules_give() -> None:
    from postlint import Post
    from postlint.rules.existence import ExistenceRule

    counted = [r for r in SHARED_LINTER.rules if isinstance(r, ExistenceRule) and r.min_matches > 1]
    ids = {rule.meta.id for rule in counted}
    assert "tone.hard-sell" in ids
    gated = SHARED_LINTER.with_config(SHARED_LINTER.config)
    gated.gate_after = 0
    ungated = SHARED_LINTER.with_config(SHARED_LINTER.config)
    ungated.gate = False
    rng = random.Random(23)
    vocabulary = {
        lang: _lexicon_terms(lang, ("promotion", "sales-push")) + COUNT_NOISE
        for lang in ("en", "fr")
    }
    posts = []
    for number in range(3000):
        lang = rng.choice(("en", "fr"))
        pieces = []
        for _ in range(rng.randint(1, 9)):
            piece = rng.choice(vocabulary[lang])
            if rng.random() < 0.2:
                piece = piece.upper()
            pieces.append(piece)
            if rng.random() < 0.3:
                pieces.append(rng.choice(COUNT_NOISE))
        text = rng.choice([" ", " ", ", ", "! ", "\n"]).join(pieces)
        kind = rng.choice(("post", "reply", "comment"))
        posts.append(Post(text=text, id=f"c{number}", lang=lang, kind=kind))
    fired = skipped = 0
    for (post, with_gate), (_, without) in zip(
        gated.lint_many(posts), ungated.lint_many(posts), strict=True
    ):
        mine = [(f.rule, f.start, f.end, f.message) for f in with_gate if f.rule in ids]
        theirs = [(f.rule, f.start, f.end, f.message) for f in without if f.rule in ids]
        assert mine == theirs, post.text
        fired += bool(mine)
    for post in posts[:600]:
        scope = gated._scope_gate(post.lang or "en", post.kind)
        assert scope is not None
        chosen = scope.select(post.text, post, gated._tokenizers[post.lang or "en"])
        skipped += not any(rule in counted for rule, _ in chosen)
    assert fired > 400  # the comparison is between findings, not empty lists
    assert skipped > 50  # and the count does rule posts out


def test_lazy_searched_regexes_select_what_eager_ones_select() -> None:
    from postlint import Post
    from test_gate import _generated

    linter = SHARED_LINTER.with_config(SHARED_LINTER.config)
    linter.gate_after = 0
    rng = random.Random(29)
    posts = _generated(seed=31, count=1500)
    posts += [
        Post(
            text=" ".join(rng.choice(COUNT_NOISE + PIECES) for _ in range(8)), lang=lang, kind=kind
        )
        for lang in ("en", "fr")
        for kind in ("post", "reply")
        for _ in range(200)
    ]
    lazy_used = 0
    for post in posts:
        lang = post.lang or "en"
        scope = linter._scope_gate(lang, post.kind)
        assert scope is not None and scope.lazy
        tokenizer = linter._tokenizers[lang]
        lazy, lazy_bits = scope.select_bits(post.text, post, tokenizer)
        saved = scope.atoms, scope.lazy, scope.lazy_mask
        scope.atoms, scope.lazy, scope.lazy_mask = saved[0] + saved[1], [], 0
        try:
            eager, eager_bits = scope.select_bits(post.text, post, tokenizer)
        finally:
            scope.atoms, scope.lazy, scope.lazy_mask = saved
        assert [r.meta.id for r, _ in lazy] == [r.meta.id for r, _ in eager], post.text
        assert lazy_bits & eager_bits == eager_bits  # regex needs: never fewer bits
        lazy_used += any(atom_mask & lazy_bits for _, atom_mask in scope.lazy)
    assert lazy_used > 100


def test_answered_messages_are_scanned_for_parent_literals_only() -> None:
    """An answered message is scanned by automata holding only the literals with parent
    bits: the bits found equal those of a scan by the automata of every literal."""
    import copy

    rng = random.Random(23)
    words = ["late", "refund", "never", "order", "thanks", "love", "bad", "colis", "retard"]
    for lang in ("en", "fr"):
        gates = SHARED_LINTER._gate_set(lang)
        assert gates is not None
        full = copy.copy(gates)
        full.parent_automaton, full.parent_others = gates.automaton, gates.others
        texts = [
            "Where is my order?! Still nothing after 3 weeks, worst service ever",
            "Merci pour votre retour, votre colis arrive demain. Désolé du retard !",
            "Ça fait deux semaines… toujours pas remboursé. C'est honteux",
        ]
        texts += [" ".join(rng.choice(words) for _ in range(8)) for _ in range(50)]
        for text in texts:
            assert gates.fold_scan(text, parent=True) == full.fold_scan(text, parent=True), text


def test_rules_filed_by_any_key_select_what_unfiled_ones_select() -> None:
    """Rules without a key are looked at only when the post set one of their ``masked`` bits:
    the rules selected are those selected when every one of them is looked at."""
    from test_gate import _generated

    linter = SHARED_LINTER.with_config(SHARED_LINTER.config)
    linter.gate_after = 0
    masked = 0
    for post in _generated(seed=37, count=1500):
        lang = post.lang or "en"
        scope = linter._scope_gate(lang, post.kind)
        assert scope is not None
        tokenizer = linter._tokenizers[lang]
        filed, filed_bits = scope.select_bits(post.text, post, tokenizer)
        saved = scope.unkeyed, scope.masked
        masked = max(masked, len(saved[1]))
        scope.unkeyed, scope.masked = sorted(saved[0] + [i for i, _ in saved[1]]), []
        try:
            every, every_bits = scope.select_bits(post.text, post, tokenizer)
        finally:
            scope.unkeyed, scope.masked = saved
        assert [r.meta.id for r, _ in filed] == [r.meta.id for r, _ in every], post.text
        assert filed_bits == every_bits
    assert masked > 20


def test_echoed_text_precheck_is_necessary() -> None:
    """``_may_share`` (word norms of the reply found as substrings of the folded answered
    message) holds wherever the answered message's word norms share a run with the reply."""
    from postlint.rules.echo import _may_share
    from postlint.tokens import WORD

    rng = random.Random(41)
    words = ["Thanks", "don't", "GONNA", "l'été", "Œuvre", "can't", "it's", "peut-être"]
    words += ["a-t-il", "ΟΔΟΣ", "Σοφία", "naïve", "e\u0301te\u0301", "İstanbul", "we", "order"]
    for lang in ("en", "fr"):
        tokenizer = SHARED_LINTER._tokenizers[lang]
        for _ in range(3000):
            answered = " ".join(rng.choice(words) for _ in range(rng.randrange(8, 16)))
            theirs = [t.norm for t in tokenizer.tokenize(answered) if t.kind == WORD]
            start = rng.randrange(max(1, len(theirs) - 2))
            reply = " ".join(rng.choice(words) for _ in range(3))
            mine = [t.norm for t in tokenizer.tokenize(reply) if t.kind == WORD]
            mine += theirs[start:] + mine
            size = min(8, len(theirs) - start)
            assert _may_share(mine, answered, size), (answered, mine)
