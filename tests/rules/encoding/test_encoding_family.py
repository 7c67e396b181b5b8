"""The encoding (E) rules on inline damage, run beside the punctuation rules as a real text
meets them (the P cases are in tests/rules/punctuation/)."""

from __future__ import annotations

import pytest

from lintnews.config import Config
from lintnews.engine import Linter


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Johnson &amp; Johnson", "E002"),
        ("The talks ended.<br>They left.", "E003"),
        ("The Uk\u200braine talks", "E004"),
        ("Ukraine\ufffds army", "E005"),
        ("The talks\x07 ended.", "E006"),
        ("The\u00a0talks ended.", "E007"),
    ],
)
def test_inline_damage_is_reported(text: str, code: str) -> None:
    assert code in {d.code for d in Linter(Config(select=("E", "P"))).lint_text(text)}
