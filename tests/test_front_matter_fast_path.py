"""The front matter read without PyYAML gives exactly what the YAML path gives, or defers."""

from __future__ import annotations

import pytest

from postlint.sources.batch_yaml import compose, mapping_record
from postlint.sources.markdown import _simple_front_matter

SIMPLE = [
    "id: launch-day\nlang: fr\nkind: post\n",
    "lang: en\n# a comment\n\nplatform: linkedin\nscheduled_at: 2026-03-02T09:30:00+01:00\n",
    "account: brand_fr\nin_reply_to: Where is my parcel? It never came\nid: 0042\n",
    "kind: reply   \nlang: no\n",
    "in_reply_to: null\nlang: fr\n",
    "in_reply_to: \"Mon colis : toujours rien 😡\"\nid: 'r-1'\n",
    "account: ~\n",
]

NEEDS_YAML = [
    'in_reply_to: "an escaped \\" quote"\n',
    "id: 'it''s'\n",
    "postlint: {disable: [tone]}\n",
    "tags: [a, b]\n",
    "in_reply_to: |\n  two\n  lines\n",
    "id: a\nid: b\n",
    "title: not a post field\n",
    "in_reply_to: time: noon\n",
    "id: launch # trailing comment\n",
]


@pytest.mark.parametrize("front", SIMPLE)
def test_simple_front_matter_matches_the_yaml_reading(front: str) -> None:
    fast = _simple_front_matter(front)
    assert fast is not None
    slow = mapping_record(compose(front, "d.md", line_offset=1), front, "d.md", line_offset=1)
    assert {k: (v.value, v.line, v.column) for k, v in fast.items()} == {
        k: (v.value, v.line, v.column) for k, v in slow.items()
    }


@pytest.mark.parametrize("front", NEEDS_YAML)
def test_anything_else_goes_through_yaml(front: str) -> None:
    assert _simple_front_matter(front) is None
