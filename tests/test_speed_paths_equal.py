"""Shortcuts taken for speed give exactly what the plain computation gives.

Each test holds one shortcut to a straightforward reference written here: the echoed-text gate
check (only windows ending a streak of the answered message's words are looked up)."""

from __future__ import annotations

import json
import random
from pathlib import Path

from conftest import SHARED_LINTER
from postlint import Post
from postlint.model import Severity
from postlint.rules.base import RuleMeta
from postlint.rules.echo import EchoedTextRule

WORDS = ["we", "are", "sorry", "your", "order", "is", "late", "thanks", "for", "waiting", "ok"]


def _shares_a_run(mine: list[str], theirs: list[str], size: int) -> bool:
    runs = {tuple(theirs[i : i + size]) for i in range(len(theirs) - size + 1)}
    return any(tuple(mine[i : i + size]) in runs for i in range(len(mine) - size + 1))


def test_echoed_text_gate_check_equals_every_window() -> None:
    _ = SHARED_LINTER.compiled
    tokenizer = SHARED_LINTER._tokenizers["en"]
    rng = random.Random(11)
    for size in (1, 2, 3, 5, 8):
        meta = RuleMeta(id="t.echo", type="echoed-text", level=Severity.WARNING, message="m")
        rule = EchoedTextRule(meta, size, 0.6)
        for _ in range(400):
            theirs = [rng.choice(WORDS) for _ in range(rng.randint(0, 14))]
            mine = [rng.choice(WORDS) for _ in range(rng.randint(0, 14))]
            if rng.random() < 0.3 and len(theirs) >= size:  # a copied run, often
                at = rng.randint(0, len(theirs) - size)
                cut = rng.randint(0, len(mine))
                mine[cut:cut] = theirs[at : at + size]
            post = Post(text=" ".join(mine), kind="reply", in_reply_to=" ".join(theirs) or "x")
            expected = bool(theirs) and len(mine) >= size and _shares_a_run(mine, theirs, size)
            assert rule.gate_check(post.text, post, tokenizer) == expected, (mine, theirs, size)


def test_the_json_lines_fast_makers_build_what_the_constructors_build() -> None:
    from dataclasses import fields

    from postlint.model import Origin
    from postlint.sources.fastjson import _filler, _new_origin, _new_post

    origin = _new_origin("a.jsonl", 3, 12, True, None)
    assert origin == Origin(path="a.jsonl", line=3, column=12, escaped=True)
    values = (
        "Hi",
        "p1",
        "reply",
        "fr",
        "x",
        "Allô ?",
        "2026-01-01",
        "acct",
        {"k": [1]},
        origin,
        (),
    )
    post = _new_post(*values)
    expected = Post(
        text="Hi",
        id="p1",
        kind="reply",
        lang="fr",
        platform="x",
        in_reply_to="Allô ?",
        scheduled_at="2026-01-01",
        account="acct",
        meta={"k": [1]},
        origin=origin,
    )
    assert type(post) is Post and post == expected and hash(post) == hash(expected)
    for field in fields(Post):  # meta too, which equality leaves out
        assert getattr(post, field.name) == getattr(expected, field.name), field.name
    # names that are not the class's fields: the class itself is called (its checks apply)
    make = _filler(Origin, ("path", "line"))
    assert make("b", 2) == Origin(path="b", line=2)


def test_fold_long_per_character_equals_fold_on_the_whole_text() -> None:
    from postlint.tokens import fold, fold_long

    whole = fold.__wrapped__  # the reference: NFD of the whole text, marks removed
    chars = [chr(cp) for cp in range(0x80, 0x30000) if not 0xD800 <= cp < 0xE000]
    for i in range(0, len(chars), 64):
        chunk = "".join(chars[i : i + 64])
        for text in (chunk, "A" + "b".join(chunk) + "C", "E" + "e".join(chunk), chunk * 2):
            assert fold_long(text) == whole(text), hex(ord(chunk[0]))
    mixed = "ÇA M’ÉNERVE : Cœur, İstanbul, ΟΔΟΣ Σ, e\u0301te\u0301, 한국어, ﬁn, Ⅻ 🎉" * 2
    assert fold_long(mixed) == whole(mixed)
    assert fold_long("Plain ASCII, It's") == "plain ascii, it's"


def test_copy_paste_counts_the_words_of_the_normalised_text() -> None:
    from postlint.rules.duplicates import normalise

    for text in ["", "   ", "@a https://x.y 12", "Merci !", "one two  three\tfour", "é-è l'a"]:
        words = normalise(text)
        assert (words.count(" ") + 1 if words else 0) == len(words.split()), text


def _bad_words_walking_every_entry(words: list[str], known: frozenset[str], glued: str) -> str:
    import re

    from postlint.rules.echo import squash

    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            piece = " ".join(words[i : i + size])
            if piece in known:
                return piece
    flat = squash(re.sub(r"[^\w]", "", glued))
    for entry in known:
        if " " not in entry and len(entry) >= 8 and entry in flat:
            return entry
    return ""


def test_echoed_handle_glued_entries_are_found_as_by_the_full_walk() -> None:
    from postlint.rules.echo import _bad_words, handle_words

    known = frozenset(["jews", "gas all jews", "gasalljews", "killallofthem", "hateful", "nazis"])
    other = frozenset(["killallofthem", "nazisforever"])
    for handle in ["@GasAllJewss", "@killallofthemxx", "@nazisforeverok", "@Nice_Shop", "@x"]:
        for entries in (known, other, known):  # a second set, then the first again
            expected = _bad_words_walking_every_entry(handle_words(handle), entries, handle)
            assert _bad_words(handle_words(handle), entries, handle) == expected, handle


def test_capitals_count_letters_as_before() -> None:
    from postlint.analysis import Analysis

    _ = SHARED_LINTER.compiled
    text = "SALE NOW!! L'ÉTÉ, C3PO ABC-DEF x2 QUOI?! It's OK aujourd'hui MDR 100%"
    post = Post(text=text, lang="fr")
    analysis = Analysis(post, text, "fr", SHARED_LINTER.compiled, SHARED_LINTER._tokenizers["fr"])
    upper = letters = 0
    first = last = -1
    for token in analysis.tokens:
        if token.kind != "word":
            continue
        n = sum(1 for c in token.text if c.isalpha())
        letters += n
        if n >= 2 and token.text.isupper():
            upper += n
            first = token.start if first < 0 else first
            last = token.end
    assert analysis.capitals() == (upper, letters, (max(first, 0), max(last, 0)))
    assert analysis.tokens is analysis.tokens  # computed once, then read from the instance
    assert "tokens" in vars(analysis)


JSONL_LINES = [
    '{"id": "🎉🎉", "text": "après 🎉 l\'été", "lang": "fr", "extra": {"a": [1, {"b": null}]}}',
    '{"note": "\\ud83c\\udf89 astral escaped", "text": "Hi \\ud83d\\ude00 there \\"you\\""}',
    '{"text": "tab\\tand newline\\n", "kind": "reply", "in_reply_to": "où ? 😡", "n": 1.5}',
    '  {"text":"no spaces","lang":"en","tags":["a","b"]}  ',
    '{"text": "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 letters", "platform": "Threads", "account": "  main "}',
]


def test_fast_json_lines_posts_equal_the_walkers_fields_positions_and_meta() -> None:
    from postlint.sources.batch_json import _Walker
    from postlint.sources.fastjson import fast_post

    for number, line in enumerate(JSONL_LINES, 1):
        start = len(line) - len(line.lstrip())
        walker = _Walker(line, "p.jsonl", first_line=number)
        record, _ = walker.record(start)
        slow = walker.post(start, record, "p.jsonl")
        fast = fast_post(line, start, number, "p.jsonl", "p.jsonl")
        assert fast is not None, line
        assert fast == slow and fast.origin == slow.origin and fast.meta == slow.meta, line


def test_json_lines_positions_with_bom_crlf_and_astral_characters(tmp_path: Path) -> None:
    """A finding's line and column (code points) are the same whether the file has a UTF-8
    byte-order mark, CRLF line ends, or astral characters before the text."""
    from postlint.sources import read_file, stream_file

    text = "Gros bug !!! Désolés que vous le preniez ainsi."
    body = "\n".join(
        [
            json.dumps({"id": "a", "x": "🎉𝔘", "text": text, "lang": "fr"}, ensure_ascii=False),
            json.dumps({"id": "b", "text": text, "lang": "fr"}),  # escaped: start of value
            json.dumps({"id": "c", "text": "🎉 " + text, "lang": "fr"}, ensure_ascii=False),
        ]
    )
    spans = {}
    for name, data in [
        ("plain", body.encode()),
        ("bom", b"\xef\xbb\xbf" + body.encode()),
        ("crlf", body.replace("\n", "\r\n").encode()),
    ]:
        path = tmp_path / f"{name}.jsonl"
        path.write_bytes(data)
        posts = read_file(path, max_bytes=1 << 20)
        if b"\r" not in data:
            assert list(stream_file(path, max_bytes=1 << 20)) == posts
        found = [f for _, fs in SHARED_LINTER.lint_many(posts) for f in fs]
        spans[name] = [(f.post_id, f.rule, f.span) for f in found]
        assert spans[name], name
    assert spans["plain"] == spans["bom"] == spans["crlf"]
    line_a = body.split("\n")[0]
    column = len(line_a[: line_a.index(text)]) + 1  # code points, astral ones count once
    posts = read_file(tmp_path / "bom.jsonl", max_bytes=1 << 20)
    found = SHARED_LINTER.lint(posts[0])
    assert found and all(f.span.line == 1 for f in found)
    assert all(f.span.column == column + f.start for f in found)


def test_the_quick_fine_test_rejects_only_what_no_alternative_meets() -> None:
    from postlint.gatescope import _fine_test

    rng = random.Random(5)
    for _ in range(3000):
        width = rng.randint(1, 12)
        fine = tuple(rng.randint(1, (1 << width) - 1) for _ in range(rng.randint(1, 6)))
        if rng.random() < 0.3:  # alternatives sharing bits, or one holding only the shared ones
            shared = rng.randint(1, (1 << width) - 1)
            fine = tuple(bits | shared for bits in fine) + ((shared,) if rng.random() < 0.3 else ())
        common, some = _fine_test(fine)
        for _ in range(20):
            sat = rng.randint(0, (1 << width) - 1)
            holds = any(sat & bits == bits for bits in fine)
            rejected = sat & common != common or bool(some and not sat & some)
            assert not (holds and rejected), (fine, sat)
