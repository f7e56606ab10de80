"""CSV/TSV content calendars: a header row, then one post per row.

The ``csv`` module gives no positions, so rows are tokenised here (RFC 4180: quoted cells
may hold the delimiter, newlines and doubled quotes) and each cell keeps its offset. A cell
is verbatim unless it holds a doubled quote (``""``), which makes its text ``escaped``.
Only the delimiter is guessed, by ``csv.Sniffer`` among ``, ; TAB |``, checked against the
header line.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass

from ..errors import SourceError
from ..model import Post
from ..positions import LineIndex
from .records import Located, build_post, trim_verbatim

DELIMITERS = ",;\t|"
# Header names of the post text, in priority order (compared without case or accents).
TEXT_COLUMNS = (
    "text",
    "post",
    "message",
    "content",
    "copy",
    "caption",
    "body",
    "tweet",
    "texte",
    "contenu",
    "publication",
    "légende",
    "corps",
)
# Other header names → record fields (compared without case or accents).
FIELD_COLUMNS = {
    "id": "id",
    "lang": "lang",
    "langue": "lang",
    "language": "lang",
    "kind": "kind",
    "type": "kind",
    "platform": "platform",
    "plateforme": "platform",
    "network": "platform",
    "réseau": "platform",
    "in_reply_to": "in_reply_to",
    "reply_to": "in_reply_to",
    "en_réponse_à": "in_reply_to",
    "scheduled_at": "scheduled_at",
    "date": "scheduled_at",
    "publish_at": "scheduled_at",
    "date_de_publication": "scheduled_at",
    "account": "account",
    "compte": "account",
    "disable": "postlint",
    "postlint_disable": "postlint",
}
_QUOTED = re.compile(r'"([^"]*(?:""[^"]*)*)"')


def normalise(name: str) -> str:
    """``" Date de publication "`` → ``"date_de_publication"``; ``"Légende"`` → ``"legende"``."""
    folded = unicodedata.normalize("NFKD", name.strip().lower())
    folded = "".join(char for char in folded if not unicodedata.combining(char))
    return re.sub(r"[\s\-]+", "_", folded)


_TEXT_KEYS = tuple(normalise(name) for name in TEXT_COLUMNS)
_FIELD_KEYS = {normalise(name): field for name, field in FIELD_COLUMNS.items()}


@dataclass(slots=True)
class Cell:
    value: str
    offset: int  # of the cell's first character (after an opening quote)
    escaped: bool = False


def sniff_delimiter(text: str) -> str:
    """The delimiter, preferring csv.Sniffer's guess when the header line agrees with it."""
    header = text.lstrip(" \t\n").split("\n", 1)[0]
    try:
        guess = csv.Sniffer().sniff(text[:8192], delimiters=DELIMITERS).delimiter
    except csv.Error:
        guess = ""
    if guess and guess in header:
        return guess
    counts = [(header.count(char), char) for char in DELIMITERS]
    best = max(counts, key=lambda item: item[0])
    return best[1] if best[0] else ","


def tokenise(text: str, delimiter: str, index: LineIndex, path: str) -> list[list[Cell]]:
    """Rows of cells, each cell knowing its offset in ``text``."""
    plain = re.compile(f"[^{re.escape(delimiter)}\\n]*")
    rows: list[list[Cell]] = []
    row: list[Cell] = []
    offset, size = 0, len(text)
    while offset < size:
        if text.startswith('"', offset):
            match = _QUOTED.match(text, offset)
            if match is None:
                line, column = index.position(offset)
                raise SourceError("quoted cell is never closed", path, line, column)
            raw = match.group(1)
            row.append(Cell(raw.replace('""', '"'), offset + 1, '""' in raw))
        else:
            match = plain.match(text, offset)
            row.append(Cell(match.group(), offset))  # type: ignore[union-attr]
        offset = match.end()  # type: ignore[union-attr]
        if offset >= size:
            break
        char = text[offset]
        offset += 1
        if char == "\n":
            rows.append(row)
            row = []
        elif char != delimiter:
            line, column = index.position(offset - 1)
            raise SourceError(
                f"unexpected {char!r} after a quoted cell (expected the delimiter"
                f" {delimiter!r} or the end of the line)",
                path,
                line,
                column,
            )
        elif offset == size:
            row.append(Cell("", offset))
    if row:
        rows.append(row)
    return rows


def _columns(header: list[Cell], index: LineIndex, path: str) -> tuple[int, dict[int, str]]:
    """The text column's index, and the record field of every other column."""
    names = [normalise(cell.value) for cell in header]
    text_column = next((names.index(key) for key in _TEXT_KEYS if key in names), None)
    if text_column is None:
        line, _ = index.position(header[0].offset)
        raise SourceError(
            "no text column in the header; name it one of: " + ", ".join(TEXT_COLUMNS),
            path,
            line,
        )
    fields: dict[int, str] = {}
    taken = {"text"}
    for number, (cell, key) in enumerate(zip(header, names, strict=True)):
        if number == text_column:
            continue
        field = _FIELD_KEYS.get(key)
        if field and field not in taken:
            taken.add(field)
            fields[number] = field
        else:
            fields[number] = cell.value.strip() or f"column_{number + 1}"
    return text_column, fields


def _record(
    row: list[Cell], text_column: int, fields: dict[int, str], index: LineIndex, path: str
) -> dict[str, Located]:
    record: dict[str, Located] = {}
    for number, cell in enumerate(row):
        line, column = index.position(cell.offset)
        if number == text_column:
            if cell.escaped:
                record["text"] = Located(cell.value.strip(), line, column, escaped=True)
            else:
                record["text"] = Located(*trim_verbatim(cell.value, line, column))
            continue
        if not cell.value.strip():
            continue
        field = fields.get(number)
        if field is None:
            raise SourceError(
                f"row has {len(row)} cells but the header has {len(fields) + 1}",
                path,
                line,
                column,
            )
        value = {"disable": cell.value} if field == "postlint" else cell.value
        record[field] = Located(value, line, column)
    return record


def read_csv(text: str, path: str, name: str, delimiter: str | None = None) -> list[Post]:
    """Posts of a calendar; rows whose text cell is empty are skipped (planned, not written)."""
    index = LineIndex(text)
    rows = tokenise(text, delimiter or sniff_delimiter(text), index, path)
    rows = [row for row in rows if any(cell.value.strip() for cell in row)]
    if not rows:
        return []
    text_column, fields = _columns(rows[0], index, path)
    posts = []
    for row in rows[1:]:
        if text_column >= len(row) or not row[text_column].value.strip():
            continue
        record = _record(row, text_column, fields, index, path)
        line, column = index.position(row[0].offset)
        default_id = f"{name}:{line}"
        posts.append(build_post(record, path=path, line=line, column=column, default_id=default_id))
    return posts


def read_tsv(text: str, path: str, name: str) -> list[Post]:
    """A tab-separated calendar: the same as CSV with the delimiter fixed."""
    return read_csv(text, path, name, delimiter="\t")
