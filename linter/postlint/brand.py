"""The brand tone guide (``tone:`` in ``.postlint.yaml``) → ``brand.*`` rules.

A tone guide is house style, not risk: every part is off until the config asks for it, and
each part becomes one ordinary rule (occurrence, allowlist, existence, substitution) built
with the bundled ones, so levels, per-file overrides and suppressions work on it as on any
rule. The generated entries are plain ruleset mappings, marked with the line of the key that
produced them so that a bad value is reported at ``path:line:col`` of the config.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .errors import ConfigError
from .yamlload import MarkedDict, mark_of

TONE_KEYS = ("level", "emoji", "exclamations", "hashtags", "banned", "preferred", "voice")
SOURCE = "The brand tone guide in the project's postlint configuration."

# First-person singular (for a brand that speaks as "we"/"nous") and "tu" (for "vous").
VOICES: dict[str, tuple[str, tuple[str, ...], str]] = {
    "we": ("en", ("i", "me", "my", "mine", "myself"), "first person singular"),
    "nous": ("fr", ("je", "j'", "moi", "me", "m'", "mon", "ma", "mes"), "« je »"),
    "vous": ("fr", ("tu", "toi", "te", "t'", "tes"), "le tutoiement"),
}

Where = Callable[[Any, Any], tuple[int | None, int | None]]


def tone_rules(tone: Any, path: str, where: Where = mark_of) -> list[dict[str, Any]]:
    """The raw rules for one ``tone:`` mapping (already merged over ``extends``)."""

    def fail(message: str, key: Any = None, node: Any = tone) -> ConfigError:
        return ConfigError(f"tone: {message}", path, *where(node, key))

    if not isinstance(tone, dict):
        raise fail("must be a mapping (emoji, exclamations, hashtags, banned, preferred, voice)")
    for key in tone:
        if key not in TONE_KEYS:
            raise fail(f"unknown key {key!r} (expected {', '.join(TONE_KEYS)})", key)
    level = tone.get("level", "warning")
    if level not in ("error", "warning", "info"):
        raise fail("level must be error, warning or info", "level")

    def rule(key: str, rule_id: str, **fields: Any) -> dict[str, Any]:
        raw = MarkedDict(
            id=rule_id,
            level=level,
            source=SOURCE,
            hint="Follow the brand tone guide, or ask its owner for an exception.",
            **fields,
        )
        raw.line, raw.column = (v or 1 for v in where(tone, key))
        raw.key_marks = {}
        return raw

    rules: list[dict[str, Any]] = []
    for key, measure, what in (
        ("emoji", "emoji", "emoji"),
        ("exclamations", "exclamations", "exclamation marks"),
        ("hashtags", "hashtags", "hashtags"),
    ):
        if key not in tone:
            continue
        limit, allow = _limit(tone[key], key, fail)
        if limit is not None:
            rules.append(
                rule(
                    key,
                    f"brand.{key}",
                    type="occurrence",
                    measure=measure,
                    max=limit,
                    message=f"{{count}} {what}: the brand tone guide allows at most {{max}}",
                )
            )
        if allow is not None and key != "exclamations":
            rules.append(
                rule(
                    key,
                    f"brand.{key}.unlisted",
                    type="allowlist",
                    measure=measure,
                    allow=allow,
                    message=f"'{{match}}' is not on the brand's list of {what}",
                )
            )
    if tone.get("banned"):
        rules.append(
            rule(
                "banned",
                "brand.banned-term",
                type="existence",
                match={"terms": _terms(tone["banned"], "banned", fail)},
                max_findings=3,
                message="'{match}' is on the brand's list of words not to use",
            )
        )
    if tone.get("preferred"):
        rules.append(
            rule(
                "preferred",
                "brand.preferred-term",
                type="substitution",
                swap=_swaps(tone["preferred"], fail),
                message="The brand says '{suggestion}' rather than '{match}'",
            )
        )
    if tone.get("voice"):
        rules.extend(_voice_rules(tone["voice"], rule, fail))
    return rules


def _limit(value: Any, key: str, fail: Callable[..., ConfigError]) -> tuple[Any, Any]:
    """``emoji: 3`` or ``emoji: {max: 3, allow: [...]}`` → (max or None, allow or None)."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = {"max": value}
    if not isinstance(value, dict):
        raise fail(f"{key} takes a number (the most per post) or {{max: n, allow: [...]}}", key)
    for sub in value:
        if sub not in ("max", "allow") or (sub == "allow" and key == "exclamations"):
            raise fail(f"{key}: unknown key {sub!r}", sub, value)
    limit = value.get("max")
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 0):
        raise fail(f"{key}: max must be a whole number ≥ 0", "max", value)
    allow = value.get("allow")
    if allow is not None and (
        not isinstance(allow, list) or not all(isinstance(a, str) and a.strip() for a in allow)
    ):
        raise fail(f"{key}: allow must be a list of strings", "allow", value)
    return limit, allow


def _terms(value: Any, key: str, fail: Callable[..., ConfigError]) -> Any:
    """A list of terms, or ``{en: [...], fr: [...]}``."""
    if isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value):
        return list(value)
    if isinstance(value, dict) and set(value) <= {"en", "fr"}:
        for lang, terms in value.items():
            if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
                raise fail(f"{key}: {lang} must be a list of terms", lang, value)
        return {lang: list(terms) for lang, terms in value.items()}
    raise fail(f"{key} must be a list of terms, or a mapping en/fr → list", key)


def _swaps(value: Any, fail: Callable[..., ConfigError]) -> dict[str, Any]:
    """``{avoided: preferred}``, or that per language."""
    if not isinstance(value, dict):
        raise fail("preferred must map each avoided term to the preferred one", "preferred")
    per_lang = set(value) <= {"en", "fr"} and all(isinstance(v, dict) for v in value.values())
    tables = value.values() if per_lang else [value]
    for table in tables:
        for avoided, preferred in table.items():
            if not isinstance(avoided, str) or not isinstance(preferred, str) or not preferred:
                raise fail("preferred: each entry is 'avoided: preferred'", avoided, table)
    return {k: dict(v) for k, v in value.items()} if per_lang else dict(value)


def _voice_rules(
    value: Any, rule: Callable[..., dict[str, Any]], fail: Callable[..., ConfigError]
) -> list[dict[str, Any]]:
    """``voice: nous`` / ``we`` / ``vous``, a list of them, or ``{en: we, fr: nous}``."""
    wanted = list(value.values()) if isinstance(value, dict) else value
    if isinstance(wanted, str):
        wanted = [wanted]
    if not isinstance(wanted, list) or not all(v in VOICES for v in wanted):
        raise fail(f"voice must be one or more of {', '.join(VOICES)}", "voice")
    terms: dict[str, list[str]] = {}
    said: list[str] = []
    for voice in wanted:
        lang, words, what = VOICES[voice]
        terms.setdefault(lang, []).extend(words)
        said.append(f"'{voice}' (not {what})")
    return [
        rule(
            "voice",
            "brand.voice",
            type="existence",
            langs=sorted(terms),
            match={"terms": terms},
            message="'{match}': the brand speaks as " + " and ".join(said),
        )
    ]
