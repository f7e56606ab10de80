"""The JSON report writes findings without json's pure-Python indented encoder: same text."""

from __future__ import annotations

import json
from typing import Any

import pytest

from postlint.report.json import _item

ITEMS: list[dict[str, Any]] = [
    {"rule": "a.b", "message": 'quote " back\\\\ slash\nnew line é \u2028 \x00 😀', "line": 3},
    {"post_id": None, "suggestion": None, "column": -1, "help": ""},
    {"flag": True, "ratio": 1.5, "rule": "x"},  # not written directly: goes through json
    {},
]


@pytest.mark.parametrize("item", ITEMS)
def test_item_text_is_json_dumps_indented(item: dict[str, Any]) -> None:
    expected = json.dumps(item, ensure_ascii=False, indent=1).replace("\n", "\n  ")
    assert _item(item) == expected
