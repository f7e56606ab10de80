"""The opt-in live hashtag look-up (``--online``) against a real HTTP server on loopback.

The server (127.0.0.1, port 0, one thread per request) serves synthetic answers per tag and
records every request, so each test can say how many requests went out and what they carried.
Nothing here reaches the internet.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from conftest import SHARED_LINTER
from postlint import Config, Post
from postlint.cli import main
from postlint.model import Finding, Severity, Span
from postlint.online import OnlineCheck, clean
from postlint.trends import Settings, TrendsClient, settings_from_env

TRAGEDY = {
    "tag": "harborfire",
    "about": "A warehouse fire at the harbour killed nine workers last night.",
    "category": "tragedy",
    "trending": True,
    "since": "2031-04-02",
}
NEUTRAL = {"tag": "mondaymood", "about": "People sharing coffee pictures.", "category": "neutral"}


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    delay: float = 0.0
    drop_first: bool = False  # close the first connection without answering


@dataclass
class Service:
    url: str
    routes: dict[str, Route] = field(default_factory=dict)
    seen: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def answer(self, tag: str, data: Any = None, **route: Any) -> None:
        body = route.pop("body", None)
        if body is None:
            body = json.dumps(data).encode()
        self.routes[tag] = Route(body=body, **route)

    def paths(self) -> list[str]:
        return [path for path, _ in self.seen]


def _handler(service: Service) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            service.seen.append((self.path, dict(self.headers)))
            tag = self.path.rsplit("/", 1)[-1]
            route = service.routes.get(tag, Route(status=404, body=b'{"error": "unknown"}'))
            if route.drop_first:
                route.drop_first = False
                self.close_connection = True
                return  # no status line: the client sees the connection close
            service.stop.wait(route.delay)  # a slow service; ends early at teardown
            try:
                self.send_response(route.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)
            except OSError:
                pass  # the client gave up (timeout): nothing to answer

        def log_message(self, *args: Any) -> None:
            pass

    return Handler


@pytest.fixture
def service(monkeypatch: pytest.MonkeyPatch) -> Iterator[Service]:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    for name in ("TOKEN", "CONNECT_TIMEOUT", "READ_TIMEOUT", "BUDGET", "MAX_LOOKUPS", "TTL"):
        monkeypatch.delenv(f"POSTLINT_TRENDS_{name}", raising=False)
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    state = Service(url=f"http://127.0.0.1:{server.server_address[1]}")
    server.RequestHandlerClass = _handler(state)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    monkeypatch.setenv("POSTLINT_TRENDS_URL", state.url)
    yield state
    state.stop.set()
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def client_for(service: Service, tmp_path: Path, **settings: Any) -> TrendsClient:
    return TrendsClient(Settings(base_url=service.url, **settings), tmp_path / "cache")


def lint(
    client: TrendsClient, text: str, config: Config | None = None, **post: Any
) -> list[Finding]:
    linter = SHARED_LINTER.with_config(config or SHARED_LINTER.config)
    linter.online = OnlineCheck(client)
    post.setdefault("lang", "en")
    return linter.lint(Post(text=text, **post))


def online_findings(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.rule in ("hashtag.trending", "hashtag.unverified")]


# ------------------------------------------------------------------------ answers → findings


def test_tragedy_tag_is_a_warning_at_the_tag(service, tmp_path):
    service.answer("harborfire", TRAGEDY)
    client = client_for(service, tmp_path)
    findings = online_findings(lint(client, "Big weekend ahead!\nJoin us #HarborFire today"))
    client.close()
    assert len(findings) == 1
    finding = findings[0]
    assert (finding.rule, finding.severity) == ("hashtag.trending", Severity.WARNING)
    assert finding.message == (
        "#HarborFire is trending right now, about a tragedy: A warehouse fire at the harbour "
        "killed nine workers last night. (since 2031-04-02)"
    )
    assert (finding.span.line, finding.span.column, finding.span.end_column) == (2, 9, 20)
    assert service.paths() == ["/v1/hashtags/harborfire"]
    assert service.seen[0][1]["Accept"] == "application/json"


@pytest.mark.parametrize("category", ["movement", "violence", "misunderstood"])
def test_other_sensitive_categories_warn(service, tmp_path, category):
    service.answer("sometag", {"about": "x", "category": category, "trending": False})
    client = client_for(service, tmp_path)
    findings = online_findings(lint(client, "New post #sometag"))
    client.close()
    assert [f.rule for f in findings] == ["hashtag.trending"]
    assert "trending right now" not in findings[0].message


@pytest.mark.parametrize("answer", [NEUTRAL, {"about": "a meme", "category": "trending"}])
def test_neutral_or_merely_trending_tag_is_quiet(service, tmp_path, answer):
    service.answer("mondaymood", answer)
    client = client_for(service, tmp_path)
    assert online_findings(lint(client, "Coffee time #MondayMood")) == []
    client.close()
    assert len(service.seen) == 1


def test_unknown_tag_is_quiet(service, tmp_path):
    client = client_for(service, tmp_path)
    assert online_findings(lint(client, "Hello #neverheardofit")) == []
    client.close()
    assert service.paths() == ["/v1/hashtags/neverheardofit"]


def test_each_tag_is_asked_once_per_run_and_quoted(service, tmp_path):
    service.answer("hommage_%C3%A0", {"about": "deuil", "category": "tragedy"})
    client = client_for(service, tmp_path)
    first = online_findings(lint(client, "#Hommage_à nos héros #hommage_À", lang="fr"))
    second = online_findings(lint(client, "Encore #HOMMAGE_à", lang="fr"))
    client.close()
    assert service.paths() == ["/v1/hashtags/hommage_%C3%A0"]
    assert [f.span.column for f in first] == [1]  # one finding per tag per post
    assert [f.rule for f in second] == ["hashtag.trending"]


def test_service_text_cannot_inject_terminal_escapes():
    assert clean("Fire\x1b[31m at\u202e the\n\nport" + "!" * 300).startswith(
        "Fire [31m at the port"
    )
    assert len(clean("x" * 1000)) == 200


# ------------------------------------------------------------------------ failures → info


@pytest.mark.parametrize(
    ("route", "reason"),
    [
        ({"status": 500, "body": b"oops"}, "HTTP 500"),
        ({"body": b"{not json"}, "not valid JSON"),
        ({"body": b'["a", "list"]'}, "not a JSON object"),
        ({"body": b'{"category": "sports", "about": "x"}'}, "unexpected category 'sports'"),
        ({"body": b'{"category": "tragedy", "about": 3}'}, "unexpected answer"),
        ({"body": b" " * (70 * 1024)}, "larger than 64 KiB"),
        ({"status": 302, "body": b""}, "HTTP 302"),
    ],
)
def test_bad_answers_are_info_not_crashes(service, tmp_path, route, reason):
    service.answer("brokentag", **route)
    client = client_for(service, tmp_path)
    findings = online_findings(lint(client, "Look #brokentag"))
    client.close()
    assert [(f.rule, f.severity) for f in findings] == [("hashtag.unverified", Severity.INFO)]
    assert findings[0].message.startswith("could not verify #brokentag: ")
    assert reason in findings[0].message


def test_slow_service_times_out_quickly_without_retrying(service, tmp_path):
    service.answer("slowtag", TRAGEDY, delay=3.0)
    client = client_for(service, tmp_path, read_timeout=0.3)
    started = time.monotonic()
    findings = online_findings(lint(client, "Look #slowtag"))
    elapsed = time.monotonic() - started
    client.close()
    assert elapsed < 0.3 + 1.0
    assert [f.rule for f in findings] == ["hashtag.unverified"]
    assert "no answer within 0.3 s" in findings[0].message
    assert len(service.seen) == 1


def test_dropped_connection_is_retried_once(service, tmp_path):
    service.answer("flaky", TRAGEDY, drop_first=True)
    client = client_for(service, tmp_path)
    findings = online_findings(lint(client, "Look #flaky"))
    client.close()
    assert [f.rule for f in findings] == ["hashtag.trending"]
    assert len(service.seen) == 2


def test_unreachable_service_stops_after_two_failures(tmp_path):
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = TrendsClient(Settings(base_url=f"http://127.0.0.1:{port}"), tmp_path)
    started = time.monotonic()
    findings = online_findings(lint(client, "#one #two #three #four"))
    client.close()
    assert time.monotonic() - started < 2.0
    assert [f.rule for f in findings] == ["hashtag.unverified"] * 4
    assert "could not reach the service" in findings[0].message
    assert "skipped after earlier failures" in findings[3].message


def test_lookup_limit_and_time_budget(service, tmp_path):
    for tag in ("aa", "bb", "cc"):
        service.answer(tag, NEUTRAL)
    client = client_for(service, tmp_path, max_lookups=2)
    findings = online_findings(lint(client, "#aa #bb #cc"))
    client.close()
    assert len(service.seen) == 2
    assert [f.message for f in findings] == [
        "could not verify #cc: look-up limit reached (2 per run)"
    ]

    service.answer("dd", NEUTRAL, delay=3.0)
    client = client_for(service, tmp_path / "other", budget=0.4, read_timeout=2.0)
    started = time.monotonic()
    findings = online_findings(lint(client, "#dd #aa"))
    client.close()
    assert time.monotonic() - started < 0.4 + 1.0
    assert [f.message for f in findings] == [
        "could not verify #dd: no answer within 0.4 s",
        "could not verify #aa: time budget spent (0.4 s per run)",
    ]


def test_credentials_refused_stops_the_run(service, tmp_path):
    service.answer("aa", status=401, body=b"")
    service.answer("bb", NEUTRAL)
    client = client_for(service, tmp_path)
    findings = online_findings(lint(client, "#aa #bb"))
    client.close()
    assert len(service.seen) == 1
    assert "refused the credentials (HTTP 401)" in findings[0].message
    assert "skipped after earlier failures" in findings[1].message


# ------------------------------------------------------------------------ disk cache


def test_second_run_is_served_from_the_disk_cache(service, tmp_path):
    service.answer("harborfire", TRAGEDY)
    service.answer("mondaymood", NEUTRAL)
    text = "#HarborFire and #MondayMood and #unknowntag"
    client = client_for(service, tmp_path)
    first = online_findings(lint(client, text))
    client.close()
    assert len(service.seen) == 3
    service.seen.clear()
    client = client_for(service, tmp_path)  # a new run: only the disk cache is shared
    second = online_findings(lint(client, text))
    client.close()
    assert service.seen == []
    assert [f.message for f in second] == [f.message for f in first]
    assert len(first) == 1


def test_cache_expiry_neutral_sooner_than_sensitive(service, tmp_path):
    service.answer("harborfire", TRAGEDY)
    service.answer("mondaymood", NEUTRAL)
    settings = Settings(base_url=service.url)
    now = [1_000_000.0]
    for _ in range(2):
        client = TrendsClient(settings, tmp_path, wall=lambda: now[0])
        lint(client, "#HarborFire #MondayMood")
        client.close()
        now[0] += 2 * 3600  # two hours later: neutral (1 h) expired, tragedy (6 h) not
    assert service.paths() == [
        "/v1/hashtags/harborfire",
        "/v1/hashtags/mondaymood",
        "/v1/hashtags/mondaymood",
    ]


def test_failures_are_not_cached_and_corrupt_entries_are_ignored(service, tmp_path):
    service.answer("harborfire", status=503, body=b"")
    client = client_for(service, tmp_path)
    lint(client, "#harborfire")
    client.close()
    service.answer("harborfire", TRAGEDY)
    client = client_for(service, tmp_path)
    entry = client.cache.path("harborfire")
    assert not entry.exists()
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_bytes(b"\x00garbage{")
    findings = online_findings(lint(client, "#harborfire"))
    client.close()
    assert [f.rule for f in findings] == ["hashtag.trending"]
    assert len(service.seen) == 2
    assert json.loads(entry.read_text())["info"]["category"] == "tragedy"  # rewritten whole
    assert [p.name for p in entry.parent.iterdir() if p.name.endswith(".tmp")] == []


# ------------------------------------------------------------------------ what is asked, and how


def test_tags_flagged_offline_and_rules_switched_off_are_not_looked_up(service, tmp_path):
    from postlint.analysis import Analysis

    client = client_for(service, tmp_path)
    check = OnlineCheck(client)
    post = Post(text="#known #fresh", lang="en")
    analysis = Analysis(
        post, post.text, "en", SHARED_LINTER.compiled, SHARED_LINTER._tokenizers["en"]
    )
    offline = Finding("hashtag.registry", Severity.WARNING, "m", Span(1, 1, 1, 7), start=0, end=6)
    check.check(post, analysis, [offline], Config())
    assert service.paths() == ["/v1/hashtags/fresh"]

    off = Config(levels={"hashtag.trending": None, "hashtag.unverified": None})
    assert lint(client, "#other", config=off) == lint(client, "#other", disabled=("hashtag",))
    client.close()
    assert service.paths() == ["/v1/hashtags/fresh"]


def test_token_only_from_the_environment_never_from_netrc(service, tmp_path, monkeypatch):
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login alice password from-a-file\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    settings, notes = settings_from_env()
    assert settings is not None and settings.token is None and notes == []
    client = TrendsClient(settings, tmp_path)
    lint(client, "#aa")
    client.close()
    assert "Authorization" not in service.seen[-1][1]

    monkeypatch.setenv("POSTLINT_TRENDS_TOKEN", "s3cret")
    settings, _ = settings_from_env()
    assert settings is not None
    client = TrendsClient(settings, tmp_path)
    lint(client, "#bb")
    client.close()
    assert service.seen[-1][1]["Authorization"] == "Bearer s3cret"
    assert not any(b"s3cret" in p.read_bytes() for p in tmp_path.rglob("*.json"))


def test_settings_from_env_notes():
    settings, notes = settings_from_env({})
    assert settings is None and "needs POSTLINT_TRENDS_URL" in notes[0]
    settings, notes = settings_from_env({"POSTLINT_TRENDS_URL": "ftp://x"})
    assert settings is None and "http(s)" in notes[0]
    env = {"POSTLINT_TRENDS_URL": "http://trends.example/", "POSTLINT_TRENDS_TOKEN": "t"}
    settings, notes = settings_from_env(env)
    assert settings is None and "not sent over plain http" in notes[0]
    env = {
        "POSTLINT_TRENDS_URL": "https://trends.example/api/",
        "POSTLINT_TRENDS_READ_TIMEOUT": "soon",
        "POSTLINT_TRENDS_MAX_LOOKUPS": "5",
        "POSTLINT_TRENDS_BUDGET": "-1",
    }
    settings, notes = settings_from_env(env)
    assert settings == Settings("https://trends.example/api", read_timeout=3.0, max_lookups=5)
    assert len(notes) == 2 and "POSTLINT_TRENDS_READ_TIMEOUT='soon'" in notes[0]


# ------------------------------------------------------------------------ the command


def draft(tmp_path: Path, text: str) -> str:
    path = tmp_path / "draft.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_cli_online_end_to_end(service, tmp_path, capsys, monkeypatch):
    service.answer("quaysidefire", TRAGEDY)
    monkeypatch.setenv("POSTLINT_TRENDS_TOKEN", "cli-token")
    path = draft(tmp_path, "Weekend plans? Join us #QuaysideFire\n")
    code = main(["--online", "--fail-level", "warning", path])
    out, err = capsys.readouterr()
    assert code == 1
    assert f"{path}:1:24: warning hashtag.trending #QuaysideFire is trending right now" in out
    assert err == ""
    assert service.seen[0][1]["Authorization"] == "Bearer cli-token"

    assert main(["--online", path]) == 0  # warnings do not fail at the default level
    capsys.readouterr()
    assert len(service.seen) == 1  # the second run read the disk cache


def test_cli_without_online_sends_nothing(service, tmp_path, capsys):
    service.answer("quaysidesmoke", TRAGEDY)
    code = main(["--fail-level", "warning", draft(tmp_path, "Join us #QuaysideSmoke\n")])
    out, _ = capsys.readouterr()
    assert "hashtag.trending" not in out and code == 0
    assert service.seen == []


def test_cli_online_without_url_notes_and_continues(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("POSTLINT_TRENDS_URL", raising=False)
    code = main(["--online", draft(tmp_path, "Our autumn menu is here #soup\n")])
    out, err = capsys.readouterr()
    assert code == 0
    assert err == (
        "postlint: note: --online needs POSTLINT_TRENDS_URL (a trends service); "
        "hashtags checked offline only\n"
    )
    assert "0 errors" in out


def test_requests_is_not_imported_without_online(tmp_path):
    path = draft(tmp_path, "Our autumn menu is here #soup\n")
    probe = (
        "import sys\n"
        "from postlint.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "print(code, 'spacy' in sys.modules, 'requests' in sys.modules, file=sys.stderr)\n"
    )
    env = {**os.environ, "POSTLINT_TRENDS_URL": "http://127.0.0.1:9"}
    # spaCy imports requests itself: judge a run that did not compile (the first run may
    # build the cache; a second one is warm unless the rulesets changed in between).
    for _attempt in range(3):
        result = subprocess.run(
            [sys.executable, "-c", probe, path],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )
        code, spacy, requests = result.stderr.split()[-3:]
        if spacy == "False":
            break
    assert (code, spacy, requests) == ("0", "False", "False"), result.stderr


def test_cli_config_can_switch_the_online_rules_off(service, tmp_path, capsys):
    service.answer("quaysideash", TRAGEDY)
    config = tmp_path / "postlint.yaml"
    config.write_text("rules:\n  hashtag.trending: off\n  hashtag.unverified: off\n")
    path = draft(tmp_path, "Join us #QuaysideAsh\n")
    code = main(["--online", "--config", str(config), "--fail-level", "info", path])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert "hashtag." not in out
    assert service.seen == []


def test_inline_suppression_silences_the_online_finding(service, tmp_path):
    service.answer("harborfire", TRAGEDY)
    client = client_for(service, tmp_path)
    quiet = lint(client, "<!-- postlint-disable hashtag.trending -->\nJoin us #HarborFire\n")
    loud = lint(client, "Join us #HarborFire\n")
    client.close()
    assert online_findings(quiet) == []
    assert [f.rule for f in online_findings(loud)] == ["hashtag.trending"]
