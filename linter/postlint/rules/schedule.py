"""``schedule``: posts that are risky because of WHEN they go out (``scheduled_at``).

One type, four checks (``check:``), each silent when a post has no ``scheduled_at``:

- ``blackout`` — the post falls in a blackout window: the rule's own ``windows`` (declared
  national mourning) plus the team's ``blackout:`` from ``.postlint.yaml`` (a crisis of its
  own, which no registry can know). Level: the rule's. A condolence (``condolence`` words,
  and no promotion, cheer or joke) is what a mourning calls for: it stays quiet.
- ``after-event`` — up to ``days`` days after a dated registry event of ``categories``
  (tragedy, attack, disaster, death), and the post is promotional or cheerful.
- ``anniversary`` — on the anniversary of such an event (only the ``milestones`` years: 1st,
  5th, 10th...) and the post is promotional or a joke, or of a commemoration entry: a joke
  every year, a promotion on the ``milestones`` years. Days the calendar already warns about
  are left to ``sensitive-day``.
- ``sensitive-day`` — on a day of ``rulesets/calendar/``: info, or a warning when the post is
  promotional or a joke and the day's ``warn_on`` lists it.

Dates are indexed at compile time (by date, by month-day): a post costs a few dict look-ups.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from ..model import Severity
from ..when import Window, parse_windows, post_time
from .base import Hit, Param, ParamError, Rule, RuleMeta, is_int, is_str, one_of, str_list

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..compile import Compiler
    from ..gatebuild import Alternative, GateBuilder
    from ..hashtags import TagInfo
    from ..matchgroup import MatchGroup
    from ..sensitive_days import Calendar

CHECKS = ("blackout", "after-event", "anniversary", "sensitive-day")
# anniversaries that are remembered, when a rule does not list its own
MILESTONES = frozenset({1, 5, 10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100})
VARIATION = "\ufe0f\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff"


def _windows(value: Any) -> tuple[Window, ...]:
    def fail(message: str, node: Any, key: Any) -> ParamError:
        return ParamError(message, "windows")

    return parse_windows(value, fail)


def _group(value: Any) -> Any:
    return value  # compiled in build()


def _milestones(value: Any) -> frozenset[int]:
    if not isinstance(value, list) or not all(isinstance(v, int) and v > 0 for v in value):
        raise ParamError("must be a list of whole numbers of years > 0")
    return frozenset(value)


class ScheduleRule(Rule):
    TYPE = "schedule"
    PARAMS = {
        "check": Param(one_of(*CHECKS), required=True, doc="which time check (see the module)"),
        "windows": Param(_windows, doc="blackout windows shipped with the rule"),
        "blackout": Param(_windows, doc="blackout windows from .postlint.yaml"),
        "days": Param(is_int, doc="after-event: days after the event (default 3)"),
        "registry": Param(is_str, doc="folder of the hashtag registry (default hashtags)"),
        "categories": Param(str_list, doc="registry categories that are events with victims"),
        "yearly_categories": Param(str_list, doc="anniversary: categories remembered each year"),
        "milestones": Param(_milestones, doc="anniversary: the years that are remembered"),
        "calendar": Param(is_str, doc="folder of the sensitive-day calendar (default calendar)"),
        "promotion": Param(_group, doc="selling words (a match group)"),
        "cheer": Param(_group, doc="cheerful words (a match group)"),
        "joke": Param(_group, doc="joke markers (a match group)"),
        "condolence": Param(_group, doc="blackout: words of a condolence that may go out"),
        "joke_emoji": Param(str_list, doc="emoji that make a post read as a joke"),
    }

    def __init__(self, meta: RuleMeta, check: str) -> None:
        super().__init__(meta)
        self.check_name = check
        self.windows: tuple[Window, ...] = ()
        self.days = 3
        self.by_date: dict[int, list[TagInfo]] = {}  # event date ordinal → entries
        self.by_month_day: dict[tuple[int, int], list[tuple[int, TagInfo]]] = {}
        self.yearly: frozenset[str] = frozenset()
        self.milestones: frozenset[int] = frozenset()
        self.calendar: Calendar | None = None
        self.covered: set[tuple[int, int, str]] = set()  # calendar days that already warn
        self.promotion: MatchGroup | None = None
        self.cheer: MatchGroup | None = None
        self.joke: MatchGroup | None = None
        self.condolence: MatchGroup | None = None
        self.joke_emoji: frozenset[str] = frozenset()

    @classmethod
    def build(cls, meta: RuleMeta, params: Mapping[str, Any], compiler: Compiler) -> Rule:
        from ..resources import rulesets_root

        rule = cls(meta, params["check"])
        for name in ("promotion", "cheer", "joke", "condolence"):
            if params.get(name) is not None:
                setattr(rule, name, compiler.group(params[name], meta.langs))
        rule.joke_emoji = frozenset(e.strip(VARIATION) for e in params.get("joke_emoji", ()))
        check = rule.check_name
        if check == "blackout":
            rule.windows = tuple(params.get("windows", ())) + tuple(params.get("blackout", ()))
            return rule
        root = rulesets_root()
        if check in ("sensitive-day", "anniversary"):
            from ..sensitive_days import calendar_files, load_calendar

            files = calendar_files(root / params.get("calendar", "calendar"))
            if not files:
                raise ParamError("no calendar files", "calendar")
            rule.calendar = load_calendar(files)
        if check == "sensitive-day":
            return rule
        rule._index_registry(root / params.get("registry", "hashtags"), params)
        if check == "anniversary":
            rule.covered = _warning_days(rule.calendar)
            rule.calendar = None
        return rule

    def _index_registry(self, folder: Any, params: Mapping[str, Any]) -> None:
        from ..hashtags import load_registry, registry_files

        files = registry_files(folder)
        if not files:
            raise ParamError(f"no registry files in {folder}", "registry")
        categories = set(params.get("categories", ("tragedy", "attack", "disaster", "death")))
        self.yearly = frozenset(params.get("yearly_categories", ("commemoration",)))
        self.milestones = params.get("milestones", MILESTONES)
        self.days = params.get("days", 3)
        seen: set[str] = set()
        registry = load_registry(files)
        for info in sorted(registry.entries.values(), key=lambda i: i.tag.lower()):
            if info.tag in seen or not info.date:
                continue
            seen.add(info.tag)
            try:
                when = date.fromisoformat(info.date[:10])
            except ValueError:
                continue
            if info.category in categories:
                self.by_date.setdefault(when.toordinal(), []).append(info)
            if info.category in categories or info.category in self.yearly:
                key = (when.month, when.day)
                self.by_month_day.setdefault(key, []).append((when.year, info))

    # ------------------------------------------------------------------ per post

    def gate(self, b: GateBuilder) -> list[Alternative]:
        return [[b.atom("scheduled")]]

    def check(self, analysis: Analysis) -> Iterator[Hit]:
        scheduled = analysis.post.scheduled_at
        if not scheduled:
            return
        when = post_time(scheduled)
        if when is None:
            return
        check = self.check_name
        if check == "blackout":
            yield from self._blackout(analysis, when)
        elif check == "after-event":
            yield from self._after_event(analysis, when.date())
        elif check == "anniversary":
            yield from self._anniversary(analysis, when.date())
        else:
            yield from self._sensitive_day(analysis, when.date())

    def _blackout(self, analysis: Analysis, when: datetime) -> Iterator[Hit]:
        post = analysis.post
        for window in self.windows:
            if window.covers(when, post.account, analysis.lang):
                if self._is_condolence(analysis):
                    return  # the message the mourning calls for, with nothing to sell
                start, end = _head(analysis.text)
                yield Hit(start, end, {"reason": window.reason, "when": post.scheduled_at or ""})
                return

    def _is_condolence(self, analysis: Analysis) -> bool:
        """Condolence words, and no selling, cheerful or joking ones."""
        if self.condolence is None or self.condolence.first(analysis) is None:
            return False
        return self._tone(analysis, ("promotion", "cheer", "joke")) is None

    def _after_event(self, analysis: Analysis, day: date) -> Iterator[Hit]:
        ordinal = day.toordinal()
        lang = analysis.lang
        for delta in range(self.days + 1):
            events = [e for e in self.by_date.get(ordinal - delta, ()) if lang in e.langs]
            if not events:
                continue
            found = self._tone(analysis, ("promotion", "cheer", "joke"))
            if found is None:
                return
            info = events[0]
            after = _days_after(delta)
            yield Hit(found[0], found[1], _event_args(info, after, analysis, found))
            return

    def _anniversary(self, analysis: Analysis, day: date) -> Iterator[Hit]:
        events = self.by_month_day.get((day.month, day.day))
        if not events or (day.month, day.day, analysis.lang) in self.covered:
            return
        for year, info in events:
            years = day.year - year
            if analysis.lang not in info.langs or years <= 0:
                continue
            round_year = years in self.milestones
            if info.category not in self.yearly and not round_year:
                continue
            # a day remembered every year: any joke; a plain sale only on a round anniversary
            found = self._tone(analysis, ("promotion", "joke") if round_year else ("joke",))
            if found is None:
                return
            yield Hit(found[0], found[1], _event_args(info, str(years), analysis, found))
            return

    def _sensitive_day(self, analysis: Analysis, day: date) -> Iterator[Hit]:
        assert self.calendar is not None
        lang = analysis.lang
        for entry in self.calendar.on(day):
            if lang not in entry.langs:
                continue
            found = self._tone(analysis, entry.warn_on) if entry.warn_on else None
            start, end = found[:2] if found else _head(analysis.text)
            args = {"day": entry.name[lang], "about": entry.about, "source": entry.source}
            args["match"] = found[2] if found else ""
            yield Hit(start, end, args, level=Severity.WARNING if found else Severity.INFO)
            return

    def _tone(self, analysis: Analysis, kinds: tuple[str, ...]) -> tuple[int, int, str] | None:
        """The first promotional, cheerful or joking words the post has, among ``kinds``."""
        for kind in kinds:
            group = getattr(self, "cheer" if kind == "cheer" else kind, None)
            span = group.first(analysis) if group is not None else None
            if span is not None:
                return span[0], span[1], analysis.text[span[0] : span[1]]
            if kind == "joke" and self.joke_emoji:
                for token in analysis.tokens:
                    if token.kind == "emoji" and token.text.strip(VARIATION) in self.joke_emoji:
                        return token.start, token.end, token.text
        return None


def _warning_days(calendar: Calendar | None) -> set[tuple[int, int, str]]:
    """(month, day, lang) of yearly calendar days that warn on promotion and jokes alike."""
    if calendar is None:
        return set()
    return {
        (month, day, lang)
        for (month, day), entries in calendar.yearly.items()
        for entry in entries
        if set(entry.warn_on) >= {"promotion", "joke"}
        for lang in entry.langs
    }


def _head(text: str) -> tuple[int, int]:
    """The span a whole-post finding points at: the first line (at most 80 characters)."""
    end = text.find("\n")
    end = len(text) if end < 0 else end
    return 0, min(end, 80)


def _days_after(delta: int) -> str:
    return "on the day of" if delta == 0 else f"{delta} day{'s' * (delta > 1)} after"


def _event_args(
    info: TagInfo, when: str, analysis: Analysis, found: tuple[int, int, str]
) -> dict[str, str]:
    return {
        "when": when,
        "tag": f"#{info.tag}",
        "about": info.about.rstrip("."),
        "date": info.date,
        "match": found[2],
        "source": info.source,
    }
