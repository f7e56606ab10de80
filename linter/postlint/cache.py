"""The compiled form of the rulesets and its disk cache.

A warm run reads one pickle and never imports spaCy, YAML or the compiler, so this module
imports only the standard library. The cache key is made of cheap facts read with ``stat``
and one directory listing, never by importing a package or reading its metadata:

- the cache format, postlint's version, Python's exact version and regex engine (regexes
  are stored compiled, see ``LazyRegex``);
- the size and modification time (ns) of every ruleset, lexicon and registry file — the same
  test Python uses for its own bytecode cache;
- the names (versions included) and modification times of the ``spacy`` and
  ``spacy_lookups_data`` dist-info folders, found next to the ``spacy`` package on
  ``sys.path`` without importing it;
- the configuration that changes what is compiled (rule parameters).

Files are written atomically (temporary file + rename), so concurrent runs never read half a
pickle; a missing, unreadable or corrupt file is simply rebuilt. Old entries are pruned.
"""

from __future__ import annotations

import _sre
import contextlib
import gc
import os
import pickle
import re
import sys
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from . import __version__
from .digest import blake2b

if TYPE_CHECKING:
    from .matching import PhraseIndex
    from .rules.base import Rule
    from .tokens import TokenizerTables

CACHE_FORMAT = 22
KEEP_ENTRIES = 8  # most recent compiled files kept per cache directory
SPACY_DISTS = ("spacy", "spacy_lookups_data")
CODE_TYPE = "I" if array("I").itemsize == _sre.CODESIZE else "L"  # one regex code word


@dataclass(slots=True)
class Compiled:
    """What a run needs: built rules, one phrase index and tokenizer tables per language."""

    rules: list[Rule]
    indexes: dict[str, PhraseIndex]
    tokenizers: dict[str, TokenizerTables]  # spaCy's tokenizer data, per language
    files: list[str] = field(default_factory=list)
    # per language, the pickled gate (``gate.GateSet``), unpickled on its first gated post
    gates: dict[str, bytes] | None = None


def data_files(roots: Iterable[str | Path]) -> list[str]:
    """Every ``*.yaml`` file under the given folders, sorted (hidden folders skipped); paths
    as strings, which a warm start stats and hashes and never needs as ``Path`` objects."""
    found: list[str] = []
    for root in roots:
        for folder, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            found.extend(os.path.join(folder, f) for f in files if f.endswith((".yaml", ".yml")))
    return sorted(found)


def cache_key(files: Sequence[str | Path], extra: str = "") -> str:
    """A short hash of everything the compiled result depends on (see the module docstring)."""
    digest = blake2b(digest_size=12)
    head = f"{CACHE_FORMAT}|{__version__}|{sys.version}|{_sre.MAGIC}|{spacy_fingerprint()}|{extra}"
    digest.update(head.encode())
    for path in files:
        try:
            st = os.stat(path)
            digest.update(f"\n{path}|{st.st_size}|{st.st_mtime_ns}".encode())
        except OSError:
            digest.update(f"\n{path}|missing".encode())
    return digest.hexdigest()


def spacy_fingerprint() -> str:
    """Names and mtimes of spaCy's dist-info folders (their names carry the versions)."""
    for entry in sys.path:
        if not entry or not os.path.isdir(os.path.join(entry, "spacy")):
            continue
        try:
            names = os.listdir(entry)
        except OSError:
            continue
        parts = []
        for name in sorted(names):
            if name.endswith(".dist-info") and name.split("-", 1)[0] in SPACY_DISTS:
                try:
                    mtime = os.stat(os.path.join(entry, name)).st_mtime_ns
                except OSError:
                    mtime = 0
                parts.append(f"{name}@{mtime}")
        return f"{entry}:{','.join(parts)}"
    return "no-spacy"


def compiled_regex_parts(regex: re.Pattern[str]) -> tuple[Any, ...]:
    """What ``_sre.compile`` needs to rebuild ``regex`` without parsing it again; the code
    is packed into bytes (a list of ints costs one pickle opcode per int: ~200,000 in all)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(regex.pattern, regex.flags)
    code = array(CODE_TYPE, _compiler._code(parsed, regex.flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    flags = regex.flags | parsed.state.flags
    gate = _required_texts(parsed.data)
    return (
        regex.pattern,
        flags,
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
        tuple(sorted(gate)) if gate else None,
    )


def _required_texts(items: Any) -> set[str] | None:
    """Case-folded texts one of which every match must contain (None: unknown).

    Every part a match cannot skip (a run of literals, a class of literals, a group, a
    branch whose every alternative has such texts, a repeat of at least one) offers a set;
    the most selective is kept: its shortest text is the longest ("meuf", not "la", for
    "la meuf de la compta"). Zero-width assertions and optional parts are passed over."""
    from re import _constants as c  # type: ignore[attr-defined]

    best: set[str] | None = None
    run: list[str] = []

    def offer(found: set[str] | None) -> None:
        nonlocal best
        if found and (best is None or _selectivity(found) > _selectivity(best)):
            best = found

    for op, arg in items:
        if op is c.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            offer({"".join(run).casefold()})
            run = []
        if op is c.IN:
            if all(member[0] is c.LITERAL for member in arg):
                offer({chr(member[1]).casefold() for member in arg})
        elif op is c.BRANCH:
            found: set[str] = set()
            for branch in arg[1]:
                got = _required_texts(branch)
                if not got:
                    found = set()
                    break
                found |= got
            offer(found)
        elif op is c.SUBPATTERN:
            offer(_required_texts(arg[-1]))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] >= 1:
            offer(_required_texts(arg[2]))
    if run:
        offer({"".join(run).casefold()})
    return best


def _selectivity(texts: set[str]) -> tuple[int, int]:
    """How rarely one of ``texts`` is found in a post: longer texts, then fewer of them."""
    return min(len(t) for t in texts), -len(texts)


# (pattern, flags) → case-folded texts one of which every match holds (see ``_required_texts``):
# a post whose case-folded text holds none of them cannot match, so it is not scanned.
REGEX_GATES: dict[tuple[str, int], tuple[str, ...]] = {}


def rebuild_regex(
    pattern: str,
    flags: int,
    code: bytes,
    groups: int,
    groupindex: Any,
    indexgroup: Any,
    gate: tuple[str, ...] | None = None,
) -> re.Pattern[str]:
    """Unpickle a regex from its compiled code: ~50× faster than ``re.compile``. The cache
    key holds the exact Python version and ``_sre.MAGIC``, so the code fits."""
    if gate:
        REGEX_GATES[(pattern, flags)] = gate
    try:
        ops = array(CODE_TYPE, code).tolist()
        return _sre.compile(pattern, flags, ops, groups, groupindex, indexgroup)  # type: ignore[no-any-return]
    except Exception:  # a different regex engine: compile from the source
        return re.compile(pattern, flags)


# What a LazyRegex copies from the real pattern on first use: then its calls go straight to
# the pattern's own methods, found in the instance dict, at no extra cost.
_PATTERN_ATTRS = (
    "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
    "groups", "groupindex",
)  # fmt: skip


class LazyRegex:
    """A cached regex, rebuilt from its code on first use (``rebuild_regex``).

    A warm run on one draft used to rebuild all ~2,000 regexes of the rulesets while
    unpickling (about a tenth of its time) and then scan with a few dozen: a regex belongs to
    one language, and most are skipped for lacking a prefix (``REGEX_GATES``)."""

    def __init__(self, parts: tuple[Any, ...]) -> None:
        self.pattern: str = parts[0]
        self.flags: int = parts[1]
        self._parts = parts
        if parts[6]:
            REGEX_GATES[(parts[0], parts[1])] = parts[6]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "_parts":
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def compiled(self) -> re.Pattern[str]:
        """The real pattern, rebuilt on the first call."""
        attrs = self.__dict__
        real: re.Pattern[str] | None = attrs.get("_real")
        if real is None:
            real = attrs["_real"] = rebuild_regex(*self._parts[:6])  # gate set in __init__
            for attr in _PATTERN_ATTRS:
                attrs[attr] = getattr(real, attr)
        return real

    def __reduce__(self) -> tuple[Any, ...]:
        return LazyRegex, (self._parts,)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyRegex):
            return self._parts[:4] == other._parts[:4]
        if isinstance(other, re.Pattern):
            return self.compiled() == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.pattern, self.flags))

    def __repr__(self) -> str:
        return f"LazyRegex({self.pattern!r}, {self.flags})"


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, re.Pattern) and isinstance(obj.pattern, str):
            try:
                parts = compiled_regex_parts(obj)
                if rebuild_regex(*parts) == obj:
                    return LazyRegex, (parts,)
            except Exception:  # private API changed: store the plain pattern
                pass
        return NotImplemented


def cache_path(cache_dir: Path, key: str) -> Path:
    return cache_dir / f"compiled-{key}.pickle"


def load_cached(cache_dir: Path, key: str) -> Compiled | None:
    """The cached compiled rules, or None when absent or unreadable (then the caller rebuilds)."""
    try:
        with open(cache_path(cache_dir, key), "rb") as fh:
            compiled = _unpickle(fh)
    except FileNotFoundError:
        return None
    except Exception:  # a corrupt or stale cache is rebuilt, never fatal
        return None
    return compiled if isinstance(compiled, Compiled) else None


def _unpickle(fh: BinaryIO) -> Any:
    """``pickle.load`` with the cyclic garbage collector paused: unpickling allocates tens
    of thousands of containers, none of them garbage, and the collections they would
    trigger cost a warm run on one draft several milliseconds."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.load(fh)
    finally:
        if enabled:
            gc.enable()


def store_cached(cache_dir: Path, key: str, compiled: Compiled) -> None:
    """Write atomically (temp file + rename); a cache that cannot be written is not an error."""
    import tempfile

    tmp = None
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".compiled-", suffix=".tmp", dir=cache_dir)
        with os.fdopen(fd, "wb") as fh:
            _Pickler(fh, protocol=pickle.HIGHEST_PROTOCOL).dump(compiled)
        os.replace(tmp, cache_path(cache_dir, key))
        tmp = None
        prune(cache_dir, keep=KEEP_ENTRIES)
    except OSError:
        return
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def prune(cache_dir: Path, keep: int) -> None:
    """Remove all but the ``keep`` most recently written compiled files."""
    entries = []
    for path in cache_dir.glob("compiled-*.pickle"):
        try:
            entries.append((path.stat().st_mtime_ns, path))
        except OSError:
            continue
    entries.sort(reverse=True)
    for _, path in entries[keep:]:
        with contextlib.suppress(OSError):
            path.unlink()
