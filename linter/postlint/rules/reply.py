"""``reply-context``: a reply judged against the message it answers (``in_reply_to``).

A cheerful line, a sales push or a stock formula is harmless on its own and tone-deaf in
answer to a complaint, a bereavement or a cry for help: this type reads both texts.

- ``answered``: what makes the answered message a complaint, grief or distress. A match just
  after a negation ("not damaged", « pas cassé ») does not count, and a message with at least
  as many ``praise`` matches as ``answered`` ones reads as thanks, not as a complaint (praise
  trailed by an ellipsis or an eye-roll, "bravo…", "great job 🙄", or followed in the same sentence
  by a superlative complaint or one after a "but" ("congrats on the worst airline", "thanks,
  but it is still missing") is sarcasm or a complaint and does not count; so is any praise
  in a message that matches ``sarcasm``: "thanks for losing my bag… great service") —
  unless it matches ``serious`` (grief, distress), which praise never cancels and which can
  raise the level (``serious_level``).
  In a rule without ``answered`` (the macro rule), a short answered message that matches
  ``praise`` and not ``sarcasm`` is a thank-you: a stock courtesy ("happy to help!") is the
  right answer to "thx for the quick reply".
- ``inquiry``: an answered message this matches is a practical question ("how much does a
  cremation cost?", « où se garer pour les obsèques ? »): its ``serious`` words are its topic,
  not the asker's loss, so they count neither as grief nor as trouble.
- ``sympathy`` and ``thanked``: when the answered message offers sympathy to the account
  (condolences for one of its own, "RIP", « sincères condoléances »), a reply that thanks for
  it ("thank you for your kind words", « merci pour ce beau message ») is the right answer.
- ``reply``: the reply must contain this group (cheerful words, a sales push).
- ``unless``: the reply is fine when it contains this group (acknowledgement, next step).
  ``serious_unless`` replaces it when the message is grief or distress: there a next step
  alone ("DM us your order number") is not enough, the reply must acknowledge the person.
- ``sign_off`` and ``acknowledged``: a closing wish ("have a nice day", « bonne journée ») is
  only politeness once the reply has owned the problem: ``reply`` matches inside a ``sign_off``
  match do not count when the reply also matches ``acknowledged``.
- ``quiet_on_topic``: the reply is fine when it picks up a content word of the message (it
  answers with facts rather than ignoring what was said).
- ``canned``: stock formulas; the reply must be made mostly of them (``canned_ratio`` of its
  content words) and share no content word with the message — it would fit any message.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ..model import Severity
from ..tokens import HASHTAG, WORD, Token
from .base import (
    Hit,
    Param,
    ParamError,
    Rule,
    RuleMeta,
    is_bool,
    is_int,
    is_ratio,
    one_of,
    per_lang_words,
)

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..compile import Compiler
    from ..gatebuild import Alternative, GateBuilder
    from ..matchgroup import MatchGroup

GROUP_PARAMS = (
    "answered",
    "serious",
    "inquiry",
    "praise",
    "sarcasm",
    "sympathy",
    "thanked",
    "reply",
    "unless",
    "serious_unless",
    "canned",
    "sign_off",
    "acknowledged",
)
NEGATION_WINDOW = 3  # tokens before a match that may negate it ("not really damaged")
PREFIX = 5  # two content words sharing their first letters count as one word (stemming lite)

DEFAULT_NEGATORS = {
    "en": ("not", "n't", "no", "never", "nothing", "without", "hardly", "nor"),
    "fr": ("pas", "jamais", "aucun", "aucune", "sans", "ni", "rien", "guere"),
}
# "don't forget to rate", « n'oubliez pas de noter »: a negated verb of forgetting or hesitating
# is an invitation, so the negation it carries does not cancel what follows (folded norms)
NOT_NEGATING_AFTER = frozenset({"forget", "hesitate", "miss"})  # don't ___
# … n'oubliez pas; and "oh no", « oh non », an exclamation that negates nothing after it
NOT_NEGATING_BEFORE = frozenset(
    {"oubliez", "oublie", "hesitez", "manquez", "ratez", "loupez", "oh", "ohh", "ah", "aw"}
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A thank-you note answered with a courtesy is a few words long ("thx for the quick reply",
# « merci pour votre aide, tout fonctionne »); a brand's post that thanks in passing is longer.
THANK_YOU_MAX_WORDS = 15

# Function words: they carry no topic, so they neither count as canned nor as shared.
DEFAULT_STOP_WORDS = {
    "en": _words(
        "'d 'll 'm 're 's 've a about no on yes again all also am an and any are as at be been "
        "being but by ca can could dear did do does for from get got had has have he hello her "
        "here hey hi his how i if in into is it its just may me might more most much must my n't "
        "not now of oh ok or our ours out over please really shall she should so some still than "
        "thank thanks that the their them then there these they this those to too up us very was "
        "we well were what when where which who why will with wo would you your yours"
    ),
    "fr": _words(
        "on non oui a ai ainsi alors as au aux avait avez avoir avons ayez ayons bien bonjour "
        "bonsoir c' ca car ce cela ces cet cette chez comme d' dans de deja des donc dont du "
        "elle elles en encore entre es est et etait ete etes etre eu faire fait il ils j' je "
        "l' la le les leur leurs lui m' ma mais me meme merci mes moi mon n' ne ni nos notre "
        "nous ont ou par "
        "pas peut plait plus pour pouvez pouvons puisse puissions qu' que qui quoi s' sa salut "
        "sans se ses si sommes son sont sous suis sur t' ta te tes toi ton tous tout toute "
        "toutes tres tu un une vers voici vos votre vous vraiment y"
    ),
}


def _group(value: Any) -> Any:
    return value  # compiled in build(), where the compiler is at hand


class ReplyContextRule(Rule):
    TYPE = "reply-context"
    PARAMS = {
        "answered": Param(_group, doc="the answered message must contain this group"),
        "serious": Param(_group, doc="answered-message group praise never cancels"),
        "serious_level": Param(one_of("info", "warning", "error"), doc="level when serious"),
        "inquiry": Param(_group, doc="answered message that is a practical question"),
        "praise": Param(_group, doc="answered-message group that reads as thanks"),
        "sarcasm": Param(_group, doc="answered-message group that makes its praise sarcastic"),
        "sympathy": Param(_group, doc="answered-message group: sympathy offered to the account"),
        "thanked": Param(_group, doc="reply group: thanks for sympathy, the right answer to it"),
        "reply": Param(_group, doc="the reply must contain this group"),
        "unless": Param(_group, doc="stay quiet when the reply contains this group"),
        "serious_unless": Param(_group, doc="replaces 'unless' when the message is serious"),
        "sign_off": Param(_group, doc="closing wishes that are no cheer once acknowledged"),
        "acknowledged": Param(_group, doc="what makes a sign-off mere politeness"),
        "quiet_on_topic": Param(is_bool, doc="stay quiet when the reply shares a content word"),
        "canned": Param(_group, doc="stock formulas the reply must be made of"),
        "canned_ratio": Param(is_ratio, doc="share of content words in stock formulas (0.6)"),
        "min_words": Param(is_int, doc="fewest content words for a canned reply (3)"),
        "without_context": Param(
            one_of("quiet", "info"), doc="canned reply with no in_reply_to: quiet or info"
        ),
        "formulas_without_context": Param(
            is_int, doc="with no in_reply_to: warn from this many distinct stock formulas (off)"
        ),
        "stop_words": Param(per_lang_words, doc="per language: words that carry no content"),
        "negators": Param(per_lang_words, doc="per language: words that negate a match"),
    }

    def __init__(self, meta: RuleMeta, groups: dict[str, MatchGroup], options: dict[str, Any]):
        super().__init__(meta)
        self.groups = groups
        self.serious_level: Severity | None = options.get("serious_level")
        self.quiet_on_topic: bool = options.get("quiet_on_topic", False)
        self.canned_ratio: float = options.get("canned_ratio", 0.6)
        self.min_words: int = options.get("min_words", 3)
        self.without_context: str = options.get("without_context", "quiet")
        self.formulas_without_context: int = options.get("formulas_without_context", 0)
        self.stop_words: dict[str, frozenset[str]] = options.get("stop_words") or DEFAULT_STOP_WORDS
        self.negators: dict[str, frozenset[str]] = options.get("negators") or {
            lang: frozenset(words) for lang, words in DEFAULT_NEGATORS.items()
        }

    @classmethod
    def build(cls, meta: RuleMeta, params: Mapping[str, Any], compiler: Compiler) -> Rule:
        names = GROUP_PARAMS
        groups = {n: compiler.group(params[n], meta.langs) for n in names if n in params}
        if not {"reply", "unless", "canned"} & set(groups):
            raise ParamError("needs at least one of 'reply', 'unless' or 'canned'", "reply")
        options = {k: v for k, v in params.items() if k not in names}
        if "serious_level" in options:
            options["serious_level"] = Severity[options["serious_level"].upper()]
        return cls(meta, groups, options)

    # ---------------------------------------------------------------- check

    def gate(self, b: GateBuilder) -> list[Alternative]:
        """A reply: the answered message has its trouble words, the reply its own groups;
        without a message answered, only a canned reply (info, or several formulas)."""
        groups = self.groups
        reply: Alternative = [b.atom("reply")]
        if "answered" in groups:
            reply.append(b.parent(b.group(groups["answered"], any_lang=True)))
        reply += [b.group(groups[name]) for name in ("reply", "canned") if name in groups]
        alternatives: list[Alternative] = [reply]
        if (self.without_context == "info" or self.formulas_without_context) and "canned" in groups:
            alternatives.append([b.atom("noreply"), b.group(groups["canned"])])
        return alternatives

    def check(self, analysis: Analysis) -> Iterator[Hit]:
        answered = analysis.reply
        if answered is None:
            yield from self._without_context(analysis)
            return
        level: Severity | None = None
        found = ""
        serious = False
        if "answered" in self.groups:
            trouble = self.trouble(answered)
            if trouble is None:
                return
            found, serious = trouble
            if serious:
                level = self.serious_level
        elif self._only_thanks(answered):
            return
        groups = self.groups
        if self._thanks_for_sympathy(analysis, answered):
            return
        excuse = groups.get("serious_unless") if serious else None
        excuse = excuse or groups.get("unless")
        if excuse is not None and excuse.spans(analysis):
            return
        strict = serious and "serious_unless" in groups  # only an acknowledgement will do
        if self.quiet_on_topic and not strict and self.shared_words(analysis, answered):
            return
        start, end = 0, len(analysis.text.rstrip())
        if "reply" in groups:
            spans = self._without_polite_sign_off(
                self._affirmed(groups["reply"], analysis), analysis
            )
            if not spans:
                return
            start, end = spans[0]
        if "canned" in groups:
            formulas = groups["canned"].spans(analysis)
            if not self.is_canned(analysis, formulas=formulas) or self.shared_words(
                analysis, answered, formulas
            ):
                return
        args = {"match": analysis.text[start:end], "answered": found}
        yield Hit(start, end, args, level=level)

    def _without_context(self, analysis: Analysis) -> Iterator[Hit]:
        """No message answered: a reply stitched from several distinct stock formulas is a
        macro whatever it answers (a warning); one made only of them is info when asked."""
        canned = self.groups.get("canned")
        if canned is not None and self.formulas_without_context:
            formulas = _dedupe(canned.spans(analysis))
            if len(formulas) >= self.formulas_without_context:
                text = analysis.text
                quoted = "', '".join(text[s:e] for s, e in formulas[:3])
                yield Hit(formulas[0][0], formulas[-1][1], {"match": quoted, "answered": ""})
                return
        if (
            self.without_context == "info"
            and "canned" in self.groups
            and self.is_canned(analysis, strict=True)
        ):
            end = len(analysis.text.rstrip())
            yield Hit(0, end, {"match": analysis.text[:end], "answered": ""}, level=Severity.INFO)

    def trouble(self, answered: Analysis) -> tuple[str, bool] | None:
        """(first troubling words, serious?) when the answered message is a complaint, grief
        or distress; None when it is not, or when its thanks outweigh its complaints."""
        spans = self._affirmed(self.groups["answered"], answered)
        if not spans:
            return None
        text = answered.text
        serious = self.groups.get("serious")
        serious_spans = self._affirmed(serious, answered) if serious is not None else []
        inquiry = self.groups.get("inquiry")
        if serious_spans and inquiry is not None and inquiry.first(answered) is not None:
            spans = [(s, e) for s, e in spans if not _overlaps(s, e, serious_spans)]
            if not spans:
                return None
            serious_spans = []
        if serious_spans:
            s, e = serious_spans[0]
            return text[s:e], True
        praise, sarcasm = self.groups.get("praise"), self.groups.get("sarcasm")
        if praise is not None and (sarcasm is None or sarcasm.first(answered) is None):
            thanks = [
                e
                for _, e in self._affirmed(praise, answered)
                if not _sarcastic(text, e) and not _undercut(text, e, spans)
            ]
            if len(thanks) >= len(spans):
                return None
        s, e = spans[0]
        return text[s:e], False

    # ---------------------------------------------------------------- helpers

    def _only_thanks(self, answered: Analysis) -> bool:
        """The answered message is a short thank-you that neither mocks nor complains."""
        praise, sarcasm = self.groups.get("praise"), self.groups.get("sarcasm")
        return (
            praise is not None
            and answered.word_count <= THANK_YOU_MAX_WORDS
            and praise.first(answered) is not None
            and (sarcasm is None or sarcasm.first(answered) is None)
        )

    def _thanks_for_sympathy(self, reply: Analysis, answered: Analysis) -> bool:
        sympathy, thanked = self.groups.get("sympathy"), self.groups.get("thanked")
        return (
            sympathy is not None
            and thanked is not None
            and thanked.first(reply) is not None
            and sympathy.first(answered) is not None
        )

    def _without_polite_sign_off(
        self, spans: list[tuple[int, int]], analysis: Analysis
    ) -> list[tuple[int, int]]:
        """``spans`` less those inside a sign-off, when the reply acknowledges the problem."""
        sign_off, acknowledged = self.groups.get("sign_off"), self.groups.get("acknowledged")
        if not spans or sign_off is None or acknowledged is None:
            return spans
        closings = sign_off.spans(analysis)
        if not closings or not acknowledged.spans(analysis):
            return spans
        return [(s, e) for s, e in spans if not any(cs <= s and e <= ce for cs, ce in closings)]

    def _affirmed(self, group: MatchGroup, analysis: Analysis) -> list[tuple[int, int]]:
        """The group's spans that no negation word just before them cancels (an emoji is
        never negated: "omg no!! 😂" still laughs)."""
        spans = _dedupe(group.spans(analysis))
        if not spans:
            return spans
        negators = self.negators.get(analysis.lang, frozenset())
        tokens = analysis.tokens
        starts = {t.start: i for i, t in enumerate(tokens)}
        kept = []
        for start, end in spans:
            i = starts.get(start)
            if i is None or tokens[i].kind == "emoji":
                kept.append((start, end))
                continue
            inside = any(t.norm in negators for t in tokens[i:] if t.start < end)
            first = max(0, i - NEGATION_WINDOW)
            for j in range(i - 1, first - 1, -1):  # "Oh no! 20% off…": not across a sentence end
                if tokens[j].text.strip(".!?…") == "" and tokens[j].text:
                    first = j + 1
                    break
            negated = any(
                tokens[j].norm in negators and not _invitation(tokens, j) for j in range(first, i)
            )
            if inside or not negated:
                kept.append((start, end))
        return kept

    def content_words(self, analysis: Analysis) -> list[Token]:
        stop = self.stop_words.get(analysis.lang, frozenset())
        return [
            t
            for t in analysis.tokens
            if (t.kind == WORD or t.kind == HASHTAG)
            and len(t.norm) > 1
            and not t.norm.endswith("'")
            and t.norm not in stop
        ]

    def shared_words(
        self, reply: Analysis, answered: Analysis, outside: list[tuple[int, int]] | None = None
    ) -> set[str]:
        """Content words of the reply that the message answered has too, leaving out those
        inside the ``outside`` spans (the reply's stock formulas: "we aim to deliver all
        parcels within 3–5 days" names the parcel only as a policy does)."""
        theirs = {_stem(t.norm) for t in self.content_words(answered)}
        spans = outside or []
        return {
            t.norm
            for t in self.content_words(reply)
            if _stem(t.norm) in theirs and not any(s <= t.start and t.end <= e for s, e in spans)
        }

    def is_canned(
        self,
        analysis: Analysis,
        strict: bool = False,
        formulas: list[tuple[int, int]] | None = None,
    ) -> bool:
        """Most content words of the reply lie inside stock formulas (``formulas``: their
        spans, when the caller has them already)."""
        words = self.content_words(analysis)
        if len(words) < self.min_words:
            return False
        spans = formulas if formulas is not None else self.groups["canned"].spans(analysis)
        if not spans:
            return False
        covered = sum(1 for t in words if any(s <= t.start and t.end <= e for s, e in spans))
        ratio = self.canned_ratio if not strict else max(self.canned_ratio, 0.8)
        return covered >= ratio * len(words)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _stem(norm: str) -> str:
    return norm[:PREFIX]


def _dedupe(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping matches count once ("lost my parcel" and "lost parcel" are one complaint)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start < out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
            continue
        out.append((start, end))
    return out


_SARCASM_MARKS = ("…", "...", "🙄", "🙃", "😒", "😑")


def _sarcastic(text: str, end: int) -> bool:
    """Praise right before an ellipsis or an eye-roll ("bravo…", "great job 🙄") is sarcasm."""
    return text[end : end + 4].lstrip(" ,!\u00a0\u202f").startswith(_SARCASM_MARKS)


def _undercut(text: str, end: int, complaints: list[tuple[int, int]]) -> bool:
    """Praise that a complaint follows in the same sentence, as a superlative ("congrats on
    the worst…", "…the largest, shittiest airline": sarcasm) or after a "but" ("thanks for
    the reply but my parcel is still missing"). Other complaints after thanks in one run-on
    sentence leave the thanks standing."""
    return any(
        start >= end
        and not _SENTENCE_END.search(text, end, start)
        and (_SUPERLATIVE.search(text, start, stop) or _CONTRAST.search(text, end, start))
        for start, stop in complaints
    )


_SENTENCE_END = re.compile(r"[.!?…\n]")
_SUPERLATIVE = re.compile(r"\b(?:worst|\w+iest|pires?)\b", re.IGNORECASE)
_CONTRAST = re.compile(r"\b(?:but|however|yet|mais|pourtant|cependant)\b", re.IGNORECASE)


def _invitation(tokens: list[Token], j: int) -> bool:
    """Whether the negator at ``j`` belongs to "don't forget", « n'oubliez pas », "oh no"."""
    after = tokens[j + 1].norm if j + 1 < len(tokens) else ""
    before = tokens[j - 1].norm if j > 0 else ""
    return after in NOT_NEGATING_AFTER or before in NOT_NEGATING_BEFORE
