"""T006 postposed-adjective beyond its docstring examples."""

from __future__ import annotations

import pytest

from tests.rules.conftest import flagged


def test_t006_an_or_pair_before_an_and_pair_is_reported_too() -> None:
    text = "They backed a plan radical or dangerous. Later they chose a war brutal and oppressive."
    assert flagged(text, "T006") == [
        ("T006", "plan radical or dangerous"),
        ("T006", "war brutal and oppressive"),
    ]


def test_t006_reports_the_seed_phrase() -> None:
    text = "Talks may put an end to a war brutal and oppressive."
    assert flagged(text, "T006") == [("T006", "war brutal and oppressive")]


@pytest.mark.parametrize(
    "text",
    [
        "The firm has a more agile and efficient structure.",
        "It was a brutal and oppressive war.",
        "It was the most competitive and thunderous game ever.",
        "The people responsible were arrested.",
    ],
)
def test_t006_not(text: str) -> None:
    assert flagged(text, "T006") == []
