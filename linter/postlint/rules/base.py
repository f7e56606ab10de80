"""What every rule type shares: its common fields, the hits it reports, and match groups.

A rule type is a class with a ``TYPE`` name, a ``PARAMS`` table of the keys it accepts, a
``build`` class method called once when rulesets are compiled, and a ``check`` method called
per post. Built rules are plain picklable objects: the compiled cache stores them as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from ..model import KINDS, LANGS, Severity

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..compile import Compiler
    from ..gatebuild import Alternative, GateBuilder
    from ..model import Post
    from ..tokens import Tokenizer


class ParamError(ValueError):
    """A bad parameter value; ``key`` names the offending key when it is not the rule's."""

    def __init__(
        self,
        message: str,
        key: str | None = None,
        mark: tuple[int | None, int | None] | None = None,
    ) -> None:
        super().__init__(message)
        self.key = key
        self.mark = mark  # (line, column) in the ruleset file, when known


Validator = Callable[[Any], Any]


@dataclass(frozen=True, slots=True)
class Param:
    """One parameter a rule type takes: its check, whether required, its doc."""

    validate: Validator
    required: bool = False
    doc: str = ""


@dataclass(frozen=True, slots=True)
class Hit:
    """One place where a rule fires, in code points of the text it was found in."""

    start: int
    end: int
    args: Mapping[str, str] = field(default_factory=dict)
    suggestion: str | None = None
    level: Severity | None = None  # when the type decides the level (e.g. by registry category)


@dataclass(slots=True)
class RuleMeta:
    """What a ruleset says about a rule besides its matching: id, level, texts."""

    id: str
    type: str
    level: Severity
    message: str
    hint: str = ""
    source: str = ""
    description: str = ""
    langs: tuple[str, ...] = LANGS
    kinds: tuple[str, ...] = KINDS
    platforms: tuple[str, ...] = ()
    path: str = ""
    line: int = 0
    cases: Mapping[str, Any] = field(default_factory=dict)


class Rule:
    """Base class of the built-in and plug-in rule types."""

    TYPE: ClassVar[str] = ""
    PARAMS: ClassVar[Mapping[str, Param]] = {}
    # batch rules see every post of a run (see engine); they define new_state(),
    # prepare(analysis) → a picklable value or None (None: no hit, state unchanged), and
    # check_prepared(analysis, state, prepared); check_batch(analysis, state) is the two
    batch: ClassVar[bool] = False

    def __init__(self, meta: RuleMeta) -> None:
        self.meta = meta

    @classmethod
    def build(cls, meta: RuleMeta, params: Mapping[str, Any], compiler: Compiler) -> Rule:
        raise NotImplementedError

    def applies(self, lang: str, kind: str, platform: str | None) -> bool:
        meta = self.meta
        if lang not in meta.langs or kind not in meta.kinds:
            return False
        return not (meta.platforms and platform and platform.lower() not in meta.platforms)

    def check(self, analysis: Analysis) -> Iterable[Hit]:
        raise NotImplementedError

    def gate(self, b: GateBuilder) -> list[Alternative] | None:
        """A necessary condition for ``check`` to hit, computed once at compile time (see
        ``postlint.gate``): alternatives, each a list of clauses that must all hold. None: no
        condition, the rule runs on every post (the default, right for any rule type)."""
        return None

    def gate_check(self, text: str, post: Post, tokenizer: Tokenizer) -> bool:
        """The rule's own cheap pre-check, for a gate clause ``b.check()``; never False when
        ``check`` could hit."""
        return True


# ------------------------------------------------------------------ validators for PARAMS


def is_str(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ParamError("must be a non-empty string")
    return value


def is_text(value: Any) -> str:
    """Any string, empty included (a replacement may delete)."""
    if not isinstance(value, str):
        raise ParamError("must be a string")
    return value


def is_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ParamError("must be a whole number ≥ 0")
    return value


def is_ratio(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise ParamError("must be a number between 0 and 1")
    return float(value)


def number_at_least(minimum: float) -> Validator:
    """A number (not a bool) no smaller than ``minimum``, as a float."""

    def check(value: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < minimum:
            raise ParamError(f"must be a number ≥ {minimum:g}")
        return float(value)

    return check


def is_bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ParamError("must be true or false")
    return value


def is_regex(value: Any) -> re.Pattern[str]:
    text = is_str(value)
    try:
        return re.compile(text, re.IGNORECASE)
    except re.error as exc:
        raise ParamError(f"bad regular expression {text!r}: {exc}") from None


def one_of(*choices: str) -> Validator:
    def check(value: Any) -> str:
        if value not in choices:
            raise ParamError(f"must be one of: {', '.join(choices)}")
        return str(value)

    return check


def str_list(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ParamError("must be a list of strings")
    return tuple(value)


def per_lang_words(value: Any) -> dict[str, frozenset[str]]:
    """A map of language to words, folded (accents and case do not count)."""
    from ..tokens import fold

    if not isinstance(value, Mapping) or not all(isinstance(v, list) for v in value.values()):
        raise ParamError("must map a language to a list of words")
    return {lang: frozenset(fold(str(w)) for w in words) for lang, words in value.items()}


def first_hits(hits: Iterable[Hit]) -> Iterator[Hit]:
    """The first hit only: one finding per rule and post is enough to act on."""
    for hit in hits:
        yield hit
        return
