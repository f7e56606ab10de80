"""``hashtag-registry``: the post uses a tag the registry knows (``rulesets/hashtags/``).

The level follows the tag's category and the post around it:

- a tragedy, attack, disaster, violence, death, trial, movement or commemoration tag next to
  promotion or a joke (emoji such as 😂, "lol", « mdr ») → error: it capitalises on the event;
- the same tag in a sober or neutral post → info: the tag is legitimate there, but say what
  it is about so the writer can check;
- a misunderstood tag → warning (error next to promotion or a joke): its real meaning differs
  from how it reads (#WhyIStayed); info when the post's words are about its cause (``on_topic``);
- a hijack-prone form (#Ask<Brand>, #My<Brand>Story, #DemandezÀ<Marque>) → warning: it invites
  replies you cannot control;
- with ``bare_max_words``, a tragedy or cause tag posted with (almost) no words of the brand's
  own and none of condolence (``own_words``) → warning: a brand name or logo next to a bare
  tragedy tag reads as riding the event (3 Suisses' #JeSuisCharlie visual, 2015).
- with ``on_topic``, the same tag among other tags of the post's own (#SummerVibes,
  #OpenDay) in a post whose words say nothing of the event or the cause → warning: it rides
  the tag for reach (hashtag stuffing).

Look-ups are one dict access per hashtag (plus a few patterns); the context is matched only
when a registry tag is found.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ..hashtags import Registry, TagInfo, load_registry, registry_files
from ..memo import remember
from ..model import Severity
from ..tokens import HASHTAG_RE, fold
from .base import Hit, Param, ParamError, Rule, RuleMeta, is_int, is_str, str_list

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..compile import Compiler
    from ..gatebuild import Alternative, GateBuilder
    from ..matchgroup import MatchGroup
    from ..model import Post
    from ..tokens import Tokenizer

HEAVY = frozenset(
    {"tragedy", "attack", "disaster", "violence", "death", "trial", "movement", "commemoration"}
)
CONTEXTS = ("promotion", "joke", "neutral", "misunderstood", "hijack-prone")
OPTIONAL_CONTEXTS = ("bare", "unrelated")
MEMO_SIZE = 8192
VARIATION = "\ufe0f\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff"


def _reasons(value: Any) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise ParamError("'reasons' maps each context to a sentence", "reasons")
    missing = [c for c in CONTEXTS if not isinstance(value.get(c), str)]
    unknown = [c for c in value if c not in CONTEXTS + OPTIONAL_CONTEXTS]
    if missing or unknown:
        raise ParamError(
            f"'reasons' needs these keys: {', '.join(CONTEXTS)} (optional: "
            f"{', '.join(OPTIONAL_CONTEXTS)})",
            "reasons",
        )
    return dict(value)


def _group(value: Any) -> Any:
    return value  # compiled in build()


class HashtagRegistryRule(Rule):
    TYPE = "hashtag-registry"
    PARAMS = {
        "registry": Param(is_str, doc="folder of registry files under rulesets/ (hashtags)"),
        "promotion": Param(_group, required=True, doc="selling next to the tag (a match group)"),
        "joke": Param(_group, required=True, doc="jokes next to the tag (a match group)"),
        "joke_emoji": Param(str_list, doc="emoji that make a post read as a joke"),
        "reasons": Param(_reasons, required=True, doc="the {reason} sentence of each context"),
        "max_findings": Param(is_int, doc="registry tags reported per post (default 3)"),
        "bare_max_words": Param(
            is_int, doc="a heavy tag with at most this many words of text around it is 'bare'"
        ),
        "own_words": Param(_group, doc="condolence words that keep a short post from being bare"),
        "on_topic": Param(
            _group,
            doc="words that show a post is about the tag's event or cause; a heavy tag among "
            "other tags in a post with none of them is 'unrelated'",
        ),
    }
    bare_max_words: int = -1  # class defaults: rules pickled before these params still load
    own_words: MatchGroup | None = None
    on_topic: MatchGroup | None = None

    def __init__(
        self,
        meta: RuleMeta,
        registry: Registry,
        promotion: MatchGroup,
        joke: MatchGroup,
        joke_emoji: frozenset[str],
        reasons: dict[str, str],
        max_findings: int,
        bare_max_words: int = -1,
        own_words: MatchGroup | None = None,
        on_topic: MatchGroup | None = None,
    ) -> None:
        super().__init__(meta)
        self.registry = registry
        self.promotion = promotion
        self.joke = joke
        self.joke_emoji = joke_emoji
        self.reasons = reasons
        self.max_findings = max_findings
        self.bare_max_words = bare_max_words
        self.own_words = own_words
        self.on_topic = on_topic
        self._memo: dict[tuple[str, str], TagInfo | None] = {}

    @classmethod
    def build(cls, meta: RuleMeta, params: Mapping[str, Any], compiler: Compiler) -> Rule:
        from ..resources import rulesets_root

        folder = rulesets_root() / params.get("registry", "hashtags")
        files = registry_files(folder)
        if not files:
            raise ParamError(f"no registry files in {folder}", "registry")
        emoji = frozenset(e.strip(VARIATION) for e in params.get("joke_emoji", ()))
        bare = params.get("bare_max_words", -1)
        if bare >= 0 and "bare" not in params["reasons"]:
            raise ParamError("'bare_max_words' needs a 'bare' sentence in 'reasons'", "reasons")
        own = params.get("own_words")
        topic = params.get("on_topic")
        if topic is not None and "unrelated" not in params["reasons"]:
            raise ParamError("'on_topic' needs an 'unrelated' sentence in 'reasons'", "reasons")
        return cls(
            meta,
            load_registry(files),
            compiler.group(params["promotion"], meta.langs),
            compiler.group(params["joke"], meta.langs),
            emoji,
            params["reasons"],
            params.get("max_findings", 3),
            bare,
            compiler.group(own, meta.langs) if own is not None else None,
            compiler.group(topic, meta.langs) if topic is not None else None,
        )

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_memo"] = {}
        return state

    def lookup(self, folded: str, lang: str) -> TagInfo | None:
        """Registry look-up, memoised (patterns cost a few regex searches per new tag)."""
        key = (folded, lang)
        memo = self._memo
        if key in memo:
            return memo[key]
        return remember(memo, key, self.registry.lookup(folded, lang), MEMO_SIZE)

    def gate(self, b: GateBuilder) -> list[Alternative]:
        return [[b.atom("has", "#"), b.check()]]

    def gate_check(self, text: str, post: Post, tokenizer: Tokenizer) -> bool:
        """Some hashtag of the text is in the registry (memoised look-ups)."""
        lang = tokenizer.tables.lang
        return any(self.lookup(fold(tag[1:]), lang) for tag in HASHTAG_RE.findall(text))

    def check(self, analysis: Analysis) -> Iterator[Hit]:
        if "#" not in analysis.text:
            return
        tags = analysis.hashtags
        if not tags:
            return
        lookup = self.lookup
        lang = analysis.lang
        context: tuple[str, str] | None = None
        seen: set[str] = set()
        for token in tags:
            if token.norm in seen:
                continue
            seen.add(token.norm)
            info = lookup(token.norm, lang)
            if info is None:
                continue
            if context is None:
                context = self._context(analysis)
                if context[0] == "neutral":
                    if self._bare(analysis):
                        context = ("bare", "")
                    elif self._unrelated(analysis, lang):
                        context = ("unrelated", "")
            level, reason = self._verdict(info, context, analysis)
            yield Hit(
                token.start,
                token.end,
                {
                    "tag": token.text,
                    "about": info.about,
                    "category": info.category,
                    "source": info.source,
                    "reason": reason,
                    "context": context[1],
                },
                level=level,
            )
            if len(seen) >= self.max_findings:
                return

    def _verdict(
        self, info: TagInfo, context: tuple[str, str], analysis: Analysis
    ) -> tuple[Severity, str]:
        kind = context[0]
        reasons = self.reasons
        if info.category == "hijack-prone":
            return Severity.WARNING, reasons["hijack-prone"]
        if kind in ("promotion", "joke"):
            return Severity.ERROR, reasons[kind].format(match=context[1])
        if info.category == "misunderstood":
            # used for what it is about ("if #WhyIStayed stories feel familiar, our helpline
            # is free"): the writer knows its meaning
            if kind == "neutral" and self._on_topic(analysis):
                return Severity.INFO, reasons["neutral"]
            return Severity.WARNING, reasons["misunderstood"]
        if kind in ("bare", "unrelated") and info.category in HEAVY:
            return Severity.WARNING, reasons[kind]
        return Severity.INFO, reasons["neutral"]

    def _bare(self, analysis: Analysis) -> bool:
        """Few words of the post's own around its tags, and none of condolence."""
        limit = self.bare_max_words
        if limit < 0:
            return False
        if analysis.word_count > limit:
            return False
        return self.own_words is None or self.own_words.first(analysis) is None

    def _jokey(self, emoji: str) -> bool:
        """A joke emoji, also as the first of a sequence ("🙋\u200d♀️", "🙋🏽")."""
        bare = emoji.strip(VARIATION)
        return bare in self.joke_emoji or bare[:1] in self.joke_emoji

    def _on_topic(self, analysis: Analysis) -> bool:
        return self.on_topic is not None and self.on_topic.first(analysis) is not None

    def _unrelated(self, analysis: Analysis, lang: str) -> bool:
        """A post whose words say nothing of the event or the cause, with other tags of its
        own beside the registry tag: the tag is there for reach ("Pool's open ☀️ #PrayForX
        #SummerVibes", « Portes ouvertes samedi #PolytechniqueSeSouvient #GirlPower »)."""
        if self.on_topic is None:
            return False
        if all(self.lookup(t.norm, lang) is not None for t in analysis.hashtags):
            return False  # no tag of the post's own beside the registry's
        return not self._on_topic(analysis) and (
            self.own_words is None or self.own_words.first(analysis) is None
        )

    def _context(self, analysis: Analysis) -> tuple[str, str]:
        """("promotion" | "joke" | "neutral", the words that show it)."""
        text = analysis.text
        span = self.promotion.first(analysis)
        if span is not None:
            return "promotion", text[span[0] : span[1]]
        span = self.joke.first(analysis)
        if span is not None:
            return "joke", text[span[0] : span[1]]
        if self.joke_emoji:
            for token in analysis.tokens:
                if token.kind == "emoji" and self._jokey(token.text):
                    return "joke", token.text
        return "neutral", ""
