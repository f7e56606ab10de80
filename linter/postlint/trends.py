"""Opt-in live look-up of what a hashtag is about right now (``postlint --online``).

The registry in ``rulesets/hashtags/`` knows the tags of past tragedies; a trends service knows
what a tag turned into this morning. This module asks one, and is built so that asking can never
hurt a commit hook:

- nothing here runs unless ``--online`` is given, and ``requests`` is imported on the first real
  request only, so an offline run pays nothing;
- every request is bounded: connect and read timeouts (2 s / 3 s), a cap on the answer's size
  (64 KiB) and on the time spent reading it, at most one retry (on a connection error, for this
  idempotent GET; never after a read timeout), a per-run limit of 20 look-ups and 8 seconds
  (counted from the first request; every request's timeouts are cut to what is left), and a
  breaker that stops after two failures in a row or one refusal (401, 403, 429);
- answers are cached on disk (``trendcache.py``: one JSON file per tag in the postlint cache
  folder, written atomically): sensitive answers for ``POSTLINT_TRENDS_TTL`` seconds (6 h),
  "nothing to report" answers for at most one hour (a neutral tag can be hijacked within the
  hour), failures not at all (the next run asks again); a corrupt entry is ignored;
- the token comes from ``POSTLINT_TRENDS_TOKEN`` only (never a file: requests' ``.netrc``
  look-up is shut off) and is never sent over plain http except to a loopback host.

Protocol: ``GET {POSTLINT_TRENDS_URL}/v1/hashtags/{tag}`` with ``Accept: application/json`` →
``{"tag", "about", "category", "trending", "since"}``; 404 means the service does not know the
tag. Every failure becomes a ``Lookup`` with an ``error`` reason, never an exception.
See docs/network.md.
"""

from __future__ import annotations

import json
import os
import threading
import time
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from .trendcache import Lookup, TrendCache, parse_info

NEGATIVE_TTL = 3600.0  # "nothing to report" answers: at most one hour
MAX_BODY = 64 * 1024
MAX_FAILURES = 2  # consecutive failed look-ups before the rest of the run is skipped
LOOPBACK = ("127.0.0.1", "::1", "localhost")

_NUMBERS: dict[str, tuple[str, float]] = {
    "POSTLINT_TRENDS_CONNECT_TIMEOUT": ("connect_timeout", 2.0),
    "POSTLINT_TRENDS_READ_TIMEOUT": ("read_timeout", 3.0),
    "POSTLINT_TRENDS_BUDGET": ("budget", 8.0),
    "POSTLINT_TRENDS_MAX_LOOKUPS": ("max_lookups", 20),
    "POSTLINT_TRENDS_TTL": ("ttl", 6 * 3600.0),
}


@dataclass(frozen=True)
class Settings:
    base_url: str
    token: str | None = None
    connect_timeout: float = 2.0
    read_timeout: float = 3.0
    budget: float = 8.0  # seconds of network time per run
    max_lookups: int = 20  # requests per run (cache hits are free)
    ttl: float = 6 * 3600.0


def settings_from_env(env: Mapping[str, str] | None = None) -> tuple[Settings | None, list[str]]:
    """The settings, or None when the look-up cannot run, and notes for the user (one line each)."""
    env = os.environ if env is None else env
    notes: list[str] = []
    base = env.get("POSTLINT_TRENDS_URL", "").strip().rstrip("/")
    if not base:
        notes.append(
            "--online needs POSTLINT_TRENDS_URL (a trends service); hashtags checked offline only"
        )
        return None, notes
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        notes.append("POSTLINT_TRENDS_URL must be an http(s) URL; hashtags checked offline only")
        return None, notes
    token = env.get("POSTLINT_TRENDS_TOKEN", "").strip() or None
    if token and parts.scheme == "http" and parts.hostname not in LOOPBACK:
        notes.append(
            "POSTLINT_TRENDS_TOKEN is not sent over plain http; use an https URL "
            "(hashtags checked offline only)"
        )
        return None, notes
    values: dict[str, Any] = {}
    for name, (field, default) in _NUMBERS.items():
        raw = env.get(name, "").strip()
        if not raw:
            continue
        try:
            number = float(raw)
            if not 0 < number < float("inf"):
                raise ValueError
        except ValueError:
            notes.append(f"ignoring {name}={raw!r} (not a positive number); using {default}")
            continue
        values[field] = max(1, int(number)) if isinstance(default, int) else number
    return Settings(base_url=base, token=token, **values), notes


class _LookupError(Exception):
    """A look-up that failed; ``stop`` ends the run's look-ups (bad credentials, rate limit)."""

    def __init__(self, reason: str, stop: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.stop = stop


class TrendsClient:
    """Looks tags up, at most once per run each; safe to share between threads."""

    def __init__(
        self,
        settings: Settings,
        cache_dir: Path | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
    ) -> None:
        self.settings = settings
        if cache_dir is None:
            from .loader import default_cache_dir

            cache_dir = default_cache_dir()
        self.cache = TrendCache(Path(cache_dir) / "trends", settings.base_url, wall)
        self._clock = clock
        self._lock = threading.Lock()
        self._memo: dict[str, Lookup] = {}
        self._session: Any = None
        self._deadline: float | None = None
        self._requests = 0
        self._failures = 0
        self._stopped: str | None = None

    def lookup(self, tag: str) -> Lookup:
        key = tag.lower()
        with self._lock:
            found = self._memo.get(key)
            if found is None:
                found = self._memo[key] = self._lookup(key)
            return found

    def close(self) -> None:
        with self._lock:
            if self._session is not None:
                self._session.close()
                self._session = None

    # ---------------------------------------------------------------- one look-up

    def _lookup(self, tag: str) -> Lookup:
        cached = self.cache.get(tag)
        if cached is not None:
            return cached
        if self._stopped:
            return Lookup(tag, error=self._stopped)
        if self._requests >= self.settings.max_lookups:
            return Lookup(tag, error=f"look-up limit reached ({self.settings.max_lookups} per run)")
        if self._deadline is None:
            self._deadline = self._clock() + self.settings.budget
        if self._deadline - self._clock() < 0.05:
            return Lookup(tag, error=f"time budget spent ({self.settings.budget:g} s per run)")
        self._requests += 1
        try:
            status, body = self._get(tag)
            result = self._interpret(tag, status, body)
        except Exception as exc:  # never a crash: anything unforeseen is "could not verify"
            failed = (
                exc
                if isinstance(exc, _LookupError)
                else _LookupError(f"error ({type(exc).__name__})")
            )
            self._failures += 1
            if failed.stop or self._failures >= MAX_FAILURES:
                self._stopped = f"skipped after earlier failures ({failed.reason})"
            return Lookup(tag, error=failed.reason)
        self._failures = 0
        return result

    def _interpret(self, tag: str, status: int, body: bytes) -> Lookup:
        if status == 404:
            self.cache.put(tag, None, min(NEGATIVE_TTL, self.settings.ttl))
            return Lookup(tag)
        if status in (401, 403):
            raise _LookupError(f"the service refused the credentials (HTTP {status})", stop=True)
        if status == 429:
            raise _LookupError("the service is rate-limiting (HTTP 429)", stop=True)
        if status != 200:
            raise _LookupError(f"the service answered HTTP {status}")  # 3xx included: not followed
        try:
            data = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise _LookupError("the service's answer is not valid JSON") from None
        info = parse_info(tag, data)
        if isinstance(info, str):
            raise _LookupError(info)
        ttl = self.settings.ttl if info.sensitive else min(NEGATIVE_TTL, self.settings.ttl)
        self.cache.put(tag, data, ttl)
        return Lookup(tag, info=info)

    def _get(self, tag: str) -> tuple[int, bytes]:
        """(status, body) of one GET; retried once on a connection error, within the budget."""
        import requests

        session = self._get_session()
        url = f"{self.settings.base_url}/v1/hashtags/{quote(tag, safe='')}"
        for attempt in (1, 2):
            left = self._left()
            timeout = (
                min(self.settings.connect_timeout, left),
                min(self.settings.read_timeout, left),
            )
            try:
                response = session.get(
                    url,
                    headers={"Accept": "application/json"},
                    timeout=timeout,
                    stream=True,
                    allow_redirects=False,  # a redirect would re-read ~/.netrc for credentials
                )
            except requests.exceptions.ReadTimeout:
                raise _LookupError(f"no answer within {round(timeout[1], 1):g} s") from None
            except requests.exceptions.ConnectionError:
                if attempt == 1 and self._left() > 0.05:
                    continue
                raise _LookupError("could not reach the service") from None
            except requests.exceptions.RequestException as exc:
                raise _LookupError(f"request failed ({type(exc).__name__})") from None
            try:
                return response.status_code, self._read(response)
            except requests.exceptions.RequestException:
                raise _LookupError("the answer was cut off or too slow") from None
            finally:
                response.close()
        raise AssertionError("unreachable")  # pragma: no cover

    def _read(self, response: Any) -> bytes:
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_content(8192):
            size += len(chunk)
            if size > MAX_BODY:
                raise _LookupError(f"the answer is larger than {MAX_BODY // 1024} KiB")
            if self._left() <= 0:
                raise _LookupError("the answer took too long to arrive")
            chunks.append(chunk)
        return b"".join(chunks)

    def _left(self) -> float:
        return max(0.0, (self._deadline or 0.0) - self._clock())

    def _get_session(self) -> Any:
        if self._session is None:
            import requests

            session = requests.Session()
            # Setting ``auth`` stops requests from reading credentials from ~/.netrc.
            session.auth = _BearerAuth(self.settings.token)
            session.headers["User-Agent"] = "postlint-trends/1"
            weakref.finalize(self, session.close)
            self._session = session
        return self._session


class _BearerAuth:
    """``Authorization: Bearer <token>`` when a token is set; otherwise nothing at all."""

    def __init__(self, token: str | None) -> None:
        self._token = token

    def __call__(self, request: Any) -> Any:
        if self._token:
            request.headers["Authorization"] = f"Bearer {self._token}"
        return request
