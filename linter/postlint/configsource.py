"""One config file's text, and where its keys are, for errors at ``path:line:col``."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .yamlload import mark_of


class ConfigSource:
    """One config file's text and how to find the position of its keys."""

    def __init__(self, path: Path, text: str, toml: bool) -> None:
        self.path = path
        self.name = str(path)
        self.text = text
        self.toml = toml

    def at(self, node: Any, key: Any = None) -> tuple[int | None, int | None]:
        if not self.toml:
            return mark_of(node, key)
        # tomllib keeps no positions: point at the key's first line after [tool.postlint].
        header = re.search(r"^\[tool\.postlint[\].]", self.text, re.MULTILINE)
        start = header.start() if header else 0
        if key is not None:
            pattern = rf"^[ \t]*[\"']?{re.escape(str(key))}[\"']?[ \t]*="
            found = re.compile(pattern, re.MULTILINE).search(self.text, start)
            if found:
                line = self.text.count("\n", 0, found.start()) + 1
                return line, found.start() - self.text.rfind("\n", 0, found.start())
        return self.text.count("\n", 0, start) + 1, 1

    def error(self, message: str, node: Any = None, key: Any = None) -> ConfigError:
        return ConfigError(message, self.name, *self.at(node, key))
