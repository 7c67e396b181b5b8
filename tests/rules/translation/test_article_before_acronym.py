"""T005 article-before-acronym beyond its docstring examples."""

from __future__ import annotations

import pytest

from tests.rules.conftest import flagged


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine abandoned any hope of joining the NATO, which it sees as a threat.",
        "He said the Opec would cut output.",
    ],
)
def test_t005_reports(text: str) -> None:
    assert [code for code, _ in flagged(text, "T005")] == ["T005"]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine abandoned any hope of joining the NATO alliance.",
        "The Uefa Cup draw and the Nasa spacecraft were in the news.",
        "The EU and the UN met the IMF.",
        "It is similar to the of the NATOa principle.",
    ],
)
def test_t005_not(text: str) -> None:
    assert flagged(text, "T005") == []
