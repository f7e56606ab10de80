"""Big JSON Lines files linted by several processes, with the same output as one.

Only the command uses this (``Linter.lint_many`` stays in one process: a library caller owns
its parallelism). The file's bytes are cut into chunks of whole lines; worker processes parse
each chunk and run the per-post rules; the chunks come back in file order. The
parent runs the batch rules (``Rule.batch``, which need every post of the run in order) over
the posts the workers pass back, and merges their findings into each post's list, sorted as
``Linter._lint`` sorts them. A post holding suppression directives is linted whole in the
parent (whether a directive was used depends on the batch rules too). A bad line stops the
run after the posts before it, with the error the one-process path raises.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import SourceError

if TYPE_CHECKING:
    from .engine import Linter
    from .model import Finding, Post

MIN_LINES = 20_000  # smaller files: starting processes costs more than it saves
MIN_BYTES = 4 << 20
CHUNK_LINES = 256
# A chunk of CHUNK_LINES posts takes well under a second. Past this many seconds without a
# chunk (a hung worker), the pool is given up and the rest of the file is linted in this
# process (same output).
CHUNK_TIMEOUT = 60.0
WINDOW = 4  # chunks in flight per worker: enough to keep them busy, few to wait for on a stop

# A worker's result for one post: (findings, post, (lang, prepared batch values)). findings
# None: lint the post whole in the parent; post None: no batch rule counts it.
Batch = tuple[str, tuple[tuple[int, object], ...]]
Entry = tuple["list[Finding] | None", "Post | None", "Batch | None"]
# The error that stopped a chunk: (message, path, line, column).
Stop = tuple[str, "str | None", "int | None", "int | None"]

_worker: dict[str, Any] = {}


def default_jobs() -> int:
    """``POSTLINT_JOBS`` when set, else min(2, usable CPUs)."""
    env = os.environ.get("POSTLINT_JOBS", "").strip()
    if env.isdigit() and int(env) > 0:
        return int(env)
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return max(1, min(2, cpus))


def _min_lines() -> int:
    env = os.environ.get("POSTLINT_POOL_MIN_LINES", "").strip()
    return int(env) if env.isdigit() else MIN_LINES


def _chunk_timeout() -> float:
    env = os.environ.get("POSTLINT_POOL_TIMEOUT", "").strip()
    try:
        return float(env) if env else CHUNK_TIMEOUT
    except ValueError:
        return CHUNK_TIMEOUT


def lint_file(
    path: Path, linter: Linter, max_bytes: int, display_path: str, jobs: int
) -> Iterator[list[Finding]]:
    """Each post's findings in file order (``stream_file`` + ``lint_many``), over ``jobs``
    processes when the file is a streamed JSON Lines file of at least MIN_LINES lines or
    MIN_BYTES bytes and no live look-up is on."""
    from .sources import stream_file, streamed_bytes

    data = None
    if jobs > 1 and linter.online is None:
        data = streamed_bytes(path, max_bytes=max_bytes, display_path=display_path)
    if data is None:
        posts = stream_file(path, max_bytes=max_bytes, display_path=display_path)
        for _post, findings in linter.lint_many(posts):
            yield findings
        return
    from .sources.batch_json import jsonl_body, lines_posts

    body = jsonl_body(data, display_path)
    del data
    if len(body) < MIN_BYTES and body.count(b"\n") < _min_lines():
        posts = lines_posts(body, 0, len(body), 1, display_path, path.name)
        for _post, findings in linter.lint_many(posts):
            yield findings
        return
    yield from _pooled(body, linter, display_path, path.name, jobs)


def _chunks(data: bytes) -> Iterator[tuple[int, int, int]]:
    """(start, end, number of the first line) of runs of CHUNK_LINES whole lines."""
    start = 0
    number = 1
    size = len(data)
    while start < size:
        end = start
        for _ in range(CHUNK_LINES):
            end = data.find(b"\n", end, size)
            if end == -1:
                end = size
                break
            end += 1
            if end >= size:
                break
        yield start, end, number
        number += CHUNK_LINES
        start = end


def _pooled(
    data: bytes, linter: Linter, where: str, name: str, jobs: int
) -> Iterator[list[Finding]]:
    """Chunks linted by ``jobs`` worker processes, merged back in file order.

    A ``ProcessPoolExecutor`` with a bounded window of chunks in flight, rather than
    ``Pool.imap``: a worker that dies makes it raise ``BrokenProcessPool`` instead of waiting
    forever, and stopping early (a bad line) waits only for the few chunks in flight instead of
    ``Pool.terminate``, which can hang on a queue lock held by a worker it killed. When the pool
    breaks or a chunk takes longer than ``CHUNK_TIMEOUT``, the parent lints the rest itself.
    """
    import multiprocessing
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures import TimeoutError as FutureTimeout
    from concurrent.futures.process import BrokenProcessPool

    _ = linter.compiled  # loaded before the fork, so workers share it
    methods = multiprocessing.get_all_start_methods()
    context: Any
    if "fork" in methods:
        context = multiprocessing.get_context("fork")
        spec: Any = linter  # inherited by the forked workers, never pickled
    else:
        context = multiprocessing.get_context("spawn")
        spec = (linter.config, linter._cache_dir, linter._use_cache, linter.gate)
    states: dict[int, object] = {}
    chunks = list(_chunks(data))
    done = 0
    broken = False
    executor = ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_init, initargs=(spec, data, where, name)
    )
    pending: deque[Future[tuple[list[Entry], Stop | None]]] = deque()
    try:
        for chunk in chunks[: jobs * WINDOW]:
            pending.append(executor.submit(_lint_chunk, chunk))
        submitted = len(pending)
        while pending:
            try:
                entries, stop = pending.popleft().result(timeout=_chunk_timeout())
                if submitted < len(chunks):
                    pending.append(executor.submit(_lint_chunk, chunks[submitted]))
                    submitted += 1
            except (BrokenProcessPool, FutureTimeout):
                broken = True
                break
            done += 1
            yield from _merged(entries, stop, linter, states)
    finally:
        _shut_down(executor, broken)
    if done < len(chunks):
        _init(linter, data, where, name)
        for chunk in chunks[done:]:
            yield from _merged(*_lint_chunk(chunk), linter, states)


def _shut_down(executor: Any, broken: bool) -> None:
    """Cancel what has not started; a broken or hung pool's workers are killed, not awaited."""
    if broken:
        for process in list(getattr(executor, "_processes", {}).values()):
            process.kill()
    executor.shutdown(wait=not broken, cancel_futures=True)


def _merged(
    entries: list[Entry], stop: Stop | None, linter: Linter, states: dict[int, object]
) -> Iterator[list[Finding]]:
    """A chunk's posts with the batch rules' findings added in the parent, in file order."""
    from .engine import sort_key

    for findings, post, batch in entries:
        if findings is None:
            assert post is not None
            findings = linter._lint(post, states)
        elif post is not None:
            assert batch is not None
            lang, prepared = batch
            extra = linter.batch_findings(post, lang, prepared, states)
            if extra:
                findings = sorted(findings + extra, key=sort_key)
        yield findings
    if stop is not None:
        raise SourceError(*stop)


# -------------------------------------------------------------------- in the workers


def _init(spec: Any, data: bytes, where: str, name: str) -> None:
    from .engine import Linter

    if isinstance(spec, Linter):
        linter = spec
    else:
        config, cache_dir, use_cache, gate = spec
        linter = Linter(config, cache_dir=cache_dir, use_cache=use_cache, gate=gate)
    _worker.update(linter=linter, data=data, where=where, name=name)


def _lint_chunk(task: tuple[int, int, int]) -> tuple[list[Entry], Stop | None]:
    """Parse and lint the lines of one chunk (per-post rules only)."""
    from .langid import guess_lang
    from .sources.batch_json import lines_posts

    linter: Linter = _worker["linter"]
    default_lang = linter.config.default_lang
    start, end, number = task
    entries: list[Entry] = []
    posts = lines_posts(_worker["data"], start, end, number, _worker["where"], _worker["name"])
    try:
        for post in posts:
            if post.disabled or "postlint-" in post.text:
                entries.append((None, post, None))
                continue
            lang = post.lang or guess_lang(post.text, default_lang)
            findings = linter._lint(post, None, lang)
            prepared = linter.batch_prepare(post, lang)
            if prepared:
                entries.append((findings, post, (lang, prepared)))
            else:
                entries.append((findings, None, None))
    except SourceError as exc:
        return entries, _stop(exc)
    return entries, None


def _stop(exc: SourceError) -> Stop:
    """The error as plain values (an exception pickles without its path and position)."""
    return (exc.detail, exc.path, exc.line, exc.column)
