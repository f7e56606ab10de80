"""Knowing the rules: ``--list-rules``, ``--explain RULE`` and the generated ``docs/rules``.

Everything here is derived from the rulesets (id, level, langs, message, description, hint,
source and ``cases:``), so the documentation cannot drift from what the linter does; a test
regenerates ``docs/rules`` and compares. Regenerate with::

    python -m postlint.ruledocs docs/rules
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from .errors import ConfigError
from .model import LANG_NAMES, Severity

if TYPE_CHECKING:
    from .engine import Linter
    from .rules.base import Rule, RuleMeta

PROJECT_URL = "https://github.com/postlint/postlint"
DOCS_URL = f"{PROJECT_URL}/blob/main/docs/rules"
REGENERATE = "python -m postlint.ruledocs docs/rules"

LevelFor = Callable[[str, Severity], "Severity | None"]


def theme(rule_id: str) -> str:
    return rule_id.split(".", 1)[0]


def anchor(rule_id: str) -> str:
    """GitHub's anchor for a ``## `tone.shouting` `` heading: punctuation dropped."""
    return re.sub(r"[^\w\- ]", "", rule_id.lower()).replace(" ", "-")


def help_url(rule_id: str) -> str:
    return f"{DOCS_URL}/{theme(rule_id)}.md#{anchor(rule_id)}"


def plain_message(meta: RuleMeta) -> str:
    """The message template with ``…`` for each ``{placeholder}`` (filled in per finding)."""
    return " ".join(re.sub(r"\{\w*\}", "…", meta.message).split())


def summary(meta: RuleMeta, width: int = 100) -> str:
    """One line: the description's first sentence, else the message template."""
    text = " ".join((meta.description.strip() or plain_message(meta)).split())
    first = first_sentence(text)
    return first if len(first) <= width else first[: width - 1].rstrip() + "…"


_OPEN, _CLOSE = "([«“", ")]»”"


def first_sentence(text: str) -> str:
    """Up to the first ``.``, ``!`` or ``?`` that ends a sentence outside brackets and quotes
    (``"Guess what?"`` inside an example list does not end it)."""
    depth = 0
    quoted = False
    for i, char in enumerate(text):
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        elif char == '"':
            quoted = not quoted
        elif char in ".!?" and not depth and not quoted:
            rest = text[i + 1 : i + 3]
            if rest[:1] == " " and rest[1:2].isupper():
                return text[: i + 1]
    return text


def source_path(meta: RuleMeta) -> str:
    """The ruleset file, relative to the folder holding ``rulesets/`` (stable across machines)."""
    from .resources import rulesets_root

    path = Path(meta.path)
    try:
        return (Path("rulesets") / path.resolve().relative_to(rulesets_root().resolve())).as_posix()
    except ValueError:
        return path.name


def examples(meta: RuleMeta) -> dict[str, tuple[Any, Any]]:
    """Per language, the first case that fires and the first that does not (None if absent)."""
    found: dict[str, tuple[Any, Any]] = {}
    cases = meta.cases if isinstance(meta.cases, Mapping) else {}
    for lang in meta.langs:
        per_lang = cases.get(lang) or {}
        fail = (per_lang.get("fail") or [None])[0]
        ok = (per_lang.get("pass") or [None])[0]
        if fail is not None or ok is not None:
            found[lang] = (fail, ok)
    return found


def case_text(case: Any) -> tuple[str, str]:
    """(text, context): context names the kind, platform or post replied to, when given."""
    if not isinstance(case, Mapping):
        return str(case), ""
    context = []
    if case.get("kind") and case["kind"] != "post":
        context.append(str(case["kind"]))
    if case.get("platform"):
        context.append(f"on {case['platform']}")
    if case.get("in_reply_to"):
        context.append(f"replying to “{case['in_reply_to']}”")
    return str(case.get("text", "")), ", ".join(context)


# ------------------------------------------------------------------------ --list-rules


def list_rules(rules: Sequence[Rule], level_for: LevelFor, as_json: bool = False) -> str:
    rows = []
    for rule in sorted(rules, key=lambda r: r.meta.id):
        meta = rule.meta
        level = level_for(meta.id, meta.level)
        rows.append((meta.id, str(level) if level else "off", ",".join(meta.langs), summary(meta)))
    if as_json:
        keys = ("id", "level", "langs", "summary")
        return (
            json.dumps([dict(zip(keys, r, strict=True)) for r in rows], ensure_ascii=False) + "\n"
        )
    widths = [max([len(r[i]) for r in rows] + [len(h)]) for i, h in enumerate(("RULE", "LEVEL"))]
    lines = [f"{'RULE':<{widths[0]}}  {'LEVEL':<{widths[1]}}  LANGS  SUMMARY"]
    for rule_id, shown, langs, text in rows:
        lines.append(f"{rule_id:<{widths[0]}}  {shown:<{widths[1]}}  {langs:<5}  {text}")
    lines.append(f"{len(rows)} rules; postlint --explain RULE for one of them")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------ --explain


def find_rule(rules: Sequence[Rule], rule_id: str) -> Rule:
    """The rule named ``rule_id``; a ConfigError (exit 2) naming close ids otherwise."""
    wanted = rule_id.strip().lower()
    for rule in rules:
        if rule.meta.id == wanted:
            return rule
    ids = sorted(rule.meta.id for rule in rules)
    close = [i for i in ids if i.startswith(wanted + ".")][:8]
    close = close or difflib.get_close_matches(wanted, ids, n=5, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else "; see postlint --list-rules"
    raise ConfigError(f"unknown rule {rule_id!r}{hint}")


def explain(rule: Rule, level_for: LevelFor) -> str:
    meta = rule.meta
    level = level_for(meta.id, meta.level)
    shown = str(level) if level else "off"
    if level != meta.level:
        shown += f" (default {meta.level})"
    out = [
        f"{meta.id} — {shown}; languages {', '.join(meta.langs)}; for {', '.join(meta.kinds)}"
        + (f"; on {', '.join(meta.platforms)}" if meta.platforms else ""),
        "",
        "What it finds",
        _indent(meta.description or plain_message(meta)),
    ]
    if meta.description:
        out.append(_indent(f"Message: {plain_message(meta)}"))
    out += ["", "Why", _indent(meta.source or "(no source given)")]
    out += ["", "What to do instead", _indent(meta.hint)]
    for lang, (fail, ok) in examples(meta).items():
        for title, case in ((f"Fires ({lang})", fail), (f"Does not fire ({lang})", ok)):
            if case is None:
                continue
            text, context = case_text(case)
            out += ["", title + (f" — {context}" if context else ""), _indent(text)]
    out += ["", "Source", _indent(f"{source_path(meta)}:{meta.line}  ({help_url(meta.id)})")]
    return "\n".join(out) + "\n"


def _indent(text: str) -> str:
    return "\n".join("    " + line if line else "" for line in text.strip().splitlines())


# ------------------------------------------------------------------------ docs/rules


def render_docs(rules: Iterable[Rule]) -> dict[str, str]:
    """File name → Markdown: one page per theme plus ``README.md``, the index."""
    by_theme: dict[str, list[RuleMeta]] = {}
    for rule in sorted(rules, key=lambda r: r.meta.id):
        by_theme.setdefault(theme(rule.meta.id), []).append(rule.meta)
    note = f"<!-- Generated from the rulesets by `{REGENERATE}`; do not edit by hand. -->\n"
    pages = {}
    index = [note, "# postlint rules\n", "| Rule | Level | Languages | What it finds |"]
    index.append("|---|---|---|---|")
    for name, metas in by_theme.items():
        page = [note, f"# `{name}` rules\n", "| Rule | Level | Languages | What it finds |"]
        page.append("|---|---|---|---|")
        for meta in metas:
            row = f"| {meta.level} | {', '.join(meta.langs)} | {_cell(summary(meta))} |"
            page.append(f"| [`{meta.id}`](#{anchor(meta.id)}) {row}")
            index.append(f"| [`{meta.id}`]({name}.md#{anchor(meta.id)}) {row}")
        for meta in metas:
            page += ["", *_rule_section(meta)]
        pages[f"{name}.md"] = "\n".join(page) + "\n"
    index += ["", "Each rule's level can be changed, or the rule turned off, in `.postlint.yaml`."]
    index.append("`postlint --explain RULE` prints a rule's page in the terminal.")
    pages["README.md"] = "\n".join(index) + "\n"
    return pages


def _rule_section(meta: RuleMeta) -> list[str]:
    facts = [f"**Level:** {meta.level}", f"**Languages:** {', '.join(meta.langs)}"]
    facts.append(f"**Applies to:** {', '.join(meta.kinds)}")
    if meta.platforms:
        facts.append(f"**Platforms:** {', '.join(meta.platforms)}")
    lines = [f"## `{meta.id}`", "", " · ".join(facts), ""]
    if meta.description:
        lines += [meta.description.strip(), ""]
    lines += [f"**Message:** {_inline(meta.message)}", ""]
    lines += [f"**Why:** {_link(meta.source) if meta.source else '(no source given)'}", ""]
    lines += [f"**What to do instead:** {meta.hint.strip()}", ""]
    for lang, (fail, ok) in examples(meta).items():
        for verdict, case in (("fires", fail), ("does not fire", ok)):
            if case is None:
                continue
            text, context = case_text(case)
            label = f"{LANG_NAMES.get(lang, lang)}, {verdict}"
            lines += [f"{label}{f' ({context})' if context else ''}:", "", *_fence(text), ""]
    lines.append(f"Defined in `{source_path(meta)}`.")
    return lines


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _inline(text: str) -> str:
    return "`" + text.replace("`", "'") + "`"


def _link(source: str) -> str:
    source = source.strip()
    return f"<{source}>" if re.fullmatch(r"https?://\S+", source) else source


def _fence(text: str) -> list[str]:
    fence = "~~~~" if "```" in text else "```"
    return [f"{fence}text", *text.splitlines(), fence]


def write_docs(directory: Path, rules: Iterable[Rule]) -> list[Path]:
    """Write the pages (and remove stale theme pages); returns the files written."""
    directory.mkdir(parents=True, exist_ok=True)
    pages = render_docs(rules)
    for old in directory.glob("*.md"):
        if old.name not in pages:
            old.unlink()
    written = []
    for name, text in pages.items():
        path = directory / name
        path.write_text(text, encoding="utf-8", newline="\n")
        written.append(path)
    return written


def run_info(args: Any, linter: Linter, out: TextIO) -> int:
    """``--list-rules`` / ``--explain RULE`` for the CLI, under the run's configuration."""
    rules = with_online(linter.rules)
    level_for = linter.config.level_for
    if args.explain:
        out.write(explain(find_rule(rules, args.explain), level_for))
    else:
        out.write(list_rules(rules, level_for, as_json=args.format == "json"))
    return 0


def with_online(rules: Iterable[Rule]) -> list[Rule]:
    """``rules`` and --online's two rules (no YAML, listed and documented all the same)."""
    from .online import RULES as ONLINE_RULES

    return [*rules, *ONLINE_RULES]


def builtin_rules() -> list[Rule]:
    """The bundled rules under the default settings (no user config, no extra rulesets)."""
    from .config import Config
    from .engine import Linter

    return with_online(Linter(Config()).rules)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1 or args[0].startswith("-"):
        sys.stderr.write(f"usage: {REGENERATE.replace('docs/rules', 'DIR')}\n")
        return 2
    written = write_docs(Path(args[0]), builtin_rules())
    sys.stdout.write(f"wrote {len(written)} files to {args[0]}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
