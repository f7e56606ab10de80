"""What the trends service said about a tag, and the disk cache that keeps it between runs.

One JSON file per (service, tag) under ``<cache dir>/trends``, named by a hash (the service URL
may carry credentials, and tags are user text). Entries are written atomically (temporary file,
then ``os.replace``), so concurrent hooks never read half an entry; an entry that is corrupt,
from another format version or expired is ignored and asked again. Failures are never stored.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CATEGORIES = ("tragedy", "movement", "violence", "misunderstood", "trending", "neutral")
SENSITIVE = ("tragedy", "movement", "violence", "misunderstood")
CACHE_VERSION = 1


@dataclass(frozen=True)
class TagInfo:
    """What the service says a tag is about."""

    tag: str
    about: str
    category: str
    trending: bool = False
    since: str | None = None

    @property
    def sensitive(self) -> bool:
        return self.category in SENSITIVE


@dataclass(frozen=True)
class Lookup:
    """One look-up's outcome: ``info`` (None when the service does not know the tag), or an
    ``error`` reason when it could not be verified."""

    tag: str
    info: TagInfo | None = None
    error: str | None = None
    cached: bool = False


def parse_info(tag: str, data: Any) -> TagInfo | str:
    """A TagInfo from the service's JSON, or the reason it is unusable."""
    if not isinstance(data, dict):
        return "unexpected answer (not a JSON object)"
    category = data.get("category")
    if category not in CATEGORIES:
        return f"unexpected category {str(category)[:40]!r}"
    about = data.get("about", "")
    trending = data.get("trending", False)
    since = data.get("since")
    if not isinstance(about, str) or not isinstance(trending, bool):
        return "unexpected answer (bad 'about' or 'trending')"
    if since is not None and not isinstance(since, str):
        return "unexpected answer (bad 'since')"
    return TagInfo(tag, about, category, trending, since)


class TrendCache:
    """One JSON file per (service, tag) under ``<cache dir>/trends``; best effort, never raises."""

    def __init__(self, directory: Path, base_url: str, wall: Callable[[], float] = time.time):
        self.directory = directory
        self._base = base_url
        self._wall = wall

    def path(self, tag: str) -> Path:
        # The file name hides the URL (it may carry user:password) and the tag.
        digest = hashlib.sha256(f"{self._base}\0{tag}".encode()).hexdigest()[:40]
        return self.directory / f"{digest}.json"

    def get(self, tag: str) -> Lookup | None:
        try:
            entry = json.loads(self.path(tag).read_text(encoding="utf-8"))
            if entry.get("v") != CACHE_VERSION or entry.get("tag") != tag:
                return None
            if not float(entry["expires"]) > self._wall():
                return None
            if entry.get("info") is None:
                return Lookup(tag, cached=True)
            info = parse_info(tag, entry["info"])
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None  # missing, corrupt or foreign: ask again
        return Lookup(tag, info=info, cached=True) if isinstance(info, TagInfo) else None

    def put(self, tag: str, data: dict[str, Any] | None, ttl: float) -> None:
        import tempfile

        entry = {"v": CACHE_VERSION, "tag": tag, "expires": self._wall() + ttl, "info": data}
        tmp = None
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".trend-", suffix=".tmp", dir=self.directory)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(entry, handle)
            os.replace(tmp, self.path(tag))
            tmp = None
        except OSError:
            pass  # a read-only cache only costs a look-up next time
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
