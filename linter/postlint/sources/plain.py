"""A ``.txt`` file is one post: the whole file, verbatim."""

from __future__ import annotations

from ..model import Post
from .records import Located, build_post, trim_verbatim


def read_plain(text: str, path: str, name: str) -> list[Post]:
    """One post whose id is the file name; an empty or blank file holds no post."""
    body, line, column = trim_verbatim(text, 1, 1)
    if not body:
        return []
    record = {"text": Located(body, line, column)}
    return [build_post(record, path=path, line=line, column=column, default_id=name)]
