"""Time-aware rules: blackout windows from the config, events, anniversaries, the calendar."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
import yaml

from postlint import Linter, Post
from postlint.cli import main
from postlint.configfile import load_config
from postlint.errors import ConfigError
from postlint.model import Severity
from postlint.sensitive_days import load_calendar, nth_weekday
from postlint.when import parse_time, post_time

ROOT = Path(__file__).resolve().parents[1] / "rulesets"
CONFIG = """\
blackout:
  - from: 2031-03-02T00:00+01:00
    to: 2031-03-04
    reason: product recall, every post waits for the crisis team
    accounts: [acme_fr, "@AcmeUK"]
  - from: 2031-06-01
    to: 2031-06-01
    reason: founder's funeral
"""


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> tuple[Linter, Path]:
    folder = tmp_path_factory.mktemp("team")
    path = folder / ".postlint.yaml"
    path.write_text(CONFIG, encoding="utf-8")
    return Linter(load_config(path)), path  # cached: the CLI test below reuses the compile


def blackout(linter: Linter, when: str | None, account: str | None = None) -> list[str]:
    post = Post(text="Spring menu out now!", lang="en", scheduled_at=when, account=account)
    return [f.message for f in linter.lint(post) if f.rule == "schedule.blackout"]


def test_config_windows_apply_by_time_and_account(team: tuple[Linter, Path]) -> None:
    linter, _ = team
    assert blackout(linter, "2031-03-03T12:00:00Z", "acme_fr") == [
        "Scheduled (2031-03-03T12:00:00Z) inside a blackout window: "
        "product recall, every post waits for the crisis team"
    ]
    assert blackout(linter, "2031-03-04T23:59:00+01:00", "AcmeUK")  # 'to' date: the whole day
    assert not blackout(linter, "2031-03-05T00:00:00+01:00", "acme_fr")
    # The window opens at midnight in Paris, 23:00 UTC on the 1st: offsets are compared.
    assert blackout(linter, "2031-03-01T23:30:00Z", "acme_fr")
    assert not blackout(linter, "2031-03-01T22:30:00Z", "acme_fr")
    assert not blackout(linter, "2031-03-01T23:30:00", "acme_fr")  # no offset: by the clock
    assert not blackout(linter, "2031-03-03T12:00:00Z", "acme_us")  # another account
    assert not blackout(linter, None, "acme_fr")  # not scheduled: nothing to say
    assert blackout(linter, "2031-06-01", "anyone") == [
        "Scheduled (2031-06-01) inside a blackout window: founder's funeral"
    ]


def test_replies_go_on_during_a_blackout(team: tuple[Linter, Path]) -> None:
    """Answering a customer about opening hours is service, not business as usual."""
    linter, _ = team
    answer = "Sorry for the confusion: the pool is closed today, the park stays open."
    asked = "Can we still walk around the park this week?"
    reply = Post(text=answer, lang="en", kind="reply", in_reply_to=asked, scheduled_at="2031-06-01")
    post = Post(text=answer, lang="en", scheduled_at="2031-06-01")
    assert "schedule.blackout" not in [f.rule for f in linter.lint(reply)]
    assert "schedule.blackout" in [f.rule for f in linter.lint(post)]


def test_config_windows_add_to_the_shipped_ones(team: tuple[Linter, Path]) -> None:
    linter, _ = team
    post = Post(text="Menu d'automne en ligne !", lang="fr", scheduled_at="2015-11-16T09:00")
    assert [f.rule for f in linter.lint(post)] == ["schedule.blackout"]


def test_cli_reports_a_blackout_and_fails(
    team: tuple[Linter, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, config = team
    batch = tmp_path / "queue.jsonl"
    records = [
        {"id": "a", "text": "Spring menu out now!", "scheduled_at": "2031-06-01T08:00:00+02:00"},
        {"id": "b", "text": "Spring menu out now!", "scheduled_at": "2031-06-02T08:00:00+02:00"},
    ]
    batch.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    code = main(["--config", str(config), "--format", "json", str(batch)])
    out = capsys.readouterr().out
    found = [
        (f["post_id"], f["severity"])
        for f in json.loads(out)["findings"]
        if f["rule"] == "schedule.blackout"
    ]
    assert code == 1
    assert found == [("a", "error")]


@pytest.mark.parametrize(
    ("window", "message", "where"),
    [
        ("{from: 2031-13-01, to: 2031-12-02, reason: x}", "'from': '2031-13-01'", (2, 5)),
        ("{from: 2031-12-03, to: 2031-12-02, reason: x}", "'from' is after 'to'", (2, 5)),
        ("{from: 2031-12-01, to: 2031-12-02, reason: x, why: y}", "unknown key 'why'", (2, 5)),
        ("{from: 2031-12-01, to: 2031-12-02}", "no 'reason'", (2, 5)),
        ("{from: 2031-12-01, to: 2031-12-02, reason: x, accounts: 3}", "'accounts'", (2, 5)),
    ],
)
def test_bad_windows_are_config_errors_at_their_place(
    tmp_path: Path, window: str, message: str, where: tuple[int, int]
) -> None:
    path = tmp_path / ".postlint.yaml"
    path.write_text(f"blackout:\n  - {window}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as caught:
        load_config(path)
    assert str(caught.value).startswith(f"{path}:{where[0]}:")


def test_bad_window_exits_2_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / ".postlint.yaml"
    config.write_text("blackout:\n  - {from: soon, to: 2031-12-02, reason: x}\n", "utf-8")
    draft = tmp_path / "a.txt"
    draft.write_text("Hello.\n", encoding="utf-8")
    assert main(["--config", str(config), str(draft)]) == 2
    assert f"{config}:2:" in capsys.readouterr().err


def test_blackout_must_be_a_list(tmp_path: Path) -> None:
    path = tmp_path / ".postlint.yaml"
    path.write_text("lang: fr\nblackout: 2031-12-02\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"'blackout' is a list") as caught:
        load_config(path)
    assert str(caught.value).startswith(f"{path}:2:1")


# ------------------------------------------------------------------ events and the calendar


def schedule_findings(linter: Linter, text: str, lang: str, when: str | None) -> list[tuple]:
    post = Post(text=text, lang=lang, scheduled_at=when)
    return [(f.rule, f.severity) for f in linter.lint(post) if f.rule.startswith("schedule.")]


def test_after_tragedy_window_is_the_days_parameter(linter: Linter) -> None:
    promo = "Flash sale: 20% off everything this weekend!"
    # Manchester Arena attack, 22 May 2017 (registry: #PrayForManchester)
    for day, fires in (("05-21", False), ("05-22", True), ("05-25", True), ("05-26", False)):
        found = schedule_findings(linter, promo, "en", f"2017-{day}T10:00:00+01:00")
        assert (("schedule.after-tragedy", Severity.WARNING) in found) is fires, day


def test_a_french_event_does_not_make_an_english_post_wait(linter: Linter) -> None:
    # Storm Alex (#TempêteAlex, fr only), 2 October 2020
    promo = "Flash sale: 20% off everything this weekend!"
    assert schedule_findings(linter, promo, "en", "2020-10-03T10:00:00+02:00") == []
    found = schedule_findings(linter, "Soldes flash : -20 % ce week-end !", "fr", "2020-10-03")
    assert ("schedule.after-tragedy", Severity.WARNING) in found


def test_sensitive_day_is_info_unless_promotional(linter: Linter) -> None:
    when = "2027-03-08T09:00:00+01:00"
    assert schedule_findings(linter, "Our spring menu is out.", "en", when) == [
        ("schedule.sensitive-day", Severity.INFO)
    ]
    assert schedule_findings(linter, "Spring sale: 20% off!", "en", when) == [
        ("schedule.sensitive-day", Severity.WARNING)
    ]


def test_festive_day_stays_info_even_with_a_promotion(linter: Linter) -> None:
    found = schedule_findings(linter, "Soldes : -20 % pour le 14 juillet !", "fr", "2031-07-14")
    assert found == [("schedule.sensitive-day", Severity.INFO)]


def test_calendar_days_are_not_reported_twice(linter: Linter) -> None:
    # 9/11 is a calendar day that warns on promotion; the commemoration entries of the
    # registry would say the same as anniversaries.
    found = schedule_findings(linter, "Flash sale today, shop now!", "en", "2031-09-11")
    assert found == [("schedule.sensitive-day", Severity.WARNING)]


def test_times_parse_like_the_readers() -> None:
    assert parse_time("2031-03-02T10:00Z") == datetime.fromisoformat("2031-03-02T10:00+00:00")
    assert parse_time("2031-03-02") == date(2031, 3, 2)
    assert parse_time("next week") is None
    assert post_time("2031-03-02") == datetime(2031, 3, 2)
    assert nth_weekday(2026, 1, 0, 2) == date(2026, 1, 19)  # MLK Day 2026
    assert nth_weekday(2026, 5, 0, -1) == date(2026, 5, 25)  # last Monday of May


# ------------------------------------------------------------------ calendar data integrity

CALENDARS = sorted((ROOT / "calendar").glob("*.yaml"))


def _order(day: dict) -> tuple[int, int]:
    if "day" in day:
        month, dom = day["day"].split("-")
        return int(month), int(dom)
    if "rule" in day:
        nth, _, _, month = day["rule"].split()
        months = ["january", "february", "march", "april", "may", "june", "july"]
        months += ["august", "september", "october", "november", "december"]
        first = {"first": 1, "second": 8, "third": 15, "fourth": 22, "last": 22}[nth]
        return months.index(month) + 1, first
    return 13, 0  # moving days last


@pytest.mark.parametrize("path", CALENDARS, ids=lambda p: p.stem)
def test_calendar_is_sorted_sourced_and_valid(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    days = data["days"]
    assert [_order(d) for d in days] == sorted(_order(d) for d in days)
    for day in days:
        assert str(day["source"]).startswith("https://"), day["name"]["en"]
        assert day["name"]["en"] and day["name"]["fr"]
    loaded = load_calendar([path])  # validates dates, rules, keys; raises on a mistake
    assert loaded.yearly or loaded.dated


def test_calendar_holds_the_days_it_promises() -> None:
    calendar = load_calendar(CALENDARS)
    names = {entry.name["en"] for entry in calendar.on(date(2026, 1, 19))}
    assert "Martin Luther King Jr. Day" in names
    assert [e.name["fr"] for e in calendar.on(date(2021, 4, 13))] == ["le premier jour du ramadan"]
    assert calendar.on(date(2026, 3, 9)) == []
