"""Findings from the live hashtag look-up, added after the offline rules (``--online``).

The two rules here are not YAML rules: they need the network, so they never fire offline and
cannot carry offline ``cases:``. They are still ordinary ``Rule`` objects with a ``RuleMeta``
(``RULES``), so rule listings, ``.postlint.yaml`` levels (``hashtag.trending: off``) and
``postlint: {disable: [...]}`` treat them like any other rule.

Which tags are looked up: every hashtag of a post, once per run (case-insensitive), except a tag
that an offline ``hashtag.*`` rule already flagged at warning or above — the registry has
said what it is, and the look-up budget is kept for tags it does not know.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from .config import matches_prefix
from .model import Severity
from .rules.base import Hit, Rule, RuleMeta
from .tokens import HASHTAG

if TYPE_CHECKING:
    from pathlib import Path

    from .analysis import Analysis
    from .config import Config
    from .model import Finding, Post
    from .trendcache import Lookup
    from .trends import TrendsClient

SOURCE = (
    "Know what a hashtag means before joining it: in September 2014 DiGiorno joked under "
    "#WhyIStayed, a tag where domestic-violence survivors were explaining why they stayed. "
    "https://www.usatoday.com/story/news/nation-now/2014/09/10/why-i-stayed-hashtag-twitter-ray-rice/15385027/"
)

TRENDING = RuleMeta(
    id="hashtag.trending",
    type="online",
    path=__file__,
    level=Severity.WARNING,
    message="{tag} is {state}: {about}",
    hint=(
        "Read what people are posting under this hashtag right now before using it; "
        "leave it out of anything promotional or light-hearted."
    ),
    source=SOURCE,
    description=(
        "(--online) A trends service says the hashtag is about a tragedy, violence or a movement. "
        "It also fires when the tag means something other than it reads. Off without --online."
    ),
)
UNVERIFIED = RuleMeta(
    id="hashtag.unverified",
    type="online",
    path=__file__,
    level=Severity.INFO,
    message="could not verify {tag}: {reason}",
    hint="Search the hashtag on the platform yourself before posting.",
    source=SOURCE,
    description=(
        "(--online) The trends service could not tell what the hashtag is about. Timeout, "
        "HTTP error, bad answer, or the run's look-up budget was spent."
    ),
)

_STATES = {
    "tragedy": "about a tragedy",
    "violence": "about violence",
    "movement": "tied to a social movement",
    "misunderstood": "not what it seems",
}
_UNSAFE = re.compile(r"[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
MAX_ABOUT = 200


class OnlineRule(Rule):
    """A rule whose findings come from ``OnlineCheck``; it has nothing to say offline."""

    TYPE = "online"

    def check(self, analysis: Analysis) -> Iterable[Hit]:
        return ()


RULES = (OnlineRule(TRENDING), OnlineRule(UNVERIFIED))
TRENDING_RULE, UNVERIFIED_RULE = RULES


class OnlineCheck:
    """Looks up a post's hashtags and turns the answers into hits (see ``Linter(online=...)``)."""

    def __init__(self, client: TrendsClient) -> None:
        self.client = client

    def check(
        self, post: Post, analysis: Analysis, findings: list[Finding], config: Config
    ) -> list[tuple[Rule, Hit, Severity]]:
        active: dict[str, tuple[Rule, Severity]] = {}
        for online_rule in RULES:
            rule_id = online_rule.meta.id
            level = config.level_for(rule_id, online_rule.meta.level)
            if level is None or any(matches_prefix(rule_id, p) for p in post.disabled):
                continue
            active[rule_id] = (online_rule, level)
        if not active:
            return []  # both rules off: no network at all
        out: list[tuple[Rule, Hit, Severity]] = []
        seen: set[str] = set()
        for token in analysis.tokens:
            if token.kind != HASHTAG:
                continue
            key = token.text[1:].lower()
            if key in seen or _flagged_offline(token.start, token.end, findings):
                continue
            seen.add(key)
            result = self.client.lookup(key)
            hit = _hit(token.text, token.start, token.end, result)
            if hit is None:
                continue
            rule_id = TRENDING.id if result.error is None else UNVERIFIED.id
            if rule_id in active:
                rule, level = active[rule_id]
                out.append((rule, hit, level))
        return out

    def close(self) -> None:
        self.client.close()


def _flagged_offline(start: int, end: int, findings: list[Finding]) -> bool:
    for finding in findings:
        if (
            finding.rule.startswith("hashtag.")
            and finding.severity >= Severity.WARNING
            and finding.start < end
            and start < finding.end
        ):
            return True
    return False


def _hit(tag: str, start: int, end: int, result: Lookup) -> Hit | None:
    if result.error is not None:
        return Hit(start, end, {"tag": tag, "reason": result.error})
    info = result.info
    if info is None or not info.sensitive:
        return None
    state = _STATES[info.category]
    if info.trending:
        state = "trending right now, " + state
    about = clean(info.about) or "no description given"
    if info.since:
        about += f" (since {clean(info.since)[:32]})"
    return Hit(start, end, {"tag": tag, "state": state, "about": about})


def clean(text: str) -> str:
    """One short line of the service's text, without control or bidi characters (it ends up in
    terminals and CI annotations)."""
    text = " ".join(_UNSAFE.sub(" ", unicodedata.normalize("NFC", text)).split())
    return text if len(text) <= MAX_ABOUT else text[: MAX_ABOUT - 1].rstrip() + "…"


def from_env(note: Callable[[str], object], cache_dir: Path | None = None) -> OnlineCheck | None:
    """An OnlineCheck configured from ``POSTLINT_TRENDS_*``, or None (after a note) when the
    look-up cannot run; ``note`` receives one line per problem."""
    from .trends import TrendsClient, settings_from_env

    settings, notes = settings_from_env()
    for line in notes:
        note(line)
    if settings is None:
        return None
    return OnlineCheck(TrendsClient(settings, cache_dir))
