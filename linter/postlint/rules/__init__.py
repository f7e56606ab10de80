"""The registry of rule types: built-ins plus plug-ins from the ``postlint.rules`` entry point.

Built-in types are named here and imported only when rulesets are compiled, never on a warm
run (the compiled cache already holds built rule objects).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .base import Rule

BUILTIN = {
    "existence": "postlint.rules.existence:ExistenceRule",
    "cooccurrence": "postlint.rules.cooccurrence:CooccurrenceRule",
    "occurrence": "postlint.rules.occurrence:OccurrenceRule",
    "regex": "postlint.rules.regex:RegexRule",
    "proximity": "postlint.rules.proximity:ProximityRule",
    "substitution": "postlint.rules.substitution:SubstitutionRule",
    "allowlist": "postlint.rules.allowlist:AllowlistRule",
    "echoed-handle": "postlint.rules.echo:EchoedHandleRule",
    "echoed-text": "postlint.rules.echo:EchoedTextRule",
    "copy-paste": "postlint.rules.duplicates:CopyPasteRule",
    "hashtag-registry": "postlint.rules.hashtag_registry:HashtagRegistryRule",
    "hashtag-misreading": "postlint.rules.hashtag_misreading:HashtagMisreadingRule",
    "hashtag-words": "postlint.rules.hashtag_words:HashtagWordsRule",
    "reply-context": "postlint.rules.reply:ReplyContextRule",
    "reply-language": "postlint.rules.reply_language:ReplyLanguageRule",
    "schedule": "postlint.rules.schedule:ScheduleRule",
}


@lru_cache(maxsize=1)
def rule_types() -> dict[str, type[Rule]]:
    from importlib.metadata import entry_points

    found: dict[str, type[Rule]] = {}
    for name, target in BUILTIN.items():
        found[name] = _load(target)
    for entry in entry_points(group="postlint.rules"):
        if entry.name not in found:
            found[entry.name] = entry.load()
    return found


def _load(target: str) -> type[Rule]:
    module, _, attr = target.partition(":")
    return getattr(import_module(module), attr)  # type: ignore[no-any-return]
