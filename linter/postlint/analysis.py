"""What rules read about a post, each part computed on first use and then kept.

Rules never tokenize or match on their own: they ask the analysis, so a post is tokenized
once and every phrase of every rule is matched in one pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from .cache import REGEX_GATES
from .langid import guess_lang
from .memo import remember
from .model import Post
from .tokens import EMOJI, HASHTAG, MENTION, URL, WORD, Token

if TYPE_CHECKING:
    from .cache import Compiled
    from .tokens import Tokenizer


T = TypeVar("T")


class cached_property(Generic[T]):  # noqa: N801  (named like the one it replaces)
    """``functools.cached_property`` without its lock (Python 3.11 takes an RLock on every
    first computation, a few microseconds; an analysis belongs to one thread). The value is
    stored in the instance's ``__dict__``, which later reads find before this descriptor."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> cached_property[T]: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...
    def __get__(self, instance: object | None, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value


class Analysis:
    def __init__(
        self, post: Post, text: str, lang: str, compiled: Compiled, tokenizer: Tokenizer
    ) -> None:
        self.post = post
        self.text = text
        self.lang = lang
        self.kind = post.kind
        self._compiled = compiled
        self._tokenizer = tokenizer
        self._regex_needs: dict[tuple[str, int], int] | None = None
        self._gate_bits = 0
        self._regex: dict[tuple[str, int], list[tuple[int, int]]] = {}  # see ``regexes_spans``

    def gated(self, regex_needs: dict[tuple[str, int], int], bits: int) -> None:
        """The gate's verdict on this post's text (``gate.GateSet.regex_needs``): a regex
        whose needed bits are not all in ``bits`` cannot match, and is not run."""
        self._regex_needs = regex_needs
        self._gate_bits = bits

    @property
    def is_gated(self) -> bool:
        """Whether the gate looked at this post (see ``gated``)."""
        return self._regex_needs is not None

    def allowed(self, regexes: tuple[re.Pattern[str], ...]) -> list[re.Pattern[str]]:
        """The regexes the gate leaves a chance on this post, in order: those whose needed
        bits the post has (all of them when no gate looked at it; needs looked up once per
        process)."""
        bits = self._gate_bits
        return [r for r, _, need in _needs_of(regexes, self._regex_needs) if bits & need == need]

    @cached_property
    def tokens(self) -> list[Token]:
        return self._tokenizer.tokenize(self.text, self.lang)

    @cached_property
    def _phrase_hits(self) -> dict[int, list[tuple[int, int]]]:
        index = self._compiled.indexes.get(self.lang)
        return index.match(self.tokens) if index is not None else {}

    def regexes_spans(self, regexes: tuple[re.Pattern[str], ...]) -> list[tuple[int, int]]:
        """Non-empty matches of each of ``regexes`` in turn, concatenated; each regex's are
        computed once per post for every group sharing it, and skipped when the gate says the
        post lacks what a match needs. A group's regexes and their needed bits are looked up
        once per process (``_needs_of``): most posts lack the bits of most of them (a long
        alternation split into dozens of regexes)."""
        found: list[tuple[int, int]] = []
        bits = self._gate_bits
        for regex, key, need in _needs_of(regexes, self._regex_needs):
            if bits & need == need:
                found += self._spans(regex, key)
        return found

    def _spans(self, regex: re.Pattern[str], key: tuple[str, int]) -> list[tuple[int, int]]:
        """The matches of ``regex`` once the gate's bits let it through (memoised per post;
        scanned only when the post has a prefix a match must start with)."""
        memo = self._regex
        spans = memo.get(key)
        if spans is None:
            gate = REGEX_GATES.get(key)
            if gate is not None:
                folded = self.folded_text
                for prefix in gate:
                    if prefix in folded:
                        break
                else:
                    memo[key] = spans = []
                    return spans
            spans = [m.span() for m in regex.finditer(self.text) if m.end() > m.start()]
            memo[key] = spans
        return spans

    @cached_property
    def folded_text(self) -> str:
        return self.text.casefold()

    def phrase_spans(self, key: int, hashtags_only: bool = False) -> list[tuple[int, int]]:
        """Character spans of the phrases registered under ``key`` that this post contains."""
        hits = self._phrase_hits.get(key)
        if not hits:
            return []
        tokens = self.tokens
        if hashtags_only:
            return [
                (tokens[i].start, tokens[j - 1].end) for i, j in hits if tokens[i].kind == HASHTAG
            ]
        return [(tokens[i].start, tokens[j - 1].end) for i, j in hits]

    @cached_property
    def hashtags(self) -> list[Token]:
        """The post's hashtag tokens (empty without tokenizing when there is no '#')."""
        if "#" not in self.text:
            return []
        return [t for t in self.tokens if t.kind == HASHTAG]

    @cached_property
    def word_count(self) -> int:
        """How many word tokens the post has (no hashtags, mentions, links or emoji)."""
        return sum(1 for t in self.tokens if t.kind == WORD)

    @cached_property
    def reply(self) -> Analysis | None:
        """The analysis of the message this post answers, when there is one, in the language
        that message is written in (a French complaint answered in English is still read with
        the French lexicons; the reply's language when its words do not tell)."""
        answered = self.post.in_reply_to
        if not answered:
            return None
        lang = guess_lang(answered, self.lang)
        parent = Post(text=answered, lang=lang, kind="post")
        return Analysis(parent, answered, lang, self._compiled, self._tokenizer)

    def tokens_of(self, text: str) -> list[Token]:
        """Another text tokenized the way this post is (its language's rules), for rules
        that compare runs of words between the two."""
        return self._tokenizer.tokenize(text, self.lang)

    # ---------------------------------------------------------------- counts

    def occurrences(self, measure: str) -> list[tuple[int, int]]:
        if measure == "exclamations":
            text = self.text
            return [(i, i + 1) for i, c in enumerate(text) if c == "!"]
        if measure == "exclamation_run":
            return self._longest_run("!")
        if measure == "characters":
            return [(0, len(self.text))]
        kind = {"emoji": EMOJI, "hashtags": HASHTAG, "mentions": MENTION, "links": URL}[measure]
        return [(t.start, t.end) for t in self.tokens if t.kind == kind]

    def _longest_run(self, char: str) -> list[tuple[int, int]]:
        best = (0, 0)
        text = self.text
        i = text.find(char)
        while i != -1:
            j = i
            while j < len(text) and text[j] == char:
                j += 1
            if j - i > best[1] - best[0]:
                best = (i, j)
            i = text.find(char, j)
        return [best] if best[1] > best[0] else []

    def capitals(self) -> tuple[int, int, tuple[int, int]]:
        """(upper-case letters, letters, span of the upper-case words) over plain words."""
        upper = letters = 0
        first = last = -1
        for token in self.tokens:
            if token.kind != WORD:
                continue
            word = token.text
            n = len(word) if word.isalpha() else sum(1 for c in word if c.isalpha())
            letters += n
            if n >= 2 and word.isupper():
                upper += n
                if first < 0:
                    first = token.start
                last = token.end
        return upper, letters, (max(first, 0), max(last, 0))


# A group's regexes with their keys and needed bits (0: none), per gate table:
# (id of the regex tuple, id of the table) → (the tuple, the table, the entries). The tuple and
# table are kept in the value, so an id reused by another object is never mistaken for them.
RegexNeeds = tuple[tuple[re.Pattern[str], tuple[str, int], int], ...]
_NEEDS: dict[tuple[int, int], tuple[object, object, RegexNeeds]] = {}
_NO_NEEDS: dict[tuple[str, int], int] = {}  # the table of a post no gate looked at
NEEDS_KEPT = 4096


def _needs_of(
    regexes: tuple[re.Pattern[str], ...], needs: dict[tuple[str, int], int] | None
) -> RegexNeeds:
    """(regex, key, bits it needs) for each of ``regexes`` under the gate table ``needs``."""
    table = _NO_NEEDS if needs is None else needs
    memo_key = (id(regexes), id(table))
    found = _NEEDS.get(memo_key)
    if found is not None and found[0] is regexes and found[1] is table:
        return found[2]
    entries = tuple(
        (regex, (regex.pattern, regex.flags), table.get((regex.pattern, regex.flags)) or 0)
        for regex in regexes
    )
    return remember(_NEEDS, memo_key, (regexes, table, entries), NEEDS_KEPT)[2]
