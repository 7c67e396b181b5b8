"""The punctuation (P) rules on inline damage, run beside the encoding rules as a real text
meets them (the E cases are in tests/rules/encoding/), and punctuation that is right."""

from __future__ import annotations

import pytest

from lintnews.config import Config
from lintnews.engine import Linter


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The plan was agreed in Kyiv.The army left.", "P001"),
        ("Professor Smith said.Professor Jones agreed.", "P001"),
        ("The talks , held in Istanbul , ended.", "P002"),
        ("The talks ended,, and they left.", "P003"),
    ],
)
def test_inline_damage_is_reported(text: str, code: str) -> None:
    assert code in {d.code for d in Linter(Config(select=("E", "P"))).lint_text(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. and the E.U. met at 9 a.m. on Monday, e.g. in Node.js and example.com.",
        "Growth was 3.5% in 2004.",
        "He paused ... and left.",
        "Why not?! That is great!!",
    ],
)
def test_punctuation_that_is_right_stays_quiet(text: str) -> None:
    assert Linter(Config(select=("P",))).lint_text(text) == []
